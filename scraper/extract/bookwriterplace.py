"""A name in a writer's place in a review's text: what tells the person a headline sets after its by-word
("Review: T by A …", "Rezension: T von A") from a character the title names ("Las aventuras de Tom Sawyer", "Die Briefe
von Clara"), for ``bookheadline._remarked`` and ``bookpenname.by_pen_name``.

A writer is named as one: after an unambiguous by-word or a "written by", beside an author's noun, as a writing verb's
subject, or after the work named as a work ("the novel T by A"); a character is named by the plot, and where the prose
writes the headline's words in lower case before the name ("il diario di Anna Frank") they are a common noun's phrase,
no title (bookheadline). Read only for a headline already shaped "T <by> A": a few string searches, the patterns
compiled once.
"""

from __future__ import annotations

import re

from .bookinfo import AUTHOR_WORDS
from .booklonewriter import WRITING_VERB

# A writer's place: after an unambiguous by-word, a "written by" or a work's noun and its "of" (en by, fr par, nl door,
# id/ms oleh/karya; "écrit par", "escrito por", "scritto da", "geschrieben von", "geschreven door", "skriven av",
# "skrevet af", "napisana przez", "написан …", "ditulis oleh"; never a bare "de", "von", "di", "ya": an "of" as often as
# a "by"), or next to an author's noun (bookinfo.AUTHOR_WORDS, and fr écrivain(e), romancier(-ière), en novelist, de
# Schriftsteller(in), es/pt/it novelista, romanziere(a), nl romanschrijver, sv/da/nb författare/forfatter: "the author
# A", "die Autorin A", "A, the novelist"). A character is named in none of these; a writing verb after the name ("A
# writes") counts only where asked (`verbs`): a telling verb opens a hero's sentences too ("Clara erzählt von der
# Schule").
_AUTHOR_NOUN = (rf"(?:{AUTHOR_WORDS}|écrivaine?|romanci(?:er|ère)|novelists?|schriftsteller(?:in)?|novelistas?|"
                r"romanzier[ea]|romanschrijver|romancista)")
# (sw riwaya, kitabu, diwani, tamthilia: novel, book, poems, play; id/ms buku)
_WORK_NOUN = (r"(?:novel|book|roman|romane|romanzo|novela|romance|livre|libro|livro|buch|boek|bok|bog|powieść|książka|"
              r"kniha|книга|debut|debüt|collection|recueil|raccolta|riwaya|kitabu|diwani|tamthilia|buku)")
_WRITER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:written|écrite?s?|escrit[oa]s?|scritt[oa]|geschrieben|geschreven|skriven|skrevet|"
    r"napisan[aeyo]?|написан[аоы]?|ditulis)\s+(?:by|par|por|da|von|door|av|af|przez|от|oleh)|by|par|door|oleh|karya|"
    # a work's noun and its "of" ("a novel by", "ein Roman von", "un roman de", "una novela de", "een roman van",
    # "il romanzo di", "o livro de", "en roman av", "powieść", "книга"): the work's maker, where a bare "of" is anyone's
    rf"(?:{_WORK_NOUN}\s+(?:by|of|de|von|van|di|da|av|af|door|od|от))|"
    rf"{_AUTHOR_NOUN}(?:\s+(?:[^\W\d_]+\s+)?)?)[\s,:]+$", re.I)  # (searched up to the name: "$" is where it starts)
_WRITER_AFTER = re.compile(rf",?\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}?{_AUTHOR_NOUN}(?![^\W\d_])", re.I)
# (and sw "anaandika", "aliandika", "ameandika": writes, wrote, has written)
_WRITES_AFTER = re.compile(rf"\s+(?:(?:not|never|ne|no|nie|не)\s+)?(?:{WRITING_VERB}|(?:ana|ali|ame)andika\b)", re.I)


def writers_place(name: str, text: str, verbs: bool = True) -> bool:
    """`text` names `name` in a writer's place (see above): after a by-word or an author's noun, before ", the
    author", or (`verbs`) as a writing verb's subject; a full name's surname alone too ("Ferrer escribe")."""
    for said in (name, name.split()[-1]) if " " in name else (name,):
        start = text.find(said)
        while start >= 0:
            end = start + len(said)
            if (end == len(text) or not text[end].isalnum()) and (start == 0 or not text[start - 1].isalnum()) and (
                    _WRITER_BEFORE.search(text, max(0, start - 60), start)
                    or _WRITER_AFTER.match(text, end) or verbs and _WRITES_AFTER.match(text, end)):
                return True
            start = text.find(said, end)
    return False


_WORK_BEFORE = re.compile(rf"(?<![\w-]){_WORK_NOUN}\s+(?:[^\W\d_]+\s+)?$", re.I)


def credited(title: str, by: str, name: str, text: str) -> bool:
    """The text itself credits `title` to `name` after a work's noun ("Riwaya ya Kiu ya A …", "the novel Kiu by A",
    "le roman Kiu de A"): the work named as a work, its maker after the headline's by-word."""
    said, start = f"{title} {by} {name}", text.find(f"{title} {by} {name}")
    while start >= 0:
        if _WORK_BEFORE.search(text, max(0, start - 30), start):
            return True
        start = text.find(said, start + len(said))
    return False
