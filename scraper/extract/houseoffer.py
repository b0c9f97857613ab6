"""The house's own product offered by name or by its box's link: a paid tier's trial, the podcast, the app.

``houseads`` reads a line that names the house's product by its kind's word (a podcast, an e-paper, a supplement) and
the house by its name or "our". A news site's box inside or at the edge of an article offers its own products in two
more shapes, whatever the language:

- the paid tier's trial: the site's name with its tier's word right after it ("<Site> Plus", "<Site>+", "<Site>
  Premium", "<Site> Digital", "<Site> Abo") and a word of the offer: a bid to try or test it, a free period, a price,
  or the subscription's cancelling ("<Site> Plus testen: four weeks, then cancel monthly", "Prova <Site> Premium
  gratis", "Essayez <Site> Premium", "Prøv <Site> Pluss"). The site's name is the one ``pleas.site_names`` reads, or a
  word of it that is also a label of the page's host ("Cicero" of "Cicero Online" at cicero.example): the brand the
  tier is named after, as the title's "<Brand> Online" or "<Brand> Magazin" does not write it alone (``brands``).
- the product named by its box's link: the line, or the box it shares only with a button or two (``pleas.
  boxed_with_button``), links a page of the site itself (a relative address or the page's own host) whose path
  names the product: the podcast ("/podcast/…", "/podkast/…", "/podd/…"), the app ("/app", or an app store's
  address), the subscription ("/abo", "/abonnement", "/subscribe", "/plus"), the site's free downloads ("/printables",
  "/freebies": ``_FREE_PATH``). The line is then the house's offer when it says what the reader is asked to do with it:
  listen (``houseads.LISTEN``) for the podcast, get or use the app (an app's word or ``applines``' bidding) for the
  app, try it or its free period (``_TRIAL``) for the subscription, the download offered free
  ("<b>Listen to <Show>:</b> every Friday the desk talks books <a href=/podcast/show>Latest episode</a>").

Both are short (30 words), hold no score and no note the review carries. A review's "I read it on <Other> Plus" names
no tier of the site's; "the <Site> Plus review was kinder" offers nothing; a reviewer's paragraph that links an
earlier review of the site's names no product in the link's path; "listen to the author's interview <a
href=//other.example/podcast>…</a>" links another site.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .casefold import fold
from .housekeeping import a_note
from .nodes import NOT_LINES, relative_link, text_of
from .rating import has_score
from .sitedomain import declared_hosts
from .words import count_words

_MAX_WORDS = 30
# the tier's word right after the site's name (folded text): "+", plus, premium, pro, digital, abo, club, extra …
# (and the membership the house sells under its name, CJK glued to it: "<Site>会員登録", "<Site>회원", "<Site>会员")
_TIERS = r"(?:plus|pluss|premium|pro|digital|digitale|abo|club|klub|extra|select|unlimited)(?!\w)"
_CJK_TIERS = "会員|会员|會員|회원|メンバー|プレミアム|프리미엄"
_TIER_AFTER = re.compile(rf"[\s-]*(?:\+|{_TIERS}|(?:{_CJK_TIERS}|高级会员|高級會員))")
TIER_WORD = re.compile(rf"\+|(?<!\w){_TIERS}|{_CJK_TIERS}", re.I)
# the offer: try or test it, a free period, its cancelling (en de fr es pt it nl sv da nb fi pl cs sk hu ro ru uk tr el
# hr/sr/bs sl lt lv et id vi; ja ko zh)
_TRIAL = re.compile(
    r"(?<!\w)(?:try|trial|test(?:en|e|ez|a|ar|aa|uj|ujte)?|probier\w*|ausprobier\w*|essa(?:yez|ie|yer)|découvr(?:ez|ir)|"
    r"prueb[ae]\w*|prob[aá](?:lo|la)?|experiment[ae]\w*|prova(?:te|lo)?|proveu|probeer\w*|prøv\w*|kokeile\w*|wypróbuj\w*|"
    r"vyzkoušej\w*|vyskúšaj\w*|próbál\w*|încearcă|încercați|попробуй\w*|спробуй\w*|dene(?:yin)?|δοκιμάσ\w*|isprobaj\w*|"
    r"preizkusi\w*|išbandyk\w*|izmēģin\w*|proovi\w*|coba(?:lah)?|thử|free|gratis|kostenlos\w*|gratuit\w*|grátis|ilmai\w*|"
    r"darmow\w*|zdarma|zadarmo|ingyen\w*|бесплатн\w*|безкоштовн\w*|ücretsiz|δωρεάν|besplatn\w*|brezplačn\w*|nemokam\w*|"
    r"bezmaksas|tasuta|kündbar|kündig\w*|cancel\w*|résili\w*|sans\s+engagement|sin\s+permanencia|sem\s+fidelidade|"
    r"senza\s+vincol\w*|opzegbaar|uppsägning\w*|opsig\w*|bindingstid|irtisano\w*|bez\s+zobowiązań|bez\s+závazků|"
    r"bez\s+záväzkov|lemondható|"
    # (or its offers named: en de fr es pt it nl sv da nb fi pl cs sk hu ro ru uk tr el hr sl lt lv et id vi)
    r"offers?|angebot\w*|offres?|ofertas?|offert[ae]|aanbieding\w*|aanbod|erbjudand\w*|tilbud\w*|tarjou\w*|"
    r"ofert[ayę]|nabídk\w*|ponuk\w*|ajánlat\w*|oferte|предложени\w*|пропозиц\w*|fırsat\w*|προσφορ\w*|ponud\w*|"
    r"pasiūlym\w*|piedāvājum\w*|pakkumi\w*|penawaran|ưu\s+đãi)(?!\w)|お試し|無料|체험|무료|试用|試用|免费|免費|特典|혜택|优惠|優惠", re.I)
# a product's page of the site, by its path: the podcast, the app, the subscription — the product's word as a whole
# segment of the path ("/podcast/", "/abo"), never a word inside a post's slug ("/2023/04/trial-by-water-review/",
# "/plus-one-review/", "/app-for-grief/" are the site's reviews, which a reviewer recommends)
_PODCAST_PATH = re.compile(r"/(?:podcasts?|podkast\w*|podd\w*|podcast\w*|подкаст\w*)(?:/|$|\?)", re.I)
_APP_PATH = re.compile(r"/(?:apps?|mobile-?apps?|appen|aplicacion|aplicativo|applicazione|appli)(?:/|$|\?)", re.I)
_SUB_PATH = re.compile(r"/(?:abo|abos|abonnement\w*|abonnieren|abbonament\w*|suscripci\w+|assinatura\w*|subscri\w+|"
                       r"prenumer\w+|tilaa|plus|premium|digital-?abo\w*|trial|testabo\w*|probeabo\w*)(?:/|$|\?)", re.I)
# the site's own free downloads (printables, worksheets, freebies: a teaching or a homeschooling blog's offer), a
# whole segment of the path or a static page's name ("/p/printables.html", "/freebies/", "/downloads")
_FREE_PATH = re.compile(r"/(?:printables?|freebies?|downloads?|worksheets?|free-?(?:printables?|resources|downloads?))"
                        r"(?:/|$|\?|\.html?$)", re.I)
# ... offered free (a download is given, not tried: a review's "try the script we used" offers nothing)
_FREE = re.compile(r"(?<!\w)(?:free|gratis|kostenlos\w*|gratuit\w*|grátis|ilmai\w*|darmow\w*|zdarma|zadarmo|ingyen\w*|"
                   r"бесплатн\w*|безкоштовн\w*|ücretsiz|δωρεάν|besplatn\w*|brezplačn\w*|nemokam\w*|bezmaksas|tasuta)(?!\w)|"
                   r"無料|무료|免费|免費", re.I)
_STORE = re.compile(r"(?:^|\.)(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|appgallery\.huawei\.com)$", re.I)
# the app's word in the line (a compound with the site's name: "<Site>-App", "<Site>appen")
_APP_WORD = re.compile(
    r"(?<![^\W\d_])(?:[\w.]+-)?(?:apps?|appen|appi\w*|appar|äpp|applis?|application|aplicaci[óo]n|aplicativo|aplica[çc][ãa]o|"
    r"applicazione|aplicació|aplikacj\w+|aplikac\w+|aplikáci\w+|alkalmazás\w*|aplicați\w+|приложени\w+|застосун\w+|додаток|"
    r"εφαρμογ\w+|uygulama\w*|aplikasi|sovellu\w+|rakendus\w*|lietotn\w+|programėl\w+)(?!\w)|\w+appen(?!\w)|アプリ|앱|客户端|客戶端", re.I)


def page_host(body: HtmlElement) -> str:
    """The page's own host, from its canonical address or its og:url, the first that has one ("" when it gives
    neither; ``sitedomain.declared_hosts``)."""
    return next((host for host in declared_hosts(body) if host), "")


def brands(sites: list[str], host: str) -> list[str]:
    """The site's names (casefolded), and each word of them that is also a label of the host (its brand: "cicero" of
    "cicero online" at www.cicero.example; "linkiesta" of "linkiesta.it")."""
    labels = {label for label in host.split(".")[:-1] if len(label) >= 3 and label != "www"}
    # (a name written as the site's domain, "linkiesta.it", gives its first label: "linkiesta")
    words = [w for name in sites for word in name.split() for w in (word, word.split(".")[0]) if len(w) >= 3 and w in labels]
    return list(dict.fromkeys([*sites, *words]))


def tier_offer(text: str, names: list[str]) -> bool:
    """The site's name with its paid tier's word right after it, and a word of the offer (module docstring)."""
    if not TIER_WORD.search(text) or count_words(text) > _MAX_WORDS:
        return False
    folded = fold(text)
    tiered = False
    for name in names:
        at = folded.find(name)
        while at != -1 and not tiered:
            end = at + len(name)
            tiered = not (at and folded[at - 1].isalnum()) and bool(_TIER_AFTER.match(folded, end))
            at = folded.find(name, end)
        if tiered:
            break
    if not tiered:
        return False
    from .promo import PRICE  # (late: promo reads this module's callers)
    return bool(_TRIAL.search(text) or PRICE.search(text)) and not (has_score(text) or a_note(text))


def _box_links(block: HtmlElement, body: HtmlElement) -> list[HtmlElement]:
    """The line's links, and the button beside it in a box of their own (``pleas.boxed_with_button``)."""
    links = list(block.iter("a"))
    parent = block.getparent()
    if parent is not None and parent is not body and any(c.tag == "a" for c in parent):
        from .pleas import boxed_with_button  # (late: pleas calls houseads, which calls this module)
        if boxed_with_button(block, body):
            links += [c for c in parent if c.tag == "a"]
    return links


