"""A book's bibliographic record line closing a review as papers and journals cite a book: the author, the title and
the imprint, "City: Publisher, Year" (Russian "Имя Фамилия. Название. М.: Издательство, 2026", Polish "Imię Nazwisko,
Tytuł, Kraków: Wydawnictwo, 2025", English "Name. Title. New York: Press, 2024. 320 pp."). The imprint is the
signal: a place (one to three words, perhaps abbreviated, "М.", "СПб.") and its colon, a publisher, a comma and a
year, after at least two parts the line opens with; pages may follow (an older book is cited by its place and year
alone: "Name, Title. City, 1974."). boilerplate reads it as the review's record,
never as the lead-in of a plea or a follow-me line set after it.

``house_cited``: such a line (or an unlabelled one, "Name, Title, House, 2001.") whose house is also a chain of
bookshops' name (many publishers sell books too) is the review's citation, not a buy line naming a shop: its first part
is a person's name, not a shop's, and no link goes out of it (``promo`` asks, for a line with no link).
"""

from __future__ import annotations

import re

from .bookbiblio import BIBLIO_DETAIL, PAGES, PAGES_FIRST  # (a page count, a price, an ISBN)
from .words import count_words
from .book import is_name
from .worddates import month_names

# the imprint: "City: Publisher, 2026" (pages after it: ". 320 с.", ", 288 pp.", " — 412 стр."); the publisher may name its
# imprint after a comma ("М.: АСТ, Редакция Анны Ивановой, 2018")
_IMPRINT = re.compile(
    r"(?:^|[.,;]\s+|\s[—–]\s+)(?P<place>[^\W\d_][^\W\d_.\-]*(?:[\s\-][^\W\d_][^\W\d_.\-]*){0,2}\.?)\s*:\s*"
    r"(?P<publisher>[^\W\d_][^:;,]{0,60}?(?:,\s*[^\W\d_][^:;,\d]{0,60}?)?),\s*(?:1[5-9]\d\d|20\d\d)\b(?:[.,]?\s*(?:[—–-]\s*)?\d+\s*[^\W\d_]{1,8}\.?)?\s*\.?\s*$"
)


def cited_record(text: str) -> bool:
    """`text` is one record line ending on its imprint, after an author and a title (two parts or more)."""
    text = " ".join(text.split())
    if not text or count_words(text) > 40 or "http" in text or "@" in text:
        return False
    match = _IMPRINT.search(text)
    if not match:
        return False
    head = text[:match.start("place")].strip(" .,;—–")
    return len([p for p in re.split(r"\.\s+|,\s+|\s[—–]\s", head) if p.strip()]) >= 2


# the imprint without its publisher, as older books and first editions are cited: "Name, Title. City, 1974."
_PLACE_YEAR = re.compile(r"\.\s+(?P<place>[^\W\d_][^\W\d_.\-]*(?:[\s\-][^\W\d_][^\W\d_.\-]*){0,2})\s*,\s*(?:1[5-9]\d\d|20\d\d)\s*\.?\s*$")


def place_year_record(text: str) -> bool:
    """`text` is a record line ending on a place and a year after a full stop ("<author>, <title>. Mogadishu, 1974."),
    the place capitalised, the author's name (its first and last words capitalised) and the title before it, each of
    twelve words at most; no question, no exclamation ("Thanks for reading, friends. Berlin, 2024!" signs a letter)."""
    text = " ".join(text.split())
    if not text or count_words(text) > 30 or "?" in text or "!" in text or "http" in text or not (match := _PLACE_YEAR.search(text)):
        return False
    if not match.group("place")[:1].isupper():
        return False
    parts = [p for p in re.split(r"(?<=[^\W\d_]{2})\.\s+|,\s+|\s[—–]\s", text[:match.start()].strip(" .,;—–")) if p.strip()]
    name = parts[0].split() if parts else []
    return 2 <= len(parts) <= 4 and all(count_words(p) <= 12 for p in parts) and 1 <= len(name) <= 5 \
        and name[0][:1].isupper() and name[-1][:1].isupper()  # (the author's name first: "Thanks for reading, …" is none)


# a record line: a short label and its colon, then three parts or more split by commas, one a number ("Details: <title>,
# <author>, <publisher>, 448 pages"), or a newspaper's book card, four to eight short parts split by bars ("<title> | <author> |
# <publisher> | 320 pages"): the book's record as the reviewer wrote it, never the lead-in of a plea after it ("Buy: <shop> | <shop>" is)
_LABELLED = re.compile(r"^\W*[^\W\d_][^:：.!?,，、]{0,30}[:：]\s*[^,，、]+(?:[,，、][^,，、]+){2,}")


