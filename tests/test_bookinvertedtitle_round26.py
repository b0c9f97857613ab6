"""A page title in a catalogue's order, "Surname, Given: Title | Site" (bookinvertedtitle, tried first among the page's
other titles in bookpagetitles.extended_title): the name read in order, when the text calls that person by surname."""

from scraper.extract.book import Context
from scraper.extract.bookinvertedtitle import inverted_title


def _pair(title: str, text: str, not_authors=()):
    book = inverted_title(title, Context(text, not_authors=not_authors))
    return (book.title, book.author) if book else None


def test_czech_surname_first_and_a_site_after_a_bar():
    assert _pair("Horák, Tomáš: Lípy nad řekou | Čtenářský deník", "Horák píše úsporně. Lípy nad řekou jsou krátké.") == ("Lípy nad řekou", "Tomáš Horák")


def test_german_dash_and_the_blog_name_after_a_dash():
    assert _pair("Albers, Lena – Die stille Fähre – Leselampe", "Albers erzählt ruhig. Die stille Fähre ist kurz.", ("Leselampe",)) == ("Die stille Fähre", "Lena Albers")


def test_polish_site_before_a_bar():
    assert _pair("Półka | Wrona, Ewa: Zimowy ogród", "Wrona pisze o ogrodzie. Zimowy ogród to debiut.") == ("Zimowy ogród", "Ewa Wrona")


def test_a_subtitle_after_a_dash_stays_when_no_site_follows():
    assert _pair("Horák, Tomáš: Lípy nad řekou – Kronika", "Horák. Lípy nad řekou – Kronika.") == ("Lípy nad řekou – Kronika", "Tomáš Horák")


def test_near_miss_the_text_never_names_the_person():
    assert _pair("Horák, Tomáš: Lípy nad řekou | Deník", "Kniha o řece a lípách.") is None


def test_near_miss_a_plain_headline_with_a_comma_and_a_colon():
    assert _pair("Smutek, radost: co zůstane po létě", "Smutek a radost.") is None
    assert _pair("Reading, slowly: notes on a winter", "Reading slowly helps.") is None


def test_near_miss_two_names_are_no_title():
    assert _pair("Horák, Tomáš: Eva Wrona", "Horák a Wrona.") is None


def test_near_miss_a_place_inverted_like_a_name_and_a_title_the_text_never_names():
    assert _pair("Paris, France: A Winter Diary | Notes", "Paris was cold. We walked along the river in Paris.") is None
