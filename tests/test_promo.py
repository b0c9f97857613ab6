"""Promotion spliced into a post: calls to action (scraper.extract.promo and its rules in boilerplate.clean_body).

Pleas for tips, donations and sponsors, boxed or not, in cards, buttons and page-builder modules, and the review
text around them. Invented snippets in layouts the rules were not written for (a Hugo theme, Drupal's Olivero, an
IndieWeb theme, a Ghost card), in several languages. Each rule is tried both ways: the promotion it must remove
and the review text beside it that it must keep. The shared Lantern Shelf post is in tests/cleaning.py; affiliate
notes and follow-me lines are in test_promo_links.py, whole pages in test_promo_pages.py, asides and datelines in
test_promo_asides.py.
"""

from __future__ import annotations

import re

import pytest

from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras, rules


# -- pleas in a box, anywhere in the post --------------------------------------------------------------------------

def test_boxed_plea_mid_post_goes_and_the_review_after_it_stays():
    box = ("<div style='border:1px dashed #c90;padding:6px'><p>Enjoying these? Every review is written on "
           "<a href='https://liberapay.com/lanternshelf'>reader donations</a>.</p></div>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + box + paras(*REVIEW[2:])))
    assert "reader donations" not in text
    assert_review_kept(text)
    assert "call to action" in rules(report)


def test_plea_with_the_address_written_out_but_not_linked():
    plea = "<p class='callout'>If a review saved you from a dud, a coffee is welcome at ko-fi.com/lanternshelf — thank you!</p>"
    text, _ = clean(hugo(paras(*REVIEW[:3]) + plea + paras(*REVIEW[3:])))
    assert "ko-fi.com" not in text
    assert_review_kept(text)


def test_a_plain_paragraph_naming_patreon_in_passing_stays():
    line = ("Ahlgren herself funded the research trip through a Patreon for her readers, which she mentions in the afterword, "
            "and the afterword is worth reading for the photographs of the island alone.")
    text, report = clean(hugo(paras(REVIEW[0], line, *REVIEW[1:])))
    assert line in text
    assert report.removed == []


def test_mid_post_call_to_action_in_the_second_half_does_not_take_the_review_after_it():
    plea = "<p>Tips keep this blog ad-free: <a href='https://www.buymeacoffee.com/lanternshelf'>buy me a coffee</a>.</p>"
    text, report = clean(hugo(paras(*REVIEW[:3]) + plea + paras(*REVIEW[3:])))
    assert "buy me a coffee" not in text
    assert_review_kept(text)
    assert rules(report) == ["call to action"]


def test_lead_in_typeset_apart_goes_with_the_button_it_introduces():
    lead = "<p class='has-small-font-size'>¿Te ha servido la reseña? Puedes invitarme a un café.</p>"
    button = "<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link' href='https://ko-fi.com/faro'>Invitar</a></div></div>"
    text, report = clean(hugo(paras(*REVIEW) + lead + button))
    assert "Te ha servido" not in text and "Invitar" not in text
    assert_review_kept(text)
    # (the lead-in goes as the button's lead-in, or, since payline (s35), as the tip ask it is on its own: "invitarme a
    # un café" is a drink stood for the writer among the closing lines)
    assert any(r.startswith(("lead-in", "tip ask")) for r in rules(report))


def test_boxed_ask_before_a_new_section_takes_nothing_after_it():
    box = ("<aside class='note-callout'><p>No ads here, ever. Tips go to <a href='https://ko-fi.com/lantern'>Ko-fi</a>.</p></aside>")
    text, report = clean(hugo(paras(*REVIEW[:3]) + box + "<h2>What didn't work</h2>" + paras(*REVIEW[3:])))
    assert "Tips go to" not in text
    assert "What didn't work" in text
    assert_review_kept(text)


def test_unboxed_ask_followed_by_a_label_and_a_plug_is_a_sign_off():
    tail = ("<p>Liked this? <a href='https://www.patreon.com/lantern'>Patreon</a> keeps it going.</p>"
            "<p><strong>Also: I make pottery</strong></p><p>My mugs are for sale at the Saturday market by the harbour, every week from May until the end of September, weather allowing.</p>")
    text, _ = clean(hugo(paras(*REVIEW) + tail))
    assert "Patreon" not in text and "pottery" not in text and "Saturday market" not in text
    assert_review_kept(text)


def test_a_theme_wrapper_with_a_promotional_sounding_class_keeps_the_post():
    page = hugo("<div class='content-cta-ready'>" + paras(*REVIEW) + paras(*REVIEW[::-1]).replace("Tove", "Ahlgren's Tove") + "</div>")
    text, report = clean(page)
    assert_review_kept(text)
    assert report.removed == []


def test_a_styled_wrapper_around_the_whole_post_sets_nothing_apart():
    first = "<p>This month's pick came from a patron on <a href='https://www.patreon.com/lantern'>Patreon</a>, who insisted.</p>"
    page = hugo("<div style='background:#fffdf5;border:1px solid #eee'>" + first + paras(*REVIEW) + paras(*REVIEW[::-1]).replace("Tove", "Ahlgren's Tove") + "</div>")
    text, report = clean(page)
    assert "came from a patron" in text
    assert_review_kept(text)


# -- payment and tipping services by name --------------------------------------------------------------------------

@pytest.mark.parametrize("plea", [
    "Gillar du bloggen? Vipps gjerne en tjuekroning til kaffe, nummeret står på kontaktsiden.",
    "¿Te ha gustado? Un Bizum de un euro me ayuda con el dominio.",
    "Tips welcome via PayPal — the address is on the about page.",
])
def test_closing_plea_naming_a_payment_service_goes(plea):
    text, report = clean(hugo(paras(*REVIEW) + f"<p>{plea}</p>"))
    assert plea not in text
    assert_review_kept(text)


def test_a_payment_service_named_inside_the_review_stays():
    line = ("The narrator pays for everything in cash and distrusts even the bank, which made me laugh, since I bought "
            "my copy second-hand from a stranger who insisted on being paid by Swish.")
    text, report = clean(hugo(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:])))
    assert line in text


