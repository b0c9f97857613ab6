"""A lead picture before the post's text box, captioned with the book's record ("A, «T», House"), which the theme's class
calls the cover ("post-cover", "book-cover") though its alt text and file name say nothing, and whose author the text
names in a declined form ("Ροΐδης" → "του Ροΐδη", "Толстой" → "Толстого"): ``recordcaption`` reads the class and the
stem, and ``bodyfields.prepend_record_box`` puts a copy at the top of the post's body (a text box an engine's selector
names), where trafilatura keeps its caption; the class is read only where the caption quotes the title. Near misses: a
builder's banner block ("wp-block-cover"), a picture the page does not call a cover ("post-hero"), a record with its
title unquoted under a classed cover, a stem of a short name.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.recordcaption import classed_cover, said

_PROSE = {
    "el": ("Ένα μυθιστόρημα για ένα χωριό αλατιού στην ακτή, όπου η γιαγιά κυβερνά τις αλυκές και κανείς δεν της "
           "φέρνει αντίρρηση. Η γλώσσα του Καλαμαρά είναι λιτή και ακριβής, κάθε κεφάλαιο ένας μήνας.",
           "Μου άρεσε πόσο λίγα εξηγούνται και πόσα καταλαβαίνει κανείς, ακόμη και για την εγγονή που θέλει να φύγει."),
    "ru": ("Роман о приморской деревне, где бабушка управляет соляными прудами и никому не уступает в споре. Язык "
           "Сабурова сухой и точный, каждая глава — месяц, каждая погода — событие.",
           "Мне понравилось, как мало здесь объясняется и как много всё равно понимаешь, даже про внучку."),
    "pl": ("Powieść o nadmorskiej wsi, w której babcia rządzi warzelnią soli i nikomu nie ustępuje w sporze. Język "
           "Kowalewskiego jest suchy i dokładny, każdy rozdział to miesiąc, każda pogoda to wydarzenie.",
           "Podobało mi się, jak mało się tu tłumaczy i jak wiele mimo to rozumiemy, nawet o wnuczce."),
}
_CAPTIONS = {"el": "Νικηφόρος Καλαμαράς, «Ο κήπος του αλατιού», εκδόσεις Ακτή",
             "ru": "Аркадий Сабуров, «Соляной сад», издательство Берег",
             "pl": "Tadeusz Kowalewski, „Solny ogród”, Wydawnictwo Brzeg"}


def _page(lang: str, cover_class: str) -> str:
    first, second = _PROSE[lang]
    return (f"<html lang='{lang}'><head><title>Salt</title></head><body><main><article class='post'><h1>Salt</h1>"
            f"<div class='post-meta'>1.12.2026</div><figure class='{cover_class}'><img src='/media/p1.jpg' alt=''>"
            f"<figcaption>{_CAPTIONS[lang]}</figcaption></figure><div class='post-body'><p>{first}</p><p>{second}</p>"
            f"<p>{first}</p></div></article></main></body></html>")


def test_the_classed_cover_is_lifted_into_the_text():
    for lang in ("el", "ru", "pl"):
        record = extract_page(_page(lang, "post-cover"), f"https://salt.example.org/{lang}/salt")
        assert _CAPTIONS[lang] in record.body_text, lang


def test_the_class_and_the_stem():
    figure = fragment_fromstring("<figure class='book-cover'><img src='/m/a.jpg' alt=''></figure>")
    assert classed_cover("Ana Vidal, «Sal», Edicions Port", "Sal", figure)
    assert not classed_cover("Ana Vidal: Sal (Edicions Port, 2020)", "Sal", figure)  # (the title unquoted)
    banner = fragment_fromstring("<figure class='wp-block-cover'><img src='/m/a.jpg' alt=''></figure>")
    assert not classed_cover("Ana Vidal, «Sal», Edicions Port", "Sal", banner)
    assert said("Εμμανουήλ Καλαμαράς", "η γλώσσα του Καλαμαρά είναι λιτή")
    assert said("Лев Толстого", "") is False
    assert said("Аркадий Толстой", "роман Толстого")
    assert not said("Anna Bell", "a bel canto opera")  # (a short name's stem is not read)


def test_a_banner_or_hero_figure_stays_out():
    for lang in ("el", "ru", "pl"):
        for cover_class in ("wp-block-cover", "post-hero"):
            record = extract_page(_page(lang, cover_class), f"https://salt.example.org/{lang}/salt")
            assert _CAPTIONS[lang] not in record.body_text, (lang, cover_class)
