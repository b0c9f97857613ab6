"""The engine's dates inside a post body: datelines and bylines under the title, date-only lines, event listings.

Engines print a post's dates in the same box as its text: "Knopf, 2019 · read in May 2021" under the title, "编辑于
2025-10-26 21:40・浙江" at its end, "Posted by Ana Ruiz on 3rd May 2026", a bare "12 novembre 2026" heading over the
post. What marks them is a whole date (``FULL_DATE``) or a year, a clock time, few other words, and where they stand
(the first blocks or the last); a review's own info line ("Read: 3 March 2024") is a label and one date, and stays.
Event listings are three or more blocks in a row that open with a date (``date_led``).

``chrome`` re-exports these for ``boilerplate.clean_body``, which applies them with its other rules.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import bylinelabels
from .casefold import MARKS, plain_forms
from .eventdays import weekday_dated
from .eventline import CLOCK as EVENT_CLOCK
from .nodes import HEADING_TAGS, text_of
from .notewords import PUBLISHER
from .promo import set_apart
from .words import count_words



DATELINE_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_AUTHOR_ARCHIVE = re.compile(r"(?:^|/)author/[^/?#]+/?(?:[?#]|$)|[?&]author=\d+(?:&|$)")
# ... and a news or magazine engine's page of its writers, by the path's word in the site's language ("/Autor/5521",
# "/auteur/ana-lee", "/autore/", "/avtor/", "/yazar/", "/tac-gia/", "/penulis/")
_WRITER_PAGE = re.compile(r"(?:^|/)(?:authors?|autor(?:es|zy|i)?|auteurs?|autore|autori|avtor|автор\w*|yazar(?:lar)?|tac-gia|penulis|"
                          r"forfatter|forfattare|författare|kirjoittaja|schrijver|szerzo|szerző|suggrafeas|writers?|columnists?)/[^/?#]+/?(?:[?#]|$)", re.I)
_PROSE_WORDS = 20  # a block this long before the line: the text has begun


def _before_text(block: HtmlElement, body: HtmlElement) -> bool:
    """No paragraph (or list item, quotation) of twenty words or more comes before the block in the body."""
    # (walked in document order to the block itself, whatever its tag: a byline in a <div> stops the walk there too)
    for element in body.iter("p", "li", "blockquote", "td", block.tag):
        if element is block or block in element.iterancestors():
            return True
        if element.tag not in ("p", "li", "blockquote", "td") or element in block.iterancestors():
            continue
        if count_words(text_of(element)) >= _PROSE_WORDS:
            return False
    return True


def dateline(block: HtmlElement, body: HtmlElement, index: int) -> str | None:
    """The small line under a post's title with its dates ("Knopf, 2019 · read in May 2021"): a byline, not the review."""
    text = text_of(block)
    first = index == 0 or (index == 1 and block.getprevious() is not None and block.getprevious().tag in HEADING_TAGS)
    # (or under the headline with a rubric or kicker line over it, "<div>Culture</div><h1>…</h1><div>Label: A | date</div>":
    # the headline's line still, the text not begun; for the labelled byline only)
    under_headline = not first and index <= 4 and (block.getprevious() is not None and block.getprevious().tag in HEADING_TAGS
                                                   or bylinelabels.under_standfirst(block, HEADING_TAGS)) and _before_text(block, body)
    if not first and count_words(text) <= 12 and (":" in text or _unlabelled_byline(text)) and FULL_DATE.search(text) \
            and _before_text(block, body) and any(_WRITER_PAGE.search(a.get("href", "")) for a in block.iter("a")):
        # (lower in the article's header, under its standfirst or the book's record: a labelled writer's link and a whole
        # date, "Text: <a href=/autor/5521>Ana Lee</a> · 1. 12. 2026", before the text has begun; or with a by-word for
        # its label, "Por <a href=/autor/ana-lee/>Ana Lee</a> · 03.12.2026": bylinelabels)
        return "dateline"
    if (first or under_headline) and (_labelled_byline(text) or under_headline and count_words(text) <= 12
                                      and bylinelabels.by_word_first(text) and (FULL_DATE.search(text) or bylinelabels.SPELT_DATE.search(text))) \
            or block.tag == "span" and _labelled_row(block, index):
        return "dateline"  # (the writer's label, name and a whole date in any figures, or a row of spans holding them: below)
    if (first or under_headline) and count_words(text) <= 20 and FULL_DATE.search(text) and bylinelabels.credited(block):
        return "dateline"  # (a credit row: the date, what and where, closed by a by-word and the writer's link, below)
    if first and index and bylinelabels.classed_name(block, _page_text):
        return "dateline"  # (the writer's name alone under the headline, classed as the byline: bylinelabels)
    if not first or count_words(text) > 20 or not DATELINE_YEAR.search(text) or _citation(text):
        return None
    # the engine's date and a link to the writer's archive (WordPress's "/author/name/", "?author=3"), whatever labels
    # them ("2026 m. kovo 3 d. | Autorė: Rūta"): a byline
    if ":" in text:  # (the words beside its dates and clock times counted: "Writer: A | Editor: B Fri, 4 Dec 2026 16:05 UTC")
        return "dateline" if len(_undated_words(text)) <= 12 and any(_AUTHOR_ARCHIVE.search(a.get("href", "")) for a in block.iter("a")) else None
    # a few words with a year over the post's own heading ("April 2025 · abandoned"): a kicker, however typeset
    after = block.xpath("following::*[self::h1 or self::h2 or self::h3 or self::p][1]")
    over_heading = bool(after) and after[0].tag in ("h1", "h2") and count_words(text) <= 8
    return "dateline" if set_apart(block, body) or over_heading else None


