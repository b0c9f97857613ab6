"""A card's or a shop's title loses its bracketed remark only where the page's cover image names the book without it
(bookremark.py, book11)."""

from lxml import html as lxml_html

from scraper.extract.bookld import from_card
from scraper.extract.bookremark import bare_title


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


def test_cover_alt_without_the_bracket_drops_it_czech():
    tree = _tree('<img src="/c/babicka.jpg" alt="Babička"><h1>Babička (2. vydání, vázaná)</h1>')
    assert bare_title("Babička (2. vydání, vázaná)", tree) == "Babička"


def test_cover_alt_without_the_bracket_drops_it_japanese_fullwidth():
    tree = _tree('<img src="/c/mori.jpg" alt="ノルウェイの森"><h1>ノルウェイの森（上下巻セット）</h1>')
    assert bare_title("ノルウェイの森（上下巻セット）", tree) == "ノルウェイの森"


def test_card_title_keeps_the_cover_name_greek():
    tree = _tree('<div class="book"><img class="book-cover" alt="Ο Χριστός ξανασταυρώνεται">'
                 '<h1 class="book-title">Ο Χριστός ξανασταυρώνεται (Σκληρό εξώφυλλο)</h1>'
                 '<p class="book-author">Νίκος Καζαντζάκης</p></div>')
    book = from_card(tree)
    assert book is not None and book.title == "Ο Χριστός ξανασταυρώνεται" and book.author == "Νίκος Καζαντζάκης"


def test_near_misses_keep_the_bracket():
    # no image names the bare title: the bracket may be the title's own ("Babička (a jiné povídky)")
    assert bare_title("Babička (a jiné povídky)", _tree('<h1>Babička (a jiné povídky)</h1>')) == "Babička (a jiné povídky)"
    # the cover names the whole title, bracket and all
    tree = _tree('<img alt="Σημειώσεις (1947-1950)"><h1>Σημειώσεις (1947-1950)</h1>')
    assert bare_title("Σημειώσεις (1947-1950)", tree) == "Σημειώσεις (1947-1950)"
    # an image of something else (the shop's logo) names only a word of the title
    tree = _tree('<img alt="Kniha"><h1>Kniha smíchu a zapomnění (brož.)</h1>')
    assert bare_title("Kniha smíchu a zapomnění (brož.)", tree) == "Kniha smíchu a zapomnění (brož.)"
    # no bracket: nothing to drop
    assert bare_title("ノルウェイの森", _tree('<img alt="ノルウェイ">')) == "ノルウェイの森"
