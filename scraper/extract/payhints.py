"""The site's ask for money that tells the reader where to pay: a payment handle, a way to pay the site's other pages
hold, or a paid edition boxed with its price for a period. A short line anywhere in the post, in any language:

- a payment handle (HANDLE): the instant-payment systems' address, a name, "@", a bank's or an app's short code and no
  dot after it (India's UPI "name@okaxis", "name@ybl"; an e-mail's domain has a dot, a social handle opens on "@"),
  beside a sign of money (a payment service, a drink, a sum, the bidding to support): ``handle_plea``;
- a way to pay (a payment service, a tip jar, a drink bought for the writer, a drink beside a link) and a pointer to
  another part of the site where it waits (the sidebar, the About page, "my page", the profile: SITE_PLACE, a class of
  words in many languages): the line sends the reader off the review to pay (``pointed_pay``);
- set apart (a box, alone in its wrapper), a paid membership or a premium edition with a sum for a period
  (``payline.paid_membership``; PREMIUM): the publisher's offer between the review's paragraphs (``boxed_offer``).

What stays: a review's sentence on money, coffee or a tip jar that sends no one anywhere ("the waitress empties the tip
jar"), a character's e-mail address, a sidebar or a profile the story tells of with no way to pay, a subscription's
price told in an unboxed paragraph.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import any_word, guarded

RULE = "pay pointer"
_MAX_WORDS = 45
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre", "li")

HANDLE = re.compile(r"(?<![\w@.+-])[a-z0-9][\w.-]{1,48}@[a-z]{2,12}(?![\w@-]|\.\w)", re.I)


def word_class(spaced: str, unspaced: str = "") -> re.Pattern:
    """A class of words in many languages, written one alternative a token: the `spaced` as words of their own (no
    letter before or after), the `unspaced` (scripts written without spaces) anywhere; caseless, behind its guard."""
    pattern = any_word(spaced).pattern + "".join("|" + w for w in unspaced.split())
    return guarded(re.compile(pattern, re.I))


# a part of the site the reader is sent to: the sidebar, the About page, the writer's own page, the profile or bio
# (en es pt fr it de nl pl cs ru uk tr id hi ur bn ta te kn gu pa ml th ja zh ko ar fa)
SITE_PLACE = word_class(r"""
    side\s?bar about\s+(?:me\s+)?page (?:my|our)\s+(?:own\s+)?page profile bio barra\s+lateral barre\s+latérale
    barra\s+laterale seitenleiste zijbalk pasek\s+boczn\w* postranní\s+panel\w* боков\w+\s+панел\w* сайдбар\w*
    профил\w* профіл\w* kenar\s+çubu\w+ bilah\s+sisi perfil profil\w* profilo profiel acerca\s+de sobre\s+(?:mí|mim)
    à\s+propos chi\s+sono über\s+(?:mich|uns) o\s+mnie о\s+(?:себе|нас) про\s+(?:мене|нас)
    साइडबार प्रोफ़ाइल प्रोफाइल سائیڈ\s?بار پروفائل সাইডবার প্রোফাইল சைட்பார் சுயவிவர\w* సైడ్\s?బార్ ప్రొఫైల్
    ಸೈಡ್\s?ಬಾರ್ ಪ್ರೊಫೈಲ್ સાઇડબાર પ્રોફાઇલ ਸਾਈਡਬਾਰ ਪ੍ਰੋਫਾਈਲ സൈഡ്ബാർ പ്രൊഫൈൽ الشريط\s+الجانبي الملف\s+الشخصي
    نوار\s+کناری پروفایل""", "โปรไฟล์ แถบข้าง プロフィール サイドバー 侧边栏 側邊欄 个人主页 個人主頁 프로필 사이드바")
# a link, where a drink waits (en es pt fr it de nl pl ru uk tr hi ur bn ta te kn th ja zh ko)
_LINK = word_class(r"link\w* enlace lien ссылк\w* посиланн\w* bağlant\w* लिंक لنک লিংক லிங்க் లింక్ ಲಿಂಕ್",
                   "ลิงก์ ลิงค์ リンク 链接 連結 링크")
# a premium edition of the site's, in the scripts and languages that borrow the word (a class: the paid tier's name)
PREMIUM = word_class("premium prémium премиум преміум پریمیم بريميوم פרימיום प्रीमियम প্রিমিয়াম ப்ரீமியம் ప్రీమియం "
                     "ಪ್ರೀಮಿಯಂ પ્રીમિયમ ਪ੍ਰੀਮੀਅਮ പ്രീമിയം", "พรีเมียม プレミアム 高级会员 프리미엄")


def _line(block: HtmlElement, words: int = _MAX_WORDS) -> str:
    """The block's text when it is a short line of prose of its own, not quoted, scored or a note the review carries."""
    if block.tag in _BLOCKED or block.getparent() is not None and block.getparent().tag in ("blockquote", "li", "pre"):
        return ""
    from .nodes import text_of
    text = text_of(block)
    if not text or len(text.split()) > words:
        return ""
    from .fundaside import _QUOTED
    from .housekeeping import a_note
    from .rating import has_score
    from .reportedspeech import reported
    if _QUOTED.match(text) or has_score(text) or a_note(text, block) or reported(text):
        return ""
    return text


