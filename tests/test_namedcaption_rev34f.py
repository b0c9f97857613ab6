"""figures._named_caption, narrowed (rev34f): a short caption sentence naming someone the review names again is the
reviewer's own line, unless it is a credit: a closing sentence that is a name alone ("… near Oslo. Shutterstock.",
"… Wikimedia Commons."), a source's or a right's word anywhere (copyright, Quelle, fuente, fonte, zdroj, source …),
a picture's label closing it. A lower-case word is no name ("šťastný")."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.figures import _named_caption

EN = [
    "Odile Brun's first novel follows a night-ferry cook through the last winter before the crossing closes, when the "
    "company sells the boat and nobody on board knows where they will go next.",
    "Brun writes the galley with real love: the knives, the rota, the lorry drivers who bring oranges at Christmas. "
    "She grew up in Calais, and the port is in every page.",
    "The middle drags a little, but the last crossing is beautiful, and I finished it on a train in tears.",
]


def _body(caption: str) -> str:
    figure = (f'<figure class="wp-block-image"><img src="/img/p3.jpg" alt=""><figcaption class="wp-element-caption">'
              f'{caption}</figcaption></figure>')
    body = f"<p>{EN[0]}</p>{figure}" + "".join(f"<p>{p}</p>" for p in EN[1:])
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The Last Crossing</title></head><body>'
            f'<article class="post"><h1>The Last Crossing by Odile Brun</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')
    return extract_page(html, "https://blog.example.net/last-crossing/").body_text


def test_a_credit_naming_the_author_goes():
    for caption in ("Odile Brun in Calais, 2021. Alamy.", "Odile Brun at home. Copyright Harbour Books.",
                    "Odile Brun in Calais. Fonte: Editora Mar.", "Odile Brun, Calais. Source: her publisher."):
        body = _body(caption)
        assert caption not in body, (caption, body)
        assert EN[1] in body


def test_the_reviewers_own_line_stays():
    for caption in ("Reading Brun on the Calais ferry.", "My copy, bought in Calais last spring."):
        assert caption in _body(caption), caption
    assert _named_caption("Le port de Calais, un soir d'hiver.", "Brun a grandi à Calais.")
    assert _named_caption("Mein Exemplar, neben Bruns Notizbuch.", "Odile Brun schreibt knapp.")


def test_a_lower_case_word_is_no_name():
    assert not _named_caption("Ten večer byl šťastný a tichý.", "Kniha je šťastný konec léta.")
    assert not _named_caption("Odile Brun v Calais. Zdroj: nakladatelství.", "Brun vyrostla v Calais.")
