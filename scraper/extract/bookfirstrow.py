"""A book's record as one line of "label: value" rows ("Book: T · Author: A · Publisher: P · Pages: 152", or a box of
such rows a <br> apart, which ``bookpagetext.post_lines`` joins with " · "): its first row names the book, whatever word
its label is in (a language our title labels do not hold: "ಪುಸ್ತಕ: T", "መጽሐፍ፦ T"), when a later row labels the
author (``bookinfo.AUTHOR_LABEL``) and the record carries a figure (a year, a page count) and no date (a post's
byline is dated: "Category: Books · Author: Ann · 12.03.2026"). A record whose first row labels the author takes a short
line right above it as the title (a book box: "**T**" over "Author: A · Publisher: P · 2026"). Otherwise a first row that labels a fact (genre, series,
publisher …), a title or the author is no unlabelled title. Colons: ":", fullwidth "：", Ethiopic "፦" and "፥".

``headed_rows``: the same record set as a box of lines, its title on a line of its own with no label (set in bold, as
a card's head) and the rows under it ("T" / "Author: A" / "Publisher: P" / "Pages: 216"): the line right above the
author's row is the title when it is short, no sentence (no colon, no closing full stop, question or exclamation mark),
and three or more labelled rows run on from it, one of them the author's, one a figure, none a date; or, closing the
post's lines, exactly two, the author's and a record's fact (its publisher: "T" / "Author: A" / "Publisher: P", the
publisher's label in many languages: ``bookinfo._FACT_LABEL``, or the reviewer's score in any language's label:
``ratingwords``), the head line named again above it or set apart (bold, italic, a heading, or the first element of a
box that holds the head and the rows and nothing else: "<div><p>T</p><p>Author: A</p><p>Score: 4/5</p></div>") and no
line of thanks ("Many thanks to Penguin" / "Author: A" / "Publisher: P" is none) nor a verdict box's own heading
("Final thoughts", "Mein Fazit", "まとめ" over "Author: A" / "Rating: 4/5": ``_BOX_HEAD``).

``stacked_rows``: ``first_row``'s record set as a box of lines, one row a line (a list's items: "Name: T" / "Writer: A" /
"Publisher: P" / "Pages: 112"): of three or more labelled lines running on, the first, right above the author's row,
whatever its label's word, is the title and it labels no author, title, fact or record itself; one row carries
a figure (a page count, a year: any script's digits), none a date. A review's own info list opens on a fact ("Genre:",
"Series:", "Pages:") or on the author: it gives no title here.
"""

from __future__ import annotations

import re
import unicodedata

from .bookinfo import AUTHOR_LABEL, TITLE_LABEL, is_fact_label, is_record_label
from .bookrecord import DATE
from .notewords import PUBLISHER
from .ratingwords import MINE as _MINE, MINE_CJK as _MINE_CJK, SCORE_LABEL as _SCORE

_PARTS = re.compile(r"\s+[|·•｜]\s+|\s+/\s+")
_ROW = re.compile(r"^\s*(?P<label>[^:：፦፥\d]{1,30}?)\s*[:：፦፥]\s*(?P<value>\S.{0,80})$")
_AUTHOR = re.compile(rf"(?:{AUTHOR_LABEL})", re.I)
_TITLED = re.compile(rf"(?:{TITLE_LABEL})", re.I)


def _figure(text: str) -> bool:
    return any(unicodedata.category(c) == "Nd" for c in text)


def first_row(lines: list[str]) -> list[tuple[str, str]]:
    """("title", T) and (author label, A) of a record line whose first row's label is not read."""
    for at, line in enumerate(lines):
        if len(line) > 300 or not any(c in line for c in ":：፦፥"):
            continue
        parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
        if len(parts) < 3 or DATE.search(line):
            continue
        rows = [_ROW.match(p) for p in parts]
        first = rows[0]
        if first is None or _figure(first.group("value")) or not any(c.isalpha() for c in first.group("value")):
            continue
        label = first.group("label").strip()
        if _AUTHOR.fullmatch(label) and at and (title := _title_above(lines[at - 1])) and any(_figure(p) for p in parts[1:]) \
                and not any(r is not None and _TITLED.fullmatch(r.group("label").strip()) for r in rows):
            return [("title", title), (label, first.group("value").strip(" .,;"))]  # (the title on the line above)
        authors = [r for r in rows[1:] if r is not None and _AUTHOR.fullmatch(r.group("label").strip())]
        # (a labelled title is field_pairs' own: "Title: T · Author: A"; a record's label, "Kniha:", labels the whole
        # record only when no later row labels the author: "Kniha: T · Autor: A" is rows, its first the title)
        if _AUTHOR.fullmatch(label) or _TITLED.fullmatch(label) or is_fact_label(label) or is_record_label(label) and not authors:
            continue
        # (a figure, or a later part that opens on a house's word, labelled or not: "… · Author: A · House X")
        # (rev-bookworld35: a house with no figure vouches for a record, not for its first value as the title: that
        # value the page's other lines say too, as a title is spoken of and a narrator's, a reviewer's name is not)
        title = first.group("value").strip(" .,;")
        housed = any(n > 1 and PUBLISHER.match(p) for n, p in enumerate(parts)) and any(title in other for other in lines[:at] + lines[at + 1:])
        if len(authors) != 1 or not (any(_figure(p) for p in parts) or housed):
            continue
        if len(title.split()) <= 10:
            return [("title", title), (authors[0].group("label").strip(), authors[0].group("value").strip(" .,;"))]
    return []


