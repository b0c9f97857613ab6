"""A post that opens on its writer's reading of its own book: "Finished A's *T* on the ferry", "Перечитал «T» —",
"Aさんの『T』を読んだ。", "读完了《T》".

A reading log, a diary blog or a microblog often heads a short review with no headline naming the book: its first
sentence says the book was read, the verb first and its subject dropped (as diaries write it) or the first person's
pronoun before it, and the book's title set off as the verb's object (the object first in Japanese, Korean and
Chinese word order). readvoice.reads asked for the headline's title or "it", "this book" as the object; here the
object is the post's own book wherever it was read (classify's ev.book_title), set off in italics, quotes or title
marks, and the statement must open the post's first paragraph of prose: a book read in passing further down ("I read
*T* years ago, and now its cover is out") is a notice's aside, not the post's subject.

Not read: a future, a wish or a plan ("Can't wait to read *T*", "Хочу прочитать «T»", "『T』を読みたい": only past or
perfect forms), a question, another's reading ("My son read *T*", "Мой сын прочитал «T»": the sentence opens on the
verb or on the first person), a gap between the verb and the title other than an adverb or the author's possessive
("Finished the first draft of *T*" finished no book). The verbs, in en, ru/uk/bg/be, pl, cs/sk, de/nl (the
participle or a log's verb first), fr, es, it, pt, sv/da/nb, ja, ko, zh.
"""

from __future__ import annotations

import re

from .announce import PROMO_HEADING
from .edges import MEMBERSHIP
from .questions import asks
from .readvoice import _NOT_PROSE  # (a heading, a list's item, a quote, a table's row)
from .settitles import set_off_titles

# a title set off, each script's marks; the title itself is filled in per post
_OPEN_MARK, _CLOSE_MARK = r"[*_«“\"„『「《〈‘]", r"[*_»”\"“』」》〉’]"


def _either(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# an adverb before or after the verb: again, finally, just, at last, re-
_ADVERB = _either("just", "finally", r"at\s+last", "again", "recently", "снова", "опять", "наконец", "недавно", "вновь",
                  "знову", "нарешті", "wreszcie", "znowu", "konečně", "znovu", "endlich", "wieder", "eindelijk",
                  "opnieuw", "enfin", "finalmente", r"por\s+fin", "ancora", "äntligen", "igen", "endelig")
# first person's pronoun (and its auxiliary) before the verb, or none
_SUBJECT = _either("(?-i:I)", "я", "ja", "já", "ich", "ik", "jag", "jeg", "(?-i:I)['’]ve", r"(?-i:I)\s+have",
                   r"ich\s+habe", r"ik\s+heb", r"jag\s+har", r"jeg\s+har", "j['’]ai", "eu") + r"\s+"
# the verb of reading or finishing, past or perfect (first person, or the form a dropped subject leaves); "read" and
# "lu" only after the first person (alone they are an imperative, "Read *T* now", or another's)
_FIRST_ONLY = _either("read", "lu", "li")
_VERB = _either(r"finished(?:\s+reading)?", "re-?read", "devoured", r"he\s+leído", r"ho\s+letto",
                "(?:пере|про|до)?читала?", "(?:пере|про|до)?читав", "(?:пре|про)?четох", "(?:prze)?czytał(?:am|em)",
                r"(?:do)?(?:přečetl|prečítal)(?:a)?(?:\s+jsem|\s+som)?", r"(?:aus|wieder\s*)?gelesen",
                "(?:uit|her)?gelezen", "relu", "fini", "terminé", "leído", "leí", "relei", "terminei", "(?:ri)?letto",
                "finito", "(?:ut)?läst", "(?:fær)?læst", "(?:ut)?lest")
# a span of time between the verb and the title, a preposition and one or two words: "in two evenings", "over a weekend",
# "en dos tardes", "em três noites", "in zwei Tagen", "w dwa wieczory", "за два вечера" (the last word no "of" or "de":
# "Read in the edition of *T*" read an edition, "Leí en la reseña de *T*" a review)
_SPAN = (r"(?:(?:in|over|during|en|em|durante|in|über|an|op|på|under|w|przez|v|za|за|в|на)\s+"
         r"(?!(?:of|de|di|da|do|von|van|du|des|del|della|z|ze|из|от)\s)[^\W\d_]{1,12}(?:\s+(?!(?:of|de|di|da|do|von|van|du|"
         r"des|del|della|z|ze|из|от)\s)[^\W\d_]{2,12})?\s+)?")
# a possessive name between the verb and the title ("Jenny Pattrick's", "Tawada's")
_POSSESSIVE = r"(?:(?-i:(?:[A-ZÀ-Þ][\w.-]*\s+){0,3}[A-ZÀ-Þ][\w-]*)['’]s\s+)?"


def _latin(title: str) -> re.Pattern:
    verb = rf"(?:{_SUBJECT})?(?:{_ADVERB}\s+)?{_VERB}|{_SUBJECT}(?:{_ADVERB}\s+)?{_FIRST_ONLY}"
    return re.compile(rf"^\W{{0,3}}(?:{_ADVERB}\s+)?(?:{verb})\s+(?:{_ADVERB}\s+)?{_SPAN}{_POSSESSIVE}"
                      rf"{_OPEN_MARK}\s*{re.escape(title)}\s*{_CLOSE_MARK}", re.I)


# ja: an author's genitive before the title (Aさんの, A氏の), the title, its particle, a past of reading; ko: the title,
# its object particle, "read" in the past; zh: (I) read or finished (the author's) 《T》 ("{t}": the title)
_CJK_SHAPES = (
    r"(?:[^\s。！？、『「《]{1,12}?の)?[『「《]{t}[』」》](?:を|は|も)?\s*(?:[^。！？]{0,6}?)"
    r"(?:読んだ|読みました|読み終え(?:た|ました)|読了し(?:た|ました)|再読し(?:た|ました)|読み返し(?:た|ました))",
    r"[『「《〈]{t}[』」》〉]\s*(?:을|를)\s*(?:다시\s*)?(?:다\s*)?읽었",
    r"(?:我)?(?:终于|又|刚|剛|再次)?(?:读完|讀完|读了|讀了|重读|重讀|看完)了?(?:[^。！？，《]{1,12}?的)?《{t}》",
)


def _cjk(title: str) -> re.Pattern:
    t = re.escape(title)
    return re.compile("|".join(r"^\W{0,3}" + shape.replace("{t}", t) for shape in _CJK_SHAPES))


# the first sentence of a line (a stop as each script writes it, followed by a space or the line's end)
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?…](?=\s|$)|[。！？]|$)")


