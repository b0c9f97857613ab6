"""Readers' comments under a heading, numbered as news sites number them (others.readers_lists), on posts of our own.

After the review, a heading over two comments or more of one shape, each "1." + the reader's name + what they said,
and the list's "add yours" link closing the section: the section goes whole. What stays: the review's own numbered
points whose labels end on a colon, and long numbered sections of the review.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

HE = ["הרומן מספר על קיץ אחד בעיירה קטנה ליד הים, שבו שלוש אחיות מנסות למכור את בית הוריהן ומגלות שכל חדר בו שומר סוד אחר.",
      "הכתיבה חסכונית ומדויקת, והדיאלוגים בין האחיות הם החלק החזק ביותר בספר: כל משפט קצר נושא עשרים שנה של כעס ואהבה.",
      "החלק האמצעי ארוך מדי, אבל הסיום שקט ויפה, ונשארתי איתו עוד כמה ימים אחרי שסגרתי את הספר."]
ES = ["La novela cuenta el último verano de una librería de barrio que va a cerrar, contado por la dependienta que lleva treinta años detrás del mostrador.",
      "La autora tiene un oído finísimo para los clientes habituales, y cada capítulo es casi un cuento con su propio final agridulce.",
      "Me sobró algo de nostalgia en las últimas páginas, pero es un libro cálido que recomiendo sin dudar."]


def _comments(heading: str, rows: list[tuple[str, str]], add: str) -> str:
    entries = "".join(f"<div class='reader-note'><span class='n'>{k}.</span> <b>{name}</b><p>{said}</p></div>"
                      for k, (name, said) in enumerate(rows, 1))
    return f"<section class='responses'><h3>{heading}</h3>{entries}<a class='add' href='#'>{add}</a></section>"


def test_numbered_readers_comments_under_a_heading_go():
    for review, heading, rows, add in (
            (HE, "תגובות הקוראים", [("מיכל מרמת גן", "קראתי בחופשה ולא יכולתי להפסיק, ממליצה."),
                                     ("דני", "לא התחברתי בכלל לדמויות, עזבתי באמצע.")], "כתבו תגובה"),
            (ES, "Comentarios", [("Luisa", "Lo leí en dos tardes y lloré con el final."),
                                 ("Pedro Gil", "A mí se me hizo lento, la verdad, pero el tema me gusta."),
                                 ("marta_lee", "¿Alguien sabe si hay traducción al catalán?")], "Añade tu comentario")):
        text, rules = cleaned(paras(*review) + _comments(heading, rows, add), "diario.example")
        assert all(said not in text and name not in text for name, said in rows), rules
        assert heading not in text
        assert all(t in text for t in review)


def test_the_reviews_own_numbered_points_stay():
    # numbered points of the review, each label closed by a colon: the reviewer's sections, not readers
    points = [("El ritmo:", "los capítulos cortos se leen solos y nunca pesan."),
              ("Los personajes:", "hasta el cartero tiene una historia que importa."),
              ("El final:", "tierno sin caer en lo cursi.")]
    inner = "".join(f"<div class='point'><span>{k}.</span> <b>{label}</b><p>{said}</p></div>" for k, (label, said) in enumerate(points, 1))
    text, rules = cleaned(paras(*ES) + f"<section><h3>Lo que más me gustó</h3>{inner}</section>", "diario.example")
    assert all(said in text for _, said in points), rules


def test_long_numbered_sections_of_the_review_stay():
    long = " ".join(HE * 3)
    inner = "".join(f"<div class='part'><span>{k}.</span> <b>חלק {k}</b><p>{long}</p></div>" for k in (1, 2))
    text, rules = cleaned(paras(*HE) + f"<section><h3>קריאה לפי חלקים</h3>{inner}<a href='#'>למעלה</a></section>", "diario.example")
    assert text.count(HE[0]) == 1 + 2 * 3, rules


# -- a shop's verified-purchase badge row, in more languages ---------------------------------------------------------

AR = ["قرأت الرواية في ثلاث ليال، وهي عن بلدة صغيرة على البحر يغادرها الشباب واحدا بعد الآخر بعد إغلاق الميناء، ولا يبقى فيها إلا الكبار وحكاياتهم.",
      "لغة الكاتبة بسيطة لكنها دقيقة، والحوارات بين الجيران مضحكة وحزينة في الوقت نفسه، كما هو الحال في البلدات الصغيرة.",
      "الجزء الأوسط طويل بعض الشيء، لكن النهاية جميلة وهادئة."]
CS = ["Knihu jsem přečetla za dva večery: je to příběh malého přímořského městečka, odkud po zavření přístavu všichni odcházejí a zůstávají jen staří lidé.",
      "Autorka píše úsporně, ale přesně, a rozhovory sousedů jsou vtipné i smutné zároveň, jak to v malých místech bývá.",
      "Prostřední část je trochu rozvláčná, ale konec je krásný a tichý."]


def test_a_verified_purchase_badge_row_goes_in_more_languages():
    for review, name, badge in ((AR, "سلمى ع.", "مشتري موثق"), (CS, "Jana K.", "Ověřený nákup"),
                                (ES, "Lucía M.", "Comprador verificado")):
        head = f"<div class='review-head'><span class='who'>{name}</span> <span class='badge'>{badge}</span></div>"
        text, rules = cleaned(head + paras(*review), "shop.example")
        assert badge not in text, rules
        assert all(t in text for t in review)


def test_a_review_sentence_about_buying_stays():
    line = "Koupila jsem ji v antikvariátu a ověřený nákup v e-shopu by mi nedal ten pocit, když jsem v ní našla starou pohlednici s adresou."
    text, rules = cleaned(paras(CS[0], line, *CS[1:]), "shop.example")
    assert line in text, rules
