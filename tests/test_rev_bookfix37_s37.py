"""Misfires of bookfix37's rules found in review (rev-bookfix37):

- an older-style credit "T by Mrs Gaskell" / "T by Mr. Tagore" / pen name "Miss Read" is the author, not a character
  addressed by a title (bookvendorline.vendored drops only a name the page never credits after the title's by-word);
- a name closed by "Press" before the record's own house is a person ("Joy Press, Atria Books": bookboxhouse);
- a closing fact list's credit heads the list: "Cover art by X" or a contents line after the facts is none (bookfactlist);
- a shop's brand over the h1 ("Lonely Planet", "Penguin Random House") is said whole, never by a surname alone.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.book import Book

_REST = ("<p>The writing is plain and warm, and the characters are distinct without being cute; the chapter at the "
         "mill is the best thing in it.</p><p>The ending hurries, but it is a lovely, sad, hopeful book that I would "
         "give to anyone.</p>")


def _review(headline: str, first: str, extra: str = ""):
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline} | Slow Shelf</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">'
            f'<p>{first}</p>{_REST}{extra}<p>Rating: 4 of 5</p></div></article></body></html>')
    return extract_page(html, "https://slowshelf.example.org/2026/11/a-review/")


@pytest.mark.parametrize("title,author,opening", [
    ("North and South", "Mrs Gaskell", "is the novel I return to each winter; Margaret Hale moves north to Milton."),
    ("Gitanjali", "Mr. Tagore", "was the first book of verse my grandfather gave me; the songs are short and luminous."),
    ("Village School", "Miss Read", "is a gentle chronicle of a village school and its year."),
])
def test_an_addressed_name_credited_after_the_title_is_the_author(title, author, opening):
    record = _review(f"Review: {title} by {author}", f"{title} by {author} {opening}")
    assert (record.book_title, record.book_author) == (title, author)


def test_near_miss_an_addressed_character_talked_about_is_still_no_author():
    record = _review("Review: The Atlas", "Mr Harlan's only book was a battered atlas, and in this novel he lends it "
                     "to the children of a fishing village one page at a time.")
    assert record.book_author != "Mr Harlan"


def test_a_writer_named_press_before_the_records_own_house_is_the_author():
    record = _review("Review: Stealing the Show", "<em>Stealing the Show</em>, Joy Press, Atria Books, 2018, 320 pages",
                     "<p>She writes with a cold clarity; the middle chapters drag but the close is unforgettable.</p>")
    assert (record.book_title, record.book_author) == ("Stealing the Show", "Joy Press")


def test_near_miss_a_press_right_before_the_year_is_still_the_house():
    from scraper.extract.bookboxhouse import imprint_name
    assert imprint_name("Lantern Press", "2016, 212 pages", None)
    assert not imprint_name("Joy Press", "Atria Books, 2018, 320 pages", None)


@pytest.mark.parametrize("last", ["Cover art by Jane Smith", "Stories by Ken Liu, Nnedi Okorafor and Ted Chiang"])
def test_an_unlabelled_item_after_the_facts_is_no_credit(last):
    from scraper.extract.bookfactlist import fact_list_book
    assert fact_list_book(["- Publisher: Orbit", "- Pages: 400", f"- {last}"]) is None


def test_near_miss_the_credit_heading_the_fact_list_is_still_read():
    from scraper.extract.bookfactlist import fact_list_book
    book = fact_list_book(["- The Last Crossing by Mara Vell", "- Publisher: Lantern Press", "- Pages: 212"])
    assert (book.title, book.author) == ("The Last Crossing", "Mara Vell")


def _product(caption: str, title: str, description: list[str]) -> str:
    desc = "".join(f"<p>{p}</p>" for p in description)
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>{title} – Tern Street Books</title></head>'
        '<body class="template-product"><header><a href="/">Tern Street Books</a><a href="/cart">Cart</a></header>'
        '<main><section class="product"><div class="product__media"><img src="/cdn/x.jpg" alt=""></div>'
        f'<div class="product__info"><p class="product__vendor caption">{caption}</p>'
        f'<div class="product__title"><h1>{title}</h1></div>'
        '<div class="price"><span class="price-item">$24.00 NZD</span></div>'
        '<div class="product-form__buttons"><button class="product-form__submit">Add to cart</button></div>'
        f'<div class="product__description rte"><h3>Staff pick:</h3>{desc}</div>'
        '</div></section></main></body></html>'
    )


@pytest.mark.parametrize("caption,title,description", [
    ("Lonely Planet", "Japan Travel Guide", "The newest edition of Lonely Planet's bestselling guide covers Tokyo."),
    ("Penguin Random House", "The Rock Light", "Penguin Random House brings a new edition. Lind writes it with care."),
])
def test_a_brand_said_whole_in_the_description_is_no_author(caption, title, description):
    from scraper.extract.bookvendorline import vendored
    tree = lxml.html.fromstring(_product(caption, title, [description, "I loved it and read it in the shop."]))
    book = vendored(Book(title, "Ana Lind" if "Lind" in description else None, source="title"), tree)
    assert book.author != caption


def test_near_miss_a_writer_called_by_the_surname_is_the_vendor_author():
    from scraper.extract.bookvendorline import vendored
    tree = lxml.html.fromstring(_product("Ana Lind", "The Rock Light", ["Lind writes the girl's voice with care."]))
    assert vendored(Book("The Rock Light", None, source="title"), tree).author == "Ana Lind"
