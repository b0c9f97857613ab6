"""A reader's review on a library catalogue's record page (an OPAC's "Reviews" tab): the record's author field labelled
for one name or more ("Author(s)", "Autor(in)"), the stars of each review drawn as one picture, and the review's head
line (the reader's name and the day) over its title.

scraper.extract.bookinfo (AUTHOR_LABEL), scraper.extract.ratingblocks (_star_picture), scraper.extract.recordreview
(_drop_head_byline)."""

import re

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.boilerplate import CleanReport
from scraper.extract.bookinfo import AUTHOR_LABEL
from scraper.extract.rating import find_rating
from scraper.extract.ratingblocks import rating_blocks
from scraper.extract.recordreview import drop_record_around

EN_REVIEW = (
    "<p>I picked this up because the cover showed a lighthouse, and stayed for the voice of the old keeper who tells it.</p>"
    "<p>The story follows two sisters who run a salt works on a cold northern coast while their father slowly goes blind.</p>"
    "<p>Some middle chapters drag a little, but the storm near the end is one of the best scenes I have read this year.</p>"
    "<p>I would hand it to anyone who likes slow family novels with a lot of weather and very few characters at once.</p>")
DE_REVIEW = (
    "<p>Ich habe das Buch in der Bücherei entdeckt, weil der Umschlag so schlicht war, und bin an der Erzählerin hängen geblieben.</p>"
    "<p>Zwei Brüder führen nach dem Krieg eine Mühle am Fluss weiter, und jeder von ihnen hütet ein anderes Geheimnis.</p>"
    "<p>Der Mittelteil zieht sich etwas, doch das Hochwasser am Ende gehört zu den stärksten Szenen, die ich kenne.</p>"
    "<p>Wer ruhige Familienromane mit viel Landschaft und wenigen Figuren mag, sollte es unbedingt ausleihen.</p>")


def _opac(title: str, label: str, filed: str, fields: str, review: str, stars: tuple[str, str], heads: tuple[str, str],
          review_title: str, other: str) -> str:
    return (f"<html><head><title>{title} - Riverbend Libraries</title></head><body>"
            "<div id='top'><a href='/'>Riverbend Libraries</a><ul class='menu'><li><a href='/'>Home</a></li>"
            "<li><a href='/search'>Catalogue</a></li><li><a href='/account'>My account</a></li></ul></div>"
            "<div id='main'><div class='panel record'><div class='record-head'>"
            f"<h1 class='record-title'>{title}</h1><table class='fields'><tr><th>{label}</th><td><a href='#'>{filed}</a></td></tr>"
            f"{fields}</table><div class='actions'><a href='#'>Place hold</a> <a href='#'>Add to list</a></div></div>"
            "<ul class='tabs'><li><a href='#'>Copies (2)</a></li><li><a href='#'>Summary</a></li><li><a href='#'>Reviews</a></li></ul>"
            "<div class='tab-reviews'>"
            f"<div class='review'><div class='review-head'><img src='/img/rating/stars_{stars[0][0]}.png' alt='{stars[0]}'> "
            f"<span class='reviewer'>{heads[0]}</span></div><div class='review-body'><h3>{review_title}</h3>{review}</div></div>"
            f"<div class='review'><div class='review-head'><img src='/img/rating/stars_{stars[1][0]}.png' alt='{stars[1]}'> "
            f"<span class='reviewer'>{heads[1]}</span></div><div class='review-body'><p>{other}</p></div></div>"
            "</div></div></div><div id='foot'><p>Riverbend Libraries - <a href='#'>Contact</a></p></div></body></html>")


def test_catalogue_review_en():
    page = _opac("The Salt Orchard", "Author(s)", "Calder, Mirren",
                 "<tr><th>Publisher</th><td>Harbour Press</td></tr><tr><th>Format</th><td>Book</td></tr>", EN_REVIEW,
                 ("4 of 5", "2 of 5"), ("Pat Reads (reader, 11/03/2026)", "Sam (reader, 02/01/2026)"),
                 "A quiet book full of salt", "Too slow for me, sorry.")
    record = extract_page(page, "https://riverbend.example.org/catalogue/record/4411")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("The Salt Orchard", "Mirren Calder")
    assert record.rating == 0.8  # (the page's review's stars, not the other reader's)
    assert "salt works" in record.body_text and "A quiet book full of salt" in record.body_text
    assert "Pat Reads" not in record.body_text and "Too slow" not in record.body_text


