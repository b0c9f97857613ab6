"""A publisher's material posted for a book no one has reviewed yet: a blog tour's stop or a cover's reveal, by shape.

- a tour's schedule: three list items or more in a row, each a day and its month (a month's word of any dateparser
  locale, or figures: "4. december", "12/03", "3 marca") then a dash or a colon and a short name that opens on a
  capital or in a script without case ("- 4. december – Bogstabler", "- 12/03: [A Shelf of One's Own](…)"): the
  tour's stops, one blog a day. A reading diary's dated lines say what happened ("- 3 March – started it, slow"),
  in more words or a lower-case clause;
- a forthcoming book's notice: the post's opening line gives a month and a year later than the post's own year ("out
  in March 2027", "se joħroġ f'Marzu 2027") and the post is a press kit's sections, two headings or more (its blurb,
  its author): the book is not out, and the post reads it not. (A record line dated after the post at its end, with no
  sections, is reviewed.py's to judge, and only when no book was found.)

Either is a notice only when the post is unrated, not filed or labelled a review, holds no run of the writer's own
prose (three paragraphs or more in a row, no heading, list or quotation between, of _RUN words together: a press kit
is an opening and one paragraph under each heading, its blurb, an extract, the author's bio) and, for a notice of a
book to come, says nothing of its writer having read or recommending it: a tour stop that carries a full review, or
an advance copy's review, is a review. classify.classify asks judge().
"""

from __future__ import annotations

import re

from . import announce, gatherings
from .readvoice import reads
from .reviewed import FIRST_PERSON
from .reviewlength import labelled_review
from .shortverdict import recommends
from .words import count_words

# A run of the writer's own paragraphs this long is a review's (a choice, not a measurement: a tour stop's opening
# comes to 40-80 words, a short review to 150 and more)
_RUN = 150
_STOP = re.compile(r"^(?:[-*+]|\d+[.)])\s+(?:\*\*)?(?P<day>[0-3]?\d)(?:\\?\.?\s*(?P<word>[^\W\d_]{3,12})\.?|"
                   r"\\?(?P<sep>[./-])(?P<month>[01]?\d)\\?\.?)(?:\*\*)?\s*[—–|:-]\s*(?P<name>\S.{0,100})$")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MONTH_YEAR = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,12})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+((?:19|20)\d\d)(?!\d)")


def _stop(line: str) -> tuple[int, ...] | None:
    """A list item that is one tour stop: a day and its month, a dash, a short name on a capital (or caseless); None if
    not, else the days of the year its figures can be (empty for a month's word: any)."""
    found = _STOP.match(line)
    if not found or not 1 <= int(found.group("day")) <= 31:
        return None
    if found.group("word") and not gatherings.dated(found.group("word")):
        return None
    name = _LINK.sub(r"\1", found.group("name")).strip(" *_")
    if not name or name[0].islower() or count_words(name) > 6 or re.search(r"[.!?]\s", name):
        return None
    if not found.group("month"):
        return ()
    first, second = int(found.group("day")), int(found.group("month"))
    # (day then month; month then day too with a slash or a dash, "11/18", never with a stop: "1.2" is a section's number)
    read = [(second, first)] + ([(first, second)] if found.group("sep") != "." else [])
    return tuple(month * 31 + day for month, day in read if 1 <= month <= 12 and 1 <= day <= 31) or None


def _follows(day: tuple[int, ...], before: tuple[int, ...] | None) -> bool:
    """A stop's day comes on or within a fortnight after the previous stop's (over the year's end too), as a tour's
    stops do, one blog a day or so: a contents' "1.1, 1.2, 1.3" is a month apart, scores "4/5, 3/5" go back."""
    return not day or not before or any(0 <= (now - then) % 372 <= 14 for now in day for then in before)


def tour_stops(lines: list[str]) -> bool:
    """Three tour stops or more in a row among the Markdown lines, their dates in a tour's order."""
    run, before = 0, None
    for line in lines:
        day = _stop(line)
        run = run + 1 if day is not None and (run == 0 or _follows(day, before)) else int(day is not None)
        before = day
        if run >= 3:
            return True
    return False


def posts_own_stop(lines: list[str], published: str | None) -> bool:
    """A stop of the schedule falls on the post's own day (or the day beside it): the blog's own stop on the tour, which a
    reading diary's dates ("3 March – Started") need not be, its writer having read before the post."""
    posted = re.match(r"\d{4}-(\d\d)-(\d\d)", published or "")
    if not posted:
        return False
    month, day = int(posted.group(1)), int(posted.group(2))
    for line in lines:
        days = _stop(line)
        if days is None:
            continue
        # (a month's word, no days of the year: the stop's own day, matched again only then)
        if any(abs(when - (month * 31 + day)) <= 1 for when in days) \
                or not days and abs(int(_STOP.match(line).group("day")) - day) <= 1:
            return True
    return False


def forthcoming(lines: list[str], published: str | None) -> int | None:
    """The year of a month and year in the post's opening line of prose that is later than the post's own year."""
    posted = re.match(r"(1[5-9]\d\d|20\d\d)-", published or "")
    if not posted:
        return None
    prose = [line for line in lines if not line.startswith(("#", "-", "*", ">", "|")) and count_words(line) >= 8][:1]
    years = [int(found.group(2)) for line in prose for found in _MONTH_YEAR.finditer(line) if gatherings.dated(found.group(1))]
    later = [year for year in years if year > int(posted.group(1))]
    return max(later) if later else None


