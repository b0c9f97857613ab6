"""Cleaning rules of the holdout24 round (boilerplate, body precision), on posts of our own words and markup.

- an engine's timestamp under the headline whose month is written in a script with combining marks (Devanagari,
  Bengali, Kannada, Tamil vowel signs: "२६ नवंबर २०२६ १०:४०") is a whole date like "26 November 2026 10:40": the
  dateline and the writer's name beside it go; a review sentence that names a month and a year stays.
- a Chinese follow bidding closing the post (or a short reader-review box) is a follow-me line; a story that
  "follows" someone, a column in the review, stays.
- a bold line with the review's score is never the label of a box removed after it.
- the standfirst (standfirst.py): the editor's sentence under the headline, set as a subtitle, in a box the theme
  names for it or in a box of its own before the article's body box, is left out of the body's text (kept in the
  tree for the book rules); a blogger's first paragraph, a note, a score and a section's heading stay.
"""

from __future__ import annotations

from scraper.extract.chrome import _whole_date
from scraper.extract.datelines import FULL_DATE, date_only
from tests.cleaning import cleaned, paras

import lxml.html

HI = ["यह उपन्यास एक छोटे से पहाड़ी कस्बे की कहानी है, जहाँ हर सर्दी में नदी जम जाती है और लोग एक-दूसरे के घरों में आग के पास बैठकर पुराने किस्से सुनाते हैं।",
      "लेखिका की भाषा सरल है लेकिन हर वाक्य में एक गहरी उदासी छिपी है, और अंत तक पहुँचते-पहुँचते मैं कई बार रुककर खिड़की से बाहर देखती रही।",
      "बीच का हिस्सा थोड़ा धीमा है, फिर भी यह किताब मुझे लंबे समय तक याद रहेगी।"]
KN = ["ಈ ಕಾದಂಬರಿ ಮಲೆನಾಡಿನ ಒಂದು ಸಣ್ಣ ಹಳ್ಳಿಯ ಕಥೆ, ಅಲ್ಲಿ ಮಳೆಗಾಲದಲ್ಲಿ ರಸ್ತೆಗಳು ಮುಚ್ಚಿಹೋಗುತ್ತವೆ ಮತ್ತು ಜನರು ಒಬ್ಬರಿಗೊಬ್ಬರು ನೆರವಾಗುತ್ತಾರೆ.",
      "ಲೇಖಕರ ಭಾಷೆ ಸರಳವಾಗಿದೆ, ಆದರೆ ಪ್ರತಿಯೊಂದು ಅಧ್ಯಾಯದಲ್ಲೂ ಒಂದು ಆಳವಾದ ವಿಷಾದವಿದೆ, ಕೊನೆಯ ಪುಟಗಳನ್ನು ಓದಿದ ನಂತರ ನಾನು ಬಹಳ ಹೊತ್ತು ಸುಮ್ಮನೆ ಕುಳಿತೆ.",
      "ಮಧ್ಯದ ಭಾಗ ಸ್ವಲ್ಪ ನಿಧಾನವಾಗಿದೆ, ಆದರೂ ಈ ಪುಸ್ತಕ ಬಹಳ ಕಾಲ ನೆನಪಿನಲ್ಲಿ ಉಳಿಯುತ್ತದೆ."]


def test_a_month_written_with_vowel_signs_makes_a_whole_date():
    for text in ("२६ नवंबर २०२६", "১২ ডিসেম্বর ২০২৬", "22 ನವೆಂಬರ್ 2026", "3 டிசம்பர் 2026", "14 November 2026"):
        assert FULL_DATE.search(text), text
        assert _whole_date(text), text
    # (a sentence is no date: a month's word needs its day and year around it)
    assert not FULL_DATE.search("मैंने यह किताब नवंबर में पढ़ी")


