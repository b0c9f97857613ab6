"""bookcredit (s27): a by-line that credits a second person after the author ("T, written by A and illustrated by B",
"T von A und illustriert von B") is read as "T by A", not as the title running on into the author and the illustrator
as the author; and the near misses. Examples in our own words."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcredit import plain_credit
from scraper.extract.bookheadline import from_title


def _book(title, language="en", text="x"):
    book = from_title(title, Context(text, (), language))
    return (book.title, book.author) if book else None


def test_english_written_and_illustrated():
    assert _book("The Owl Who Counted Stars, written by Mina Holloway and illustrated by Piet Aalders") == \
        ("The Owl Who Counted Stars", "Mina Holloway")


def test_english_by_and_translated_by():
    assert _book("A House of Salt by Ilse Varga and translated by Tom Reed") == ("A House of Salt", "Ilse Varga")


def test_english_with_illustrations_by():
    assert _book("The Lantern Fox by Clara Webb, with illustrations by Joe Pym") == ("The Lantern Fox", "Clara Webb")


def test_german_und_illustriert_von():
    found = _book("Der kleine Nebel von Hanna Seidl und illustriert von Jonas Brandt", "de",
                  "Seidl erzählt ruhig. Seidl kann das.")
    assert found == ("Der kleine Nebel", "Hanna Seidl")


def test_french_ecrit_par_et_traduit_par():
    assert _book("La Maison des vents, écrit par Anne Morel et traduit par Paul Girard", "fr") == \
        ("La Maison des vents", "Anne Morel")


def test_italian_scritto_da_e_illustrato_da():
    assert _book("Il gatto di vetro, scritto da Lucia Fontana e illustrato da Marco Neri", "it") == \
        ("Il gatto di vetro", "Lucia Fontana")


def test_swedish_med_illustrationer_av():
    found = _book("Sjön som sov av Karin Holm, med illustrationer av Nils Berg", "sv", "Holm skriver. Holm igen.")
    assert found == ("Sjön som sov", "Karin Holm")


def test_cover_caption_in_a_post():
    html = """<html lang="en"><head><title>Friday picks: paper boats - Story Time Room</title></head><body>
    <article><h1>Friday picks: paper boats</h1><div class="entry-content">
    <p>Every Friday I read one picture book to the class and we talk about what the pictures say.</p>
    <figure><img src="/boats.jpg" alt="Cover of The Paper Boat Parade"><figcaption><em>The Paper Boat Parade</em>,
    written by Mina Holloway and illustrated by Piet Aalders</figcaption></figure>
    <p>The story is simple: a girl folds a boat from every page of her old diary and sends them down the river.</p>
    <p>The children loved the counting. Rating: 4/5.</p></div>
    <footer>Tagged <a rel="tag" href="/t/1">picture books</a>, <a rel="tag" href="/t/2">boats</a></footer></article>
    </body></html>"""
    record = extract_page(html, "https://storytime.example/friday-picks-paper-boats")
    assert (record.book_title, record.book_author) == ("The Paper Boat Parade", "Mina Holloway")


# --- near misses ---

def test_near_miss_title_with_and_translated():
    # "and Translated" inside a title, the author's "by" after it: no second credit, the title stays whole
    assert _book("Lost and Translated by Ann Lee") == ("Lost and Translated", "Ann Lee")


def test_near_miss_title_case_written_stays():
    # a title's own "Written" is capitalised: it is no by-line's role
    assert plain_credit("Stories Written in Sand by Ola Brun") == "Stories Written in Sand by Ola Brun"


def test_near_miss_reviewer_sentence_keeps_its_words():
    # the reviewer's sentence with "and edited" but no role's "by" after it
    text = "I read it twice and edited my notes by hand"
    assert plain_credit(text) == text


def test_near_miss_plain_headline_unchanged():
    assert _book("Stand by Me by Stephen King") == ("Stand by Me", "Stephen King")


def test_near_miss_lower_case_tag_is_no_author():
    # a cover's caption with no author of its own: a tag of common words ("picture books") is nobody's name, while a
    # Georgian name (its letters lower case to Unicode) still is
    from scraper.extract.bookcover import _person
    assert not _person("picture books", Context("I love picture books. These picture books are great.", (), "en"))
    assert _person("ნოდარ დუმბაძე", Context("დუმბაძე წერს. დუმბაძე კვლავ.", (), "ka"))