# a field separator of a book's record line: comma, semicolon, bar, middle dot, bullet (Arabic's and Persian's comma
# too; shortverdict's closing citation reads its fields by them); under the cover a slash as well ("T / A / Verlag")
RECORD_SEPARATORS = ",;|·•،"
_FIELDS = re.compile(rf"\s*[{RECORD_SEPARATORS}/]\s*")


def _citation(text: str) -> bool:
    """The line is the book's record, not the post's date: three fields or more, one a publisher's word ("A, T,
    Éditions X, 1985", "T / A / Verlag Y / 2019"), its only date a year (no whole date, no clock time: the engine's
    dateline gives the post's day). A review opens on such a citation under its cover as often as it closes on one."""
    return len(_FIELDS.split(text.strip())) >= 3 and PUBLISHER.search(text) is not None \
        and not FULL_DATE.search(text) and not CLOCK.search(text)


# A whole date, as engines print a post's dates: "2025-10-26", "06/12/2025", "11 November 2025", "Nov 08. 2025".
# Day, month and year in figures take one separator twice: "8.5/10" is a score.
# (a month's name is letters, or in the Indic scripts, Devanagari to Sinhala, letters and their vowel signs: "নভেম্বর",
# "नवंबर", "ನವೆಂಬರ್", read as a run of the scripts' block; Thai months are read by their own forms below: "3 เล่ม 2569"
# is a count)
MONTH_WORD = r"(?:[^\W\d_]{3,}|[\u0900-\u0DFF]{3,}+)"
FULL_DATE = re.compile(
    r"\b\d{4}\s?[-/.年년]\s?\d{1,2}\s?[-/.月월]\s?\d{1,2}(?:\s?[日일])?|\b\d{1,2}(?:\.\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)\d{2,4}\b|"
    # (Czech and Slovak space their figures: "1. 12. 2026", the year in four)
    r"\b\d{1,2}\.\s\d{1,2}\.\s\d{4}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{MONTH_WORD}\.?,?\s+\d{{4}}\b|\b{MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?[.,]?\s+\d{{4}}\b|"
    # (the Romance "de" twice, ca/es/pt/gl "3 de desembre de 2026", ca "3 d'octubre de 2026"; the year first with its
    # day's mark after, lt "2026 m. gruodžio 2 d.", hu "2026. december 2.", lv "2026. gada 2. decembris")
    rf"\b\d{{1,2}}\s+(?:de\s+|d['’])(?!cada\b){MONTH_WORD}\s+(?:de|del)\s+\d{{4}}\b|"
    rf"\b\d{{4}}\s+(?:m\.\s+)?{MONTH_WORD}\s+\d{{1,2}}\s?d\.|\b\d{{4}}\.\s+{MONTH_WORD}\s+\d{{1,2}}\.|\b\d{{4}}\.\s+gada\s+\d{{1,2}}\.\s+{MONTH_WORD}|"
    # Thai: a month abbreviated with its stops, or written out with its vowel marks ("27 พ.ย. 2569", "3 มกราคม 2569")
    # (a month's name ends in คม, ยน or พันธ์)
    r"\b\d{1,2}\s+(?:[\u0E01-\u0E4E]{1,3}\.\s?[\u0E01-\u0E4E]{1,2}\.\s*\d{2,4}|[\u0E01-\u0E4E]{2,8}(?:คม|ยน|พันธ์)\s*\d{4})\b"
)
# the post's first line as a byline: a label of a word or two, the writer's name (one to four words, no figure) and a
# whole date closing the line, in any script's figures ("لیکوال: A ۱۴۰۵ لیندۍ ۱۴", the Solar Hijri year first and the
# day after its month; "Text: Ana Lee · 3. 12. 2026"); a review's info line "Read: 3 March 2024" names no one and stays
# (a letter with its vowel signs and joiners is one: the Indic scripts' labels and months, "ලියන්නේ", "दिसंबर")
_LETTER = bylinelabels.LETTER
_LABEL_NAME = re.compile(rf"^\W*(?:{_LETTER}){{2,}}(?:\s(?:{_LETTER})+)?\s*[:：]\s*(?P<name>[^\d:：]+?)\s*[,·|–—-]?\s*"
                         rf"(?P<second>(?:{_LETTER}){{2,}}(?:\s(?:{_LETTER})+)?\s*[:：]\s*)?$")  # (the date's own label after the name: bylinelabels)
