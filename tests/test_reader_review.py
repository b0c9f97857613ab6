"""A reader's review that is a book record's only content (scraper.extract.readerreview): a library catalogue's or a
shop's book page holding its readers' reviews in boxes named as comments. The longest reader's review is the page's
text; the other readers, the comment form, the reader's name-and-date line go. Near misses: a blog post's comments, a
record page whose own text is a staff review, a record with only one-line comments.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from scraper.extract import extract_page

LONG = ("Borrowed this for our Tuesday reading group and finished it in three evenings. The keeper's widow runs the "
        "light alone through one hard winter, and the island's few families drift in and out of her kitchen with "
        "gossip, soup and bad news from the mainland.")
LONG2 = ("There is hardly a plot in the usual sense; it is more like sitting with an old relative while she remembers. "
         "The weather is written so well that I put on a jumper while reading. The middle sags with too many recipes, "
         "but the ending stayed with me for days. Eight out of ten from me.")


def library_page(comments: str, own_text: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Winter Keeper › Catalogue</title></head>
<body><div class="navbar"><a href="/">Harbourside Libraries</a> <a href="/cart">Cart</a> <a href="/login">Log in</a></div>
<div class="main"><div class="record">
<h1 class="title">The Winter Keeper</h1>
<span class="summary"><span class="lbl">Contributor: </span><a href="/search?q=au:Holloway,%20Edith">Holloway, Edith, 1931-2004</a></span>
<span class="summary">Publisher: Tideline, 2019</span>
{own_text}
<div class="tabs"><a href="#copies">Copies (2)</a> <a href="#comments">Comments (2)</a></div>
<div id="comments" class="tab-pane">
<div id="newcomment"><p>You are not logged in. <a href="/login">Log in</a> to write a comment.</p></div>
{comments}
</div></div></div><footer>Harbourside Libraries · Powered by an open-source catalogue</footer></body></html>"""


TWO_READERS = f"""<div class="commentbox"><h3><span class="commentdate">14/11/2026</span> <span class="commentuser">Nell P.</span></h3>
<div class="text"><p>{LONG}</p><p>{LONG2}</p></div></div>
<div class="commentbox"><h3><span class="commentdate">02/12/2026</span> <span class="commentuser">Tom R.</span></h3>
<p>Read it at school forty years ago and loved it again. Ten out of ten!</p></div>"""


def test_the_longest_readers_review_under_a_record_is_the_pages_text():
    record = extract_page(library_page(TWO_READERS), "https://catalogue.harbourside.example/record?id=18342")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("The Winter Keeper", "Edith Holloway")
    assert "three evenings" in record.body_text and "stayed with me for days" in record.body_text
    for gone in ("Ten out of ten", "not logged in", "Tom R.", "14/11/2026"):  # another reader, the form, the name line
        assert gone not in record.body_text, gone
    assert record.rating == 0.8


def test_a_shops_single_review_in_comment_named_paragraphs():
    html = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>겨울 등대 | 책방</title></head><body>
<div class="gnb"><a href="/">책방</a> <a href="/login">로그인</a> <a href="/cart">장바구니</a></div>
<div class="prod_head"><h1 class="prod_name">겨울 등대</h1></div>
<div class="prod_people"><div class="author"><a href="#">윤하린</a> 저자(글)</div><div class="pub">바다출판 · 2021년 3월 2일</div></div>
<div class="review_area"><p class="area_intro">회원이 직접 작성한 리뷰입니다.</p><div class="comment_wrap"><div class="comment_box">
<div class="comment_head"><span>reader**</span><span>2026.11.19</span></div>
<p class="comment_body">섬에 혼자 남은 등대지기의 아내가 겨울 한 철을 버티는 이야기다. 이웃들이 부엌에 드나들며 소문과 국과 나쁜 소식을 전한다. 사건이라 할 만한 것은 거의 없는데도 끝까지 손에서 놓을 수가 없었다.</p>
<p class="comment_body">날씨 묘사가 너무 좋아서 읽는 동안 담요를 덮었다. 중간에 요리 이야기가 길어 조금 늘어지지만, 마지막 장면은 며칠 동안 머릿속에 남았다. 천천히 읽기를 권한다.</p>
<p class="comment_body">같은 작가의 앞선 소설보다 훨씬 조용하지만 그래서 더 오래 남는다. 등대 불빛이 꺼지는 밤을 묘사한 대목은 두 번이나 다시 읽었고, 읽고 나서 바닷가 마을에 사는 친구에게 바로 전화를 걸었다. 겨울에 읽으면 더 좋을 책이다.</p>
</div></div></div><footer>책방 고객센터</footer></body></html>"""
    record = extract_page(html, "https://shop.example.kr/detail/S0001/review")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("겨울 등대", "윤하린")
    assert "천천히 읽기를 권한다" in record.body_text and "2026.11.19" not in record.body_text


def test_near_misses_a_blogs_comments_a_staff_review_and_one_line_comments_stay_as_they_were():
    # a blog post (no record header): its readers' comments are comments
    blog = f"""<!doctype html><html><head><title>Rainy day notes</title></head><body><article class="post">
