"""A headline in Arabic script that names its book with a book noun and its language's "by": Persian "کتاب T اثر A" (the
book T, work of A), "رمان T نوشته A" (written by), "… به قلم A" (by the pen of), "… تألیف A" (compiled by); Arabic
"كتاب T تأليف A", "رواية T بقلم A", "… للكاتب A" — the name of two or three words ending the headline or standing before
the publisher ("نشر نیستان", "دار الشروق") or the translator. Shops and catalogues title their product pages so.
Arabic's shortest "by" is li- glued to the name ("رواية T لA", the novel T of A), which also means "for" ("… لطلاب
الجامعة", for university students; "… لعشاق الغموض", for mystery lovers): read only as a person the prose calls by
surname while never saying the name's other words on their own (``booknamedtwice``'s test: a first name is said once,
"students" recur), and the post calls the writer: a tag, a writer's word before the name ("الروائي A") or a writing
verb after it.

Hebrew needs no book noun: its "by" of a work, "מאת" (from the hand of; also "פרי עטו/עטה של", the fruit of his/her pen),
follows the title set in quotes ('"T" מאת A: the post's remark'), the name of two or three words (a hyphen joins a double
surname) ending the headline or standing before its colon, dash, bar or comma.

Persian's "نوشته"/"نوشتهٔ" (written by) and "اثر" (work of) need no book noun after a headline's quoted title ("نقد «T»
نوشته A"): they say "by" as English does, so the family name said again in the post (as a whole word: a zero-width
non-joiner joins a name's parts, "پارسی‌پور") or a tag vouches for the name of two or three words ending the headline or
standing before its publisher or a separator. Only the headline: a body's line names other books so (an interview's
standfirst, the guest's novel). "اثر" is also "effect" ("«T» اثر منفی بر بازار", an effect on the market): the name
holds no preposition or particle; and a film's, a painting's or an album's "work of" names its director or painter: no
such noun before the quote nor in the text (``adaptation.other_art``).
"""

from __future__ import annotations

import re

from .adaptation import other_art
from .book import Context
from .booknamedtwice import person

_LETTERS = r"\u0621-\u064a\u0671-\u06d3\u06d5\u200c"
_WORD = rf"[{_LETTERS}]{{2,}}"
_NOUN = r"(?:کتاب|رمان|مجموعه\s+داستان|كتاب|رواية|ديوان|مجموعة\s+قصصية)"
_BY = r"(?:اثر|نوشته(?:ٔ|ی|\u200cی)?|به\s+قلم|تألیف|تأليف|بقلم|للكاتبة?|للروائية?)"
_AFTER = r"(?:نشر|انتشارات|ترجمه|ترجمة|مترجم|دار|منشورات|مکتبة|مكتبة|چاپ|طبع)"
_HEADLINE_BY = re.compile(
    rf"(?:^|\s){_NOUN}\s+(?P<title>[^\s|،,:].{{0,60}}?)\s+{_BY}\s+(?P<author>{_WORD}(?:\s{_WORD}){{1,2}}?)"
    rf"(?=\s+{_AFTER}(?![{_LETTERS}])|\s*[|،,:\-–—(]|\s*$)")


# (li- glued to the first word: "لجلال برجس"; not "لل…", li- with the article, read by its role word above)
_HEADLINE_LI = re.compile(
    rf"(?:^|\s)(?:كتاب|رواية|ديوان|مجموعة\s+قصصية|سيرة)\s+(?P<title>[^\s|،,:].{{0,60}}?)\s+ل(?!ل)"
    rf"(?P<author>{_WORD}(?:\s{_WORD}){{1,2}}?)(?=\s+{_AFTER}(?![{_LETTERS}])|\s*[|،,:\-–—(]|\s*$)")


# (or, with no book noun, the headline opening on the title the post sets off in quotes, «T», then li- and the name:
# "T لA: remark"; the quotes in the text say T is a title, not "for students")
_OPENING_LI = re.compile(rf"^\s*(?P<title>[^\s|،,:][^|،,:]{{0,60}}?)\s+ل(?!ل)(?P<author>{_WORD}(?:\s{_WORD}){{1,2}}?)"
                         r"(?=\s*[|،,:\-–—(]|\s*$)")
# (or the headline itself sets the title off in guillemets: "«T» لA: remark")
_QUOTED_LI = re.compile(rf"^\s*«(?P<title>[^«»|]{{1,60}})»\s*ل(?!ل)(?P<author>{_WORD}(?:\s{_WORD}){{1,2}}?)"
                        r"(?=\s*[|،,:\-–—(]|\s*$)")


