"""rev21 (mend21b): two book readers that took another book for the post's.

- bookld._classed: a namespaced card class ("lt-book-title") counts only when title and author share the namespace,
  never a place's word ("prev-", "next-", "rel-", "top-") and never inside a link to another page (a post's
  navigation to the previous or next review);
- bookkindhead.kind_stacked: the head of a stacked record is a word for a book's kind ("ROMAN", "NOVEL", "DECKARE"),
  not any word in capitals ("NEXT", "UPDATE", "NYTT" over a name and a title are a link or a notice).

Pages and records in our own words, several engines and languages."""

import pytest
from lxml import html

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import BIBLIO_TAIL, from_bibliography
from scraper.extract.bookkindhead import kind_stacked
from scraper.extract.bookld import from_card


# --- a card class after a namespace -------------------------------------------------------------------------------------

_REVIEW = ("<p>Ines Marlow has written a patient book about a lighthouse keeper and his deaf daughter, and I kept "
           "reading it long after midnight. The Salt Ledger spans one winter on an island off the coast.</p>"
           "<p>Marlow is good on weather and on silence. The middle drags a little, but the last chapter, when the "
           "daughter finally rows to the mainland alone, is the best thing I have read this spring.</p>"
           "<p>Some of the village scenes feel thin, and the brother is more a device than a person. Still, Marlow "
           "earns her ending, and I will be giving this book to friends. Four lamps out of five from me.</p>")


def _page(after: str, lang: str = "en", box: str = "entry-content") -> bytes:
    return (f'<html lang="{lang}"><head><title>Winter on the island - Reading Lamp</title></head><body><article>'
            f'<h1>Winter on the island</h1><div class="{box}">{_REVIEW}</div>{after}</article></body></html>').encode()


@pytest.mark.parametrize("after, lang", [
    # WordPress's post navigation, the theme's place prefix on the card classes
    ('<div class="post-navigation"><a href="/2026/03/ash-garden/"><span class="prev-label">Previous review</span> '
     '<span class="prev-book-title">The Ash Garden</span> <span class="prev-book-author">Owen Trask</span></a></div>', "en"),
    # a Ghost theme's "next" link, French labels
    ('<div class="read-next"><a href="/le-jardin-de-cendres/"><small>Critique suivante</small> '
     '<span class="next-book-title">Le Jardin de cendres</span> <span class="next-book-author">Odile Marchetti</span></a></div>', "fr"),
    # a Blogger template's "rel-" block of one linked post, Spanish
    ('<div class="entrada-vecina"><a href="https://lamparita.blogspot.com/2026/02/el-jardin.html">'
     '<b class="rel-book-title">El jardín de ceniza</b> <i class="rel-book-author">Olga Trasmonte</i></a></div>', "es"),
    # a namespaced part inside a link to another post, though its prefix names no place
    ('<div class="mini-teaser"><a href="/2026/01/der-aschegarten/"><span class="lt-book-title">Der Aschegarten</span> '
     '<span class="lt-book-author">Otto Traxler</span></a></div>', "de"),
])
def test_linked_or_placed_card_is_not_the_book(after, lang):
    record = extract_page(_page(after, lang), "https://readinglamp.example/2026/04/winter-on-the-island/")
    assert record.book_author not in ("Owen Trask", "Odile Marchetti", "Olga Trasmonte", "Otto Traxler")
    assert record.book_title not in ("The Ash Garden", "Le Jardin de cendres", "El jardín de ceniza", "Der Aschegarten")


def _card(title_class: str, author_class: str, link: str = "") -> str:
    title = f'<span class="{title_class}">The Salt Ledger</span>'
    return (f'<html><body><main><div class="yy-post"><div class="yy-card"><img src="/c.jpg" alt="">'
            f'<div class="yy-meta">{f"<a href={link!r}>{title}</a>" if link else title} '
            f'<span class="{author_class}">Ines Marlow</span></div></div><p>My notes on it.</p></div></main></body></html>')


