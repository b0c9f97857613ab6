"""The site's ask for money in the reader's own idiom, in any language: the lines the other plea rules miss.

A blog asks its reader to pay in its own local terms: a chai, a coffee or a beer stood for the writer, a payment
service of its country, a paid membership with its monthly price, patrons, "every denar goes to new books". What such a
line shares, whatever its words, is where it stands and whom it speaks to:

- closing (``closing_pay``, among the post's last three lines left, after the review's last paragraph:
  ``tailasks.mark_last_lines``), short (45 words), no heading, quotation, score or note the review carries; it names
  money given to the site: a drink (DRINK, a class of words in many languages and scripts) that is the line's own link,
  or stood for the writer ("buy me one", ``tipask.COFFEE``), or beside the bidding to support (``pleas.SUPPORT_ASK``);
  a paid membership (a member's or subscriber's word, MEMBER, with a sum for a period: SUM, ``period``); a payment
  service (PAY_SERVICE, platform knowledge) or a link to a tip host (``pay_link``) beside a bid;
- closing too, the bidding to support set as the line's label ("Support <Site>: …", ``pleas.SUPPORT_ASK`` then a colon
  within four words), the label naming the site by an inflected form of its name (Slovene "Podpri Čitalnico" of
  "Moja čitalnica", Basque "Lagundu Irakurgelari" of "Irakurgela": ``stem_named``, a word of the site's name that its
  own address spells too) or by its kind ("Give to the website:", ``pleas.SITE_KIND``);
- anywhere in the post (``own_pay_page``): a short paragraph naming the writer's own tip or membership page ("my
  Liberapay page", "our Patreon", or its link to a tip host) beside a sum for a period, a bid or the reader's liking:
  the service's name is platform knowledge, its owner the first person.

What stays: a review's sentence on a drink ("best read with a cup of chai") with no bid, link or "me"; a closing line
on the book's price or a book club's membership with no period; a character's or the author's Patreon ("her Patreon
readers"); a bid to support a cause the book tells of, no site in the label.
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from .casefold import fold, guarded
from .houseoffer import page_host
from .housekeeping import a_note
from .nodes import text_of
from .payhandle import handle_line
from .promo import is_support_link, promo_box
from .rating import has_score
from .tailasks import mark_last_lines, short_line
from .supportasides import wanting_site  # (the reader's wanting for the site by its kind, money in that clause)
from .tipask import RULE as TIP_RULE

# (read as a tip ask by the cleaning's tail: what follows a closing ask in the post's second half, not review prose, goes
# with it as its sign-off; ``boilerplate``)
RULE = f"{TIP_RULE}: pay line"
_MAX_WORDS, _MID_WORDS = 45, 60

# a drink, the tip's commonest guise, in many languages and scripts (en es pt it fr ca de nl sv da nb fi pl cs sk sl hr
# sr bs lv lt et hu ro tr el ru uk bg mk he ar fa hi mr bn ta te kn ml ja zh ko th vi id ms sw eu cy ga tl)
DRINK = guarded(re.compile(
    r"(?<!\w)(?:coffee|cuppa|chai|tea|beer|pint|latte|caf[eé]\w*|caff[eè]\w*|cafè|té|chá|thé|tè|cerve[zj]a|birra|bière|"
    r"kaffee|kaffe|koffie|bier\w*|thee|öl|øl|kahvi\w*|olut\w*|kaw[aęy]\w*|herbat\w+|piw[ao]\w*|pivo|pivce|kafe\w*|"
    r"káv\w+|kav[aueio]\w*|kaf[aueio]\w*|čaj\w*|kafij\w+|tēj\w+|arbat\w+|kohvi\w*|kávé\w*|sör\w*|cafea|cafele|bere|"
    r"kahve\w*|çay\w*|καφ[έεὲ]\w*|τσάι|μπύρ\w+|кофе|кав[ауи]\w*|каф[еау]\w*|ча[йј]\w*|пив[оа]\w*|קפה|בירה|תה|"
    r"قهو[ةه]|شاي|چای|kopi|teh|kahawa|garagardo\w*|paned|coffi|caife|cupán|kape|cà\s+phê|trà)(?!\w)"
    r"|चाय|कॉफ़ी|कॉफी|চা(?![\u0980-\u09ff])|কফি|டீ(?![\u0b80-\u0bff])|காபி|தேநீர்|టీ(?![\u0c00-\u0c7f])|కాఫీ|ಚಹಾ|ಕಾಫಿ|"
    r"ചായ(?![ം-ൿ])|കാപ്പി|コーヒー|お茶|ビール|咖啡|奶茶|커피|맥주|กาแฟ|ชานม",
    re.I))
# a drink stood for the writer ("you can buy me one", "get us a round"): the first person as the one treated, the verb
# heading its clause or after "can" ("my uncle would buy me a chai" tells a story)
BUY_ME = re.compile(r"(?:^|[,.;:!?—–(]\s*|\b(?:can|could|may|to|please)\s+)(?:buy|get|shout|stand|treat|send)\s+(?:me|us)\b",
                    re.I)
# what is stood for the writer, within four words after "me"/"us": the drink, or a word for it ("buy me one", "a round";
# not "get me the sequel")
_STOOD = re.compile(r"(?<!\w)(?:one|another|a\s+round)(?!\w)", re.I)
# the payment and tip services readers are sent to, by name, across countries (platform knowledge): inflected forms too
# ("prek PayPala"); the ambiguous English words only as their capitalised names
PAY_SERVICE = guarded(re.compile(
    r"(?<!\w)(?:paypal\w*|payfast|snapscan|m-?pesa|paytm|phonepe|razorpay|instamojo|vipps|mobilepay|satispay|bizum|"
    r"venmo|zelle|revolut\w*|ko-?fi|liberapay|patreon\w*|buy\s?me\s?a\s?coffee|tipeee|patronite|boosty|donorbox|"
    r"open\s?collective|github\s+sponsors|gcash|promptpay|paypay|kakaopay|alipay|wechat\s+pay|fanbox|flattr|"
    r"steadyhq|memberful|saweria|trakteer|cafecito|"
    # (and the wallets and crowdfunding hosts of more countries: hy Idram, ca/es Verkami and Goteo, fr Ulule and
    # KissKissBankBank, African mobile money, South Asian and Central Asian wallets, ru YooMoney, kk Kaspi, et Telebirr
    # in both scripts, ht MonCash and NatCash, tr Papara, sv the verb of Swish: "swisha")
    r"idram\w*|verkami|goteo|ulule|kisskissbankbank|mobile\s+money|m(?:tn|oov)\s+momo|orange\s+money|airtel\s+money|"
    r"ecocash|telebirr|easypaisa|jazzcash|bkash|nagad|esewa|khalti|yoomoney|ю\s?money|юмани|kaspi|payconiq|tikkie|"
    r"nequi|daviplata|yape|sinpe\s+m[oó]vil|moncash|natcash|papara|swisha\w{0,3}|"
    # (more mobile money, plea40: West Africa's Moov and Lonestar money and MoMo, OPay and PalmPay; East Africa's Tigo
    # Pesa, HaloPesa, T-Kash and CBE Birr; Southern Africa's Mpamba, OneMoney, InnBucks, MyZaka, Smega and Mukuru; the
    # Levant's Whish Money, Zain Cash, Jawwal Pay and PalPay, Egypt's Vodafone Cash and InstaPay, the Gulf's STC Pay
    # and BenefitPay (one word: "benefit pay" is a state's money, rev-plea40), Israel's PayBox; the capitalised short
    # names alone: OMT, MoMo, Israel's Bit after "through/via")
    r"(?:moov|lonestar)\s+(?:money|momo)|opay|palmpay|tigo\s?pesa|halo\s?pesa|t-kash|"
    r"cbe\s?birr|mpamba|onemoney|innbucks|myzaka|smega|mukuru|whish\s+money|zain\s?cash|jawwal\s?pay|palpay|"
    r"vodafone\s+cash|instapay|stc\s?pay|benefitpay|paybox)(?!\w)|(?-i:\bOMT\b|\bMoMo\b)|"
    r"(?-i:(?:(?<=through\s)|(?<=via\s)|(?<=with\s)|(?<=by\s))Bit\b)|(?<!\w)[בל]?(?:ביט|פייבוקס)(?!\w)|ቴሌብር|(?-i:\bUPI\b|\bSwish\b|\bTwint\b|\bZapper\b|\bCash\s?App\b)|"
    r"(?<!\w)sponsor\w*\s+(?:\S+\s+){0,3}on\s+github\b|支付宝|微信支付|微信赞赏|토스",
    re.I))
# a sum of money: a currency's sign by a figure, or a figure with a currency's sign or name after it
SUM = re.compile(
    r"[€$£¥₹₽₴₺₩₦₱฿₫]\s?\d|\d[\d.,]*\s?(?:[€$£¥₹₽₴₺₩₦₱฿₫]|円|元|원|(?:eur\w*|dollars?|pounds?|rupees?|kr|zł|kč|ft|lei|"
    r"руб\w*|грн|рупи\w*|रुपये|রুপি|ரூபாய்|രൂപ|denar\w*|денар\w*|dinar\w*|динар\w*)(?!\w))", re.I)
# the period a sum pays for, where ``sitelines.PER_PERIOD`` and ``fundaside`` have none (ta hi bn ml te kn ja zh ko)
_PERIOD = re.compile(r"மாதம்|மாதந்தோறும்|மாதாந்திர|महीने|मासिक|মাসে|মাসিক|മാസം|മാസന്തോറും|నెలకు|ತಿಂಗಳಿಗೆ|"
                     r"પ્રતિ\s+માસ|દર\s+મહિને|માસિક|ਪ੍ਰਤੀ\s+ਮਹੀਨਾ|ਹਰ\s+ਮਹੀਨੇ|ماہانہ|فی\s+ماہ|ہر\s+ماہ|दरमहा|प्रति\s+माह|"
                     r"月額|毎月|月々|每月|每個月|매달|매월")
# a member's, a patron's or a subscriber's word (and the membership): where ``fundaside.MEMBERSHIP`` has none
MEMBER = guarded(re.compile(
    r"(?<!\w)(?:members?hip|members|patrons?|subscri(?:bers?|ptions?)|abonn\w+|abonament\w*|suscrip\w+|assinatur\w+|"
    r"abbonament\w+|mitgliedschaft\w*|lidmaatschap|prenumera\w+|předplat\w+|predplat\w+|pretplat\w+|подписк\w+|"
    r"передплат\w+|абонамент\w*|членств\w*|üyelik\w*|langganan|keanggotaan|uanachama)(?!\w)"
    r"|メンバーシップ|会員|有料|会员|會員|订阅|訂閱|멤버십|회원|구독|சந்தா|सदस्य|সদস্য|അംഗത്വ|വരിക്കാ|సభ్యత్వ|"
    r"ಸದಸ್ಯತ್ವ|สมาชิก",
    re.I))
# the first person owning the service ("my Liberapay page", "our Patreon", "mi Ko-fi", "meu PayPal")
_OWNER = re.compile(r"(?<!\w)(?:my|our|mi|mis|nuestr[oa]|meu|minha|nosso|mon|ma|notre|il\s+mio|mein\w*|unser\w*|mijn|"
                    r"onze|min|mitt|vår|mo[jy]\w*|mój|moje|мо[йяеё]\w*|наш\w*)\s+(?:own\s+)?$", re.I)
# the kinds that can only be a web place ("the website", cy "y wefan", "the blog"): mid-text with no money named too
_WEB_KIND = re.compile(r"(?<!\w)(?:web\w*|g?wefan\w*|blog\w*|site\w*|sajt\w*|сайт\w*|веб\w*|блог\w*|ბლოგ\w*|საიტ\w*)", re.I)
_LABEL = re.compile(r"[:：]|\s[–—]\s")
_QUOTED = re.compile(r"^\W{0,3}[\"“”„«»‘‚‹›「『]")
_LETTERS = re.compile(r"[^\W\d_]{5,}")


def _plain(text: str) -> str:
    """Folded, without diacritics: how an address spells a name ("čitalnica" as "citalnica")."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold(text)) if not unicodedata.combining(c))