@pytest.mark.parametrize("plea", [
    "<div class='tipbox'><p>Enjoying the shelf? A coffee via Liberapay keeps it free of ads.</p></div>",  # alone in its own wrapper
    "<p>💸 Gefällt dir der Blog? Unterstütze ihn mit einem Abo auf Steady, ab drei Euro.</p>",  # led by a pictograph
    "<p><em>Reading this for free? Consider a small tip on Ko-fi, it pays for the hosting.</em></p>",  # wholly emphasised
])
def test_a_short_plea_naming_a_tipping_service_goes_anywhere_in_the_post(plea):
    text, report = clean(hugo(paras(*REVIEW[:2]) + plea + paras(*REVIEW[2:])))
    assert_review_kept(text)
    assert "call to action" in rules(report) and not re.search(r"Liberapay|Steady|Ko-fi", text)


def test_a_payment_service_named_in_running_prose_stays():
    line = "The heroine wires her rent through PayPal every month, and the novel makes those receipts quietly devastating."
    text, _ = clean(hugo(paras(REVIEW[0], line, *REVIEW[1:])))
    assert line in text
    kick = "Ahlgren first published it herself, after a Kickstarter."
    text, _ = clean(hugo("<div class='aside'>" + paras(kick) + "</div>" + paras(*REVIEW)))
    assert kick in text  # crowdfunding is how books get made: not a plea


def test_a_long_plea_that_writes_out_the_blogs_page_on_a_tipping_service_goes():
    plea = ("<p>Before the last part, a word: nothing here is sponsored and nothing ever will be, and the reviews take "
            "whole weekends to write. If some of them were worth your while, a small monthly amount keeps this going "
            "and buys the next stack of paperbacks. liberapay.com/lanternshelf</p>")
    text, report = clean(hugo(paras(*REVIEW[:3]) + plea + paras(*REVIEW[3:])))
    assert "call to action" in rules(report) and "liberapay" not in text
    assert_review_kept(text)


# -- cards, buttons and modules that ask; the review going on after an ask -----------------------------------------

