"""The s34 mend round's leftovers (own words and markup).

- ``tiplinks.TREAT_LABEL``: a short closing line opening on a link labelled as a treat bought for the writer (the tip
  jar's idiom with the blog's own drink: "Buy me a mango lassi if …") is the tip ask; with it gone, a row of one
  pictograph closing the review's prose is its score (``ratingemojirun``).
- ``platforms.COMMENT_TOKEN`` in camel case: a comment box whose class sets its part off by a capital
  ("x-commentArea") is the comments.

Near misses: a book titled like the idiom linked inside a review sentence; a line opening on such a title that runs on
as the review's prose; a prose wrapper classed "commentary" or "commentaryBody"."""

from scraper.extract import extract_page

_PARAS = [
    "Odile runs a failing lighthouse museum on a cold northern coast until a storm washes a stranger ashore and the "
    "village starts to whisper about shipwrecks, insurance money and an old drowned fortune.",
    "The book is funny in a dry and patient way, the coastal scenery is lovely, and Odile is a narrator I would "
    "happily follow through three more volumes of small disasters and tea.",
    "The solution to the puzzle is a little thin and the last chapter hurries, but I read it in one long afternoon "
    "and laughed out loud more than once on the train home.",
]


def _page(after="", cls="entry-content", extra="", middle=""):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS[:2]) + middle + f"<p>{_PARAS[2]}</p>"
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Lighthouse Keeper's Niece</title></head><body>"
            f"<article><h1 class='entry-title'>The Lighthouse Keeper's Niece</h1><div class='{cls}'>{ps}{after}</div>"
            f"{extra}</article></body></html>")


def _rec(html):
    return extract_page(html, "https://saltwindreads.example.net/2026/11/lighthouse-niece/")


def test_treat_link_closing_line_goes_and_emoji_row_is_the_score():
    rec = _rec(_page("<p>🐚🐚🐚</p><p><a href='https://pay.example.com/saltwind'>Buy me a mango lassi</a> if you "
                     "enjoyed this one.</p>"))
    assert "mango lassi" not in rec.body_text
    assert rec.rating_raw == "🐚🐚🐚" and abs(rec.rating - 0.6) < 0.01


def test_treat_link_in_french():
    rec = _rec(_page("<p><a href='https://pay.example.com/x'>Offrez-moi une crêpe</a> si la chronique vous a plu.</p>"))
    assert "crêpe" not in rec.body_text


def test_book_titled_like_the_idiom_inside_a_sentence_stays():
    middle = ("<p>Fans of the author's earlier <a href='/books/buy-me-a-river'>Buy Me a River</a> will find the same "
              "weather here, and the same stubborn heroine.</p>")
    rec = _rec(_page(middle=middle))
    assert "Buy Me a River" in rec.body_text


def test_line_opening_on_such_a_title_that_runs_on_as_prose_stays():
    after = ("<p><a href='/books/buy-me-a-river'>Buy Me a River</a>, her debut, was set on the same coast and told "
             "by the same dry voice, and reading the two together shows how much more patient her plotting has "
             "become in the years between them.</p>")
    rec = _rec(_page(after))
    assert "her debut" in rec.body_text


def test_camel_case_comment_area_goes():
    after = "<div class='x-commentArea'><p>Sign in to leave a comment on this post</p></div>"
    rec = _rec(_page(after))
    assert "Sign in to leave" not in rec.body_text
    assert "one long afternoon" in rec.body_text


def test_commentary_prose_wrappers_stay():
    for cls in ("commentary", "x-commentaryBody"):
        rec = _rec(_page(cls=cls))
        assert "lighthouse museum" in rec.body_text and "one long afternoon" in rec.body_text, cls