def test_a_timestamp_row_under_the_headline_goes_in_scripts_with_marks():
    for review, name, stamp in ((HI, "रीना वर्मा", "अंतिम अपडेट: २६ नवंबर २०२६ १०:४०"),
                                (KN, "ಸುಮಾ ರಾವ್", "ಪ್ರಕಟಿಸಿದ ದಿನಾಂಕ: 22 ನವೆಂಬರ್ 2026 08:15")):
        header = f"<div class='byline'><span class='who'>{name}</span><span class='when'>{stamp}</span></div>"
        text, rules = cleaned(header + paras(*review), "news.example")
        assert stamp not in text and name not in text, rules
        assert all(r in text for r in review)


def test_a_review_line_with_a_month_and_a_clock_stays():
    # a sentence of the review that names a date is prose: more words than a timestamp row holds
    line = "मैंने यह किताब २६ नवंबर २०२६ की रात १०:४० बजे ट्रेन में पढ़नी शुरू की और सुबह होने तक खत्म कर दी, क्योंकि इसकी कहानी मुझे छोड़ ही नहीं रही थी।"
    text, rules = cleaned(paras(line, *HI), "news.example")
    assert line in text, rules
    block = lxml.html.fromstring(f"<p>{line}</p>")
    assert date_only(block, 0, 4) is None


# -- a closing line bidding the reader follow the writer's page, column or official account, in Chinese -----------------
# ("追蹤" is Taiwan's verb of following, "關注/关注" the mainland's; "my" may stand between the verb and the account
# word: "追蹤我的粉專", "关注我的专栏"; or the bidding is to press the follow button: "点个关注")

from scraper.extract.followpleas import follow_plea  # noqa: E402

ZH_HANT = ["這本小說寫的是一個海邊小鎮的三代女人，祖母賣魚，母親開雜貨店，女兒離家到台北念書，每個人都在等一艘不會回來的船。",
           "作者的文字很安靜，不急著解釋什麼，卻在最後一章讓我在捷運上掉眼淚。中段有點拖，但整體仍然是今年讀過最喜歡的一本。"]
ZH_HANS = ["这部小说写的是一个北方工厂城市的冬天，一个下岗工人的女儿在废弃的厂房里发现了父亲年轻时写的诗。",
           "作者的语言冷静克制，却处处有温度，结尾那场大雪我读了三遍。中间几章节奏稍慢，但瑕不掩瑜，值得一读。"]


def test_a_chinese_follow_bidding_closing_the_post_goes():
    for review, plea in ((ZH_HANT, "喜歡這篇心得的話，歡迎追蹤我的粉專「海邊讀書會」，每週都有新書分享！"),
                         (ZH_HANS, "觉得有用的话，欢迎关注我的公众号「北窗夜读」，每周更新一篇书评～"),
                         (ZH_HANS, "爱读书的朋友，点个关注不迷路，下周继续聊冬天的小说。")):
        text, rules = cleaned(paras(*review, plea), "blog.example")
        assert plea not in text and "follow-me line" in rules, rules
        assert all(r in text for r in review)


def test_a_story_that_follows_someone_or_a_column_in_the_review_stays():
    for line in ("故事追蹤一位老警探，他的專欄文章在報上連載了十年，最後一篇卻沒有寫完。",
                 "小说里的记者每天关注案情，把它写成专栏，读者越来越多。",
                 "我一直在追蹤這位作者的新作，這本是她寫得最好的一部。"):
        assert not follow_plea(line), line
        text, rules = cleaned(paras(*ZH_HANT, line), "blog.example")
        assert line in text, rules


def test_a_follow_line_closing_a_short_reader_review_box_goes():
    # a shop's reader review: one paragraph, the plea, the box's footer; the plea is not in the box's second half by
    # count, but it is among its last two lines
    from tests.cleaning import clean_in, rules as rules_of, text_of
    page = ("<html><body><div class='review-item'><p>" + ZH_HANT[0] + ZH_HANT[1] + "</p>"
            "<p>喜歡我的分享，歡迎追蹤我的部落格「小鎮書桌」，每週更新。</p>"
            "<div class='review-foot'>這則評論有幫助嗎？ <a href='#'>是(3)</a> <a href='#'>否(0)</a></div></div></body></html>")
    body, report = clean_in(page, ".review-item", "shop.example")
    assert "小鎮書桌" not in text_of(body), rules_of(report)
    assert ZH_HANT[0] in text_of(body)


