"""holdout64 round (notes64): free-copy notes and a content warning in languages the rules missed.

- notegift._gift_more: a denial counts only in the giving's own clause (eu "…; the opinion is ours, not anyone else's").
- notegift._IMPRINT: the publisher as an agent noun (lv "izdevējs", lt "leidėjas", et "kirjastaja").
- notegift._FOR_REVIEW: ne "for review" ("समीक्षाका लागि"); notewords.PROVIDED: hi/ne "made available" (उपलब्ध गराएको/कराई).
- notewords.DEPICT: kn/te/ml/ta words for a mention or a depiction ("ಪ್ರಸ್ತಾಪ", "చిత్రణ").
"""

from scraper.extract import notes
from scraper.extract.notegift import edge_gift

_PARA = ("p", "Ordinary paragraph about the plot of the novel and its people, long enough to count here.")


def _edge(note: str) -> str | None:
    return notes.find_disclosure([_PARA, _PARA, _PARA, _PARA, _PARA, ("p", note)])


def test_basque_gift_with_opinion_clause_is_a_disclosure():
    assert _edge("Argitaletxeak liburuaren ale bat bidali zidan; nire iritzia nirea da, ez besteena.")


def test_basque_denied_giving_stays_none():
    assert _edge("Argitaletxeak ez zidan alerik bidali; liburudendan erosi nuen.") is None


def test_basque_house_that_published_is_no_gift():
    assert _edge("Argitaletxeak 2019an argitaratu zuen, eta ale asko saldu ditu.") is None


def test_latvian_publisher_agent_noun_for_review():
    assert _edge("Izdevējs grāmatu recenzēšanai nodeva mūsu redakcijai.")


def test_lithuanian_publisher_agent_noun_sent():
    assert edge_gift("Leidėjas atsiuntė man nemokamą egzempliorių, ačiū.", 5, 6) or _edge("Leidėjas man atsiuntė knygą recenzijai.")


def test_latvian_publisher_record_row_is_no_note():
    assert _edge("Izdevējs: Zvaigzne, 2021") is None


def test_latvian_publisher_without_giving_is_no_note():
    assert _edge("Izdevējs šo romānu izdeva jau trešo reizi.") is None


def test_nepali_made_available_for_review():
    assert _edge("यो किताब समीक्षाको लागि प्रकाशकले उपलब्ध गराएको थियो।")


def test_hindi_made_available_for_review():
    assert _edge("यह उपन्यास समीक्षा के लिए प्रकाशक ने उपलब्ध कराया।")


def test_nepali_available_in_shops_is_no_note():
    assert _edge("प्रकाशकले यो उपन्यास सबै पसलमा उपलब्ध गराएको छ।") is None


_BODY = ("text", "ಕಾದಂಬರಿಯ ಕಥೆ ಒಂದು ಹಳ್ಳಿಯಲ್ಲಿ ನಡೆಯುತ್ತದೆ ಮತ್ತು ಅನೇಕ ಪಾತ್ರಗಳು ಬರುತ್ತವೆ ಎಂದು ನಾನು ಭಾವಿಸಿದೆ.")


def test_kannada_labelled_note_mentioning_death():
    found = notes.find_content_warnings([("text", "ಎಚ್ಚರಿಕೆ: ಈ ವಿಮರ್ಶೆಯಲ್ಲಿ ಆತ್ಮಹತ್ಯೆಯ ಪ್ರಸ್ತಾಪವಿದೆ."), _BODY, _BODY, _BODY, _BODY])
    assert found and "ಆತ್ಮಹತ್ಯೆ" in found


def test_telugu_labelled_note_depicting_violence():
    found = notes.find_content_warnings([("text", "గమనిక: ఈ పుస్తకంలో హింస చిత్రణ ఉంది."), _BODY, _BODY, _BODY, _BODY])
    assert found


def test_kannada_label_without_hard_thing_stays_none():
    assert notes.find_content_warnings([("text", "ಸೂಚನೆ: ಈ ಬರಹದಲ್ಲಿ ಹಳ್ಳಿಯ ಹಬ್ಬಗಳ ವಿವರಗಳ ಪ್ರಸ್ತಾಪವಿದೆ."), _BODY, _BODY, _BODY, _BODY]) is None


# sitelines.writer_bio: a labelled record's row ("<label> : <title> | <label> : <name>") in an uncased script is no bio,
# though its first label word appears in a kicker over the post; a bio that opens with the byline's name still goes.
from scraper.extract.sitelines import writer_bio  # noqa: E402


def test_devanagari_record_row_is_no_writer_bio():
    assert not writer_bio("उपन्यास : नीलो आकाश | लेखक : हरि प्रसाद | प्रकाशन : नयाँ प्रकाशन", ["कला / उपन्यास समीक्षा", "हरि शर्मा"])


def test_bengali_record_row_is_no_writer_bio():
    assert not writer_bio("বই : নীল আকাশ | লেখক : রাম দাস | প্রকাশক : নতুন প্রকাশনী", ["সাহিত্য / বই আলোচনা", "সীমা রায়"])


def test_bio_opening_with_byline_name_still_goes():
    assert writer_bio("Marta Lindqvist teaches history in Umeå and writes about crime novels.", ["Marta Lindqvist", "3 May 2026"])
    assert writer_bio("हरि शर्मा काठमाडौंमा बस्छन् र कथा लेख्छन्, उनी शिक्षक पनि हुन्।", ["हरि शर्मा", "मंसिर १९"])
