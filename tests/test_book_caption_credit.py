"""bookcaptionby: a review whose book no rule found takes the one its own picture's caption credits as a photo credit
does ("“T” by A, new edition", "«T» de A", "\"T\" מאת A"), A named again in the text; the caption alone never makes a
post a review (a painting's caption has the same shape). Every page is invented for these tests, in our own words."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Book, Context
from scraper.extract.bookcaptionby import caption_by, credited_book

PAGE = """<!DOCTYPE html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><title>{h1} - Pages</title></head><body>
<header><a href="/">Pages</a></header><main><article><header><h1>{h1}</h1>
<div class="byline"><a href="/w/1">Noa Peri</a> <time>30.11.2026 | 18:22</time></div></header>
<figure class="main-image"><img src="https://img.example/3711942-book.jpg" alt=""><figcaption>{cap}</figcaption></figure>
<section class="article-content">{paras}</section></article></main><footer>© 2026 Pages</footer></body></html>"""

EN = ("<p>Some books the years soften, others they sharpen. Hendler's novel belongs to the second kind. It was written when "
      "the country was very young and describes a port city of stepped streets, of newcomers and old families, and the line "
      "between the quarter below and the ridge above.</p><p>At its centre is a love story that cannot work, and around it "
      "dozens of small figures: neighbours, traders, mothers at the windows. Hendler does not preach. She listens, and so the "
      "small humiliations burn more than any opinion piece.</p><p>Not everything aged well. The dialogue is sometimes florid "
      "and some characters remain types rather than people. The new edition has a good afterword.</p>"
      "<p><strong>Rating: 4/5</strong></p>")
HE = ("<p>יש ספרים שהשנים מעדנות ויש כאלה שרק מחדדות. הרומן של ברקן שייך לקבוצה השנייה. הוא נכתב כשהעיר הייתה קטנה, "
      "ומתאר שכונה של מדרגות, של עולים חדשים ושל משפחות ותיקות, ואת הקו שעובר בין הרחוב שלמטה לבין הגבעה שלמעלה.</p>"
      "<p>במרכזו סיפור אהבה שלא יכול להצליח, וסביבו דמויות קטנות רבות: שכנים, סוחרים, אמהות בחלונות. ברקן לא מטיפה. "
      "היא מקשיבה, ולכן ההשפלות הקטנות צורבות יותר מכל מאמר.</p><p>לא הכל התיישן יפה, והדיאלוגים לפעמים מליציים. "
      "המהדורה החדשה מצוידת באחרית דבר טובה שמספרת על הסערה שעורר הספר כשיצא לאור, ועל השתיקה הארוכה שבאה אחריה. "
      "כדאי לקרוא אותה רק אחרי הרומן, כי היא מגלה כמעט את כל הסוף. קראתי את הספר בשני ערבים, ובסופו נשארתי עוד זמן רב "
      "ליד החלון, חושבת על השכונה שבה גדלתי ועל השכנים שכבר אינם.</p><p><strong>ציון: 8/10</strong></p>")


def test_a_reviews_caption_credits_its_book_english_and_hebrew():
    record = extract_page(PAGE.format(lang="en", dir="ltr", h1="Seventy years on, the lower town is still restless",
                                      cap="“The Stair Street” by Judith Hendler, new edition (Photo: PR)", paras=EN).encode(),
                          "https://pages.example/item/1")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("The Stair Street", "Judith Hendler")
    record = extract_page(PAGE.format(lang="he", dir="rtl", h1="שבעים שנה אחרי, השכונה עדיין לא נרגעה",
                                      cap="\"בית המדרגות\" מאת רות ברקן, מהדורה חדשה (צילום: יח\"צ)", paras=HE).encode(),
                          "https://pages.example/item/2")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("בית המדרגות", "רות ברקן")


def test_caption_shapes_in_more_languages():
    text = "Moreau écrit sans hâte. Moreau revient à Lyon. «الطريق» عمل جميل. كتبت الخوري عن الطريق. الخوري كاتبة هادئة."
    context = Context(text, (), None)
    assert caption_by([("« Le Quai gris » de Lucie Moreau, Éditions du Port", "")], context) == ("Le Quai gris", "Lucie Moreau")
    assert caption_by([("«الطريق الطويل» للكاتبة سلمى الخوري (الغلاف)", "")], context) == ("الطريق الطويل", "سلمى الخوري")


def test_near_misses_give_no_book():
    context = Context("Moreau écrit sans hâte. Berglund peint le port. الخوري كاتبة.", (), None)
    for caption in ("Le Quai gris de Lucie Moreau, Éditions du Port",  # no quotes: no title set off
                    "« Le Quai gris » de Paul Girard, Éditions du Port",  # a person the text never names
                    "« Le Quai gris » de la nouvelle édition",  # a phrase, not a name
                    "«الطريق الطويل» للكاتبة سلمى الخوري"):  # a caseless name said once only
        assert caption_by([(caption, "")], context) is None, caption
    # two captions crediting two books: no telling which
    two = [("« Le Quai gris » de Lucie Moreau", ""), ("« Le Port » de Anna Berglund", "")]
    assert caption_by(two, Context("Moreau et Berglund. Moreau. Berglund.", (), None)) is None
    # a book already found with its author stays; a caption in a sidebar is not the post's
    tree = lxml_html.fromstring('<html><body><article><figure><img src="/a.jpg"><figcaption>“The Stair Street” by Judith Hendler'
                                '</figcaption></figure></article></body></html>')
    assert credited_book(Book("Other", "Ann Reed"), tree, ["Hendler writes. Hendler again."]) is None
    aside = lxml_html.fromstring('<html><body><aside><figure><img src="/a.jpg"><figcaption>“The Stair Street” by Judith Hendler'
                                 '</figcaption></figure></aside></body></html>')
    assert credited_book(None, aside, ["Hendler writes. Hendler again."]) is None
    assert credited_book(None, tree, ["Hendler writes. Hendler again."]).author == "Judith Hendler"


def test_a_paintings_caption_does_not_make_a_review():
    paras = ("<p>The museum's winter show gathers forty paintings of the northern coast. Berglund painted the harbour every "
             "morning for a year, and the room given to her work is the heart of the show. The show runs until March; "
             "entry is free on Sundays and guided tours start at eleven.</p><p>Berglund was born in a fishing village and "
             "studied in Copenhagen before coming back to the coast. The curators have borrowed twelve of the paintings from "
             "private owners, some of whom had never lent them before, and a catalogue is on sale in the museum shop.</p>")
    record = extract_page(PAGE.format(lang="en", dir="ltr", h1="A harbour in winter light",
                                      cap="“Morning Harbour” by Anna Berglund, oil on canvas (1921)", paras=paras).encode(),
                          "https://pages.example/item/3")
    assert not record.is_review and record.book_title is None, record.reason


def test_a_title_in_italics_and_a_name_with_an_initial():
    tree = lxml_html.fromstring('<html><body><article><figure><img src="/a.jpg"><figcaption><em>The Salt Orchard</em> by Mary J. '
                                'Okafor (Harbor, 2021)</figcaption></figure></article></body></html>')
    found = credited_book(None, tree, ["Okafor writes slowly. Okafor never hurries."])
    assert (found.title, found.author) == ("The Salt Orchard", "Mary J. Okafor")
    tree = lxml_html.fromstring('<html><body><article><figure><img src="/a.jpg"><figcaption><i>Le Quai gris</i> de Lucie Moreau'
                                '</figcaption></figure></article></body></html>')
    assert credited_book(None, tree, ["Moreau écrit. Moreau revient."]).title == "Le Quai gris"


def test_near_miss_italics_inside_a_sentence_and_a_stop_after_a_surname():
    # a caption that opens on other words than the title; a sentence that ends after the name
    tree = lxml_html.fromstring('<html><body><article><figure><img src="/a.jpg"><figcaption>My copy of <em>The Salt Orchard</em> by '
                                'Mary Okafor</figcaption></figure></article></body></html>')
    assert credited_book(None, tree, ["Okafor writes. Okafor again."]) is None
    context = Context("Okafor writes. Okafor again.", (), None)
    assert caption_by([("“The Salt Orchard” by Mary Okafor. Photo by the author", "")], context) == ("The Salt Orchard", "Mary Okafor")


def _captioned(caption: str):
    return lxml_html.fromstring(f'<html><body><article><figure><img src="/c.jpg" alt=""><figcaption>{caption}</figcaption>'
                                '</figure></article></body></html>')


def test_cjk_records_under_the_picture():
    ja = ["山田さんの文章は静かだ。山田さんの次の作品も読みたい。"]
    for caption in ("『海辺の図書館』（山田花子著、青空社）", "『海辺の図書館』山田花子著（青空社、2024）"):
        found = credited_book(None, _captioned(caption), ja)
        assert found is not None and (found.title, found.author) == ("海辺の図書館", "山田花子"), caption
    ko = ["박하늘 작가의 문장은 조용하다. 박하늘 작가의 다음 작품도 읽고 싶다."]
    found = credited_book(None, _captioned("『바닷가 도서관』 박하늘 지음 (푸른숲, 2024)"), ko)
    assert (found.title, found.author) == ("바닷가 도서관", "박하늘")
    zh = ["李明的文字很安静。李明写港口写得很好。"]
    found = credited_book(None, _captioned("《海边的图书馆》（李明著，青空出版社）"), zh)
    assert (found.title, found.author) == ("海边的图书馆", "李明")


def test_near_miss_cjk_captions():
    ja = ["山田さんの文章は静かだ。山田さんの次の作品も読みたい。"]
    for caption in ("『海辺の図書館』（佐藤一郎訳、青空社）",  # a translator's credit, no author's role
                    "『海辺の図書館』（鈴木花子著、青空社）",  # an author the text never names
                    "『海辺の図書館』（2024年、青空社）",  # no name at all
                    "図書館の窓から見た港（撮影：山田）"):  # a photo's credit
        assert credited_book(None, _captioned(caption), ja) is None, caption
