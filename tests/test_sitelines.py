"""scraper.extract.sitelines on posts of our own invention: a follow plea closing the review's box (a network and a
handle; an account word beside a network or a quoted name with a verb of following, subscribing or joining; KakaoStory's
소식받기), the engine's published-on line, the writer's bio opening with the byline's name, a bulletin board's push
lines, a shop's verified-purchase badge row. Near misses stay: the review's own sentences naming a network, a channel or
a group, a book's info line with its publication date, a closing paragraph about the novel's author, a line that only
looks like a push, the word "verified" in a review.
"""

from __future__ import annotations

import pytest

from scraper.extract.sitelines import published_line, writer_bio
from scraper.extract.followpleas import follow_plea
from tests.cleaning import cleaned, paras

HOST = "saltmarshreads.example"

REVIEW = [
    "Ilse Maren's third novel follows a ferry captain's widow who takes over the crossing for one hard winter.",
    "The chapters alternate between the harbour office and the open water, and the water chapters are the better ones.",
    "The ending rushes a reconciliation that the book had not earned, but the storm chapter is tremendous.",
    "My score: 4 out of 5, and I will read whatever she writes next.",
]


def post(*closing: str, before: str = "") -> str:
    return f"{before}<div class='review'>{paras(*REVIEW)}{''.join(closing)}</div><div class='actions'>Was this useful?</div>"


@pytest.mark.parametrize("plea", [
    "<p>If you like what I read, follow my reading profile on Instagram @saltmarsh.reads.</p>",  # en, handle
    "<p>Für mehr Rezensionen folgt meiner Facebook-Seite „Salzwiese liest“.</p>",  # de: quoted page + follow root
    "<p>Подпишитесь на мой канал в Телеграм, там я пишу о книгах каждую неделю.</p>",  # ru: channel + network
    "<p>আরও রিভিউ পেতে আমার ফেসবুক পেজ \"নোনা জলের বই\" ফলো করুন।</p>",  # bn
    "<p>नयाँ भिडियोका लागि हाम्रो युट्युब च्यानल सब्सक्राइब गर्नुहोस्।</p>",  # ne
    "<p>किताबों पर बात करनी हो तो 'पढ़ते रहो' ग्रुप के सदस्य बनें।</p>",  # hi: join the quoted group
    "<p>소식받기 눌러주시면 다음 주에도 책 얘기 들고 올게요</p>",  # ko: KakaoStory's follow button
])
def test_a_follow_plea_closing_the_review_goes(plea):
    text, rules = cleaned(post(plea), HOST)
    assert "follow-me line" in rules or "platform ask" in rules  # (the bidding in Bengali was read before: chrome)
    assert not any(word in text for word in ("@saltmarsh", "Seite", "канал", "পেজ", "च्यानल", "ग्रुप", "소식받기"))
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    "<p>I first heard of this book on a YouTube channel about maritime history.</p>",  # a network, no account of the writer's
    "<p>The widow joins a group of harbour pilots in the last chapter, and it is the best scene.</p>",  # plot
    "<p>Автор ведёт канал о море, и многое из романа оттуда.</p>",  # ru: the author's channel, no bidding
    "<p>In the last chapter she joined the 'Harbour Pilots' group, and the novel follows their 'Night Crossing' page of logs.</p>",
])
def test_a_closing_sentence_of_the_review_naming_a_network_or_group_stays(line_):
    text, rules = cleaned(post(line_), HOST)
    assert "follow-me line" not in rules


def test_a_follow_plea_in_the_middle_of_the_review_is_not_this_rule():
    inner = paras(*REVIEW[:2]) + "<p>Follow my page on Instagram @saltmarsh.reads</p>" + paras(*REVIEW[2:])
    assert follow_plea("Follow my page on Instagram @saltmarsh.reads")
    text, rules = cleaned(inner, HOST)
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    "Posted in Literary fiction on 27 November 2026 by Ana Ruiz",  # en
    "Δημοσιεύτηκε στην κατηγορία Μυθιστόρημα στις 3 Μαρτίου 2026 από την Ελένη",  # el
    "प्रकाशित मिति: आइतबार, पुस १४, २०८३ १०:३०",  # ne: a clock time
    "Veröffentlicht am 3. März 2026 um 09:15",  # de
])
def test_a_published_on_line_is_the_engines(line_):
    assert published_line(line_)


