"""A content warning whose label closes on a Latin full stop in a script whose sentences end otherwise (Armenian "։",
the Indic danda "।", Ethiopic "።"): there the stop stands for the script's colon (hy "․", typed on a Latin keyboard
layout) and the note after it is the warning (notes.CW_LABEL). Pages of our own invention in Hindi, Bengali, Amharic
and Armenian; near misses: an English or a Russian "Warning." (a stop ends a sentence there), and
the word for a warning inside a review's prose."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

PROSE = {
    "hi": "यह उपन्यास एक छोटे कस्बे की कहानी है जहाँ हर कोई एक दूसरे को जानता है।",
    "bn": "উপন্যাসটি একটি ছোট শহরের গল্প যেখানে সবাই সবাইকে চেনে।",
    "am": "መጽሐፉ ሁሉም ሰው የሚተዋወቅበት ስለ አንድ ትንሽ ከተማ ይተርካል።",
    "hy": "Վեպը մի փոքր քաղաքի մասին է, որտեղ բոլորը միմյանց ճանաչում են։",
    "ru": "Роман о маленьком городе, где все знают друг друга и никто об этом не говорит вслух.",
    "en": "The novel is about a small town where everyone knows everyone else and nobody says so.",
}
WARNED = {
    "hi": "चेतावनी. इस समीक्षा में घरेलू हिंसा और आत्महत्या का ज़िक्र है।",
    "bn": "সতর্কতা. এই আলোচনায় পারিবারিক সহিংসতা ও আত্মহত্যার উল্লেখ আছে।",
    "am": "ማስጠንቀቂያ. ይህ ግምገማ ስለ ጦርነት እና ራስን ማጥፋት ይጠቅሳል።",
    "hy": "Զգուշացում. գիրքը պատմում է ընտանեկան բռնության և մահվան մասին։",
}


def _warning(lang: str, first: str, prose: str | None = None) -> str | None:
    body = "".join(f"<p>{p}</p>" for p in [first] + [prose or PROSE[lang]] * 8)
    page = (f'<html lang="{lang}"><head><title>Post</title></head><body><main><article class="post"><h1>Post</h1>'
            f'<div class="entry-content">{body}</div></article></main></body></html>')
    return extract_page(page, f"https://blog.example.org/2026/12/{lang}-post/").content_warnings


@pytest.mark.parametrize("lang", ["hi", "bn", "am", "hy"])
def test_a_label_closed_by_a_latin_stop_warns(lang):
    assert _warning(lang, WARNED[lang])


@pytest.mark.parametrize("lang, first", [
    ("en", "Warning. This review mentions domestic violence and suicide."),  # a Latin stop ends a sentence
    ("ru", "Предупреждение. Эта рецензия упоминает домашнее насилие и самоубийство."),  # a Cyrillic stop ends one too
    ("hy", "Վեպը զգուշացում է մեզ բոլորիս։ Այն պատմում է մի ընտանիքի մասին։"),  # the word inside the prose
])
def test_near_misses_warn_of_nothing(lang, first):
    assert _warning(lang, first) is None
