"""schema.org's Audiobook is a subtype of Book: an audiobook shop's or a review's JSON-LD names the book by it."""

from scraper.extract.bookld import from_jsonld


def test_lone_audiobook_item():
    book, review = from_jsonld([{"@context": "https://schema.org", "@type": "Audiobook", "name": "The Lighthouse Keeper's Year",
                                 "author": [{"@type": "Person", "name": "Odile Fenwick"}], "readBy": [{"@type": "Person", "name": "Sam Ortiz"}]}])
    assert (book.title, book.author, review) == ("The Lighthouse Keeper's Year", "Odile Fenwick", None)


def test_review_of_an_audiobook_in_full_type_form():
    item = {"@type": "Review", "itemReviewed": {"@type": "http://schema.org/Audiobook", "name": "Die Stimme im Nebel",
                                                "author": {"@type": "Person", "name": "Karla Umbach"}}}
    book, review = from_jsonld([item])
    assert (book.title, book.author) == ("Die Stimme im Nebel", "Karla Umbach") and review is item


def test_near_miss_other_media_types_are_no_book():
    assert from_jsonld([{"@type": "PodcastEpisode", "name": "Episode 12: winter reads", "author": {"name": "Lena Roy"}}]) == (None, None)
    assert from_jsonld([{"@type": "Movie", "name": "Harbour Lights", "director": {"name": "Ivo Brandt"}}]) == (None, None)
