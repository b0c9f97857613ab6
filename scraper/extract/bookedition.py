"""A title that carries its edition in brackets after it, as shops, catalogues and publishers' JSON-LD give it
("T（五十週年紀念版）", "T（新装版）", "T (개정판)", "T (Anniversary Edition)", "T (Neuausgabe)", "T (édition
augmentée)"): the book is T, whatever edition the reviewer read.

The bracket closes the title and holds a short note whose last word is the edition: in Han and Japanese a word ending in
版 ("edition": 紀念版, 新装版, 文庫版, 修訂版), in Korean one ending in 판 (개정판, 특별판); in scripts with spaces, the
edition's word in our languages (edition, Ausgabe/Auflage, édition, edición, edizione, editie/uitgave, udgave/utgave/
utgåva, painos, kiadás, wydanie, vydání, издание/видання, baskı …) anywhere in a note of up to six words with no
sentence in it. Figures alone ("(1984)"), series ("(Book 2)") and kinds ("(novel)") are other rules'.

Also a bracket opened after the title and never closed ("T (House", "T [Verlag"): a record line's bracket of imprint
details, "A, T (House, paperback, 192 pages)", cut at its first comma by a reader of comma-parted records. No title
ends inside its own bracket: the open bracket and the few words after it (four at most) go.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

_CJK_EDITION = r"[\u3040-\u30ff\u4e00-\u9fff\u3005\uac00-\ud7a3\d０-９・ー]{0,12}(?:版|판)"
WORD = (r"(?:[\w-]*\s)?(?:edition|ed\.|édition|edición|edicion|edizione|edição|edicao|editie|editio|"
         r"\w*ausgabe|\w*auflage|uitgave|druk|udgave|utgave|utgåva|upplaga|painos|kiadás|wydanie|vydání|vydanie|izdanje|izdaja|"
         r"ediția|editia|leidimas|izdevums|väljaanne|издание|изд\.|видання|выданне|baskı|basım|έκδοση|מהדורה|طبعة|الطبعة|چاپ)")
_BRACKET = re.compile(rf"^(?P<title>\S.*?\S)\s*(?:[（(\[【]\s*(?P<cjk>{_CJK_EDITION})\s*[）)\]】]"
                      rf"|[(\[]\s*(?P<note>[^()\[\].!?]{{2,60}})\s*[)\]])$")
_EDITION_WORD = re.compile(rf"(?<!\w){WORD}(?!\w)", re.I)
EDITION_WORD = _EDITION_WORD  # (bookdescribedrecord: an edition's note after a record's title)


# a title's tail opening a bracket it never closes, one to three words in it: "T (Windmill", "T (Editorial Sur"
_OPEN_TAIL = re.compile(r"\s*[(\[（【]\s*[^()\[\]（）【】]{1,40}$")


def edition_bracket(book: Book | None) -> Book | None:
    """`book` without a bracketed edition note after its title, nor a bracket it opens and never closes."""
    if book is not None and book.title and ("(" in book.title or "[" in book.title or "（" in book.title
                                            or "【" in book.title) and (tail := _OPEN_TAIL.search(book.title)) \
            and tail.start() > 0 and len(tail.group().split()) <= 4:
        book = replace(book, title=book.title[:tail.start()].rstrip(" ,:;-–—"))
    if book is None or not book.title or not book.title.endswith((")", "）", "]", "】")):
        return book
    match = _BRACKET.match(book.title)
    if not match:
        return book
    note = match.group("note")
    if note is not None and (len(note.split()) > 6 or not _EDITION_WORD.search(note)):
        return book
    return replace(book, title=match.group("title").strip(" ,:;-–—"))
