"""Free-copy notes the s35 round missed (own words): the house "sent me" the book "free of charge" (notewords.FREE_GIVEN,
the active sending with the writer as its receiver, a few words between), af's bare copy word "eksemplaar" with its
arrival, lb's review copy ("Rezensiounsexemplar") and its sending ("geschéckt").

Near misses: someone else sent the book free of charge (no first person); the writer sent a parcel free of charge to
a reader (the writer gives); af's copy bought, no arrival; lb's copy named with no sending."""

from __future__ import annotations

from scraper.extract import notes

_BEFORE = ("The novel follows three generations of a harbour family, each chapter in a new voice that argues with the "
           "last.\n\nThe second half is slower, but the ending earns its patience and stays with you.\n\n")


def _disclosed(note: str) -> str | None:
    return notes.read_notes(_BEFORE + note + "\n\nRating: 8/10\n", None).disclosure


def test_en_house_sent_me_the_edition_free_of_charge():
    assert _disclosed("*Lantern House sent me the new illustrated hardback free of charge. Thoughts are mine.*")


def test_af_copy_received_from_the_publisher():
    assert _disclosed("**Die resensent se eksemplaar:** ontvang van Lanternhuis Uitgewers")


def test_lb_review_copy_sent():
    assert _disclosed("*D'Haus huet mir e Rezensiounsexemplar vum Roman geschéckt.*")


def test_near_miss_someone_else_was_sent_it():
    assert not _disclosed("*The shelter sent the children twelve boxes of books free of charge that winter.*")


def test_near_miss_af_copy_bought():
    assert not _disclosed("Ek het my eksemplaar by die tweedehandse winkel in Kaapstad gekoop.")


def test_near_miss_lb_copy_with_no_sending():
    assert not _disclosed("E Rezensiounsexemplar ass e Buch wéi all aner, mee mat engem Stempel drop.")
