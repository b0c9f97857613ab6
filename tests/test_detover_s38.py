"""detover38: a notice's when-and-where lines written with Khmer's colon "៖" and labels in Khmer (and lo, my, si, ta,
bn) are the notice's (``gatherings.when_where``); a cover captioned with the book's housed record, "T, by A (House)",
whose file name spells the title (its short words dropped, as slugs drop them) is the review's record line, in the
text's first block (``recordcaption.names_book``) or closing a Ghost theme's header (``bodyfields._prepend_cover``)."""

from scraper.extract import extract_page

_KM_PARAS = [
    "ក្លឹបអានសៀវភៅរបស់យើង នឹងជួបជុំគ្នានៅចុងសប្តាហ៍នេះ ដើម្បីចែករំលែកសៀវភៅដែលយើងចូលចិត្ត ហើយស្គាល់មិត្តអ្នកអានថ្មីៗ។",
    "សូមនាំមកនូវសៀវភៅដែលអ្នកអានរួចហើយ ហើយយកសៀវភៅមួយក្បាលទៀតទៅផ្ទះវិញ។ កុមារ និងក្រុមគ្រួសារ ត្រូវបានស្វាគមន៍។",
    "មានតែ និងកាហ្វេ ឥតគិតថ្លៃ សម្រាប់អ្នកចូលរួមទាំងអស់ ហើយយើងនឹងអានកំណាព្យខ្លីៗ ជាមួយគ្នានៅពេលល្ងាច។",
    "ឆ្នាំមុន មនុស្សជាងមួយរយនាក់ បានមកចូលរួម ហើយសៀវភៅរាប់រយក្បាល បានផ្លាស់ប្តូរម្ចាស់ថ្មី នៅក្នុងទីក្រុងរបស់យើង។",
]
_KM_URL = "https://readersclub.example.org/2026/12/km-swap/"


def _km_page(labelled: str, gap: int = 0) -> str:
    paras = [f"<p>{p}</p>" for p in _KM_PARAS * 3]
    listed = labelled.split("|")
    body = paras[0] + f"<ul><li>{listed[0]}</li></ul>" + "".join(paras[1:1 + gap]) \
        + "".join(f"<ul><li>{line}</li></ul>" for line in listed[1:]) + "".join(paras[1 + gap:])
    return (f"<html lang='km'><head><meta charset='utf-8'><title>ការជួបជុំ | ក្លឹបអាន</title></head><body><main>"
            f"<article class='post'><h1 class='entry-title'>ការជួបជុំ</h1><div class='entry-content'>{body}</div>"
            f"</article></main></body></html>")


_DATE = "កាលបរិច្ឆេទ៖ ថ្ងៃសៅរ៍ ទី១៤ ខែមករា ម៉ោង ៩ព្រឹក"
_PLACE = "ទីកន្លែង៖ បណ្ណាល័យក្រុង ជាន់ទីពីរ"


def test_khmer_labelled_date_and_place_lines_make_a_notice():
    record = extract_page(_km_page(f"{_DATE}|{_PLACE}"), _KM_URL)
    assert not record.is_review and record.kind == "announcement"


def test_a_khmer_date_line_alone_is_no_notice():
    # (near miss: a day's labelled line, no place's: a review may date the reading)
    record = extract_page(_km_page(_DATE), _KM_URL)
    assert "labelled lines give a meeting's place" not in record.reason


def test_khmer_date_and_place_lines_far_apart_are_no_notice():
    # (near miss: the two labelled lines more than three lines apart are no when-and-where block)
    record = extract_page(_km_page(f"{_DATE}|{_PLACE}", gap=6), _KM_URL)
    assert "labelled lines give a meeting's place" not in record.reason


_PARAS = [
    "A ferryman's widow takes over his route across the sound for one winter, and Holm follows her crossings, the "
    "passengers who trust her and the ones who do not, in short chapters named after the weather.",
    "The prose is plain and exact, the dialogue is sparse, and the village is drawn with a patience that makes the "
    "single storm near the end land with real force, though one subplot about a land sale goes nowhere.",
    "I closed it wanting to stand on a cold quay and watch boats, which is the best thing I can say of any novel.",
]
_URL = "https://sundferry.example.org/2026/12/cold-crossings/"


def _builder_page(caption: str, file: str = "winter-ferry.jpg") -> str:
    """A blog post: the cover's figure at the top of the text's box, captioned."""
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html lang='en'><head><meta charset='utf-8'><title>Cold crossings | Sound Ferry</title></head><body><main>"
            "<article class='post'><h1 class='entry-title'>Cold crossings</h1><div class='entry-content'>"
            f"<figure class='wp-block-image'><img src='https://cdn.example.org/v1/{file}' alt=''>"
            f"<figcaption class='wp-element-caption'>{caption}</figcaption></figure>{body}</div></article>"
            "</main></body></html>")


def _ghost_page(caption: str, file: str = "winter-ferry.jpg") -> str:
    """A Ghost theme's post: the cover's figure closing the article's header, the text's section after it."""
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html lang='en'><head><meta charset='utf-8'><title>Cold crossings</title></head><body><main>"
            "<article class='article'><header class='article-header gh-canvas'><h1 class='article-title'>Cold crossings</h1>"
            "<p class='article-excerpt'>A quiet novel about a ferry route in winter</p>"
            f"<figure class='article-image'><img src='/content/images/2026/12/{file}' alt=''><figcaption>{caption}"
            f"</figcaption></figure></header><section class='gh-content gh-canvas'>{body}</section></article>"
            "</main></body></html>")


_HOUSED = "The Winter Ferry by Ragna Holm (Skerry Publishing, 2025)"


