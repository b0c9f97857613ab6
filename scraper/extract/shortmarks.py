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
post whose book was not read, says so before unfound_book is reached), then voiced_marks the marks (or, for a post
read with its book, the filing or a record line of the book beside its prose's own "the book" and its author named
again, and beside the record line the reviewer's own voice: filed_owned, recorded_owned). short_shape and voiced_marks
live in reviewed, which unfound_book asks them of: this module reads reviewed, never the other way.
"""

from __future__ import annotations

import re as _re

from .readernotes import references
from .reviewed import denied, short_shape, voiced_marks
from .shortverdict import FAVOURITE, READS, RECOMMENDS, RESERVES, SCORES, verdict_marks
from .settitles import set_off_titles
from .notewords import PUBLISHER
from .openread import post_opens_on_reading
from .shortheaded import headed_owned


def short_review(ev, review_marked: bool) -> tuple[str, ...]:
    """voiced_marks of a post of the shape reviewed.unfound_book asks of a short review (empty when it has another)."""
    if not short_shape(ev) or ev.appointment:
        return ()
    return voiced_marks(ev, review_marked) or filed_owned(ev, review_marked) or recorded_owned(ev) or headed_owned(ev)


def filed_owned(ev, review_marked: bool) -> tuple[str, ...]:
    """The marks of a short post filed as a review (its category or tag says so) whose book was read with its author,
    when its own prose comes back to both: it calls the work "the novel", "this book" (once is enough here, where the
    book and the filing are two marks already) and names the author again on a line that does not name the title (a
    reviewer speaking of the writer, "Tagore enters his characters' minds"). The filing never counts alone: a list or a
    notice filed under "Reviews" names several books, or its one book and author only on the line announcing it."""
    if not (review_marked and ev.book_has_author and ev.book_author and ev.book_title) or ev.books_named > 1:
        return ()
    lines = list(ev.body[0])
    if not author_named_apart(ev.book_author, ev.book_title, lines) or not references("\n".join(lines)) or denied(ev):
        return ()
    return ("filed as a review", "calls its book 'the book' and names its author again")


# a surname's case ending in the inflecting languages (pl cs sk sl hr ru uk bg lt lv: "Hrabala", "Twardocha",
# "Пелевина", "Пелевиным"), not any letters ("Lee" in "Leeds", "King" in "Kingston")
_CASE_ENDING = (r"(?:a|u|e|y|i|o|ovi|owi|em|om|ym|im|ego|emu|ę|ą|ou|ých|ui|ai|am|"
                r"а|у|е|ю|я|и|о|ого|ому|ему|ым|им|ом|ем|ой|ою|ас|ам)")


def author_named_apart(author: str, title: str, lines) -> bool:
    """A line that does not name the title names a word of the author's name (three letters or more) as a word, a
    genitive -s at most ("Lee's", "Lees Roman"; not "Lee" in "Leeds", "King" in "Kingston"): a reviewer speaking
    of the writer, or with a case ending (_CASE_ENDING). filed_owned and recorded_owned ask it alike."""
    words = [w for w in author.split() if len(w) >= 3]
    if not words:
        return False
    named = _re.compile("|".join(rf"(?<!\w){_re.escape(w)}(?:['’]?s|{_CASE_ENDING})?(?!\w)" for w in words))
    return any(title not in line and named.search(line) for line in lines)


# what a record line holds besides its title and author: the publisher's word and name, a year, pages, separators
_RECORD_REST = _re.compile(r"[\W\d_]+")
# the reviewer's own voice (shortverdict.verdict_marks: a recommendation, a favourite, its own score line, "I read
# it", a fault of the craft granted): a blurb and an author's note call the work "the book" and name the author too
_OWN_VOICE = (RECOMMENDS, FAVOURITE, SCORES, READS, RESERVES)


def recorded_owned(ev) -> tuple[str, ...]:
    """The marks of a short post whose first or last line is the book's record, author, title and publisher and little
    else ("A, „T“ (Publisher „X“)", "T — A. House, 2019"), as a paper heads a review it files under no rubric, whose
    prose calls the work "the book", names the author again apart from the title (author_named_apart, as filed_owned asks)
    and speaks in the reviewer's own voice (a verdict, a reading, a fault granted): filed_owned with the record line in
    place of the filing. A publisher's page heads its blurb and the author's note with the same record line and calls
    the work "the book" as well, but judges nothing; a notice names the house in a sentence: no record line."""
    if not (ev.book_has_author and ev.book_author and ev.book_title) or ev.books_named > 1:
        return ()
    lines = [line for line in ev.body[0] if line.strip()]
    if len(lines) < 3:
        return ()
    record = next((line for line in (lines[0], lines[-1]) if record_line(line, ev.book_title, ev.book_author)), None)
    if record is None:
        return ()
    prose = [line for line in lines if line is not record]
    if not author_named_apart(ev.book_author, ev.book_title, prose) or not references("\n".join(prose)) or denied(ev):
        return ()
    if not any(mark.startswith(_OWN_VOICE) for mark in verdict_marks(ev)):
        return ()
    return ("opens or closes on a line of record", "calls its book 'the book' and names its author again")


def record_line(line: str, title: str, author: str) -> bool:
    """A short line holding the title, the author and a publisher's word, and at most three words more, a quoted
    house's name among them ("(Publisher „X“)"; not "publisher “X” announces a reprint")."""
    if len(line.split()) > 30 or title not in line or author not in line:
        return False
    rest = line.replace(title, " ").replace(author, " ")
    if not (house := PUBLISHER.search(rest)):
        return False
    rest = rest[:house.start()] + " " + _re.sub(r"^\w*", "", rest[house.start():])
    return len(_RECORD_REST.sub(" ", rest).split()) <= 3


def text_read_review(ev, review_marked: bool) -> tuple[str, ...]:
    """short_review's marks of a post whose book was read only in its text and named there twice (classify's gate
    "names a book in its text but neither rates it nor keeps returning to it"): a book read is more evidence of one
    work, not less, so the voiced marks that make a short post with its book unread a review make this one a review.
    Not when the post sets off three titles or more (a poll's or a list's books, each named once or twice, are several
    works: its "the novel" is said of any of them)."""
    if len(set_off_titles(ev.body[1])) > 2:
        return ()
    if opened_on_reading(ev):
        return ("opens on its reading of the book",)
    return short_review(ev, review_marked)


def opened_on_reading(ev) -> bool:
    """The post's first sentence is its writer's reading of its book, set off as the verb's object, and it sets off no
    other title under a headline that asks nothing (openread.post_opens_on_reading): the post's subject, as a headline
    naming it would be; asked of a post of short_shape with no meeting's hour that does not say it is no review."""
    return short_shape(ev) and not ev.appointment and post_opens_on_reading(ev) and not denied(ev)


# --- a short post that calls itself a review ("this review …") ------------------------------------------------------
# A paper's capsule review may fall under classify's length floor (100 English words' worth) though its own text says
# what it is: "this review speaks of abuse" in a content note, "in this review I …". A demonstrative with the word for a
# review, in ~35 languages (either order: Maltese/Albanian/Irish/Welsh/Indonesian put the demonstrative after or around
# the noun), read only in the post's first and last three lines, only when its book and author were read, the post is
# one post naming one book, and it has 60 words or more. "Was this review helpful?" under a shop's reader review is a
# question (readerreview), and "read this review" pointing elsewhere is an imperative link line, removed before this.
_SELF_NAMED = _re.compile(
    r"(?<!\w)(?:this\s+review|diese[rn]?\s+(?:Rezension|Besprechung|Kritik)|cette\s+(?:critique|chronique)|"
    r"esta\s+(?:reseña|crítica|resenha|recensión)|questa\s+recensione|deze\s+(?:recensie|bespreking)|"
    r"(?:denna|den\s+här)\s+recension(?:en)?|denne\s+anmeldelse(?:n)?|tämä\s+arvio|tässä\s+arviossa|"
    r"see\s+arvustus|selles\s+arvustuses|(?:ta|tej|tą)\s+recenzj[aię]|(?:tato|této|táto|tejto)\s+recenzi[ea]?|"
    r"(?:ova|ovoj|ovu)\s+recenzij[aiu]|această\s+recenzie|(?:ez\s+a|ebben\s+a)\s+(?:kritika|kritikában|recenzió|recenzióban)|"
    r"din\s+ir-reċensjoni|(?:kjo|këtë|në\s+këtë)\s+recension[ëe]?|(?:ši|šioje)\s+recenzij[ao]je?|(?:šī|šajā)\s+recenzij[aā]|"
    r"bu\s+incelemed?e?|ulasan\s+ini|resensi\s+ini|(?:эта|этой|эту)\s+рецензи[яиюей]|(?:ця|цій|цю)\s+рецензі[яюї]|"
    r"αυτή\s+(?:η|την)\s+κριτική|an\s+léirmheas\s+seo|yr\s+adolygiad\s+hwn|aquesta\s+ressenya|kritika\s+hau|"
    r"ang\s+rebyung\s+ito|hii\s+ni\s+hakiki|uhakiki\s+huu)(?!\w)",
    _re.I)


def self_named(ev) -> bool:
    """A post of one book, read with its author, 60 words or more, whose opening or closing lines call it "this review"."""
    if not ev.book_has_author or ev.words < 60 or ev.post_bodies > 1 or ev.books_named > 1:
        return False
    lines = list(ev.body[0])
    edge = "\n".join(line for line in lines[:3] + lines[-3:] if not line.rstrip().endswith("?"))  # ("Was this review helpful?")
    return bool(_CHEAP.search(edge)) and _SELF_NAMED.search(edge) is not None  # (the cheap guard first)


_CHEAP = _re.compile(r"review|rezens|besprech|kriti|critiq|chroniq|reseñ|resenh|recens|bespreking|anmeldel|arvio|arvust|"
                     r"recenz|recension|reċensjon|incelem|ulasan|resensi|рецензі|рецензи|κριτικ|léirmheas|adolygiad|"
                     r"ressenya|rebyu|hakiki", _re.I)
