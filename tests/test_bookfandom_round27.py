"""A fan-fiction archive's work page (AO3 and archives built like it): its one fandom tag, "Title - Author", names the
book its work is about (holdout28 round). English and Russian (a fandom named in two languages, siblings sharing a
surname); near misses: a crossover's two fandoms, a fandom with no author, an author the text never names, a media
fandom ("- All Media Types")."""

from __future__ import annotations

import lxml.html

from scraper.extract.book import Context
from scraper.extract.bookfandom import fandom_book


def _page(fandoms: list[str], text: str):
    links = "".join(f'<li><a class="tag" href="/tags/x">{f}</a></li>' for f in fandoms)
    html = (f'<html><body><dl class="work meta group"><dt class="fandom tags">Fandom:</dt><dd class="fandom tags">'
            f'<ul class="commas">{links}</ul></dd></dl><div class="userstuff"><p>{text}</p></div></body></html>')
    tree = lxml.html.fromstring(html)
    return tree, Context(text)


def _found(fandoms, text):
    book = fandom_book(*_page(fandoms, text))
    return (book.title, book.author) if book else None


def test_english_fandom_title_and_author():
    assert _found(["The Salt Ledger - Ada Berg"], "Berg writes the harbour so well.") == ("The Salt Ledger", "Ada Berg")


def test_russian_fandom_in_two_languages_by_siblings():
    fandom = "Северный ветер - Пётр и Павел Громовы | North Wind - Pyotr &amp; Pavel Gromov"
    assert _found([fandom], "Громовы писали это весело.") == ("Северный ветер", "Пётр и Павел Громовы")


def test_near_miss_a_crossover_has_two_fandoms():
    assert _found(["The Salt Ledger - Ada Berg", "Quiet Rooms - Lena Holt"], "Berg and Holt.") is None


def test_near_miss_a_fandom_with_no_author():
    assert _found(["Original Work"], "An original story.") is None
    assert _found(["Star Wars - All Media Types"], "Types and media.") is None


def test_near_miss_an_author_the_text_never_names():
    assert _found(["The Salt Ledger - Ada Berg"], "A story about a harbour.") is None


def test_near_miss_no_fandom_list():
    tree = lxml.html.fromstring('<html><body><p class="fandom">The Salt Ledger - Ada Berg</p></body></html>')
    assert fandom_book(tree, Context("Berg")) is None