def record_line(text: str) -> bool:
    """The book's record as the reviewer wrote it (above), or a cited record (cited_record, place_year_record), or an
    unlabelled one (unlabelled_record), or a card parted by middle dots (dotted_card)."""
    return (bool(_LABELLED.match(text)) or _labelled_detail(text) or 4 <= len(parts := text.split("|")) <= 8 and all(0 < count_words(p) <= 8 for p in parts)) \
        and any(c.isdigit() for c in text) or cited_record(text) or unlabelled_record(text) or name_colon_record(text) \
        or place_year_record(text) or labelled_imprint(text) or dotted_card(text) or stopped_card(text) \
        or bracketed_record(text)


# the imprint in brackets after the author and the title, as an essay or a review cites a book: "Name Surname, Title:
# Subtitle (House, 1936).", "Title, Name Surname (House, 2019)": the bracket holds a house's words, a comma and a year,
# and closes the line
_BRACKETED = re.compile(r"^(?P<head>[^()\[\]?!]{3,160}?)\s*[(\[](?P<house>[^\W\d_][^()\[\]\d]{1,60}?),\s*(?:1[5-9]\d\d|20\d\d)[)\]]\s*\.?$")


def bracketed_record(text: str) -> bool:
    """`text` is "Name, Title (House, Year).", the author first as a bibliography cites: two or three parts parted by commas
    before the bracket, each of twelve words at most, the first a person's name (a sentence's clause
    that ends on a dated bracket, "We met at the fair, as every year (Frankfurt, 2019).", or a sign-off, "Thanks for
    reading, Ana Lima (Lisbon, 2024)", opens on no name)."""
    text = " ".join(text.split())
    if len(text) > 220 or "http" in text or "@" in text or not (match := _BRACKETED.match(text)):
        return False
    # (a bracket holding a month and its year is a signature's date, "Sara Holt, Reviews Editor (March, 2026)", no
    # house: worddates' month names, every locale's)
    if match.group("house").strip().casefold() in month_names():
        return False
    parts = [p.strip() for p in match.group("head").split(", ")]
    return 2 <= len(parts) <= 3 and all(0 < count_words(p) <= 12 and p[:1].isupper() for p in parts) \
        and is_name(parts[0])


# a record parted by full stops, as papers close a review on the book they read: "Title. Name Surname. House, 160
# pages." (the title, the author, the imprint): three to six short parts, the first one capitalised, one between a
# person's name, the last a page count, a price or an ISBN; a sentence's parts are longer, or name no one between. The
# last part is the imprint's list, items of four words at most ("Ediciones del Cerro, 200 páginas"): a plea closing a
# sign-off is a clause ("Nos leemos. Marta López. Suscripción: 5 euros al mes.")
_STOPS = re.compile(r"(?<!\b[A-Z])\.\s+")


def stopped_card(text: str) -> bool:
    if len(text) > 200 or text.count(". ") < 2:
        return False
    parts = [p.strip() for p in _STOPS.split(" ".join(text.split()).rstrip(". ")) if p.strip()]
    return 3 <= len(parts) <= 6 and all(0 < count_words(p) <= 8 for p in parts) and parts[0][:1].isupper() \
        and BIBLIO_DETAIL.search(parts[-1]) is not None and any(is_name(p) for p in parts[1:-1]) \
        and all(count_words(item) <= 4 for item in parts[-1].split(", "))


# a paper's book card parted by spaced middle dots or bullets, as many engines set one in any script ("<title> · <author> ·
# <publisher> · 96 pages · ₹ 140"): four to eight short parts, the last one or two a page count, a price or an ISBN; a
# byline's "Name · 4 Dec 2026 · 5 min read" has no such detail, a sentence's parts are longer
_DOTS = re.compile(r"\s+[·•∙⋅]\s+")


def dotted_card(text: str) -> bool:
    if "·" not in text and "•" not in text and "∙" not in text and "⋅" not in text or len(text) > 200:
        return False
    parts = _DOTS.split(" ".join(text.split()).strip(" ."))
    return 4 <= len(parts) <= 8 and all(0 < count_words(p) <= 8 and not re.search(r"[^\W\d_]{2}[.!?]\s", p) for p in parts) \
        and any(BIBLIO_DETAIL.search(p) for p in parts[-2:]) and re.search(r"[^\W\d_]", parts[0]) is not None


# a labelled imprint row of a book's record: a label of one to three words and its colon, a publisher, and after a
# comma its page count, ISBN or price ("Publisher: <house>, 496 pages", "Éditeur : <house>, 320 p.", "Izdavač: <house>,
# 496 strana"): one row of the record box the review closes on (the title and author on the row before), never a
# lead-in; the parts are phrases (no sentence's stop, at most five words before the detail)
_LABEL_ROW = re.compile(r"^\W{0,2}[^\W\d_][^\W\d]*(?:\s[^\W\d]+){0,2}\s?[:：]\s*(?P<parts>[^\W\d_][^:：!?]*)$")


