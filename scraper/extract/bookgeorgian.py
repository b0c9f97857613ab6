"""Georgian: the author named in the genitive, as Georgian says "by" ("მიხეილ ჯავახიშვილის „T“", Mikheil
Javakhishvili's "T"; "„T“ — ნანა ბერიძის რომანი", "T", Nana Beridze's novel), given back in the nominative.

The given name stands bare before the surname (its attributive form, the one a name is cited in); the surname takes
-ის after a consonant stem that the nominative ends in -ი (-შვილის: -შვილი), -ის after a stem in -ე that drops it
(-ძის: -ძე), and a bare -ს after -ა, -ო, -უ (-იას: -ია).

A headline may instead give the record in the nominative, the quoted title and the name a dash apart ("„T“ — A: the
review's remark"): the name taken as it stands, when the text names its surname again in any case (``dashed_headline``).
"""

from __future__ import annotations

import re

from .book import Context

_KA = r"[\u10d0-\u10fa]"
_NAME = rf"({_KA}{{2,}})\s+({_KA}{{2,}}(?:ის|ას|ოს|უს))"
_QUOTED = r"[„“«\"]([^„“”«»\"]{2,80})[“”»\"]"
# the genitive name right before the quoted title, or before a book noun (novel, story, book, novella, poem, collection)
_BEFORE = re.compile(rf"(?<!{_KA}){_NAME}\s+{_QUOTED}")
_NOUN_AFTER = re.compile(rf"(?<!{_KA}){_NAME}\s+(?:რომან|მოთხრობ|წიგნ|ნოველ|პოემ|კრებულ){_KA}*")


def nominative(surname: str) -> str:
    if surname.endswith("ძის"):
        return surname[:-3] + "ძე"
    if surname.endswith("ის"):
        return surname[:-1]
    return surname[:-1]  # -ას, -ოს, -უს: the nominative's own vowel, without the -ს


def _said_again(surname: str, text: str) -> bool:
    """The surname (read in the genitive) said at least twice in the text, in any case ending."""
    return said_in_any_case(nominative(surname), text)


def said_in_any_case(name: str, text: str) -> bool:
    """A surname in the nominative ("დუმბაძე") said at least twice in the text in any case ending ("დუმბაძის"): its
    stem, the nominative without its last vowel, and up to four letters of ending (bookcaselessname.named_again)."""
    stem = name[:-1] if name[-1:] in "აეიოუ" else name
    return len(stem) >= 4 and len(re.findall(rf"(?<!{_KA}){re.escape(stem)}{_KA}{{0,4}}(?!{_KA})", text)) >= 2


