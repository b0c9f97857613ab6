"""A capitalised run of the opening lines that the URL spells is read as a title candidate (``bookclues.slugged_runs``);
one right after the page language's own word for "by" (Tagalog "ni", Indonesian and Malay "karya", "oleh",
``bookownby``) is the person credited, the author, never the title.

Near misses: the same run with no "by" word before it stays a title; in English, whose "by" is everyday and not in
``bookownby``, the rule does not apply. Every text here is invented for these tests (invented books and people).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookclues import slugged_runs


def _runs(lines, url, lang):
    return slugged_runs(lines, url, Context("\n".join(lines), language=lang))


def test_tagalog_ni_before_the_run():
    lines = ["Muli kong binasa ang nobela ni Lorna Dizon, ang “Ulan sa Maynila”, pagkalipas ng sampung taon."]
    assert _runs(lines, "https://b.example.ph/libro/balikan-lorna-dizon-nobela/", "tl") == []


def test_indonesian_and_malay_karya_oleh_before_the_run():
    lines = ["Saya membaca novel terbaru karya Rina Wulandari, “Hujan di Pelabuhan”, dalam dua malam."]
    assert _runs(lines, "https://b.example.id/ulasan-novel-rina-wulandari-terbaru", "id") == []
    ms = ["Buku yang ditulis oleh Aminah Harun ini mengisahkan sebuah kampung nelayan."]
    assert _runs(ms, "https://b.example.my/ulasan-buku-aminah-harun-kampung", "ms") == []


def test_near_misses_stay_titles():
    lines = ["Gintong Ulan ang unang nobela ni Lorna Dizon na binasa ko ngayong taon."]
    assert _runs(lines, "https://b.example.ph/libro/gintong-ulan-lorna-dizon/", "tl") == ["Gintong Ulan"]
    en = ["The Salt Ledger kept me up two nights running.", "It is a slow book and a good one."]
    assert _runs(en, "https://b.example/the-salt-ledger-review", "en") == ["The Salt Ledger"]
