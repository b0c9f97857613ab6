"""A review closing on its book's line "T / A" in a script without capitals (Hebrew, Arabic, Persian, Yiddish, Indic):
a paper's or a blog's book box set apart after the text, the title and the writer parted by a spaced slash, with no
house, year or pages that would make it a bibliographic line (``bookbiblio``). The line is one of the post's last three,
short (eight words of title at most), and its second part is a caseless name of two to four words, no house, that the
text calls by its family name besides this line (``bookslashremark``'s rule for a headline "T / A", asked of the line
with the text that holds it: the line is one of the two namings). A first part that is itself such a name leaves it
unread (either half may be the writer), as does a line in the text's middle: a slash there parts two topics. A first
part of one or two words that names a credit's role (translation, photograph, illustration, editing: "תרגום / A",
"ترجمة / A", "عکس / A") is the credit of a translator or a photographer the review may name, no title."""

from __future__ import annotations

import re

from .book import Book, Context
from .bookdashowner import _TRANSLATING
from .bookslashremark import remarked_slash

# a credit's role other than translating (bookdashowner._TRANSLATING): photograph, illustration, cover, editing, in
# he, ar, fa/ur, hi/mr/ne, bn
_ROLE = re.compile(r"צילום|צילומים|איור|איורים|עריכה|עיצוב|עטיפה|تصوير|رسوم|رسم|تحرير|غلاف|عکس|تصویر|ویرایش|"
                   r"طرح\s+جلد|फ़ोटो|फोटो|चित्र|संपादन|आवरण|ছবি|আলোকচিত্র|প্রচ্ছদ|সম্পাদনা|অলংকরণ")


def closing_slash(lines: list[str], context: Context) -> Book | None:
    """The book of a "T / A" line among the post's last three lines (see the module's note); None else."""
    for line in lines[-3:][::-1]:
        line = line.strip().strip("*_ ")
        if len(line) > 90 or ("/" not in line and "／" not in line) or ":" in line:
            continue
        if (found := remarked_slash(line, context)) and len(found[0].split()) <= 2 \
                and (_TRANSLATING.search(found[0]) or _ROLE.search(found[0])):
            continue  # ("תרגום / מיכל לוין": a translator's credit)
        if found:
            return Book(found[0], found[1], source="details")
    return None
