"""A closing plea: the last line of a post that turns to the reader and asks them to act for the post or its site.

"If you liked it, press Like and tell your friends about the club 🙏", "Enjoyed it? Hit Recommend on your way out ㅋㅋ",
"Support independent blogging: send this on", "Like the forum? Support the server", "Subscribe to <the paper's
membership> to read without ads". Their wording has no end; their shape is the same in every language:

- position: among the last two blocks left in the body, after the review's last paragraph (nothing of 30 words or
  more follows), short (45 words at most), not a heading, quotation, list or table, no score, no note the review
  carries (a free-copy disclosure, a content warning) and no record line ("Details: title, author, 320 pages");
- it turns to the reader as an aside: typeset apart (a box, a whole line in italics or small print: ``promo.set_apart``)
  or closed by a pictograph, a typed smiley or a tilde, or it names what funding the site costs for a period ("one
  euro a month counts": a line of the site's, not the reviewer's);
- and it is about the post or its site, not the book: it names one of the page's own action controls outside the post
  (a like or recommend button: a button, or a link that goes nowhere, "#", "javascript:") as the object of a verb,
  with words on both sides of it (a reviewer's "I liked it 🙂" ends on the verb, a plea's "press <Like> and …" goes
  on); or it names the site (its name as the page title or the site's metadata give it, or the kind of site it is:
  blog, forum, server, club, paper …) beside a verb of asking the reader to act (subscribe, follow, like, share,
  support, donate: ``platforms.READER_ACTIONS``, ``platforms.ENGAGE_ACTION``, ``SUPPORT_ASK`` below).

A line that asks the reader to act on the platform in its own words (``platforms.READER_ACTIONS``: "press follow")
and names a button of the action bar after it ("… and <Send a gift>") needs no closing pictograph; in the scripts
written without spaces the button's label may be glued to the words around it. The same tests read the last line of
one post's own box in a thread, other members' posts after it; the button may be in the line itself, a link that
goes nowhere ("… or <a href=#>buy me a coffee</a>"). A closing block of a few short lines set apart by
line breaks, two or more of them asks of two kinds ("Follow me on …<br>Like and share if it helped"), goes whole
(``lined_asks``).

A short line on funding (``fundbox.FUND``) closing the post right after the box that holds the review, outside it,
thanking or asking its reader, in no first person, is the publisher's notice under the piece (``after_review_box``).

A closing line that opens on the bidding to follow the writer (``platforms.READER_ACTIONS``' follow: "Follow me for
more …", "关注我，每周一本好书") is an ask whatever follows the bidding (``openfollow.opens_on_follow``).

A review's own recommendation ("Highly recommended for anyone who loves dark books 🙂") names no control and no site;
a plea the reviewer quotes from the story stands between the paragraphs, not after them.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import asklines, controls, forwardask, fundaside, fundbox, houseads, ifhelped, nextissue, readeraside, splicedask, tailasks, tipask
from .casefold import fold, guarded
from .housekeeping import a_note
from .notewords import THANKS  # (a line thanking its reader)
from .reviewed import FIRST_PERSON  # (the reviewer's first person singular)
from .memberask import PLATFORMS as _PLATFORMS, boxed_member_plea  # (the platforms closing a <title>)
from .openfollow import opens_on_follow  # (the closing line opening on the bidding to follow)
from .closingask import EMOTICON, PICTOGRAPH, any_action
from .nodes import text_of
from .taxshare import tax_share
from .buttonword import BUTTON, names_button, on_page  # (the page's button named as one in the line)
from .scorequote import after_score  # (a quotation box right after the score line: the blog's, not the book's)
from .profilelink import points_to_profile  # (the link in the channel's or account's profile: where a plea sends its reader)
from .paidwords import PAID as _PAID  # (a paid subscription, a reader-funded site)
from .platforms import ENGAGE_ACTION, READER_ACTIONS
from .promo import GIVING_VERB, own_wrapper, promo_box, set_apart
from .rating import has_score
from .words import count_words
from .siteaccounts import site_account  # (the site's messenger account or newsletter, the writer's other place: last lines)
from .commentsclosed import asked_of_us  # (the site's prompt to tell "us" in the comments: last lines)
from .supportlabel import inside, support_opening  # (the support bidding set as the line's label, naming the site)

RULE = "closing plea"
_MAX_WORDS = 45

# the kinds of site a plea names as what to support or tell friends about (blog, forum, server, site, channel, club,
# paper, journalism), in many languages and scripts
SITE_KIND = guarded(re.compile(
    r"(?<!\w)(?:(?:we)?blog\w*|блог\w*|בלוג\w*|مدون\w*|وبلاگ\w*|بلاگ\w*|ब्लॉग\w*|ব্লগ\w*|บล็อก|"
    r"forum\w*|fórum\w*|форум\w*|פורום\w*|منتد\w*|انجمن\w*|फ़ोरम|ফোরাম|diễn\s+đàn|เว็บบอร์ด|"
    r"server\w*|serveur\w*|servidor\w*|serwer\w*|сервер\w*|שרת\w*|سرور\w*|sunucu\w*|máy\s+chủ|เซิร์ฟเวอร์|"
    r"site\w*|sitio\w*|sajt\w*|webb?plats\w*|nettsted\w*|сайт\w*|אתר\w*|موقع\w*|سایت\w*|वेबसाइट|ওয়েবসাইট|trang\s+web|เว็บไซต์|"
    r"webseite\w*|website\w*|g?wefan\w*|ബ്ലോഗ്\w*|வலைப்பதிவு\w*|oldal(?:t|unkat|amat|unk|am)?|բլոգ\w*|ბლოგ\w*|საიტ\w*|"  # (hu hy ka)
    r"kanal\w*|channel\w*|chaîne\w*|canal\w*|канал\w*|ערוץ\w*|قناة\w*|کانال\w*|चैनल|চ্যানেল|kênh|ช่อง|"
    r"club\w*|klub\w*|клуб\w*|کلوب\w*|کلاب\w*|kulüb\w*|"
    r"báo\s+chí|tờ\s+báo|journalis\w*|žurnalisti\w*|dziennikarstw\w*|журналистик\w*|журналістик\w*|gazete\w*|"
    # (journalism where the word is the language's own: sl/hr/sr/bs, cs, sk, hu, et, lt/lv, ro, el, es, it, pt, ms/id, he, ar)
    r"novinarstv\w*|новинарств\w*|novinářstv\w*|novinárstv\w*|újságírás\w*|ajakirjandus\w*|žurnalistik\w*|žurnālistik\w*|"
    r"jurnalism\w*|δημοσιογραφ\w*|periodismo|giornalismo|jornalismo|kewartawanan|עיתונות|الصحافة|"
    r"zeitung\w*|journal\w*|periódico\w*|jornal\w*|giornal\w*|newspaper\w*|magazine?\w*|magazín\w*|časopis\w*|"
    r"portal\w*|портал\w*|community|comunidad\w*|communauté|gemeinschaft|społeczno\w*|сообществ\w*|спільнот\w*|"
    # (a shop or a seller's stall on a marketplace: "visit the stall and support the publisher 😊")
    r"(?:shop|store|boutique|tienda|loja|negozio|winkel|toko)(?!\w)|sklep\w*|obchod\w*|магазин\w*|крамниц\w*|mağaza\w*|"
    r"cửa\s+hàng|gian\s+hàng|ร้าน\w*)"
    # (Hebrew and Arabic glue a preposition, a conjunction or the article to the word: "בבלוג", "المدونة", "بمدونتي")
    r"|(?<!\w)(?:[ובלהמשכ]{1,2}(?:בלוג|פורום|אתר|ערוץ)|(?:ال|[وفبل]|[وفب]?ال|لل)(?:مدون|منتد|موقع|قناة|قنات))\w*"
    r"|블로그|게시판|포럼|서버|사이트|채널|클럽|カフェ|ブログ|フォーラム|掲示板|サーバー|サイト|チャンネル|"
    r"博客|部落格|论坛|論壇|服务器|伺服器|网站|網站|频道|頻道|社区|社區|商店|店铺|店舗|ショップ|가게|상점|חנות|متجر|فروشگاه|दुकान",
    re.I))
# a bidding to support, recommend or pass on (beside platforms' asks): the imperative in many languages
SUPPORT_ASK = guarded(re.compile(
    r"(?<!\w)(?:podporte|podpořte|podprite|podpri|(?<!\w\s)(?:поддржете|поддржи)|rhoddwch|cyfrannwch|podpor\s+nás|wesprzyj\w*|support\s+(?:us|our|the|independent|this)|"
    r"unterstütz(?:t|en\s+sie)|soutenez|apoy[ae]n?|apoie|sostieni|sostenete|steun\s+(?:ons|de|het)|stöd\s+(?:oss|bloggen)|"
    r"støtt\w*\s+(?:oss|bloggen)|tue\s+meitä|поддержите|поддержи|підтримайте|підтримай|destekle\w*|"
    r"ủng\s+hộ|dukung(?:lah)?|ادعم\w*|ادعمو\w*|حمایت\s+کنید|معرفی\s+کنید|תמכו|समर्थन\s+करें|সমর্থন\s+করুন|"
    r"pošlite\s+(?:ho|ju|to|článok)\s+ďalej|pošlete\s+(?:ho|ji|to)\s+dál|send\s+(?:it|this)\s+on|pass\s+(?:it|this)\s+on|"
    # (and where the lists above have none: ha "ku tallafa wa/mana", "ku ba da gudummawa"; yo "ẹ ṣe atilẹyin"; sw "tuunge
    # mkono", "changia"; eu "lagundu iezaguzu", "babestu"; ca "doneu/dona suport"; gl "apoia"; cy "cefnogwch"; ga "tacaígh";
    # et "toeta"; lv "atbalsti(et)"; lt "paremk(ite)"; af "ondersteun"; sq "mbështet(ni)"; is "styðj(ið)"; hu "támogass(on)";
    # ro "susține(ți)", "sprijini(ți)"; el "στηρίξτε"; bg "подкрепете"; hr/sr "podržite", "подржите")
    r"(?:ku\s+)?tallafa\s+(?:wa|mana|mu)|(?:ku\s+)?ba\s+da\s+gudummawa|ẹ\s+ṣe\s+[aà]t[iì]l[eẹ]\u0301?y[iì]n|"
    r"tuunge\s+mkono|changia|"
    r"(?<!\w\s)lagundu|lagun(?:du|tzen)\s+(?:iezaguzu|iezaguzue)|babes(?:tu|ten)\s+(?:gaitzazu|gaitzazue|berria|gure)|"
    r"don(?:a|eu)\s+suport|apoia(?:de)?\s+(?:o|a|os|as)\s+\w+|cefnogwch|tacaigh\s+le|tacaígh\s+le|toeta(?:ge)?\s+(?:meid|meie)|"
    r"atbalsti(?:et)?|paremk(?:ite)?|ondersteun\s+(?:ons|die|hierdie)|mbështet(?:ni)?\s+(?:na|gazet)|styðj(?:ið|u)\s+(?:okkur|við)|"
    r"támogass(?:on|átok|atok)?|támogasd|աջակց(?:իր|եք)|sus[țţ]ine(?:[țţ]i)?|sprijini(?:[țţ]i)?|στηρίξτε|στήριξε|подкрепете|podržite|подржите)"
    r"|후원해|응원해|サポートして|支持一下|สนับสนุน|დაუჭირეთ\s+მხარი|მხარი\s+დაუჭირეთ|დაგვიჭირეთ\s+მხარი",  # (and ka)
    re.I))

_BLOCKED_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "pre")
TITLE_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+|\s*[|｜]\s*")
_COUNT_TAIL = re.compile(r"[\s(（:：]*[\d.,\s]+[)）]?\s*$")
_RECORD = re.compile(r"^\W*[^\W\d_][^:：.!?,，、]{0,30}[:：]\s*[^,，、]+(?:[,，、][^,，、]+){2,}")


def _control_labels(block: HtmlElement, body: HtmlElement) -> set[str]:
    """The labels of the post's own action controls, in the boxes right after the line (its action bar: a few following
    siblings of the line, of each box around it in the body, of the body and of its parent): buttons (as ``controls``
    noted them before they were dropped) and links that go nowhere ("#", "javascript:"), their counts cut off
    ("Like (42)" → "Like")."""
    labels: set[str] = set()
    box, outside = block, 0
    while box is not None and box.tag not in ("body", "html") and outside < 2:
        if box is body or outside:
            outside += 1
        for sibling, _ in zip(box.itersiblings(), range(4)):
            if not isinstance(sibling.tag, str):
                continue
            for element in sibling.iter():
                found = []
                if element.tag == "a":
                    href = (element.get("href") or "").strip().lower()
                    if not href or href.startswith(("#", "javascript:")):
                        found.append(text_of(element))
                if element.get(controls.LABEL):
                    found += element.get(controls.LABEL).split(" | ")
                for label in found:
                    label = _COUNT_TAIL.sub("", label).strip()
                    if 2 <= len(label) <= 30 and len(label.split()) <= 3 and not label.isdigit():
                        labels.add(label)
        box = box.getparent()
    return labels


def _own_controls(block: HtmlElement) -> list[str]:
    """The labels of the links in the line that go nowhere ("#", "javascript:"): the page's buttons set in it."""
    out = []
    for a in block.iter("a"):
        href = (a.get("href") or "").strip().lower()
        label = text_of(a)
        if href.startswith(("#", "javascript:")) and 2 <= len(label) <= 30 and any(c.isalpha() for c in label):
            out.append(label)
    return out


