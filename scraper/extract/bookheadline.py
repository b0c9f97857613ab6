"""The book a post title or heading names: ``from_title`` reads it against the shapes reviewers use.

"Title by Author", "Review: Title – Author", "‘Title’ by Author", "Title (Author, 2005)", with the review words of
``book`` stripped before or after; "Title de Author", "Title – Author", "Author: Title" and the like only where a review
word or the post's text (``book.Context``) vouches for them (``_unmarked``, ``_vouched``), each language's "by"
(``by_pattern``) and the quoted title's marks (``quoted_title``) read here. Kept apart from ``book``, which holds what
every book rule shares (``Book``, ``clean_title``, ``is_name``, ``Context``): this is the one reading of a headline.
"""

from __future__ import annotations

import re

from .book import (
    BY, DASH, REVIEW_PREFIX, REVIEW_SUFFIX, QUOTES, Book, Context, leading_author, capitalise, letters_of, clean_title,
    column_prefix, is_name)
from .booksitename import site_worded
from .mailsubject import subject_title
from .booktitles import (
    CREDIT, NUMBERING, cjk_bracketed, cjk_title, headline, mentioned_part as _mentioned_part,
    unbracketed as _unbracketed)
from .casefold import guarded
from .bookcjkdotted import dotted_author
from .bookcjkslash import hangul_owner, kana_owner, labelled_owner, labelled_slash, marked_slash
from .bookslashremark import remarked_slash
from .bookquotedby import quoted_by
from .bookownby import own_by
from .bookdeclinedhalf import cut_name as cut, declined_title, owned_work as owned
from .bookglued import glued_name
from .bookcredit import plain_credit
from .bookarticlename import particled
from .bookwriterplace import credited, writers_place
from .bookdashhead import open_head


# where one of them is an everyday preposition of the page's language (Indonesian/Malay "di" = at, in) it says
# nothing; that language's own "by" does ("oleh")
BY_IN = {
    "id": r"(?:by|oleh|karya)",
    "ms": r"(?:by|oleh|karya)",
    "af": r"(?:[Bb]y|deur)",
    "sw": r"(?:[Bb]y|wa|ya|la|cha|vya|za)",
    "fy": r"(?:[Bb]y|fan|troch)",
    "lb": r"(?:[Bb]y|vun|vum|vu|von)",
    "br": r"(?:[Bb]y|gant)",
    "gd": r"(?:[Bb]y|le|leis)",
    "ga": r"(?:[Bb]y|le|ó)",
    "is": r"(?:[Bb]y|eftir)",
}
# (Afrikaans "deur", by; Swahili's "of", agreeing with the work's noun class, "T ya A", "kitabu cha A": an "of" (OF_BY)
# says "by" only where the text names T without A too; so Frisian "fan", Luxembourgish "vun", Gaelic "le" (with), Breton
# "gant", by, after a review label: "Resinsje: T fan A"; Icelandic "eftir", by and after: a name the text vouches for)
OF_BY = "sw", "fy", "lb", "gd", "ga"



# A quoted title: each quote pair with what may stand inside it (an apostrophe inside ‘L’Anomalie’ is not a close).
QUOTED = (
    r"(?:«\s*(?P<q1>[^«»]{2,120}?)\s*»|“(?P<q2>[^“”]{2,120})”|„(?P<q3>[^„“”]{2,120})[“”]"
    r"|‘(?P<q4>(?:[^‘’]|’(?=\w)){2,120})’|\"(?P<q5>[^\"]{2,120})\"|(?<!\w)'(?P<q6>(?:[^']|'(?=\w)){2,120})'"
    # Swedish and Finnish open and close with the same mark (”T”, »T»); German and Danish turn them inward (»T«)
    r"|(?<!\w)”(?P<q7>[^”“]{2,120})”|»(?P<q8>[^»«]{2,120})[»«])"
)
QUOTED_BY = re.compile(rf"{QUOTED}\s*,?\s*(?:\s{BY}\s+|d[’']\s*)(?P<rest>.+)$")
QUOTED_BY = guarded(QUOTED_BY)  # (casefold.Guarded: its words looked for first)
_NAME_QUOTED = re.compile(rf"^(?P<author>[^,‘“«„\"']+?)\s*(?:,|\s[-–—]|:)?\s*{QUOTED}\s*$")
_NAME_QUOTED = guarded(_NAME_QUOTED)  # (casefold.Guarded: its words looked for first)
_QUOTED_NAME = re.compile(rf"^{QUOTED}\s*(?:,|[-–—:])?\s*(?P<author>[^,‘“«„\"'’”»]+)$")