<h1>Rainy day notes</h1><div class="entry-content"><p>Short note: it rained all day and I tidied the shelves.</p></div></article>
<div id="comments" class="comments-area"><div class="comment"><p>{LONG} {LONG2}</p></div></div></body></html>"""
    record = extract_page(blog, "https://rainy.example/2026/11/notes/")
    assert "three evenings" not in record.body_text and not record.is_review
    # a record page whose own text is a staff review: the readers' comments stay out of it
    staff = "<div class='staff-review'><h2>Staff pick</h2>" + "".join(f"<p>{LONG2} {LONG}</p>" for _ in range(2)) + "</div>"
    record = extract_page(library_page(TWO_READERS, staff), "https://catalogue.harbourside.example/record?id=18342")
    assert "Nell P." not in record.body_text and "Ten out of ten" not in record.body_text
    # one-line comments only: nothing to keep, the page is no review
    short = '<div class="commentbox"><p>Lovely book.</p></div><div class="commentbox"><p>Great read!</p></div>'
    assert not extract_page(library_page(short), "https://catalogue.harbourside.example/record?id=18342").is_review


def test_a_record_whose_rows_outweigh_nothing_but_its_readers_review_is_read_for_the_review():
    # the record's own rows (format, series, subjects, holdings) make a page of sorts, shorter than the comment boxes
    rows = "".join(f"<div class='row'><span class='lbl'>{label}:</span> <span>{value}</span></div>" for label, value in [
        ("Format", "Book, paperback, 212 pages"), ("Series", "Northern lights collection"), ("Subjects", "islands; winter; widows"),
        ("Holdings", "Main library 2 copies, Harbour branch 1 copy, mobile library on order"), ("Language", "English"),
        ("Notes", "First published in a small island press run of five hundred copies; reissued with a new afterword "
                  "by the author's daughter and a map of the lighthouse coast drawn for this edition")])
    record = extract_page(library_page(TWO_READERS, rows), "https://catalogue.harbourside.example/record?id=18342")
    assert record.is_review and "three evenings" in record.body_text and "Holdings" not in record.body_text


def test_a_shops_review_items_not_named_as_comments_and_the_readers_name_line():
    items = "".join(f"""<li class="review-item"><div class="review-head"><p class="reviewer"><a href="/u/{n}">{name}</a> top reviewer</p>
<p class="review-stars"><span class="stars s4"></span><span class="sr-only">{score}</span></p><p class="review-date">{date}</p></div>
<div class="review-body">{body}</div></li>""" for n, (name, score, date, body) in enumerate([
        ("Nell P.", "4 out of 5", "14/11/2026", f"<p>{LONG}</p><p>{LONG2}</p>"),
        ("Tom R.", "5 out of 5", "02/12/2026", "<p>Read it at school and loved it again.</p>")]))
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Winter Keeper | Shop</title></head>
<body class="product-detail-review-page"><div class="topbar"><a href="/">Tideline Books</a> <a href="/cart">Cart</a></div>
<div class="product"><div class="product-main"><h1 class="product-title">The Winter Keeper (Paperback)</h1>
<div class="product-by"><span class="lbl">Author:</span> <span class="val"><a href="/author/12/edith-holloway">Edith Holloway</a></span></div>
<div class="spec"><span class="lbl">Year:</span> <span class="val">2019</span></div><div class="spec"><span class="lbl">Pages:</span> <span class="val">212</span></div>
<div class="spec"><span class="lbl">Publisher:</span> <span class="val">Tideline</span></div><div class="spec"><span class="lbl">Price:</span> <span class="val">12.90 €</span></div>
<ul class="review-list">{items}</ul></div></div><footer>Tideline Books · shipping · returns</footer></body></html>"""
    record = extract_page(html, "https://shop.tideline.example/p/4417/reviews")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("The Winter Keeper", "Edith Holloway")
    assert "three evenings" in record.body_text
    for gone in ("2019", "Price", "Nell P.", "14/11/2026", "Read it at school"):  # the record's rows, the name line, the date, another reader
        assert gone not in record.body_text, gone
    assert record.rating == 0.8  # the kept review's stars, beside its name line