COUNT_TAIL = bylinelabels.COUNT_TAIL
_YEAR_FIRST = re.compile(rf"\b(?:1[34]\d\d|20\d\d)\s+(?:{_LETTER}){{3,}}\s+\d{{1,2}}\b")


_unlabelled_byline = bylinelabels.unlabelled_byline


def _page_text(block: HtmlElement) -> str:
    """The page's text, its headline and title with it."""
    return text_of(block.getroottree().getroot())


def _labelled_byline(text: str) -> bool:
    if ":" not in text and "：" not in text or count_words(text) > 12:
        return False
    plain = plain_forms(text)
    date = FULL_DATE.search(plain) or _YEAR_FIRST.search(plain)
    if date and date.start() <= 40 and bylinelabels.date_first(plain, date):
        return True  # (the date first, the writer's labelled name after it: "Published: 3. 12. 2026 | Author: Ana Lee")
    # (after the date, the engine's reading time goes with the row: "Yazan: A · 3 Aralık 2026 · 6 dk okuma")
    tail = bylinelabels.without_reading_time(plain[date.end():]) if date else ""
    # (and the post's clock time right after its date: "来源：X | A 2026年12月03日08:41", "Text: A · 3. 12. 2026, 08:41")
    tail = _CLOCK_FIRST.sub(" ", tail, count=1)
    if not date or tail.strip(" .·|•–—-") and not COUNT_TAIL.match(plain[date.end():]):
        return False
    head = _LABEL_NAME.match(plain[:date.start()])
    if head is not None and head.group("second"):  # (the date labelled too: the name a person's, two to four capitalised words)
        return bylinelabels.full_name(head.group("name"))
    return head is not None and 1 <= len(head.group("name").split()) <= 4


def _labelled_row(span: HtmlElement, index: int) -> bool:
    """The span is one of a row's spans (the writer's labelled name, the date) that together make a labelled byline, the
    row right under the post's heading (or opening the body), its first span among the body's first four blocks;
    ``_byline_row`` reads the unlabelled rows."""
    row = span.getparent()
    if row is None or row.tag not in ("div", "p", "header") or len(row) > 4 or any(c.tag != "span" for c in row) \
            or index - row.index(span) > 3:
        return False
    before = row.getprevious()
    return (before is None or before.tag in HEADING_TAGS) and _labelled_byline(text_of(row))


CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_CLOCK_FIRST = re.compile(r"^\s*[,·|•–—-]?\s*\d{1,2}:\d{2}(?!\d)(?!:\d)(?:\s*(?:[ap]\.?m\.?|uhr|h)\b)?", re.I)
# what parts a line's words (a combining mark is part of its word: "আপডেট" is one word, not three)
NOT_WORD = re.compile(rf"(?:[^\w{MARKS}]|[\d_])+")
_DATE_CLASS = re.compile(r"(^|[-_])(date|time|timestamp|posted|published|updated|byline|meta)([-_]|$)", re.I)


def _undated_words(text: str) -> list[str]:
    """The line's words beside its whole dates and clock times."""
    return [w for w in NOT_WORD.split(CLOCK.sub(" ", FULL_DATE.sub(" ", text))) if w]


def _timestamps(text: str) -> bool:
    """Two whole dates (or a date and its clock time) and hardly a word more: the engine's timestamp row."""
    if not text or count_words(text) > 16:
        return False
    dates = FULL_DATE.findall(text)
    words = _undated_words(text)
    return bool(dates) and (len(dates) >= 2 or CLOCK.search(text) is not None) and len(words) <= 4


def date_only(block: HtmlElement, index: int, count: int) -> str | None:
    """A line at the start or end of the post that is only the post's dates ("Nov 08. 2025", "编辑于 2025-10-26
    21:40・浙江", "Updated: 11 November 2025 13:02"): the engine's, not the review's. An info line of the
    review ("Read: 3 March 2024") is a label and one date, without a clock time: kept. A heading only as a bare date
    over the post (an old theme's "<h2 class='date'>12 novembre 2026</h2>" above the title)."""
    heading = block.tag in HEADING_TAGS
    parent = block.getparent()
    if block.tag in ("span", "time", "small") and parent is not None and _timestamps(text_of(parent)):
        return "dateline"  # a part of a row of timestamps, each in an element of its own ("<span>Read: 2 May</span> <span>…")
    if block.tag in ("span", "time", "small", "a") and index < 6 and parent is not None and _byline_row(parent):
        return "dateline"  # a part of a byline row, the name and the date each in an element of its own, before the text
    text = text_of(block)
    if count_words(text) > 16:
        return None
    text = _without_closing_control(block, text)
    dates = FULL_DATE.findall(text)
    if not dates:
        return None
    rest = CLOCK.sub(" ", FULL_DATE.sub(" ", text))
    words = [w for w in NOT_WORD.split(rest) if w]
    # a date with its clock time, or two dates (published, updated), and hardly a word more: a timestamp, anywhere
    if _timestamps(text) and not heading:
        return "dateline"
    # a bare date in a box the theme names for it ("post-date", "read__time"), or alone at the start or end
    classes = " ".join((e.get("class") or "") for e in (block, block.getparent()) if e is not None)
    dated_box = any(_DATE_CLASS.search(token) for token in classes.split())
    # (in a box the theme names for the date, a few words may say what the date is: "Publié le", "Posted on")
    if len(words) <= (3 if dated_box and not heading else 1) and not re.match(r"^\W*[^\W\d_]+\s*[:：]", text) and (index < (1 if heading else 3) or dated_box
                                                                       or not heading and index >= count - 3):
        return "dateline"
    # a byline: the date beside the writer's name at the start or end ("Posted by Ana Ruiz on 3rd May 2026", "Von Jonas
    # Berg · 2. März 2026"): five words at most, one past the first capitalised (a name), no label, no sentence (a longer
    # line names the category too, "Publicerat den … i Månadens läsning", which the classifier reads)
    # (or lower, under the post's own heading before the text has begun, the site's name and motto standing over it)
    # (or under the headline's standfirst, "<h1>…</h1><p class=lead>…</p><div>Ana Lee · 2026/12/04</div>")
    if not heading and 2 <= len(words) <= 5 and not re.match(r"^\W*[^\W\d_]+\s*:", text) \
            and not text.rstrip().endswith((".", "!", "?")) and any(w[0].isupper() and len(w) >= 2 for w in words[1:]) \
            and (index < 3 or index >= count - 3 or _under_heading(block)):
        return "dateline"
    return None


