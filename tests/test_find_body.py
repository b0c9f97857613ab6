"""scraper.extract.find_body: which element is the post, and how many posts the page holds."""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page, find_body

POST = " ".join(["The ferry novel keeps its debts in a ledger and its weather in every sentence."] * 12)
TEASER = "Next up on the shelf: a short note on a winter novella."


def page(*articles: str) -> str:
    return "<html><body>" + "".join(f"<article><h2>Post</h2><p>{a}</p></article>" for a in articles) + "</body></html>"


def test_one_bare_article_and_teasers_of_others_is_one_post():
    body, count = find_body(lxml.html.fromstring(page(POST, TEASER, TEASER, TEASER)))
    assert count == 1 and POST[:40] in body.text_content()


def test_bare_articles_of_a_size_are_a_listing():
    body, count = find_body(lxml.html.fromstring(page(POST, POST.replace("ferry", "river"), POST.replace("ferry", "night"))))
    assert count == 3
    record = extract_page(page(POST, POST.replace("ferry", "river"), POST.replace("ferry", "night")), "https://shelf.example/2024/05/")
    assert record.kind == "listing"


def test_a_sentence_opening_word_taken_for_an_authors_first_name_gives_no_book():
    from scraper.extract.bookrescue import doubtful_author

    text = "Я читала его летом. Но Гончаров пишет медленно, но точно, и это главное."
    assert doubtful_author("Но Гончаров", text)  # "Но" is "but": the text writes it in lower case too
    assert not doubtful_author("Иван Гончаров", text)
    assert not doubtful_author("Le Guin", "le livre de Le Guin, le premier")  # a surname's particle
    assert not doubtful_author("Rosa Lind", "Rosa Lind writes in long, patient sentences.")
