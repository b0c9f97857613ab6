"""A related article's link spliced into a review (scraper.extract.spliced), round 29, on posts of our own invention:

- the link alone on its line, a headline of four words or more to a dated or numbered article of the same site,
  between two paragraphs of the review, goes (English, Polish, Georgian);
- a related link with its lead set apart ("**Read also** <a>…</a>") before a subheading over the review's next
  paragraph goes too, as it does between two paragraphs (English, Greek);
- near misses stay: a link to a shop's book page (no date, no number), a link of three words, a link to another site,
  a link line that ends the post (no prose after it), a heading after it with no prose under it, a sentence in the link.
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "harbourlight.example"
RULE = "related link between paragraphs"

REVIEW = [
    "Mara Olsen's debut follows a lighthouse keeper's daughter who stays on the rock after the light is automated, and the winter that follows.",
    "Olsen writes the sea as a neighbour rather than a threat, and the small routines of the island carry more feeling than any storm scene.",
    "The middle third drags a little, with a subplot about a salvage claim that never earns its pages, but the last chapters pull it together.",
    "I read it over a wet weekend and would hand it to anyone who liked quiet novels about stubborn people in remote places.",
]
PL = [
    "Debiut Mary Olsen opowiada o córce latarnika, która zostaje na skale po automatyzacji światła, i o zimie, która potem nadchodzi.",
    "Olsen pisze o morzu jak o sąsiedzie, a nie o zagrożeniu, i drobne rytuały wyspy niosą więcej uczuć niż jakakolwiek scena sztormu.",
    "Środkowa część trochę się dłuży, ale ostatnie rozdziały wszystko spinają i zostawiają czytelnika z poczuciem spokoju, którego dawno nie czułam przy żadnej książce o morzu.",
]
KA = [
    "მარა ოლსენის სადებიუტო რომანი მოგვითხრობს შუქურის მცველის ქალიშვილზე, რომელიც კლდეზე რჩება მას შემდეგ, რაც შუქი ავტომატური ხდება და ზამთარი დგება.",
    "ოლსენი ზღვას მეზობლად წერს და არა საფრთხედ, კუნძულის პატარა რიტუალები კი უფრო მეტ გრძნობას ატარებს, ვიდრე ნებისმიერი ქარიშხლის სცენა დიდ რომანებში.",
    "შუა ნაწილი ცოტა იწელება, მაგრამ ბოლო თავები ყველაფერს აერთიანებს და მკითხველს სიმშვიდის განცდას უტოვებს ბოლომდე, რაც ზღვაზე დაწერილ წიგნებში იშვიათად ხდება ხოლმე.",
]


@pytest.mark.parametrize("review, line_", [
    (REVIEW, "<p class='x1'><a href='/culture/2026-09-14/the-keepers-of-the-northern-lights.html'>The keepers of the northern lights and their last winters</a></p>"),
    (REVIEW, "<p><a href='https://www.harbourlight.example/2025/03/07/island-novels-worth-a-second-look/'>Island novels worth a second look</a></p>"),
    (PL, "<p><a href='/kultura/582311/'>Latarnie, które zgasły na zawsze</a></p>"),
    (KA, "<p><a href='/news/774120/mayaki'>როგორ ცხოვრობდნენ შუქურის მცველები ზამთარში</a></p>"),
])
def test_a_bare_headline_link_between_paragraphs_goes(review, line_):
    text, rules = cleaned(paras(*review[:2]) + line_ + paras(*review[2:]), HOST)
    assert rules == [RULE]
    assert all(sentence in text for sentence in review)


@pytest.mark.parametrize("line_", [
    "<p><strong>From our archive</strong> <a href='/stories/4471/'>What the island libraries lend in winter</a></p>",
    "<p><b>Από το αρχείο μας</b> <a href='/arthra/2026/10/fari-kai-fylakes/'>Φάροι και φύλακες στο Αιγαίο του χειμώνα</a></p>",
])
def test_a_related_link_before_a_subheading_goes(line_):
    body = paras(*REVIEW[:2]) + line_ + "<h2>A slow middle</h2>" + paras(*REVIEW[2:])
    text, rules = cleaned(body, HOST)
    assert rules == [RULE]
    assert "A slow middle" in text and all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    # a shop's page for a book: no date, no number in the address
    "<p><a href='/shop/the-keeper-of-the-rock'>The Keeper of the Rock, paperback edition</a></p>",
    # a title of three words (a book named in passing as a link)
    "<p><a href='/2026/09/14/rock/'>The Keeper's Daughter</a></p>",
    # another site's article
    "<p><a href='https://othernews.example/culture/2026-09-14/keepers.html'>The keepers of the northern lights and their last winters</a></p>",
    # a sentence runs on inside the link
    "<p><a href='/2026/09/14/rock/'>I wrote about her first book. It was about a ferry and a long winter.</a></p>",
])
def test_near_misses_of_a_bare_link_stay(line_):
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert RULE not in rules


def test_a_bare_link_closing_the_post_or_over_a_bare_heading_is_not_this_rule():
    line_ = "<p><a href='/culture/2026-09-14/the-keepers.html'>The keepers of the northern lights and their last winters</a></p>"
    _, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert RULE not in rules
    _, rules = cleaned(paras(*REVIEW[:2]) + line_ + "<h2>More</h2><p>Tags: sea</p>", HOST)
    assert RULE not in rules
