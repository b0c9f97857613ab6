"""A bracketed volume or range of volumes after a title, in Indic, Arabic-script, Turkish and Greek wording."""

from scraper.extract.book import clean_title
from scraper.extract.bookvolume import volume_title


def test_gujarati_range():
    assert clean_title("નદીનો કાંઠો (ભાગ 1થી 3)") == "નદીનો કાંઠો"


def test_hindi_single_volume():
    assert clean_title("पहाड़ की धूप (भाग 2)") == "पहाड़ की धूप"


def test_arabic_part_with_arabic_indic_digit():
    assert clean_title("بيت الريح (الجزء ٣)") == "بيت الريح"


def test_urdu_and_turkish():
    assert volume_title("دریا کا شہر (جلد 1)") == "دریا کا شہر"
    assert volume_title("Rüzgâr Evi (Cilt 1-2)") == "Rüzgâr Evi"


def test_near_miss_other_bracket_kept():
    # an edition's note in brackets, not a volume
    assert clean_title("નદીનો કાંઠો (નવી આવૃત્તિ)") == "નદીનો કાંઠો (નવી આવૃત્તિ)"
    assert clean_title("पहाड़ की धूप (संक्षिप्त)") == "पहाड़ की धूप (संक्षिप्त)"


def test_near_miss_volume_word_without_bracket_or_alone():
    assert volume_title("भाग 2 की कहानी") == "भाग 2 की कहानी"
    assert volume_title("(ભાગ 1)") == "(ભાગ 1)"  # nothing before it: left as it is
    assert volume_title("Rüzgâr Evi (Cilt Bakımı)") == "Rüzgâr Evi (Cilt Bakımı)"  # no number: "cilt" is also skin
