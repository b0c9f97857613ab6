"""memberask._YOUR_OWN: "your own" is the reader's own town or library, not the plea's offer of "your own copy"."""
from scraper.extract.memberask import member_plea


def test_a_membership_offering_your_own_copy_is_a_plea():
    for line in ("Become a member for just $5 a month: your own copy of every issue.",
                 "Become a member for €4 a month and get your own print edition."):
        assert member_plea(line), line


def test_your_own_library_or_town_at_a_price_is_not():
    for line in ("Join your own local library for $2 a year.", "Membership of your own town's library costs £3."):
        assert not member_plea(line), line
