"""Bibliographic lines: a closing citation ("Title by Author. City: Publisher, 2005.") and a record line at the top or
bottom of a post ("Author: Title. Publisher, 272 pp.", "Title, Author. Publisher, 2016.", "Ficha: *T*, A. …").

A record line is read without its label ("Ficha", "Scheda"); a fact line ("Edizione letta: …", "Publisher: …") gives no
book (``bookinfo``). Besides Latin/Cyrillic names, a Han/Hangul name with its role word ("한강 지음", "李明 著") and an
Arabic-script name of two or three words count, in lines that a page count, a price, an ISBN or a year marks as a record.
"""

from __future__ import annotations

import re
from .bookvietname import vi_dashed_author
from .book import BY, DASH, NAME, BY_RECORD, QUOTES, Book, Context, leading_author, clean_title, is_name
from .bookheadline import dashed_name, from_title
from .bookinfo import dated_name, is_fact_label, is_record_label, unlabelled
from .booklabelhead import without_head_label
from .bookdescribedrecord import described_record
from .bookkindhead import kind_headed, kind_stacked
from .bookstackedname import INDIC_HOUSE, name_first, stacked_over
from .bookpublisherrecord import credit_title, publisher_record
from .bookdottedorder import dotted_order
from .bookboxhouse import imprint_details, imprint_name
from .bookhouseline import housed
from .booktimed import timed
from .bookdanda import dandas  # ("T । A । …")
from .bookpenbracket import without_pen_bracket
from .booktitleover import titled_over
from .bookcaselessname import ROLE_NAME, caseless_words, housed_name, lone_pen_name, named_again, pen_writer, \
    script_name
from .bookquotedrecord import quoted_record
from .bookcitedhead import cited_head
from .bookclauserecord import clause_record
from .bookalttitle import joined_alternatives, lower_tail
from .notewords import PUBLISHER
from .casefold import CAPITALS, guarded
from .rating import has_score

_CITATION = re.compile(
    rf"^(?P<title>[^.]{{2,150}}?),?\s+by\s+(?P<author>{NAME})\s*(?:[.,]|(?P<bracket>\())\s*"
    r"(?:(?P<city>[A-Z][\w .]+?)\s*:\s*)?(?P<publisher>[A-Z][^,;]{1,80}?)\s*,\s*(?(bracket)(?:[a-z]+\s+){0,2})(?P<year>1[5-9]\d\d|20\d\d)\b"
    # (or its imprint in brackets, perhaps with its edition's word: "(House, reissued 2026)")
    r"(?(bracket)[^()]{0,40}\)\W*$)"
)
_CITATION, _BY_NAME = guarded(_CITATION), re.compile(rf"(?:{BY_RECORD})\s+[{CAPITALS}]")  # (casefold.Guarded; "de A")
_HOUSE_AFTER = re.compile(rf"\.\s+[{CAPITALS}\d]")  # ("de A. House": the name's full stop, the house after it)


def from_citation(lines: list[str]) -> Book | None:
    """A closing citation: "Never Let Me Go by Kazuo Ishiguro. New York: Knopf, 2005. 288 pages." """
    for line in reversed(lines[-8:]):
        match = _CITATION.match(line.strip())
        if match and is_name(match.group("author")):
            title = cited_head(clean_title(match.group("title")), "\n".join(lines))  # ("T: S, by A": bookcitedhead)
            return Book(title, match.group("author"), int(match.group("year")), match.group("publisher").strip(),
                        source="citation")
    return None


