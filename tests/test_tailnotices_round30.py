"""The post's tail (holdout31 round, helper BODY4), in our own words and markup, with near misses: a bid to sign up
whose link goes to the newsletter's page (tailasks.SIGN_UP), a club's next event announced on a labelled line under
the review (eventline)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.eventline import event_notice
from lxml.html import fragment_fromstring

# a review's paragraphs, in Greek, German and English (made-up books)
_EL = ("<p>Το μυθιστόρημα ακολουθεί μια φαροφύλακα σε ένα μικρό νησί, που κρατά ημερολόγιο για κάθε πλοίο που περνά. "
       "Η συγγραφέας γράφει με υπομονή και λίγες λέξεις, και το βιβλίο κερδίζει σελίδα με σελίδα την εμπιστοσύνη μας.</p>"
       "<p>Το δεύτερο μέρος είναι πιο αδύναμο, γιατί οι αναδρομές στην παιδική ηλικία δεν προσθέτουν πολλά. Παρ' όλα αυτά "
       "το διάβασα σε δύο βράδια και σκέφτομαι ακόμα τη σκηνή με την καταιγίδα στο τέλος.</p>")
_DE = ("<p>Der Roman erzählt von einer Fährfrau am Fluss, die jeden Abend die Lichter der anderen Seite zählt. Die Autorin "
       "lässt sich Zeit, und gerade das trägt das Buch über seine dreihundert Seiten, ohne dass es je langweilig wird.</p>"
       "<p>Schwächer sind die Rückblenden in die Kindheit der Heldin, die wenig erzählen, was wir nicht schon ahnen. Trotzdem "
       "habe ich es in zwei Abenden gelesen und denke noch oft an die letzte Überfahrt im Nebel.</p>")
_EN = ("<p>The novel follows a postwoman in a mountain village where hardly anyone writes letters any more. The author "
       "keeps her sentences short and funny, and every chapter is a different house with its own small secret.</p>"
       "<p>The last third speeds up for no good reason, but the picture of the village in winter is among the best things "
       "I read this year, and I would give it to anyone who wants a quiet book for the holidays.</p>")


def _page(article: str, lang: str, title: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><a href="/">Το φανάρι</a></header><main><article><h1>{title.split(" | ")[0]}</h1>'
            f'<div class="post-content">{article}</div></article></main></body></html>').encode()


def _body(html: bytes, url: str = "https://fanari.example.gr/posts/farofylakas/") -> str:
    return extract_page(html, url).body_text


# --- sign up, linked to the newsletter's page ---

def test_sign_up_linked_to_the_newsletter_page_goes_el():
    line = '<p><a href="/newsletter/">Γραφτείτε</a> για να σας έρχεται κάθε νέο κείμενο με email.</p>'
    body = _body(_page(_EL + line, "el", "Η φαροφύλακας | Το φανάρι"))
    assert "Γραφτείτε" not in body and "καταιγίδα στο τέλος" in body


def test_sign_up_linked_to_the_subscribe_page_goes_de():
    line = '<p>Neue Besprechungen per Mail? <a href="https://flussleser.example.de/subscribe">Trag dich hier ein</a>.</p>'
    body = _body(_page(_DE + line, "de", "Die Fährfrau | Flussleser"), "https://flussleser.example.de/2026/12/faehrfrau/")
    assert "Trag dich" not in body and "letzte Überfahrt im Nebel" in body


def test_sign_up_linked_to_the_newsletter_page_goes_en():
    line = '<p><a href="/newsletter">Sign up</a> and the next review lands in your inbox.</p>'
    body = _body(_page(_EN + line, "en", "The Postwoman | Quiet Shelf"), "https://quietshelf.example.com/postwoman/")
    assert "Sign up" not in body and "quiet book for the holidays" in body


def test_sign_up_of_the_story_linking_elsewhere_stays_en():
    # near miss: the review's own line about signing up, its link to another post
    line = ('<p>In the sequel she finally decides to sign up for the night school, which I <a href="/2025/05/sequel/">'
            'reviewed here</a>.</p>')
    body = _body(_page(_EN + line, "en", "The Postwoman | Quiet Shelf"), "https://quietshelf.example.com/postwoman/")
    assert "night school" in body


def test_sign_up_without_a_link_stays_el():
    # near miss: no link, so nothing to sign up at
    line = "<p>Η ηρωίδα αποφασίζει να γραφτεί στη σχολή ναυτικών, και εκεί το βιβλίο βρίσκει τον ρυθμό του.</p>"
    body = _body(_page(_EL + line, "el", "Η φαροφύλακας | Το φανάρι"))
    assert "σχολή ναυτικών" in body


# --- a club's next event on a labelled line ---

def test_next_meeting_line_under_the_review_goes_de():
    line = ('<div class="termine"><p><b>Nächstes Treffen:</b> Mittwoch, 9. Dezember, 18:30 Uhr, Café am Markt. '
            'Alle sind eingeladen.</p></div>')
    body = _body(_page(_DE + line, "de", "Die Fährfrau | Flussleser"), "https://flussleser.example.de/2026/12/faehrfrau/")
    assert "Nächstes Treffen" not in body and "letzte Überfahrt im Nebel" in body


def test_next_event_line_under_the_review_goes_en():
    line = "<p><strong>Book club next month:</strong> Tuesday 12 January, 7 pm, upstairs at the Lamp bookshop.</p>"
    body = _body(_page(_EN + line, "en", "The Postwoman | Quiet Shelf"), "https://quietshelf.example.com/postwoman/")
    assert "Book club next month" not in body and "quiet book for the holidays" in body


def test_event_notice_shapes():
    assert event_notice(fragment_fromstring("<p>Επόμενη συνάντηση: Πέμπτη 14 Ιανουαρίου, 19:00, στη δημοτική βιβλιοθήκη.</p>"))
    assert event_notice(fragment_fromstring("<p>Prochaine rencontre : samedi 5 décembre à 15h, librairie du Port.</p>"))
    assert event_notice(fragment_fromstring("<p>次回の読書会：12月5日（土）14時、市立図書館にて。</p>"))


def test_book_record_and_lengths_are_no_event():
    # near misses: a book's record (a date, no clock), an audiobook's length, a price, the review's own sentence
    assert not event_notice(fragment_fromstring("<p>Erschienen: 12.03.2025 bei Fluss &amp; Feder, 320 Seiten.</p>"))
    assert not event_notice(fragment_fromstring("<p>Length: 12 h 30 min, read by the author, 3 parts.</p>"))
    assert not event_notice(fragment_fromstring("<p>Reading: Tuesday 12 January, 7 pm, tickets €5 at the door.</p>"))
    assert not event_notice(fragment_fromstring(
        "<p>I read it on 3 May between 7 pm and midnight, without a break.</p>"))


def test_event_line_inside_the_review_stays_en():
    # near miss: a labelled line with a day and an hour, with the review's paragraphs after it
    line = "<p>Setting: Tuesday 12 January, 7 pm, the night the snow comes.</p>"
    body = _body(_page(line + _EN, "en", "The Postwoman | Quiet Shelf"), "https://quietshelf.example.com/postwoman/")
    assert "the night the snow comes" in body