@pytest.mark.parametrize("title_class, author_class", [
    ("prev-book-title", "prev-book-author"),
    ("top-book-title", "top-book-author"),
    ("lt-book-title", "zz-book-author"),  # two namespaces: two blocks, no one card
    ("book-title", "lt-book-author"),
])
def test_card_namespace_must_be_shared_and_no_place(title_class, author_class):
    assert from_card(html.fromstring(_card(title_class, author_class))) is None


@pytest.mark.parametrize("title_class, author_class, link", [
    ("lt-book-title", "lt-book-author", ""),  # the reading app's card, the page's own book
    ("c-book-title", "c-book-author", "#cover"),  # a link within the page is no other post
    ("app-book-name", "app-book-author", ""),
    ("book-title", "book-author", "/shop/the-salt-ledger"),  # the bare form, as read before the namespace
])
def test_shared_namespace_card_still_read(title_class, author_class, link):
    book = from_card(html.fromstring(_card(title_class, author_class, link)))
    assert book and (book.title, book.author) == ("The Salt Ledger", "Ines Marlow")


# --- a stacked record's head ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lines, said", [
    (["NEXT", "Hannah Corbel", "The Lantern Field", "Serpentine Press, 2024"], "Corbel"),  # a link to the next post
    (["UPDATE", "Hannah Corbel", "Coming to our reading group", "Thursday 12 June, 2026"], "Corbel"),
    (["NYTT", "Elsa Berglund", "Vinterns sista färja", "Norstedts, 2019"], "Berglund"),  # sv "new" over another book
    (["NÄCHSTE", "Jonas Lehner", "Die Uhr am Bahnhof", "Hanser Verlag, 2021"], "Lehner"),
    (["LESETIPP", "Jonas Lehner", "Die Uhr am Bahnhof", "Hanser Verlag, 2021, 240 Seiten"], "Lehner"),
])
def test_capitals_head_that_is_no_kind(lines, said):
    context = Context("\n".join(["Sehr schön geschrieben, und ich mochte es.", f"{said} writes well; {said} knows it."]), [], None)
    assert kind_stacked(lines, BIBLIO_TAIL, context) is None
    assert kind_stacked(["Thanks for reading."] + lines, BIBLIO_TAIL, context) is None


@pytest.mark.parametrize("lines, title, author", [
    (["NOVEL", "Hannah Corbel", "The Lantern Field", "Serpentine Press, 2024"], "The Lantern Field", "Hannah Corbel"),
    (["DECKARE", "Elsa Berglund", "Vinterns sista färja", "Norstedts, 2019"], "Vinterns sista färja", "Elsa Berglund"),
    (["ROMAN", "Jonas Lehner", "Die Uhr am Bahnhof", "Hanser Verlag, 2021, 240 Seiten"], "Die Uhr am Bahnhof", "Jonas Lehner"),
    (["POESIE", "Giulia Ferrante", "Il sale delle ore", "Einaudi, 2022"], "Il sale delle ore", "Giulia Ferrante"),
    (["ROMANZO", "Giulia Ferrante", "Il sale delle ore", "Einaudi, 2022"], "Il sale delle ore", "Giulia Ferrante"),
])
def test_kind_head_still_read(lines, title, author):
    surname = author.split()[-1]
    context = Context("\n".join(lines + [f"{surname} writes well; {surname} knows it."]), [], None)
    assert kind_stacked(lines, BIBLIO_TAIL, context) == (title, author)
    assert from_bibliography(lines, context) == (title, author)


def test_capitals_notice_under_a_review_is_not_the_book():
    after = ('<div class="entry-footer"><p>NEXT</p><p>Hannah Corbel</p><p>The Lantern Field</p>'
             '<p>Serpentine Press, 2024</p></div>')
    body = _REVIEW + '<p>NEXT</p><p>Hannah Corbel</p><p>The Lantern Field</p><p>Serpentine Press, 2024</p>'
    page = (f'<html lang="en"><head><title>Winter on the island</title></head><body><article><h1>Winter on the island</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>').encode()
    for doc in (page, _page(after)):
        record = extract_page(doc, "https://readinglamp.example/2026/04/winter-on-the-island/")
        assert (record.book_title, record.book_author) != ("The Lantern Field", "Hannah Corbel")