def test_sponsor_box_with_a_button_goes():
    box = "<div class='post-sponsor'><p>These notes are free; sponsoring the blog keeps them that way.</p><button>Sponsor</button></div>"
    text, _ = clean(hugo(paras(*REVIEW) + box))
    assert "sponsoring" not in text


def test_a_closing_housekeeping_list_with_a_plea_goes():
    tail = ("<h3>Odds and ends</h3><ul><li>Forward this to a friend who reads on ferries.</li>"
            "<li>The letter is free; a tip on Liberapay keeps it so.</li><li>Next time: two novellas from Iceland.</li></ul>")
    text, _ = clean(hugo(paras(*REVIEW) + tail))
    assert "Liberapay" not in text and "Odds and ends" not in text
    assert_review_kept(text)


def test_a_card_whose_button_asks_for_money_goes_with_its_heading():
    card = ("<div class='card mb-3'><div class='card-body'><h4 class='card-title'>Keep the zine going</h4>"
            "<p class='card-text'>Nobody pays us to read; members do.</p>"
            "<a class='btn' href='/membership/'>Join</a></div></div>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + card + paras(*REVIEW[2:])))
    assert "Keep the zine going" not in text and "members do" not in text and "Join" not in text
    assert_review_kept(text)
    assert "call to action" in rules(report)


def page_builder(*modules: str) -> str:
    """A page-builder post: every block in a module of its own (the markup of Elementor-like builders)."""
    return hugo("".join(f"<div class='pb-module'><div class='pb-module__inner'>{m}</div></div>" for m in modules))


def test_a_module_with_a_heading_and_a_tip_link_in_the_first_half_goes():
    ask = "<h5>Un café ?</h5><p>Ce blog vit de vos pourboires sur <a href='https://paypal.me/phare'>PayPal</a>.</p>"
    text, report = clean(page_builder(paras(*REVIEW[:2]), ask, paras(*REVIEW[2:])))
    assert "pourboires" not in text and "Un café" not in text
    assert_review_kept(text)


def test_a_review_paragraph_alone_in_its_module_linking_a_crowdfunder_stays():
    line = ("The first edition was paid for on <a href='https://www.kickstarter.com/projects/ahlgren/ledger'>Kickstarter</a>, "
            "and the backers' names fill the last four pages.")
    text, report = clean(page_builder(paras(*REVIEW[:2]), f"<p>{line}</p>", paras(*REVIEW[2:])))
    assert "the backers' names fill the last four pages" in text
    assert report.removed == []


def test_a_section_heading_and_prose_after_a_mid_late_ask_are_still_the_review():
    page = hugo(paras(*REVIEW[:3]) + "<p>☕ Like the shelf? Buy me a coffee on Ko-fi, it keeps the lights on.</p>"
                + "<h3>What stays with me</h3>" + paras(*REVIEW[3:]))
    text, report = clean(page)
    assert_review_kept(text)
    assert "What stays with me" in text
    assert "Ko-fi" not in text


def test_a_note_closing_the_reviews_own_box_is_not_the_lead_in_of_a_plea_boxed_after_it():
    # an IndieWeb theme: the post text in its own box, the plea in an <aside> after it, both in the <article>
    note = "<p><small>Read in the 2019 paperback, 288 pages, borrowed from the island library.</small></p>"
    page = ("<html><body><article class='h-entry'><h1>The Ledger Keeper</h1><div class='e-content'>"
            + paras(*REVIEW) + note + "</div><aside class='support'><p>No ads here, ever. Chip in on "
            "<a href='https://liberapay.com/lanternshelf'>Liberapay</a> if you like.</p></aside></article></body></html>")
    text, report = clean(page, "article")
    assert "borrowed from the island library" in text
    assert "Liberapay" not in text
    assert_review_kept(text)


def test_a_short_card_right_before_a_tip_button_is_its_lead_in():
    card = "<div class='kg-card callout-card'><p><em>Written on evenings and weekends, for nobody but you.</em></p></div>"
    button = "<div class='kg-card kg-button-card'><a class='kg-btn' href='https://ko-fi.com/lanternshelf'>Leave a tip</a></div>"
    text, report = clean(hugo(paras(*REVIEW) + card + button))
    assert "evenings and weekends" not in text and "Leave a tip" not in text
    assert_review_kept(text)
