"""A Greek review that opens with the book's title unquoted, as the fronted object of its first sentence, its author
in the genitive after it and a pronoun taking the title up again ("Η σιωπηλή αυλή του Πέτρου Λάμπρου την άνοιξα …"):
the author given back in the nominative the text uses, a man's first name in -α as -ας when his surname lost its -ς.
Near misses: no pronoun taking the title up (a plain genitive), a name the text never gives in the nominative.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author

OPENING = "Το κόκκινο λιμάνι του Θανάση Μαυρογιαννά το κουβαλούσα σε κάθε διακοπές χωρίς να το ανοίξω."
REST = ("Ο Μαυρογιαννάς γράφει για ένα νησί που αδειάζει κάθε χειμώνα. Οι ψαράδες μένουν, οι άλλοι φεύγουν, "
        "και ο αφηγητής μετράει τις βάρκες που δεν γυρίζουν.")


def test_a_fronted_unquoted_title_with_its_author_in_the_genitive():
    text = "\n".join([OPENING, REST])
    assert genitive_author([OPENING, REST], Context(text, (), "el"), [], "el") == ("Το κόκκινο λιμάνι", "Θανάσης Μαυρογιαννάς")
    # a feminine title taken up by "την", a surname in -ου that never changes, named after the article "ο"
    opening = "Η σιωπηλή αυλή του Πέτρου Λάμπρου την άνοιξα ένα βράδυ του Νοεμβρίου."
    rest = "Ο Λάμπρου γράφει αργά, σχεδόν σαν να ζωγραφίζει."
    assert genitive_author([opening, rest], Context(opening + "\n" + rest, (), "el"), [], "el") == ("Η σιωπηλή αυλή", "Πέτρος Λάμπρου")


def test_a_plain_genitive_or_a_name_never_in_the_nominative_gives_no_book():
    plain = "Το σπίτι του Θανάση Μαυρογιαννά ήταν στην άκρη του χωριού."  # no pronoun takes it up: a house, not a book
    assert genitive_author([plain, REST], Context(plain + "\n" + REST, (), "el"), [], "el") is None
    rest = "Ο συγγραφέας γράφει για ένα νησί που αδειάζει κάθε χειμώνα."  # the surname never in the nominative
    assert genitive_author([OPENING, rest], Context(OPENING + "\n" + rest, (), "el"), [], "el") is None


# --- a title's hero is no author ---

from scraper.extract.bookrescue import _title_character  # noqa: E402


def test_a_person_whose_surname_is_a_word_of_the_title_is_its_hero():
    assert _title_character("Clémence Darrieu", "La Petite Darrieu")
    assert not _title_character("Clémence Darrieu", "Les Jardins du Nord")
    assert not _title_character("Darrieu", "La Petite Darrieu")  # a name of one word: no telling
