"""holdout64–66 (det64b): a short news review whose article box an ad system names, a Korean press headline's plain
quotes, and Albanian scores and free-copy notes.

- promowrapper: a box with a promotional class or id that holds most of the body's text and its paragraphs is the
  post's own wrapper (a newsroom engine names its article box for the ad slots it fills); a real ad box or
  newsletter box inside a short post still goes.
- bookscripts._KO_BARE_QUOTED: "A 장편 'T'" (name, kind word, plain quotes) in a headline; a name before a bare quote
  with no kind word is left alone.
- ratingwords: Albanian number and star words ("tre yje nga pesë"); notegift: the elided clitic "m'u" / "m'i" (to me).
- mediumheading: a standfirst naming a screen version under a headline that names the book with its author.
- threads.forum_topic: a topic's or thread's view known by its <body>/<main> class, its opening post kept.
All text below is invented for these tests.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair
from scraper.extract.notegift import edge_gift
from scraper.extract.rating import parse_rating


def _news(lang: str, title: str, paragraphs: list[str], box: str = "<div id='artAdContent' class='story'>",
          extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<header><a href='/'>Newsroom</a><nav><a href='/a'>One</a> <a href='/b'>Two</a></nav></header>"
            f"<main id='main'><h1>{title}</h1>{box}{body}{extra}</div></main>"
            f"<footer><p>© Newsroom</p></footer></body></html>")


_KO = ["이 소설은 바닷가 마을의 오래된 우체국을 배경으로 합니다. 주인공은 아무도 찾지 않는 편지를 정리하며 하루를 보냅니다.",
       "박서연은 짧은 문장으로 인물의 외로움을 조용히 쌓아 올립니다. 후반부에 드러나는 비밀은 예상보다 담담하게 다가옵니다.",
       "편지 한 통 한 통에 담긴 사연은 짧지만, 그 사연을 읽는 주인공의 표정이 바뀌는 장면마다 작가는 서두르지 않고 시간을 들입니다. 읽는 내내 창밖의 파도 소리가 들리는 듯했습니다.",
       "다만 조연들의 이야기가 너무 빨리 끝나서 아쉬움이 남습니다. 우체국장과 배달부의 관계는 더 깊이 다룰 수 있었을 것입니다. 그래도 박서연의 다음 책을 기다리게 됩니다.",
       "별점: ★★★★☆"]
_ES = ["La novela sigue a una cartera que reparte cartas en un pueblo de montaña durante un invierno muy largo.",
       "La autora escribe frases cortas y deja que el silencio haga el resto; el final llega sin ruido.",
       "Cada carta que entrega abre una pequeña historia del pueblo, y la autora sabe cuándo cerrarla antes de que pese.",
       "Algunos capítulos centrales se alargan demasiado y un par de vecinos se parecen entre sí, pero el conjunto se sostiene y el último invierno del libro queda en la memoria.",
       "Mi puntuación: 4/5"]


def test_an_article_box_named_for_ads_keeps_a_short_review():
    for lang, paragraphs, title in (("ko", _KO, "[책 속으로] 박서연 장편 '물의 집'…편지를 정리하는 사람"),
                                    ("es", _ES, "Reseña: «Cartas de nieve», de Lucía Ferrán")):
        for box in ("<div id='artAdContent' class='story'>", "<div class='inline-ad-wrap'>", "<div class='sponsored-area'>"):
            record = extract_page(_news(lang, title, paragraphs, box), "https://news.example/culture/1")
            assert record.word_count > 40, (lang, box, record.reason)
            assert record.kind == "review", (lang, box, record.reason)


def test_a_korean_press_headline_with_the_kind_word_names_the_book():
    record = extract_page(_news("ko", "[책 속으로] 박서연 장편 '물의 집'…편지를 정리하는 사람", _KO), "https://news.example/culture/2")
    assert (record.book_title, record.book_author) == ("물의 집", "박서연")


def test_a_name_before_a_bare_quote_is_no_book():
    context = Context("박서연은 '괜찮아'라고 말했다. 박서연은 웃었다.", [], "ko")
    assert script_pair("박서연 '괜찮아'…마지막 인사", context) is None
    assert script_pair("박서연 장편 '물의 집' 출간", context) == ("물의 집", "박서연")


def test_an_ad_box_in_a_short_post_still_goes():
    ad = "<div class='inline-ad'><p>Compra ahora con descuento.</p></div>"
    record = extract_page(_news("es", "Reseña: «Cartas de nieve», de Lucía Ferrán", _ES[:2] + [ad] + _ES[2:],
                                box="<div class='story-body'>"), "https://news.example/culture/3")
    assert "descuento" not in record.body_text
    assert "cartera" in record.body_text
    # a newsletter box of three paragraphs beside a longer review is not the post's wrapper
    letter = ("<div class='newsletter-box'><p>Suscríbete a nuestro boletín.</p><p>Cada viernes, libros nuevos.</p>"
              "<p>Sin spam, prometido.</p></div>")
    record = extract_page(_news("es", "Reseña: «Cartas de nieve», de Lucía Ferrán", _ES + [letter] * 0,
                                box="<div class='story-body'>", extra=letter), "https://news.example/culture/4")
    assert "boletín" not in record.body_text and "cartera" in record.body_text


def test_albanian_star_scores():
    assert parse_rating("Vlerësimi im: tre yje nga pesë.").value == 0.6
    assert parse_rating("Nota: tetë nga dhjetë").value == 0.8
    assert parse_rating("Kaluam pesë ditë në fshat me gjyshen.") is None


def test_albanian_free_copy_with_the_elided_clitic():
    assert edge_gift("Libri m'u dërgua nga shtëpia botuese për këtë recension.", 5, 6)
    assert edge_gift("Botuesi m’i dhuroi të dy vëllimet.", 5, 6)
    assert not edge_gift("Libri u botua nga shtëpia botuese në vitin 2019.", 5, 6)


# -- a standfirst's screen version under a headline naming the book (mediumheading) -----------------------------------

def _standfirst_page(title: str, standfirst: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><main><article>"
            f"<h1>{title}</h1><div class='entry-content'><h2>{standfirst}</h2>{body}</div></article></main></body></html>")


_TR = ["Ayşe Kaya'nın romanı ince bir kitap ama bir kasabanın bütün kışını taşıyor. Anlatıcı, annesinin postanesinde geçen "
       "yıllarını bir arkadaşına yazar gibi anlatıyor.",
       "Kaya'nın dili sade, cümleleri kısa; mizah yerinde ve hafif. Eski kasabayı özlemle anıyor ama süslemiyor, "
       "yoksulluğu ve dedikoduyu da gösteriyor.",
       "Son bölümler biraz aceleyle kapanıyor. Yine de uzun süre aklımdan çıkmayan bir kitap oldu.",
       "Puanım: 5 üzerinden 4"]


def test_a_standfirst_naming_the_adaptation_under_a_book_headline_is_the_books_review():
    page = _standfirst_page("Ayşe Kaya'nın \"Kış Mektupları\"nı yeniden okurken",
                            "Dizi uyarlamasından yıllar sonra hikâye hâlâ taze.", _TR)
    record = extract_page(page, "https://gazete.example.com/kitap/kis-mektuplari-4711")
    assert record.kind == "review", record.reason
    assert record.book_author == "Ayşe Kaya"


def test_a_standfirst_naming_the_adaptation_under_a_headline_without_the_book_stays_other():
    page = _standfirst_page("Bu hafta ekranda neler var", "Dizi uyarlaması cuma akşamı başlıyor.", _TR)
    record = extract_page(page, "https://gazete.example.com/kitap/ekran-4712")
    assert record.kind != "review", record.reason


# -- a thread's page known by its markup (threads.forum_topic) ------------------------------------------------------

_OPENING = ["Je viens de finir « La factrice des neiges » de Claire Aubin et je voulais vous en parler avant de l'oublier.",
            "Claire Aubin a passé dix ans dans une vallée des Alpes, et cela se sent à chaque page : les routes fermées, "
            "le bois qu'on rentre, les voisins qu'on ne voit qu'au printemps.",
            "Le roman suit Lise pendant un hiver entier : les lettres qu'elle porte ouvrent chacune une petite histoire du "
            "village, et l'autrice sait toujours quand la refermer. Les phrases sont courtes, le silence fait le reste.",
            "Le milieu traîne un peu et deux voisins se ressemblent trop, mais la fin m'a serré le cœur pendant des jours. "
            "Je le conseille à qui aime les livres lents et les villages sous la neige.",
            "Ma note : 8/10"]


def _thread(body_class: str, replies: list[str]) -> str:
    first = "".join(f"<p>{p}</p>" for p in _OPENING)
    posts = "".join(f"<div class='post'><div class='post-body'><p>{r}</p></div></div>" for r in replies)
    return (f"<html lang='fr'><head><meta charset='utf-8'><title>Un livre qui reste</title></head>"
            f"<body class='{body_class}'><main><h1>Un livre qui reste</h1>"
            f"<div class='post'><div class='post-body'>{first}</div></div>{posts}</main></body></html>")


def test_a_thread_view_by_its_class_keeps_the_opening_post():
    replies = ["Je l'ai lu l'an dernier, la fin m'a eue aussi.", "Merci, je le note pour les vacances."]
    for body_class in ("forum thread-view", "single-topic", "page-viewtopic"):
        record = extract_page(_thread(body_class, replies), "https://forum.example.fr/livres/un-livre-qui-reste-88123/")
        assert record.kind == "review", (body_class, record.reason)
        assert "Merci, je le note" not in record.body_text


def test_an_index_of_threads_or_a_blog_front_page_is_still_a_listing():
    replies = ["Je l'ai lu l'an dernier, la fin m'a eue aussi.", "Merci, je le note pour les vacances."]
    for body_class in ("forum topics", "home blog", "threads-index"):
        record = extract_page(_thread(body_class, replies), "https://forum.example.fr/livres/")
        assert record.kind != "review", (body_class, record.reason)


def test_a_newsroom_tip_line_by_its_channel():
    from scraper.extract.submissioncall import submission_call
    assert submission_call("[제보는 카카오톡에서 '뉴스와이드'를 검색해 채널을 추가하세요]")
    assert submission_call("情報提供はLINEの公式アカウントまで")
    assert not submission_call("주인공은 제보를 받은 뒤 카카오톡으로 동생에게 연락한다.")  # (the story's tip)
