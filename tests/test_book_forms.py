"""Books named in forms the plainer rules miss: a Thai title in quotes before "of" and its tagged author, a Chinese
title that the page's own title brackets and whose owner the text names below a sidebar, a Turkish genitive owner of a
book noun (on a page written all in lower case too), an Estonian name that owns a volume after a quoted title, a
Polish title declined in the text but given whole in the headline; and a post set inside its edit form (old Reddit),
whose text must stay for its book to be found.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context, capitalise
from scraper.extract.bookdoubts import doubtful_author
from scraper.extract.bookrescue import Page, rescue
from scraper.extract.bookscripts import lower_case_page, tr_owner
from scraper.extract.booktitles import cjk_owner


def _record(html: str, url: str):
    return extract_page(html.encode(), url)


# -- Thai: a quoted title, "of" (ของ) and the author glued on, the author one of the post's tags --------------------


def test_a_quoted_thai_title_of_a_tagged_author():
    lines = ['สวัสดีทุกคน วันนี้มาเล่าเรื่อง "เรือนริมน้ำ" ของศรีสุดาค่ะ อ่านจบในคืนเดียว', "ตัวละครหลักน่ารักมาก"]
    book = rescue(None, Page("[รีวิว] เรือนริมน้ำ อ่านแล้วคิดถึงบ้าน", lines, ["ศรีสุดา", "นิยาย"]))
    assert book is not None and (book.title, book.author) == ("เรือนริมน้ำ", "ศรีสุดา")


def test_a_quoted_thai_phrase_is_no_book_unless_the_headline_holds_it_and_a_tag_names_the_owner():
    lines = ['สวัสดีทุกคน วันนี้มาเล่าเรื่อง "เรือนริมน้ำ" ของเราค่ะ', "ตัวละครหลักน่ารักมาก"]
    # "ของเรา" (our): no tag starts there
    assert rescue(None, Page("[รีวิว] เรือนริมน้ำ อ่านแล้วคิดถึงบ้าน", lines, ["ศรีสุดา"])) is None
    # the quoted phrase is not what the headline talks about
    lines = ['วันนี้มาเล่าเรื่อง "สวนหลังบ้าน" ของศรีสุดาค่ะ', "ตัวละครหลักน่ารักมาก"]
    assert rescue(None, Page("[รีวิว] เรือนริมน้ำ อ่านแล้วคิดถึงบ้าน", lines, ["ศรีสุดา"])) is None


# -- Chinese: the title the page's own title brackets, and its owner wherever the text gives it ----------------------


def test_the_owner_of_one_bracketed_title_only():
    text = "先读了王强的《河边》，后来才读林小雨的《山间小屋》。王强和林小雨都住在山里。"
    assert cjk_owner(text, text, "山间小屋") == ("山间小屋", "林小雨")
    assert cjk_owner(text, text, "海上") is None


_SIDEBAR_BLOG = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>重读《山间小屋》_松风书斋_博客</title></head>
<body><div class="head"><h1><a href="/songfeng">松风书斋</a></h1></div>
<div class="main"><div class="side"><h3>个人资料</h3><p>松风书斋</p><p>中学图书管理员，住在杭州。</p>
<h3>分类</h3><ul><li><a href="#">书评 (40)</a></li><li><a href="#">散文 (12)</a></li></ul></div>
<div class="content"><div class="title"><h2>重读《山间小屋》</h2></div>
<div class="body"><p>这个冬天我又拿起了林小雨的《山间小屋》。上一次读它，还是在大学宿舍里，那时只觉得故事慢。</p>
<p>小说写一个守林人和他的女儿，在山里过完一整年。林小雨写四季写得很细，雪、雾、蘑菇、溪水，每一样都像能摸到。</p>
<p>我以前嫌它没有情节，现在才知道，日子本身就是情节。结尾女儿下山读书，父亲一个人把灯点亮，我看了很久。</p>
<p>我给这本书打四星，扣掉的一星是因为中间几章重复了。</p></div></div></div></body></html>"""


def test_a_bracketed_title_in_the_page_title_and_its_owner_below_a_sidebar():
    record = _record(_SIDEBAR_BLOG, "http://blog.example.cn/s/blog_12ab.html")
    assert (record.book_title, record.book_author) == ("山间小屋", "林小雨")


def test_the_page_titles_bracketed_book_does_not_lend_its_author_to_another():
    # the text names another book's owner; the page's own book has none in the text: no author for it from that one
    html = _SIDEBAR_BLOG.replace("林小雨的《山间小屋》", "《山间小屋》").replace("林小雨写四季", "王强的《河边》写四季，而这本写四季")
    record = _record(html, "http://blog.example.cn/s/blog_12ab.html")
    assert record.book_author != "王强"


# -- Turkish: the genitive owner of a book noun -----------------------------------------------------------------------