def period(text: str) -> bool:
    """A period a sum pays for: "a month", "monthly", "月額", "மாதம்" (the plea rules' tables and this one's)."""
    from .fundaside import _PERIOD as EUROPEAN  # (late: fundaside reads this module)
    from .sitelines import PER_PERIOD  # (late: sitelines reads the plea modules)
    return bool(_PERIOD.search(text) or PER_PERIOD.search(text) or re.search(EUROPEAN, text, re.I))


def host_words(root: HtmlElement, names) -> list[str]:
    """The words of the site's names and of the page title (five letters or more) that its own address spells too
    (``houseoffer.page_host``, the canonical link's or og:url's: "citalnica" of "moja-citalnica.…", "cedarline" of
    "cedarlinepoems.…")."""
    host = _plain(page_host(root)).removeprefix("www.")  # (its "www." no label of the name: "www.x.fr" spells "x")
    if not host:
        return []
    title = root.find("head/title")
    source = " ".join([*names, title.text if title is not None and title.text else ""])
    labels = host.split(".")[:-2] or host.split(".")[:1]
    spelled = "".join(labels).replace("-", "")
    return sorted({w for w in _LETTERS.findall(_plain(source)) if w in spelled and w not in ("example", "blogspot")})


def stem_named(text: str, words: list[str]) -> bool:
    """The text names one of `words` as a word of its own, or inflected: the word less its last letter, then three
    letters at most ("Čitalnico" of "čitalnica", "Irakurgelari" of "irakurgela", "plauktu" of "plaukts")."""
    plain = _plain(text)
    # (or, a word of nine letters or more, its last three letters changed: a stem's consonant gradation, fi "Runotupia"
    # of "runotuvat", et "Lugemiskassi")
    return any(len(w) - 1 <= len(found) <= len(w) + 3
               for w in words for found in re.findall(rf"(?<!\w){re.escape(w[:-1])}\w*", plain)) or any(
        len(w) - 1 <= len(found) <= len(w) + 3 and _graded(w[-3], found[len(w) - 3])
        for w in words if len(w) >= 9 for found in re.findall(rf"(?<!\w){re.escape(w[:-3])}\w{{2,5}}(?!\w)", plain))