# -- a score line in bold right before a removed box is the review's verdict, not the box's label ------------------------

PT = ["O romance acompanha uma família de pescadores numa ilha dos Açores durante o inverno em que o farol se apagou.",
      "A escrita é seca e bonita, e o último capítulo, contado pela filha mais nova, deixou-me sem palavras durante uma tarde inteira."]
SHARE = ("<div class='share'><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a> "
         "<a href='https://twitter.com/intent/tweet?url=x'>X</a></div>")


def test_a_bold_score_line_before_a_share_bar_stays():
    for review, verdict in ((PT, "Nota: 8/10"), (ZH_HANT, "評分：4/5"), (HI, "रेटिंग: 5 में से 4")):
        text, rules = cleaned(paras(*review) + f"<p><strong>{verdict}</strong></p>" + SHARE, "blog.example")
        assert verdict in text, rules
        assert "Facebook" not in text


def test_a_bold_label_before_a_share_bar_still_goes():
    for label in ("Partilhe esta crítica:", "Teilen:"):
        text, rules = cleaned(paras(*PT) + f"<p><strong>{label}</strong></p>" + SHARE, "blog.example")
        assert label not in text and any(r.startswith("label of") for r in rules), rules


# -- the standfirst: the editor's sentence under the headline, set apart from the review ---------------------------------

from scraper.extract import extract_page  # noqa: E402

ES = ["La novela cuenta la historia de una maestra rural que llega a un pueblo de Soria en el invierno de 1951 y descubre que "
      "la escuela lleva tres años cerrada porque nadie quiere enseñar a los hijos de los mineros.",
      "La autora escribe con una sobriedad admirable: no hay una sola frase de más, y los diálogos, secos y breves, dicen "
      "mucho más de lo que parece. El personaje del alcalde es de lo mejor que he leído este año.",
      "El final me pareció algo precipitado, pero el libro se queda contigo durante semanas."]
RU = ["Роман рассказывает о семье смотрителя маяка на северном острове, где зимой почта приходит раз в месяц, а летом "
      "солнце не заходит совсем, и дети растут, не зная, что такое темнота.",
      "Автор пишет очень сдержанно, почти без эпитетов, но каждая глава оставляет ощущение холодного ветра. Особенно "
      "хороша линия младшей дочери, которая ведёт дневник погоды и записывает туда всё, что не может сказать вслух.",
      "Концовка показалась мне слишком поспешной, но книгу я буду перечитывать.",
      "Отдельно стоит сказать о переводе: он бережный и точный, и северные слова, которых нет в словарях, оставлены как есть."]


def _news(header: str, inner: str) -> str:
    return ("<html><head><title>Headline</title></head><body><article class='story'>"
            f"{header}{inner}</article></body></html>")


def _body(url: str, page: str) -> str:
    return extract_page(page, url).body_text


def test_a_sentence_set_as_the_subtitle_under_the_headline_is_left_out():
    for review, sub in ((ES, "Setenta años después, una novela olvidada sobre la escuela rural vuelve a las librerías y sigue doliendo."),
                        (HI + HI, "सत्तर साल बाद भी यह छोटा उपन्यास हमें क्यों बेचैन करता है, इस पर एक पाठक की टिप्पणी।")):
        page = _news(f"<h1>Una maestra en Soria</h1><h2>{sub}</h2><p class='byline'>Ana Gil</p>", paras(*review))
        record = extract_page(page, "https://news.example/cultura/libros/una-maestra/")
        text = record.body_text
        assert sub not in text and all(r in text for r in review), text
        assert sub not in record.body_markdown and review[0] in record.body_markdown
        assert any(r["rule"] == "standfirst" for r in record.removed)


