"""Find the reviewer's rating and normalise it to 0–1.

Ratings are written many ways: ``4/5``, ``8/10``, ``★★★½``, ``⭐️⭐️⭐️⭐️``,
``4 out of 5``, ``four stars``. Where they sit matters more than how they look:
a labelled line ("Rating: …") wins over a bare line of stars, which wins over
a rating in the post title, which wins over a rating said in prose near the end.
A fraction in prose only counts when a rating word is beside it, so that
"8/10 people" or "chapter 3/4" are not ratings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FULL_STARS = "★⭐🌟"
HALF = "½"
EMPTY_STARS = "☆✩"
_VS = "\ufe0f"  # emoji presentation selector that follows ⭐ on most platforms

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    # Spanish, French, German, Italian: the languages of our corpus
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
}
_NUM = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_HALF_WORD = r"(?:\s*(?:and a half|½|\.5|y media|et demi|und ein halb))?"

# Words that label a rating line, in the corpus languages.
RATING_LABEL = re.compile(
    r"^\W*(?:my\s+)?(?:rating|rated|score|stars|verdict|grade|note|valoraci[oó]n|puntuaci[oó]n|"
    r"calificaci[oó]n|bewertung|wertung|voto|giudizio|beoordeling|cijfer)\b\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_STAR_RUN = re.compile(rf"[{FULL_STARS}{EMPTY_STARS}{HALF}{_VS}\s]+")
_FRACTION = re.compile(rf"{_NUM}{_HALF_WORD}\s*(?:/|out of|sur|de|von|su|uit)\s*(\d+)\b(?:\s*(?:stars?|étoiles|estrellas|sterne|stelle))?", re.IGNORECASE)
_N_STARS = re.compile(rf"\b{_NUM}{_HALF_WORD}[\s-]*(?:stars?|étoiles?|estrellas?|sterne?n?|stelle)\b", re.IGNORECASE)
_LONE_SCORE = re.compile(r"\(?\d{1,3}(?:[.,]\d)?\s*(?:/|out of)\s*(?:5|10|20|100)\)?(?:\s*(?:stars?|points?))?", re.IGNORECASE)
_PROSE_CUE = re.compile(r"\b(?:stars?|rating|rate|rated|give|gives|gets|score|étoiles|estrellas|sterne|stelle|note)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Rating:
    raw: str
    value: float  # 0–1

    def as_tuple(self) -> tuple[str, float]:
        return self.raw, self.value


def _number(token: str) -> float | None:
    token = token.strip().lower().replace(",", ".")
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    try:
        return float(token)
    except ValueError:
        return None


def _clamp(value: float) -> float | None:
    if 0 <= value <= 1:
        return round(value, 3)
    return None


def _stars(text: str) -> float | None:
    """Count ★/⭐ (and ½) in a run of star glyphs; empty stars only set the scale."""
    full = sum(text.count(c) for c in FULL_STARS)
    half = text.count(HALF)
    empty = sum(text.count(c) for c in EMPTY_STARS)
    if full + half == 0:
        return None
    scale = max(5, full + half + empty)
    return (full + 0.5 * half) / scale


def _fraction(match: re.Match) -> float | None:
    num = _number(match.group(1))
    den = _number(match.group(2))
    if num is None or not den or den not in (5, 10, 20, 100) or num > den:
        return None
    if re.search(r"half|½|\.5|media|demi|halb", match.group(0)[len(match.group(1)):].split("/")[0], re.I):
        num += 0.5
    return num / den


def parse_rating(text: str) -> Rating | None:
    """Parse a rating out of one short piece of text (a line, a title)."""
    stripped = text.strip()
    if not stripped:
        return None
    stars_match = None
    for match in _STAR_RUN.finditer(stripped):
        if any(c in match.group(0) for c in FULL_STARS + HALF):
            stars_match = match
            break
    fraction = _FRACTION.search(stripped)
    if stars_match:
        # "⭐️⭐️⭐️⭐️⭐️ (5/5)": the glyphs and the fraction together are the raw rating
        raw_end = stars_match.end()
        if fraction and fraction.start() - raw_end <= 3:
            raw_end = fraction.end() + (1 if stripped[fraction.end():fraction.end() + 1] == ")" else 0)
            value = _fraction(fraction)
        else:
            value = _stars(stars_match.group(0))
        if value is not None and _clamp(value) is not None:
            return Rating(stripped[stars_match.start():raw_end].strip(), _clamp(value))
    if fraction:
        value = _fraction(fraction)
        if value is not None:
            return Rating(fraction.group(0).strip(), _clamp(value))
        return None  # "6/5 stars" is not a rating, and not "5 stars" either
    n_stars = _N_STARS.search(stripped)
    if n_stars:
        value = _number(n_stars.group(1))
        if value is not None:
            if re.search(r"half|½|\.5|media|demi|halb", n_stars.group(0), re.I) and value == int(value):
                value += 0.5
            if value <= 5:
                return Rating(n_stars.group(0).strip(), _clamp(value / 5))
    return None


def find_rating(lines: list[str], title: str | None = None) -> Rating | None:
    """Find the rating of a review from its body lines (in order) and its title."""
    # 1. a labelled line: "Rating: ★★★★☆", "My rating: 4 out of 5"
    for line in lines:
        label = RATING_LABEL.match(line)
        if label and len(line) < 120:
            rating = parse_rating(line[label.end():]) or _bare_number(line[label.end():])
            if rating:
                return rating
    # 2. a short line made of star glyphs (with an optional fraction)
    for line in lines:
        if len(line) <= 40 and _STAR_RUN.fullmatch(re.sub(r"\(?\d+(?:[.,]\d)?\s*/\s*\d+\)?", "", line).strip() or "x"):
            rating = parse_rating(line)
            if rating:
                return rating
    # 2b. a line that is only a score: "8/10", "4.5 / 5 stars"
    for line in lines:
        if _LONE_SCORE.fullmatch(line.strip(" *_.")):
            rating = parse_rating(line)
            if rating:
                return rating
    # 3. the title, where a score is set apart: "Piranesi by Susanna Clarke (4/5)", "… ★★★★", "… – 4 stars"
    if title:
        set_apart = re.search(r"[\(\[][^)\]]*[\)\]]\s*$|[★⭐☆½].*$|\bstars?\b", title)
        rating = parse_rating(set_apart.group(0)) if set_apart else None
        if rating:
            return rating
    # 4. prose near the end: "I give it 4 out of 5 stars"
    for line in reversed(lines[-12:]):
        if len(line) < 300 and _PROSE_CUE.search(line):
            rating = parse_rating(line)
            if rating:
                return rating
    return None


def _bare_number(text: str) -> Rating | None:
    """"Rating: 4" on a labelled line is out of 5; "Rating: 8" out of 10."""
    match = re.match(rf"\s*{_NUM}{_HALF_WORD}\s*$", text, re.IGNORECASE)
    if not match:
        return None
    value = _number(match.group(1))
    if value is None:
        return None
    if re.search(r"half|½|\.5|media|demi|halb", match.group(0), re.I) and value == int(value):
        value += 0.5
    scale = 5 if value <= 5 else 10 if value <= 10 else None
    return Rating(match.group(0).strip(), _clamp(value / scale)) if scale else None
