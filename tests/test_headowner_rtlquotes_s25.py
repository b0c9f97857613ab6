"""A headline "Owner-GEN ’T‘: remark" in a right-to-left script, whose papers set a title's single quotes the other way
round (the mark that reads as a closing quote in Latin text opens it, ’…‘), read by ``bookheadowner.owned_headline``
as the ‘…’ pair is: Urdu "A B کا/کی/کے ’T‘", Pashto "د A B ’T‘".

Near misses: an owner the text never names, a demonstrative as the owner ("یہ"), a one-word owner named once, and the
reversed marks in a Latin headline (an apostrophe's possessive). Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadowner import owned_headline


def _read(title: str, text: str, lang: str):
    book = owned_headline(title, Context(text, ("ادبی ڈائری",), lang))
    return (book.title, book.author) if book else None


def test_urdu_feminine_and_plural_possessives():
    text = "یہ ناول ایک پرانی حویلی کی کہانی ہے۔ قریشی نے اپنے کرداروں کو بہت محبت سے لکھا ہے۔"
    assert _read("نسرین قریشی کی ’دھوپ کا گھر‘: ایک حویلی کی یادیں", text, "ur") == ("دھوپ کا گھر", "نسرین قریشی")
    text2 = "شاہد ملک نے ان افسانوں میں شہر کی راتوں کو زندہ کر دیا ہے۔"
    assert _read("شاہد ملک کے ’رات کے مسافر‘ – شہر کی کہانیاں", text2, "ur") == ("رات کے مسافر", "شاہد ملک")


def test_urdu_masculine_possessive_headline_end():
    text = "یہ کتاب سفر کی ہے۔ جاوید صاحب، یعنی جاوید حسن، ہر باب میں ایک نیا شہر دکھاتے ہیں۔"
    assert _read("جاوید حسن کا ’ریت پر نقش‘", text, "ur") == ("ریت پر نقش", "جاوید حسن")


def test_pashto_particle_before_the_owner():
    text = "دا ناول د یوه کلي کیسه ده. ګل احمد زلمی په ډېره ساده ژبه لیکلې ده، او زلمی هر څپرکی په یوه پوښتنه پای ته رسوي."
    assert _read("د ګل احمد زلمی ’د غره سیوری‘: یوه ساده کیسه", text, "ps") == ("د غره سیوری", "ګل احمد زلمی")


def test_near_misses():
    # the owner is never named in the text
    assert _read("نسرین قریشی کی ’دھوپ کا گھر‘: ایک حویلی", "یہ ناول ایک پرانی حویلی کی کہانی ہے۔", "ur") is None
    # a demonstrative, no one
    assert _read("اس ناول کا ’دھوپ کا گھر‘: ایک حویلی", "اس ناول میں دھوپ کا گھر ایک علامت ہے۔", "ur") is None
    # a one-word owner named once in the text
    assert _read("قریشی کی ’دھوپ کا گھر‘", "قریشی نے یہ ناول لکھا۔", "ur") is None
    # a Latin headline with an apostrophe's possessive and a stray opening mark
    assert _read("Nora Platt’s garden ’twas all ‘weeds", "Platt writes about her garden.", "en") is None