def georgian_genitive(headline: str | None, lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): a quoted title and the genitive name before it (or before a book noun on the headline that
    quotes the title), the title quoted in the headline or twice in the text, or the person named again (the review
    opens with "A's „T“" and talks of A later: "A's language")."""
    headline = headline or ""
    found = set()
    for text in [headline, *lines[:6]]:
        for match in _BEFORE.finditer(text):
            found.add((match.group(3).strip(), match.group(1), match.group(2)))
    quoted = [m.group(1).strip() for m in re.finditer(_QUOTED, headline)]
    if len(quoted) == 1:
        for match in _NOUN_AFTER.finditer(headline):
            found.add((quoted[0], match.group(1), match.group(2)))
    # (or the person named again: the surname, in any case, said elsewhere in the text; its stem is the nominative
    # without its last vowel, "გამსახურდი-ას", "-ამ"; "ბერიძ-ის", "-ემ")
    if (named := comma_headline(headline, context)) is not None:
        return named  # (the headline's record in the nominative, "A, „T“", over a genitive the text reads after a verb)
    books = {(t, f"{given} {nominative(surname)}") for t, given, surname in found
             if t in quoted or context.text.count(t) >= 2 or _said_again(surname, context.text)}
    return books.pop() if len(books) == 1 else dashed_headline(headline, context) if not books else None


# the headline's record in the nominative: "„T“ — A" (perhaps a colon and the review's remark after it) or "A — „T“"
_NOMINATIVE = rf"({_KA}{{2,}}(?:\s+{_KA}{{2,}}){{1,2}})"
_TITLE_DASH_NAME = re.compile(rf"^\s*{_QUOTED}\s*[—–-]\s*{_NOMINATIVE}\s*(?:$|[:,|—–])")
# words a headline sets after the dash that are no name: a book noun's stem (novel, story, book, novella, poem, collection,
# essay, verse) and adjectives of the kind (new, first, last, good, best, Georgian, great, old, young)
_NOT_NAME = ("რომან", "მოთხრობ", "წიგნ", "ნოველ", "პოემ", "კრებულ", "ესე", "ლექს", "ახალ", "პირველ", "ბოლო", "კარგ",
             "საუკეთესო", "ქართულ", "დიდ", "ძველ", "ახალგაზრდ", "მწერ", "ავტორ", "რეცენზი")
_NAME_DASH_TITLE = re.compile(rf"^\s*{_NOMINATIVE}\s*[—–-]\s*{_QUOTED}")


def dashed_headline(headline: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of a headline that sets the quoted title and the author's name apart by a dash, the name in the
    nominative (as a record gives it): "„T“ — Given Surname: the review's remark". The text names the surname again in
    any case ("Surname-ის hero": its stem, the nominative without its last vowel, and up to four letters of ending)."""
    if not headline or not re.search(r"[—–-]", headline):
        return None
    match = _TITLE_DASH_NAME.match(headline)
    title, name = (match.group(1), match.group(2)) if match else (None, None)
    if not match and (match := _NAME_DASH_TITLE.match(headline)):
        title, name = match.group(2), match.group(1)
    if not match:
        return None
    if any(w.startswith(_NOT_NAME) for w in name.split()):
        return None  # "„T“ — ახალი რომანი": the book's kind and an adjective, no one's name
    surname = name.split()[-1]
    stem = surname[:-1] if surname[-1] in "აეიოუ" else surname
    if len(stem) < 4 or not re.search(rf"(?<!{_KA}){re.escape(stem)}{_KA}{{0,4}}(?!{_KA})", context.text.replace(headline, " ")):
        return None
    return title.strip(), name


# the headline's record as a citation gives it: the name in the nominative, a comma, the quoted title ("A, „T“"),
# perhaps a remark after it
_NAME_COMMA_TITLE = re.compile(rf"^\s*{_NOMINATIVE}\s*,\s*{_QUOTED}\s*(?:$|[:,.|—–-])")


def comma_headline(headline: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of a headline that cites the work as "Given Surname, „T“" (s36): the name in the nominative, no
    book noun nor adjective (_NOT_NAME), and the text names one of its words again in any case: a classic is called by
    its given name as often as by its surname ("აკაკის „T“", Akaki's "T")."""
    match = _NAME_COMMA_TITLE.match(headline or "")
    if not match or any(w.startswith(_NOT_NAME) for w in match.group(1).split()):
        return None
    text = context.text.replace(headline, " ")
    words = [w[:-1] if w[-1] in "აეიოუ" else w for w in match.group(1).split()]
    # (a house named after a person, "გამომცემლობა სულაკაური", the text calls in its own order, the person's name in
    # the genitive before the noun, "სულაკაურის გამომცემლობა": no person's name is said so; rev-detshort115)
    if re.search(rf"(?<!{_KA}){re.escape(words[-1])}{_KA}{{0,4}}\s+{re.escape(words[0])}", text):
        return None
    for word in match.group(1).split():
        stem = word[:-1] if word[-1] in "აეიოუ" else word
        if len(stem) >= 4 and re.search(rf"(?<!{_KA}){re.escape(stem)}{_KA}{{0,4}}(?!{_KA})", text):
            return match.group(2).strip(), match.group(1)
    return None
