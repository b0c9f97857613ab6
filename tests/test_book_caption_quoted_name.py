"""bookcaptiontitle.caption_book: a caption that opens with a quoted title shaped like a person's name (a novel named
for its hero: «Ana Ferreira», "Tom Brandt") replaces a bare headline the post never names; a bare name under the
picture (a portrait) does not. Our own words and markup."""

from lxml import html as lxml_html

from scraper.extract.book import Book
from scraper.extract.bookcaptiontitle import caption_book


def _tree(caption: str):
    return lxml_html.fromstring(f'<html><body><article><figure><img src="/img/f.jpg" alt=""><figcaption>{caption}'
                                '</figcaption></figure></article></body></html>')


def test_quoted_hero_name_in_the_caption_is_the_title():
    cases = (
        ("«Ana Ferreira», a nova edição da Quimera", "Ana Ferreira", Book("Uma vila à beira do rio", "Rui Matos"),
         ["Matos escreveu este romance em 1950. Matos conhece bem o rio."]),
        ("“Tom Brandt”, the new paperback from Harbor", "Tom Brandt", Book("A summer on the marsh", "Ellen Price"),
         ["Price wrote it late in life. Price never wastes a scene."]),
        ("«Ιωάννης Μαυρίδης», η νέα έκδοση", "Ιωάννης Μαυρίδης", Book("Ένα καλοκαίρι στο νησί", "Νίκος Αλεξίου"),
         ["Ο Αλεξίου το έγραψε νέος. Ο Αλεξίου γράφει ήσυχα."]),
    )
    for caption, title, book, lines in cases:
        found = caption_book(book, _tree(caption), book.title, lines)
        assert found is not None and (found.title, found.author) == (title, book.author), caption


def test_near_miss_a_bare_name_or_the_authors_own_stays():
    book = Book("A summer on the marsh", "Ellen Price")
    lines = ["Price wrote it late in life. Price never wastes a scene."]
    for caption in ("Tom Brandt, in his garden (2019)",  # a portrait of someone, unquoted
                    "“Ellen Price”, at the launch",  # the author herself, quoted
                    "Tom Brandt"):
        assert caption_book(book, _tree(caption), book.title, lines) is None, caption
    # the post names its headline: the headline stays the title
    named = ["A summer on the marsh is Price's best book. Price never wastes a scene."]
    assert caption_book(book, _tree("“Tom Brandt”, the new paperback"), book.title, named) is None
