"""A score in points the reviewer gives in a sentence, in the scripts that count points with a unit written on to the
number: zh "我自己給八十五分" / "我给这本书打8.5分", ja "85点をつけます", ko "85점을 줍니다" (the verb of giving right before
the score, zh; right after it, ja, ko). The number may be written in CJK numerals with tens ("八十五", "九十", "一百").
The scale is not said: as a star widget's points are read (ratingglyphs), out of 5 up to 5, of 10 up to 10, of 100 above.
Read only by ratingprose (a first-person sentence near the review's end), behind a test for the unit's character.

And a bare mark out of ten after an indefinite article, as the Romance and Low Countries school marks are given (es "le
pongo un 8", fr "je lui mets un 7,5", it "gli do un 9", pt "dou-lhe um 8", nl "ik geef het een 8", en "I'd give it a 9"):
read only in a sentence with a first-person cue (ratingprose), the number ending its clause (no unit, no scale after it:
"un 8 de 10" and "un 5 estrellas" are other shapes'). Not de "eine 2" (a school mark where 1 is the best). Such a mark is
out of the school scale of the page's country where that is not ten (``school_scaled``: Chile's 1 to 7, "le pongo un 6,5").
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CJK = "零〇一二两兩三四五六七八九十百"
_NUM = rf"(?P<num>\d{{1,3}}(?:\.\d)?|[{_CJK}]{{1,4}})"
# (not 分钟 minutes, 分之 a fraction, 分析, 分享, 分手, 分开, 分别, 分类, 分数线; 点 of "点击", "点评" after ja's を is no unit)
_NOT_UNIT = r"(?!钟|鐘|之|析|享|手|开|開|别|別|类|類)"
_GIVEN = (
    # zh: I (then at most four characters: "自己", "会", "给这本书") give / hit, then the score: "我给它打8分", "我自己給八十五分"
    re.compile(rf"我[^，。！？；,;!?\d{_CJK}]{{0,6}}?(?:给|給|打)\s*(?:它|他|她|這本書?|这本书?|本書|本书)?\s*(?:打)?\s*{_NUM}\s*分{_NOT_UNIT}(?P<half>半)?(?P<e>)"),
    # ja: the points, then "give" ("85点をつけます", "八十点を付けたい"); ko: "85점을 줍니다", "8점 드립니다"
    re.compile(rf"(?<![\d.]){_NUM}\s*点(?P<e>)\s*を?\s*(?:つけ|付け|あげ)(?:ます|ました|たい|よう|る)(?P<half>)"),
    re.compile(rf"(?<![\d.]){_NUM}\s*점(?P<e>)\s*(?:을\s*)?(?:줍니다|드립니다|줄게요|드려요|줬어요|줬다|준다|주고\s*싶다|주겠다)(?P<half>)"),
)


_ARTICLE_MARK = re.compile(r"(?<![\w-])(?:a|an|un|una|une|um|uma|een)\s+(?P<num>\d{1,2}(?:[.,]5)?)(?![\d.,]?\d|\s*[/%])"
                           r"(?=\s*(?:[.!;,)…]|$|\s+(?:because|but|and|as|porque|pero|y|parce|car|mais|et|perché|ma|e|mas|omdat|maar)\b))",
                           re.IGNORECASE)


def article_mark(sentence: str) -> tuple[str, float, int, int] | None:
    """A bare mark out of ten after an indefinite article, ending its clause ("un 8", "een 7,5"): (raw, value, start, end)."""
    if not any(c.isdigit() for c in sentence):
        return None
    match = _ARTICLE_MARK.search(sentence)
    value = float(match.group("num").replace(",", ".")) if match else 0
    # (en "I'd give it a 4" may be of five, as its stars are: only a mark above five is surely of ten)
    if match and match.group(0)[:1] in "aA" and match.group(0)[1:2] in (" ", "n") and value <= 5:
        return None
    return (match.group(0), round(value / 10, 3), match.start(), match.end()) if 0 < value <= 10 else None


def cjk_number(text: str) -> float | None:
    """A number written in digits or CJK numerals up to a hundred ("八十五", "十五", "九十", "一百", "百"); None otherwise."""
    try:
        return float(text)
    except ValueError:
        pass
    if text in ("百", "一百"):
        return 100.0
    if "百" in text or text.count("十") > 1:
        return None
    if "十" not in text:
        return float(_DIGITS[text]) if len(text) == 1 and text in _DIGITS else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return None
    return float((_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0))


def given_points(sentence: str) -> tuple[str, float, int, int] | None:
    """The score in points the sentence gives (raw, value 0-1, start, end of the score), or None."""
    if "分" not in sentence and "点" not in sentence and "점" not in sentence:
        return None
    for pattern in _GIVEN:
        if (match := pattern.search(sentence)) and (num := cjk_number(match.group("num"))) is not None:
            num += 0.5 if match.group("half") else 0
            scale = 5 if num <= 5 else 10 if num <= 10 else 100
            if 0 < num <= scale:
                start, end = match.start("num"), match.end("e")
                return sentence[start:end], round(num / scale, 3), start, end
    return None


# The school scales other than ten, by country domain, that a bare mark after an article is given on: Chile 1 to 7,
# Paraguay 1 to 5, Uruguay 1 to 12 ("le pongo un 6,5" on a .cl page is 6.5 of 7); a mark above the scale is of ten still
_SCHOOL_SCALES = {"cl": 7, "py": 5, "uy": 12}


def school_scaled(rating, host: str | None):
    """The rating (rating.Rating), a bare mark after an article re-read on the school scale of the page's country (by
    the host's country domain) where that is not ten; any other rating as it is."""
    scale = _SCHOOL_SCALES.get((host or "").rsplit(".", 1)[-1]) if rating is not None else None
    mark = _ARTICLE_MARK.fullmatch(rating.raw.strip()) if scale else None
    if mark is None or not 1 <= (num := float(mark.group("num").replace(",", "."))) <= scale:
        return rating
    return type(rating)(rating.raw, round(num / scale, 3))