def labelled_imprint(text: str) -> bool:
    """`text` is a label, a publisher and its page count, ISBN or price, split by a comma (above)."""
    if "," not in text or len(text) > 120 or not (match := _LABEL_ROW.match(" ".join(text.split()).rstrip())):
        return False
    parts = [p.strip() for p in match.group("parts").split(",")]
    return 2 <= len(parts) <= 3 and all(0 < count_words(p) <= 5 for p in parts) and parts[0][:1].isupper() \
        and not re.search(r"[^\W\d_]{2}\.\s", match.group("parts")) and count_words(parts[-1]) <= 3 and bool(BIBLIO_DETAIL.search(parts[-1]))


# ... or two parts only, the last a page count, an ISBN or a price ("Publisher: <house>, 496 pages", sr "Izdavač: <house>,
# 496 strana"): the record's publisher row
_LABELLED_PAIR = re.compile(r"^\W*[^\W\d_][^:：.!?,，、]{0,30}[:：]\s*[^,，、\d]+[,，、]\s*(?P<detail>[^,，、]+)$")


def _labelled_detail(text: str) -> bool:
    match = _LABELLED_PAIR.match(text) if len(text) <= 80 else None
    return match is not None and BIBLIO_DETAIL.search(match.group("detail")) is not None


def unlabelled_record(text: str) -> bool:
    """A record line without a label: three to eight short parts split by commas, the last a page count, a price, an
    ISBN or a year ("<author>, <title>, <publisher>, 480 pages", "<title>, <author>, <publisher> 2024"); no part a
    sentence ("It is long, slow, and worth 480 pages." has a sentence's end and a part of six words and more)."""
    text = " ".join(text.split()).rstrip(" .")
    if not text or count_words(text) > 30 or not any(c.isdigit() for c in text) or re.search(r"[.!?]\s+[^\W\d_]", text):
        return False
    parts = [p for p in re.split(r"\s*[,，、]\s*", text) if p]
    # (every part before the last is words: a price "24,90 €" split at its comma is none; a date "Monday, May 4, 2026"
    # ends on a year after three parts, a record on one after four: author, title, publisher, year)
    if not 3 <= len(parts) <= 8 or any(count_words(p) > 6 or not re.search(r"[^\W\d_]", p) for p in parts[:-1]) or count_words(parts[-1]) > 6:
        return False
    # (Romanian sets "de" between a count from twenty and its noun: "480 de pagini")
    return bool(BIBLIO_DETAIL.search(parts[-1]) and re.search(r"[^\W\d_]", parts[-1]) or re.fullmatch(r"\d+\s+de\s+pagini", parts[-1])
                or len(parts) >= 4 and re.fullmatch(r"1[5-9]\d\d|20\d\d", parts[-1]))


# the papers' "Name: Title. Publisher; 320 pages; € 22,99" (Dutch and Flemish dailies, German "Name: Titel. Verlag, Ort
# 2024. 320 S., 22 €"): the author's name of two to four capitalised words and its colon open the line (a label is one
# word: "Note:", "Verdict:"), then three to seven fragments split by full stops or semicolons, none over eight words,
# one after the title opening on its page count or ISBN ("I read 320 pages" is a sentence's)
_NAME_COLON = re.compile(r"^\W{0,2}((?:[^\W\d_][\w'’.\-]*\s+){1,3}[^\W\d_][\w'’.\-]*)\s*:\s+(\S.*)$")
_FRAGMENTS = re.compile(r"(?<=[^\W\d_]{2})\.\s+|(?<=\d)\.\s+|\s*;\s*")
# a book's record in a text: its page count, either way round, or its ISBN (also bookpagetitles._booked)
PAGE_COUNT = re.compile(rf"{PAGES}|{PAGES_FIRST}|isbn", re.I)


def name_colon_record(text: str) -> bool:
    """`text` is a record line led by its author's name and a colon (above); "Note: it is long. I read 320 pages."
    is a label's, and its pages are a sentence's."""
    text = " ".join(text.split()).rstrip(" .")
    match = _NAME_COLON.match(text)
    if not match or count_words(text) > 40 or "?" in text or "!" in text or "http" in text:
        return False
    if not all(w[:1].isupper() for w in match.group(1).split()):
        return False
    parts = [p for p in _FRAGMENTS.split(match.group(2)) if p]
    return 3 <= len(parts) <= 7 and all(count_words(p) <= 8 for p in parts) \
        and any(PAGE_COUNT.match(p) for p in parts[1:])


_NAME_PART = re.compile(r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){1,4}")


def house_cited(text: str) -> bool:
    """`text` is a record line (cited_record, place_year_record, unlabelled_record) opening on a person's name of two
    to five words, its first and last capitalised, and naming no bookseller there (a shop's line is no citation)."""
    text = " ".join(text.split())
    first = re.split(r"\.\s+|,\s+|\s[—–]\s", text, maxsplit=1)[0].strip()
    if not _NAME_PART.fullmatch(first) or not (first[:1].isupper() and first.split()[-1][:1].isupper()):
        return False
    from .platforms import RETAILER_NAME  # (late: the shops' names, read only for such a line)
    return not RETAILER_NAME.search(first) and (cited_record(text) or place_year_record(text)
                                                or unlabelled_record(text))
