"""A cover's caption "T (House)" (a publisher's word in the bracket) whose author is the one ergative subject of "this
novel" in the text (holdout56 round, helper book56c), in our own words: bookleadcaption.house_titled, Nepali
"A-ले यो उपन्यासमा", Hindi "A ने इस उपन्यास में"; never a pronoun or a noun for the writer, a photographer's bracket, a
full record (lead_caption_book's), two subjects or two captions.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookleadcaption import house_titled

NE = ("गाउँको एउटा सानो पसलमा कथा सुरु हुन्छ। सुनमायाले यो उपन्यासमा तीन पुस्ताको कथा भनेकी छिन्। "
      "बीचको भाग अलि लामो छ, तर अन्त्य राम्रो छ।")
HI = "कहानी एक छोटे कस्बे में शुरू होती है। रमाकांत ने इस उपन्यास में तीन पीढ़ियों की कथा कही है। अंत अच्छा है।"


def test_nepali_caption_with_the_ergative_author():
    found = house_titled([("पहाडको घाम (साझा प्रकाशन)", "")], Context(NE, (), "ne"))
    assert (found.title, found.author) == ("पहाडको घाम", "सुनमाया")


def test_hindi_caption_with_the_ergative_author():
    found = house_titled([("धूप का रास्ता (राजकमल प्रकाशन)", "")], Context(HI, (), "hi"))
    assert (found.title, found.author) == ("धूप का रास्ता", "रमाकांत")


def test_pronoun_or_writer_noun_is_no_author():
    text = "कथा गाउँमा सुरु हुन्छ। लेखकले यो उपन्यासमा तीन पुस्ताको कथा भनेका छन्। उनले यो उपन्यासमा धेरै मेहनत गरे।"
    assert house_titled([("पहाडको घाम (साझा प्रकाशन)", "")], Context(text, (), "ne")) is None


def test_caption_without_a_house_or_with_a_dash_is_left_to_other_rules():
    ctx = Context(NE, (), "ne")
    assert house_titled([("पहाडको घाम (फोटो: राम)", "")], ctx) is None  # a photographer's credit, no house
    assert house_titled([("पहाडको घाम — सुनमाया (साझा प्रकाशन)", "")], ctx) is None  # a full record: lead_caption_book's


def test_two_ergative_subjects_or_two_captions_say_nothing():
    text = NE + " हरिले यो उपन्यासमा पनि लेखे।"
    assert house_titled([("पहाडको घाम (साझा प्रकाशन)", "")], Context(text, (), "ne")) is None
    two = [("पहाडको घाम (साझा प्रकाशन)", ""), ("नदीको गीत (रत्न प्रकाशन)", "")]
    assert house_titled(two, Context(NE, (), "ne")) is None
