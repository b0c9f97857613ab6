"""A book named in Arabic script (Persian, Arabic, Urdu), which has no capitals to say "name": the one title the post's
opening quotes in guillemets or quotation marks («همسایه‌ها» را …), by the one person among its tags, a tag of two or three
words that names no kind of book ("رمان ایرانی", Iranian novel, is a genre; "احمد محمود" a person). Blogs on these
platforms tag a review with its author and may never name the author in the text.
"""

from __future__ import annotations

import re

from .book import Context

_LETTERS = r"\u0621-\u064a\u0671-\u06d3\u06d5\u200c"  # Arabic, Persian (پ چ ژ ک گ ی) and Urdu letters, the zero-width non-joiner
_WORD = rf"[{_LETTERS}]{{2,}}"
_PERSON = re.compile(rf"{_WORD}(?:\s{_WORD}){{1,2}}")
_QUOTED = re.compile(rf"[«“\"]([{_LETTERS}][^«»“”\"\n]{{0,60}}?)[»”\"]")
# kinds of books and writings, and words of a genre or a subject (a genre tag: "رمان ایرانی", "أدب عربي", "داستان کوتاه")
KIND = re.compile(r"(?:^|\s)(?:رمان|رمان‌های|کتاب|کتاب‌های|داستان|داستان‌های|شعر|ادبیات|ادب|رواية|روايات|كتاب|كتب|قصة|قصص|شعر|أدب|"
                   r"الأدب|مجموعة|سیره|سيرة|ناول|افسانہ|کہانی|شاعری|ترجمه|ترجمة|نقد|معرفی|مراجعة|ریویو)(?:\s|$)")


def arabic_tagged_book(lines: list[str], tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): the one title the opening's first two paragraphs quote, one of them opening with it, and the one
    person-shaped tag that is not the blog's nor its writer's nor a kind of book; two titles or two such tags, no telling."""
    opening = [line for line in lines[:6] if len(line) >= 40][:2]
    quoted = {m.group(1).strip() for line in opening for m in _QUOTED.finditer(line)}
    # (the title opens its paragraph, the subject of what follows; a phrase quoted inside a sentence is someone's words)
    if len(quoted) != 1 or not any(_QUOTED.match(line.lstrip()) for line in opening):
        return None
    title = quoted.pop()
    not_authors = {n.casefold() for n in context.not_authors if n}
    people = {t.strip().lstrip("#") for t in tags if _PERSON.fullmatch(t.strip().lstrip("#"))}
    people = {p for p in people if p.casefold() not in not_authors and not KIND.search(p) and p != title and title not in p}
    return (title, people.pop()) if len(people) == 1 else None
