"""Engine furniture and asks that used to stay in the body (issue 3, boilerplate left):

- after a post's footer row (tags, comment and quote links), a short line holding a number is the engine's tally
  ('Liked by: 7 readers'); a score line there, or a number line at the top, stays;
- Sina Blog's post body is its article box, not the two columns with the blogger's card and category counts;
- an imperative to join the writer's group beside a messenger's name goes anywhere in a post; a character who joins
  a group in the review's words stays;
- a Thai follow ask closing a post; Buttondown's reply line.

Every post is invented, in our own words and markup (Ukrainian, Chinese, Indonesian, English, Thai, Swedish).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from tests.cleaning import cleaned, paras

UK = [
    "Роман про маленьке містечко на Поділлі, де вчителька музики щовечора грає на розстроєному піаніно, а сусіди "
    "під вікнами сперечаються, чи це гарно, чи просто голосно, і так минає ціле літо.",
    "Авторка пише повільно, з довгими реченнями, але кожна сцена має свій запах: пилу, яблук, мокрої трави після "
    "грози. Я читала по розділу на вечір і не поспішала.",
    "Слабше вийшов фінал, де все раптом з'ясовується в одному листі, але загалом це тепла і розумна книжка.",
]


def _diary(after_footer: str) -> str:
    return (f"<div class='post-text'>{paras(*UK)}</div>"
            "<div class='postfooter'><span>Мітки: <a href='/tags/a'>поділля</a> <a href='/tags/b'>музика</a></span> "
            "<a href='#c'>Коментарі (3)</a> | <a href='#q'>Цитувати</a> | <a href='#s'>Поскаржитися</a></div>"
            f"{after_footer}")


def test_a_tally_after_the_posts_footer_row_goes():
    text, rules = cleaned(_diary("<div class='likes'>Сподобалося: 7 читачам</div>"), "dnevnyk.example")
    assert "Сподобалося" not in text and "count row" in rules
    assert all(p in text for p in UK)


def test_a_score_after_the_footer_row_and_a_number_line_at_the_top_stay():
    text, _ = cleaned("<p>Сторінок: 320</p>" + _diary("<div>Оцінка: 8/10</div>"), "dnevnyk.example")
    assert "Оцінка: 8/10" in text and "Сторінок: 320" in text


ZH = ["今年秋天重读了萧红的《呼兰河传》，小时候只觉得热闹，现在读来处处是寂寞。祖父的园子、团圆媳妇、有二伯，一个个人物都像还在眼前。",
      "萧红的文字像说话一样随便，却又句句有分量。我最喜欢写火烧云的那一段，读了好几遍，每次都想起自己的外婆。",
      "唯一的遗憾是后半部分稍显零散，但这也许正是回忆本来的样子。推荐给所有想念童年的人。"]


def test_a_sina_blog_post_is_its_article_box():
    page = ("<html><head><title>重读《呼兰河传》</title></head><body><div class='sinabloga'>"
            "<div class='sinabloghead'><h1><a href='/'>北方读书人的博客</a></h1></div><div class='sinablogbody'>"
            "<div class='SG_colW21'><div class='SG_conn'><h3>个人资料</h3><p>北方读书人</p><p>中学语文老师。</p></div>"
            "<div class='SG_conn'><h3>博文分类</h3><ul><li>随笔 (57)</li><li>书评 (203)</li></ul></div></div>"
            "<div class='SG_colW73'><div class='articalTitle'><h2>重读《呼兰河传》</h2></div>"
            f"<div class='articalContent'>{paras(*ZH)}</div>"
            "<div class='articalInfo'><span>阅读</span>(<span>88</span>)</div></div></div></div></body></html>")
    text = extract_page(page, "http://blog.sina.com.cn/s/blog_example.html").body_text
    assert all(p in text for p in ZH)
    assert "书评 (203)" not in text and "个人资料" not in text


EN = [
    "The novel follows a ferry pilot on a northern lake who notices that one of her twelve regular passengers gives a "
    "different name every morning, and nobody else seems to care.",
    "It is a quiet book about attention, and the pilot's notebook of names becomes its spine; I read it in two sittings.",
    "The last chapter, set in a hospital, feels bolted on, which is a shame after so much careful work.",
]


@pytest.mark.parametrize("ask", [
    "Kalau suka ulasan seperti ini, gabung ke grup WhatsApp kami untuk diskusi buku tiap Jumat.",
    "If you'd like to talk about it, join our Telegram channel for the monthly read-along.",
])
def test_an_ask_to_join_a_messenger_group_goes_anywhere(ask):
    text, rules = cleaned(paras(EN[0], ask, EN[1], EN[2]), "ferrynotes.example")
    assert ask[:20] not in text and "follow-me line" in rules
    assert all(p in text for p in EN)


def test_a_character_joining_a_messenger_group_stays():
    line = ("Halfway through, the pilot joins a WhatsApp group of lake workers, and their messages are the funniest "
            "pages of the book.")
    text, _ = cleaned(paras(EN[0], line, EN[1], EN[2]), "ferrynotes.example")
    assert line in text


def test_a_thai_follow_ask_closing_the_post_goes():
    thai = ["นิยายเรื่องนี้เล่าชีวิตครอบครัวชาวประมงริมทะเลภาคใต้ ผ่านสายตาของลูกสาวคนเล็กที่อยากเป็นครู "
            "ภาษาสวยและเรียบง่าย อ่านแล้วคิดถึงบ้านมาก ฉากพายุตอนกลางเรื่องเขียนได้ตื่นเต้นจนวางไม่ลง",
            "ข้อเสียคือตอนจบรวบรัดไปหน่อย แต่โดยรวมเป็นหนังสือที่อบอุ่นและน่าอ่านมาก แนะนำสำหรับทุกคนในครอบครัว"]
    ask = "ฝากกดติดตามเพจในเฟซบุ๊กด้วยนะคะ 🙏"
    text, rules = cleaned(paras(*thai, ask), "nangsue.example")
    assert "กดติดตาม" not in text
    assert all(p in text for p in thai)


def test_buttondowns_reply_line_goes():
    sv = ["Romanen följer en färjeskeppare på en norrländsk sjö som märker att en av hennes tolv passagerare uppger ett "
          "nytt namn varje morgon, och ingen annan verkar bry sig om det.",
          "Det är en stillsam bok om uppmärksamhet, och jag läste den i två sittningar på balkongen i augusti."]
    page = ("<html><head><title>Färjan</title></head><body><main><div class='email-detail'><div class='email-body'>"
            f"{paras(*sv)}</div><p class='email-detail__reply'>Svara gärna på brevet, jag läser allt.</p></div>"
            "</main></body></html>")
    text = extract_page(page, "https://buttondown.com/farjebrev/archive/farjan/").body_text
    assert "Svara gärna" not in text and sv[1] in text


# -- a gesture line at the post's edges; Goodreads' and the StoryGraph's furniture ---------------------------------

ZH_TOP = "<section><p style='text-align:center'><span style='font-size:12px'>点击上方名片 · 关注书页夜话</span></p></section>"
ZH_END = "<p style='text-align:center'><span style='font-size:12px'>长按扫码，每周读一本</span></p>"


def test_a_gesture_line_at_the_posts_edges_goes():
    text, rules = cleaned(ZH_TOP + paras(*ZH) + ZH_END, "mp.weixin.qq.com")
    assert "点击上方" not in text and "长按扫码" not in text and "platform ask" in rules
    assert all(p in text for p in ZH)


def test_a_gesture_word_in_the_reviews_own_lines_stays():
    tap = "Tap water, cold tea and this book: that was my August."
    middle = "点击率再高也不代表好书，这本书安安静静地好。"
    text, _ = cleaned(paras(EN[0], EN[1], middle, EN[2], tap), "ferrynotes.example")
    assert tap in text and middle in text


def _goodreads(inner: str) -> str:
    return ("<html><head><title>Review of The Ferry</title></head><body><div class='mainContent'><div class='leftContainer'>"
            f"<div class='review'><div class='reviewText'>{inner}</div></div>"
            "<div class='likers'><a href='/user/show/9-ana'>Ana</a> and 27 others liked this review</div></div>"
            "<div class='rightContainer'><div class='bigBox'><h2>Find your next read</h2><div>See what your friends "
            "are reading this week!</div></div></div></div></body></html>")


def test_goodreads_spoiler_switch_likers_and_right_column_go():
    spoiler = ("<p><span class='spoilerTag'>(view spoiler)</span><span class='spoilerContainer'>[In the end the twelfth "
               "passenger is the pilot's own brother, and the book never says whether she knew. (hide spoiler)]</span></p>")
    text = extract_page(_goodreads(paras(*EN) + spoiler), "https://www.goodreads.com/review/show/1").body_text
    assert "view spoiler" not in text and "27 others" not in text and "next read" not in text
    assert "the twelfth passenger is the pilot's own brother" in text and all(p in text for p in EN)


def test_the_storygraphs_questionnaire_goes():
    page = ("<html><head><title>The Ferry review</title></head><body><main><div class='review'>"
            "<div class='review-response-summary'><p><span>Moods</span> hopeful · tense</p><p><span>Pace</span> medium</p>"
            f"</div><div class='trix-content review-explanation'>{paras(*EN)}</div></div></main></body></html>")
    text = extract_page(page, "https://app.thestorygraph.com/reviews/1").body_text
    assert "Moods" not in text and "Pace" not in text and all(p in text for p in EN)


def test_a_brunch_posts_series_box_goes():
    ko = ["이 소설은 바닷가 작은 마을의 등대지기가 매일 밤 불을 켜며 적는 일기로 이루어져 있다. 사건은 거의 없지만 "
          "문장 하나하나가 오래 머문다.",
          "후반부의 폭풍 장면은 조금 길게 느껴졌지만, 마지막 장을 덮고 나서 한참 동안 창밖을 바라보았다. 조용한 "
          "책을 좋아하는 분들께 권하고 싶다."]
    page = ("<html><head><title>등대지기의 일기</title></head><body><article><div class='wrap_view_article'>"
            f"<div class='wrap_body'>{paras(*ko)}</div>"
            "<div class='wrap_keyword'><ul><li><a href='/keyword/소설'>소설</a></li><li><a href='/keyword/책'>책</a></li></ul></div>"
            "<div class='wrap_brunchbook'><div class='brunchbook_info'><span class='tit_brunchbook'>브런치북 연재</span>"
            "<strong class='tit_book'>바다 곁의 책들</strong><span class='num_book'>03화</span></div></div></div>"
            "</article></body></html>")
    text = extract_page(page, "https://brunch.co.kr/@bada/31").body_text
    assert "바다 곁의 책들" not in text and all(p in text for p in ko)


def test_a_discussion_box_under_the_post_goes_and_discussion_questions_stay():
    questions = ("<section class='discussion-questions'><h3>Fragen für den Lesekreis</h3><ol>"
                 "<li>Warum schreibt die Schleusenwärterin die Namen auf, statt jemanden zu fragen?</li>"
                 "<li>Was ändert sich, als das Schiff zum zweiten Mal vorbeifährt?</li></ol></section>")
    de = ["Der Roman erzählt von einer Schleusenwärterin am Main, die jeden Abend die Namen der Schiffe in ein Heft "
          "schreibt und eines Tages merkt, dass ein Schiff zweimal mit verschiedenen Namen durchgefahren ist.",
          "Die Autorin lässt sich Zeit, und gerade das macht den Reiz aus; nur das letzte Kapitel fällt etwas ab."]
    page = ("<html><head><title>Die Schleuse</title></head><body><article>"
            f"{paras(*de)}{questions}<div class='art-discussion'><h3>Diskussion</h3>"
            "<div class='entry'><b>K. Brandt</b><p>Schöne Besprechung, das Buch liegt schon auf meinem Stapel.</p></div>"
            "</div></article></body></html>")
    text = extract_page(page, "https://lesekreis.example/die-schleuse/").body_text
    assert "Schöne Besprechung" not in text
    assert "Fragen für den Lesekreis" in text and all(p in text for p in de)
