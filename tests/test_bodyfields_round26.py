"""Round 26: the book's record in a Drupal field of its own after the body field (bodyfields) joins the body: a heading
and a short line with a year. Near misses: a tags field, a button field, a field with no heading, a long field."""

import lxml.html

from scraper.extract.bodyfields import append_record_fields


def _node(after: str) -> lxml.html.HtmlElement:
    root = lxml.html.fromstring(
        "<html><body><article><div class='field field--name-body text-formatted'><p>Review text of our own.</p></div>"
        f"{after}</article></body></html>")
    return root.cssselect(".field--name-body")[0]


def test_record_fields_join_the_body():
    for after, line in (
            ("<div class='field field--name-field-record'><h3>Om bogen</h3><p>Ida Brandt: Havnen. Nordlys, 2025. 280 sider.</p></div>",
             "Nordlys, 2025"),
            ("<div class='field field--name-field-details'><h2>Az könyvről</h2><p>Kiss Anna: A kikötő. Hajnal Kiadó, 2024, 312 oldal.</p></div>",
             "Hajnal Kiadó, 2024")):
        body = _node(after)
        append_record_fields(body)
        assert line in body.text_content()


def test_near_misses_stay_out():
    for after in (
            "<div class='field field--name-field-tags'><h3>Emner</h3><p><a href='/t/1'>Roman</a> <a href='/t/2'>Havet 1920</a></p></div>",
            "<div class='field field--name-field-find'><a class='button' href='https://lib.example/x'>Find bogen, 2025</a></div>",
            "<div class='field field--name-field-note'><p>Ida Brandt: Havnen. Nordlys, 2025. 280 sider.</p></div>",
            "<div class='field field--name-field-bio'><h3>Om anmelderen</h3><p>" + "Anmelderen har skrevet om bøger siden 1998 og bor i Aarhus med sin familie. " * 3 + "</p></div>",
            "<div class='field field--name-field-bio'><h3>Om anmelderen</h3><p>Anmelderen har skrevet om bøger siden 1998.</p></div>"):
        body = _node(after)
        before = body.text_content()
        append_record_fields(body)
        assert body.text_content() == before, after
