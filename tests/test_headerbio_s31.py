"""The writer's bio under its box's title at the end of the post, when the byline naming the writer stands in the
article's header outside the post body (the s31 round; own words and markup): ``deskbio.header_bylines`` reads the
short lines before the body in an element classed as a byline or an author's, for ``labelled_profile``.

Near misses: the book's author's profile under the same title (the header's byline names someone else); a bio whose
name only a header line of another kind (the post's tags) names; a header line classed "author" that is a long sentence."""

from scraper.extract import extract_page

_PARAS = [
    "यह उपन्यास एक छोटे पहाड़ी कस्बे की डाकिया की कहानी है, जो तीस बरस तक एक ही रास्ते पर चिट्ठियाँ बाँटती है और "
    "हर घर का कोई न कोई राज़ जानती है।",
    "भाषा सीधी और साफ़ है, अध्याय छोटे हैं, और चुप्पियाँ उतना ही कहती हैं जितना संवाद; सर्दियों वाले हिस्से ख़ास तौर पर "
    "असरदार हैं और देर तक याद रहते हैं।",
    "अंत थोड़ा जल्दी आता है, पर डाकघर का आख़िरी दृश्य बहुत दिनों तक मेरे साथ रहा, इसलिए यह किताब ज़रूर पढ़िए।",
]
_BIO = "डॉ. मीरा जोशी देहरादून के एक कॉलेज में हिंदी पढ़ाती हैं और पहाड़ी स्त्रियों के लेखन पर शोध कर रही हैं।"


def _page(header: str, tail: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html><head><title>डाकिया</title></head><body><div class='post-box'><div class='post-head'>"
            f"<h1>पहाड़ की डाकिया</h1>{header}</div><article class='post-text'>{ps}<p>रेटिंग : 4/5</p>{tail}"
            "</article></div></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://patrika.example.in/2026/12/dakiya-samiksha/").body_text


_BOX = f"<div class='box'><h4>लेखक परिचय</h4><p>{_BIO}</p></div>"


def test_bio_of_the_header_byline_goes():
    header = ("<div class='info-author-block'><h4>By <a href='#'>डॉ. मीरा जोशी</a></h4>"
              "<span class='date'>5 दिसम्बर 2026</span></div>")
    text = _text(_page(header, _BOX))
    assert _BIO not in text and "लेखक परिचय" not in text and "डाकघर" in text


def test_book_authors_profile_stays():
    header = ("<div class='info-author-block'><h4>By <a href='#'>डॉ. सुधा वर्मा</a></h4>"
              "<span class='date'>5 दिसम्बर 2026</span></div>")
    text = _text(_page(header, _BOX))
    assert _BIO in text


def test_name_in_a_header_line_of_another_kind_stays():
    text = _text(_page("<div class='post-tags'><a href='#'>डॉ. मीरा जोशी</a> <a href='#'>उपन्यास</a></div>", _BOX))
    assert _BIO in text


def test_long_author_classed_line_is_no_byline():
    header = ("<div class='author-note'>डॉ. मीरा जोशी की यह किताब पिछले साल आई थी और तब से पहाड़ी पाठकों के बीच "
              "बहुत चर्चा में है।</div>")
    assert _BIO in _text(_page(header, _BOX))
