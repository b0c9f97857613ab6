"""eventdays._scheduled: the next meeting's label with words before its noun, "Next up:", a club's noun (rev33h)."""
from scraper.extract.eventdays import _scheduled


def test_next_meeting_labels():
    for line in ("We gather at 7pm in the back room. Next book club meeting: December 3.",
                 "The circle meets at 6pm. Next up: January 9.", "Vi ses kl. 18.30. Nästa bokcirkel: 12 januari.",
                 "Wir treffen uns um 19 Uhr. Nächster Lesekreis: 4. März.",
                 "We komen om 20.00 uur samen. Volgende leesclub: 5 februari."):
        assert _scheduled(line), line


def test_a_review_recalling_its_club_is_not():
    for line in ("Our book club discussed it on Tuesday, 3 November at 7pm and we loved it.",
                 "The next book I read after this, at 2am on 4 March, was lighter."):
        assert not _scheduled(line), line
