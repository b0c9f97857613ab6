"""Micro.blog's themes gather the replies to a post in a "microblog_conversation" box under it: the readers' comments,
removed as comments are (platforms.COMMENT_TOKEN). Pages of our own invention in English, German and Spanish; near
misses: the post's own last paragraph addressing a friend by handle, inside its text, and a box named for a
conversation that is the post's own (an interview's dialogue)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

POSTS = {
    "en": ("Finished a slim collection of linked stories about a lighthouse keeper's family over one long winter. "
           "The voices are distinct and the weather is a character of its own. I loved the middle stories most, "
           "where the youngest daughter starts writing letters to nobody and posting them in the sea.",
           "@ravi_reads Thanks for lending it, it's coming back with a bookmark.",
           "@lenka Oh this sounds lovely, putting it on my list right now."),
    "de": ("Gestern Abend den schmalen Band mit Erzählungen über eine Fährfamilie an der Ostsee ausgelesen. Jede "
           "Geschichte steht für sich, und doch hängt alles zusammen. Am stärksten fand ich die Erzählung über den "
           "Großvater, der jeden Morgen die Abfahrtszeiten laut vorliest, obwohl niemand mehr mitfährt.",
           "@mara_liest Danke für den Tipp, du hattest recht.",
           "@jonas Klingt toll, kommt sofort auf meine Liste für den Winter."),
    "es": ("Terminé anoche esta novela breve sobre dos hermanas que heredan una librería en ruinas en Valparaíso. "
           "Tiene humor, mucha ternura y un final que no esperaba. Me quedo con las escenas del puerto, escritas con "
           "una precisión que da envidia, y con la tía que lo sabe todo y no dice nada.",
           "@caro_lee Gracias por prestármela, te la devuelvo el lunes.",
           "@pablo Qué buena pinta, la apunto ahora mismo en mi lista."),
}


def _page(lang: str, own_reply: bool = False, box: str = "microblog_conversation") -> str:
    text, own, reply = POSTS[lang]
    body = f"<p>{text}</p>" + (f"<p>{own}</p>" if own_reply else "")
    return (f'<html lang="{lang}"><head><title>Jo Marlow</title></head><body>'
            f'<div class="site-header"><a class="site-title" href="/">Jo Marlow</a></div>'
            f'<section id="wrapper"><article class="h-entry post"><div class="e-content">{body}</div>'
            f'<footer class="post-meta"><a class="u-url" href="#"><time class="dt-published" '
            f'datetime="2026-11-28 20:10:00 +0100">Nov 28, 2026</time></a></footer>'
            f'<div class="{box}"><p><img src="/a.jpg" alt="" width="20"> <b>{reply.split()[0]}</b> '
            f'{" ".join(reply.split()[1:])}</p></div></article></section></body></html>')


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_conversation_box_goes(lang):
    record = extract_page(_page(lang), f"https://jomarlow.micro.example/2026/11/28/{lang}.html")
    reply = " ".join(POSTS[lang][2].split()[1:])
    assert reply not in record.body_text
    assert POSTS[lang][0][:60] in record.body_text


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_own_closing_line_to_a_friend_stays(lang):
    record = extract_page(_page(lang, own_reply=True), f"https://jomarlow.micro.example/2026/11/28/{lang}-own.html")
    assert POSTS[lang][1].split(" ", 1)[1] in record.body_text


def test_a_box_named_for_a_conversation_is_no_reply_box():
    # ("conversation" alone is no comment token: an interview's dialogue may sit in such a box)
    record = extract_page(_page("en", box="conversation"), "https://jomarlow.micro.example/2026/11/28/talk.html")
    assert POSTS["en"][0][:60] in record.body_text
