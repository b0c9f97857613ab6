"""A follow plea closing a Tamil review (scraper.extract.followpleas.follow_plea): a network named in Tamil script, an
account word (channel, page, group) and a verb of following or joining. Near misses: the review's own lines that name
a network or pages without bidding the reader follow.

Every line here is invented for these tests, in our own words.
"""

from __future__ import annotations

from scraper.extract.followpleas import follow_plea
from tests.cleaning import cleaned

REVIEW = [
    "கடல் விளக்கு ஒரு தீவில் தனியாக வாழும் கலங்கரை விளக்கக் காவலரின் மனைவியின் ஒரு குளிர்காலத்தைப் பற்றிய நாவல். அண்டை "
    "வீட்டார் அவள் சமையலறைக்கு வந்து செய்திகளும் வதந்திகளும் சொல்கிறார்கள்.",
    "நடுப்பகுதி கொஞ்சம் இழுக்கிறது, ஆனால் கடைசி அத்தியாயம் பல நாட்கள் மனதில் நின்றது. ஐந்துக்கு நான்கு என்பது என் மதிப்பீடு.",
]


def test_tamil_follow_pleas_naming_a_network_and_an_account():
    assert follow_plea('மேலும் நூல் அறிமுகங்களுக்கு எனது யூடியூப் சேனலை "கடல் வாசிப்பு" பின்தொடருங்கள்.')
    assert follow_plea("புதிய பதிவுகளுக்கு எங்கள் ஃபேஸ்புக் பக்கத்தை பின்தொடருங்கள்!")


def test_a_tamil_plea_closing_the_review_goes():
    inner = "".join(f"<p>{p}</p>" for p in REVIEW) + '<p>மேலும் நூல் அறிமுகங்களுக்கு எனது யூடியூப் சேனலை "கடல் வாசிப்பு" பின்தொடருங்கள்.</p>'
    text, _ = cleaned(inner, "kadalvasippu.example")
    assert "ஐந்துக்கு நான்கு" in text and "பின்தொடருங்கள்" not in text


def test_near_misses_the_reviews_own_lines_stay():
    assert not follow_plea("இந்த நாவல் 300 பக்கங்கள், யூடியூபில் ஆசிரியரின் நேர்காணலும் உண்டு.")  # no bidding to follow
    assert not follow_plea("கதாநாயகி தன் மகனைப் பின்தொடர்ந்து நகரத்துக்குச் செல்கிறாள்.")  # following in the story, no network
