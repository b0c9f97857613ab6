"""The engine's posted-by row at the top or the bottom of a post (scraper.extract.sitelines.posted_by_link): a
participle of publishing, a whole date and a link to a person's page on the site. Near misses: a book's info line with
a date alone, or linking to its publisher, stays.

Every page here is invented for these tests (invented blogs, books and people, in our own words and markup).
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS_EN = [
    "I read The Salt Orchard over a wet weekend and it has not left me since. Two sisters inherit a failing orchard on a "
    "windy headland and spend one hard year deciding whether to sell it to the developer next door.",
    "The book is quiet and patient; the trees, the frost and the accounts book matter as much as the people do. The "
    "middle chapters repeat themselves a little, but the ending earns every page. Four out of five.",
]
PARAS_PL = [
    "Przeczytałam Solny sad w jeden deszczowy weekend i wciąż o nim myślę. Dwie siostry dziedziczą podupadły sad na "
    "wietrznym cyplu i przez cały rok zastanawiają się, czy sprzedać go sąsiadowi.",
    "To cicha, cierpliwa książka: drzewa, przymrozki i księga rachunkowa znaczą tu tyle samo co ludzie. Środek trochę "
    "się dłuży, ale zakończenie jest warte każdej strony. Cztery na pięć.",
]


def post(lang: str, title: str, row: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="container"><div class="blog-post"><h1>{title}</h1>
<h6 class="post-meta">{row}</h6>
<div class="post-body">{body}</div></div></div></body></html>"""


def test_an_english_posted_by_row_linking_to_the_writers_page_goes():
    html = post("en", "The Salt Orchard by Mara Quill", 'Published: <a href="/blog/authors/jo-fenn/">Jo Fenn</a> 12 November 2026', PARAS_EN)
    record = extract_page(html, "https://orchardreads.example/blog/the-salt-orchard")
    assert "over a wet weekend" in record.body_text
    assert "Jo Fenn" not in record.body_text


def test_a_polish_posted_by_row_linking_to_the_writers_profile_goes():
    html = post("pl", "Solny sad – Mara Quill", 'Opublikowano: <a href="/profile/ewa-lis">Ewa Lis</a> 12 listopada 2026', PARAS_PL)
    record = extract_page(html, "https://czytelnia.example/wpis/solny-sad")
    assert "deszczowy weekend" in record.body_text
    assert "Ewa Lis" not in record.body_text


def test_near_misses_a_books_published_line_stays():
    for row in ("Published: 12 November 2019", 'Published: <a href="/publisher/lantern">Lantern Press</a>, 12 November 2019'):
        html = post("en", "The Salt Orchard by Mara Quill", "Reviewed by me", PARAS_EN[:1] + [f"<span>{row}</span>"] + PARAS_EN[1:])
        html = html.replace("&lt;", "<").replace("&gt;", ">")
        record = extract_page(html, "https://orchardreads.example/blog/the-salt-orchard")
        assert "12 November 2019" in record.body_text, row


def test_posted_by_link_itself():
    from lxml import html as lxml_html
    from scraper.extract.sitelines import posted_by_link

    def check(markup: str) -> bool:
        block = lxml_html.fromstring(markup)
        return posted_by_link(block, " ".join(block.text_content().split()))

    assert check('<p>Posted: <a href="/author/ana-lee/">Ana Lee</a> 3 May 2026</p>')
    assert check('<p>Опубліковано: <a rel="author" href="/blog/ana">Ана Лі</a> 3 травня 2026</p>')
    assert not check('<p>Published: <a href="/publisher/lantern">Lantern</a> 3 May 2026</p>')
    assert not check('<p>Posted: <a href="/author/ana-lee/">Ana Lee</a></p>')  # no date: not this rule's
