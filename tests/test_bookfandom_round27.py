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


# --- a web-fiction site's fiction header over a reader's review ----------------------------------------------------

from scraper.extract.bookfandom import fiction_header  # noqa: E402


def _fiction(page_title: str, by_line: str = '<span>by</span> <a href="/profile/7781">saltwife</a>', h1: str = "Harbour of Moths"):
    return lxml.html.fromstring(
        f'<html><head><title>{page_title}</title></head><body><div class="fic-header"><div class="fic-title">'
        f'<h1>{h1}</h1><h4>{by_line}</h4></div></div><div class="review"><div class="review-meta">'
        f'<a href="/profile/99">Quill_Reader</a></div><p>A long serial, slow and kind.</p></div></body></html>')


def test_a_fiction_header_under_a_review_page_title():
    book = fiction_header(_fiction("Review of Harbour of Moths by Quill_Reader | Serial Site"))
    assert (book.title, book.author) == ("Harbour of Moths", "saltwife")


def test_a_fiction_header_in_german():
    tree = _fiction("Rezension: Hafen der Motten von Leser_Quill", '<span>von</span> <a href="/users/salzfrau">salzfrau</a>',
                    "Hafen der Motten")
    book = fiction_header(tree)
    assert (book.title, book.author) == ("Hafen der Motten", "salzfrau")


def test_near_miss_a_blog_posts_own_byline():
    # the page's title is the post's headline, not "Review of <h1>": the "by" under it is the blogger
    assert fiction_header(_fiction("Harbour of Moths | My Reading Blog")) is None


def test_near_miss_the_by_line_names_the_reviewer():
    tree = _fiction("Review of Harbour of Moths by Quill_Reader", '<span>by</span> <a href="/profile/99">Quill_Reader</a>')
    assert fiction_header(tree) is None


def test_near_miss_the_by_link_goes_to_no_profile_page():
    tree = _fiction("Review of Harbour of Moths by Quill_Reader", '<span>by</span> <a href="/shop/saltwife">saltwife</a>')
    assert fiction_header(tree) is None
