"""Pleas and lines found inside boxes the body's block list used to pass over, on pages of our own words and markup.

- A body that is itself a table (a reader's review box laid out in rows, kept alone): its cells' blocks are read, and
  a follow line closing it goes (Spanish, Hindi); a cell of inline markup only is a block of its own.
- A thread's post laid out in a table whose cell holds the post's boxes (an old forum engine): the cells are read.
- A plea that closes one post's own box in a thread, other members' posts after it (Czech, Portuguese); near misses
  that stay: a post's closing recommendation set apart, and a plea quoted from the story closing a section.
- A line asking the reader to act on the platform that names a button of the post's action bar, in a script written
  without spaces between words, where the button's label is glued to the words around it (Thai, Japanese); near
  misses that stay: the button's word in the review's prose without an ask, and an ask naming no button.
"""

from __future__ import annotations

import re

import lxml.html

from scraper.extract.bodyblocks import blocks
from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.controls import mark_controls


def _clean(page: str, selector: str) -> tuple[str, list[str]]:
    root = lxml.html.fromstring(page)
    mark_controls(root)
    for button in list(root.iter("button")):
        button.drop_tree()
    body = root.cssselect(selector)[0]
    report = CleanReport()
    clean_body(body, "books.example", report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), [r.rule for r in report.removed]


# --- a table as the body ----------------------------------------------------------------------------------------

ES = ("Me lo recomendó una amiga de la biblioteca y lo leí en dos tardes de lluvia. La autora cuenta la vida de un "
      "farero viudo y de su hija en una isla del norte, y lo hace con una calma que al principio desespera y luego atrapa. "
      "El final me pareció un poco apresurado, pero el resto compensa con creces.")
HI = ("यह उपन्यास एक छोटे पहाड़ी कस्बे के डाकिये की कहानी है जो हर चिट्ठी के साथ किसी न किसी की ज़िंदगी में झाँक लेता है। "
      "भाषा सरल है, किरदार जीवंत हैं और अंत तक पहुँचते पहुँचते आँखें नम हो जाती हैं। बीच के कुछ अध्याय थोड़े लंबे लगे।")


def _table_box(review: str, closing: str) -> str:
    return ("<html><body><div class='reviews'><table class='review-row'>"
            "<tr><td><strong>Lucía M.</strong></td><td class='date'>12.03.2026</td></tr>"
            f"<tr><td colspan='2'><div class='txt'><p>{review}</p>{closing}</div></td></tr>"
            "</table></div></body></html>")


def test_a_table_as_the_body_is_read_by_its_cells():
    root = lxml.html.fromstring(_table_box(ES, "<p>Final line</p>"))
    table = root.cssselect("table")[0]
    found = blocks(table)
    assert [b.tag for b in found] == ["td", "td", "p", "p"]  # (the name's cell: inline markup only)


def test_a_follow_line_closing_a_table_laid_box_goes():
    plea = "Sígueme en Instagram @lucia.lee.mucho para más reseñas"
    text, rules = _clean(_table_box(ES, f"<p>{plea}</p>"), "table")
    assert plea not in text and ES in text
    plea = "मेरी और समीक्षाएँ पढ़ने के लिए Instagram पर फ़ॉलो करें @dakiya.padhta.hai"
    text, rules = _clean(_table_box(HI, f"<p>{plea}</p>"), "table")
    assert plea not in text and HI in text


def test_a_table_bodys_own_closing_sentence_stays():
    own = "Lo recomiendo a quien disfrute de las historias pequeñas y lentas."
    text, _ = _clean(_table_box(ES, f"<p>{own}</p>"), "table")
    assert own in text and ES in text


# --- a plea closing a thread's post -------------------------------------------------------------------------------

CS = ("Knihu jsem četl podruhé po dvaceti letech a tentokrát mě víc než samotný příběh zaujala řeč. Autor píše krátké "
      "věty, skoro jako telegramy, a přesto z nich vyroste celé město i s jeho pachem a hlukem. Hrdina mi byl chvílemi "
      "nesympatický, ale to k tomu patří. Za mě osm bodů z deseti.")
