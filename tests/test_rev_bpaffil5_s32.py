"""Review of the s32 round's rules (bpaffil5; own words and markup): where ``partnerline``, ``adnotice.PROGRAMME``'s new
forms, ``nextissue``'s wider ``NEXT_PERIOD`` and ``notes._short_copy`` took the review's own lines.

- a group blog's or a couple's "we"/"our" beside a programme named in the plot (no link, no earning): stays;
- the job "as a second-year associate at a firm", the verb "her partner links the two cases", hr/sl "partnerske
  veze" (relationships): no programme;
- the reviewer's own plan after a next week's label in a language that drops the pronoun (ca, pt, ro, hu, fi, es),
  in plain prose, and fr "je" after "Dimanche prochain": stays; the same label typeset apart still goes;
- "The character arc is lovely; …", "ARCs went out in March; …", "Review copies were scarce; …": no disclosure.
"""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.nextissue import next_issue
from scraper.extract.notes import disclosure_in
from scraper.extract.partnerline import partner_statement

_PARAS = [
    "The novel follows a lighthouse keeper's daughter who inherits a failing ferry company and spends a long winter "
    "deciding whether to sell it to the mainland or to keep the island connected at any cost.",
    "The prose is plain and exact, the chapters short, and the weather does most of the talking; the storm at the "
    "midpoint is as frightening as anything I have read this year, and it never once tips into melodrama.",
    "The last third leans a little too hard on a secret letter, but the final crossing is so quiet and so right that "
    "I read it twice before closing the book and going out for a walk along the harbour wall.",
]
_URL = "https://tidewrack.example.net/2026/12/the-ferry-winter/"


def _page(first: str = "", last: str = "") -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html><head><title>The Ferry Winter</title></head><body><article><h1>The Ferry Winter</h1>"
            f"<div class='entry-content'>{first}{ps}{ps}{last}</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, _URL).body_text


@pytest.mark.parametrize("line", [
    "We both laughed at the startup's partner program, the funniest satire in the book.",
    "Our favourite chapter is the one where Milo joins the associates programme at the bank.",
    "Junakinja vodi partnerski program banke, a naš je pripovjedač njezin šef.",
    "La nostra escena preferida: quan la Marta s'apunta a un programa d'afiliació de llibres.",
    "The author, who teaches as an associate professor in Leeds, gives us the science without the sermon.",
    "His partner links the two drownings in chapter four, and we never doubt him after that.",
    "Roman o partnerskim vezama u našem malom gradu, pisan bez ijedne suvišne riječi.",
    "Knjiga o partnerskih vezeh v našem času.",
])
def test_group_voice_review_line_at_the_end_stays(line):
    assert line in _text(_page(last=f"<p>{line}</p>"))


def test_associate_job_in_the_first_paragraph_stays():
    line = "We meet Dana Whitcombe as a second-year associate at a Chicago firm, and our sympathy is with her at once."
    assert line in _text(_page(first=f"<p>{line}</p>"))


@pytest.mark.parametrize("line", [
    "As an Amazon Associate we earn from qualifying purchases.",
    "Tidewrack is a member of the Harbourbooks affiliate programme; buying through our links keeps the lamp lit.",
    "Buy it through our partner links and the blog gets a little.",
])
def test_the_blogs_statement_still_goes(line):
    assert partner_statement(lhtml.fromstring(f"<p>{line}</p>"))
    text = _text(_page(last=f"<p>{line}</p>"))
    assert line not in text and "harbour wall" in text


@pytest.mark.parametrize("line", [
    "La setmana vinent: llegiré la segona part i us en parlaré.",
    "Na próxima semana: vou ler o segundo volume com calma.",
    "Săptămâna viitoare: citesc continuarea, promit.",
    "Jövő héten: elolvasom a folytatást is.",
    "Ensi kuussa: luen jatko-osan.",
    "El próximo domingo: leeré el segundo tomo.",
    "Dimanche prochain : je relis le premier tome.",
])
def test_own_plan_without_a_pronoun_stays(line):
    assert not next_issue(lhtml.fromstring(f"<p>{line}</p>"))
    assert line in _text(_page(last=f"<p>{line}</p>"))


@pytest.mark.parametrize("line", [
    "Setmana vinent: tres novel·les breus sobre el mar.",
    "Săptămâna viitoare: trei romane despre insule.",
])
def test_wider_label_typeset_apart_still_goes(line):
    text = _text(_page(last=f"<p><em>{line}</em></p>"))
    assert line not in text and "harbour wall" in text


@pytest.mark.parametrize("note", [
    "The character arc is lovely; the ending feels rushed and a little too neat for me.",
    "ARCs went out in March; mine came from the library in June.",
    "Review copies were scarce this year; I bought mine at the shop on the square.",
])
def test_clause_about_arcs_or_copies_in_general_is_no_disclosure(note):
    assert not disclosure_in(note)


@pytest.mark.parametrize("note", [
    "Review copy supplied by Granta; I bought the hardback later anyway.",
    "An ARC from Harbour Press; thoughts are my own, as ever.",
])
def test_review_copy_note_with_a_second_clause_still_is(note):
    assert disclosure_in(note)
