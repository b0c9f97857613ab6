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


# --- the headline or a tag as the title, beside the one person tag (``tagged_headline``) ------------------------------
_HEADLINE = re.compile(rf"{_WORD}(?:\s{_WORD}){{0,4}}")  # a short headline of Arabic-script words only, no separator
_TAG_TITLE = re.compile(rf"{_WORD}(?:\s{_WORD}){{0,5}}")
_TRANSLATED = re.compile(r"ترجم|مترجم")  # (the root's words in Arabic, Persian and Urdu: ترجمة ترجمه ترجمہ مترجم)


def _said(word: str, text: str) -> bool:
    return bool(re.search(rf"(?<![{_LETTERS}]){re.escape(word)}(?![{_LETTERS}])", text))


def tagged_headline(headline: str | None, tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a post in Arabic script whose tags hold the one person the text calls by family name (a tag of
    two or three words, no kind's, its last word said alone in the text, none of it in the headline) and whose title is
    the one other tag that names no kind and echoes a word of the headline (a paper's headline of its own phrase, the
    book's title among its tags), or, no other tag there, the headline itself where it is short, a bare run of words
    with no kind's word (a blog's post titled with its book). Two such people, or two such tags: no telling; nor where
    the text sets another title in quotes («T» للكاتبة A: the headline is then the reviewer's phrase); nor where the text
    speaks of a translation (ar "ترجمة", "المترجم", fa "ترجمه", ur "ترجمہ"): a translated book's blog tags its translator
    as readily as its author, and the text says the translator's family name as often."""
    headline = (headline or "").strip()
    if not headline or not re.search(f"[{_LETTERS}]", headline) or re.search(r"[A-Za-z]", headline):
        return None
    if _TRANSLATED.search(context.text):
        return None  # (a translated book's one person tag may be its translator: no telling which, see the docstring)
    not_authors = {n.casefold() for n in context.not_authors if n}
    tagged = list(dict.fromkeys(t.strip().lstrip("#") for t in tags))
    people = [t for t in tagged if _PERSON.fullmatch(t) and not KIND.search(t) and t.casefold() not in not_authors
              and _said(t.split()[-1], context.text.replace(t, " ")) and not any(_said(w, headline) for w in t.split())]
    if len(people) != 1:
        return None
    others = [t for t in tagged if t not in people and _TAG_TITLE.fullmatch(t) and not KIND.search(t)
              and t.casefold() not in not_authors]
    echoed = [t for t in others if any(len(w) >= 3 and re.search(rf"(?<![{_LETTERS}]){re.escape(w)}", headline)
                                       for w in t.split())]
    quoted = {m.group(1).strip() for m in _QUOTED.finditer(context.text)}
    if len(echoed) == 1 and len(others) == 1 and quoted <= {echoed[0]}:
        return echoed[0], people[0]
    if not others and _HEADLINE.fullmatch(headline) and not KIND.search(headline) and quoted <= {headline}:
        return headline, people[0]
    return None