def site_names(body: HtmlElement, names: tuple[str, ...]) -> list[str]:
    """The site's name as the page gives it: the blog's and the publication's declared names, and the page title's
    last part ("<post> - Tuổi Trẻ Online"), with its leading words when it has three or more ("Tuổi Trẻ"), or its part
    before a colon when the logo's link home holds it ("<Site>: <post>")."""
    root = body.getroottree().getroot()
    title = root.find("head/title")  # (by its path: a search of the whole tree costs more than the rule)
    out = [n for n in names if n]
    if title is not None and title.text:
        parts = TITLE_SEPARATOR.split(title.text.strip())
        if len(parts) >= 2:
            out.append(parts[-1].strip())
            if len(parts) >= 3 and parts[-1].strip().casefold() in _PLATFORMS:  # ("<post> | by <x> | <Pub> | Medium")
                out.append(parts[-2].strip())
            logo = _logo_name(root, parts[1:])
            if logo and logo not in out:
                out.append(logo)
        elif ":" in title.text:  # (the site's name first, "<Site>: <post>", when the logo's link home writes it so)
            logo = _logo_name(root, [title.text.split(":")[0]])
            if logo and logo not in out:
                out.append(logo)
    more = []
    for name in out:
        words = name.split()
        if len(words) >= 3:
            more.append(" ".join(words[:-1]))
    return [n for n in out + more if len(n) >= 4]


