"""bookheadowner.opening_owned (rev33b): an Urdu or Hindi opening "A B کی 'T' …" names a book only when it does not
call its work a film, a play, a serial or an album (adaptation.other_art) without a book noun beside it: a film's
review opens the same way on its director."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookheadowner import opening_owned


@pytest.mark.parametrize("text, headline", [
    ("ستارہ جبین کی 'سرخ دوپٹہ' ایک ایسی فلم ہے جو گاؤں کی شادی سے شروع ہوتی ہے۔ جبین نے ہر منظر خود لکھا۔",
     "سرخ دوپٹہ: دس سال بعد"),  # ur: a film
    ("کامران اشرف کی 'ادھوری شام' ایک ٹی وی ڈرامہ ہے جس کے اداکار بہت مشہور ہیں۔ اشرف اس بار بھی کامیاب رہے۔",
     "ادھوری شام: ایک جائزہ"),  # ur: a serial, its actors
    ("सुधा रानी की 'धूप की नदी' एक ऐसी फ़िल्म है जो छोटे शहर की कहानी नहीं बल्कि एक सपना दिखाती है। रानी ने इसे खुद बनाया।",
     "धूप की नदी: बीस साल बाद"),  # hi: a film (a word for a story in it, no book's)
    ("विनय मेहता की 'सावन के गीत' एक एल्बम है जिसमें आठ गाने हैं। मेहता की आवाज़ हर गाने में अलग लगती है।",
     "सावन के गीत: एक एल्बम की याद"),  # hi: an album
])
def test_an_opening_that_calls_its_work_another_art_names_no_book(text, headline):
    lang = "hi" if "\u0900" <= text[:1] <= "\u097f" else "ur"
    assert opening_owned([text], Context(text, (), lang), headline) is None


@pytest.mark.parametrize("text, headline, book", [
    ("عبداللہ حسین کی 'اداس نسلیں' ایک ضخیم ناول ہے جس پر بعد میں فلم بنانے کی بات بھی ہوئی۔ حسین نے اسے برسوں میں لکھا۔",
     "اداس نسلیں: ایک بار پھر", ("اداس نسلیں", "عبداللہ حسین")),  # ur: a novel, a film mentioned beside it
    ("मन्नू भंडारी की 'आपका बंटी' एक उपन्यास है जो एक बच्चे की आँखों से टूटते घर को देखता है। भंडारी बहुत संयम से लिखती हैं।",
     "आपका बंटी: आज की नज़र से", ("आपका बंटी", "मन्नू भंडारी")),  # hi: a novel
    ("انتظار حسین کی 'بستی' ایک ناول ہے جو یادوں سے بنا ہے۔ حسین ماضی کو حال میں لے آتے ہیں۔",
     "بستی: یادوں کا شہر", ("بستی", "انتظار حسین")),  # ur: a novel, no other art
])
def test_a_books_opening_still_names_it(text, headline, book):
    lang = "hi" if "\u0900" <= text[:1] <= "\u097f" else "ur"
    assert opening_owned([text], Context(text, (), lang), headline) == book
