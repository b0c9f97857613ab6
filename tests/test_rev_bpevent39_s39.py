"""gatherlead's misfires (rev-bpevent39): a review's plot line in the post's tail that opens on an article ("The
heist happens on Friday 13 March, 2–4am, …") is a sentence, not an appointment's name; a head before a colon that
is its date alone ("Am 3. Oktober: …", "November 9: …", a title) or a part of the book ("Part two opens on 3 March:
…") is no gathering's; the notices of test_gatherappoint_s39 and test_gatherhead_s39 still go."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A retired locksmith is hired by a museum to open a safe nobody has opened in a century, and the novel moves "
    "between his week in the basement vault and the year the safe was sealed, when a clerk hid something inside it.",
    "The two timelines are well matched, the locksmith's patience is lovely to watch, and the clerk's chapters carry "
    "a quiet dread, though the museum politics in the middle are dull and there are too many board meetings.",
    "A patient, clever book about keeping secrets, and I would read the locksmith's next job gladly.",
]
_URL = "https://keyhole.example.org/2026/12/the-vault/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Vault | Keyhole</title>{meta}</head>"
         "<body><header><a href='/'>Keyhole</a></header><article class='post'><h1 class='entry-title'>The "
         "Vault</h1><div class='entry-content'>")
_DATED = "<meta property='article:published_time' content='2026-12-03T09:00:00+00:00'>"


def _text(line, lang="en", meta="", pos=3):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    ps.insert(pos, line)
    return extract_page(_HEAD.format(lang=lang, meta=meta) + "".join(ps) + "</div></article></body></html>",
                        _URL).body_text


@pytest.mark.parametrize("line, kept, lang", [
    # a plot line with a range of hours, in the tail: a sentence opening on its article
    ("<p>The heist itself happens on Friday 13 March, 2–4am, while the night guards change shifts.</p>",
     "night guards", "en"),
    ("<p>Der Einbruch geschieht am Freitag, 13. März, 2–4 Uhr, während die Wachen wechseln.</p>",
     "Wachen wechseln", "de"),
    ("<p>Le cambriolage a lieu le vendredi 13 mars, 2–4 h, pendant la relève des gardes.</p>",
     "relève des gardes", "fr"),
    # a head before the colon that is its date alone
    ("<p>Am 3. Oktober: Die Mauer fällt, und der Schlosser steht mittendrin.</p>", "mittendrin", "de"),
    ("<p>El 23 de abril: la protagonista vende rosas en la Rambla y el cerrajero la encuentra.</p>",
     "cerrajero la", "es"),
    ("<p>November 9: Fallon and Ben meet on the same date each year, and the conceit mostly works.</p>",
     "conceit mostly", "en"),
    # a head naming a part of the book
    ("<p>Part two opens on 3 March: the clerk seals the safe and leaves the city for good.</p>",
     "leaves the city", "en"),
    ("<p>Chapter nine, 14 January: the locksmith pays for a festival ticket and follows the clerk's niece.</p>",
     "clerk's niece", "en"),
    ("<p>Im zweiten Kapitel, am 14. Januar: der Schlosser kauft eine Karte und folgt der Nichte.</p>",
     "folgt der Nichte", "de"),
])
@pytest.mark.parametrize("pos", [2, 3])
def test_review_lines_in_the_tail_stay(line, kept, lang, pos):
    assert kept in _text(line, lang=lang, pos=pos)
    assert kept in _text(line, lang=lang, meta=_DATED, pos=pos)


@pytest.mark.parametrize("line, gone, lang", [
    ("<p>The Harbour Authors' Fair at the ferry terminal café, Saturday 9 January, 2–4pm, with hot soup.</p>",
     "ferry terminal", "en"),
    ("<p>Quiz night at the museum hall on 21 January: safe-cracking novels and hot cider.</p>", "museum hall", "en"),
    ("<p>Leseabend im Museumscafé am 21. Januar: Krimis aus dem Tresorraum.</p>", "Museumscafé", "de"),
])
def test_notices_in_the_tail_still_go(line, gone, lang):
    text = _text(line, lang=lang)
    assert gone not in text and "next job gladly" in text


def test_a_dated_head_of_a_weekday_and_its_date_alone_stays():
    kept = _text("<p>Am Samstag, 3. Oktober: Die Mauer fällt, und der Schlosser steht mittendrin.</p>", lang="de")
    assert "mittendrin" in kept


@pytest.mark.parametrize("line, kept, lang", [
    # set apart, the book's own coming out in the weeks after the post's date: the review's record, not a notice
    ("<p><em>Out in paperback from Faber on 14 January.</em></p>", "paperback", "en"),
    ("<p><em>The Vault is published by Faber on 14 January.</em></p>", "published by", "en"),
    ("<p><em>Der Tresor erscheint am 14. Januar bei Hanser.</em></p>", "Hanser", "de"),
    ("<p><em>Le Coffre paraît le 14 janvier chez Gallimard.</em></p>", "Gallimard", "fr"),
    ("<p><em>La bóveda se publica el 14 de enero en Anagrama.</em></p>", "Anagrama", "es"),
    ("<p><em>Translated by Ana Ruiz; on sale 14 January.</em></p>", "Ana Ruiz", "en"),
])
def test_a_coming_publication_set_apart_stays(line, kept, lang):
    assert kept in _text(line, lang=lang, meta=_DATED, pos=1)
    assert kept in _text(line, lang=lang, meta=_DATED)
