"""A credited caption under the book's cover that names the book: the review's line, not the picture desk's.

The cleaning drops a picture's caption that ends with its credit ("A street in the old town. Photo: Archive",
"The writer at home. Foto: N"): the publication's picture, its words the editor's. A caption under the cover of the
book reviewed that says which book it is, by its title in quotation marks ("The new edition's cover of “T”. Photo:
the publisher", "Bìa cuốn "T" của nhà văn A. Ảnh: NXB", "Обложка романа «T». Фото: издательство"), is the review's
own record of its book, as a book card is: it stays, credit and all (the credit is the publisher's, whose cover it
is). A cover's caption that names no title ("The novel's cover. Photo: PR") says nothing the review needs and goes as
before; so does a caption quoting a title under another picture (a portrait, a film still: no word for a cover), and a
caption that is a credit from its first word ("Photo: cover of “T”").
"""

from __future__ import annotations

import re

from .bookcover import _COVER_WORD
from .words import count_words

# a title in quotation marks, as the scripts set one (straight, curly, low-high, guillemets, CJK brackets)
_QUOTED = re.compile(r"\"[^\"]{2,80}\"|“[^”]{2,80}”|„[^“”]{2,80}[“”]|«[^»]{2,80}»|‹[^›]{2,80}›|「[^」]{1,60}」|"
                     r"『[^』]{1,60}』|《[^》]{1,60}》|‘[^’]{2,80}’")


def names_cover(caption: str, credit: re.Pattern) -> bool:
    """The caption's words before its credit (`credit`: the cleaning's pattern of a closing credit) say it shows a
    cover and quote the book's title; three words or more stand before the credit."""
    match = credit.search(caption)
    if match is None:
        return False
    words = caption[:match.start()].strip()
    return count_words(words) >= 3 and _COVER_WORD.search(words) is not None and _QUOTED.search(words) is not None
