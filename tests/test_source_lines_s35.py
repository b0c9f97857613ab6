"""Source lines after a review (bprelated35): a courtesy label over the publication's name (``courtesyline``), and
id/ms "this piece aired first on …" (``provenance.POST_FIRST``)."""

import pytest

from scraper.extract import extract_page

_PARAS = {
    "en": ["The novel follows a night-shift nurse in a coastal hospital over one long storm, and the patients who keep "
           "her awake with their stories of the town before the harbour closed.",
           "The writing is plain and warm, and the writer is very good at the rhythm of a ward at night: the buzzers, "
           "the kettle, the long corridor. I will be thinking about this book for a while."],
    "id": ["Novel ini bercerita tentang seorang perawat malam di rumah sakit kecil di pesisir, dan para pasien yang "
           "menemaninya dengan kisah-kisah tentang kota mereka sebelum pelabuhan ditutup.",
           "Bahasanya sederhana tetapi hangat, dan penulis sangat pandai menangkap irama bangsal di malam hari. Buku "
           "ini akan lama tinggal di kepala saya."],
}
_URL = "https://nightward.example.net/2026/12/review.html"


def _text(lang, line):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS[lang])
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Review</title></head><body><article class='post'>"
            f"<h1 class='entry-title'>Review</h1><div class='entry-content'>{ps}{line}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("lang, line, gone", [
    ("en", "<p><em>Courtesy: The Harbour Review, weekend books pages</em></p>", "Harbour Review"),
    ("en", "<p>بشکریہ: ہفت روزہ کتاب نامہ</p>", "کتاب نامہ"),
    ("id", "<p><em>Ulasan ini lebih dulu tayang di blog saya, catatanmalam.example.id.</em></p>", "lebih dulu"),
])
def test_source_lines_go(lang, line, gone):
    text = _text(lang, line)
    assert gone not in text and _PARAS[lang][-1][-12:] in text


@pytest.mark.parametrize("lang, line, kept", [
    ("en", "<p>Review copy courtesy of Harbour Press; my opinions are my own.</p>", "Review copy"),
    ("en", "<p>Courtesy: the nurse's word for the way the old doctor spoke to everyone, even the cat.</p>", "old doctor"),
    ("id", "<p>Cerita tentang badai itu lebih dulu tayang di radio kota, dan sang perawat mendengarnya.</p>",
     "radio kota"),
])
def test_review_lines_stay(lang, line, kept):
    assert kept in _text(lang, line)
