"""cmsid narrowed (review rev32e), in our own words and markup.

The article-number line is a news record's label, a colon and three digits or more. A shop's item number in a book's
facts ("Artikelnummer: 48213", "Artikel-Nr. 48213"), an anthology's "Story No. 12", a blog's "Post #100", a law's
"номер статьи 58" stay; the Spanish label with "del" ("ID del artículo: 4412") goes.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract.cmsid import id_line


def _line(text: str) -> bool:
    return id_line(lxml_html.fromstring(f"<p>{text}</p>"))


@pytest.mark.parametrize("text", [
    "ID del artículo: 4412", "Número del artículo: 90871", "News ID: 7731", "Haber No: 20931", "کد خبر: ۵۸۲۱۳",
    "ID новости: 5120", "Beitrags-ID: 3318",
])
def test_a_news_records_number_is_an_article_number(text):
    assert _line(text)


@pytest.mark.parametrize("text", [
    "Artikelnummer: 48213", "Artikel-Nr. 48213", "Story No. 12", "Post #100", "номер статьи 58", "Item code: 5512",
    "News ID 12", "Article no. 44",
])
def test_shop_numbers_story_numbers_and_short_ids_are_not(text):
    assert not _line(text)
