"""A cover's caption that is the book's record followed by the reviewer's note on the copy ("T by A, my copy"), and a
record whose edition facts close with the price ("T, by A. House, 212 pages, $24."): the review's, kept (bpbox37,
``recordcaption``), on pages of my own making."""

from scraper.extract import extract_page
from scraper.extract.recordcaption import record_fields

_PARAS = [
    "I read this on the ferry out to the islands in October, which felt right for a book about a man who spends a "
    "winter counting the birds on one small skerry and writing down everything they do.",
    "Halvorsen is a patient observer and an honest one: whole days pass with nothing to report, and he reports them "
    "anyway, which somehow makes the morning the eiders come back all the more moving.",
    "The philosophy in the middle section drags a little, but the last fifty pages are as good as any nature writing "
    "I have read this year, and I have already pressed it on two friends.",
]
_URL = "https://skerryshelf.example.org/the-counted-winter/"


def _page(caption, alt="Book cover"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    figure = (f"<figure class='kg-card kg-image-card kg-card-hascaption'><img src='/content/images/c.jpg' alt='{alt}'>"
              f"<figcaption><span>{caption}</span></figcaption></figure>")
    return (f"<html lang='en'><head><meta charset='utf-8'><title>A winter on the skerry</title></head><body>"
            f"<article class='post'><h1>A winter on the skerry</h1><section class='gh-content gh-canvas'>"
            f"{ps[0]}{figure}{ps[1]}{ps[2]}</section></article></body></html>")


def _text(caption, **kwargs):
    return " ".join(extract_page(_page(caption, **kwargs), _URL).body_text.split())


def test_a_record_and_the_reviewers_note_on_the_copy_stays():
    caption = "The Counted Winter by Ole Halvorsen, my dog-eared library copy"
    assert caption in _text(caption)


def test_the_record_is_read_before_the_note():
    assert record_fields("The Counted Winter by Ole Halvorsen, my dog-eared copy")[:2] == (
        "The Counted Winter", "Ole Halvorsen")


def test_a_record_closed_by_its_price_is_read():
    assert record_fields("The Counted Winter, by Ole Halvorsen. Tern Press, 212 pages, $24.")[:3] == (
        "The Counted Winter", "Ole Halvorsen", "Tern Press, 212 pages, $24.")


def test_a_bare_title_and_name_before_a_phrase_is_no_record():
    # (a picture's subject, its person and a place: "T, A" with no "by" before the phrase)
    assert record_fields("Morning Light, Ole Halvorsen, on the pier at dawn") is None


def test_a_note_opening_in_capitals_is_no_copy_note():
    assert record_fields("The Counted Winter by Ole Halvorsen, Photo Archive Collection") is None


def test_a_photo_credit_with_a_note_stays_out():
    # (a credit's "Photo by …" is no title and its author)
    assert record_fields("Photo by Ole Halvorsen, taken on the ferry") is None
