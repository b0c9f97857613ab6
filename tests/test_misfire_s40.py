"""Known misfires found by the s39 code reviews (misfire40): a free-copy disclosure read from someone else's quoted
or reported words (``reportedspeech.retold``). Each with the near misses that must still fire."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "This novel is the quietest thing I have read all year, and I mean that as praise: the author never raises her "
    "voice, and the book is better for it.",
    "A ferry captain loses her licence after a storm and spends a winter mending nets in a village that blames her "
    "for the drowned boat, until a letter from the harbour board arrives.",
    "The middle chapters move slowly, all weather and net knots, but the slowness earns the ending, when the village "
    "finally has to choose whom to believe.",
    "I closed it with wet eyes and a strong wish to stand on a pier somewhere cold. The prose is plain, the "
    "characters are stubborn, and I would recommend the novel to anyone who likes their grief told sideways.",
]
_URL = "https://netloft.example.org/2026/11/the-salt-road/"


def _page(h1="The Salt Road by Mara Ellison", before="", after="", lang="en"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1} | Netloft</title></head><body><header>"
            f"<a href='/'>Netloft</a></header><article class='post'><h1 class='entry-title'>{h1}</h1>"
            f"<div class='entry-content'>{before}{ps}{after}</div></article></body></html>")
    return extract_page(html, _URL)


# --- item 5: a disclosure is the writer's own statement, not a character's quoted or reported one

@pytest.mark.parametrize("before", [
    # a character's words in quotation marks, a verb of saying after them
    "<p>“I got this copy free from the publisher,” the harbour master says when Ines asks about the logbook, and "
    "nobody in the village believes him.</p>",
    # reported: a third person's verb of saying, the copy his
    "<p>The harbour master says he received this copy free from the publisher, and nobody believes him.</p>",
    # German, quoted, the speech verb after
    "<p>„Ich habe dieses Exemplar kostenlos vom Verlag bekommen“, sagt der Hafenmeister, und keiner glaubt ihm.</p>",
])
def test_a_quoted_or_reported_copy_is_no_disclosure(before):
    assert _page(before=before).disclosure is None


@pytest.mark.parametrize("after, lang", [
    ("<p>I got this copy free from the publisher in exchange for an honest review.</p>", "en"),
    # the writer's own note, a quoted phrase inside it
    ("<p>I received an “advance reader copy” from the publisher in exchange for an honest review.</p>", "en"),
    # the writer's own note, someone's words reported after it
    ("<p>The publisher sent me a review copy after she said I would like it, so thank you.</p>", "en"),
    ("<p>Ich habe dieses Exemplar kostenlos vom Verlag bekommen, vielen Dank dafür.</p>", "de"),
])
def test_the_writers_own_disclosure_stays(after, lang):
    assert _page(after=after, lang=lang).disclosure

