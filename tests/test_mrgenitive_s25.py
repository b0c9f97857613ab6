"""Marathi writes its genitive onto a name ("…ची", "…चे"), but after a person named with respect as a word of its own:
"A यांच्या 'T' या कादंबरीत", "A यांची 'T' ही कादंबरी", "A यांचा कथासंग्रह 'T'" (``bookscripts.script_pair``, the Hindi
possessive extended): read as Hindi's "A का 'T'" is, the name vouched for by the text (the surname again) or by a book
noun opening the sentence.

Near misses: a pronoun's genitive written as one word ("त्यांच्या 'T'"), a name the text never names again without a
book noun, Marathi's own pronouns before the genitive, and Hindi as before. Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair


def _pair(line: str, rest: str = "", lang: str = "mr"):
    return script_pair(line, Context("\n".join([line, rest]), (), lang))


def test_title_then_its_book_noun_and_the_surname_again():
    line = "सुनंदा पाटील यांच्या ‘नदीकाठचे घर’ या कादंबरीत एका कुटुंबाच्या तीन पिढ्या आहेत."
    assert _pair(line, "पाटील यांची भाषा साधी आहे.") == ("नदीकाठचे घर", "सुनंदा पाटील")


def test_book_noun_before_the_title_opening_the_sentence():
    line = "विनायक गोखले यांचा कथासंग्रह ‘पावसाळी संध्याकाळ’ नुकताच वाचला."
    assert _pair(line, "कथा छोट्या आहेत.") == ("पावसाळी संध्याकाळ", "विनायक गोखले")


def test_feminine_genitive_in_double_quotes():
    line = "माधवी कर्वे यांची “काचेचे दिवस” ही कादंबरी मला आवडली."
    assert _pair(line, "कर्वे शहराविषयी नेहमी लिहितात.") == ("काचेचे दिवस", "माधवी कर्वे")


def test_near_misses():
    # a pronoun's genitive, one word
    assert _pair("त्यांच्या ‘नदीकाठचे घर’ या कादंबरीत तीन पिढ्या आहेत.", "भाषा साधी आहे.") is None
    # a name never named again, no book noun before the title
    assert _pair("सुनंदा पाटील यांच्या ‘नदीकाठचे घर’ मधील वाक्ये आठवतात.", "भाषा साधी आहे.") is None
    # Marathi's own pronouns in the owner's place
    assert _pair("आणि मी यांच्या ‘नदीकाठचे घर’ बद्दल बोललो.", "मी आणि ते.") is None
    # Hindi still read
    hi = "रमेश वर्मा का उपन्यास 'नदी का घर' एक परिवार की कहानी है।"
    assert _pair(hi, "वर्मा की भाषा सरल है।", "hi") == ("नदी का घर", "रमेश वर्मा")
