"""A staff pick signed after a dash (``creditlines.dash_signed``) narrowed after review rev32d: a quotation's source
stays where the quotation is set wholly in italics or as <q>/<cite> with no quotation marks (an epigraph), or where
the line before the quotation introduces it with a colon or a comma ("As the ferryman says near the end,").

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.creditlines import dash_signed, quoted_block


def test_quoted_block():
    for html in ("<p><em>All the rivers run to the sea.</em></p>", "<p><i><b>Nothing is lost.</b></i></p>",
                 "<blockquote>Nothing is lost.</blockquote>", "<p><q>Nothing is lost.</q></p>"):
        assert quoted_block(fragment_fromstring(html)), html
    for html in ("<p>I hand it to every reader <em>who says</em> they are too old.</p>", "<p>Plain line.</p>"):
        assert not quoted_block(fragment_fromstring(html)), html


def test_signature_and_source():
    plain = fragment_fromstring("<p>I hand it to every reader who says they are too old for picture books.</p>")
    assert dash_signed("— Imke, Kinderbuchabteilung, Filiale Nord", plain.text_content(), plain)
    em = fragment_fromstring("<p><em>All the rivers run to the sea, and the sea is never full</em></p>")
    assert not dash_signed("— Ecclesiastes, chapter one", em.text_content(), em)
    plain_quote = fragment_fromstring("<p>The salt keeps what the tide forgets.</p>")
    assert not dash_signed("— Marit, chapter nine", plain_quote.text_content(), plain_quote, "As the keeper says,")
    assert not dash_signed("— Lorca, Romancero gitano", plain_quote.text_content(), plain_quote, "Il me rappelle:")


def _page(quote: str, source: str, lead: str = "It reminded me of lines I keep on my desk:") -> str:
    prose = ("<p>A novel about a woman who restores church organs in the villages of a flooded valley, one organ a "
             "chapter, while the reservoir rises. The organs outlive everyone who played them.</p><p>The middle "
             "chapters drag, but the last organ, played once before the water comes, is a fine scene.</p>")
    return ("<html><head><title>The Organ Mender</title></head><body><article><h1>The Organ Mender</h1>"
            f"<div class='entry-content'>{prose}<p>{lead}</p>{quote}<p>{source}</p></div></article></body></html>")


def test_extract_page_keeps_an_epigraphs_source():
    url = "https://valleybooks.example.org/organ-mender"
    for quote, source in (("<p><em>Music is the silence between the notes</em></p>", "— Debussy, Letters"),
                          ("<p><i>Caminante, son tus huellas el camino</i></p>", "— Machado, Proverbios"),
                          ("<p><q>Wer reitet so spät durch Nacht und Wind</q></p>", "— Goethe, Erlkönig")):
        text = extract_page(_page(quote, source), url).body_text
        assert source in text, source
