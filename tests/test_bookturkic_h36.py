"""bookturkic: an author in the Turkic genitive before a quoted title and a book noun ("Name-GEN “T” romanı"), given
back in the nominative; and a Turkic page's mentions of a surname with a case suffix glued on. Our own sentences in
Azerbaijani, Kazakh, Uzbek, Kyrgyz, Tatar and Turkish, with near misses (a common noun opening the sentence, a quoted
remark, two books side by side, another language, the blogger's own name)."""

from scraper.extract.book import Context
from scraper.extract.bookturkic import suffixed_mentions, turkic_genitive


def _book(text: str, language: str | None = "az", not_authors: tuple = ()):
    paragraphs = text.split("\n")
    return turkic_genitive(paragraphs, Context(text, not_authors, language))


def test_azerbaijani_consonant_and_vowel_stems():
    text = ("Rövşənin “Dəniz kənarında payız” romanını bu qış bir həftəyə oxudum.\n"
            "Rövşən burada ilk dəfə kənd həyatından yazır, dili sadə və isti qalır.")
    assert _book(text) == ("Dəniz kənarında payız", "Rövşən")
    # a vowel stem takes -nin: "Zərifəni-n" is no name, "Zərifə" is
    text = ("Gülnar Zərifənin “Köhnə körpü” povesti kiçik, amma sıx kitabdır.\n"
            "Zərifə hadisələri tələsmədən açır; Zərifənin qəhrəmanları az danışır.")
    assert _book(text) == ("Köhnə körpü", "Gülnar Zərifə")
    # a stem in -n after a vowel ("Elşənin": "Elşə-nin" or "Elşən-in"): the form the page names on its own
    text = ("Elşənin “Yağışdan sonra” hekayəsi toplunun ən yaxşısıdır.\n"
            "Elşən bu mətndə az sözlə çox şey deyir.")
    assert _book(text) == ("Yağışdan sonra", "Elşən")


def test_kazakh_kyrgyz_tatar_uzbek_turkish():
    text = ("Сәкен Мұратбековтің «Дала жыры» романы биыл қайта басылды.\n"
            "Мұратбеков кейіпкерлерін асықпай, ұзақ сипаттайды.")
    assert _book(text, "kk") == ("Дала жыры", "Сәкен Мұратбеков")
    text = ("Айгүл Сатыбалдиеванын «Тоо аркы айыл» повести жай окулат.\n"
            "Сатыбалдиева айылдын турмушун жакшы билет.")
    assert _book(text, "ky") == ("Тоо аркы айыл", "Айгүл Сатыбалдиева")
    text = "Рәмзия Гарипованың «Яз алды» хикәясе кыска.\nГарипова сүзне сак куллана."
    assert _book(text, "tt") == ("Яз алды", "Рәмзия Гарипова")
    text = ("Nodira Sultonovaning “Tog‘ ortidagi qishloq” romani menga juda yoqdi.\n"
            "Sultonova qishloq hayotini iliq ranglarda chizadi.")
    assert _book(text, "uz") == ("Tog‘ ortidagi qishloq", "Nodira Sultonova")
    text = "Selim'in “Kış bahçesi” romanı sessiz bir kitap.\nSelim her bölümü bir mektupla bitiriyor."
    assert _book(text, "tr") == ("Kış bahçesi", "Selim")
    # a page that declares no language
    text = "Rövşənin “Dəniz kənarında payız” romanını oxudum.\nRövşən yenə kəndi yazır."
    assert _book(text, None) == ("Dəniz kənarında payız", "Rövşən")


