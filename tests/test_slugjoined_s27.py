"""bookclues (s27): a title whose small words are in lower case in its own language ("si", "dan", "de la", "och"),
read whole where the post's address spells it whole; the two capitalised runs either side are no two titles. Near
misses: an address that spells one run only, a gap of three words or more. Examples in our own words."""

from scraper.extract.book import Context
from scraper.extract.bookclues import _joined_runs, slugged_runs
from scraper.extract.slugspell import slug_words


def test_indonesian_si():
    line = "Kancil Merah si Penjaga Hutan Jati, novel Rina Pertiwi, adalah kisah yang lucu."
    url = "https://ulas.example/ulasan/kancil-merah-si-penjaga-hutan-jati-rina-pertiwi"
    runs = slugged_runs([line], url, Context(line + " Pertiwi menulis. Pertiwi.", (), "id"))
    assert runs[0] == "Kancil Merah si Penjaga Hutan Jati"


def test_spanish_de_la():
    line = "Anoche terminé Casa Grande de la Niebla Roja en una tarde de lluvia."
    slug = slug_words("https://blog.example/casa-grande-de-la-niebla-roja-resena")
    assert "Casa Grande de la Niebla Roja" in _joined_runs(line, slug)


def test_swedish_och():
    line = "Jag läste Anna Vinter och Havet Långt Bort i somras."
    slug = slug_words("https://blogg.example/anna-vinter-och-havet-langt-bort")
    assert "Anna Vinter och Havet Långt Bort" in _joined_runs(line, slug)


# --- near misses ---

def test_near_miss_address_spells_one_run():
    line = "Leí Casa Grande de la Niebla Roja en una tarde."
    slug = slug_words("https://blog.example/casa-grande-resena-corta")
    assert _joined_runs(line, slug) == ["Leí Casa Grande", "Niebla Roja"]


def test_near_miss_long_gap_is_a_sentence():
    line = "Rina Pertiwi menulis dengan sangat baik tentang Hutan Jati."
    slug = slug_words("https://ulas.example/rina-pertiwi-menulis-dengan-sangat-baik-tentang-hutan-jati")
    assert "Rina Pertiwi menulis dengan sangat baik tentang Hutan Jati" not in _joined_runs(line, slug)
