"""Where a review gives its book outside the text's sentences (holdout53, book53b), in our own words:

- a buy box set between the review's paragraphs, its title over its author (bookbuybox);
- a closing record split by middle dots, "T · A · kind" (fragmentrecord's dotted card);
- a closing record opening on the author, "A. «T». House." (fragmentrecord.name_first);
- a reading site's page whose title is "Review of T by member" over the book's header (bookrecord.titled);
- an Assamese/Bengali record table labelled "grantha" (bookinfo's title labels).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookrecord import titled
from scraper.extract.fragmentrecord import fragment_book, name_first, named_record

EN = ["Mara inherits a lighthouse she has never seen and a logbook written in a cipher her grandmother invented as a girl.",
      "Hollis is patient with the puzzle, and the pages where Mara finally reads a single entry aloud are the best in the book.",
      "The middle drags a little, with one storm too many, but the last chapter repays the wait with a quiet, earned turn.",
      "I read it over two evenings and I keep thinking about the logbook; I would give this novel to anyone who likes slow mysteries.",
      "The cipher itself is handled with care: each solved line changes how Mara sees her grandmother, and the secondary characters in the harbour town are sketched with warmth and a dry humour that never tips into whimsy."]


def _buy_page(box: str, prose: list[str] = EN, side: str = "") -> str:
    paragraphs = [f"<p>{t}</p>" for t in prose]
    body = "".join(paragraphs[:2]) + box + "".join(paragraphs[2:])
    return ("<html lang='en'><head><title>Keeping the Light | Quarterly</title></head><body><main><article>"
            "<div class='post-header'><h1>Keeping the Light</h1><div class='byline'>By Sam Ortega</div></div>"
            f"<div class='entry-content'>{body}</div></article>{side}</main><footer><p>Quarterly 2026</p></footer></body></html>")


_BOX = ("<aside class='purchase'><h4>Buy the Book</h4><img src='/c/cover.jpg' alt=''><p>The Cipher Lamp</p>"
        "<p>Della Hollis</p><a href='/shop/x'>Buy Now</a></aside>")


def test_a_buy_box_among_the_paragraphs_names_the_book():
    record = extract_page(_buy_page(_BOX), "https://quarterly.example/keeping-the-light/")
    assert (record.book_title, record.book_author) == ("The Cipher Lamp", "Della Hollis")


def test_a_buy_box_with_a_by_line_and_an_order_button():
    box = ("<div class='shopbox'><img src='/c/cover.jpg' alt=''><p><em>The Cipher Lamp</em></p><p>by Della Hollis</p>"
           "<a href='/shop/x'>Order</a></div>")
    record = extract_page(_buy_page(box), "https://quarterly.example/keeping-the-light/")
    assert (record.book_title, record.book_author) == ("The Cipher Lamp", "Della Hollis")


def test_buy_boxes_that_name_no_book_of_the_review_are_left_alone():
    # the author the review never names (another book's box)
    other = _BOX.replace("Della Hollis", "Kit Marlowe-Penn")
    record = extract_page(_buy_page(other), "https://quarterly.example/keeping-the-light/")
    assert record.book_author != "Kit Marlowe-Penn"
    # a shop row of several books (more lines than a title and a name)
    row = ("<aside><h4>Buy the Book</h4><p>The Cipher Lamp</p><p>Della Hollis</p><p>Salt Roads</p><p>Della Hollis</p>"
           "<a href='/shop'>Buy Now</a></aside>")
    assert extract_page(_buy_page(row), "https://quarterly.example/keeping-the-light/").book_title != "Salt Roads"
    # the same box in the sidebar, no paragraph of prose beside it (a blogger's own book)
    side = "<div class='sidebar'><div><h4>Buy the Book</h4><p>My Own Novel</p><p>Sam Ortega</p><a href='/shop'>Buy Now</a></div></div>"
    record = extract_page(_buy_page("", side=side), "https://quarterly.example/keeping-the-light/")
    assert record.book_title != "My Own Novel"


def test_a_dotted_record_is_read_by_a_word_of_the_name():
    text = "Ragna writes her island as a place that slowly forgets the world, and Ragna never lets it become a fable."
    line = "Saltið · Ragna Þórsdóttir · Skáldsaga"
    assert named_record(line, text)
    book = fragment_book(None, [text, line, "Gagnrýnandi fékk eintak."], text + "\n" + line)
    assert (book.title, book.author) == ("Saltið", "Ragna Þórsdóttir")
    # the same shape whose name the text never names, and a byline's dots (the name first, no title before it)
    assert not named_record("Saltið · Ragna Þórsdóttir · Skáldsaga", "Eyjan gleymir heiminum hægt og rólega.")
    assert not named_record("Ragna Þórsdóttir · 5 mín. lestur", text)


def test_a_record_opening_on_the_author_and_a_quoted_title():
    text = "Etxeberriak ez du kronikarik idazten; ahots askoren bidez eraikitzen du mosaikoa."
    assert name_first("Ane Etxeberria. «Itsasoko argia». Elkar.", text) == ("Itsasoko argia", "Ane Etxeberria")
    assert name_first("Marta Soler. “La llum del far”. Edicions del Port, 2024.", "Soler escriu amb calma.") == ("La llum del far", "Marta Soler")
    # the author not named again; a sentence, not a record; no quoted title
    assert name_first("Ane Etxeberria. «Itsasoko argia». Elkar.", "Liburu gogorra da.") is None
    assert name_first("Ane Etxeberria. «Itsasoko argia» irakurri dut eta asko gustatu zait, benetan, lagunei gomendatuko diet gaur bertan.", text) is None
    assert name_first("Ane Etxeberria. Itsasoko argia. Elkar.", text) is None


def test_a_reading_sites_review_title_names_the_header_book():
    assert titled("Les Veilleurs", "Jeanne Morel", "Critique de Les Veilleurs par lectrice_42 - Lireici")
    assert titled("Salt Roads", "Della Hollis", "Review of Salt Roads by bookmole | Readers")
    assert titled("Die Fähre", "Ilse Brandauer", "Rezension zu Die Fähre von leseratte")
    # a post's own headline over its byline: the page title is the h1, no reader's name after a "by"
    assert not titled("Salt Roads — Della Hollis", "Sam Ortega", "Review: Salt Roads — Della Hollis | Quarterly")
    # not the header's title whole, or no review label before it
    assert not titled("Les Veilleurs", "Jeanne Morel", "Critique de Les Veilleurs Nocturnes par lectrice_42")
    assert not titled("Les Veilleurs", "Jeanne Morel", "Mes lectures de novembre - Lireici")


def test_an_assamese_record_table_labelled_grantha():
    prose = ["এই উপন্যাসখনত এখন সৰু নদীৰ পাৰৰ গাঁৱৰ মানুহৰ জীৱনৰ কথা কোৱা হৈছে, আৰু লেখকে প্ৰতিটো চৰিত্ৰকে যত্নেৰে গঢ়িছে।",
             "ভাষা সৰল, কিন্তু কাহিনীৰ শেষলৈ অহাৰ পাছতো মনত বহুত প্ৰশ্ন ৰৈ যায়, যিটো এখন ভাল উপন্যাসৰ লক্ষণ।",
             "শইকীয়াৰ লিখনিত নদীখন নিজেই এটা চৰিত্ৰ হৈ পৰে, আৰু সেয়ে এই কিতাপখন পঢ়িবলৈ সকলোকে পৰামৰ্শ দিম।",
             "বানপানীৰ বছৰটোৰ বৰ্ণনা পঢ়ি থাকোঁতে মোৰ নিজৰ ল'ৰালিৰ গাঁৱৰ কথা মনত পৰিল, যেতিয়া আমি নাওত উঠি বজাৰলৈ গৈছিলোঁ আৰু ঘৰৰ চোতালত পানী সোমাইছিল।",
             "কিছুমান অধ্যায় অলপ দীঘলীয়া যেন লাগিল, বিশেষকৈ মাজৰ অংশত য'ত একেটা কাজিয়াৰ কথা বাৰে বাৰে উলিওৱা হৈছে, কিন্তু শেষৰ পৃষ্ঠাকেইটাই সেই অভাৱ পূৰণ কৰি দিয়ে।",
             "মুঠতে ই এখন শান্ত, গভীৰ আৰু মানৱীয় উপন্যাস, যিখন এবাৰ পঢ়ি শেষ কৰাৰ পাছতো বহুদিনলৈ মনত থাকি যাব বুলি মোৰ বিশ্বাস।"]
    table = ("<table class='info'><tr><th>গ্ৰন্থ</th><td>নদীৰ পাৰৰ গাঁও</td></tr><tr><th>লেখক</th><td>ৰঞ্জিত শইকীয়া</td></tr>"
             "<tr><th>বিধা</th><td>উপন্যাস</td></tr></table>")
    html = ("<html lang='as'><head><title>নদী আৰু মানুহ | কাকত</title></head><body><main><article><h1>নদী আৰু মানুহ</h1>"
            f"<div class='story-body'>{''.join(f'<p>{t}</p>' for t in prose)}{table}</div></article></main></body></html>")
    record = extract_page(html, "https://kakot.example/nodi/")
    assert (record.book_title, record.book_author) == ("নদীৰ পাৰৰ গাঁও", "ৰঞ্জিত শইকীয়া")
