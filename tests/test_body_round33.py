"""Body rules of round 33, in our own words and markup.

edges.mark: a teaser box set between the review's paragraphs, its label a paragraph of its own and the related
article's link beside it in the box ("<div><p>Read more on this</p><a>…</a></div>"), goes whole; German labels of
the "more on this" kind ("Lesen Sie mehr zum Thema", "Mehr dazu"). Near misses that stay: a box whose paragraph
after the label says more than a link, a paragraph that opens with the same words and goes on as prose.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

HOST = "zeitung.example"
DE = [
    "Der Roman erzählt von einer Fährfrau am Bodensee, die eines Winters bemerkt, dass ein Fremder jeden Morgen mit "
    "derselben Fähre übersetzt und abends nie zurückkommt, und die beginnt, über ihn ein kleines Heft zu führen.",
    "Was das Buch trägt, ist seine Geduld: Die Autorin lässt einen Verdacht über zweihundert Seiten langsam hart werden, "
    "ohne dass je jemand laut wird, und das Wetter über dem See erzählt die Hälfte der Geschichte mit.",
    "Das letzte Kapitel spielt in Konstanz und verliert das Wasser, was ich bedauert habe, aber es bleibt ein stilles, "
    "kluges Buch, das ich schon drei Freundinnen in die Hand gedrückt habe.",
]
EN = [
    "The novel follows a ferry pilot on a northern lake who notices that a stranger crosses with her every morning and "
    "never comes back in the evening, and who starts, against her better judgement, to keep a notebook about him.",
    "What carries it is patience: the author lets a suspicion harden over two hundred pages without a single raised "
    "voice, and the lake weather does half of the storytelling, fog and sleet and one hard frost.",
    "The last chapter moves to the city and loses the water, which I minded, but it is still a quiet, clever book that "
    "I have already pressed on three friends.",
]


def test_a_german_teaser_box_between_paragraphs_goes_whole():
    box = ("<div class='teaser-inline'><p>Lesen Sie mehr zum Thema</p>"
           "<a href='/kultur/see-romane'>Romane vom Wasser: Zehn Bücher für den Winter</a></div>")
    text, rules = cleaned(paras(DE[0]) + box + paras(DE[1], DE[2]), HOST)
    assert "Zehn Bücher für den Winter" not in text and "mehr zum Thema" not in text
    assert "related link" in rules and all(p in text for p in DE)


def test_an_english_teaser_box_with_its_label_paragraph_goes():
    box = ("<div class='box'><p>Read more</p>"
           "<a href='/culture/lake-novels'>Ten novels set on cold water</a></div>")
    text, rules = cleaned(paras(EN[0], EN[1]) + box + paras(EN[2]), HOST)
    assert "Ten novels set on cold water" not in text and "related link" in rules and all(p in text for p in EN)


def test_a_box_with_prose_after_the_label_stays():
    box = ("<div class='aside'><p>Mehr dazu</p><p>Die Autorin hat den See selbst zwanzig Jahre lang befahren, und man "
           "merkt es jeder Seite an, wie genau sie das Wasser kennt, seine Farben und seine Launen.</p></div>")
    text, rules = cleaned(paras(DE[0]) + box + paras(DE[1], DE[2]), HOST)
    assert "zwanzig Jahre lang befahren" in text and all(p in text for p in DE)


def test_a_paragraph_opening_with_the_label_words_stays():
    line = ("<p>Lesen Sie mehr von dieser Autorin: Ihre früheren Romane über den Rhein sind ebenso genau und ebenso "
            "still, und <a href='/rhein'>der erste</a> ist gerade neu aufgelegt worden.</p>")
    text, rules = cleaned(paras(DE[0]) + line + paras(DE[1], DE[2]), HOST)
    assert "ebenso genau" in text and "related link" not in rules
