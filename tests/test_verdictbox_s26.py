"""An ask to act on the platform ("like this post", "press the heart") written in the same box as the review's closing
paragraph and its rating line: ``promo.promo_box`` climbs from the ask to the box it sits in while the box adds only
short lines; ``closingask.ask_box`` (what ``chrome`` drops with a closing ask) keeps to the ask alone when that box holds
a line with a score beside it, the review's verdict, so the verdict and the last paragraph stay. Near miss: a
promotion's own box (a heading, a lead-in and the ask, no score) still goes whole.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.closingask import ask_box


def _climb(lines: list[str]) -> tuple[object, object]:
    body = fragment_fromstring("<div class='body'><p>" + "Long paragraph words here. " * 20 + "</p><div class='box'>"
                               + "".join(f"<p>{line}</p>" for line in lines) + "</div></div>")
    ask = body.find("div").findall("p")[-1]
    return ask_box(ask, body), ask


def test_the_ask_goes_alone_beside_a_verdict():
    for lines in (["A gentle ending, and I cried a little.", "My rating: 4/5", "Liked it? Tap the heart below! 💛"],
                  ["Ein leises Ende, ich war gerührt.", "Meine Wertung: 8/10", "Gefällt dir der Beitrag? Lass ein Like da! 💛"],
                  ["Une fin douce, j'ai pleuré un peu.", "Note : ★★★★☆", "Un petit like si ça vous a plu ! 💛"],
                  ["Un final suave, lloré un poco.", "Puntuación: 9/10", "¡Dale like y suscríbete! 💛"]):
        box, ask = _climb(lines)
        assert box is ask, lines


def test_a_promotion_box_still_goes_whole():
    box, ask = _climb(["Support this blog", "Every coffee keeps the reviews coming.", "Buy me a coffee ☕"])
    assert box is not ask and box.get("class") == "box"


def test_extract_page_keeps_the_closing_lines():
    html = ("<html lang='de'><head><title>Rezension: Das Salzgarten-Jahr</title></head><body><article>"
            "<h1>Rezension: Das Salzgarten-Jahr</h1><div class='entry-content'><div class='part'>"
            "<p>Ein Jahr in einem Küstendorf, erzählt von der Großmutter, die die Salzgärten führt und keinem Streit "
            "aus dem Weg geht. Die Sprache ist karg und genau, jedes Kapitel ein Monat, jedes Wetter ein Ereignis.</p>"
            "<p>Mir gefiel, wie wenig erklärt wird und wie viel man trotzdem versteht, auch über die Enkelin, die "
            "fortgehen will und es am Ende doch nicht tut.</p></div><div class='part'>"
            "<p>Ein leises Buch mit Sturm darunter.</p><p>Meine Wertung: 4/5</p>"
            "<p>Abonniere den Blog und like den Beitrag! 💛</p></div></div></article></body></html>")
    record = extract_page(html, "https://salzblog.example.de/salzgarten-jahr")
    assert "Ein leises Buch mit Sturm darunter." in record.body_text
    assert "Meine Wertung: 4/5" in record.body_text
    assert "like den Beitrag" not in record.body_text


def test_a_starred_comment_in_a_list_is_no_verdict():
    body = fragment_fromstring("<div class='body'><p>" + "Long paragraph words here. " * 20 + "</p><div class='box'>"
                               "<ul><li><b>reader42</b> <p>Five stars from me too ★★★★★</p></li></ul>"
                               "<p>Like and subscribe for more! 💛</p></div></div>")
    ask = body.find("div").find("p")
    assert ask_box(ask, body).get("class") == "box"
