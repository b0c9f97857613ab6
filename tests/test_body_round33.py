"""Body rules of round 33, in our own words and markup (ja, en, de, zh, ko).

edges.mark: a teaser box set between the review's paragraphs, its label a paragraph of its own and the related
article's link beside it in the box ("<div><p>Read more on this</p><a>…</a></div>"), goes whole; German labels of
the "more on this" kind ("Lesen Sie mehr zum Thema", "Lesen Sie mehr dazu"). Near misses that stay: a box whose paragraph
after the label says more than a link, a paragraph that opens with the same words and goes on as prose.

creditlines: the reviewer's credit wholly in brackets, its CJK label joined by a middle dot ("（評者・… 肩書）"); the book's
publisher and price in brackets stays. pressline: a bracketed print-edition line (a paper or an edition, and a year)
after the review; a reviewer's bracketed note, a date alone, the same line between paragraphs stay.
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
    box = ("<div class='aside'><p>Lesen Sie mehr dazu</p><p>Die Autorin hat den See selbst zwanzig Jahre lang befahren, und man "
           "merkt es jeder Seite an, wie genau sie das Wasser kennt, seine Farben und seine Launen.</p></div>")
    text, rules = cleaned(paras(DE[0]) + box + paras(DE[1], DE[2]), HOST)
    assert "zwanzig Jahre lang befahren" in text and all(p in text for p in DE)


def test_a_paragraph_opening_with_the_label_words_stays():
    line = ("<p>Lesen Sie mehr von dieser Autorin: Ihre früheren Romane über den Rhein sind ebenso genau und ebenso "
            "still, und <a href='/rhein'>der erste</a> ist gerade neu aufgelegt worden.</p>")
    text, rules = cleaned(paras(DE[0]) + line + paras(DE[1], DE[2]), HOST)
    assert "ebenso genau" in text and "related link" not in rules


# -- creditlines: the reviewer's credit wholly in brackets, its label joined by a middle dot ("（評者・… 肩書）") --------

from scraper.extract.creditlines import credit_line  # noqa: E402
from scraper.extract.pressline import edition_line  # noqa: E402

JA = [
    "湖の渡し船を操る女性が、毎朝同じ船に乗りながら夕方には決して戻らない見知らぬ男に気づき、ひそかにノートをつけ始める。"
    "物語はその小さな記録から、町の誰もが口にしない古い出来事へと静かに広がっていく。",
    "作者は疑いが確信に変わるまでの二百ページを、声を荒らげることなく積み重ねる。湖の天気が物語の半分を語っていると言ってよい。",
    "最終章で舞台が都会に移り、水の気配が消えてしまうのは惜しいが、静かで賢い一冊であることに変わりはない。",
]


def test_a_bracketed_japanese_reviewer_credit_closing_the_review_goes():
    text, rules = cleaned(paras(*JA) + "<p>（評者・山本さくら　翻訳家）</p>", "shinbun.example")
    assert "山本さくら" not in text and "credit line" in rules and all(p in text for p in JA)


def test_credit_line_shapes_and_near_misses():
    assert credit_line("（評者・山本さくら　翻訳家）") and credit_line("（評者・山本さくら）")
    assert credit_line("(Reviewed by: Ann Lee)") and credit_line("书评人：李明")
    # the book's publisher and price in brackets, the book's author credited with a dot: no reviewer's credit
    assert not credit_line("（湖畔書房・1980円）") and not credit_line("（作者・山本さくら）")
    assert not credit_line("（評者・山本さくら　翻訳家、湖畔大学で長く北欧文学を教えてきた）")


# -- pressline: the print edition a newspaper's article appeared in, bracketed after the review -----------------------

def test_a_print_edition_line_after_the_review_goes_in_japanese_and_english():
    text, rules = cleaned(paras(*JA) + "<p>［湖畔新聞 2026年3月1日 朝刊］</p>", "shinbun.example")
    assert "湖畔新聞" not in text and all(p in text for p in JA)
    text, rules = cleaned(paras(*EN) + "<p>[Print edition, 1 March 2026, page 31]</p>", "paper.example")
    assert "Print edition" not in text and all(p in text for p in EN)


def test_edition_line_shapes_and_near_misses():
    assert edition_line("【北湖日报 2026年3月1日 第8版】") and edition_line("[호수일보 2026.3.1 A20면]")
    assert edition_line("[Ausgabe vom 1. März 2026]")
    # a reviewer's bracketed note, a date alone, a paper without a date, a paper in the running text
    assert not edition_line("[Reread in March 2026]") and not edition_line("［2026年3月1日］")
    assert not edition_line("［湖畔新聞 朝刊］") and not edition_line("[Edition 2 of my reading journal]")
    assert not edition_line("I first read about it in the 2026 spring edition of the paper.")


def test_a_bracketed_edition_note_inside_the_review_stays():
    middle = "<p>[Print edition, 1 March 2026]</p>"
    text, rules = cleaned(paras(EN[0]) + middle + paras(EN[1], EN[2]), "paper.example")
    assert "Print edition" in text
