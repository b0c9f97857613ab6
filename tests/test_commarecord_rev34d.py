"""A closing line "Name Surname, T, House" names the reviewed book (fragmentrecord.name_commas through fragment_book)
only where the headline or the review's other text names its title too. A sign-off, a photo caption, an event line,
a bookseller's or a pupil's signature has the same shape ("Name, City, March 2024", "Name, Bookseller, Shop", "Name,
Class 3b, School"), but its place, post or class is no title the review speaks of: no book is read off it. The
surname may carry a short case ending ("Horvatova"), never a longer word that merely opens on it ("Leeds" for Lee)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract import fragmentrecord
from scraper.extract.fragmentrecord import fragment_book, name_commas


def _page(lang: str, head: str, paras: list[str], last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{head} | Quiet Shelf</title></head><body>'
            f'<header><a href="/" class="logo">Quiet Shelf</a></header><article class="post">'
            f'<h1 class="post-title">{head}</h1><div class="entry-content">{body}{last}</div></article>'
            f'<footer>© 2025</footer></body></html>')


EN = ["I waited years to read this, and then finished it in a single wet weekend. Ishiguro has a way of letting the "
      "worst news arrive quietly, in the middle of an ordinary afternoon.",
      "The narrator looks after a household that is slowly emptying. Ishiguro never raises his voice, and the calm "
      "makes every small crack louder.",
      "Some of the middle section felt slow to me, and one minor character is thin. Still, I would give it four stars."]
DE = ["Ich habe lange gezögert und den Roman dann an einem verregneten Wochenende gelesen. Kehlmann lässt die "
      "schlimmsten Nachrichten ganz beiläufig kommen, mitten an einem gewöhnlichen Nachmittag.",
      "Der Erzähler kümmert sich um ein Haus, das sich langsam leert. Kehlmann wird nie laut, und gerade die "
      "Ruhe macht jeden Riss hörbar.",
      "Der Mittelteil hat Längen, eine Nebenfigur bleibt blass. Trotzdem: vier von fünf Sternen."]
FR = ["J'ai attendu des années avant de lire ce roman, puis je l'ai fini en un week-end pluvieux. Ernaux laisse "
      "arriver les pires nouvelles sans bruit, au milieu d'un après-midi ordinaire.",
      "La narratrice s'occupe d'une maison qui se vide peu à peu. Ernaux n'élève jamais la voix, et ce calme "
      "rend chaque fissure plus audible.",
      "Le milieu m'a paru lent et un personnage secondaire reste mince. Je lui donne tout de même quatre étoiles."]
CS = ["Na tenhle román jsem se chystala roky a pak jsem ho přečetla za jeden deštivý víkend. Hůlová nechává ty "
      "nejhorší zprávy přijít potichu, uprostřed obyčejného odpoledne.",
      "Vypravěčka se stará o dům, který se pomalu vyprazdňuje. Hůlová nikdy nezvýší hlas a ten klid dělá každou "
      "prasklinu hlasitější.",
      "Prostřední část je pomalejší a jedna vedlejší postava zůstává plochá. Přesto dávám čtyři hvězdičky z pěti."]


@pytest.mark.parametrize("lang,head,paras,last", [
    # a reader's sign-off: name, city, month
    ("en", "Guest post: a long weekend with a quiet novel", ["Today's guest post is by Mary Holt."] + EN,
     "<p><em>Mary Holt, Norwich, April 2025</em></p>"),
    # the author's photo caption under the review
    ("en", "Guest post: a long weekend with a quiet novel", EN,
     '<figure><img src="/k.jpg" alt=""><figcaption>Kazuo Ishiguro, Cheltenham, October 2017</figcaption></figure>'),
    # a bookseller's signature
    ("de", "Unsere Empfehlung der Woche", ["Diese Woche empfiehlt unsere Kollegin Lena Vogt."] + DE,
     "<p><em>Lena Vogt, Buchhändlerin, Filiale Altstadt</em></p>"),
    # an event line closing the post
    ("fr", "Lecture du dimanche", FR, "<p>Annie Ernaux, Maison de la Poésie, Paris, 12 mars</p>"),
    # a pupil's signature: name, class, school
    ("cs", "Čtenářský deník", CS, "<p><em>Eliška Hůlová, Třída VIIb, Základní škola Lipová</em></p>"),
])
def test_signature_or_caption_names_no_book(lang, head, paras, last):
    got = extract_page(_page(lang, head, paras, last), "https://quietshelf.example/2025/04/post")
    place = last.split(",")[1].strip()
    assert got.book_title != place
    assert got.book_title is None


@pytest.mark.parametrize("lang,head,paras,last,book", [
    # the title in the headline
    ("en", "Back to The Remains of the Day", EN, "<p><em>Kazuo Ishiguro, The Remains of the Day, Faber</em></p>",
     ("The Remains of the Day", "Kazuo Ishiguro")),
    ("de", "Zwei Jahre danach: Der fernste Ort", DE, "<p><em>Daniel Kehlmann, Der fernste Ort, Rowohlt</em></p>",
     ("Der fernste Ort", "Daniel Kehlmann")),
    # the title named in the review's own text, not in the headline (a title of two capitalised words, named whole)
    ("cs", "Čtenářský deník: listopad", CS[:2] + ["Kniha Stanice Tajga mě nepustila. " + CS[2]],
     "<p><em>Petra Hůlová, Stanice Tajga, Torst</em></p>", ("Stanice Tajga", "Petra Hůlová")),
])
def test_record_whose_title_the_page_names_is_read(lang, head, paras, last, book):
    got = extract_page(_page(lang, head, paras, last), "https://quietshelf.example/2025/04/post")
    assert (got.book_title, got.book_author) == book


def test_fragment_book_asks_the_title_of_the_headline_or_text():
    lines = ["Horvat vodi junaka kroz Rijeku i Beč.", "Marin Horvat, Zimska luka, Fraktura"]
    text = "\n".join(lines)
    assert fragment_book(None, lines, text) is None  # (nothing else names "Zimska luka")
    assert fragment_book(None, lines, text, "Horvatova Zimska Luka").title == "Zimska luka"
    sign = ["Horvat je pisao o Rijeci.", "Marin Horvat, Zagreb, Ožujak 2025"]
    assert fragment_book(None, sign, "\n".join(sign), "Pismo čitatelja") is None


@pytest.mark.parametrize("surname,text,found", [
    ("Horvat", "Horvatova proza je tiha.", True),  # a case ending
    ("Horvat", "Horvatom se bavim.", True),
    ("Mann", "Manns Roman ist lang.", True),  # a genitive -s
    ("Lee", "Lee's prose is plain.", True),  # a possessive after an apostrophe
    ("Lee", "We drove up to Leeds for the launch.", False),  # a longer word opening on the name
    ("Mann", "Manning wrote the foreword.", False),
    ("Horvat", "Horvatovskih je mnogo.", False),  # five letters after: another word
    ("Kos", "Kosa je duga.", True),  # a one-letter ending on a short name
])
def test_surname_again(surname, text, found):
    assert fragmentrecord.surname_again(surname, text) is found


def test_name_commas_short_surname_needs_the_name_itself():
    assert name_commas("Anna Lee, Harbour Lights, Penguin", "We drove to Leeds for the launch.") is None
    assert name_commas("Anna Lee, Harbour Lights, Penguin", "Lee writes plainly.") == ("Harbour Lights", "Anna Lee")
