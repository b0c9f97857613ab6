"""bookbesidefield: the book's record line in a field beside the review's body field, within the post's box."""

from lxml import html as lxml_html

from scraper.extract.book import Context
from scraper.extract.bookbesidefield import beside_record


def _body(page: str):
    tree = lxml_html.fromstring(page)
    return tree, tree.xpath("//*[contains(@class, 'field--name-body')]")[0]


_DA = """<html><body><main><article class="node"><h1>Havet og byen</h1><div class="node__content">
<div class="field field--name-body"><p>{text}</p></div>
<div class="field field--name-field-record"><h3>Fakta</h3><p>{record}</p></div>
<div class="field field--name-related"><h3>Læs også</h3><ul><li><a href="/x">{linked}</a></li></ul></div>
</div></article></main></body></html>"""

_DE = """<html><body><article class="post"><h1>Ein Winter in den Bergen</h1>
<div class="entry-content field--name-body"><p>{text}</p></div>
<section class="book-box"><h4>Das Buch</h4><p>{record}</p></section>
</article></body></html>"""


def test_record_field_after_body_da():
    text = "Romanen følger en landsby gennem et år. Ørsted skriver tørt, men Ørsted rammer præcist."
    tree, body = _body(_DA.format(text=text, record="Mette Ørsted: Saltvand. Forlaget Bølge, 2024. 240 sider.",
                                  linked="Ida Holm: Sne. Forlaget Bølge, 2021. 180 sider."))
    book = beside_record(body, Context(text, (), "da"))
    assert (book.title, book.author) == ("Saltvand", "Mette Ørsted")


def test_record_box_after_body_de():
    text = "Eine Frau bleibt allein auf der Alm zurück. Haushofer erzählt das ruhig, und Haushofer lässt nichts aus."
    tree, body = _body(_DE.format(text=text, record="Marlen Haushofer: Die Wand. Ullstein, 2019. 288 Seiten."))
    book = beside_record(body, Context(text, (), "de"))
    assert (book.title, book.author) == ("Die Wand", "Marlen Haushofer")


def test_near_miss_author_not_named_in_text():
    text = "Eine Frau bleibt allein auf der Alm zurück, ruhig erzählt."
    tree, body = _body(_DE.format(text=text, record="Marlen Haushofer: Die Wand. Ullstein, 2019. 288 Seiten."))
    assert beside_record(body, Context(text, (), "de")) is None


def test_near_miss_only_a_linked_record_da():
    # the other review's record in a "read also" link list is no record of this book, even if the text names its author
    text = "Romanen følger en landsby gennem et år, og Holm nævnes som forbillede. Holm igen."
    tree, body = _body(_DA.format(text=text, record="Udgivet i serien Nordiske klassikere.",
                                  linked="Ida Holm: Sne. Forlaget Bølge, 2021. 180 sider."))
    assert beside_record(body, Context(text, (), "da")) is None


def test_near_miss_a_line_without_record_marks_de():
    text = "Haushofer erzählt ruhig, und Haushofer lässt nichts aus."
    tree, body = _body(_DE.format(text=text, record="Marlen Haushofer: Die Wand"))
    assert beside_record(body, Context(text, (), "de")) is None


def test_near_miss_record_outside_the_post_box():
    text = "Haushofer erzählt ruhig, und Haushofer lässt nichts aus."
    page = f"""<html><body><article class="post"><div class="field--name-body"><p>{text}</p></div></article>
    <aside class="sidebar"><p>Marlen Haushofer: Die Wand. Ullstein, 2019. 288 Seiten.</p></aside></body></html>"""
    tree, body = _body(page)
    assert beside_record(body, Context(text, (), "de")) is None


def test_near_miss_no_body():
    assert beside_record(None, Context("x", (), "en")) is None