# the engine's control: a link to a comment's or a reply's form, by its words or its address ("Add a comment", "Reply",
# "Eigenen Kommentar schreiben", "Responder", "Répondre", "Rispondi", "Reageer", "Svara", "Odpowiedz", "Odpovědět")
_CONTROL = re.compile(r"comment|coment|kom+ent|reply|antwort|respon|répond|rispond|reag|reacti|svara|odpowi|odpov",
                      re.I)


def _without_closing_control(block: HtmlElement, text: str) -> str:
    """The line without the link that closes it, when the link holds no date and the line's date comes before it: the
    engine's control after a byline ("Comment by Ana R. on 28/11/2026 <a>Add a comment</a>", "… <a>Reply</a>"), not
    words of the line."""
    last = block[-1] if len(block) else None
    if last is None or last.tag != "a" or (last.tail or "").strip() or (block.text is None and len(block) == 1):
        return text
    link = text_of(last)
    if not link or not text.endswith(link) or FULL_DATE.search(link) or not FULL_DATE.search(text[: -len(link)]):
        return text
    if not _CONTROL.search(f"{link} {last.get('href') or ''}"):
        return text  # (a link of the line's own, "Buddy read with Ana Ruiz, 3 May 2026 <a>her review</a>": its words)
    return text[: -len(link)].rstrip()


_ROW_PARTS = ("span", "time", "small", "a", "b", "strong", "em", "i")


def _byline_row(row: HtmlElement) -> bool:
    """A row of inline parts under the headline that reads as a byline ("<span>Ana Lee</span> | <span>5. 12. 2026</span>"):
    one whole date, two to five words beside it, one past the first capitalised (a name), no label, no sentence; its parts
    inline elements alone, and no paragraph of prose before it on the page (the article's header, not the text); the
    engine's reading time beside them ("<span>9 minutos de lectura</span>") read as the row's too (bylinelabels)."""
    text = bylinelabels.without_reading_time(text_of(row))
    if not text or count_words(text) > 10 or row.tag not in ("div", "p", "span", "header", "section"):
        return False
    dates = FULL_DATE.findall(text)
    if len(dates) != 1 or any(c.tag not in _ROW_PARTS for c in row if isinstance(c.tag, str)) or len(row) < 2:
        return False
    words = _undated_words(text)
    if not 2 <= len(words) <= 5 or re.match(r"^\W*[^\W\d_]+\s*[:：]", text) or text.rstrip().endswith((".", "!", "?")) \
            or not any(w[0].isupper() and len(w) >= 2 for w in words[1:]):
        return False
    # (the headline's standfirst right over the row, one to three sentences, is the header's too: bylinelabels)
    lead = row.getprevious() if bylinelabels.under_standfirst(row, HEADING_TAGS) else None
    for element in row.getroottree().getroot().iter("p", "li", "blockquote", "td", row.tag):
        if element is row:
            return True
        if element.tag in ("p", "li", "blockquote", "td") and element is not lead and count_words(text_of(element)) >= _PROSE_WORDS:
            return False
    return False


def _under_heading(block: HtmlElement) -> bool:
    """The block stands right under a heading, or under the headline's standfirst (bylinelabels.under_standfirst: one to
    three sentences, news engines' head), and no paragraph of prose but that standfirst comes before it: the byline."""
    previous = block.getprevious()
    lead = None
    if previous is None or previous.tag not in HEADING_TAGS:
        # (there a bare "Name · date" only: a labelled line under the standfirst is the book's, "Yayın tarihi: …")
        if previous is None or ":" in text_of(block) or "：" in text_of(block) \
                or not bylinelabels.under_standfirst(block, HEADING_TAGS):
            return False
        lead = previous  # (its paragraphs are the header's, however long)
    for element in block.getroottree().getroot().iter():
        if element is block:
            return True
        if element.tag in ("p", "li", "blockquote", "td") and count_words(text_of(element)) >= _PROSE_WORDS \
                and not (lead is not None and (element is lead or lead in element.iterancestors())):
            return False
    return False


