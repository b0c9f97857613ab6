"""A language's own word for "by" that says nothing else, read in a post title like English "by".

Most of our languages' "by" (de, di, von, van, của) is also an everyday preposition or a name particle, so
"Title de Author" is read only when something vouches for it (``book._unmarked``). Some languages have a word
that, before a name, can only credit a work: Indonesian and Malay (and Javanese, Sundanese) "karya" (work of),
"oleh" (by), "tulisan" (writing of); Tagalog "ni" (the personal genitive). In a page of such a language that word
splits "Title karya Author: the post's own remark" as "by" does, without the name having to be all that follows,
and in either case, since news headlines there capitalise every word ("Laskar Karya Rina Wulan"). Welsh "gan" (by, from)
before a capitalised name that ends the headline credits the work too ("T gan A"), as its Celtic neighbours' do: Breton
"gant", Cornish "gans", Irish and Scottish Gaelic "le" (with, by), Manx "liorish" ("T, gant A : the post's remark").
Maltese "ta'"/"minn" (of, from) and the French-based creoles' "pa"/"de" (by, also "not"/"of") are everyday words: not here.
"""

from __future__ import annotations

_OWN_BY = {
    "id": "karya|oleh|tulisan", "ms": "karya|oleh|tulisan", "jv": "karya|oleh|tulisan", "su": "karya|oleh|tulisan",
    "tl": "ni", "fil": "ni", "cy": "gan", "br": "gant", "kw": "gans", "ga": "le", "gd": "le", "gv": "liorish",
}


def own_by(language: str | None) -> str:
    """A regex for the page language's unambiguous "by" (either case), or one that never matches."""
    code = (language or "").lower().replace("_", "-").split("-")[0]
    words = _OWN_BY.get(code)
    return rf"(?i:{words})" if words else r"(?!)"
