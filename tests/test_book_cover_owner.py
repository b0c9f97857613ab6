"""A cover's caption naming the book without its author, and the opening paragraph that starts by making a person the
owner of "this novel" (bookcoverowner.py, bookB13): Bengali and Hindi; near misses: no cover, two covers, a pronoun or
"the writer" as the owner, the owner not opening the paragraph, no demonstrative."""

from scraper.extract.book import Context
from scraper.extract.bookcoverowner import cover_owner

_BN_CAPTION = [("নদীর ধারে বাড়ি — পুরনো সংস্করণ, লাইব্রেরি থেকে ধার করা", "file: nodir dhare cover")]
_BN_LINE = "সুমিতা রায়চৌধুরীর এই উপন্যাসটা অনেক দিন ধরে তাকে পড়ে ছিল, শেষমেশ শীতের ছুটিতে পড়ে ফেললাম।"
_HI_CAPTION = [("पहाड़ों की शाम (पुराना संस्करण)", "पुस्तक का कवर")]
_HI_LINE = "विनोद मल्होत्रा का यह उपन्यास बहुत दिनों से मेरी मेज़ पर पड़ा था, आख़िर इस बार पढ़ ही लिया।"


def test_bengali_and_hindi():
    assert cover_owner(_BN_CAPTION, [_BN_CAPTION[0][0], _BN_LINE], Context(_BN_LINE)) == ("নদীর ধারে বাড়ি", "সুমিতা রায়চৌধুরী")
    assert cover_owner(_HI_CAPTION, [_HI_LINE], Context(_HI_LINE)) == ("पहाड़ों की शाम", "विनोद मल्होत्रा")


def test_near_misses():
    # the picture is no cover (a photograph of the river)
    photo = [("নদীর ধারে বাড়ি — বিকেলের আলো", "file: river evening")]
    assert cover_owner(photo, [_BN_LINE], Context(_BN_LINE)) is None
    # two covers: no telling which
    two = _BN_CAPTION + [("অন্য বই — দ্বিতীয় খণ্ড", "file: onno cover")]
    assert cover_owner(two, [_BN_LINE], Context(_BN_LINE)) is None
    # "my favourite writer's this novel": no name
    line = "আমার প্রিয় লেখকের এই উপন্যাসটা অনেক দিন ধরে তাকে পড়ে ছিল, শেষমেশ শীতের ছুটিতে পড়ে ফেললাম।"
    assert cover_owner(_BN_CAPTION, [line], Context(line)) is None
    # the owner not at the paragraph's opening, or no demonstrative pointing back at the pictured book
    line = "শীতের ছুটিতে অবশেষে পড়লাম সুমিতা রায়চৌধুরীর এই উপন্যাসটা, অনেক দিন ধরে তাকে পড়ে ছিল বলে।"
    assert cover_owner(_BN_CAPTION, [line], Context(line)) is None
    line = "विनोद मल्होत्रा का पहला उपन्यास मुझे याद है, पर यह किताब अलग है, बहुत दिनों से मेज़ पर थी।"
    assert cover_owner(_HI_CAPTION, [line], Context(line)) is None
