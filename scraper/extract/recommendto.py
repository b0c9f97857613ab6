"""A first-person recommendation whose object is dropped and whose recipient follows the verb: the book's.

shortverdict.recommends_book takes the verb of recommending for the book's when a pronoun or nothing follows it
("I'd recommend it", "Polecam."). Many languages drop the object and name only whom, or what occasion, the book is
for: "Suosittelen äideille" (fi: to mothers, the allative), "ajánlom mindenkinek" (hu: the dative), "Odporúčam na
zimné večery" (sk: for winter evenings), "recomiendo a quien…", "je conseille aux lecteurs…", "I recommend to anyone
who…". The recipient's mark right after the verb (a preposition of the receiver or the purpose, or a receiving case
ending on the next word) says the thing recommended is the one the post is about, not another plan: "I'd recommend
arriving early", "I recommend that you bring a chair", "I would recommend we switch" name their object, an action,
after the verb, and keep the floor (tests/test_recommendbook_rev32f.py).

Read only in the post's last line of prose (its closing verdict): a recommendation to someone in the middle of a post
may be of anything the post passes by; the last line is where a short review gives its verdict.
"""

from __future__ import annotations

import re

# the receiver's or the purpose's preposition (en fr es pt it ca nl de sv da/nb pl cs sk sl hr/sr ru uk bg ro), or a
# word in a receiving case (fi/et allative -lle, -lleen; hu dative -nak, -nek)
RECIPIENT = re.compile(
    r"^\s*(?:(?:to|for|à|aux|a|al|à\s+tous|para|per|a\s+chi|voor|aan|für|allen|för|till|til|dla|pro|na|za|"
    r"для|на|за|всем|всім|на\s+всички|pentru|celor)\s+\w|"
    r"[^\W\d_]{2,}(?:lle|lleen|nak|nek)(?!\w))", re.I)
# English's own: "a" is its article ("I'd recommend a warm coat"), "na", "za", "per" its words of other kinds, and a
# receiving case it has none; after the English verb only its own prepositions of the receiver mark one, and "to"
# opens an infinitive as well ("I recommend to come early", "to book tickets": an action, no receiver), so the word
# after the preposition must open a noun phrase of persons: a determiner or a quantifier ("to all", "for my sister",
# "to those who…"), a pronoun of persons ("anyone", "everybody", "whoever"), a plural ("fans", "readers"; not the -ss
# of a verb, "to discuss"; the few plurals without -s) or a name ("to Tolkien fans")
ENGLISH_RECIPIENT = re.compile(
    r"^\s*(?:to|for)\s+(?:(?:the|a|an|my|our|your|his|her|their|all|any|every|each|those|these|some|many|most|"
    r"people|children|men|women)(?!\w)|\w*(?:one|body)(?!\w)|who\w*(?!\w)|\w+[^\Ws]s(?!\w)|(?-i:[A-Z])\w)", re.I)
_ENGLISH_VERB = re.compile(r"recommend$", re.I)


def to_recipient(lines, at_line: str, after: str, verb: str = "") -> bool:
    """`after` (the text right after the verb in `at_line`) opens on a recipient's mark, and `at_line` is the last
    line of the post's own prose (no question: a reader asking what to read next recommends nothing); after the
    English `verb` only English's marks (ENGLISH_RECIPIENT)."""
    prose = [line for line in lines if line.strip() and not line.lstrip().startswith((">", "#"))]
    marks = ENGLISH_RECIPIENT if _ENGLISH_VERB.search(verb) else RECIPIENT
    return bool(prose) and at_line == prose[-1] and not at_line.rstrip().endswith("?") and marks.match(after) is not None
