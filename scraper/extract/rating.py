"""Find the reviewer's own rating and normalise it to 0–1.

Ratings are written many ways: ``4/5``, ``3,5/5``, ``16/20``, ``★★★½``, ``⭐️⭐️⭐️⭐️``,
``●●●●○``, ``4 out of 5 cups of chai``, ``four stars``, ``4 von 5 Sternen``, ``2½ out of 4 stars``,
``4 estrelas (em 5)``, the scale first (``10 üzerinden 8``, ``5점 만점에 4점``, ``八分半（满分十分）``, ``পাঁচে চার``, ``5つ星のうち4``;
number words 1-10 per language in ratingwords.py; the scale in the elative, ``neljä viidestä``), a school mark after a label
(``Grade: B+``, ``Оценка: четвёрка``) or named with its digit (``Отличен 6``, ``výborná (1)``), or a rating
image whose alt text says it; in any script's digits and in full-width forms (``４／５``,
``٤ من ٥``, read as ASCII by ``casefold.plain_forms``), a worded score on a worded scale (ratingnumerals.py). How a
score looks says little; *where* it sits says whether it is the reviewer's rating of this book:

1. a labelled rating ("Rating: …", "Meine Wertung: …", "Nota: …"), at the start
   of a line or after a sentence ends, the score right after the label (or, with no colon, after a verb or two and
   closing the sentence: "Betyget blir 4.", "Kouluarvosanaksi annan 9½.");
2. a line that starts with star glyphs (or is only dots ``●●●●○``);
3. a line that starts with a score followed by nothing, a separator or a short
   verdict ("8/10", "**4 stars.** The book …", "10/10 would recommend");
4. from the post body as it was before cleaning (``rating_blocks``): a rating
   image's alt text (a row of star images read as one), an ``aria-label``, a row
   of CSS star icons, a star widget's text for screen readers (its one score, however
   worded: "Valorado con 4 de 5"), or a labelled line the cleaning removed;
5. a score set apart in the post title ("… (4/5)", "… ★★★★");
6. a score that ends a line after a separator ("… I failed the challenge. 4/5.");
7. a first-person sentence near the end ("I'd give it four out of five"), or a short closing clause that is only
   the score ("…, so four stars.": ratingprose.py).

A page that gives several different scores is rating several books (a best-of
list, a round-up, a star legend on a review policy): it has no rating of its
own, unless one of them is labelled as the overall one. Lines quoted in a
blockquote are someone else's words and never rate the book.

Letter grades use one ladder of 0.05 steps: A+ = 1.0, A = 0.95, A− = 0.9, B+ = 0.85,
B = 0.8 … D− = 0.45, F = 0.4 (so A = 0.95 and B+ = 0.85, as the corpus gold has it).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from . import medium
from .casefold import first_chars, plain_forms
from .ratingblocks import Block, others_widgets, rating_blocks  # noqa: F401 - rating_blocks is part of this module's interface
from .ratinglead import cased_scores, led_scores
from .ratingglyphs import DOTS, EMOJI_RUN, GLYPHS, LONE_STAR, STAR_BULLET, VOTES_AFTER, AGE_BEFORE, labelled_mark, named_marks, scaled_runs, signed_mark
from .ratingglyphs import closing_grade, figured_row, row_before
from .ratingglyphs import dots_value as _dots_value, glyph_value as _glyph_value
from .ratinglooks import SCALE_FIRST_CUES, may_label, may_match, may_score, worded_scores  # (worded_scores: ratingnumerals)
from .ratingshapes import (  # score shapes
    runs_on as _runs_on, COUNTED, CJK_CLAUSE, CLOSES_SENTENCE, MINE_LABEL, HALF_SUFFIX, NUM, AFFIXED_CUES,
    AFFIXED_SCALE, SERIES_PLACE, not_the_reviewers, LEAD_WORD, LINE_WORD, CJK_SCALES, CJK_STARS, ELATIVE, FRACTION,
    JA_STARS, KO_STARS, STAR_FIRST, PERCENT, SCALE_FIRST, TH_STARS, VALORES, NL_MARK, plain_line,
    STAR_COUNTS, parts_total)
from .ratingwords import (LABEL_WORDS, MINE, MINE_CJK, OVERALL, OVERALL_AFTER, OVERALL_BEFORE, PERSONAL_AFTER, PERSONAL_BEFORE,
                          DATED_WORDS, OF_WORDS, OUT_OF_WORDS)  # language tables
from .ratingwords import match_value as _value, number_value as _number  # (what a score's numbers are worth)

# Words that label a rating, in many languages; "overall" ones win. (Their first letters looked at first: tried at every
# place of a line, the pattern is passed over the places that start no label.)
_LABEL_FIRST = first_chars(rf"(?:(?:{MINE})\s+|(?:{MINE_CJK})\s*)?(?:(?:{PERSONAL_BEFORE})\s+)?(?:{OVERALL}|{OVERALL_BEFORE}|{LABEL_WORDS})")
LABEL = re.compile(  # (ja/zh "総合評価", "综合评分": the overall word and the label with no space between)
    rf"(?:(?<![\w-])|(?<=[ただ]))(?=[{_LABEL_FIRST}])(?:(?:{MINE})\s+|(?:{MINE_CJK})\s*)?(?:(?:{PERSONAL_BEFORE})\s+)?(?:(?P<overall>{OVERALL})(?:\s*(?:{LABEL_WORDS}))?|"
    rf"(?P<overall3>{OVERALL_BEFORE})\s*(?:{LABEL_WORDS})|(?P<word>{LABEL_WORDS})(?:\s+(?P<overall2>{OVERALL}|{OVERALL_AFTER}))?)(?:\s+(?:{PERSONAL_AFTER}))?"
    # "Il mio voto da libraio:", "My rating as a bookseller:": who gives it, before the colon
    r"(?:(?![\w-])|(?=[は은는是為为]))(?:\s+(?:da|as|als|como|comme)\s+(?:an?\s+)?[^\W\d_]+(?=\s*[:：])|\s+[^\W\d_]{2,4}\s+[^\W\d_]{2,4}(?=\s*[:：]))?\s*(?:\([^)]{0,20}\))?\s*(?:[:=\-–—|：፦፥]|は|은|는|是|為|为)?[\s*_]*",  # (ja, ko: the topic particle, "満足度は", "평점은"; zh: the copula, "評分是")
    re.IGNORECASE,
)
# (de "Note", cs "Známka": school marks where 1 is the best; fa "نمره": the Iranian school mark, out of 20)
_BARE_SCALE = {"note": None, "známka": None, "cijfer": 10, "eindcijfer": 10, "terningkast": 6}  # (and fa "نمره…": 20)
_VERB_GAP = re.compile(r"\s*[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*\s+")  # a word in lower case (one or two of them after a label)
_BOUNDARY = ".!?…:;|)]–—-·•：。！？；）።፦■□◆◇▼▽▶▷▲△◎"  # with the full-width stops of CJK text, and the heading marks of ja/zh/ko posts
_ONE_SENTENCE = re.compile(r"\s+[^\W\d_](?:[^.!?…。]|[.!?…](?!\s))+[.!?…。]?\s*")  # (no stop inside it)
_SCORE_ROW = lambda rest, raw: bool(_ONE_SENTENCE.fullmatch(rest)) and not rest.lstrip()[:1].islower() and 2 <= len(re.sub(r"[\s\ufe0f]", "", raw)) <= 5  # noqa: E731  (standing apart, not going on in lower case: "★★★★★ is what my sister gave it"; a five-point row: eight is a divider)
_LEAD_CONTINUES = re.compile(r"\s+(?:would|will|for me|from me|easily|highly|recommended|recommend)\b", re.I)
# "Posted: 4/5", "Gelesen am 3/5", "読了日：４／５": a date, not a score
DATED = re.compile(rf"(?:{DATED_WORDS})(?:\s*:|\s+(?:on|am|le|el|il|em|op))?\s*$", re.I)
_OF_SCALE = rf"{OUT_OF_WORDS}|{OF_WORDS}"  # ("10 из 8": the score-first order's word, no case of the scale)


@dataclass(frozen=True)
class Rating:
    raw: str
    value: float  # 0–1


class Found(NamedTuple):
    rating: Rating
    start: int
    end: int


class _Candidate(NamedTuple):
    rank: int  # 0 labelled, 1 star line, 2 line opening with a score, 3 image/rescued, 4 score ending a line
    rating: Rating
    overall: bool = False
    line: int = 0


def scan(text: str) -> list[Found | None]:
    """Every score-shaped match in the text, in order; None marks a match that is not a valid rating."""
    # (remembered by a plain copy of the text: an lxml "smart" string would keep its whole page alive in the memo)
    return list(_scanned(str(text) if type(text) is not str and isinstance(text, str) else text))


# The rules scan the same lines more than once (the rating, the cleaning rules' has_score, each on the line as
# written and as read): ~18 scans a page of ~10 texts. The answer is a function of the text alone, kept for a while
# (512 texts: lines, a few dozen pages' worth).
@lru_cache(maxsize=512)
def _scanned(text: str) -> tuple[Found | None, ...]:
    return tuple(_scan_text(text))


def _scan_text(text: str) -> list[Found | None]:
    found: list[tuple[int, int, Rating | None]] = []
    for match in GLYPHS.finditer(text) if not text.isascii() else ():  # (every match opens with a star glyph or ½: not ASCII)
        start, end = match.start(), match.start() + len(match.group(0).rstrip())
        after = FRACTION.match(text, len(text) - len(text[end:].lstrip(" ("))) if end < len(text) else None
        if after and after.start() - end <= 3 and after.group("sep") == "/":
            # "⭐️⭐️⭐️⭐️ (4/5)": the glyphs and the fraction together are the raw rating; the fraction decides
            end = after.end() + (text[after.end():after.end() + 1] == ")")
            value = _value(after, _number(after.group("den")))
        elif (lone := LONE_STAR.match(text, start)) and lone.end() > end:  # "★ 4.5": one star, the score beside it (of 5)
            end, value = lone.end(), (num / 5 if (num := _number(lone.group("num"))) is not None and 0 < num <= 5 else None)
        else:
            value = _glyph_value(text[start:end])
        found.append((start, end, Rating(text[start:end], value) if value is not None else None))
    fractions, stars = may_match(text)
    scale_first = SCALE_FIRST.finditer(text) if (fractions or "on üzerinden" in text) and any(cue in text for cue in SCALE_FIRST_CUES) else ()
    cjk = [match for pattern in (CJK_STARS, *JA_STARS) for match in pattern.finditer(text)] if "星" in text else []
    if "满分" in text or "滿分" in text or "満点" in text or "段階" in text or "点中" in text or "点のうち" in text:
        cjk += [match for pattern in CJK_SCALES for match in pattern.finditer(text)]
    cjk += [*(TH_STARS.finditer(text) if "ดาว" in text else ()), *(KO_STARS.finditer(text) if "별" in text else ()), *(STAR_FIRST.finditer(text) if "yota" in text else ())]
    if any(cue in text for cue in AFFIXED_CUES):  # am, ta, gu, ne, kn, ml: the scale first, its case on it (ratingshapes.AFFIXED_SCALE)
        cjk += [match for pattern in AFFIXED_SCALE for match in pattern.finditer(text)]
    if "stä" in text or "est" in text or "ből" in text:  # fi, et, hu: "neljä viidestä", "neli viiest", "kilenc pont a tízből"
        cjk += ELATIVE.finditer(text)
    if "valores" in text or "Valores" in text:
        cjk += VALORES.finditer(text)
    if "een " in text or "Een " in text:
        cjk += (match for match in NL_MARK.finditer(text) if match.group("adj"))
    counted = (m for p in STAR_COUNTS for m in p.finditer(text)) if stars else ()  # ("4 stars", "2½ out of 4 stars")
    for match in [*(FRACTION.finditer(text) if fractions else ()), *counted, *scale_first, *cjk]:
        if match.re is FRACTION and (match.group("sep") != "/" and not match.group("unit") and COUNTED.match(text, match.end()) or SERIES_PLACE.search(text, 0, match.start())):  # ("Book 4 of 5": a place in a series)
            continue
        value = _value(match, 20.0 if match.re is VALORES else 10.0 if match.re is NL_MARK else _number(match.group("den") or ("on" if match.groupdict().get("ten") else "5")))
        found.append((match.start(), match.end(), Rating(match.group(0).strip(), value) if value is not None else None))
    found += [(start, end, Rating(raw, value)) for start, end, raw, value in (*named_marks(text), *worded_scores(text), *(scaled_runs(text) if not text.isascii() else ()))]  # "Отличен 6", "výborná (1)", "fjórar stjörnur af fimm", "🐘🐘🐘🐘 z 5"
    # earliest first, the longest of those starting together; what overlaps a chosen match is dropped
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[Found | None] = []
    last_end = -1
    for start, end, rating in found:
        if start < last_end:
            continue
        last_end = end
        out.append(Found(rating, start, end) if rating else None)
    return out


_led = partial(led_scores, scan=scan, make=Rating, dated=DATED, of_words=_OF_SCALE,
               other=lambda s: medium.verdict_for_other([s]))


def has_score(text: str) -> bool:
    """Whether the text holds anything shaped like a score (valid or not), in any script's digits and forms."""
    return bool(scan(plain_forms(text)))