_HOME_HREF = re.compile(r"(?:https?:)?(?://[^/?#]+)?/?(?:index\.\w{3,4})?", re.I)


def _logo_name(root: HtmlElement, parts: list[str]) -> str:
    """The site's name as its logo shows it: the page's first link home ("/", "https://host/"), its text one to three
    words, when the page title gives it too as one of its parts after the post's ("<post> | Armiarma - Kritikak": the
    title's last part is the site's tagline, the logo link home holds the name). A "Home" link is in no title."""
    for count, a in enumerate(root.iter("a")):
        if count >= 40:  # (the header's logo comes among the page's first links)
            return ""
        href = (a.get("href") or "").strip()
        if href and _HOME_HREF.fullmatch(href):
            name = " ".join(text_of(a).split())
            if 4 <= len(name) <= 40 and len(name.split()) <= 3 and name.casefold() in {p.strip().casefold() for p in parts}:
                return name
            return ""  # (only the first link home: a breadcrumb's "Home" comes later)
    return ""


def closing_plea(block: HtmlElement, body: HtmlElement, names: tuple[str, ...], page: dict, words: int | None = None) -> bool:
    """Whether the block is a closing plea (see the module docstring). `page` keeps the page's control labels and site
    names once read (read only for a line that may need them). The cheap tests come first: a line closed by a
    pictograph, a smiley or a tilde may name a control; another must name the site and ask, and only then is its
    typesetting read (whether it is set apart is read from its boxes' text)."""
    if block.tag in _BLOCKED_TAGS and not after_score(block):  # (a quote box after the score: scorequote)
        return False
    text = text_of(block)
    words = count_words(text) if words is None else words
    if not text or words > _MAX_WORDS:
        return False
    end = text.rstrip()[-6:]
    closed = bool(PICTOGRAPH.search(end) or EMOTICON.search(end) or "~" in end or "～" in end)
    # (a line that asks the reader to act on the platform in its own words names the control it means too:
    # "press follow and <Send a gift>")
    asks = not closed and any_action(text, fold(text))
    if closed or asks:
        key = ("labels", block.getparent())
        if key not in page:
            page[key] = _control_labels(block, body)
        named = any(inside(label, text) for label in page[key])
        # (or the control is in the line itself, a link that goes nowhere: "…or <a href=#>buy me a coffee</a>, so…")
        named = named or asks and any(inside(label, text) for label in _own_controls(block))
    else:  # (or a button of the page named as a button: "the <Support> button below": buttonword)
        named = BUTTON.search(text) is not None and names_button(text, page.setdefault(("labels", block.getparent()), _control_labels(block, body))) \
            and (on_page(text) or any(ask.search(text) for ask in (SUPPORT_ASK, ENGAGE_ACTION, GIVING_VERB)))  # (placed, or an ask: rev-bpworld)
    if not named:
        folded = text.casefold()
        if not SITE_KIND.search(text):
            if not any(inside(n, folded) or folded.startswith(n) for n in _sites(page, body, names)):
                return False
        # (or a paid subscription named with its sum for a period: "a paid subscription of $4 a month keeps us going")
        if not (any_action(text, fold(text)) or SUPPORT_ASK.search(text) or ENGAGE_ACTION.search(text)
                or GIVING_VERB.search(text) or _PAID.search(text) and _per_period(text)):
            return False
        # (or in a box of its own in the post, as a theme inserts its plea: the reviewer's lines stand in the body)
        # (or it names a sum for a period, what funding the site costs: "one euro a month counts", "$3 a month")
        # (or a share of the reader's income tax, what the law lets a taxpayer assign: "2 % z dane", "1,5% podatku")
        if not (closed or after_score(block) or set_apart(block, body) or own_wrapper(block, body) or boxed_with_button(block, body) or _per_period(text)
                or tax_share(text) or points_to_profile(text)):  # (or the link in the profile, where to give: profilelink)
            return False
    return not (has_score(text) or _RECORD.match(text) or a_note(text))


