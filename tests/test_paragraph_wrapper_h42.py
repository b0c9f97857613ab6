"""standfirst (holdout42 round, helper body42b), in our own words and markup, with near misses: an engine that wraps
every paragraph in a box of the same class (Asciidoctor's "<div class=paragraph><p>", sections under "sect1" /
"sectionbody") sets the writer's first paragraph in a box of its own before the section that holds the rest; that
paragraph is set like the review's paragraphs and stays (cs, en). A line in a box of its own whose class no paragraph
of the review shares (a news site's lead box before its body box) still goes as a standfirst.
"""

from __future__ import annotations

from tests.cleaning import cleaned

CS_FIRST = "Tenhle román jsem poprvé četla na gymnáziu a nebavil mě. Letos v létě jsem ho našla na půdě a zkusila znovu."
CS = [
    "Kniha vypráví o mlynáři, který po povodni staví mlýn znovu na stejném místě, přestože mu všichni v obci radí, "
    "aby se odstěhoval výš do kopců, a o jeho dceři, která mu tajně pomáhá a zároveň plánuje odchod do města.",
    "Nejsilnější jsou pasáže o práci: jak se tesá hřídel, jak se zkouší kámen, jak voní mokré dřevo. Autor píše "
    "klidně a bez velkých slov, ale v dialozích je občas až příliš upovídaný a některé scény se zbytečně opakují.",
    "Doporučila bych ji každému, kdo má rád pomalé venkovské příběhy, a možná i těm, kdo je dřív neměli rádi jako já.",
]
EN_FIRST = "I bought this on a whim at a station kiosk, expecting a thin thriller for the train. It was not that."
EN = [
    "The novel follows a night-shift signal operator on a branch line that is about to be closed, over the last "
    "eleven nights before the closure, as the few regular passengers start leaving him notes in the waiting room.",
    "What works is the patience of it: nothing much happens, and yet every night the notes change the way he sees "
    "the valley. The middle sags a little, with two chapters that repeat the same argument with his brother.",
    "I would give it to anyone who likes quiet books about work and small places, and to anyone who has ever waited.",
]


def asciidoc(first: str, heading: str, rest: list[str]) -> str:
    """A page as Asciidoctor sets it: each paragraph in its own box, the sections in theirs."""
    boxes = "".join(f"<div class='paragraph'><p>{t}</p></div>" for t in rest)
    return (f"<div class='page-header'><h1>Mlýn na řece</h1></div><div class='paragraph'><p>{first}</p></div>"
            f"<div class='sect1'><h2 id='_s'>{heading}</h2><div class='sectionbody'>{boxes}</div></div>")


def test_first_paragraph_in_the_engines_paragraph_box_stays_cs_en():
    text, rules = cleaned(asciidoc(CS_FIRST, "O mlynáři a jeho dceři", CS), "zapisnik.example.cz")
    assert CS_FIRST in text and "standfirst" not in rules
    text, rules = cleaned(asciidoc(EN_FIRST, "The last eleven nights", EN), "signalbox.example.org")
    assert EN_FIRST in text and "standfirst" not in rules


def test_preamble_box_around_the_paragraph_box_stays():
    # Asciidoctor's preamble: the first paragraph's box inside a preamble and a section body, as the review's are
    boxes = "".join(f"<div class='paragraph'><p>{t}</p></div>" for t in EN)
    page = (f"<h1>Signal box</h1><div id='preamble'><div class='sectionbody'><div class='paragraph'><p>{EN_FIRST}</p>"
            f"</div></div></div><div class='sect1'><h2>Nights</h2><div class='sectionbody'>{boxes}</div></div>")
    text, rules = cleaned(page, "signalbox.example.org")
    assert EN_FIRST in text and "standfirst" not in rules


def test_near_miss_lead_box_of_its_own_class_goes_cs_en():
    # a news site's lead box before the article's body box: its class wraps none of the review's paragraphs
    inner = "".join(f"<p>{t}</p>" for t in CS)
    _, rules = cleaned(f"<h1>Mlýn na řece</h1><div class='art-intro'><p>{CS_FIRST}</p></div><div class='art-text'>{inner}</div>",
                       "noviny.example.cz")
    assert "standfirst" in rules
    # the body's paragraphs in boxes of another class than the line's box
    boxes = "".join(f"<div class='text-block'><p>{t}</p></div>" for t in EN)
    _, rules = cleaned(f"<h1>Signal box</h1><div class='intro-box'><p>{EN_FIRST}</p></div><div class='story'>{boxes}</div>",
                       "courier.example.com")
    assert "standfirst" in rules


def test_near_miss_one_wrapped_paragraph_is_not_the_engines_habit():
    # only one paragraph of the review shares the line's box class: not every paragraph's wrapper
    inner = f"<div class='paragraph'><p>{EN[0]}</p></div><p>{EN[1]}</p><p>{EN[2]}</p>"
    _, rules = cleaned(f"<h1>Signal box</h1><div class='paragraph'><p>{EN_FIRST}</p></div><div class='story'>{inner}</div>",
                       "courier.example.com")
    assert "standfirst" in rules
