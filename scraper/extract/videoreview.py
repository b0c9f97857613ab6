"""A video host's watch page whose written description reviews one book: a booktuber's review, not a film's page.

Open Graph's ``video.other`` is the generic kind a video host gives every upload (``video.movie``, ``video.tv_show``
and ``video.episode`` declare a film or a show), so on its own it says only that the page plays a video; the medium's
chrome (the player, the views, the channel) is not the subject. medium.judge files video.* pages as another medium's
unless the written text says what a book review says, the evidence a podcast episode's notes need as well
(medium.written_review_of_an_episode): the book found with its author (set apart, or named three times in the text),
its own score (a rating, or one verdict line), no more than one book named in list items, and the line that names
the book calls it a book (a book's noun beside its title, in our languages: ``medium._BOOK_IN_LINE``) with no screen
work's noun in it ("the film of her novel": a film's review, whatever the book).
"""

from __future__ import annotations

import re

_GENERIC_VIDEO = "video.other"
# a screen work's noun, in the languages medium.py reads (a bare "series" is a book series too: left out), a
# television's ("the Netflix show", "die Fernsehserie", "la serie de televisión") and a game's ("the video game")
_SCREEN = re.compile(r"\b(?:films?|movies?|filme?|pel[íi]culas?|adaptation|adaptaci[óo]n|adapta[çc][ãa]o|verfilmung|"
                     r"verfilming|ekranizac\w*|фильм\w*|фільм\w*|сериал\w*|экранизац\w*|dizi|trailer|"
                     r"tv|television|televisi[óo]n|t[ée]l[ée]vis\w*|telewizj\w*|televisie|fernseh\w*|телевиз\w*|"
                     r"netflix|hbo|staffel\w*|miniseries|video ?games?|videogames?|videojuegos?|videospiel\w*|"
                     r"jeux? vid[ée]o|gry? komputerow\w*|видеоигр\w*)\b|"
                     r"映画|电影|電影|영화|드라마|ドラマ", re.I)


def named_as_a_book(ev, book_in_line) -> bool:
    """A line of the text that names the book's title calls it a book, and no line naming it calls it a screen work."""
    title = (ev.book_title or "").casefold()
    if not title:
        return False
    lines = [line for line in ev.body[0] if len(line) < 2000 and title in line.casefold()]
    return any(book_in_line.search(line) for line in lines) and not any(_SCREEN.search(line) for line in lines)


def written_review_of_a_video(ev, book_in_line) -> bool:
    """A generic video page (og:type video.other) whose description reviews one book, as module doc says."""
    if (ev.og_type or "").casefold() != _GENERIC_VIDEO:
        return False
    found = ev.book_source not in (None, "body") or ev.book_source == "body" and getattr(ev, "book_mentions", 0) >= 3
    return bool(ev.book_has_author and found and (ev.rating or getattr(ev, "verdict_lines", 0) == 1)
                and ev.books_named <= 1 and not ev.other_medium and named_as_a_book(ev, book_in_line))


def book_episode(ev, book_in_line) -> bool:
    """An episode its engine alone declares a podcast's (podcastpage: no masthead was read for a film's or a game's
    show) names its work as a book (named_as_a_book); any other declaration is left as it was."""
    return not (getattr(ev, "podcast", None) or "").startswith("its engine declares") or named_as_a_book(ev, book_in_line)