# the consonants a stem's gradation trades (fi et: p~v, t~d, k~g/j/v, p~m, t~l/n/r): the changed stem's first changed
# letter is the name's own or its partner ("tupa" ~ "tuva"), not any word sharing six letters ("lukutunti" of "lukutuvat")
_GRADES = {frozenset(p) for p in ("pv", "td", "kg", "kj", "kv", "pm", "tl", "tn", "tr")}


def _graded(own: str, found: str) -> bool:
    return own == found or frozenset((own, found)) in _GRADES


def _nowhere_or_pays(a: HtmlElement) -> bool:
    """A button's link: none, a script's, a fragment the page holds no target for, or a tip host's (a footnote's or a
    contents list's "#chai" goes to its own recipe or note, a place in the post)."""
    href = (a.get("href") or "").strip()
    if href.startswith("#") and len(href) > 1:
        key = href[1:]
        return not any(el.get("id") == key or el.get("name") == key for el in a.getroottree().iter())
    return not href or href.startswith(("#", "javascript:")) or pay_link(a)


def pay_link(block: HtmlElement) -> bool:
    """The block holds a link to a tip jar, a membership host or a sponsorship page (``promo.is_support_link``, GitHub's
    Sponsors)."""
    return any(is_support_link(href) or "github.com/sponsors/" in href
               for a in block.iter("a") if (href := (a.get("href") or "").strip()))


