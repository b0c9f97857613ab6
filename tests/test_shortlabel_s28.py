"""A headline's label that calls the review short (round s28), in our own words and markup.

reviewlabel.SHORT_LABEL, one of book._REVIEW_WORD's labels: "short", "brief", "quick" after the review noun where a
language puts its adjective after the noun (ms "Ulasan ringkas:", id "Resensi singkat:", es "Reseña breve:", pt
"Resenha curta:", fr "Critique courte :", it "Recensione breve:", ro "Recenzie scurtă:") or before it (nl "Korte
recensie:", pl "Krótka recenzja:", sv "Kort recension:", de "Kurzrezension:"), as English "Short review:" is. The
label is taken off the book's title, and a short unrated post under it is a capsule review
(reviewlength.labelled_review).

Near misses: "breve", "kort", "courte", "ringkas" in a headline without a review noun are no label ("Breve historia del
invierno", "Kort nieuws: …", "Ringkas: jadual …" are left whole).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

TEXTS = {
    "ms": ["Novel Aminah Rahman ini mengikuti seorang nelayan tua yang kehilangan perahunya dalam ribut dan "
           "terpaksa bekerja di darat buat kali pertama.",
           "Bahasanya tenang dan padat. Saya tidak selalu setuju dengan pilihan wataknya, tetapi kisahnya kekal "
           "lama dalam ingatan.",
           "Bab-bab di pasar ikan paling hidup, penuh bunyi dan bau, manakala bab akhir terasa sedikit tergesa-gesa "
           "dan kurang meyakinkan. Namun begitu, ia tetap sebuah novel yang wajar dibaca perlahan-lahan."],
    "es": ["La novela de Aminah Rahman sigue a un pescador viejo que pierde su barca en una tormenta y debe "
           "trabajar en tierra por primera vez.",
           "La prosa es tranquila y densa. No siempre estuve de acuerdo con el personaje, pero la historia se queda "
           "mucho tiempo en la memoria.",
           "Los capítulos del mercado de pescado son los más vivos, llenos de ruido y de olores, aunque el final se "
           "siente algo apresurado."],
    "nl": ["De roman van Aminah Rahman volgt een oude visser die zijn boot verliest in een storm en voor het eerst "
           "aan land moet werken.",
           "Het proza is rustig en dicht. Ik was het niet altijd eens met de hoofdpersoon, maar het verhaal blijft "
           "lang hangen.",
           "De hoofdstukken op de vismarkt zijn het levendigst, vol geluid en geuren, al voelt het einde wat gehaast "
           "en minder overtuigend."],
    "pl": ["Powieść Aminah Rahman opowiada o starym rybaku, który traci łódź w czasie sztormu i po raz pierwszy "
           "musi pracować na lądzie.",
           "Proza jest spokojna i gęsta. Nie zawsze zgadzałam się z bohaterem, ale ta historia zostaje w pamięci na "
           "długo.",
           "Rozdziały na targu rybnym są najżywsze, pełne hałasu i zapachów, choć zakończenie wydaje się trochę "
           "pospieszne i mniej przekonujące. Mimo to warto ją czytać powoli, rozdział po rozdziale."],
}


def _page(title: str, lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} – Rak Buku</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div>"
            "</article></body></html>")


URL = "https://rakbuku.example/2026/12/laut-sepi/"


@pytest.mark.parametrize("title, lang", [
    ("Ulasan ringkas: Laut Sepi oleh Aminah Rahman", "ms"),
    ("Reseña breve: Laut Sepi, de Aminah Rahman", "es"),
    ("Korte recensie: Laut Sepi van Aminah Rahman", "nl"),
    ("Krótka recenzja: Laut Sepi – Aminah Rahman", "pl"),
])
def test_a_short_review_label_is_taken_off_and_files_the_capsule_as_a_review(title, lang):
    record = extract_page(_page(title, lang), URL)
    assert record.kind == "review", (title, record.reason)
    assert record.book_title == "Laut Sepi", record.book_title


def test_a_short_word_without_a_review_noun_is_no_label():
    from scraper.extract.book import REVIEW_PREFIX
    for title in ("Breve historia del invierno", "Kort nieuws: de boekwinkel verhuist", "Courte pause avant la rentrée",
                  "Krótka przerwa: wracamy w styczniu", "Ringkas: jadual pesta buku"):
        assert REVIEW_PREFIX.match(title) is None, title
    for title in ("Ulasan ringkas: Laut Sepi", "Reseña breve: Laut Sepi", "Critique courte : Laut Sepi",
                  "Kurzrezension: Laut Sepi", "Kort recension: Laut Sepi", "Recenzie scurtă: Laut Sepi"):
        found = REVIEW_PREFIX.match(title)
        assert found and title[found.end():] == "Laut Sepi", title


# --- Swahili's review label and "T ya A" after it ------------------------------------------------------------------
# reviewlabel.LABEL_WORDS now holds sw "Uhakiki:", "Mapitio:" (a label only before its colon or dash), and
# bookheadline reads a labelled "T ya A" with the headline's closing remark in lower case ("… bado inavutia") where the
# text names A as the writer ("mwandishi A") and T more than A (rev32c: "ya" is "of" as much as "by"); without the
# remark the label vouches for the headline's shape.
SW = ["Riwaya hii inamfuata mvuvi mzee anayepoteza mashua yake katika dhoruba na kulazimika kufanya kazi nchi kavu kwa "
      "mara ya kwanza maishani mwake.", "Lugha ni tulivu na nzito. Sikukubaliana kila mara na uamuzi wa mhusika mkuu, "
      "lakini hadithi inabaki akilini kwa muda mrefu baada ya ukurasa wa mwisho.", "Sura za soko la samaki ndizo zenye "
      "uhai zaidi, ingawa mwisho unaonekana kuharakishwa kidogo.", "Bahari Tulivu ni riwaya ya kwanza ya mwandishi "
      "Amina Juma, na Bahari Tulivu inastahili kusomwa.", "Alama yangu: nyota nne kati ya tano"]


def _sw(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in SW)
    return (f"<html lang='sw'><head><meta charset='utf-8'><title>{title} – Rafu Yetu</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div>"
            "</article></body></html>")


@pytest.mark.parametrize("title", ["Uhakiki: Bahari Tulivu ya Amina Juma", "Mapitio: Bahari Tulivu ya Amina Juma",
                                   "UHAKIKI: Bahari Tulivu ya Amina Juma bado inavutia"])
def test_a_swahili_review_label_and_its_headlines_book(title):
    record = extract_page(_sw(title), URL)
    assert record.kind == "review", (title, record.reason)
    assert (record.book_title, record.book_author) == ("Bahari Tulivu", "Amina Juma")
    assert record.rating == 0.8


def test_a_swahili_review_word_running_into_the_headline_is_no_label():
    from scraper.extract.book import REVIEW_PREFIX
    assert REVIEW_PREFIX.match("Uhakiki wa vitabu vya mwaka huu") is None