CS_REPLY = ("Já jsem ji četla loni v létě a měla jsem úplně stejný pocit, hlavně ta řeč je neuvěřitelná. Jen ten konec "
            "mi přišel useknutý, čekala jsem ještě jednu kapitolu o sestře a jejím odjezdu.")
PT = ("Li o romance numa semana de férias e fiquei presa desde a primeira página. A narradora é uma costureira que "
      "conta a história da rua onde cresceu, e cada vizinho ganha um capítulo próprio, com as suas manias e os seus "
      "segredos. Alguns capítulos do meio arrastam-se, mas o fecho vale a espera.")
PT_REPLY = ("Também gostei muito, sobretudo do capítulo do barbeiro, que me fez rir alto no comboio. Vou emprestar o meu "
            "exemplar à minha irmã para ver o que ela acha do final.")


def _thread(post: str, closing: str, reply: str) -> str:
    """An old forum engine's topic: each post a table row, the member's cell beside the post's cell of boxes."""
    return ("<html><head><title>Téma</title></head><body><div id='board'>"
            "<table class='topic'>"
            "<tr><td class='who'><b>petr_k</b><br><span class='small'>Členem od 2019</span></td>"
            f"<td class='post'><div class='head'>Odpověď #0 · 3. 5. 2026</div><div class='msg'>{post}<br><br>{closing}</div></td></tr>"
            "<tr><td class='who'><b>jana</b></td>"
            f"<td class='post'><div class='head'>Odpověď #1 · 4. 5. 2026</div><div class='msg'>{reply}</div></td></tr>"
            "</table></div></body></html>")


def test_a_plea_closing_a_threads_post_goes():
    plea = "Líbí se vám na fóru? Podpořte server – údaje najdete v sekci pro stálé členy."
    text, rules = _clean(_thread(CS, f"<div class='note'><i>{plea}</i></div>", CS_REPLY), "#board")
    assert plea not in text and "closing plea" in rules and CS in text and CS_REPLY in text
    plea = "Gosta do fórum? Apoie o servidor com uma pequena doação, os dados estão no tópico fixo."
    text, rules = _clean(_thread(PT, f"<div class='note'><em>{plea}</em></div>", PT_REPLY), "#board")
    assert plea not in text and PT in text and PT_REPLY in text


def test_near_misses_closing_a_post_stay():
    # the post's own recommendation, set apart
    own = "Doporučuji všem, kdo mají rádi pomalé knihy o malých městech."
    text, _ = _clean(_thread(CS, f"<div class='note'><i>{own}</i></div>", CS_REPLY), "#board")
    assert own in text
    # a plea quoted from the story, closing a section of a blog post (not set apart, in quotation marks)
    quoted = "Na konci hrdina píše na fórum: „Podpořte server, jinak nás zavřou“, a nikdo mu neodpoví."
    page = ("<html><body><div class='entry'><div class='part'>" + f"<p>{CS}</p><p>{quoted}</p></div>"
            f"<div class='part'><p>{CS_REPLY}</p></div></div></body></html>")
    text, _ = _clean(page, ".entry")
    assert quoted in text


# --- a button's label glued to the words of an ask, in a script written without spaces ----------------------------

TH = ["นิยายเรื่องนี้เล่าชีวิตของช่างตัดเสื้อหญิงในตลาดเก่าริมแม่น้ำ ที่ต้องเลือกระหว่างร้านของแม่กับความฝันของตัวเอง ภาษาสวยและเรียบง่าย",
      "ตอนกลางเรื่องยืดไปหน่อย แต่ตอนจบทำให้นั่งเงียบไปนาน ตัวละครรองแต่ละคนมีเรื่องของตัวเองที่น่าจดจำ"]
JA = ["川沿いの古い市場で仕立て屋を営む女性が、母の店と自分の夢のあいだで揺れる物語です。文章は静かで、季節の描写がとても美しい。",
      "中盤は少し長く感じましたが、最後の章を読み終えたあとしばらく動けませんでした。脇役たちにもそれぞれの人生があります。"]