def _money(text: str) -> bool:
    """A way to pay or a sign of it: a payment service, a tip, a drink bought for someone, the bidding to support."""
    from .payline import BUY_ME, DRINK, PAY_SERVICE, SUM
    from .pleas import SUPPORT_ASK
    from .tipask import COFFEE, MEANS, TIP
    return any(p.search(text) for p in (PAY_SERVICE, MEANS, TIP, COFFEE, BUY_ME, DRINK, SUM, SUPPORT_ASK))


def handle_plea(block: HtmlElement, raw: str) -> bool:
    """A short line (`raw`, its text) holding a payment handle beside a sign of money (module docstring)."""
    if "@" not in raw:
        return False  # (the cheapest test first: no "@", no handle)
    text = _line(block)
    return bool(text) and any(_given(text, h) for h in HANDLE.finditer(text)) and _money(HANDLE.sub(" ", text))


# the handle given as the line's address: after a label's colon or dash, or closing the line (a thanks at most after it)
_LABELLED = re.compile(r"[:：—–-]\s*$")
_CLOSES = re.compile(r"^\W*(?:\w+\W*){0,3}$")


def _given(text: str, handle: re.Match) -> bool:
    """The handle stands where a plea gives its address: the value of a label ("UPI: name@ybl") or the line's end
    ("… goes to name@okhdfc, thank you!"); a handle in apposition mid-sentence ("texts his marks a handle, name@ybl, and
    asks …") is the story's."""
    return bool(_LABELLED.search(text[:handle.start()]) or _CLOSES.match(text[handle.end():]))


def pointed_pay(block: HtmlElement, raw: str) -> bool:
    """A short line naming a way to pay and the part of the site where it waits (module docstring)."""
    if not SITE_PLACE.search(raw):
        return False  # (the cheapest test first: most lines send the reader nowhere on the site)
    if not (text := _line(block)):
        return False
    from .payline import BUY_ME, DRINK, PAY_SERVICE
    from .tipask import COFFEE, MEANS, TIP
    # (a place of the site's own: "the button is in the sidebar", "link in my profile"; a character's or another's,
    # "the charity's About page asks for a donation", "the PayPal account he found through her profile", is the story's)
    if not any(not _OWNED.search(text[:m.start()]) for m in SITE_PLACE.finditer(text)):
        return False
    if any(p.search(text) for p in (PAY_SERVICE, MEANS, TIP, COFFEE)):
        return True
    # (a drink: bought for the writer, or beside the link that the place holds; "she updates her profile over a coffee"
    # names no link)
    return bool(DRINK.search(text)) and bool(BUY_ME.search(text) or _LINK.search(text))


# a place of another's: a genitive or a third person's possessive right before it ("the charity's About page", "her
# profile", "su perfil", "son profil", "sein Profil", "его профиль"), or right after it ("el perfil de la protagonista")
_OWNED = re.compile(r"(?:['’]s|(?<!\w)(?:his|her|their|its|su|sus|seu|sua|seus|suas|son|sa|ses|leur|leurs|suo|sua|"
                    r"suoi|sue|sein\w*|ihr\w*|zijn|haar|hun|jego|jej|ich|jeho|její|jejich|его|её|ее|их|його|її|onun|"
                    r"onların|nya))\s+(?:own\s+|propio\s+|própri[oa]\s+|propre\s+|eigene\w*\s+)?$", re.I)


def boxed_offer(block: HtmlElement, body: HtmlElement, raw: str) -> bool:
    """A line set apart offering a paid membership or the premium edition, a sum for a period (module docstring)."""
    from .payline import SUM, paid_membership, period
    if not SUM.search(raw):
        return False
    from .promo import own_wrapper, set_apart
    if not (own_wrapper(block, body) or set_apart(block, body)) or not (text := _line(block)):
        return False
    return paid_membership(text) or any(_named(text, m) for m in PREMIUM.finditer(text)) and period(text)


def _named(text: str, word: re.Match) -> bool:
    """The premium word written as the edition's name: capitalised where its script has case ("Tidewater Leaves
    Premium", "Go Premium"), as any word in a script without ("charges premium settlers $40 a month" is the story's);
    a capital opening the line is the sentence's unless a label or another name's capital follows ("Premium: …",
    "Premium Edition")."""
    first = word.group()[:1]
    if first == first.lower() == first.upper():
        return True  # (a script without case)
    if first == first.lower():
        return False
    if text[:word.start()].strip(" \t\"'“‘([«"):
        return True
    after = text[word.end():].lstrip()
    return after[:1] in (":", "：", "—", "–", "-", "") or after[:1].isupper()


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the pay lines that tell the reader where to pay, anywhere in the post."""
    from .promo import promo_box
    from .tipask import RULE as TIP_RULE
    from .nodes import text_of
    for i, block in enumerate(items):
        if i in drop or not (raw := text_of(block)) or len(raw.split()) > _MAX_WORDS:
            continue  # (the text read once, a long paragraph passed over: every rule here reads a short line)
        if handle_plea(block, raw) or pointed_pay(block, raw) or boxed_offer(block, body, raw):
            drop[i], boxes[i] = f"{TIP_RULE}: {RULE}", promo_box(block, body)
