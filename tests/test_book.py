"""scraper.extract.book: which book a post reviews, from its title, a closing citation, or JSON-LD."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context, clean_title, is_name
from scraper.extract.bookheadline import from_title
from scraper.extract.bookbiblio import from_citation
from scraper.extract.bookld import from_jsonld


def title_author(text):
    book = from_title(text)
    return None if book is None else (book.title, book.author)


# -- from_title -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Orchard Keeper's Daughter by Mirela Dunn", ("The Orchard Keeper's Daughter", "Mirela Dunn")),
        ("Review: Salt Harbour – Tomas K. Averill", ("Salt Harbour", "Tomas K. Averill")),
        ("Review: Salt Harbour - Tomas K. Averill", ("Salt Harbour", "Tomas K. Averill")),
        ("Review: Salt Harbour — Tomas K. Averill", ("Salt Harbour", "Tomas K. Averill")),
        ("‘The Glass Road’ by Ines Marlow", ("The Glass Road", "Ines Marlow")),
        ("“The Glass Road” by Ines Marlow", ("The Glass Road", "Ines Marlow")),
        ("Book Review: Lantern Weather by Ada van der Berg - A Quiet Triumph", ("Lantern Weather", "Ada van der Berg")),
        ("thoughts on ‘The Winter Ledger’ by Hal P. Okafor", ("The Winter Ledger", "Hal P. Okafor")),
        ("Mini review: Tidewater by Rosa de la Cruz", ("Tidewater", "Rosa de la Cruz")),
        ("Review of Ironwood by J. M. Fenwick", ("Ironwood", "J. M. Fenwick")),
        ("Review: The Cartographer's Wife, by Lena Hoyt", ("The Cartographer's Wife", "Lena Hoyt")),
        ("The Salt Archive by Petra Lindqvist | Tidal Pages", ("The Salt Archive", "Petra Lindqvist")),
        ("Review: The Salt Archive by Petra Lindqvist (4/5)", ("The Salt Archive", "Petra Lindqvist")),
        ("Review: Petra Lindqvist: The Salt Archive", ("The Salt Archive", "Petra Lindqvist")),
    ],
)
def test_title_shapes(text, expected):
    book = from_title(text)
    assert (book.title, book.author) == expected
    assert book.source == "title"
    assert book.year is None and book.publisher is None


def test_title_with_author_and_year_in_brackets():
    book = from_title("The Winter Ledger (Hal P. Okafor, 2005)")
    assert (book.title, book.author, book.year) == ("The Winter Ledger", "Hal P. Okafor", 2005)


def test_brackets_that_are_not_an_author_and_year():
    book = from_title("The Winter Ledger (reread, 2005)")
    assert book is None or book.author != "reread"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reseña: El faro del norte de Lucía Ferrer", ("El faro del norte", "Lucía Ferrer")),
        ("Critique : « La Maison des vents » par Odile Mercier", ("La Maison des vents", "Odile Mercier")),
        ("Rezension: Das stille Ufer von Jonas Reber", ("Das stille Ufer", "Jonas Reber")),
    ],
)
def test_other_languages_after_a_review_prefix_or_quotes(text, expected):
    assert title_author(text) == expected


def test_foreign_by_word_is_not_trusted_without_a_prefix_or_quotes():
    # "de" is too common inside titles to split on it unprompted
    assert from_title("El faro del norte de Lucía Ferrer") is None


def test_review_prefix_without_an_author_keeps_the_title():
    book = from_title("Review: Lantern Weather")
    assert (book.title, book.author) == ("Lantern Weather", None)


@pytest.mark.parametrize(
    "text",
    [
        "Thoughts by the sea",
        "Our best books of 2025",
        "An interview with Ann Leckie",
        "Notes from a walk by the river",
        "Reading slump, day by day",
        "What I read in March",
        "",
        None,
    ],
)
def test_titles_that_name_no_book(text):
    book = from_title(text)
    assert book is None or book.author is None


def test_a_long_prefixed_title_without_author_is_not_a_book():
    text = "Review: " + " ".join(["some"] * 13)
    assert from_title(text) is None


# -- from_citation ----------------------------------------------------------------------


def test_full_citation():
    lines = [
        "I closed it and sat with the last page for a while.",
        "The Winter Ledger by Hal P. Okafor. Portland: Driftwood Press, 2005. $24 — 288 pages.",
    ]
    book = from_citation(lines)
    assert (book.title, book.author, book.year, book.publisher, book.source) == (
        "The Winter Ledger", "Hal P. Okafor", 2005, "Driftwood Press", "citation",
    )


def test_citation_without_city():
    book = from_citation(["Lantern Weather, by Ada van der Berg. Saltmarsh Books, 2019."])
    assert (book.title, book.author, book.year, book.publisher) == ("Lantern Weather", "Ada van der Berg", 2019, "Saltmarsh Books")


def test_citation_must_be_near_the_end():
    lines = ["The Winter Ledger by Hal P. Okafor. Portland: Driftwood Press, 2005."] + ["More thoughts."] * 8
    assert from_citation(lines) is None
    assert from_citation(lines[:8]) is not None


@pytest.mark.parametrize(
    "line",
    [
        "I read it in 2005 by the sea. Portland: Driftwood Press, 2006.",
        "The Winter Ledger by Hal P. Okafor.",
        "Published by Driftwood Press in 2005.",
    ],
)
def test_not_citations(line):
    assert from_citation([line]) is None


# -- from_jsonld ------------------------------------------------------------------------


def test_review_of_a_book_with_author_object():
    review = {
        "@type": "Review",
        "itemReviewed": {
            "@type": "Book",
            "name": "The Glass Road",
            "author": {"@type": "Person", "name": "Ines Marlow"},
            "datePublished": "2021-09-07",
            "publisher": {"@type": "Organization", "name": "Harbour Lane"},
        },
        "reviewRating": {"@type": "Rating", "ratingValue": 4},
    }
    book, found = from_jsonld([{"@type": "WebSite", "name": "Tidal Pages"}, review])
    assert (book.title, book.author, book.year, book.publisher, book.source) == (
        "The Glass Road", "Ines Marlow", 2021, "Harbour Lane", "jsonld",
    )
    assert found is review


def test_review_of_a_book_with_author_list():
    book, _ = from_jsonld([{
        "@type": "Review",
        "itemReviewed": {"@type": "Book", "name": "Two Tides", "author": [{"@type": "Person", "name": "Mara Holt"}, "Ivo Brandt"]},
    }])
    assert book.author == "Mara Holt, Ivo Brandt"


def test_review_of_a_book_with_author_string_and_list_type():
    book, review = from_jsonld([{
        "@type": ["Review", "CreativeWork"],
        "itemReviewed": {"@type": ["Book", "Product"], "name": "Ironwood", "author": "J. M. Fenwick", "copyrightYear": 1998},
    }])
    assert (book.title, book.author, book.year) == ("Ironwood", "J. M. Fenwick", 1998)
    assert review is not None


def test_bare_book():
    book, review = from_jsonld([{"@type": "Book", "name": "Tidewater", "author": {"name": "Rosa de la Cruz"}}])
    assert (book.title, book.author) == ("Tidewater", "Rosa de la Cruz")
    assert review is None


def test_review_beats_a_bare_book():
    items = [
        {"@type": "Book", "name": "Something Else", "author": "A. Nother"},
        {"@type": "Review", "itemReviewed": {"@type": "Book", "name": "Tidewater", "author": "Rosa de la Cruz"}},
    ]
    book, review = from_jsonld(items)
    assert book.title == "Tidewater" and review is items[1]


def test_jsonld_title_is_cleaned():
    book, _ = from_jsonld([{"@type": "Review", "itemReviewed": {"@type": "Book", "name": "“Tidewater” (4/5)"}}])
    assert book.title == "Tidewater" and book.author is None


@pytest.mark.parametrize(
    "items",
    [
        [],
        [{"@type": "BlogPosting", "name": "The Glass Road"}],
        [{"@type": "Review", "itemReviewed": {"@type": "Movie", "name": "A Film"}}],
        [{"@type": "Review", "itemReviewed": {"@type": "Book"}}],
        [{"@type": "Review", "itemReviewed": "The Glass Road"}],
        [{"name": "untyped"}],
    ],
)
def test_jsonld_without_a_book(items):
    assert from_jsonld(items) == (None, None)


# -- is_name and clean_title --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Ines Marlow", "Hal P. Okafor", "J. M. Fenwick", "Ada van der Berg", "Rosa de la Cruz", "Lucía Ferrer", "Mara-Jo Holt",
     "Sean O'Malley", "Odile Le Mercier"],
)
def test_is_name(text):
    assert is_name(text)


@pytest.mark.parametrize(
    "text",
    # a lone word is not trusted as an author ("Stand by Me"), nor are title words ("Train Across Europe")
    ["", None, "the sea", "day by day", "Agent 007", "One Two Three Four Five Six", "Ines marlow", "A" * 61, "Plato", "Me",
     "Train Across Europe"],
)
def test_is_not_name(text):
    assert not is_name(text)


def test_clean_title():
    assert clean_title("  “The Glass Road”  ") == "The Glass Road"
    assert clean_title("The Glass Road (4/5)") == "The Glass Road"
    assert clean_title("The Glass Road [3.5/5 stars]") == "The Glass Road"
    assert clean_title("The Glass Road:") == "The Glass Road"


@pytest.mark.parametrize(
    "title,book,author",
    [
        ("Stand by Me by Stephen King", "Stand by Me", "Stephen King"),
        ("On Writing by Stephen King", "On Writing", "Stephen King"),
        ("Reseña: Cien años de soledad de Gabriel García Márquez", "Cien años de soledad", "Gabriel García Márquez"),
        ("L’Étranger d’Albert Camus", "L’Étranger", "Albert Camus"),
    ],
)
def test_the_last_by_that_leaves_a_name_wins(title, book, author):
    found = from_title(title)
    assert (found.title, found.author) == (book, author)


@pytest.mark.parametrize("title", ["Stand by Me", "Travels by Train Across Europe", "Le Comte d’Artagnan"])
def test_title_words_are_not_authors(title):
    found = from_title(title)
    assert found is None or found.author is None


# -- review words around titles, in our languages --------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Re-read: The Orchard Keeper by Mirela Dunn", ("The Orchard Keeper", "Mirela Dunn")),
        ("[ARC Review] Salt Harbour by Tomas K. Averill", ("Salt Harbour", "Tomas K. Averill")),
        ("Recenzja: Ciche brzegi – Anna Wolska", ("Ciche brzegi", "Anna Wolska")),
        ("Boekbespreking: De stille haven van Joris Mertens", ("De stille haven", "Joris Mertens")),
        ("Resenha: O rio escuro, de Ana Prado", ("O rio escuro", "Ana Prado")),
        ("Chronique : « Les Heures claires » d’Odile Mercier", ("Les Heures claires", "Odile Mercier")),
        ("Buchbesprechung | Das stille Ufer – Jonas Reber", ("Das stille Ufer", "Jonas Reber")),
        ("Book review | The Glass Road, Ines Marlow", ("The Glass Road", "Ines Marlow")),
        ("Ines Marlow, ‘The Glass Road’ — a review", ("The Glass Road", "Ines Marlow")),
        ("The Glass Road by Ines Marlow (Review)", ("The Glass Road", "Ines Marlow")),
        ("Salt Harbour – Tomas Averill | Rezension", ("Salt Harbour", "Tomas Averill")),
        ("Crítica: «El año del faro», de Lucía Ferrer", ("El año del faro", "Lucía Ferrer")),
        ("Review: Le Jardin noir, de Paul Vernet (Jean Sorel)", ("Le Jardin noir", "Paul Vernet")),
    ],
)
def test_review_words_before_and_after(text, expected):
    assert title_author(text) == expected


def test_two_authors():
    assert title_author("Two Tides by Mara Holt and Ivo Brandt") == ("Two Tides", "Mara Holt and Ivo Brandt")
    assert title_author("Rezension: Zwei Gezeiten von Mara Holt und Ivo Brandt") == ("Zwei Gezeiten", "Mara Holt und Ivo Brandt")


def test_score_after_a_title():
    assert title_author("The Winter Ledger by Hal P. Okafor ★★★★½") == ("The Winter Ledger", "Hal P. Okafor")
    assert title_author("Review: The Winter Ledger – Hal P. Okafor – 4/5") == ("The Winter Ledger", "Hal P. Okafor")


# -- unmarked titles, trusted when the text names the author ---------------------------------------

TEXT = Context("Van der Berg writes weather. Later, van der Berg and Okafor, Cruz and Holt all come up.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lantern Weather – Ada van der Berg", ("Lantern Weather", "Ada van der Berg")),
        ("Lantern Weather | Ada van der Berg", ("Lantern Weather", "Ada van der Berg")),
        ("Lantern Weather, Ada van der Berg", ("Lantern Weather", "Ada van der Berg")),
        ("Tidewater von Rosa de la Cruz", ("Tidewater", "Rosa de la Cruz")),
        ("Hal P. Okafor: The Winter Ledger", ("The Winter Ledger", "Hal P. Okafor")),
        ("Mara Holt, ‘Two Tides’", ("Two Tides", "Mara Holt")),
    ],
)
def test_unmarked_shapes_with_the_text_vouching(text, expected):
    book = from_title(text, TEXT)
    assert (book.title, book.author) == expected
    assert from_title(text) is None or from_title(text).author is None  # not on its shape alone


def test_unmarked_shape_with_year():
    book = from_title("Lantern Weather — Ada van der Berg (2019)", TEXT)
    assert (book.title, book.author, book.year) == ("Lantern Weather", "Ada van der Berg", 2019)


def test_text_that_never_names_the_author_does_not_vouch():
    assert from_title("Lantern Weather – Ada Lindqvist", TEXT) is None


def test_the_blog_and_the_blogger_are_not_authors():
    context = Context("Ada van der Berg here, hello again from Berg Books.", not_authors=("Berg Books", "Ada van der Berg"))
    assert from_title("My year in reading – Ada van der Berg", context) is None


def test_a_quoted_sentence_after_a_name_is_speech():
    context = Context("Holt told us about the birds. Holt laughed.")
    book = from_title("Mara Holt: ‘I kept the lighthouse for the birds’", context)
    assert book is None or book.author is None


def test_a_quoted_part_is_not_an_author():
    context = Context("The Quiet Harbour return with Low Tide Hymns.")
    book = from_title("Record notes: The Quiet Harbour, “Low Tide Hymns”", context)
    assert book is None or book.author != "Low Tide Hymns"


def test_lower_case_blog_titles():
    book = from_title("the winter ledger, hal okafor", Context("okafor writes numbers like weather"))
    assert (book.title, book.author) == ("The Winter Ledger", "Hal Okafor")


def test_context_counts_mentions():
    context = Context("Okafor, okafor and Okafor's ledger")
    assert context.mentions("Okafor") == 2
    assert Context(context.text, ignore_case=True).mentions("okafor") == 3
    assert context.vouches_for("Hal Okafor", times=2) and not context.vouches_for("Hal Okafor", times=3)


def test_author_first_titles():
    context = Context("Die Wand ist ein Roman. Haushofer schreibt karg. Mantel and Wolf Hall; Wolf Hall again.")
    assert title_author_in("Marlen Haushofer – Die Wand", context) == ("Die Wand", "Marlen Haushofer")
    assert title_author_in("[Rezension] Marlen Haushofer – Die Wand", context) == ("Die Wand", "Marlen Haushofer")
    # both halves look like names: the person is the one the text calls by surname alone
    assert title_author_in("Hilary Mantel | Wolf Hall", context) == ("Wolf Hall", "Hilary Mantel")
    # after a one-word label of the site's own ("Lesetipp:", "Boekentip:"), two name-like halves alike
    tip = Context("Tomas Ilves hat mit „Karl der Gärtner“ begonnen. Später lässt Ilves uns raten.")
    assert title_author_in("Lesetipp: Tomas Ilves – Karl der Gärtner", tip) == ("Karl der Gärtner", "Tomas Ilves")
    assert title_author_in("Boekentip: Karl der Gärtner – Tomas Ilves", tip) == ("Karl der Gärtner", "Tomas Ilves")


def test_afrikaans_by_and_a_review_suffix_with_its_article():
    context = Context("Van Wyk skryf helder. Die stil rivier is haar eerste roman.", (), "af")
    book = from_title("Die stil rivier deur Marike van Wyk: 'n resensie", context)
    assert (book.title, book.author) == ("Die stil rivier", "Marike van Wyk")
    # near miss: Dutch "deur" is a door, no "by"
    assert from_title("De deur van het huis", Context("Een huis.", (), "nl")) is None


def test_a_bracketed_original_title_after_the_title_is_no_part_of_it():
    context = Context("Szabó writes about a honeymoon that goes astray in Italy.", (), "en")
    book = from_title("The Night Ferry (Az éjszakai komp) — Réka Szabó", context)
    assert (book.title, book.author) == ("The Night Ferry", "Réka Szabó")
    cyrillic = from_title("The Winter Garden (Зимний сад) by Anna Petrova", Context("Petrova is subtle.", (), "en"))
    assert cyrillic.title == "The Winter Garden"
    # near misses: a bracket in the title's own letters stays, as does one the text names with the title
    assert from_title("The Night Ferry (Second Crossing) — Réka Szabó", context).title == "The Night Ferry (Second Crossing)"
    named = Context("The Night Ferry (Az éjszakai komp) is Szabó's best.", (), "en")
    assert from_title("The Night Ferry (Az éjszakai komp) — Réka Szabó", named).title == "The Night Ferry (Az éjszakai komp)"


def test_a_name_then_a_name_led_remainder_is_not_author_first():
    context = Context("Lem writes. Recenzje everywhere.")
    book = from_title("Recenzje Solaris – Stanisław Lem. Recenzja Autor Magda 5 listopada 2023", context)
    assert book is None or book.author != "Recenzje Solaris"


@pytest.mark.parametrize(
    "text",
    ["Ashes of the Tide (The Salt Isles #2) by Mara Holt", "Ashes of the Tide (Book 2) by Mara Holt",
     "Ashes of the Tide by Mara Holt #bookreview #arc", "Ashes of the Tide (Tome 2) de Mara Holt – critique"],
)
def test_series_numbers_and_hashtags_are_not_the_title(text):
    assert title_author(text) == ("Ashes of the Tide", "Mara Holt")


def title_author_in(text, context):
    book = from_title(text, context)
    return None if book is None else (book.title, book.author)


def test_a_blog_name_after_an_unmarked_title():
    context = Context("Berg writes weather.", not_authors=("Quiet Lamp",))
    assert title_author_in("Lantern Weather – Ada van der Berg – Quiet Lamp", context) == ("Lantern Weather", "Ada van der Berg")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Recension: Brev till Agnes av Karin Ljungberg", ("Brev till Agnes", "Karin Ljungberg")),
        ("Reseña: El faro por Lucía Ferrer", ("El faro", "Lucía Ferrer")),
        ("Anmeldelse: Havet om natten – Ingrid Dahl", ("Havet om natten", "Ingrid Dahl")),
    ],
)
def test_more_review_words_and_bys(text, expected):
    assert title_author(text) == expected


@pytest.mark.parametrize("label", ["Blog Tour", "Cover reveal", "Spotlight", "Excerpt"])
def test_post_labels_are_not_part_of_the_book_title(label):
    assert title_author(f"{label}: Ashes of the Tide by Mara Holt") == ("Ashes of the Tide", "Mara Holt")


def test_jsonld_product_named_title_by_author():
    book, review = from_jsonld([{"@type": "Review", "itemReviewed": {"@type": "Product", "name": "Ashes of the Tide by Mara Holt"}}])
    assert (book.title, book.author) == ("Ashes of the Tide", "Mara Holt") and review is not None


def test_a_title_longer_than_any_post_title_is_not_read():
    long_title = " – ".join(["Ashes of the Tide by Mara Holt"] * 12)
    assert from_title(long_title, Context("Holt")) is None


@pytest.mark.parametrize("text, expected", [
    ("La casa de los espíritus, de Isabel Allende: una saga que no envejece", ("La casa de los espíritus", "Isabel Allende")),
    ("Ashes of the Tide by Mara Holt: what the sea keeps", ("Ashes of the Tide", "Mara Holt")),
])
def test_the_posts_own_subtitle_after_book_and_author_is_cut(text, expected):
    assert title_author(text) == expected


def test_a_title_opening_in_lower_case_is_the_posts_own_words():
    book = from_title("Ashes of the Tide, and why I read it on a ferry", Context("Ashes of the Tide and a ferry"))
    assert book is None or book.title == "Ashes of the Tide"


def test_greek_names_are_names_like_latin_and_cyrillic_ones():
    from scraper.extract.book import is_name

    assert is_name("Νίκος Καζαντζάκης") and is_name("Μ. Καραγάτσης")
    book = from_title("Κριτική: Ο Καπετάν Μιχάλης – Νίκος Καζαντζάκης")
    assert book is not None and (book.title, book.author) == ("Ο Καπετάν Μιχάλης", "Νίκος Καζαντζάκης")


@pytest.mark.parametrize("text, expected", [
    ("Jag läste ”Brev till Agnes” av Karin Lund i somras.", ("Brev till Agnes", "Karin Lund")),
    ("Luin »Talvinen satama» av Karin Lund viime kesänä.", ("Talvinen satama", "Karin Lund")),
    ("Ich habe »Das stille Haus« von Lena Vogt gelesen.", ("Das stille Haus", "Lena Vogt")),
])
def test_quotes_that_open_and_close_alike_or_turn_inward(text, expected):
    from scraper.extract.bookheadline import quoted_title
    assert quoted_title(text) == expected


def test_the_blogger_named_as_author_in_the_headline_is_no_author():
    text = "The harbour keeps its secrets. The chapters are short."
    book = from_title("The Salt Ledger by Lena Hart", Context(text, ("Lena Hart", "lampandleaf")))
    assert book is not None and (book.title, book.author) == ("The Salt Ledger", None)
    # a catalogue page whose own author field is the book's author: the text calls her by surname, as reviews do
    book = from_title("Beloved Harbour by Nora Quist", Context(text + " Quist never looks away.", ("Nora Quist",)))
    assert (book.title, book.author) == ("Beloved Harbour", "Nora Quist")


def test_a_page_title_that_adds_by_and_the_author_to_the_headline():
    from scraper.extract.bookpageclues import Clues
    from scraper.extract.bookpagetitles import extended_title as _extended_title
    clues = Clues(title="The Salt Ledger", context=Context("Okafor never explains a thing twice."))
    book = _extended_title("The Salt Ledger by Chidi Okafor", clues, None)
    assert book is not None and (book.title, book.author) == ("The Salt Ledger", "Chidi Okafor")
    assert _extended_title("The Salt Ledger by Chidi Okafor", Clues(title="The Salt Ledger", context=Context("No name.")), None) is None
