"""The subtitle under a post's headline (bookpageclues.headline_subtitle), read by bookstandfirst (s27): the author it
names as a book's owner ("Ada Roe's 2015 collection, read one poem a week"), for the title the post found; and, in
English, the title it names in title case where the post found none and its opening names the author as a book's owner
("Rereading The Glass Harbour at forty" over "Nell Ames's novel …"). Near misses: a subtitle naming someone else's
book, a person or a place; a reviewer's sentence. Examples in our own words."""

from scraper.extract import extract_page
from scraper.extract.book import Book, Context
from scraper.extract.bookstandfirst import standfirst_book


def _page(subtitle, body, title="A year with The Quiet Hours", lang="en", tag="h3", page_title=None):
    return f"""<html lang="{lang}"><head><title>{page_title or title} - Paper Lanterns</title></head><body>
    <div class="post-header"><h1 class="post-title">{title}</h1><{tag} class="subtitle">{subtitle}</{tag}></div>
    <div class="available-content"><div class="body markup">{body}</div></div></body></html>"""


def test_substack_subtitle_owner_names_the_author():
    body = ("<p>Last January I made a rule: one poem a week, read aloud on Sunday before breakfast. I picked "
            "<em>The Quiet Hours</em> because it was thin enough to carry and a friend had left it on my shelf.</p>"
            "<p>The collection moves between a river town, a hospital and a long drive north. Roe writes about rivers, "
            "about her father and about a winter that would not end, in plain sentences that turn at the last line."
            "</p><p>Read all at once, it felt like a scattering of small poems. Read one a week, it became a slow "
            "argument about staying, and the order of the poems started to matter more than any one of them.</p>"
            "<p>Some poems failed me, and a few end a line too late. Roe's best ones did not fail once in a year of "
            "Sundays, and I came back to them in the weeks when nothing else would hold.</p><p>If you have never "
            "read contemporary poetry, start here, and start slowly. It is a generous book.</p>")
    record = extract_page(_page("Ada Roe's 2015 collection, read one poem a week since January", body),
                          "https://paperlanterns.example/p/a-year-with-the-quiet-hours")
    assert (record.book_title, record.book_author) == ("The Quiet Hours", "Ada Roe")


def test_standfirst_owner_french_and_german():
    found = Book("La Nuit close", None, source="body")
    context = Context("Morel écrit court. Morel revient à la mer.", (), "fr")
    book = standfirst_book(found, [], [], context, None, "Le dernier roman de Anne Morel, lu en une nuit")
    assert (book.title, book.author) == ("La Nuit close", "Anne Morel")
    found = Book("Das leise Haus", None, source="body")
    context = Context("Seidl erzählt ruhig. Seidl kann das.", (), "de")
    book = standfirst_book(found, [], [], context, None, "Der neue Roman von Hanna Seidl, gelesen im Winter")
    assert (book.title, book.author) == ("Das leise Haus", "Hanna Seidl")


def test_medium_subtitle_names_the_title_english():
    body = ("<p>At sixteen I hated this book; at forty I found my father's copy and read it in his chair.</p>"
            "<p>Nell Ames's novel of a fishing town in the thirties is not about fish at all. It is about a town "
            "that knows it is ending.</p><p>Ames is kind to everyone in it, even the harbour master. Ames never "
            "hurries.</p><p>★★★★★</p>")
    html = _page("Rereading The Glass Harbour at forty, twenty-four years after school", body,
                 title="Going back to the harbour", tag="h2",
                 # (Medium's <title> joins the headline and the subtitle: the title said again, rev31a)
                 page_title="Going back to the harbour. Rereading The Glass Harbour at forty")
    record = extract_page(html, "https://medium.example/going-back-to-the-harbour-1a2b3c")
    assert (record.book_title, record.book_author) == ("The Glass Harbour", "Nell Ames")


def test_subtitle_title_the_article_opens_it():
    context = Context("Nell Ames's novel of a town. Ames is kind. Ames never hurries.", (), "en")
    book = standfirst_book(None, [], [], context, None, "The Glass Harbour at forty, read again after school",
                           titles=["Back again. The Glass Harbour at forty | Medium"])
    assert (book.title, book.author) == ("The Glass Harbour", "Nell Ames")


# --- near misses ---

def test_near_miss_subtitle_names_a_place_the_text_names():
    # the run is a place the text names itself: no title
    context = Context("Nell Ames's novel of a town. Ames is kind. Ames loved Port Elly.", (), "en")
    assert standfirst_book(None, [], [], context, None, "Going back to Port Elly, thirty years on") is None


def test_near_miss_no_owner_in_the_opening():
    # the opening names no book's owner: a subtitle's capitalised words are no title
    context = Context("I went back to the coast this year. The harbour master waved.", (), "en")
    assert standfirst_book(None, [], [], context, None, "Rereading The Glass Harbour at forty") is None


def test_near_miss_other_language_sentence_case():
    context = Context("Le roman de Anne Morel. Morel écrit. Morel revient.", (), "fr")
    assert standfirst_book(None, [], [], context, None, "Relire La Nuit Close à quarante ans") is None


def test_near_miss_owner_the_text_never_names():
    # the subtitle's owner is someone the text never calls by surname: a comparison, not the author
    found = Book("The Quiet Hours", None, source="body")
    context = Context("Roe writes about rivers. Roe again.", (), "en")
    assert standfirst_book(found, [], [], context, None, "Like Mary Pike's 1990 collection, only quieter") is None


def test_near_miss_staging_of_the_novel():
    # a theatre review's standfirst: the owner's novel is what the staging is made of, not the page's book
    found = Book("The Moor House", None, source="body")
    context = Context("Pike wrote it in 1840. Pike's moor is a kitchen here.", (), "en")
    text = "A four-hander staging of Mary Pike's novel moves the moor into one kitchen"
    assert standfirst_book(found, [], [], context, None, text) is None


def test_near_miss_record_book_without_author():
    # the JSON-LD's book names no author: the standfirst's owner does not lend it one
    found = Book("The Moor House (stage adaptation)", None, source="jsonld")
    context = Context("Pike wrote it in 1840. Pike again.", (), "en")
    assert standfirst_book(found, [], [], context, None, "Mary Pike's 1840 novel, told in one kitchen") is None
