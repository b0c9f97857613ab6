"""Round 35, in our own words and markup.

followlines.opening_follow: a news desk's line closing a review that opens with the imperative of following and names
a network ("Follow the Books Desk on Instagram", "Følg Bokredaksjonen på TikTok!") goes, wherever the desk's name is not
linked home; and a Gurmukhi or Gujarati line naming a network, an account word or the imperative, and a verb of
following goes. Near misses: a review's sentence about a character on Instagram, a participle or adjective opening the
line ("Following …", "Følgende …"), a line with a score, a long paragraph, the line set between the paragraphs.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.followlines import opening_follow


@pytest.mark.parametrize("line", [
    "Follow the Harbour Gazette books desk on Instagram and Threads for more reviews.",
    "Följ Morgonpostens kulturredaktion på Instagram och Facebook!",
    "Følg Bokredaksjonen på TikTok og Instagram!",
    "Folgen Sie dem Feuilleton auf Instagram",
    "Suivez la rédaction culture sur Instagram et Facebook.",
    "Síguenos en Instagram para más reseñas",
    "Obserwuj dział kultury na Facebooku",
    "ਸਾਹਿਤ ਦੀਆਂ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡਾ ਟੈਲੀਗ੍ਰਾਮ ਚੈਨਲ ਫਾਲੋ ਕਰੋ।",
    "ਸਾਨੂੰ ਫੇਸਬੁੱਕ 'ਤੇ ਫਾਲੋ ਕਰੋ",
    "નવી સમીક્ષાઓ માટે અમારી વોટ્સએપ ચેનલ ફોલો કરો",
])
def test_a_desk_follow_line(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    "Her sister follows her on Instagram and slowly learns what she hides.",  # the story, its subject first
    "Following the heroine on Instagram would have been a better frame for the novel.",  # a participle
    "Följande recensioner publicerades först på Instagram.",  # an adjective
    "Følgende bøker har vi også omtalt på Facebook.",
    "Follow the money, the novel says, but on Instagram it is all smiles. 4/5",  # a score
    "Suivez ce conseil : lisez-le lentement.",  # no network
    "ਉਹ ਫੇਸਬੁੱਕ 'ਤੇ ਆਪਣੇ ਭਰਾ ਨੂੰ ਫਾਲੋ ਕਰਦੀ ਹੈ।",  # she follows her brother on Facebook: the story, no imperative
])
def test_near_misses(line):
    assert not opening_follow(line)


PARAS = ["The novel spends a long, cold winter with three sisters who run a bakery on the edge of a fishing town, and "
         "it lets each of them tell the season in her own voice, with her own grudges and small hopes.",
         "The eldest counts every coin; the middle one writes letters she never posts; the youngest wants to leave. "
         "Their chapters braid together so well that the reader hardly notices the switches after a while.",
         "Not every thread is tied up, and one subplot about a lost recipe goes nowhere, but the ending is warm and "
         "earned, and I closed the book wanting a slice of whatever they were baking that last morning."]


def _page(tail: str, middle: str = "") -> bytes:
    body = "".join(f"<p>{t}</p>" for t in PARAS[:2]) + middle + f"<p>{PARAS[2]}</p>" + tail
    return ("<html><head><title>Review: The Bakery Winter – Harbour Gazette</title></head><body>"
            "<header><a href='/'><img src='/logo.svg' alt='logo'></a></header><main><article>"
            "<h1>Review: The Bakery Winter by Mira Solberg</h1>"
            f"<div class='article-body'>{body}</div></article></main></body></html>").encode()


def test_the_closing_follow_line_goes():
    line = "Follow the Harbour Gazette books desk on Instagram and Threads for more reviews."
    record = extract_page(_page(f"<p class='social-line'>{line}</p>"), "https://gazette.example.com/books/bakery-winter")
    assert "Threads for more reviews" not in record.body_text and "slice of whatever" in record.body_text


def test_near_miss_the_sentence_between_paragraphs_stays():
    line = "Follow the eldest sister on Instagram, the youngest jokes, and you will know what bread costs."
    record = extract_page(_page("", middle=f"<p>{line}</p>"), "https://gazette.example.com/books/bakery-winter")
    assert "what bread costs" in record.body_text
