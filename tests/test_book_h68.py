"""holdout68 book readings, in our own words: a quoted title credited with Macedonian "од" / Bulgarian "от" before a
nominative name (bookheadline._quoted_own), a Basque author named with a case ending glued on (bookfinnish), and a
record box headed "Author – Title" over its details line (bookbiblio._headed)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookheadline import from_title


def test_macedonian_quoted_title_by_od():
    ctx = Context("Романот „Тивка река“ од Марко Петрески ја следи една фамилија. Петрески пишува мирно.", [], "mk")
    book = from_title("„Тивка река“ од Марко Петрески – роман за едно село", ctx)
    assert (book.title, book.author) == ("Тивка река", "Марко Петрески")


def test_bulgarian_quoted_title_by_ot():
    ctx = Context("Новата книга на Елена Стоянова е тиха и точна. Стоянова пише за морето.", [], "bg")
    book = from_title("„Солено лято“ от Елена Стоянова: книга за морето", ctx)
    assert (book.title, book.author) == ("Солено лято", "Елена Стоянова")


def test_macedonian_od_before_lower_case_is_no_author():
    ctx = Context("Книгата ја читав цела зима. Ја препорачувам.", [], "mk")
    book = from_title("„Тивка река“ од минатата година", ctx)
    assert not (book and book.author)


def test_russian_ot_is_left_to_genitive_rules():
    # Russian "от" takes a genitive: the Macedonian/Bulgarian reading is not tried on a Russian page
    ctx = Context("Письма от Анны Орловой пришли поздно.", [], "ru")
    book = from_title("«Зимний сад» от Анны Орловой", ctx)
    assert not (book and book.author == "Анны Орловой")


def test_basque_author_named_in_the_ergative_vouches():
    text = "Miren Agirrek ez du ezer azaltzen. Agirreren eleberria herri txiki batean gertatzen da."
    assert Context(text, [], "eu").vouches_for("Miren Agirre")
    book = from_title('"Itsasoaren isila", Miren Agirre: herri baten oroimena', Context(text, [], "eu"))
    assert (book.title, book.author) == ("Itsasoaren isila", "Miren Agirre")


def test_glued_endings_count_only_on_a_basque_page():
    text = "Miren Agirrek ez du ezer azaltzen. Agirreren eleberria herri txiki batean gertatzen da."
    assert not Context(text, [], "es").vouches_for("Miren Agirre")
    # a longer word that only begins with the surname is no case of it
    assert not Context("Agirretarrak bildu ziren plazan.", [], "eu").vouches_for("Miren Agirre")


def test_record_box_headed_author_dash_title():
    lines = [
        "Rozprávanie začína v malom byte nad riekou a Kováčová ho vedie pokojne až do konca.",
        "Najviac ma zaujali kapitoly o sestrách, ktoré si nevedia odpustiť.",
        "Hana Kováčová – Dom pri vode",
        "Artforum, 2021, 240 strán",
    ]
    ctx = Context("\n".join(lines), [], "sk")
    assert from_bibliography(lines, ctx) == ("Dom pri vode", "Hana Kováčová")


def test_dashed_line_without_a_details_line_is_no_record():
    lines = [
        "Rozprávanie začína v malom byte nad riekou a Kováčová ho vedie pokojne až do konca.",
        "Hana Kováčová – Dom pri vode",
        "Ďakujem vydavateľstvu za pekný večer s autorkou.",
    ]
    ctx = Context("\n".join(lines), [], "sk")
    assert not from_bibliography(lines, ctx)


_SK = [
    "Rozprávanie začína v malom byte nad riekou, kde dve sestry po rokoch znova bývajú spolu. Kováčová ich necháva "
    "hovoriť striedavo a čitateľ sa musí sám rozhodnúť, ktorej z nich verí viac.",
    "Najviac ma zaujali kapitoly o lete pri vode, keď sa ich deti spolu učia plávať a staré krivdy na chvíľu "
    "zmĺknu. Jazyk je jednoduchý, ale presný, a každá scéna má svoju váhu.",
    "Koniec je trochu náhly a niektoré vedľajšie postavy zostávajú len v náznakoch. Napriek tomu je to kniha, ku "
    "ktorej sa rád vrátim, a odporúčam ju každému, kto má rád tiché rodinné príbehy bez veľkých gest.",
]


def _sk_page(box):
    body = "".join(f"<p>{p}</p>" for p in _SK)
    return ('<html lang="sk"><head><meta charset="utf-8"><title>Dve sestry a jedno leto pri rieke</title></head><body>'
            '<main><article><h1>Dve sestry a jedno leto pri rieke</h1>'
            f'<div class="content">{body}<div class="box">{box}</div></div></article></main></body></html>')


def test_record_box_headed_author_dash_title_on_a_page():
    from scraper.extract import extract_page
    record = extract_page(_sk_page("<p>Hana Kováčová – Dom pri vode</p><p>Artforum, 2021, 240 strán</p>"
                                   "<p>Hodnotenie: 4 z 5</p>"), "https://noviny.example.sk/kultura/dom")
    assert (record.book_title, record.book_author) == ("Dom pri vode", "Hana Kováčová")
