"""The title's own box: a line that shares a box with the post's title and nothing else, the review outside it, is the
title's subtitle or a newsletter's tagline, a standfirst (the body helper, round 28, on the spent corpora's failures).

"<td class=header><h1>Issue 12: T</h1><p>A monthly letter about one book · by Ana</p></td>" over the review's own
boxes. What stays: a line that shares the title's box with the review (a blogger's first paragraph under the title in
the post's box), a title box holding more than the title and the line, a line with a score. Our own words and markup,
English, Spanish and German.
"""

from __future__ import annotations

from scraper.extract import extract_page

EN = ["The novel follows a boy born to a teenage mother in a trailer in the mountains, and it does not look away from "
      "anything: foster homes, farm labour, painkillers. The voice is funny and furious at once.",
      "The middle third, set in a high school football town, drags a little, but the last hundred pages move so fast "
      "that I read them standing up in the kitchen.",
      "If you have read the Victorian novel it reworks, you will enjoy spotting the parallels; if not, it stands alone."]


def _letter(header_line: str, paragraphs: list[str] = EN) -> str:
    """A mailing platform's web copy of an issue: the header cell with the title and its line, the body cell with a text
    block for each paragraph, the footer."""
    blocks = "".join(f"<table class='mcnTextBlock'><tr><td class='mcnTextContent'><p>{p}</p></td></tr></table>" for p in paragraphs)
    return ("<html><head><title>Issue 12: The Mountain Boy</title></head><body><center><table id='bodyTable' width='100%'>"
            "<tr><td id='templateHeader'><table class='mcnTextBlock'><tr><td class='mcnTextContent'>"
            f"<h1>Issue 12: The Mountain Boy</h1><p>{header_line}</p></td></tr></table></td></tr>"
            f"<tr><td id='templateBody'>{blocks}</td></tr><tr><td id='templateFooter'><p>You are receiving this because "
            "you subscribed. <a href='#'>Unsubscribe</a></p></td></tr></table></center></body></html>")


def test_a_tagline_in_the_titles_box_goes():
    for line in ("A monthly letter about one book, read slowly · by Ana Ruiz",
                 "Una carta mensual sobre un solo libro, leído despacio · por Ana Ruiz",
                 "Ein monatlicher Brief über ein einziges Buch, langsam gelesen · von Ana Ruiz"):
        record = extract_page(_letter(line), "https://us5.campaign-archive.example/?u=abc&id=123")
        assert line not in record.body_text, line
        assert EN[2] in record.body_text


def test_lines_that_are_not_the_titles_tagline():
    # the blogger's first paragraph in the post's box, under the title, the review after it in the same box
    page = ("<html><head><title>The Mountain Boy</title></head><body><article><div class='post'><h1>The Mountain Boy</h1>"
            "<p>I finally read the book everybody in my book club has been arguing about since spring.</p>"
            + "".join(f"<p>{p}</p>" for p in EN) + "</div></article></body></html>")
    record = extract_page(page, "https://myshelf.example/2026/11/mountain-boy")
    assert "I finally read the book everybody" in record.body_text
    # a line with a score in the title's box is the review's
    line = "My verdict: 4/5, a furious and funny novel about a boy nobody wanted"
    record = extract_page(_letter(line), "https://us5.campaign-archive.example/?u=abc&id=123")
    assert line in record.body_text


def test_a_title_box_holding_more_is_no_taglines_box():
    import lxml.html
    from scraper.extract.standfirst import _in_title_box
    root = lxml.html.fromstring("<div><div class='head'><h1>Issue 12</h1><p>A monthly letter · by Ana</p>"
                                "<p>This month: a boy in the mountains, a mother, a farm and a town that loves football.</p></div>"
                                "<div class='text'><p>The review.</p></div></div>")
    title, line = root.cssselect("h1")[0], root.cssselect(".head p")[0]
    assert not _in_title_box(line, title, root.cssselect(".text p"))
    root = lxml.html.fromstring("<div><div class='head'><h1>Issue 12</h1><p>A monthly letter · by Ana</p></div>"
                                "<div class='text'><p>The review.</p></div></div>")
    title, line = root.cssselect("h1")[0], root.cssselect(".head p")[0]
    assert _in_title_box(line, title, root.cssselect(".text p"))
    # the review in the title's box: no header of its own
    assert not _in_title_box(line, title, [line.getparent()[1]])
