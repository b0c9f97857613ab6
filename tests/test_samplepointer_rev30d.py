"""The pointer to a sample of the book (tailasks.sample_pointer), narrowed: the link's label bids the reader to read
the sample (or is a compound of reading itself), nothing follows the link but a dash, a colon or a bracket, and the
link goes to no post or tag of the site; a review's last paragraph that opens with a linked title holding a sample's
word ("Fragment", "A Sample of …", "Részletesen") is the review's own."""

import pytest
from lxml import html

from scraper.extract.tailasks import sample_pointer


def _p(markup: str):
    return html.fromstring(f"<div><p>{markup}</p></div>").find("p")


@pytest.mark.parametrize("line", [
    '<a href="https://press.example.com/books/tide/excerpt">Read an excerpt</a> – the opening chapter, free.',
    '<a href="/boeken/getij/fragment">Lees een fragment</a> (pdf, 14 pagina\'s)',
    '<a href="https://forlag.example.dk/getij">Læseprøve</a>: de første tyve sider',
    '<a href="https://wydawnictwo.example.pl/przyplyw/fragment">Czytaj fragment</a> — pierwszy rozdział',
    '<a href="https://kiado.example.hu/dagaly">Olvass bele a részletbe</a>',
    '<a href="https://shop.example.nl/tij">Leesfragment</a>',
])
def test_the_pointer_to_read_a_sample_goes(line):
    assert sample_pointer(_p(line))


@pytest.mark.parametrize("line", [
    # a linked title that holds a sample's word, the review's sentence going on after it
    '<a href="/2023/04/shard-review/">Shard</a>, the first book, is still my favourite of the two.',
    '<a href="/series/dust/">A Sample of Dust</a> comes out next spring and I will be first in line.',
    '<a href="/tag/ulubione/">Fragment</a>, który czytałam dwa razy, opisuje burzę nad morzem.',
    '<a href="/cimke/szerzo/">Részletesen</a> írtam már a szerző első regényéről is.',
    # the sample's word alone, no bid to read, nothing after it
    '<a href="https://shop.example.com/fragment">Fragment</a>',
    # a bid to read, but to the site's own earlier post
    '<a href="/2022/11/excerpt-week/">Read an excerpt</a> – my post from last year.',
    '<a href="/tag/excerpts/">Read an excerpt</a>',
])
def test_the_reviews_own_line_stays(line):
    assert not sample_pointer(_p(line))


def test_the_words_for_details_and_break_away_are_no_sample():
    assert not sample_pointer(_p('<a href="https://x.example.hu/a">Olvass részleteket</a>'))
    assert not sample_pointer(_p('<a href="https://x.example.ru/a">Читать отрыв</a>'))
    assert sample_pointer(_p('<a href="https://x.example.ru/a">Читать отрывок</a> — первая глава'))