def _title_above(line: str) -> str | None:
    """A book box's title set on a line of its own over a record whose first row labels the author ("**T**" over
    "Author: A · Publisher: P · 2026"): a few words, no label, figure or sentence."""
    text = line.strip(" *_#\"'“”„«»")
    if not text or len(text.split()) > 8 or _figure(text) or any(c in text for c in ":：፦፥|·") or re.search(r"[.!?]\s", text) \
            or not any(c.isalpha() for c in text):
        return None
    return text


_SENTENCE_END = re.compile(r"[.!?。！？]$")


def headed_rows(lines: list[str], root=None) -> list[tuple[str, str]]:
    """("title", T) and (author label, A) of a box whose head line is the bare title and whose rows are labelled (the
    page's `root` tells whether a head line over two rows only is set apart)."""
    for i, line in enumerate(lines[1:], 1):
        row = _ROW.match(line)
        if row is None or not _AUTHOR.fullmatch(row.group("label").strip()):
            continue
        head = lines[i - 1].strip(" *_")
        if not head or len(head.split()) > 10 or any(c in head for c in ":：፦፥") or _SENTENCE_END.search(head) \
                or not any(c.isalpha() for c in head) or _ROW.match(lines[i - 1]):
            continue
        rows = []  # (the labelled rows running on from the head line)
        for following in lines[i:i + 8]:
            match = _ROW.match(following)
            if match is None:
                break
            rows.append(match)
        labels = [r.group("label").strip() for r in rows]
        # (two rows will do when the other is a record's fact, its publisher: "T" / "Author: A" / "Publisher: P")
        facts = len(rows) == 2 \
            and all(is_fact_label(lb) or _SCORE.fullmatch(lb) for lb in labels if not _AUTHOR.fullmatch(lb)) \
            and i + 2 == len(lines) and not _BOX_HEAD.fullmatch(head) \
            and _vouched_head(head, lines[:i - 1], root, [r.group(0) for r in rows])
        if len(rows) < 2 or sum(bool(_AUTHOR.fullmatch(lb)) for lb in labels) != 1 or any(_TITLED.fullmatch(lb) for lb in labels) \
                or not (len(rows) >= 3 and any(_figure(r.group("value")) for r in rows) or facts) or any(DATE.search(r.group(0)) for r in rows):
            continue
        return [("title", head), (labels[0], row.group("value").strip(" .,;"))]
    return []


# a line of thanks or of a copy received, never a title over two rows ("Many thanks to Penguin", "Danke an den Verlag",
# "Merci aux éditions", "Gracias a", "Grazie a", "Obrigado", "Tack till", "Takk til", "Kiitos", "Dziękuję", "Děkuji",
# "Hvala", "Спасибо", "Благодарю", "Дякую", "Ευχαριστώ", "Teşekkürler", "Köszönöm", "Mulțumiri", "Þakkir"; "received",
# "erhalten", "reçu", "recibido", "ricevuto", "ontvangen", "otrzyma", "obdrž", "получ", "gifted", "courtesy of")
_THANKS = re.compile(
    r"\b(?:thank|many thanks|grateful|received|gifted|courtesy|danke|dank|bedank|merci|remerci|gracias|agradec|grazie|"
    r"ringrazi|obrigad|tack|takk|kiitos|dzięk|děkuj|ďakuj|hval|zahval|спасиб|благодар|дяку|ευχαριστ|teşekkür|köszön|"
    r"mulțum|multum|þakk|erhalten|reçu|recibid|ricevut|ontvang|otrzyma|obdrž|dobil|получ|отрима)",
    re.I,
)


