"""words.whole_count, words.words_from and casefold.replace_caseless give what the patterns they stand for give."""

import random
import re

from scraper.extract.casefold import replace_caseless, whole_count
from scraper.extract.words import words_from

_ALPHABET = "ab a_1²٣Ⅻ.-'’éÉ\n\u0301"
_CASES = "aAbB _1²İiıIsSſKkΣσςß.-\u0301é"


def _pairs(alphabet: str, count: int):
    rng = random.Random(7)
    for _ in range(count):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        words = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        if text and rng.random() < 0.3:  # (often a piece of the text itself)
            at = rng.randint(0, len(text) - 1)
            words = text[at:at + rng.randint(1, 5)]
        yield text, words


def test_whole_count_counts_as_findall():
    for text, words in _pairs(_ALPHABET, 20000):
        assert whole_count(text, words) == len(re.findall(rf"(?<!\w){re.escape(words)}(?![^\W\d])", text)), (text, words)
    assert whole_count("Baas1 and Baas, Baasje", "Baas") == 2


def test_words_from_finds_as_findall():
    for text, head in _pairs(_ALPHABET, 20000):
        assert words_from(text, head) == re.findall(rf"(?<!\w){re.escape(head)}\w*", text), (text, head)
    assert words_from("Громова и Громову, не Угромов", "Громов") == ["Громова", "Громову"]


def test_replace_caseless_replaces_as_sub():
    for text, words in _pairs(_CASES, 20000):
        assert replace_caseless(words, " ", text) == re.sub(re.escape(words), " ", text, flags=re.I), (text, words)
    assert replace_caseless("straße", " ", "Die STRAßE, die Strasse") == "Die  , die Strasse"
