"""A review kept alone on a book's record page: the record around its box goes (scraper.extract.recordreview)."""

from lxml import html as lxml_html

from scraper.extract.boilerplate import CleanReport
from scraper.extract.recordreview import drop_record_around, record_page

SHOP_LD = [{"@context": "https://schema.org", "@type": "Product", "name": "The Salt Orchard",
            "offers": {"@type": "Offer", "price": "14.50", "priceCurrency": "EUR"}}]
BOOK_LD = [{"@type": "Book", "name": "Der Glasgarten", "author": {"@type": "Person", "name": "Ilse Marten"}}]
BLOG_LD = [{"@type": "BlogPosting", "headline": "The Salt Orchard"}, {"@type": "Book", "name": "The Salt Orchard"}]

EN_REVIEW = (
    "<p>I picked this up on a grey afternoon and did not put it down until the lamps were lit across the street outside.</p>"
    "<p>The orchard of the title is a real place in the story, a strip of apple trees that the sea keeps trying to take back.</p>"
    "<p>The middle drags a little, with one family quarrel too many, but the last forty pages are as good as anything I read this year.</p>"
    "<p>Give it to anyone who liked quiet coastal novels where the weather is a character of its own and nobody hurries.</p>")
DE_REVIEW = (
    "<p>Ich habe den Roman in zwei Abenden gelesen und war danach eine Weile still, weil mich das Ende so erwischt hat.</p>"
    "<p>Erzählt wird von einer Gärtnerin, die nach dem Tod ihres Bruders das alte Gewächshaus der Familie wieder aufbaut.</p>"
    "<p>Manche Nebenfiguren bleiben blass, aber die Sprache ist so genau, dass man die feuchte Luft unter dem Glas riecht.</p>"
    "<p>Für unseren Lesekreis war das Buch ein Glücksgriff: selten haben wir so lange über ein einziges Kapitel gestritten.</p>"
    "<p>Wer ruhige Familienromane mag, in denen sich alles langsam und ohne große Worte verschiebt, wird hier glücklich.</p>")


def _run(markup: str, jsonld: list[dict]) -> tuple[str, CleanReport]:
    body = lxml_html.fromstring(f"<main>{markup}</main>")
    report = CleanReport()
    drop_record_around(body, jsonld, report)
    return " ".join(body.text_content().split()), report


def test_shop_record_around_one_readers_review_goes_en():
    text, report = _run(
        '<div class="item-info"><h1>The Salt Orchard</h1><ul class="fmt"><li>Hardcover · New · €14.50</li></ul></div>'
        '<section class="blurb"><h2>About this book</h2><p>A family saga on a windswept coast, told over three summers by the '
        'people who stay behind.</p></section>'
        '<section class="facts"><h2>Details</h2><ul><li>ISBN: 9780000000017</li><li>Pages: 312</li></ul></section>'
        '<section class="opinions"><h2>What readers say</h2><div class="opinion"><div class="stars">4 of 5</div>'
        f'<h3>Worth the wait</h3><p class="by">by Tom R., 4 May 2026</p><div class="opinion-text">{EN_REVIEW}</div></div></section>',
        SHOP_LD)
    assert "grey afternoon" in text and "Worth the wait" in text and "4 of 5" in text and "Tom R." in text
    assert "ISBN" not in text and "windswept" not in text and "Hardcover" not in text
    assert report.removed


def test_library_record_around_a_librarians_pick_de():
    text, _ = _run(
        '<section class="work"><h1>Der Glasgarten</h1><div class="avail">An 5 von 9 Standorten verfügbar</div></section>'
        f'<section class="pick"><h2>Unsere Empfehlung</h2><div class="pick-text">{DE_REVIEW}</div></section>'
        '<section class="copies"><h2>Exemplare</h2><table><tr><td>Zentrale</td><td>2 verfügbar</td></tr></table></section>',
        BOOK_LD)
    assert "Gewächshaus" in text and "Lesekreis" in text
    assert "Exemplare" not in text and "Standorten" not in text and "Unsere Empfehlung" not in text


def test_blog_review_with_a_facts_box_keeps_it():
    # near miss: a blog post's paragraphs sit in the body itself, its book-facts box beside them
    facts = '<div class="bookfacts"><p>Title: The Salt Orchard</p><p>Publisher: Harbour Press</p><p>Pages: 312</p></div>'
    text, report = _run(EN_REVIEW + facts, SHOP_LD)
    assert "Harbour Press" in text and not report.removed


def test_blog_posting_schema_is_no_record_page():
    # near miss: the review in a box of its own, but the page states an article of its own (a blog post)
    assert not record_page(BLOG_LD) and record_page(SHOP_LD) and record_page(BOOK_LD)
    text, report = _run(f'<div class="entry">{EN_REVIEW}</div><div class="bookfacts"><p>Pages: 312</p></div>', BLOG_LD)
    assert "Pages: 312" in text and not report.removed


def test_one_of_a_list_of_readers_reviews_is_left_to_the_readers_rule():
    # near miss: several readers' boxes of one kind: which is the page's is not this rule's to say
    short = "<p>Arrived quickly and well packed, a present for my sister who reads everything set by the sea.</p>"
    text, report = _run(f'<div class="rv">{EN_REVIEW}</div><div class="rv">{short}</div><ul><li>ISBN: 9780000000017</li></ul>',
                        SHOP_LD)
    assert "ISBN" in text and not report.removed


def test_short_text_is_no_review_box():
    text, report = _run('<div class="desc"><p>A family saga on a windswept coast, told over three summers.</p></div>'
                        '<ul><li>ISBN: 9780000000017</li></ul>', SHOP_LD)
    assert "ISBN" in text and not report.removed


PL_REVIEW = (
    "<p>Przeczytałam tę powieść w jeden długi weekend i do dziś myślę o starym sadzie, w którym dzieje się połowa akcji.</p>"
    "<p>Autorka pisze krótkimi zdaniami, a jednak każda scena ma w sobie tyle powietrza, że czyta się ją bardzo powoli.</p>"
    "<p>Trochę zabrakło mi wyrazistych postaci drugoplanowych, ale zakończenie wynagradza wszystkie słabsze rozdziały książki.</p>"
    "<p>Polecam każdemu, kto lubi spokojne opowieści o rodzinie, pamięci i miejscach, do których nie da się już wrócić.</p>"
    "<p>Nasz klub czytelniczy spierał się o nią przez cały wieczór, a to chyba najlepsza rekomendacja, jaką mogę dać.</p>")


def test_catalogue_record_read_from_the_page_without_schema_pl():
    # no schema.org data: a catalogue's record of the book heading the page (read by the book rules) is the sign
    markup = ('<div class="rekord"><h1>Stary sad</h1><div>Wydawca: Przykładowe · Rok: 2020 · Stron: 288</div></div>'
              f'<h2>Opinie</h2><div class="opinia"><div class="kto">ewa_k · 2026-03-02</div><div class="tresc">{PL_REVIEW}</div></div>')
    body = lxml_html.fromstring(f"<main>{markup}</main>")
    report = CleanReport()
    drop_record_around(body, [], report, catalogue=True)
    text = " ".join(body.text_content().split())
    assert "starym sadzie" in text and "Wydawca" not in text
    assert "ewa_k" not in text  # (the review's head line, the reader's name and day, goes too: test_catalogue_review_h42)
    # near miss: the same page, no record read from it and no schema.org data: nothing goes
    body = lxml_html.fromstring(f"<main>{markup}</main>")
    drop_record_around(body, [], CleanReport())
    assert "Wydawca" in body.text_content()
