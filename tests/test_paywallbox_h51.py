"""holdout51 (body51): a paywall box closing a review, free-copy notes in Latvian and the South/West Slavic languages,
and a short review whose headline labels it one. Our own wording throughout."""

from types import SimpleNamespace

import pytest
from lxml import html as lxml_html

from scraper.extract.couponline import INTRO_PRICE
from scraper.extract.hiddentext import show_score_widgets
from scraper.extract.memberask import member_plea
from scraper.extract.notegift import edge_gift
from scraper.extract.notegiven import given_to_me
from scraper.extract.reviewlength import labelled_review


@pytest.mark.parametrize("line", [
    "Abonē mūsu žurnālu un lasi bez ierobežojumiem",          # lv, the familiar imperative
    "Pretplati se i čitaj bez ograničenja",                    # hr
    "Naroči se in beri brez omejitev",                         # sl
    "Subscribe to the Courier: unlimited access to every piece",  # en
    "Zasubskrybuj i czytaj bez ograniczeń",                    # pl
])
def test_subscribe_with_unlimited_reading(line):
    assert member_plea(line)


@pytest.mark.parametrize("line", [
    "Abonē un lasi",                                            # no reason given
    "Viņa abonē trīs žurnālus un lasa tos bez ierobežojumiem",  # a character subscribes: no bid opening the line
    "The novel reads without limits of genre.",                 # no bid at all
])
def test_near_misses_stay(line):
    assert not member_plea(line)


@pytest.mark.parametrize("line", [
    "Pirmie divi mēneši tikai par 2 eiro.",     # lv
    "The first six months for just €1.",         # en
    "Die ersten drei Monate für 1 Euro.",        # de
    "Prva dva mjeseca za samo 1 euro.",          # hr
])
def test_first_months_price(line):
    assert INTRO_PRICE.search(line)


def test_first_months_without_a_price_is_no_offer():
    assert not INTRO_PRICE.search("The first three months of the war are the book's best chapters.")


@pytest.mark.parametrize("note", [
    "Šo grāmatu recenzijai bez maksas nodeva izdevniecība.",   # lv: free, handed over, the house
    "Eksemplāru man iedeva izdevniecība bez maksas.",
])
def test_latvian_free_copy_note(note):
    assert edge_gift(note, 5, 6)


def test_latvian_publisher_line_is_no_note():
    assert not edge_gift("Izdevniecība: Zvaigzne, 2025. 212 lpp.", 5, 6)


@pytest.mark.parametrize("sentence", [
    "Roman koji mi je izdavač poslao prošlog mjeseca čitala sam dva tjedna.",  # hr
    "Knjigo mi je založba poslala pred izidom.",                              # sl
    "Recenzní výtisk mi poslalo nakladatelství.",                             # cs
    "Poslalo mi ho vydavateľstvo minulý týždeň.",                             # sk
])
def test_slavic_house_gave_it_to_me(sentence):
    assert given_to_me(sentence)


@pytest.mark.parametrize("sentence", [
    "Izdavač mi nije poslao knjigu.",                    # denied
    "Izdavač mi je poslao poruku o novom izdanju.",      # a message, no book
    "Prijateljica mi je poklonila knjigu iz Frakture.",  # a friend, not the house
    "Mi smo izdavaču poslali rukopis.",                  # we sent the house something
])
def test_slavic_near_misses(sentence):
    assert not given_to_me(sentence)


def _ev(title, source="title"):
    return SimpleNamespace(title=title, book_source=source)


@pytest.mark.parametrize("title", ["Recenzija. Anna Ozola „Zaļais tilts“", "Review: The Salt Road by Mara Finch",
                                   "Rezension – Der stille Hof von Eva Brandt"])
def test_labelled_headline(title):
    assert labelled_review(_ev(title))


@pytest.mark.parametrize("ev", [_ev("Review of the year in books"), _ev("Recenzija. Anna Ozola „Zaļais tilts“", "body"),
                                _ev("Zaļais tilts — Anna Ozola")])
def test_unlabelled_or_book_elsewhere(ev):
    assert not labelled_review(ev)


# a score's own line classed as a rating (trafilatura drops any element whose class holds "rating"): its class word goes
@pytest.mark.parametrize("line", ['<p class="score-rating"><b>Karakter:</b> 4 av 6</p>',
                                  '<p class="post-rating"><strong>Note :</strong> 8/10</p>',
                                  '<div class="ratingline">Hodnocení: 4 z 5</div>'])
def test_rating_line_shown(line):
    body = lxml_html.fromstring(f"<div><p>{'Some words of the review. ' * 5}</p>{line}</div>")
    show_score_widgets(body)
    assert "rating" not in (body[1].get("class") or "")


@pytest.mark.parametrize("line", ['<p class="rating-prompt">Rate this book!</p>',  # no score
                                  '<div class="rating"><span class="star full"></span><span class="star-note">4 of 5</span></div>',  # a widget
                                  '<p class="rating-line">Readers rate it 4.1 out of 5 from 2,312 ratings</p>'])  # readers' average
def test_rating_widget_or_prompt_left(line):
    body = lxml_html.fromstring(f"<div><p>{'Some words of the review. ' * 5}</p>{line}</div>")
    show_score_widgets(body)
    assert "rating" in body[1].get("class")