def parse_rating(text: str) -> Rating | None:
    """The first rating written in a short text (a line, a title); None when the first score is not a valid one."""
    written = text.strip()
    text = plain_forms(written)
    found = scan(text)
    return as_written(found[0].rating, text, written) if found and found[0] else None


def _at_start(text: str, labelled: bool, bare: int | None = 0, found: list[Found | None] | None = None) -> Found | None:
    """A rating that opens the text; after a label also a letter grade, or a bare number out of ``bare``
    (0: "4" of 5, "8" of 10; None: no bare number)."""
    text = text.rstrip()
    found = scan(text) if found is None else found
    if found and found[0] and found[0].start == 0:
        return found[0]
    dots = DOTS.match(text)
    if dots and (value := _dots_value(dots.group(0))) is not None:
        return Found(Rating(dots.group(0), value), 0, dots.end())
    percent = PERCENT.match(text)
    if percent and (value := _value(percent, 100.0)) is not None:
        return Found(Rating(percent.group(0), value), 0, percent.end())
    if not labelled:
        return None
    emoji = EMOJI_RUN.match(text)
    if emoji:
        count, hollow = emoji.group(0).count(emoji.group("e")), len(re.sub(r"[\s\ufe0f]", "", emoji.group("hollow")))
        scale = int(emoji.group("scale").strip(" /")) if emoji.group("scale") else max(5, count + hollow)
        value = round(count / scale, 3) if count + hollow <= min(scale, 10) else None
        return Found(Rating(emoji.group(0), value), 0, emoji.end()) if value is not None else None
    if mark := labelled_mark(text) or signed_mark(text, bare):  # a letter grade ("B+"), a school mark in words ("твёрдая четвёрка") or digits ("9-")
        return Found(Rating(*mark), 0, len(mark[0]))
    if (mark := NL_MARK.match(text)) and (value := _value(mark, 10.0)) is not None:  # nl "een 8", out of ten
        return Found(Rating(mark.group(0), value), 0, mark.end())
    # (with its points word: ko "별점: 4.5점", ja "評価：4点", zh "评分：8分")
    number = bare is not None and re.match(rf"{NUM}{HALF_SUFFIX}(?P<pts>\s?[점点分])?(?=\s*(?:$|[.,;!)。，]|\s[-–—(]))", text, re.IGNORECASE)
    if number:  # (in points, above ten: of a hundred, "评分：85分", "점수: 92점")
        value = _value(number, bare or (5 if (n := _number(number.group("num")) or 0) <= 5 else 10 if n <= 10 or not number.group("pts") else 100))
        if value is not None:
            return Found(Rating(number.group(0).strip(), value), 0, number.end())
    return None


