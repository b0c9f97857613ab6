"""A staff pick signed on a line of its own after a dash, closing the pick's box: "— Saoirse, Teen Services, Central
Branch", "– Jonas, Filiale Mitte", "— Marta L., Librería del Puerto" (``creditlines.dash_signed``, asked by
``sitelines.mark`` of the body's last line in its second half, closing its box). Near misses: a quotation's
attribution under a quoted line ("— Rilke, Letters to a Young Poet"), a line with a page number, a sentence after the
dash, a signature in the middle of the review.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.creditlines import dash_signed


def test_the_signature():
    for line in ("— Imke, Kinderbuchabteilung, Filiale Nord", "– Jonas, Filiale Mitte", "— Marta L., Librería del Puerto",
                 "— Tomasz, Dział dla dzieci, Biblioteka Główna"):
        assert dash_signed(line, "I hand it to every reader who says they are too old for picture books."), line


def test_near_misses():
    assert not dash_signed("— Rilke, Letters to a Young Poet", "“Be patient toward all that is unsolved in your heart.”")
    assert not dash_signed("— Middlemarch, Finale, p. 838", "The growing good of the world, she wrote.")
    assert not dash_signed("— and then, a year later, she came back to it", "The book stayed on the shelf.")
    assert not dash_signed("Imke, Kinderbuchabteilung", "A line before.")  # (no dash: the record's own name line)


def _page(middle: str, last: str) -> str:
    prose = ("<p>A picture book about a girl who builds a boat out of her grandmother's laundry basket and sails it "
             "across the flooded garden to rescue a hedgehog. The pictures are all in blues and one bright orange.</p>"
             f"{middle}<p>I read it aloud at story time every spring and the children always shout at the page where "
             "the basket starts to sink. It is the best flood story I know for the very small.</p>")
    return ("<html><head><title>The Laundry Boat / Riverbend Library</title></head><body><main><h1>The Laundry Boat</h1>"
            f"<div class='staff-review'>{prose}<p class='reviewer'>{last}</p></div></main></body></html>")


def test_extract_page_drops_the_signature_and_keeps_an_attribution():
    record = extract_page(_page("", "— Imke, Children's Services, Riverbend North Branch"),
                          "https://riverbend.example.org/Record/b2290")
    assert "Riverbend North Branch" not in record.body_text
    assert "very small" in record.body_text
    kept = extract_page(_page("", "— and the hedgehog, of course, gets the last page, which is as it should be"),
                        "https://riverbend.example.org/Record/b2290")
    assert "gets the last page" in kept.body_text
