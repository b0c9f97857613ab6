"""detshort37a: a run of one pictograph completed by hollow ones to five or ten is a score, whatever its label (own
words and markup). The hollow glyphs draw the scale as "/5" written after the run would: "♥♥♥♥♡" = 0.8."""

from scraper.extract import extract_page
from scraper.extract.rating import find_rating
from scraper.extract.ratingglyphs import hollow_runs

_URL = "https://readaloudgang.example.blogspot.com/2026/11/the-owl-who-counted.html"


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='en'><head><title>{title}</title></head><body><div class='post'>"
            f"<h3 class='post-title entry-title'>{title}</h3><div class='post-body entry-content'>{body}</div>"
            f"</div></body></html>")


_PROSE = [
    "We borrowed this one from the library after my son saw the owl on its cover and refused to put it back on the "
    "shelf, and we have now read it every night for a fortnight, sometimes twice when the lights stay on too long.",
    "Every page adds one more thing for the owl to count, and the little rhymes trip along so that the children shout "
    "the last word of each line before I get to it. The drawings hide a mouse on every spread, which kept them busy.",
    "One heart is missing because the middle pages drag a little and the counting gets muddled after twenty. Still, "
    "as a first counting book it is hard to beat, and we will be buying our own copy before Christmas comes round.",
]


def test_hollow_completed_heart_row_under_an_unknown_label_is_read():
    record = extract_page(_page("The Owl Who Counted", _PROSE + ["<b>Our hearts:</b> ♥♥♥♥♡"]), _URL)
    assert (record.rating_raw, record.rating) == ("♥♥♥♥♡", 0.8)
    assert record.kind == "review", record.reason


def test_hollow_completed_rows_alone_and_out_of_ten():
    assert find_rating(["Verdict of the house", "❤️❤️❤️🤍🤍"], "X", []).value == 0.6
    assert find_rating(["🐢🐢🐢🐢🐢🐢🐢◯◯◯"], "X", []).value == 0.7


def test_hollow_run_that_counts_to_no_scale_is_no_score():
    # a pair's mark, a run of three: not five or ten in all
    assert hollow_runs("we ♥♡ this book club") == []
    assert find_rating(["Sisters forever ♥♥♡"], "X", []) is None


def test_hollow_run_inside_a_longer_row_of_pictographs_is_decoration():
    assert hollow_runs("🌸♥♥♥♥♡🌸") == []
    assert find_rating(["🌸♥♥♥♥♡ see you at the fair"], "X", []) is None