# a page count in our languages (fa/ar صفحه, ko 쪽, zh 页, ja ページ; any script's digits; public as PAGES)
_PAGES = PAGES = (
    r"\b\d+\s*(?:pages|pp\.?|p\.|seiten|s\.|str\.|blz\.?|pagine|p[áa]ginas|p[áa]gs?\.|stron|стр\.?|страниц\w*|"
    r"сторін\w*|صفحه|صفحة|쪽|页|頁|ページ|"
    # the other languages' word for pages after the count (tr, fi, sv, no/da, hu, cs/sk, nl, ro, id/ms, vi, el, lt,
    # ka, hy, he, hi, th; sr/hr/bs "strana, strane, stranica", sl "strani")
    r"(?:sayfa|sivua|sidor|sider|oldal|str[áa]n(?:ok|y|[aei]|ic[ae])?|pagina['’]s|pagini|halaman|trang|σελίδες|psl|"
    r"გვერდი|էջ|עמודים|पृष्ठ|หน้า|పేజీలు|పుటలు|ಪುಟಗಳು|പേജുകൾ|പുറം|பக்கங்கள்|পৃষ্ঠা|પાના|pàgines|pàg\.|páxinas|orrialde|"
    r"tudalen\w*|paġni|lpp\.|lk\.|lehekülge)(?!\w))"
)  # (ca gl eu cy mt lv et)
# or the word before the count, as Greek, Spanish, Slavic and English records write it ("σελ. 472", "págs. 300", "pp. 212")
# (Italian sets its word first too: "pagine 186", "pagg. 186", "pag. 186"; sw "kurasa 196")
PAGES_FIRST = r"(?<!\w)(?:σελ(?:ίδες)?\.?|σσ\.|pp\.|págs?\.|стр\.|str\.|pagine|pagg?\.|kurasa)\s*\d+"
# a price: a currency's sign, or its name before or after the sum ("euro 13", "13 euro", "EUR 9,90", "39 zł", "250 Kč")
_PRICE = r"[€$£₹¥₩₺₽₴₦₱৳₫₪₸₼₾]\s*\d|(?<!\w)(?:euro|eur)\s*\d|\d(?:[.,]\d\d)?\s*(?:euros?|eur|zł|kč|kn|lei|руб\.?|грн|€)(?!\w)"
# (a year in Persian or Arabic-Indic figures too, Solar Hijri or Hijri as Persian and Arabic records date them: "چاپ نخست ۱۳۶۸", "١٤٤٠")
# "2021년", "2021年"
BIBLIO_TAIL = re.compile(
    rf"\b(1[5-9]\d\d|20\d\d)(?:\b|(?=[년年]))|(?<!\d)(?:[۱١][۲-۹٢-٩]|[۲٢][۰٠])[۰-۹٠-٩]{{2}}(?!\d)|{PAGES}|{PAGES_FIRST}|isbn|{_PRICE}",
    re.I,
)
BIBLIO_DETAIL = re.compile(rf"{PAGES}|{PAGES_FIRST}|isbn|{_PRICE}", re.I)
# what every match of either holds (a figure, or "isbn" read with the same flags): a line without it is passed over
# before their alternations of page words are tried at each of its words (~10 µs a line)
TAIL_LOOK = re.compile(r"\d|isbn", re.I)
# (a slash spaced both sides: "T / A / P"; a bar, or a full-width bar or slash, spaced or not: "T｜A 지음｜P｜268쪽", as
# CJK papers set a record, the bar never part of a title or a name)
SEGMENTS = re.compile(r"(?<!\b[A-Z])(?<!\bSt)\.\s+|,\s+|[،，、፣፤።]\s*|\s+[·•/]\s+|\s*[|｜／]\s*")
# a publisher named before its role word, as Korean, Japanese and Chinese records put it ("P 펴냄", "P刊", "P出版")
# (and the Indic and Urdu houses named before their word: "X प्रकाशन", "X প্রকাশনী": bookstackedname.INDIC_HOUSE)
# (and the houses Armenian, Georgian, Azerbaijani, Kazakh, Kyrgyz, Uzbek and Mongolian name before their word: "«X» հրատարակչություն",
# "X გამომცემლობა", "X nəşriyyatı", "X баспасы", "X басмасы", "X nashriyoti", "X хэвлэлийн газар")
_PUBLISHED_BY = re.compile(r"\S\s*(?:펴냄|펴낸곳|발행|출간|刊|発行|発売|出版|" + INDIC_HOUSE
                           + r"|հրատարակչություն|გამომცემლობა|nəşriyyatı|баспасы|басмасы|nashriyoti|хэвлэлийн\s+газар)$")


# "A: T (House, 1975)": the house and year in brackets closing the line, read as the record's tail "A: T. House, 1975"
_HOUSE_YEAR = re.compile(r"\s*\(\s*([^\W\d_][^()\d]{1,50}?),\s*(1[5-9]\d\d|20\d\d)\s*\)$")