# -- a book's page known by a labelled author beside its heading (no link to the author's page) ----------------------

from scraper.extract.bookpageclues import page_clues  # noqa: E402
from scraper.extract.readerreview import book_header  # noqa: E402
import lxml.html  # noqa: E402

VI_REVIEW = ("Mua cho con gái lớp năm nhưng cuối cùng mẹ đọc trước. Truyện kể về bà vợ người gác đèn ở lại một mình trên "
             "đảo suốt mùa đông, hàng xóm ghé bếp mang theo canh nóng, chuyện phiếm và tin xấu từ đất liền. Gần như "
             "không có biến cố lớn, vậy mà mình đọc một mạch ba buổi tối mới xong.",
             "Tả thời tiết hay tới mức đọc xong phải đi lấy thêm chăn. Đoạn giữa hơi dài vì quá nhiều công thức nấu ăn, "
             "nhưng cảnh cuối làm mình nhớ mấy ngày liền. Giấy in đẹp, chữ to, rất hợp để đọc cùng con.",
             "So với mấy cuốn truyện thiếu nhi khác trong nhà thì cuốn này chậm và buồn hơn, con mình lúc đầu than chán, "
             "tới chương bà đi tìm con thuyền mất tích thì lại đòi đọc tiếp. Mình thích nhất là cách tác giả để mấy người "
             "hàng xóm tự nói bằng giọng của họ, mỗi người một kiểu, nghe như đang ngồi ngoài chợ cá. Nhà nào có con "
             "thích biển thì nên mua, đọc chậm thôi, mỗi tối vài trang là vừa.")
DE_REVIEW = ("Für den Lesekreis gekauft und an drei Abenden durchgelesen. Die Witwe des Leuchtturmwärters hält das Licht "
             "einen harten Winter lang allein am Brennen, und die wenigen Familien der Insel kommen mit Klatsch, Suppe und "
             "schlechten Nachrichten vom Festland in ihre Küche.",
             "Eine Handlung im üblichen Sinn gibt es kaum, eher sitzt man bei einer alten Verwandten, die sich erinnert. "
             "Das Wetter ist so gut beschrieben, dass ich beim Lesen einen Pullover angezogen habe. Die Mitte hängt durch, "
             "zu viele Rezepte, aber das Ende blieb mir tagelang im Kopf.",
             "Im Vergleich zu den lauten Inselromanen, die gerade überall liegen, ist dieser hier still und fast "
             "altmodisch, und genau das hat mir gefallen. Die Nachbarn sprechen jeder mit eigener Stimme, man hört sie "
             "förmlich am Hafen stehen. Wer das Meer vermisst oder einen langen Winter vor sich hat, sollte ihn lesen, "
             "aber langsam, ein paar Seiten am Abend. Im Lesekreis waren wir uns übrigens nicht einig: zwei fanden es "
             "zu ruhig, eine hat es gleich zweimal gelesen, und ich werde es meiner Mutter zu Weihnachten schenken, weil "
             "sie selbst auf einer Insel aufgewachsen ist und die Winter dort noch kennt.")


def _shop_page(lang: str, title: str, author_line: str, paragraphs: tuple[str, ...], buy: str, dated: str = "") -> str:
    review = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - Nhà Sách Hải Đăng</title></head>
