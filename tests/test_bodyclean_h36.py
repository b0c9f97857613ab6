"""Body cleaning, holdout36 round (helper bodya), in our own words and markup, with near misses:

- a lead picture whose caption is the credit alone, by its label and colon ("Foto: <the desk's archive>"), in a
  news site's picture box of an image and a span (leadpicture);
- the news sites' "when using our material, a link to <site> is mandatory" in ru, uk, az, tr, uz, kk (reprintnote);
- "find me on Bookstagram: @handle": a network's book community named as the place (followpleas.follow_plea);
- a bidding to subscribe to a site's channel in Azerbaijani, Uzbek, Kazakh (followpleas.FOLLOW's verbs).
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.leadpicture import _PICTURE_LABEL, lead_pictures
from scraper.extract.reprintnote import reprint_notice
from scraper.extract.followpleas import follow_plea

AZ = ["Bu roman kiçik bir dəniz qəsəbəsində saat təmir edən qoca ustanın hekayəsidir. O, hər səhər qəsəbədəki bütün saatları bir-bir yoxlayır və heç kimə bir söz demir.",
      "Müəllifin dili sakit və dəqiqdir. Kitabda böyük hadisələr baş vermir, amma son fəsillərə çatanda səhifəni çevirməyə qıymırsan, çünki hər cümlə öz yerindədir.",
      "Orta hissə bir az uzanır, xatirələr artıq bildiyimiz şeyləri təkrarlayır. Buna baxmayaraq, bu il oxuduğum ən sakit və ən təsirli kitab oldu."]
RU = ["Роман рассказывает о смотрителе маяка на северном острове, который ведёт дневник каждого проходящего судна и никому его не показывает.",
      "Автор пишет неторопливо и точно, и книга постепенно затягивает, хотя в ней почти ничего не происходит, кроме смены погоды и писем с материка.",
      "Слабее вторая часть, где воспоминания о детстве героя повторяют уже известное. Но финал со штормом я перечитал дважды."]
FR = ["Ce roman suit une horlogère qui remet chaque matin à l'heure toutes les pendules du port, sans jamais dire à personne pourquoi elle le fait.",
      "L'écriture est sobre et précise, et même si presque rien n'arrive, je n'ai pas pu lâcher les derniers chapitres, portés par une tension très douce.",
      "Le milieu traîne un peu, avec des souvenirs qui répètent ce que l'on devinait déjà. Mais la fin, dans la tempête, est superbe."]


def _news(review: list[str], caption: str, tail: str = "", *, lang: str, tag: str = "p") -> bytes:
    paragraphs = "".join(f"<p>{t}</p>" for t in review)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Saatçı | Ədəbi Qəzet</title></head><body>"
            "<nav><a href='/'>Ana</a> <a href='/kitab'>Kitab</a></nav>"
            "<div class='col-main'><div class='article'><h1 class='article-title'>Saatçının sükutu</h1>"
            "<div class='article-info'><span>Leyla Həsənova</span> <span>01.12.2026</span></div>"
            f"<div class='article-img'><img src='/up/saat.jpg' alt=''><{tag} class='photo-note'>{caption}</{tag}></div>"
            f"<div class='article-text'>{paragraphs}{tail}</div></div></div>"
            "<footer><p>© 2026 Ədəbi Qəzet</p></footer></body></html>").encode()


def test_a_lead_caption_that_is_a_labelled_credit_alone_goes():
    for review, caption, lang, tag in ((AZ, "Foto: Qəzetin arxivindən", "az", "p"), (RU, "Фото: редакционный архив", "ru", "p"),
                                       (AZ, "Şəkil: Nərgiz Əliyeva", "az", "span")):
        body = extract_page(_news(review, caption, lang=lang, tag=tag), "https://qezet.example.az/kitab/4411").body_text
        assert caption not in body, body
        assert all(t in body for t in review)


def _lead(caption: str, tag: str = "p") -> list:
    root = lxml.html.fromstring(_news(RU, caption, lang="ru", tag=tag))
    return lead_pictures(root.find_class("article")[0])


def test_the_rule_itself_marks_the_labelled_credit():
    assert _lead("Foto: Qəzetin arxivindən") and _lead("Фото: редакционный архив", "span")


def test_a_lead_caption_that_is_not_a_credit_stays():
    # near misses: the blogger's own caption, and a label that is no picture's word ("Cover: <the edition>")
    for caption in ("Mənim köhnə nüsxəm, kitab rəfindən", "Обложка: первое издание 1998 года", "Мой экземпляр: зачитанный"):
        assert not _lead(caption), caption
        assert not _lead(caption, "span"), caption


def test_picture_label_words():
    assert _PICTURE_LABEL.match("Foto: agentlik") and _PICTURE_LABEL.match("Источник: архив музея")
    assert _PICTURE_LABEL.match("Kuva: Matti Virtanen")
    assert not _PICTURE_LABEL.match("Fotografiert habe ich sie selbst")  # (no colon)
    assert not _PICTURE_LABEL.match("Mein Exemplar: zerlesen")
    assert not _PICTURE_LABEL.match("Fotoğrafçının hikâyesi: bir roman")  # (the word is part of a longer one)


def test_when_using_our_material_a_link_is_mandatory():
    for line in ("Materiallardan istifadə edərkən saytımıza istinad mütləqdir.",
                 "Yazılardan istifadə zamanı Ədəbi Qəzetə istinad vacibdir.",
                 "При использовании материалов портала гиперссылка на knigi.example.ru обязательна.",
                 "При цитировании ссылка на первоисточник обязательна.",
                 "При використанні матеріалів посилання на наш сайт обов'язкове.",
                 "İçeriklerimiz kullanılırken kaynak gösterilmesi zorunludur.",
                 "Materiallardan foydalanilganda saytga havola majburiy.",
                 "Материалдарды пайдаланғанда сайтқа сілтеме міндетті."):
        assert reprint_notice(line), line


def test_a_review_using_the_same_words_is_no_notice():
    for line in ("Bu kitabı dərsdə istifadə edərkən şagirdlər çox sual verdilər.",
                 "При использовании этой книги на уроках учитель может обойтись без ссылок на учебник.",
                 "Romanı okurken kaynak olarak eski bir harita kullandım, zorunlu değildi.",
                 "Kitob o'qilganda qahramonning ovozi eshitilib turadi."):
        assert not reprint_notice(line), line


def test_a_notice_closing_a_news_review_goes():
    tail = "<p class='note'>Materiallardan istifadə edərkən Ədəbi Qəzetə istinad mütləqdir.</p>"
    body = extract_page(_news(AZ, "Mənim köhnə nüsxəm", tail, lang="az"), "https://qezet.example.az/kitab/4411").body_text
    assert "istinad" not in body and all(t in body for t in AZ)


def test_find_me_on_a_book_community():
    for line in ("Retrouvez-moi sur Bookstagram : @la_liseuse_du_port", "Find me on BookTok: @harbourreads",
                 "Ищите меня в букстаграме: @mayak_chitaet"):
        assert follow_plea(line), line
    for line in ("Bookstagram adore ce roman, et je comprends pourquoi après l'avoir lu.",
                 "I found this book on BookTok, where everyone was crying over the ending."):
        assert not follow_plea(line), line


def test_a_bookstagram_line_closing_a_review_goes():
    article = "".join(f"<p>{t}</p>" for t in FR) + "<p>Ma note : 4/5</p><p>Retrouvez-moi sur Bookstagram : @la_liseuse_du_port ✨</p>"
    html = (f"<html lang='fr'><head><meta charset='utf-8'><title>L'horlogère</title></head><body><main><article>"
            f"<h1>L'horlogère du port</h1><div class='entry-content'>{article}</div></article></main></body></html>").encode()
    body = extract_page(html, "https://liseuse.example.fr/horlogere").body_text
    assert "Bookstagram" not in body and "Ma note : 4/5" in body and all(t in body for t in FR)


def test_subscribe_to_the_channel_in_turkic_languages():
    for line in ("Qəzetin Telegram kanalına abunə olun – yeni yazılar ilk sizdə!",
                 "Telegram kanalimizga obuna bo'ling!",
                 "Біздің Telegram каналымызға жазылыңыз!"):
        assert follow_plea(line), line
    for line in ("Qəhrəman Telegram kanalında köhnə dostunu tapır və ona yazır.",
                 "Roman Telegram kanalında parça-parça çap olunub, sonra kitab kimi çıxıb."):
        assert not follow_plea(line), line


# --- the catalogue header's facts as one row of fields (cataloguefacts) ---

from scraper.extract.cataloguefacts import facts_row  # noqa: E402

DE = ["Ich habe den Roman im Urlaub gelesen und war schon nach dem ersten Kapitel gefangen: eine Uhrmacherin, die jeden Morgen alle Uhren im Hafen stellt und niemandem sagt, warum.",
      "Die Sprache ist ruhig und genau, und obwohl kaum etwas geschieht, wollte ich das Buch in den letzten Kapiteln nicht mehr aus der Hand legen.",
      "Der Mittelteil zieht sich etwas, manche Erinnerungen wiederholen nur, was man schon ahnt. Das Ende im Sturm ist aber großartig."]


def _community(review: list[str], facts: str, *, controls: bool = True, lang: str = "fr") -> bytes:
    fields = " · ".join(f"<span>{f}</span>" for f in facts.split(" · "))
    rating = "<div class='avg'><span>8,7/10</span> <span>1 204 notes</span></div>" if controls else ""
    paragraphs = "".join(f"<p>{t}</p>" for t in review)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>L'horlogère du port - Lectorat</title></head><body>"
            "<div class='wrap'><div class='book-top'><div class='cover'><img src='/c/1.jpg' alt=''></div>"
            f"<div class='meta'><h1>L'horlogère du port</h1><div class='by'>de Lucie Marin</div>"
            f"<div class='facts'>{fields}</div>{rating}</div></div>"
            "<div class='review'><div class='who'><a href='/m/ana'>ana</a> <span>le 01/12/2026</span></div>"
            f"<div class='review-text'>{paragraphs}</div></div></div></body></html>").encode()


def test_facts_row_shape():
    assert facts_row("Genre : Policier · Éditeur : Maison Bleue · Pages : 312")
    assert facts_row("Žánr: román | Nakladatel: Host | Rok: 2021")
    assert facts_row("ジャンル：ミステリー · 出版社：青空書房 · 頁数：320")
    assert not facts_row("Genre : Policier · Éditeur : Maison Bleue")  # (two fields)
    assert not facts_row("Verdict : superbe · mais la fin traîne un peu trop à mon goût, hélas, et je le regrette vraiment · Note : 4/5")
    assert not facts_row("Paris · Lyon · Marseille")  # (no labels)


def test_a_catalogue_facts_row_beside_its_rating_goes():
    for review, facts, lang in ((FR, "Genre : Policier · Éditeur : Maison Bleue · Série : Le Port (3 tomes)", "fr"),
                                (DE, "Genre: Roman · Verlag: Hafenverlag · Seiten: 312", "de")):
        body = extract_page(_community(review, facts, lang=lang), "https://lectorat.example/livre/42/critique/7").body_text
        assert "Maison Bleue" not in body and "Hafenverlag" not in body, body
        assert all(t in body for t in review)


def _marked(controls: bool) -> dict:
    from scraper.extract.bodyblocks import blocks
    from scraper.extract.cataloguefacts import mark
    root = lxml.html.fromstring(_community(FR, "Genre : Policier · Éditeur : Maison Bleue · Pages : 312"))
    body = root.find_class("wrap")[0]
    items = blocks(body)
    drop = {i: "aggregate rating" for i, b in enumerate(items) if controls and b.getparent().get("class") == "avg"}
    before = dict(drop)
    mark(items, body, drop, {})
    return {i: r for i, r in drop.items() if i not in before}


def test_a_facts_row_without_the_catalogues_controls_stays():
    # near miss: the same header with no average rating or buttons removed beside it (a blogger's own book card)
    assert _marked(controls=True) and not _marked(controls=False)


def test_a_bloggers_record_line_in_the_text_box_stays():
    # near miss: the record line inside the review's own box, an average rating elsewhere on the page
    record = "<p>Genre : Policier · Éditeur : Maison Bleue · Pages : 312</p>"
    paragraphs = record + "".join(f"<p>{t}</p>" for t in FR)
    html = ("<html lang='fr'><head><meta charset='utf-8'><title>L'horlogère du port</title></head><body><main><article>"
            "<h1>L'horlogère du port</h1><div class='avg'><span>8,7/10</span> <span>1 204 notes</span></div>"
            f"<div class='entry-content'>{paragraphs}</div></article></main></body></html>").encode()
    body = extract_page(html, "https://liseuse.example.fr/horlogere").body_text
    assert "Maison Bleue" in body, body


# --- the writer's postscript on the post's reception (receptionnote) ---

from scraper.extract.receptionnote import reception_note  # noqa: E402

JA = ["この小説は、港町で時計を直す老人の話だ。毎朝、町じゅうの時計を一つずつ合わせて回る。大きな事件は何も起きないのに、最後の章では頁をめくるのが惜しくなった。",
      "不満を言えば、中盤の回想が少し長い。同じ思い出が何度も語られて、そこだけ足踏みしている感じがした。それでも、今年読んだなかでいちばん静かで、いちばん沁みた一冊だった。"]


def test_a_postscript_thanking_for_the_reactions():
    for line in ("追記：たくさんのブクマありがとうございます。文庫版のリンクだけ貼っておきます。",
                 "追記）スターとコメントありがとう！続編も読んだら書きます。",
                 "Edit: thanks for all the upvotes, everyone! The edition I read is the 2019 paperback.",
                 "UPD: спасибо за лайки и комментарии! Вторую часть дочитаю к весне.",
                 "更新：谢谢大家的点赞和留言，没想到这么多人也读过这本书。",
                 "추가: 댓글 감사합니다! 다음에는 후속작 후기를 올릴게요."):
        assert reception_note(line), line


def test_a_postscript_of_the_review_itself_stays():
    for line in ("追記：一か月後に読み返したら、老人の沈黙の意味がやっと分かった気がする。",
                 "Edit: a month later I reread the ending and I like it more now.",
                 "P.S. Thanks to the publisher for the review copy.",
                 "Update: thank you so much for reading, part two of the series comes next week.",
                 "Editors adored it, and thanks to their votes it won the prize.",
                 "ブクマしておいた本をやっと読んだ。ありがとう、図書館。"):
        assert not reception_note(line), line


def _diary(paragraphs: list[str], tail: str) -> bytes:
    body = "".join(f"<p>{t}</p>" for t in paragraphs) + tail
    return ("<html lang='ja'><head><meta charset='utf-8'><title>時計を直す老人の話を読んだ</title></head><body>"
            f"<div class='day'><h3>時計を直す老人の話を読んだ</h3><div class='section'>{body}</div></div></body></html>").encode()


def test_a_closing_postscript_on_bookmarks_goes_and_a_closing_afterthought_stays():
    url = "https://diary.example.jp/20261201"
    thanks = "<p>追記：ブクマありがとう。買う人向けに出版社のページを置いておく → <a href='https://pub.example.jp/b/1'>紹介ページ</a></p>"
    body = extract_page(_diary(JA, thanks), url).body_text
    assert "ブクマ" not in body and all(t in body for t in JA), body
    later = "<p>追記：一か月後に読み返したら、老人の沈黙の意味がやっと分かった気がする。</p>"
    body = extract_page(_diary(JA, later), url).body_text
    assert "一か月後に読み返したら" in body, body


# --- the site's own box closing the post, its button to a page of the site's menu (navbox) ---

EN = ["The novel follows a clock-mender in a seaside town who sets every clock in the harbour each morning and tells no one why he does it.",
      "The prose is quiet and exact, and although little happens I could not put it down in the last chapters, carried by a very gentle tension.",
      "The middle drags a little, with memories that tell us what we already guessed. Still, the ending in the storm is superb and earns its quiet."]


def _magazine_page(review: list[str], box: str, lang: str = "en") -> bytes:
    paragraphs = "".join(f"<p>{t}</p>" for t in review)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The clock-mender – Harbour Review</title></head><body>"
            "<header><nav class='main-navigation'><ul><li><a href='/'>Home</a></li><li><a href='/reviews/'>Reviews</a></li>"
            "<li><a href='/support/'>Support</a></li><li><a href='/letter/'>Newsletter</a></li></ul></nav></header>"
            "<main><article><h1 class='entry-title'>The clock-mender</h1><div class='entry-content'>"
            f"{paragraphs}{box}<div class='author-box'><p><strong>Ann Lee</strong> is a teacher in Leeds who reads on the ferry.</p></div>"
            "</div></article></main><footer><p>Harbour Review, since 2009</p></footer></body></html>").encode()


def test_a_closing_box_sending_the_reader_to_the_sites_menu_page_goes():
    for box, words in (("<div class='support-box'><h3>We live on our readers</h3><p>No ads, no grants: if you enjoy our pieces, "
                        "chip in with a small monthly gift.</p><p><a class='cta' href='/support/'>Support us</a></p></div>", "chip in"),
                       ("<div class='letter-box'><h4>Nia semajna letero</h4><p>Ĉiun vendredon la novaj recenzoj en via "
                        "poŝto.</p><p><a href='https://www.harbour.example/letter/'>Aboni</a></p></div>", "vendredon")):
        body = extract_page(_magazine_page(EN, box), "https://www.harbour.example/2026/12/clock-mender/").body_text
        assert words not in body, body
        assert all(t in body for t in EN)


def test_a_closing_box_linking_elsewhere_or_a_menu_link_in_the_text_stays():
    # near misses: the review's record box linking to the publisher; a link to the menu's reviews page in a sentence
    record = ("<div class='book-box'><h3>The book</h3><p>Ana Ruiz, The Clock-Mender, Tidewater Press 2025.</p>"
              "<p><a href='https://tidewater.example/clock'>Publisher's page</a></p></div>")
    body = extract_page(_magazine_page(EN, record), "https://www.harbour.example/2026/12/clock-mender/").body_text
    assert "Tidewater Press" in body, body
    inline = "<p>I had read about it in <a href='/reviews/'>last winter's round-up</a>, and it deserved every word of it.</p>"
    body = extract_page(_magazine_page(EN, inline), "https://www.harbour.example/2026/12/clock-mender/").body_text
    assert "deserved every word" in body, body


def _navbox_marks(box: str) -> dict:
    from scraper.extract.bodyblocks import blocks
    from scraper.extract.navbox import mark
    root = lxml.html.fromstring(_magazine_page(EN, box))
    body = root.find_class("entry-content")[0]
    items = blocks(body)
    drop = {i: "writer's bio" for i, b in enumerate(items) if b.getparent().get("class") == "author-box"}
    before = dict(drop)
    mark(items, body, "harbour.example", drop, {})
    return {i: r for i, r in drop.items() if i not in before}


def test_navbox_marks_the_support_box_and_not_a_record_box_linking_to_a_menu_page():
    support = ("<div class='support-box'><h3>We live on our readers</h3><p>No ads, no grants: if you enjoy our pieces, "
               "chip in with a small monthly gift.</p><p><a href='/support/'>Support us</a></p></div>")
    assert _navbox_marks(support)
    # near miss: the book's record (two label:value fields) closing the post, its title linked to a page the menu has
    record = ("<div class='subject-box'><h3><a href='/reviews/'>The Clock-Mender</a></h3>"
              "<p>Author: Ana Ruiz</p><p>Publisher: Tidewater Press</p></div>")
    assert not _navbox_marks(record)