def test_a_standfirst_in_its_own_box_before_the_article_box_is_left_out():
    # the standfirst's box is named nothing telling ("box-a"), the review is in the article's body box after it
    sub = "Через полвека после первой публикации северный роман о маяке снова в продаже — и читается так, будто написан вчера."
    page = _news(f"<h1>Свет на острове</h1><div class='box-a'><p>{sub}</p></div>", f"<div class='box-b'>{paras(*RU)}</div>")
    text = _body("https://gazeta.example/culture/books/svet/", page)
    assert sub not in text and all(r in text for r in RU), text
    # ... and a standfirst the theme names for what it is ("perex"), as the body's first block
    for cls in ("perex", "article__standfirst", "c-entry-summary p-dek"):
        page = _news("<h1>Свет на острове</h1>", f"<div class='content'><p class='{cls}'>{sub}</p>{paras(*RU)}</div>")
        text = _body("https://gazeta.example/culture/books/svet/", page)
        assert sub not in text and all(r in text for r in RU), (cls, text)


def test_a_bloggers_first_paragraph_under_the_title_stays():
    # the same box, set like the paragraphs after it: the review's own opening
    opening = "Ich habe dieses Buch im Zug nach Hamburg gelesen und bin zwei Stationen zu weit gefahren."
    for review, first in ((ES, "Leí este libro en dos tardes de lluvia y todavía no sé muy bien qué pensar de él."),
                          (RU, "Я прочитала эту книгу за два вечера и до сих пор не знаю, что о ней думать."),
                          (ES, opening)):
        page = _news("<h1>Mi lectura de noviembre</h1>", f"<div class='entry-content'>{paras(first, *review)}</div>")
        text = _body("https://blog.example/2026/11/lectura/", page)
        assert first in text, text


def test_a_first_paragraph_the_theme_sets_larger_stays():
    # Bootstrap's "lead" (or a "lede", an "excerpt") on the writer's own first paragraph, in the same box as the rest
    # of the review: its opening, not an editor's line; the same class on a paragraph in a box of its own still goes
    opening = {"es": "Leí este libro en dos tardes de lluvia y todavía no sé muy bien qué pensar de él.",
               "ru": "Я прочитала эту книгу за два вечера и до сих пор не знаю, что о ней думать."}
    for (lang, review), cls in zip((("es", ES), ("ru", RU), ("es", ES)), ("lead", "lede", "post-excerpt")):
        first = opening[lang]
        page = _news("<h1>Mi lectura de noviembre</h1>", f"<div class='entry-content'><p class='{cls}'>{first}</p>{paras(*review)}</div>")
        assert first in _body("https://blog.example/2026/11/lectura/", page), cls
        apart = _news("<h1>Mi lectura de noviembre</h1>", f"<div class='head'><p class='{cls}'>{first}</p></div>"
                      f"<div class='entry-content'>{paras(*review)}</div>")
        assert first not in _body("https://blog.example/2026/11/lectura/", apart), cls


def test_a_note_a_score_or_a_short_section_heading_under_the_title_stays():
    for line, tag in (("Aviso de contenido: la novela describe la muerte de un niño y la violencia de la guerra.", "h2"),
                      ("Предупреждение: в книге есть сцены насилия над детьми и описание голода.", "p class='summary'"),
                      ("Mi nota para esta novela: 4 de 5 estrellas, sin ninguna duda.", "h2"),
                      ("De qué va la novela", "h2"), ("¿Por qué leer hoy esta novela?", "h2"),
                      ("О чём эта книга и почему её стоит читать", "h3")):
        page = _news(f"<h1>Una maestra en Soria</h1><{tag}>{line}</{tag.split()[0]}>", paras(*ES))
        text = _body("https://news.example/cultura/libros/una-maestra/", page)
        assert line in text, (line, text)


# -- a shop's record rows and the heading of the review's section, over a bookseller's review ---------------------------

