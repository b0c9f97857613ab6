"""The site's reader-funding box set into a post: "Independent criticism lives on its readers – give a small monthly
donation. [Support us]".

Reader-funded magazines, club sites and volunteer blogs insert a small box of their own into each article, between
two paragraphs or after the last one: a short heading perhaps, a line or two asking for a donation, a membership or
support, and a button. Its wording has no end; its shape is the same in every language:

- a box of its own in the post: a wrapper (div, aside, section) holding nothing but the box, 60 words at most, made of
  at most one short heading (8 words), one or two lines, and at most one button (a link of four words or fewer); or
  a single line wholly in italics or small print closed by such a button ("*Keep us independent for the price of a
  coffee.* <Support>"); or a line alone in a div among the post's paragraphs (``lone_box``), which must bid (please,
  an imperative: ``_bidden``) and name the site by its name (glued case endings too: "<Site>ला") or, a coffee asked,
  the tip platform (``tipask.MEANS``): a reviewer's line about "a charity's blog" names only a kind of site;
- it speaks of funding the site (FUND: giving, donating, supporting, becoming or being a member, per language; the
  nouns too, since a box says "a small monthly donation keeps us going"; or a coffee bought for the writer,
  ``tipask.COFFEE``: "Invite me a little coffee and help keep the blog going"; or a subscription offered at its price
  for a period, in a box unlike the blocks beside it: ``paidwords.priced_subscription``, "Digital-Abo ab 7,90 Euro im Monat");
- and it turns to the reader on the site's behalf: it has its button, or names the site (its name as the page title
  gives it, or the kind of site it is: ``pleas.SITE_KIND``), or links a tipping service out of the site
  (``tiplinks.tip_linked``: Ko-fi, Cafecito, …), or names the piece the reader is reading (this story,
  this article: PIECE), or its heading bids the reader to support (``_bid_lead``: the box opens on a heading or a
  bold lead of eight words at most, run into its line or apart, that opens on the imperative of supporting,
  ``SUPPORT_VERB``: "**Support independent criticism.** Our reviews are free …"; the headline of an ask, whatever
  it names as what to support: a review's own paragraph has no headline of its own);
- no score, no note the review carries (a free-copy disclosure, a content warning), no heading alone, quotation,
  list or table: but for a layout table of one row and one cell that holds only a line of text (bold, a link: no
  image, no block), as old hand-made magazine pages box their plea ("<table><tr><td bgcolor=…><b>We live on our
  readers' subscriptions.</b> … <a>give a little here</a>.</td></tr></table>"), ``_cell_box``.

The Indic, Southeast Asian and Persian/Urdu words of giving and funding (``_INDIC_FUND``: bn "চাঁদা", "অনুদান", hi/ne
"दान", "सहयोग", "चंदा", ta "நன்கொடை", th "บริจาค" …) are read apart, their start not inside a word (a vowel sign is no
letter to a word pattern: "बलिदान", sacrifice, ends in "दान").

A review's own line about a character who donates or a club she joins stands in the review's paragraphs, not in a
box of its own; a record box (title, author, publisher) names no funding; a disclosure ("the publisher sent me this
copy as a member of …") is a note and stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import guarded; from .housekeeping import a_note
from .memberask import BECOME_MEMBER, PERIODICAL, SUBSCRIBE, SUBSCRIBER
from .nodes import relative_link, text_of, NOT_LINES as _NOT_LINES; from .paperdrive import closing_drive
from .paidwords import SMALL_GIFT as _SMALL_GIFT, priced_subscription, reader_paid  # (a site living on its readers, …)
from .rating import has_score
from .sitenotices import subscription_link
from .taxshare import tax_share
from .tipask import COFFEE, MEANS, SUPPORT_PURPOSE, SUPPORT_VERB, bids
from .tiplinks import tip_linked
from .words import count_words

RULE = "support box"
_MAX_WORDS, _BOX_TAGS = 60, ("div", "aside", "section")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# funding the site: giving, donating, supporting, membership (the verbs and the nouns), per language: en, de, fr, es,
# pt, it, nl, sv, da/nb/nn, fi, et, pl, cs, sk, hr/sr/bs, sl, hu, tr, ro, el, ru, uk, bg, lv, lt, is, cy, eu, ca, id, eo,
# vi, ar, he, ja, zh, ko
FUND = guarded(re.compile(
    r"(?<!\w)(?:donat\w*|donor\w*|make\s+a\s+(?:contribution|gift)|chip\s+in|"
    r"support\s+(?:us|our|independent|the\s+(?:site|blog|magazine))|"
    r"membership|as\s+a\s+member|become\s+a\s+(?:member|supporter|patron)|"
    r"\w*spende\w*|unterstütz\w*|mitgliedschaft\w*|als\s+mitglied|"
    r"faites\s+un\s+don|faire\s+un\s+don|soutenez|soutien\w*|adhérez|adhésion|adhérent\w*|j['’]adhère|cotis\w*|en\s+tant\s+que\s+membre|"
    r"donaci\w+|donativ\w+|apóy\w+|apoy(?:a|e|en|o)\b|hazte\s+socio|como\s+socio|sosten(?:er|é|ga|gan|gas|emos)\b|"
    r"doaç\w+|apoie\w*|apoio\b|como\s+s[óo]cio|"
    r"donazion\w*|sostien\w*|sostegno|come\s+socio|sottoscrizion\w*|(?:manda|mandate|invia|inviate|versa|versate)\s+un\s+contributo|"
    r"doneer\w*|donatie\w*|steun\s+(?:ons|onze|ons\s+werk)|als\s+lid|"
    r"gåva|bidrag\w*|stöd\w*\s+(?:oss|vår)|som\s+medlem|bli(?:v)?\s+medlem|medlemskap\w*|medlemskab\w*|støtt?\w*\s+(?:oss|os)|"
    r"\w*lahjoi\w*|tuke(?:a|mal\w*)|tue\s+(?:meitä|sivustoa|työtämme)|jäsenenä|jäseneksi|"
    r"annetus\w*|annetage|annetada|toeta\w*|liikmena|"
    r"darowizn\w*|wesprzyj\w*|wsparci\w*|wpłat\w*|jako\s+członek|"
    r"podpoř\w*|podpořit|podpor(?:te|iť|a)\b|přispě\w*|prispe\w*|příspěv\w*|príspev\w*|"
    r"donacij\w*|podrš\w*|podrž\w*|učlan\w*|postan\w*\s+član\w*|kao\s+član\w*|podpr\w*|"
    r"támogas\w*|támogat\w*|adomán\w*|tagként|"
    r"bağış\w*|destek(?:çi|\s+ol|leyin|le)\w*|üye\s+(?:ol|olarak)\w*|"
    r"dona(?:ți|ție|tie|re)\w*|susține\w*|sprijin\w*|ca\s+membru|"
    r"δωρε\w*|στήρι\w*|υποστήρι\w*|ως\s+μέλος|"
    r"пожертв\w*|поддерж\w*|підтрима\w*|донат\w*|подкреп\w*|дарени\w*|как\s+участник|"
    r"ziedoj\w*|ziedojum\w*|atbalst\w*|paaukok\w*|paremk\w*|"
    r"styrktu|styrkja|styrkið|styðj\w*|"
    r"cyfrann\w*|cefnog\w*|rhodd\w*|"
    r"dohaintza\w*|babes(?:tu|le)\w*|lagundu\s+(?:orain|gaitzazu|iezaguzu|ezazu)|ekarpen\w*|bazkide\w*|diruz\s+lagun\w*|"
    r"donació\w*|fes\s+un\s+donatiu|"
    r"donasi\w*|dukung\w*|sumbang\w*|"
    r"subten\w*|donac(?:o|oj|on|ojn|u|i|as)\b|kiel\s+membro|"  # (Esperanto: support, donation(s), donate, as a member)
    # (ht "sipòte", "kontribisyon", "fè yon don"; gd "cuidich", "tabhartas", "thoir taic"; ga "tacaigh", "tabhair tacaíocht",
    # "síntiús"; br "skoazell", "roit un donezon"; mt "appoġġ", "donazzjoni"; lb "ënnerstëtzt", "Spend"; fy "stypje",
    # "donaasje"; kw "skoodhyewgh"; sw "changia", "mchango"; tl "suportahan", "donasyon"; af "skenk", "ondersteun")
    r"sip[òo]t(?:e|è)\w*|kontribisyon\w*|fè\s+yon\s+don|cuidich\w*|tabhartas\w*|thoir\s+taic|tacaigh\w*|"
    r"tabhair\s+tac[aá][ií]ocht|s[ií]nti[uú]s\w*|skoazell\w*|roit\s+un\s+donezon|donezon\w*|appo[ġg][ġg]\w*|donazzjoni\w*|"
    r"ënnerstëtz\w*|stypje\w*|donaasje\w*|skoodhyew\w*|changia|mchango\w*|suportahan|donasyon\w*|skenk\w*|"
    # (gl "apoiar", "apóianos", "axúdanos/axúdasnos", "doazón", "subscrición", "faite socio/a"; ast "sofitar", "ayúdanos";
    # oc "sostenètz", "ajudatz-nos", "don"; an "aduya-nos"; and the Romance "help us" of a funding box: es "ayúdanos",
    # pt "ajude-nos/ajuda-nos", it "aiutaci", ca "ajuda'ns", fr "aidez-nous")
    r"apoiar|apóia(?:nos)?|apoianos|ax[úu]da(?:nos|snos|ranos)|axudarnos|doaz[óo]n\w*|subscrici[óo]n\w*|faite\s+soci[oa]|"
    r"sofit\w*|ay[úu]da(?:nos|snos)|sosten[èe]tz|ajudatz-nos|aduya-nos|ajud(?:e|a)-nos|aiutaci|ajuda['’]ns|aidez-nous|"
    r"ủng\s+hộ|quyên\s+góp|"
    # (sq: "dhuratë" a gift, "dhuroni" give, "kontribuoni" contribute, "mbështetni/na mbështetni" support us, "na ndihmoni"
    # help us, "anëtarësohuni" become a member; the verbs in the imperative only: "mbështetet në" is "rests on")
    r"dhurat[ëeaá]\w*|dhuroni|dhuro(?=\s+(?:sot|tani|për|një))|kontribu(?:oni|o)\b|kontribut(?:in|i|e|et)?(?!\w)|mbështetni|"
    r"na\s+ndihmoni|anëtarësohu(?:ni)?\b|"
    r"تبرع\w*|ادعم\w*|دعمك\w*|תרומ\w*|תמכו|"
    r"寄付|支援|サポート|捐款|捐助|赞助|贊助|支持我们|支持我們|후원)",
    re.I))  # (behind its guard: its \w*-led words are scanned only in a line holding a stem)
# giving, donating, funding, a subscription or membership in the Indic scripts, Sinhala, Thai, Lao, Khmer, Burmese,
# Urdu and Persian (bn, hi, mr, ne, gu, pa, ta, te, kn, ml, or, si, th, lo, km, my, ur, fa), not inside a word
_INDIC_FUND = re.compile(
    r"(?<![\w\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])(?:"
    r"চাঁদা|চাঁদায়|অনুদান|দান\s+করুন|আর্থিক\s+(?:সাহায্য|সহায়তা)|সদস্য\s+হোন|"  # (bn)
    r"दान|योगदान|सहयोग|चंदा|चन्दा|आर्थिक\s+(?:मदद|सहायता|मदत)|सदस्य\s+बनें|देणगी|वर्गणी|"  # (hi, mr, ne)
    r"દાન|ફાળો|સહયોગ|ਦਾਨ|ਸਹਿਯੋਗ|ਚੰਦਾ|"  # (gu, pa)
    r"நன்கொடை|சந்தா|విరాళ|చందా|ದೇಣಿಗೆ|ಚಂದಾ|സംഭാവന|വരിസംഖ്യ|ଦାନ|ଚାନ୍ଦା|පරිත්‍යාග|ආධාර|"  # (ta, te, kn, ml, or, si)
    r"บริจาค|ສະໜັບສະໜູນ|ບໍລິຈາກ|បរិច្ចាគ|ဧ?လှူဒါန်း|"  # (th, lo, km, my)
    r"عطیہ|چندہ|کمک\s+مالی|حمایت\s+مالی)")  # (ur, fa)
# the reader thanked for supporting (the paywall's note to a subscriber: "Thank you for supporting independent
# journalism"), where FUND has no word for the verb: sv, nb/da, fi, en, fr, es, pt, it, nl, cs/sk, sl, ro, lt, hr/sr/bs,
# tr, is, ga, cy, mt
THANKED = re.compile(
    r"(?<!\w)(?:tack\s+för\s+att\s+(?:du|ni)\s+(?:\w+\s+)?stöd\w*|tak\w*\s+(?:for\s+at|fordi)\s+(?:du|dere|I)\s+(?:\w+\s+)?støtt?\w*"
    r"|kiitos,?\s+että\s+(?:\w+\s+)?tu(?:et|ette)|thanks?(?:\s+you)?\s+for\s+(?:\w+\s+)?supporting|merci\s+de\s+(?:\w+\s+)?soutenir"
    r"|gracias\s+por\s+(?:\w+\s+)?apoyar|obrigad[oa]s?\s+por\s+(?:\w+\s+)?apoiar|grazie\s+per\s+(?:\w+\s+)?sostenere"
    r"|bedankt\s+(?:dat\s+je|voor\s+het)\s+(?:\w+\s+)?steun\w*|(?:děkujeme|ďakujeme),?\s+že\s+(?:nás\s+)?podporuj\w*"
    r"|hvala,?\s+(?:ker|što|sto|da)\s+(?:nas\s+)?(?:podpira\w*|podržava\w*|podupire\w*)|mul[țţ]umim\s+(?:că|ca)\s+(?:ne\s+)?sus[țţ]i\w*"
    r"|ačiū,?\s+kad\s+(?:mus\s+)?remia\w*|destekledi\w*\s+için\s+teşekkür\w*|takk\s+fyrir\s+að\s+styðja"
    r"|go\s+raibh\s+maith\s+agat\s+as\s+tacú|diolch\s+am\s+gefnogi|grazzi\s+talli\s+(?:qed\s+)?t?appo[ġg][ġg]\w*)",
    re.I)
# the site named by its kind where ``pleas.SITE_KIND`` has no word (fi et hu tr hr/sr pl cs/sk is; hu vi sq: journal…)
_SITE_MORE = re.compile(r"(?<!\w)(?:sivusto\w*|verkkolehde?\w*|veebi\w*|lapunk\w*|oldalunk\w*|sitemiz\w*|sitesi\w*|"
                        r"portalu|stranic[aeu]|serwis\w*|strán\w*|stránk\w*|folyóirat\w*|tạp\s+chí|tòa\s+soạn|toà\s+soạn|revist[ëaë]\w*|"
                        r"síðun(?:a|ni|nar)|vefsíð(?:an|una|unni|unnar)|vef(?:inn|num|sins)|vefrit(?:ið|inu|sins))", re.I)
# (is: the site, definite, as the bid names its own; "á vefsíðu sinni", on his website, is another's: rev-bpaffil)
# the piece the reader is reading, named as such (this story, this article, this post), per language
PIECE = re.compile(
    r"(?<!\w)(?:this\s+(?:story|article|post|piece)|stories|articles|"
    r"histori(?:e|en|er|erne)|artik(?:el|len|ler|lar|lerne)|innlegg\w*|inlägg\w*|indlæg\w*|"
    r"artikel|artikeln|geschichte\w*|beitr(?:ag|äge)\w*|"
    r"cet\s+article|articles|histoires|artícul\w+|artig\w+|articol\w+|"
    r"artikkeli\w*|jutu\w*|juttu\w*|"
    r"artykuł\w*|článk\w*|članak|članke|člank\w*|cikk\w*|yazı\w*|haberi|"
    r"άρθρ\w*|стать\w*|статт\w*|стати\w*|"
    # (bn "লেখাটা/লেখাটি", this piece; hi/mr/ne "यह/इस/हा लेख")
    r"লেখাটা|লেখাটি|এই\s+লেখা|(?:यह|इस|हा|यो)\s+(?:लेख|आलेख))",
    re.I)


def button(element: HtmlElement) -> bool:
    """A link or a button of four words or fewer, bare or alone in a line of its own."""
    text = text_of(element)
    if not text or count_words(text) > 4:
        return False
    return element.tag in ("a", "button") or any(
        e.tag in ("a", "button") and text_of(e) == text for e in element.iterdescendants())


def _heading(element: HtmlElement) -> bool:
    """A short heading: a heading element, or a line wholly in bold, eight words at most."""
    text = text_of(element)
    if not text or count_words(text) > 8:
        return False
    return element.tag in _HEADINGS or any(e.tag in ("strong", "b") and text_of(e) == text for e in element.iterdescendants())


def _own_box(block: HtmlElement, body: HtmlElement) -> tuple[HtmlElement, bool] | None:
    """The wrapper of its own the block sits in, its shape a funding box's, and whether it holds a button."""
    box = block.getparent()
    if box is None or box is body or box.tag not in _BOX_TAGS or (box.text or "").strip() \
            or any((c.tail or "").strip() for c in box):
        return None
    parts = [c for c in box if isinstance(c.tag, str) and text_of(c)]
    if not parts or count_words(text_of(box)) > _MAX_WORDS:
        return None
    buttons = [c for c in parts if c is not block and button(c) and c.tag not in _HEADINGS]
    headings = [c for c in parts if c is not block and c not in buttons and _heading(c)]
    lines = [c for c in parts if c not in buttons and c not in headings]
    if len(buttons) > 1 or len(headings) > 1 or not 1 <= len(lines) <= 2 or any(c.tag in _NOT_LINES for c in lines):
        return None
    return box, bool(buttons)


