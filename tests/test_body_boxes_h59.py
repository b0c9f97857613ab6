"""Written for the holdout59 round in our own words.

- hiddentext.show_prose_boxes: the boxes of a post's own text that trafilatura would drop for a class word of how they
  look (an icon modifier, a slide, a widget) lose that word when they hold most of the body's running text.
- booktitles.quote_closed: a quoted title followed by a short remark in lower case ends at its closing quote.
- deskbio.profile_bio: a labelled profile line naming the writer the byline names is the writer's bio.
- edges._kicker: a small heading over the h1 in the post's header is its kicker; sitelines: a writer's bio may close
  the post's sentences with short rows after it.
"""

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.booktitles import quote_closed
from scraper.extract.deskbio import profile_bio
from scraper.extract.hiddentext import show_prose_boxes

_P1 = ("Die Erzählerin kehrt nach zwanzig Jahren in das Dorf ihrer Großmutter zurück und findet die Mühle verfallen, "
       "den Bach begradigt und die Nachbarn so verschlossen wie früher.")
_P2 = ("Was als Heimkehr beginnt, wird bald eine Befragung der eigenen Erinnerung, und die Autorin lässt offen, wem man "
       "in diesem Buch eigentlich glauben soll; gerade das macht den Reiz aus.")
_P3 = ("Am Ende bleibt ein stilles, aber nachhaltiges Buch, das man nicht in einem Zug liest, sondern über Wochen, "
       "ein Kapitel am Abend, und das einen lange begleitet.")


def _block(cls: str, *paragraphs: str) -> str:
    return f'<section><div class="{cls}">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></section>"


def test_text_boxes_classed_with_a_look_word_are_shown():
    cls = "Copy Copy--iconLinks wide centered"
    body = lxml_html.fromstring("<article>" + _block(cls, _P1) + '<section class="teaser"><p>Auch interessant</p></section>'
                                + _block(cls, _P2) + _block(cls, _P3) + "</article>")
    assert show_prose_boxes(body) == 3
    assert all("iconLinks" not in d.get("class") and "Copy" in d.get("class") for d in body.iter("div"))


def test_a_pull_quote_in_a_box_of_the_same_kind_is_shown_with_the_text():
    body = lxml_html.fromstring("<article>" + _block("tile text-tile-widget", _P1, _P2)
                                + _block("tile text-tile-widget quote", "Ein Buch über das Erinnern.")
                                + _block("tile shop-widget", "Druck bestellen") + "</article>")
    assert show_prose_boxes(body) == 1
    classes = [d.get("class") for d in body.iter("div")]
    assert classes == ["tile", "tile quote", "tile shop-widget"]


def test_a_look_word_on_a_small_box_beside_the_text_stays():
    # a slider of captions beside the post's running text: less than half of it, and left for trafilatura to drop
    body = lxml_html.fromstring("<article>" + _block("entry", _P1, _P2, _P3) + _block("gallery-slide", _P1[:100]) + "</article>")
    assert show_prose_boxes(body) == 0
    assert body.xpath("//div[@class='gallery-slide']")
    # short lines only: no running text to show
    body = lxml_html.fromstring("<article>" + _block("card-widget", "Neu im Regal", "Drei Fragen an die Autorin") + "</article>")
    assert show_prose_boxes(body) == 0


def test_a_review_split_into_icon_classed_boxes_is_read_whole():
    cls = "Prose Prose--iconLinks"
    page = ("<html lang='de'><head><title>Die Mühle am Bach – ein Roman über Erinnerung</title></head><body><main><article>"
            "<h1>Die Mühle am Bach – ein Roman über Erinnerung</h1>" + _block(cls, _P1)
            + '<section class="more"><p>Mehr Bücher</p><ul><li><a href="/a">Andere Seite</a></li></ul></section>'
            + _block(cls, _P2) + _block(cls, _P3) + "</article></main></body></html>")
    text = extract_page(page, "https://magazin.example.de/kultur/muehle").body_text
    for paragraph in (_P1, _P2, _P3):
        assert paragraph in text