_NUMBERED = re.compile(r"\d+[.)]\s")  # (a numbered list item's Markdown)


def _marked(line: str) -> bool:
    """The Markdown line is a list item, a quotation or a table row (a bold run, "**…", opens on a mark too)."""
    return line.startswith(("-", "*", "+", ">", "|"))


def own_run(lines: list[str]) -> bool:
    """Three paragraphs of prose or more in a row (no heading, list item or quotation between) of _RUN words together."""
    runs, run = [], []
    for line in [*lines, "#"]:
        if line.startswith("#") or _marked(line) and not line.startswith("**") or _NUMBERED.match(line):
            runs.append(run)
            run = []
        elif count_words(line) >= 8:
            run.append(count_words(line))
    return any(len(run) >= 3 and sum(run) >= _RUN for run in runs)


def sections(lines: list[str]) -> int:
    """The headed sections that hold a paragraph of prose (eight words or more; no list item, quotation or table): a
    press kit's are its blurb and its author's bio (its extract is quoted, its links listed), a review's its aspects
    and its verdict ("Plot", "Characters", "Verdict"), one paragraph under each."""
    held, prose, headed = 0, False, False
    for line in [*lines, "#"]:
        if line.startswith("#"):
            held, prose, headed = held + (headed and prose), False, True
        elif not _marked(line) and not _NUMBERED.match(line) and count_words(line) >= 8:
            prose = True
    return held


def voiced_section(lines: list[str]) -> bool:
    """A headed section's paragraph in the first person ("## Meine Meinung" / "Nell hat mich bis zur letzten Seite nicht
    losgelassen"): the writer's own section, a review's; a press kit's under its headings are the blurb's and the
    bio's, in the third person (its writer speaks in its opening, before them)."""
    headed = False
    for line in lines:
        if line.startswith("#"):
            headed = True
        elif headed and not _marked(line) and count_words(line) >= 8 \
                and FIRST_PERSON.search(re.sub(r"[“„«\"][^”“»\"]*[”“»\"]", "", line)):
            return True
    return False


def judge(ev, own_rating: bool, review_marked: bool) -> tuple[str, str] | None:
    """(kind, reason) for a tour stop's or a forthcoming book's notice, or None."""
    if own_rating or review_marked or ev.jsonld_review or labelled_review(ev):
        return None
    lines = [line.strip() for line in ev.body[1].splitlines() if line.strip()]
    if own_run(lines):
        return None
    # (a writer who says they read the book, or recommends it, reviews it: a short review's reading diary, "3 March – Started";
    # unless the schedule lists the post's own day, the blog's stop: "my review comes once I have read it")
    voiced = reads(ev.body[1], ev.book_title) or recommends(list(ev.body[0]))
    if tour_stops(lines) and (not voiced or posts_own_stop(lines, ev.published)):
        return "announcement", (f"an unrated post ({ev.words} words, no run of its own prose) holding a tour's schedule (three dated stops or"
                                " more, each a day and a name): a tour stop's notice, not a review")
    later = sum(line.startswith("#") for line in lines) >= 2 and sections(lines) <= 2 and not voiced_section(lines) \
        and forthcoming(lines, ev.published)
    if later and not voiced:
        return "announcement", (f"an unrated post ({ev.words} words, no run of its own prose) that opens on a book out in {later}, after the post,"
                                " and never says its writer read it: a forthcoming book's notice or cover reveal")
    return None


# A title that names the promotion itself (classify.ANNOUNCE_TITLE's tours, reveals and giveaways, not its news, updates,
# welcomes or guest posts, whose note on a copy received is the blog's own disclosure)
_PROMOTED = re.compile(
    r"(?<![0-9A-Za-zÀ-ɏ_])(?:cover[- ]?reveal|reveal(?:ing|ed)? the cover|blog[- ]?tour|book tour|tour stop|giveaway|"
    r"revelaci[óo]n de (?:la )?portada|r[ée]v[ée]lation de (?:la )?couverture|cover-?enth[üu]llung|rivelazione (?:della )?"
    r"copertina|revela[çc][ãa]o d[ae] capa|cover onthulling|tourn[ée]e|gewinnspiel|sorteo|concours|concorso|sorteio|"
    r"winactie)(?![0-9A-Za-zÀ-ɏ_])|ブログツアー|블로그\s?투어|บล็อกทัวร์|блог-?тур", re.I)


def promotion(kind: str, reason: str, title: str | None = None) -> bool:
    """The page is a tour stop's or a cover reveal's notice (this module's reasons, classify's by sections, or classify's
    by title when the title names the tour, the reveal or the giveaway): the publisher's material, whose note on a copy
    sent is the promotion's, not a reviewed copy's disclosure."""
    if kind != "announcement" or not ("tour stop" in reason or "reveal" in reason):
        return False
    if not reason.startswith("the title announces"):
        return True
    # (announce: the reveals and giveaways of the languages ANNOUNCE_TITLE does not hold)
    return bool(title and (_PROMOTED.search(title) or announce.reveal(title) or announce.giveaway(title)))
