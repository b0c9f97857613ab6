"""The blog's commission line: a short line that names the link (or bids to buy through it) and the commission or the
affiliate programme it brings, in languages ``partnerline`` and ``buyline`` do not read word by word: th "สั่งซื้อได้ที่
<shop> (ลิงก์แอฟฟิลิเอต …)", bn "… <a>…র লিংক</a> — এখান থেকে কিনলে ব্লগটা সামান্য কমিশন পায়", mr "… हा ॲफिलिएट दुवा वापरा",
sw "(kiungo cha ushirika)", ig "… bụ njikọ ahịa: …", pt "Compre pelo link … e o blog ganha uma comissãozinha".

Its shape, in any language:

- it names the affiliate programme (``adnotice.PROGRAMME``, or the affiliate link in the languages it lacks:
  ``_AFFILIATE``) or the commission or earning (``EARNING``),
- and the link in words (``partnerline.PARTNER_LINK`` and ``_LINK``, the link's word in more scripts); with the
  commission word alone and no programme, the link itself in the line (an anchor) or the blog's voice
  (``partnerline.VOICE``: bn "… ব্লগটা সামান্য কমিশন পায়");
- a short line (40 words; 80 as the unspaced scripts count), not a heading, quotation, list
  or table, no score, no free copy's note;
- typeset apart (small print, wholly in italics, a box of its own) among the body's first or last three lines, or
  after the review's last paragraph and its score among the body's last lines (``partnerline.mark`` gives the
  place; an italic passage of the review's in mid-body, "*Affiliate links: the two words he types all day …*",
  stays: test_rev_bpaffil_s33); and anywhere, when the line opens on
  the bid to buy through the link or at a shop (``buyline.buy_line``) and names the commission it brings to the blog
  (the link named, or the blog, its "we" or "our": ``partnerline.VOICE``).

And anywhere, a short line naming the link and the earning the purchase brings to the site itself, by its own name as
the page gives it (``pleas.site_names``) or the blog's word (``partnerline.VOICE``'s named earner): "Through this link
you buy it at an independent shop; <Site> gets a small percentage" (``site_earns``); "our link to the past" or a
percentage of the book's pages names no earner of the site's.

What stays: a review's sentence naming a commission but no link ("her commission from the gallery paid the rent"),
a note set apart on a painter's commission; the link and the commission in the review's plain paragraphs before its
end with no bid opening the line ("the link between the commission and the fire is never made"); a bid to buy with
no commission in mid-body (``buyline``'s own rule decides).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adnotice import _BLOCKED, PROGRAMME
from .casefold import any_word, guarded
from .nodes import text_of
from .partnerline import PARTNER_LINK, VOICE
from .rating import has_score
from .words import count_words

RULE = "commission line"
_MAX_WORDS, _UNSPACED_WORDS = 40, 80
# the commission or earning the link brings: en fr es/pt/ca it de nl pl cs/sk ru uk tr id/ms vi th bn hi/mr sw ar fa
# he ja zh ko (stems: pt "comissãozinha", es "comisioncita")
EARNING = any_word(r"commissions? kickbacks? comiss\w* comisi\w* commissione provvigion\w* provision\w* provisie "
                   r"commissie prowizj\w* proviz\w* комисси\w* комісі\w* komisyon\w* komisi hoa_hồng kamisheni "
                   r"\w*(?:คอมมิชชั่?น|কমিশন|कमी?शन|कमिशन|عمولة|کمیسیون|עמלה|手数料|紹介料|佣金|返佣|수수료)\w*"
                   # (or the share of the sale it brings, a percentage: en fr es pt it de nl sv/no/da pl cs ru uk tr ar fa)
                   r" percentage pourcentage porcentaje percentagem percentuale prozentsatz procentandel\w* procent "
                   r"процент\w* відсот\w* yüzde نسبة درصد"
                   # (or a credit to the referrer's account: "gives me a credit", "store credit")
                   r" (?:me|us)_a_credit store_credit")
EARNING = guarded(EARNING)  # (asked first of every buy line: its look, ~3 µs a line, before the scan of \w* at each letter)
# the affiliate link or programme where PROGRAMME has no words: the loanword in Devanagari and Bengali (mr "ॲफिलिएट
# दुवा", hi "एफिलिएट"), sw "kiungo/viungo cha/vya ushirika", ig "njikọ ahịa", yo "ìjápọ̀ alájọṣepọ̀"
_AFFILIATE = any_word(r"\w*(?:ॲ|ऍ|ए|अ)फ़?िलिएट\w* \w*অ্যাফিলিয়েট\w* (?:kiungo|viungo)_(?:cha|vya)_ushirika njikọ_ahịa "
                      # (the referral link or code a shop's programme gives: en fr es pt it de nl pl ru uk)
                      r"referral_(?:links?|codes?) liens?_de_parrainage codes?_de_parrainage enlaces?_de_referido "
                      r"links?_de_indicação links?_di_referral empfehlungslinks? reflinks? verwijzingslinks? "
                      r"linki?_polecając\w* реферальн\w*_(?:ссылк|посилан)\w* "
                      # (ar the links called marketing ones: "روابط الشراء هنا تسويقية", "رابط تسويقي")
                      r"(?:رابط|روابط)(?:_\w+){0,2}_تسويقي\w*")
# the link's word in the scripts PARTNER_LINK lacks: th bn mr/hi sw ig
_LINK = re.compile(r"ลิงก์|ลิ้งค์|লিংক|লিঙ্ক|दुवा|(?<!\w)(?:kiungo|viungo|njikọ|روابط)(?!\w)", re.I)  # (ar the plural)


def commission_line(block: HtmlElement) -> bool:
    """A short line naming the link and the commission or the affiliate programme it brings (module docstring)."""
    if block.tag in _BLOCKED or not (text := text_of(block)):
        return False
    # (the unspaced scripts, counted about two letters a word, run to 80 however set; the spaced ones stay at 40)
    if count_words(text) > _UNSPACED_WORDS or len(text.split()) > _MAX_WORDS or has_score(text):
        return False
    if not (PARTNER_LINK.search(text) or _LINK.search(text)):
        return False
    # (the commission word alone is the earning only beside the link it names, in the line: "the missing link between a
    # royal commission and a drowned village" names neither the blog's link nor its earning: rev-bpaffil35)
    if not (PROGRAMME.search(text) or _AFFILIATE.search(text)) \
            and not (EARNING.search(text) and (block.find(".//a[@href]") is not None or _ours(text))):
        return False
    from .housekeeping import a_note  # (late: housekeeping reads promo, as adnotice does)
    return not a_note(text, block)


def bid_with_commission(block: HtmlElement, host: str = "") -> bool:
    """The buy-here line (``buyline.buy_line``) that names the commission the purchase brings: the blog's, wherever
    it stands ("Compre pelo link da loja e o blog ganha uma comissão")."""
    from .buyline import buy_line  # (late: buyline reads partnerline, which reads this module)
    text = text_of(block)
    # (the earning asked first: a line without it is no bid, whoever it names, and most lines have none; the same answer
    # as asking it after the voice, each a pure test of the text: speed37)
    if not EARNING.search(text):
        return False
    # (the blog's earning: bought through the link, or the blog or its "we" named beside it; not the shop's, "they earn
    # a commission", nor a title's word, vi "Mua Hoa hồng giấy ở hiệu sách …": rev-bpaffil35)
    ours = _ours(text) or PARTNER_LINK.search(text) or _LINK.search(text)
    return bool(ours) and buy_line(block, host)


def _ours(text: str) -> bool:
    """The blog, its "we" or "our" named in the line (``partnerline.VOICE``, its earning words aside)."""
    return any(found.group("earning") is None for found in VOICE.finditer(text))


def site_earns(block: HtmlElement, body: HtmlElement) -> bool:
    """The link and the earning it brings to the site named in the line, wherever it stands (module docstring)."""
    if block.tag in _BLOCKED or not (text := text_of(block)) or len(text.split()) > _MAX_WORDS or has_score(text):
        return False
    if not (PARTNER_LINK.search(text) or _LINK.search(text)) or not EARNING.search(text):
        return False
    # (the earner in the earning's own clause, before it: "…; <Site> receives a small percentage"; "the chapter on blog
    # links …: it shows what percentage of readers click" names the blog in another clause, as a link's kind)
    clauses = [c for c in re.split(r"[.!?;:](?=\s|$)", text) if EARNING.search(c)]
    if any(found.group("named") and found.start() < EARNING.search(c).start() for c in clauses for found in VOICE.finditer(c)):
        return True
    if not clauses:
        return False
    from .followpleas import home_names  # (late: the site's names read only for a line this far)
    from .pleas import site_names
    names = [n.casefold() for n in site_names(body, home_names(body)) if len(n) >= 4]
    return any(0 <= c.casefold().find(name) < EARNING.search(c).start() for c in clauses for name in names)
