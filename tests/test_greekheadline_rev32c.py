"""bookgenitive._GREEK_HEADED (rev32c): a Greek "T του Name Surname" line is read whole only as the post's headline;
a line of the body in that shape (a photo's caption, a subheading: "the house of", "the street of") names a thing, not
a book. Our own words and markup."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author

TEXT = "Ο Μαρκάκης γράφει με ένταση. Η ιστορία εκτυλίσσεται στον Πειραιά."


def test_the_headline_is_read():
    for headline, expected in (("Η σκάλα του λιμανιού του Πέτρου Μαρκάκη", ("Η σκάλα του λιμανιού", "Πέτρος Μαρκάκης")),
                               ("Ο κήπος του Πέτρου Μαρκάκη", ("Ο κήπος", "Πέτρος Μαρκάκης"))):
        context = Context(TEXT + " " + headline, (), "el")
        assert genitive_author(["Πρώτη παράγραφος.", headline], context, [], "el", headline=headline) == expected


def test_a_body_line_is_not():
    for line in ("Το σπίτι του Πέτρου Μαρκάκη", "Ο δρόμος του Πέτρου Μαρκάκη", "Η πλατεία της Μαρίας Σταθοπούλου"):
        context = Context(TEXT + " Η Σταθοπούλου. " + line, (), "el")
        assert genitive_author(["Πρώτη παράγραφος.", line], context, [], "el", headline="Άλλος τίτλος") is None


def test_a_caption_under_a_photo_in_a_review_page():
    html = """<html lang="el"><head><title>Ένα χειμώνα στα Χανιά - Βιβλιοθήκη</title></head><body>
    <article class="post"><h1 class="entry-title">Ένα χειμώνα στα Χανιά</h1><div class="entry-content">
    <p>Διάβασα αυτό το μυθιστόρημα στα Χανιά, σε ένα ήσυχο δωμάτιο δίπλα στο λιμάνι, και μου κράτησε συντροφιά όλο τον
    Φεβρουάριο. Η ιστορία μιας οικογένειας ψαράδων που χάνει το καΐκι της είναι απλή, αλλά γραμμένη με φροντίδα.</p>
    <figure><img src="/spiti.jpg" alt=""><figcaption>Το σπίτι του Πέτρου Μαρκάκη</figcaption></figure>
    <p>Ο Μαρκάκης έζησε εκεί χρόνια. Οι περιγραφές της θάλασσας είναι από τις ωραιότερες που διάβασα φέτος, και το
    τέλος, αν και λίγο βιαστικό, ταιριάζει με τον τόνο του βιβλίου.</p>
    <p><strong>Βαθμολογία:</strong> 8/10</p></div></article></body></html>"""
    record = extract_page(html, "https://vivliothiki.example/2026/01/xania/")
    assert record.book_title != "Το σπίτι", (record.book_title, record.book_author)
