"""A post's info line that labels both the title and the author ("पुस्तक: T | लेखक: A", "Libro: T | Autor: A"), which the
cleaning takes out of the body, names the book before a body's possessive mention of another book by the same author."""

from scraper.extract import extract_page

_PAGE = """<html lang="{lang}"><head><title>{head}</title></head><body><article><h1>{head}</h1>
<div class="byline"><span class="author">{critic}</span> | <time>Updated: 2 Dec 2026, 9:10 am</time></div>
<div class="story-body"><p class="book-meta">{meta}</p>
<p>{p1}</p><p>{p2}</p><p>{p3}</p></div></article></body></html>"""

HI = dict(lang="hi", head="समीक्षा: नदी के द्वीप जैसा कुछ नहीं", critic="सीमा राय",
          meta="पुस्तक: काली रेत | लेखक: विनोद कपूर | प्रकाशक: नीलम प्रकाशन | पेज: 180",
          p1="बरसों पहले हमने कपूर जी का 'पीली धूप' पढ़ा था और उसे भूल नहीं पाए। यह नई किताब उससे बहुत अलग है, धीमी और गहरी, और "
             "इसमें एक गांव की तीन पीढ़ियों की कहानी है जो रेत के टीलों के बीच बसती और उजड़ती है।",
          p2="कपूर जी की भाषा सरल है, पर हर अध्याय में कोई न कोई ऐसा दृश्य है जो देर तक साथ रहता है। बूढ़ी दादी का किरदार सबसे जीवंत है।",
          p3="कुछ अध्याय लंबे लगते हैं और बीच का हिस्सा थोड़ा धीमा है, फिर भी यह किताब एक बार ज़रूर पढ़नी चाहिए। गांव के मेलों, कुओं और खेतों के वर्णन इतने सजीव हैं कि लगता है हम वहीं खड़े हैं। रेटिंग: 4/5")
ES = dict(lang="es", head="Reseña: un verano que no termina", critic="Laura Gil",
          meta="Libro: Arena negra | Autor: Tomás Varela | Editorial: Sextante | Páginas: 240",
          p1="Hace años leímos de Tomás Varela «Sol amarillo» y no lo olvidamos. Este libro nuevo es muy distinto, más lento y más "
             "hondo, y cuenta tres generaciones de un pueblo entre dunas que se llena y se vacía con los años.",
          p2="La prosa de Varela es sencilla, pero cada capítulo guarda una escena que se queda contigo. La abuela es el mejor personaje.",
          p3="Algunos capítulos se alargan, aun así merece la pena. Mi nota: cuatro de cinco.")


def test_labelled_box_names_the_book_hindi():
    record = extract_page(_PAGE.format(**HI), "https://news.example/books/kali-ret-123")
    assert (record.book_title, record.book_author) == ("काली रेत", "विनोद कपूर")


def test_labelled_box_names_the_book_spanish():
    record = extract_page(_PAGE.format(**ES), "https://news.example/libros/arena-negra-123")
    assert (record.book_title, record.book_author) == ("Arena negra", "Tomás Varela")


def test_near_miss_box_without_title_label_leaves_the_headline_book():
    # only the author labelled: no title from the box, the rules read the page as before (no box title invented)
    page = dict(ES, meta="Autor: Tomás Varela | Editorial: Sextante | Páginas: 240")
    record = extract_page(_PAGE.format(**page), "https://news.example/libros/arena-negra-123")
    assert record.book_title != "Editorial"


def test_hindi_honorific_is_no_name():
    from scraper.extract.book import Context
    from scraper.extract.bookscripts import script_pair
    text = "कॉलेज में हमने वर्मा जी का 'नीली झील' पढ़ा था। वर्मा जी की भाषा सरल है।"
    assert script_pair(text, Context(text)) == ("नीली झील", "वर्मा")
    # near miss: an honorific alone before the postposition names no one
    text = "सबने जी का 'नीली झील' पढ़ा था। जी हां, बहुत अच्छा।"
    assert (script_pair(text, Context(text)) or (None, None))[1] != "जी"


def test_hindi_demonstrative_before_book_noun_is_no_title():
    from scraper.extract.book import Context
    from scraper.extract.bookscripts import script_pair
    # "this novel of A" then what it does: "लाहौर" opens the predicate, no title
    text = "रमेश वर्मा का यह उपन्यास पटना की एक गली से शुरू होता है। वर्मा जी पटना को खूब जानते हैं। पटना से दिल्ली तक का सफ़र।"
    assert script_pair(text, Context(text)) is None
    # near miss: no demonstrative, the title after the book noun stays read
    text = "रमेश वर्मा का उपन्यास पटना मैंने दो बार पढ़ा। वर्मा जी पटना को खूब जानते हैं।"
    assert script_pair(text, Context(text)) == ("पटना", "रमेश वर्मा")
