"""A fact box closing a review: "A: »T«" (the title in quotation marks, not italics) under a short heading, over a
kind-and-house line or a record line (bookboldrecord.quoted_record). Written for this test, not taken from a page."""

from lxml import html as lxml_html

from scraper.extract.bookboldrecord import quoted_record


def _post(box: str, text: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<article><p>{text}</p>{box}</article>")


def test_danish_fact_box_under_heading():
    post = _post('<aside><h3>Fakta</h3><p>Karen Holmgaard: »Vinterhavn«</p><p>Roman. Lindhardt.</p></aside>',
                 "Holmgaard skriver stille og præcist om en havneby, der lukker sig om sig selv om vinteren.")
    book = quoted_record(post)
    assert (book.title, book.author) == ("Vinterhavn", "Karen Holmgaard")


def test_german_low_high_quotes_with_year_line():
    post = _post('<div><p>Jonas Albrecht: „Das stille Ufer“</p><p>Verlag am See, 2025, 240 S.</p></div>',
                 "Albrecht erzählt von einem Sommer am Fluss, ohne je laut zu werden.")
    book = quoted_record(post)
    assert (book.title, book.author) == ("Das stille Ufer", "Jonas Albrecht")


def test_french_guillemets_no_heading():
    post = _post('<section><p>Claire Dubois: «La maison aux volets»</p><p>Roman. Éditions du Pont.</p></section>',
                 "Dubois a le sens du détail domestique qui dit tout d'une famille.")
    book = quoted_record(post)
    assert (book.title, book.author) == ("La maison aux volets", "Claire Dubois")


def test_pull_quote_is_left_alone():
    # a writer's words quoted in a box: a sentence, not a title
    post = _post('<aside><p>Karen Holmgaard: »Jeg skriver om det, der ikke bliver sagt.«</p><p>Roman. Lindhardt.</p></aside>',
                 "Holmgaard fortæller om sin nye bog.")
    assert quoted_record(post) is None


def test_read_also_line_is_left_alone():
    post = _post('<div><p>Læs også: »Årets bedste bøger«</p><p>Liste. Kultur.</p></div>', "Lidt om en bog.")
    assert quoted_record(post) is None


def test_name_never_said_in_the_review_is_left_alone():
    # a credit box for somebody the review never mentions
    post = _post('<aside><h3>Fakta</h3><p>Maria Lindqvist: »Sjöar«</p><p>Dikter. Norstedts.</p></aside>',
                 "En bok om havet och om att vänta på någon som inte kommer hem.")
    assert quoted_record(post) is None


def test_box_of_several_lines_is_a_list():
    post = _post('<aside><h3>Tre bøger</h3><p>Karen Holmgaard: »Vinterhavn«</p><p>Per Lund: »Sand«</p>'
                 '<p>Roman. Lindhardt.</p></aside>', "Holmgaard og Lund skriver begge om kysten.")
    assert quoted_record(post) is None


def test_ordinary_review_sentence_with_colon_is_left_alone():
    post = lxml_html.fromstring(
        "<article><div><p>Min konklusion: »læs den«</p><p>Den er god. Meget god.</p></div>"
        "<p>Jeg læste romanen på to dage og tænkte på den længe.</p></article>")
    assert quoted_record(post) is None
