"""A review written as questions and answers with oneself: not an interview.

classify takes three question-and-answer blocks for an interview. An interview has two voices: a guest named and
introduced, who answers for herself ("I wrote it in a winter"), questions put to her. A reviewer who writes her review
as a Q&A with herself ("**What happens in it?** … **Who is it for?** … **Stars?** 4.5/5") has one voice: her answers
speak of the book's author in the third person, by surname ("Levy writes in short scenes"), and she gives the book her
own score. That is the structure read here:

- the post gives its own score (the classifier's own rating: not an average, not a reply's), inside its questions and
  answers (a line after the first question holds a score: "The score, then? 4/5"): an interview's blog that scores the
  book does so in its lead, above the questions ("Our verdict on the book: 4/5. We met Sole in Bergen."), outside the
  guest's Q&A;
- the book was read with its author;
- some answer (a line after the first question that is no question) names the author's surname, and no question does
  (an interviewer puts her questions to the author: "Deborah, why a pool?");
- no speaker labels take turns ("MK: …", "Q: …/A: …" with names): a transcript is an interview's.

A real interview keeps its kind: its answers are the guest's own words (the author does not name herself by surname),
and it gives no score of the book; a translator's or a critic's interview that names the author in the answers gives no
score either.
"""

from __future__ import annotations

import re

from .questions import asks
from .rating import has_score

_QUESTION = re.compile(r"^(?:#{1,6}\s+|\*\*)")
# a speaker's label opening a line, a name or initials and a colon ("MK:", "Anna:"): a transcript's turn
_LABEL = re.compile(r"^(?:\*\*)?[^\W\d_][\w.]{0,15}(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*\S")


def self_review(ev) -> bool:
    """The post's questions and answers are one reviewer's about one book she scores (see the module's words)."""
    # (its own score: not one called an average, nor one given only in the replies, as classify reads them)
    own_rating = ev.rating and not (ev.averaged and ev.averaged >= ev.scored_lines) \
        and not (ev.reply_scores and ev.reply_scores >= ev.scored_lines)
    if not (own_rating and ev.book_has_author and ev.book_author):
        return False
    surname = re.compile(rf"(?<!\w){re.escape(ev.book_author.split()[-1])}(?!\w)")
    lines = [line.strip() for line in ev.body[1].splitlines() if line.strip()]
    questions = [n for n, line in enumerate(lines) if _QUESTION.match(line) and asks(line)]
    if len(questions) < 3 or sum(1 for line in lines if _LABEL.match(line)) >= 2:
        return False
    answers = [line for n, line in enumerate(lines) if n > questions[0] and n not in questions]
    if not any(has_score(line) for line in lines[questions[0]:]):  # (its score among its Q&A, not in a lead above it)
        return False
    return any(surname.search(line) for line in answers) and not any(surname.search(lines[n]) for n in questions)
