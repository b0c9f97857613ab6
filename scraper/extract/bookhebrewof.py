"""A Hebrew post whose opening paragraph starts with the book's title in quotes ('"T" הוא …', T is …) and whose headline
credits one person with "של" (of) ending a part ("חוזרים אל הסיפור של A", back to A's story): A the author, though one
word (Hebrew reviews call classic writers by one name, and no capital tells a name), where the text makes A the subject
of a writing verb ("A כותב", "ו-A כתבה"; a conjunction or a relative prefix glued to it) and names A twice or more.
The title opens the paragraph: a phrase quoted inside a sentence is someone's words. A person the headline names with
"של" whom the text never has write ("הסיפור של אמא", mom's story) is a character, no author; so is one whom the text has
write where it also calls the book's writer by role apart from A ("הסופרת נותנת לה קול": a diary's or letters' writer,
"היומן של נועה"); and "של" after a translation's noun ("בתרגום של A") credits the translator."""

from __future__ import annotations

import re

from .book import Context, clean_title

_HE = r"\u05d0-\u05ea"
_OPENING_QUOTE = re.compile(rf"^\s*[\"“”„«]([{_HE}][^\"“”„«»\n]{{1,60}}?)[\"“”»]\s+\S")
# "של A" ending the headline or one of its parts (a colon, a dash, a bar or a comma after it)
_OF = re.compile(rf"(?:^|\s)של\s+([{_HE}][{_HE}'׳\-]{{2,}})(?=\s*$|\s*[,:|\-–—])")
_WRITES = r"(?:כותב|כותבת|כתב|כתבה)"
_TRANSLATION = re.compile(rf"תרגום\s+של\s+\S+$|תרגומ[הו]?\s+של\s+\S+$")  # ("בתרגום של A", "התרגום של A")
_ROLE = re.compile(rf"(?<![{_HE}])[וש]?ה(?:סופר|סופרת|מחבר|מחברת)(?![{_HE}])(?P<after>\s+\S+)?")


def hebrew_of_book(headline: str | None, lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of the Hebrew shape in the module's docstring, or None."""
    opening = next((line for line in lines[:4] if len(line) >= 40), "")
    quoted, of = _OPENING_QUOTE.match(opening), _OF.search(headline or "")
    if not quoted or not of:
        return None
    if _TRANSLATION.search((headline or "")[: of.end(1)]):
        return None
    title, name = clean_title(quoted.group(1)), of.group(1)
    if any((m.group("after") or "").strip() != name for m in _ROLE.finditer(context.text)):
        return None  # (the text calls the writer by role apart from A: A a character, see the module's docstring)
    if name in title or any(n and n == name for n in context.not_authors):
        return None
    said = re.findall(rf"(?<![{_HE}])[ושה]?-?{re.escape(name)}(?![{_HE}])", context.text)
    if len(said) < 2 or not re.search(rf"(?<![{_HE}])[וש]?-?{re.escape(name)}\s+{_WRITES}(?![{_HE}])", context.text):
        return None
    return title, name
