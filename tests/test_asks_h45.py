"""Helper body45b of the holdout45 round, in our own words and markup:

- the site's own place on a chat platform or a network named without a verb of following or "my" (ownchannel): "Our
  Telegram channel: …", "come by the wiki's Discord server, channel #…", "the paper's official X" (closing the review,
  or boxed between its paragraphs);
- the paper's own podcast or e-paper pressed on the reader among the last lines (houseads);
- a subscribe imperative in gl, ca, pt-PT, eu, cy, lv, lt, hr/sr, sl, sk, hu, bg, uk, sq (platforms.READER_ACTIONS), and
  a closing plea sharing its box only with its button (pleas.boxed_with_button);
- a readers' comments box named by its class in the site's language (commentids), not only by its id;
- an East African desk's picture credit set off by a bar ("PHOTO | FILE", housekeeping._CREDIT).

Near misses: a character's chat group, someone else's channel, a boxed recommendation, the author's own podcast, a
record line with a price, a review box a Malay theme calls "ulasan", a caption with a bar but no picture word.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.commentids import remove_comment_boxes
from scraper.extract.housekeeping import credited_caption
from scraper.extract.houseads import house_ad
from scraper.extract.ownchannel import own_channel
from scraper.extract.platforms import READER_ACTIONS
from tests.cleaning import paras, text_of

_REVIEW = [
    "The novel follows a lighthouse keeper's daughter who inherits a box of her father's logbooks and learns, entry by "
    "entry, that the storms he recorded were not always the ones at sea.",
    "Its chapters alternate between the logbooks and her own letters, and the two voices answer each other so well "
    "that the last pages, where the letters stop, hit harder than any storm scene in it.",
    "I would hand it to anyone who liked slow family stories about weather and silence, and I will reread it in winter.",
]


def _clean(inner: str, site: str = "Tidewater") -> tuple[str, list[str]]:
    page = (f"<html><head><title>The keeper's logbooks - {site}</title></head><body>"
            f"<div class='entry-content'>{inner}</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, "tidewater.example", report)
    return text_of(body), [r.rule for r in report.removed]


# -- the site's own channel ------------------------------------------------------------------------------------------

def test_the_sites_own_channel_closing_the_review_goes():
    for line in (
        "Наш телеграм-канал: свежие рецензии и подборки по пятницам.",
        "Our Discord server has a #slow-reads channel for this one.",
        "Unser WhatsApp-Kanal: jeden Sonntag die neuen Kritiken.",
        "Notre serveur Discord : le salon #lectures-du-mois vous attend.",
        "出版部の公式Xをフォローすると、新しい書評のお知らせが届きます。",
        "Follow the magazine's official X for the next column.",
    ):
        text, rules = _clean(paras(*_REVIEW) + f"<p>{line}</p>")
        assert line[:12] not in text, (line, rules)
        assert _REVIEW[2][:30] in text, rules


def test_a_boxed_channel_note_between_the_paragraphs_goes():
    line = "¿Te apetece hablarlo en directo? Entra en el servidor de Discord del foro, canal #novela-gotica."
    text, rules = _clean(paras(*_REVIEW[:2]) + f"<div class='notice-box'><p>{line}</p></div>" + paras(_REVIEW[2]))
    assert "servidor de Discord" not in text, rules
    assert all(p[:30] in text for p in _REVIEW), rules


def test_someone_elses_channel_or_a_characters_group_stays():
    for line in (
        "The heroine runs a Telegram channel about her late father's boat.",
        "Her brother spends the winter in a Discord group for shipwreck divers.",
        "The author posts about her research on Instagram every week.",
        "Сестра героини ведёт телеграм-канал о маяках.",
    ):
        assert not own_channel(None, line), line
        text, rules = _clean(paras(_REVIEW[0]) + f"<p>{line}</p>" + paras(*_REVIEW[1:]))
        assert line[:20] in text, (line, rules)


def test_a_boxed_recommendation_stays():
    line = "If you liked the logbooks, try her earlier novel about the salt marsh: quieter, but as good."
    text, rules = _clean(paras(*_REVIEW[:2]) + f"<div class='notice-box'><p>{line}</p></div>" + paras(_REVIEW[2]))
    assert line[:20] in text, rules


# -- the paper's podcast and e-paper ---------------------------------------------------------------------------------

def test_the_papers_podcast_and_epaper_go():
    sites = ["tidewater"]
    for line in (
        "Hier finden Sie alle Tidewater-Podcasts, hören Sie auch unseren Bücherpodcast.",
        "Tidewater als E-Paper: die ganze Ausgabe schon am Vorabend.",
        "Listen to our books podcast here, every Thursday.",
        "Lisez l'édition numérique de Tidewater dès six heures.",
        "Escucha aquí nuestro pódcast de libros.",
    ):
        assert house_ad(line, sites), line
    text, rules = _clean(paras(*_REVIEW) + "<p>Listen to our Tidewater podcast here, every Thursday.</p>"
                         + "<p>The Keeper's Logbooks. Harbour Press, 312 pages, 18 euros.</p>")
    assert "podcast" not in text and "Harbour Press" in text, rules


def test_the_authors_podcast_and_a_record_line_stay():
    sites = ["tidewater"]
    for line in (
        "The author also hosts a podcast about lighthouses.",
        "We spoke about the book in our podcast last spring.",
        "The Keeper's Logbooks. Harbour Press, 312 pages, 18 euros.",
        "A novel narrated by a podcast host who loses her voice.",
    ):
        assert not house_ad(line, sites), line


# -- subscribe, and a plea boxed with its button ---------------------------------------------------------------------

def test_subscribe_imperatives_in_more_languages():
    for line in ("Subscríbete e le as críticas", "Subscriu-te al butlletí", "Subscreva a newsletter",
                 "Pretplatite se na naš list", "Naročite se na novice", "Абонирайте се за бюлетина",
                 "Iratkozz fel a hírlevélre", "Abonohuni sot"):
        assert READER_ACTIONS["subscribe"].search(line), line
    for line in ("Subscribió a la revista en 1990", "a subscrição do pai"):
        assert not READER_ACTIONS["subscribe"].search(line), line


def test_a_closing_plea_boxed_with_its_button_goes():
    plea = "Tidewater lives on its readers. Subscríbete desde 5 euros ao mes e axúdanos a seguir."
    text, rules = _clean(paras(*_REVIEW) + f"<div class='apoio'><p>{plea}</p><a href='/subscribe'>Quero apoiar</a></div>")
    assert "Subscríbete" not in text, rules
    assert _REVIEW[2][:30] in text


def test_a_boxed_review_line_with_a_link_stays():
    line = "Tidewater reviewed her first novel in 2019; the logbooks are better."
    text, rules = _clean(paras(*_REVIEW) + f"<div class='aside'><p>{line}</p><a href='/review/first'>Read it</a></div>")
    assert line[:20] in text, rules


# -- a comments box named by its class --------------------------------------------------------------------------------

def _page(inner: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body><h1>The keeper's logbooks</h1>{inner}</body></html>")


def test_a_comments_box_named_by_its_class_goes():
    for name in ("comentarios", "bloque-commentaires", "kommentare", "komentarze"):
        root = _page(paras(*_REVIEW) + f"<section class='{name}'><h3>Comments</h3><p>Nothing here yet. Subscribers only.</p></section>")
        remove_comment_boxes(root, CleanReport())
        assert "Nothing here yet" not in text_of(root), name
        assert _REVIEW[2][:30] in text_of(root)


def test_a_review_box_named_ulasan_or_a_wrapper_stays():
    root = _page(f"<div class='ulasan'>{paras(*_REVIEW)}</div><p>Footer line.</p>")
    remove_comment_boxes(root, CleanReport())
    assert _REVIEW[0][:30] in text_of(root)
    root = lxml.html.fromstring(f"<html><body><div class='comentarios'><h1>The keeper's logbooks</h1>{paras(*_REVIEW)}</div></body></html>")
    remove_comment_boxes(root, CleanReport())
    assert _REVIEW[0][:30] in text_of(root)


# -- a picture credit set off by a bar -------------------------------------------------------------------------------

def test_a_credit_set_off_by_a_bar_goes():
    for caption in ("The new paperback's cover. PHOTO | FILE", "Jalada la kitabu. PICHA | HISANI"):
        figure = lxml.html.fromstring(f"<figure><img src='c.jpg'><figcaption>{caption}</figcaption></figure>")
        assert credited_caption(figure), caption


def test_a_caption_with_a_bar_but_no_picture_word_stays():
    for caption in ("The keeper's logbooks | a first edition", "Photo of the lighthouse | my own"):
        figure = lxml.html.fromstring(f"<figure><img src='c.jpg'><figcaption>{caption}</figcaption></figure>")
        assert not credited_caption(figure), caption
