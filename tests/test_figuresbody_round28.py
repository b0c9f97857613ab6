"""Two boxes of the review's that trafilatura drops by their markup, kept (the body helper, round 28, on the spent
corpora's failures).

- The book's record card set in an <aside> inside the post's box ("<aside class=book-info><img><dl><dt>Title</dt>
  <dd>…</dd>…</dl></aside>") is the review's: figures.keep_figure_text makes it a box trafilatura reads. Near misses:
  an aside with a profile's one or two rows, an aside with a list whose values are sentences, an aside of prose.
- The book's author's profile after the review, a short line giving their years of birth and death ("◇Name = 1931–84.
  Born in …"), in a box whose class says "author" (trafilatura drops it as the page's byline): its class goes. Near
  misses: the blogger's own bio in an author box (no death year), a byline with a date and a clock time.

Our own words and markup, Dutch, English, Japanese and German.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.figures import _lifespan_line, _record_card

NL = ["Een vader die alles op orde lijkt te hebben, verliest langzaam de greep op zijn leven wanneer zijn jongste dochter "
      "op reis gaat. De schrijver vertelt het zonder één overbodige zin, en dat maakt het des te pijnlijker.",
      "Het laatste deel speelt zich af in een land dat de vader niet begrijpt, en daar valt alles op zijn plaats. "
      "Geen boek voor een regenachtige zondag, wel een boek dat je niet vergeet."]


def _grid_page(aside: str) -> str:
    return ("<html><head><title>Leestip: De Veerman</title></head><body><main><header><h1>Leestip: De Veerman</h1></header>"
            "<div class='block-grid'><div class='grid-item'>" + aside + "</div><div class='grid-item'><div class='rich-text'>"
            f"<p>{NL[0]}</p><p>{NL[1]}</p></div></div></div></main></body></html>")


def test_a_record_card_in_an_aside_beside_the_review_stays():
    card = ("<aside class='book-info'><img src='/covers/veerman.jpg' alt='Omslag'><dl><dt>Titel</dt><dd>De Veerman</dd>"
            "<dt>Auteur</dt><dd>Ilse van Dorp</dd><dt>Uitgeverij</dt><dd>De Rivierpers</dd><dt>Verschenen</dt><dd>2019</dd></dl></aside>")
    record = extract_page(_grid_page(card), "https://bieb.example/leestips/de-veerman")
    for value in ("Titel", "De Veerman", "Ilse van Dorp", "De Rivierpers"):
        assert value in record.body_text, value
    assert NL[1] in record.body_text


def test_asides_that_are_no_record_card():
    for html in (
            "<aside><dl><dt>Ilse</dt><dd>Bibliothecaris en lezer.</dd></dl></aside>",  # a profile's one row
            "<aside><dl><dt>Posts</dt><dd>86</dd><dt>Volgers</dt><dd>1203</dd></dl></aside>",  # two rows
            "<aside><dl><dt>Waarom</dt><dd>Omdat de schrijver een veerman laat zien die nooit zegt wat hij voelt, en dat werkt.</dd>"
            "<dt>Voor wie</dt><dd>Lezers</dd><dt>Wanneer</dt><dd>Winter</dd></dl></aside>",  # a value that is a sentence
            "<aside><p>Lees ook onze andere tips over rivieren, veerponten en de mensen die ze bedienen, elke maand nieuw, "
            "met foto's van de bibliotheek en een kalender van de leesclub.</p><dl><dt>A</dt><dd>1</dd><dt>B</dt><dd>2</dd>"
            "<dt>C</dt><dd>3</dd></dl></aside>"):  # prose beside the list
        assert not _record_card(lxml.html.fromstring(html)), html


JA = ["介護が家族の問題として語られ始めるずっと前に書かれた小説だが、読み返すと少しも古びていない。主人公の昭子は働きながら"
      "義父の世話を引き受け、その日々を怒りと笑いの両方で乗り切っていく。",
      "会話の端々に時代を感じる言い回しはあるが、一人の女性が追い詰められながらも笑いを失わない小説として、いま読む価値は大きい。",
      "義父の言動は時に滑稽で、時にひどく残酷だ。作者はそのどちらも突き放さずに描き、読者に安易な結論を許さない。",
      "夫は見て見ぬふりをし、役所の窓口は頼りにならず、近所の目は冷たい。主人公の苛立ちは半世紀後の読者にもそのまま伝わってくる。"
      "それでも彼女は台所で冗談を言い、義父の昔話に付き合い、ときどき声を上げて笑う。その笑いこそがこの小説の芯だと思う。",
      "文庫の新しい解説は短いが要点を押さえていて、初めて読む人にも親切だ。介護を描いた小説は数多いが、これほど暗さと明るさが"
      "同じ頁に並ぶ作品はあまりない。家族の誰かを看たことのある人なら、何度も頷きながら読むはずだ。"]


def _profile_page(profile: str) -> str:
    return ("<html><head><title>名作を読み直す</title></head><body><header><nav><a href='/'>トップ</a> <a href='/culture'>文化</a>"
            "</nav></header><main><article><h1>名作を読み直す</h1><div class='entry-content'>"
            f"<p>{JA[0]}</p><p>{JA[2]}</p><p>{JA[3]}</p><p>{JA[4]}</p><p>{JA[1]}</p>{profile}</div></article></main>"
            "<footer><p>© 2026 News Example</p></footer></body></html>")


def test_the_books_authors_profile_with_a_lifespan_stays():
    line = "◇やまなか・はるこ＝1921～88年。長野県生まれ。『川の音』『冬の庭』など。"
    record = extract_page(_profile_page(f"<p class='p-author-profile'>{line}</p>"), "https://news.example/culture/review/123")
    assert line in record.body_text


def test_lifespans_and_what_is_none():
    for text in ("◇やまなか・はるこ＝1921～88年。長野県生まれ。", "Ilse van Dorp (1899–1986) schreef zeven romans.",
                 "Hermann Kessel, 1902-1971, Lyriker aus Lübeck."):
        assert _lifespan_line(lxml.html.fromstring(f"<p>{text}</p>")), text
    for text in ("Geschreven door Marit, 12 november 2026 - 21:14", "Posted 2026-12-07 20:01 by mika",
                 "Ich lese seit 1998 - 2003 war ich Buchhändlerin, heute blogge ich hier.",  # a blogger's years, no lifespan
                 "I have written this blog since 2015 and read about 80 books a year."):
        assert not _lifespan_line(lxml.html.fromstring(f"<p>{text}</p>")), text


def test_the_bloggers_bio_in_an_author_box_still_goes():
    bio = "Über mich: Ich lese am liebsten skandinavische Romane und schreibe hier seit 2015."
    page = _profile_page(f"<div class='author-box'><p>{bio}</p></div>")
    record = extract_page(page, "https://blog.example/2026/11/roman")
    assert bio not in record.body_text