<body><div class="top"><a href="/">Hải Đăng</a> <a href="/cart">Giỏ</a></div>
<div class="product-main"><div class="product-info"><h1>{title}</h1>
<div class="product-people"><div class="who">{author_line}</div>{dated}</div>
<div class="price">89.000 đ</div><button class="buy">{buy}</button></div></div>
<div class="reviews" id="reviews"><ul class="comment_list">
<li><div class="comment_name">Lan Anh</div><div class="comment_date">18/11/2026</div><div class="comment_content">{review}</div></li>
<li><div class="comment_name">Minh</div><div class="comment_date">02/11/2026</div><div class="comment_content"><p>Giao nhanh, sách đẹp.</p></div></li>
</ul></div><footer>Nhà Sách Hải Đăng · Đăng ký nhận bản tin</footer></body></html>"""


def test_a_shops_page_with_a_labelled_author_is_read_for_its_readers_review():
    # Vietnamese and German: the author is named by a label, not linked; the page's only text is a reader's review
    for lang, author_line, paragraphs, buy, kept in (
            ("vi", "<span>Tác giả:</span> <span>Hồ Thị Gió</span>", VI_REVIEW, "Thêm vào giỏ hàng", "ba buổi tối"),
            ("de", "<span>Autorin:</span> <span>Edith Holloway</span>", DE_REVIEW, "In den Warenkorb", "drei Abenden")):
        html = _shop_page(lang, "Người Gác Đèn Mùa Đông" if lang == "vi" else "Die Winterwärterin", author_line, paragraphs, buy)
        assert book_header(lxml.html.fromstring(html)), lang
        record = extract_page(html, f"https://haidang.example.{lang}/nguoi-gac-den-mua-dong.html")
        assert record.is_review, (lang, record.reason)
        assert kept in record.body_text and "Giao nhanh" not in record.body_text, lang


def test_near_misses_of_the_labelled_author():
    # a blog post's dated byline beside its heading ("Autor: … · 12.11.2026"), a short note and a long comment: the
    # comment stays a comment
    dated = _shop_page("de", "Regentag", "<span>Autor:</span> <span>Ana Weber</span>", DE_REVIEW, "Teilen",
                       dated="<div class='when'>12.11.2026</div>")
    assert not book_header(lxml.html.fromstring(dated))
    # no label at all: the heading is not known as a book's
    bare = _shop_page("vi", "Người Gác Đèn Mùa Đông", "<span>Hồ Thị Gió</span>", VI_REVIEW, "Thêm vào giỏ hàng")
    assert not book_header(lxml.html.fromstring(bare))
    assert not extract_page(bare, "https://haidang.example.vn/nguoi-gac-den-mua-dong.html").is_review
    # a labelled line that is a sentence ("Autor: der Mann, der …" in a long paragraph) is no record's row
    long_line = "<p>Autor: " + "ein Mann, der seit Jahren über Leuchttürme schreibt und nie einen gesehen hat, " * 2 + "</p>"
    assert not book_header(lxml.html.fromstring(_shop_page("de", "Notiz", long_line, DE_REVIEW, "Teilen")))


DIARY = ("Das hier ist keine Rezension, eher ein Tagebucheintrag aus einer verregneten Woche. Seit Montag sitze ich "
         "jeden Abend am Küchenfenster, der Wasserkessel pfeift, und ich lese kreuz und quer, was gerade auf dem Stapel "
         "liegt: ein paar Gedichte, einen alten Reiseführer über die Hebriden, die Briefe einer Großtante, die nie "
         "jemand abgetippt hat. Am Dienstag fiel der Strom aus, und ich habe bei Kerzenlicht weitergelesen, was sich "
         "romantischer anhört, als es war. Am Mittwoch kam meine Nachbarin mit Pflaumenkuchen vorbei und wir haben "
         "darüber gestritten, ob man Bücher verleihen darf, die man selbst noch nicht zu Ende gelesen hat. Sie sagt "
         "nein, ich sage ja, solange man sie zurückbekommt. Am Donnerstag habe ich die Regale umgeräumt, nach Farben, "
         "und es nach einer Stunde bereut, weil ich nichts mehr finde. Am Freitag war Markt, es gab die ersten "
         "Quitten, und ich habe mir vorgenommen, endlich Gelee zu kochen, wie meine Großmutter es jedes Jahr getan "
         "hat. Das Rezept steht in einem ihrer Briefe, gleich neben einer Beschreibung des Hafens bei Sturm, die "
         "schöner ist als alles, was ich diese Woche sonst gelesen habe. Vielleicht tippe ich die Briefe doch ab. "
         "Vielleicht auch nicht, und sie bleiben, was sie sind: Papier in einer Blechdose, das nach Lavendel riecht. "
         "Am Samstag hörte der Regen endlich auf, und ich bin mit dem Rad bis zum Deich gefahren, wo die Schafe "
         "standen, als hätten sie die ganze Woche auf genau diesen Moment gewartet. Zu Hause lag der Stapel noch "
         "genauso da wie am Montag, nur die Quitten dufteten inzwischen durch die ganze Wohnung.")


def test_near_miss_a_post_longer_than_its_comments_is_not_read_for_them():
    # a heading beside a link to its writer's page (a weaker sign of a book's page), a post that says it is no review,
    # and a reader's comment that reads like one but is shorter than the post: the comment stays a comment
    html = f"""<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Regenwoche</title></head>
