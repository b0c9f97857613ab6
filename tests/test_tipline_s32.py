"""A pictograph-led tip under the review's closing score line: a short label, its colon and a whole sentence about
where to get the book (tipline.label_tip, through promo.promotion's aside to the reader). Near misses: a review
sentence opening with a pictograph, a labelled verdict line before the score, an info line with a short value under
the score, and a tip in the reviewer's own voice recommending the library. Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page

_P = [
    "Ilse Varkaus writes about a lighthouse family on a northern island, three generations who keep the lamp lit long "
    "after the shipping lanes have moved away, and about the daughter who finally decides to leave.",
    "The winters are the best of it: the slow work of the lamp, the letters that arrive twice a year, the mother's "
    "silences. The summers are thinner, and the ending arrives a little too neatly for a book this patient.",
    "Even so, it stayed with me for weeks, and I would give it to anyone who likes their novels quiet and cold.",
]
URL = "https://lamplitpages.example.org/2026/11/the-last-keeper/"


def _body(tail: str, before_score: str = "", middle: str = "") -> str:
    paragraphs = f"<p>{_P[0]}</p>{middle}<p>{_P[1]}</p><p>{_P[2]}</p>{before_score}"
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>The Last Keeper | Lamplit Pages</title></head><body>'
            f'<main><article class="post"><h1>The Last Keeper</h1><div class="post-content">{paragraphs}'
            f"<p>Rating: ★★★★</p>{tail}</div></article></main></body></html>")
    return extract_page(html, URL).body_text


def _kept(body: str) -> bool:
    return "lighthouse family" in body and "quiet and cold" in body


def test_labelled_library_tip_under_the_score_goes():
    body = _body("<p>📚 Borrow it free: The Last Keeper is on the shelves of most city libraries, also as an e-book.</p>")
    assert "Borrow it free" not in body and _kept(body)


def test_labelled_tip_in_another_language_goes():
    body = _body("<p>🎧 Kuuntele mieluummin: The Last Keeper löytyy äänikirjana useimmista kirjastojen sovelluksista.</p>")
    assert "Kuuntele mieluummin" not in body and _kept(body)


def test_review_sentence_opening_with_a_pictograph_stays():
    line = "🌊 The storm chapter in the middle is the finest thing in the book, and I read it twice over one evening."
    body = _body("", middle=f"<p>{line}</p>")
    assert "The storm chapter" in body


def test_labelled_verdict_before_the_score_stays():
    body = _body("", before_score="<p>💭 Verdict: a slow, cold and patient novel that earns every one of its pages.</p>")
    assert "Verdict: a slow" in body


def test_info_line_under_the_score_stays():
    body = _body("<p>📖 Pages: 312, Harbour Press</p>")
    assert "Pages: 312" in body


def test_library_tip_in_the_reviewers_voice_stays():
    body = _body("<p>📚 My tip: I borrowed it from my local library, and you can find it there too.</p>")
    assert "My tip" in body


def test_genre_field_with_a_long_value_under_the_score_stays():
    body = _body("<p>🏷️ Genre: a slow literary novel set on a northern island, the first of a planned trilogy.</p>")
    assert "Genre: a slow" in body


def test_content_note_under_the_score_stays():
    body = _body("<p>⚠️ Content note: the novel depicts the drowning of a child and a long, hard grief.</p>")
    assert "drowning of a child" in body