def from_bibliography(lines: list[str], context: Context | None = None) -> tuple[str, str] | None:
    """A bibliographic line at the top or bottom: "Author: Title. Publisher, 272 pp.", "Title, Author. Publisher, 2016.".

    With a `context`, a line that opens with the person the text names by surname is no "Title, Author" line
    ("Jan Kowalik, Wydawnictwo Sosna, 2015" names the author and the publisher).
    """
    if kinded := kind_stacked(lines[:6], BIBLIO_TAIL, context) or kind_stacked(lines[-8:], BIBLIO_TAIL, context):
        # "ROMAN" / A / T / "Publisher, 2005", one part a line (bookkindhead): read before its lines one by one
        return kinded
    # (bookhouseline)
    stacked = (
        _stacked(lines[-8:], context)
        + _stacked(housed(lines[-8:], BIBLIO_DETAIL), context)
        + _paired(lines[-8:], context) + titled_over(lines[-8:], context, BIBLIO_DETAIL)  # (booktitleover)
    )
    for raw in (
        _headed(lines[:4], context)
        + lines[:4]
        + _joined(lines[:4])
        + _headed(lines[-8:], context)
        + lines[-8:][::-1]
        + _role_joined(lines[-8:])
        + stacked
    ):
        # "Ficha: T, A. …" read without its label; "Edición: …" not at all
        line = without_head_label(unlabelled(raw.strip().strip("*_ ")), context)
        line = _HOUSE_YEAR.sub(r". \1, \2", line) if line and line[-1:] == ")" else line
        line = without_pen_bracket(line, context) if line else line  # ("A (Pen Name), T, …": bookpenbracket)
        if not line or len(line) > 300 or timed(line):
            continue
        # ("T, or T2": bookalttitle; "T । A । …")
        segments = joined_alternatives(
            [s.strip(QUOTES + " ") for s in SEGMENTS.split(dandas(line)) if s.strip()], line=line
        )
        # a year, pages, a price, an ISBN, or a part a publisher's word opens ("T / A. הוצאת …, מהדורה חדשה")
        # (or, with no figure at all, an imprint after the head: _imprinted, asked only where the line is no record
        # else)
        imprinted = None
        if (
            not (TAIL_LOOK.search(line) and BIBLIO_TAIL.search(line))
            and not (len(segments) >= 3 and any(PUBLISHER.match(s) or _PUBLISHED_BY.search(s) for s in segments[2:]))
            and line not in stacked
            and not (imprinted := _imprinted(segments))
        ):
            continue
        # a year alone is a date ("Posted by …, 2023"); pages, a price or an ISBN, or a year among several parts, a book
        if len(segments) < 3 and not (TAIL_LOOK.search(line) and BIBLIO_DETAIL.search(line)) \
                and not (imprinted if imprinted is not None else _imprinted(segments)):
            continue
        # "Name, „T“. New edition, Publisher, 2026": the quotes end the title (bookquotedrecord); a caseless name named again
        quoted = quoted_record(line, lambda n: (caseless_words(n) or lone_pen_name(n)) and context is not None and named_again(n, context))
        if quoted and (BIBLIO_TAIL.search(quoted[2]) or PUBLISHER.search(quoted[2]))\
                and not (context is not None and quoted[1] in context.not_authors):
            return quoted[0], quoted[1]
        head = segments[0]
        if len(head.split()) > 14:  # a sentence that happens to hold a year, not a citation
            continue
        if ":" in head:
            left, right = head.split(":", 1)
            if is_name(left.strip()) and right.strip() and not (is_fact_label(left) or is_record_label(left)):
                # ("A: T, its lower-case rest. P, 2012": bookalttitle)
                return clean_title(lower_tail(line, right.strip())), left.strip()
        if clause := clause_record(head):  # "T by A is published by H" (bookclauserecord)
            return clause[0], clause[1]
        found = from_title(head) or _dashed(head, context)
        if found and found.author:
            return found.title, found.author
        published = _published(segments, head, context)
        if published:
            return published
        second = segments[1] if len(segments) > 1 else ""
        credit = _BY_NAME.match(second) and _HOUSE_AFTER.match(line, line.find(second) + len(second))
        if context is not None and is_name(head) and len(segments) >= 3 and not is_name(second) and not credit \
                and not BIBLIO_TAIL.search(second) and context.text.count(second) >= 2:
            # "Name, Title, 480 pages": a title the text names again, no publisher (not "T, de A. House": it credits T)
            return clean_title(segments[1]), head
        if is_name(head) and len(segments) >= 3 and _PLACE_PUBLISHER.match(segments[2]) and not is_name(segments[1]) \
                and not BIBLIO_TAIL.search(segments[1]) and not PUBLISHER.match(segments[1]):
            # "Name. Title. City: Publisher, 2018": a library's description's order
            return clean_title(segments[1]), head
        if context is not None and is_name(head) and context.person(head):
            # "Name, Title, stories, 2026" (bookdescribedrecord)
            if described := described_record(segments, context, bool(BIBLIO_DETAIL.search(line)), line):
                return described
            continue
        halves = re.split(DASH, head, maxsplit=1)
        if len(halves) == 2 and (
            halves[0].rstrip()[-1:] in "»”“」』\""
            and (named := script_name(halves[1].strip(QUOTES + " "), context))
            or (named := vi_dashed_author(halves[0], halves[1].strip(QUOTES + " "), context and context.language))
        ):
            # "«T» — A፣ …": the quotes close the title, a caseless name after its dash; vi "T — A" (bookvietname)
            return clean_title(halves[0].strip(QUOTES + " ")), named
        if len(halves) == 2 and any(is_name(half.strip(QUOTES + " ")) for half in halves):
            continue  # "Name – Name-like Title": the head names the author, which side is no telling; then the house
        if found and not is_name(found.title) and (name := script_name(second, context)):  # "『T』, 한강 지음, 출판사"
            return found.title, name
        # (a record's parts after its title are short: a sentence's clauses, "X، بطل الرواية، رجل بقي …", are none)
        # "بوف کور، صادق هدایت، …"
        if re.match(r"[^\W\d_A-Za-z\u00c0-\u024f\u0400-\u04ff]", head) and all(len(s.split()) <= 8
                                                                       for s in segments[1:]) \
                and (name := script_name(second, context, line) or housed_name(segments, context)):  # "T / A / House"
            return clean_title(head), name
        # "NOVEL | Author | Title | Publisher, 2006" (bookkindhead)
        if kinded := kind_headed(segments, BIBLIO_TAIL, context):
            return kinded
        for i, segment in enumerate(segments[1:4], start=1):
            segment = dated_name(re.sub(rf"^{BY}\s+", "", segment), context)  # (a name and its year, "A (1979)")
            if is_name(segment) and not BIBLIO_TAIL.search(", ".join(segments[:i])) and (  # (no house: bookboxhouse)
                    not imprint_name(segment, ", ".join(segments[i + 1:]), context) or stacked_over(raw, lines, context, BIBLIO_DETAIL)):
                # (the details line of an "A" / "T" / details box: its place and house no title and author)
                return (
                    stacked_over(raw, lines, context, BIBLIO_DETAIL)
                    or dotted_order(line, segments, i, BIBLIO_DETAIL)
                    or (clean_title(", ".join(segments[:i])), segment)
                )
    # "A" / "T" / details (bookstackedname); "A: T. X Kiadó" (bookpublisherrecord)
    return (
        name_first(lines[:4], context, BIBLIO_DETAIL)
        or name_first(lines[-8:], context, BIBLIO_DETAIL)
        or publisher_record(lines, context)
    )