# Dates that open an event listing's entries, in our languages.
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|mär|juni|juli|oktober|okt|dezember|dez"
)
_WEEKDAY = (r"(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|lunes|martes|sábado|domingo|"
            r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)[a-zé]*\.?,?\s+")
DATE_LEAD = re.compile(
    rf"^\W{{0,3}}(?:{_WEEKDAY})?(?:\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?(?:{_MONTHS})\b|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:various|multiple|several)\s+dates|"
    # a day and its month in figures with no year, then the hour ("10.12., 19:30 Uhr – …", "3. 5. 18 h – …"): a
    # programme's entry as the papers and shops of central and northern Europe print it (a section number "1.2. …"
    # gives no hour after it)
    rf"(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.,?\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?!\d)|\s?(?:uhr|h|klo)\b))",
    re.I,
)


def date_led(block: HtmlElement) -> bool:
    """A short block that opens with a date (an event listing's entry: three or more in a row)."""
    text = text_of(block)
    return bool(text) and count_words(text) <= 30 and bool(DATE_LEAD.match(text))


def dated_entries(block: HtmlElement) -> bool:
    """The shape of an event listing's list: three or more date-led items, or two or more when each also gives a clock
    time ("Tue 9 Dec, 7pm: poetry evening", "Mi 10. Dez., 19 Uhr: Lesung"). A shape only: a review's own chronology
    has it too, so eventagenda.event_list asks a programme's marks of it (see there)."""
    if block.tag not in ("ul", "ol"):
        return False
    lis = block.xpath("./li")
    return bool(lis) and all(date_led(li) for li in lis) \
        and (len(lis) >= 3 or len(lis) >= 2 and all(EVENT_CLOCK.search(text_of(li)) for li in lis))


def weekday_entries(block: HtmlElement) -> bool:
    """A list of two or more items that each name their weekday beside their day, anywhere in them ("Club de lectura
    del jueves 17, 19:00", "Lesung, Samstag 19, Stadtbibliothek": eventdays); a shape only, as dated_entries."""
    if block.tag not in ("ul", "ol"):
        return False
    texts = [text_of(li) for li in block.xpath("./li")]
    return len(texts) >= 2 and all(count_words(t) <= 20 and weekday_dated(t) for t in texts)


def event_box_rest(items: list[HtmlElement], index: int) -> list[int]:
    """The other blocks of an event listing's own box (a heading over it, a short line of booking terms after it), when
    the box holds only them and the review stands outside it: the programme's box goes whole. None when the box holds
    prose or is larger."""
    box = items[index].getparent()
    children = [c for c in box if isinstance(c.tag, str)] if box is not None else []
    if not 2 <= len(children) <= 5 or count_words(text_of(box)) > 120:
        return []
    others = [c for c in children if c is not items[index]]
    if any(c.tag not in ("h2", "h3", "h4", "h5", "h6", "p") or count_words(text_of(c)) > 30 for c in others):
        return []
    inside = [k for k, item in enumerate(items) if k != index and any(item is c for c in others)]
    # (the review stands outside the box: a paragraph of prose elsewhere among the blocks)
    outside = [item for k, item in enumerate(items) if k != index and k not in inside]
    return inside if any(count_words(text_of(item)) >= 40 for item in outside) else []


def card_row(box: HtmlElement, rule: str) -> HtmlElement:
    """A dateline's box that is one cell of a table row of two, the other cell a short name ("Ana from Lviv |
    30.11.2026"), with the review's text in the next row (a shop's review table: a header row, then the text): the row
    is the card's header, and goes whole. Else the box as it was (a record's row, "Released | 30.11.2026", has short
    rows after it, not a review)."""
    if rule != "dateline" or box.tag not in ("td", "th"):
        return box
    row = box.getparent()
    cells = [c for c in row if isinstance(c.tag, str)] if row is not None and row.tag == "tr" else []
    if len(cells) != 2:
        return box
    name = text_of(cells[0] if cells[1] is box else cells[1])
    after = row.getnext()
    if not name or count_words(name) > 5 or any(ch.isdigit() for ch in name) or name.rstrip()[-1] in ".!?:：" \
            or after is None or count_words(text_of(after)) < _PROSE_WORDS:
        return box
    return row
