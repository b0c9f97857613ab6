"""The site's pointer to its forum's thread on the book, with the thread's count: "<a>Discuss this book on the forum</a>
(4 messages)".

A review site with a forum of its own links, under each review, the thread where its members talk about the book, and
prints beside the link how many messages the thread holds. The line is the site's, not the review's. Its shape,
whatever the language:

- the whole line is one link to the site's own pages (relative, or the page's host) and a count after it, or inside the
  link at its end: "(4 messages)", "— 12 replies", "(3)";
- the count is a number and a noun of messages, posts, replies or comments (``_POSTS``, ~35 languages, with the
  comment system's nouns, ``commentsclosed``), or a bare number in brackets when the link's address is a forum's
  (platform knowledge: /forum, /board, /viewtopic, /showthread, /discussion, /community, /thread, /topic, Discourse's
  /t/);
- the link's words are a line's (12 at most), no score; not a heading, list, quote or table.

A reviewer's link to another review with its year ("<a>my review</a> (2019)"), a link to a shop with a price, or a
sentence that names a forum's messages is none of these: no noun of messages, no forum's address, or words outside
the link.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .commentsclosed import COMMENTING_WORDS, COUNTED_MORE
from .nodes import NOT_LINES, text_of
from .promo import same_site
from .rating import has_score
from .words import count_words

# messages, posts, replies, contributions (en fr de nl es pt it ca pl cs sk hu ro sv da nb fi et lt lv ru uk bg sr/hr
# sl el tr id/ms vi he ar fa ja zh ko)
_POSTS_WORDS = (
    "messages?", "posts?", "replies", "reply", "answers?", "contributions?", "réponses?", "interventions?", "beiträge",
    "beitrag", "antworten", "antwort", "nachrichten", "berichten", "bericht", "antwoorden", "mensajes?", "respuestas?",
    "mensage(?:m|ns)", "respostas?", "messaggi", "messaggio", "risposte", "risposta", "interventi", "missatges?",
    "respostes", "wiadomości", "wiadomość", "posty", "postów", "wpisy", "wpisów", "odpowiedzi", "odpowiedź",
    "příspěvk[yůu]", "příspěvek", "odpovědi", "odpověď", "príspevk(?:y|ov)", "príspevok", "odpovede", "odpovedí",
    "üzenet(?:ek)?", "válasz(?:ok)?", "mesaje", "mesaj", "răspunsuri", "inlägg", "svar", "meddelanden", "indlæg",
    "innlegg", "meldinger", "beskeder", "viesti[äa]?", "viestit", "vastaus(?:ta)?", "vastaukset", "postitus(?:t)?",
    "vastus(?:t)?", "pranešim(?:ai|ų)", "atsakym(?:ai|ų)", "ziņas", "ziņojumi", "atbildes", "сообщени(?:е|я|й)",
    "ответ(?:а|ов)?", "повідомлен(?:ня|ь)", "відповід(?:ь|і|ей)", "съобщения", "отговор(?:а|и)?", "poruk[ae]",
    "odgovor[ai]?", "sporočil[ao]?", "odgovorov", "μηνύματα", "απαντήσεις", "mesajlar?", "cevap(?:lar)?",
    "yanıt(?:lar)?", "pesan", "balasan", r"tin\s+nhắn", r"trả\s+lời", "הודעות", "תשובות", "رسائل", "ردود", "مشاركات",
    "پیام(?:‌ها)?", "پاسخ(?:‌ها)?",
)
_POSTS = "|".join(_POSTS_WORDS + COMMENTING_WORDS + COUNTED_MORE)
# the count closing the line: "(4 messages)", "— 12 replies", "(3)"; the unspaced scripts' counters ("(4件)", "4条回复")
_COUNT = re.compile(
    rf"(?:[\s·|–—:-]*[(\[（]\s*(?P<n>\d{{1,5}})(?:\s*(?P<noun>{_POSTS}))?\s*[)\]）]|[\s·|–—:,-]+\d{{1,5}}\s+(?P<noun2>{_POSTS})|"
    r"\s*[(（]?\s*\d{1,5}\s*(?:件の?|条|條|개의?)?(?:コメント|返信|投稿|回复|回覆|评论|評論|留言|帖子?|댓글|답글|게시물)\s*[)）]?)\W{0,2}$", re.I)
_FORUM_PATH = re.compile(r"/(?:forums?|board|boards|viewtopic|showthread|discussions?|community|communaute|threads?|topics?|t|sujet)(?:[/._?=-]|$)", re.I)


def forum_line(block: HtmlElement, host: str) -> bool:
    """The line is the site's link to its forum thread and the thread's count (see the module docstring)."""
    if block.tag in NOT_LINES:
        return False
    text = text_of(block)
    if not text or len(text) > 160 or not any(ch.isdigit() for ch in text[-24:]):
        return False
    links = [a for a in block.iter("a") if text_of(a)]
    if len(links) != 1:
        return False
    count = _COUNT.search(text)
    if count is None:
        return False
    link, head = text_of(links[0]), text[:count.start()].strip()
    if not head or head not in (link, link[:len(head)]) or link not in (head, text[:len(link)]) or count_words(head) > 12:
        return False
    href = links[0].get("href") or ""
    if not href or href.startswith(("#", "javascript:", "mailto:")) or not same_site(href, host) or has_score(text):
        return False
    return bool(count.group("noun") or count.group("noun2") or count.group("n") is None or _FORUM_PATH.search(href.split("//", 1)[-1]))
