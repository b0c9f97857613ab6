"""The paywall's meter set into an article: the count of free articles the reader has read or has left.

Metered papers let a reader open a few articles a month before the paywall closes, and print the meter into each one,
between two paragraphs or after the last: "You have read 2 of 5 free articles this month. Subscribe for unlimited
access", "Il vous reste 3 articles gratuits", "Sie haben 4 von 5 kostenlosen Artikeln gelesen", "本月还可免费阅读3篇".
``sitenotices.access_line`` reads the paywall's line about a subscriber's access at the text's edge; the meter stands
anywhere, so its shape decides, whatever the language:

- a count in figures right before the word for articles (an adjective or "of 5" between: "2 articles gratuits", "2 of
  5 free articles", "4 von 5 kostenlosen Artikeln"), or in the CJK scripts the free word and a count of pieces;
- and the meter's own word: free, left or remaining, or this month (``_METER_WORD``, per language);
- a short line (30 words; 90 letters unspaced) standing alone (no heading, list, quotation or table), no score, no
  note the review carries, set apart from the review: in a box of its own, or typeset as an aside (``promo``).

The meter run out prints no count: "free articles" side by side and a word of none left or of this month
(``_run_out``), in 15 words at most, set apart the same way.

A review's sentence that counts articles ("three articles about the trial in one month") names nothing free or left
and stands in the review's paragraphs, not in a box of its own.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of, NOT_LINES as _NOT_LINES
from .rating import has_score
from .words import count_words

RULE = "paywall meter"
# a count in figures, up to three words ("of 5", "free", "von 5 kostenlosen") and the word for articles (en fr es pt it
# de nl sv/da/nb fi et pl cs/sk hr/sr/sl/bs hu ro tr el ru/uk/bg lt lv id/ms vi)
_COUNT = re.compile(
    r"(?<![\d.,])\d{1,3}\s+(?:[^\W\d_]+\s+|\d{1,3}\s+){0,3}?(?:articles?|artículos?|artigos?|articol[io]|articole|artikel\w*|artiklar|artikler|"
    r"artikkeli\w*|artiklit?|artykuł\w*|článk\w*|člank\w*|članak|cikk\w*|makale\w*|haber\w*|άρθρ\w*|стат(?:ей|ьи|ья|ті|тей)|"
    r"статии|материал\w*|straipsn\w*|rakst\w*|bài(?:\s+viết|\s+báo)?|berita)(?!\w)", re.I)
_CJK_COUNT = re.compile(r"(?:免费|免費|無料|무료)[^。！？]{0,12}\d{1,3}\s*(?:篇|本|件|개|건)|\d{1,3}\s*(?:篇|本|件)(?:免费|免費|無料)|"
                        r"(?:免费|免費|無料|무료)\s*(?:文章|記事|기사)[^。！？]{0,8}\d{1,3}")
# the meter's own word: free, left / remaining, this month (same languages)
_METER_WORD = re.compile(
    r"(?<!\w)(?:free|remaining|left|this\s+month|gratuit\w*|gratis|gratuito|gratuitos|grátis|gratuiti|kostenlos\w*|"
    r"gratis\w*|il\s+vous\s+reste|restant\w*|ce\s+mois|te\s+quedan?|restante\w*|este\s+mes|este\s+mês|ti\s+rest\w+|"
    r"questo\s+mese|noch|diesen\s+monat|in\s+diesem\s+monat|verbleibend\w*|deze\s+maand|nog|kvar|tilbage|igjen|"
    r"denne\s+måned\w*|denna\s+månad|ilmai\w*|jäljellä|tässä\s+kuussa|tasuta|veel|bezpłatn\w*|darmow\w*|pozosta\w*|"
    r"w\s+tym\s+miesiącu|zdarma|bezplatn\w*|zbýv\w*|zostáva\w*|besplatn\w*|brezplačn\w*|preostal\w*|ingyenes\w*|"
    r"még|hátra|gratuit[ăe]?|rămas\w*|luna\s+aceasta|ücretsiz|kalan|bu\s+ay|δωρεάν|απομέν\w*|бесплатн\w*|"
    r"безкоштовн\w*|безплатн\w*|осталось|остал\w*|залишил\w*|в\s+этом\s+месяце|цього\s+місяця|nemokam\w*|bezmaksas|"
    r"percuma|tersisa|bulan\s+ini|miễn\s+phí|còn\s+lại|tháng\s+này)(?!\w)", re.I)
# the meter run out, no count left to print: the word for articles and the free word side by side, and the word of
# none left or of the month ("You're out of free articles this month", "Te has quedado sin artículos gratuitos",
# "T'has quedat sense articles gratuïts aquest mes?", "Vous n'avez plus d'articles gratuits", "Keine kostenlosen Artikel
# mehr", "Hai esaurito gli articoli gratuiti", "Nie masz już darmowych artykułów"); a review's "the magazine's free
# articles" names neither
_ARTICLES = (r"(?:articles?|artículos?|artigos?|articol[io]|articole|artikel\w*|artiklar|artikler|artikkeli\w*|artiklit?|"
             r"artykuł\w*|článk\w*|člank\w*|članak|cikk\w*|makale\w*|άρθρ\w*|стат(?:ей|ьи|ья|ті|тей)|статии|straipsn\w*|"
             r"rakst\w*|bài(?:\s+viết|\s+báo)?|berita)")
_FREE = (r"(?:free|gratuït\w*|gratuit\w*|gratis\w*|gratuito\w*|gratuita\w*|grátis|kostenlos\w*|ilmai\w*|tasuta|"
         r"bezpłatn\w*|darmow\w*|zdarma|bezplatn\w*|besplatn\w*|brezplačn\w*|ingyenes\w*|ücretsiz|δωρεάν|бесплатн\w*|"
         r"безкоштовн\w*|безплатн\w*|nemokam\w*|bezmaksas|percuma|miễn\s+phí)")
_FREE_ARTICLES = re.compile(rf"(?<!\w)(?:{_ARTICLES}\s+{_FREE}|{_FREE}\s+{_ARTICLES})(?!\w)", re.I)
# (the word of none left right before the pair or right after it, a word between at most: "sin artículos gratuitos",
# "plus d'articles gratuits", "esaurito gli articoli gratuiti", "ücretsiz makale hakkınız kalmadı"; "Sin duda, el libro
# reúne artículos gratuitos …" has it far away)
_NONE = (r"(?:out\s+of|run\s+out|no\s+more|no|sense|sin|sem|senza|plus\s+d['’]|plus\s+aucun|keine|geen|inga|ingen|"
         r"już|žádné|žiadne|nincs|nu\s+mai|esaurit\w*|exhaur\w*|agot\w*|esgot\w*|kalmadı|bitti|не\s+осталось|"
         r"закончил\w*|больше\s+нет|hết|habis)")
_NONE_BEFORE = re.compile(rf"(?<!\w){_NONE}(?:\s+\w+)?\s*$", re.I)
_NONE_AFTER = re.compile(rf"^\s*(?:\w+\s+)?{_NONE}(?!\w)", re.I)
_MONTH = re.compile(r"(?<!\w)(?:this\s+month|aquest\s+mes|este\s+mes|este\s+mês|ce\s+mois|diesen\s+monat|questo\s+mese|"
                    r"deze\s+maand|denna\s+månad|denne\s+måned|w\s+tym\s+miesiącu|tento\s+měsíc|bu\s+ay|в\s+этом\s+месяце|"
                    r"цього\s+місяця|tháng\s+này|bulan\s+ini)(?!\w)", re.I)


def _run_out(text: str) -> bool:
    """The meter run out (``_FREE_ARTICLES`` and a word of none left beside it or of this month)."""
    match = _FREE_ARTICLES.search(text)
    if not match:
        return False
    return bool(_MONTH.search(text) or _NONE_BEFORE.search(text[max(0, match.start() - 40):match.start()])
                or _NONE_AFTER.match(text[match.end():match.end() + 40]))


_DIGIT = re.compile(r"\d")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def meter_line(text: str) -> bool:
    """The text is the paywall's meter (module docstring): a count of articles and the meter's word, short, no score."""
    if not text or len(text) > 400:
        return False
    if not _DIGIT.search(text):  # (the cheap tests first: a meter is short, counts in figures, or says none is left)
        return count_words(text) <= 15 and _run_out(text) and not has_score(text)
    if count_words(text) > 30 or _UNSPACED.search(text) and len(text.strip()) > 90:
        return False
    if not (_CJK_COUNT.search(text) or _COUNT.search(text) and _METER_WORD.search(text)) or has_score(text):
        return False
    from .housekeeping import a_note  # (late: housekeeping reads the cleaning's modules)
    return not a_note(text)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the paywall's meter among the body's blocks left, set apart from the review (``drop``, ``boxes``: the
    cleaning's)."""
    from .promo import own_wrapper, promo_box, set_apart  # (late: promo reads the cleaning's modules)
    for i, block in enumerate(items):
        if i in drop or block.tag in _NOT_LINES or not meter_line(text_of(block)):
            continue
        if set_apart(block, body) or own_wrapper(block, body):
            drop[i], boxes[i] = RULE, promo_box(block, body)
