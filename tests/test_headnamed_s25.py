"""A literary magazine's headline in a caseless script, "A B : T – remark" (perhaps after the magazine's own name and
a colon): the author, a colon, the work. ``bookheadowner.headed_owner`` (``_named_head``) reads it when the text
addresses a word of the name with an honorific (Hindi "जी", Urdu "صاحب", Punjabi "ਜੀ", Telugu "గారు"), which no book
noun, place or theme takes.

Near misses: a text that never addresses the name so, a talk with the person or a tribute ("A B : एक बातचीत"), a
label before the colon, a name of one word. Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadowner import headed_owner


def _read(title: str, text: str, lang: str):
    book = headed_owner(title, Context(text, ("कथापत्र",), lang))
    return (book.title, book.author) if book else None


def test_hindi_after_the_magazine_name():
    text = "यह उपन्यास एक छोटे कस्बे की कहानी है। सुधा जी अपने पात्रों को बहुत धैर्य से गढ़ती हैं।"
    assert _read("कथापत्र: सुधा रावत : पहाड़ की धूप – एक कस्बे का जीवन", text, "hi") == ("पहाड़ की धूप", "सुधा रावत")


def test_urdu_surname_addressed():
    text = "یہ ناول ایک گاؤں کی کہانی ہے۔ ملک صاحب نے کرداروں کو بہت خوبی سے لکھا ہے۔"
    assert _read("نعیم ملک : سرسوں کے کھیت – ایک گاؤں کی داستان", text, "ur") == ("سرسوں کے کھیت", "نعیم ملک")


def test_punjabi_and_telugu():
    pa = "ਇਹ ਨਾਵਲ ਇੱਕ ਪਿੰਡ ਦੀ ਕਹਾਣੀ ਹੈ। ਗਿੱਲ ਜੀ ਨੇ ਬੜੀ ਸਾਦਗੀ ਨਾਲ ਲਿਖਿਆ ਹੈ।"
    assert _read("ਹਰਜੀਤ ਗਿੱਲ : ਖੂਹ ਦਾ ਪਾਣੀ", pa, "pa") == ("ਖੂਹ ਦਾ ਪਾਣੀ", "ਹਰਜੀਤ ਗਿੱਲ")
    te = "ఈ నవల ఒక పల్లె కథ. లక్ష్మి గారు పాత్రలను చాలా ఓపికగా రాశారు."
    assert _read("లక్ష్మి రెడ్డి : నది ఒడ్డు – ఒక పల్లె కథ", te, "te") == ("నది ఒడ్డు", "లక్ష్మి రెడ్డి")


def test_near_misses():
    # never addressed with respect
    assert _read("सुधा रावत : पहाड़ की धूप – एक कस्बे का जीवन", "यह उपन्यास एक छोटे कस्बे की कहानी है।", "hi") is None
    # a talk with the person, not a work
    assert _read("सुधा रावत : एक बातचीत", "सुधा जी से हमने लंबी बात की।", "hi") is None
    assert _read("सुधा रावत : लेखन और जीवन पर बातचीत", "सुधा जी से हमने लंबी बात की।", "hi") is None
    # a theme addressed nowhere: "हिंदी उपन्यास" is no one
    assert _read("हिंदी उपन्यास : नई दिशाएँ – एक बहस", "हिंदी उपन्यास आज बदल रहा है। उपन्यास नए विषय खोज रहा है।", "hi") is None
    # a name of one word
    assert _read("सुधा : पहाड़ की धूप", "सुधा जी अपने पात्रों को गढ़ती हैं।", "hi") is None
