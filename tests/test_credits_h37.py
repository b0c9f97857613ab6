"""Body cleaning, holdout37 round (helper body37b), in our own words and markup, with near misses:

- a row of the article's credits in the head or at the end: "Words by A · Illustrations by B", "Review: A · © Service"
  (creditrow), in en, nl, fr, de, es; a book's own credits whose people the text names again stay;
- a reader contributor's bracketed credit closing a reader's essay, ja "（place　occupation　name　52）", ko
  "name(34·occupation·place)" (contributorline); a bracketed record line stays;
- a paper's call for readers' pieces closing the page (submissioncall), ja, en, de, ko;
- a page builder's caption box, wrappers around one paragraph beside a picture, is kept as the caption (figures).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.contributorline import contributor_line
from scraper.extract.creditrow import credit_row
from scraper.extract.submissioncall import submission_call

EN = ["Every spring our book club reads one novel about a lighthouse, and this year it was a slim one about a keeper who "
      "writes letters to a daughter he has never met. I did not expect to be moved by it as much as I was.",
      "The keeper's voice is dry and funny, and the storms are written with real care. The daughter's replies, which "
      "arrive late in the book, change how everything before them reads, and that turn is beautifully handled.",
      "The middle drags a little, with too many weather reports. Still, it is the quietest and best novel I read this year."]
NL = ["Een vuurtorenwachter schrijft brieven aan een dochter die hij nooit heeft ontmoet. Het is een dun boek, maar het "
      "bleef nog weken bij me hangen, vooral door de droge humor van de verteller en de zorg voor kleine dingen.",
      "De stormen zijn prachtig beschreven en de antwoorden van de dochter, die pas laat in het boek komen, veranderen "
      "alles wat je daarvoor hebt gelezen. Een knappe wending die nergens geforceerd aanvoelt.",
      "Het middenstuk is wat traag. Toch een van de mooiste romans van dit jaar, geschikt voor leesclubs."]


def _magazine(lines: list[str], row: str, *, lang: str = "en", end: bool = False) -> bytes:
    paragraphs = "".join(f"<p>{t}</p>" for t in lines)
    head = "" if end else f"<p class='credits'>{row}</p>"
    tail = f"<p class='credits'>{row}</p>" if end else ""
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The keeper | Tidewater Quarterly</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/issues'>Issues</a></nav>"
            f"<article><h1>The keeper's letters</h1>{head}<div class='text'>{paragraphs}{tail}</div></article>"
            "<footer><p>Tidewater Quarterly</p></footer></body></html>").encode()


def test_a_row_of_credits_in_the_head_goes():
    for row in ("Words by Harriet Vane · Illustrations by Tom Okoye", "Text: Ana Ruiz | Photos: Luis Gil",
                "Texte de Léa Roy · Illustrations de Max Kern"):
        body = extract_page(_magazine(EN, row), "https://tidewater.example.org/issue-3/keeper").body_text
        assert row not in body, body
        assert all(t in body for t in EN)


def test_a_reviews_credit_with_its_copyright_at_the_end_goes():
    for lines, row, lang in ((NL, "Recensie: Sanne de Groot · © Leesdienst", "nl"), (EN, "Review: Ann Lee | © Review Service", "en")):
        body = extract_page(_magazine(lines, row, lang=lang, end=True), "https://tidewater.example.org/issue-3/keeper").body_text
        assert row not in body, body
        assert all(t in body for t in lines)


def test_credit_rows_by_the_rule():
    nobody = lambda: "a keeper writes letters"  # noqa: E731
    assert credit_row("Words by Harriet Vane · Illustrations by Tom Okoye", nobody)
    assert credit_row("Texto de Ana Ruiz | Fotos de Luis Gil", nobody)
    assert credit_row("Rezension: Jan Ruh · © Agentur Buchdienst", nobody)
    assert credit_row("Text von Jan Ruh · Bilder von Eva Lind", nobody)


def test_what_is_no_credit_row():
    nobody = lambda: "a keeper writes letters"  # noqa: E731
    # a picture book's own credits, its people named again in the text
    assert not credit_row("Words by Mara Quill · Pictures by Otto Fenn", lambda: "Quill's rhymes are sharp and Fenn's foxes are wonderful")
    # a headline naming the book, a record line, a line with a score, a single credit, a sentence
    assert not credit_row("Review: The keeper's letters", nobody)
    assert not credit_row("Mara Quill · Tidewater Press · 2024", nobody)
    assert not credit_row("Review: Ann Lee · Rating: 4/5", nobody)
    assert not credit_row("Words by Harriet Vane", nobody)
    assert not credit_row("Photos by the sea · illustrations of storms and gulls in the margins", nobody)


def test_a_readers_bracketed_credit_by_the_rule():
    assert contributor_line("（静岡県浜松市　教員　森下春香　47）")
    assert contributor_line("(大阪府堺市 学生 佐藤一郎 19歳)")
    assert contributor_line("이수진(41·교사·부산 해운대구)")
    assert contributor_line("(서울 마포구·회사원·이수진·41)")


def test_what_is_no_readers_credit():
    assert not contributor_line("（新潮文庫　2011年　880円）")  # a record line: a year and a price, no age
    assert not contributor_line("（文庫版　全3巻）")
    assert not contributor_line("（この本は祖母の形見です。今も大切にしている　12）")  # a sentence
    assert not contributor_line("(민음사, 2019)")
    assert not contributor_line("이수진(민음사)")


def _essay_ja(tail: str) -> bytes:
    paragraphs = ["冬になると、祖母の家の本棚にあった一冊を思い出す。灯台守が会ったことのない娘に手紙を書き続ける物語で、子供のころは意味もわからないまま読んでいた。",
                  "大人になって読み返すと、嵐の描写の細やかさに驚いた。娘からの返事が届く場面では、思わず本を閉じてしばらく窓の外を眺めていた。",
                  "今年の春、祖母の家を片付けたときにその本が出てきた。ページの角が折れたままになっていて、祖母も同じ場面で手を止めたのだと思った。"]
    body = "".join(f"<p>{t}</p>" for t in paragraphs)
    return ("<html lang='ja'><head><meta charset='utf-8'><title>【読者の本棚】灯台守の手紙 | 海風新聞</title></head><body>"
            f"<article><h1>【読者の本棚】灯台守の手紙</h1><div class='article-body'>{body}{tail}</div></article>"
            "<footer><p>海風新聞</p></footer></body></html>").encode(), paragraphs


def test_a_readers_credit_and_the_papers_call_close_a_readers_essay_and_go():
    credit = "（静岡県浜松市　教員　森下春香　47）"
    call = "「読者の本棚」への投稿を募集しています。心に残る一冊の思い出を800字程度でお寄せください。"
    html, paragraphs = _essay_ja(f"<p>{credit}</p><div class='call'><p>{call}</p></div>")
    body = extract_page(html, "https://umikaze.example.jp/article/20261201-bookshelf/").body_text
    assert "森下春香" not in body and "投稿を募集" not in body, body
    assert all(t in body for t in paragraphs)


def test_calls_for_submissions_by_the_rule():
    assert submission_call("We welcome your essays about a book that changed you: send them to the books desk.")
    assert submission_call("Schicken Sie uns Ihre Leseerinnerungen, höchstens 2000 Zeichen.")
    assert submission_call("독자 투고를 기다립니다. 책에 얽힌 이야기를 보내 주세요.")
    # near misses: the writer's own story of sending a piece, a review's closing line
    assert not submission_call("I sent my essay about this book to the local paper last spring, and they printed it.")
    assert not submission_call("Der Roman ist ein Geschenk an alle, die Briefe lieben.")
    assert not submission_call("この本を祖母に送ったら、すぐに返事が届いた。")


def _builder_page(caption_box: str) -> bytes:
    paragraphs = "".join(f"<p class='paragraph'>{t}</p>" for t in EN)
    return ("<html lang='en'><head><meta charset='utf-8'><title>The keeper | Tidewater</title></head><body>"
            "<div class='pages'><div class='page'>"
            "<div class='widget text-widget'><div class='text-content'><h1>The keeper's letters</h1></div></div>"
            f"<div class='widget picture-widget'><img src='https://cdn.example.net/keeper-cover.jpg' alt=''>{caption_box}</div>"
            f"<div class='widget text-widget'><div class='text-content'>{paragraphs}</div></div>"
            "</div></div></body></html>").encode()


def test_a_builders_nested_caption_box_beside_a_picture_is_kept():
    caption = "My grandmother's copy of the novel, its spine cracked at the storm chapter."
    html = _builder_page(f"<div class='widget caption'><div class='text-content'><p class='paragraph'>{caption}</p></div></div>")
    body = extract_page(html, "https://tidewater.example.org/keeper").body_text
    assert caption in body, body
    assert all(t in body for t in EN)


def test_a_builders_caption_box_with_two_blocks_is_left_alone():
    # near miss: a box of two paragraphs beside the picture is no caption (left to the other rules as before)
    html = _builder_page("<div class='widget caption'><div class='text-content'><p>Photo: Archive</p><p>Tidewater Press</p></div></div>")
    body = extract_page(html, "https://tidewater.example.org/keeper").body_text
    assert "Photo: Archive" not in body


def _with_line(line: str) -> bytes:
    paragraphs = "".join(f"<p>{t}</p>" for t in EN[:2]) + f"<p>{line}</p>" + f"<p>{EN[2]}</p>"
    return ("<html lang='en'><head><meta charset='utf-8'><title>The keeper | Tidewater</title></head><body>"
            f"<article><h1>The keeper's letters</h1><div class='text'>{paragraphs}</div></article></body></html>").encode()


def test_a_shops_plug_with_a_button_link_goes():
    from scraper.extract.shopplug import shop_plug
    import lxml.html
    for line in ("Get the linocut of the lighthouse from this issue, signed and numbered. <a href='https://tidewater.example.shop/lino-3'>Shop →</a>",
                 "Den Druck zum Heft gibt es jetzt: <a href='https://shop.gezeiten.example.de/druck'>Kaufen</a>",
                 "El póster de la portada, en tamaño A2. <a href='https://marea.example.es/tienda/poster'>Comprar »</a>"):
        body = extract_page(_with_line(line), "https://tidewater.example.org/keeper").body_text
        assert lxml.html.fromstring(f"<p>{line}</p>").text_content()[:20] not in body, body
        assert all(t in body for t in EN)
        block = lxml.html.fromstring(f"<p>{line}</p>")
        assert shop_plug(block, block.text_content(), 15)


def test_a_sentence_linking_a_bookshop_by_name_stays():
    from scraper.extract.shopplug import shop_plug
    import lxml.html
    for line in ("I found my copy at <a href='https://shop.cornerbooks.example'>the little bookshop on Quay Street</a>, on a rainy Saturday.",
                 "The publisher's page has the first chapter: <a href='https://tidewater.example.org/keeper/extract'>read it →</a>",
                 "Ich habe es bei <a href='https://buchladen.example.de/'>Kaufen</a> gefunden, einem Laden mit sehr seltsamen Namen.".replace("Kaufen", "Lesezeichen")):
        block = lxml.html.fromstring(f"<p>{line}</p>")
        assert not shop_plug(block, block.text_content(), 20), line
