"""holdout53 (body53b): a magazine's support or subscription box set between a review's paragraphs, and follow-me
lines, in Haitian Creole, Scottish Gaelic, Breton, Maltese and Esperanto (and the languages beside them); a reviewer's
closing note before a bare follow line is no lead-in of it. Our own wording throughout."""

import pytest
from lxml import html as lxml_html

from scraper.extract.followlines import opening_follow
from scraper.extract.fundbox import funding_box
from scraper.extract.leadin import never_lead_in
from scraper.extract.memberask import member_plea
from scraper.extract.pleas import SITE_KIND

_PROSE = ("<p>" + "Ur frazenn hir a-walc'h evit ober ur rannbennad eus ar pennad, gant gerioù a-leizh ha netra ken "
          "evit ar prouenn-mañ, ha c'hoazh un nebeud gerioù all. </p>")


def _boxed(inner: str):
    """The body, and the first line of the box set between two of its paragraphs."""
    body = lxml_html.fromstring(f"<div class='text'>{_PROSE}<div class='box'>{inner}</div>{_PROSE}</div>")
    box = body.find("div")
    line = next(c for c in box if c.tag == "p")
    return line, body


@pytest.mark.parametrize("inner", [
    # ht: support us, a small contribution, and the button
    "<h3>Sipòte sit nou an</h3><p>Chak ti kontribisyon ede nou rete endepandan.</p><a href='/don'>Bay kounye a</a>",
    # gd: help the magazine, a small monthly gift
    "<h3>Cuidich sinn</h3><p>Le tabhartas beag gach mìos cumaidh tu an obair seo beò.</p><a href='/taic'>Thoir taic</a>",
    # br: subscribe to the weekly, and its button
    "<p><b>Koumanantit d'ar gazetenn!</b> Bep sizhun er voest-lizhiri, evit ur priz izel.</p><a href='/k'>Koumanantiñ</a>",
    # mt: subscribe to the digital edition, and its button
    "<p>Abbona fl-edizzjoni diġitali u aqra kull ħarġa mit-tablet.</p><a href='/a'>Abbona</a>",
    # eo: subscribe, with the periodical's reason (issues a year) and no button
    "<p><b>Abonu nian revuon!</b> Ses numeroj jare, plenaj de eseoj kaj recenzoj.</p>",
    # ga: a subscription to the paper (Gaelic's own lines), with a button
    "<p>Tacaigh leis an nuachtán le síntiús beag gach mí.</p><a href='/t'>Tacaigh</a>",
])
def test_support_or_subscription_box_goes(inner):
    line, body = _boxed(inner)
    assert funding_box(line, body, [], SITE_KIND) is not None


@pytest.mark.parametrize("inner", [
    # eo: a subscription bid with no reason, no button, no site named
    "<p><b>Abonu!</b> Ĝi estas bona afero por ĉiuj.</p>",
    # gd: a book's record box whose title holds the word for 'help'
    "<h4>Cuidich mi</h4><p>Iain MacLeòid · Acair · 2021</p>",
    # ht: a box with the review's score in it
    "<p>Nòt mwen: 8/10 — yon kontribisyon enpòtan pou literati a.</p><a href='/x'>Li plis</a>",
])
def test_near_miss_boxes_stay(inner):
    line, body = _boxed(inner)
    assert funding_box(line, body, [], SITE_KIND) is None


def test_review_paragraph_with_the_words_stays():
    body = lxml_html.fromstring("<div><p>Sintil pa janm sipòte pèsonn; li pran kontribisyon chak moun fòs.</p>"
                                + _PROSE + "</div>")
    assert funding_box(body.find("p"), body, [], SITE_KIND) is None


@pytest.mark.parametrize("line", [
    "Abonu nian revuon: kvar numeroj jare rekte en via leterkesto.",   # eo
    "Abbona llum: tnax-il ħarġiet fis-sena fil-kaxxa tal-posta tiegħek.",  # mt
])
def test_subscribe_line_with_periodical_reason(line):
    assert member_plea(line)


def test_subscribe_word_in_a_sentence_stays():
    assert not member_plea("Li abonu la gazeton antaŭ dek jaroj kaj legis ĝin ĉiusemajne.")


@pytest.mark.parametrize("line", [
    "Heuliit ac'hanomp war Instagram evit ar c'heleier diwezhañ.",   # br
    "Lean sinn air Facebook airson tuilleadh lèirmheasan.",          # gd
    "Swiv nou sou Instagram pou plis liv.",                          # ht
    "Sekvu nin ĉe Mastodon por pliaj recenzoj.",                     # eo
])
def test_follow_lines(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    "Heuliit an hent betek ar mor hag e weloc'h an enez.",      # br: follow the road (no network)
    "Lean sinn an rathad gu Port Rìgh sa mhadainn.",            # gd: we followed the road
    "Swiv nou sou wout la, li di, epi li disparèt.",            # ht: the story's own
])
def test_follow_near_misses(line):
    assert not opening_follow(line)


def _closing(note: str):
    body = lxml_html.fromstring(f"<div class='text'>{_PROSE}{_PROSE}<p><i>{note}</i></p>"
                                "<p>Heuliit ac'hanomp war Facebook.</p></div>")
    paragraphs = body.findall("p")
    return paragraphs[2], paragraphs[:2], paragraphs[3]


def test_closing_note_before_a_bare_follow_line_stays():
    block, before, ask = _closing("Ar skrivagner en deus bet al levr digant an ti-embann evit ar pennad.")
    assert never_lead_in(block, before, "", ask)


@pytest.mark.parametrize("note", ["Plijet eo bet deoc'h ar pennad?", "Trugarez!", "Trugarez evit al lenn."])
def test_real_lead_ins_still_go(note):
    block, before, ask = _closing(note)
    assert not never_lead_in(block, before, "", ask)
