"""holdout63 round (det63a), pages of our own invention.

1. bookheadowner.indic_owned: an Indic newspaper headline "A-GEN 'T': remark" whose quoted title the short review
   never names again ("this novel") counts when the post's own tags name the owner's base whole and the text names it
   bare once (ta, ml, bn). Near misses: no tags, tags naming someone else, a base the text never names.
2. holdingsrecord.noted_record: an OPAC record page with no h1 whose one h2 is the record's title, a record table, a
   copies table, a summary and one short patron's note is a record, no review. Near misses: two h2s (a blog's
   sections), a patron's review longer than the summary.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.book import Context
from scraper.extract.bookheadowner import owned_headline
from scraper.extract.holdingsrecord import holdings_record

TA_HEAD = "முருகனின் 'மழைக்கால இரவுகள்': ஒரு சிறிய நகரத்தின் கதை"
TA_TEXT = ("மழை பெய்யும் ஒரு சிறிய நகரத்தில் வாழும் மூன்று குடும்பங்கள். முருகன் இந்த நாவலில் அவர்களின் "
           "அன்றாட வாழ்க்கையை மிக எளிமையாகச் சொல்கிறார். மதிப்பீடு: ★★★★☆")
ML_HEAD = "ലീലാവതിയുടെ 'കടലോരത്തെ വീട്': ഓർമകളുടെ പുസ്തകം"
ML_TEXT = "ഒരു മത്സ്യത്തൊഴിലാളി കുടുംബത്തിന്റെ കഥയാണിത്. ലീലാവതി ഈ നോവലിൽ കടലിനെ ഒരു കഥാപാത്രമാക്കുന്നു."
BN_HEAD = "অমল দত্তের 'নদীর ওপারে': এক গ্রামের গল্প"
BN_TEXT = "একটি ছোট গ্রামের মানুষের গল্প। অমল দত্ত এই উপন্যাসে খুব সহজ ভাষায় লিখেছেন।"


def _book(head: str, text: str, labels=(), lang: str = "ta"):
    return owned_headline(head, Context(text, (), lang), list(labels))


def test_tamil_tagged_owner_once():
    book = _book(TA_HEAD, TA_TEXT, ["முருகன்", "நாவல்", "புத்தக விமர்சனம்"])
    assert book is not None and (book.title, book.author) == ("மழைக்கால இரவுகள்", "முருகன்")


def test_malayalam_and_bengali_tagged():
    book = _book(ML_HEAD, ML_TEXT, ["ലീലാവതി", "നോവൽ"], "ml")
    assert book is not None and (book.title, book.author) == ("കടലോരത്തെ വീട്", "ലീലാവതി")
    book = _book(BN_HEAD, BN_TEXT, ["অমল দত্ত"], "bn")
    assert book is not None and (book.title, book.author) == ("নদীর ওপারে", "অমল দত্ত")


def test_near_misses_untagged_or_other_tag_or_unnamed():
    assert _book(TA_HEAD, TA_TEXT) is None  # (no tags: the title named once is not enough)
    assert _book(TA_HEAD, TA_TEXT, ["சென்னை", "நாவல்"]) is None  # (tags name someone else)
    unnamed = "மழை பெய்யும் ஒரு சிறிய நகரத்தில் வாழும் மூன்று குடும்பங்கள்."
    assert _book(TA_HEAD, unnamed, ["முருகன்"]) is None  # (the text never names the owner bare)


def _opac(heads: str = '<h2 class="title">Salt and Lanterns</h2>', note: str | None = None) -> str:
    note = note or "Chose it for our reading circle. Half of us loved the letters, the rest found the ending rushed."
    return f"""<html lang="en"><head><title>Salt and Lanterns - Town Library Catalog</title></head><body>
<div id="top"><a href="/login">Log In</a> <input type="text"><button>Search</button></div>
<div class="content"><div class="detail">{heads}
<table class="fields"><tr><td>Author:</td><td>Quill, Marta</td></tr><tr><td>Publisher:</td><td>Lantern House, 2019</td></tr>
<tr><td>Description:</td><td>288 p. ; 22 cm.</td></tr><tr><td>ISBN:</td><td>9780000000024</td></tr>
<tr><td>Subjects:</td><td>Lighthouses -- Fiction</td></tr></table>
<div class="summary"><h3>Summary</h3><p>A lighthouse keeper's widow keeps the lamp lit through a hard winter while letters from
her missing son arrive out of order, and the village slowly learns what really happened on the night of the storm.</p></div></div>
<div class="holdings"><h3>Copies</h3><table><tr><th>Location</th><th>Call Number</th><th>Status</th></tr>
<tr><td>Main</td><td>FIC QUI</td><td>Available</td></tr><tr><td>North Branch</td><td>FIC QUI</td><td>On loan</td></tr></table></div>
<div class="memberReviews"><h3>Member Reviews</h3><div class="memberReview"><span>Posted by tidewalker on 03/04/2026</span>
<p>{note}</p></div></div></div></body></html>"""


def test_opac_record_titled_in_h2():
    assert holdings_record(lxml_html.fromstring(_opac())) is not None


def test_opac_near_misses():
    two = '<h2>Salt and Lanterns</h2><h2>My thoughts</h2>'
    assert holdings_record(lxml_html.fromstring(_opac(two))) is None
    long_note = " ".join(["The letters arrive in the wrong order and I kept turning back to check the dates."] * 4)
    assert holdings_record(lxml_html.fromstring(_opac(note=long_note))) is None