def _cell_box(table: HtmlElement) -> tuple[HtmlElement, bool] | None:
    """A layout table of one row and one cell holding only a line of text (inline markup, no image, no block): the
    table is the box; a short link closing the line (a stop after it at most) is its button."""
    rows = table.findall(".//tr")
    if len(rows) != 1:
        return None
    cells = [c for c in rows[0] if isinstance(c.tag, str)]
    if len(cells) != 1 or cells[0].tag not in ("td", "th"):
        return None
    cell = cells[0]
    if any(e.tag not in _INLINE for e in cell.iterdescendants() if isinstance(e.tag, str)):
        return None
    links = cell.findall(".//a")
    last = text_of(links[-1]) if links else ""
    button = bool(last) and count_words(last) <= 4 and re.sub(r"[\s.!।|]+$", "", text_of(cell)).endswith(last)
    return table, button


_INLINE = ("b", "strong", "i", "em", "a", "span", "font", "small", "br", "u", "mark")


def _closed_by_button(block: HtmlElement) -> bool:
    """A single line wholly in italics or small print but for the button closing it ("*…* <a>Support</a>")."""
    children = [c for c in block if isinstance(c.tag, str)]
    if len(children) < 2 or children[-1].tag != "a" or not button(children[-1]) or (children[-1].tail or "").strip():
        return False
    text = text_of(block)
    rest = len(text) - len(text_of(children[-1]))
    emphasised = sum(len(text_of(c)) for c in children[:-1] if c.tag in ("em", "i", "small"))
    return rest > 0 and emphasised >= 0.9 * rest


