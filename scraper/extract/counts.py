"""A blog engine's tally row inside a post body, laid out as one tiny element per label and number ("Likes (12)
Reads 1024 Comments 5"). Numbers beside labels, nothing else: the engine's, not the review's. (The sidebar's
category list with post counts, "Reading notes (128)", is left: the classifier reads its labels.)

Its other shape is a row of labelled parts, one the post's count of reads or views ("Rubric: Culture | Reads: 1 204x",
"Aufrufe: 532", "Просмотров: 88", "Lượt xem: 1.204"): a short line whose part is such a label (VIEWS, per language:
the count of readers, never a reader's "read" or a reading date) with a bare count, or the count then the label.
The parts are set apart by a separator, or each in an element of its own in a row of them with nothing but spaces
between ("<p><span>By Ana</span> <span>2026.11.27</span> <span>Views 3,211</span></p>"), each element a short part
(a name, a date, a count: four words at most, no sentence's stop): a count in a sentence ("<p>It got <b>1,204 views</b>
in a day</p>") is the writer's, and stays, and so is prose pasted as a row of spans ("<span>Then it happened.</span>
<span>1,204 views</span> <span>came overnight.</span>", a word processor's paste).
``boilerplate.clean_body`` applies them with its other rules.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .promo import text_of

# a bare count, bracketed or not: "(12)", "1024", "3.4k"
_COUNT = re.compile(r"^[(（]?\d[\d,.]*\s?[kKmM万千]?[)）]?$")


# the label of the post's count of reads or views, in many languages (the noun of a tally, not "read" or a date's label)
# (not es "lecturas", pt "leituras", it "letture", fr "lectures": mostly a reader's own readings,
# "Lecturas: 3" in a book's record line, rev27)
_VIEWS = (r"(?:page\s?)?views|reads|hits|aufrufe|zugriffe|vues|visitas|visualiza[çc][õo]es|visualizaciones|vistas|"
          r"visualitzacions|visualizzazioni|visite|visites|weergaven|bekeken|wyświetle\w*|odsłon\w*|"
          r"počet\s+(?:přečtení|zobrazení|prečítaní)|zobrazen[oí]|přečteno|prečítané|просмотр\w*|прочтени\w*|"
          r"перегляд\w*|преглеждания|прегледа|pregleda|ogledi|ogledov|peržiūr\w*|skatījum\w*|vaatamis\w*|"
          r"olvasták|megtekint\w*|görüntülenme|okunma|dilihat|lượt\s+xem|vizualiz[ăa]ri|afi[șş][ăa]ri|"
          r"katselukerrat|lukukerrat|visningar|visninger|προβολές|ნახვ\w*|դիտում\w*|"
          r"閲覧数?|阅读量?|閱讀數?|浏览量?|瀏覽數?|조회수?|үзсэн|(?:عدد\s+)?(?:ال)?(?:مشاهدات|مشاهدة|زيارات)|"
          r"(?:تعداد\s+)?بازدید(?:ها)?|ویوز|צפיות|व्यूज़?|बार\s+देखा\s+गया|ভিউ|(?:ผู้)?เข้าชม")
# (a count may be shortened by its magnitude, as the platforms print a large one: "3,1 тыс.", "1.2k", "2 Tsd.", "4 mil")
_MAGNITUDE = r"(?:[kKmM]|тыс\.?|тис\.?|млн\.?|tys\.?|tis\.?|Tsd\.?|mil|mln\.?|ezer|bin|rb|万|千|만|천)"
_TALLY = (r"\d[\d\s.,\u00a0\u066c]*\s?(?:" + _MAGNITUDE + r"\s?)?"
          r"(?:[x×]|times|krát|mal|fois|veces|vezes|volte|keer|раз\w*|次|회|回|ครั้ง|بار)?")
# (Dzen prints its count of readers as the verb after the count, "3,1 тыс. прочитали": only after a count)
_READ_BY = r"прочитал[иа]|дочитывани[йяе]|дочитали|прочиталы|прачыталі"
_VIEW_PART = re.compile(rf"^(?:{_VIEWS})\s*[:：]?\s*{_TALLY}$|^{_TALLY}\s*(?:{_VIEWS}|{_READ_BY})$", re.I)
_PARTS = re.compile(r"\s*[·•|｜]\s*")
_VIEWS_IN = re.compile(rf"{_VIEWS}|{_READ_BY}", re.I)
_BARE = re.compile(r"^[\s·•|｜/,-]*$")
# a sentence's stop in a part: a word's full stop ("happened.", not a date's "2026.11.27" nor "Jan."), or !, ?, …, ;
_STOP = re.compile(r"[^\W\d_]{4,}\.(?:\s|$)|[!?…;。！？]")


def view_count_row(block: HtmlElement) -> bool:
    """A short line one of whose parts is the post's count of reads or views (module docstring)."""
    text = text_of(block).strip()
    if not text or len(text) > 120 or not any(c.isdigit() for c in text):
        return False
    if any(_VIEW_PART.match(part) for part in _PARTS.split(text)):
        return True
    # a row of elements side by side, nothing but spaces (or a separator) between them: each element is a part
    if len(block) < 2 or not _VIEWS_IN.search(text) or not _BARE.match(block.text or "") \
            or any(not _BARE.match(child.tail or "") for child in block):
        return False
    # (each part short, a name, a date, a count, and no sentence: prose pasted as spans is the writer's)
    parts = (text_of(child) for child in block if isinstance(child.tag, str))
    if any(len(part.split()) > 4 or _STOP.search(part) for part in parts):
        return False
    return any(isinstance(child.tag, str) and _VIEW_PART.match(text_of(child).strip()) for child in block)


def count_runs(items: list[HtmlElement]) -> dict[int, str]:
    """Indexes of blocks in runs of four or more tiny blocks (a word or a number each), at least a third of them
    counts: a tally row printed one element per label and number."""
    found: list[int] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and len(text_of(items[j]).split(None, 2)) <= 2 and len(text_of(items[j]).strip()) <= 12 \
                and text_of(items[j]).strip():
            j += 1
        run = range(i, j)
        numbers = sum(1 for k in run if _COUNT.match(text_of(items[k]).strip()))
        if len(run) >= 4 and numbers * 3 >= len(run) and numbers >= 2:
            found.extend(run)
        i = max(j, i + 1)
    rows = [k for k, block in enumerate(items) if view_count_row(block)]
    return {**dict.fromkeys(found + rows, RULE), **dict.fromkeys(_row_parts(items, rows), ROW_RULE)}


RULE, ROW_RULE = "count row", "stats row"  # (a stats row is the post's own, under its title: not its title's label)


def _row_parts(items: list[HtmlElement], rows: list[int]) -> list[int]:
    """A count row whose parts are each a block of its own ("<div><span>5 Dec</span> <span>3.1k reads</span>
    <span>7 min</span></div>"): when a part is the count of reads and its box is such a row (``view_count_row`` of
    the box), the row's parts (its date, its reading time) go with it."""
    out: list[int] = []
    for k in rows:
        box = items[k].getparent()
        if box is not None and box.getparent() is not None and view_count_row(box):
            out += [m for m, block in enumerate(items) if block.getparent() is box]
    return out
