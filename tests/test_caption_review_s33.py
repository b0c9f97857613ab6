"""Captions that are review text (mendleft, s33): a cover captioned with the reviewed book's record shaped "T, A (kind,
year)" (recordcaption: the bare "T, A" shape only when a bracket closes it, as a record is closed), and a short caption
left without its stop that names a place the review names (figures._named_caption: ending on a word, no figure in it;
"via" a credit's word only before its source's name). Near misses: a photographer's credit, a dated photo, a caption
naming a different book, a quotation from the book, "via" before a source.
"""

from __future__ import annotations

from scraper.extract import extract_page

_EN = [
    "Twelve stories about neighbours in a tower block by the river, and nearly every one of them is an argument.",
    "Marsh lets her people talk over one another until the real grievance slips out sideways, usually at supper.",
    "Two of the stories felt thin to me, but the long one about the lift that never works is a small masterpiece.",
]
_IT = [
    "Ho letto questo romanzo in treno, tornando a Genova, e ogni capitolo mi sembrava una finestra sul porto vecchio.",
    "La famiglia del pescatore abita in vico del Fieno, e la Rossi racconta quel vicolo con una precisione commovente.",
    "Il finale è un po' affrettato, ma i personaggi restano con te per giorni, come vicini di casa veri.",
]


def _body(paras: list[str], caption: str, src: str, lang: str, lead: bool = True) -> str:
    figure = (f'<figure class="wp-block-image"><img src="{src}" alt=""><figcaption class="wp-element-caption">{caption}'
              "</figcaption></figure>")
    text = "".join(f"<p>{p}</p>" for p in paras)
    body = figure + text if lead else f"<p>{paras[0]}</p>{figure}" + "".join(f"<p>{p}</p>" for p in paras[1:])
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>A week of reading</title></head><body>'
            f'<article class="post"><h1 class="entry-title">A week of reading</h1><div class="entry-content">{body}'
            "</div></article></body></html>")
    return extract_page(html, "https://towerblockreads.example.org/2026/12/stories.html").body_text or ""


# --- the cover's record: "T, A (kind, year)" ------------------------------------------------------------------------
def test_a_cover_captioned_title_comma_author_bracketed_is_kept():
    caption = "Lifts and Other Grievances, Nora Marsh (stories, 1981)"
    assert caption in _body(_EN, caption, "/img/cover-lifts.jpg", "en")


def test_a_photographers_credit_shaped_title_comma_name_is_dropped():
    # a picture's subject and its photographer, no bracket: no record
    caption = "Tower block at dusk, Ann Marsh"
    assert caption not in _body(_EN, caption, "/img/cover-tower.jpg", "en")


def test_a_record_caption_of_a_book_the_post_never_names_is_dropped():
    # the shape, but neither the picture is called a cover nor the title said, nor its author named
    caption = "Harbour Lights, Tom Quayle (novel, 1990)"
    assert caption not in _body(_EN, caption, "/img/shelf-photo.jpg", "en")


def test_a_wire_credit_in_the_bracket_is_no_house():
    caption = "Lifts and Other Grievances, Nora Marsh (Reuters)"
    assert caption not in _body(_EN, caption, "/img/cover-lifts.jpg", "en")


# --- a caption without its stop, naming a place the review names -----------------------------------------------------
def test_an_unstopped_caption_naming_the_reviews_street_is_kept():
    caption = "Vico del Fieno stamattina, sotto la pioggia"
    assert caption in _body(_IT, caption, "/img/vicolo.jpg", "it", lead=False)


def test_an_unstopped_dated_caption_is_dropped():
    # a desk's dated photo line: a figure in it
    caption = "Vico del Fieno, Genova, ottobre 1952"
    assert caption not in _body(_IT, caption, "/img/vicolo.jpg", "it", lead=False)


def test_an_unstopped_caption_with_via_before_its_source_is_dropped():
    caption = "Il porto di Genova via Wikimedia Fieno"
    assert caption not in _body(_IT, caption, "/img/porto.jpg", "it", lead=False)


def test_an_unstopped_caption_naming_nothing_the_review_names_is_dropped():
    # a quotation from the book, or a line naming somebody the text never names
    caption = "Cielo di Portofino sopra le barche"
    assert caption not in _body(_IT, caption, "/img/porto.jpg", "it", lead=False)
