"""figures._photo_captions, editor-component branch, narrowed (rev34f): the caption box beside a picture box is kept
only when its text is no credit (leadpicture.credit_line): a rights holder's name alone ("Getty Images"), a
photographer and an outlet split by a slash, a picture's label and its source ("Foto: …", "Quelle: …"), a closing
sentence that is a library's name. The reviewer's own line beside the picture stays, in several languages."""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "Odile Brun's first novel follows a night-ferry cook through the last winter before the crossing closes, when the "
    "company sells the boat and nobody on board knows where they will go next.",
    "Brun writes the galley with real love: the knives, the rota, the lorry drivers who bring oranges at Christmas. "
    "The cook's stubbornness is maddening and true, and his niece is drawn with the same care.",
    "The middle drags a little, but the last crossing is beautiful, and I finished it on a train in tears.",
]


def _page(caption_html: str, classes: str = "image-block") -> str:
    figure = (f'<div class="{classes}"><div class="{classes}__media"><img src="/img/p7.jpg" alt=""></div>'
              f'<div class="{classes}__caption">{caption_html}</div></div>')
    body = f"<p>{PARAS[0]}</p>{figure}" + "".join(f"<p>{p}</p>" for p in PARAS[1:])
    return ('<html lang="en"><head><meta charset="utf-8"><title>The Last Crossing</title></head><body>'
            f'<article class="post"><h1>The Last Crossing by Odile Brun</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


def _body(caption_html: str, classes: str = "image-block") -> str:
    return extract_page(_page(caption_html, classes), "https://blog.example.net/last-crossing/").body_text


def test_a_credit_beside_the_picture_goes():
    for credit in ("Alamy Stock", "Tom Reed / AFP", "Foto: Tom Reed", "Quelle: Hafenarchiv",
                   "The harbour at dusk. Unsplash.", "Photo by Tom Reed"):
        body = _body(f"<p>{credit}</p>")
        assert credit not in body, (credit, body)
        assert PARAS[1] in body


def test_the_reviewers_line_beside_the_picture_stays():
    for caption, classes in (("My copy, on the ferry's rail", "image-block"),
                             ("Mon exemplaire, sur le quai", "media-card"),
                             ("Mein Exemplar am Hafen", "photo-module")):
        body = _body(f"<p>{caption}</p>", classes)
        assert caption in body, (caption, body)
