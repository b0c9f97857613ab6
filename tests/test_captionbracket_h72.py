"""A cover's caption "A: T (House)" named in place of a bare headline the post never names: the house's bracket closing
the caption is no part of the title (bookcaptiontitle.caption_book)."""

from lxml import html

from scraper.extract.book import Book
from scraper.extract.bookcaptiontitle import caption_book


def _read(headline, author, caption, lines):
    tree = html.fromstring(f"<div><h1>{headline}</h1><figure><img src='/c.jpg'><figcaption>{caption}</figcaption>"
                           f"</figure>{''.join(f'<p>{line}</p>' for line in lines)}</div>")
    found = caption_book(Book(headline, author, source="title"), tree, headline, [headline, *lines])
    return (found.title, found.author) if found else None


def test_croatian_caption_house_bracket():
    found = _read("Grad bez svjetla", "Ivana Horvat", "Ivana Horvat: Sjene nad rijekom (Fraktura)",
                  ["Horvat piše mirno i precizno, roman se čita u jednom dahu."])
    assert found == ("Sjene nad rijekom", "Ivana Horvat")


def test_spanish_caption_house_bracket():
    assert _read("Un pueblo que se vacía", "Marta Ruiz", "Marta Ruiz: El puerto dormido (Anagrama)",
                 ["Ruiz escribe con calma sobre la costa y sus ausencias."]) == ("El puerto dormido", "Marta Ruiz")


def test_german_caption_house_of_two_words():
    assert _read("Wenn der Winter bleibt", "Jonas Keller", "Jonas Keller: Die stille Küste (Kein & Aber)",
                 ["Keller erzählt ruhig, sein Roman lässt sich Zeit."]) == ("Die stille Küste", "Jonas Keller")


def test_polish_caption_without_bracket_keeps_title():
    assert _read("Miasto po deszczu", "Anna Nowak", "Anna Nowak: Dom nad jeziorem",
                 ["Nowak pisze spokojnie o rodzinie."]) == ("Dom nad jeziorem", "Anna Nowak")


def test_bracket_inside_the_title_stays():
    # a bracket that does not close the caption is the title's own
    assert _read("Miasto po deszczu", "Anna Nowak", "Anna Nowak: Dom (prawie) nad jeziorem",
                 ["Nowak pisze spokojnie o rodzinie."]) == ("Dom (prawie) nad jeziorem", "Anna Nowak")


def test_headline_the_post_names_is_kept():
    assert _read("Sjene nad rijekom", "Ivana Horvat", "Ivana Horvat: Sjene nad rijekom (Fraktura)",
                 ["Sjene nad rijekom je roman koji Horvat piše mirno."]) is None
