"""scraper.extract.rating, round 26: more of the usual ways to write a score in Afrikaans/Dutch, Hindi/Urdu/Marathi and
the Dravidian languages (Kannada, Malayalam, Tamil), and the first-person cues of those Indian languages.

- af/nl "and a half" ("drie en 'n half sterre", "drie-en-'n-half", "vier en 'n halwe ster"; nl "drie en een halve ster",
  the half written on, "drieënhalve ster", "anderhalve ster"), af labels ("Gradering:", "Sterre:", "Punte:");
- hi/ur the scale first with "in" alone ("दस में आठ", "دس میں آٹھ", as well as "दस में से आठ"); mr a worded scale
  ending in a vowel sign before "पैकी" ("दहा पैकी आठ"); not a year before it ("2010 में 5 किताबें");
- kn, ml, ta: the scale first with its case (kn dative/locative "ಹತ್ತಕ್ಕೆ ಎಂಟು", "5ರಲ್ಲಿ 4", a fused half "ನಾಲ್ಕೂವರೆ";
  ml locative "5 ൽ 4", "പത്തിൽ എട്ട്", "അഞ്ചിൽ നാലര"; ta "ஐந்தில் நான்கு"); kn/ml labels ("ನನ್ನ ಅಂಕ:", "റേറ്റിങ്:");
- hi "from my side" (which never matched: its last vowel sign ends no \\b), "for me", mr "from me" ("माझ्याकडून"), kn
  "according to me", ml "from my side", ta "as for me": the reviewer's score in a sentence of the review; but a
  scale-first count followed by the things counted ("two of the five stories are good") is no score.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating

OPENING = "An opening paragraph about the plot, long enough to be a line of its own."


@pytest.mark.parametrize(
    "text,value",
    [
        ("drie en 'n half sterre uit vyf", 0.7),
        ("drie-en-'n-half sterre", 0.7),
        ("vier en ’n halwe ster", 0.9),
        ("drie en een halve ster", 0.7),
        ("drieënhalve ster", 0.7),
        ("anderhalve ster", 0.3),
        ("vierenhalf sterren", 0.9),
    ],
)
def test_afrikaans_and_dutch_halves(text, value):
    assert parse_rating(text).value == value


def test_afrikaans_labels():
    assert find_rating([OPENING, "Gradering: vier uit vyf"]).value == 0.8
    assert find_rating([OPENING, "Sterre: 3/5"]).value == 0.6
    assert find_rating([OPENING, "Eindoordeel: drie-en-'n-half sterre."]).value == 0.7


@pytest.mark.parametrize(
    "line",
    [
        "Ek het die naweek drie en 'n half boeke gelees.",
        "Die rit duur drie en 'n half uur.",
        "We wachtten drie en een half uur op de trein.",
    ],
)
def test_near_miss_a_half_of_hours_or_books_is_no_score(line):
    assert find_rating([OPENING, line]) is None


@pytest.mark.parametrize(
    "text,value",
    [
        ("दस में सात", 0.7),
        ("पाँच में चार", 0.8),
        ("दस में से छह", 0.6),
        ("دس میں سات", 0.7),
        ("दहा पैकी सात", 0.7),
        ("पाच पैकी तीन", 0.6),
    ],
)
def test_hindi_urdu_marathi_scale_first(text, value):
    assert parse_rating(text).value == value


@pytest.mark.parametrize("line", ["2010 में 5 किताबें छपीं.", "2010 में से 5 कहानियाँ चुनी गईं.", "2005 میں 4 ناول آئے۔"])
def test_near_miss_a_year_before_in_is_no_scale(line):
    assert parse_rating(line) is None


@pytest.mark.parametrize(
    "text,value",
    [
        ("ಹತ್ತಕ್ಕೆ ಏಳು", 0.7),
        ("ಐದಕ್ಕೆ ಮೂರು", 0.6),
        ("10ಕ್ಕೆ 9", 0.9),
        ("5ರಲ್ಲಿ 3", 0.6),
        ("ಐದರಲ್ಲಿ ಮೂರೂವರೆ", 0.7),
        ("5 ൽ 3", 0.6),
        ("10-ൽ 7", 0.7),
        ("പത്തിൽ ഏഴ്", 0.7),
        ("അഞ്ചിൽ മൂന്നര", 0.7),
        ("ஐந்தில் மூன்று", 0.6),
        ("10இல் 6", 0.6),
    ],
)
def test_dravidian_scale_first_with_its_case(text, value):
    assert parse_rating(text).value == value


def test_kannada_and_malayalam_labels():
    assert find_rating([OPENING, "ನನ್ನ ಅಂಕ: ಐದಕ್ಕೆ ನಾಲ್ಕು."]).value == 0.8
    assert find_rating([OPENING, "ರೇಟಿಂಗ್: 10ಕ್ಕೆ 7"]).value == 0.7
    assert find_rating([OPENING, "റേറ്റിങ്: 5 ൽ 3"]).value == 0.6
    assert find_rating([OPENING, "എന്റെ മാർക്ക്: പത്തിൽ ആറ്"]).value == 0.6


@pytest.mark.parametrize(
    "line",
    [
        "2015ൽ 4 പുസ്തകങ്ങൾ ഇറങ്ങി.",  # ml "in 2015, four books came out"
        "2010ಕ್ಕೆ 8 ವರ್ಷ ತುಂಬಿತ್ತು.",  # kn a year
        "₹5ಕ್ಕೆ 2 ಪುಸ್ತಕಗಳು.",  # kn a price
        "ಅಂಕಣ: 5",  # kn "column", not the label "ಅಂಕ"
    ],
)
def test_near_miss_years_prices_and_other_words(line):
    assert find_rating([OPENING, line]) is None


@pytest.mark.parametrize(
    "line,raw,value",
    [
        ("कहानी धीमी है, पर मेरी ओर से इस किताब को दस में सात. आगे जरूर पढ़िए.", "दस में सात", 0.7),
        ("अंत थोड़ा जल्दबाज़ी में लिखा गया है, फिर भी मेरे हिसाब से पाँच में से चार सितारे।", "पाँच में से चार", 0.8),
        ("शेवट थोडा घाईत आटोपला, तरी माझ्याकडून या पुस्तकाला दहा पैकी सात. नक्की वाचा.", "दहा पैकी सात", 0.7),
        ("ಕೊನೆಯ ಭಾಗ ಸ್ವಲ್ಪ ಉದ್ದವಾಯಿತು. ನನ್ನ ಪ್ರಕಾರ ಈ ಪುಸ್ತಕಕ್ಕೆ ಐದಕ್ಕೆ ಮೂರು.", "ಐದಕ್ಕೆ ಮೂರು", 0.6),
        ("അവസാനം അൽപ്പം നീണ്ടുപോയി. എന്റെ വക ഈ പുസ്തകത്തിന് പത്തിൽ ഏഴ്.", "പത്തിൽ ഏഴ്", 0.7),
        ("முடிவு கொஞ்சம் இழுத்தது. என்னைப் பொறுத்தவரை ஐந்தில் மூன்று.", "ஐந்தில் மூன்று", 0.6),
    ],
)
def test_a_first_person_cue_in_indian_languages(line, raw, value):
    rating = find_rating([OPENING, line, "A closing line about the translation and the cover."])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "line",
    [
        "मेरे लिए दस में से छह कहानियाँ उबाऊ थीं, बाकी ठीक थीं।",  # hi six of the ten stories were dull
        "माझ्याकडून एक सूचना: दहा पैकी तीन प्रकरणे वगळली तरी चालतील.",  # mr three of ten chapters could be cut
        "ನನಗೆ ಹತ್ತರಲ್ಲಿ ಆರು ಕಥೆಗಳು ಇಷ್ಟವಾದವು.",  # kn I liked six of the ten stories
        "എനിക്ക് പത്തിൽ ആറ് കഥകൾ ഇഷ്ടപ്പെട്ടു.",  # ml the same
    ],
)
def test_near_miss_a_cue_beside_things_counted_is_no_rating(line):
    assert find_rating([OPENING, line, "A closing line about the translation and the cover."]) is None


@pytest.mark.parametrize(
    "text,value",
    [
        ("पाच पैकी साडेतीन", 0.7),  # mr the half written on
        ("पाच पैकी साडे तीन", 0.7),  # mr the half apart
        ("ढाई सितारे", 0.5),  # hi two and a half
        ("पाँच में से डेढ़", 0.3),  # hi one and a half
        ("\u0921\u0947\u095d सितारा", 0.3),  # hi ढ़ in one code point
        ("پانچ میں سے ڈھائی", 0.5),  # ur
        ("পাঁচে আড়াই", 0.5),  # bn
        ("અઢી સ્ટાર", 0.5),  # gu
        ("ఐదుకి మూడున్నర", 0.7),  # te the half after its number
        ("ಮೂರೂವರೆ ನಕ್ಷತ್ರಗಳು", 0.7),  # kn the native star word
        ("നാല് സ്റ്റാർ", 0.8),  # ml the loanword
        ("நான்கு நட்சத்திரங்கள்", 0.8),  # ta
    ],
)
def test_indian_halves_and_star_words(text, value):
    assert parse_rating(text).value == value


@pytest.mark.parametrize(
    "line",
    [
        "मैंने ढाई घंटे में पूरी किताब पढ़ ली।",  # hi two and a half hours
        "साडेचार वाजता ग्रंथालयात भेटू.",  # mr at half past four
        "डेढ़ सौ पन्नों की पतली किताब है।",  # hi a hundred and fifty pages
        "ಈ ಹೋಟೆಲ್ 5 ಸ್ಟಾರ್ ಅಲ್ಲ, ಆದರೂ ಕಥೆಯಲ್ಲಿ ಅದು ಮುಖ್ಯ.",  # kn a five-star hotel in the story
    ],
)
def test_near_miss_halves_of_hours_and_pages_and_a_hotels_stars(line):
    assert find_rating([OPENING, line]) is None
