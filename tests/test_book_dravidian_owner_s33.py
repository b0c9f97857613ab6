"""Tamil, Telugu, Kannada, Malayalam: the writer's genitive written onto the name before a book's noun vouches for the
name in a "T — A" headline ("Aஇன் இந்த நாவல்": bookdravidian.genitive_owner, through bookdashowner.owner); and "A గారి
‘T’ కథ", the quoted title its work's noun follows, names the book (bookdravidian.quoted_kind). Near misses: a plural
noun (the writer's novels at large), a headline naming the writer alone, a line quoted from the book and a chapter's
name in quotes (no work's noun after them)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookdravidian import genitive_owner, quoted_kind


def _page(headline: str, paragraphs: list[str], lang: str):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - படிப்பகம்</title></head><body>'
            f'<article class="post"><h1 class="post-title">{headline}</h1><div class="post-content">{body}</div>'
            f'</article></body></html>')
    record = extract_page(html, "https://padippagam.example.in/p/kadal-kaatru")
    return record.book_title, record.book_author


_TA = [
    "இந்த வாரம் ஒரு பழைய நாவலை மீண்டும் படித்தேன். பள்ளி நாட்களில் பாதியில் விட்ட புத்தகம் அது.",
    "முத்துலிங்கனின் இந்த நாவல் கடற்கரை கிராமத்தில் வாழும் ஒரு மீனவக் குடும்பத்தைச் சுற்றி நகர்கிறது. புயல் இரவில் நடக்கும் ஒரு சம்பவம் எல்லோரின் வாழ்க்கையையும் மாற்றுகிறது.",
    "முத்துலிங்கன் பாத்திரங்களை மிகக் கவனமாக எழுதுகிறார். உரையாடல்கள் இயல்பாக இருக்கின்றன; சில அத்தியாயங்கள் நீளமாகத் தோன்றுகின்றன.",
    "இறுதிப் பக்கங்கள் நெஞ்சைத் தொடுகின்றன. மெதுவான நாவல்களை விரும்புவோர் படிக்கலாம்.",
    "என் மதிப்பீடு: 4/5",
]


def test_tamil_dash_headline_vouched_by_the_genitive_owner():
    assert _page("கடல் காற்று — முத்துலிங்கன்", _TA, "ta") == ("கடல் காற்று", "முத்துலிங்கன்")


def test_genitive_with_a_plural_noun_is_no_owner_of_one_book():
    assert not genitive_owner("முத்துலிங்கன்", "முத்துலிங்கனின் நாவல்கள் எல்லாமே கடலைப் பற்றியவை.")
    assert genitive_owner("முத்துலிங்கன்", "முத்துலிங்கனின் இந்த நாவல் கடலைப் பற்றியது.")


def test_headline_naming_the_writer_alone_gives_no_title():
    title, _author = _page("முத்துலிங்கன் நினைவுகள்", _TA, "ta")
    assert title != "முத்துலிங்கன் நினைவுகள்"


_TE = [
    "వెంకట సుబ్బయ్య గారి ‘నల్లమల వాన’ కథను చాలామంది తెలుగు కథల్లో ఒక మలుపు అంటారు. మళ్ళీ చదివాక ఎందుకో తెలిసింది.",
    "అడవి అంచున ఉన్న ఒక చిన్న పల్లెలో వర్షం రాని ఏడాది. ఒక ముసలి రైతు తన ఎద్దులను అమ్మాలా వద్దా అని ఊరంతా చర్చిస్తుంది.",
    "వెంకట కథనం నెమ్మదిగా సాగుతుంది. ప్రతి పాత్ర మాటల్లోనే పల్లె బతుకు మొత్తం కనిపిస్తుంది. ముగింపు చాలా రోజులు వెంటాడుతుంది.",
    "రేటింగ్: 8/10",
]


def test_telugu_quoted_title_followed_by_its_kind_names_the_book():
    assert _page("వాన రాని ఏడాది ఒక పల్లె", _TE, "te") == ("నల్లమల వాన", "వెంకట సుబ్బయ్య")


def test_a_line_quoted_from_the_book_is_no_title():
    paragraphs = ["వెంకట సుబ్బయ్య గారి ‘వాన వస్తే అన్నీ మారుతాయి’ అనే మాట నాకు గుర్తుండిపోయింది.", *_TE[1:]]
    assert _page("వాన రాని ఏడాది ఒక పల్లె", paragraphs, "te")[0] != "వాన వస్తే అన్నీ మారుతాయి"


def test_a_chapter_name_in_quotes_is_no_title():
    paragraphs = [_TA[0], "முத்துலிங்கனின் ‘புயல் இரவு’ அத்தியாயம் மிகச் சிறப்பாக எழுதப்பட்டுள்ளது.", *_TA[2:]]
    assert _page("ஒரு கடற்கரை வாசிப்பு", paragraphs, "ta")[0] != "புயல் இரவு"


def test_a_pronoun_opening_the_sentence_is_no_part_of_the_name():
    paragraphs = ["నేను వెంకట సుబ్బయ్య గారి ‘నల్లమల వాన’ కథను మళ్ళీ చదివాను. చాలామంది దీన్ని ఒక మలుపు అంటారు.", *_TE[1:]]
    assert _page("వాన రాని ఏడాది ఒక పల్లె", paragraphs, "te") == ("నల్లమల వాన", "వెంకట సుబ్బయ్య")


def test_a_book_compared_with_also_is_not_the_reviewed_one():
    # "in B's ‘U’ novel too": the clitic "also" on the noun says the review compares another book with its own
    also = "ಗೋಪಾಲ ಹೆಗಡೆಯವರ ‘ನದಿಯ ದಡ’ ಕಾದಂಬರಿಯಲ್ಲೂ ಇಂಥದೇ ಹಲವು ತಲೆಮಾರುಗಳಿವೆ."
    plain = "ಗೋಪಾಲ ಹೆಗಡೆಯವರ ‘ನದಿಯ ದಡ’ ಕಾದಂಬರಿಯಲ್ಲಿ ಹಲವು ತಲೆಮಾರುಗಳಿವೆ."
    rest = "\nಹೆಗಡೆ ಒಂದು ಕುಟುಂಬದ ಮೇಲೆ ಕಣ್ಣಿಡುತ್ತಾರೆ."
    assert quoted_kind(also, Context(also + rest, [], "kn")) is None
    assert quoted_kind(plain, Context(plain + rest, [], "kn")) == ("ನದಿಯ ದಡ", "ಗೋಪಾಲ ಹೆಗಡೆ")


def test_a_quoted_book_deep_in_the_post_is_not_read_so():
    paragraphs = [_TE[1], _TE[2], "వెంకట సుబ్బయ్య గారి ‘నల్లమల వాన’ కథను చాలామంది ఒక మలుపు అంటారు.", _TE[3]]
    assert _page("వాన రాని ఏడాది ఒక పల్లె", paragraphs, "te")[0] != "నల్లమల వాన"
