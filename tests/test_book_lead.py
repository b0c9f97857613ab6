"""booklead: a review's author named in full only in the lead under the headline or in the caption of the post's own
picture, the prose calling them by the family name alone (last word; first in Hungarian); the title the one already
found or the headline's one quoted span, in the fuller form a record line gives it. Near misses: two people so named
(a compared writer's portrait), a character called by first name, a Hungarian name whose given name the prose says, a
name both of whose words the prose says, a post not known to be a review, a record line of another title.

Every page here is invented for these tests (invented papers, books and people, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.book import Book
from scraper.extract.booklead import lead_book
from scraper.extract.booknamedtwice import named_twice


def page(lang: str, headline: str, lead: str = "", figure: str = "", aside: str = "", description: str = "") -> object:
    meta = f'<meta name="description" content="{description}">' if description else ""
    return lxml_html.fromstring(f"""<!doctype html><html lang="{lang}"><head><title>{headline}</title>{meta}</head><body>
<article><h1 class="title">{headline}</h1>{f'<p class="lead">{lead}</p>' if lead else ''}
{f'<figure><img src="/p/1.jpg" alt=""><figcaption>{figure}</figcaption></figure>' if figure else ''}
<div class="text"><p>…</p></div></article>
<aside class="sidebar">{f'<figure><img src="/p/2.jpg" alt=""><figcaption>{aside}</figcaption></figure>' if aside else ''}</aside>
</body></html>""")


HU = ["Az Nyári zápor azon könyvek közé tartozik, amelyeket mindenki ismer, de kevesen olvastak el.",
      "Kovács legnagyobb erénye a türelem: a történet lassan bomlik ki, egyetlen nyár alatt, egy tóparti faluban.",
      "A második rész hosszú kitérői fárasztóak, de az utolsó fejezet mindent megér."]
EL = ["Το διάβασα πρώτη φορά στο λύκειο και δεν κατάλαβα σχεδόν τίποτα.",
      "Ο Σταθάκης γράφει για ένα σπίτι που αδειάζει, για τα γράμματα που δεν στέλνονται, για τη σιωπή.",
      "Το συνιστώ σε όσους αγαπούν τα αργά βιβλία.",
      "Το κόκκινο σπίτι · Εκδόσεις Άλφα · 210 σελ. · 14,00 €"]
EN = ["I came to The Empty Harbour late, after years of friends pressing it on me.",
      "Ruiz writes about a harbour town emptying out, one shop at a time, with no sentimentality at all.",
      "The middle drags, but the last chapter is worth the wait. Four stars out of five."]


def test_a_lead_names_the_author_family_name_first_in_hungarian():
    tree = page("hu", "Húsz év után is fáj: újraolvastuk a legszebb balatoni regényt",
                lead="Kovács Ilona regénye most új kiadásban jelent meg. Megnéztük, mit mond egy mai olvasónak.")
    book = lead_book(Book("Nyári zápor", None), tree, HU, "Húsz év után is fáj")
    assert book is not None and (book.title, book.author) == ("Nyári zápor", "Kovács Ilona")


def test_a_portraits_caption_names_the_author_and_a_record_line_the_full_title():
    tree = page("el", "Μια επιστροφή στο «Κόκκινο σπίτι»", figure="Ο Νίκος Σταθάκης στην Αθήνα, αρχές του 1960.")
    book = lead_book(None, tree, EL, "Μια επιστροφή στο «Κόκκινο σπίτι»")
    assert book is not None and (book.title, book.author) == ("Το κόκκινο σπίτι", "Νίκος Σταθάκης")
    tree = page("en", "Back to the harbour", figure="Marta Ruiz at her desk in Cádiz, 1990.")
    book = named_twice(Book("The Empty Harbour", None), tree, EN, "Back to the harbour", [], before_quote=True)
    assert book is not None and (book.title, book.author) == ("The Empty Harbour", "Marta Ruiz")


def test_the_pages_description_names_the_author_a_sidebars_picture_never():
    tree = page("en", "Back to the harbour", description="Marta Ruiz's harbour novel, twenty years on.")
    book = lead_book(Book("The Empty Harbour", None), tree, EN, "Back to the harbour")
    assert book is not None and book.author == "Marta Ruiz"
    tree = page("en", "Back to the harbour", aside="Marta Ruiz signing books at our spring fair.")
    assert lead_book(Book("The Empty Harbour", None), tree, EN, "Back to the harbour") is None
    # a headline's quoted words that the post never names are no title
    tree = page("el", "«Δεν θα φύγω ποτέ»: μια επιστροφή", figure="Ο Νίκος Σταθάκης στην Αθήνα, αρχές του 1960.")
    assert lead_book(None, tree, EL[:3], "«Δεν θα φύγω ποτέ»: μια επιστροφή") is None


def test_two_people_a_character_or_a_given_name_said_alone_give_no_author():
    # two portraits, each family name said: no telling which wrote the book
    lines = EN + ["Ruiz has often been compared with Tomás Vidal; Vidal is the colder writer."]
    tree = page("en", "Back to the harbour", lead="Tomás Vidal and the new wave of harbour novels.",
                figure="Marta Ruiz at her desk in Cádiz, 1990.")
    assert lead_book(Book("The Empty Harbour", None), tree, lines, "Back to the harbour") is None
    # a character called by first name in the prose (not a family-first language)
    lines = ["Anna takes the night train south and never explains why.", "The book is slow and I loved it."]
    tree = page("en", "Night trains", figure="Anna Bergström on the platform, from the film.")
    assert lead_book(Book("Night Trains", None), tree, lines, "Night trains") is None
    # Hungarian: the prose says the given name (the second word), not the family name
    lines = ["Ilona egész nyáron a tóparton ül.", "A könyv lassú, de szép."]
    tree = page("hu", "Nyári olvasmány", lead="Kovács Ilona regénye most új kiadásban jelent meg.")
    assert lead_book(Book("Nyári zápor", None), tree, lines, "Nyári olvasmány") is None
    # both words of the name said on their own
    lines = EN + ["Marta, the narrator, shares the author's first name."]
    tree = page("en", "Back to the harbour", figure="Marta Ruiz at her desk in Cádiz, 1990.")
    assert lead_book(Book("The Empty Harbour", None), tree, lines, "Back to the harbour") is None


def test_not_for_a_post_not_known_to_be_a_review_nor_a_book_with_its_author():
    tree = page("en", "Back to the harbour", figure="Marta Ruiz at her desk in Cádiz, 1990.")
    assert named_twice(Book("The Empty Harbour", None), tree, EN, "Back to the harbour", [], before_quote=False) is None
    assert lead_book(Book("The Empty Harbour", "Lena Holt"), tree, EN, "Back to the harbour") is None
    # a record line of another title leaves the title as found
    tree = page("el", "Μια επιστροφή στο «Κόκκινο σπίτι»", figure="Ο Νίκος Σταθάκης στην Αθήνα, αρχές του 1960.")
    lines = EL[:3] + ["Το «Κόκκινο σπίτι» μένει το καλύτερό του.", "Το τέλος του δρόμου · Εκδόσεις Άλφα · 180 σελ. · 12,00 €"]
    book = lead_book(None, tree, lines, "Μια επιστροφή στο «Κόκκινο σπίτι»")
    assert book is not None and book.title == "Κόκκινο σπίτι"


def test_a_record_line_gives_the_title_the_headline_names_without_quotes():
    # Greek: the headline names the title bare, the record line under the review gives it with its article
    tree = page("el", "Ξανά στο Κόκκινο σπίτι, σαράντα χρόνια μετά", figure="Ο Νίκος Σταθάκης στην Αθήνα, αρχές του 1960.")
    book = lead_book(None, tree, EL, "Ξανά στο Κόκκινο σπίτι, σαράντα χρόνια μετά")
    assert book is not None and (book.title, book.author) == ("Το κόκκινο σπίτι", "Νίκος Σταθάκης")
    # Spanish: the prose names the title the record line gives
    lines = ["Leí El puerto vacío en una semana de lluvia.", "Ruiz escribe sin adornos sobre un pueblo que se vacía.",
             "El puerto vacío · Editorial Faro · 212 págs. · 18 €"]
    tree = page("es", "Un pueblo que se vacía", figure="Marta Ruiz en su estudio de Cádiz, 1990.")
    book = lead_book(None, tree, lines, "Un pueblo que se vacía")
    assert book is not None and (book.title, book.author) == ("El puerto vacío", "Marta Ruiz")


def test_a_record_line_nobody_names_or_that_opens_with_a_figure_gives_no_title():
    lines = ["Ruiz escribe sin adornos sobre un pueblo que se vacía.", "El puerto vacío · Editorial Faro · 212 págs. · 18 €"]
    tree = page("es", "Un pueblo que se vacía", figure="Marta Ruiz en su estudio de Cádiz, 1990.")
    assert lead_book(None, tree, lines, "Un pueblo que se vacía") is None  # (the title said only in the record line)
    lines = ["Ruiz escribe sin adornos sobre 2024 y un pueblo.", "2024 · Editorial Faro · 212 págs."]
    assert lead_book(None, tree, lines, "Un pueblo que se vacía") is None


DE_PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ein Dorf, ein Fluss und viel Schweigen | Lesezeichen</title></head>
<body><header><a href="/">Lesezeichen</a></header><main><article><h1>Ein Dorf, ein Fluss und viel Schweigen</h1>
<p class="teaser">Helga Brandt legt nach zehn Jahren einen neuen Roman vor.</p>
<div class="entry-content"><p>Ich habe <em>Das stille Ufer</em> an zwei Abenden gelesen. Brandt erzählt von einem Dorf an der Oder, in dem
niemand über den Krieg spricht, und von einer Lehrerin, die das ändern will. Die Sprache ist karg und genau.</p>
<p>Manchmal zieht sich der Mittelteil, und die Nebenfiguren bleiben blass. Aber Brandt findet am Ende einen Ton, der lange
nachhallt. Ich empfehle das Buch allen, die leise Romane mögen und Geduld mitbringen. Die Lehrerin, ihre Schüler, der alte
Fährmann: alle bekommen ihren Raum, und nichts wird erklärt, was der Leser selbst merken kann. Besonders die Kapitel im
Winter, wenn der Fluss zufriert und das Dorf noch enger zusammenrückt, haben mich beeindruckt.</p>
<p>Bewertung: 4/5</p></div></article></main></body></html>"""


def test_a_teasers_author_and_the_one_italic_title_make_the_book():
    from scraper.extract import extract_page
    record = extract_page(DE_PAGE, "https://lesezeichen.example/2026/stilles-ufer")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Das stille Ufer", "Helga Brandt")  # (not "Aber Brandt")


def test_a_caption_that_names_another_work_is_a_compared_writers():
    tree = lxml_html.fromstring("""<html lang="en"><body><article><h1>Quiet water</h1><figure><img src="/p.jpg" alt="">
<figcaption>Tom Pryce in 1971, whose <i>Grey Water</i> this novel answers.</figcaption></figure></article></body></html>""")
    lines = ["I read The Salt Marsh in a weekend.", "Pryce did this first, but colder; the new book is warmer."]
    assert lead_book(Book("The Salt Marsh", None), tree, lines, "Quiet water") is None
    tree = lxml_html.fromstring("""<html lang="en"><body><article><h1>Quiet water</h1><figure><img src="/p.jpg" alt="">
<figcaption>Tom Pryce in 1971.</figcaption></figure></article></body></html>""")
    # a rescued author of another family name stays
    assert lead_book(Book("The Salt Marsh", "Lena Holt", source="rescue"), tree, lines, "Quiet water") is None
