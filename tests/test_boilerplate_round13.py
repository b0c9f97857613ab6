"""Cleaning rules of round 13 (scraper.extract.boilerplate and the modules it calls), on posts of our own invention.

- a labelled line of links to the blog's own posts (promo.is_read_next), now with a joining word between the links
  ("… and …", "… und …"), at the end or spliced into the review, or to the page itself ("#": its script's reservation
  box); not an info box's line (a link to a taxonomy page),
  not a sentence with a link, not links to another site.
- a challenge's shared count carried on at the post's edge (edges: "1207 - 1 = 1206" alone on its line, a sum that
  holds); not a sum that does not hold, not a sum in a sentence, not one in the middle of the review.
- Thai dates (datelines.FULL_DATE): a month abbreviated with its stops or written out, a Buddhist-era year
  ("3 ม.ค. 2569", "20 กุมภาพันธ์ 2569"): a member's name-and-date row over a Thai review goes; a count of books
  beside a year is no date.
- a catalogue's section of the book's other editions (catalogsections.catalogue_sections): under a title in a <div> of its
  own (a panel's title), the panel goes whole; the review's own sentence about editions, or a labelled line, stays.
- the client a post was written in, signed under it (housekeeping.SENT_FROM): "Sent from my iPhone", "Von meinem
  Pixel gesendet", "- dc official App", "iPhone에서 보냄", a few lines after the review, before the platform's counts;
  not a sign-off name after a dash, not the reviewer's sentence about reading in an app, not "sent from the publisher".
- a tag no HTML knows (Proza.ru's <index>, a custom element) holding the post's blocks is walked into, as a <div> is.
- comments under a class as CSS modules write it ("Post_comments__x8Fq2", "review_replies__Z0xc1": component, name,
  hash), and a "replies" box; not the review's own text under such a class. A Persian catalogue heading of other
  users' opinions ("نظرات دیگر کاربران").
- a picture's credit in a box of its own beside the picture, with no caption class (housekeeping.credited_caption),
  in Hebrew, Arabic, Turkish too ("צילום: …", "تصوير: …", "Fotoğraf: …"); not the reviewer's own line beside a
  photo, not a credit-like line with no picture.
- a pictograph-led sentence to the reader right after the review's text goes though many short blocks of the page
  follow it (promo's aside to the reader); one followed by the review's paragraphs (long or short, in <p> or in
  <div>s) stays.
- the kicker (edges): the short line a post's <header> sets right over its title; not a sentence there, not a line
  over a heading outside a header.
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "thornfieldreads.example"

REVIEW = [
    "Maren Holt's second novel follows a lighthouse keeper's daughter through one long winter on a northern island.",
    "The letters she writes to a brother at sea are the best thing in it, dry and funny and full of weather.",
    "The middle sags when a visiting painter arrives, but the storm chapter near the end is tremendous.",
    "I read it in two evenings and would give it to anyone who loved the quieter kind of historical fiction.",
]


@pytest.mark.parametrize("line_", [
    "<p><strong>More from the shelf:</strong> <a href='/2026/03/review-the-salt-road/'>a review of The Salt Road</a>"
    " and <a href='https://thornfieldreads.example/2026/01/winter-reading/'>six books for a cold January</a>.</p>",
    "<p><b>Weiterlesen:</b> <a href='/2026/02/rezension-der-leuchtturm/'>Meine Rezension zu Der Leuchtturm</a> und "
    "<a href='/2026/02/interview-ines-berg/'>ein Gespräch mit Ines Berg</a></p>",
    "<div><span><strong>קראו עוד:</strong> <a href='/books/123'>חמישה רומנים על ים</a> ו<a href='/books/124'>ראיון "
    "עם מרן הולט</a></span></div>",
])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_labelled_line_of_links_to_the_blogs_posts_goes(line_, where):
    inner = paras(*REVIEW) + line_ if where == "end" else paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:])
    text, rules = cleaned(inner, HOST)
    assert rules == ["related post"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    "<div class='box'><p><strong>Jetzt ausleihen:</strong> <a href='#'>Der Leuchtturm (Roman)</a> · "
    "<a href='#'>als Hörbuch</a></p></div>",  # de: links the page's script opens (a reservation)
    "<p><b>Reserveer:</b> <a href='#reserveer'>De vuurtoren, paperback</a> of <a href='#ebook'>als e-book</a></p>",  # nl
])
def test_a_labelled_line_of_links_the_page_itself_opens_goes_mid_review(line_):
    text, rules = cleaned(paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:]), HOST)
    assert rules == ["related post"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    # a note with a footnote mark
    "<p><strong>Note:</strong> the translation is new this year and reads far better than the old one<a href='#fn1'>1</a>.</p>",
    # a sentence with a link in it
    "<p><strong>Compare:</strong> her first book, <a href='/2025/05/review-tidewater/'>Tidewater</a>, was slower and "
    "stranger, and I liked it more for that.</p>",
    # links to another site
    "<p><strong>Elsewhere:</strong> <a href='https://another.example/holt-interview'>an interview with Maren Holt</a></p>",
])
def test_a_labelled_sentence_or_a_link_elsewhere_stays(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert rules == []


def test_the_lines_of_an_info_box_stay():
    box = ("<p><strong>Series:</strong> <a href='/series/north-island/'>The North Island Books</a></p>"
           "<p><strong>Author:</strong> <a href='/author/maren-holt/'>Maren Holt</a> and <a href='/tag/tidewater/'>Tidewater</a></p>"
           "<p><strong>Publisher:</strong> Harbour Press, 2026</p>")
    text, rules = cleaned(box + paras(*REVIEW), HOST)
    assert "The North Island Books" in text and "Tidewater" in text and rules == []


WPIS = [
    "Wróciłam do tej powieści po latach i czytałam ją zupełnie inaczej niż w liceum, dużo wolniej i uważniej. Wtedy "
    "wydawała mi się nudna i za długa, teraz każdy rozdział czytałam dwa razy, bo zdania są gęste, a opisy gór "
    "robią się z każdą stroną ciemniejsze i bardziej niepokojące.",
    "Najlepsze są rozdziały o zimie w górach, kiedy bohaterka zostaje sama w schronisku i zaczyna prowadzić dziennik. "
    "Autorka pisze o samotności bez litowania się nad nią, a drobne codzienne czynności, rąbanie drewna, gotowanie "
    "zupy, liczenie zapasów, urastają do rangi wydarzeń.",
    "Końcówka jest zbyt pospieszna, ale i tak polecam ją każdemu, kto lubi spokojne, gęste prozy o naturze i nie "
    "boi się książek, w których przez sto stron właściwie nic się nie dzieje, a mimo to trudno je odłożyć przed "
    "północą.",
]


@pytest.mark.parametrize("counter, where", [
    ("1207 - 1 = 1206", "top"),
    ("35 + 1 = 36", "bottom"),
    ("⁂ 980 – 1 = 979", "top"),
])
def test_a_challenge_counter_alone_at_the_edge_goes(counter, where):
    inner = f"<p>{counter}</p>" + paras(*WPIS) if where == "top" else paras(*WPIS) + f"<p>{counter}</p>"
    text, rules = cleaned(inner, HOST)
    assert counter not in text and rules == ["series line"]
    assert all(sentence in text for sentence in WPIS)


@pytest.mark.parametrize("inner", [
    "<p>1207 - 1 = 1200</p>" + paras(*WPIS),  # a sum that does not hold
    "<p>Rachunek jest prosty: 2 + 2 = 4, a mimo to bohaterka się myli.</p>" + paras(*WPIS),  # a sum in a sentence
    paras(*WPIS[:2]) + "<p>12 - 1 = 11</p>" + paras(*WPIS[2:], *WPIS[:2]),  # in the middle of the review
])
def test_a_false_sum_a_sum_in_a_sentence_or_in_the_middle_stays(inner):
    text, rules = cleaned(inner, HOST)
    assert "=" in text and rules == []


ARTICLE = "<article><header>{kicker}<h1>{title}</h1></header><div class='entry-content'>{body}</div></article>"


@pytest.mark.parametrize("kicker, title", [
    ("<p class='kicker'>Staff pick from Ana, children's librarian</p>", "Staff pick: The Salt Road"),
    ("<div class='eyebrow'>Buchtipp der Woche</div>", "Der Leuchtturm von Ines Berg"),
])
def test_the_kicker_over_the_title_in_the_header_goes(kicker, title):
    from tests.cleaning import clean_in, rules as rules_of, text_of
    page = "<html><body>" + ARTICLE.format(kicker=kicker, title=title, body=paras(*REVIEW)) + "</body></html>"
    body, report = clean_in(page, "article", HOST)
    assert "kicker" in rules_of(report)
    assert all(sentence in text_of(body) for sentence in REVIEW)


@pytest.mark.parametrize("page", [
    # a sentence over the title is the header's standfirst
    ARTICLE.format(kicker="<p>We asked three librarians for their winter book.</p>", title="Three winter books", body=paras(*REVIEW)),
    # a short line over a section heading of the review, no header
    "<article><div class='entry-content'>" + paras(*REVIEW[:2]) + "<p>Part two</p><h2>The storm</h2>" + paras(*REVIEW[2:]) + "</div></article>",
])
def test_a_standfirst_or_a_line_over_a_heading_outside_a_header_stays(page):
    from tests.cleaning import clean_in, rules as rules_of
    body, report = clean_in("<html><body>" + page + "</body></html>", "article", HOST)
    assert "kicker" not in rules_of(report)


THAI = [
    "นิยายเล่มนี้เล่าเรื่องครอบครัวชาวประมงในหมู่บ้านริมทะเล ที่ต้องเลือกระหว่างการขายเรือกับการออกทะเลต่อไป ผู้เขียนค่อย ๆ เล่าอย่างใจเย็น",
    "ตัวละครที่ชอบที่สุดคือยายที่จดบัญชีหนี้ของทั้งหมู่บ้าน ภาษาเรียบง่ายแต่มีจังหวะที่ทำให้ใจหาย โดยเฉพาะบทที่พายุเข้า",
    "ช่วงกลางเรื่องยืดไปหน่อย แต่ตอนจบดีมาก อ่านจบแล้วนั่งเงียบไปนาน แนะนำสำหรับคนที่ชอบนิยายช้า ๆ",
]


@pytest.mark.parametrize("text, found", [
    ("มะลิอ่านนิยาย 3 ม.ค. 2569", True),
    ("โพสต์เมื่อ 20 กุมภาพันธ์ 2569", True),
    ("อ่าน 27 พ.ย. 69 ตอนตีสอง", True),
    ("ปีนี้อ่านไป 3 เล่ม 2569 เป็นปีที่ดี", False),  # a count of books beside a year
])
def test_thai_dates_are_whole_dates(text, found):
    from scraper.extract.datelines import FULL_DATE
    assert bool(FULL_DATE.search(text)) is found


def test_a_thai_name_and_date_row_over_the_review_goes():
    text, rules = cleaned("<div class='meta'>มะลิอ่านนิยาย 3 ม.ค. 2569 14:05</div>" + paras(*THAI), HOST)
    assert "2569" not in text and rules == ["dateline"]
    assert all(sentence in text for sentence in THAI)


def _panels(title: str, content: str) -> str:
    return ("<div class='panels'><div class='panel'><div class='panel-heading'><div class='panel-title'>Staff review</div></div>"
            "<div class='panel-body'>" + paras(" ".join(REVIEW[:3]), REVIEW[3]) + "</div></div>"
            "<div class='panel'><div class='panel-heading'><div class='panel-title'>" + title + "</div></div>"
            "<div class='panel-body'>" + content + "</div></div></div>")


@pytest.mark.parametrize("title, content", [
    ("Other editions and formats", "<table><tr><td>Paperback · 2019 · Harbour</td><td>3 on the shelf</td></tr>"
                                   "<tr><td>eBook · 2020</td><td>Borrow</td></tr></table>"),
    ("Weitere Ausgaben", "<table><tr><td>Taschenbuch · 2021</td><td>verfügbar</td></tr></table>"),
    ("Другие издания", "<ul><li>Азбука, 2018</li><li>Эксмо, 2022</li></ul>"),
])
def test_a_catalogue_panel_of_other_editions_goes_whole(title, content):
    text, rules = cleaned(_panels(title, content), HOST)
    assert title not in text and "2019" not in text and "2021" not in text and "2018" not in text
    assert "catalogue section" in rules
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("title, content", [
    # a label line with its colon, and the reviewer's own words under it
    ("Other editions:", "<p>The 1998 paperback has a better map, if you can find it.</p>"),
    # the reviewer's own section on editions: a paragraph of prose
    ("Other editions", "<p>" + " ".join(REVIEW[:2]) + " The old translation is stiffer, but its notes are worth "
                       "having, and the cover is lovely.</p>"),
])
def test_a_labelled_line_or_a_section_of_prose_about_editions_stays(title, content):
    text, rules = cleaned(_panels(title, content), HOST)
    assert "catalogue section" not in rules


COUNTS = "<p class='up'>14</p><p class='down'>2</p>"


@pytest.mark.parametrize("line_", [
    "<p>Sent from my iPhone using Tapatalk</p>",
    "<p>Von meinem Pixel 7 gesendet</p>",
    "<p class='sign'>- gallery official App</p>",
    "<p>iPhone에서 보냄</p>",
    "<p>发自我的手机</p>",
])
def test_the_client_signature_after_the_review_goes(line_):
    text, rules = cleaned(paras(*REVIEW) + "<p>&nbsp;</p>" + line_ + COUNTS, HOST)
    assert "client signature" in rules
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    "<p>- Anna</p>",  # a sign-off name after a dash
    "<p>I read it on the library's app, which was fine.</p>",  # the reviewer's sentence
    "<p>Sent from the publisher, thanks!</p>",  # a copy sent, no client
])
def test_a_sign_off_or_a_sentence_about_an_app_stays(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert "client signature" not in rules


@pytest.mark.parametrize("open_, close", [("<index>", "</index>"), ("<review-text>", "</review-text>")])
def test_blocks_inside_a_tag_no_html_knows_are_read_one_by_one(open_, close):
    ask = "<p>Follow me on Instagram for more reviews like this one!</p>"
    inner = "<div id='maincontent'>" + open_ + paras(*REVIEW) + ask + close + "</div>"
    text, rules = cleaned(inner, HOST)
    assert "Instagram" not in text and rules == ["platform ask"]
    assert all(sentence in text for sentence in REVIEW)


def test_a_tag_no_html_knows_holding_only_text_is_one_block():
    import lxml.html
    from scraper.extract.boilerplate import blocks
    box = lxml.html.fromstring("<div><p>One line.</p><div><nobr>Kept <b>whole</b> as a line</nobr></div></div>")
    found = blocks(box)
    assert len(found) == 2 and " ".join(found[1].text_content().split()) == "Kept whole as a line"


@pytest.mark.parametrize("box", [
    "<div class='Post_comments__x8Fq2'><p>Lovely review, thank you!</p></div>",
    "<div class='review_replies__Z0xc1'><div><a href='/u/1'>Mina</a><p>Lovely review, thank you!</p></div></div>",
    "<ul class='replies'><li>Lovely review, thank you!</li></ul>",
])
def test_comments_under_a_css_module_class_or_a_replies_box_go(box):
    import lxml.html
    from scraper.extract.boilerplate import CleanReport, remove_comments
    page = lxml.html.fromstring("<html><body><article><div class='Review_text__dX3Yw'>" + paras(*REVIEW) + "</div>"
                                + box + "</article></body></html>")
    remove_comments(page, CleanReport())
    text = page.text_content()
    assert "Lovely review" not in text and all(sentence in text for sentence in REVIEW)


def test_the_review_under_a_css_module_class_stays():
    import lxml.html
    from scraper.extract.boilerplate import CleanReport, remove_comments
    page = lxml.html.fromstring("<html><body><article><div class='Review_text__dX3Yw'>" + paras(*REVIEW) + "</div>"
                                "<p class='Review_repliesCount__a1B2c'>2 replies</p></article></body></html>")
    remove_comments(page, CleanReport())
    assert all(sentence in page.text_content() for sentence in REVIEW) and "2 replies" in page.text_content()


def test_a_persian_heading_of_other_users_opinions_is_a_catalogue_section():
    from scraper.extract.catalogsections import CATALOGUE_SECTION
    assert CATALOGUE_SECTION.search("نظرات دیگر کاربران")
    assert not CATALOGUE_SECTION.search("نظرات من درباره‌ی کتاب")  # "my opinions about the book"


@pytest.mark.parametrize("credit", ["צילום: שרון לוי", "تصوير: أرشيف الدار", "Fotoğraf: Ayşe Demir", "Photo: the publisher"])
def test_a_credit_beside_a_picture_in_a_box_of_its_own_goes(credit):
    box = f"<div class='lead-image'><img src='/img/cover.jpg' alt=''><span class='pic-note'>{credit}</span></div>"
    text, rules = cleaned(box + paras(*REVIEW), HOST)
    assert credit not in text and rules == ["photo credit"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("box", [
    "<div class='lead-image'><img src='/img/copy.jpg' alt=''><span>My copy, rather battered</span></div>",  # no credit
    "<div><p>Photo: none this time, my camera is broken.</p></div>",  # no picture
])
def test_the_reviewers_own_line_beside_a_photo_or_a_line_with_no_picture_stays(box):
    text, rules = cleaned(box + paras(*REVIEW), HOST)
    assert "photo credit" not in rules


LONG = [" ".join(REVIEW[:3]), " ".join(REVIEW[1:])]
CHROME = "".join(f"<p>{w}</p>" for w in ("Share:", "Facebook", "Telegram", "Rating: 4.3", "Votes: 12", "Back to the list",
                                             "Tags", "Novels", "Library news", "Top"))


@pytest.mark.parametrize("aside", [
    "<p>📚 Support our little branch library in the regional library-of-the-year vote, every single vote counts for us!</p>",
    "<p>📚 Поддержите нашу библиотеку в конкурсе «Библиотека года»: голосование открыто до конца месяца. Каждый голос важен!</p>",
])
def test_a_pictograph_led_aside_after_the_reviews_last_paragraph_goes(aside):
    text, rules = cleaned(paras(*LONG) + aside + CHROME, HOST)
    assert "📚" not in text and "aside to the reader" in rules
    assert all(paragraph in text for paragraph in LONG)


@pytest.mark.parametrize("wrap", ["<p>{}</p>", "<div>{}</div>"])
@pytest.mark.parametrize("after", [LONG, REVIEW])  # long paragraphs, or short ones (twenty words or so each)
def test_a_pictograph_led_line_followed_by_the_reviews_paragraphs_stays(wrap, after):
    aside = "<p>📚 I read this one slowly over the whole of a wet November, mostly on the bus to work and back.</p>"
    text, rules = cleaned(paras(LONG[0]) + aside + "".join(wrap.format(p) for p in after) + CHROME, HOST)
    assert "📚" in text and "aside to the reader" not in rules
