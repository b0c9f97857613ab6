"""A caption "A's novel 'T', a note" whose title is set in quotes (``bookcaptionowner.captioned_title``): the quotes
mark the title, so the text need not name it again (it calls the work "this novel" and its owner by name); and the Arabic
script's comma "،" closes the title as a comma does. Near misses: the text quotes another title (which book is the
post's?); an unquoted title the text never names; the caption's owner the text never names again.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcaptionowner import captioned_title


def _read(caption: str, text: str, headline: str = "ایک خاموش شہر"):
    return captioned_title([(caption, "")], text, Context(text, (), None), headline)


def test_quoted_title_in_captions():
    ur = "نادرہ خان کا یہ ناول ایک خاموش شہر کی کہانی ہے۔ خان کی زبان سادہ ہے اور یہ ناول دیر تک یاد رہتا ہے۔"
    assert _read("نادرہ خان کا ناول ’سرد موسم‘، نیا ایڈیشن", ur) == ("سرد موسم", "نادرہ خان")
    assert _read("نادرہ خان کا ناول ‘سرد موسم’، پہلا ایڈیشن", ur) == ("سرد موسم", "نادرہ خان")
    hi = "वर्मा का यह उपन्यास एक छोटे शहर की कहानी है। वर्मा की भाषा सरल है और उपन्यास याद रहता है।"
    assert _read("सरोज वर्मा का उपन्यास 'धूप की नदी', पहला संस्करण", hi, "एक छोटा शहर") == ("धूप की नदी", "सरोज वर्मा")
    bn = "বসুর এই উপন্যাস একটি ছোট শহরের গল্প। বসু সহজ ভাষায় লেখেন, উপন্যাসটি মনে থাকে।"
    assert _read("সুদীপা বসুর উপন্যাস ‘বর্ষার দিন’, প্রথম সংস্করণ", bn, "একটি ছোট শহর") == ("বর্ষার দিন", "সুদীপা বসু")


def test_near_misses():
    # the text quotes another title: which is the post's is not told
    ur = "نادرہ خان کا یہ ناول ’گرم دن‘ کے بعد آیا۔ خان کی زبان سادہ ہے اور یہ ناول یاد رہتا ہے۔"
    assert _read("نادرہ خان کا ناول ’سرد موسم‘، نیا ایڈیشن", ur) is None
    # an unquoted title the text never names
    ur2 = "نادرہ خان کا یہ ناول ایک خاموش شہر کی کہانی ہے۔ خان کی زبان سادہ ہے اور یہ ناول یاد رہتا ہے۔"
    assert _read("نادرہ خان کا ناول سرد موسم، نیا ایڈیشن", ur2) is None
    # the owner never named again in the text
    assert _read("نادرہ خان کا ناول ’سرد موسم‘، نیا ایڈیشن", "یہ ناول ایک خاموش شہر کی کہانی ہے۔") is None
