"""A capitalised run the post's URL spells is a title, not a person, when its first word is one the text also writes
in lower case (an article: "The", "Die", "La"), even when its last word recurs alone (a month, a city, a noun the
language capitalises) as a surname would.

Every page and line here is invented for these tests, in our own words.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookclues import slugged_runs


def test_an_article_led_run_whose_last_word_recurs_is_a_title_en():
    lines = ["The Quiet June, a library copy with a coffee ring on the cover",
             "I read it in one sitting. The book is set in the first days of June, and the heat is in every page."]
    context = Context("\n".join(lines + ["By the end of June the family has scattered."]))
    assert slugged_runs(lines, "https://b.example/post/the-quiet-june-and-a-heatwave", context) == ["The Quiet June"]


def test_an_article_led_run_whose_last_word_recurs_is_a_title_de():
    lines = ["Die Graue Stadt, mein Exemplar aus der Bücherei",
             "Die Stadt ist der eigentliche Held: die Stadt atmet, die Stadt schweigt, und die Figuren gehen darin verloren."]
    context = Context("\n".join(lines))
    assert slugged_runs(lines, "https://b.example/2026/die-graue-stadt-rezension", context) == ["Die Graue Stadt"]


def test_a_person_the_url_spells_stays_out():
    # near miss: a full name the text calls by surname is the author, not a title, though the URL spells it
    lines = ["Agnes Holloway writes about salt and weather.", "Holloway never hurries, and Holloway never explains."]
    context = Context("\n".join(lines))
    assert slugged_runs(lines, "https://b.example/agnes-holloway-the-salt-ledger", context) == []


def test_a_short_first_name_the_text_never_writes_in_lower_case_stays_a_person():
    # near miss: "Ann" is a first name here, not an article ("ann" never occurs in lower case)
    lines = ["Ann Ferris is back with a new novel.", "Ferris writes short chapters, and Ferris likes an open ending."]
    context = Context("\n".join(lines))
    assert slugged_runs(lines, "https://b.example/ann-ferris-new-novel", context) == []


PAGE = """<html lang="en"><head><title>Rain, a lighthouse, and two brothers who stopped talking | Ink Kettle</title></head>
<body><article><h1>Rain, a lighthouse, and two brothers who stopped talking</h1>
<div class="post-body">
<p><img src="/img/cover.jpg" alt="a paperback"><br><em>The Long October, a library copy with a torn jacket and somebody else's bus ticket inside</em></p>
<p>I borrowed this because the nights were drawing in and I wanted a book that matched the weather. Two brothers
inherit a lighthouse on a northern island and have to spend October there together, sorting their father's papers,
though they have not spoken in eleven years. That is the whole set-up, and Marrow knows it is enough.</p>
<p>What the novel does well is silence. Whole chapters pass with the brothers in separate rooms, and the wind and the
papers do the talking. Marrow writes the island as a place that listens. By the end of October I was as worn out as
they were, in a good way.</p>
<p>The last pages tie things up a little too quickly, and one letter does too much work. Still, I finished it on a
wet Sunday and sat for a long time afterwards, which few books manage.</p>
<p><strong>My rating:</strong> ★★★★☆</p>
</div>
<div class="post-tags">Tags: <a href="/tag/ilse-marrow" rel="tag">Ilse Marrow</a>, <a href="/tag/islands" rel="tag">islands</a></div>
</article></body></html>"""


def test_the_caption_run_the_url_spells_is_the_book_not_the_headline_head():
    record = extract_page(PAGE, "https://inkkettle.example.net/post/the-long-october-rain-and-a-lighthouse")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("The Long October", "Ilse Marrow")


def test_a_url_that_does_not_spell_the_run_gives_no_month_author():
    # near miss: the same page under a URL that names nothing: no "Long October" read as a person
    record = extract_page(PAGE, "https://inkkettle.example.net/post/2026/12/03/rain")
    assert record.book_author != "Long October"


def test_labelled_person_skips_a_run_the_url_spells_with_its_article():
    from scraper.extract.bookclues import labelled_person
    text = ("Rain all week.\nLater I reread The Long October, and Marrow again made October feel endless.\n"
            "By the end of October I was tired. Marrow is good at the weather and the sea.")
    lines = text.split("\n")
    url = "https://b.example/post/the-long-october-rain"
    assert labelled_person(lines, [], url, Context(text), "Rain") is None
    # near miss: a person the URL spells, named in full and by surname, is still found
    text2 = text + "\nIlse Marrow lives on an island."
    assert labelled_person(text2.split("\n"), [], "https://b.example/post/ilse-marrow-rain", Context(text2), "Rain") == "Ilse Marrow"
