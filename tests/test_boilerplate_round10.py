"""Boilerplate found on engines the rules had not seen, each rule tried on invented posts in other words and markup:
a plea whose link goes to a tipping service under a domain of its own country; a join-our-group line whose messenger
carries a Hebrew or Arabic prefix; a row of tags in an unspaced script; a closing line pressing the platform's app on
the reader beside another ask; a newsletter's line to a reader who was forwarded the issue; a Drupal node's links.
Beside each, a near miss that stays.
"""

from __future__ import annotations

import pytest

from scraper.extract.chrome import hashtags
from scraper.extract.platforms import MESSENGER_NAME, MESSENGER_URL
from scraper.extract.promo import is_support_link
from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_in, clean_lantern, hugo, paras, rules, text_of

import lxml.html


@pytest.mark.parametrize("href", ["https://www.paypal.de/paypalme/lanternshelf", "https://ko-fi.co/lantern",
                                  "https://patreon.example/lantern", "https://www.buymeacoffee.example/lantern"])
def test_a_tipping_service_under_another_domain_of_its_own_is_a_support_link(href):
    assert is_support_link(href)


@pytest.mark.parametrize("href", ["https://paypalish.example/post", "https://blog.example/paypal-review/",
                                  "https://kofi-beans.example/"])
def test_a_host_that_only_resembles_a_service_is_not(href):
    assert not is_support_link(href)


@pytest.mark.parametrize("plea", [
    'Wenn dir diese Besprechung gefallen hat, <a href="https://www.paypal.de/paypalme/lanternshelf">spendier mir einen Tee</a>.',
    'Jeśli recenzja się przydała, <a href="https://buymeacoffee.example/lantern">postaw mi herbatę</a> – wszystko idzie na książki.',
])
def test_a_closing_plea_linking_to_a_tipping_service_goes(plea):
    text, report = clean_lantern(hugo(paras(*REVIEW) + f"<p class='lantern-tea'>{plea}</p>"))
    assert "herbat" not in text and "Tee" not in text, rules(report)
    assert_review_kept(text)


def test_a_review_sentence_linking_the_publisher_stays():
    line = 'The hardback from <a href="https://harbourpress.example/salt">Harbour Press</a> has lovely endpapers.'
    text, report = clean_lantern(hugo(paras(*REVIEW) + f"<p>{line}</p>"))
    assert "lovely endpapers" in text, rules(report)


@pytest.mark.parametrize("name", ["הווטסאפ", "בטלגרם", "بالواتساب", "WhatsApp"])
def test_a_messenger_named_with_a_prefix_is_named(name):
    assert MESSENGER_NAME.search(f"xx {name} yy")


def test_a_join_line_naming_a_prefixed_messenger_goes():
    ask = 'רוצים לדבר על ספרים גם באמצע השבוע? <a href="https://chat.whatsapp.com/AbCdEf">הצטרפו לקבוצת הווטסאפ שלנו</a>'
    text, report = clean_lantern(hugo(paras(*REVIEW) + f"<p>{ask}</p>"))
    assert "הצטרפו" not in text, rules(report)
    assert_review_kept(text)


def test_a_group_link_under_a_country_domain_is_a_messenger_link():
    assert MESSENGER_URL.search("https://chat.whatsapp.example/xyz")
    assert not MESSENGER_URL.search("https://whatsappfans.example/post")


def _block(html: str):
    return lxml.html.fromstring(f"<div>{html}</div>")[0]


def test_a_row_of_tags_in_an_unspaced_script_is_tags():
    assert hashtags(_block("<p>#บ้านริมทะเล #หนังสือดี #อ่านแล้วเล่า #นิยายไทย</p>")) == "tags"
    assert hashtags(_block("<p>#海辺の町 #読書記録 #小説が好き</p>")) == "tags"


def test_a_sentence_with_tags_in_it_is_not():
    assert hashtags(_block("<p>#บ้านริมทะเล เป็นหนังสือที่ #หนังสือดี แนะนำ #นิยายไทย ให้ทุกคนอ่าน</p>")) is None


@pytest.mark.parametrize("ask", [
    "Follow me for more reviews, and download our reading app to get every story free.",
    "Подписывайтесь на меня и скачайте приложение — там тысячи книг бесплатно.",
    "मेरी और कहानियाँ पढ़ने के लिए मुझे फॉलो करें और हमारा ऐप डाउनलोड करें।",
])
def test_a_closing_line_pressing_the_app_beside_another_ask_goes(ask):
    text, report = clean_lantern(hugo(paras(*REVIEW, ask)))
    assert ask[:20] not in text, rules(report)
    assert_review_kept(text)


def test_a_review_mentioning_an_app_stays():
    line = "I read most of it in the library's lending app, which kept losing my place in the long chapters."
    text, report = clean_lantern(hugo(paras(*REVIEW, line)))
    assert "lending app" in text, rules(report)


