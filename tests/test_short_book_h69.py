"""Reading a short review's book where the page names it only in its headline or its cover's caption:

- a headline "Author, «Title». the desk's remark": the closing quote and a full stop end the book's record, the remark
  after it is the desk's (bookheadline._vouched cuts there, the text vouching for the author);
- a cover's caption "Author: Title (House)" with no year, under a picture whose file spells the title
  (bookcaptioncite.cited_caption: the file names the picture after the book, as a cover's alt text would).

Titles, names and captions of our own invention (ru, es, de; hu, de, pl); near misses: a text that never names the
author, captions under a portrait's or an event's picture."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookcaptioncite import cited_caption
from scraper.extract.bookcover import COVER_WORD
from scraper.extract.bookheadline import from_title


@pytest.mark.parametrize("title, text, expected", [
    ("Анна Петрова, «Северный ветер». книга о тех, кто остался", "Петрова пишет сухо и точно.",
     ("Северный ветер", "Анна Петрова")),
    ("Ana Ruiz, «El faro». una isla que no olvida", "Ruiz escribe con frases cortas.", ("El faro", "Ana Ruiz")),
    ("Eva Roth, „Das Sommerhaus“. ein Dorf, das sich erinnert", "Roth erzählt ohne Eile.",
     ("Das Sommerhaus", "Eva Roth")),
])
def test_a_headline_remark_after_the_quoted_title_is_cut(title, text, expected):
    book = from_title(title, Context(text=text))
    assert book is not None and (book.title, book.author) == expected


def test_the_remark_is_kept_off_only_with_a_vouching_text():
    assert from_title("Ana Ruiz, «El faro». una isla que no olvida", Context(text="Una isla, un faro, un invierno.")) is None


@pytest.mark.parametrize("caption, file, text, lang, expected", [
    ("Kovács Anna: Tengerpart (Magvető)", "file: tengerpart", "Kovács szépen ír.", "hu", ("Tengerpart", "Kovács Anna")),
    ("Eva Roth: Das Sommerhaus (Hanser)", "file: das-sommerhaus-2026", "Roth erzählt ruhig.", "de",
     ("Das Sommerhaus", "Eva Roth")),
    ("Anna Nowak: Zimowy port (Znak)", "file: zimowy-port", "Nowak pisze spokojnie.", "pl", ("Zimowy port", "Anna Nowak")),
])
def test_a_cover_named_after_the_title_makes_its_caption_the_record(caption, file, text, lang, expected):
    assert cited_caption([(caption, file)], Context(text=text, language=lang), COVER_WORD) == expected


@pytest.mark.parametrize("caption, file", [
    ("Eva Roth: Das Sommerhaus (Hanser)", "file: eva-roth-portrait"),  # the picture is the writer's
    ("Eva Roth: Lesung in Berlin (Literaturhaus)", "file: lesung-berlin"),  # a reading, no book's record: not spelled
])
def test_captions_under_other_pictures_are_left_alone(caption, file):
    assert cited_caption([(caption, file)], Context(text="Roth erzählt ruhig."), COVER_WORD) is None