def _bid(text: str) -> bool:
    from .pleas import SUPPORT_ASK  # (late: pleas reads this module through fundaside)
    from .tipask import bids
    return bool(SUPPORT_ASK.search(text)) or bids(text)


def _drink_for_site(block: HtmlElement, text: str) -> bool:
    """A drink the line's own link names, or one stood for the writer, or beside the bidding to support ("Support the
    shelf with a coffee"; "give it a quiet evening and a pot of tea" bids the reader read, not pay)."""
    from .pleas import SUPPORT_ASK  # (late: pleas reads this module through fundaside)
    from .profilelink import points_to_profile
    from .tipask import COFFEE
    if not DRINK.search(text):
        return False
    if any(DRINK.search(text_of(a)) and len(text_of(a).split()) <= 5 and _nowhere_or_pays(a) for a in block.iter("a")):
        return True  # (a button's link, going nowhere or to a tip host: not a link to the tea shop the review names)
    stood = any(DRINK.search(after := _next(text, m.end(), 4)) or _STOOD.search(after) for m in BUY_ME.finditer(text))
    bidden = any(DRINK.search(_next(text, m.end(), 6)) for m in SUPPORT_ASK.finditer(text))  # ("Podpri blog s kavo")
    return bool(stood or _treated(text, COFFEE) or points_to_profile(text) or bidden)


