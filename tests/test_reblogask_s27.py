"""The bidding to pass the post on by the platform's own button, closing a post (round s27), in our own words.

readeractions' "share" kind reads the imperative of reblogging, restacking, reposting or retweeting where a bidding
starts (a line's or a sentence's start, after "and", "please"), and the imperatives of other languages ("rebloguez",
"rebloguea", "репостните"): closingask takes such a line after the review when it turns to the reader (a pictograph,
an exclamation), as it takes "subscribe!" or "like and share".

Near misses: the story's "she refuses to reblog his posts", the noun ("Repost culture is the villain here!"), a
clause after a comma ("if it helped, repost it", the conditional ask's to judge), the line before the review's last
paragraph.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.closingask import ask_line

PARAS = [
    "this book has been in my drafts for a month because i could not work out how to talk about it without crying "
    "on the bus again, so here we go: a girl, a lighthouse, a dead brother and a very patient dog.",
    "the grief stuff is done with so much care?? nobody makes a speech about it, the characters just keep making "
    "tea for the wrong number of people, and the dog keeps waiting by the door, and that is somehow worse.",
    "my one complaint is the romance subplot, which felt pasted in from a different and much sillier book, but "
    "honestly i would forgive it anything for the last chapter alone.",
]


def _page(last: str, lang: str = "en", paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras) + f"<p>{last}</p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>lamp and tide — the keeper's dog (review)</title>"
            "</head><body><div id='posts'><article class='post text'><div class='body-text'>"
            f"{body}</div></article></div></body></html>")


URL = "https://lampandtide.example/post/81234/the-keepers-dog-review"


def test_a_bidden_reblog_closing_the_post_goes():
    for last, lang in (
        ("reblog if this made you want to read it 📚", "en"),
        ("Restack this if you know someone who needs it ✨", "en"),
        ("Rebloguez si vous avez pleuré aussi 💛", "fr"),
        ("Rebloguea si también lloraste 💜", "es"),
        ("Репостните, если тоже плакали!", "ru"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert last[:12] not in text, (last, text[-120:])
        assert all(p[:40] in text for p in PARAS)


def test_near_misses_stay():
    for last in ("she refuses to reblog his posts, which is the funniest running joke in the book 😂",
                 "Repost culture is the real villain here!"):
        text = extract_page(_page(last), URL).body_text
        assert last[:20] in text, (last, text[-120:])
    # a clause after a comma is no bidding of its own here
    assert ask_line("if it helped, repost it 🙂", True) is None
    # the bidding before the review's last paragraph, the review going on after it
    line = "reblog if this made you want to read it 📚"
    text = extract_page(_page(PARAS[2], paras=[PARAS[0], line, PARAS[1]]), URL).body_text
    assert line[:12] in text, text