# the place of publishing and the publisher after its colon, as a library's description (Russian GOST, Polish, Czech
# norms) sets them after the title: "М.: АСТ", "СПб.: Азбука", "Praha: Argo", "Kraków : Znak", "New York: Knopf"
# (or, after ". — ", the dash that parts a description's areas, the next area opening on a capital or a figure: "Name.
# Title. — Kyiv, 2019. — 544 p.", a city without its publisher, an edition, a year; a remark in lower case is none)
_PLACE_PUBLISHER = re.compile(
    r"^(?:[—–]\s*)?[^\W\d_][\w.\-]*(?:\s[^\W\d_][\w.\-]*)?\s?:\s*[^\W\d_]|"
    rf"^[—–]\s*(?:\d|[{CAPITALS}])"
)


# a description's place before its publisher's colon ("Kraków: ", "Санкт-Петербург : "), read off an imprint
_PLACE = re.compile(r"^[^\W\d_][\w.\-]*(?:\s[^\W\d_][\w.\-]*)?\s?:\s*")


def _imprinted(segments: list[str]) -> bool:
    """A record line without a year, pages or a price, its imprint after its head all the same: a short part that opens
    or closes on a house's word (any language's: ``notewords.PUBLISHER``, "P 펴냄", "P Kiadó"; a clause that only holds
    one, "是出版社的朋友寄来的", is none), perhaps after its place ("T – A, NXB P",
    "Name. Title. Kraków: Wydawnictwo P"), or a library description's next area, opened by its dash, that gives
    "Place: Publisher" ("Name. Title. — Kyiv: P", ISBD's and GOST's order). A sentence's clause is longer than that."""
    for segment in segments[1:]:
        dashed = segment[:1] in "—–"
        house = _PLACE.sub("", segment.lstrip("—– "))
        if dashed and _PLACE_PUBLISHER.match(segment) and ":" in segment or len(house.split()) <= 6 and (
                PUBLISHER.match(house) or _PUBLISHED_BY.search(house)
                or any(re.fullmatch(r"[^\W\d_]{0,3}\W*", house[m.end():]) for m in PUBLISHER.finditer(house))):
            return True
    return False


