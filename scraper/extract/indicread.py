"""The 'read also' labels of the Indic languages and their neighbours, for ``edges.READ_ALSO``.

An Indian news site's or magazine's CMS splices "यह भी पढ़ें: …" ("read this too") between a review's paragraphs,
in whichever language the edition is printed: Hindi, Marathi, Nepali (Devanagari), Gujarati, Bengali and Assamese,
Punjabi (Gurmukhi), Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala, and Urdu (Arabic script). Each language
writes it as "this too read" ("આ પણ વાંચો", "ইহাও পড়ুন", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ഇതുകൂടി വായിക്കൂ", "یہ بھی پڑھیں"), and
a bare "more read" ("और पढ़ें", "আরও পড়ুন", "மேலும் படிக்க") which counts only with its colon.

The scripts with a nukta (ड़ ঢ় ਫ਼ ଡ଼) reach us either precomposed or as letter and nukta: ``PATTERN`` accepts both.
"""

from __future__ import annotations

import re
import unicodedata

# "this too read" (the imperative and its polite forms): a label wherever it stands
_ALSO = (
    # Hindi, Marathi, Nepali
    "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "इन्हें भी पढ़ें", "यह भी पढ़िए", "ये भी पढ़िए",
    "हे पण वाचा", "हेही वाचा", "हे देखील वाचा", "हे सुद्धा वाचा", "यो पनि पढ्नुहोस्", "यो पनि पढ्नुस्",
    # Gujarati
    "આ પણ વાંચો", "આ પણ વાંચજો", "આ પણ વાંચવા જેવું",
    # Bengali, Assamese
    "এটাও পড়ুন", "এটিও পড়ুন", "ইহাও পড়ুন", "আরও পড়ুন", "আরো পড়ুন", "লগতে পঢ়ক", "এইটোও পঢ়ক",
    # Punjabi (Gurmukhi)
    "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ਇਹ ਵੀ ਪੜ੍ਹੋ ਜੀ",
    # Odia
    "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ", "ଏହା ବି ପଢ଼ନ୍ତୁ", "ଆହୁରି ପଢ଼ନ୍ତୁ",
    # Tamil
    "இதையும் படிக்க", "இதையும் படியுங்கள்", "இதையும் வாசிக்க", "இதையும் படிங்க", "இதையும் படிக்கவும்", "இதையும் வாசியுங்கள்",  # (the spoken "படிங்க" too)
    # Telugu
    "ఇది కూడా చదవండి", "ఇవి కూడా చదవండి",
    # Kannada
    "ಇದನ್ನೂ ಓದಿ", "ಇವುಗಳನ್ನೂ ಓದಿ",
    # Malayalam
    "ഇതുകൂടി വായിക്കൂ", "ഇതുകൂടി വായിക്കുക", "ഇതും വായിക്കൂ", "ഇതും വായിക്കുക", "ഇതുകൂടി വായിക്കാം",
    # Sinhala
    "මේවාත් කියවන්න", "මෙයත් කියවන්න",
    # Urdu
    "یہ بھی پڑھیں", "یہ بھی پڑھئے", "یہ بھی پڑھیے",
)
# "more read": a label only with its colon (a sentence may open on the same words)
_MORE = (
    "और पढ़ें", "अधिक वाचा", "आणखी वाचा", "વધુ વાંચો", "ਹੋਰ ਪੜ੍ਹੋ", "ଅଧିକ ପଢ଼ନ୍ତୁ", "மேலும் படிக்க",
    "మరింత చదవండి", "ಮತ್ತಷ್ಟು ಓದಿ", "ಇನ್ನಷ್ಟು ಓದಿ", "കൂടുതൽ വായിക്കുക", "مزید پڑھیں", "আৰু পঢ়ক",  # (Assamese: "more read")
)


def _forms(label: str) -> set[str]:
    """The label as written, with its nukta letters precomposed and decomposed."""
    decomposed = unicodedata.normalize("NFD", label)
    composed = "".join(_COMPOSE.get(decomposed[i:i + 2], "") or c for i, c in enumerate(decomposed)
                       if not (i and decomposed[i - 1:i + 1] in _COMPOSE))
    return {label, decomposed, composed}


# letter + nukta -> the precomposed letter (NFC leaves these decomposed: they are composition exclusions)
_COMPOSE = {unicodedata.normalize("NFD", c): c for c in "क़ख़ग़ज़ड़ढ़फ़य़ড়ঢ়য়ਖ਼ਗ਼ਜ਼ੜਫ਼ଡ଼ଢ଼"
            if len(unicodedata.normalize("NFD", c)) == 2}


def _alternation(labels: tuple[str, ...]) -> str:
    forms = sorted({f for label in labels for f in _forms(label)}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+").replace(" ", r"\s+") for f in forms)


# for READ_ALSO: a group-free alternation, to sit inside its (?: … )
# a letter or a vowel sign going on after the label: a longer word ("ಓದಿದೆ", "I have read"), not the label
_GOES_ON = r"[^\W_]|[\u0900-\u0DFF\u0600-\u06FF]"
PATTERN = f"(?:{_alternation(_ALSO)})(?!{_GOES_ON})|(?:{_alternation(_MORE)})(?=\\s*[:：])"