def led_box(block: HtmlElement, body: HtmlElement) -> bool:
    """A box that is its own one line, set in the post between its paragraphs (a div, aside or section holding no block
    of its own, only text), opening on a bold lead of eight words at most that a colon closes ("<b>Support us:</b> …")."""
    if block.tag not in _BOX_TAGS or block.getparent() is None or (block.text or "").strip():
        return False
    children = [c for c in block if isinstance(c.tag, str)]
    if not children or children[0].tag not in ("strong", "b") or any(c.tag in _NOT_LINES or c.tag in ("p", "div") for c in children):
        return False
    lead = text_of(children[0])
    return (lead.rstrip().endswith(":") or (children[0].tail or "").lstrip().startswith(":")) and count_words(lead) <= 8


def led_and_closed(block: HtmlElement) -> bool:
    """A paragraph of its own between the review's, opening on a whole bold sentence (eight words at most, a stop or a
    colon closing it) and closed by a short link to a page of the site itself ("<p><b>We live on our members.</b> … <a
    href=/join>Join</a></p>"): the house's box set into the text without a wrapper of its own."""
    if block.tag != "p" or (block.text or "").strip():
        return False
    children = [c for c in block if isinstance(c.tag, str)]
    if len(children) < 2 or children[0].tag not in ("strong", "b") or children[-1].tag != "a" \
            or (children[-1].tail or "").strip(" .!") or not button(children[-1]) or not relative_link(children[-1]):
        return False
    lead = text_of(children[0]).rstrip()
    return lead.endswith((".", "!", ":", "：", "。", "！")) and 2 <= count_words(lead) <= 8


