"""The section's label over a story (sectionslug, helper body41a of the holdout41 round), in our own words and markup:
a short line or small heading that is only links to the site's own section pages, the body's first line or beside the
headline ("<h3><a href='/sections/fiction/'>Fiction</a></h3>", de "/rubrik/", es "/seccion/", ru "/rubrika/"), goes;
near misses: a tag's link (named after the book's author), a category linked in a sentence, another site's section, a
label that links nowhere, a section link far down the text.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.sectionslug import section_label

EN = [
    "Some novels hand you a map and then quietly burn it. This one begins as a tidy family saga about three sisters who "
    "inherit a failing orchard, and ends somewhere far stranger, in a winter that seems to last for a decade.",
    "The author is patient with her people. Each sister gets a section told in her own rhythm, and the shifts between "
    "them are where the book does its best work, letting one sister's certainty curdle in another's memory.",
    "It is not flawless: the last chapter explains more than it needs to. But it is the rare book that made me want to "
    "start again the moment I closed it, and I suspect I will.",
]
DE = [
    "Dieser Roman beginnt wie eine ruhige Familiengeschichte über drei Schwestern, die einen verschuldeten Obsthof erben, "
    "und endet an einem viel seltsameren Ort, in einem Winter, der kein Ende nehmen will.",
    "Die Autorin lässt sich Zeit mit ihren Figuren. Jede Schwester bekommt einen eigenen Teil mit eigenem Rhythmus, und "
    "gerade in den Übergängen zwischen ihnen entfaltet das Buch seine größte Kraft.",
    "Das letzte Kapitel erklärt zu viel, aber ich habe selten ein Buch gelesen, das ich sofort noch einmal anfangen wollte.",
]
ES = [
    "La novela empieza como una saga familiar tranquila sobre tres hermanas que heredan un huerto lleno de deudas, y "
    "termina en un lugar mucho más extraño, en un invierno que parece no acabar nunca.",
    "La autora tiene paciencia con sus personajes. Cada hermana cuenta su parte con su propio ritmo, y es en los cambios "
    "de voz donde el libro encuentra su mejor momento.",
    "El último capítulo explica demasiado, pero pocas veces he cerrado un libro con tantas ganas de volver a empezarlo.",
]


def _story(lang: str, host: str, over: str, headline: str, paragraphs: list[str], under: str = "") -> tuple[str, str]:
    url = f"https://{host}/2026/12/04/orchard-review"
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title>"
            f"<link rel='canonical' href='{url}'></head><body><header><a href='/'>Home</a></header>"
            f"<article class='story'><div class='story-head'>{over}<h1>{headline}</h1>{under}</div>"
            f"<div class='story-text'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></article></body></html>")
    return html, url


def test_a_section_label_over_the_headline_goes_en_de_es():
    for lang, host, over, words, paragraphs in (
        ("en", "radio.example.org", "<h3 class='slug'><a href='/sections/fiction/'>Fiction</a></h3>", "Fiction", EN),
        ("de", "zeitung.example.de", "<p class='dachzeile'><a href='/rubrik/literatur/'>Literatur</a></p>", "Literatur", DE),
        ("es", "diario.example.es", "<div class='antetitulo'><a href='https://www.diario.example.es/seccion/cultura/'>Cultura</a>"
                                    " › <a href='/seccion/cultura/libros/'>Libros</a></div>", "Libros", ES),
    ):
        html, url = _story(lang, host, over, "The orchard winters", paragraphs)
        record = extract_page(html, url)
        assert words not in record.body_text, (lang, record.body_text[:80])
        assert paragraphs[0][:40] in record.body_text


def test_a_section_label_under_the_headline_goes():
    html, url = _story("en", "radio.example.org", "", "The orchard winters", EN,
                       under="<h4><a href='/category/book-reviews/'>Book reviews</a></h4>")
    assert "Book reviews" not in extract_page(html, url).body_text


def _line(inner: str, tag: str = "p"):
    return fragment_fromstring(f"<{tag}>{inner}</{tag}>")


def test_section_labels_in_several_scripts():
    assert section_label(_line("<a href='/rubrika/knigi/'>Книги</a>", "h3"))  # ru
    assert section_label(_line("<a href='/category/dokusho/'>読書感想</a>", "div"))  # ja
    assert section_label(_line("<a href='/index.php?cat=7'>Recenzje</a>"))  # pl, an address with a query


def test_section_label_near_misses():
    # a tag's link: tags are named after the book or its author
    assert not section_label(_line("<a href='/tag/ada-wren/'>Ada Wren</a>", "h3"))
    assert not section_label(_line("<a href='/topics/fiction/'>Fiction</a>", "h3"))
    # a category linked in a sentence of the review
    assert not section_label(_line("More in <a href='/category/fiction/'>fiction</a> soon"))
    # another site's section
    assert not section_label(_line("<a href='https://other.example.com/sections/books/'>Books</a>"), "radio.example.org")
    # a label that links nowhere, a long linked line
    assert not section_label(_line("Book Reviews", "h3"))
    assert not section_label(_line("<a href='/category/x/'>All our reviews of novels about orchards and winters and sisters</a>"))


def test_a_section_link_down_the_text_stays():
    # a short linked line between the paragraphs, far from the headline: the review's own pointer (other rules' matter)
    html, url = _story("en", "radio.example.org", "", "The orchard winters", EN[:2] + ["<a href='/category/fiction/'>Fiction</a>"] + EN[2:])
    record = extract_page(html, url)
    assert EN[2][:30] in record.body_text
    assert not any(r["rule"] == "section label" for r in record.removed)