@pytest.mark.parametrize("line", [
    "Was this forwarded to you by a friend? The sign-up box is at the bottom, and replies reach me directly. — Lotte",
    "Diese Ausgabe wurde dir von jemandem weitergeleitet? Unten kannst du dich eintragen.",
])
def test_a_newsletters_forwarded_line_at_the_end_goes(line):
    # (the review's paragraphs as a letter has them: long ones)
    text, report = clean_lantern(hugo(paras(" ".join(REVIEW[:3]), " ".join(REVIEW[3:]), line)))
    assert line[:20] not in text, rules(report)
    assert_review_kept(text)


def test_a_forwarded_letter_inside_the_review_stays():
    # the book's own forwarded letter, told in a long paragraph of the review
    line = ("The middle of the book turns on a letter that was forwarded to the wrong island, and the narrator spends "
            "forty pages deciding whether to open it, which is where Ahlgren's patience with her characters shows best.")
    text, report = clean_lantern(hugo(paras(REVIEW[0], line, *REVIEW[1:])))
    assert "forwarded to the wrong island" in text, rules(report)


def test_a_drupal_nodes_links_under_its_text_go():
    page = ("<html><body><div class='node' id='node-7'><div class='content'>" + paras(*REVIEW) + "</div>"
            "<ul class='links inline'><li><a href='/node/7#comments'>12 comments</a></li><li><a href='/print/7'>Printer view</a></li>"
            "<li><span>Log in to post comments</span></li></ul></div></body></html>")
    from scraper.extract import extract_page
    record = extract_page(page.encode(), "https://lantern.example/node/7")
    assert "Printer view" not in record.body_markdown and "12 comments" not in record.body_markdown
    assert REVIEW[0] in record.body_markdown.replace("\n", " ")


@pytest.mark.parametrize("caption", ["The ferry pier at dawn. Photograph: Harbour Courier archive",
                                      "Der Hafen im Nebel. Foto: Stadtarchiv Kiel", "港の朝。写真：編集部"])
def test_a_caption_ending_with_a_picture_credit_goes(caption):
    figure = (f"<div class='image'><img src='/pier.jpg' alt='pier'><span class='image__caption' itemprop='caption'>{caption}</span></div>")
    text, report = clean_lantern(hugo(paras(*REVIEW[:2]) + figure + paras(*REVIEW[2:])))
    assert caption[:12] not in text, rules(report)
    assert_review_kept(text)


def test_a_caption_of_the_reviewers_own_photo_without_a_credit_stays():
    from scraper.extract import extract_page
    figure = "<figure><img src='/my-copy.jpg' alt='my copy'><figcaption>My battered copy, read on three ferries.</figcaption></figure>"
    page = hugo(paras(*REVIEW[:2]) + figure + paras(*REVIEW[2:]))
    record = extract_page(page.encode(), "https://lantern.example/posts/salt")
    assert "battered copy" in record.body_markdown


def test_a_korean_timestamp_line_under_a_name_is_a_dateline():
    from scraper.extract.datelines import date_only
    assert date_only(_block("<div><a href='/u/sky'>하늘</a> 2026년 11월 28일 오후 11:42</div>"), 0, 8) == "dateline"
    assert date_only(_block("<p>2026년 11월 28일에 읽기 시작해서 일주일 만에 다 읽었다. 생각보다 훨씬 빨리 읽혔고, 마지막 장은 두 번 읽었다.</p>"), 3, 8) is None


# -- holdout11 round: a member's posted-by row, a date box's few words, rights lines, follow asks naming a network,
# the platform's "was this review helpful?", another language's "more reviews" section --------------------------------


def _long_review() -> str:
    return paras(" ".join(REVIEW[:3]), " ".join(REVIEW[3:]))


@pytest.mark.parametrize("row", [
    'Recensione scritta da <a href="/utenti/nonna-ada">nonna Ada</a> il 3 marzo 2026 · Lettrice esperta',
    'סקירה מאת <a href="/userPage.php?id=812">רות ק.</a> · 04/03/2026',
])
def test_a_members_posted_by_row_over_the_review_goes(row):
    text, report = clean_lantern(hugo(f"<p>{row}</p>" + _long_review()))
    assert "2026" not in text, rules(report)
    assert_review_kept(text)


def test_a_first_line_naming_a_link_and_a_date_that_is_no_member_stays():
    row = 'Borrowed from <a href="/library/">the ferry library</a> on 3 March 2026, returned late.'
    text, report = clean_lantern(hugo(f"<p>{row}</p>" + _long_review()))
    assert "ferry library" in text, rules(report)


