"""booktags.tag_lines: a plain-text tag line without links ("Schlagwörter: A, B", "Etiketler: A, B") gives its values,
which the rescue reads as the post's tags (a forum topic's keywords); other labelled lines give nothing (our markup)."""

from lxml import html as lxml_html

from scraper.extract.bookrescue import Page, rescue
from scraper.extract.booktags import tag_lines


def _tree(markup: str):
    return lxml_html.fromstring(f"<html><body>{markup}</body></html>")


def test_plain_tag_lines_in_two_languages():
    de = _tree("<td><b>Thema: Der stille Hof</b> <span class='small'>Schlagwörter: Jana Roth, Leipzig, Nachkriegszeit</span></td>")
    assert tag_lines(de) == ["Jana Roth", "Leipzig", "Nachkriegszeit"]
    tr = _tree("<div>Etiketler: Ayla Demirtaş, İzmir</div><p>Konu: yeni roman</p>")
    assert tag_lines(tr) == ["Ayla Demirtaş", "İzmir"]


def test_near_misses():
    # a labelled line that is no tag line, a sentence with a colon
    tree = _tree("<p>Orte: Berlin, Hamburg</p><p>Mein Fazit: gut, aber lang.</p>")
    assert tag_lines(tree) == []


def test_the_rescue_reads_the_tagged_author_for_the_headline_title():
    lines = ["Den stillen Hof habe ich nach dem Film wieder gelesen: Der stille Hof ist anders.", "Roth erzählt langsam, und das Leipzig der Nachkriegszeit wird lebendig.",
             "Fazit: eine starke Vier."]
    tree = _tree("<td><b>Der stille Hof — nach dem Film wieder gelesen</b> <span>Schlagwörter: Jana Roth, Leipzig</span></td>")
    page = Page("Der stille Hof", lines, [], tree, tag_links=tag_lines(tree))
    book = rescue(None, page)
    assert book is not None and (book.title, book.author) == ("Der stille Hof", "Jana Roth")
    assert rescue(None, Page("Der stille Hof", lines, [], tree)) is None