def _post(paragraphs: list[str], closing: str, bar: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + closing
    return (f"<html><body><main class='page'><div class='article'><div class='article-body'>{body}</div>"
            f"<div class='article-actions'>{bar}</div></div></main></body></html>")


def test_an_ask_naming_a_glued_button_label_goes():
    plea = "ถ้าชอบเรื่องนี้ฝากกดติดตามและโหวตให้ดาวกันด้วยนะคะ"
    bar = "<button>♡ 52</button> <button>ให้ดาว</button> <button>แชร์</button>"
    text, rules = _clean(_post(TH, f"<p>{plea}</p>", bar), "main")
    assert plea not in text and "closing plea" in rules and TH[1] in text
    plea = "気に入っていただけたらフォローとサポートで応援してもらえると嬉しいです"
    bar = "<button>スキ 31</button> <button>サポート</button>"
    text, rules = _clean(_post(JA, f"<p>{plea}</p>", bar), "main")
    assert plea not in text and JA[1] in text


def test_near_misses_with_a_glued_label_stay():
    # the button's word in the review's prose, no ask to act
    prose = "ถ้ามีโอกาสอยากแชร์เรื่องนี้ให้แม่อ่านบ้าง เพราะแม่ก็เคยเป็นช่างตัดเสื้อเหมือนกัน"
    text, _ = _clean(_post(TH, f"<p>{prose}</p>", "<button>แชร์</button>"), "main")
    assert prose in text
    prose = "母のサポートがなければ、主人公は店を続けられなかったでしょう"
    text, _ = _clean(_post(JA, f"<p>{prose}</p>", "<button>サポート</button>"), "main")
    assert prose in text
    # an ask that names no button of the page
    ask = "気に入ったらフォローしてね"
    text, _ = _clean(_post(JA, f"<p>{ask}</p>", "<button>スキ</button>"), "main")
    assert ask in text


# --- the button set in the line itself ----------------------------------------------------------------------------

ZH = ["這本小說寫一個漁村女人在丈夫失蹤後獨自經營渡船的一年，語言很安靜，每一次渡河都揭開家族的一點秘密。作者不急著"
      "解釋任何事情，只是讓天氣、潮水和村裡的閒話慢慢把人物推到彼此面前，讀起來像坐在岸邊看船來來去去。",
      "中段有點拖沓，幾個關於魚市的章節重複了同樣的畫面，但最後一章讓我在捷運上發呆了好幾站。推薦給喜歡慢節奏小說、"
      "不介意故事沒有明確答案的人，最好在一個下雨的週末一口氣讀完。"]
ES2 = ["La novela cuenta el año en que una mujer de un pueblo de pescadores lleva sola el transbordador tras la desaparición de su marido.",
       "La parte central se alarga un poco, pero el último capítulo me dejó mirando por la ventana del tren varias paradas."]


def test_an_ask_holding_its_own_button_goes():
    plea = "喜歡這篇的話，歡迎訂閱，或是<a href='#'>請我喝杯咖啡</a>，讓小書房繼續開下去。"
    text, rules = _clean(_post(ZH, f"<p>{plea}</p>", ""), "main")
    assert "請我喝杯咖啡" not in text and "closing plea" in rules and ZH[1] in text
    plea = "Si te gustó, suscríbete o <a href='javascript:void(0)'>invítame a un café</a> para que el blog siga vivo."
    text, rules = _clean(_post(ES2, f"<p>{plea}</p>", ""), "main")
    assert "invítame a un café" not in text and ES2[1] in text


def test_near_misses_with_a_link_that_goes_nowhere_stay():
    # a footnote mark beside an ask the story makes
    line = "Al final ella le dice: «suscríbete a mi silencio»<a href='#fn1'>[1]</a>, y él se va sin responder."
    text, _ = _clean(_post(ES2, f"<p>{line}</p>", ""), "main")
    assert "suscríbete a mi silencio" in text
    # a link that goes nowhere in a line that asks nothing
    line = "地圖在<a href='#map'>書的開頭</a>，讀的時候可以一直翻回去看。"
    text, _ = _clean(_post(ZH, f"<p>{line}</p>", ""), "main")
    assert "書的開頭" in text
