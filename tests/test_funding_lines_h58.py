"""Helper body58a of the holdout58 round, in our own words and markup: three funding asks set into a review.

- a closing plea that names the site and asks for a share of the reader's income tax (taxshare: sk "2 % z dane",
  hu "adója 1%-a", pl "1,5% podatku"), the last line of the post, not set apart: pleas.closing_plea;
- a paywall's note thanking the reader for supporting the site's journalism, a box of its own in the post
  (fundbox.THANKED: sv, fi, en);
- a bid to subscribe whose reason is reading without limits, in a box of its own (memberask.PERIODICAL: mt, ca, ga).

Near misses: a review's own line about a character's taxes, a plea naming the site with no tax share and not set apart,
thanks to a person in a box, the thanks or the subscription bid in a plain paragraph of the review, a rating in percent.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.taxshare import tax_share

_REVIEW = [
    "The novel follows a ferryman's widow who takes over the crossing on a wide brown river, and each chapter is one "
    "trip across it with a passenger whose story she half hears over the noise of the engine and the water.",
    "What stays with me is how little the book explains: the river does the work, and the one storm near the end "
    "lands hard because two hundred pages have taught us the weight of every ordinary crossing made before it.",
    "Some of the passengers blur together in the middle chapters, and the last pages hurry a little, but I closed it "
    "with the sense of having travelled somewhere real and slow and worth the fare.",
    "I would give it to anyone who likes quiet novels about work and weather, and I mean to find her earlier stories.",
]


def _body(inserted: str, at: int = 4, lang: str = "en") -> str:
    paragraphs = [f"<p>{p}</p>" for p in _REVIEW]
    paragraphs.insert(at, inserted)
    html = (f"<html lang='{lang}'><head><title>The ferry at dusk - Ana Vero | River Pages</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/reviews'>Reviews</a></nav><main><article class='story'>"
            f"<h1>The ferry at dusk - Ana Vero</h1><div class='story-text'>{''.join(paragraphs)}</div></article></main>"
            f"<footer>River Pages</footer></body></html>")
    return extract_page(html, "https://riverpages.example/reviews/ferry-at-dusk").body_text


def test_tax_share_shapes():
    assert tax_share("Venujte nášmu klubu 2 % z dane.")
    assert tax_share("Ajánlja fel adója 1%-át az egyesületnek!")
    assert tax_share("Przekaż 1,5% podatku na nasz portal.")
    assert tax_share("Skirkite mums GPM 1,2 % paramą.")
    assert tax_share("Firma per il 5x1000 alla nostra rivista.")
    assert not tax_share("Hodnotenie: 85 %")
    assert not tax_share("Za dva roky dane stúpli o 3 %.")
    assert not tax_share("The heroine pays a tax on every crossing.")


def test_tax_share_plea_closing_the_post():
    for line, lang in (("Podporte náš blog 2 % z dane, formulár je v menu.", "sk"),
                       ("Wesprzyj nasz portal, przekazując 1,5% podatku – dziękujemy!", "pl"),
                       ("Támogassa magazinunkat adója 1%-ával, köszönjük!", "hu")):
        body = _body(f"<p>{line}</p>", lang=lang)
        assert line[:12] not in body, lang
        assert "quiet novels about work" in body


def test_tax_lines_that_stay():
    # a review's own line about a character's taxes; a plea naming the site without a share, in the text's paragraphs
    for line in ("Hrdinka nakoniec daruje 2 % z dane útulku a celá dedina sa jej smeje.",
                 "Podporte náš blog, ak sa vám páčil."):
        assert line[:12] in _body(f"<p>{line}</p>", lang="sk"), line


def test_thanks_for_supporting_box():
    for line, lang in (("Tack för att du stöder fri journalistik – tipsa gärna en bekant om oss.", "sv"),
                       ("Kiitos, että tuet riippumatonta journalismia.", "fi"),
                       ("Thank you for supporting local journalism – tell a friend about the paper.", "en")):
        body = _body(f"<div class='note-box'><p>{line}</p></div>", at=3, lang=lang)
        assert line[:12] not in body, lang
        assert "quiet novels about work" in body


def test_thanks_that_stay():
    # thanks to a person in a box; the thanks as a plain paragraph of the review
    assert "Tack för att du stöder henne" in _body("<div class='note-box'><p>Tack för att du stöder henne, säger "
                                                    "färjkarlen till sin bror.</p></div>", at=3, lang="sv")
    line = "Thank you for supporting her, the ferryman says to his brother, and the river swallows the rest."
    assert line[:20] in _body(f"<p>{line}</p>", at=2)


def test_unlimited_reading_subscription_box():
    for line, lang in (("Abbona fil-verżjoni online tal-ġurnal u aqra mingħajr limitu.", "mt"),
                       ("Subscriu-te al diari digital i llegeix sense límits.", "ca")):
        body = _body(f"<div class='rec-box'><p>{line}</p></div>", at=2, lang=lang)
        assert line[:12] not in body, lang
        assert "quiet novels about work" in body


def test_unlimited_reading_that_stays():
    # a character's wish in the review's own paragraph; a box that bids nothing
    line = "Il-mara tixtieq taqra mingħajr limitu, imma x-xmara ma tħallihiex."
    assert line[:12] in _body(f"<p>{line}</p>", at=2, lang="mt")
    box = "La protagonista llegeix sense límits tota la nit."
    assert box[:12] in _body(f"<div class='rec-box'><p>{box}</p></div>", at=2, lang="ca")
