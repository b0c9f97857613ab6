"""How long a post is, for the classifier's "too short for a review" gates, in English words' worth.

The gates (a named book, no rating, fewer than 120 words: a notice, not a review; a post whose book was not found,
under 100 words: too short to judge) were set on English. Korean writes spaces between words too, but a Korean word
(eojeol) is a stem with its particles and endings glued on: "편지로만" is "only by letter", "이어지는" "that goes on".
A Korean text has about two thirds as many space-separated words as its English translation, so a short newspaper
review of 90 words under its book card is one of some 140 English words, and is measured so. The Dravidian languages
glue as much on: Tamil, Telugu and Kannada write about two thirds as many words as English, Malayalam (which also
joins whole phrases into one word, "വായിച്ചുകഴിഞ്ഞാൽ", "once one has finished reading") about half. Sinhala, their
neighbour, glues its case endings and postpositions on as Tamil does ("පිටුවට", "to the page"; "කියවන්නට", "to
read"): two thirds too. Georgian, Armenian and the Ethiopic script of Amharic and Tigrinya glue about three words into
four English ones. (Chinese,
Japanese and Thai are counted by their letters already: words.count_words.)

The same holds, less strongly, of languages written in the scripts that space every word, known by the page's
language: the agglutinating ones glue case endings, possessives and postpositions on (hu "a kezembe", "into my hand";
fi, et, tr, az, the Turkic languages, eu: about three words for four English ones), the Semitic ones glue the article,
"and" and the prepositions on (he "וקראתי", "and I read"; ar), and the Slavic and Baltic languages write no articles
(uk "пишу про книжку", "I write about a book"): some six words for seven. A 94-word Belarusian capsule is one of some
110 English words. Asked only when the text is written in the language's script (a Cyrillic or Hebrew letter in most
words; in a Latin-script language, a letter beyond ASCII in one lower-case word of twelve at least, names not
counted: rev-detshort s33): a page's lang attribute may be the site's, above an English post. A text mostly in the
Hebrew script is weighed as Hebrew whatever the attribute says (a theme's "en"; Yiddish's and Ladino's aside).

At the "names a book but has only N words and no rating" gate the language weighs the words only of a post whose
book was read in its own text, which keeps returning to it (classify's gate before: s36, a Kazakh review of 94 words):
a book read from the headline over a short unrated text is as often a cover reveal's, an interview's or a reading
club's (five such in the spent corpora, Arabic to Polish, once their words were weighed).

A headline that labels the post a review before the book it names ("Review: A, T", "Recenzija. A „T“", "Rezension: T
von A") says what a short text is: a capsule review, under the gate's words or not (``labelled_review``).
"""

from __future__ import annotations

import re

from .words import count_words

# a word holding a letter of the script, and the English words one such word is worth, on average: Korean (Hangul
# syllables), Tamil, Telugu, Kannada, Malayalam, Georgian and Armenian
_GLUED = (
    (re.compile(r"[\uac00-\ud7af]"), re.compile(r"\S*[\uac00-\ud7af]\S*"), 1.5),
    (re.compile(r"[\u0b80-\u0bff\u0c00-\u0cff\u0d80-\u0dff]"), re.compile(r"\S*[\u0b80-\u0bff\u0c00-\u0cff\u0d80-\u0dff]\S*"), 1.5),
    (re.compile(r"[\u0d00-\u0d7f]"), re.compile(r"\S*[\u0d00-\u0d7f]\S*"), 2.0),
    # (Georgian and Armenian glue case endings, postpositions and the article on, as Turkish does: "ბიბლიოთეკაში",
    # "in the library"; "թանգարանում", "in the museum")
    (re.compile(r"[\u10a0-\u10ff\u0530-\u058f]"), re.compile(r"\S*[\u10a0-\u10ff\u0530-\u058f]\S*"), 1.3),
    # (Ethiopic script, Amharic's and Tigrinya's, glues the prepositions, the article, "and" and the verb's object on:
    # "በዩኒቨርሲቲ", "in the university"; "ያነበብኩት", "that I read it": rev-bpplea39 s39)
    (re.compile(r"[\u1200-\u139f\u2d80-\u2ddf]"), re.compile(r"\S*[\u1200-\u139f\u2d80-\u2ddf]\S*"), 1.3),
)