def quote_text(match: re.Match) -> str:
    return next(match.group(g) for g in ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8") if match.group(g))


# Macedonian "од" and Bulgarian "от" (from, by) before a name left in the nominative (neither declines names) credit a
# quoted title as "by" does: "„T“ од A – the post's remark"; Serbian "од" and Russian "от" take a genitive: not here.
_QUOTED_OWN_BY = {code: re.compile(rf"{QUOTED}\s*,?\s+{by}\s+(?P<rest>.+)$") for code, by in (("mk", "од"), ("bg", "от"))}


def _quoted_own(text: str, context: Context | None) -> tuple[str, str] | None:
    pattern = _QUOTED_OWN_BY.get(((context.language if context else None) or "")[:2].lower())
    match = pattern.search(text) if pattern is not None else None
    author = leading_author(match.group("rest")) if match else None
    return (clean_title(quote_text(match)), author) if author else None


def quoted_title(text: str, context: Context | None = None) -> tuple[str, str] | None:
    """A quoted title anywhere: "thoughts on ‘Never let me go’ by Kazuo Ishiguro", "« L’Anomalie » d’Hervé Le Tellier"."""
    match = QUOTED_BY.search(text)
    if match:
        author = leading_author(match.group("rest")) or particled(match.group("rest"), text, context)
        if author:
            return clean_title(quote_text(match)), author
    return None


def _split_at(text: str, separator: str, whole: bool = False) -> tuple[str, str] | None:
    """Split "Title <sep> Author" at the right-most separator that leaves a name after it.

    With `whole`, the name must be all that follows (no subtitle or rating after it).
    """
    for match in reversed(list(re.finditer(separator, text))):
        title, rest = text[: match.start()], text[match.end():]
        author = None if rest.lstrip()[:1] in QUOTES else leading_author(rest)  # a quoted part is a title, not a name
        # "whole": the name is all that follows, bar a bracketed aside ("… de Romain Gary (Émile Ajar)")
        bare = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", rest).strip(QUOTES + " .")
        if title.strip() and author and (not whole or author == bare):
            return title, author
    return None


# A score after a title: "… ★★★★", "… – 4/5", "… [3.5/5]", "… (4 stars)".
_TRAILING_SCORE = re.compile(
    r"\s*(?:[-–—|:]\s*)?(?:[★☆⭐🌟½]+|[(\[]?\d(?:[.,]\d)?\s*/\s*(?:5|10)[)\]]?|[(\[]?\d(?:[.,]\d)?\s*stars?[)\]]?)\s*$",
    re.I,
)
# A quoted sentence in the first person is what someone said ("Ruth Abernethy: ‘I wanted the river …’"), not a title.
SPEECH = re.compile(
    # ((?-i:I): the capital pronoun only, not the "i" (and) of Slavic titles, "Očevi i oci")
    r"^[“‘«„\"'](?=.*\b(?:(?-i:I)|I'm|I’m|we|my|our|ich|wir|je|j[’']|nous|yo|nosotros|io|noi|eu|nós|ik|wij|"
    r"я|мы|мой|моя|наш|ми|мій)\b)",
    re.I,
)


def dashed_name(text: str, context: Context | None = None) -> tuple[str, str] | None:
    """(title, author) of "Author – Title" or "Title – Author" where one side is a name and the other is not; with a
    `context`, where both sides are name-shaped, as a title named after its hero is ("Eline Vere", "Jane Eyre"), the
    person is the side the text calls by surname alone and the title the side it never names by its last word alone."""
    parts = [p.strip(QUOTES + " ") for p in re.split(DASH, text, maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return None
    left, right = (is_name(p) and leading_author(p) == p for p in parts)
    if left and right and context is not None:
        left, right = _more_a_person(parts[0], parts[1], context), _more_a_person(parts[1], parts[0], context)
    return ((parts[1], parts[0]) if left else (parts[0], parts[1])) if left != right else None


def by_pattern(context: Context | None) -> str:
    return BY_IN.get(((context.language if context else None) or "")[:2].lower(), BY)


def _unmarked(text: str, by: str = BY) -> tuple[str, str] | None:
    """Shapes that name a book only when something else vouches for them."""
    # "Title de Author", "Title von Author": every language's "by" after an unquoted title
    found = _split_at(text, rf",?\s+{by}\s+", whole=True)
    # "Title – Author", "Title | Author", "Title, Author": the name must be all that follows
    found = found or _split_at(text, rf"{DASH}|\s+[|·•/]\s+", whole=True) or _split_at(text, r",\s+", whole=True)
    if found:
        return found
    parts = re.split(rf"{DASH}|\s+[|·•/]\s+", text, maxsplit=1)  # "Author – Title"
    if len(parts) == 2 and is_name(parts[0].strip()) and 0 < len(parts[1].split()) <= 8 \
            and not leading_author(parts[1]):
        return parts[1], parts[0].strip()
    # "Author, ‘Title’", "Лев Громов «Северный ветер»"; "«Title» Author", "“Title” — Author"
    match = _NAME_QUOTED.match(text) or _QUOTED_NAME.match(text)
    # ("С.Эрдэнэ “T”": bookglued)
    if (
        match
        and (is_name(match.group("author").strip(" .")) or glued_name(match.group("author")))
        and not SPEECH.match("“" + quote_text(match))
    ):
        return quote_text(match), match.group("author").strip(" .")
    if ":" in text:  # "Author: Title"
        left, right = text.split(":", 1)
        # (a quoted title ends where its quotes do)
        if is_name(left) and right.strip() and not SPEECH.match(right.strip()):
            return (
                quote_text(q) if (q := re.match(rf"\s*{QUOTED}(?=\s*(?:$|[-–—:,(\[|]))", right)) else right
            ), left.strip()
    match = re.match(r"^(?:[Oo]n\s+)?([^'’]{3,60}?)['’]s?\s+([A-Z0-9À-Þ].*)$", text)  # "Jane Doe's The Lantern Room"
    if match and is_name(match.group(1)) and not SPEECH.match("“" + match.group(2)):
        return match.group(2), match.group(1)
    return None


_ONE_WORD_LABEL = re.compile(r"^#?[^\W\d_][\w-]{1,20}\s*:\s+")  # (a hashtag as the label: "#Lesetipp: …")
# a column's label of up to four words ("Knjiga nedelje:", "Buch der Woche:", "Book of the week:"): tried last
_WORDS_LABEL = re.compile(r"^#?[^\W\d_][\w-]{1,20}(?:\s+[^\W\d_][\w-]{0,20}){1,3}\s*:\s+")


_QUOTE_STOP = re.compile(r"[»”“«](?=\s?[.։]\s+\S)")


def _vouched(text: str, marked: bool, context: Context | None) -> tuple[str, str] | None:
    """An unmarked shape that a review word or the text vouches for; a trailing part may be the blog's name
    ("Lantern Weather – Ada van der Berg – Quiet Lamp"), so shorter cuts are tried too."""
    cuts = [m.start() for m in re.finditer(rf"{DASH}|\s+[|·•]\s+", text)][::-1][:3] if context is not None else []
    # (or a closing quote and a full stop, the desk's remark after it: "A, «T». the soldier who came back": the
    # quotes say where the title ends, the stop that the record does)
    stopped = context is not None and ("." in text or "։" in text)
    cuts += [m.end() for m in _QUOTE_STOP.finditer(text)][:1] if stopped else []
    # "Lesetipp: Haushofer, „Die Wand“"
    unlabelled = _ONE_WORD_LABEL.sub("", text, count=1) if context is not None else text
    unlabelled = _WORDS_LABEL.sub("", text, count=1) if unlabelled == text and context is not None else unlabelled
    for candidate in (
        ([text] if marked or context is not None else [])  # (no context, no mark: nothing would vouch)
        + [text[:cut] for cut in cuts]
        + ([unlabelled] if unlabelled != text else [])
    ):
        found = _unmarked(candidate, by_pattern(context))
        # (after a one-word label of the site's own: "Lesetipp: Marlen Haushofer – Die Wand")
        left = _ONE_WORD_LABEL.sub("", found[0].strip(), count=1) if found else ""
        if found and context is not None and is_name(left) and _more_a_person(left, found[1], context) \
                and not re.search(rf"[{QUOTES}]\s*{re.escape(left)}\s*[{QUOTES}]", candidate):  # (a quoted half is T)
            found = found[1], left  # "Marlen Haushofer – Die Wand": the author came first (not "Б. Ринчен «T»": T's)
        # (an "of" (OF_BY) only where the text names T more: a name set off by the headline's dash is no "of")
        if found and (marked or context is not None and context.vouches_for(found[1]) and not cut(found[1], context)
                      and ((context.language or "")[:2].lower() not in OF_BY or re.search(
                          rf"{DASH}\W*{re.escape(found[1])}\W*$|^\W*{re.escape(found[1])}{DASH}", candidate)
                           or context.mentions(clean_title(found[0])) > context.mentions(found[1]))):
            return found
    return None


_BY_SPLIT = {by: re.compile(rf"\s+(?:{by})\s+") for by in (BY, *BY_IN.values())}  # (each language's by-words)


def _remarked(text: str, context: Context) -> tuple[str, str] | None:
    """After a review label, "T <by> A <the headline's remark in lower case>" ("Review: T by Ann Lee still haunts",
    "Uhakiki: T ya A bado inavutia"): a name of two words or more the text names in a writer's place (by-word,
    author's noun, writing verb, "the novel T by A": bookwriterplace) and never after T's words in lower case, the
    remark after it; an "of" (OF_BY) only where the text names T more."""
    for by in _BY_SPLIT[by_pattern(context)].finditer(text):
        head, rest = text[:by.start()].strip(), text[by.end():]
        name = leading_author(rest)
        if not name or not rest.startswith(name) or not re.match(r"\s+[^\W\d_]", rest[len(name):]) \
                or not rest[len(name):].strip()[:1].islower() or len(name.split()) < 2 or not head[:1].isupper():
            continue
        # (never where the prose writes "t <by> A" with T's capital dropped: a common noun's phrase, "releí las
        # aventuras de Tom Sawyer", "il diario di Anna Frank", "maisha ya Juma": the named person's, no title)
        common = f"{head[:1].lower()}{head[1:]} {by.group().strip()} {name}"
        placed = writers_place(name, context.text) or credited(head, by.group().strip(), name, context.text)
        if placed and common not in context.text and ((context.language or "")[:2].lower() not in OF_BY
                                                      or context.mentions(clean_title(head)) > context.mentions(name)):
            return head, name
    return None


def _more_a_person(left: str, right: str, context: Context) -> bool:
    """Of two name-like halves, the person is the one the text calls by surname alone; a title is named whole."""
    def alone(name: str) -> int:
        return context.called(name.split()[-1]) - context.mentions(name)
    # ("im Alten Land", and "Tara Mehta's Glass Engines": bookdeclinedhalf)
    return not owned(left, context) and alone(left) > 0 and (alone(right) == 0 or declined_title(left, right, context))


# the credit of a film, a show or a recording in a headline ("directed by", "réalisé par", "regia di", "Regie:")
_OTHER_CREDIT = re.compile(
    r"\b(?:directed|produced|starring|performed|hosted)\s+by\b|\bréalisé\s+par\b|\bdirigid[ao]\s+por\b|"
    r"\bregia\s+di\b|\bdiretto\s+da\b|\bin\s+der\s+Regie\s+von\b|\bрежисс[её]р\w*\b",
    re.I,
)
_OTHER_CREDIT = guarded(_OTHER_CREDIT)  # (casefold.Guarded: its words looked for first)


def from_title(title: str | None, context: Context | None = None) -> Book | None:
    """Read the book out of a post title or heading.

    Without a `context`, only shapes that say "book by author" themselves are read
    (or any shape after a review prefix); with one, unmarked shapes the text vouches for too.
    A name that is the blog's or its writer's ("T by <the blogger>") is no author, unless the text calls that person
    by surname as reviews call authors (a catalogue's page may give the book's author as its own): the title stays.
    """
    book = _from_title(title, context)
    if (
        book
        and book.author
        and context is not None
        and (
            any(n and letters_of(book.author) == letters_of(n) for n in context.not_authors)
            and len(book.author.split()) > 1
            and not context.mentions(book.author.split()[-1]) > context.mentions(book.author)
            or site_worded(book.author, context.not_authors, context.text)
        )
    ):
        return Book(book.title, None, book.year, book.publisher, book.source)
    return book


def _from_title(title: str | None, context: Context | None = None) -> Book | None:
    # a post title, not a paragraph: nothing longer is read (and it keeps this linear)
    if not title or len(title) > 300:
        return None
    if context is not None and not context.ignore_case and re.search(r"[a-z]", title) and title == title.lower():
        # an all-lower-case blog: read the title as if capitalised, and find names in its text whatever their case
        return from_title(
            capitalise(title, context.language),
            Context(context.text, context.not_authors, context.language, ignore_case=True),
        )
    original = subject_title(headline(title), REVIEW_PREFIX.match)  # (mailsubject: "Re: [list] T")
    cjk = cjk_title(original) or labelled_slash(headline(title))  # "【読書感想】T／A", "[서평] T / A" (bookcjkslash)
    cjk = cjk or ("】" in original or "]" in original) and labelled_owner(original, context)  # "【書評】A《T》：…"
    cjk = cjk or kana_owner(original, context) or hangul_owner(original, context, title)  # "綿矢りさ『T』を", "[소설] A 『T』"
    if cjk:
        return Book(*cjk, source="title")
    if cjk_bracketed(original):  # "读《江边的雾》有感": the brackets mark a book's title, the author is elsewhere
        # (or a foreign author's dotted name the text calls the one who writes: "《T》：A把…", bookcjkdotted)
        bracketed = cjk_bracketed(original)
        return Book(bracketed, context and dotted_author(original, bracketed, context.text), source="title")
    # "… ★★★★", "… #bookreview"
    original = _TRAILING_SCORE.sub("", re.sub(r"(?:\s+#[^\W\d]\w*)+$", "", original)) or original
    original = re.sub(r"^[★☆⭐🌟½]+\s*[-–—|:]?\s*", "", original) or original  # "⭐⭐⭐⭐ Title – Author"
    text = REVIEW_PREFIX.sub("", REVIEW_SUFFIX.sub("", original), count=1).strip()
    text = column_prefix(text, context) or text  # "Tipp der Woche: T", "X's pick: T": a column's label (book)
    marked = text != original
    text = CREDIT.sub("", plain_credit(text)) or text  # ("T, written by A and illustrated by B": bookcredit)
    if NUMBERING.fullmatch(text) or re.fullmatch(r"\w+\s+#\s*\d+", text):
        return None  # "Mini review Monday #37": a column's label, no book
    if _OTHER_CREDIT.search(text):
        return None  # "Title (2019) directed by A": a film's credit, not a book's author
    quoted = quoted_title(text, context) or quoted_by(
        text, context.language if context else None, QUOTED, leading_author, lambda m: clean_title(quote_text(m)),
        context.vouches_for if context else None) or _quoted_own(text, context)
    if quoted:  # ('"T" nga A': the page language's own "by" after a quoted title, bookquotedby)
        return Book(*quoted, source="title")
    # "Title (Author, 2005)"
    match = re.match(r"^(.+?)\s*\(\s*([^,()]+?)\s*,\s*(\d{4})\s*\)\s*$", text)
    # (or "Title, de Author (Publisher, 2017)", "Title by Author (Publisher, 2017)": a by-word before the name)
    named = _split_at(match.group(1), r",\s+", whole=True) or dashed_name(match.group(1)) or _split_at(
        match.group(1), rf"\s+[Bb]y\s+|,\s+(?:{by_pattern(context)})\s+", whole=True) if match else None
    if named:  # "Title, Author (Publisher, 2021)", "Author – Title (Publisher, 2021)": the bracket holds the publisher
        return Book(clean_title(named[0]), named[1], int(match.group(3)), match.group(2).strip(), source="title")
    if match and is_name(match.group(2)):
        return Book(clean_title(match.group(1)), match.group(2).strip(), int(match.group(3)), source="title")
    # after a review label, "Title (Author)" and perhaps a dash and a remark ("review: T (A) — cw: …")
    # (a name the text calls by surname: a series, "(Harbour Cycle)", is no one's name)
    bracketed = (
        re.match(r"^(.+?)\s*\(\s*([^,()]+?)\s*\)\s*(?:[—–-]\s.*)?$", text) if marked and context is not None else None
    )
    if (
        bracketed
        and is_name(bracketed.group(2))
        and len(bracketed.group(2).split()) >= 2
        and "," not in bracketed.group(1)
        and context.vouches_for(bracketed.group(2).strip())
    ):
        return Book(clean_title(bracketed.group(1)), bracketed.group(2).strip(), source="title")
    year = None
    match = re.match(r"^(.+?)\s*[(\[](\d{4})[)\]]$", text)  # "Title — Author (2016)"
    if match:
        text, year = match.group(1), int(match.group(2))
    # "Title by Author" (English "by" only when unquoted: "de"/"di" are too common in titles);
    # the last "by" that leaves a name wins: "Stand by Me by Stephen King"
    # ("By" in a Title Case headline; bookownby)
    found = _split_at(text, rf",?\s+(?:[Bb]y|{own_by(context.language if context else None)})\s+")
    # "Title, de Author", "Title d’Author": in Romance languages a comma or an elision marks the author
    found = found or _split_at(text, rf",\s+(?:{by_pattern(context)})\s+|\s+d[’']", whole=True)
    if not found:
        found = _vouched(text, marked, context)
    if not found and re.search(r"\S:\s", text):
        # "Title, de Author: what the post argues" — the post's own subtitle after the book and author
        head = re.sub(r":\s[^:]*$", "", text)
        # "A „T“: remark", vouched (a declining language's "A, «T»": the comma sets a nominative name apart)
        found = (
            _split_at(head, r",?\s+[Bb]y\s+")
            or _split_at(head, rf",\s+(?:{by_pattern(context)})\s+|\s+d[’']", whole=True)
            or (
                _vouched(head, marked, context)
                if context is not None
                and head != text
                and open_head(head, text, context.language)  # (not a declined name before a title: bookdashhead)
                else None
            )
        )
    # "Title (Author)": a bracketed name the text vouches for as a person
    match = None if found else re.match(r"^(.+?)\s*\(\s*([^()]+?)\s*\)\s*$", text)
    if match and is_name(match.group(2)) and context is not None and context.vouches_for(match.group(2).strip()):
        found = match.group(1), match.group(2).strip()
    if found and re.match(r"[a-zà-öø-ÿ]", found[0].lstrip(" “‘«\"'*_")):
        found = None  # a title starts with a capital: "and why I cried…" is the post's own words, not a book
    if found:
        return Book(
            _unbracketed(_mentioned_part(clean_title(found[0]), context), context), found[1], year, source="title"
        )
    slashed = marked_slash(text, context) if marked else remarked_slash(text, context)  # "ביקורת: T / A", "T / A: …"
    if slashed:
        return Book(clean_title(slashed[0]), slashed[1], year, source="title")
    remarked = _remarked(text, context) if marked and context is not None else None  # "Label: T by A still …"
    if remarked:
        return Book(clean_title(remarked[0]), remarked[1], year, source="title")
    if marked and not clean_title(text)[:1].islower():  # "Staff review: the pond that was an ocean" names no title
        # "Review: T – a quiet triumph": the post's remark after a dash
        remark = re.split(r"\s[-–—]\s+(?=[^\W\d_])", text, maxsplit=1)
        text = remark[0] if len(remark) == 2 and remark[1][:1].islower() else text
        # "Recenzija: 'T' Autora i …": the marks close the title
        text = quote_text(q) if (q := re.match(rf"{QUOTED}\s+\S", text)) else text
        # "Avis : T, enfin fini": the post's remark after a comma, where the text names the title before it, never the
        # whole
        comma = text.split(", ", 1)
        if (
            len(comma) == 2
            and comma[1][:1].islower()
            and context is not None
            and context.mentions(comma[0])
            and not context.mentions(text)
        ):
            text = comma[0]
        return Book(clean_title(text), None, source="title") if len(text.split()) <= 12 else None
    return None
