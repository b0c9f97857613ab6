"""A figure caption saying whose novel the picture shows ("A का उपन्यास", "A यांची कादंबरी"), and the one title the opening
quotes: Hindi and Marathi, with near misses."""

from scraper.extract.book import Context
from scraper.extract.bookcaptionowner import caption_owner

HI_LINES = ["पिछली सर्दियों में मैंने 'धूप की नदी' दोबारा पढ़ा और इस बार कहानी बिल्कुल अलग लगी, जैसे कोई नई किताब हो।",
            "शर्मा जी अपने पात्रों को बहुत प्यार से लिखते हैं, खासकर गांव की औरतों को, जिनकी बातें आज भी याद हैं।"]
MR_LINES = ["गेल्या पावसाळ्यात मी 'पाण्याचे घर' पुन्हा वाचली आणि या वेळी ती पूर्णपणे वेगळी वाटली, अगदी नवीन पुस्तकासारखी.",
            "देशपांडे यांची भाषा साधी आहे पण प्रत्येक पात्र जिवंत वाटते, विशेषतः गावातील आजी आणि तिचा नातू."]


def _context(lines):
    return Context("\n".join(lines))


def test_hindi_caption_owner_and_quoted_title():
    captioned = [("सुरेश शर्मा का उपन्यास, मेरी अलमारी की प्रति", "file: dhoop nadi")]
    assert caption_owner(captioned, HI_LINES, _context(HI_LINES)) == ("धूप की नदी", "सुरेश शर्मा")


def test_marathi_caption_owner_and_quoted_title():
    captioned = [("माधवी देशपांडे यांची कादंबरी, जुनी आवृत्ती", "cover")]
    assert caption_owner(captioned, MR_LINES, _context(MR_LINES)) == ("पाण्याचे घर", "माधवी देशपांडे")


def test_near_miss_owner_never_named_in_text():
    captioned = [("सुरेश वर्मा का उपन्यास, मेरी अलमारी की प्रति", "file: dhoop nadi")]
    assert caption_owner(captioned, HI_LINES, _context(HI_LINES)) is None


def test_near_miss_pronoun_owner():
    captioned = [("मेरी पुरानी का उपन्यास, अलमारी की प्रति", "file: x")]
    assert caption_owner(captioned, HI_LINES, _context(HI_LINES)) is None


def test_near_miss_two_quoted_titles_in_opening():
    lines = [HI_LINES[0], "शर्मा जी की 'नीली रात' से तुलना करें तो यह कहीं ज्यादा गहरा है, और भाषा भी ज्यादा साफ है।"]
    captioned = [("सुरेश शर्मा का उपन्यास, मेरी अलमारी की प्रति", "file: dhoop nadi")]
    assert caption_owner(captioned, lines, _context(lines)) is None


def test_near_miss_caption_without_book_noun():
    captioned = [("सुरेश शर्मा का घर, गांव में", "photo")]
    assert caption_owner(captioned, HI_LINES, _context(HI_LINES)) is None
