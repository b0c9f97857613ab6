"""A list archive's subject line: the list's tag and the reply and forward markers are not the book's title."""

from scraper.extract.bookheadline import from_title
from scraper.extract.mailsubject import subject_title


def test_list_tag_before_title_and_author_fr():
    book = from_title("[lecteurs-du-lundi] La Chambre des merveilles, de Julien Sandrel")
    assert (book.title, book.author) == ("La Chambre des merveilles", "Julien Sandrel")


def test_reply_and_forward_markers_any_order_en():
    book = from_title("Re: [bookclub_north] Fwd: The Quiet Orchard by Helen Marsh")
    assert (book.title, book.author) == ("The Quiet Orchard", "Helen Marsh")


def test_german_and_swedish_markers():
    assert subject_title("AW: WG: [lesekreis] Der stille Hafen von Greta Lind") == "Der stille Hafen von Greta Lind"
    assert subject_title("SV: [bokcirkeln] Vinterljus") == "Vinterljus"


def test_numbered_reply_and_cyrillic_marker():
    assert subject_title("Re[2]: [chitalka] Тихая гавань") == "Тихая гавань"
    assert subject_title("Отв: Тихая гавань") == "Тихая гавань"


def test_chinese_reply_marker():
    assert subject_title("回复: 《江边的雾》") == "《江边的雾》"


def test_near_miss_title_that_begins_with_re_colon():
    assert subject_title("Re:Zero, Volume One") == "Re:Zero, Volume One"  # no space after the colon: a title


def test_near_miss_review_label_left_for_the_title_reading():
    book = from_title("[Review] The Quiet Orchard by Helen Marsh")
    assert (book.title, book.author) == ("The Quiet Orchard", "Helen Marsh")
    import re
    keep = re.compile(r"\[review\]", re.I).match
    assert subject_title("[Review] The Quiet Orchard", keep) == "[Review] The Quiet Orchard"


def test_near_miss_bracket_with_spaces_or_figures_kept():
    assert subject_title("[2/3] Winter Notes") == "[2/3] Winter Notes"
    assert subject_title("[Book club pick] Winter Notes") == "[Book club pick] Winter Notes"


def test_near_miss_tag_alone_is_kept():
    assert subject_title("[cafe-lecture]") == "[cafe-lecture]"
    assert subject_title("Re: ") == "Re: "
