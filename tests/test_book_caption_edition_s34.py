"""A cover's caption "T, A, a note on the edition" (bookcaptionedition): the note's lower-case edition or binding
word makes the caption the book's record, the name one the text calls by surname. Near misses: a scene's caption
with a remark and no edition word, a caption whose name the text never calls by surname, and two such captions
(two books pictured)."""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = [
    "Nothing much happens for the first hundred pages, and that is the point: Okafor builds the house room by room.",
    "The grandmother runs the family shop on the ground floor and keeps its accounts in a ledger nobody else may read.",
    "When the ledger goes missing, Okafor lets every member of the family suspect the others, and the quarrels are "
    "painfully funny.",
    "I wanted more of the youngest son, who disappears for long stretches, but the last chapter is perfect.",
    "<strong>Score:</strong> 8/10",
]


def _page(*captions: str, prose: list[str] = _PROSE):
    figures = "".join(f'<figure><img alt="" src="https://img.example.net/p{i}.jpg"><figcaption><p>{c}</p>'
                      '</figcaption></figure>' for i, c in enumerate(captions))
    body = figures + "".join(f"<p>{p}</p>" for p in prose)
    html = ('<html lang="en"><head><meta charset="utf-8"><title>A house full of ledgers | Quay Journal</title></head>'
            '<body><article class="blog-item"><h1 class="entry-title">A house full of ledgers</h1>'
            f'<div class="blog-item-content e-content">{body}</div></article></body></html>')
    return extract_page(html, "https://quayjournal.example.net/journal/a-house-full-of-ledgers")


def test_caption_with_edition_note():
    record = _page("The Shop on Market Row, Chidera Okafor, new paperback edition")
    assert (record.book_title, record.book_author) == ("The Shop on Market Row", "Chidera Okafor")


def test_scene_caption_with_remark_is_no_record():
    record = _page("The market at dawn, Chidera Okafor, taken on my phone last spring")
    assert record.book_title != "The market at dawn"


def test_name_never_called_by_surname_is_no_record():
    prose = [p.replace("Okafor", "the author") for p in _PROSE]
    record = _page("The Shop on Market Row, Chidera Okafor, new paperback edition", prose=prose)
    assert record.book_author != "Chidera Okafor"


def test_two_edition_captions_name_no_one_book():
    prose = [*_PROSE, "Adeyemi, her editor, wrote the afterword, and Adeyemi knows the family well."]
    record = _page("The Shop on Market Row, Chidera Okafor, new paperback edition",
                   "Ledger Days, Tunde Adeyemi, first edition", prose=prose)
    assert (record.book_title, record.book_author) != ("Ledger Days", "Tunde Adeyemi")
