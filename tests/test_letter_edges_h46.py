"""Helper body46b of the holdout46 round, in our own words and markup:

- a desk's follow line closing the review in the languages the imperative list lacked (followlines): ro "Urmărește",
  cy "Dilynwch", is "Fylgdu", hr "Pratite nas", sl "Sledite", ga "Leanaigí", vi "Theo dõi";
- a record line led by the author's name and a colon, "Name: Title. Publisher; 288 pages; € 19,50" (citedrecord), is
  the review's, never the lead-in of a promotion box after it;
- the comment system's "comments are closed" left as the post's last line (commentsclosed), in many languages;
- a letter's "hello again" opening the review's own box, speaking of the gap since the last issue (backgreeting);
- an event notice in a one-cell table between a letter's paragraphs (eventbox).

Near misses: a review's sentence opening on its subject who follows someone on Instagram; a label's line with a page
count in a sentence; a closing line asking for comments; a review's line about a blog that closed its comments, not
last; a greeting that goes on to the book; a bare salutation ("Hello again, readers,"); a name "Hello Kitty"; a data table naming a weekday and an hour.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.backgreeting import back_greeting
from scraper.extract.citedrecord import record_line
from scraper.extract.commentsclosed import closed_note
from scraper.extract.followlines import opening_follow
from tests.cleaning import paras

_REVIEW = [
    "The novel follows a lighthouse keeper's daughter who inherits a boat she cannot sail and a debt she did not know "
    "about, and the whole winter of the book is spent learning both, one knot and one creditor at a time.",
    "Its author is patient with weather and impatient with sentiment, and the chapter in the fog is the best thing in "
    "it; the last pages hurry, but I put it down wanting to hear more about the harbour master and his goats.",
    "I would give it to anyone who liked slow books about work and water, and to anyone who grew up near a pier.",
]


def _page(inner: str, after: str = "") -> str:
    return ("<html><head><title>The Tidewater Ledger by Ines Harrow | Saltmarsh Reviews</title></head><body>"
            "<article><h1>The Tidewater Ledger by Ines Harrow</h1>"
            f"<div class='entry-content'>{inner}</div>{after}</article></body></html>")


def _extract(inner: str, after: str = "") -> str:
    return extract_page(_page(inner, after), "https://saltmarsh.example/reviews/the-tidewater-ledger").body_text


# -- follow lines in more languages ------------------------------------------------------------------------------------

def test_a_desk_follow_line_in_more_languages_opens_on_the_imperative():
    for line in (
        "Urmărește pagina de carte pe Instagram și Facebook.",
        "Dilynwch yr adran lyfrau ar Instagram am ragor.",
        "Fylgdu bókadeildinni á Facebook og Instagram.",
        "Pratite nas na Facebooku i Instagramu za nove kritike.",
        "Sledite nam na Instagramu.",
        "Leanaigí sinn ar Instagram le haghaidh tuilleadh léirmheasanna.",
        "Theo dõi chuyên mục sách trên Facebook.",
    ):
        assert opening_follow(line), line


def test_the_story_following_someone_on_a_network_is_not_a_follow_line():
    for line in (
        "Ana urmărește viața unei influencere pe Instagram și se pierde în ea.",
        "Mae Sioned yn dilyn ei chyn-gariad ar Instagram bob nos.",
        "Hún fylgdist með honum á Facebook í mörg ár.",
        "Rating: 4/5 — follow the heroine on Instagram, if you dare.",
    ):
        assert not opening_follow(line), line


def test_a_closing_follow_line_in_welsh_goes_and_the_review_stays():
    text = _extract(paras(*_REVIEW) + "<p class='follow'>Dilynwch ni ar Bluesky a Facebook am ragor o adolygiadau.</p>")
    assert "Dilynwch" not in text and all(p[:40] in text for p in _REVIEW), text


# -- a record line led by the author's name ----------------------------------------------------------------------------

def test_a_name_colon_record_line_is_a_record():
    for line in (
        "Ines Harrow: De getijdenboekhouding. Uitgeverij Kade; 288 blz. € 19,50",
        "Ines Harrow: Das Gezeitenbuch. Hafenverlag, Kiel 2025. 288 S., 22 Euro",
        "Ines Harrow: Tidvattensboken. Hamnförlaget; 288 sidor; ISBN 978-91-0-000000-1",
    ):
        assert record_line(line), line
    for line in (
        "Note: it runs long. I read 288 pages in two nights.",  # (a label, and the pages a sentence's)
        "Support us: one coffee. €3 a month. Thank you",  # (an ask's price, no pages)
    ):
        assert not record_line(line), line


def test_a_record_line_before_a_promotion_box_stays():
    record = "<p><em>Ines Harrow: De getijdenboekhouding. Uitgeverij Kade; 288 blz. € 19,50</em></p>"
    promo = ("<div class='abo-promo'><p><strong>Word abonnee</strong> en lees elke week de boekenbijlage, ook digitaal. "
             "Nu drie maanden voor de prijs van één.</p></div>")
    text = _extract(paras(*_REVIEW) + record + promo)
    assert "Uitgeverij Kade" in text and "abonnee" not in text, text


# -- comments are closed ---------------------------------------------------------------------------------------------

def test_a_comments_closed_notice_reads_in_many_languages():
    for line in (
        "Comments are closed for this article.",
        "Reacties zijn gesloten.",
        "Kommentieren ist bei diesem Beitrag nicht möglich.",
        "Les commentaires sont fermés.",
        "Los comentarios están cerrados.",
        "I commenti sono chiusi.",
        "Komentarze są wyłączone.",
        "Комментарии к этой статье закрыты.",
        "Yorumlar bu yazıda kapalı.",
        "Lokað er fyrir athugasemdir.",
        "コメントは受け付けていません。",
        "评论已关闭",
    ):
        assert closed_note(line), line
    for line in (
        "Tell me what you thought in the comments!",
        "Leave a comment below, I read them all.",
        "The comments on the first chapter were closed-minded, and I understood why the author gave up her blog that year.",
    ):
        assert not closed_note(line), line


def test_a_comments_closed_notice_after_the_review_goes():
    text = _extract(paras(*_REVIEW), "<p class='comments-state'>Reageren is bij dit artikel niet mogelijk.</p>")
    assert "Reageren" not in text and all(p[:40] in text for p in _REVIEW), text


def test_a_review_line_about_closed_comments_not_last_stays():
    own = "Her blog's comments were closed."
    text = _extract(paras(_REVIEW[0], own, *_REVIEW[1:]))
    assert own in text, text


# -- a letter's hello again --------------------------------------------------------------------------------------------

def test_a_back_greeting_speaks_of_the_gap():
    for line in (
        "Hello again, and sorry for the long silence since the last letter.",
        "Hallo zusammen, nach langer Funkstille bin ich wieder da.",
        "Re-bonjour à toutes et à tous, et pardon pour ce retard.",
        "Hola de nuevo, y perdón por el silencio de estas semanas.",
        "Cześć, po długiej przerwie wracam z nowym listem.",
        "Welcome back, and apologies for the delay with this issue.",
    ):
        assert back_greeting(line), line
    for line in (
        "Hi! Sorry, this one was not for me.",  # (no gap, no return: the review's own opening)
        "Hello Kitty comes back in this novel again and again.",  # (a name)
        "Hi all, this book will break your heart.",
        "Hello again, dear readers,",  # (a bare salutation: the letter's address, kept)
        "Hola otra vez:",
        "Welcome back to the Saltmarsh letter.",
    ):
        assert not back_greeting(line), line


def test_a_back_greeting_opening_the_letter_goes():
    greet = "Hello again, and apologies for the month-long gap: the roof leaked, then the laptop drowned."
    text = _extract(paras(greet, *_REVIEW))
    assert "roof leaked" not in text and all(p[:40] in text for p in _REVIEW), text


def test_a_greeting_going_on_to_the_book_stays():
    greet = "Hi all! Today it is The Tidewater Ledger, which I finished on the train."
    text = _extract(paras(greet, *_REVIEW))
    assert "Tidewater Ledger, which" in text, text


# -- an event notice in a letter's one-cell table ----------------------------------------------------------------------

def test_an_event_notice_in_a_one_cell_table_goes():
    notice = ("<table class='letter-box'><tr><td><p><strong>This Saturday at the Quay Street shop:</strong> a poetry "
              "swap, bring one and take one. Doors open at 6.30pm.</p></td></tr></table>")
    text = _extract(paras(*_REVIEW[:2]) + notice + paras(_REVIEW[2]))
    assert "Quay Street" not in text and all(p[:40] in text for p in _REVIEW), text


def test_a_data_table_with_a_weekday_and_an_hour_stays():
    table = ("<table><tr><th>Day</th><th>Chapter</th></tr><tr><td>Saturday, 6pm</td><td>The fog</td></tr>"
             "<tr><td>Sunday, 9am</td><td>The goats</td></tr></table>")
    text = _extract(paras(*_REVIEW[:2]) + table + paras(_REVIEW[2]))
    assert "The goats" in text, text
