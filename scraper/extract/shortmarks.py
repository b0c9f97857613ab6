"""A short post's marks of one work read, asked the same whether its book was read or not.

classify's gate for a post whose book was read ("names a book but has only N words and no rating: too short for a
review") sent a short unrated review to "other", while the same post with its book unread reached
reviewed.unfound_book, which takes a post of 100 to 180 words for a review when it carries two marks of one work, one
of them in the reviewer's own voice (it keeps calling the work "the novel", "бұл повесть"; it warns of what the book
holds or says where its copy came from; it speaks of its rating), and does not say it is no review. Reading the book
is more evidence of one work, not less: a single post whose short text is such a judgement of one work is a review
whichever path it takes, and a short capsule or notice that names a book without that voice is not, on both.

short_review asks the same floor and shape unfound_book asks (100 English words' worth, 40 in a reader's review box;
one post; one book named, bar a closing list of read-alikes; at most two score lines; no tour-stop sections), and no
meeting's day and hour (an unrated post that gives one is a launch's or a club's notice: gatherings.judge, asked of a
post whose book was not read, says so before unfound_book is reached), then voiced_marks the marks.
"""

from __future__ import annotations

from . import reviewbox
from .notegift import free_copy
from .readernotes import reader_notes
from .reviewed import _VOICE, _clues, denied, titled_work
from .reviewlabel import labelled_headline
from .reviewlength import english_words


def voiced_marks(ev, review_marked: bool) -> tuple[str, ...]:
    """The marks of one work a short post carries when they make it a review (two or more, one of them the reviewer's
    voice, and no word that it is not a review); empty otherwise. `review_marked`: filed as a review (a category, a tag,
    the source's hint, its address), which counts as one mark."""
    filed = ("filed as a review",) if review_marked else ()
    clues = filed + _clues(ev) + titled_work(ev.body[1], ev.title) + reader_notes(ev) + labelled_headline(ev, bool(filed))  # (readernotes; reviewlabel)
    # (a note that the publisher sent the writer the book is a mark of one work read and written about: asked only
    # once the voice is there and one mark short)
    if len(clues) == 1 and clues[0].startswith(_VOICE) and free_copy(ev.body[1]):
        clues += ("says the book was a free copy",)
    if len(clues) >= 2 and any(clue.startswith(_VOICE) for clue in clues) and not denied(ev):
        return clues
    return ()


def short_shape(ev) -> bool:
    """The shape of a post about one work: 100 English words' worth (40 in a reader's review box), one post, one book
    named bar a closing list of read-alikes, at most two score lines, no tour-stop sections (reviewed.unfound_book's
    first test, and short_review's)."""
    return not (english_words(ev.body[0], ev.words) < (40 if reviewbox.boxed(ev) else 100) or ev.post_bodies > 1
                or ev.books_named - ev.closing_list_books > 1 or ev.scored_lines > 2 or ev.promo_sections)


def short_review(ev, review_marked: bool) -> tuple[str, ...]:
    """voiced_marks of a post of the shape reviewed.unfound_book asks of a short review (empty when it has another)."""
    if not short_shape(ev) or ev.appointment:
        return ()
    return voiced_marks(ev, review_marked)


def text_read_review(ev, review_marked: bool) -> tuple[str, ...]:
    """short_review's marks of a post whose book was read only in its text and named there twice (classify's gate
    "names a book in its text but neither rates it nor keeps returning to it"): a book read is more evidence of one
    work, not less, so the voiced marks that make a short post with its book unread a review make this one a review.
    Not when the post sets off three titles or more (a poll's or a list's books, each named once or twice, are several
    works: its "the novel" is said of any of them)."""
    from .reviewed import _set_off_titles  # (late, as shortmarks reads reviewed above)
    if len(_set_off_titles(ev.body[1])) > 2:
        return ()
    return short_review(ev, review_marked)
