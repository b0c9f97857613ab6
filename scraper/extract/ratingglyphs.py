"""Scores drawn rather than written: a run of star glyphs (★★★★☆, ⭐⭐⭐½), newspaper dots (●●●●○), one
pictograph repeated after a label (🔪🔪🔪🔪, 🍷🍷🍷/10); and school marks: letter grades (A−, B+) and the marks out of
five named in words (ru "твёрдая четвёрка", a solid four). rating.py reads them in their places; here are their shapes
and what each is worth."""

from __future__ import annotations

import re

from .ratinglooks import DOTS_EMPTY, DOTS_FULL, DOTS_HALF, EMPTY_STARS, FULL_STARS, HALF
from .casefold import first_chars
from .words import count_words
from .ratingwords import LABEL_WORDS, MINE, OF_WORDS, OUT_OF_WORDS, NAMED_MARKS, SCHOOL_MARK_SCALES, SCHOOL_MARKS

VS = "\ufe0f"  # emoji presentation selector that follows ⭐ on most platforms
# (and a half written "1/2" right after the stars: "★★★1/2", "⭐⭐⭐⭐ 1/2"; not "★★★★ 1/20"; a ½ right after a digit is
# that number's half, "9½", no half star)
GLYPHS = re.compile(rf"(?:[{FULL_STARS}{EMPTY_STARS}]|(?<!\d)[{HALF}])[{FULL_STARS}{HALF}{EMPTY_STARS}{VS} ]*(?:(?<=[{FULL_STARS}{VS} ])1/2(?![\d/]))?")
# one star glyph and a number beside it, as Watcha and Letterboxd-like sites print a reviewer's score ("★ 4.5", "⭐️4"):
# the number is the score, out of five ("★ 812,304" is a count, no score)
LONE_STAR = re.compile(rf"[{FULL_STARS}]{VS}?[ \u00a0]?(?P<num>\d[\d.,]*\d|\d)(?![\d/]|\s*/\s*\d)")
# one star glyph opening a line with a title's opening quote or a word written on to it: a bullet or a mark before a book's
# record or a pick, as Japanese and Chinese papers set their book-data line ("★『T』A著／版元／本体…円", "☆「T」", "★《T》",
# "★推荐", "★Recommended"), no score of one star out of five; a drawn score of one star stands alone, or a space, a separator
# or its verdict follows it ("★ Avoid.", "★ – not for me"; only a quote may follow after one space: "★ «T», A")
STAR_BULLET = re.compile(rf"[{FULL_STARS}{EMPTY_STARS}]{VS}?(?:[ \u00a0\u3000]?[『「《〈【〔“„«‹‘\"]|[^\W\d_])")
# a row of stars followed by the count of those who voted: a poll or the readers' average ("★★★★★ (12 votes)", "(1,982명)")
VOTES_AFTER = re.compile(r"\s*[(\[]\s*\d[\d.,]*\s*(?!(?:stars?|out|of|von|sur|su|de|점|点|分)\b)[^\W\d_]+\.?\s*[)\]]")
DOTS = re.compile(rf"[{DOTS_FULL}{DOTS_HALF}{DOTS_EMPTY}](?: ?[{DOTS_FULL}{DOTS_HALF}{DOTS_EMPTY}])+")

# any one pictograph repeated after a label: "Rating: 🔪🔪🔪🔪", "🍷🍷🍷/10", "🐦‍⬛🐦‍⬛🐦‍⬛" (drawn with two, joined or not)
# (not the die faces ⚀–⚅: one face is a throw, its pips the score out of six, labelled_mark)
_PICT = r"[\U0001F300-\U0001FAFF\u2600-\u267F\u2686-\u27BF\u2B00-\u2BFF]"
# a die face after a rating label, the Nordic newspapers' "terningkast" drawn: ⚄ is five pips of six
DIE_FACE = re.compile(r"[\u2680-\u2685]\ufe0f?(?![\u2680-\u2685])")
EMOJI_RUN = re.compile(rf"(?P<e>(?P<a>{_PICT})\ufe0f?(?:\u200d?(?!(?P=a)){_PICT}\ufe0f?(?=\s?(?P=a)))?)(?:\s?(?P=e)\ufe0f?)*"
                       r"(?P<hollow>(?:\s?[♡🤍○◯]\ufe0f?)*)(?P<scale>\s*/\s*(?:10|5)\b)?")