def _shop(rows: list[str], heading: str, review: list[str], price: str = "<span class='price'>18,90 €</span>") -> str:
    return ("<html><head><title>Libro</title></head><body><main class='product'><h1>El invierno de la maestra</h1>"
            "<p class='author'>Lucía Ferrer</p>" + "".join(f"<p>{r}</p>" for r in rows) + price
            + f"<h2>{heading}</h2>" + paras(*review) + "</main></body></html>")


ES_ROWS = ["Editorial: Piedra Azul", "Año de edición: 2025", "Materia: Novela", "Páginas: 312"]
RU_ROWS = ["Издательство: Северный ветер", "Год издания: 2025", "Жанр: роман", "Страниц: 312"]


def test_a_shops_record_rows_and_the_section_heading_over_the_review_are_left_out():
    for rows, heading, review in ((ES_ROWS, "La recomendación de la librera", ES), (RU_ROWS, "Рецензия книжного магазина", RU)):
        record = extract_page(_shop(rows, heading, review), "https://shop.example/libro/el-invierno/")
        text = record.body_text
        assert not any(r in text for r in rows) and heading not in text, text
        assert all(r in text for r in review), text


def test_a_bloggers_record_lines_over_a_review_heading_stay():
    # no price, no buy button: a blogger's own record of the book
    for rows, heading, review in ((ES_ROWS, "Mi opinión", ES), (RU_ROWS, "Моё мнение", RU)):
        record = extract_page(_shop(rows, heading, review, price=""), "https://blog.example/2026/11/el-invierno/")
        text = record.body_text
        assert all(r in text for r in rows), text


# -- the post's filing row above the review: labelled parts the engine's markup names for its taxonomy -------------------

def _filed(row: str, review: list[str]) -> str:
    return ("<html><head><title>Post</title></head><body><article class='news'><h1>Свет на острове</h1>"
            f"{row}{paras(*review)}</article></body></html>")


def test_a_filing_row_above_the_review_is_left_out():
    for row, line, review in (
            ("<div class='news-detail__rubric'>Рубрика: <a href='/news/?rubric=shelf'>Книжная полка</a> · Автор: Ирина Котова</div>",
             "Рубрика: Книжная полка · Автор: Ирина Котова", RU),
            ("<div id='PostDetailCategory'>Categoría: Clásicos · Autora: Lucía Ferrer</div>",
             "Categoría: Clásicos · Autora: Lucía Ferrer", ES),
            ("<div class='entry-tags'>Kategorie: Romane · Schlagwörter: Winter, Schule</div>",
             "Kategorie: Romane · Schlagwörter: Winter, Schule", ES)):
        record = extract_page(_filed(row, review), "https://lib.example/news/svet/")
        assert line not in record.body_text and all(r in record.body_text for r in review), record.body_text


def test_a_reviews_own_info_line_above_the_review_stays():
    # the same shape, not filed by the markup: the reviewer's facts about the book
    for row, line, review in (("<p class='info'>Жанр: роман · Страниц: 312</p>", "Жанр: роман · Страниц: 312", RU),
                              ("<div class='book-facts'>Género: novela · Páginas: 312</div>", "Género: novela · Páginas: 312", ES),
                              ("<p>Leído: noviembre · Formato: <a href='/tag/bolsillo/'>bolsillo</a></p>", "Leído: noviembre · Formato: bolsillo", ES)):
        record = extract_page(_filed(row, review), "https://lib.example/news/svet/")
        assert line in record.body_text, record.body_text


# -- the writer's bio in a box the theme names for it, speaking of the blog ------------------------------------------------

PL = ["Powieść opowiada o rodzinie latarnika z małej wyspy na Bałtyku, gdzie zimą prom kursuje raz w tygodniu, a dzieci uczą się w jednej izbie.",
      "Autorka pisze oszczędnie i bardzo precyzyjnie, a ostatni rozdział, opowiedziany przez najmłodszą córkę, zostawił mnie bez słowa na cały wieczór."]


