"""scraper.extract.nodes.raw_text: the same text as lxml's text_content(), for every kind of element."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.nodes import raw_text

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