# the same run with its scale written after it ("🐘🐘🐘🐘 z 5", "🍷🍷🍷 of 5", "☕☕☕☕/10"): a score with no label, the scale
# says so (scaled_runs: not one pictograph alone, a count above its scale, nor a scale counting a noun or opening a date)
SCALED_RUN = re.compile(rf"(?P<e>(?P<a>{_PICT})\ufe0f?(?:\u200d?(?!(?P=a)){_PICT}\ufe0f?(?=\s?(?P=a)))?)(?:\s?(?P=e)\ufe0f?)+"
                        rf"\s*(?:/|(?<!\w)(?:{OUT_OF_WORDS}|{OF_WORDS})\s)\s*(?P<den>10|5)(?![\d.,]\d)", re.IGNORECASE)
# the same run completed by hollow ones to its scale ("♥♥♥♥♡", "🔥🔥🔥🤍🤍"): the hollow ones draw the scale, as a scale
# written after the run does, so no label is asked (hollow_runs: five or ten in all, one filled at least)
HOLLOW_RUN = re.compile(rf"(?P<e>(?![♡🤍○◯]){_PICT})\ufe0f?(?:\s?(?P=e)\ufe0f?)*(?P<hollow>(?:\s?[♡🤍○◯]\ufe0f?)+)(?![♡🤍○◯\ufe0f]|\s?{_PICT})")
# (ko "A0": a grade with no plus or minus, as Korean universities write it; "B–" with an en dash; "B minus")
GRADE = re.compile(r"(?P<grade>[A-DF])(?P<mod>[+\-−–0]?|\s(?:plus|minus))(?=\s*(?:$|[.,;:!)(]|\s[-–—|]))")
GRADE_BASE = {"A": 0.95, "B": 0.8, "C": 0.65, "D": 0.5, "F": 0.4}
# a mark named in words, perhaps after one adjective that agrees with it ("твёрдая", "твёрдую", uk "тверда", sr "чиста",
# "čista"; not "не"),
# with its plus or minus
MARK_WORD = re.compile(rf"(?<![\w'’])(?:[^\W\d_]+[аяуюau]\s+)?(?P<mark>{'|'.join(sorted(SCHOOL_MARKS, key=len, reverse=True))})"
                       r"(?:\s*(?P<mod>[сз]\s+(?:плюсом|минусом|мінусом)|[+\-−](?![\w+\-−])))?(?![\w'’])", re.IGNORECASE)
# giving a mark, not after "не": ru "ставлю", "поставлю", "поставила бы", uk "ставлю", "поставив би"
_GIVE = re.compile(r"(?<![\w'’])(?<!не\s)(?:по)?став(?:лю|ил[аи]?\s+бы|ив(?:ла)?\s+би)(?!\w)", re.IGNORECASE)
_GIVEN = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?=" + MARK_WORD.pattern + ")", re.IGNORECASE)  # (for whom: the words skipped)
_STEP = {"+": 0.05, "-": -0.05, "−": -0.05, "–": -0.05, " plus": 0.05, " minus": -0.05}


# A school mark in digits with its plus or minus written on, after a rating label: fi "Arvosana: 9-" (4 to 10, as school
# reports write it, "9-" = 8¾, "8+" = 8¼), nl "Cijfer: 7+", ru/pl "Оценка: 4+" (out of five); a quarter of a point each way.
# Not a range ("4-5"), nor a sign set apart ("9 - great"), nor after a label of age ("Age rating: 7+", a reader's age)
SIGNED_MARK = re.compile(r"(?P<num>10|[1-9])(?P<mod>[+\-−–])(?![\d+\-−–/])(?=\s*(?:$|[.,;:!)(]|\s+[^\W\d_]))")
AGE_BEFORE = re.compile(r"(?<![\w-])(?:age|âge|edad|età|idade|alter|leeftijd|ålder|alder|wiek|возраст\w*|вік|ikä|yaş)[\s-]*$", re.IGNORECASE)