def may_link(block: HtmlElement, body: HtmlElement) -> bool:
    """The cheap first test of ``linked_offer``: the line or its wrapper holds a link."""
    if block.find(".//a") is not None:
        return True
    parent = block.getparent()
    return parent is not None and parent is not body and any(c.tag == "a" for c in parent)


def linked_offer(block: HtmlElement, text: str, body: HtmlElement, host: str) -> bool:
    """The line (or its box) links the site's own podcast, app or subscription page, and says what the reader is asked
    to do with it (module docstring)."""
    if count_words(text) > _MAX_WORDS:
        return False
    from .promo import same_site  # (late: promo reads this module's callers)
    kinds = set()
    for a in _box_links(block, body):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        parts = urlsplit(href)
        target = (parts.hostname or "").lower()
        if target and _STORE.search(target):
            kinds.add("app")
            continue
        if target and not host or not same_site(href, host):
            continue  # (another site's page: the author's podcast, a shop; any host's when the page names none)
        path = parts.path or ""
        if _PODCAST_PATH.search(path):
            kinds.add("podcast")
        if _APP_PATH.search(path):
            kinds.add("app")
        if _SUB_PATH.search(path):
            kinds.add("subscription")
        if _FREE_PATH.search(path):
            kinds.add("download")
    if not kinds:
        return False
    from .houseads import LISTEN  # (late: houseads calls this module)
    from .applines import MORE
    from .platforms import READER_ACTIONS
    said = ("podcast" in kinds and LISTEN.search(text)) or ("app" in kinds and (
        _APP_WORD.search(text) or READER_ACTIONS["app"].search(text) or MORE.search(text))) \
        or ("subscription" in kinds and _TRIAL.search(text)) or ("download" in kinds and _FREE.search(text))
    return bool(said) and not (has_score(text) or a_note(text))


