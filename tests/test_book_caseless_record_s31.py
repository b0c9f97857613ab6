"""A record line in a script without capitals closing a review (bookcaselessrecord): "T (kind) — A, House" where the
text names A again or A carries dotted initials, and "A, T, House, City" where the page's title names T. Near misses:
a dashed line whose "name" is vouched by nothing (a promotion's "Read next — new books, House"), a comma record whose
parts the page's titles never name, and a sentence of the review holding a dash and a house's word."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaselessrecord import caseless_record

# Hindi paragraphs about an invented novel "नीली नदी" by an invented "कमला प्रसाद वर्मा" (called "वर्मा" in the text)
_HI = [
    "यह उपन्यास एक छोटे से कस्बे की तीन पीढ़ियों की कहानी कहता है। नदी के किनारे बसे इस कस्बे में हर बरसात कुछ नया बहा ले जाती है।",
    "वर्मा की भाषा सरल है, पर उसमें गहरी उदासी छिपी है। पात्र ज़्यादा बोलते नहीं, फिर भी उनकी चुप्पी बहुत कुछ कह जाती है।",
    "बीच के अध्याय कुछ लंबे लगते हैं और कुछ प्रसंग दोहराए गए से लगते हैं, लेकिन अंत तक पहुँचते-पहुँचते सब कुछ अपनी जगह आ जाता है।",
    "जो पाठक धीमी, ठहरी हुई कथा पसंद करते हैं, उनके लिए यह किताब ज़रूर पढ़ने लायक है।",
    "मेरी रेटिंग: 4/5",
]


def _page(headline: str, paragraphs: list[str], page_title: str | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="hi"><head><meta charset="utf-8"><title>{page_title or headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}'
            "</div></article></body></html>")


def _book(headline: str, paragraphs: list[str], page_title: str | None = None) -> tuple[str | None, str | None]:
    record = extract_page(_page(headline, paragraphs, page_title), "https://patrika.example.in/pustak/123")
    return record.book_title, record.book_author


def test_dashed_record_name_said_again():
    lines = [*_HI, "नीली नदी (उपन्यास) — कमला प्रसाद वर्मा, सरिता प्रकाशन"]
    assert _book("बरसात के बाद का कस्बा", lines) == ("नीली नदी", "कमला प्रसाद वर्मा")


def test_dashed_record_name_with_initials():
    lines = [p.replace("वर्मा की भाषा", "लेखक की भाषा") for p in _HI] + ["नीली नदी — के. पी. वर्मा, सरिता प्रकाशन"]
    assert _book("बरसात के बाद का कस्बा", lines) == ("नीली नदी", "के. पी. वर्मा")


def test_dashed_record_telugu_publishing_house():
    paragraphs = [
        "ఈ నవల ఒక చిన్న పల్లెటూరి కుటుంబం మూడు తరాల కథ. వర్షాకాలం వచ్చిన ప్రతిసారీ ఊరి జీవితం కొంచెం మారుతుంది.",
        "రాఘవయ్య శైలి చాలా సరళంగా ఉంటుంది, కానీ ఆ సరళత వెనుక లోతైన విషాదం దాగి ఉంది. పాత్రలు తక్కువ మాట్లాడతాయి.",
        "మధ్య అధ్యాయాలు కొంచెం పొడవుగా అనిపించినా, ముగింపు వరకు చదివితే అన్నీ సరిగ్గా కలుస్తాయి. తప్పక చదవాల్సిన పుస్తకం.",
        "పెద్దమ్మ పాత్ర నాకు బాగా నచ్చింది. ఆమె ఎప్పుడూ ఎవరినీ నిందించదు, కానీ ఆమె మౌనం ఇంట్లో అందరినీ మార్చేస్తుంది.",
        "కొన్ని సంభాషణలు పాత కాలపు భాషలో ఉండటం వల్ల కొత్త పాఠకులకు కొంచెం కష్టంగా అనిపించవచ్చు, అయినా ఓపికగా చదివితే ఆ భాష కూడా అందంగానే ఉంటుంది.",
        "వర్షాకాలం సాయంత్రాలు నెమ్మదిగా చదువుకోవడానికి ఇది చాలా మంచి నవల అని నా అభిప్రాయం.",
        "నా రేటింగ్: 4/5",
        "నీలి నది (నవల) — వెంకట రాఘవయ్య, కొత్తపల్లి పబ్లిషింగ్ హౌస్",
    ]
    assert _book("వర్షం తర్వాత ఊరు", paragraphs) == ("నీలి నది", "వెంకట రాఘవయ్య")


def test_comma_record_title_named_by_the_page_title():
    lines = [*_HI, "कमला प्रसाद वर्मा, नीली नदी, सरिता प्रकाशन, भोपाल"]
    assert _book("बरसात के बाद का कस्बा", lines, "पुस्तक समीक्षा - नीली नदी - पत्रिका") == ("नीली नदी", "कमला प्रसाद वर्मा")


def test_dashed_promotion_is_no_record():
    # "Read next — new books, House": the "name" named nowhere, no initials, the "title" in no title of the page
    lines = [p.replace("वर्मा की भाषा", "लेखक की भाषा") for p in _HI] + ["आगे पढ़ें — नई किताबें, सरिता प्रकाशन"]
    assert _book("बरसात के बाद का कस्बा", lines)[1] != "नई किताबें"


def test_comma_record_the_titles_never_name():
    # neither part named by the headline or the page title: which is the title is no telling
    lines = [*_HI, "कमला प्रसाद वर्मा, नीली नदी, सरिता प्रकाशन, भोपाल"]
    assert caseless_record(lines, Context(text="\n".join(lines)), ["बरसात के बाद का कस्बा", "पत्रिका"]) is None


def test_comma_record_both_parts_in_the_titles():
    lines = [*_HI, "कमला प्रसाद वर्मा, नीली नदी, सरिता प्रकाशन, भोपाल"]
    titles = ["कमला प्रसाद वर्मा की नीली नदी", "पत्रिका"]
    assert caseless_record(lines, Context(text="\n".join(lines)), titles) is None


def test_sentence_with_dash_and_house_is_no_record():
    # a sentence of the review (a danda ends it) holding a dash and a house's word
    lines = [*_HI, "यह किताब — जो पिछले साल आई, सरिता प्रकाशन से छपी। कमला प्रसाद वर्मा की पहली किताब है।"]
    assert _book("बरसात के बाद का कस्बा", lines)[1] != "जो पिछले साल आई"
