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

When the book was not read (s36), the one voice is read from the questions themselves: they address no second person
(no "you", "du", "vous", "ты" … in any of them: "What's the book?", "Hard to read?", "Score?"), a single label opens
them if any ("Q: …", the writer's own prompt, no answerer's label beside it), and the score stands among the answers.
An interviewer's questions are put to the guest ("What gave you the idea?"). A title that says the writer interviews
herself ("I interview myself about T", "Selbstinterview", "autoentrevista": the word for an interview beside a
reflexive or a "self-" prefix) is no interview's title (self_titled).

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
_LABEL = re.compile(r"^(?:\*\*)?([^\W\d_][\w.]{0,15})(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*\S")


def self_review(ev) -> bool:
    """The post's questions and answers are one reviewer's about one book she scores (see the module's words)."""
    # (its own score: not one called an average, nor one given only in the replies, as classify reads them)
    own_rating = ev.rating and not (ev.averaged and ev.averaged >= ev.scored_lines) \
        and not (ev.reply_scores and ev.reply_scores >= ev.scored_lines)
    if not own_rating:
        return False
    lines = [line.strip() for line in ev.body[1].splitlines() if line.strip()]
    questions = [n for n, line in enumerate(lines) if _QUESTION.match(line) and asks(line)]
    asked = {found.group(1).casefold() for n in questions if (found := _LABEL.match(lines[n]))}
    answered = sum(1 for n, line in enumerate(lines) if n not in questions and _LABEL.match(line))
    # (labels take turns in a transcript: two on the questions, or two labelled answers, "A: …"; one label on the
    # questions, "Q: …", is the writer's prompt, and one labelled line beside them, "Rating: 8/10", her score's)
    if len(questions) < 3 or len(asked) >= 2 or answered >= 2:
        return False
    answers = [line for n, line in enumerate(lines) if n > questions[0] and n not in questions]
    if not any(has_score(line) for line in lines[questions[0]:]):  # (its score among its Q&A, not in a lead above it)
        return False
    if not (ev.book_has_author and ev.book_author):  # (its book unread: questions put to no second person, s36)
        return not any(_SECOND_PERSON.search(lines[n]) for n in questions)
    surname = re.compile(rf"(?<!\w){re.escape(ev.book_author.split()[-1])}(?!\w)")
    return any(surname.search(line) for line in answers) and not any(surname.search(lines[n]) for n in questions)


# the second person, its pronouns and possessives (en de fr es it pt nl sv da/nb pl cs sk ru uk bg fi tr): a question put
# to someone else ("Sie", "su", "seu" also say "she", "his": left out)
_YOU_WORDS = """you your yours yourself you're you've you'd you'll du dich dir dein\\w* euch euer\\w* tu toi te t' vous votre
vos ton ta tes tú ti usted ustedes vosotros vosotras tuo tua tuoi tue voi vostr[oaie] você vocês teu jij jou jouw uw dig din
ditt dina deg dere ty ciebie cię twój twoja twoje wy wasz\\w* tebe tě tvůj tvoj\\w* vy vás váš vaš\\w* ты тебя тебе твой твоя
твоё вы вас вам ваш\\w* ти тобі твій ви вами sinä sinun sinua teidän sen siz senin sizin"""
_SECOND_PERSON = re.compile(r"(?<!\w)(?:" + "|".join(w.replace("'", "['’]") for w in _YOU_WORDS.split()) + r")(?!\w)", re.I)
# the word for an interview beside a reflexive or a "self" prefix: "I interview myself", "interviewing myself",
# "self-interview", "Selbstinterview", "autoentrevista", "autointervista", "m'interviewe moi-même", "interviewe mezelf",
# "intervjuar mig själv", "wywiad z samą sobą", "интервью с самим собой"
_INTERVIEW_STEMS = "interview entrevist intervist entretien intervju wywiad интервью"
_REFLEXIVES = ("myself", r"mich(?:\s+selbst)?", r"mí\s+mism[oa]", r"me\s+stess[oa]", "moi-même", "mezelf", "mijzelf",
               r"mig\s+själv", r"meg\s+selv", r"mig\s+selv", r"sam[ąa]\s+sobą", r"samym\s+sobą", r"сам(?:им|ой)\s+собой", "собой")
_STEMS = "|".join(_INTERVIEW_STEMS.split())
_SELF_INTERVIEW = re.compile(rf"(?:self[\s-]?|selbst|auto-?|zelf)(?:{_STEMS})|(?:{_STEMS})\w*\s+(?:(?:with|con|avec|mit|med|z|с)\s+)?"
                             rf"(?:{'|'.join(_REFLEXIVES)})(?!\w)", re.I)


def self_titled(title: str) -> bool:
    """The title says its writer interviews herself (_SELF_INTERVIEW): no interview's title."""
    return _SELF_INTERVIEW.search(title or "") is not None