def _published(segments: list[str], head: str, context: Context | None = None) -> tuple[str, str] | None:
    """"Name, Title, Editions X, 472 pp.": the parts between a name (or a one-word pen name the text uses as a writer's,
    "Azucena, T, Ediciones X") and a part a publisher's word opens are its title (none: "Name, Wydawnictwo X, 2015")."""
    if not (is_name(head) or context is not None and lone_pen_name(head) and pen_writer(head, context)):
        return None
    at = next((i for i, s in enumerate(segments[1:5], start=1) if PUBLISHER.match(s)), 0)
    between = segments[1:at]
    if (
        not between
        or between[0][:1].islower()
        or any(is_name(s) or BIBLIO_TAIL.search(s) or PUBLISHER.match(s) for s in between)
    ):
        return None  # (a title opens with a capital where its script has them)
    return clean_title(", ".join(between)), head


def _joined(lines: list[str]) -> list[str]:
    """A record set on two short lines (a <br> between them): "Author: Title" over "Publisher, 123 pages"; not over a line that names its own title and maker ("T, by A (House, 2004), 200 pp.": the line above is a section's label, formats39b s39)."""
    return [f"{line.rstrip(' .')}. {after}" for line, after in zip(lines, lines[1:])
            if len(line) < 150 and len(after) < 100 and not BIBLIO_TAIL.search(line) and BIBLIO_DETAIL.search(after) and not (len(parts := after.split(",")) > 2 and _BY_NAME.match(parts[1].strip()))]


_HEAD_DASH = re.compile(r"\s[–—]\s")


def _headed(lines: list[str], context: Context | None) -> list[str]:
    """A record box opening on its head, "Author: Title" (no year, pages or price of its own), over the line of its
    details ("Novel, Publisher, 2026"), as papers set a reviewed book's box: joined "Author: Title. details", read
    before the details line alone, whose first parts are the kind and the publisher ("Roman, Forlag X"), no title and
    author. The text names the author's surname again (Hungarian's family name first) ("Content Warning: Self Harm"
    over a record is no head); the box opens the post or closes it (its last eight lines), its details maybe on two
    lines ("Kind. House" over figures, its head closed by a stop: bookboxhouse). A short score line between the head and
    the details ("Rating: 4 of 5") is passed. The head may set a spaced dash for its colon ("Author – Title", name first)."""
    found = []
    # (each line with the next, or with the one after a short score line below it)
    pairs = [(line, lines[i + 2] if i + 2 < len(lines) and len(lines[i + 1]) <= 40 and has_score(lines[i + 1]) else
              imprint_details(after, lines[i + 2:i + 3], BIBLIO_DETAIL) or after)  # (bookboxhouse: three lines)
             for i, (line, after) in enumerate(zip(lines, lines[1:]))]
    for line, after in pairs if context is not None else ():
        left, colon, right = line.strip().partition(":")
        if not colon and (" – " in line or " — " in line):  # (a dashed head, "Author – Title", as a paper's box sets it)
            left, right = _HEAD_DASH.split(line.strip(), maxsplit=1)
            colon = "–"
        right = right.strip()
        if (
            colon
            and len(line) < 120
            and is_name(left.strip())
            and not (is_fact_label(left) or is_record_label(left))
            and context.text.count(left.split()[0 if (context.language or "")[:2] == "hu" else -1]) >= 2
            and right
            and len(right.split()) <= 12
            and (right[0] in QUOTES or right[0].isupper())
            and not right.endswith((".", "!", "?") if after in lines or "," in right or len(right.split()) > 8 else ("!", "?"))
            and not BIBLIO_TAIL.search(line)
            and BIBLIO_TAIL.search(after)
            and len(after) < 150
        ):
            found.append(f"{line.strip().rstrip('.')}. {after}")
    return found


