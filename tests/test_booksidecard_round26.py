"""booksidecard: a reader's review page whose book card sits in its sidebar (round 26, helper bookB)."""

from lxml import html

from scraper.extract.booksidecard import side_card


def _page(title: str, h1: str, side: str, extra: str = "") -> tuple:
    doc = f"""<html><head><title>{title}</title></head><body>
    <main><article><h1>{h1}</h1><div class="entry"><p>Reader's words about the book go here, long enough.</p></div>
    </article>{extra}</main><aside class="right-col">{side}</aside></body></html>"""
    tree = html.fromstring(doc)
    return tree, [title]


_CARD_EN = ('<div class="book-card"><img src="c.jpg" alt=""><h2 class="book-card__title">The Orchard Ledger</h2>'
            '<p class="book-card__author">by Maren Holloway</p><p class="book-card__stats">9 reviews</p></div>')
_CARD_RU = ('<div class="xr-book-card"><div class="xr-book-card__author"><a href="/authors/x">Ирина Сомова</a></div>'
            '<div class="xr-book-card__title"><a href="/books/y">Тихая пристань</a></div></div>')


def test_english_reader_review_beside_its_book_card():
    tree, titles = _page("Priya's review of The Orchard Ledger | Shelfside", "Apples, debts and a long winter", _CARD_EN)
    book = side_card(tree, titles)
    assert (book.title, book.author) == ("The Orchard Ledger", "Maren Holloway")


def test_russian_review_page_titled_with_the_book():
    tree, titles = _page("Рецензия на книгу «Тихая пристань» — Читальня", "Долгое лето у воды", _CARD_RU)
    book = side_card(tree, titles)
    assert (book.title, book.author) == ("Тихая пристань", "Ирина Сомова")


def test_card_named_by_the_h1_only():
    tree, titles = _page("Shelfside", "The Orchard Ledger: a slow burn", _CARD_EN)
    assert side_card(tree, titles).author == "Maren Holloway"


def test_currently_reading_widget_about_another_book_is_not_the_review():
    # near miss: a blog's sidebar shows what its writer reads now; the post is about something else
    tree, titles = _page("Autumn walks and a reading slump | My Blog", "Autumn walks and a reading slump", _CARD_EN)
    assert side_card(tree, titles) is None


def test_russian_sidebar_card_of_another_book():
    tree, titles = _page("Итоги месяца — Читальня", "Итоги месяца", _CARD_RU)
    assert side_card(tree, titles) is None


def test_a_shelf_of_cards_names_no_one_book():
    # near miss: two cards in the sidebar (a shelf), even if the title names one of them
    other = _CARD_EN.replace("The Orchard Ledger", "Salt Roads").replace("Maren Holloway", "Tobias Reyne")
    tree, titles = _page("Priya's review of The Orchard Ledger", "Apples", _CARD_EN + other)
    assert side_card(tree, titles) is None


def test_title_named_only_as_part_of_a_word_is_not_named():
    card = _CARD_EN.replace("The Orchard Ledger", "Ledger")
    tree, titles = _page("Ledgers I kept in 2025", "Ledgers I kept", card)
    assert side_card(tree, titles) is None


def test_sidebar_without_book_classes_gives_nothing():
    side = '<div class="widget"><h3>The Orchard Ledger</h3><p>by Maren Holloway</p></div>'
    tree, titles = _page("Priya's review of The Orchard Ledger", "Apples", side)
    assert side_card(tree, titles) is None