_CLOSING_DOTS = re.compile(rf"({DOTS.pattern})[\s.]*$")
# (… after a record: a name and a title on either side of a dash, up to its stop; not "Part 4 of 5 done. ●●●●○", a progress bar)
_RECORD_LEAD = re.compile(r"[*_\s]*[^\W\d_][^.!?:]*?\s[–—-]\s[^\W\d_][^.!?]*[.!?]")


def _after_boundary(text: str, start: int) -> bool:
    before = text[:start].rstrip(" *_\"'“”«»")
    # (one short word opening the line or a sentence is the label's own: "Moje hodnocení:", "… am Ende. Meine Wertung:"; one
    # word and a comma leads into it: "Still, rating:", "Ипак, оцена:"; a word with its vowel signs: hi "हमारी रेटिंग:")
    return not before or before[-1] in _BOUNDARY or before.endswith(("(", "[")) or bool(LINE_WORD.fullmatch(before)) \
        or before[-1] == "," and bool(re.search(r"(?:^|[.!?…;]\s)[*_\s]*[^\W\d_]{2,12},$", before)) \
        or (cut := before.rfind(" ")) > 0 and before[cut - 1] in ".!?…" and bool(LINE_WORD.fullmatch(before, cut)) or row_before(text, start)  # (stars saying the label's score: "★★★★☆ Rating: 4/5")


