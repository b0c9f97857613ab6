"""holdout52 round (helper body52): boilerplate a site sets inside the review, by its shape and place.

- followlines: the joining imperatives the list lacked (ms "sertai", tl "sumali", vi "tham gia", cs "připojte se" …);
- readalsoline: a wholly linked 'read also' line led by a pictograph outside its link, and a teaser box (its label
  alone, a heading perhaps, 'read also' or 'you may also like', then only its link);
- fundbox: a coffee bought for the writer as the funding asked (tipask.COFFEE, its diminutives: "cafecito"), es
  "sostener";
- housekeeping: a phone gesture's line beside the picture it points at (the account's QR code), anywhere in the body;
  a caption's credit set off by a dash ("… - Foto ihsan …");
- pleas: sl "podprite", journalism in its own word as the site's kind, a sum for a period as the typesetting's proof;
- meterline: the paywall's meter (a count of free articles left or read), set apart anywhere;
- creditlines: the views-are-the-writer's-own line that is a free-copy note too stays.
All text here is our own.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.creditlines import own_views_disclaimer
from scraper.extract.followlines import opening_follow
from scraper.extract.fundbox import funding_box
from scraper.extract.meterline import meter_line
from scraper.extract.pleas import SITE_KIND
from scraper.extract.readalsoline import teaser_box, unlinked_pointer

P1 = ("The novel opens in a harbour town where the ferry has stopped running, and the narrator, a retired pilot, spends "
      "the first chapters listing the boats that no longer call. It is slower than it needs to be, but the slowness "
      "has a purpose that the second half makes clear.")
P2 = ("What lifts the book is its patience with small things: a lamp, a coat left on a hook, a dog that waits at the "
      "quay every evening. The prose never hurries and never shows off, and by the end I found the quiet almost loud. "
      "Some readers will want more plot; I did not.")
P3 = ("The translation keeps the long sentences of the original without making them heavy, which is harder than it "
      "looks, and the afterword explains the choices well. I would give it to anyone who liked the earlier stories "
      "about the same coast.")

P4 = ("Halfway through, the pilot's daughter comes home, and the book turns from a list of losses into a quarrel about "
      "who gets to remember the town. I liked this part best, though the last pages hurry through what the rest took "
      "its time over.")


def _page(mid: str = "", tail: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>The ferry that stopped</title></head><body><main class='page'>"
            f"<h1>The ferry that stopped</h1><div class='txt'><p>{P1}</p>{mid}<p>{P2}</p><p>{P4}</p><p>{P3}</p>{tail}</div>"
            f"</main></body></html>")


def _body(page: str) -> str:
    return extract_page(page, "https://paper.example.org/culture/books/the-ferry-that-stopped-123").body_text


def _block(markup: str, tag: str):
    tree = lxml_html.fromstring(f"<html><body><div class='post'><p>{P1}</p>{markup}<p>{P2}</p></div></body></html>")
    body = tree.find(".//div[@class='post']")
    return next(e for e in body.iter(tag) if e is not body[0]), body


# followlines: joining imperatives opening a line that names a network

def test_joining_imperatives_open_a_follow_line():
    for line in ("Sertai saluran Telegram kami untuk ulasan buku setiap minggu.",
                 "Sertailah kumpulan Facebook pembaca kami hari ini.",
                 "Sumali sa aming grupo sa Facebook para sa mga bagong rebyu.",
                 "Tham gia nhóm Facebook của chúng tôi để đọc thêm.",
                 "Připojte se k nám na Instagramu.",
                 "Вступайте в нашу группу ВКонтакте и Telegram!"):
        assert opening_follow(line), line


def test_joining_words_without_a_network_or_not_opening_stay():
    assert not opening_follow("Sertai watak utama dalam perjalanan panjangnya ke utara.")  # (no network)
    assert not opening_follow("Dia menyertai saluran Telegram itu pada bab kedua.")  # (the story: no imperative opens it)
    assert not opening_follow("Sumali ang bida sa isang lihim na samahan sa probinsya.")


# readalsoline: a pictograph before a wholly linked pointer; a teaser box

def test_pictograph_led_whole_link_pointer_goes():
    for markup in ("<p>👉 <a href='/reviews/another-debut/'>Lees ook mijn bespreking van een ander debuut</a></p>",
                   "<p>→ <a href='/reviews/x/'>Read also: five quiet novels for winter</a></p>",
                   "<p>► <a href='/recenze/y/'>Přečtěte si také: deset románů o moři</a></p>"):
        block, _ = _block(markup, "p")
        assert unlinked_pointer(block), markup


def test_pointer_sentence_with_a_partial_link_stays():
    block, _ = _block("<p>👉 Lees ook het nawoord van <a href='/x/'>de vertaler</a>, dat is prachtig.</p>", "p")
    assert not unlinked_pointer(block)
    # (the reviewer's own recommendation, in their voice: no label opens it)
    block, _ = _block("<p>👉 <a href='/reviews/z/'>If you liked this one, try her first novel too</a></p>", "p")
    assert not unlinked_pointer(block)


def test_teaser_box_of_a_label_and_a_link_goes():
    for label, link in (("Mohlo by vás také zajímat", "Pět románů o otcích a synech"),
                        ("You may also like", "Ten novels set on islands"),
                        ("Das könnte Sie auch interessieren", "Fünf Romane über Fähren"),
                        ("También te puede interesar", "Seis novelas de puerto"),
                        ("Read also", "The lighthouse keeper's diary")):
        markup = f"<div class='tip'><h4>{label}</h4><a href='/magazine/tips/x'>{link}</a></div>"
        block, body = _block(markup, "h4")
        items = [e for e in body if e.tag == "p"] + [block]
        box = teaser_box(block, items)
        assert box is not None and box.tag == "div", label


def test_teaser_near_misses_stay():
    # a label over a list of the reviewer's own picks: its items are blocks of the body
    block, body = _block("<div><h4>You may also like</h4><ul><li><a href='/a'>One</a></li><li><a href='/b'>Two</a></li></ul></div>", "h4")
    items = [block, *body.iter("li")]
    assert teaser_box(block, items) is None
    # a label line that goes on with a sentence of the review's
    block, body = _block("<div><h4>You may also like</h4>the way the harbour is drawn, <a href='/a'>here</a> and there.</div>", "h4")
    assert teaser_box(block, [block]) is None
    # the reviewer's heading over the review's next section
    block, body = _block("<div><h4>What I liked</h4><a href='/a'>The map</a></div>", "h4")
    assert teaser_box(block, [block]) is None


# fundbox: a coffee for the writer

def test_coffee_ask_in_a_box_of_its_own_goes():
    for line in ("¿Te gustan mis reseñas? Invitame un cafecito y ayudame a sostener el blog.",
                 "Gostou? Me pague um cafezinho e ajude o blog a continuar.",
                 "Ti piace il blog? Offrimi un caffè e aiutami a tenerlo vivo."):
        block, body = _block(f"<div class='box-x'><p>{line}</p></div>", "p")
        assert funding_box(block, body, [], SITE_KIND) is not None, line


def test_coffee_in_the_story_stays():
    block, body = _block("<div><p>La protagonista le invita un cafecito a su vecina y le cuenta todo.</p></div>", "p")
    assert funding_box(block, body, [], SITE_KIND) is None  # (no site, no button, no funding)
    assert "cafecito" in _body(_page(tail="<p>Al final la protagonista invita un cafecito a su vecina y todo cambia.</p>", lang="es"))


# housekeeping: a gesture line beside its QR code, anywhere; a dashed caption credit

def test_qr_gesture_line_beside_its_code_goes_mid_body():
    for line in ("扫码关注我们的公众号，每周推送新书评。", "Scan the code to follow our channel for new reviews."):
        body = _body(_page(mid=f"<p style='text-align:center'><img src='/img/qr.png' alt='code'><br>{line}</p>"))
        assert line[:6] not in body and "patience with small things" in body


def test_gesture_line_without_a_picture_stays_mid_body():
    line = "Scan the horizon, the pilot says, and you will see the ferry that is no longer there."
    assert "Scan the horizon" in _body(_page(mid=f"<p>{line}</p>"))


def test_dash_credited_caption_goes_title_quoted_cover_stays():
    body = _body(_page(tail="<figure><img src='/c.jpg' alt='cover'><figcaption>Kulit buku novel itu. - Foto ihsan penerbit</figcaption></figure>", lang="ms"))
    assert "ihsan" not in body


# pleas: a support ask closing the text's box with a sum for a period

def test_support_ask_with_a_sum_for_a_period_goes():
    for lang, line in (("sl", "Podprite neodvisno novinarstvo naše regije. Že en evro na mesec pomaga."),
                       ("hr", "Podržite neovisno novinarstvo: već jedan euro na mjesec pomaže.")):
        body = _body(_page(tail=f"<p>{line}</p>", lang=lang))
        assert line[:12] not in body and "afterword explains" in body, lang


def test_support_line_with_no_sum_in_the_running_text_stays():
    line = "Podprite neodvisno novinarstvo z mesečnim darom, da ostanejo naše kritike brezplačne."
    assert "mesečnim darom" in _body(_page(tail=f"<p>{line}</p>", lang="sl"))


def test_review_line_on_journalism_stays():
    line = "Roman govori o novinarstvu v majhnem mestu in o tem, kako en članek na mesec spremeni vse."
    assert "novinarstvu" in _body(_page(tail=f"<p>{line}</p>", lang="sl"))


# meterline: the paywall's meter

def test_meter_lines():
    for line in ("Vous avez lu 3 articles gratuits ce mois-ci. Abonnez-vous pour lire sans limite.",
                 "You have read 2 of 5 free articles this month.",
                 "Sie haben noch 1 kostenlosen Artikel in diesem Monat.",
                 "Te quedan 2 artículos gratis este mes.",
                 "本月还可免费阅读3篇文章。"):
        assert meter_line(line), line
    for line in ("The author wrote 3 articles about the trial in one month.",
                 "Rating: 4 of 5", "Il a publié 12 articles dans la presse locale avant ce roman."):
        assert not meter_line(line), line


def test_meter_set_apart_goes_in_prose_stays():
    meter = "Vous avez lu 2 articles gratuits ce mois-ci. Abonnez-vous pour continuer."
    assert "gratuits" not in _body(_page(mid=f"<div class='counter'><p>{meter}</p></div>", lang="fr"))
    prose = ("Dans le roman, la journaliste a lu 2 articles gratuits ce mois-ci avant de perdre son accès, "
             "et toute l'intrigue part de cette limite absurde que le journal lui impose.")
    assert "journaliste" in _body(_page(mid=f"<p>{prose}</p>", lang="fr"))


# creditlines: a note that also says the views are the writer's own

def test_views_disclaimer_that_is_a_free_copy_note_stays():
    assert own_views_disclaimer("Pendapat dalam ulasan ini adalah pendapat penulis sendiri.")
    assert not own_views_disclaimer("Naskhah ini diberikan secara percuma oleh penerbit. Pendapat adalah pendapat penulis sendiri.")
    assert not own_views_disclaimer("The publisher sent me a free copy of this book. The views are the reviewer's own.")