def test_a_turkish_genitive_owner_of_a_book_noun():
    lines = ["Geçen ay Derya Ünal'ın 2011'de çıkan romanını okudum, bir solukta bitti.", "Ünal kısa cümleleri seviyor."]
    context = Context("\n".join(lines), language="tr")
    assert tr_owner(lines, context) == "Derya Ünal"
    # the surname never named again: a genitive owner alone is no author
    assert tr_owner(lines[:1], Context(lines[0], language="tr")) is None
    # a character's genitive before a verb, not a book noun
    line = "Kasabada büyüyen Derya Ünal'ın dağa çıkışını anlatıyor. Ünal yalnız."
    assert tr_owner([line], Context(line, language="tr")) is None
    # only Turkish reads the suffix so
    assert tr_owner(lines, Context("\n".join(lines), language="de")) is None


_LOWER_ENTRY = """<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>kuru dere - sözlük</title></head>
<body><div id="main"><h1 id="title"><a href="/kuru-dere--881">kuru dere</a></h1>
<ul id="entries"><li><div class="content">derya ünal'ın 2011'de çıkan ilk romanı. yıllar sonra tekrar okudum, bu kez başka yerleri
dikkatimi çekti.<br><br>(bkz: <a class="b" href="/?q=derya+ünal">derya ünal</a>)<br><br>
kuru dere, köyün öğretmeni selim'in kuraklık yılında köyü terk edişini anlatır. çocukken macera gibi gelmişti; şimdi bir ağıt
gibi okudum. dere kuruyunca köyde kimse kalmaz, kalan da kendini suçlar. yazar bunu bağırmadan, neredeyse fısıldayarak anlatıyor
ve insan sayfayı kapatınca bir süre susuyor. anlatıcı sık sık geriye döner ve bu bazen yorar; bir de son bölüm aceleye gelmiş gibi.<br><br>yine de çok sevdiğim bir kitap. 10 üzerinden 8.</div>
<footer><a class="entry-author" href="/biri/gece-kusu">gece kuşu</a></footer></li></ul></div></body></html>"""


def test_a_lower_case_dictionary_entry_names_its_book_in_the_headline_and_its_owner_in_the_genitive():
    record = _record(_LOWER_ENTRY, "https://sozluk.example/entry/4410")
    assert (record.book_title, record.book_author) == ("Kuru Dere", "Derya Ünal")


def test_a_lower_case_page_needs_the_name_named_whole_again():
    html = _LOWER_ENTRY.replace('(bkz: <a class="b" href="/?q=derya+ünal">derya ünal</a>)', "")
    assert _record(html, "https://sozluk.example/entry/4410").book_author is None


def test_lower_case_pages_and_turkish_capitals():
    assert lower_case_page("bir. iki üç. dört beş. altı yedi.")
    assert not lower_case_page("Bir gün. Sonra iki. Ve üç.")
    assert capitalise("ince yol", "tr") == "İnce Yol" and capitalise("ince yol", "en") == "Ince Yol"
    # a lower-case page writes names in lower case: the name's first word in lower case casts no doubt on it
    assert not doubtful_author("Derya Ünal", "derya ünal'ın romanı. bu kitap. çok güzel. okudum.")
    assert doubtful_author("Но Громов", "Но Громов пишет. но это не всё. Потом.")


# -- Estonian, Finnish, Hungarian: the owner before a book noun, unmarked, after a quoted title ----------------------


def _owner(paragraph: str, rest: str, language: str):
    from scraper.extract.bookgenitive import owner_of_quoted
    return owner_of_quoted([paragraph], Context(paragraph + "\n" + rest, language=language))


def test_an_estonian_name_owning_a_volume_after_a_quoted_title():
    paragraph = "Sel suvel võtsin „Vaikne sadam“ uuesti riiulist. Mari Liis Kuusk teine romaan on ikka parim."
    assert _owner(paragraph, "Kuusk kirjutab lühidalt.", "et") == ("Vaikne sadam", "Mari Liis Kuusk")
    # the surname never named alone again: a person in the story as likely as the author
    assert _owner(paragraph, "Lõpp on kurb.", "et") is None
    # the noun has a title of its own after it: another book held up beside this one
    other = "Sel suvel võtsin „Vaikne sadam“ uuesti riiulist. Mari Liis Kuusk romaan „Tuuline rand“ on parem."
    assert _owner(other, "Kuusk kirjutab lühidalt.", "et") is None
    # a language that marks the owner otherwise is not read so
    assert _owner(paragraph, "Kuusk kirjutab lühidalt.", "de") is None


def test_a_finnish_genitive_owner_given_in_the_form_the_text_uses():
    paragraph = "Luin ”Talvinen satama” kesällä. Aino Mäkelän esikoisteos on yllättävän hiljainen."
    assert _owner(paragraph, "Mäkelä kirjoittaa tarkasti.", "fi") == ("Talvinen satama", "Aino Mäkelä")
    # the genitive whose nominative the text never gives: no telling the name's own form
    assert _owner(paragraph, "Kirja on hyvä.", "fi") is None