@pytest.mark.parametrize("line_", [
    "Published: 3 March 2026",  # a book's info line: a label and a date
    "Published in 1998, the novel was ignored for a decade before a new translation found it readers.",  # a sentence
    "Publié chez Gallimard en 2019",  # no whole date, no clock
])
def test_a_books_publication_line_stays(line_):
    assert not published_line(line_)


def test_the_published_line_goes_at_the_end_of_a_post():
    text, rules = cleaned(paras(*REVIEW) + "<div class='when'>Posted in Literary fiction on 27 November 2026 by Ana Ruiz</div>", HOST)
    assert "dateline" in rules and "Posted in" not in text


def test_the_writers_bio_after_the_review_goes():
    inner = "<div class='byline'>Ana Ruiz · 27 November 2026</div>" + paras(*REVIEW) + \
        "<p><strong>Ana Ruiz</strong> is a translator who lives in Cádiz. She rereads a Galdós novel every summer.</p>"
    text, rules = cleaned(inner, HOST)
    assert "writer's bio" in rules and "translator" not in text
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("bio, byline", [
    ("Anneke Botha is 'n vertaler wat in Knysna woon en graag ou romans herlees.", ["Anneke Botha · 3 Mei 2026"]),  # af
    ("Ελένη Παππά είναι μεταφράστρια και ζει στη Θεσσαλονίκη με δύο γάτες.", ["Ελένη Παππά, 3 Μαρτίου 2026"]),  # el
])
def test_a_bio_opening_with_the_bylines_name_is_the_writers(bio, byline):
    assert writer_bio(bio, byline)


@pytest.mark.parametrize("text, byline", [
    ("Ilse Maren is a former ferry captain herself, and it shows on every page of this book.", ["Ana Ruiz · 27 November 2026"]),
    ("If you liked this, try The Go-Between: same slow light.", ["If you liked this, try these"]),  # no name
    ("Ana Ruiz", ["Ana Ruiz · 27 November 2026"]),  # a signature, not a bio
])
def test_a_closing_paragraph_about_someone_else_stays(text, byline):
    assert not writer_bio(text, byline)


PUSHES = ("<div class='push'><span>推 </span><span>gullwing</span><span>: 寫得真好，我也想重讀</span><span> 11/26 22:31</span></div>"
          "<div class='push'><span>→ </span><span>saltmarsh</span><span>: 謝謝推</span><span> 11/26 22:40</span></div>")


def test_a_bulletin_boards_push_lines_go():
    text, rules = cleaned(paras(*REVIEW) + PUSHES, HOST)
    assert "readers' comments" in rules and "gullwing" not in text and "謝謝推" not in text
    assert all(sentence in text for sentence in REVIEW)


def test_one_line_shaped_like_a_push_stays():
    text, rules = cleaned(paras(*REVIEW) + "<p>推 lighthouse: 這本書的評分是 11/26 出版那天定的</p>", HOST)
    assert "readers' comments" not in rules


