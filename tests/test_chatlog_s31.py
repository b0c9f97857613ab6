"""An exported chat log (DiscordChatExporter's "chatlog__message-group", each message's author in its own
"chatlog__header") is a thread of several voices (mediumpage.thread): a club's scores for its monthly pick are its
members', no one's review. Near misses: a chat log where one member posts a long review and two others answer briefly,
a shop's readers' reviews grouped in a box that is no chat's, and a message group holding one member's messages alone.
Pages of our own invention."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.mediumpage import thread


def _message(author: str, text: str) -> str:
    return (f'<div class="chatlog__message"><div class="chatlog__header"><span class="chatlog__author">{author}</span> '
            f'<span class="chatlog__timestamp">02/12/2026 19:0{len(author) % 10}</span></div>'
            f'<div class="chatlog__content"><span class="chatlog__markdown-preserve">{text}</span></div></div>')


def _log(groups: list[list[tuple[str, str]]]) -> str:
    body = "".join('<div class="chatlog__message-group">' + "".join(_message(a, t) for a, t in group) + "</div>"
                   for group in groups)
    return f"""<html lang="en"><head><title>Reading Nook - book-club - December pick</title></head><body>
<div class="preamble"><div class="preamble__entry">Reading Nook</div><div class="preamble__entry">Book Club / book-club</div></div>
<div class="chatlog">{body}</div><div class="postamble"><div class="postamble__entry">Exported 88 message(s)</div></div>
</body></html>"""


SCORES = [[("Maren", "Okay everyone, time to wrap up this month's pick, The Salt Orchard by Mirela Dunca. Post your "
                     "score out of ten and a line about it, and I will collect them for the newsletter.")],
          [("Tobias", "8/10. The flood chapters were incredible, the surveyor less so for me."),
           ("Ines", "6 out of 10, honestly too slow in the middle but I liked Ilinca a lot."),
           ("Kwame", "9/10. I cried at the lock scene and I am not ashamed of it at all."),
           ("Maren", "That makes our average 7.7, second best of the year. Next month's poll opens on Friday.")]]


def test_club_scores_in_a_chat_export_are_a_thread():
    assert thread(lxml_html.fromstring(_log(SCORES))) is not None
    page = extract_page(_log(SCORES), "https://readingnook.example.org/archive/book-club/2026-12-salt-orchard/")
    assert not page.is_review, page.reason


LONG = ("I finished The Salt Orchard by Mirela Dunca last night, so here is my review for the club. " * 2 +
        "The lock-keeper Ilinca is one of the most stubborn narrators I have met in years, and the river is drawn so "
        "closely that I could smell the mud. The middle drags when the surveyor's maps take over, but the last fifty "
        "pages are superb: the breach of the dyke is told in short, breathless chapters. I wish the ending had given "
        "the surveyor more room, yet I will read the next book of the cycle the week it comes out. The prose is plain "
        "and exact, the dialogue sparse, and the seasons pass with a patience that most novels lack. Four of five "
        "stars from me, and a strong recommendation for anyone who likes slow books about work and weather.")


def test_near_miss_one_members_long_review_with_short_replies():
    tree = lxml_html.fromstring(_log([[("Maren", LONG)], [("Tobias", "Great write-up, adding it to my list."),
                                                          ("Ines", "Agreed about the middle section, thanks!")]]))
    assert thread(tree) is None


def test_near_miss_one_members_messages_in_one_group():
    tree = lxml_html.fromstring(_log([[("Maren", LONG[:300]), ("Maren", LONG[300:])]]))
    assert thread(tree) is None


def test_near_miss_shop_reviews_grouped_in_a_review_box():
    reviews = "".join(f'<div class="review"><div class="review-header"><span class="review__author">{a}</span></div>'
                      f'<p>{t}</p></div>' for a, t in SCORES[1][:3])
    page = f"""<html><body><h1>The Salt Orchard</h1><div class="reviews"><div class="review-group">{reviews}</div>
</div></body></html>"""
    assert thread(lxml_html.fromstring(page)) is None
