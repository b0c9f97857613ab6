"""Who is not the author, and where a shop credits the author (bookfix37):

- a person the text addresses by a courtesy title ("Mr Harlan", "Frau Lenz") owns no book: a character's (bookaddressed);
- a shop's product page that sets the author's name alone on the line over the product's h1, the vendor caption of
  Shopify's themes (bookvendorline).

Near misses: a name that merely opens like a title of address ("Missy Cole", "Mrinal Sen"); a vendor caption that is a
house ("Gannet Books") or a name the page never names again; a breadcrumb over the title."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page


def addressed(name: str) -> bool:
    from scraper.extract.bookaddressed import addressed as rule  # (imported late: the page tests run on older code too)
    return rule(name)


@pytest.mark.parametrize("name", ["Mr Harlan", "Mrs Pell", "Frau Lenz", "Monsieur Ibrahim", "Mme Roux", "Señora Paz",
                                  "Pani Kowalska"])
def test_titles_of_address(name):
    assert addressed(name)


@pytest.mark.parametrize("name", ["Missy Cole", "Mrinal Sen", "Frauke Brandes", "Pankaj Mishra", "Don DeLillo"])
def test_near_miss_names_that_open_like_a_title_of_address(name):
    assert not addressed(name)


_OPENING = ("{owner}'s only book was a battered atlas, and in this novel he lends it to the children of a fishing "
            "village one page at a time, until the whole village knows the shape of countries none of them will see.")
_REST = [
    "The writing is plain and warm, and the children's voices are distinct without being cute; the chapter in which "
    "they draw their own map of the village on the schoolroom wall is the best thing in it.",
    "The ending hurries, and one of the adults is more symbol than person, but it is a lovely, sad, hopeful book.",
    "I would give it to anyone who remembers the first book that made the world larger.",
]


def _review(owner: str):
    body = "".join(f"<p>{p}</p>" for p in [_OPENING.format(owner=owner)] + _REST)
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Review: The Atlas | Slow Shelf</title></head><body>'
            '<article class="post"><h1 class="entry-title">Review: The Atlas</h1><div class="entry-content">'
            f'{body}<p>Rating: 4 of 5</p></div></article></body></html>')
    return extract_page(html, "https://slowshelf.example.org/2026/11/the-atlas/")


def test_a_character_addressed_as_mr_is_not_the_author():
    assert _review("Mr Harlan").book_author != "Mr Harlan"


def test_near_miss_a_writer_whose_name_opens_like_a_title_is_still_the_owner():
    record = _review("Missy Cole")
    assert record.book_author == "Missy Cole"


_DESCRIPTION = [
    "On the rock the only grown-up left is the keeper, Mr Pell, who has one book to read from, an old almanac, and "
    "the keeper's daughter learns the tides from it the winter he falls ill and she has to keep the light herself.",
    "{surname} writes the girl's voice with such care that you forget an adult is behind it, and the last chapters, "
    "when the relief boat does not come, had me reading standing up in the shop.",
    "A small book that goes a long way. I have sold it to school groups and to grandparents alike.",
]


def _product_html(caption: str, surname: str = "Lind") -> str:
    desc = "".join(f"<p>{p.format(surname=surname)}</p>" for p in _DESCRIPTION)
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>The Rock Light – Tern Street Books</title></head>'
        '<body class="template-product"><header><a href="/">Tern Street Books</a><a href="/cart">Cart</a></header>'
        '<main><section class="product"><div class="product__media"><img src="/cdn/rock-light.jpg" alt=""></div>'
        f'<div class="product__info"><p class="product__vendor caption">{caption}</p>'
        '<div class="product__title"><h1>The Rock Light</h1></div>'
        '<div class="price"><span class="price-item">$24.00 NZD</span></div>'
        '<div class="product-form__buttons"><button class="product-form__submit">Add to cart</button></div>'
        f'<div class="product__description rte"><h3>Staff pick — Mere says:</h3>{desc}</div>'
        '</div></section></main></body></html>'
    )


def _vendored(caption: str, surname: str = "Lind", author: str | None = "Mr Pell"):
    """The finishing step on the page's tree, given the book the prose rules read (a review's page: the caption is
    read only after the page's kind is known)."""
    import lxml.html

    from scraper.extract.book import Book
    from scraper.extract.bookvendorline import vendored
    return vendored(Book("The Rock Light", author, source="title"), lxml.html.fromstring(_product_html(caption, surname)))


def test_the_vendor_caption_over_a_products_title_is_its_author():
    # (the prose's guess, the keeper "Mr Pell" who has one book, yields to the shop's credit)
    book = _vendored("Ana Lind")
    assert (book.title, book.author) == ("The Rock Light", "Ana Lind")


def test_without_a_caption_the_addressed_character_is_not_the_author():
    assert _vendored("", author="Mr Pell") is None


def test_near_miss_without_a_caption_a_plain_name_stays_the_author():
    book = _vendored("", author="Ana Lind")
    assert book is not None and book.author == "Ana Lind"


def test_near_miss_a_house_as_the_vendor_is_no_author():
    assert _vendored("Gannet Books", surname="Books", author="Ana Lind").author == "Ana Lind"


def test_near_miss_a_vendor_name_the_page_never_names_again_is_not_read():
    assert _vendored("Nora Vale", surname="The writer", author="Ana Lind").author == "Ana Lind"


def test_near_miss_a_product_page_without_a_review_keeps_its_kind():
    # (the caption is read only for a review: a product page with the shop's blurb stays what it was)
    record = extract_page(_product_html("Ana Lind"), "https://ternstreetbooks.example.org/products/the-rock-light")
    assert record.kind != "review" or record.book_author == "Ana Lind"
