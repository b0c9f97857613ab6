"""Misfires of detover37's rules found in review (rev-detover37): a run of words split by dots that is no scale (a menu,
a breadcrumb, a post's genres or moods) read as the legend of a verdict word (``ratinglegend._titled``); a parcel sent
"with" the book (cs "z knihou", uk "з книжкою") taken for an excerpt "from" it (``notedesk._WITH_CASE``); a reviewer's
score widget beside a box of the book's facts ("232 pages") taken for a shop's average (``ratingblocks.aggregate``)."""

from scraper.extract import extract_page
from scraper.extract.notedesk import desk_copy, part_only

_PARAS = [
    "A ferryman's widow takes over his route across the sound for one winter, and the novel follows her crossings, "
    "the passengers who trust her and the ones who do not, in short chapters named after the weather.",
    "The prose is plain and exact, the dialogue is sparse, and the village is drawn with a patience that makes the "
    "single storm near the end land with real force, though one subplot about a land sale goes nowhere.",
    "I closed it wanting to stand on a cold quay and watch boats, which is the best thing I can say of any book.",
]
_URL = "https://sundferry.example.org/2026/12/the-winter-ferry/"


def _page(score="", aside="", extra="", header="", footer=""):
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Winter Ferry by Ragna Holm | Sound Ferry</title></head>"
            f"<body><header><a href='/'>Sound Ferry</a>{header}</header><main><article class='post'><h1 class='entry-title'>"
            f"The Winter Ferry by Ragna Holm</h1><div class='entry-content'>{body}{extra}{score}</div></article>"
            f"<aside class='sidebar'>{aside}</aside></main><footer>{footer}</footer></body></html>")


def _rating(**kw):
    return extract_page(_page(**kw), _URL).rating


# --- a menu, a breadcrumb, a line of moods is no legend ------------------------------------------------------------------

def test_a_menu_line_holding_the_verdict_word_is_no_legend():
    assert _rating(score="<p><b>Verdict:</b> recommended</p>",
                   header="<p class='menu'>Home · Reviews · Recommended · About</p>") is None
    assert _rating(score="<p><b>Verdict:</b> favourite</p>", footer="<p>Home | Reviews | Favourite | Contact</p>") is None


def test_a_breadcrumb_holding_the_verdict_words_is_no_legend():
    assert _rating(score="<p><b>Verdict:</b> good reads</p>", header="<div class='crumbs'>Home › Reviews › Good reads</div>") is None


def test_a_posts_line_of_moods_or_genres_is_no_legend():
    assert _rating(score="<p><b>Verdict:</b> hopeful</p>", extra="<p>dark · tense · hopeful</p>") is None
    assert _rating(score="<p><b>Rating:</b> fantasy</p>", extra="<p class='genres'>fantasy / romance / thriller</p>") is None


def test_a_titled_key_in_a_widget_box_is_still_the_legend():
    # (near miss: the key set one level down in the widget's content box, under the widget's heading)
    aside = ("<div class='widget'><h2 class='title'>Skala ocen</h2><div class='widget-content'><p>weak · fair · good · "
             "very good · superb</p></div></div>")
    assert _rating(score="<p><b>Verdict:</b> good</p>", aside=aside) == 0.6


# --- a parcel sent with the book is a copy given -------------------------------------------------------------------------

def test_a_parcel_with_the_book_in_it_is_a_copy_given():
    for sentence in ("Nakladatelství Host mi poslalo balíček z knihou, děkuji.",
                     "Видавництво надіслало мені пакунок з книжкою, дякую."):
        assert not part_only(sentence) and desk_copy(sentence)


def test_an_excerpt_from_the_book_is_still_no_copy():
    # (near miss: the book word in the genitive after "from")
    assert part_only("Издательство прислало мне отрывок из романа.")
    assert not desk_copy("Nakladatelství Host mi poslalo úryvek z knihy.")


# --- a box of the book's facts after a reviewer's widget -----------------------------------------------------------------

def test_a_reviewers_widget_beside_a_box_of_the_books_facts_is_kept():
    score = ("<div class='review-box'><div class='star-rating' title='Rated 4 out of 5'><span style='width:80%'></span></div>"
             "<div class='book-meta'><span>Quay Press, 2026</span><span>232 pages</span></div></div>")
    record = extract_page(_page(score=score), _URL)
    assert record.rating == 0.8 and record.is_review
