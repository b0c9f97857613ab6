"""Helper asks72b of the holdout72 round: a content warning and a free-copy disclosure the notes missed.

- notewords: a note set apart on top whose verb is "schildert" / "skildrar" (depicts) and whose hard thing is a killing
  in the mass ("Massenmord", "Völkermord", "folkmord", "massamoord", genocide, the Shoah) is a content warning.
- notegift._FOR_REVIEW: the copy given by the house "for this review" in Tagalog, Swahili and English, at the
  review's edge, is a disclosure.

Near misses: a note on top that says the book depicts a school year (nothing hard), a closing line that names the
publisher and a class the writer read the book for (no giving for review).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_PARAS = ("<p>{0} I read it in two evenings and I have not stopped thinking about it. The brothers feel real, their "
          "silences more than their words, and the harbour is drawn with a patience I loved.</p>"
          "<p>What did not work for me was the middle, where the neighbours take over and the pace sags badly; I "
          "found myself skimming those chapters, which I almost never do with a book I am enjoying this much.</p>"
          "<p>Still, the ending is brave and unsentimental, and the prose is the best I have read this year. I would "
          "recommend it to anyone who liked quiet family novels, and I will read whatever she writes next.</p>")


def _record(top: str = "", tail: str = "", lang: str = "en"):
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>The Salt Harbour by Ann Reed'
            f'</title></head><body><article><h1>The Salt Harbour by Ann Reed</h1><div class="post-body">{top}'
            f'{_PARAS.format("The Salt Harbour is the second novel by Ann Reed.")}{tail}</div></article></body></html>')
    return extract_page(html, "https://blog.example.org/2026/12/salt-harbour/")


@pytest.mark.parametrize("note, lang", [
    ("Hinweis: Der Roman schildert den Völkermord an den Armeniern.", "de"),
    ("Obs: Boken skildrar folkmordet i Rwanda.", "sv"),
    ("Hinweis: Das Buch schildert Massenmorde im Krieg.", "de"),
    ("Let op: het boek beschrijft een massamoord.", "nl"),
])
def test_note_on_a_mass_killing_is_a_warning(note: str, lang: str) -> None:
    assert _record(top=f"<p><em>{note}</em></p>", lang=lang).content_warnings


def test_note_on_a_school_year_is_no_warning() -> None:
    note = "<p><em>Hinweis: Der Roman schildert ein Schuljahr in Kiel.</em></p>"
    assert not _record(top=note, lang="de").content_warnings


@pytest.mark.parametrize("note, lang", [
    ("Ang kopyang binasa ay bigay ng tagapaglathala para sa rebyung ito.", "tl"),
    ("Nakala hii tulitumiwa na mchapishaji kwa ajili ya uhakiki.", "sw"),
])
def test_copy_given_for_this_review_is_a_disclosure(note: str, lang: str) -> None:
    assert _record(tail=f"<p><em>{note}</em></p>", lang=lang).disclosure


def test_publisher_and_a_class_is_no_disclosure() -> None:
    note = "Nabasa ko ang nobela noong 2019 para sa aking klase; inilathala ito ng palimbagan ng unibersidad."
    assert not _record(tail=f"<p>{note}</p>", lang="tl").disclosure
