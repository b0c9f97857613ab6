"""bookbody._titles: the post's own heading, repeated as the body's first line, is no mention of a title; a title the
opening sets off (in italics) and the text names leads it, for an author a record gives alone (our own pages, de/pt)."""

from lxml import html as lxml_html

from scraper.extract.book import Context
from scraper.extract.bookpageclues import Clues
from scraper.extract.bookbody import find_book


def _clues(headline: str, paragraphs: list[str], record: list[str]) -> Clues:
    body = lxml_html.fromstring("<div>" + f"<h2>{headline}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>")
    lines = [headline, *record, *[lxml_html.fromstring(f"<p>{p}</p>").text_content() for p in paragraphs]]
    return Clues(title=headline, lines=lines, body=body, context=Context("\n".join(lines)), language=None)


def test_the_set_off_title_leads_the_heading():
    de = _clues("Der Junge, der nach Husum lief", ["Lange lag <em>Der Salzgarten</em> auf meinem Nachttisch, bis ich endlich anfing.",
                                                   "Roth schreibt ruhig und genau, und die Küste wird lebendig."], ["Autorin: Jana Roth"])
    book = find_book(de, None)
    assert book is not None and (book.title, book.author) == ("Der Salzgarten", "Jana Roth")
    pt = _clues("O rapaz que fugiu para o sul", ["Tinha <em>A Casa do Sal</em> na estante há anos, até que a comecei.",
                                                 "Sousa escreve devagar e a costa ganha vida."], ["Autora: Marta Sousa"])
    book = find_book(pt, None)
    assert book is not None and (book.title, book.author) == ("A Casa do Sal", "Marta Sousa")


def test_a_heading_the_text_names_again_stays_first():
    de = _clues("Der Salzgarten", ["Lange lag Der Salzgarten auf meinem Tisch; es erinnert an <em>Die Wand</em>.",
                                   "Roth schreibt ruhig, Der Salzgarten bleibt."], ["Autorin: Jana Roth"])
    book = find_book(de, None)
    assert book is not None and (book.title, book.author) == ("Der Salzgarten", "Jana Roth")
