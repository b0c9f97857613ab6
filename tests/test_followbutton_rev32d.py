"""The follow button pressed (``readeractions.READER_ACTIONS``' follow kind) narrowed after review rev32d: the verb of
pressing must bid the reader where a bidding starts, and the bidding end there or go on with an ask ("and you …",
"for more", a stop); a bare "follow button" named in a sentence about the book, or "Click the follow button, the book
seems to say" (a clause of its own after it), presses nothing.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract.closingask import ask_line
from scraper.extract.platforms import READER_ACTIONS

FOLLOW = READER_ACTIONS["follow"]


def test_the_bidding_still_counts():
    for line in ("Liked it? Hit the follow button for a review every Friday!",
                 "Merci d'avoir lu ! Cliquez sur le bouton suivre pour la suite.",
                 "Gostou? Clique no botão seguir e receba as próximas resenhas.",
                 "Kliknij przycisk obserwuj, a nie przegapisz kolejnych recenzji.",
                 "Tack för att du läste! Tryck på följ-knappen så missar du inget."):
        assert FOLLOW.search(line), line


def test_the_book_and_its_buttons_stay():
    for line in ("Follow button, heart button, repost button: the narrator counts her day in them, and it is bleak.",
                 "Click the follow button, the novel seems to whisper, and you will be seen at last.",
                 "Der Folgen-Button ist in diesem Roman eine Art Gott, und die Heldin betet ihn an.",
                 "El botón de seguir, dice la protagonista, es lo único que la mantiene despierta."):
        assert not FOLLOW.search(line), line
        assert ask_line(line, True) is None, line