# a Romance verb of treating with no first person in it or after it ("invita un cafecito"): the reader bidden only when it
# heads its clause; after its subject it tells the story ("la protagonista invita un cafecito a su vecina": test_body_h52)
_BARE_TREAT = re.compile(r"(?:inv[ií]ta|c[oó]mpra|pag[au]e?|offri)\w*", re.I)
_FIRST = re.compile(r"(?<!\w)(?:me|mi|nos)(?!\w)|\w(?:me|mi|nos)(?!\w)", re.I)
_CLAUSE_HEAD = re.compile(r"(?:^|[,.;:!?¡¿—–(])\W*$")


def _treated(text: str, coffee) -> bool:
    """``tipask.COFFEE`` found as a treat for the writer: its Romance verb bears the first person or heads its clause."""
    for found in coffee.finditer(text):
        verb = _BARE_TREAT.match(found.group())
        if not verb or _FIRST.search(found.group()) or _CLAUSE_HEAD.search(text[:found.start()]):
            return True
    return False


def _next(text: str, end: int, words: int) -> str:
    """The `words` words after `end`: what a bidding or "buy me" asks for stands there (the drink a bidding names
    before it, "if you love coffee, support the roasters", is the reader's, not the bid's)."""
    return " ".join(text[end:].split()[:words])


# a tip button's own words, whatever the treat ("Buy me a bannock", "Get us a samosa"): the bid to stand the writer
# something opening the link's text ("send me a photo", "treat me better": a message or a story's plea, rev-plea40)
_BUTTON_BUY = re.compile(r"^\W*(?:buy|get|shout|stand)\s+(?:me|us)\s+(?:a|an|one|some)(?!\w)", re.I)


def treat_button(block: HtmlElement) -> bool:
    """A short paragraph whose own link is a tip button: its text the bid to stand the writer a treat (five words at
    most), going nowhere or to a tip host (``_nowhere_or_pays``; a linked title, "Buy Me a River", goes to its page)."""
    if block.tag not in ("p", "div") or block.find(".//a") is None or not (text := short_line(block, _MAX_WORDS)):
        return False
    if _QUOTED.match(text) or has_score(text):
        return False
    return any(len(words.split()) <= 5 and _BUTTON_BUY.match(words) and _nowhere_or_pays(a)
               for a in block.iter("a") if (words := text_of(a)))


def paid_membership(text: str) -> bool:
    """A membership, a patron's or a subscriber's word with a sum for a period ("月額300円", "மாதம் ₹120")."""
    from .fundaside import MEMBERSHIP
    return bool(MEMBER.search(text) or MEMBERSHIP.search(text)) and bool(SUM.search(text)) and period(text)


