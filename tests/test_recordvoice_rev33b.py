"""shortmarks.recorded_owned (rev33b): a record line heading a short post makes it a review only beside the reviewer's
own voice (a verdict, a reading, a fault of the craft granted), the author named again as a whole word
(shortmarks.author_named_apart, which filed_owned asks too), and a record line is the record and at most three words more,
a quoted house's name among them (shortmarks.record_line): a publisher's blurb with its author's note, or a line of
news naming the house, is no short review."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract import shortmarks


def _page(title: str, paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{title}</title><meta property='og:type' content='article'></head>"
            f"<body class='single-post'><article class='post'><h1 class='entry-title'>{title}</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


# --- a publisher's blurb under a record line: no review ------------------------------------------------------------

_EN_BLURB = ["Tomas Ferrand, “The Lantern Orchard” (Publisher: Bellweather Books, 2020)",
             "When the orchard behind her grandmother's house begins to glow at night, twelve-year-old Ivy must decide "
             "whether to tell the village or keep the secret that could save her family's farm from the bank, "
             "through one long summer of storms, strange visitors and a fox who understands every word she says.",
             "The book is out on 3 June; pre-orders are open at all good bookshops and "
             "through the publisher's website, with signed copies for the first two hundred buyers.",
             "Tomas Ferrand grew up on a fruit farm in Kent and taught for fifteen years. Ferrand has written plays "
             "for radio and lives by the sea."]

_DE_BLURB = ["Jonas Weidner: „Die stille Werft“. Verlag Brenntal, 2018, 288 S.",
             "In einer kleinen Hafenstadt an der Ostsee erbt die junge Schiffbauerin Marie die Werft ihres Vaters und "
             "mit ihr einen Berg Schulden. Erzählt wird von einem Winter, in dem sie gegen die Bank, gegen das "
             "Wetter und gegen die eigene Familie um ihr Erbe kämpft.",
             "Das Buch erscheint am 12. März als gebundene Ausgabe und als E-Book und kann ab sofort vorbestellt "
             "werden, im Buchhandel und direkt beim Verlag.",
             "Jonas Weidner wurde in Rostock geboren und arbeitete lange als Journalist. Weidner lebt heute mit seiner "
             "Familie in Hamburg und schreibt an seinem nächsten Roman über die Fischer der Insel Poel."]


@pytest.mark.parametrize("title, paragraphs, lang", [
    ("The Lantern Orchard", _EN_BLURB, "en"),
    ("Die stille Werft", _DE_BLURB, "de"),
])
def test_a_publishers_blurb_under_a_record_line_is_no_review(title, paragraphs, lang):
    record = extract_page(_page(title, paragraphs, lang), "https://press.example.org/news/lantern")
    assert not record.is_review, record.reason


# --- a short review under a record line: still a review --------------------------------------------------------------

_EN_REVIEW = ["Tomas Ferrand, “The Lantern Orchard” (Publisher: Bellweather Books, 2020)",
              "I read this in two evenings and was charmed by it. The book follows Ivy through one long summer on her "
              "grandmother's farm, where the orchard glows at night and a fox seems to understand her.",
              "Ferrand writes children the way they talk, and the village is full of people worth meeting. The middle "
              "drags a little at times, though the storm chapters make up for it, and the ending is warm without "
              "being sweet.",
              "I would recommend it to any reader of nine or ten who likes a mystery with a bit of magic in it, and "
              "to the adults reading it aloud to them at bedtime."]

_RU_REVIEW = ["Анна Лаврова, «Зимний причал» (издательство «Северо-Запад», 2019)",
              "Я прочитала эту книгу за один вечер и долго не могла уснуть. Книга рассказывает о смотрителе маяка, "
              "который много лет ждёт возвращения сына с моря.",
              "Лаврова пишет скупо и точно, каждая сцена у неё на своём месте. Середина местами затянута, но финал "
              "сильный и честный, и он оправдывает всё, что было до него.",
              "Рекомендую всем, кто любит тихую северную прозу, долгие разговоры у печки и истории о тех, кто "
              "умеет ждать и не теряет надежды даже тогда, когда ждать уже, кажется, нечего."]


@pytest.mark.parametrize("title, paragraphs, lang, book", [
    ("A glowing orchard and a clever fox", _EN_REVIEW, "en", ("The Lantern Orchard", "Tomas Ferrand")),
    ("Маяк и долгое ожидание", _RU_REVIEW, "ru", ("Зимний причал", "Анна Лаврова")),
])
def test_a_short_review_under_a_record_line_stays_a_review(title, paragraphs, lang, book):
    record = extract_page(_page(title, paragraphs, lang), "https://paper.example.org/culture/books/41")
    assert (record.book_title, record.book_author) == book
    assert record.is_review, record.reason


# --- the author named again as a word; the record line's few words ----------------------------------------------------

def test_the_author_named_again_is_a_whole_word():
    lines = ["We met at the Kingston branch library on a wet Tuesday.", "The book is long."]
    assert not shortmarks.author_named_apart("Anna King", "Salt Roads", lines)
    assert shortmarks.author_named_apart("Anna King", "Salt Roads", ["King's prose is plain and good."])
    assert shortmarks.author_named_apart("Mara Quill", "The Glass Ledger", ["Quill keeps the tension high."])
    assert not shortmarks.author_named_apart("Mara Quill", "The Glass Ledger", ["“The Glass Ledger” by Mara Quill"])  # (the title's line)


@pytest.mark.parametrize("line, title, author", [
    ("Tomas Ferrand, “The Lantern Orchard”: publisher “Bellweather” announces a reprint", "The Lantern Orchard",
     "Tomas Ferrand"),
    ("Jonas Weidner: „Die stille Werft“ – Verlag „Brenntal“ kündigt eine Neuauflage an", "Die stille Werft",
     "Jonas Weidner"),
    ("Анна Лаврова, «Зимний причал»: издательство «Северо-Запад» объявило о новом тираже", "Зимний причал",
     "Анна Лаврова"),
])
def test_a_line_of_news_naming_the_house_is_no_record_line(line, title, author):
    assert not shortmarks.record_line(line, title, author)


@pytest.mark.parametrize("line, title, author", [
    ("Tomas Ferrand, “The Lantern Orchard” (Publisher: Bellweather Books, 2020)", "The Lantern Orchard", "Tomas Ferrand"),
    ("Анна Лаврова, «Зимний причал» (издательство «Северо-Запад», 2019)", "Зимний причал", "Анна Лаврова"),
    ("Jonas Weidner: „Die stille Werft“. Verlag Brenntal, 2018, 288 S.", "Die stille Werft", "Jonas Weidner"),
])
def test_record_lines_still_read(line, title, author):
    assert shortmarks.record_line(line, title, author)
