"""scraper.extract.figures: a photo's caption written without <figure> (an image, a line break and one short line in
an element of its own) is the reviewer's and stays in the body; a news photo's label closed by its source in
brackets, a box of links beside an image, or a longer text beside it are left as they were."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_PARAS = {
    "en": ["I put this novel off for two winters because the first page felt like a wall of fog and salt.",
           "Once I read it aloud the sentences found their rhythm, and the harbour town came alive around the keeper.",
           "The middle sags a little, yet the last chapter on the frozen pier is worth every slow evening before it."],
    "de": ["Ich habe diesen Roman zwei Winter lang liegen lassen, weil die erste Seite wie eine Nebelwand wirkte.",
           "Erst beim lauten Lesen fanden die Sätze ihren Takt, und die Hafenstadt wurde um den Wärter herum lebendig.",
           "Die Mitte hängt etwas durch, aber das letzte Kapitel am gefrorenen Steg lohnt jeden langsamen Abend davor."],
}


def _page(lang: str, photo: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _PARAS[lang])
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>The Lamp Keeper</title></head><body>
<div class="post"><h1>The Lamp Keeper</h1><div class="post-body">{photo}{paras}</div></div></body></html>"""


@pytest.mark.parametrize("lang, photo, caption", [
    ("en", '<div class="pic"><img src="/p/1.jpg" alt=""><br><span class="caption">My battered copy from the library sale, '
           'with a ferry ticket still inside</span></div>', "My battered copy from the library sale"),
    ("de", '<div class="foto"><a href="/p/2.jpg"><img src="/p/2.jpg" alt=""></a><div class="foto_caption">Mein Exemplar vom '
           'Flohmarkt, mit Kaffeeflecken auf dem Umschlag</div></div>', "Mein Exemplar vom Flohmarkt"),
])
def test_a_photos_own_caption_stays(lang, photo, caption):
    record = extract_page(_page(lang, photo), f"https://blog.example/{lang}/lamp-keeper")
    assert caption in record.body_text


@pytest.mark.parametrize("lang, photo, text", [
    # a news photo's label closed by its source in brackets
    ("en", '<div class="pic"><img src="/p/1.jpg" alt=""><div class="caption">The cover of The Lamp Keeper. (Press photo)</div></div>',
     "(Press photo)"),
    ("de", '<div class="foto"><img src="/p/2.jpg" alt=""><div class="foto_caption">Der Umschlag. (Foto: Verlag)</div></div>',
     "(Foto: Verlag)"),
])
def test_a_label_closed_by_its_source_is_left_to_trafilatura(lang, photo, text):
    record = extract_page(_page(lang, photo), f"https://blog.example/{lang}/lamp-keeper")
    assert text not in record.body_text


def test_links_beside_an_image_are_no_caption():
    from lxml import html
    from scraper.extract.figures import _photo_captions
    body = html.fromstring('<div><div class="pic"><img src="/a.jpg"><span><a href="/x">Next post</a></span></div>'
                           '<div class="pic"><img src="/b.jpg"><span>one</span><span>two</span></div>'
                           '<div class="pic"><img src="/c.jpg"><span>Mine</span></div></div>')
    assert [c.text for c in _photo_captions(body)] == ["Mine"]


def test_an_image_linked_to_another_site_is_a_button_not_a_photo():
    photo = ('<div class="shelf-add"><a href="https://shelves.example/book/show/12-lamp"><img src="/btn.png" alt="Lamp Keeper"></a>'
             '<p class="widget-caption">Add it to your reading shelf</p></div>')
    record = extract_page(_page("en", photo), "https://blog.example/en/lamp-keeper")
    assert "Add it to your reading shelf" not in record.body_text