@pytest.mark.parametrize("row", [
    "<div class='r'><span class='name'>Mara K.</span> <span>Verified Purchase</span> <span>27 November 2026</span></div>",
    "<div class='r'><span>形式: 単行本</span> <span>Amazonで購入</span></div>",  # ja
    "<div class='r'><span>তানিয়া হক</span> <span>ভেরিফায়েড ক্রেতা</span> <span>২৭ নভেম্বর ২০২৬</span></div>",  # bn
])
def test_a_shops_verified_purchase_row_goes_whole(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert not any(word in text for word in ("Mara", "Purchase", "単行本", "Amazon", "তানিয়া", "ক্রেতা", "২০২৬"))
    assert all(sentence in text for sentence in REVIEW)


def test_verified_in_the_review_stays():
    line_ = "<p>None of the ship's logs she quotes could be verified, and the author says so in a long and honest afterword.</p>"
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert "review badge row" not in rules and "honest afterword" in text


@pytest.mark.parametrize("closing", [
    "<p>다음 주에는 겨울 에세이로 찾아올게요. 따뜻한 주말 보내세요.<br>하람 드림</p>",  # ko
    "<p>That's all for this week, see you on Sunday.<br>Love, Ana</p>",  # en
    "<p>Bis nächste Woche und viel Spaß beim Lesen!<br>Liebe Grüße, Jonas</p>",  # de
])
def test_a_letters_closing_after_the_review_goes(closing):
    text, rules = cleaned(paras(*REVIEW) + closing, HOST)
    assert "letter closing" in rules
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("closing", [
    "<p>Four out of five from me.<br>Love, Ana</p>",  # a score in it: the review's last line
    "<p>The last line of the novel is the best one she has written:<br>love, always</p>",  # no break into a name
    "<p>Thanks for reading, see you on Sunday. Love, Ana</p>",  # no line break: not a letter's signature line
])
def test_a_closing_with_a_score_or_without_a_signature_line_stays(closing):
    text, rules = cleaned(paras(*REVIEW) + closing, HOST)
    assert "letter closing" not in rules


@pytest.mark.parametrize("row", [
    "<div class='links'><ul><li>1,204 reads</li><li><a href='/user/login?destination=node/12'>Log in to post comments</a></li></ul></div>",
    "<p><a href='https://saltmarshreads.example/wp-login.php?redirect_to=%2F2026%2F11%2Fferry'>Melde dich an, um zu antworten</a></p>",
    "<div><ul><li>২১০ বার পড়া হয়েছে</li><li><a href='/user/login'>মন্তব্য করতে লগইন করুন</a></li></ul></div>",  # bn
])
def test_the_engines_sign_in_row_under_the_post_goes(row):
    text, rules = cleaned(paras(*REVIEW) + row, HOST)
    assert "sign-in row" in rules
    assert all(sentence in text for sentence in REVIEW)


def test_a_long_closing_paragraph_with_a_sign_in_link_stays():
    line_ = ("<p>The library's copy has a long waiting list, so if you are a member you can <a href='/user/login'>log in</a> and "
             "put your name down now, which is what I did last spring when the second printing sold out.</p>")
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert "sign-in row" not in rules


@pytest.mark.parametrize("aside", [
    "<p>（題外話，覺得有用的話給個推，我才知道有人在看）</p>",  # zh: PTT's push
    "<p>(If this helped, hit the like and subscribe, it keeps the blog going)</p>",  # en
    "<p>（役に立ったらいいねしてもらえると励みになります）</p>",  # ja
])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_an_aside_in_brackets_asking_to_act_on_the_platform_goes(aside, where):
    inner = paras(*REVIEW) + aside if where == "end" else paras(*REVIEW[:2]) + aside + paras(*REVIEW[2:])
    text, rules = cleaned(inner, HOST)
    assert not any(word in text for word in ("給個推", "hit the like", "いいね"))
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("aside", [
    "<p>（推薦給喜歡海洋小說的人，但結局我不太滿意）</p>",  # zh: "recommend", not a push
    "<p>(The widow never asks anyone to like her, and that is the point of the book.)</p>",  # en
])
def test_an_aside_in_brackets_about_the_book_stays(aside):
    text, rules = cleaned(paras(*REVIEW[:2]) + aside + paras(*REVIEW[2:]), HOST)
    assert "aside to the reader" not in rules and aside[3:12] in text


@pytest.mark.parametrize("line_, gone", [
    ("<p>※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 203.0.113.18 (臺灣)</p>", True),
    ("<p>※ 文章網址: https://bbs.example/book/M.1.A.2.html</p>", True),
    ("<p>※ 注意：本文有雷，結局在第三段</p>", False),  # a note, no machine data
])
def test_a_bulletin_boards_system_line_goes(line_, gone):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert ("platform line" in rules) is gone


@pytest.mark.parametrize("offer", [
    "<div class='plea'>Good journalism costs money. Subscribe for $1 a week for your first three months.</div>",  # en
    "<div class='plea'>עיתונות טובה עולה כסף. הצטרפו למינוי ב־9.90 ש\"ח לחודש</div>",  # he
    "<div class='plea'>Unabhängiger Journalismus kostet Geld: jetzt für 4,99 € im Monat abonnieren.</div>",  # de
])
def test_a_subscription_offer_closing_the_article_goes(offer):
    text, rules = cleaned(post(offer), HOST)
    assert "membership upsell" in rules
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    "<p>The hardback costs €24.90, which is a lot for two hundred pages.</p>",  # a price, no period
    "<p>I read it through a library app that costs nothing, which beats paying $9.99 a month for the other one. Four of five.</p>",  # a score
])
def test_a_price_in_the_reviews_last_lines_stays(line_):
    text, rules = cleaned(post(line_), HOST)
    assert "membership upsell" not in rules