def test_near_misses():
    # a common noun capitalised to open the sentence ("the author's"): the page writes it in lower case elsewhere
    text = ("Müəllifin “Dəniz kənarında payız” romanı qısadır.\n"
            "Müəllifin dili sadədir, müəllif hadisələri tələsmədən danışır.")
    assert _book(text) is None
    # a quoted remark after a character's genitive, no book noun after it
    text = "Rövşənin “Mən gedirəm” sözləri hamını susdurdu.\nRövşən sonra qayıtmadı."
    assert _book(text) is None
    # a quoted sentence, not a title
    text = "Rövşənin “Gəl, gedək.” romanı deyil bu.\nRövşən güldü."
    assert _book(text) is None
    # the name said once only: no telling it is a person's
    text = "Dalğanın “Sahil” romanı haqqında bir neçə söz."
    assert _book(text) is None
    # two books with their authors in one sentence: a comparison
    text = ("Rövşənin “Dəniz kənarında payız” romanı ilə Elşənin “Yağışdan sonra” hekayəsi eyni ildə çıxıb.\n"
            "Rövşən də, Elşən də kəndi yazır.")
    assert _book(text) is None
    # the blogger's own name
    text = "Rövşənin “Dəniz kənarında payız” romanı çıxdı.\nRövşən yeni kitabı haqqında danışır."
    assert _book(text, "az", ("Rövşən",)) is None
    # another language: an English "Robin" before a quote is no genitive
    text = "Robin “Salt Roads” roman night at the club.\nRobin hosted it."
    assert _book(text, "en") is None


def test_a_given_name_that_is_a_common_word_is_dropped():
    # "Sonra" (then) opens the sentence capitalised; the page writes "sonra" in lower case too
    text = ("Sonra Rövşənin “Dəniz kənarında payız” romanını aldım.\n"
            "Rövşən bir il sonra başqa kitab yazdı.")
    assert _book(text) == ("Dəniz kənarında payız", "Rövşən")


def test_suffixed_mentions():
    text = "Rövşənin romanı. Rövşənə məktub yazdım. Rövşən cavab verdi. Rövşənbəyli adlı kənd də var."
    assert suffixed_mentions("Rövşən", Context(text, (), "az")) == 3
    text = "Мұратбековтің романы. Мұратбековке хат жаздым. Мұратбеков жауап берді."
    assert suffixed_mentions("Мұратбеков", Context(text, (), "kk")) == 3
    # other languages count the bare name only
    text = "Robins book. Robin wrote back. Robinson did not."
    assert suffixed_mentions("Robin", Context(text, (), "en")) == 1


_PAGE = """<html lang="az"><head><title>Payızda yenidən oxuduğum kitab | Ədəbi qeydlər</title></head><body>
<header><a href="/">Ədəbi qeydlər</a></header>
<article><h1>Payızda yenidən oxuduğum kitab</h1>
<div class="entry-content">
<p><strong>Rövşən Qaraxanlının “Dəniz kənarında payız” romanı on il əvvəl çıxıb, amma mən onu yalnız bu il
tapdım. Kitab kiçikdir, bir axşama oxunur, amma uzun müddət yaddaşda qalır.</strong></p>
<p>Hadisələr Xəzər sahilindəki kiçik bir qəsəbədə keçir. Qoca balıqçı hər səhər sahilə enir, torlarını yoxlayır və
nəvəsinə köhnə hekayələr danışır. Qaraxanlı bu sadə gündəlik həyatı çox diqqətlə, tələsmədən təsvir edir.</p>
<p>Qaraxanlının dili qısa cümlələrdən ibarətdir, lakin hər cümlənin arxasında böyük bir sükut var. Bəzən mənə elə
gəlirdi ki, kitabda sözlərdən çox susqunluq danışır. Sonluq isə gözlənilməz dərəcədə işıqlıdır.</p>
<p>Romanda ikinci plan da var: balıqçının qızı şəhərə köçüb və atasına nadir hallarda zəng edir. Onların qısa
telefon söhbətləri kitabın ən ağrılı səhifələridir. Qızın səsi həmişə tələsir, atanın səsi isə həmişə gözləyir, və
bu iki ritm arasındakı fərq bütün ailəni anlatmağa kifayət edir.</p>
<p>Qaraxanlıya görə dəniz həm yaddaşdır, həm də unutqanlıq. Bu romanı sakit axşamları sevənlərə tövsiyə edirəm.</p>
</div></article></body></html>"""


def test_a_bold_opening_paragraph_page():
    from scraper.extract import extract_page
    record = extract_page(_PAGE.encode(), "https://edebi-qeydler.example.az/2026/11/deniz-kenarinda-payiz/")
    assert (record.book_title, record.book_author) == ("Dəniz kənarında payız", "Rövşən Qaraxanlı")
    assert record.is_review
