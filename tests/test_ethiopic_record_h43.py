"""A record line in Ethiopic script (Amharic, Tigrinya) and a quoted title before a dash and a caseless name.

Ethiopic writes its own comma "፣", semicolon "፤" and full stop "።": they part a record line as "," and "." do. Ethiopian
and Eritrean names are a given name and the father's: a review calls the writer by the given name, which is what counts
as the name being named again. A quoted title, a dash, then a caseless name: the quotes say which side is the title.
"""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _ctx(text: str, language: str) -> Context:
    return Context(text=text, language=language)


# Amharic: an invented novel «የሌሊት ወፍ» by an invented writer, called by the given name in the review
AM_TEXT = ("«የሌሊት ወፍ» — ተመስገን አበበ፣ ልብ ወለድ፣ 2010 ዓ.ም\n"
           "ተመስገን በዚህ ልብ ወለድ ስለ አንድ ገበሬ ቤተሰብ ይጽፋል። ታሪኩ ረጅም ነው፤ ግን አይሰለችም።")


def test_amharic_quoted_title_dash_given_name():
    assert from_bibliography(["«የሌሊት ወፍ» — ተመስገን አበበ፣ ልብ ወለድ፣ 2010 ዓ.ም"], _ctx(AM_TEXT, "am")) == ("የሌሊት ወፍ", "ተመስገን አበበ")


def test_amharic_commas_part_the_record():
    text = "የሌሊት ወፍ፣ ተመስገን አበበ፣ 2010 ዓ.ም\nተመስገን የሚጽፈው በቀላል ቋንቋ ነው።"
    assert from_bibliography(["የሌሊት ወፍ፣ ተመስገን አበበ፣ 2010 ዓ.ም"], _ctx(text, "am")) == ("የሌሊት ወፍ", "ተመስገን አበበ")


def test_tigrinya_record_given_name():
    text = "«ሓዳስ ጽባሕ» — ሰላም ገብረ፣ ዛንታ፣ 2015\nሰላም ብጽቡቕ ቋንቋ ትጽሕፍ።"
    assert from_bibliography(["«ሓዳስ ጽባሕ» — ሰላም ገብረ፣ ዛንታ፣ 2015"], _ctx(text, "ti")) == ("ሓዳስ ጽባሕ", "ሰላም ገብረ")


def test_georgian_quoted_title_dash_name_named_again():
    text = "«ზღვის სახლი» — ნინო ბერიძე, რომანი, 2019\nბერიძე წერს მოკლე წინადადებებით. ბერიძე კარგი მწერალია."
    assert from_bibliography(["«ზღვის სახლი» — ნინო ბერიძე, რომანი, 2019"], _ctx(text, "ka")) == ("ზღვის სახლი", "ნინო ბერიძე")


def test_near_miss_name_never_named_again():
    # the person after the dash is nowhere in the text: no author is vouched for, and the genre word is none either
    text = "«የሌሊት ወፍ» — ተመስገን አበበ፣ ልብ ወለድ፣ 2010 ዓ.ም\nይህ መጽሐፍ ስለ አንድ ገበሬ ቤተሰብ ይናገራል።"
    found = from_bibliography(["«የሌሊት ወፍ» — ተመስገን አበበ፣ ልብ ወለድ፣ 2010 ዓ.ም"], _ctx(text, "am"))
    assert found is None or found[1] != "ልብ ወለድ"


def test_near_miss_unquoted_title_before_dash():
    # no quotes: which side of the dash is the title is no telling, the rule does not read it
    text = "የሌሊት ወፍ — ተመስገን አበበ\nተመስገን ጽፎታል። ተመስገን ደግሞ ሌላ ጽፏል።"
    found = from_bibliography(["የሌሊት ወፍ — ተመስገን አበበ"], _ctx(text, "am"))
    assert found is None


def test_near_miss_ethiopic_sentence_is_no_record():
    # a sentence of the review with a year and Ethiopic commas is no record line
    text = "በ2010 ዓ.ም ወደ አዲስ አበባ ሄድኩ፣ ብዙ መጻሕፍት ገዛሁ፣ ከዚያም ወደ ቤቴ ተመለስኩ።"
    assert from_bibliography([text], _ctx(text, "am")) is None
