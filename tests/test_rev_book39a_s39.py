"""book39a's misfires (rev-book39a): a record's price ("£12.99", "18.90 €") is no clock, so a record naming a weekday
in its title or its day of publication beside a price is still a record (``booktimed``); a caseless headline's second
half opening on a clause's word ("حين …", "وقتی …", "جب …": when) is no name, after the Arabic semicolon as after a
dash (``bookdashopener``). The events' lines with a day and an hour stay timed (test_book_lines_s39)."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.booktimed import timed


@pytest.mark.parametrize("line", [
    "The Keeper, Jane Doe, Tidewrack Press, published 16 January 2021, £12.99, 320 pages",
    "Saturday Night Ferry, Ian Morrow, Vintage, 2006, 279 pages, £8.99",
    "Friday Harbour, Nana Osei, Riverrun, 2018, 208 pp., 14.99 €",
    "Dimanche au port, Anne Dupont, Gallimard, 3 mars 2022, 19.50 €",
    "Lunes de niebla, Marta Ruiz, Anagrama, 2021, 18.90 €",
    "Sonntagskind, Eva Brandt, Hanser, 2020, EUR 22.00",
    "Wtorek w porcie, Anna Nowak, Znak, 12 marca 2018, 39.90 zł",
])
def test_a_price_is_no_clock(line):
    assert not timed(line)


@pytest.mark.parametrize("line", [
    "Launch on Saturday 16 January at 6 pm, tickets £12.99, Harbour Library",   # a price beside a real hour
    "Presentación, jueves 3 de diciembre, 19:00, entrada 5.00 €",
])
def test_an_event_with_a_price_is_still_timed(line):
    assert timed(line)


@pytest.mark.parametrize("line, want", [
    ("Saturday Night Ferry, Ian Morrow. Vintage, 2006, 279 pages, £8.99.", ("Saturday Night Ferry", "Ian Morrow")),
    ("Lunes de niebla, Marta Ruiz. Anagrama, 2021, 18.90 €.", ("Lunes de niebla", "Marta Ruiz")),
])
def test_priced_record_is_read(line, want):
    lines = ["A quiet story told slowly, and I loved its last chapter.", line]
    ctx = Context("\n".join(lines) + "\nMorrow Ruiz writes well.", ())
    assert from_bibliography(lines, ctx) == want


@pytest.mark.parametrize("headline, text, lang", [
    ("الحديقة الصامتة؛ حين يتكلم الصمت",
     "رواية عن امرأة تعود إلى بيت أبيها. حين عادت وجدت الحديقة يابسة. الكتاب قصير.", "ar"),
    ("الحديقة الصامتة — عندما يتكلم الصمت",
     "رواية عن امرأة تعود إلى بيت أبيها. عندما عادت وجدت الحديقة يابسة. الكتاب قصير.", "ar"),
    ("باغ خاموش؛ وقتی باغ حرف می‌زند",
     "داستان زنی است که به خانه برمی‌گردد. وقتی برگشت باغ خشک بود. کتاب کوتاه است.", "fa"),
    ("خاموش دریا؛ جب سمندر بولا",
     "یہ ایک ماہی گیر کی کہانی ہے۔ جب وہ لوٹا تو سب بدل چکا تھا۔ کتاب مختصر ہے۔", "ur"),
])
def test_clause_half_is_no_name(headline, text, lang):
    from scraper.extract.bookdashopener import opener_dash
    assert opener_dash(None, headline, Context(text, (), lang)) is None


# an audiobook's length is no clock either, set as one ("9h41", "9:41 Std.", "11:05 hours") beside the record's date
@pytest.mark.parametrize("line", [
    "Audiolivre, lu par Anne Roy, Audiolib, 3 mars 2022, durée 9h41",
    "Hörbuch, gelesen von Eva Roth, Argon, 3. März 2022, Spieldauer 9:41 Std.",
    "Audiobook, Saturday Night Ferry, Ian Morrow, length 11:05 hours",
    "Audiolibro, Lunes de niebla, Marta Ruiz, duración: 7:12, 2021",
])
def test_a_length_is_no_clock(line):
    assert not timed(line)


def test_an_event_with_a_length_word_elsewhere_is_still_timed():
    assert timed("Reading, Saturday 16 January, 6.30pm, Harbour Library (length of the talk about an hour)")


_P = ("<p>A ferry captain's last winter on the night crossing, told over a dozen Saturdays, each chapter one trip and one "
      "passenger, until the company sells the boat and the crossing ends for good.</p>"
      "<p>The prose is plain and exact, the passengers are drawn in a few lines each, and the sea is always there, though "
      "the middle sags and one storm too many is thrown at the captain.</p><p>{rec}</p>"
      "<p>A modest, moving novel; I read it in two evenings and then again. Rating: 4/5</p>")
_H = ("<html lang='en'><head><meta charset='utf-8'><title>Night crossings | Saltline</title></head><body><article "
      "class='post'><h1 class='entry-title'>Night crossings</h1><div class='entry-content'>{}</div></article></body></html>")


@pytest.mark.parametrize("rec", [
    "Saturday Night Ferry, Ian Morrow. Audiobook, Vintage, 16 January 2006, length 9:41 hours.",
    "Saturday Night Ferry, Ian Morrow. Vintage, 16 January 2006, 279 pages, £12.99.",
])
def test_review_with_a_record_reads_its_book(rec):
    r = extract_page(_H.format(_P.format(rec=rec)), "https://saltline.example.org/2026/12/night-crossings/")
    assert r.is_review and (r.book_title, r.book_author) == ("Saturday Night Ferry", "Ian Morrow")