def test_a_housed_record_caption_whose_file_drops_the_article_is_kept():
    assert _HOUSED in extract_page(_builder_page(_HOUSED), _URL).body_text


def test_a_gallery_caption_whose_file_drops_the_article_is_not_kept():
    # (near miss: a painting's record, its bracket a gallery's, is no book's)
    caption = "The Winter Ferry by Ragna Holm (Northsound Gallery)"
    assert "Northsound Gallery" not in extract_page(_builder_page(caption), _URL).body_text


def test_a_file_that_spells_one_word_of_the_title_names_no_book():
    # (near miss: "ferry.jpg" spells one of the title's words, not the title)
    assert "Skerry Publishing" not in extract_page(_builder_page(_HOUSED, "ferry.jpg"), _URL).body_text


def test_a_ghost_header_cover_captioned_with_a_housed_record_is_kept():
    caption = "The Winter Ferry, by Ragna Holm (Skerry Publishing)"
    assert caption in extract_page(_ghost_page(caption), _URL).body_text


def test_a_ghost_header_picture_with_an_unhoused_caption_stays_out():
    # (near miss: "T, by A" with no house is as likely a painting's credit; a Latin title spelled by the file is no cover)
    caption = "The Winter Ferry, by Ragna Holm"
    assert caption not in extract_page(_ghost_page(caption), _URL).body_text


def test_a_ghost_header_picture_with_a_gallery_caption_stays_out():
    caption = "The Winter Ferry, by Ragna Holm (Northsound Gallery)"
    assert "Northsound Gallery" not in extract_page(_ghost_page(caption), _URL).body_text


# --- a festival's own site ------------------------------------------------------------------------------------------

_REPORT = [
    "The harbour shed was crowded well before “Salt and Ledger” started on Sunday morning, and the late arrivals "
    "stood along the back wall beside the coffee urn, holding their programmes over their heads to hear better.",
    "Three guests shared the long table: a poet from the islands, a historian of the whaling stations and a young "
    "editor who had just started a small press. They spent the hour on one question, whether a coast can be written "
    "by people who arrived on it yesterday, and the poet read two short pieces that set the tone for what followed.",
    "The historian brought old account books from the station and passed them round, and the editor talked about "
    "paying writers fairly when a print run is three hundred copies and the shop takes half of every sale.",
    "Questions from the room were mostly about money and about the ferry timetable, which everyone agreed had shaped "
    "more local writing than any school or prize. Nobody left with a neat answer, and the session ran twenty minutes "
    "over its time before the next one needed the shed for the afternoon's readings and the children's workshop.",
]


def _report_page(extra: str = "", category: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _REPORT) + extra
    cats = f"<a rel='category tag' href='/category/{category.lower()}/'>{category}</a>" if category else ""
    return ("<html lang='en'><head><meta charset='utf-8'><title>Sunday: Salt and ledger</title></head><body><main>"
            f"<article class='post'><h1 class='entry-title'>Sunday: Salt and ledger</h1><div class='entry-meta'>{cats}</div>"
            f"<div class='entry-content'>{body}</div></article></main></body></html>")


def test_an_unrated_post_on_a_festivals_own_site_is_an_event():
    record = extract_page(_report_page(), "https://www.harbour-litfest.example.org/journal/sunday-salt-and-ledger/")
    assert not record.is_review and record.kind == "event"


def test_the_same_post_on_a_blog_whose_host_holds_fest_inside_a_word_stays_as_before():
    # (near miss: "manifesto" holds "fest" but names no festival)
    url = "https://manifestoreads.example.org/2026/12/sunday-salt-and-ledger/"
    assert "festival's or a book fair's own site" not in extract_page(_report_page(), url).reason


def test_a_rated_post_on_a_festivals_site_is_not_turned_into_an_event():
    # (near miss: the festival's blog reviews a guest's book and rates it)
    page = _report_page("<p><strong>Rating:</strong> 4/5</p>")
    record = extract_page(page, "https://www.harbour-litfest.example.org/journal/sunday-salt-and-ledger/")
    assert "festival's or a book fair's own site" not in record.reason


def test_a_post_filed_as_a_review_on_a_festivals_site_is_not_turned_into_an_event():
    # (near miss: filed under the site's reviews)
    record = extract_page(_report_page(category="Reviews"), "https://www.harbour-litfest.example.org/reviews/salt-and-ledger/")
    assert "festival's or a book fair's own site" not in record.reason


# --- a note after the record's house bracket ------------------------------------------------------------------------

def test_a_housed_record_with_a_lower_case_note_after_its_bracket_is_kept():
    caption = "The Winter Ferry by Ragna Holm (Skerry Publishing, 2025), translated from the Faroese"
    assert caption in extract_page(_ghost_page(caption, "holm-cover.jpg"), _URL).body_text


def test_a_housed_record_followed_by_a_credit_is_not_kept():
    # (near miss: what follows the bracket is a photographer's credit, with its colon)
    caption = "The Winter Ferry by Ragna Holm (Skerry Publishing, 2025), photo: Ann Lee"
    assert "Ann Lee" not in extract_page(_ghost_page(caption, "holm-cover.jpg"), _URL).body_text


def test_a_housed_record_followed_by_a_capitalised_name_is_not_kept():
    # (near miss: a capitalised phrase after the bracket is a credit or a place, no reviewer's note)
    caption = "The Winter Ferry by Ragna Holm (Skerry Publishing, 2025), Northsound Picture Desk"
    assert "Northsound Picture Desk" not in extract_page(_ghost_page(caption, "holm-cover.jpg"), _URL).body_text