def lone_box(block: HtmlElement) -> bool:
    """A box of its own set among the post's paragraphs: a div, aside or section holding only a line of text (inline
    markup), its siblings the post's paragraphs (three <p> or more, outnumbering the boxes): a theme's or the site's
    insert where the writer's lines are paragraphs (a post written in divs line by line has no such box)."""
    parent = block.getparent()
    if block.tag not in _BOX_TAGS or parent is None or any(e.tag not in _INLINE for e in block.iterdescendants()
                                                            if isinstance(e.tag, str)):
        return False
    tags = [c.tag for c in parent if isinstance(c.tag, str) and (c.text or len(c))]
    paragraphs = tags.count("p")
    return paragraphs >= 3 and paragraphs > sum(t in _BOX_TAGS for t in tags)


# a newspaper's subscription drive or bid in the verb-last and Slavic forms (az, tr, uz, kk/ky, tt, ru, uk, bg, be): the
# subscription named beside the paper itself ("Subscription to the paper goes on", "Subscribe to our paper!")
_PAPER_SUBSCRIPTION = re.compile(r"(?<!\w)(?:abunə|abone|obuna|жазылу|жазылың|язылу|подписк|передплат|абонамент|падпіск)\w*", re.I)
_PAPER = re.compile(r"(?<!\w)(?:qəzet|gazete|gazeta|газет|newspaper)\w*", re.I)