def line_candidates(line: str, labelled_only: bool = False) -> Iterable[_Candidate]:
    labelled = may_label(line)
    if not labelled and not may_score(line):
        return  # no label, and nothing a score can be made of (ratinglooks)
    written = plain_line(line)
    text = plain_forms(written)  # "４／５", "٤ من ٥", "४/५" read as "4/5", "4 من 5" (casefold.plain_forms)
    if text == written:
        yield from _candidates(text, labelled_only, labelled)
        return
    for found in _candidates(text, labelled_only, labelled):
        yield found._replace(rating=as_written(found.rating, text, written))


def as_written(rating: Rating, text: str, written: str) -> Rating:
    """The rating read in `text` (plain_forms of `written`), its raw part as written, in its own digits and forms."""
    at = text.find(rating.raw)
    return Rating(written[at:at + len(rating.raw)], rating.value) if at >= 0 and text != written else rating


def _candidates(text: str, labelled_only: bool = False, labelled: bool = True) -> Iterable[_Candidate]:
    """The scores the text offers, each with its standing; `labelled_only`: only those after a rating label."""
    for label in LABEL.finditer(text) if labelled else ():  # (`labelled`: the line may hold a label, ratinglooks)
        # (ja: a label noun a verb's clause qualifies, "読み終えた満足度は…"; not "前回の本の満足度は…", another book's; zh, ja: a label opening a clause after a comma of unspaced text, "…、評価は星四つ。", its score closing the sentence)
        # (or an overall label closing a row of the parts' scores, after a comma: "Plot 4/5, pace 3/5, overall 3.5/5")
        before = text[label.start() - 1:label.start()]
        if (at_boundary := _after_boundary(text, label.start()) or before in ("た", "だ")
                or parts_total(text, label, scan)) \
                or before in "、，," and CJK_CLAUSE.search(text, 0, label.start()) or MINE_LABEL.match(label.group(0)):
            # "Note: 2" is a German school grade or a French score out of 5 or 20: "note" wants a scale;
            # "Terningkast 5" is a throw of a die
            rest = text[label.end():]
            word = (label.group("word") or "").lower()
            bare = None if AGE_BEFORE.search(text, 0, label.start()) else _BARE_SCALE.get(word, 10 if word.startswith("kouluarvosan") else 20 if word.startswith("نمره") else 0)  # (fi: the school's grade, 4 to 10; "Age rating: 7+": no score)
            found = _at_start(rest, True, bare=bare)
            gap = 0
            for _ in range(2) if found is None and not re.search(r"[:=|：–—]", label.group(0)) else ():
                # "Arvosanaksi annan 9½.", "Meine Wertung lautet 4 von 5", "Betyget blir 4.": a verb or two, then the
                # score closing the sentence
                if (verb := _VERB_GAP.match(rest, gap)) is None:
                    break
                gap = verb.end()
                found = _at_start(rest[gap:], True, bare=bare)
                if found and re.match(r"\s*(?:[.!;,]|$)", rest[gap + found.end:]):
                    found = found._replace(start=found.start + gap, end=found.end + gap)
                    break
                found = None
            if found is None and len(rest) <= 60 and re.search(r"[:=|：–—]", label.group(0)):
                # "Verdict: highly recommended, 4 out of 5": a few words, then the one score of the line
                scores = [f for f in scan(rest) if f is not None]
                found = scores[0] if len(scores) == 1 and not rest[scores[0].end:].strip(" .!)") else None
            # "Rating: four stars Richard Powers has written…": a listing's excerpt run into the rating line; "별점 4.6점
            # (1,982명)", "Rating: 4.2 (316 votes)": the readers' average beside their count
            if found and (at_boundary or CLOSES_SENTENCE.match(rest, found.end)) and not _runs_on(rest[found.end:]) and not VOTES_AFTER.match(rest, found.end):
                labelled = None  # (a label's score given: no lead's besides)
                yield _Candidate(0, found.rating, bool(label.group("overall") or label.group("overall2") or label.group("overall3")))
    if labelled_only:  # (a block the cleaning removed: a score a short lead sets apart is a label's, "Βαθμός: ★★★★☆")
        yield from (_Candidate(0, r) for r in [*_led(text), *(Rating(*f) for f in figured_row(text))]) \
            if labelled is not None and (any(scan(text)) or len(text) <= 60) else ()
        return
    every = scan(text)
    opening = _at_start(text, labelled=False, found=every)
    if opening and not any(f and f.start >= opening.end and f.rating.value != opening.rating.value for f in every) \
            and not VOTES_AFTER.match(text, opening.end):  # "★★★★★ (12 votes)": a poll, the readers' average
        rest = text[opening.end:]
        is_glyphs = bool(GLYPHS.match(text) or DOTS.match(text))
        if is_glyphs and (len(rest) <= 80 or rest.lstrip()[:1] in _BOUNDARY or _SCORE_ROW(rest, opening.rating.raw)) \
                and not STAR_BULLET.match(text):  # (a row of stars before one sentence of any length: its score)  # ("★『T』A著": a bullet, ratingglyphs)
            yield _Candidate(1, opening.rating)
        elif not rest.strip() or rest.lstrip()[:1] in _BOUNDARY + ",(" or (len(text) <= 60 and _LEAD_CONTINUES.match(rest)):
            yield _Candidate(2, opening.rating)
    elif not opening and (lead := LEAD_WORD.match(text)) and not DATED.search(lead.group(0)):
        # "In short: four stars out of five, and …": a word and a colon, then a worded score ending its clause (not "Film: …")
        after = next((f for f in every if f is not None and f.start == lead.end()), None)
        if after and any(c.isalpha() for c in after.rating.raw) and re.match(r"\s*(?:[,;.!]|$)", text[after.end:]) \
                and not any(f and f.start >= after.end and f.rating.value != after.rating.value for f in every) \
                and not medium.verdict_for_other([text]):
            yield _Candidate(2, after.rating)
    # "Իմ գնահատականը՝ 10-ից 8։": a lead of any words set apart (not "Film: 3.5/5", another thing's verdict); "… මගේ ලකුණ 5න් 4යි.": the case on the scale's numeral
    yield from [*(_Candidate(2, r) for r in _led(text)), *(_Candidate(4, r) for r in cased_scores(text, Rating))]
    found = [f for f in every if f is not None]
    # (newspaper dots closing a record line after its stop: "A – T. Roman, 480 pp. ●●●●○")
    if not found and (dots := _CLOSING_DOTS.search(text)) and _RECORD_LEAD.match(text) and _after_boundary(text, dots.start()) \
            and (value := _dots_value(dots.group(1))) is not None:
        yield _Candidate(4, Rating(dots.group(1), value))
    if found and found[-1].start > 0 and not text[found[-1].end:].strip(" .!)]"):
        last = found[-1]
        if GLYPHS.match(text, last.start) or (_after_boundary(text, last.start) and not DATED.search(text[:last.start])):
            yield _Candidate(4, last.rating)