# a sum of money: a figure or a currency's sign, or a currency named ("one euro", "en evro", "ein Euro", "un dollar")
_SUM = re.compile(r"\d|[€$£¥₹₽₴₺]|(?<!\w)(?:euros?|evr[oa]|eur|євро|евро|dollars?|долар\w*|доллар\w*|pounds?|złot\w*|korun\w*|"
                  r"kron\w*|forint\w*|lei|leu|lir[ae]|francs?|frank\w*|rubl\w*|рубл\w*|гривн\w*|dinar\w*|динар\w*|ringgit|"
                  r"rupiah|peso\w*|reais|real)(?!\w)", re.I)


def _per_period(text: str) -> bool:
    """A sum for a period in the line ("one euro a month", "5 € par mois", "en evro na mesec"): the price of funding
    the site ("a monthly gift" names no sum)."""
    if not _SUM.search(text):
        return False
    from .sitelines import PER_PERIOD  # (late: sitelines reads this module)
    return PER_PERIOD.search(text) is not None


def boxed_with_button(block: HtmlElement, body: HtmlElement) -> bool:
    """The block shares a wrapper of its own in the post only with a button or two: a link or a button of four words or
    fewer ("Become a member", "Quero subscribirme"), bare or alone in a line of its own. A theme's ask box, its bid
    and its button; the reviewer's lines stand in the body."""
    parent = block.getparent()
    if parent is None or parent is body or (parent.text or "").strip() or any((c.tail or "").strip() for c in parent):
        return False
    others = [c for c in parent if c is not block and isinstance(c.tag, str) and text_of(c)]
    return 1 <= len(others) <= 2 and all(
        count_words(text_of(c)) <= 4 and (c.tag in ("a", "button") or any(
            e.tag in ("a", "button") and text_of(e) == text_of(c) for e in c.iterdescendants())) for c in others)