def test_a_hungarian_owner_named_family_name_first():
    paragraph = "Újraolvastam a „Csendes kikötő” című könyvet. Kovács Réka regénye most is megérintett."
    assert _owner(paragraph, "Kovács nem magyaráz, csak mutat.", "hu") == ("Csendes kikötő", "Kovács Réka")
    assert _owner(paragraph, "Kovács Réka mondatai rövidek, Réka nem magyaráz.", "hu") is None  # called by the given name
    assert _owner(paragraph, "A regény végén Kovács Réka hangja megtörik.", "hu") is None


# -- a title the text declines, given in the form the headline opens with --------------------------------------------


def test_a_declined_title_in_the_form_the_headline_opens_with():
    from scraper.extract.bookgenitive import headline_form
    assert headline_form("Cichego portu", "Cichy port po raz drugi", "pl") == "Cichy port"
    assert headline_form("Szklanej wieży", "Szklana wieża, czyli o samotności", "pl") == "Szklana wieża"
    assert headline_form("Тёплую зиму", "Тёплая зима: перечитываю", "ru") == "Тёплая зима"
    # a headline that declines the title itself after its verb: nothing to give
    assert headline_form("Тёплую зиму", "Перечитываю «Тёплую зиму»", "ru") == "Тёплую зиму"
    # another word opening the headline, a language without cases, a stem that differs
    assert headline_form("Cichego portu", "Wieczór z książką", "pl") == "Cichego portu"
    assert headline_form("Cichego portu", "Cichy port po raz drugi", "en") == "Cichego portu"
    assert headline_form("Portretu", "Podróż na północ", "pl") == "Portretu"


def test_a_polish_post_gives_the_book_the_headline_names_not_the_texts_accusative():
    from tests.test_bookclues import page
    body = ("<p>Pierwszy raz czytałem <em>Szklaną wieżę</em> w technikum, drugi raz w pociągu do Gdyni. Za trzecim razem "
            "zrozumiałem, o czym jest ta książka.</p><p>Bohaterka mieszka sama w latarni i liczy statki. Nic się nie dzieje, "
            "a jednak nie mogłem przestać czytać. Szklana wieża to powieść o czekaniu i o tym, że czekanie też jest życiem.</p>"
            "<p>Język jest prosty, zdania krótkie, a morze opisane tak, że czuć sól na wargach. Trochę męczyły mnie listy "
            "statków, które bohaterka zapisuje w zeszycie, ale pod koniec zrozumiałem, po co tam są, i wróciłem do nich.</p>"
            "<p>Najlepsze są rozdziały zimowe, kiedy latarnia zamarza, a ona czyta na głos stare listy brata. Gorzej wypada "
            "wątek urzędnika z miasta, który przyjeżdża ją wysiedlić: jest napisany grubą kreską i od razu wiadomo, jak się "
            "skończy. Mimo to polecam każdemu, kto lubi książki ciche i powolne, czytane przy herbacie.</p>"
            "<p>Ocena: 8/10</p>")
    record = extract_page(*page("Szklana wieża po raz trzeci", body, lang="pl"))
    assert record.is_review, record.reason
    assert record.book_title == "Szklana wieża"


# -- a post set inside its edit form (old Reddit): the text stays, the "submitted … by" line goes ---------------------


_OLD_THREAD = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Finished The Glass Orchard, some notes : printBooks</title></head>
<body><div class="content"><div class="sitetable"><div class="thing link self"><div class="entry">
<p class="title"><a class="title" href="/r/printBooks/comments/abc/">Finished The Glass Orchard, some notes</a></p>
<p class="tagline">submitted 3 days ago by <a href="/user/pear_tree_reader" class="author">pear_tree_reader</a></p>
<form action="#" class="usertext"><input type="hidden" name="thing_id" value="t3_abc"><div class="usertext-body"><div class="md">
<p>People kept telling me to read The Glass Orchard by Ines Marlow, so I finally took it on a long ferry ride. It is a slow
book about a family that grows fruit under glass on a windy island, and it asks for patience.</p>
<p>What worked: the weather. Marlow writes wind like a character, and the greenhouse scenes at night are lovely. The middle
section, told by the youngest daughter, is the best thing in it, funny and sad at once.</p>
<p>What did not: the last fifty pages hurry through twenty years, and the husband never becomes a person. I also wanted more
of the island itself, which Marlow describes beautifully and then leaves behind for the city.</p>
<p>Overall 7/10. If you like quiet family novels with a strong sense of place, it is worth your time.</p>
</div></div></form></div></div></div></div></body></html>"""


def test_a_post_inside_its_edit_form_keeps_its_text_and_book():
    record = extract_page(_OLD_THREAD.encode(), "https://old.reddit.com/r/printBooks/comments/abc/finished/")
    assert record.is_review, record.reason
    assert "the greenhouse scenes at night are lovely" in record.body_text
    assert "submitted 3 days ago" not in record.body_text
    assert (record.book_title, record.book_author) == ("The Glass Orchard", "Ines Marlow")
