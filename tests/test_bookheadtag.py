"""headline_tag_book: a two-part headline whose one part holds the post's one person tag (maybe inflected around it), the
other the short title the text names. Our own words, in Amharic, Hindi and English."""

from scraper.extract.book import Context
from scraper.extract.bookheadtag import headline_tag_book

AM_TEXT = "ሰማያዊ ወንዝን ባለፈው ክረምት አነበብኩት። ታሪኩ ስለ አንድ መንደር ነው፣ ደራሲው በደንብ ይጽፋል።"
HI_TEXT = "नीली नदी को मैंने पिछले महीने पढ़ा। कहानी एक गांव की है और भाषा बहुत सरल है।"
EN_TEXT = "I read Salt Harbour over a long weekend. The harbour town and its keeper stayed with me for days."


def test_amharic_headline_with_inflected_tagged_name():
    headline = "ሰማያዊ ወንዝ — የአበበ ተስፋዬ ድንቅ ልብወለድ"
    assert headline_tag_book(headline, ["ልብወለድ", "አበበ ተስፋዬ"], Context(AM_TEXT)) == ("ሰማያዊ ወንዝ", "አበበ ተስፋዬ")


def test_hindi_headline_name_part_first():
    headline = "सुनीता शर्मा का पहला उपन्यास : नीली नदी"
    assert headline_tag_book(headline, ["उपन्यास", "सुनीता शर्मा"], Context(HI_TEXT)) == ("नीली नदी", "सुनीता शर्मा")


def test_english_headline_with_a_name_tag():
    headline = "Salt Harbour — Maren Holt's quiet debut"
    assert headline_tag_book(headline, ["debuts", "Maren Holt"], Context(EN_TEXT)) == ("Salt Harbour", "Maren Holt")


def test_near_misses():
    # the title part never named by the text
    assert headline_tag_book("Winter Lights — Maren Holt's quiet debut", ["Maren Holt"], Context(EN_TEXT)) is None
    # two person tags in the name part: no telling
    assert headline_tag_book("Salt Harbour — Maren Holt and Ida Berg talk", ["Maren Holt", "Ida Berg"], Context(EN_TEXT)) is None
    # the blog's own writer tagged: not the author
    assert headline_tag_book("Salt Harbour — Maren Holt's weekend", ["Maren Holt"], Context(EN_TEXT, ("Maren Holt",))) is None
    # a headline of one part
    assert headline_tag_book("ሰማያዊ ወንዝ የአበበ ተስፋዬ ልብወለድ", ["አበበ ተስፋዬ"], Context(AM_TEXT)) is None