def signed_mark(text: str, bare: int | None) -> tuple[str, float] | None:
    """A school mark with its sign opening the text after a label (as written, worth) on the label's bare scale
    (0: five up to 5, else ten; None: the label takes no bare number)."""
    if bare is None or (mark := SIGNED_MARK.match(text)) is None:
        return None
    num, scale = int(mark.group("num")), bare or (5 if int(mark.group("num")) <= 5 else 10)
    worth = num + (0.25 if mark.group("mod") == "+" else -0.25)
    return (mark.group(0), round(min(worth, scale) / scale, 3)) if num <= scale else None


def _mark_value(mark: re.Match) -> tuple[str, float]:
    mod = (mark.group("mod") or "").lower()
    step = 0.05 if mod.endswith("плюсом") else -0.05 if mod.endswith(("минусом", "мінусом")) else _STEP.get(mod, 0.0)
    return mark.group(0), round(min(1.0, SCHOOL_MARKS[(name := mark.group("mark").lower())] / SCHOOL_MARK_SCALES.get(name, 5) + step), 3)


def labelled_mark(text: str) -> tuple[str, float] | None:
    """A school mark opening the text after a rating label, as written and worth: a letter grade (A = 0.95, B+ = 0.85,
    each plus or minus a twentieth), a mark out of five in words ("твёрдая четвёрка" = 0.8) or a die's face (⚄ = 5/6)."""
    if die := DIE_FACE.match(text):
        return die.group(0), round((ord(text[0]) - 0x267F) / 6, 3)
    if grade := GRADE.match(text):
        return grade.group(0), round(GRADE_BASE[grade.group("grade")] + _STEP.get(grade.group("mod"), 0.0), 3)
    return _mark_value(mark) if (mark := MARK_WORD.match(text)) else None


# a letter grade closing a short line of the reviewer's own after the colon of a clause that opens on "my" or "our" in
# any language the labels know, a few words between ("My mark, in the old red biro: B+", "Our book club's verdict: A-",
# "Ma note finale : B"); no figure and no sentence's end in the clause, the grade the line's last word ("Plan B",
# "A-list", "a B-movie" are no grades)
_MY_GRADE = re.compile(rf"^\W*(?i:{MINE})\s(?P<clause>[^:：.!?\d]{{0,60}})[:：]\s*"
                       r"(?P<grade>[A-DF](?:[+\-−–]|\s(?:plus|minus))?)[\s*_.!]*$")
# ... and the clause names what it gives, a rating's label word in any language or a school's mark ("mark", de
# "Schulnote", "Zensur", fr "cote", nl "cijfer"), or a verdict or opinion, which a grade states (en "verdict",
# "take", fr "avis", it "verdetto", "giudizio", es "veredicto", pt "veredito", de "Urteil", nl "oordeel", sv/da/nb
# "omdöme", "dom", pl "werdykt", cs "verdikt", ru "вердикт"): a possessive alone gives a choice, not a grade ("My pick
# for the next club: A", "My answer to the last one: B", it "Ma la mia preferita …: B", where "Ma" is "but")
_GRADE_CLAUSE = re.compile(rf"(?<!\w)(?:{LABEL_WORDS}|marks?|(?:schul|end)?noten?|zensur|cote|verdicts?|take|opinion|"
                           r"judge?ments?|avis|jugement|verdetto|giudizio|parere|veredicto|veredito|opini[oó]n|opinião|"
                           r"juicio|(?:end)?urteil|einschätzung|(?:eind)?oordeel|omdöme|dom|werdykt|opinia|verdikt|"
                           r"názor|вердикт|мнение|оценка|karar)(?!\w)", re.I)
# a post that offers lettered options, whose closing "B" is one of them: "(A)", "option B", "Variante A", "A or B"
_LETTERED = re.compile(
    r"[(\[](?-i:[A-D])[)\]]|(?<!\w)(?:option|opci[oó]n|opç[aã]o|opzione|variante?|optie|wariant|вариант|варіант)\s+"
    r"(?-i:[A-D])(?!\w)|(?<!\w)(?-i:[A-D])\s+(?:or|o|ou|oder|of|eller|lub|или)\s+(?:\w+\s+)?(?-i:[A-D])(?!\w)", re.I)


