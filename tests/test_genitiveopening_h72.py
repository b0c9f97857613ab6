"""A headline opening "«T» Genitive-Name Surname: remark" whose woman's surname in -ко never declines (Ukrainian,
Russian), the text calling her by the surname alone: the author given back in the nominative by the given name's regular
genitive (bookgenitive.genitive_author); near misses: the same pair inside a sentence, the surname never said alone,
a man's surname (it would decline)."""

from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author


def _read(line, text, language):
    return genitive_author([line], Context(text, (), language), [], language)


def test_ukrainian_colon_remark():
    text = "Петренко пише про село після війни. Книжка тиха, але важка."
    assert _read("«Тихий берег» Ганни Петренко: книжка про повернення", text, "uk") == ("Тихий берег", "Ганна Петренко")


def test_ukrainian_dash_remark_and_soft_name():
    text = "Бойко пише коротко. Кожен розділ – окремий голос."
    assert _read("«Сині двері» Тані Бойко – повість для дорослих", text, "uk") == ("Сині двері", "Таня Бойко")


def test_russian_headline_alone():
    text = "Гриценко рассказывает о детстве в маленьком городе. Читается за вечер."
    assert _read("«Дом у моста» Ирины Гриценко", text, "ru") == ("Дом у моста", "Ирина Гриценко")


def test_inside_a_sentence_reads_nothing():
    text = "Петренко пише про село після війни."
    assert _read("Вчора я нарешті дочитала «Тихий берег» Ганни Петренко, і мені сподобалось", text, "uk") is None


def test_surname_never_alone_reads_nothing():
    text = "Авторка пише про село після війни. Книжка тиха, але важка."
    assert _read("«Тихий берег» Ганни Петренко: книжка про повернення", text, "uk") is None
