"""readerreview.replies: the answers under a reader's review, after its vote prompt ("Was this review helpful?" with
its buttons, a question in any language), go: the shop's thanks, the author's reply, other readers' comments (German,
Polish, Korean boxes of our own). Near misses that stay: the review's own closing lines after a button box that asks
nothing, a vote prompt at the top of the box, a line with a score after the prompt, a long paragraph after it."""

from __future__ import annotations

import re

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.controls import mark_controls

DE = ["Ich habe das Buch im Urlaub gelesen und konnte es kaum weglegen, obwohl die ersten Kapitel etwas langsam sind.",
      "Die Heldin führt eine kleine Fähre zwischen zwei Inseln, und jede Überfahrt erzählt ein Stück ihrer Familie.",
      "Das Ende hat mich überrascht, aber nicht enttäuscht. Wer ruhige Bücher über das Meer mag, wird es lieben."]
PL = ["Kupiłam tę książkę dla mamy, ale przeczytałam ją pierwsza w dwa wieczory i wcale tego nie żałuję.",
      "Bohaterka prowadzi mały prom między wyspami, a każdy rejs odsłania kawałek historii jej rodziny.",
      "Zakończenie mnie zaskoczyło, ale nie rozczarowało. Polecam wszystkim, którzy lubią spokojne powieści."]
KO = ["휴가 때 읽었는데 앞부분이 조금 느리긴 해도 손에서 놓기 어려웠어요. 섬과 섬 사이를 오가는 작은 배를 모는 주인공 이야기예요.",
      "배가 한 번 건널 때마다 가족의 비밀이 하나씩 드러나는 구성이 좋았어요. 결말은 예상 밖이었지만 실망스럽지 않았어요."]


def _box(paragraphs: list[str], after: str, prompt: str, *, prompt_first: bool = False) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    widget = f"<div class='feedback'><span>{prompt}</span> <button>👍 12</button> <button>👎 1</button></div>"
    inner = widget + text + after if prompt_first else text + widget + after
    return f"<html><body><div class='review-item'>{inner}</div></body></html>"


def _clean(page: str) -> tuple[str, list[str]]:
    root = lxml.html.fromstring(page)
    mark_controls(root)
    for button in list(root.iter("button")):
        button.drop_tree()
    body = root.cssselect(".review-item")[0]
    report = CleanReport()
    clean_body(body, "shop.example", report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), [r.rule for r in report.removed]


def test_answers_after_the_vote_prompt_go():
    thanks = "Vielen Dank für die schöne Rezension, Anna!"
    text, rules = _clean(_box(DE, f"<div class='answer'><span class='who'>Buchladen am Hafen</span><p>{thanks}</p></div>",
                              "War diese Bewertung hilfreich?"))
    assert thanks not in text and "replies to the review" in rules and all(p in text for p in DE)
    reply = "Dziękuję za tak ciepłe słowa, pozdrawiam serdecznie!"
    text, _ = _clean(_box(PL, f"<div class='answer'><b>Autorka</b><p>{reply}</p></div>", "Czy ta opinia była pomocna?"))
    assert reply not in text and all(p in text for p in PL)
    comments = "<div class='c'><span>sea***</span><p>저도 결말에서 울었어요.</p></div><div class='c'><span>mo***</span><p>동감해요.</p></div>"
    text, _ = _clean(_box(KO, comments, "이 리뷰가 도움이 되었나요?"))
    assert "동감해요" not in text and "결말에서 울었어요" not in text and all(p in text for p in KO)


def test_near_misses_stay():
    # a button box that asks nothing, then the review's own last line
    last = "Kurz gesagt: ein stilles, schönes Buch."
    text, _ = _clean(_box(DE, f"<p>{last}</p>", "Jetzt kaufen"))
    assert last in text
    # the prompt at the top of the box: what follows is the review
    text, _ = _clean(_box(DE, "<p>Kurz gesagt: ein stilles Buch.</p>", "War diese Bewertung hilfreich?", prompt_first=True))
    assert all(p in text for p in DE) and "ein stilles Buch" in text
    # a score after the prompt
    score = "Moja ocena: 5/6."
    text, _ = _clean(_box(PL, f"<p>{score}</p>", "Czy ta opinia była pomocna?"))
    assert score in text
    # a long paragraph after the prompt
    long = " ".join(DE)
    text, _ = _clean(_box(DE, f"<p>{long} Noch ein Satz.</p>", "War diese Bewertung hilfreich?"))
    assert "Noch ein Satz." in text
