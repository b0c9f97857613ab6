"""A line plugging a numbered episode of a podcast, set apart by the pictograph it opens on: anywhere in the body.

Between a review's paragraphs or after them, a blogger drops a line sending the reader to the podcast where the book
was talked about: "🎙️ More on this on the podcast: <Show>, episode 62, out now", "🎧 この本については、ポッドキャスト
「…」第18回でも話しています". The wording is the writer's; the shape is the plug's:

- it opens on a pictograph (a symbol character: 🎧, 🎙️, 📻, ▶️), the mark a template or a writer sets before a notice
  and not before a sentence of the review;
- it names a podcast (``houseads._PODCAST``, the word in many languages) and a number that is an episode's: of one
  to three digits (a year is not), and labelling rather than counting, so no word follows it after a space ("episode
  41, out today", "#62 is out", "第7回"), where a count's noun would ("12 chapters", "2 million listeners");
- short (30 words; 90 letters in the scripts written without spaces), no score.

Or, numbered or not, the reader bidden to listen to an episode: a clause opening on the imperative of listening
(``_LISTEN_BID``: "listen to", "escucha", "écoutez", "hör dir … an", "послушайте") and an episode's noun in the line
(``_EPISODE``: episode, episodio, Folge, aflevering, odcinek, выпуск …): "🎧 If you'd rather hear it, listen to the
episode of <Show> where we talk about …". The writer's own past listening ("🎧 I listened to the episode where the
author …", "Escuché el episodio …") opens on its subject or a past tense, and stays.

A review's sentence about a podcast opens on its subject; "🎧 The audiobook runs nine hours" names no podcast;
"🎙️ The heroine hosts a true-crime podcast" numbers no episode; "🎧 Podcast score: 4/5" is a score; a review's
sentence about a book on podcasting counts ("📖 This book about podcasting has 12 chapters"), dates ("🎙 In 2019 the
author started a podcast") or names a chapter ("🎧 Chapter 7 is the best: …"), and stays.
"""

from __future__ import annotations

import re
import unicodedata

from .rating import has_score
from .siteaccounts import _short  # (30 words; 90 letters in the scripts written without spaces)

RULE = "podcast plug"
# an episode's number: one to three digits, after "#" or with no word after it past a space (a count's noun)
_EPISODE_NO = re.compile(r"#\s?\d{1,3}(?!\d)|(?<![\d#])\d{1,3}(?![\d.,:/]?\d)(?!\s+[^\W\d_])")


# the imperative of listening, opening a clause (the line's first after its pictograph, or one after a comma: "If you
# would rather hear it, listen …"), in many languages (singular and plural, familiar and polite forms)
_LISTEN_BID = re.compile(
    r"(?:^|[,;:—–]\s*)(?:listen|escuch(?:a|ad|en|á|e)|oye|o[iíu]ga(?:n)?|écoute(?:z)?|ascolta(?:te)?|ouça(?:m)?|ouve|"
    r"escute(?:m)?|h[öo]r(?:t|en\s+Sie)?|luister|lyssna|lytt|lyt|kuuntele(?:kaa)?|(?:po)?słuchaj(?:cie)?|poslechn(?:i|ěte)|"
    r"poslouchejte|vypočujte|(?:po)?slušajte|hallgasd|ascult(?:ă|ați)|(?:по)?слушай(?:те)?|(?:по)?слухай(?:те)?|"
    r"ακούστε|dinle(?:yin)?|dengarkan|nghe)(?!\w)",
    re.I,
)
# an episode's noun (a show's installment)
_EPISODE = re.compile(
    r"(?<!\w)(?:episod\w*|épisode\w*|episódio\w*|folge|aflevering\w*|avsnitt\w*|afsnit\w*|jakso\w*|odcin\w*|epizod\w*|"
    r"эпизод\w*|выпуск\w*|випуск\w*|επεισόδι\w*|bölüm\w*)(?!\w)|エピソード|에피소드|一集|這集|这集",
    re.I,
)


def _pictograph_first(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and unicodedata.category(stripped[0]) == "So"


def podcast_plug(text: str) -> bool:
    """The line opens on a pictograph and plugs a numbered podcast episode (module docstring)."""
    from .houseads import _PODCAST  # (late: houseads asks this module)
    if not _pictograph_first(text) or not _short(text):
        return False
    if has_score(text):
        return False
    if _EPISODE_NO.search(text) and _PODCAST.search(text):
        return True
    lead = text.lstrip()[1:].lstrip("\ufe0f\u200d ")  # (the clause after the pictograph)
    # (the episode the listening's object: its noun within three words after the verb, no stop or colon between;
    # "🎧 Listen to the audiobook: the episode at the lighthouse …" names a scene of the book)
    return any(_EPISODE.search(" ".join(re.split(r"[.!?;:,—–]", lead[bid.end():], maxsplit=1)[0].split()[:4]))
               for bid in _LISTEN_BID.finditer(lead))
