"""Helper fields69 of the holdout69 round, in our own words and markup: a score's "and a half" in more languages, and a
rating line that is never an ask's lead-in.

- ratingwords.HALF_WORDS: the half after a worded or figured score, or after its star word, in languages it lacked
  (hr/bs/sr "i pol", "i po", sl "in pol", bg/mk "и половина", uk "з половиною", et "ja pool", el "και μισό", vi "rưỡi",
  cy "a hanner", ga "go leith");
- leadin.never_lead_in: a line giving the review's score ("Ocena: 4 od 5") right before a support box stays, as the
  rating reader reads it; a plain lead-in line still goes with its ask.

Near misses: "i" and a word that only opens like the half ("i pod", "i pola"), a star count with an English "a
hanner" (no half), a lead-in with no score.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.rating import parse_rating


def _value(text: str) -> float | None:
    found = parse_rating(text)
    return found.value if found else None


def test_half_after_a_worded_score():
    assert _value("Ocjena: četiri i pol od pet") == 0.9  # hr
    assert _value("Ocena: štiri zvezdice in pol od petih") == 0.9  # sl
    assert _value("Оценка: три и половина звезди от пет") == 0.7  # bg
    assert _value("Оцінка: чотири з половиною зірки з п’яти") == 0.9  # uk
    assert _value("Hinne: neli ja pool tärni viiest") == 0.9  # et
    assert _value("Βαθμολογία: τέσσερα αστέρια και μισό στα πέντε") == 0.9  # el
    assert _value("Điểm: bốn sao rưỡi") == 0.9  # vi
    assert _value("Sgôr: pedair seren a hanner allan o bump") == 0.9  # cy
    assert _value("tri i po zvjezdice") == 0.7  # sr/bs, the short form


def test_half_after_figures():
    assert _value("Ocjena: 3 i pol od 5") == 0.7
    assert _value("Рейтинг: 4 з половиною з 5") == 0.9


def test_no_half_where_the_word_only_opens_like_one():
    assert _value("Ocena: 4 i pod nim") is None
    assert _value("3 i pola") is None
    # (an English "a hanner" is nobody's half: the stars alone)
    assert _value("the book has four stars and a hanner") == 0.8


_PARAS = [
    "Roman prati dvije sestre koje nakon očeve smrti moraju odlučiti što će s obiteljskom pekarom na kraju ulice, i "
    "svaka od njih ima svoj razlog da ostane ili ode.",
    "Najbolje su stranice o noćnom poslu, kad grad spava, a tijesto raste; autorica tada piše polako i precizno, kao "
    "da i sama stoji uz peć.",
    "Sredina knjige je malo razvučena i jedan sporedni lik nestaje bez objašnjenja, ali završetak je tih i točan, i "
    "dugo sam razmišljala o njemu nakon što sam zatvorila knjigu.",
]


def _page(box: str) -> object:
    html = ("<html lang='hr'><head><title>Pekara na kraju ulice | Kulturni tjednik</title></head><body>"
            "<main class='article'><h1>Pekara na kraju ulice</h1><div class='article__content'>"
            + "".join(f"<p>{p}</p>" for p in _PARAS) + box
            + "<div class='article__support'><p>Podržite našu redakciju – i mali prilog pomaže nam pisati o knjigama "
              "koje bi inače prošle nezapaženo.</p></div>"
              "</div></main><footer>Kulturni tjednik</footer></body></html>")
    return extract_page(html, "https://tjednik.example/kritika/pekara-na-kraju-ulice")


def test_rating_line_closing_a_record_box_before_a_support_box_stays():
    record = _page("<div class='book-box'><p>Ana Kovač – Pekara na kraju ulice</p><p>Fraktura, 2025, 312 str.</p>"
                   "<p>Ocjena: 4 od 5</p></div>")
    assert "Ocjena: 4 od 5" in record.body_text
    assert "Podržite našu redakciju" not in record.body_text


def test_other_rating_lines_closing_the_box_stay():
    # (stars, a worded score, a score out of ten, in the same place)
    for line in ("★★★★☆", "Ocjena: četiri od pet", "Moja ocjena: 8/10"):
        record = _page("<div class='book-box'><p>Ana Kovač – Pekara na kraju ulice</p><p>Fraktura, 2025, 312 str.</p>"
                       f"<p>{line}</p></div>")
        assert line in record.body_text, line


def test_plain_lead_in_still_goes():
    record = _page("<div class='book-box'><p>Ana Kovač – Pekara na kraju ulice</p><p>Fraktura, 2025, 312 str.</p>"
                   "<p>Sviđaju vam se naše kritike?</p></div>")
    assert "Sviđaju vam se naše kritike?" not in record.body_text
    assert "Podržite našu redakciju" not in record.body_text
