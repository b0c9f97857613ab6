"""Round 26: a library catalogue's record page (its h1 over the author heading filed family name first, life dates and
the relator term, MARC's "Family, Given, 1950-, author.") is a book's record: of its list of readers' reviews the
longest is the page's content, alone. Near misses: a post whose byline reads like a name, a filed name with no relator
term, and readerreview.book_header on an h1 beside a plain author line."""

import lxml.html

from scraper.extract import extract_page
from scraper.extract.readerreview import book_header

LONG_EN = ["Borrowed this on a whim after it sat on the new-arrivals cart for a month. It follows a lighthouse keeper's "
           "daughter who inherits the keeper's logbooks and reads them one winter, one storm at a time.",
           "The logbook entries are dry and then suddenly devastating, and the daughter's own voice grows stronger with "
           "every chapter. I stayed up far too late for the last hundred pages and do not regret it.",
           "My one complaint is the brother, who only ever exists to slam doors and leave for the mainland, and a middle "
           "stretch where the storms start to blur together. Still, four out of five stars, and I have already put the "
           "author's earlier novel on hold.", "Rating: 4/5"]
LONG_PL = ["Wypożyczyłam ją przypadkiem, bo od miesiąca leżała na wózku z nowościami. To historia córki latarnika, która "
           "dziedziczy dzienniki ojca i czyta je przez jedną zimę, sztorm po sztormie.",
           "Wpisy z dziennika są suche, a potem nagle bolesne, a głos córki z każdym rozdziałem jest mocniejszy. Ostatnie "
           "sto stron przeczytałam w nocy i wcale nie żałuję.",
           "Jedyny zarzut to brat, który istnieje tylko po to, by trzaskać drzwiami i wyjeżdżać na ląd, oraz środkowa część, "
           "w której sztormy zlewają się w jedno. Mimo to cztery gwiazdki na pięć i już zamówiłam wcześniejszą powieść autorki.", "Ocena: 4/5"]


def _record(filed: str, review: list[str], other: str) -> bytes:
    long = "".join(f"<p>{p}</p>" for p in review)
    return ("<html><head><title>The keeper's logbook</title></head><body><div class='results'><div class='summary'>"
            "<div class='summary-inner'><h1 class='title'>The keeper's logbook : a novel</h1>"
            f"<span class='author'>{filed}</span><span class='details'>Harbor Press, 2021.</span>"
            "<div class='availability'><em>Available at Central Library Fiction and other locations</em></div></div></div>"
            "<div class='tab-content'><div class='reviews-box'><h3>Reviews</h3><a href='#' class='write'>Write a review</a>"
            f"<div class='review-entry'><div class='review-head'>Reviewed by: gull_reader 03/11/2026</div>"
            f"<div class='review-body'>{long}</div></div>"
            f"<div class='review-entry'><div class='review-head'>Reviewed by: patron 5512 01/09/2026</div>"
            f"<div class='review-body'><p>{other}</p></div></div></div></div></div></body></html>").encode()


def test_the_longest_readers_review_alone():
    for filed, review, other in (("Marsh, Eleanor, 1962-, author.", LONG_EN, "Too slow for me, but the cover is lovely."),
                                 ("Nowak, Joanna, 1971-, autor.", LONG_PL, "Za wolna jak dla mnie, ale okładka piękna.")):
        record = extract_page(_record(filed, review, other), "https://catalogue.example/record/991")
        assert record.is_review
        assert review[0][:40] in record.body_text and review[1][:40] in record.body_text
        assert other not in record.body_text and "Available at" not in record.body_text


def test_book_header_reads_a_filed_name_and_its_role():
    head = "<html><body><div><div><h1>The keeper's logbook</h1><span>{}</span></div></div><p>x</p></body></html>"
    assert book_header(lxml.html.fromstring(head.format("Marsh, Eleanor, 1962-, author.")))
    assert book_header(lxml.html.fromstring(head.format("Dupont, Marie, autrice.")))
    # near misses: no relator term; a sentence with commas
    assert not book_header(lxml.html.fromstring(head.format("Marsh, Eleanor, 1962-")))
    assert not book_header(lxml.html.fromstring(head.format("Well, honestly, this was my favourite read of the autumn.")))
