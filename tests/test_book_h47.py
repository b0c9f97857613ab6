"""book47a (holdout47, spent): a Baltic woman's name declined on both words, a record's title with a lower-case
comma part, and Hebrew's "by" after a quoted title in a headline. All text here is our own."""

from scraper.extract.book import Context
from scraper.extract.bookalttitle import lower_tail
from scraper.extract.bookarabicby import arabic_headline_by
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookgenitivebare import bare_surname
from scraper.extract.bookgenitivefront import fronted_genitive


# --- bookgenitivebare: lv/lt feminine genitive on given name and surname ---

def test_latvian_feminine_genitive_from_bare_surname():
    text = "Ozola raksta ļoti skaidri. Romāns ir par jūru un tās krastu."
    assert bare_surname("Līgas", "Ozolas", "lv", text) == [("Līga Ozola", 1)]
    assert bare_surname("Annes", "Rozes", "lv", "Roze prot stāstīt.") == [("Anne Roze", 1)]


def test_lithuanian_feminine_genitive_from_bare_surname():
    text = "Mačiulytė rašo tyliai, bet Mačiulytė niekada neskuba."
    assert bare_surname("Rūtos", "Mačiulytės", "lt", text) == [("Rūta Mačiulytė", 2)]


def test_fronted_headline_in_latvian_reads_the_nominative():
    context = Context("Ozola raksta ļoti skaidri, un Ozola nekad nesteidzas.", (), "lv")
    assert fronted_genitive("Jūra bez krasta. Līgas Ozolas «Viļņu dārzs»", context) == ("Viļņu dārzs", "Līga Ozola")


def test_baltic_near_misses_left_alone():
    # the surname never stands alone in the text: no telling
    assert bare_surname("Līgas", "Ozolas", "lv", "Līgas Ozolas romāns ir labs.") == []
    # a man's genitive (Jāņa of Jānis) has no single nominative
    assert bare_surname("Jāņa", "Kalna", "lv", "Kalns raksta labi.") == []
    # the two words do not share the ending
    assert bare_surname("Jurgio", "Kunčino", "lt", "Kunčina rašo.") == []
    # German stays the genitive -s rule
    assert bare_surname("Anna", "Berglunds", "de", "Berglund schreibt klar.") == [("Anna Berglund", 1)]


# --- bookalttitle.lower_tail / bookbiblio: "Author: Title, lower-case rest. Publisher, year" ---

def test_lower_case_rest_of_a_recorded_title():
    assert lower_tail("Ana Horvat: Reka, ki teče nazaj. Založba Breg, 2019.", "Reka") == "Reka, ki teče nazaj"
    assert lower_tail("Jan Novák: Dům, kde se nebydlí. Argo, 2020.", "Dům") == "Dům, kde se nebydlí"
    assert lower_tail("Marta Ruiz: Casa, mi casa lejana. Anagrama, 2018.", "Casa") == "Casa, mi casa lejana"


def test_record_line_keeps_the_titles_comma():
    line = "Ana Horvat: Reka, ki teče nazaj. Založba Breg, 2019."
    assert from_bibliography([line]) == ("Reka, ki teče nazaj", "Ana Horvat")


def test_lower_tail_near_misses():
    # a publisher after the comma is capitalised
    assert lower_tail("Ana Horvat: Reka, Založba Breg, 2019.", "Reka") == "Reka"
    # a translator's credit holds a capital
    assert lower_tail("Ana Horvat: Reka, prev. Mia Kos. Breg, 2019.", "Reka") == "Reka"
    # a single word (the book's kind) and a figure
    assert lower_tail("Ana Horvat: Reka, roman. Breg, 2019.", "Reka") == "Reka"
    assert lower_tail("Ana Horvat: Reka, 312 strani. Breg, 2019.", "Reka") == "Reka"
    # no comma after the title
    assert lower_tail("Ana Horvat: Reka. Breg, 2019.", "Reka") == "Reka"


# --- bookarabicby: Hebrew "\"T\" מאת A" in a headline ---

def test_hebrew_headline_by():
    context = Context("טקסט הביקורת", (), "he")
    assert arabic_headline_by('"בית על החוף" מאת רונית לוי-כהן: ספר על קיץ אחד', context) == ("בית על החוף", "רונית לוי-כהן")
    assert arabic_headline_by("“שמים אדומים” מאת דני אברהם", context) == ("שמים אדומים", "דני אברהם")
    assert arabic_headline_by('"עיר של אבן" פרי עטה של מיכל שרון | ביקורת', context) == ("עיר של אבן", "מיכל שרון")


def test_hebrew_headline_near_misses():
    context = Context("", ("רונית לוי",), "he")
    # no quoted title before the "by"
    assert arabic_headline_by("ספר חדש מאת רונית לוי", context) is None
    # the blog's own writer is no author
    assert arabic_headline_by('"בית על החוף" מאת רונית לוי', context) is None
    # a name running on into the sentence is not read
    assert arabic_headline_by('"בית על החוף" מאת רונית לוי שכתבה גם שירה רבה', Context("", (), "he")) is None


# --- bookheadtail: "Author: Title. A remark of the paper's own, with a clause" ---

from scraper.extract.book import Book  # noqa: E402
from scraper.extract.bookheadtail import headline_tail  # noqa: E402


def test_remark_after_the_titles_full_stop_is_cut():
    book = Book("Tiha reka. Zgodba o mlinu, ki ga ni več", "Ana Horvat")
    assert headline_tail(book, "Roman pripoveduje o mlinarju.").title == "Tiha reka"
    book = Book("Der stille Hof. Ein Sommer am See, der nicht enden will", "Lena Vogt")
    assert headline_tail(book, "Vogt erzählt ruhig.").title == "Der stille Hof"


def test_subtitle_after_a_full_stop_stays():
    # a phrase with no clause is a subtitle
    assert headline_tail(Book("Tiha reka. Zgodba o mlinu", "Ana Horvat"), "…").title == "Tiha reka. Zgodba o mlinu"
    # the text names the whole title
    whole = Book("Tiha reka. Zgodba o mlinu, ki ga ni več", "Ana Horvat")
    assert headline_tail(whole, "V knjigi Tiha reka. Zgodba o mlinu, ki ga ni več beremo …").title == whole.title
    # no author read with it
    assert headline_tail(Book("Tiha reka. Zgodba o mlinu, ki ga ni več", None), "…").title.startswith("Tiha reka. ")
    # an initial's stop is no end of the title
    assert headline_tail(Book("J. Novak, a reader, remembers", "Ana Horvat"), "…").title == "J. Novak, a reader, remembers"
