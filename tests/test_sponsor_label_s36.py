"""The sponsor's label alone on a line at the body's edge (``sponsorline.sponsor_label``, bpfollow36): "Sponsored by
<house>", ar "برعاية …", ru "При поддержке …"; a sponsor in the story's clause, or a label line in mid-body, stays."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A retired schoolteacher in a port city spends a summer reading her late husband's letters, and the novel moves "
    "between those letters and her days, slowly finding out what he never told her about the war years.",
    "The writer is careful and unsentimental, the city is drawn street by street, and the late chapters about the "
    "harbour strike are the strongest; only the framing story of the grandson feels thin.",
    "A book for patient readers, and one that rewards patience with a final scene I will not forget soon.",
]
_URL = "https://portreads.example.org/2026/12/the-letters/"


def _text(first="", middle=""):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = ("<html><head><meta charset='utf-8'><title>Review: The Letters</title></head><body>"
            "<article class='post'><h1 class='entry-title'>Review: The Letters</h1><div class='entry-content'>"
            f"{first}{ps[0]}{middle}{ps[1]}{ps[2]}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("first, gone", [
    ("<p>برعاية مكتبة الميناء للنشر</p>", "مكتبة الميناء"),
    ("<p>При поддержке издательства «Гавань»</p>", "Гавань"),
])
def test_a_sponsor_label_opening_the_body_goes(first, gone):
    text = _text(first=first)
    assert gone not in text and "final scene" in text


def test_a_sponsor_in_the_storys_clause_stays():
    first = "<p>Sponsored by a rich uncle, the young husband sails for Lisbon in the first chapter.</p>"
    assert "rich uncle" in _text(first=first)


def test_a_label_line_in_mid_body_stays():
    middle = "<p>Supported by letters</p>"
    assert "Supported by letters" in _text(middle=middle)
