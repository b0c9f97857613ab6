"""A shop's discount offer closing a review: "Order it online with the code SPRING15 for 15% off", read by its shape.

A bookshop's newsletter, a shop's blog or a publisher's page that carries a review often closes it with an offer: the
price in the shop and a discount code to type at the checkout. The words are the shop's and have no end ("con il
codice …", "mit dem Code …", "kodem …", "kodu ile …"); the shape is the same in every language:

- a discount code: one token of five to sixteen capital Latin letters and digits, two letters and one digit at least
  ("SPRING15", "LIBRI10", "2FORYOU"), written in Latin letters whatever the script of the line around it;
- beside it a discount or a price: a percentage ("15%", "%15") or an amount in a currency (promo.PRICE);
- short (forty words at most), no score;
- after the review: ``spliced.mark`` asks it only of a line in the body's second half with no paragraph of prose after it.

Or, with no code, the shop's offer of a percentage off in its own voice ("Members get 10% off all this month's
picks", "Abonnenten erhalten 10 % Rabatt"): a percentage beside the discount's word (``_OFFER``), thirty words at most,
no first person, and the offer's sentence one clause, no comma or semicolon in it (a review's sentence goes on past the
offer: "In the last chapter the shop offers 50% off everything, and it is the saddest scene"; "Even without the 20%
discount the shops offer, it is worth it"; "Lo compré con un 20% de descuento, y …": rev-bpchrome38).

Beside it, the same offer of a subscription without a price: a free first period ("first month free", "30-day free
trial", "ماه اول رایگان", "初月無料": ``FREE_TRIAL``) or a first period at a token price ("first month for $1": ``INTRO_PRICE``), which ``sitelines.mark`` reads as it reads a price for a period.

What stays: a percentage in the review's prose without a code ("only 10% of the book is set at sea"), a code-like
token without a discount (a call sign, a model number: "her call sign was KX42B"), an offer the review goes on after,
the reviewer's own bargain ("I got it 20% off at the fair").
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adaptrights import FIRST_PERSON
from .nodes import text_of
from .promo import PRICE
from .rating import has_score
from .words import count_words

_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{5,16}(?![\w-])")
_PERCENT = re.compile(r"(?<![\w.,])\d{1,2}(?:[.,]\d)?\s?%|%\s?\d{1,2}(?![\d.,])")
_MAX_WORDS, _OFFER_WORDS = 40, 30
# a free first period of a subscription, in many languages
FREE_TRIAL = re.compile(
    r"(?i:first\s+month\s+(?:is\s+)?free|free\s+for\s+(?:the\s+first\s+)?\d+\s+days|\d+[-\s]day\s+free\s+trial|free\s+trial|"
    r"erste[rn]?\s+Monat\s+(?:gratis|kostenlos)|\d+\s+Tage\s+(?:gratis|kostenlos)|kostenlos\s+testen|premier\s+mois\s+"
    r"(?:gratuit|offert)|essai\s+gratuit|primer\s+mes\s+gratis|prueba\s+gratuita|primo\s+mese\s+gratis|prova\s+gratuita|"
    r"primeiro\s+mês\s+(?:grátis|gratuito)|teste\s+grátis|eerste\s+maand\s+gratis|pierwszy\s+miesiąc\s+(?:za\s+darmo|gratis)|"
    r"первый\s+месяц\s+бесплатно|бесплатный\s+пробный|перший\s+місяць\s+безкоштовно|ilk\s+ay\s+ücretsiz|"
    r"bulan\s+pertama\s+gratis|tháng\s+đầu\s+miễn\s+phí|"
    # (sl, hr/bs/sr, cs, sk, bg/mk/sr, hu, ro, sv, da/nb, fi, et, lv, lt, el, ca, sq)
    r"prvi\s+mj?esec\s+(?:brezplačno|besplatno|gratis|zastonj)|prvn[íý]\s+měsíc\s+zdarma|prv[ýy]\s+mesiac\s+zadarmo|"
    r"първи(?:я|ят)?\s+месец\s+безплатно|први\s+месец\s+бесплатно|első\s+hónap\s+ingyenes|prima\s+lun[ăa]\s+gratuit[ăa]?|"
    r"första\s+månaden\s+gratis|første\s+måned(?:en)?\s+gratis|ensimmäinen\s+kuukausi\s+ilmaiseksi|esimene\s+kuu\s+tasuta|"
    r"pirmais\s+mēnesis\s+bez\s+maksas|pirmas\s+mėnuo\s+nemokamai|πρώτος\s+μήνας\s+δωρεάν|primer\s+mes\s+gratu[iï]t|"
    r"muaji\s+i\s+parë\s+falas|"
    # (a trial of some weeks or months free: sv "Prova fyra veckor gratis", da/nb "Prøv 4 uger/uker gratis", de "4 Wochen
    # gratis testen", en "try four weeks free", nl "probeer 4 weken gratis", fi "kokeile neljä viikkoa maksutta")
    r"(?:prova|testa)\s+(?:\w+\s+){0,2}(?:veckor|månader|dagar)\s+(?:gratis|kostnadsfritt)|prøv\s+(?:\w+\s+){0,2}(?:uker|uger|måneder|dager|dage)\s+gratis|"
    r"\w+\s+Wochen\s+(?:gratis|kostenlos)\s+testen|try\s+(?:\w+\s+){0,2}(?:weeks|months)\s+(?:for\s+)?free|probeer\s+(?:\w+\s+){0,2}(?:weken|maanden)\s+gratis|"
    r"kokeile\s+(?:\w+\s+){0,2}(?:viikkoa|kuukautta)\s+(?:ilmaiseksi|maksutta))|ماه\s+اول\s+رایگان|الشهر\s+الأول\s+مجان|החודש\s+הראשון\s+חינם|"
    r"첫\s?달\s?무료|初月無料|首月免[费費]")
# ... or a first period at a token price ("first month for $1", "il primo mese a 1 euro", "первый месяц за 1 ₽",
# "初月100円"): the period's words and an amount in a currency (a symbol or its name) within a few words, either order
_FIRST_PERIOD = (
    r"(?i:first\s+(?:month|year|week|\d+\s+(?:months|weeks))|erste[nrs]?\s+(?:Monat|Jahr)|premier\s+mois|première\s+année|"
    r"primer\s+(?:mes|año)|prim[oi]\s+(?:mese|anno|\d+\s+mesi)|primeiro\s+(?:mês|ano)|eerste\s+(?:maand|jaar)|"
    r"pierwszy\s+miesiąc|первый\s+месяц|перший\s+місяць|ilk\s+ay|bulan\s+pertama|tháng\s+đầu|"
    # (sl, hr/bs/sr, cs, sk, bg/mk/sr, hu, ro, sv, da/nb, fi, et, lv, lt, el, sq)
    r"prv[io]\s+(?:mj?esec\w*|leto|godin\w+)|prvn[íý]\s+(?:měsíc|rok)|prv[ýy]\s+(?:mesiac|rok)|първи(?:я|ят)?\s+месец|први\s+месец|"
    r"első\s+(?:hónap|év)|prima\s+lun[ăa]|första\s+månaden|første\s+måned(?:en)?|ensimmäi\w+\s+kuukau\w+|esimene\s+kuu|"
    r"pirm(?:ais|o)\s+mēne\w+|pirm(?:as|ąjį)\s+mėnes?\w*|πρώτο[ς]?\s+μήνα\w*|muaji\s+i\s+parë|"
    # the first few months, a count word between (en "first three months", de "ersten drei Monate", fr "trois premiers
    # mois", es/pt "primeros/primeiros tres meses", it "primi tre mesi", nl "eerste drie maanden", pl "pierwsze trzy
    # miesiące", cs "první tři měsíce", hr "prva tri mjeseca", lv "pirmie trīs mēneši", lt "pirmuosius tris mėnesius",
    # et "esimesed kolm kuud", ru "первые три месяца")
    r"first\s+\w+\s+months|ersten\s+\w+\s+Monate|\w+\s+premiers\s+mois|primer[oa]s\s+\w+\s+meses|primi\s+\w+\s+mesi|"
    r"primeiros\s+\w+\s+meses|eerste\s+\w+\s+maanden|pierwsze\s+\w+\s+miesi\w+|prvn[íí]\s+\w+\s+měsíc\w*|prv[ae]\s+\w+\s+mj?esec\w*|"
    r"pirm(?:ie|os)\s+\w+\s+mēneš\w*|pirm(?:ieji|uosius)\s+\w+\s+mėnes\w*|esimese[dl]?\s+\w+\s+kuu\w*|первые\s+\w+\s+месяц\w*)|"
    r"ماه\s+اول|الشهر\s+الأول|החודש\s+הראשון|첫\s?달|初月|首月")
_AMOUNT = (
    r"(?:[£€$¥₹₽₩₺₫₪]\s?\d|\d[\d.,]*\s?(?:[£€$¥₹₽₩₺₫₪]|(?i:euros?|dollars?|dólares?|pesos|reais|rubl\w*|руб\w*|грн|"
    r"zł\w*|lir[ae]|kr|Kč|TL|lei|evr\w*|eur\w*|eiro|€|ευρώ|евр\w*|євро|forint\w*|Ft|лв\.?|динар\w*|dinar\w*|kun\w*)(?!\w)|円|元|원|ש\"ח|ש״ח))")
INTRO_PRICE = re.compile(rf"(?:{_FIRST_PERIOD})[^.!?。！？\n]{{0,25}}?{_AMOUNT}|{_AMOUNT}[^.!?。！？\n]{{0,12}}?(?:{_FIRST_PERIOD})")


# a percentage named as a discount, the discount's word beside it, either order ("10% off", "Rabatt von 10 %", "-10 %
# de réduction", "diskon 10%", "скидка 10%", "ส่วนลด 10%"): en de fr es pt it nl da/nb/sv pl cs sk hr/sr ru uk tr id/ms vi
# th lo ja ko ar fa he
_OFF = (r"(?:off|discount|rabatt|nachlass|réduction|remise|descuento|desconto|sconto|korting|rabat\w*|zniżk\w*|slev\w*|"
        r"zľav\w*|popust\w*|скидк\w*|знижк\w*|indirim\w*|diskon|potongan|giảm(?:\s+giá)?)(?![^\W\d_])|ส่วนลด|ລຸດລາຄາ|割引|할인|"
        r"خصم|تخفیف|הנחה")
_PCT = r"(?:\d{1,2}(?:[.,]\d)?\s?%|%\s?\d{1,2})"
_OFFER = re.compile(rf"(?<![\w.,]){_PCT}\s*(?:(?:de|di|of|van|na)\s+)?(?:{_OFF})|(?<![^\W\d_])(?:{_OFF})\s*"
                    rf"(?:(?:von|de|di|of|van|sebesar|up\s+to)\s+)?[-:]?\s*{_PCT}", re.I)


_ENDS, _BREAKS = ".!?。！？\n", ",;，；、،"


def _clauses(text: str, offer: re.Match) -> bool:
    """The sentence holding the offer has a comma or a semicolon: more than the offer's one clause."""
    start = max(text.rfind(ch, 0, offer.start()) for ch in _ENDS) + 1
    ends = [k for k in (text.find(ch, offer.end()) for ch in _ENDS) if k >= 0]
    end = min(ends, default=len(text))
    return any(ch in text[start:offer.start()] + text[offer.end():end] for ch in _BREAKS)  # (not "10,5 %" in it)


def coupon_line(block: HtmlElement) -> bool:
    """A short line holding a discount code and a discount or a price, or the shop's offer of a percentage off in its
    own voice, no code needed ("Members get 10% off this month's picks"): no first person in it, as a reviewer's
    bargain has ("I got it 20% off at the fair") (module docstring)."""
    text = text_of(block)
    if not text or count_words(text) > _MAX_WORDS or has_score(text):
        return False
    if not _CODE.search(text):
        offer = _OFFER.search(text) if "%" in text and count_words(text) <= _OFFER_WORDS else None
        return offer is not None and not FIRST_PERSON.search(text) and not _clauses(text, offer)
    return bool(_PERCENT.search(text) or PRICE.search(text))
