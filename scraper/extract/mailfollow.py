"""The closing bid to receive the site's posts: by e-mail, or as the site's own periodical.

Two closing lines (among the post's last three left, after the review's last paragraph: ``tailasks.mark_last_lines``;
short, no heading, quotation, score or note the review carries) offer the reader the site's writing delivered:

- the e-mail follow caption (the engines' follow-by-e-mail widget, its form taken by the cleaning), in a box of its
  own: the line names e-mail (MAIL, a class of words in many languages and scripts) and new posts (NEW_POSTS: "new posts",
  "புதிய பதிவுகள்", "नई पोस्ट"): "Get new posts by e-mail: your address in the box below" (``mail_follow``);
- the site's periodical: the site's own name right before a periodical's noun ("<Site> weekly", "<Site> digest",
  PERIODICAL), set as the line's label (a colon after it), or beside a recurrence ("every Friday": RECUR) or the bid
  to subscribe: "Get the <Site> weekly: one book, one argument, every Friday" (``site_periodical``).

What stays: a review's last line on a novel told in e-mails (no new posts), a reader's "I have read <Site> weekly for
years" (an adverb: no label, recurrence or bid), a book's own weekly named in the review.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .payhints import word_class  # (a class of words written one alternative a token)

RULE = "subscription ask"
_MAX_WORDS = 40

# e-mail (en es pt fr it de nl pl cs ru uk tr id sw hi mr ur bn pa gu ta te kn ml si th ja zh ko ar fa he; the Dravidian
# words by their stem, before the case ending's vowel: ta "மின்னஞ்சலில்")
MAIL = word_class(r"""
    e-?mail\w* correo\w* courriel\w* почт\w* пошт\w* e-?posta\w* surel barua\s+pepe ईमेल ई-मेल ইমেইল ই-মেইল ای\s?میل
    ਈਮੇਲ ઈમેલ ઇમેઇલ ඊමේල් إيميل البريد\s+الإلكتروني אימייל דוא"ל""",
                  "மின்னஞ்சல ఈమెయిల ఈ-మెయిల ಇಮೇಲ ഇമെയിൽ ഇമെയില อีเมล メール 邮件 郵件 电邮 電郵 이메일")
# the site's new posts or reviews (the same languages): what the follow caption delivers
NEW_POSTS = word_class(r"""
    (?:new|latest|next)\s+(?:posts?|reviews?|articles?|entries) nuev[ao]s\s+(?:entradas|publicaciones|reseñas|art[ií]culos)
    novos\s+(?:posts|artigos) novas\s+(?:postagens|resenhas) nouveaux\s+(?:articles|billets) nuovi\s+(?:post|articoli)
    neue[n]?\s+(?:beiträge|artikel|posts) nieuwe\s+(?:berichten|posts|recensies) nowe\s+(?:wpisy|posty|recenzje)
    nové\s+(?:příspěvky|články) новы[ех]\s+(?:пост|запис|стат|рецензи)\w* нов(?:і|их)\s+(?:пост|запис|стат|рецензі)\w*
    yeni\s+(?:yazı|gönderi)\w* (?:tulisan|postingan|artikel)\s+baru नई\s+पोस्ट\w* नए\s+लेख নতুন\s+(?:পোস্ট|লেখা)\w*
    نئی\s+پوسٹ\w* ਨਵੀਆਂ\s+ਪੋਸਟਾਂ નવી\s+પોસ્ટ\w* புதிய\s+(?:பதிவு|இடுகை)\w* కొత్త\s+(?:పోస్ట్|సమీక్ష|వ్యాస)\w*
    ಹೊಸ\s+(?:ಪೋಸ್ಟ್|ಲೇಖನ|ಬರಹ)\w* പുതിയ\s+(?:പോസ്റ്റ്|ലേഖന)\w* المقالات\s+الجديدة מאמרים\s+חדשים פוסטים\s+חדשים""",
                       "โพสต์ใหม่ 新しい記事 新着記事 新文章 最新文章 새\\s?글")
# a periodical's noun, after the site's name ("<Site> weekly", "<Site> Digest", "<Site> Hebdo")
_PERIODICAL = re.compile(
    r"\s+(?:weekly|monthly|digest|dispatch|bulletin|letter|semanal|mensual|hebdo|wochenpost|weekbrief|tygodnik|"
    r"еженедельник|щотижневик)(?!\w)", re.I)
# a recurrence of delivery: "every Friday", "each week", "cada semana", "chaque vendredi"
_RECUR = re.compile(
    r"(?<!\w)(?:every|each|cada|chaque|jeden|jede|jeder|ogni|elke|każd\w+|каждую|каждый|кожн\w+)\s+\w+", re.I)


# what joins two things named side by side, not the posts to their means: a comma, a coordinating conjunction (en es pt
# fr it de nl pl cs ru uk tr id hi bn ur ar he)
_JOINED = re.compile(r"[,;、，]|(?<!\w)(?:and|or|y|e|ou|et|ed|und|oder|i|oraz|lub|и|или|та|і|або|ve|veya|dan|atau|"
                     r"और|या|এবং|ও|اور|یا|و|או)(?!\w)", re.I)


def mail_follow(text: str) -> bool:
    """The line names the site's new posts and e-mail as their means, side by side ("new posts by e-mail", "नई पोस्ट
    ईमेल पर"): a few words apart, joined by no comma or conjunction; "a thriller told
    in e-mails and the latest posts of an influencer" names two things (module docstring)."""
    for post in NEW_POSTS.finditer(text):
        for mail in MAIL.finditer(text):
            gap = text[post.end():mail.start()] if mail.start() >= post.end() else text[mail.end():post.start()]
            if len(gap.split()) <= 3 and not _JOINED.search(gap):
                return True
    return False


def site_periodical(text: str, names) -> bool:
    """The site's own name right before a periodical's noun, as the label, or with a recurrence or a bid."""
    from .platforms import READER_ACTIONS
    for name in names:
        for found in re.finditer(rf"(?<!\w){re.escape(name)}", text, re.I):
            noun = _PERIODICAL.match(text, found.end())
            if noun and (text[noun.end():noun.end() + 2].lstrip().startswith(":") or _RECUR.search(text)
                         or READER_ACTIONS["subscribe"].search(text)):
                return True
    return False


def _closing(block: HtmlElement, body: HtmlElement, sites) -> bool:
    from .housekeeping import a_note
    from .rating import has_score
    from .tailasks import short_line
    text = short_line(block, _MAX_WORDS)
    if not text or has_score(text) or a_note(text, block):
        return False
    if MAIL.search(text) and mail_follow(text):
        from .promo import own_wrapper, set_apart  # (the widget's caption sits in its box: a review's line does not)
        return own_wrapper(block, body) or set_apart(block, body)
    if not _PERIODICAL.search(text):
        return False  # (the cheapest test first: no periodical's noun, no site's periodical)
    from .fundaside import _home_name  # (the site's names, and its home link's)
    names = tuple(n for n in (*sites(), _home_name(body.getroottree().getroot())) if n and len(n) >= 3)
    return site_periodical(text, names)


def mark(items: list[HtmlElement], body: HtmlElement, sites, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the closing bids to receive the site's posts among the last three lines left."""
    from .tailasks import mark_last_lines
    mark_last_lines(items, drop, boxes, lambda block: _closing(block, body, sites), RULE)
