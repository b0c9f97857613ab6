"""scraper.extract.rating: the scale first with its case written on to it, and number words, in Amharic ("ከአምስት አራት",
four from five: ከ "from" before it; "ተኩል", and a half) and Tamil ("பத்துக்கு எட்டு", eight to ten: the dative -க்கு
after it; a half fused on to its number, "மூன்றரை"); their labels after "my" ("የእኔ ነጥብ፦", "என் மதிப்பீடு") and the
Ethiopic colon. Near misses: "from ten" before years, "to five" before a word that is no number.
"""

from __future__ import annotations

from scraper.extract.rating import line_candidates, parse_rating


def test_amharic_scale_first():
    assert parse_rating("ከአምስት አራት").value == 0.8
    assert parse_rating("ከአምስት ሦስት ተኩል").value == 0.7
    assert parse_rating("ከ10 7").value == 0.7
    assert [c.rating.value for c in line_candidates("የእኔ ነጥብ፦ ከአምስት አራት። ረጅም ቢሆንም ወድጄዋለሁ።", True)] == [0.8]


def test_tamil_scale_first():
    assert parse_rating("பத்துக்கு எட்டு").value == 0.8
    assert parse_rating("ஐந்துக்கு மூன்றரை").value == 0.7
    assert [c.rating.value for c in line_candidates("கதை நன்றாக இருந்தது. என் மதிப்பீடு பத்துக்கு ஏழு.", True)] == [0.7]


def test_near_misses():
    assert parse_rating("ከአስር ዓመት በፊት አንብቤዋለሁ") is None  # am "ten years ago"
    assert parse_rating("ஐந்துக்கு மேற்பட்ட கதைகள் உள்ளன") is None  # ta "more than five stories"