_BOX_TAGS = ("div", "aside", "section")
_LEAD_CLOSED = (":", "：")


def led_box(block: HtmlElement) -> bool:
    """The house's box set between the review's paragraphs as one line of its own (a div, aside or section holding
    only inline text, or a paragraph), opening on a bold lead of eight words at most and closed by a short link to a
    page of the site itself, its button ("<div><b>Try <Site> Plus:</b> four weeks … <a href=/abo>To the offer</a></div>",
    "<div><b><Site>会員登録はこちら</b>：… <a href=/register>今すぐ登録</a></div>"); or a box whose bold lead a colon
    closes (``fundbox.led_box``). A reviewer's paragraph opens on prose, and its links go to the book's pages."""
    if block.tag not in _BOX_TAGS and block.tag != "p" or (block.text or "").strip():
        return False
    children = [c for c in block if isinstance(c.tag, str)]
    if len(children) < 2 or children[0].tag not in ("strong", "b") or count_words(text_of(children[0])) > 8:
        return False
    from . import fundbox  # (late: fundbox reads memberask)
    if any(c.tag in NOT_LINES or c.tag in ("p", "div") for c in children):
        return False
    if block.tag in _BOX_TAGS and fundbox.led_box(block, block.getparent()):
        return True
    last = children[-1]
    closed = last.tag == "a" and not (last.tail or "").strip(" .!。") and fundbox.button(last) and relative_link(last)
    if not closed:
        return False
    lead = text_of(children[0]).rstrip()
    return block.tag in _BOX_TAGS or lead.endswith(_LEAD_CLOSED) or fundbox.led_and_closed(block) \
        or (children[0].tail or "").lstrip().startswith(_LEAD_CLOSED)