# the page's language (its lang attribute's first subtag) and the English words one of its words is worth
_SHORTER = dict.fromkeys(("hu", "fi", "et", "tr", "az", "uz", "kk", "ky", "tk", "tt", "ba", "eu"), 1.3) \
    | dict.fromkeys(("he", "ar"), 1.2) \
    | dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr", "hr", "bs", "sl", "pl", "cs", "sk", "lt", "lv"), 1.15)
_SCRIPT = {"he": re.compile(r"\S*[\u0590-\u05ff]\S*"), "ar": re.compile(r"\S*[\u0600-\u06ff]\S*"),
           "cyrl": re.compile(r"\S*[\u0400-\u04ff]\S*")}
# (a script's letter looked for first: a word of it is found only where the text holds one, and the word's pattern,
# tried at every place of a text with none, costs ~0.3 ms on a post's text)
_SCRIPT_LETTER = {key: re.compile(pattern.pattern[3:-3]) for key, pattern in _SCRIPT.items()}


def _script_words(script: str, text: str) -> int:
    """``len(_SCRIPT[script].findall(text))``, 0 with no look for words where the text holds none of its letters."""
    return len(_SCRIPT[script].findall(text)) if _SCRIPT_LETTER[script].search(text) else 0


_CYRILLIC = ("ru", "uk", "be", "bg", "mk", "kk", "ky", "tt", "ba")
# (a word of prose, lower-case, with a letter beyond ASCII: a name's "Szabó", "Ágnes" in an English post under a
# Hungarian theme is no word of the language's prose)
_BEYOND_ASCII = re.compile(r"\S*[\u00c0-\u024f]\S*")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _prose_word(word: str) -> bool:
    """The word's first letter is lower case: a word of prose, not a name."""
    first = _FIRST_LETTER.search(word)
    return first is not None and first.group().islower()


def english_words(lines: tuple[str, ...] | list[str], words: int, language: str | None = None) -> int:
    """`words` (count_words of the post's lines) in English words' worth: a post mostly in Korean, Tamil, Telugu,
    Kannada or Sinhala counts each of its words as one and a half, one mostly in Malayalam as two; one in a language
    of _SHORTER (the page's `language`), written in its script, as that table says."""
    text = "\n".join(lines)
    if not words or text.isascii():
        return words
    for script, word, worth in _GLUED:
        if script.search(text):
            if len(word.findall(text)) * 2 < count_words(text):  # (mostly another language: a title quoted in an English post)
                continue
            return round(words * worth)
    code = (language or "").replace("_", "-").split("-")[0].lower()
    if code not in _SHORTER and code not in ("yi", "lad") \
            and _script_words("he", text) * 2 >= count_words(text):
        code = "he"  # (a text mostly in the Hebrew script is Hebrew's, under a theme's "en" or no attribute: rev-detshort)
    if code not in _SHORTER:
        return words
    if code in _SCRIPT or code in _CYRILLIC and not (language or "").lower().endswith("latn"):
        if _script_words(code if code in _SCRIPT else "cyrl", text) * 2 < count_words(text):
            return words
    elif code in ("sr", "uz", "az") and _SCRIPT["cyrl"].search(text):  # (written in Cyrillic as well as in Latin)
        if len(_SCRIPT["cyrl"].findall(text)) * 2 < count_words(text):
            return words
    elif sum(_prose_word(word) for word in _BEYOND_ASCII.findall(text)) * 12 < count_words(text):
        return words
    return round(words * _SHORTER[code])


def labelled_review(ev) -> bool:
    """The book was read from the post's headline, which opens on a review label closed by its stop, colon, dash or
    bracket ("Review: …", "Recenzija. …", "[Review] …"; book.REVIEW_PREFIX, not a bare "Review of the year")."""
    if ev.book_source == "caption":  # (the lead picture's caption, the book's record with its house: bookleadcaption)
        return True
    if ev.book_source != "title" or not ev.title:
        return False
    from .book import REVIEW_PREFIX  # (late: book reads the modules classify reads)
    label = REVIEW_PREFIX.match(ev.title)
    return label is not None and _LABEL_END.search(label.group()) is not None


_LABEL_END = re.compile(r"[:\-–—|.\])]\s*$")

