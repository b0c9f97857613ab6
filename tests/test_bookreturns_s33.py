"""A review that names its book once or twice and then calls it "the book", "the novel", or whose headline names it in
a clause of its own, keeps returning to it (the s33 round; own words and markup): ``bookreturns.more_references``.

Near misses: a post whose other references are to another book ("the second book", "the next novel"), a post naming
several books, a headline clause that only contains the title inside a longer phrase, a diary page that names a book
in passing and never calls it "the book"."""

from scraper.extract import extract_page
from scraper.extract.bookreturns import headline_names, more_references


def _page(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title}</title></head><body class='post'><article><h2>{title}</h2>"
            f"<div class='e-content'>{body}</div></article></body></html>")


_URL = "https://quietnotes.example.org/notes/a-wet-saturday"

_DIARY = [
    "Fog till noon. Picked up Ama Darko's <em>The Salt Orchard</em> at the branch library, a paperback with a torn "
    "cover that has sat on the returns trolley for weeks, waiting for my card.",
    "Two brothers, an orchard by the sea, a father who will not sell. The whole book leans on the older brother's "
    "silences; the younger one talks enough for both of them, and their mother keeps the accounts.",
    "Lunch break: the middle section, the dry summer, the well going bad. Plain sentences, long paragraphs, almost no "
    "dialogue, and somehow it never drags, not even in the chapter about grafting.",
    "Evening. The storm chapter is the best thing in it, and the last page is quiet and exact. I put the kettle on "
    "afterwards and sat a long time by the window with the lamp off.",
    "Now the reason the book was argued over when it came out is plain: it is patient and it trusts whoever holds it. "
    "Due back on the fourteenth.",
]


def test_a_diary_review_that_calls_its_book_the_book_is_a_review():
    record = extract_page(_page("Saturday, a wet one", _DIARY), _URL)
    assert record.kind == "review", record.reason
    assert record.book_title == "The Salt Orchard"


def test_references_to_another_book_of_the_series_do_not_count():
    paras = [p.replace("The whole book leans", "The second book leans").replace("the reason the book was", "the reason the next novel was")
             for p in _DIARY]
    record = extract_page(_page("Saturday, a wet one", paras), _URL)
    assert record.kind != "review", record.reason


def test_a_diary_page_naming_a_book_in_passing_stays_other():
    paras = [_DIARY[0], "Then the rain, the market, soup for four. My sister phoned about Christmas and we argued "
             "about who hosts this year, as we do every year, and settled nothing, as we do every year.",
             "Evening. Cleaned the kitchen, listened to the radio play about the lighthouse keeper, slept early. "
             "The cat has decided the new rug is hers and I have decided to let her have it."]
    record = extract_page(_page("Saturday, a wet one", paras), _URL)
    assert record.kind != "review", record.reason


def test_a_headline_clause_that_is_the_title_names_the_book():
    assert headline_names("the salt orchard: a pros and cons list", "The Salt Orchard")
    assert headline_names("Notes — THE SALT ORCHARD", "The Salt Orchard")


def test_a_title_inside_a_longer_clause_is_not_the_headline_naming_it():
    assert not headline_names("Why I never finished the salt orchard: a confession", "The Salt Orchard")
    assert not headline_names("Ash: a short history", "Ash")  # (a title of three letters: any word)


class _Ev:
    def __init__(self, lines, books_named=1, title="x", book_title="The Salt Orchard"):
        self.body = (tuple(lines), "\n".join(lines))
        self.books_named, self.title, self.book_title = books_named, title, book_title


def test_a_post_naming_several_books_counts_no_reference():
    lines = ["I think the book is long.", "My view: the novel is slow.", "This book is good."]
    assert more_references(_Ev(lines)) == 3
    assert more_references(_Ev(lines, books_named=3)) == 0


def test_a_headline_naming_the_book_in_a_clause_of_its_own_is_a_return():
    paras = [p.replace("The whole book leans", "It all leans").replace("the reason the book was", "the reason it was")
             for p in _DIARY]
    record = extract_page(_page("the salt orchard: notes from a foggy week", paras), _URL)
    assert record.kind == "review", record.reason
    record = extract_page(_page("Notes from a foggy week", paras), _URL)
    assert record.kind != "review", record.reason  # (the same text under a headline that does not name it)


def test_the_same_references_in_no_first_person_do_not_count():
    # (a house's excerpt or a news item speaks of "the book" in no reviewer's voice)
    paras = [p.replace(", waiting for my card", "").replace("I put the kettle on afterwards and sat", "Kettle on afterwards, and a")
             .replace("a long time by", "long sit by") for p in _DIARY]
    record = extract_page(_page("Saturday, a wet one", paras), _URL)
    assert record.kind != "review", record.reason


def test_a_headline_that_asks_and_a_capitalised_title_are_no_returns():
    lines = ["I loved The Summer Book as a child.", "My copy of the book is torn.", "I think the book is slow."]
    assert more_references(_Ev(lines)) == 2  # ("The Summer Book" is a title, not "the book")
    assert more_references(_Ev(lines[:2])) == 0  # (called "the book" once: no return)
    assert more_references(_Ev(lines, title="Books like The Salt Orchard?")) == 0
