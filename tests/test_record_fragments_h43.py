"""Carried from holdout43 (spent): a record line in bare fragments ("Title: subtitle. Name. Publisher.") closing a
review before a follow line is the review's, not the ask's lead-in, and names the book (fragmentrecord); a book box's
title on the line above a record whose first row labels the author (bookfirstrow); Icelandic/Faroese first-person
score sentences and a score the sentence goes on after with "and" (ratingwords, ratingshapes)."""

import pytest

from scraper.extract import extract_page
from scraper.extract.bookfirstrow import first_row
from scraper.extract.fragmentrecord import named_record
from scraper.extract.ratingprose import prose_rating

PROSE_IS = (
    "<p>Sagan gerist á síldarárunum á Siglufirði og fylgir ungri stúlku sem vinnur á planinu sumarið sem faðir hennar "
    "hverfur. Hún leitar að honum í bréfum og í minningum fólksins í bænum.</p>"
    "<p>Tóma Berg skrifar hægt og nákvæmlega, og lýsingarnar á bryggjunum og veðrinu eru frábærar. Ég var lengi að "
    "komast inn í söguna en síðustu hundrað síðurnar las ég í einum rykk.</p>"
    "<p>Þetta er bók fyrir þá sem hafa gaman af hægum fjölskyldusögum með sterkri tilfinningu fyrir stað.</p>"
)


def _page(body: str, title: str = "Sumarið sem síldin kom") -> str:
    return ('<!doctype html><html lang="is"><head><meta charset="utf-8"><title>' + title + '</title></head><body>'
            '<article class="news"><h1>' + title + '</h1><div class="article-body">' + body + '</div></article></body></html>')


def test_a_fragment_record_before_a_follow_line_stays_and_names_the_book():
    body = (PROSE_IS + '<p class="record"><em>Planið: saga úr síldinni. Tóma Berg. Sæfari.</em></p>'
            '<p class="social">Fylgdu okkur á Instagram til að sjá nýjustu bókadómana.</p>')
    record = extract_page(_page(body), "https://frettir.example.is/menning/2026/12/sumarid-sem-sildin-kom/")
    assert "Planið: saga úr síldinni" in record.body_markdown
    assert "Instagram" not in record.body_markdown
    assert (record.book_title, record.book_author) == ("Planið", "Tóma Berg")


@pytest.mark.parametrize("line, elsewhere, expected", [
    ("Vinterhavet. Karin Lund. Norstedts.", "Karin Lund skriver kort.", True),
    ("Planið: saga úr síldinni. Tóma Berg. Sæfari.", "Tóma Berg skrifar hægt.", True),
    # near misses: a sign-off ends on its writer's name; a name the review never names; a question; a sentence
    ("Thanks for reading. See you next week. Anna.", "Anna wrote this.", False),
    ("Vinterhavet. Karin Lund. Norstedts.", "Boken är kort.", False),
    ("Liked it? Share it. Tell Anna Berg.", "Anna Berg", False),
    ("The ending moved me more than I expected it to. Karin Lund. Always.", "Karin Lund", False),
])
def test_named_record(line, elsewhere, expected):
    assert named_record(line, elsewhere) is expected


@pytest.mark.parametrize("sentence, raw", [
    ("Ég gef bókinni fjórar stjörnur af fimm og mæli með henni við alla sem hafa gaman af sjónum.", "fjórar stjörnur af fimm"),
    ("I give the book four stars out of five.", "four stars out of five"),
    ("Að mínu mati á hún skilið fjórar stjörnur af fimm.", "fjórar stjörnur af fimm"),
])
def test_first_person_score_sentences(sentence, raw):
    found = prose_rating(["Sagan er löng.", sentence])
    assert found is not None and found.raw == raw and found.value == 0.8


def test_no_score_in_a_giving_sentence_without_one():
    assert prose_rating(["Sagan er löng.", "Ég gef systur minni bókina í jólagjöf og hún les hana í fríinu."]) is None


@pytest.mark.parametrize("lines, expected", [
    (["Grasið grær", "Höfundur: Jóna Ás · Útgefandi: Sæfari · 2025", "Sagan gerist í sveit."], ("Grasið grær", "Jóna Ás")),
    (["Y Môr Tawel", "Awdur: Rhys Gwyn · Cyhoeddwr: Gwasg Fach · 2024"], ("Y Môr Tawel", "Rhys Gwyn")),
    (["The Salt Road", "Author: Mara Quill | Publisher: Kestrel | 312 pages"], ("The Salt Road", "Mara Quill")),
])
def test_a_title_above_a_record_opening_on_its_author(lines, expected):
    pairs = dict(first_row(lines))
    assert (pairs.get("title"), next(v for k, v in pairs.items() if k != "title")) == expected


@pytest.mark.parametrize("lines", [
    # near misses: a sentence above, a labelled line above, a figure above, no figure in the record, a title row of its own
    (["I finished it in two sittings. It was good.", "Author: Mara Quill | Publisher: Kestrel | 312 pages"]),
    (["Genre: thriller", "Author: Mara Quill | Publisher: Kestrel | 312 pages"]),
    (["Top 10 of 2025", "Author: Mara Quill | Publisher: Kestrel | 312 pages"]),
    (["The Salt Road", "Author: Mara Quill | Publisher: Kestrel | Paperback"]),
])
def test_no_title_above_in_other_shapes(lines):
    assert not first_row(lines)
