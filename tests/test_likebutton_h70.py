"""platforms.READER_ACTIONS' like: the platforms' own names for their like button, in a closing line asking for it
(closingask.closing_ask). Tistory and Naver call their like 공감 ("press 공감", "the 공감 button gives me strength"), note its
スキ, Hatena its star; elsewhere the line names "the like button" in its language (de "Gefällt-mir-Button", sv
"gilla-knappen", fr "bouton J'aime").

Invented pages in our own words and markup (a Naver-like and a Tistory-like Korean blog, a Japanese note-like post, a
German and a Swedish blog), with near misses: a review whose last line says the reader empathised (공감했다, the word's
ordinary sense), and a line in the middle of a review that tells of a like button in the story.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.platforms import READER_ACTIONS

KO = ("<p>작은 섬마을 우체국에서 일하는 집배원이 주인 없는 편지들을 하나씩 배달하며 마을 사람들의 사연을 알아가는 이야기다. "
      "장마다 한 통의 편지가 나오고, 그 편지가 누군가의 오래된 비밀을 연다.</p><p>문장이 담백해서 좋았다. 감정을 크게 "
      "부풀리지 않는데도 마지막 장에서는 눈물이 났다. 천천히 한 장씩 아껴 읽고 싶은 책이다.</p>")
JA = ("<p>島の郵便局で働く配達員が、宛先のない手紙を一通ずつ届けながら、島の人たちの秘密に触れていく連作集。"
      "どの章にも一通の手紙が出てきて、それが誰かの古い記憶を開いていく。</p><p>文章は淡々としているのに、最終章では"
      "泣いてしまった。一章ずつ大切に読みたい本です。</p>")
DE = ("<p>Ein Briefträger auf einer kleinen Nordseeinsel stellt Briefe ohne Empfänger zu und erfährt dabei nach und "
      "nach die Geschichten der Inselbewohner. Jedes Kapitel beginnt mit einem Brief.</p><p>Die Sprache ist schlicht, "
      "und gerade deshalb hat mich das letzte Kapitel so berührt. Ein Buch zum langsamen Lesen.</p>")
SV = ("<p>En brevbärare på en liten ö i skärgården delar ut brev utan mottagare och lär sig efter hand öbornas "
      "hemligheter. Varje kapitel börjar med ett brev.</p><p>Språket är enkelt, och just därför grät jag i sista "
      "kapitlet. En bok att läsa långsamt, ett kapitel i taget.</p>")


def _page(title: str, body: str, lang: str, box: str) -> str:
    tag = box.split()[0]
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body>"
            f"<header><a href='/'>Blog</a></header><div class='post'><h2 class='post-title'>{title}</h2>"
            f"<{box}>{body}</{tag}></div></body></html>")


NAVER, ARTICLE, WORDPRESS, BLOGGER = "div class='se-main-container'", "article class='note-body'", \
    "div class='entry-content'", "div class='post-body'"
TISTORY = "div class='tt_article_useless_p_margin'"


def test_like_button_names():
    like = READER_ACTIONS["like"]
    for text in ("공감 버튼 눌러주시면 힘이 나요", "공감 꾹 부탁드려요", "공감을 눌러 주세요", "スキを押してもらえると嬉しいです",
                 "Hit the like button!", "Ein Klick auf den Gefällt-mir-Button hilft", "Tryck gärna på gilla-knappen",
                 "un clic sur le bouton j'aime"):
        assert like.search(text), text
    for text in ("주인공의 선택에 깊이 공감했다", "공감이 가는 문장이 많았다", "彼女のことが好きになった",
                 "I like how the button factory is drawn"):
        assert not like.search(text), text


def test_like_ask_goes_ko_naver_and_tistory():
    record = extract_page(_page("섬의 우체부", KO + "<p>리뷰가 도움이 되셨다면 공감 꾹 ♡</p>", "ko", NAVER),
                          "https://blog.example.kr/bookreader/2231")
    assert "공감 꾹" not in record.body_text and "아껴 읽고 싶은 책이다" in record.body_text
    record = extract_page(_page("섬의 우체부", KO + "<p>공감 버튼 한 번씩 부탁드려요 ♡</p>", "ko", TISTORY),
                          "https://bookroom.example.kr/88")
    assert "공감 버튼" not in record.body_text and "아껴 읽고 싶은 책이다" in record.body_text


def test_like_ask_goes_ja_de_sv():
    record = extract_page(_page("島の配達員", JA + "<p>スキを押してもらえると励みになります🙏</p>", "ja", ARTICLE),
                          "https://notes.example.jp/n/n8f2a")
    assert "スキを押して" not in record.body_text and "大切に読みたい本です" in record.body_text
    record = extract_page(_page("Der Inselbote", DE + "<p>Wenn euch die Rezension gefallen hat, drückt gern den "
                                                      "Gefällt-mir-Button! 😊</p>", "de", WORDPRESS),
                          "https://lesezeit.example.de/2026/12/inselbote/")
    assert "Gefällt-mir-Button" not in record.body_text and "langsamen Lesen" in record.body_text
    record = extract_page(_page("Brevbäraren", SV + "<p>Tryck gärna på gilla-knappen om du tyckte om recensionen!</p>",
                                "sv", BLOGGER), "https://boklador.example.se/2026/12/brevbararen.html")
    assert "gilla-knappen" not in record.body_text and "ett kapitel i taget" in record.body_text


def test_a_review_that_empathises_or_tells_of_a_button_stays():
    record = extract_page(_page("섬의 우체부", KO + "<p>주인공의 마지막 선택에 깊이 공감했다 ♡</p>", "ko", NAVER),
                          "https://blog.example.kr/bookreader/2232")
    assert "깊이 공감했다" in record.body_text
    # a line in the middle of the review that tells of a like button (the story's app), paragraphs after it, stays
    middle = DE.replace("</p><p>", "</p><p>Der Gefällt-mir-Button der Insel-App spielt übrigens eine Rolle.</p><p>", 1)
    record = extract_page(_page("Der Inselbote", middle, "de", WORDPRESS), "https://lesezeit.example.de/2026/12/b/")
    assert "Insel-App" in record.body_text
