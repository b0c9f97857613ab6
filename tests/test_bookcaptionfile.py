"""caption_file_book: a cover caption naming the title (then a remark, a publisher), its picture's file spelling that title,
and the one owner of "this novel" in the text. Our own words."""

from scraper.extract.book import Context
from scraper.extract.bookcaptionfile import _spelled, caption_file_book

LINES = ["रमेश वर्मा का यह उपन्यास पटना की एक गली से शुरू होता है और तीन पीढ़ियों तक चलता है।",
         "वर्मा जी की भाषा सरल है; रमेश वर्मा को पढ़ना हमेशा अच्छा लगता है।"]


def test_file_name_spells_the_caption_title():
    assert _spelled("काली रेत", "kali ret cover")
    assert _spelled("Salt Harbour", "salt harbour cover 2019")
    assert not _spelled("काली रेत", "monsoon photo")


def test_hindi_caption_title_and_owner_of_this_novel():
    captioned = [("काली रेत (दो खंड), नीलम प्रकाशन का पेपरबैक संस्करण", "file: kali ret cover")]
    assert caption_file_book(captioned, LINES, Context("\n".join(LINES))) == ("काली रेत", "रमेश वर्मा")


def test_near_misses():
    text = Context("\n".join(LINES))
    # the file names something else: the caption may be any picture's
    assert caption_file_book([("काली रेत (दो खंड), नीलम प्रकाशन", "file: img 2041")], LINES, text) is None
    # an alt text instead of a file name: other rules read those
    assert caption_file_book([("काली रेत, नीलम प्रकाशन", "पुस्तक का आवरण")], LINES, text) is None
    # no owner of "this novel" named again
    lines = ["यह उपन्यास पटना की एक गली से शुरू होता है।"]
    assert caption_file_book([("काली रेत, नीलम प्रकाशन", "file: kali ret")], lines, Context(lines[0])) is None
