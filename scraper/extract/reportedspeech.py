"""Someone's words reported in a line: a character's, an author's, a friend's, not the site's own bidding.

A review quotes and retells: a character's "Follow your heart, says Ising on Facebook", a heroine's "join our list,
she writes", the author's words in an interview. The site's own line (a follow line, a membership plea, a newsletter's
sign-up) bids the reader in its own voice and never reports who said it. What marks the report is a speech verb in
the third person beside the words, or a language's particle of hearsay: tl "daw/raw", "sabi ni", "ayon kay", yo "ó ní",
"sọ pé", en "she says/writes", fr "dit-elle", es/pt/it/de "dice", "diz", "scrive", "sagt sie", id/ms "katanya",
"ujarnya", sw "alisema", hi "कहती है", bn "বলে", pa "ਕਹਿੰਦੀ", ur "کہتی ہے". ``quoted_speech`` asks for quote marks too.
Read by ``followlines.opening_follow``, ``siteaccounts.newsletter_notice`` and ``memberask``; ``retold`` by
``notes.disclosure_in`` (a character's "I got this copy free from the publisher," he says: no disclosure of the writer's).
"""

from __future__ import annotations

import re

from typing import Callable

from .casefold import guarded
from .notewords import FIRST_PERSON  # (the writer's I, me, ich, je …)

# (tl, yo particles of hearsay; then the third person's verb of saying or writing: en fr es pt it de nl id/ms sw hi bn
# pa gu mr ur)
_REPORTED = guarded(re.compile(
    r"(?<!\w)(?:daw|sabi\s+(?:ni|niya|nila|ng)|ayon\s+(?:kay|kina|sa\s+kanya)|wika\s+ni|"
    r"ó\s+ní|o\s+ni|sọ|sọ\s+pé|so\s+pe|wí\s+pé|"
    r"(?:she|he|they)\s+(?:says|said|writes|wrote|tells|told|adds|added|insists|replies|replied)|"
    r"(?:says|said|writes|wrote|tells|told)\s+(?:she|he)|"
    r"(?:dit|écrit|ajoute|répond)-(?:elle|il)|(?:dice|dijo|escribe|escribió|diz|disse|escreve|scrive|scrisse|"
    r"sagt|sagte|schreibt|schrieb|zegt|schrijft)\s+(?:ella|él|ela|ele|lei|lui|sie|er|ze|hij)|"
    r"katanya|ujarnya|tulisnya|kata\s+(?:dia|beliau)|alisema|anasema|aliandika|anaandika)(?!\w)|"
    r"(?:कहती|कहता|कहते|लिखती|लिखता)\s+(?:है|हैं|थी|था)|কহেন|বলেন|বললেন|বলল|বলে(?![\u0980-\u09ff])|"
    r"ਕਹਿੰਦ[ੀਾੇ]|ਆਖਦ[ੀਾੇ]|કહે\s+છે|म्हणते|म्हणाली|کہتی\s+ہے|کہتا\s+ہے",
    re.I,
))  # (behind its guard: asked of every sentence, most hold none of its words)
# tl "raw" (daw's form after a vowel) is an English word too ("raw, unfiltered book talk", "for raw first
# impressions"): read only as Tagalog sets it, after a word ending in a vowel (or w, y), in a line with Tagalog's
# own function words (ang, mga, tayo, kayo, niya, po, lang …)
_RAW = re.compile(r"[aeiouwy]\s+raw(?!\w)", re.I)
_TAGALOG = re.compile(r"(?<!\w)(?:ang|mga|tayo|kayo|sila|siya|niya|natin|namin|ninyo|po|lang|rin|din|nang|ako|ko|mo|"
                      r"ba|pa|na|sa|ng)(?!\w)", re.I)
_QUOTES = re.compile(r"[\"“”„«»「」『』]")


def reported(text: str) -> bool:
    """Someone's words reported in the line (a speech verb in the third person, a particle of hearsay)."""
    return bool(_REPORTED.search(text)) or bool(_RAW.search(text)) and len(_TAGALOG.findall(text)) >= 2


def quoted_speech(text: str) -> bool:
    """A quotation with its speaker: quote marks and a speech verb in the third person (a character's line)."""
    return bool(_QUOTES.search(text)) and reported(text)


# A verb of saying in the third person, its subject anyone ("the harbour master says", "sagt der Hafenmeister"): en fr
# es pt it de nl sv/da/no pl id/ms; asked only of a line already read as a disclosure, outside its quoted words
_SAYING = re.compile(
    r"(?<!\w)(?:says|said|tells|told|asks|asked|replies|replied|insists|insisted|adds|added|whispers|whispered|"
    r"shouts|shouted|explains|explained|claims|claimed|dit|répond|répondit|ajoute|explique|affirme|dice|dijo|"
    r"responde|respondió|explica|afirma|diz|disse|respondeu|risponde|rispose|spiega|sagt|sagte|antwortet|"
    r"antwortete|erklärt|erklärte|behauptet|meint|meinte|zegt|zei|antwoordt|säger|sade|siger|sier|sa|mówi|"
    r"powiedział|powiedziała|odpowiada|kata|katanya|ujar|ujarnya)(?!\w)", re.I)
# a quoted span of three words or more (a clause, not a quoted phrase: an "advance reader copy")
_QUOTED_SPAN = re.compile(r"[\"“”„«»「『](?P<said>[^\"“”„«»「」『』]*?\w+\W+\w+\W+\w[^\"“”„«»「」『』]*)[\"“”«»」』]")


def retold(sentence: str, holds: Callable[[str], bool]) -> bool:
    """The words that `holds` finds in `sentence` are someone else's, not the writer's: they stand only inside a
    quoted clause with a verb of saying outside the quotes (“I got this copy free,” the captain says), or only after
    a third person's verb of saying, no first person after it ("The captain says he got this copy free"). What is
    left of the line once those words go is asked again: the writer's own note with a quoted phrase or a report
    after it stays ("The house sent me a copy after she said I'd like it")."""
    if _QUOTES.search(sentence):
        rest = _QUOTED_SPAN.sub(" ", sentence)
        if len(rest) < len(sentence) and _SAYING.search(rest) and not holds(rest):
            return True
    found = _REPORTED.search(sentence)
    return bool(found) and not FIRST_PERSON.search(sentence[found.end():]) and not holds(sentence[:found.start()])