def closing_grade(lines: list[str]) -> tuple[str, float] | None:
    """The letter grade (as written, worth) of such a line among the review's last four lines (``_MY_GRADE``), its
    clause naming a mark (``_GRADE_CLAUSE``), in a post that offers no lettered options (``_LETTERED``)."""
    for line in reversed(lines[-4:]):
        if len(line) <= 90 and (":" in line or "：" in line):
            if (found := _MY_GRADE.match(line)) and count_words(line) <= 14 and _GRADE_CLAUSE.search(found["clause"]):
                return None if any(_LETTERED.search(other) for other in lines) else labelled_mark(found["grade"])
    return None


def given_mark(sentence: str) -> tuple[str, float, int, int] | None:
    """A school mark the sentence gives, as the verb's object (accusative), after at most two words for whom:
    "Ставлю роману твёрдую четвёрку", "поставила бы этой книге четвёрку" (not "не ставлю", nor "ставлю чайник")."""
    give = _GIVE.search(sentence) if "став" in sentence or "Став" in sentence else None  # (what every match holds, looked for first)
    skip = _GIVEN.match(sentence, give.end()) if give else None
    mark = MARK_WORD.match(sentence, skip.end()) if skip else None
    return (*_mark_value(mark), *mark.span()) if mark and mark.group("mark")[-1].lower() in "ую" else None  # (as written, worth, where)


def glyph_value(run: str) -> float | None:
    """★/⭐ (and ½) in a run of star glyphs; empty stars only set the scale."""
    full = sum(run.count(c) for c in FULL_STARS)
    half = sum(run.count(c) for c in HALF) + run.endswith("1/2")
    empty = sum(run.count(c) for c in EMPTY_STARS)
    if full + half == 0:
        return None
    return round((full + 0.5 * half) / max(5, full + half + empty), 3)


def dots_value(run: str) -> float | None:
    """Newspaper dots ●●●●○: out of the dots shown, which must be 5 or 10 (a bullet list is not a rating), or 6 with an
    empty one drawn (a six-point scale, a die's or a school's: ●●●●●○)."""
    full = sum(run.count(c) for c in DOTS_FULL)
    half = sum(run.count(c) for c in DOTS_HALF)
    total = full + half + (empty := sum(run.count(c) for c in DOTS_EMPTY))
    return round((full + 0.5 * half) / total, 3) if (total in (5, 10) or total == 6 and empty) and full + half else None


# a star widget's text for screen readers written as points (ko "4.5점", ja "4点", zh "4.5分"): out of 5, or of 10 above 5
_POINTS = re.compile(r"(?P<num>\d{1,2}(?:\.\d)?)\s*(?:점|点|分)")


def widget_points(text: str) -> float | None:
    """What a star widget's hidden text "4.5점" is worth: the points out of 5 (out of 10 above 5)."""
    points = _POINTS.fullmatch(text.strip())
    value = float(points.group("num")) if points else 0.0
    return round(value / (5 if value <= 5 else 10), 3) if 0 < value <= 10 else None


_MARK_NAMES = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(NAMED_MARKS, key=len, reverse=True))
# the name, then its digit after a space, a dash or in brackets: "Отличен 6", "Мн. добър (5)", "odličan - 5"; not before
# a noun it counts ("добър 4 дни") nor as a fraction's numerator
NAMED_MARK = re.compile(rf"(?<![\w'’])(?=[{first_chars(_MARK_NAMES)}])(?P<name>{_MARK_NAMES})\s*(?:[-–:]\s*)?(?P<open>\(\s*)?"
                        r"(?P<num>[1-6](?:[.,]\d{1,2})?)(?(open)\s*\))(?![\d.,]\d|\s*[/%]|\s+[^\W\d_]{3,})", re.IGNORECASE)


_MARK_DIGIT = re.compile("[1-6]")