# A throw of a die, the Norwegian (and Danish) newspapers' score out of six, said in a sentence: "Jeg gir den terningkast
# fem", "Boka får terningkast 4 av meg", "en sterk femmer på terningen" (the number as a digit, a word of nb/nn/da/sv, or
# the noun of a throw); read only by ratingprose, as its other sentence scores are
_DIE_WORDS = {"en": 1, "ein": 1, "ei": 1, "én": 1, "ett": 1, "eitt": 1, "to": 2, "tvo": 2, "två": 2, "tre": 3, "fire": 4, "fyre": 4,
              "fyra": 4, "fem": 5, "seks": 6, "sex": 6, "ener": 1, "eiar": 1, "toer": 2, "toar": 2, "treer": 3, "trear": 3,
              "firer": 4, "firar": 4, "femmer": 5, "femmar": 5, "sekser": 6, "seksar": 6}
_DIE = re.compile(
    r"(?<!\w)terning(?:e)?kast(?:et)?\s+(?:på\s+)?(?P<num>[1-6]|en|ein|ei|én|ett|eitt|to|tvo|två|tre|fire|fyre|fyra|fem|seks|sex)"
    r"(?![\w/,.]\d|\s*(?:/|av|af|of|ud\s+af)\s*\d)(?!\w)|"
    r"(?<!\w)(?:en|ein|ei|et)\s+(?:[^\W\d_]+\s+)?(?P<noun>ener|eiar|toer|toar|treer|trear|firer|firar|femmer|femmar|sekser|seksar)"
    r"\s+på\s+terning(?:en|kastet)?(?!\w)", re.IGNORECASE)


def die_mark(sentence: str) -> tuple[str, float, int, int] | None:
    """The throw of a die the sentence gives (raw, value of six, start, end), or None."""
    if "terning" not in sentence.lower():
        return None
    match = _DIE.search(sentence)
    if match is None:
        return None
    token = (match.group("num") or match.group("noun")).lower()
    num = int(token) if token.isdigit() else _DIE_WORDS[token]
    return match.group(0), round(num / 6, 3), match.start(), match.end()
