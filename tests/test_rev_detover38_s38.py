"""rev-detover38: detover38's rules on pages nobody wrote them for. A review whose labelled "Place:/Time:" lines give
its story's setting or a reading its writer went to is no notice (``gatherings.judge``: the post's own voice); a
review published on a festival's own site, or on a blog named for a book fairy, is no event report
(``festivalsite``); a Ghost header picture's caption "T by A (oil on canvas, 1921)", its bracket a picture's note in
lower case, is no housed record (``recordcaption.housed_by_name``)."""

from scraper.extract import extract_page
from test_detover_s38 import _PARAS, _URL, _ghost_page

_REV = [
    "I picked up this novel on a friend's advice and could not put it down. The writing is spare and precise, and the "
    "characters feel lived in from the first page; I loved the way the widow's grief is shown through small chores.",
    "The middle sags a little, and one subplot about a land sale goes nowhere, but the storm chapter near the end is "
    "among the best things I have read this year. The dialogue is sharp and the village is drawn with great patience.",
    "I recommend it warmly to anyone who likes quiet, careful fiction about work and weather. It is a book I will "
    "reread, and I will be looking for whatever the author writes next.",
]
_TA = [
    "இந்த நாவலை வாசித்து முடித்ததும் நீண்ட நேரம் அமைதியாக இருந்தேன். ஆசிரியரின் மொழி எளிமையானது ஆனால் ஆழமானது, "
    "பாத்திரங்கள் நமக்குத் தெரிந்தவர்கள் போல இருக்கிறார்கள்.",
    "கதையின் நடுப்பகுதி சற்று மெதுவாகச் செல்கிறது, ஆனாலும் இறுதி அத்தியாயங்கள் அற்புதமானவை. புயல் இரவின் விவரிப்பு "
    "என்னை உலுக்கியது. அனைவருக்கும் இந்த நூலைப் பரிந்துரைக்கிறேன்.",
    "வரலாற்று நாவல்களை விரும்புபவர்கள் தவறாமல் படிக்க வேண்டிய நூல் இது. மீண்டும் ஒருமுறை வாசிக்க விரும்புகிறேன்.",
]


def _page(title: str, blocks: list[str], lang: str = "en") -> str:
    body = "".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><main>"
            f"<article class='post'><h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div>"
            "</article></main></body></html>")


def _ul(*lines: str) -> str:
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


_NOTICE = "labelled lines give a meeting's place"


def test_a_tamil_review_opening_on_its_storys_place_and_time_is_no_notice():
    blocks = [_ul("இடம்: தஞ்சாவூர்", "நேரம்: 1942 ஆகஸ்ட் 9 இரவு")] + _TA * 3
    record = extract_page(_page("புயல் இரவு", blocks, "ta"), "https://vasippu.example.org/2026/12/puyal/")
    assert _NOTICE not in record.reason and record.is_review


def test_a_tamil_review_closing_on_the_launch_its_writer_went_to_is_no_notice():
    blocks = _TA * 3 + ["நூல் வெளியீட்டு விழாவில் நானும் கலந்துகொண்டேன்.", _ul("தேதி: 14 ஜனவரி", "இடம்: சென்னை புத்தகக் காட்சி")]
    record = extract_page(_page("புயல் இரவு", blocks, "ta"), "https://vasippu.example.org/2026/12/puyal/")
    assert _NOTICE not in record.reason and record.is_review


def test_an_english_review_with_its_settings_place_and_time_lines_is_no_notice():
    blocks = [_ul("Place: Tórshavn harbour", "Time: the winter of 1952, 3 months")] + _REV
    record = extract_page(_page("The Winter Ferry", blocks), "https://sundferry.example.org/2026/12/the-winter-ferry/")
    assert _NOTICE not in record.reason and record.is_review


def test_a_review_on_a_festivals_own_blog_is_still_a_review():
    url = "https://www.harbour-litfest.example.org/journal/our-book-of-the-month/"
    record = extract_page(_page("Our book of the month", _REV), url)
    assert "festival's or a book fair's own site" not in record.reason and record.is_review


def test_a_blog_named_for_a_book_fairy_is_no_book_fairs_site():
    record = extract_page(_page("The Winter Ferry", _REV), "https://thebookfairy.example.org/2026/12/the-winter-ferry/")
    assert "festival's or a book fair's own site" not in record.reason and record.is_review


def test_a_ghost_header_paintings_caption_with_a_lower_case_bracket_stays_out():
    paras = list(_PARAS)
    _PARAS[0] += " Sam Lee painted this coast too."
    try:
        caption = "Winter Harbour by Sam Lee (oil on canvas, 1921)"
        assert caption not in extract_page(_ghost_page(caption, "winter-harbour.jpg"), _URL).body_text
    finally:
        _PARAS[:] = paras


def test_a_ghost_header_photo_by_the_author_stays_out():
    caption = "Evening Ferry Crossing by Ragna Holm (author photo)"
    assert caption not in extract_page(_ghost_page(caption, "evening-ferry-crossing.jpg"), _URL).body_text
