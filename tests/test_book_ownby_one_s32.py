"""A news headline "Resensi Buku T Karya A, <tagline>" (id/ms "karya": a by-word that credits only a work), A one
name: the title and the one-name author, not the whole headline with the site's name after "<headline> - Site" as its
author (bookownbyone). Near misses: a one word after "Karya" the text never names as a writer, a language whose "by" is
an everyday preposition, and a headline with no by-word."""

from __future__ import annotations

from scraper.extract import extract_page

_ID = [
    "Penerbit kecil di Medan mencetak ulang novel ini bulan lalu, dan saya membacanya dalam satu malam yang panjang.",
    "Kisahnya tentang Laras, guru muda yang dipindah ke pulau terpencil dan harus belajar mendengar cerita nelayan.",
    "Rusdi menulis dengan kalimat pendek yang tenang, seperti ombak yang datang tanpa tergesa-gesa.",
    "Bagian tengahnya agak lambat, tetapi akhir ceritanya membuat saya terdiam cukup lama.",
    "Nilai: 4/5",
]


def _book(headline: str, paragraphs: list[str], lang: str = "id", site: str = "Kabar Pagi"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - {site}</title></head><body>'
            f'<header><a href="/">Kabar Pagi</a></header><article class="post"><h1 class="entry-title">{headline}</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://kabarpagi.example.id/hiburan/read/88123/resensi")
    return record.book_title, record.book_author


def test_headline_title_karya_one_name_and_tagline():
    assert _book("Resensi Buku Ombak di Pulau Sunyi Karya Rusdi, Kisah Guru yang Belajar Mendengar", _ID) == (
        "Ombak di Pulau Sunyi", "Rusdi")


def test_tagline_after_a_colon_and_lower_case_by_word():
    assert _book("Ombak di Pulau Sunyi karya Rusdi: Kisah Guru yang Belajar Mendengar", _ID) == (
        "Ombak di Pulau Sunyi", "Rusdi")


def test_one_word_the_text_never_names_as_a_writer_is_no_author():
    # "Karya Warga" (the residents' work): the text never names the word, so no one-name author is read off it
    paragraphs = [p.replace("Rusdi menulis", "Penulisnya menulis") for p in _ID]
    _title, author = _book("Pameran Lukisan Karya Warga, Ramai Dikunjungi Pelajar", paragraphs)
    assert author != "Warga"


def test_a_language_whose_by_is_an_everyday_preposition_is_not_read_so():
    # Spanish "de" before one name and a remark after a comma: not this rule's (the name may be a place)
    paragraphs = ["La novela transcurre en Lima durante un verano largo y caluroso.",
                  "Lima aparece en cada página, con sus calles, su niebla y sus mercados.",
                  "El final es abrupto, pero la voz de la narradora queda mucho tiempo.",
                  "Puntuación: 4/5"]
    _title, author = _book("Reseña: Noches de Lima, una ciudad que no duerme", paragraphs, lang="es")
    assert author != "Lima"


def test_headline_without_a_by_word_keeps_its_reading():
    _title, author = _book("Resensi Buku Ombak di Pulau Sunyi, Kisah Guru yang Belajar Mendengar", _ID)
    assert author != "Rusdi"