# a verdict box's own heading, no title: "(My) final thoughts", "Summary", "Verdict", "In short" and the like (en fr de
# es it pt nl sv da nb fi pl cs ru uk tr hu ja zh ko), "my" before it or not (``ratingwords``' possessives)
_BOX_HEAD = re.compile(
    rf"(?:(?:{_MINE})\s+|(?:{_MINE_CJK})\s*)?(?:final\s+|closing\s+|last\s+|overall\s+)?(?:"
    r"thoughts|summary|verdict|conclusions?|in\s+short|in\s+a\s+nutshell|the\s+bottom\s+line|bottom\s+line|wrap-?up|"
    r"takeaways?|fazit|schlussfazit|zusammenfassung|urteil|kurz\s+gesagt|en\s+bref|bilan|conclusion|avis|mon\s+avis|"
    r"en\s+r[ée]sum[ée]|resumen|conclusi[oó]n|en\s+resumen|veredicto|conclusione|in\s+sintesi|riassunto|giudizio|"
    r"resumo|conclus[aã]o|em\s+resumo|veredito|conclusie|samenvatting|oordeel|sammanfattning|slutsats|omdöme|"
    r"konklusion|opsummering|oppsummering|konklusjon|yhteenveto|johtopäätös|podsumowanie|werdykt|wnioski|shrnutí|"
    r"závěr|verdikt|итог|итоги|вывод|выводы|резюме|підсумок|підсумки|висновок|висновки|sonuç|özet|összegzés|"
    r"összefoglalás|まとめ|総評|結論|总结|總結|结论|总评|總評|小结|小結|총평|결론|요약|정리|마무리)[\s!.:]*",
    re.I)


def _vouched_head(head: str, before: list[str], root, rows: list[str] = ()) -> bool:
    """A head line over only two rows is a title when it holds no thanks nor a copy received and it is vouched for:
    named again in the text above it, or set apart in the page (a bold, italic or heading element of its own text, or
    the first of a box's elements, the box holding the head and the `rows` and nothing else)."""
    if _THANKS.search(head):
        return False
    key = head.casefold()
    if any(key in line.casefold() for line in before):
        return True
    return root is not None and _set_apart(key, rows, root)


def _squashed(text: str) -> str:
    return re.sub(r"[\s*_]+", "", text).casefold()


_MARKED = frozenset(("b", "strong", "em", "i", "h2", "h3", "h4", "h5", "h6"))
_BOX_PARTS = ("p", "div", "span", "li", "dt", "dd")


def _set_apart(key: str, rows: list[str], root) -> bool:
    """In one walk of the page: the head is a bold, italic or heading element of its own text, or an element of its own,
    the first in a box (not the post itself) whose text is the head's and the rows' and no more: a book box set apart
    from the review's paragraphs."""
    squashed_key, whole = _squashed(key), _squashed(key + "".join(rows))
    for el in root.iter(*_MARKED, *_BOX_PARTS):
        text = el.text_content() or ""
        if el.tag in _MARKED:
            if text.strip(" *_").casefold() == key:
                return True
            continue
        parent = el.getparent()
        if parent is None or parent is root or _squashed(text) != squashed_key:
            continue
        if len(parent) >= 2 and parent[0] is el and _squashed(parent.text_content() or "") == whole:
            return True
    return False


def stacked_rows(lines: list[str]) -> list[tuple[str, str]]:
    """("title", T) and (author label, A) of a box of labelled lines whose first row's label is not read (above)."""
    for i, line in enumerate(lines[:-2]):
        first = _ROW.match(line) if any(c in line for c in ":：፦፥") else None
        if first is None or not _AUTHOR.fullmatch((_ROW.match(lines[i + 1]) or first).group("label").strip()):
            continue  # (the row right above the author's)
        above = _ROW.match(lines[i - 1]) if i else None
        if above is not None and len(above.group("label").split()) <= 2:
            continue  # (and the first of its run: a row of a word or two above it is the record's; a longer lead, "Read this too: …", is not)
        rows = [first]
        for following in lines[i + 1:i + 8]:
            match = _ROW.match(following)
            if match is None:
                break
            rows.append(match)
        label, author = first.group("label").strip(), rows[1].group("label").strip() if len(rows) > 1 else ""
        if len(rows) < 3 or not _AUTHOR.fullmatch(author) or sum(bool(_AUTHOR.fullmatch(r.group("label").strip())) for r in rows) != 1:
            continue
        if _AUTHOR.fullmatch(label) or _TITLED.fullmatch(label) or is_fact_label(label) or is_record_label(label):
            continue
        value = first.group("value").strip(" .,;")
        if _figure(value) or not any(c.isalpha() for c in value) or len(value.split()) > 10 \
                or not any(_figure(r.group("value")) for r in rows[2:]) or any(DATE.search(r.group(0)) for r in rows):
            continue
        return [("title", value), (author, rows[1].group("value").strip(" .,;"))]
    return []
