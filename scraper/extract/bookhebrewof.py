"""A Hebrew post whose opening paragraph starts with the book's title in quotes ('"T" הוא …', T is …) and whose headline
credits one person with "של" (of) ending a part ("חוזרים אל הסיפור של A", back to A's story): A the author, though one
word (Hebrew reviews call classic writers by one name, and no capital tells a name), where the text makes A the subject
of a writing verb ("A כותב", "ו-A כתבה"; a conjunction or a relative prefix glued to it) and names A twice or more.
The title opens the paragraph: a phrase quoted inside a sentence is someone's words. A person the headline names with
"של" whom the text never has write ("הסיפור של אמא", mom's story) is a character, no author."""

from __future__ import annotations

import re

from .book import Context, clean_title

_HE = r"\u05d0-\u05ea"
_OPENING_QUOTE = re.compile(rf"^\s*[\"“”„«]([{_HE}][^\"“”„«»\n]{{1,60}}?)[\"“”»]\s+\S")
# "של A" ending the headline or one of its parts (a colon, a dash, a bar or a comma after it)
_OF = re.compile(rf"(?:^|\s)של\s+([{_HE}][{_HE}'׳\-]{{2,}})(?=\s*$|\s*[,:|\-–—])")
_WRITES = r"(?:כותב|כותבת|כתב|כתבה)"


def hebrew_of_book(headline: str | None, lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of the Hebrew shape in the module's docstring, or None."""
    opening = next((line for line in lines[:4] if len(line) >= 40), "")
    quoted, of = _OPENING_QUOTE.match(opening), _OF.search(headline or "")
    if not quoted or not of:
        return None
    title, name = clean_title(quoted.group(1)), of.group(1)
    if name in title or any(n and n == name for n in context.not_authors):
        return None
    said = re.findall(rf"(?<![{_HE}])[ושה]?-?{re.escape(name)}(?![{_HE}])", context.text)
    if len(said) < 2 or not re.search(rf"(?<![{_HE}])[וש]?-?{re.escape(name)}\s+{_WRITES}(?![{_HE}])", context.text):
        return None
    return title, name