def named_marks(text: str) -> list[tuple[int, int, str, float]]:
    """The school marks named with their digit in the text (where, as written, worth): "Отличен 6" = 1.0, "Много добър
    5" = 0.833, "výborná (1)" = 1.0; a digit that is not the name's ("Отличен 3") is no mark."""
    out = []
    for mark in NAMED_MARK.finditer(text) if _MARK_DIGIT.search(text) else ():  # (every mark holds its digit, 1 to 6)
        digit, top = NAMED_MARKS[" ".join(mark.group("name").lower().split())]
        num = float(mark.group("num").replace(",", "."))
        if int(num + 0.5) != digit:
            continue
        value = num / top if top > 0 else (1 - top - num) / -top
        out.append((mark.start(), mark.end(), mark.group(0), round(value, 3)))
    return out


def scaled_runs(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, raw, value) of each run of one pictograph with its scale after it: "🐘🐘🐘🐘 z 5" = 0.8. Not a lone
    pictograph, a count above the scale, nor a scale followed by a word in lower case (a count of things, "🎁🎁 of 5
    gifts"; a date, "z 5. prosince")."""
    out = hollow_runs(text) if any(h in text for h in "♡🤍○◯") else []
    for run in SCALED_RUN.finditer(text):
        count, den = run.group(0).count(run.group("e")), int(run.group("den"))
        rest = text[run.end():].lstrip(" .\u00a0")
        if not 2 <= count <= den or rest[:1].islower():
            continue
        out.append((run.start(), run.end(), run.group(0), round(count / den, 3)))
    return out


def hollow_runs(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, raw, value) of each run of one pictograph completed by hollow ones to five or ten ("♥♥♥♥♡" = 0.8):
    not a run that counts to another total ("♥♡", a pair's mark), nor one inside a longer row of pictographs."""
    out = []
    for run in HOLLOW_RUN.finditer(text):
        count = run.group(0).count(run.group("e"))
        hollow = len(re.sub(r"[\s\ufe0f]", "", run.group("hollow")))
        if count + hollow in (5, 10) and not (run.start() and re.match(_PICT, text[run.start() - 1])):
            out.append((run.start(), run.end(), run.group(0).strip(), round(count / (count + hollow), 3)))
    return out


# the label's score as a fraction, right after it: "Rating: 4/5", "Ocena: 8/10"
_LABEL_FRACTION = re.compile(r"[^\d\n]{1,40}?(\d{1,2}(?:[.,]\d)?)\s*/\s*(5|10|20|100)\b")


def row_before(text: str, start: int) -> bool:
    """What stands before a rating label at `start` is only a row of star glyphs that says the same score as the
    label's fraction after it ("★★★★★★★★☆☆ Ocena: 8/10", a review card's stars drawn beside their text): the row is
    the label's picture, and the label opens its line (rating._after_boundary; short39). A row that disagrees, a
    readers' average beside the reviewer's stars, is not."""
    before = text[:start].rstrip()
    if not before or before[-1] not in FULL_STARS + EMPTY_STARS + HALF + VS or not (row := GLYPHS.fullmatch(before)):
        return False
    found = _LABEL_FRACTION.match(text, start)
    value = glyph_value(row.group(0))
    return bool(found) and value is not None and abs(float(found.group(1).replace(",", ".")) / float(found.group(2)) - value) < 0.011


_FIGURE = re.compile(r"\s*\(?(\d{1,2}(?:[.,]\d{1,2})?)\s*/\s*(5|10)\)?\s*[.!]?\s*")


def figured_row(text: str) -> list[tuple[str, float]]:
    """A row of star glyphs and its own figure after it, nothing else, both saying one score ("★★★★½ 4,5/5",
    "★★★★★★★☆☆☆ 7/10"): a review card's rating box, the figure the row's label (rating._candidates reads it as a
    labelled score in a block the cleaning removed; short39). A figure that disagrees with its row is not its."""
    if len(text) > 40 or not text[:1] or text[0] not in FULL_STARS + EMPTY_STARS + HALF or not (row := GLYPHS.match(text)):
        return []
    figure = _FIGURE.fullmatch(text, row.end())
    value = glyph_value(row.group(0))
    if figure is None or value is None:
        return []
    said = float(figure.group(1).replace(",", ".")) / float(figure.group(2))
    return [(figure.group(1) + "/" + figure.group(2), round(said, 3))] if abs(said - value) < 0.011 else []
