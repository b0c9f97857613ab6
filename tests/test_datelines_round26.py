"""Bylines in an article's header (datelines.py), on pages of our own words and markup.

- Czech and Slovak write a date's figures spaced ("1. 12. 2026"): a whole date like "1.12.2026"; a score or a
  list's numbers are not ("8. 5. 10").
- A magazine's byline lower in its header, under the standfirst or the book's record: a short labelled line with a link
  to the writer's page on the site (its path word in the site's language: /autor/, /yazar/, /auteur/) and a whole date,
  before the text has begun, goes. A book's info line with a date, or a byline-like line after the text has begun,
  stays.
"""

from __future__ import annotations

from scraper.extract.datelines import FULL_DATE
from tests.cleaning import cleaned, paras

CS = ["Román sleduje jednu zimu v malém horském městě, kde se po zavření pily všichni pomalu rozjíždějí a zůstávají jen staří lidé a jejich psi.",
      "Autorka píše úsporně, ale každá věta má váhu, a dialogy mezi sousedy jsou vtipné i smutné zároveň, jak to v malých místech bývá.",
      "Prostřední část je trochu rozvláčná, přesto jsem knihu dočetla za dva večery a ještě dlouho na ni myslela."]
TR = ["Roman, kış boyunca kapanan bir sahil kasabasında küçük bir lokantayı ayakta tutmaya çalışan iki kız kardeşin hikâyesini anlatıyor ve her sayfada deniz kokusu var.",
      "Yazarın dili sade ama çok isabetli; kasaba halkının küçük kavgaları ve dayanışması, romanın en sevdiğim yanı oldu diyebilirim.",
      "Orta bölüm biraz uzun, yine de son sayfaları okurken gözlerim doldu."]


def test_spaced_czech_dates_are_whole_dates():
    for text in ("1. 12. 2026", "Vyšlo 24. 3. 2025 v Brně"):
        assert FULL_DATE.search(text), text
    for text in ("Hodnocení 8. 5. 10", "kapitoly 1. 2. 3"):
        assert not FULL_DATE.search(text), text


def _header(review: list[str], byline: str, record: str = "") -> str:
    return (f"<p class='rubric'>Recenze</p><h1>Zima v horách</h1>{record}"
            "<p class='lead'>Tichý román o lidech, kteří zůstali.</p>"
            f"<p class='who'>{byline}</p><div class='text'>{paras(*review)}</div>")


def test_a_labelled_byline_under_the_standfirst_goes():
    for review, byline in ((CS, "Napsal: <a href='/autor/812'>Jan Novák</a> · 1. 12. 2026"),
                           (TR, "Yazan: <a href='/yazar/ayse-kara'>Ayşe Kara</a> | 03.12.2026")):
        record = "<div class='book'><p>Eva Malá</p><p>Zima v horách</p><p>Host, Brno 2026, 280 s.</p></div>"
        text, rules = cleaned(_header(review, byline, record), "revue.example")
        assert "Napsal" not in text and "Yazan" not in text, rules
        assert all(t in text for t in review) and "Host, Brno 2026, 280 s." in text


def test_a_book_info_line_with_a_date_stays():
    # no link to a writer's page: the book's facts
    for line in ("Datum vydání: 1. 12. 2026", "Yayın tarihi: 03.12.2026 · <a href='/kitap/kis'>Kış</a>"):
        text, rules = cleaned(_header(CS, line), "revue.example")
        assert line.split("<")[0].split(" · ")[0] in text, rules


def test_a_byline_like_line_after_the_text_has_begun_stays_for_this_rule():
    # after a paragraph of the review, the line is not the header's (other rules read the post's last lines)
    line = "Citováno: <a href='/autor/812'>Jan Novák</a> · 1. 12. 2026"
    inner = f"<h1>Zima</h1>{paras(CS[0])}<p>{line}</p>{paras(*CS[1:])}"
    text, rules = cleaned(inner, "revue.example")
    assert "Citováno" in text, rules
