"""scraper.extract.readerreview.meta_lines: a reader's review box's own widgets when the body is that one box.

Invented boxes of our own: a Portuguese shop's card (date and name row, a verified badge after an icon), a Russian
shop's row of spans (date, "by" name, badge, a helpful count). Near misses: the box's title and its stars line with a
score stay; a blog post's short closing paragraph ("Recomendo muito!") is prose and stays.
"""

from __future__ import annotations

from tests.cleaning import cleaned

PT = ("Comprei para reler nas férias e não me arrependi. A história da família no sertão continua dura e bonita, com "
      "frases curtas que pesam muito, e a cadela Baleia ainda me parte o coração no capítulo dela. A edição é boa e "
      "chegou bem embalada.")
RU = ("Перечитала спустя двадцать лет, и книга оказалась совсем другой: тогда я видела в ней приключение, а теперь "
      "историю о том, как взрослые молчат о главном. Язык простой, но каждая глава заканчивается так, что хочется "
      "сразу читать дальше.")


def test_a_shop_cards_date_row_and_verified_badge_go_its_title_and_stars_stay():
    card = ("<article class='rev'><div class='stars'>4 de 5</div><h3>Releitura que vale</h3>"
            f"<p>{PT}</p><div class='row'><div>03-11-2026 por Joana M.</div>"
            "<div class='badge'><svg width='12' height='12'></svg>Compra confirmada</div></div></article>")
    text, rules = cleaned(card, "loja.example")
    assert "Compra confirmada" not in text and "Joana M." not in text
    assert PT in text and "Releitura que vale" in text and "4 de 5" in text


def test_a_row_of_spans_with_date_byline_and_badge_goes():
    card = ("<div class='item'><div class='top'><span class='when'>12 октября 2026</span></div>"
            "<div class='who'><span>от Марина К.</span><span class='mark'>Покупка подтверждена</span></div>"
            f"<div class='content'>{RU}</div></div>")
    text, rules = cleaned(card, "magazin.example")
    assert "Покупка подтверждена" not in text and "Марина" not in text and "12 октября" not in text
    assert RU in text and "review box meta" in rules


def test_a_blog_posts_short_closing_paragraph_stays():
    text, rules = cleaned(f"<p>{PT}</p><p>Recomendo muito</p><div class='tags'>Ficção</div><p>Até a próxima</p>", "blog.example")
    assert "Recomendo muito" in text and "Até a próxima" in text


# scripts written without spaces: their widget lines are estimated at more than six words, but they are short
TH = ("ร้านส่งเร็วมาก หนังสือมาถึงในสองวัน ห่อด้วยกระดาษกันกระแทกอย่างดี เนื้อเรื่องอ่านสนุกจนวางไม่ลง "
               "ตัวละครหลักมีเสน่ห์ และตอนจบทำให้นั่งคิดอยู่นาน แนะนำสำหรับคนที่ชอบนิยายผจญภัยแบบเงียบ ๆ")
JA = ("届いてすぐに読み始めて、一晩で読み終えてしまいました。主人公の少年が祖父の船で海に出る場面がとても美しく、"
      "最後の章では思わず涙が出ました。翻訳も自然で読みやすく、子どもにも勧めたいと思います。装丁も丁寧でした。")


def test_short_widget_lines_of_an_unspaced_script_go():
    for review, when, helpful in ((TH, "2 สัปดาห์ที่แล้ว", "เป็นประโยชน์ (12)"), (JA, "2週間前にレビュー済み", "このレビューが参考になった（12）")):
        card = (f"<div class='item'><div class='top'><span class='when'>{when}</span></div>"
                f"<div class='content'>{review}</div><div class='bottom'><span class='left'>{helpful}</span></div></div>")
        text, rules = cleaned(card, "shop.example")
        assert when not in text and helpful not in text and review in text


def test_a_longer_unspaced_line_beside_the_review_stays():
    note = "ตอนจบของเล่มนี้ทำให้ฉันคิดถึงคุณยายที่เคยเล่านิทานให้ฟังทุกคืน"
    card = f"<div class='item'><div class='content'>{TH}</div><div class='extra'><span>{note}</span></div></div>"
    text, rules = cleaned(card, "shop.example")
    assert note in text
