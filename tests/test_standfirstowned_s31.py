"""A standfirst that names the book unmarked after its owner's possessive, "A's T, a remark" (bookstandfirst._plain_owned,
read as the opening's ``from_plain``): the book where no rule found one, the text naming the author twice and the title
again. Near misses: a deck holding another book up for comparison, and a deck whose run the text never names again."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(deck: str, mention: bool = True) -> str:
    named = "The Salt Roads is her account of that year" if mention else "This is her account of that year"
    return ('<html lang="en"><head><meta charset="utf-8"><title>Crossing the desert in spring</title></head><body>'
            '<article><h1>Crossing the desert in spring</h1>'
            f'<p class="subtitle">{deck}</p>'
            '<div class="entry-content">'
            f'<p>In March a young geographer set out on foot from the coast to the mountains, alone. {named}, and it '
            'has been in my bag on every long walk since, mostly because it makes any bad day feel ridiculous.</p>'
            '<p>Ilse Varga is a strange guide: clipped, unsentimental, a little vain, and far more interested in the '
            'people who feed and shelter her than in herself. Each village is a short chapter of its own.</p>'
            '<p>Varga never romanticises anyone, and notes the feuds and the kindness alike. Reading it again now is '
            'odd, knowing what came afterwards for the region and for her.</p>'
            '<p><strong>My score: 9/10</strong></p></div></article></body></html>')


def test_an_owned_title_in_the_deck():
    record = extract_page(_page("Ilse Varga's The Salt Roads, twenty years after I first carried it"),
                          "https://walks.example.com/salt-roads/")
    assert (record.book_title, record.book_author) == ("The Salt Roads", "Ilse Varga")


def test_a_compared_book_in_the_deck_is_not_the_book():
    record = extract_page(_page("Fans of Ilse Varga's The Salt Roads will find this one thinner"),
                          "https://walks.example.com/salt-roads/")
    assert record.book_title != "The Salt Roads"


def test_a_run_the_text_never_names_is_not_the_book():
    record = extract_page(_page("Ilse Varga's Spring Crossing Notes, twenty years on", mention=False),
                          "https://walks.example.com/salt-roads/")
    assert record.book_title != "Spring Crossing Notes"
