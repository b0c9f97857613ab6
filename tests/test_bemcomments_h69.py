"""platforms.COMMENT_TOKEN: a comments box named as BEM names an element of a block, the block's name and two
underscores before the comments' word ("entry__comments", "story-page__comment-list", "post-single__commentlist"):
the readers' thread under the review, inside the article, goes whole with its heading, its items and its form.

Invented pages in our own words and markup (a German bookshop's journal, a Spanish culture blog, a Japanese
reading diary), with near misses: a BEM "discussion" element of the post's own (a reading group's questions), a
BEM element whose name only begins with the word ("comment__byline"), a block named for a review (one reader's
review box and its replies, "review__comments", left to readerreview), and a review whose own last paragraph speaks
of readers' comments.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.platforms import COMMENT_TOKEN

DE_REVIEW = (
    "<p>Der Roman erzählt von einer Fährfrau am Bodensee, die in einem einzigen Winter drei Menschen über das Wasser "
    "bringt, von denen keiner zurückkehren will, und er erzählt es ohne Eile, in kurzen, klaren Kapiteln.</p>"
    "<p>Am stärksten ist das Buch dort, wo es schweigt: Die Gespräche an der Anlegestelle brechen ab, bevor jemand "
    "etwas erklärt, und gerade das macht die Figuren so glaubwürdig. Eine stille, genaue Lektüre für lange Abende.</p>"
)
ES_REVIEW = (
    "<p>La novela sigue a una cartera rural que reparte el correo en tres pueblos casi vacíos de la sierra, y cada "
    "capítulo es una ruta distinta, con sus perros, sus silencios y las cartas que ya nadie contesta.</p>"
    "<p>Lo mejor es el tono: nunca se burla de sus personajes ni los convierte en postales. El final es abrupto, pero "
    "me pareció justo. La recomiendo a quien disfrute de los libros lentos y de los paisajes con gente dentro.</p>"
)
JA_REVIEW = (
    "<p>港町の古い写真館を継いだ女性が、客の持ち込む古い写真から町の記憶をたどっていく連作短編集。どの話も静かで、"
    "読み終えるたびに自分の家のアルバムを開きたくなった。</p>"
    "<p>特に三話目の、戦前の運動会の写真をめぐる話がよかった。説明しすぎない文章なので、読者が余白を埋める楽しさがある。"
    "寒い夜にゆっくり読みたい一冊。</p>"
)


def _page(title: str, review: str, after: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        "<header class='site-header'><a href='/'>Home</a></header>"
        f"<main><article class='journal-entry'><h1>{title}</h1>"
        f"<div class='journal-entry__body'>{review}</div>{after}</article></main>"
        "<footer class='site-footer'><p>© 2026</p></footer></body></html>"
    )


def test_bem_comment_tokens():
    for token in ("entry__comments", "story-page__comment-list", "post-single__commentlist", "blog2__comments-area",
                  "shop-article__comments-wrapper"):
        assert COMMENT_TOKEN.match(token), token
    # near misses: an element whose name only begins with the word; a discussion element; a count, a state; the
    # replies in one reader's review box of a reading log (a block named for a review: readerreview reads them)
    for token in ("comment__byline", "review__discussion", "entry__comments-count", "post--has-comments",
                  "entry__commentary", "review__comments", "user-review__comment-list"):
        assert not COMMENT_TOKEN.match(token), token


def test_a_bem_named_thread_goes_de():
    thread = ("<section class='journal-entry__comments'><h2>3 Kommentare</h2><ul class='journal-entry__thread'>"
              "<li><div>Ich habe das Buch im Urlaub gelesen und konnte nicht aufhören.</div>"
              "<p>Lena K. · 2. Dezember</p></li>"
              "<li><div>Gibt es das auch als Hörbuch bei Ihnen?</div><p>Bernd · 3. Dezember</p></li></ul></section>")
    record = extract_page(_page("Die Fährfrau", DE_REVIEW, thread, "de"), "https://laden.example.de/journal/faehrfrau")
    assert "nicht aufhören" not in record.body_text and "Hörbuch" not in record.body_text
    assert "Fährfrau am Bodensee" in record.body_text and "lange Abende" in record.body_text


def test_a_bem_named_comments_section_goes_es():
    thread = ("<section class='entrada__comments'><h3>Comentarios (2)</h3>"
              "<p>Me la apunto para las vacaciones, gracias por la reseña. — Maruja, 4 dic</p>"
              "<p>A mí el final me dejó frío, pero el resto me encantó. — Tomás, 5 dic</p></section>")
    record = extract_page(_page("La cartera", ES_REVIEW, thread, "es"), "https://cultura.example.es/resenas/la-cartera")
    assert "Me la apunto" not in record.body_text and "me dejó frío" not in record.body_text
    assert "cartera rural" in record.body_text and "paisajes con gente" in record.body_text


def test_a_bem_named_comments_area_goes_ja():
    thread = ("<div class='diary__comments-area'><h3>コメント</h3><ol><li><p>私もこの本が大好きです。三話目、泣きました。</p>"
              "<small>みどり 12/03</small></li><li><p>続編が出るそうですね。</p><small>K 12/04</small></li></ol></div>")
    record = extract_page(_page("写真館の冬", JA_REVIEW, thread, "ja"), "https://diary.example.jp/entry/shashinkan")
    assert "泣きました" not in record.body_text and "続編が出る" not in record.body_text
    assert "写真館を継いだ" in record.body_text and "寒い夜" in record.body_text


def test_near_misses_stay():
    # the post's own reading-group questions in a BEM "discussion" element, and the review's last paragraph about
    # readers' comments: the review's
    questions = ("<div class='journal-entry__discussion'><h3>Fragen für den Lesekreis</h3>"
                 "<p>Warum kehrt keiner der drei Fahrgäste zurück, und was sagt das über die Fährfrau "
                 "selbst?</p></div>")
    own = "<p>Die Kommentare unter dem letzten Beitrag haben mich auf dieses Buch gebracht.</p>"
    record = extract_page(_page("Die Fährfrau", DE_REVIEW + own, questions, "de"),
                          "https://laden.example.de/journal/faehrfrau")
    assert "Lesekreis" in record.body_text and "Fahrgäste zurück" in record.body_text
    assert "letzten Beitrag" in record.body_text
