"""bookgenitive (s28): a Greek headline "Title του/της Name Surname", the title unquoted and the author's genitive
closing the line, read as the book with the author in the nominative the page or a regular rule gives; near misses: a
kind's word as the head ("Το νέο μυθιστόρημα του …"), a surname the text never names in the nominative, the shape
inside a sentence. Examples in our own words and markup."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author


def _read(headline, text):
    context = Context(text + " " + headline, (), "el")
    return genitive_author(["Πρώτη παράγραφος χωρίς τίτλο.", headline], context, [], "el", headline=headline)


def test_man_in_ou_and_is():
    text = "Ο Μαρκάκης γράφει με ένταση. Η ιστορία εκτυλίσσεται στον Πειραιά."
    assert _read("Η σκάλα του λιμανιού του Πέτρου Μαρκάκη", text) == ("Η σκάλα του λιμανιού", "Πέτρος Μαρκάκης")


def test_man_whose_surname_keeps_ou():
    text = "Ο Αλεξίου αφηγείται τη ζωή ενός ψαρά. Η γλώσσα του είναι λιτή."
    assert _read("Τα δίχτυα του Νίκου Αλεξίου", text) == ("Τα δίχτυα", "Νίκος Αλεξίου")


def test_woman_after_tis():
    text = "Η Σταθοπούλου γράφει για τη μνήμη. Η Σταθοπούλου δεν βιάζεται."
    assert _read("Ο κήπος με τις λεμονιές της Μαρίας Σταθοπούλου", text) == \
        ("Ο κήπος με τις λεμονιές", "Μαρία Σταθοπούλου")


def test_kind_word_head_is_no_title():
    text = "Ο Μαρκάκης γράφει με ένταση."
    assert _read("Το νέο μυθιστόρημα του Πέτρου Μαρκάκη", text) is None
    assert _read("Μια συνέντευξη του Πέτρου Μαρκάκη", text) is None


def test_surname_never_in_the_nominative():
    assert _read("Η σκάλα του λιμανιού του Πέτρου Μαρκάκη", "Μια ιστορία για το λιμάνι.") is None


def test_inside_a_sentence_is_not_a_headline():
    text = "Ο Μαρκάκης γράφει με ένταση."
    paragraph = "Χθες διάβασα τη σκάλα του Πέτρου Μαρκάκη, και μου άρεσε."
    assert genitive_author([paragraph], Context(text + " " + paragraph, (), "el"), [], "el") is None


def test_greek_review_page():
    html = """<html lang="el"><head><title>Ο φάρος του Γιάννη Κουρτέση - Βιβλιοστάσιο</title></head><body>
    <article class="post"><h1 class="entry-title">Ο φάρος του Γιάννη Κουρτέση</h1><div class="entry-content">
    <p>Ένας φαροφύλακας ζει μόνος σε ένα βραχονήσι του Αιγαίου και γράφει γράμματα που δεν στέλνει ποτέ. Μέσα από
    αυτά μαθαίνουμε για τη γυναίκα που έφυγε, για τον γιο που δεν γνώρισε και για το νησί που αδειάζει.</p>
    <p>Ο Κουρτέσης γράφει με λιτότητα και ακρίβεια, και οι περιγραφές της θάλασσας είναι από τις ωραιότερες που
    διάβασα φέτος. Η αφήγηση προχωρά αργά, αλλά κάθε γράμμα προσθέτει κάτι καινούργιο.</p>
    <p>Το τέλος είναι ίσως πολύ ήσυχο για όσους περιμένουν ανατροπή, όμως ταιριάζει με τον τόνο του βιβλίου.</p>
    <p><strong>Βαθμολογία:</strong> 8/10</p></div></article></body></html>"""
    record = extract_page(html, "https://vivliostasio.example/kritikes/o-faros/")
    assert (record.book_title, record.book_author) == ("Ο φάρος", "Γιάννης Κουρτέσης")
