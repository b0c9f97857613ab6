"""rev-detworld35: where detworld35's new rules misfired (own words and markup).

- ``pricedhead._cart_after``: a blog review whose book box shows a price and whose affiliate buy button sits below the
  review's paragraphs is no WooCommerce summary (price, short description, cart right after it).
- ``othersverdicts.praise_only``: on a tour stop, the writer's own score on a line that also quotes a title or a
  favourite line ("My rating: 4/5 for 'T' – …") is no quoted reader's score: the score must stand inside the quotation.
- ``indicmustread``: "the guest said this novel should be read by every young person" is reported advice, no verdict.
"""

from scraper.extract import extract_page
from scraper.extract.indicmustread import must_read

# --- a post's price and buy button are no shop's summary -------------------------------------------------------------

_REVIEW = ("<p>I picked this up on a whim at the station and finished it before the train reached Leeds. The narrator is "
           "a retired lighthouse keeper who counts everything, gulls and ships and the days since his daughter last "
           "wrote, and the counting slowly turns from a habit into a confession.</p>"
           "<p>The middle drags a little and the sister's chapters feel thin, but the ending on the rocks is beautiful "
           "and I cried on the platform like a fool. Warmly recommended to anyone who liked quiet sea novels.</p>")


def _blog(after: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Counting Gulls – Tea and Pages</title></head>
<body><div id="content"><div class="post-wrap"><div class="single-post-inner">
<h1 class="post-title">Counting Gulls</h1>
<div class="book-meta"><span>Paperback, 288 pages</span> <span class="book-price">£8.99</span></div>
{_REVIEW}
<div class="star-rating">Rated 4 out of 5</div>
{after}
</div></div></div></body></html>"""


_URL = "https://teaandpages.example.com/2026/11/counting-gulls/"


def test_blog_review_with_a_price_and_an_affiliate_button_below_its_text_stays_a_review():
    record = extract_page(_blog('<div class="affiliate"><a href="https://bookshop.example/x"><button class="buy-button">'
                                'Buy from Bookshop</button></a></div>'), _URL)
    assert record.is_review
    assert "customers' average" not in (record.reason or "")


def test_blog_review_with_a_purchase_links_form_below_its_text_stays_a_review():
    record = extract_page(_blog('<form class="purchase-links"><input type="submit" value="Find it at your local shop">'
                                '</form>'), _URL)
    assert record.is_review


# --- the writer's own score beside a quotation is the writer's -------------------------------------------------------

def _tour(body: str) -> str:
    title = "Blog tour: The Copper Weir by Nessa Doyle"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} – Heather Lamp</title></head>
<body class="post-template-default single single-post"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">{body}</div></article></body></html>"""


_TOUR_REVIEW = ("<p>Welcome to my stop on the tour for <strong>The Copper Weir</strong>, a mystery by Nessa Doyle set on a "
                "river in Fermanagh. I read it over two wet evenings and it held me from the first page: the clerk "
                "counting sacks is the best narrator I have met this year, dry and scared and stubborn.</p>"
                "<p>The middle sags a little while the mill owner's family is introduced, and one twist is easy to see "
                "coming, but the last chapters at the sluice gate are tense and sad in equal parts.</p>")
_TOUR_URL = "https://heatherlamp.example.com/2026/11/20/blog-tour-the-copper-weir/"


def test_tour_review_whose_score_line_quotes_the_title_stays_a_review():
    record = extract_page(_tour(_TOUR_REVIEW + "<p>My rating: 4/5 for 'The Copper Weir' \u2013 tense, sad and lovely.</p>"),
                          _TOUR_URL)
    assert record.is_review and record.rating is not None


def test_tour_review_whose_score_follows_a_quoted_favourite_line_stays_a_review():
    line = "<p>\u201cThe river keeps what it takes.\u201d \u2014 my favourite line, and my rating: 4/5.</p>"
    record = extract_page(_tour(_TOUR_REVIEW + line), _TOUR_URL)
    assert record.is_review and record.rating is not None


def test_quoted_praise_with_an_apostrophe_inside_is_still_anothers_score():
    body = _TOUR_REVIEW.split("<p>The middle")[0].replace("I read it over two wet evenings", "My copy is on the way") \
        + "<ul><li>\u201cI couldn't stop reading, 9/10\u201d \u2014 The Lough Reader</li></ul>"
    record = extract_page(_tour(body), _TOUR_URL)
    assert not record.is_review


# --- reported advice to read is no verdict of the post's -------------------------------------------------------------

def _page(lang: str, headline: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head>
<body class="single single-post"><article class="post type-post hentry"><header class="entry-header">
<h1 class="entry-title">{headline}</h1></header><div class="entry-content">{body}</div></article></body></html>"""


_LAUNCH = ["शनिवार को दिल्ली के इंडिया हैबिटेट सेंटर में कवि रमेश चंद्र के नए उपन्यास का विमोचन हुआ। कार्यक्रम में शहर के कई "
           "लेखक, प्रकाशक और विद्यार्थी मौजूद थे। मुख्य अतिथि ने कहा कि यह उपन्यास हर युवा को पढ़ना चाहिए क्योंकि यह "
           "गाँव से शहर आने वालों की कहानी है।",
           "विमोचन के बाद लेखक ने कुछ अंश पढ़े और श्रोताओं के सवालों के जवाब दिए। उपन्यास राजपथ प्रकाशन से आया है और "
           "इसकी कीमत तीन सौ रुपये है।"]


def test_hindi_launch_report_quoting_a_guests_advice_is_no_review():
    record = extract_page(_page("hi", "नदी के पार — रमेश चंद्र", _LAUNCH),
                          "https://sahityasamachar.example.in/2026/11/nadi-ke-paar/")
    assert not record.is_review


def test_reported_advice_is_no_must_read_but_the_writers_own_is():
    assert not must_read([_LAUNCH[0]])
    assert not must_read(["ಮುಖ್ಯ ಅತಿಥಿಗಳು ಇದು ಎಲ್ಲರೂ ಓದಬೇಕಾದ ಕಾದಂಬರಿ ಎಂದು ಹೇಳಿದರು."])
    assert must_read(["यह उपन्यास हर युवा को पढ़ना चाहिए क्योंकि यह गाँव से शहर आने वालों की कहानी है।"])
    assert must_read(["ಇದು ಎಲ್ಲರೂ ಓದಬೇಕಾದ ಕಾದಂಬರಿ."])
