"""A short review's book read from its record set apart from the prose (the s34 round; own words and markup).

- ``bookcjkline._NAMED``: a Chinese citation closing a note, the author first, the bracketed title, then the book's
  details after more commas ("A，《T》，House出版，2019。"), the author named again in the text.
- ``bookleadcaption.house_third``: a cover's caption "T, A, House" with no dash or quote marks to say which part is
  the title: the house's word in the third part, and the author the one part the text calls by a word of it alone
  (a surname), in a script with capitals or without.

A record set apart is the mark of one reviewed book whatever the post's length (classify: "found in the details",
"found in the caption"), so a short note with such a record is a review.

Near misses: the same comma line with no house or year (a sentence's aside), the author never named again; a caption
of a place, a date and a photographer; a caption whose two parts the text names both, or neither."""

from scraper.extract import extract_page

_ZH = [
    "去年冬天在舊書攤買到這本小說，一直放在床頭，直到上個月的颱風假才終於讀完。王小明寫一個在河邊長大的女孩，"
    "如何在父親失蹤之後，一個人守著渡船和一間快要倒塌的茶館。",
    "故事並不複雜，但語言非常節制，很多段落只有短短幾句，卻讓人反覆回味。中段關於母親來信的部分寫得最好，"
    "我讀到那裡時忍不住停下來，望著窗外的雨很久。",
    "結尾稍微倉促了一點，像是作者不忍心再寫下去。不過整體來說，這是我今年讀過最安靜也最有力量的一本書。",
]


def _zh_page(closing: str, paras=_ZH) -> str:
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='zh-Hant'><head><meta charset='utf-8'><title>河邊的茶館</title></head><body><div id='main'>"
            f"<h1>河邊的茶館</h1><p class='date'>2026年11月2日</p><div class='note'>{ps}<p class='src'>{closing}</p>"
            f"</div></div><div id='foot'><p>回首頁</p></div></body></html>")


def _run(html, url="https://riverteahouse.example.tw/notes/2026-11-river.html"):
    return extract_page(html, url)


def test_chinese_closing_citation_with_house_and_year():
    record = _run(_zh_page("王小明，《夜行的河》，星光出版，2019。"))
    assert (record.book_title, record.book_author) == ("夜行的河", "王小明")
    assert record.is_review


def test_chinese_closing_citation_title_in_two_scripts():
    record = _run(_zh_page("王小明，《夜行的河よるのかわ》，星光出版，2019。"))
    assert (record.book_title, record.book_author) == ("夜行的河よるのかわ", "王小明")


def test_chinese_comma_aside_without_details_is_no_record():
    # a sentence's aside after the title, no house's word and no year: no record line
    record = _run(_zh_page("王小明，《夜行的河》，真的值得一讀再讀。"))
    assert record.book_title != "夜行的河" or record.book_author != "王小明" or record.reason.find("details") < 0


def test_chinese_citation_author_never_named_again():
    paras = [p.replace("王小明", "作者") for p in _ZH]
    record = _run(_zh_page("王小明，《夜行的河》，星光出版，2019。", paras))
    assert "details" not in record.reason


_HE = [
    "וולדמן כותבת על קיץ אחד בקיבוץ בצפון, על שתי אחיות שלא דיברו עשר שנים ועל אב שמסרב למכור את הפרדס.",
    "הפרקים קצרים והשפה פשוטה, אבל מתחת לכל שיחה על מזג האוויר יש כעס ישן. אהבתי במיוחד את הסצנה במטבח בלילה.",
    "הסוף קצת חפוז, ובכל זאת סגרתי את הספר והתקשרתי לאחותי.",
]


def _he_page(caption: str, paras=_HE) -> str:
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='he' dir='rtl'><head><meta charset='utf-8'><title>קיץ של אחיות - מדף הלילה</title></head><body>"
            f"<article class='post'><h1 class='post-title'>קיץ של אחיות</h1><div class='body markup'>"
            f"<div class='captioned-image-container'><figure><img alt='' src='https://cdn.example.com/cover.jpg'>"
            f"<figcaption class='image-caption'>{caption}</figcaption></figure></div>"
            f"{ps}</div></article></body></html>")


def test_hebrew_cover_caption_title_author_house():
    record = _run(_he_page("הפרדס האחרון, רותי וולדמן, הוצאת עם עובד"), "https://midaf.example.com/p/kayitz")
    assert (record.book_title, record.book_author) == ("הפרדס האחרון", "רותי וולדמן")
    assert record.is_review


def test_latin_cover_caption_author_first():
    paras = ["Velde writes about a winter on a salt marsh, two brothers who stopped speaking and a father who will not "
             "sell the orchard, and she writes it in short, cold chapters.",
             "The chapters are brief and the language plain, but under every talk about the weather there is an old anger. "
             "I loved the night scene in the kitchen most of all.",
             "The ending is a little hurried, and still I closed the book and called my brother."]
    html = (_he_page("Mara Velde, The Salt Orchard, Harbour Press", paras).replace("lang='he' dir='rtl'", "lang='en'")
            .replace("קיץ של אחיות", "Brothers on the marsh"))
    record = _run(html, "https://midaf.example.com/p/marsh")
    assert (record.book_title, record.book_author) == ("The Salt Orchard", "Mara Velde")


def test_hebrew_caption_of_place_and_photographer_is_no_record():
    record = _run(_he_page("חוף הכרמל, דצמבר, צילום: רותי וולדמן"), "https://midaf.example.com/p/kayitz")
    assert record.book_title is None and not record.is_review


def test_hebrew_caption_whose_parts_the_text_never_names():
    paras = [p.replace("וולדמן", "הכותבת") for p in _HE]
    record = _run(_he_page("הפרדס האחרון, רותי וולדמן, הוצאת עם עובד", paras), "https://midaf.example.com/p/kayitz")
    assert record.book_author != "רותי וולדמן"