def _brands(sites: list[str], body: HtmlElement) -> list[str]:
    """The words of the site's names that are labels of its host ("liternet" of "atelier liternet" at atelier.liternet.
    example), read late: only for a box that asks for funding and names nothing else (``houseoffer.brands``)."""
    from .houseoffer import brands, page_host  # (late: houseoffer reads this module)
    return [b for b in brands(sites, page_host(body)) if b not in sites]


def _word_in(name: str, folded: str) -> bool:
    at = folded.find(name)
    while at != -1:
        end = at + len(name)
        if not (at and folded[at - 1].isalnum()) and not (end < len(folded) and folded[end].isalnum()):
            return True
        at = folded.find(name, end)
    return False


def _brand_named(folded: str, sites: list[str], body: HtmlElement) -> bool:
    return any(_word_in(b, folded) for b in _brands(sites, body))


def _member_of_site(box: HtmlElement, text: str, sites: list[str], body: HtmlElement, site_kind: re.Pattern[str]) -> bool:
    """A bare bid to become a member or subscriber is the site's only when the box names the site (or its kind) or its
    link goes to a subscription page ("Become a subscriber of the theatre" linking to the culture section is not)."""
    folded = text.casefold()
    return bool(site_kind.search(text) or any(n in folded for n in sites) or _brand_named(folded, sites, body)
                or any(subscription_link(a.get("href") or "") for a in box.iter("a")))


