"""A shop's or a catalogue's aggregate rating line left in a review's body: the average of its readers' ratings and
how many there are ("★★★★☆ 4.1 (187 reviews)", "Średnia ocen: 4,71 / 6 (1832 ocen)", "4,8 96 оценок", "9.6 (1,208개의
리뷰)"). It is the page's, never the reviewer's: a reviewer rates once and does not count ratings. The shape: a short
line (twelve words at most, no sentence) holding an average (a number with decimals, or a run of stars) and a count
directly followed by the word for ratings, reviews, votes or opinions, in many languages. A review's sentence that
cites a count ("Goodreads readers gave it 4.1 from 36,000 ratings, which puzzles me.") is longer or ends as a sentence.
"""

from __future__ import annotations

import re

from .words import count_words

# the average: a number with decimals ("4.1", "4,71") or a run of star glyphs
_AVERAGE = re.compile(r"(?<![\d.,])\d{1,2}[.,]\d{1,2}(?![\d.,]*\d{3})|[★☆]{3,}")
# a count and, after a space, the word for ratings, reviews, votes, opinions ("$29Rating:" is a price and a label run
# together); in CJK the counter and the word, with or without a space
_COUNT = re.compile(
    r"(?<![\d.,])\d[\d.,\u00a0 ]*(?:\s(?i:ratings?|reviews?|votes?|opinions|recensioni|valutazioni|voti|ocen|opinii|opinie|"
    r"recenzj\w*|Bewertungen|Rezensionen|Stimmen|avis|notes|évaluations|reseñas|valoraciones|opiniones|votos|avaliações|"
    r"resenhas|beoordelingen|recensies|stemmen|omdömen|betyg|anmeldelser|vurderinger|arvostelu\w*|arvio\w*|hodnocení|"
    r"recenzí|értékelés\w*|отзыв\w*|оцен\w*|відгук\w*|оцін\w*|değerlendirme|yorum|ulasan|penilaian|rating|review-uri|"
    r"recenzii|evaluări)(?!\w)|\s?(?:件のレビュー|件の評価|件|条评论|条评价|條評論|人评价|人評價|人评分|개의\s?리뷰|개\s?리뷰|명\s?평가|개\s?평가))")


def aggregate_line(text: str) -> bool:
    """A short line holding an average and a count of ratings or reviews (module docstring)."""
    text = text.strip()
    if not text or count_words(text) > 12 or re.search(r"[.!?。！？]\s*$", text) and count_words(text) > 6:
        return False
    average = _AVERAGE.search(text)
    if average is None:
        return False
    rest = text[:average.start()] + " " + text[average.end():]
    return bool(_COUNT.search(rest))


_INLINE = ("span", "a", "strong", "b", "em", "i", "small")


def aggregate_row(block) -> object | None:
    """The element of the aggregate rating line: the block, or, for a part of a row of inline elements (the stars, the
    average and the count each in a span of their own), the row's box."""
    from .nodes import text_of  # (the cleaning's reader of a block's text)
    row = block.getparent() if block.tag in _INLINE and block.getparent() is not None else block
    return row if aggregate_line(text_of(row)) else None


def mark(items: list, drop: dict, boxes: dict) -> None:
    """Mark the aggregate rating lines among a post body's blocks left by the other rules (a catalogue's header rows
    are cataloguehead's, read first)."""
    for i, block in enumerate(items):
        if i not in drop and (row := aggregate_row(block)) is not None:
            drop[i], boxes[i] = "aggregate rating", row
