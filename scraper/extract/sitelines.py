"""The site's and its platform's own lines left among a post body's blocks, read by shape and position.

- A follow plea closing the review (``followpleas``): a short line that closes the review's box (every block after it
  in the same parent was removed, in the second half of the body) and names where to follow the writer: a social network with a
  handle ("… on Instagram @ana.reads"), or an account word (page, channel, profile, group) beside a network or a quoted
  name together with a verb root of following, subscribing or joining, in many languages ("follow our Facebook page
  'X'", "subscribe to the YouTube channel", "become a member of the 'X' group"; a blog or a site counts as the place, and
  Hebrew's and Arabic's glued prepositions are read: "מוזמנים לעקוב", "בבלוג"), or, whatever the verb, the writer's
  own ("my", "our") or exclaimed place on a network by its name in quotation marks ("my YouTube channel «Ana reads»,
  drop in!"; "her blog «X» on Instagram" in a review is someone else's); or a platform's follow button by its
  own name (KakaoStory's 소식받기); or a network, a verb of following and the writer's own ("my", "our") whatever it is
  ("follow our reading circle on Facebook: X", "følg min lesering på Instagram"); or, no network named, a verb of following and the writer's own account ("follow my
  page", "ติดตามเพจ…") or a pointer to it ("link in bio", "link w profilu"), or the site's own name as its home link writes it ("लल्लनटॉप को फ़ॉलो करें").
- Anywhere, a short line between the paragraphs bidding the reader join the writer's own account on a named network
  (the network, "my"/"our" account word and a verb of joining, all three), or vote for the blog.
- The article's credit line ("Author of the article: Ann Lee") among the first or last blocks, the disclaimer that the
  opinions are the writer's own among the last, a staff pick's "Recommended by Ana, Riverside" closing its box (creditlines).
- A subscription offer closing the article: a short line with a price for a period ("Join for $1 a week", "4.90 ש"ח
  לחודש"), or a free first period or one at a token price ("first month free", "first month for $1": couponline).
- The engine's "published on" line at the start or the end: it opens with a participle of publishing or posting and
  holds a clock time, or a whole date and a category or byline ("Posted in Fiction on 3 May 2026 by Ana"); a book's
  info line "Published: 3 May 2026" (a label and a date, nothing more) stays; or, short, that participle, a whole date
  and a link to a person's page on the site (the writer's: "Published: <a href=/authors/ana>Ana</a> 3 May 2026").
- The writer's bio after the review: among the last three blocks, a short paragraph that opens with the writer's
  name as the byline at the top gave it (or the page's declared author) and goes on about them; or under a profile
  box's title alone on its line ("About the writer", "Profil", "著者プロフィール"), the bio naming the byline's writer
  (deskbio.labelled_profile), the title with it.
- A bulletin board's push lines (PTT and its kin): "推 user: text 11/26 22:31", two or more, wherever they stand.
- A shop's review badge row: a short line holding a verified-purchase badge ("Verified Purchase", "Amazonで購入").
- The engine's row under the post linking to its sign-in page ("1,482 reads · Log in to post comments"), short.
- A bulletin board's system line under the post: "※", a short label, and a web or IP address ("※ 文章網址: https://…").
- An aside wholly in brackets asking the reader to act on the platform (like, vote, follow, share, or push: PTT's
  like, "（有幫助的話推一下）"), anywhere.
- A library's or a municipality's page-information lines among the last rows ("Last updated: <date>", "Page owner:
  …"), and a library's line opening on a link to reserve or borrow the book in its catalogue, anywhere (sitenotices).
- A letter's closing among the last blocks: a short block whose last line, after a break, is the closing signature
  ("See you next week.<br>Ana 드림", "<br>Love, Ana"), without a score.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .moreonsite import follows_on_news_reader, more_on_own_site, names_news_reader
from .ownshop import own_shop_line
from .shopplug import shop_plug
from .couponline import FREE_TRIAL, INTRO_PRICE
from .creditlines import capital_signature, credit_lines, dash_signed, own_views_disclaimer, picked_by, funder_credit
from .creditlines import reviewed_by
from .contributorline import contributor_line
from .deskbio import desk_bio  # (a reader's "（place　occupation　name　52）"; "The writer is a …")
from .deskbio import labelled_profile, profile_label  # (a bio under its box's title alone: "About the writer")
from .submissioncall import submission_call
from .sitenotices import access_line, edge_rows, library_card_ask, subscription_box, views_disclaimer
from .sitenotices import catalogue_line, page_info  # (a library's catalogue line, the CMS's page information)
from .deskcredits import desk_credits, lone_desk_line  # (a desk's "Reporter: …<br>Editor: …" box; "Editor: …" alone)
from .creditrow import credit_row  # (a row of credits: "Words by A · Illustrations by B", "Review: A · © Service")
from .datelines import CLOCK, FULL_DATE
from . import bylinelabels, followlines, readerreview, siteaccounts  # (siteaccounts: the site's messenger account, its newsletter)
from .nodes import HEADING_TAGS, blank, text_of, uncovered  # (the blocks left, less those in a box removed at the ends)
from .platforms import READER_ACTIONS
from .pleas import SITE_KIND
from .ownchannel import boxed_channel  # (the site's server, channel or official account, boxed anywhere: ownchannel)
from .memberask import boxed_member_plea  # (the site's membership plea, boxed between the paragraphs)
from .promo import PRICE
from .rating import has_score
from .words import count_words
from .casefold import guarded
from .followpleas import FOLLOW, FOLLOW_BUTTON, follow_plea, follow_site, home_names, interjected_plea
from .signoff import sign_off  # (sitelines.sign_off: its callers and tests)

# a bulletin board's system line under a post: the reference mark, a short label and machine data (a web address,
# an IP address): "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.229.104.18", "※ 文章網址: https://…"
_SYSTEM_LINE = re.compile(r"^※\s*[^\s:：]{2,8}\s*[:：].*(?:https?://|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))")
# a subscription offer: an amount of money (promo.PRICE, or the shekel written out) for a period
_SHEKELS = re.compile(r"\d[\d.,]*\s?(?:ש\"ח|ש״ח|NIS)")
PER_PERIOD = re.compile(
    r"(?:\ba|\bper|/)\s?(?:month|year|week|mo)\b|\bmonthly\b|\bal\s+mes\b|\bpar\s+mois\b|\bpro\s+monat\b|\bim\s+monat\b|"
    r"\bal\s+mese\b|\bpor\s+mês\b|\bper\s+maand\b|в\s+месяц|/мес|на\s+місяць|לחודש|בחודש|לשנה|شهري|في\s+الشهر|"
    r"/월|월\s?\d|月額|每月|ต่อเดือน|mỗi\s+tháng|per\s+bulan|aylık|miesięcznie|měsíčně|"
    # (sw; hr/bs/sr/sl, bg/mk; sv/no/da; fi; hu; ro; el; hi)
    r"\bkwa\s+(?:mwezi|wiki|mwaka)\b|\bkila\s+mwezi\b|\bmj?ese[čc]no\b|\bna\s+mj?esec\b|мј?есечно|на\s+месец|"
    r"\b(?:i|om|per|pr\.?)\s+(?:månaden|månad|måneden|måned|md\.?)\b|\bkuukaudessa\b|/kk\b|\bhavonta\b|/hó\b|\bpe\s+lun[ăa]\b|"
    r"(?:το|ανά)\s+μήνα|प्रति\s+(?:माह|महीना)",
    re.I,
)
# PTT's like is a push: an ask for one ("有幫助的話推一下", "給個推")
_PUSH_ASK = re.compile(r"推一下|給(?:個|我)?推|求推|請推|幫推")
# a whole block in brackets: an aside
_BRACKETED = re.compile(r"^\s*[（(][^()（）]+[）)]\s*$")

# a participle of publishing or posting opening the engine's line (bylinelabels.PUBLISHED: datelines reads it too)
_PUBLISHED = bylinelabels.PUBLISHED

# a link to the site's sign-in page ("Log in to post comments": Drupal's /user/login?destination=…, WordPress's
# wp-login.php?redirect_to=…)
_LOGIN_HREF = re.compile(
    r"/(?:user/)?(?:log-?in|sign-?in)(?:[/?#.]|$)|wp-login\.php|[?&](?:destination|redirect_to|returnUrl)=", re.I
)
# a bulletin board's push line: its mark (push, boo, arrow), the member, the text, the date and time
_PUSH = re.compile(r"^(?:推|噓|→)\s*[\w.-]{2,20}\s*[:：].*\s\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*$")

# a shop's badge for a reviewer who bought the book there
_VERIFIED = re.compile(
    r"verified\s+(?:purchase|buyer|reader)|achat\s+vérifié|verifizierter\s+kauf|compra\s+verificada|acquisto\s+verificato|"
    r"geverifieerde\s+aankoop|zweryfikowany\s+zakup|verifierat\s+köp|doğrulanmış\s+alışveriş|pembelian\s+terverifikasi|"
    r"проверенная\s+покупка|перевірена\s+покупка|ভেরিফায়েড\s+ক্রেতা|যাচাইকৃত\s+ক্রেতা|सत्यापित\s+(?:खरीद|खरीदार|ग्राहक)|"
    r"Amazon\S*\s*で購入|認證購買|已验证购买|구매\s?인증|인증된\s?구매|"
    # (Arabic, Hebrew, Persian, Greek, Czech, Slovak, Hungarian, Romanian, Spanish and Portuguese buyers, Vietnamese, Thai)
    r"مشت[رٍ]ي?\s+موث[قّ]|(?:عملية\s+)?شراء\s+موث[قّ]|רכישה\s+מאומתת|קונ[הת]\s+מאומת|خرید(?:ار)?\s+تا?أ?یید\s*شده|"
    r"επαληθευμένη\s+αγορά|ověřený\s+nákup|overený\s+nákup|ellenőrzött\s+vásárl\w*|achizi[țţ]ie\s+verificat[ăa]|"
    r"comprador(?:a)?\s+verificad[oa]|đã\s+mua\s+hàng|ผู้ซื้อที่ยืนยันแล้ว",
    re.I,
)
_VERIFIED = guarded(_VERIFIED)  # (casefold.Guarded: its words looked for first)
# (what the loop marks closing the box, under a follow line)
_CLOSERS = "follow-me line", "credit line", "site notice", "membership upsell"
# the rules that take the site's asks (chrome's and this module's), over a desk credit closing the body
_ASKS = ("platform ask", "follow-me line", "aside to the reader", "subscription", "membership upsell", "call to action")


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement],
         names: tuple[str, ...] = ()) -> None:
    """Mark the site's own lines among a post body's blocks (``drop`` and ``boxes`` are the cleaning's)."""
    count = len(items)
    texts = [text_of(b) for b in items]
    # (a push line's parts may each be an element of its own: the line is their parent's text)
    lines = [
        text_of(b.getparent()) if b.tag == "span" and b.getparent() is not None and b.getparent() is not body else t
        for b, t in zip(items, texts)
    ]
    pushes = [i for i, line in enumerate(lines) if _PUSH.match(line)]
    if len({lines[i] for i in pushes}) >= 2:
        for i in pushes:
            drop.setdefault(i, "readers' comments")
    # (or a short dated line, a byline a later rule takes)
    byline = [
        texts[i] if i in drop else lines[i]
        for i in range(min(4, count))
        if i in drop or items[i].tag not in HEADING_TAGS and count_words(lines[i]) <= 12 and FULL_DATE.search(lines[i])
    ] + list(
        names
    )
    live = uncovered(items, [i for i in range(count) if i not in drop and texts[i]], drop, boxes, body)
    edge, alive = set(live[:3] + live[-3:]), set(live)
    # (a credit also stands anywhere in the post's head, the short lines before its first paragraph of prose: kicker,
    # headline, the book's record line, then "評・<name>（<role>）")
    prose = next((n for n, k in enumerate(live[:6]) if count_words(texts[k]) >= 30), 0)
    head = set(live[:prose])
    rows = edge_rows(items, live)  # (the edge, an action bar's inline items counted as one row: sitenotices)
    for i, block in enumerate(items):
        if i in drop or block.tag in ("blockquote", "pre", "table") or i not in alive:
            continue
        text, words = texts[i], count_words(texts[i])
        if words <= 12 and _VERIFIED.search(text):
            # (the badge's row with the reviewer's name and the date, when they are elements of their own)
            parent = block.getparent()
            row = parent is not None and parent is not body and count_words(text_of(parent)) <= 12
            drop[i], boxes[i] = "review badge row", parent if row else block
        elif words <= 30 and _SYSTEM_LINE.match(text):
            drop[i], boxes[i] = "platform line", block
        elif words <= 40 and _BRACKETED.match(text) and not has_score(text) and bracketed_ask(text):
            drop[i], boxes[i] = "aside to the reader", block
        elif i in edge and (published_line(text) or posted_by_link(block, text)):
            drop[i], boxes[i] = "dateline", block
        elif (i in live[-3:] and words <= 12 or i in live[:3] and words <= 20) and any(
            _LOGIN_HREF.search(a.get("href", "")) for a in block.iter("a")
        ):
            # the engine's row under the post: a count and a link to sign in to comment; over it, a forum's greeting
            # row ("Welcome, Guest: Join / Log in")
            drop[i], boxes[i] = "sign-in row", block
        elif i in live[-3:] and words <= 40 and sign_off(block):
            drop[i], boxes[i] = "letter closing", block
        elif i in live[-3:] and (k := _live_before(live, i)) is not None and 4 <= words <= 60 \
                and profile_label(texts[k]) and labelled_profile(
                    texts[k], text, byline + [texts[n] for n in range(min(8, count)) if items[n].tag not in HEADING_TAGS], body):
            # (the bio under its box's own title, "About the writer", the title alone on its line: deskbio)
            drop[i], boxes[i] = "writer's bio", block
            drop[k], boxes[k] = "writer's bio", items[k]
        # (or the last line of sentences, short rows after it)
        elif (
            i in live[-3:]
            and (
                bio_box(block, body, text)
                or desk_bio(text, byline + [texts[k] for k in range(min(8, count)) if items[k].tag not in HEADING_TAGS])
            )
            or i >= count / 2
            and writer_bio(text, byline)
            and (i in live[-3:] or all(count_words(texts[k]) <= 10 for k in live if k > i))
        ):
            drop[i], boxes[i] = "writer's bio", block
        elif (
            i >= count / 2
            and words <= 30
            and _closes_box(items, i, drop)
            and (PRICE.search(text) or _SHEKELS.search(text))
            and PER_PERIOD.search(text)
            and not has_score(text)
            or i >= count / 2
            and words <= 30
            and _closes_box(items, i, drop)
            and (FREE_TRIAL.search(text) or INTRO_PRICE.search(text))
            and not has_score(text)
        ):
            drop[i], boxes[i] = "membership upsell", block  # a subscription offer closing the article
        # (late: in the body's second half, or among the last two lines of a short box, a reader's review of one
        # paragraph and its plea)
        elif (
            (i >= count / 2 or i > 0 and i in live[-2:])
            and _closes_box(items, i, drop, contact=True, record=True)
            and _follow_line(block, text, body)
        ):
            drop[i], boxes[i] = "follow-me line", block
        elif i in live[-4:] and _closes_box(items, i, drop) and own_shop_line(block, body, text, words):
            drop[i], boxes[i] = "own shop line", block  # the site's own bookshop plugged last (ownshop)
        elif (i in rows or i in head) and (views_disclaimer(text) or access_line(text)):
            # the article's views not the site's (named as creditlines' older forms are); the paywall's access line (sitenotices)
            drop[i], boxes[i] = "credit line" if views_disclaimer(text) else "site notice", block
        elif i >= count / 2 and _closes_box(items, i, drop) and library_card_ask(block):
            # a library's bidding to get a card, closing its box (sitenotices)
            drop[i], boxes[i] = "membership upsell", block
        elif i in rows and i >= count / 2 and page_info(block, text):
            drop[i], boxes[i] = "page info", block  # the CMS's last-updated and page-owner lines (sitenotices)
        elif catalogue_line(block, text, words):
            drop[i], boxes[i] = "catalogue line", block  # a library's "reserve it in the catalogue" line (sitenotices)
        elif words <= 60 and (box := subscription_box(block, body)) is not None:
            # a box asking for a subscription, its link to the subscription page (sitenotices)
            drop[i], boxes[i] = "subscription box", box
        elif i == live[0] and reviewed_by(text):
            # a reviewer credited as the post's first line (creditlines.reviewed_by; a catalogue's staff review under
            # its own heading keeps its credit with it)
            drop[i], boxes[i] = "byline row", block
        elif (i in edge or i in head) and credit_row(text, lambda: " ".join(texts[k] for k in live if k != i)):
            # (a row of credits: creditrow)
            drop[i], boxes[i] = ("byline row" if i in head or i in live[:3] else "credit line"), block
        elif (
            (i in edge or i in head)
            and (credit_lines(text) or desk_credits(block))
            or i in live[-3:]
            and (own_views_disclaimer(text) or contributor_line(text) or funder_credit(text, lambda: home_names(body)))
            or i >= count / 2
            and _closes_box(items, i, drop)
            and (picked_by(text) or (at := live.index(i)) >= 1 and block.tag == "p" and i == live[-1]
                 and items[live[at - 1]].tag != "blockquote"
                 and dash_signed(text, texts[live[at - 1]], items[live[at - 1]],
                                 texts[live[at - 2]] if at >= 2 else ""))
            or i in live[-3:] and (at := live.index(i)) >= 2  # (the writer in capitals under the closing record)
            and capital_signature(text, texts[live[at - 1]], lambda: " ".join(texts[k] for k in live[:at - 1]))
        ):
            # the article's writer credited, the opinions declared theirs, a pick signed
            drop[i], boxes[i] = "credit line", block
        # (an action bar's counts one row)
        elif (i in live[-3:] or i in rows and i not in live[:3]) and submission_call(
                text, all(count_words(texts[k]) < 30 for k in live if k > i)):
            drop[i], boxes[i] = "call for submissions", block  # the paper's call for readers' pieces (submissioncall)
        elif shop_plug(block, text, words, body):
            drop[i], boxes[i] = "shop plug", block  # a shop's line with a button-like link, anywhere (shopplug)
        elif interjected_plea(text) or words <= 30 and (boxed_channel(block, body, text, home_names)
                                                        or followlines.spliced_follow(block, body, text)
                                                        or boxed_member_plea(block, body, text)):
            drop[i], boxes[i] = "aside to the reader", block  # (set between the review's paragraphs, anywhere)
    # (a lone desk credit closing the body under a follow line of the site's, left or taken already as an ask: the
    # desk's, deskcredits.lone_desk_line)
    live = uncovered(items, [i for i in range(count) if i not in drop and texts[i]], drop, boxes, body)
    if len(live) >= 3 and lone_desk_line(texts[live[-1]], body):
        k = next((k for k in range(live[-1] - 1, -1, -1) if texts[k]), None)
        if k is not None and (drop.get(k, "").startswith(_ASKS) or k not in drop
                              and items[k].tag not in ("blockquote", "pre", "table")
                              and _follow_line(items[k], texts[k], body)):
            drop[live[-1]], boxes[live[-1]] = "credit line", items[live[-1]]
    # (a follow line over a follow line or the site's disclaimer the loop marked after it: it closes the box now)
    for i in reversed(range(count)):
        if (
            i not in drop
            and texts[i]
            and items[i].tag not in ("blockquote", "pre", "table")
            and (i >= count / 2 or i > 0 and i in live[-2:])
            and _closes_box(items, i, drop)
            and any(drop.get(k) in _CLOSERS for k in range(i + 1, count))
            and _follow_line(items[i], texts[i], body)
        ):
            drop[i], boxes[i] = "follow-me line", items[i]
    readerreview.meta_lines(items, body, drop, boxes)  # a reader's review box's own widgets, the box kept alone


def _follow_line(block: HtmlElement, text: str, body: HtmlElement) -> bool:
    """A follow plea, a bidding to follow the site or its newsletter, news reader or messenger account (``mark``)."""
    return bool(
        follow_plea(text)
        or follow_site(text, names := home_names(body))
        or more_on_own_site(text, block)
        or follows_on_news_reader(block, text)
        or names_news_reader(text, FOLLOW)
        or followlines.opening_follow(text, names)
        or siteaccounts.site_account(block, text, names)
    )


def _closes_box(items: list[HtmlElement], index: int, drop: dict[int, str], contact: bool = False, record: bool = False) -> bool:
    """Whether every block after this one in its parent was removed (or there is none): it closes its box. With
    `contact`, the desk's contact line after it (short, ending on an e-mail address: ``spliced.contact_line``, marked
    later) closes the box with it: "Join <Site> on Facebook." over "Send us your thoughts: desk@site.example". With
    `record`, the book's record line as the box's last block, the review's prose closed ("Follow us on Mastodon." over
    "A. Writer, Title, stories, 2026.": ``citedrecord.record_line``)."""
    parent = items[index].getparent()
    later = (k for k in range(index + 1, len(items)) if items[k].getparent() is parent)
    if not record:  # (the first block after it that stays ends the look; a divider, nodes.blank, closes nothing)
        return all(k in drop or blank(items[k]) or contact and spliced_contact(items[k]) for k in later)
    after = [k for k in later if not blank(items[k])]
    if after and after[-1] not in drop and all(k in drop for k in after[:-1]):
        from .citedrecord import record_line  # (late: the record read only for a line in this place)
        if record_line(text_of(items[after[-1]])):
            return True
    return all(k in drop or contact and spliced_contact(items[k]) for k in after)


def spliced_contact(block: HtmlElement) -> bool:
    """``spliced.contact_line`` (late: spliced reads the cleaning's other modules)."""
    from .spliced import contact_line
    return contact_line(block)


def _live_before(live: list[int], i: int) -> int | None:
    """The live block right before block i, if any."""
    at = live.index(i)
    return live[at - 1] if at else None


def published_line(text: str) -> bool:
    """The engine's published-on line (module docstring)."""
    if count_words(text) > 25 or not _PUBLISHED.match(text) or text.rstrip().endswith((".", "!", "?", "。")):
        return False
    return bool(CLOCK.search(text) or (FULL_DATE.search(text) and count_words(text) > 6))


# a link to a person's page on the site: the writer's archive or profile (WordPress's /author/, forums' /user/, /members/)
_PERSON_HREF = re.compile(r"/(?:authors?|autor(?:es|en|zy)?|auteurs?|autori|writers?|users?|members?|profiles?|people|"
                          r"u|by|~)/[^/?#]+", re.I)


def posted_by_link(block: HtmlElement, text: str) -> bool:
    """The engine's posted-by row: short, it opens with a participle of publishing, holds a whole date and links to a
    person's page ("Published: <a href=/authors/ana>Ana Lee</a> 3 May 2026"); a book's info line ("Published: 3 May
    2026", "Published: <a href=/publisher/x>X</a>, 2019") links to no person."""
    if count_words(text) > 12 or not _PUBLISHED.match(text) or not FULL_DATE.search(text):
        return False
    return any(a.get("rel") == "author" or _PERSON_HREF.search(a.get("href") or "") for a in block.iter("a"))


# the verb "is/was" opening a sentence before its subject, in the verb-first languages: cy Mae/Roedd/Bu, ga Tá/Bhí,
# gd Tha/Bha, gv Ta/Va, br Emañ/Edo (the name is then the sentence's second word or more; the classifying "Is" is English too);
# cy "Bu" and gv "Ta"/"Va" are other languages' words too (tr "Bu", this; pl/sl "Ta"; fr/it/es "va"): they count only
# with the copula's own predicate particle in the line (cy yn/ym/yng, gv ny/ayns: "Bu <name> yn olygydd …")
_COPULA_FIRST = frozenset("Mae Roedd Tá Bhí Tha Bha Emañ Edo".split())
_COPULA_SHARED = frozenset("Bu Ta Va".split())
_CELTIC_PARTICLE = re.compile(r"(?<!\w)(?:yn|ym|yng|ny|ayns)(?!\w)")


def writer_bio(text: str, bylines: list[str]) -> bool:
    """A short paragraph about the writer: it opens with a name (two to four words) the byline gave, and goes on."""
    words = text.split()
    if not 6 <= count_words(text) <= 45:
        return False
    if words[0] in _COPULA_FIRST or words[0] in _COPULA_SHARED and _CELTIC_PARTICLE.search(text):
        words = words[1:]  # (the Celtic languages set the copula before the name: cy "Mae <name> yn athro …", ga "Tá …")
    for size in (2, 3, 4):
        if not all(any(c.isalpha() for c in word) for word in words[:size]):
            break  # (a lone mark among the first words, "पुस्तक : …", "Kitap | …": a labelled record's row, no name)
        name = " ".join(words[:size]).rstrip(",:")
        # (every word of a name capitalised where the script has case; a byline is a short line)
        if len(name) >= 5 and not any(w[:1].islower() for w in name.split()) \
                and any(name in line for line in bylines if line and line != text and count_words(line) <= 12):
            return True
    return False


# a box a theme names for a person's bio ("bio", "author-about", "about-me"), by a whole part of its class or id
_BIO_CLASS = re.compile(r"(?:^|[-_\s])(?:bio|biography|about|author|autor|auteur)(?:$|[-_\s])", re.I)


def bio_box(block: HtmlElement, body: HtmlElement, text: str) -> bool:
    """A short block among the post's last lines, in a box the theme names for a bio, that speaks of the site the writer
    keeps ("… notes what she reads on this blog since 2014"): the writer's bio. (The book's author's biography names no
    blog, and stays.)"""
    element = block  # (the box's name first: the cheap test)
    while element is not None and element is not body and len(text_of(element)) <= len(text) + 40:
        if _BIO_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            return count_words(text) <= 60 and bool(SITE_KIND.search(text)) and not has_score(text)
        element = element.getparent()
    return False


def bracketed_ask(text: str) -> bool:
    """An aside in brackets asking the reader to act on the platform: like, vote, follow, subscribe, share, comment,
    or push (PTT's like): "（有幫助的話推一下）", "(hit the like if this helped!)"."""
    return bool(
        _PUSH_ASK.search(text) or FOLLOW_BUTTON.search(text) or any(p.search(text) for p in READER_ACTIONS.values())
    )