def _supports_site(text: str, sites: list[str], body: HtmlElement) -> bool:
    """The bid to support the site by its name: a verb of supporting (``SUPPORT_VERB``, or its purpose, "pour soutenir":
    ``SUPPORT_PURPOSE``) right before the site's own name or brand ("Steun <Site> met …"); "support the author": no."""
    folded = text.casefold()
    names = None
    for match in (*SUPPORT_VERB.finditer(folded), *SUPPORT_PURPOSE.finditer(folded)):
        if names is None:
            names = [n for n in sites if len(n) >= 4] + _brands(sites, body)
        rest = folded[match.end():]
        if any(rest.startswith(n) and not rest[len(n):len(n) + 1].isalnum() for n in names):
            return True
    return False


def _bid_lead(box: HtmlElement) -> bool:
    """The box opens on its headline, a bid to support: its first line a heading, or a line opening on a bold lead run
    into it (no text before it), eight words at most, whose first word is the imperative of supporting
    (``SUPPORT_VERB``: "Support independent criticism", "Podprite …", "Atbalsti …")."""
    first = box if box.tag == "p" else next((c for c in box if isinstance(c.tag, str) and text_of(c)), None)
    if first is None:
        return False
    lead = first
    if first.tag not in _HEADINGS:
        if (first.text or "").strip():
            return False
        lead = next((c for c in first if isinstance(c.tag, str)), None)
        if lead is None or lead.tag not in ("strong", "b"):
            return False
    text = text_of(lead).strip()
    return 2 <= count_words(text) <= 8 and SUPPORT_VERB.match(text.casefold() + " ") is not None