def test_a_quoted_title_before_a_lower_case_remark():
    assert quote_closed("»Die Mühle« wiedergelesen") == "Die Mühle"
    assert quote_closed("«La casa verde» revisitada") == "La casa verde"
    assert quote_closed("“The Salt Road” revisited") == "The Salt Road"
    assert quote_closed("„Dom nad rzeką” po latach") == "Dom nad rzeką"


def test_a_quoted_work_inside_a_longer_title_stays():
    for title in ("»Faust« Und Die Folgen", "„Dom” und die lange Geschichte der deutschen Romantik im Vormärz",
                  "“Salt” is a quiet book. I liked it."):
        assert quote_closed(title) == title
    assert quote_closed("Die Mühle am Bach") == "Die Mühle am Bach"


_BYLINES = ["Text: Hanna Lindqvist", "文 by 森川さやか", "Por Lucía Ferrer Soto"]


def test_a_labelled_profile_of_the_byline_writer_is_a_bio():
    for line in (
        "Profile: Hanna Lindqvist edits a quarterly on rural history and walks a lot.",
        "Zur Person: Hanna Lindqvist, geboren in Umeå, schreibt über Landschaften und Bücher.",
        "プロフィール：森川さやか。札幌生まれ。書店員を経て、いまは書評を中心に書いている。",
        "Sobre la autora: Lucía Ferrer Soto es profesora y escribe sobre novela contemporánea.",
        "Об авторе — Hanna Lindqvist, переводчица и критик, живёт в Стокгольме.",
    ):
        assert profile_bio(line, _BYLINES), line


def test_a_profile_of_someone_else_or_no_profile_stays():
    for line in (
        "Profile: Ingrid Brandt was born in 1931 and wrote eleven novels about the northern coast.",  # the book's author
        "著者プロフィール：柴田恭子。一九六〇年生まれ。小説家。",  # the novelist, whom no byline names
        "Hanna Lindqvist found the middle chapters slow, and said so in her notes.",  # no label
        "Profile: Hanna Lindqvist",  # a label and a name, nothing about them
        "Sobre el libro: Lucía Ferrer Soto lo recomienda a quien quiera leer despacio.",  # another label
    ):
        assert not profile_bio(line, _BYLINES), line


def test_kicker_heading_and_late_bio_leave_the_review():
    page = ("<html lang='de'><head><title>Die Mühle am Bach</title><meta name='author' content='Hanna Lindqvist'></head><body>"
            "<article><header><h2>Neu gelesen</h2><h1>Die Mühle am Bach – ein Roman über Erinnerung</h1></header>"
            f"<div class='entry'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
            "<p>Hanna Lindqvist schreibt seit Jahren über Romane und lebt an der Küste; zuletzt erschien ein Band mit Essays.</p>"
            "<p><span>Mehr zu</span> <a href='/t/romane'>Romane</a></p><p>Die Kommentare sind geschlossen.</p></div>"
            "</article></body></html>")
    record = extract_page(page, "https://magazin.example.de/kultur/muehle-2")
    assert "Neu gelesen" not in record.body_text
    assert "schreibt seit Jahren" not in record.body_text
    assert _P3 in record.body_text


def test_a_closing_paragraph_naming_the_writer_mid_review_stays():
    # the writer's name opens a paragraph mid-review, long prose after it (not among the last three lines): not the bio
    page = ("<html lang='de'><head><title>Die Mühle am Bach</title><meta name='author' content='Hanna Lindqvist'></head><body>"
            "<article><h1>Die Mühle am Bach</h1><div class='entry'>"
            f"<p>{_P1}</p><p>{_P2}</p><p>Hanna Lindqvist hat das Buch zweimal gelesen und beim zweiten Mal mehr gefunden.</p>"
            f"<p>{_P3}</p><p>{_P2}</p><p>{_P1}</p></div></article></body></html>")
    assert "zweimal gelesen" in extract_page(page, "https://magazin.example.de/kultur/muehle-3").body_text