def mark(items: list[HtmlElement], body: HtmlElement, names: tuple[str, ...], drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark a closing plea among the last two lines of the post left, after the review's last paragraph (the page's
    short lines after it, a tag row's label, a heading over a list, four words or fewer, are passed over)."""
    forwardask.mark(items, body, drop, boxes)  # (a newsletter's forward ask, its next issue's teaser: before a plea)
    nextissue.mark(items, drop, boxes)
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    page: dict = {}
    longest_after, lines, checked = 0, 0, set()
    for i in reversed(live[-6:]):
        block = items[i]
        text = text_of(block)
        words = count_words(text)
        if lines or not (words <= 4 or block.tag in _BLOCKED_TAGS[:6] or text.endswith((":", "："))):
            lines += 1
            if longest_after < 30:
                checked.add(i)
            if longest_after < 30 and (closing_plea(block, body, names, page, words) or lined_asks(block, words)
                                       or block.tag not in _BLOCKED_TAGS and (opens_on_follow(text, words)
                                       or site_account(block, text) or asked_of_us(text)
                                       or support_opening(text, words, lambda: _sites(page, body, names)))
                                       or after_review_box(block, text, words)):
                drop[i], boxes[i] = RULE, promo_box(block, body)
        longest_after = max(longest_after, words)
        if lines >= 2:
            break
    # a thread's post closed by a plea, other posts after it: the last line of a post's own box, after its text
    for i in live:
        block = items[i]
        parent = block.getparent()
        if i in drop or i in checked or parent is None or parent is body:
            continue
        words = count_words(text_of(block))
        if words > 90:
            continue
        if _closes_post(block, parent, words) \
                and (words <= _MAX_WORDS and closing_plea(block, body, names, page, words) or lined_asks(block, words)):
            drop[i], boxes[i] = RULE, block
    for i in live:  # the bidding to support the site, its funding named, set between the paragraphs
        if i not in drop and items[i].tag not in _BLOCKED_TAGS \
                and support_opening(text_of(items[i]), None, lambda: _sites(page, body, names), True, items[i]) \
                or i not in drop and items[i].tag == "blockquote" \
                and boxed_member_plea(items[i], body, text_of(items[i]), lambda: _sites(page, body, names)):
            drop[i], boxes[i] = RULE, items[i]  # (or the platform's membership plea set as a quote: memberask)
    ifhelped.mark(items, body, drop, boxes)  # a closing ask on the condition the post helped or pleased
    readeraside.mark(items, body, _sites(page, body, names), drop, boxes)  # the site's aside to its reader, closing the post
    tailasks.mark(items, body, drop, boxes)  # the writer's subscription ask beside these, a landing page's pointer to its file
    splicedask.mark(items, body, drop, boxes)  # the same conditional ask set apart between the review's paragraphs
    tipask.mark(items, body, drop, boxes)  # the writer's ask for a tip, pointing at the platform's tip widget
    asklines.mark(items, body, drop, boxes)  # Tumblr's ask-box pointer last; a tip ask boxed anywhere
    houseads.mark(items, body, names, drop, boxes)  # the paper's own podcast or e-paper pressed on the reader last
    fundbox.mark(items, body, _sites(page, body, names), SITE_KIND, drop, boxes)  # the site's funding box, anywhere
    fundaside.mark(items, body, lambda: _sites(page, body, names), drop, boxes)  # a funding line set apart, anywhere


def _sites(page: dict, body: HtmlElement, names: tuple[str, ...]) -> list[str]:
    """The site's names, folded, read once for the page (``site_names``)."""
    if "sites" not in page:
        page["sites"] = [n.casefold() for n in site_names(body, names)]
    return page["sites"]


# a thanks opening a sentence is the reader's, unless "thanks to" a giver other than "all" ("Danke an alle", "à tous")
_TO = re.compile(r"\w*\s+(?:to|a|à|al|an|aan|till|til|kepada|ke)(?!\w)(?!\s+(?:all|everyone|everybody|alle[ns]?|"
                 r"todos|todas|tutt[ei]|tou(?:s|tes)|iedereen|allen|alla|allihop|kaikille|semua|wszystkim|všem|"
                 r"vsem|tüm|всем)(?!\w))|zij", re.I); _STOP = re.compile(r"[.!?:;。！？]")


def _thanks_reader(text: str) -> bool:
    """A sentence of the line opens on thanks (not "thanks to …") or a please: it is addressed to its reader."""
    for found in (*THANKS.finditer(text), *tipask.PLEASE.finditer(text)):
        head = _STOP.split(text[:found.start()])[-1].split()  # ("Vielen Dank!", "Many thanks", "Grazie mille")
        if len(head) <= 2 and not _TO.match(text, found.end()):
            return True
    return False


def after_review_box(block: HtmlElement, text: str, words: int) -> bool:
    """A short notice on funding (``fundbox.FUND``) closing the post outside the box holding the review, right after
    it, that thanks or asks its reader ("Donations to the fund can be left at the desk. Thank you."): the publisher's,
    neither the review's (inside its box) nor the reviewer's (no first person); royalties or a price thank nobody."""
    if words > 40 or block.tag != "p" or not fundbox.FUND.search(text) or not _thanks_reader(text) \
            or FIRST_PERSON.search(text):
        return False
    box = block.getprevious()
    if box is None or box.tag not in ("div", "section") or (box.tail or "").strip() or has_score(text) or a_note(text):
        return False
    if any(isinstance(s.tag, str) and text_of(s) for s in block.itersiblings()):
        return False
    return sum(1 for c in box if c.tag == "p" and count_words(text_of(c)) >= 20) >= 2


def lined_asks(block: HtmlElement, words: int) -> bool:
    """A closing block of a few short lines set apart by line breaks, two or more of which ask the reader to act on the
    platform, two kinds of act between them ("PS: mods, pin this 🙏<br>Follow me on IG @ana<br>Like and share if it
    helped"): the post's sign-off, each line an ask or beside one. No line over thirty words, nothing with a score."""
    if words > 90 or block.tag in _BLOCKED_TAGS or block.find(".//br") is None:
        return False
    lines, line = [], []
    for piece in block.xpath(".//text() | .//br"):
        if isinstance(piece, str):
            line.append(piece)
        else:
            lines.append(" ".join("".join(line).split()))
            line = []
    lines = [t for t in [*lines, " ".join("".join(line).split())] if t]
    if not 2 <= len(lines) <= 5 or any(count_words(t) > 30 for t in lines):
        return False
    asks = [{kind for kind, pattern in READER_ACTIONS.items() if pattern.search(t)} for t in lines
            if any_action(t, fold(t))]
    asks = [kinds for kinds in asks if kinds]
    return len(asks) >= 2 and len(set().union(*asks)) >= 2 and not any(has_score(t) for t in lines)


def _closes_post(block: HtmlElement, parent: HtmlElement, words: int) -> bool:
    """The block is the last thing in a box of the body's (no text after it in its parent), and that box holds
    thirty words or more before it: a post's closing line."""
    if block.tail and block.tail.strip():
        return False
    if any(isinstance(s.tag, str) and text_of(s) for s in block.itersiblings()):
        return False
    return count_words(text_of(parent)) - words >= 30