# the polite imperative of giving or helping after its noun, verb last: hi mr ne bn pa gu ur fa ta te kn ml
_GIVE_BID = re.compile(
    r"(?<![\u0900-\u097f])(?:मदद|मदत|सहायता|सहयोग|दान|योगदान|समर्थन|चंदा|साथ)\s+(?:करें|कीजिए|करिए|करो|करा|द्या|दें|"
    r"दीजिए|गर्नुहोस्|गर्नुस्|दिनुहोस्)|(?:সাহায্য|সহায়তা|সহায়তা|সহযোগিতা|অনুদান|চাঁদা|সমর্থন)\s+(?:করুন|দিন)|"
    r"(?:ਮਦਦ|ਸਹਿਯੋਗ|ਦਾਨ)\s+(?:ਕਰੋ|ਦਿਓ)|(?:મદદ|સહયોગ|દાન|ફાળો)\s+(?:કરો|આપો)|"
    r"(?:مدد|تعاون|عطیہ|حمایت|چندہ|کمک)\s+(?:کریں|کیجیے|کیجئے|دیں|کنید)|(?:ஆதரவு|நன்கொடை|உதவி)\s+(?:தாருங்கள்|"
    r"அளியுங்கள்|செய்யுங்கள்)|(?:సహాయం|విరాళం|మద్దతు)\s+(?:చేయండి|ఇవ్వండి)|(?:ಸಹಾಯ|ದೇಣಿಗೆ|ಬೆಂಬಲ)\s+(?:ಮಾಡಿ|ನೀಡಿ)|"
    r"(?:സഹായം|സംഭാവന|പിന്തുണ)\s+(?:നൽകൂ|ചെയ്യൂ)")


def _bidden(text: str) -> bool:
    """The box bids the reader: please, an imperative of supporting, giving or helping (tipask.bids, _GIVE_BID), or of
    becoming a member (memberask.BECOME_MEMBER); a line telling of a gift ("she donates her inheritance") bids none."""
    return bids(text) or _GIVE_BID.search(text) is not None or BECOME_MEMBER.search(text) is not None