def _labelled(text: str, body: HtmlElement, sites, closing: bool = True, block: HtmlElement | None = None) -> bool:
    """The bidding to support set as the line's label, naming the site inflected, or by its kind, inside the label: the
    kind among the `closing` lines, or elsewhere with money after the label (its sum, a funding word, a service, a tip
    host's link in `block`)."""
    from .pleas import SITE_KIND, SUPPORT_ASK
    head = text.lstrip(" \t•·-–—*>»")
    opening = SUPPORT_ASK.match(head[:40])
    label = _LABEL.search(head, opening.end()) if opening else None
    if label is None or len(head[opening.end():label.start()].split()) > 4:
        return False
    named, rest = head[:label.start()], head[label.end():]
    if stem_named(named, host_words(body.getroottree().getroot(), sites())):
        return True
    # (mid-text a kind names the site only with money after the label: "Support the club: the narrator's father says
    # it every Saturday" names the book's club; ``supportlabel``'s funded line too)
    from .fundbox import FUND, THANKED
    funded = any(p.search(rest) for p in (FUND, THANKED, SUM, PAY_SERVICE)) or block is not None and pay_link(block)
    return bool(SITE_KIND.search(named)) and (closing or funded or bool(_WEB_KIND.search(named)))


def closing_pay(block: HtmlElement, body: HtmlElement, sites) -> bool:
    """A closing line that asks the reader to pay the site in its own idiom (see the module docstring)."""
    if not (text := short_line(block, _MAX_WORDS)) or _QUOTED.match(text) or has_score(text) or a_note(text, block):
        return False
    if _drink_for_site(block, text) or paid_membership(text) or _labelled(text, body, sites) or wanting_site(text):
        return True
    from .memberask import BECOME_MEMBER  # (or the bidding to become its patron there: "Become a patron on Ulule")
    return bool(PAY_SERVICE.search(text) or pay_link(block)) and (_bid(text) or bool(BECOME_MEMBER.search(text)))


def own_pay_page(block: HtmlElement, body: HtmlElement, sites) -> bool:
    """A short paragraph naming the writer's own tip or membership page, or linking a tip host (a quotation box too:
    no book's words link a sponsorship page), beside a sum for a period, a bid, the reader's liking or the site's name
    (module docstring)."""
    text = text_of(block) if block.tag == "blockquote" and pay_link(block) else short_line(block, _MID_WORDS)
    if block.tag not in ("p", "div", "blockquote") or not text or len(text.split()) > _MID_WORDS or _QUOTED.match(text):
        return False
    owned = any(_OWNER.search(text[:m.start()]) for m in PAY_SERVICE.finditer(text))
    if not (owned or pay_link(block)) or has_score(text) or a_note(text, block):
        return False
    from .fundaside import LIKING, PRICED_PERIOD, _site_named
    return bool(PRICED_PERIOD.search(text) or SUM.search(text) and period(text) or LIKING.search(text)) or _bid(text) \
        or _site_named(text, body, sites)


def labelled_line(block: HtmlElement, body: HtmlElement, sites) -> bool:
    """A short line anywhere whose label is the bidding to support the site, named inflected or by its kind."""
    if not (text := short_line(block, _MAX_WORDS)) or _QUOTED.match(text) or has_score(text) or a_note(text, block):
        return False
    return _labelled(text, body, sites, False, block)


def mark(items: list[HtmlElement], body: HtmlElement, sites, drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark the closing pay lines among the last three left, then the writer's own pay page, the labelled bidding and
    a payment service with its handle anywhere."""
    mark_last_lines(items, drop, boxes, lambda block: closing_pay(block, body, sites), RULE)
    for i, block in enumerate(items):
        # (or a payment service with its number or merchant code, anywhere: ``payhandle``; or a tip button's treat)
        if i not in drop and (own_pay_page(block, body, sites) or labelled_line(block, body, sites)
                              or handle_line(block) or treat_button(block)):
            drop[i], boxes[i] = RULE, promo_box(block, body)