_HE_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea'׳\-]+"
_HE_BY = re.compile(rf"[\"“”„«]([^\"“”„«»]{{2,60}})[\"“”»]\s*(?:מאת|פרי\s+עט(?:ו|ה)\s+של)\s+(?P<author>{_HE_WORD}(?:\s{_HE_WORD}){{1,2}}?)"
                    rf"(?=\s*[|,:\-–—(]|\s*$)")


# a writer's word or "writes" before the name or its surname ("الكاتب A", "للروائية A", "يكتب A"), or a writing verb
# after it ("A يكتب", "A كتب")
_WRITER_BEFORE = re.compile(r"(?:^|\s)(?:[وف]?(?:ال|لل)(?:كاتبة?|روائية?|مؤلفة?|شاعرة?|أديبة?|قاصة?)|بقلم|[وف]?[يت]?كتبت?)\s+$")
# (the verb may close the clause the name opens, a few words on, joined by "and": "A يعرف كيف يبني التوتر ويكتب …"; a
# singular verb, never "for readers" who write: those take the plural "يكتبون")
_WRITES_AFTER = re.compile(r"(?:\s+[{_LETTERS}]+){0,4}?\s+[وف]?(?:[يت]كتب|كتبت?|[يت]سرد|سردت?)(?![{_LETTERS}])"
                           .replace("{_LETTERS}", _LETTERS))


def _as_writer(name: str, text: str, labels: list[str]) -> bool:
    """Whether the post calls the person the writer: the name is one of its tags, or the prose says it or its surname
    with a writer's word before it or a writing verb after it ("for students", "for mystery lovers" never write)."""
    if any(label.strip().lstrip("#") == name for label in labels):
        return True
    for said in (name, name.split()[-1]):
        start = text.find(said)
        while start >= 0:
            if _WRITER_BEFORE.search(text[max(0, start - 20):start]) or _WRITES_AFTER.match(text, start + len(said)):
                return True
            start = text.find(said, start + 1)
    return False


# a quoted title, Persian "written by" / "work of", the name (no book noun before the title: "نقد «T» نوشته A")
_QUOTED_BY = re.compile(
    rf"[«\"“](?P<title>[^«»\"“”]{{2,80}})[»\"”]\s+(?:اثر|نوشته(?:ٔ|ی|\u200cی)?)\s+"
    rf"(?P<author>{_WORD}(?:\s{_WORD}){{1,2}}?)"
    rf"(?=\s+{_AFTER}(?![{_LETTERS}])|\s*[|،,:\-–—(]|\s*$)")


# the prepositions, particles and conjunctions a phrase holds and a person's name never does (fa, ar): "بر", "در", "از"
_PARTICLES = frozenset("بر در از به با را که و تا برای بی یا هم في من على إلى عن مع أو ثم".split())
_WORDS = re.compile(r"[\w\u200c]+")  # (a zero-width non-joiner is part of a word)


def _surname_again(name: str, text: str, labels: list[str]) -> bool:
    """The post says the name's family name again as a whole word (a joiner is part of a word), or a tag names it."""
    last = name.split()[-1]
    return any(label.strip().lstrip("#") in (name, last) for label in labels) or len(last) >= 3 \
        and last in _WORDS.findall(text)


def arabic_headline_by(headline: str | None, context: Context, labels: list[str] = ()) -> tuple[str, str] | None:
    """(title, author) from "کتاب T اثر A نشر P", "نقد «T» نوشته A"; the author not the blog's nor its writer's."""
    match = _HEADLINE_BY.search(headline or "") or ("מ" in (headline or "") and _HE_BY.search(headline or "")) or None
    if not match and ("اثر" in (headline or "") or "نوشته" in (headline or "")):
        match = _QUOTED_BY.search(headline)
        text = context.text.replace(headline, " ")
        match = match if match and not _PARTICLES.intersection(match.group("author").split()) \
            and _surname_again(match.group("author"), text, labels) \
            and not other_art(headline[:match.start()]) and not other_art(text) else None
    if not match and " ل" in (headline or ""):
        match = _HEADLINE_LI.search(headline)
        if match is None and (opening := _OPENING_LI.match(headline)) and f"«{opening.group('title').strip()}»" in context.text:
            match = opening
        match = match or _QUOTED_LI.match(headline)
        text = context.text.replace(headline, " ")
        match = match if match and person(match.group("author"), context.text, False) \
            and _as_writer(match.group("author"), text, labels) else None
    if not match or len(match.group(1).split()) > 10:
        return None
    author = match.group("author")
    if any(n and author.casefold() == n.casefold() for n in context.not_authors):
        return None
    return match.group(1).strip(), author