def funding_box(block: HtmlElement, body: HtmlElement, sites: list[str], site_kind) -> HtmlElement | None:
    """The box to remove, if the block is (in) the site's funding box (see the module docstring)."""
    if block.tag == "table":
        found = _cell_box(block)
        if found is None:
            return None
    elif block.tag in _NOT_LINES:
        return None
    else:
        found = _own_box(block, body)
    if found is not None:
        box, button = found
    elif block.tag == "p" and _closed_by_button(block):
        box, button = block, True
    elif led_box(block, body):
        box, button = block, False
    elif led_and_closed(block):
        box, button = block, False  # (its link is the site's own page, but it must name the site or its kind too)
    elif closing_drive(block, body, _PAPER_SUBSCRIPTION, _PAPER):
        box, button = block, False  # (the paper's subscription drive as the body's last line, set apart: paperdrive)
    elif lone_box(block):
        box, button = block, None  # (a box among the paragraphs: it must name the site itself or the means, below)
    else:
        return None
    text = " ".join(" ".join(box.itertext()).split())  # (its heading, line and button apart: text_of glues them)
    # (a coffee bought for the writer is the tip's guise, the funding asked in other words: tipask.COFFEE)
    # (or the bid opening the box to subscribe to the paper: memberask.SUBSCRIBE, "Subscribe to <Paper>! … <Subscribe>")
    # (or the share of the reader's income tax asked: taxshare, "1,5% podatku", "adója 1%-a"; or a subscription offered at
    # its price for a period, "Digital-Abo ab 7,90 Euro im Monat": the box must still name the site, its kind or the piece)
    # (or the bid to become the site's member or subscriber, memberask.BECOME_MEMBER, "Wurd abonnee fan <Site>", or the
    # subscribers named with the periodical's reason, "Exclusive to subscribers … read without limits": named below)
    paper = _PAPER_SUBSCRIPTION.search(text) and _PAPER.search(text) or reader_paid(text, sites, _bidden)
    periodical = SUBSCRIBER.search(text) is not None and PERIODICAL.search(text) is not None
    asked = bool(paper or periodical or FUND.search(text) or _INDIC_FUND.search(text) or _SMALL_GIFT.search(text) or _supports_site(text, sites, body)
                 or COFFEE.search(text) or SUBSCRIBE.search(text) or THANKED.search(text) or tax_share(text) or priced_subscription(text, box))
    if not (asked or BECOME_MEMBER.search(text)) or has_score(text) or a_note(text_of(block), block):
        return None
    folded = text.casefold()
    if not asked and not _member_of_site(box, text, sites, body, site_kind):
        return None
    if button is None:  # (a line among the paragraphs names the site, not its kind: "a charity's blog"; and bids)
        named = any(n in folded for n in sites) or _brand_named(folded, sites, body) or _bid_lead(box)
        return box if named and _bidden(text) or COFFEE.search(text) and MEANS.search(text) else None
    # (a share of the reader's income tax is asked only on a body's behalf: the tax share names the site's own need; a
    # link to a tip jar, the box's button to pay the writer: tiplinks.tip_linked)
    if not (button or paper or tax_share(text) or site_kind.search(text) or _SITE_MORE.search(text) or PIECE.search(text) or any(n in folded for n in sites)
            or tip_linked(box)
            or _member_of_site(box, text, sites, body, site_kind) or _bid_lead(box)):  # (its brand, its sign-up link)
        # (a bid to subscribe with the periodical's reason, its issues a year or the copy to the mailbox, names the paper)
        if not (periodical or SUBSCRIBE.search(text) and PERIODICAL.search(text)):
            return None
    return box


def mark(items: list[HtmlElement], body: HtmlElement, sites: list[str], site_kind, drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark the site's funding boxes among the post's blocks left (``drop`` and ``boxes`` are the cleaning's)."""
    for i, block in enumerate(items):
        if i in drop or not text_of(block) or count_words(text_of(block)) > _MAX_WORDS:
            continue
        box = funding_box(block, body, sites, site_kind)
        if box is not None:
            drop[i], boxes[i] = RULE, box
