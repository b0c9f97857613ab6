"""The template's one sentence after the box of the post's text (outsidetext, mendleft s33): a sibling of the text's box
inside the article, the body's last line, one short sentence, no link, figure, label, score or note. Near misses: the
reviewer's own line about writing to someone inside the text box, a score line, a disclosure and a record's field after
the box, a line with a link, two sentences after the box.
"""

from __future__ import annotations

from scraper.extract import extract_page

_PARAS = [
    "Havlík writes about a mill town in the hills through the eyes of five neighbours, one chapter each, and the town "
    "itself slowly becomes the main character of the book.",
    "The strongest chapter belongs to the old miller's widow, who sees everything from her kitchen and says nothing to "
    "anyone; her silence carries more weight than any speech.",
    "The ending is rushed, but I finished it in two evenings and keep thinking about the widow and her kitchen.",
]


def _body(after: str, inside: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in _PARAS) + inside
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The mill town</title></head><body>'
            '<header><p><a href="/">Reading notes</a></p></header>'
            f'<main><article><h1>The mill town</h1><p class="date">Saturday</p><div class="text">{text}</div>{after}'
            '</article><nav class="more"><a href="/older.html">Older</a></nav></main></body></html>')
    return extract_page(html, "https://millnotes.example.org/2026/mill-town.html").body_text or ""


def test_the_templates_one_sentence_after_the_text_box_goes():
    line = "Send me a letter about whatever you are reading now."
    body = _body(f'<p class="reach">{line}</p>')
    assert line not in body and _PARAS[-1] in body


def test_the_same_sentence_without_a_class_goes_too():
    line = "Tell me by letter what sits on your own bedside table."
    assert line not in _body(f"<p>{line}</p>")


def test_a_line_of_the_review_inside_the_text_box_stays():
    line = "I wrote to the author by e-mail afterwards."
    assert line in _body("", inside=f"<p>{line}</p>")


def test_a_score_after_the_text_box_stays():
    line = "My rating: four stars out of five."
    assert "four stars" in _body(f'<p class="score">{line}</p>')


def test_a_disclosure_after_the_text_box_stays():
    line = "I received a free copy from the publisher."
    assert line in _body(f'<p class="note">{line}</p>')


def test_two_sentences_or_a_link_after_the_box_are_left_to_other_rules():
    two = "The widow stays with you. Read it slowly."
    assert two in _body(f"<p>{two}</p>")
    linked = 'More about the <a href="/mills.html">mill towns</a> of the region.'
    assert "mill towns" in _body(f"<p>{linked}</p>")
