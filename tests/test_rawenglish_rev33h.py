"""reportedspeech: Tagalog "raw" is read only as Tagalog sets it, not the English adjective (rev33h)."""
from scraper.extract.reportedspeech import reported


def test_english_raw_is_no_hearsay():
    for line in ("Follow Harbour Pages on Facebook — raw, unfiltered book talk.",
                 "Follow the desk on Instagram for raw first impressions.", "Join us for the raw truth about books.",
                 "Subscribe for raw notes from the reading room."):
        assert not reported(line), line


def test_tagalog_raw_and_daw_still_are():
    for line in ("I-follow raw natin ang page nila sa Facebook.", "Mag-subscribe daw tayo sa newsletter.",
                 "Sumali raw tayo sa grupo, sabi niya."):
        assert reported(line), line