def test_catalogue_review_de():
    page = _opac("Die Mühle am Fluss", "Autor(in)", "Brandt, Hanna",
                 "<tr><th>Verlag</th><td>Uferverlag</td></tr><tr><th>Medium</th><td>Buch</td></tr>", DE_REVIEW,
                 ("5 von 5", "3 von 5"), ("Lesemaus (Leserin, 4.2.2026)", "Tom K. (Leser, 9.1.2026)"),
                 "Still und stark", "Nicht meins, zu langsam.")
    record = extract_page(page, "https://stadtbuecherei.example.de/katalog/titel/99120")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Die Mühle am Fluss", "Hanna Brandt")
    assert record.rating == 1.0
    assert "Hochwasser" in record.body_text and "Lesemaus" not in record.body_text


def test_author_label_for_one_name_or_more():
    label = re.compile(rf"(?:{AUTHOR_LABEL})", re.I)
    for said in ("Author(s)", "Auteur(s)", "Auteur(e)(s)", "Autor(in)", "Autor/-in", "Autor(es)", "Autore/i", "Автор(ы)", "Author"):
        assert label.fullmatch(said), said
    # near misses: a longer word opening on the label's, a role that is not the author's, a bracket that says more
    for said in ("Authority", "Autorisation(s)", "Illustrator(s)", "Author (foreword)", "Éditeur(s)"):
        assert not label.fullmatch(said), said


def _blocks(html: str):
    body = lxml_html.fromstring(html)
    return body, rating_blocks(body)


def test_star_picture_tells_each_review_by_its_box():
    review = "".join(f"<p>{line} It is a long paragraph of the review's own words, read as prose.</p>" for line in ("One.", "Two."))
    body, blocks = _blocks(
        "<div><div class='rv'><div class='h'><img src='/s/stars-3.gif' alt='3 out of 5'></div>"
        f"<div class='t'>{review}</div></div>"
        "<div class='rv'><div class='h'><img src='/s/stars-5.gif' alt='5 out of 5'></div>"
        "<div class='t'><p>Loved it, a short word from another reader here.</p></div></div></div>")
    assert [b.widget for b in blocks if b.image] == [True, True]
    lines = ["One. It is a long paragraph of the review's own words, read as prose.",
             "Two. It is a long paragraph of the review's own words, read as prose."]
    assert find_rating(lines, "T", blocks).value == 0.6


def test_picture_of_no_stars_is_no_widget():
    # near miss: a photo whose alt text holds figures is no star row
    _, blocks = _blocks("<div><p><img src='/pics/shelf_2026.jpg' alt='4 of 5 shelves full'> Our shelf.</p></div>")
    assert not any(b.widget for b in blocks)


def _record_body(head: str) -> tuple:
    body = lxml_html.fromstring(
        "<div class='main'><div class='rec'><h1>T</h1><p>Publisher: P</p><p>Pages: 300</p></div>"
        f"<div class='revs'><div class='rv'><div class='rv-head'>{head}</div><div class='rv-text'><h3>My title</h3>{EN_REVIEW}</div></div></div></div>")
    report = CleanReport()
    drop_record_around(body, [], report, catalogue=True)
    return " ".join(body.text_content().split()), report


def test_review_head_byline_goes():
    text, report = _record_body("<span class='by'>Ana L. (reader, 3/12/2026)</span>")
    assert "Ana L." not in text and "My title" in text and "salt works" in text
    text, _ = _record_body("<span class='by'>Jonas · 4 March 2026</span>")
    assert "Jonas" not in text


def test_review_head_line_without_date_stays():
    # near misses: a head line with no date (a badge), a line that is a sentence
    text, _ = _record_body("<span class='badge'>Staff pick</span>")
    assert "Staff pick" in text
    text, _ = _record_body("<p>I read it on 3/12/2026 and loved it.</p>")
    assert "loved it" in text