def test_a_few_words_before_the_date_in_the_themes_date_box_go():
    from scraper.extract.datelines import date_only
    assert date_only(_block("<div class='review-date'>Veröffentlicht am 4. März 2026</div>"), 1, 9) == "dateline"
    # outside a date box, the same words are the review's
    assert date_only(_block("<p>Gelesen am 4. März 2026</p>"), 1, 9) is None


@pytest.mark.parametrize("line", ["Kaikki oikeudet pidätetään. All rights reserved.",
                                  "Все права защищены, перепечатка только со ссылкой.", "تمامی حقوق این نوشته محفوظ است."])
def test_a_rights_line_at_the_end_goes(line):
    text, report = clean_lantern(hugo(_long_review() + f"<p>{line}</p>"))
    assert line[:10] not in text, rules(report)


def test_a_review_sentence_about_rights_stays():
    line = ("The afterword explains how the estate kept all rights reserved for forty years, which is why this is the first "
            "translation, and it reads as a small thriller of its own about letters, lawyers and one stubborn niece.")
    text, report = clean_lantern(hugo(paras(REVIEW[0], line, *REVIEW[1:])))
    assert "stubborn niece" in text, rules(report)


@pytest.mark.parametrize("ask", ["আমার ইনস্টাগ্রাম পেজে যুক্ত হোন, সেখানে নতুন বইয়ের খবর আগে দিই।",
                                 "برای یادداشت‌های بیشتر، صفحه‌ی اینستاگرام ما را دنبال کنید.",
                                 "Find the blog on Instagram and follow along for the next one."])
def test_a_closing_ask_to_follow_on_a_named_network_goes(ask):
    text, report = clean_lantern(hugo(_long_review() + f"<p>{ask}</p>"))
    assert ask[:12] not in text, rules(report)


def test_a_review_line_naming_a_network_without_an_ask_stays():
    line = "I first heard of the book on Instagram, which is not where I expected to find a ferry novel."
    text, report = clean_lantern(hugo(_long_review() + f"<p>{line}</p>"))
    assert "first heard" in text, rules(report)


@pytest.mark.parametrize("prompt", ["Was this review helpful?", "このレビューは参考になりましたか？", "Была ли эта рецензия полезной?"])
def test_the_platforms_helpful_question_goes_wherever_it_stands(prompt):
    text, report = clean_lantern(hugo(_long_review() + f"<p>{prompt}</p>" + paras("Ana: lovely review, thank you.")))
    assert prompt[:8] not in text, rules(report)


def test_a_reviewers_question_about_help_stays():
    line = "Was the map at the front helpful? Not really, and I gave up on it by chapter three."
    text, report = clean_lantern(hugo(_long_review() + f"<p>{line}</p>"))
    assert "map at the front" in text, rules(report)


@pytest.mark.parametrize("heading", ["ביקורות נוספות על הספר", "مراجعات أخرى للكتاب", "More reviews of this book"])
def test_a_catalogue_heading_for_the_books_other_reviews_is_known(heading):
    from scraper.extract.catalogsections import CATALOGUE_SECTION
    assert CATALOGUE_SECTION.search(heading)
    assert not CATALOGUE_SECTION.search("ספרים נוספים שאהבתי")  # "more books I liked": the reviewer's own list


def test_a_post_title_trafilatura_leaves_after_an_empty_line_is_not_repeated_in_the_body():
    from scraper.extract import extract_page
    page = ("<html><head><title>Salt and tides</title></head><body><main><article><h1>Salt and tides</h1><p> </p>"
            "<h2>A short book about a long coast</h2>" + paras(*REVIEW) + "</article></main></body></html>")
    record = extract_page(page.encode(), "https://lantern.example/salt-and-tides")
    assert not record.body_markdown.lstrip().startswith("# Salt and tides")


def _forum(posts: list[str], title: str = "Finished the lighthouse book at last") -> str:
    items = "".join(
        f"<li component='post' data-index='{n}'><div class='post-container'><div class='post-header'><a href='/user/u{n}'>u{n}</a>"
        f"<span class='text-muted'>wrote</span></div><div class='content' component='post/content'>{body}</div></div></li>"
        for n, body in enumerate(posts))
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1><ul component='topic' class='posts'>{items}</ul>"
            "</main></body></html>")


def test_a_forum_topics_opening_post_is_the_body_and_its_replies_are_not():
    from scraper.extract import extract_page
    opening = paras(*REVIEW) + "<p>If you want to argue about the ending, join us on the Lantern Discord, we have a #spoilers channel.</p>"
    page = _forum([opening, "<p>Agreed about the storm chapter, lovely write-up.</p>", "<p>Six out of ten for me, sorry.</p>"])
    record = extract_page(page.encode(), "https://forum.lantern.example/topic/12/finished-the-lighthouse-book")
    text = record.body_markdown.replace("\n", " ")
    assert REVIEW[0] in text and "storm chapter, lovely" not in text and "Six out of ten" not in text
    assert "Discord" not in text  # the group ask is cleaned now that the opening post is read as one body


