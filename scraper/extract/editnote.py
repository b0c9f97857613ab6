"""A forum engine's edit note under a post: "Last edited by <member> on <date>".

Every board engine (phpBB, vBulletin, SMF, XenForo, MyBB, punBB, Discuz, Invision, miniBB …) prints, under a post its
writer changed after posting, one small line in the board's language pack saying who edited it last and when: en
"Last edited by ann_r on 4 Dec 2026, 21:52", de "Zuletzt bearbeitet von …", fr "Dernière édition par …", bg
"Последно редактирано от …", zh "本帖最后由 … 于 2026-12-4 21:52 编辑". It is the engine's, not the review's.

What marks it: a short line (twenty words at most: a Thai line counts more) among the last three lines of the post
(a reaction bar's inline counts after it not counted), naming the edit in the engine's words (``_LAST``, a per-language table of "last edited/changed", ~35 languages) and holding a whole date
(``datelines.FULL_DATE``) or a time of day. The bare forms ("Edited by …", "Modifié par …"), which a book's record
may hold ("Edited by Ann Lee"), count only with a date and a time of day both, as an engine prints them.
What stays: an anthology's record line ("Edited by Ann Lee. Tor, 2019"), a review sentence telling that the writer
edited the book, any such line in the middle of the post or longer than a line.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import guarded
from .datelines import FULL_DATE
from .nodes import text_of
from .words import count_words

RULE = "forum edit note"
_WORDS, _TAIL = 20, 3

# "last edited / changed (by)" in the engines' language packs
_LAST = re.compile(
    r"(?<!\w)(?:last\s+(?:edited|modified|changed|updated)\s+by|zuletzt\s+(?:bearbeitet|geändert|editiert)|"
    r"derni[eè]re\s+(?:édition|modification)|modifi[ée]\s+en\s+dernier|[úu]ltima\s+(?:edici[óo]n|modificaci[óo]n|edição|alteração|edició|"
    r"modificació|editare|modificare|modifica)|editado\s+(?:por|pela)\s+[úu]ltima\s+vez|darrera\s+(?:edició|modificació)|"
    r"laatst\s+(?:bewerkt|gewijzigd)|ostatnio\s+(?:edytowan\w*|zmienian\w*|zmieniony)|naposledy\s+(?:upravil\w*|upraven\w*|editoval\w*)|"
    r"nazadnje\s+(?:urejal\w*|spremenil\w*|urejeno)|(?:zadnj[aeu]|posljednj[aeu])\s+(?:izmjen\w*|uređivan\w*|promjen\w*|izmen\w*)|"
    r"последн\w*\s+(?:раз\s+)?(?:редакт\w*|изменен\w*|изменял\w*|правк\w*)|последно\s+(?:редактиран\w*|променен\w*)|"
    r"востаннє\s+(?:редаг\w*|змін\w*)|senast\s+(?:redigerad|ändrad)|sen?est\s+(?:redigeret|redigert|endret|ændret)|"
    r"sist\s+(?:redigert|endret)|viimeksi\s+muoka\w*|viimati\s+(?:muutis|muudetud|toimetas|muudetud)|utoljára\s+szerkeszt\w*|"
    r"son\s+düzenle\w*|τελευταία\s+(?:επεξεργασία|τροποποίηση)|paskutin\w*\s+(?:kartą\s+)?(?:redagav\w*|redaguot\w*|keist\w*)|"
    r"pēdējo\s+reizi\s+labo\w*|terakhir\s+(?:diubah|diedit|disunting|dikemaskini)|(?:sửa|chỉnh\s+sửa)\s+lần\s+cuối|"
    r"azken\s+(?:edizioa|aldaketa)|azkenekoz\s+editatu\w*|آخر\s+تعديل|נערך\s+לאחרונה|آخرین\s+ویرایش|"
    r"แก้ไขล่าสุด|แก้ไขครั้งสุดท้าย|แก้ไข(?:ข้อความ)?เมื่อ|अंतिम\s+(?:संपादन|बदलाव)|最終編集|最終更新者|最后编辑|最後編輯|本帖最后由|本帖最後由|"
    r"마지막\s*(?:수정|편집))", re.I)
_LAST = guarded(_LAST)  # (casefold.Guarded: its words looked for first)
# the bare forms, "edited by", which a record may hold too: only with a date and a time of day
_EDITED = re.compile(
    r"(?<!\w)(?:edited\s+by|edited\s+\d+\s+times?|bearbeitet\s+von|geändert\s+von|modifi[ée]\s+par|édité\s+par|"
    r"editado\s+por|modificado\s+por|modificato\s+da|bewerkt\s+door|edytowan\w*\s+przez|upravil\w*|redigerad\s+av|"
    r"redigeret\s+af|redigert\s+av|muokannut|szerkesztette|düzenlendi|επεξεργάστηκε|отредактирован\w*|редактирано\s+от|"
    r"відредаговано|diedit\s+oleh|disunting\s+oleh|editat\s+(?:de|per)|נערך\s+על\s+ידי|編集済み|수정됨)", re.I)
_EDITED = guarded(_EDITED)
# "edited on/at <date> <time>" as a stamp opens the line ("Edited on 2 March 2026 at 09:15", "Post edited at …"); a
# sentence telling when a chapter was edited has its subject and verb before it (rev-bpchrome38)
_EDITED_ON = re.compile(r"^\W*(?:[^\W\d_]+\s+)?edited\s+(?:on|at)(?!\w)", re.I)
_INLINE = frozenset(("span", "a", "small", "button", "b", "i", "em", "strong", "time"))
_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")


def edit_note(text: str) -> bool:
    """Whether the line is an engine's edit note (module docstring)."""
    if not text or count_words(text) > _WORDS:
        return False
    if _LAST.search(text):
        return bool(FULL_DATE.search(text) or _TIME.search(text))
    return bool(_EDITED.search(text) or _EDITED_ON.search(text)) and bool(_TIME.search(text)) \
        and bool(FULL_DATE.search(text))


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark an edit note among the post's last three lines (module docstring)."""
    seen = 0
    for i in range(len(items) - 1, -1, -1):
        if seen >= _TAIL:
            return
        if i in drop:
            continue
        text = text_of(items[i])
        if not text:
            continue
        seen += items[i].tag not in _INLINE  # (a reaction bar's spans after it, "Likes 46", are no line of the post)
        if items[i].tag not in ("blockquote", "pre", "table", "ul", "ol") and edit_note(text):
            drop[i], boxes[i] = RULE, items[i]
