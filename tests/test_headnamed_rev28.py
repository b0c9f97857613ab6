"""rev28 #1: a caseless magazine headline "A B : T – remark" (``bookheadowner.headed_owner``, ``_named_head``) is read
only when the text speaks of T as a work: it names T again, or points back at a book with a demonstrative ("यह
उपन्यास", "یہ ناول", "ਇਹ ਨਾਵਲ", "এই উপন্যাস"). A paper's report of an occasion under a writer's name (an anniversary,
a birthday, an award, a death) names the occasion after the colon: those words are no work.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadowner import headed_owner


def _read(title: str, text: str, lang: str):
    book = headed_owner(title, Context(text, ("साहित्यकुंज",), lang))
    return (book.title, book.author) if book else None


def test_demonstrative_points_back_at_the_work():
    hi = "इस उपन्यास में एक नदी किनारे बसे गाँव की तीन पीढ़ियाँ हैं। कमला जी की भाषा सरल पर गहरी है।"
    assert _read("कमला बिष्ट : नदी का मौन – तीन पीढ़ियों की कथा", hi, "hi") == ("नदी का मौन", "कमला बिष्ट")
    bn = "এই উপন্যাসে একটি নদীর ধারের গ্রামের গল্প। সেন বাবু খুব যত্ন করে চরিত্রগুলো গড়েছেন।"
    assert _read("অমল সেন : নদীর গান – এক গ্রামের কথা", bn, "bn") == ("নদীর গান", "অমল সেন")
    ur = "اس کتاب میں ایک پرانے شہر کی گلیاں زندہ ہو جاتی ہیں۔ قریشی صاحب کا اسلوب سادہ ہے۔"
    assert _read("سلیم قریشی : پرانی گلیاں – ایک شہر کی یاد داشت", ur, "ur") == ("پرانی گلیاں", "سلیم قریشی")


def test_work_named_again_without_a_demonstrative():
    gu = "સાંજનો દીવો વાંચતાં ગામડાની સાંજ આંખ સામે આવે છે. પટેલ જી પાત્રોને ધીરજથી ઘડે છે."
    assert _read("રમેશ પટેલ : સાંજનો દીવો – ગામની વાર્તા", gu, "gu") == ("સાંજનો દીવો", "રમેશ પટેલ")


def test_occasions_are_no_work():
    # a birth anniversary (hi), a death anniversary (ur), an award (pa), a birthday (bn): the text addresses the
    # person and even says "this novel" of an old book, yet the headline names the occasion
    hi = "आज कमला जी की जयंती है। उनके गाँव में सभा हुई और इस उपन्यास के अंश पढ़े गए।"
    assert _read("कमला बिष्ट : जयंती पर विशेष – गाँव से", hi, "hi") is None
    ur = "آج قریشی صاحب کی برسی ہے۔ اس کتاب کے کچھ حصے پڑھے گئے۔"
    assert _read("سلیم قریشی : برسی کے موقع پر – لاہور سے", ur, "ur") is None
    pa = "ਕੱਲ੍ਹ ਗਿੱਲ ਜੀ ਨੂੰ ਸਨਮਾਨਿਤ ਕੀਤਾ ਗਿਆ। ਇਹ ਨਾਵਲ ਵੀ ਚਰਚਾ ਵਿੱਚ ਰਿਹਾ।"
    assert _read("ਹਰਜੀਤ ਗਿੱਲ : ਸਾਹਿਤ ਸਨਮਾਨ – ਚੰਡੀਗੜ੍ਹ ਵਿੱਚ ਸਮਾਰੋਹ", pa, "pa") is None
    bn = "আজ সেন বাবুর জন্মদিন। এই বই নিয়ে আলোচনা হল।"
    assert _read("অমল সেন : জন্মদিনে শ্রদ্ধা – কলকাতা থেকে", bn, "bn") is None


def test_a_report_that_never_speaks_of_the_work():
    # addressed with respect, no occasion word, but the phrase after the colon is never named again and no book is
    # pointed at: a visit's report, not a review
    hi = "कमला जी के घर सुबह से लोग आने लगे। बच्चों ने गीत गाए और शाम को सभा हुई।"
    assert _read("कमला बिष्ट : पहाड़ी गाँव – अल्मोड़ा से", hi, "hi") is None
    mr = "गौरी जी यांच्या घरी सकाळपासून लोक जमले. संध्याकाळी छोटी सभा झाली."
    assert _read("गौरी पाटील : कोकणातली वाट – रत्नागिरीहून", mr, "mr") is None