def _choose(candidates: list[_Candidate]) -> _Candidate | None | bool:
    """The reviewer's rating among candidates; False when they rate several things (a list, a legend)."""
    if not candidates:
        return None
    overall = [c for c in candidates if c.overall]
    if overall:
        return min(overall, key=lambda c: c.rank)
    if len({c.rating.value for c in candidates}) >= 3:
        return False
    top = min(c.rank for c in candidates)
    best = [c for c in candidates if c.rank == top]
    # two different scores of the same standing, or the same score on three lines: a list of books, not a review
    if len({c.rating.value for c in best}) > 1 or len({c.line for c in best}) >= 3:
        return False
    return best[0]


def find_rating(
    lines: list[str], title: str | None = None, blocks: Iterable[Block] = (), jsonld: Rating | None = None, named: str | None = None
) -> Rating | None:
    """The review's rating from its body lines (in order), its title and, when given, the blocks of its post
    body before cleaning (image alt text, quotations, lines the cleaning removed), a JSON-LD reviewRating and the book's title."""
    from .ratingprose import prose_rating, readers_byline  # (it reads this module's patterns: imported here, no cycle)
    from .ratingaside import title_rating, widget_score
    from .ratingemojirun import closing_run
    blocks = list(blocks)
    quoted = {plain_line(b.text) for b in blocks if b.quoted}
    own = [line for line in lines if plain_line(line) not in quoted] if quoted else list(lines)
    # each text read once: most blocks of the post before cleaning are lines of it after (a label's scores are the
    # candidates of rank 0)
    read: dict[str, list[_Candidate]] = {}

    def offered(text: str, labelled_only: bool = False) -> list[_Candidate]:
        if text in read:
            return [c for c in read[text] if c.rank == 0] if labelled_only else read[text]
        found = [] if (found := list(line_candidates(text, labelled_only))) and not_the_reviewers(text) else found
        if not labelled_only:
            read[text] = found
        return found

    candidates = [c._replace(line=i) for i, line in enumerate(own) for c in offered(line)]
    in_lines = _choose(candidates)
    weak = in_lines is None or (in_lines is not False and in_lines.rank == 4)
    # a rating image ("4.5 out of 5 stars"), star icons, or a labelled line the cleaning dropped; a widget's aria-label,
    # icon row and hidden text side by side are one rating said three ways (one line, not a list's three)
    at: list[int] = []
    for i, b in enumerate(blocks):
        at.append(at[-1] if b.widget and i and (blocks[i - 1].widget and blocks[i - 1].near == b.near or blocks[i - 1].text == b.text) else i)  # (or its box's own text; not another review box's)
    rescued = [
        c._replace(rank=3, line=at[i], overall=c.overall or b.overall)  # (a review box's total row of stars is the overall score)
        for i, b in enumerate(blocks if weak or jsonld is not None else ())
        if not b.quoted
        for c in offered(b.text, labelled_only=not b.image)  # only a label's score counts outside images
        if (c.rank == 0 and not readers_byline(b.text, own)) or (b.image and c.rank in (1, 2))
    ]
    for i, b in enumerate(blocks if weak or jsonld is not None else ()):
        # what a rating widget says to a screen reader, in any wording ("Valorado con 4 de 5"): its one score
        if b.widget and not b.quoted and not any(c.line == at[i] for c in rescued) and (widget := widget_score(b.text)):
            rescued.append(_Candidate(3, widget, b.overall, line=at[i]))
    if weak and rescued and (_choose(rescued) is False or in_lines) and (others := others_widgets(blocks, own)):
        rescued = [c for c in rescued if c.line not in {at[i] for i in others}]  # (widgets that disagree, or the lines' own score: other readers' dropped reviews are not this one)
    candidates += rescued
    chosen: Rating | None = None
    if in_lines is not False:
        # strongest first; a score closing a line ("… – 5/5" of another book) only after the title's
        in_blocks = _choose(rescued) if weak else None
        for found in (in_lines if not weak else None, in_blocks or None, title_rating(title, named) if title else None, in_lines):
            if found:
                chosen = found.rating if isinstance(found, _Candidate) else found
                break
        # (a star row of a list of readers' boxes, each with its row, that the review's own words contradict: another's, or misread)
        if in_blocks and chosen is in_blocks.rating and len({b.near for b in blocks if b.widget and b.near}) >= 2 \
                and (said := prose_rating(own)) and said.value != chosen.value:
            chosen = said
        # (or a letter grade closing a short line of the reviewer's own: ratingglyphs.closing_grade)
        # (or a row of one pictograph closing the review's prose, "🥄🥄🥄🥄": ratingemojirun)
        chosen = chosen or prose_rating(own) or (Rating(*grade) if (grade := closing_grade(own) or closing_run(own)) else None)
    if jsonld is not None:
        # the structured data decides the value; the words the reviewer wrote are the raw rating when they agree
        for c in candidates + ([_Candidate(5, chosen)] if chosen else []):
            if abs(c.rating.value - jsonld.value) < 0.011:
                return c.rating
        return jsonld
    return chosen
