"""A caseless record name named again with an Indic case ending, and a currency sign's price (bookbiblio, indicdeclined)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.indicdeclined import declined_count


def test_tamil_genitive_replaces_the_virama():
    # "கண்ணன்" (Kannan) and "கண்ணனின்" (Kannan's), "கண்ணனை" (Kannan, object)
    text = "கண்ணனின் நடை எளிமையானது. கண்ணனை நான் முதல் முறை வாசிக்கிறேன்."
    assert declined_count("கண்ணன்", text) == 2


def test_devanagari_virama_stem_with_a_vowel_sign():
    # a name written with a final virama, then the stem with a vowel sign
    assert declined_count("राजन्", "राजन् ने लिखा। राजनी की किताब।") == 2


def test_near_miss_the_stem_inside_another_word():
    # the stem inside a longer word (another letter before it) is not the name
    assert declined_count("கண்ணன்", "மணிகண்ணனின் கதை") == 0


def test_near_miss_a_name_without_a_virama_counts_bare_only():
    assert declined_count("கல்கி", "கல்கியின் நாவல்") == 1
    assert declined_count("Murugan", "Murugans") == 1


def test_tamil_record_line_with_a_rupee_price_and_a_declined_author():
    lines = ["மழைக்கால இரவு | செல்வி கண்ணன் | நிலா பதிப்பகம் | விலை: ₹180",
             "ஒரு மீனவக் குடும்பத்தின் கதை இது.",
             "கண்ணனின் உரையாடல்கள் உயிரோட்டமாக உள்ளன."]
    context = Context(text="\n".join(lines), language="ta")
    assert from_bibliography(lines, context) == ("மழைக்கால இரவு", "செல்வி கண்ணன்")


def test_near_miss_record_whose_name_the_text_never_names_again():
    lines = ["மழைக்கால இரவு | செல்வி கண்ணன் | நிலா பதிப்பகம் | விலை: ₹180",
             "ஒரு மீனவக் குடும்பத்தின் கதை இது."]
    context = Context(text="\n".join(lines), language="ta")
    assert from_bibliography(lines, context) is None


def test_hindi_record_with_a_rupee_price():
    lines = ["नदी का मौन | अनिल राजन् | सागर प्रकाशन | मूल्य: ₹250",
             "यह उपन्यास एक गाँव की कहानी है।",
             "राजनी की भाषा सरल है।"]
    context = Context(text="\n".join(lines), language="hi")
    assert from_bibliography(lines, context) == ("नदी का मौन", "अनिल राजन्")
