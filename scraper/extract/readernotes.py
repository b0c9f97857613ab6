"""A short post's own notes to its readers, as marks of one work read (reviewed.unfound_book asks a post of under 180
words whose book was not found for two marks of one work, one of them in the reviewer's own voice).

A content warning ("Content note: the book depicts suicide", "Inhaltswarnung: …", "Aviso de contenido: …") is written
by someone who has read the book and tells the reader what it holds before they do; a note on where the copy came
from ("The publisher sent me this copy", "Egzemplarz otrzymałam od wydawnictwa") is the reader's own account of the
one copy they read. Both are said in the writer's voice about one work, in any language notes.py reads (the
disclosure and content-warning columns measure it), and neither belongs to a notice, a teaser, a news item or a
listing: a cover reveal, a publisher's announcement, an adaptation's news or a shop's blurb has nothing read to warn
of or to disclose (on every labelled corpus no short non-review that reaches this question carries either). One of
them is not enough alone (a publisher's page lists a new book's content warnings too): another mark is asked beside
it, a name said again, "the novel", a record line, the address of a review section.

notes.read_notes reads them before the classifier (Evidence.warned, Evidence.disclosed), whatever the book rules found.
"""

from __future__ import annotations

from .reviewwords import MORE_WORK_REFERENCES, WORK_REFERENCE

# the marks' words, each counted as the reviewer's voice (reviewed.VOICE)
WARNS = "warns its readers of what the book holds"
DISCLOSES = "says where its copy came from"
NOTE_VOICE = (WARNS, DISCLOSES)


def references(text: str) -> int:
    """How often the text calls its work "the book", "the novel" (its noun with an article or a demonstrative:
    reviewwords' WORK_REFERENCE and its further forms; the scripts' own anaphora: anaphora.py). reviewed.work_clues
    counts two or more as a mark of one work."""
    from . import anaphora  # (late, as before: anaphora's book modules are imported after this one)
    marked = {"".join(found).strip() for found in anaphora.MARKED.findall(text)}
    return len(WORK_REFERENCE.findall(text)) + len(MORE_WORK_REFERENCES.findall(WORK_REFERENCE.sub(" ", text))) \
        + anaphora.references(text, next(iter(marked)) if len(marked) == 1 else "")


ONCE = "calls the work it warns of 'the book', 'the novel' once"


def reader_notes(ev) -> tuple[str, ...]:
    """The reader's notes a post carries: a content warning, a free-copy disclosure (the Evidence's flags); and, under
    a warning, one reference to the book ("romanen", "the novel"): what it warns of is a book the post speaks of."""
    warned, disclosed = bool(getattr(ev, "warned", False)), bool(getattr(ev, "disclosed", False))
    marks = (WARNS,) * warned + (DISCLOSES,) * disclosed
    if warned and not disclosed:
        marks += (ONCE,) * (references("\n".join(ev.body[0])) == 1)
    return marks
