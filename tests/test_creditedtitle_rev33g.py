"""``bookcandidates._credited_title`` takes a closing record's second part as the title over an essay headline only when
the record is a book's full one, with its details after the year (pages, a price, an ISBN): "Name, House, City, 2022."
cites the house and its place, no title. The record lines are read as ``bookclues.credit_line`` reads them (shared
``record_lines``): a bulleted or dashed record ("- Name, Title, House, 2022, 288 pp.") counts too.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcandidates import _credited_title
from scraper.extract.bookclues import credit_line

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - Slow Pages</title>
</head><body><header><a href="/">Slow Pages</a></header><main><article class="item-page"><h1>{headline}</h1>
<div class="article-body">{body}<p>{record}</p><p>{rating}</p></div></article></main>
<footer><p>© 2026 Slow Pages</p></footer></body></html>"""

_EN = ["After years of silence, a phone call in the night brings the narrator back to the coast: her sister is in "
       "hospital. From there the novel turns back, to a marriage that seemed perfect and a harbour quarter.",
       "Quayle takes up the sisters of her best-known book and makes them grown women. The prose is dry, almost bare, "
       "but every sentence carries weight. It is a book about going back, and about how going back never means "
       "finding things as they were.",
       "Some passages in the middle felt hurried to me. But the sister, loud and generous, stays with you."]
_IT = ["Dopo anni di silenzio, una telefonata notturna riporta la narratrice sulla costa: la sorella è in ospedale. "
       "Da lì "
       "il romanzo torna indietro, a un matrimonio che sembrava perfetto e a un quartiere di pescatori.",
       "Ferri riprende le sorelle del suo libro più noto e le rende adulte. La scrittura è asciutta, quasi nuda, ma "
       "ogni frase pesa. È un libro sul ritorno, e sul fatto che tornare non vuol dire ritrovare le cose com'erano.",
       "Alcune pagine centrali mi sono sembrate affrettate. Ma la sorella, rumorosa e generosa, resta con te."]


def _record(lang, headline, body, record, rating="Rating: 8/10"):
    url = "https://slowpages.example.net/essays/88-post"
    html = _PAGE.format(lang=lang, headline=headline, body="".join(f"<p>{p}</p>" for p in body), record=record,
                        rating=rating)
    found = extract_page(html, url)
    return found.book_title, found.book_author


def test_a_house_and_its_place_are_no_title():
    assert _record("en", "Going home to the coast", _EN, "Ruth Quayle, Kestrel, Edinburgh, 2022.")[0] != "Kestrel"
    assert _record("it", "Tornare alla costa", _IT, "Lucia Ferri, Sellerio, Palermo, 2021.", "Voto: 8/10")[0] \
        != "Sellerio"
    assert _record("en", "Going home to the coast", _EN, "Ruth Quayle, Kestrel, Leith, 2022")[0] != "Kestrel"


def test_a_full_record_gives_its_title_bulleted_or_not():
    assert _record("en", "Going home to the coast", _EN, "Ruth Quayle, Harbour Street, Faber, 2022, 288 pp.") \
        == ("Harbour Street", "Ruth Quayle")
    # (the record lines read as credit_line reads them: a bullet or Markdown's escaped dash before the record)
    lines = _EN + ["- Ruth Quayle, Harbour Street, Faber, 2022, 288 pp.", "Rating: 8/10"]
    context = Context(" ".join(lines), (), "en")
    assert _credited_title(lines, "Ruth Quayle", "Going home to the coast", context) == "Harbour Street"
    lines = _IT + ["\\- Lucia Ferri, Via del Porto, Sellerio, 2021, 240 pp.", "Voto: 8/10"]
    context = Context(" ".join(lines), (), "it")
    assert _credited_title(lines, "Lucia Ferri", "Tornare alla costa", context) == "Via del Porto"
    lines = _EN + ["• Ruth Quayle, Harbour Street, Faber, 2022, 288 pp."]
    assert credit_line(lines, "Going home to the coast", Context(" ".join(lines), (), "en")) == "Ruth Quayle"
    # (no details after the year: a house and its place)
    lines = _EN + ["- Ruth Quayle, Kestrel, Edinburgh, 2022."]
    assert _credited_title(lines, "Ruth Quayle", "Going home to the coast", Context(" ".join(lines), (), "en")) is None


def test_a_bare_record_whose_title_the_address_names():
    # no details after the year: the title only where the post's address names it (Blogger's slug of its first title)
    lines = _IT + ["Lucia Ferri, Portolano, Sellerio, 2021."]
    context = Context(" ".join(lines), (), "it")
    assert _credited_title(lines, "Lucia Ferri", "Tornare alla costa", context,
                           "https://slowpages.example.net/2026/11/portolano.html") == "Portolano"
    assert _credited_title(lines, "Lucia Ferri", "Tornare alla costa", context,
                           "https://slowpages.example.net/2026/11/tornare-alla-costa.html") is None
    lines = _EN + ["Ruth Quayle, Harbour Street, Faber, 2022"]
    assert _credited_title(lines, "Ruth Quayle", "Going home to the coast", Context(" ".join(lines), (), "en"),
                           "https://slowpages.example.net/2026/harbour-street/") == "Harbour Street"
