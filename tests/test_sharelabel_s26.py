"""A share bar whose buttons carry no address, led by its own short label closed by a colon ("Share this post:
<a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a>"): ``linkblocks._button_row`` reads the buttons' words (two or
more networks' names, half of them at least) past the label. Near misses: a reviewer's sentence naming networks in its
words, a label before buttons that are no networks, and a line of words with no colon before the networks.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.linkblocks import is_share_block


def test_a_labelled_row_of_network_buttons_in_many_languages():
    for html in ("<div>Share this post: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>",
                 "<div>Beitrag teilen: <a>Facebook</a> · <a>Telegram</a> · <a>E-Mail</a></div>",
                 "<p>Partager : <button>Facebook</button> <button>LinkedIn</button> <button>Copier le lien</button></p>",
                 "<div>分享到：<span>微博</span> <span>微信</span> <span>QQ空间</span></div>",
                 "<div>Поделиться: <a>ВКонтакте</a> <a>Telegram</a></div>"):
        assert is_share_block(fragment_fromstring(html)), html


def test_near_misses():
    for html in ("<p>I first heard of the novel on <a>Facebook</a> and <a>X</a>, weeks before it came out.</p>",
                 "<div>Available at: <a>Kobo</a> <a>Bookshop</a> <a>Libro</a></div>",
                 "<p>My friends keep arguing about it <a>Facebook</a> <a>X</a></p>",
                 "<div>Read the full thread, which I started after the book club met last spring in the old library "
                 "hall: <a>Facebook</a> <a>X</a></div>"):
        assert not is_share_block(fragment_fromstring(html)), html


def test_extract_page_drops_the_labelled_bar():
    html = ("<html lang='it'><head><title>Recensione: Il frutteto di sale</title></head><body><article>"
            "<h1>Recensione: Il frutteto di sale</h1><div class='entry-content'>"
            "<p>Un anno in un villaggio sulla costa, raccontato dalla nonna che governa le saline e non si tira mai "
            "indietro davanti a una lite. La lingua è asciutta e precisa, ogni capitolo un mese, ogni tempo un evento.</p>"
            "<p>Mi è piaciuto quanto poco venga spiegato e quanto si capisca lo stesso, anche della nipote che vuole "
            "andarsene e alla fine non lo fa. Voto: 4/5</p></div>"
            "<div class='condividi'>Condividi questo articolo: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> "
            "<a>Copia link</a></div></article></body></html>")
    record = extract_page(html, "https://saline.example.it/frutteto-di-sale")
    assert "Condividi questo articolo" not in record.body_text
    assert "Voto: 4/5" in record.body_text
