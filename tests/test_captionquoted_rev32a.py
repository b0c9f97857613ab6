"""``bookcaptionowner``'s quoted-title caption narrowed (review rev32a): a caption "A's novel 'T', a note" whose title
the text never names is read only in a script without capitals, where the text calls its work "this <the caption's
noun>" and speaks of no new or older work of the owner's beside it (the picture may show their earlier book); a caseless
title the text names must be a whole word (not a stem of another).

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcaptionowner import captioned_title


def _read(caption: str, text: str, headline: str = "ایک خاموش شہر"):
    return captioned_title([(caption, "")], text, Context(text, (), None), headline)


def test_still_reads_quoted_captions():
    ur = "نادرہ خان کا یہ ناول ایک خاموش شہر کی کہانی ہے۔ خان کی زبان سادہ ہے اور یہ ناول دیر تک یاد رہتا ہے۔"
    assert _read("نادرہ خان کا ناول ’سرد موسم‘، نیا ایڈیشن", ur) == ("سرد موسم", "نادرہ خان")
    hi = "वर्मा का यह उपन्यास एक छोटे शहर की कहानी है। वर्मा की भाषा सरल है और उपन्यास याद रहता है।"
    assert _read("सरोज वर्मा का उपन्यास 'धूप की नदी', पहला संस्करण", hi, "एक छोटा शहर") == ("धूप की नदी", "सरोज वर्मा")
    ta = "ராமநாதனின் இந்த நாவல் ஒரு கடற்கரை ஊரின் கதை. ராமநாதன் எளிய மொழியில் எழுதுகிறார்."
    assert _read("செல்வி ராமநாதனின் நாவல் ‘அலைகள்’, முதல் பதிப்பு", ta, "கடற்கரை ஊர்") == ("அலைகள்", "செல்வி ராமநாதன்")


def test_earlier_book_of_the_owner():
    ur = ("نادرہ خان کا یہ نیا ناول ایک قصبے کی کہانی ہے۔ خان نے کرداروں کو محبت سے لکھا ہے۔ میں یہ ناول سب کو تجویز "
          "کروں گا۔ تصویر میں مصنفہ کی پرانی کتاب ہے۔")
    assert _read("نادرہ خان کا ناول ’سرد موسم‘، پہلا ایڈیشن", ur) is None
    hi = "वर्मा का यह नया उपन्यास एक गाँव की कहानी है। वर्मा की भाषा सरल है। तस्वीर में उनकी पुरानी किताब है।"
    assert _read("सरोज वर्मा का उपन्यास 'धूप की नदी', पहला संस्करण", hi, "एक गाँव") is None


def test_no_this_work_or_cased():
    # an obituary: the owner and "novels" named, never "this novel"
    ur = "نادرہ خان کل انتقال کر گئیں۔ خان نے افسانے، ناول اور کالم لکھے۔ ان کی نماز جنازہ آج ادا کی جائے گی۔"
    assert _read("نادرہ خان کا ناول ’سرد موسم‘، پہلا ایڈیشن", ur) is None
    en = ("Jane Okafor's new novel follows three sisters on an orchard. Okafor writes with patience, and this novel "
          "never hurries. I read her earlier work years ago, pictured above.")
    assert _read("Jane Okafor's novel 'The Salt Year', first edition", en, "Three sisters") is None


def test_title_named_only_inside_another_word():
    ur = ("نادرہ خان کل انتقال کر گئیں۔ خان کی تحریروں میں پرانی بستیوں کا ذکر ہے اور یہ ناول بھی اسی کا ہے۔ "
          "نئی نسل نے انہیں کم پڑھا۔")
    assert _read("نادرہ خان کا ناول ’بستی‘، پہلا ایڈیشن", ur, "ایک عہد") is None
