"""Misfires of bookeng36's rules found on pages nobody wrote them for (rev-bookeng36): a quotation's source in the
record's shape with a lower-case second part (bookclosingfront), an author photo's caption dated by a capitalised month
(bookcaptionnamefirst), and a contents box whose "label" names the book in italics (bookcontents)."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptionnamefirst import name_first
from scraper.extract.bookclosingfront import closing_front
from scraper.extract.bookcontents import contents_blocks
from scraper.extract.bookopening import marked_paragraphs

_ES = [
    "Leo estos cuentos despacio, uno por noche, en el balcón de la casa de mi abuela en Arequipa.",
    "García Márquez escribe con una ironía seca que nunca se vuelve cruel; cada capítulo termina antes de tiempo.",
    "La familia Buendía atraviesa guerras, pestes y lluvias que duran años, y el pueblo crece y se hunde con ella.",
    "Lo recomiendo a quien tenga paciencia para las sagas largas.",
]


def _es_page(closing: str, headline: str) -> tuple:
    body = "".join(f"<p>{p}</p>" for p in _ES) + f"<p><em>{closing}</em></p>"
    html = (f'<html lang="es"><head><meta charset="utf-8"><title>{headline} | Cuaderno</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')
    record = extract_page(html, "https://cuaderno.example.org/2026/11/resena/")
    return record.book_title, record.book_author


def test_quotation_source_with_lower_case_part_is_no_record():
    line = "Gabriel García Márquez, en una entrevista. El País, 1982."
    lines = [*_ES, line]
    assert closing_front(lines, Context("\n".join(lines), (), "es")) is None
    assert _es_page(line, "Reseña")[0] != "en una entrevista"


def test_capitalised_record_still_read():
    line = "Gabriel García Márquez, Cien años de soledad. Sudamericana, 1967."
    lines = [*_ES, line]
    assert closing_front(lines, Context("\n".join(lines), (), "es")) == ("Cien años de soledad", "Gabriel García Márquez")


_EN = [
    "I first read this on a long train journey north, and it has stayed with me through three house moves since.",
    "Okonkwo-Reyes tells the story of a lighthouse keeper's daughter who inherits a debt nobody can explain.",
    "Okonkwo-Reyes never raises her voice, and the quiet is the point.",
]


def _person(context: Context):
    return lambda name: len(name.split()) >= 2 and context.vouches_for(name)


def test_author_photo_dated_by_month_is_no_record():
    context = Context("\n".join(_EN))
    assert name_first(["Ada Okonkwo-Reyes, Edinburgh Book Festival (August 2019), photographed by Tom Hardcastle."],
                      "The debt that followed her", _person(context)) is None


def test_record_dated_by_lower_case_words_still_read():
    context = Context("\n".join(_EN))
    assert name_first(["Ada Okonkwo-Reyes, The Keeper's Ledger (first published 1961), new edition"],
                      "The debt that followed her", _person(context)) == ("The Keeper's Ledger", "Ada Okonkwo-Reyes")


_SECTIONS = [("The story, quickly", "Wren and her brother run a failing puppet theatre on a pier."),
             ("The brother", "Tobias is the charmer and the liar, and Hollis gives him the best lines."),
             ("What might put you off", "The last act turns into a farce with a storm and a wedding.")]


def _letter(label: str) -> str:
    items = "".join(f"<li>{h}</li>" for h, _ in _SECTIONS)
    sections = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in _SECTIONS)
    return ('<html lang="en"><head><meta charset="utf-8"><title>Sunday letter no. 41 - by Ruth Anvil</title></head>'
            '<body><article class="newsletter-post post"><h1 class="post-title">Sunday letter no. 41</h1>'
            f'<div class="available-content"><div class="body markup"><div class="intro-box">{label}<ol>{items}</ol></div>'
            "<p>Hello friends, it has been a wet month and I read a great deal by the fire.</p>"
            f"{sections}<p>Until next time,<br>Ruth</p></div></div></article></body></html>")


def test_box_label_naming_the_book_is_kept():
    label = "<p>Reading: <em>The Salt Puppets</em></p>"
    body = lxml_html.fromstring(_letter(label)).xpath("//div[@class='body markup']")[0]
    assert all(el.tag == "li" for el in contents_blocks(body))
    # (the opening paragraphs where the book is looked for keep it: bookopening.marked_paragraphs)
    assert marked_paragraphs(body)[0] == "Reading: “The Salt Puppets”"


def test_plain_label_still_dropped():
    body = lxml_html.fromstring(_letter("<p><strong>In this letter</strong></p>")).xpath(
        "//div[@class='body markup']")[0]
    assert "In this letter" in {" ".join(el.text_content().split()) for el in contents_blocks(body)}
