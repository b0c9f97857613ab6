"""A screen version's making under way (adaptbecomes.in_production), read in the lead under a title naming the screen
(newslead._lead_reports): news of an adaptation, not a review. Written for the holdout58 round in our own words."""

from scraper.extract.adaptbecomes import in_production
from scraper.extract.newslead import _lead_reports


def test_production_under_way_in_many_languages():
    for line in (
        "The studio said the series enters pre-production next month, with a cast still to be named.",
        "El estudio confirmó que comienza el rodaje de la serie en Valparaíso la semana próxima.",
        "Selon la chaîne, le tournage commence en mars dans les Cévennes avec une équipe réduite.",
        "Laut dem Sender haben die Dreharbeiten begonnen, gedreht wird vor allem in Graz.",
        "Według producenta ruszyły zdjęcia do serialu, który trafi na ekrany jesienią.",
        "По словам продюсера, начались съёмки сериала в Казани и её окрестностях.",
        "Yapımcı şirket, dizinin çekimleri başladı diyerek ilk fotoğrafı paylaştı.",
        "به گفته تهیه‌کننده، فیلم‌برداری این مجموعه از هفته آینده آغاز می‌شود و در تبریز انجام خواهد شد.",
        "این فیلم در دوازده ماه آینده ساخته خواهد شد و بازیگرانش هنوز معرفی نشده‌اند.",
        "وأعلنت الشركة بدء تصوير المسلسل المأخوذ عن الرواية في الإسكندرية.",
        "Rumah produksi mengumumkan syuting film itu dimulai pekan depan di Yogyakarta.",
        "制作会社によると、映画は来春クランクインする予定だという。",
    ):
        assert in_production(line), line


def test_lead_under_a_screen_title_reports_the_making():
    lines = ["ساخت فیلم «باغ سوخته» وارد مرحله پیش‌تولید شد", "به گفته کارگردان، فیلم‌برداری در پاییز آغاز خواهد شد و گروه در حال انتخاب بازیگران است."]
    assert _lead_reports(lines)


def test_a_review_recalling_a_film_is_left_alone():
    for line in (
        "Filming began in 1979, and the film kept little of the novel's cold humour; the book is still better.",
        "La película se rodó en 1985 y conserva poco de la novela, que sigue siendo mejor.",
        "این رمان را سال‌ها پیش خواندم و فیلمی که از آن ساختند هرگز به پایش نرسید.",
        "Der Roman wurde 1990 verfilmt; die Produktion war teuer, das Buch aber bleibt stärker.",
        "Reading this novel after the series, I found its production values beside the point: the prose is what matters.",
        "Il libro parla di un regista che gira un film sulla sua infanzia, e lo fa con grande tenerezza.",
    ):
        assert not in_production(line), line
    lines = ["رمانی که سریالش را همه دیدند", "این رمان را دوباره خواندم و نثر دانشور هنوز مرا شگفت‌زده می‌کند؛ شخصیت زری زنده و پیچیده است."]
    assert not _lead_reports(lines)