def test_a_bio_box_about_the_blogs_writer_closing_the_post_goes():
    for review, bio in ((PL, "<div class='bio'><p><strong>O autorce:</strong> Marta, bibliotekarka z Gdańska. Od 2015 roku zapisuje na tym blogu wszystko, co przeczyta.</p></div>"),
                        (ES, "<div id='about-author'><p>Sobre mí: Lucía, librera en Soria, escribe en este blog desde 2016 sobre lo que lee en invierno.</p></div>")):
        text, rules = cleaned(paras(*review) + bio, "blog.example")
        assert "2015" not in text and "2016" not in text, rules
        assert all(r in text for r in review)


def test_the_books_authors_biography_or_a_postscript_about_the_blog_stays():
    for review, line in ((PL, "<div class='bio'><p><strong>O autorce:</strong> Anna Wiśniewska, ur. 1961 w Helu, autorka sześciu powieści o Pomorzu.</p></div>"),
                         (ES, "<p>P. D.: Lucía, en este blog ya escribí sobre su primera novela, que me gustó todavía más.</p>")):
        text, rules = cleaned(paras(*review) + line, "blog.example")
        assert ("1961" in text or "primera novela" in text), rules


# -- the book's record set as lines in a box of its own, right before a plea box: never the plea's lead-in -------------

def test_record_lines_before_a_plea_box_stay():
    for review, record, plea in (
            (HI + HI, "पुस्तक: पहाड़ की नदी<br>लेखिका: रीना वर्मा<br>प्रकाशक: नदी प्रकाशन<br>पृष्ठ: 212",
             "हमारी पत्रिका को सहयोग दें — स्वतंत्र साहित्य पत्रिका को आपके साथ की ज़रूरत है!"),
            (ES, "Libro: El invierno de la maestra<br>Autora: Lucía Ferrer<br>Editorial: Piedra Azul<br>Páginas: 312",
             "Apoya esta revista independiente: hazte socia en nuestra página de apoyo.")):
        page = paras(*review) + f"<div class='book-info-box'><p>{record}</p></div><div class='support-box'><p>{plea}</p></div>"
        text, rules = cleaned(page, "mag.example")
        assert plea not in text, rules
        assert record.split("<br>")[0] in text and record.split("<br>")[-1] in text, rules


def test_a_short_line_set_apart_before_a_plea_box_still_goes_as_its_lead_in():
    page = paras(*ES) + "<div class='note'><p><em>¿Te ha gustado?</em></p></div><div class='support-box'><p>Apoya esta revista independiente: hazte socia en nuestra página de apoyo.</p></div>"
    text, rules = cleaned(page, "mag.example")
    assert "¿Te ha gustado?" not in text, rules


# -- a credited caption: the credit alone goes when it is an element of its own after the caption's words -------------

def test_a_captions_own_words_stay_when_its_credit_is_an_element_of_its_own():
    for review, words, credit in ((HI + HI, "रीना वर्मा का उपन्यास, मेरी अलमारी की पुरानी प्रति", "फोटो: अनुराधा"),
                                  (ES, "El invierno de la maestra, la primera edición de mi abuela", "Foto: Lucía Ferrer")):
        page = (f"<figure class='post-image'><img src='/up/cover.jpg' alt=''><figcaption>{words} "
                f"<span class='photo-credit'>{credit}</span></figcaption></figure>" + paras(*review))
        text, rules = cleaned(page, "news.example")
        assert words in text and credit not in text, rules


def test_a_caption_that_is_only_a_credit_still_goes_whole():
    for credit in ("Foto: Lucía Ferrer", "फोटो: अनुराधा मिश्र"):
        page = f"<figure><img src='/up/cover.jpg' alt=''><figcaption><span>{credit}</span></figcaption></figure>" + paras(*ES)
        text, rules = cleaned(page, "news.example")
        assert credit not in text and "photo credit" in rules, rules
