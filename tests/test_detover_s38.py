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
