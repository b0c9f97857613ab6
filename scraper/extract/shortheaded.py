"""A short post under a headline that names its book, judged in the writer's own voice: a review however short.

Two shapes classify's length floors missed (a microblog's, a reading log's, a capsule column's), both asked only when
the book was read from the post's own headline (ev.book_source "title") with its author:

- capsule: the post scores the book in its one score line of its own (shortverdict._own_score: not an average, not a
  reply's) and its prose names the book again (ev.book_mentions >= 2, the title itself among them: "A's T, finished …").
  Then 40 English words' worth is enough to leave "empty", the floor a reader's review in its box has: a capsule that
  says in two sentences what it thought and gives its stars is a review. A shop's or a catalogue's page whose title
  names the book scores it with readers' stars (more than one score line, or an average): the test asks the one own
  score, no product or lending page, and the naming again.
- headed_owned: an unrated short post (classify's "too short for a review" gate) whose prose names the author again
  on a line apart from the title (shortmarks.author_named_apart: a reviewer speaking of the writer, "Hotakainen is
  funny") and carries the reviewer's voice (shortverdict.verdict_marks: a recommendation, a reading, a reservation, a
  favourite). shortmarks.filed_owned asks the same with the filing under "Reviews" in place of the headline; a
  notice naming the book in its headline names its author again too, but recommends nothing in the first person.
"""

from __future__ import annotations

from .reviewed import denied, short_shape
from .reviewlength import english_words
from .shortverdict import FAVOURITE, READS, RECOMMENDS, RESERVES, SCORES, _own_score, verdict_marks

CAPSULE_FLOOR = 40  # (as a reader's review in its box: classify's "empty" gate)
_VOICE = (RECOMMENDS, FAVOURITE, SCORES, READS, RESERVES)


def capsule(ev) -> bool:
    """A one-post page whose headline names the book with its author, its prose names it again and its one score line
    is its own verdict, with CAPSULE_FLOOR English words' worth or more (see the module's words)."""
    if not (ev.book_source == "title" and ev.book_has_author and ev.book_title and ev.post_bodies == 1):
        return False
    # (its score its own: its one score line, or a rating read from no score line at all, a closing "10/10" the lines do
    # not count; never an average nor a reply's: rated_capsule's test, holdout115's Georgian capsule)
    own = _own_score(ev) or (ev.rating and ev.scored_lines <= 1 and not ev.averaged and not ev.reply_scores)
    if ev.product_page or ev.lending_page or ev.books_named > 1 or ev.drawn or not own:
        return False
    # (its prose says the title itself, not only its author's name: "A's T, finished on …"; a post that names only the
    # writer, "A's novel follows …", may be about the writer or another of her books: s33's 46 words stay empty)
    named = ev.book_mentions >= 2 and ev.book_title.casefold() in "\n".join(ev.body[0]).casefold()
    if not (named or quoted_again(ev.book_title, ev.body[0])):
        return False
    return english_words(ev.body[0], ev.words, ev.language) >= CAPSULE_FLOOR


# an opening quotation mark of any script's style, just before a title set off in the text
_OPENING = "\"'“„«‹「『‚‘"
_INWORD = "'‘’ʻʼ"  # (an apostrophe inside a word: Uzbek's "g‘", a Latin elision)


def quoted_again(title: str, lines) -> bool:
    """The title set off in the text by an opening quotation mark, whole: no letter of a longer title after it, nor an
    apostrophe within a word ("“Tog‘dagi uy”" is not the title "Tog")."""
    if len(title) < 3:
        return False
    title = title.casefold()
    for line in lines:
        low = line.casefold()
        at = low.find(title)
        while at > 0:
            end = at + len(title)
            after = low[end:end + 2]
            if low[at - 1] in _OPENING and not after[:1].isalnum() and not (after[:1] in _INWORD and after[1:].isalnum()):
                return True
            at = low.find(title, at + 1)
    return False


def headed_owned(ev) -> tuple[str, ...]:
    """The marks of a short post of short_shape whose headline names its book with its author, whose prose names the
    author again apart from the title and speaks in the reviewer's voice (see the module's words)."""
    from .shortmarks import author_named_apart  # (shortmarks asks this module: read late)
    if not (ev.book_source == "title" and ev.book_has_author and ev.book_author and ev.book_title) or ev.books_named > 1:
        return ()
    if not short_shape(ev) or ev.appointment or denied(ev):
        return ()
    if not author_named_apart(ev.book_author, ev.book_title, list(ev.body[0])):
        return ()
    voice = [mark for mark in verdict_marks(ev) if mark.startswith(_VOICE)]
    return ("a headline naming its book and author", "names the author again", voice[0]) if voice else ()
