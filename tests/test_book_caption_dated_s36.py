"""A cover's caption that sets the record author first with an unquoted title dated in brackets, "A, T (1953), new
edition" or "A, T (first published 1953)" (bookcaptionnamefirst): the bracketed year closes the title as a record
dates a work. Near misses: a photo's "Name, Place (2019)" whose name the text never calls by surname, a one-word second
part, and a lower-case second part (a sentence's clause)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptionnamefirst import name_first

_TEXT = [
    "I first read this on a long train journey north, and it has stayed with me through three house moves since.",
    "Okonkwo-Reyes tells the story of a lighthouse keeper's daughter who inherits a debt nobody can explain, and "
    "she follows it from one harbour town to the next.",
    "The middle chapters slow down, and some readers will lose patience with the ledgers and the letters, but "
    "stay with it: the final section pulls every thread together.",
    "Okonkwo-Reyes never raises her voice, and the quiet is the point. It is a novel about owing and being owed.",
    "Recommended for anyone who likes slow books with sharp endings.",
]


def _person(context: Context):
    return lambda name: len(name.split()) >= 2 and context.vouches_for(name)


def _book(caption: str, headline: str = "The debt that followed her"):
    body = "".join(f"<p>{p}</p>" for p in _TEXT[:2])
    rest = "".join(f"<p>{p}</p>" for p in _TEXT[2:])
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}'
            '<div class="sqs-block image-block"><figure class="sqs-block-image-figure"><img src="/img/ledger.jpg" alt="">'
            f'<figcaption class="image-caption-wrapper"><div class="image-caption"><p>{caption}</p></div></figcaption>'
            f'</figure></div>{rest}</div></article></body></html>')
    page = extract_page(html, "https://harbourpages.example.com/journal/the-debt-that-followed-her")
    return page.book_title, page.book_author


def test_dated_unquoted_title_after_the_name():
    assert _book("Ada Okonkwo-Reyes, The Keeper's Ledger (first published 1961), anniversary edition.") \
        == ("The Keeper's Ledger", "Ada Okonkwo-Reyes")


def test_dated_title_plain_year():
    context = Context("\n".join(_TEXT))
    assert name_first(["Ada Okonkwo-Reyes, The Keeper's Ledger (1961), new edition"], "The debt that followed her",
                      _person(context)) == ("The Keeper's Ledger", "Ada Okonkwo-Reyes")


def test_near_miss_photographer_and_place():
    # the photographer's credit: a name the text never calls by surname, a place, its year
    context = Context("\n".join(_TEXT))
    assert name_first(["Tom Hardcastle, Whitby Harbour (2019)"], "The debt that followed her", _person(context)) is None


def test_near_miss_one_word_place():
    context = Context("\n".join(_TEXT))
    assert name_first(["Ada Okonkwo-Reyes, Lisbon (2019)"], "The debt that followed her", _person(context)) is None


def test_near_miss_lower_case_clause():
    context = Context("\n".join(_TEXT))
    assert name_first(["Ada Okonkwo-Reyes, reading at the festival (2019)"], "The debt that followed her",
                      _person(context)) is None
