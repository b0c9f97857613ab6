"""A platform's membership plea set as a quote, narrowed (rev34a; ``memberask.boxed_member_plea``). Own words.

A pull-quoted plea is the site's when it opens on the site's own name, the whole name, and the quote links out or
names its hosting platform, or the page's <title> closes on one ("… | <Publication> | Medium"). A quotation from a
novel that shares the site's name, on a site of its own, does none of that and stays; a site named "Book" is not
the head of "Booker".
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "<p>The novel is set in a company town on a northern river, where everyone works for the same paper mill and the "
    "mill's club decides who is invited to weddings, who is promoted and who is quietly let go.</p>",
    "<p>The heroine, a bookkeeper, notices the numbers before anyone else does, and the second half of the book is a "
    "slow, tense account of what she does with what she knows and who she tells.</p>",
    "<p>The ending is too neat for my taste, but the mill town is drawn so well that I could hear the machines, and I "
    "would read anything else this author writes about work and the people who do it.</p>",
]


def _text(title: str, quote: str) -> str:
    html = (f"<html><head><title>{title}</title></head><body><article><h1>The Mill</h1><div class='entry-content'>"
            f"{_PARAS[0]}{_PARAS[1]}<blockquote><p>{quote}</p></blockquote>{_PARAS[2]}</div></article></body></html>")
    return extract_page(html, "https://example.org/the-mill/").body_text


@pytest.mark.parametrize("title, quote", [
    # (the platform named in the quote)
    ("The Mill, reread | Riverbank Review",
     "Riverbank Review is a reader-supported publication. Consider becoming a Medium member to support our writers."),
    # (a link in the quote)
    ("The Mill, reread | Riverbank Review",
     "Riverbank Review lives on its readers: <a href='/membership'>become a member</a> and support our work."),
    # (the title closing on the platform, nl)
    ("De molen | door An de Vries | Rivierblad | Medium",
     "Rivierblad bestaat dankzij zijn lezers: word lid en steun ons werk."),
])
def test_sites_quoted_plea_goes(title, quote):
    text = _text(title, quote)
    assert "paper mill" in text and quote[:15] not in text


@pytest.mark.parametrize("title, quote", [
    # (a quotation from the novel, on a site sharing its name: no link, no platform)
    ("The Club review | The Club",
     "The Club is the only society worth joining. Become a member today and we will look after you, for $9 a month."),
    # (a site named "Book": "Booker …" is not its name)
    ("The Mill | Book",
     "Booker members are the best of us: become a member of the mill club and support our work, see "
     "<a href='#'>the rules</a>."),
])
def test_quotation_stays(title, quote):
    assert quote[:15] in _text(title, quote)
