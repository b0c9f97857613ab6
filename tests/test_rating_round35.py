"""Rating rules of the holdout35 round, on our own sentences, with near misses: "N out of M" written in words in
Indic scripts that had no number words (pa Gurmukhi "ਪੰਜ ਵਿੱਚੋਂ ਚਾਰ", or Odia "ପାଞ୍ଚ ମଧ୍ୟରୁ ଚାରି", ne "पाँच मध्ये चार"), the
half before its number (pa "ਸਾਢੇ"), the star words, and "from my side" in pa, ne, or (ratingwords.SCRIPT_CUES) for a
score closing a sentence.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating

OPENING = "A first paragraph about the novel, its village and its people, with no score in it at all."


@pytest.mark.parametrize("text, value", [
    ("ਰੇਟਿੰਗ: ਪੰਜ ਵਿੱਚੋਂ ਚਾਰ", 0.8),
    ("ਰੇਟਿੰਗ: ਦਸ ਵਿੱਚੋਂ ਅੱਠ", 0.8),
    ("ਰੇਟਿੰਗ: ਪੰਜ ਵਿੱਚੋਂ ਸਾਢੇ ਤਿੰਨ", 0.7),
    ("ରେଟିଂ: ପାଞ୍ଚ ମଧ୍ୟରୁ ତିନି", 0.6),
    ("रेटिङ: पाँच मध्ये चार", 0.8),
    ("रेटिङ: दस मध्ये सात", 0.7),
])
def test_worded_scale_first(text, value):
    rating = parse_rating(text)
    assert rating is not None and rating.value == pytest.approx(value)


@pytest.mark.parametrize("sentence, value", [
    ("ਮੇਰੇ ਵੱਲੋਂ ਇਸ ਕਿਤਾਬ ਨੂੰ ਪੰਜ ਵਿੱਚੋਂ ਤਿੰਨ ਸਿਤਾਰੇ। ਅਗਲੀ ਕਿਤਾਬ ਦੀ ਉਡੀਕ ਰਹੇਗੀ।", 0.6),
    ("ਮੇਰੀ ਤਰਫ਼ੋਂ ਦਸ ਵਿੱਚੋਂ ਸੱਤ। ਪੜ੍ਹ ਕੇ ਵੇਖੋ।", 0.7),
    ("ମୋ ତରଫରୁ ଏହି ବହିକୁ ପାଞ୍ଚ ମଧ୍ୟରୁ ଚାରି ତାରା। ନିଶ୍ଚୟ ପଢ଼ନ୍ତୁ।", 0.8),
    ("मेरो तर्फबाट यो उपन्यासलाई पाँच मध्ये चार तारा। अवश्य पढ्नुहोस्।", 0.8),
])
def test_closing_sentence_from_my_side(sentence, value):
    rating = find_rating([OPENING, sentence])
    assert rating is not None and rating.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    # near misses: "four of the five brothers" in a story; a number word alone; a page count
    "ਪਿੰਡ ਦੇ ਪੰਜ ਵਿੱਚੋਂ ਚਾਰ ਭਰਾ ਸ਼ਹਿਰ ਚਲੇ ਗਏ ਅਤੇ ਇਕ ਪਿੱਛੇ ਰਹਿ ਗਿਆ।",
    "ਕਹਾਣੀ ਚਾਰ ਭਰਾਵਾਂ ਦੀ ਹੈ ਜੋ ਪੰਜ ਸਾਲ ਬਾਅਦ ਮਿਲਦੇ ਹਨ।",
    "ଗାଁର ପାଞ୍ଚ ଭାଇ ମଧ୍ୟରୁ ଚାରି ଜଣ ସହରକୁ ଗଲେ।",
])
def test_story_numbers_are_no_score(sentence):
    assert find_rating([OPENING, sentence, "ਕਿਤਾਬ ਦਾ ਅੰਤ ਚੰਗਾ ਹੈ।"]) is None


@pytest.mark.parametrize("text, value", [
    # bn: the scale in the genitive, then "among" ("পাঁচের মধ্যে চার", four among five)
    ("আমার রেটিং: পাঁচের মধ্যে চার", 0.8),
    ("রেটিং: দশের মধ্যে সাড়ে সাত", 0.75),
])
def test_bengali_among_five(text, value):
    rating = find_rating([OPENING, text])
    assert rating is not None and rating.value == pytest.approx(value)


def test_bengali_story_count_is_no_score():
    assert find_rating([OPENING, "গ্রামের পাঁচের মধ্যে চার জন ভাই শহরে চলে গেল।", "বইটির শেষটা ভালো।"]) is None
