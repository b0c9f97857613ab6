"""Helper det70 of the holdout70 round (carried from holdout67): a short Indic review filed under its paper's "book
introduction" column and closed by its imprint line with pages and price.

- reviewwords.REVIEW_TERMS held the Tamil "நூல் அறிமுகம்" (a book's introduction: the review column's name) but not
  the same name in the other Indic languages: te "పుస్తక పరిచయం", hi/mr "पुस्तक परिचय", kn "ಪುಸ್ತಕ ಪರಿಚಯ", ml, gu, bn.
- bookbiblio._PAGES and pricedrecord read the page count and the price in those scripts ("180 పేజీలు", "150
  రూపాయలు", "ರೂ. 200"): the imprint line "T — A. House, 180 pages, price 150 rupees" is a mark of one work.

Near misses: the word for a book or for an introduction alone (an about page's "परिचय"), a sentence that speaks of pages
and rupees in one clause, a line with pages and no price.
"""

from __future__ import annotations

from scraper.extract.pricedrecord import priced_record
from scraper.extract.reviewwords import REVIEW_TERMS


def test_book_introduction_columns_are_review_sections():
    for name in ("పుస్తక పరిచయం", "पुस्तक परिचय", "ಪುಸ್ತಕ ಪರಿಚಯ", "പുസ്തക പരിചയം", "પુસ્તક પરિચય", "বই পরিচিতি"):
        assert REVIEW_TERMS.search(name), name


def test_a_book_or_an_introduction_alone_is_no_review_section():
    for name in ("परिचय", "लेखक परिचय", "పుస్తకాలు", "ಪುಸ್ತಕ ಮೇಳ", "নতুন বই"):
        assert not REVIEW_TERMS.search(name), name


def test_indic_imprint_lines_with_pages_and_price():
    assert priced_record(["వెన్నెల దారి — కె. రామారావు. నవోదయ ప్రచురణ, 212 పేజీలు, వెల 180 రూపాయలు."])
    assert priced_record(["चाँदनी की राह — के. रामाराव. राजकमल प्रकाशन, 212 पृष्ठ, मूल्य 250 रुपये"])
    assert priced_record(["ಬೆಳದಿಂಗಳ ದಾರಿ — ಕೆ. ರಾಮರಾವ್ | ಅಂಕಿತ ಪ್ರಕಾಶನ | 196 ಪುಟಗಳು | ರೂ. 200"])
    assert priced_record(["நிலவின் பாதை — கே. ராமராவ் · காலச்சுவடு பதிப்பகம் · 240 பக்கங்கள் · 280 ரூபாய்"])


def test_prose_and_priceless_lines_are_no_imprint():
    assert not priced_record(["నేను 180 రూపాయలు పెట్టి 212 పేజీలు ఉన్న ఈ పుస్తకం కొన్నాను, చాలా బాగుంది."])
    assert not priced_record(["ಬೆಳದಿಂಗಳ ದಾರಿ — ಕೆ. ರಾಮರಾವ್ | ಅಂಕಿತ ಪ್ರಕಾಶನ | 196 ಪುಟಗಳು"])
    assert not priced_record(["चाँदनी की राह — के. रामाराव. राजकमल प्रकाशन, 2024"])
