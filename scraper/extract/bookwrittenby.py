"""A "written by" participle between a person and the quoted title, as scripts without capitals put the author first
("A రాసిన ‘T’", "A எழுதிய ‘T’", "A लिखित ‘T’", "A রচিত ‘T’"): booknamedtwice reads the words right before the quote
as the person, and the participle (a word of five letters or more, which its short-particle test keeps) would stay on
the name as its last word, the given name lost. ``written_off`` takes the participle (and an agent word before it:
Hindi "द्वारा", Sinhala "ලියන ලද") off the words and says it was there: the participle states the authorship, as "by"
does, so the name needs no surname said on its own (booknamedtwice asks the whole name said twice instead).

Only the participles of writing or composing, in the scripts booknamedtwice reads without capitals (Indic, Sinhala,
Urdu, Armenian, Georgian, Ethiopic); never a book noun ("novel") or a possessive, which bookdashowner reads.
"""

from __future__ import annotations

# the participle of "written"/"composed" standing before the work's name
WRITTEN = frozenset((
    "రాసిన", "రచించిన", "వ్రాసిన", "రాశిన",  # Telugu
    "ಬರೆದ", "ರಚಿಸಿದ", "ಬರೆದಿರುವ", "ಬರೆದಿದ್ದ",  # Kannada
    "எழுதிய", "இயற்றிய", "எழுதியுள்ள",  # Tamil
    "എഴുതിയ", "രചിച്ച", "എഴുതിയിട്ടുള്ള",  # Malayalam
    "लिखित", "रचित", "लिखी", "लिखा", "लिखे",  # Hindi, Nepali
    "लिहिलेल्या", "लिहिलेली", "लिहिलेले", "लिहिलेला",  # Marathi
    "রচিত", "লিখিত", "লেখা",  # Bengali, Assamese
    "લિખિત", "લખેલી", "લખેલું", "લખેલા", "રચિત",  # Gujarati
    "ਲਿਖੀ", "ਲਿਖਿਆ", "ਲਿਖੇ", "ਰਚਿਤ",  # Punjabi
    "ଲିଖିତ", "ରଚିତ", "ଲେଖା",  # Odia
    "ලියූ", "රචිත",  # Sinhala
    "لکھی", "لکھا", "لکھے", "تصنیف",  # Urdu
    "գրած",  # Armenian
    "დაწერილი",  # Georgian
    "የጻፈው", "የጻፈችው", "የተጻፈ",  # Amharic
))
# a word of agency or a possessive the participle may stand after ("A द्वारा लिखित", "A की लिखी", "A کی لکھی")
_AGENT = frozenset(("द्वारा", "দ্বারা", "ద్వారా", "ਦੁਆਰਾ", "દ્વારા", "ଦ୍ୱାରା", "की", "का", "के", "کی", "کا", "کے", "ਦੀ", "ਦਾ", "ਦੇ"))
_SINHALA_DONE = "ලද"  # ("ලියන ලද": "which was written")


def written_off(words: list[str]) -> tuple[list[str], bool]:
    """`words` (those before a quoted title) without a closing "written by" participle, and whether one was there."""
    if not words:
        return words, False
    if words[-1] == _SINHALA_DONE and len(words) >= 2 and words[-2] == "ලියන":
        return words[:-2], True
    if words[-1] not in WRITTEN:
        return words, False
    words = words[:-1]
    if words and words[-1] in _AGENT:
        words = words[:-1]
    return words, True
