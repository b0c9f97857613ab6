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
post whose book was not read, says so before unfound_book is reached), then voiced_marks the marks. short_shape and
voiced_marks live in reviewed, which unfound_book asks them of: this module reads reviewed, never the other way.
"""

from __future__ import annotations

from .reviewed import short_shape, voiced_marks
from .settitles import set_off_titles


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
    if len(set_off_titles(ev.body[1])) > 2:
        return ()
    return short_review(ev, review_marked)
