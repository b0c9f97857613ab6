"""The blog's buy-here line set into the post body: fr "Achetez-le chez un libraire du quartier via <shop>.example",
gl "Merca a novela na libraría máis próxima", it "Acquistalo tramite il link: al blog va una piccola percentuale",
ro "Comandă romanul de la <a>…</a>", ar "رابط الشراء من متجر … في التعليق الأول", fa "<a>خرید کتاب از …</a>".

Blogs send the reader to a shop under the review, with or without an affiliate programme named (``partnerline`` and
``adnotice`` read the programme; this line may name none): the shop's line, not the review's words. Its shape, in any
language:

- it opens (a symbol or an emoji before it at most) on the bid to buy or order the book: the imperative (or the
  polite or plural form) of buying or ordering, a gerund of buying ("Comprando a través de…", "By buying…",
  "Buying through…"; not the English gerund as a subject, "Buying books at the shop downstairs is how she meets
  him"), or the buy link named as the line's subject ("Buy link", ar "رابط الشراء", fa "لینک خرید") (``BUY_OPEN``);
  not the tip jar's "Buy me a coffee", nor the word read as a noun (a comma or a conjunction after it, "Order, says
  the bookseller, …", "Compra e venda de …"; en "buy", "order", "purchase" with no object after, "Order matters");
  ja zh ko the buying noun only as a label or a link's head ("購入はこちら", "구매처"; not "구매한 책");
- its first clause (up to the first stop, a semicolon, "!" or "?") names where to buy: a bookshop or a shop
  (``SHOP``: bookshop, libraire/librairie, librería, libraría, livraria, Buchhandel, księgarnia, مكتبة …), the link
  (``partnerline.PARTNER_LINK``), a retailer by name (``platforms.RETAILER_NAME``), a shop's web address ("via shop.ca"), or
  a link's label;
- a short line (40 words at most), not a heading, quotation, list or table, no score, no free copy's note;
- after the review's last paragraph (no line of 30 words or more after it) and its score, or as the body's last
  line, or anywhere when typeset apart (small print, wholly in italics, a box of its own): ``partnerline.mark``
  gives the place.

What stays: a review's sentence about buying ("I bought it at the shop on the square": no bid), a bid with no shop
("Buy it, read it, pass it on"), a shop in another clause than the bid ("Buy it for your nephew; the bookshop scenes
alone are worth it"), and the same bid in the review's plain paragraphs before its end or its score (a short review's
closing advice, "Buy it at the shop round the corner; it is worth every cent", then one more paragraph). Also (rev-bpaffil):
a quotation ("“Order it from the shop in town,” says Marta", es "—Cómpralo en la librería —dijo", the book's or a
character's words: an opening mark closed later in the line); the shop, link or retailer named after the bid's reason,
not its place ("Buy it for the bookshop scenes alone", "for Bertrand, the ferryman", ru "ради глав о ссылке", de
"wegen Thalia": ``_PURPOSE``, a price after it aside, "for £9 at …"); and a link to the blog's own pages ("Get it now,
and read <a href="/…">my review of the prequel</a> first"): the link's label names where only when it leads out.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .housekeeping import a_note
from .nodes import text_of
from .partnerline import PARTNER_LINK
from .platforms import RETAILER_NAME
from .promo import same_site
from .rating import has_score
from .tailasks import short_line  # (40 words at most, not a heading, quotation, list, table or figure)

RULE = "buy line"
# the bid to buy or order opening the line: en fr es pt gl ca it de nl sv da nb fi pl cs sk sl hr ru uk ro hu tr el id
# vi he ar fa hi ja zh ko (imperatives with their clitics, "Achetez-le", "cómpralo"; gerunds; the buy link as subject)
BUY_OPEN = re.compile(
    r"^\W*(?P<bid>(?:buy(?!\s+(?:me|us)\b)|order|purchase|pre-?order|get\s+(?:it|a\s+copy|your\s+copy)|grab\s+(?:it|a\s+copy)|"
    r"by\s+(?:buying|ordering|purchasing)|(?:buying|ordering|purchasing)(?=\s+(?:through|via)\b)|achetez|achète|commandez|procurez-vous|en\s+(?:achetant|commandant)|"
    r"compra(?:lo|la|los|las|li|le)?|cómpra(?:lo|la|los|las)|compre|compren|pide|pídelo|pídela|adquiere|adquira|encomende|comprando|"
    r"merca|mérca(?:o|a|os|as)|mercando|encarga|compreu|comprant|compratelo|acquista(?:lo|la|li|le)?|acquistate|ordina(?:lo|la|li|le)?|acquistando|"
    r"kauf|kaufe|kauft|kaufen\s+sie|bestell|bestelle|bestellt|bestellen\s+sie|koop|bestel|köp|beställ|kjøp|bestill|"
    r"køb|bestil|osta|tilaa|kup|kupcie|zamów|zamówcie|kupte|objednejte|kúpte|objednajte|kupite|naručite|купите|купи|"
    r"закажите|купіть|купуйте|замовте|cumpără|cumpărați|cumpărați-o|comandă|comandați|vásárold|rendeld|"
    r"satın\s+al(?:ın)?|sipariş\s+ver(?:in)?|αγοράστε|παραγγείλτε|beli(?:lah)?|mua|קנו|הזמינו|"
    r"buy\s+link|purchase\s+link|lien\s+d['’]achat|enlace\s+de\s+compra|link\s+(?:de|para)\s+compra|kauflink|"
    r"link\s+d['’]acquisto|link\s+de\s+cumpărare)(?![\w'’])(?:-\w+)?|"
    r"(?:(?:لینک\s+)?خرید|بخرید|اشتر(?:ي|وا)?|رابط\s+(?:ال)?شراء|खरीदें)(?!\w)|"
    # (ja zh ko: the buying noun as a label or the link's head, "購入はこちら", "购买链接", "구매처"; not "구매한 책")
    r"(?:購入|购买|購買|구매|주문)(?=\s*(?:[:：|｜]|はこちら|先|链接|連結|地址|처|링크)))",
    re.I)
# the shop where to buy (stems, any inflection): en fr es/it gl/pt/ro ca de nl sv/nb da pl cs tr hu fi ru/uk vi id/ms he
# hi ar fa ja zh ko
_SHOP_STEMS = (
    r"book-?shops?|book-?stores?|booksellers?|shops?|stores?|retailers?|librair\w*|librer[ií]a\w*|"
    r"librar[ií](?:a|as|e|i|ile)\b|librări\w*|llibrer\w*|livrar\w*|buchhand\w*|buchlad\w*|boekhandel\w*|boekwinkel\w*|"
    r"bokhandel\w*|boghandel\w*|księgarn\w*|knihkupectv\w*|kitabev\w*|kitapçı\w*|könyvesbolt\w*|kirjakaup\w*|"
    r"книжн\w*|магазин\w*|крамниц\w*|nhà\s+sách|hiệu\s+sách|toko\s+buku|kedai\s+buku|חנות\w*|दुकान\w*|مكتب[ةت]\w*|"
    r"متجر\w*|کتاب‌?فروش\w*|فروشگاه\w*")
SHOP = re.compile(rf"(?<!\w)(?:{_SHOP_STEMS})|書店|本屋|书店|서점", re.I)
# a shop's web address written out in the line ("via leslibraires.ca", "on bookshop.example"); the first clause's end
_ADDRESS, _CLAUSE_END = re.compile(r"(?<![\w@])[^\W_][\w-]*\.[a-z]{2,6}(?![\w.])", re.I), re.compile(r"[.!?;。！？؛](?=\s|$)")
# the bid's word read as a noun: a comma or a conjunction right after it ("Order, says …", pt "Compra e venda", de
# "Kauf und Verkauf", ro "Comandă și …"); English "buy", "order", "purchase" are nouns as often ("Order matters"): there
# the bid goes on to its object, a preposition or an adverb ("Order it from", "Buy local", "Buy a copy at")
_NOUN_READ = re.compile(r"\s*(?:,|(?:and|or|e|ou|y|et|und|oder|och|eller|og|și|sau|и|или|ve|veya)\s)", re.I)
_EN_BARE = frozenset(("buy", "order", "purchase"))
# vi id/ms write the bid and the buying as a clause's subject alike ("Mua sách ở hiệu sách cũ là thú vui của ông",
# "Beli buku di toko buku bekas adalah kebiasaannya": buying books there is his habit): the copula after it in the
# clause tells the subject, as English "Buying … is" (rev-bpaffil)
_UNINFLECTED, _COPULA = frozenset(("mua", "beli")), re.compile(r"(?<!\w)(?:là|adalah|ialah|merupakan)(?!\w)", re.I)
_EN_OBJECT = re.compile(r"\s*(?:[:：]|(?:it|them|one|the|a|an|your|yours|this|these|that|his|her|their|from|at|on|in|"
                        r"online|now|here|direct(?:ly)?|locally|local|via|through|today|yourself)\b)", re.I)
# a quotation opening the line: its opening mark, closed later in the line (the book's or a character's words; a lone
# "»" or "›" before a bid is a link's arrow, "» Hier bestellen bei …")
_QUOTE_PAIRS = {"\"": "\"", "“": "”", "„": "“”", "«": "»", "»": "«", "‘": "’", "‚": "‘’", "'": "'", "「": "」", "『": "』",
                "‹": "›", "—": "—", "–": "–"}
# the bid's reason, not its place: the shop, link or retailer after it is the book's ("Buy it for the bookshop scenes",
# de "wegen Thalia", ru "ради глав о ссылке"); a price after it is the bid's ("for £9.99 at …"): en fr es/pt/gl/ca
# it de nl sv/da/nb pl cs/sk ro ru/uk
_PURPOSE = re.compile(r"(?<!\w)(?:for|because\s+of|pour|para|per|wegen|für|voor|vanwege|för|dla|kvůli|kvôli|pentru|"
                      r"ради|заради|из-за)(?!\w)(?!\s*[\d$€£¥₹])", re.I)


def buy_line(block: HtmlElement, host: str = "") -> bool:
    """A short line opening on the bid to buy the book and naming where in the same clause (module docstring)."""
    found = BUY_OPEN.match(text := short_line(block))
    if not found or has_score(text) or _NOUN_READ.match(text, found.end()) \
            or found.group("bid").casefold() in _EN_BARE and not _EN_OBJECT.match(text, found.end()) or _quoted(text):
        return False  # (the word as a noun: "Order, says the old bookseller, is …", "Compra e venda de …")
    end = _CLAUSE_END.search(text, found.end())
    clause = text[:end.start() if end else len(text)]
    if found.group("bid").casefold() in _UNINFLECTED and _COPULA.search(clause, found.end()):
        return False  # (the buying as the clause's subject)
    if reason := _PURPOSE.search(clause, found.end()):
        clause = clause[:reason.start()]  # (what follows is why to buy it, not where)
    return bool(SHOP.search(clause) or PARTNER_LINK.search(clause) or RETAILER_NAME.search(clause)
                or _ADDRESS.search(clause) or any((label := text_of(a)) and label in clause and _out(a, host)
                                                  for a in block.iter("a"))) \
        and not a_note(text, block)


def _quoted(text: str) -> bool:
    """The line opens on a quotation mark that closes later in it: a quotation, not the blog's bid."""
    opening = text.lstrip()[:1]
    return opening in _QUOTE_PAIRS and any(mark in text.lstrip()[1:] for mark in _QUOTE_PAIRS[opening])


def _out(link: HtmlElement, host: str) -> bool:
    """A link that leads off the blog (or names no address): a shop's; a relative one, or one to the page's own host,
    is the blog's own page."""
    href = (link.get("href") or "").strip()
    return not href or bool(urlsplit(href).hostname) and not (host and same_site(href, host))