<body><div class="top"><a href="/">Küchenfenster</a></div>
<div class="post"><div class="head"><h1>Regenwoche</h1><div class="who"><a href="/autoren/ana-weber">Ana Weber</a></div></div>
<div class="text"><p>{DIARY}</p></div></div>
<div class="comments"><div class="comment"><div class="comment-name">Lena</div>
<div class="comment-text">{"".join(f"<p>{p}</p>" for p in DE_REVIEW)}</div></div></div></body></html>"""
    assert page_clues(lxml.html.fromstring(html)).linked is not None  # (the sign is there)
    record = extract_page(html, "https://kuechenfenster.example.de/regenwoche.html")
    assert not record.is_review and "drei Abenden" not in record.body_text, record.reason


# -- one reader's review cut in two boxes by a box put between them -------------------------------------------------

def _split_review(head_date: str, between: str, second_date: str = "") -> str:
    second_head = (f'<div class="review-head"><span class="review-user">Tom R.</span> <span class="review-date">{second_date}</span></div>'
                   if second_date else "")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Winter Keeper - reader review | Shelfy</title></head>
<body><div class="nav"><a href="/">Shelfy</a> <a href="/books">Books</a> <a href="/login">Log in</a></div>
<div class="wrap"><div class="book-head"><h1 class="book-title">The Winter Keeper</h1>
<div class="book-authors">Author: <a href="/author/edith-holloway">Edith Holloway</a></div>
<div class="book-actions"><button>Add to shelf</button></div></div>
<div class="review-single">
<div class="review-head"><a class="review-user" href="/u/nellp">Nell P.</a> <span class="review-date">rated it {head_date}</span></div>
<div class="review-body"><p>{LONG}</p></div>
{between}
{second_head}
<div class="review-body"><p>{LONG2}</p></div>
<div class="review-foot"><button>Like (12)</button> <a href="#c">Comments (3)</a></div>
</div></div><footer>Shelfy · all rights reserved</footer></body></html>"""


PLEA = '<div class="review-plea"><p>I write short notes on everything I read: follow my profile for a new one every week.</p></div>'


def test_one_readers_review_cut_by_a_plea_is_kept_whole_without_the_plea():
    record = extract_page(_split_review("14.11.2026", PLEA), "https://shelfy.example/book/winter-keeper/review/4411")
    assert record.is_review, record.reason
    assert "three evenings" in record.body_text and "stayed with me for days" in record.body_text
    assert "follow my profile" not in record.body_text


def test_the_same_in_polish_with_a_worded_score_head():
    html = _split_review("21.11.2026", PLEA.replace("I write short notes on everything I read: follow my profile for a new one every week.",
                                                    "Piszę krótko o wszystkim, co czytam: zaobserwuj mój profil."))
    html = html.replace(LONG, "Dostałam tę powieść od brata i przeczytałam ją w dwa wieczory, a potem długo o niej myślałam. "
                              "Latarniczka zostaje sama na wyspie na całą zimę, a sąsiedzi przynoszą jej zupę, plotki z lądu "
                              "i złe wiadomości o statkach, które nie wróciły do portu.")
    html = html.replace(LONG2, "Fabuły prawie nie ma, to raczej rozmowa ze starszą krewną, która wspomina. Pogoda jest opisana tak "
                               "dobrze, że założyłam sweter. Środek się dłuży przez przepisy kuchenne, ale zakończenie zostało ze mną na wiele dni.")
    record = extract_page(html, "https://shelfy.example/ksiazka/winter-keeper/opinie/52")
    assert "dwa wieczory" in record.body_text and "zakończenie zostało ze mną" in record.body_text
    assert "zaobserwuj" not in record.body_text


def _kept(html: str) -> str:
    from lxml import html as lxml_html
    from trafilatura.utils import load_html
    from scraper.extract.readerreview import keep_review
    tree = load_html(html)
    assert keep_review(tree)
    return lxml_html.tostring(tree, encoding="unicode")


def test_the_split_review_is_kept_whole_by_keep_review():
    kept = _kept(_split_review("14.11.2026", PLEA))
    assert "three evenings" in kept and "stayed with me for days" in kept and "follow my profile" not in kept


def test_near_miss_two_dated_readers_stay_two():
    # the second box has its own dated head: another reader's review; the longest (the second) is kept alone, as before
    kept = _kept(_split_review("14.11.2026", "", second_date="02.12.2026"))
    assert "stayed with me for days" in kept and "three evenings" not in kept