def _role_joined(lines: list[str]) -> list[str]:
    """A book box closing a post, set on two lines: the bare title over its record, which opens on the writer's name
    with the role word of a script without capitals ("T" over "A 지음 | P | 264쪽 | price", "A 著 / P / 2024年"), as
    Korean, Chinese and Japanese papers and blogs set a reviewed book's box: joined "T. record" (the title a short line,
    no sentence)."""
    return [
        f"{line}. {after}"
        for line, after in zip(lines, lines[1:])
        if len(line) <= 60
        and len(line.split()) <= 8
        and not line.endswith((".", "。", "!", "?", "！", "？", ":", "："))
        and ROLE_NAME.match(SEGMENTS.split(after, maxsplit=1)[0].strip())
        and BIBLIO_TAIL.search(after)
    ]


# a record's details without words to read: two parts or more that each hold a count beside one word ("248 pages,
# 350 taka" in any script and digits), as a book's size and price are given (a word with its vowel signs)
_COUNTED = re.compile(r"^(?:\d[\d.,]*\s*[^\W\d_][^\s\d]*|[^\W\d_][^\s\d]*\s*\d[\d.,]*)$")


def _stacked(lines: list[str], context: Context | None) -> list[str]:
    """A record set on three short lines at a post's end (<br>s between them): the title, the author, the details
    ("T" / "A" / "248 pages, 350 taka"), joined as one record line "T, A, details". The author is a name the text calls
    by surname again, and the details line gives pages, a price or an ISBN, or counts (_COUNTED) in two parts or more.
    """
    if context is None or len(lines) < 3:
        return []
    found = []
    for title, name, details in zip(lines, lines[1:], lines[2:]):
        if not (len(title.split()) <= 12 and 1 <= len(name.split()) <= 4 and len(details) <= 120) \
                or any(ch.isdigit() for ch in title + name) or any(ch in title + name for ch in ".,:;!?。，"):
            continue
        parts = [p.strip() for p in re.split(r"[,،，、;|·•]", details) if p.strip()]
        if not (BIBLIO_DETAIL.search(details) or sum(bool(_COUNTED.match(p)) for p in parts) >= 2):
            continue
        if (
            (is_name(name) or caseless_words(name))
            and name.casefold() not in {n.casefold() for n in context.not_authors if n}
            and named_again(name, context)
        ):
            found.append(f"{title}, {name}, {details}")
    return found


_BY_HEAD = re.compile(rf"\s+{BY_RECORD}\s+(?=[{CAPITALS}])")  # ("T by A": _paired)


def _paired(lines: list[str], context: Context | None) -> list[str]:
    """A record box closing a post on two short lines: "T, A" or "T by A" (any language's by-word, the last one), the
    text naming A's family name again, over the line of its details, pages, a price or an ISBN, perhaps under a label
    ("Publisher: P, 496 pages"), joined "T, A. details"; neither line a sentence, the head no figure nor a credit."""
    found = []
    for head, details in zip(lines, lines[1:]) if context is not None else ():
        if (
            len(head) > 100
            or not (", " in head or _BY_HEAD.search(head))
            or len(details) > 100
            or any(ch.isdigit() or ch in ".:;!?" for ch in head)
            or not BIBLIO_DETAIL.search(details)
        ):
            continue
        by = None if ", " in head else list(_BY_HEAD.finditer(head))[-1]
        title, name = head.rsplit(", ", 1) if by is None else (head[:by.start()], head[by.end():])
        if len(title.split()) <= 10 and not (by and credit_title(title)) and is_name(name) \
                and leading_author(name) == name \
                and name not in context.not_authors and named_again(name, context):  # ("Translated by A": a credit)
            found.append(f"{title.strip()}, {name}. {details}")
    return found


def _dashed(head: str, context: Context | None = None) -> Book | None:
    """ "Author – Title" or "Title – Author" opening a record line ("Ada Brenner – Het stille water. Uitgeverij …, 320 blz."):
    the record vouches for the split; the name is the side that is one and the other side is not (both name-shaped: the
    side the text calls by surname alone, ``bookheadline.dashed_name``)."""
    found = dashed_name(head, context)
    return Book(clean_title(found[0]), found[1], source="citation") if found else None