def _opening(markdown: str) -> str | None:
    """The post's first paragraph of prose (no heading, list item, quote or table row; not a line wholly in italics
    or bold, as a content note or a record line is set)."""
    for line in markdown.splitlines():
        line = line.strip()
        if not line or _NOT_PROSE.match(line) or re.fullmatch(r"([*_]{1,2})[^*_].*\1", line):
            continue
        return line
    return None


def opens_on_reading(markdown: str, book: str | None) -> bool:
    """The first sentence of the post's first paragraph of prose says its writer read or finished `book` (the post's
    own book, found wherever), set off as the verb's object; no question, no wish."""
    if not book or len(book.strip()) < 2:
        return False
    line = _opening(markdown)
    if not line:
        return False
    sentence = _FIRST_SENTENCE.match(line).group(0)
    if sentence.rstrip().endswith(("?", "？", "؟")):
        return False
    book = " ".join(book.split())
    return bool(_latin(book).search(sentence) or _cjk(book).search(sentence))


def post_opens_on_reading(ev) -> bool:
    """opens_on_reading of a post's body and its book, when the post sets off no other title, its headline asks
    nothing and neither names a notice's occasion (_occasion): a forum's "Books like T?" opens on the asker's reading of
    T, then names other titles and asks for more (a request, not a review); a giveaway, an extract, a cover reveal or a
    challenge's progress opens on the reading that occasions it ("Finished *T* last night, and today I'm sharing its
    first chapter")."""
    book = " ".join((ev.book_title or "").split()).casefold()
    if not book or asks(ev.title or "") or _occasion(ev) or any(" ".join(t.split()).casefold() != book
                                                 for t in set_off_titles(ev.body[1])):
        return False
    return opens_on_reading(ev.body[1], ev.book_title)


def _occasion(ev) -> bool:
    """The headline or a line of the post names a notice's occasion, the reading's reason rather than its subject: an
    extract, a giveaway, a tour, a cover reveal, a pre-order (announce.PROMO_HEADING), a reading challenge's or a
    readathon's entry (edges.MEMBERSHIP): "I finished *T* this week, which puts me at nine for the challenge"."""
    return any(PROMO_HEADING.search(line) or MEMBERSHIP.search(line)
               for line in [ev.title or "", *ev.body[1].splitlines()])
