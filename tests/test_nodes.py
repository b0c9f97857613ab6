"""scraper.extract.nodes: raw_text is lxml's text_content(), own_texts its xpath("text()"), for every kind of element."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.nodes import own_texts, raw_text, reading, text_length, text_of

PAGE = """<html><head><title> A  title </title></head><body>
<p>Plain &amp; simple</p><p></p><p><!-- a note --></p><p>before<!-- a note -->after</p>
<p>Some <em>emphasis</em> and a <a href="/x">link <b>bold</b></a> tail</p><ul><li>one</li><li> <br> two</li></ul>
<div>text<br>after a break</div><a href="/y">Ana Ruiz, <span>editor</span></a><a href="/z"></a><pre>  kept
  as is</pre></body></html>"""


def test_raw_text_is_text_content():
    tree = html.fromstring(PAGE)
    elements = list(tree.iter())
    assert len(elements) > 20
    for element in elements:
        if isinstance(element.tag, str):
            assert raw_text(element) == element.text_content(), html.tostring(element)
        else:  # a comment: as text_content(), an error
            with pytest.raises(ValueError):
                raw_text(element)


def test_text_length_is_the_length_of_the_collapsed_text():
    elements = [e for e in html.fromstring(PAGE).iter() if isinstance(e.tag, str)]
    for element in elements:
        assert text_length(element) == len(" ".join(element.text_content().split())) == len(text_of(element))
    with reading():
        assert [text_length(e) for e in elements] == [len(text_of(e)) for e in elements]


def test_own_texts_are_the_text_nodes_xpath_finds_directly_inside():
    page = PAGE.replace("</body>", "<p>a<?pi x?>b<!--c-->d<i>e</i>f<b></b></p><p>\u00a0<i>g</i> </p></body>")
    elements = [e for e in html.fromstring(page).iter() if isinstance(e.tag, str)]
    assert any(len(own_texts(e)) >= 3 for e in elements)
    for element in elements:
        assert own_texts(element) == element.xpath("text()"), html.tostring(element)
