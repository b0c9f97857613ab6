"""Assamese: the definite classifier on the book's noun ("কিতাপখন", the book) is a reference to the work, and the
bare "more read" label with its colon ("আৰু পঢ়ক: …") is a related-post pointer (the s33 round; own words).

Near misses: the same noun with another classifier or none (a book in general, "কিতাপ পঢ়িলোঁ"), a longer word that
begins with it; the label's words inside a sentence without a colon."""

from scraper.extract.reviewwords import MORE_WORK_REFERENCES, WORK_REFERENCE
from scraper.extract.edges import READ_ALSO


def _refs(text: str) -> int:
    return len(WORK_REFERENCE.findall(text)) + len(MORE_WORK_REFERENCES.findall(WORK_REFERENCE.sub(" ", text)))


def test_the_assamese_definite_book_is_a_reference():
    assert _refs("মই কিতাপখন দুদিনত পঢ়ি শেষ কৰিলোঁ।") == 1
    assert _refs("উপন্যাসখনত তিনিটা চৰিত্ৰ আছে।") == 1
    assert _refs("এই কিতাপ সকলোৱে পঢ়িব লাগে।") == 1


def test_a_book_in_general_is_no_reference():
    assert _refs("মই প্ৰতিদিন কিতাপ পঢ়োঁ।") == 0
    assert _refs("কিতাপবোৰ টেবুলত আছিল।") == 0  # (the plural classifier: books in general)


def test_the_assamese_more_read_label_with_its_colon():
    assert READ_ALSO.search("আৰু পঢ়ক: নদীৰ পাৰৰ গল্পবোৰ")


def test_the_label_words_in_a_sentence_are_no_label():
    assert not READ_ALSO.search("তাই আৰু পঢ়ক বুলি ক'লে, কিন্তু কোনো নাছিল।")
