"""Code review rev31b, in our own words: listedbook._joined took any lower-case word of six letters or less between a
numbered item's words and a capitalised name as a language's "by", so a review's plot list ("1. Lucy meets George
Emerson", "Breakfast with Hugh Whitbread") counted as four works with their makers and the review became a list. Now
the joining word is one of a fixed set of words for "by" (book.BY_RECORD's, and Tagalog ni, Welsh gan, Albanian nga,
Gaelic le, Greek του/της).

Fires: tl, cy, id, sq lists joined by their "by". Near misses: plot and itinerary lists in en (a verb, "with"), de
("trifft"), it ("con"), fr ("chez"), each name named again as a list's makers would be.
"""

from __future__ import annotations

import pytest

from scraper.extract.listedbook import numbered_works

LISTS = [
    ["1. Ang Bahay sa Ilog ni Lorna Dizon", "2. Mga Liham sa Hangin ni Carlos Reyes",
     "3. Ang Huling Bangka ni Teresa Lim", "Dizon, Reyes at Lim: tatlong boses."],
    ["1. Y Tŷ ar y Bryn gan Eluned Morgan", "2. Llythyrau o’r Môr gan Gwilym Rhys",
     "3. Y Cwch Olaf gan Sian Pritchard", "Morgan, Rhys a Pritchard."],
    ["1. Rumah di Tepi Sungai oleh Ratna Sari", "2. Surat dari Laut oleh Budi Santoso",
     "3. Perahu Terakhir oleh Dewi Lestari", "Sari, Santoso dan Lestari."],
    ["1. Shtëpia në Kodër nga Arben Hoxha", "2. Letra nga Deti nga Mira Kola", "3. Varka e Fundit nga Ilir Basha",
     "Hoxha, Kola dhe Basha."],
]


@pytest.mark.parametrize("lines", LISTS)
def test_works_joined_to_their_makers_by_a_by_word_are_listed(lines):
    assert len(numbered_works(lines)) == 3


PLOTS = [
    ["1. Lucy meets George Emerson", "2. Charlotte meets Eleanor Lavish", "3. Cecil meets Arthur Beebe",
     "4. Lucy meets Cecil Vyse", "Emerson, Lavish, Beebe and Vyse all come back later."],
    ["1. Breakfast with Hugh Whitbread", "2. Lunch with Lady Bruton", "3. Tea with Peter Walsh",
     "4. Dinner with Sally Seton", "Whitbread, Bruton, Walsh and Seton are the day's people."],
    ["1. Marta trifft Jonas Keller", "2. Jonas trifft Lena Brandt", "3. Lena trifft Otto Wiese",
     "Keller, Brandt und Wiese tragen das Buch."],
    ["1. Colazione con Marco Belli", "2. Pranzo con Lucia Ferri", "3. Cena con Paolo Conti",
     "Belli, Ferri e Conti tornano alla fine."],
    ["1. Une nuit chez Henri Duval", "2. Un dimanche chez Claire Morin", "3. Un hiver chez Louis Perrin",
     "Duval, Morin et Perrin reviennent à la fin."],
]


@pytest.mark.parametrize("lines", PLOTS)
def test_a_plot_list_joined_by_other_words_lists_no_works(lines):
    assert numbered_works(lines) == {}
