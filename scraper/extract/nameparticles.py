"""Postpositions written as words of their own after a person's name, in scripts without capitals (s35).

A name right before a quoted title is often followed by a genitive or an honorific word apart from it: Marathi's
respectful genitive "यांचा/यांची/यांचे/यांचं/यांच्या" (of him, her: every gender and the colloquial neuter's anusvara),
Hindi's and Nepali's "जी", "साहब" with or without "का/की/के/को" after them, Bengali "বাবুর/বাবু", Gujarati and Punjabi
"જી/ਜੀ" and Urdu "صاحب/صاحبہ". None is part of the name: a reader of the words before a quote drops them from the run's
end (``particles_off``), as it drops a short particle of three letters or fewer. (The Dravidian honorifics apart, te
"గారి", ta "அவர்களின்", kn "ಅವರ", are bookdravidian's: read only before a quoted title a work's noun follows, since a
line quoted from the book or a chapter's name is quoted after the writer's name too.)"""

from __future__ import annotations

import re

_APART = re.compile(
    r"(?:यांच(?:ा|ी|े|ं|्या)|जी|साहब|साहिब|का|की|के|को|"
    r"বাবুর|বাবু|এর|જી|ની|નો|નું|ના|ਜੀ|ਦੀ|ਦਾ|ਦੇ|صاحب|صاحبہ|کا|کی|کے)")


def particles_off(words: list[str]) -> list[str]:
    """`words` without the postpositions (above) that close the run, at most two ("जी का"), leaving one word at least."""
    for _ in range(2):
        if len(words) > 1 and _APART.fullmatch(words[-1]):
            words = words[:-1]
    return words
