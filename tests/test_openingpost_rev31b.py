"""Code review rev31b, in our own words: commentids.opening_post kept any box named only for a discussion, holding 40
words or more and nothing named for comments, when a comments list followed it: a blog's "Join the discussion" box of
comment rules above its comment list was kept in the review's text. Now the box is a forum's opening post only where
it and the comments list share the message list's class, or the box is signed (its writer's name by class or
microdata), as every forum message is.

Fires: a forum's message lists sharing a class (en), a signed opening post (de, by class; fr, by microdata). Near
misses: blog boxes of comment rules (en, es, it) followed by the comment list, by extract_page too.
"""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract import extract_page
from scraper.extract.commentids import opening_post

_WORDS = ("so here are my notes on this month's book, as promised at the last meeting of the group, with the "
          "questions we did not get to and a few pages I marked for next time, plus the passage about the river "
          "that three of us wanted to read aloud again")


def _box(markup: str, cls: str = "discussion") -> bool:
    root = html.fromstring(f"<div id='wrap'>{markup}</div>")
    return opening_post(root.xpath(f"//*[contains(concat(' ', @class, ' '), ' {cls} ')]")[0])


@pytest.mark.parametrize("markup,cls", [
    (f"<div class='Threads Discussion'><p>{_WORDS}</p></div><ul class='Threads Comments'><li>ok</li></ul>",
     "Discussion"),
    (f"<div class='diskussion'><span class='post-author'>Jonas</span><p>{_WORDS}</p></div>"
     "<ol class='comments'><li>ja</li></ol>", "diskussion"),
    (f"<div class='discussion'><span itemprop='author'>Claire</span><p>{_WORDS}</p></div>"
     "<div class='comments'><p>oui</p></div>", "discussion"),
])
def test_a_forums_opening_post_is_kept(markup, cls):
    assert _box(markup, cls)


_RULES = {
    "en": ("Join the discussion", "We love hearing from you. Please keep comments kind and on topic, mark spoilers, "
           "and remember that every reader reads differently. Comments with links wait for moderation, personal "
           "attacks are removed, and by commenting you accept our community guidelines and our privacy policy."),
    "es": ("Únete a la conversación", "Nos encanta leeros. Por favor, comentarios amables y sobre el libro, avisad de "
           "los spoilers y recordad que cada lector lee a su manera. Los comentarios con enlaces esperan moderación, "
           "los insultos se borran y al comentar aceptáis nuestras normas y nuestra política de privacidad."),
    "it": ("Partecipa alla discussione", "Ci piace leggervi. Per favore, commenti gentili e sul libro, segnalate gli "
           "spoiler e ricordate che ogni lettore legge a modo suo. I commenti con link attendono la moderazione, gli "
           "insulti vengono rimossi e commentando accettate le nostre regole e la nostra informativa sulla privacy."),
}


@pytest.mark.parametrize("lang", sorted(_RULES))
def test_a_blogs_box_of_comment_rules_is_no_opening_post(lang):
    head, rules = _RULES[lang]
    assert not _box(f"<section class='discussion'><h3>{head}</h3><p>{rules}</p></section>"
                    "<ol class='comment-list'><li class='comment'><p>Thanks!</p></li></ol>")


def test_the_rules_box_stays_out_of_the_review():
    head, rules = _RULES["en"]
    review = ("<p>The Glass Orchard is Mara Quill's third novel, a slow family story set among apple growers. I read "
              "it over a wet weekend and liked it more than her first two.</p><p>The middle sags, and the husband is "
              "thin, but the last chapter, in the frost, is the best thing she has written. 4/5.</p>")
    page = (f"<html lang='en'><head><title>Review: The Glass Orchard by Mara Quill</title></head><body><main>"
            f"<article class='post'><h1>Review: The Glass Orchard by Mara Quill</h1><div class='entry-content'>{review}"
            f"</div></article><section class='discussion'><h3>{head}</h3><p>{rules}</p></section>"
            "<ol class='comment-list'><li class='comment'><p>Great review, thank you! — Ben</p></li></ol></main>"
            "</body></html>")
    record = extract_page(page.encode(), "https://orchardnotes.example/2026/03/glass-orchard/")
    assert "community guidelines" not in record.body_text
