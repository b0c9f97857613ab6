"""A shop's order line set among the review's paragraphs: "Order the book at <shop>, phone 020 …, delivery nationwide".

A bookshop that supplies a blog (or the blog's own little shop) has its order line spliced into the post, as a
classified advertisement reads: the bid to order or the word for delivery, and a telephone number under its label.
A review's sentences give no phone number to call, so the shape holds anywhere in the body, in any language:

- a short line (40 words at most, not a heading, quotation, list or table), no score;
- a phone number under its label (``_PHONE``: tel, phone, tél, Telefon, телефон, WhatsApp, điện thoại, โทร, ໂທ, 電話 …,
  or a telephone pictograph), eight digits or more;
- and the bid to order or buy (``buyline.BUY_OPEN``, or the order verbs of the languages it lacks: th, lo, km, my, vi,
  id/ms ``_ORDER``) or a delivery word (``_DELIVERY``: delivery, shipping, livraison, Versand, envío, доставка, ส่ง,
  ສົ່ງ, giao hàng, kirim, ongkir …).

The call opens the line, as a classified's does: the order bid, the delivery word or the phone's label begins it (one
word before it at most: "📖 ສັ່ງຊື້ …", "Order signed copies …", "Tel. 020 …"), and no first person is in it.

What stays: a review's sentence about ordering or delivery with no number ("I ordered it by phone and it came in two
days"), a number in the story with no phone label ("the note gives a number, 555 0192"), an ISBN; a sentence of the
story or the reviewer's that holds a labelled number and a delivery further in ("In chapter three she dials the bakery,
phone 0161 …, and orders a delivery"; "I ordered it by phone (tel. …), delivery took two days": rev-bpchrome38).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adaptrights import FIRST_PERSON
from .rating import has_score
from .tailasks import short_line

RULE = "buy line"
_LEAD_WORDS, _LEAD_CHARS = 1, 12  # (a word before the call: "Now order …", "สนใจสั่งซื้อ …", a run of Thai no sentence)
_PHONE = re.compile(
    r"(?:(?<![^\W\d_])(?:tel|telp|ph|phone|tél|t[ée]l[ée]phone|telefon\w*|tel[ée]fono|telefone|телефон|тел|hotline|"
    r"whats\s?app|wa|sđt|đt|điện\s+thoại|hp|line)(?![^\W\d_])\.?|โทร\.?|ໂທ|ទូរស័ព្ទ|ဖုန်း|電話|电话|전화|[☎📞📱])"
    r"\s*[:：.]?\s*(?P<number>\+?\d[\d\s().-]{6,20}\d)", re.I)
# (the order verbs buyline lacks: th, lo, km, my; vi, id/ms as words)
_ORDER_STEMS = ("สั่งซื้อ", "สั่งจอง", "ສັ່ງຊື້", "ສັ່ງຈອງ", "បញ្ជាទិញ", "ကြိုတင်မှာ", "မှာယူ")
_ORDER = re.compile("|".join(_ORDER_STEMS) + r"|(?<!\w)(?:đặt\s+(?:mua|sách|hàng)|pesan|pemesanan)(?!\w)", re.I)
_DELIVERY = re.compile(
    r"(?<![^\W\d_])(?:deliver\w*|shipping|ships|livraison|livr[ée]|versand\w*|lieferung|liefern|envíos?|entregas?|"
    r"consegn\w*|spedizion\w*|bezorg\w*|verzend\w*|leverans|wysyłk\w*|dostaw\w*|доставк\w*|kargo|giao\s+hàng|"
    r"kirim\w*|pengiriman|ongkir|cod)(?![^\W\d_])|ส่งทั่ว|จัดส่ง|ສົ່ງ|ដឹកជញ្ជូន|ပို့ဆောင်|配送|送货|배송", re.I)


def order_line(block: HtmlElement) -> bool:
    """A short line with a phone number under its label and an order bid or a delivery word (module docstring)."""
    text = short_line(block)
    if not text or not any(ch.isdigit() for ch in text):
        return False
    phone = _PHONE.search(text)
    if phone is None or sum(ch.isdigit() for ch in phone.group("number")) < 8 or has_score(text) \
            or FIRST_PERSON.search(text):
        return False
    from .buyline import BUY_OPEN  # (late: buyline reads partnerline, which reads this module)
    if BUY_OPEN.match(text):
        return True
    calls = [m.start() for m in (_ORDER.search(text), _DELIVERY.search(text)) if m]
    if not calls:
        return False
    lead = [w for w in text[:min(calls + [phone.start()])].split() if any(ch.isalpha() for ch in w)]
    return len(lead) <= _LEAD_WORDS and all(len(w) <= _LEAD_CHARS for w in lead)  # (the call opens the line)
