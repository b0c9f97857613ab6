"""holdout50 (spent), det50a: short reviews lost because their headline's book was not read, in our own sentences.

1. a Finnish headline "Name Surname-GEN Title on …" (bookheadof._finnish): the author's nominative the text names alone,
   the title the longest run the text names again;
2. a Tajik headline "«T»-и Name Surname: …" (bookheadof, the izafa after the closing quote);
3. Welsh "T gan A" (bookownby) and review labels that count only before a colon (reviewlabel.LABEL_ONLY).
"""

from scraper.extract.book import REVIEW_PREFIX, Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookheadof import of_headline


def _fi(title: str, text: str, language: str = "fi"):
    return of_headline(title, Context(text, ("Lehti",), language))


def test_finnish_genitive_owner_and_unquoted_title():
    text = "Salo kirjoittaa lyhyesti. Lumikenttä on hänen kolmas romaaninsa, ja Lumikenttä jää mieleen."
    found = _fi("Arvio: Maija Salon Lumikenttä on hiljainen kirja talvesta | Lehti", text)
    assert (found.title, found.author) == ("Lumikenttä", "Maija Salo")
    text = "Mäkinen tuntee saariston. Pitkä ranta kertoo kesästä, ja Pitkä ranta on hyvä."
    found = _fi("Kirja-arvio: Oskari Mäkisen Pitkä ranta muistuttaa lapsuudesta", text)
    assert (found.title, found.author) == ("Pitkä ranta", "Oskari Mäkinen")
    text = "Holm kirjoittaa tarkasti. Ikkuna avautuu hitaasti."
    found = _fi("Eeva Holmin Ikkuna kertoo perheestä", text)
    assert (found.title, found.author) == ("Ikkuna", "Eeva Holm")


def test_finnish_near_misses():
    text = "Salo kirjoittaa lyhyesti. Lumikenttä on hänen kolmas romaaninsa."
    # another language's page, a name the text never calls by its nominative, a place's genitive, no title named again
    assert _fi("Maija Salon Lumikenttä on hiljainen kirja", text, "et") is None
    assert _fi("Maija Koskisen Lumikenttä on hiljainen kirja", text) is None
    assert _fi("Helsingin Sanomien Kuukausiliite kertoo talvesta", "Sanomat ilmestyy. Kuukausiliite on paksu.") is None
    assert _fi("Maija Salon uusi kirja on hiljainen", text) is None
    assert _fi("Maija Salon Talvipäivä on hiljainen", text) is None


def test_tajik_izafa_headline():
    text = "Шоира дар ин китоб аз кӯдакӣ менависад. Раҳимова забони содда дорад."
    found = of_headline("«Боғи хомӯш»-и Нилуфар Раҳимова: шеърҳо дар бораи тирамоҳ", Context(text, (), "tg"))
    assert (found.title, found.author) == ("Боғи хомӯш", "Нилуфар Раҳимова")
    assert of_headline("«Боғи хомӯш»-и Нилуфар Раҳимова", Context(text, (), "tg")).author == "Нилуфар Раҳимова"


def test_tajik_izafa_near_misses():
    text = "Дар шаҳр намоишгоҳ кушода шуд."
    # a name the text never names again; no izafa (a quoted title and a remark); a lower-case noun after the izafa
    assert of_headline("«Боғи хомӯш»-и Нилуфар Раҳимова: шеърҳо", Context(text, (), "tg")) is None
    assert of_headline("«Боғи хомӯш» ва Раҳимова", Context("Раҳимова омад.", (), "tg")) is None
    assert of_headline("«Боғи хомӯш»-и нав: шеърҳо", Context("нав омад.", (), "tg")) is None


def test_welsh_gan_and_colon_labels():
    text = "Mae Morgan yn ysgrifennu'n dda. Roedd Y Bont Wen yn hyfryd."
    found = from_title("Adolygiad: Y Bont Wen gan Catrin Morgan – Cylchgrawn", Context(text, ("Cylchgrawn",), "cy"))
    assert (found.title, found.author) == ("Y Bont Wen", "Catrin Morgan")
    for headline, rest in [("Adolygiad: Y Bont Wen", "Y Bont Wen"), ("Arvio: Lumikenttä", "Lumikenttä"),
                           ("Léirmheas: An Teach Bán", "An Teach Bán"), ("Recenzie – Casa albă", "Casa albă"),
                           ("Тақриз: Боғи хомӯш", "Боғи хомӯш")]:
        assert headline[REVIEW_PREFIX.match(headline).end():] == rest, headline


def test_welsh_and_label_near_misses():
    # "gan" on an English page is nobody's "by"; a label word with no colon is no label
    found = from_title("Tea gan Mary Jones", Context("Jones wrote it.", (), "en"))
    assert found is None or found.author != "Mary Jones"
    for headline in ["Arvio kesän tapahtumista", "Kritika na sve strane", "Adolygiadau'r flwyddyn yn gryno"]:
        match = REVIEW_PREFIX.match(headline)
        assert match is None or not match.group(0).strip(), headline