def test_a_list_of_posts_is_walked_but_a_list_of_lines_is_one_block():
    import lxml.html
    from scraper.extract.boilerplate import blocks
    posts = lxml.html.fromstring("<div><ul><li><div class='c'><p>One post.</p><p>Its second line.</p></div></li>"
                                 "<li><div class='c'><p>Another post.</p></div></li></ul></div>")
    assert [b.tag for b in blocks(posts)] == ["p", "p", "p"]
    plain = lxml.html.fromstring("<div><ul><li>Salt</li><li>Tides</li></ul></div>")
    assert [b.tag for b in blocks(plain)] == ["ul"]


def test_a_japanese_or_korean_date_with_its_day_sign_is_whole():
    from scraper.extract.datelines import FULL_DATE, date_only
    assert FULL_DATE.search("2026年11月22日").group(0) == "2026年11月22日"
    assert date_only(_block("<div>読み終わった 読了日：2026年11月22日 登録日：2026年11月2日</div>"), 0, 9) == "dateline"


def test_each_part_of_a_timestamp_row_set_in_spans_is_a_dateline():
    from scraper.extract.datelines import date_only
    row = lxml.html.fromstring("<div><div class='status'><span>Finished</span> <span>Read: 2026-11-22</span> "
                               "<span>Shelved: 2026-11-02</span></div></div>")[0]
    assert [date_only(span, 0, 9) for span in row] == ["dateline"] * 3
    # one labelled date in a span of a sentence's row: the review's info line
    row = lxml.html.fromstring("<div><p><span>Read: 2026-11-22</span> <span>on the night ferry, slowly, with tea</span></p></div>")[0]
    assert date_only(row[0], 0, 9) is None


def test_a_free_copy_note_set_apart_right_before_a_plea_stays():
    note = "<p><em>Livre reçu gratuitement de la part de l'éditeur, merci à lui.</em></p>"
    plea = "<div class='tip-box'><p>Un café pour le blog ? <a href='https://ko-fi.com/lanterne'>Ko-fi</a></p></div>"
    text, report = clean_lantern(hugo(_long_review() + note + plea))
    assert "reçu gratuitement" in text and "Ko-fi" not in text, rules(report)


# -- holdout12 round ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ['Läs också min recension av <a href="/bok/salt/">Saltet</a>.',
                                  'Lue myös <a href="/arvio/suola/">Suola</a>'])
def test_a_read_also_label_some_words_and_the_one_link_ending_the_line_goes(line):
    text, report = clean_lantern(hugo(_long_review() + f"<p>{line}</p>"))
    assert "Saltet" not in text and "Suola" not in text, rules(report)


def test_a_read_also_sentence_saying_more_than_its_link_stays():
    line = 'Läs också <a href="/bok/salt/">Saltet</a>, som jag tyckte var ännu bättre än den här boken om havet.'
    text, report = clean_lantern(hugo(_long_review() + f"<p>{line}</p>"))
    assert "ännu bättre" in text, rules(report)


def test_a_crosspost_line_after_a_post_of_short_paragraphs_goes():
    short = ["첫 문단은 짧게 씁니다. 책을 받은 날 비가 왔고 하루 만에 다 읽었습니다. 주인공이 좋았고 "
             "조연들도 하나하나 살아 있어서 읽는 내내 즐거웠습니다. 특히 편의점 장면이 기억에 남습니다.",
             "두 번째 문단도 짧습니다. 중반부는 조금 느리지만 마지막 장이 정말 좋았고 여운이 길게 남았습니다. "
             "다음 주에는 같은 작가의 다른 책도 빌려 올 생각이고 친구에게도 추천했습니다."]
    line = "※ 제 블로그에 먼저 올린 글을 조금 줄였습니다."
    text, report = clean_lantern(hugo(paras(*short, line)))
    assert "먼저 올린" not in text and "여운이" in text, rules(report)


@pytest.mark.parametrize("line", ["Kitap notlarımı Instagram'da da paylaşıyorum: @salt.okur",
                                  "More short reviews over on Instagram — @saltreads"])
def test_a_closing_line_naming_a_network_and_ending_on_the_blogs_handle_goes(line):
    text, report = clean_lantern(hugo(_long_review() + f"<p>{line}</p>"))
    assert "@salt" not in text, rules(report)


def test_a_handle_inside_the_review_stays():
    line = "I found this book through @saltreads on Instagram, whose shelf I trust more than any prize list, and it paid off."
    text, report = clean_lantern(hugo(paras(REVIEW[0], line, *REVIEW[1:])))
    assert "whose shelf I trust" in text, rules(report)
