"""Tumblr closing lines the s34 rule missed (the s35 round; own words and markup).

- ``tumblrlines.names_reblog``: a line of the blog's actions set apart by separators ("·", "•", "|"), each part read
  as a line of its own, so reblogging opening the second part counts.
- ``tumblrlines.ASK_BOX``: the ask box's state said as the line's close ("the inbox is open)").

Near misses: a separator inside a review sentence with the reblog word mid-part; the same separated line off Tumblr; an
inbox open in the story, its clause going on; the inbox state line on a page that is not Tumblr's."""

from scraper.extract import extract_page


def _page(paras, lang="en", title="Harbour Lights", head=""):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div></article></body></html>")


def _text(html, url="https://harbourreads.example.org/post/2026/12/harbour-lights/"):
    return extract_page(html, url).body_text


_EN = [
    "picked this up at a ferry terminal and finished it before we docked. a retired harbour pilot goes back to the town "
    "where his brother drowned, and the whole story happens over one long week of fog.",
    "the sentences are short and salty, and the fog almost becomes a character. i liked the pub scenes best, where "
    "nobody says what they mean and everybody knows it anyway.",
    "the last chapter is a little neat, but i closed it and sat very still for a while.",
]
_TUMBLR = "<meta name='generator' content='Tumblr'>"


def test_separated_action_line_with_reblog_second_goes():
    text = _text(_page(_EN + ["Frag mich was · Reblog gern wenn es dir gefällt"], head=_TUMBLR))
    assert "Reblog gern" not in text
    assert "pub scenes" in text


def test_bulleted_action_line_goes():
    text = _text(_page(_EN + ["questions welcome • reblogging keeps the lights on here"], head=_TUMBLR))
    assert "reblogging" not in text


def test_reblog_mid_part_of_separated_review_line_stays():
    line = "two timelines · the brother in the fog keeps a reblogged photo of the pier in his wallet, oddly enough"
    text = _text(_page(_EN + [line], head=_TUMBLR))
    assert "reblogged photo" in text


def test_separated_reblog_line_off_tumblr_stays():
    text = _text(_page(_EN + ["Frag mich was · Reblog gern wenn es dir gefällt"]))
    assert "Reblog gern" in text


def test_inbox_open_aside_goes():
    text = _text(_page(_EN + ["<i>(tell me what to pick up next, the inbox is open)</i>"], head=_TUMBLR))
    assert "inbox is open" not in text
    assert "ferry terminal" in text


def test_inbox_open_in_story_stays():
    line = "his old office is left as it was, and the inbox is open on the desk with forty unread letters from her."
    text = _text(_page(_EN + [line], head=_TUMBLR))
    assert "inbox is open on the desk" in text


def test_inbox_open_line_off_tumblr_stays():
    text = _text(_page(_EN + ["(tell me what to pick up next, the inbox is open)"]))
    assert "inbox is open" in text
