"""Misfires of mendleft's s33 rules (review rev-mendleft, s34): outsidetext dropped the reviewer's closing line after an
editor's group block (a classed box inside the content area, no headline beside it); figures' "via" stopped being a
credit before a lower-case source ("… via flickr"); recordcaption's bare "T, A (…)" read a photo of the author at an
event, a place and year in its bracket, as the book's record when the text said its words in lower case. Each with the
rule's own case still firing.
"""

from __future__ import annotations

from scraper.extract import extract_page

_EN = [
    "Havlík writes about a mill town in the hills through the eyes of five neighbours, one chapter each, and the town "
    "itself slowly becomes the main character of the book.",
    "The strongest chapter belongs to the old miller's widow, who sees everything from her kitchen and says nothing to "
    "anyone; her silence carries more weight than any speech.",
    "The ending is rushed, but I finished it in two evenings and keep thinking about the widow and her kitchen.",
]


def _wp(content: str, lang: str = "en") -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>The mill town</title></head><body>'
            f'<article class="post"><h1 class="entry-title">The mill town</h1><div class="entry-content">{content}'
            "</div></article><footer><p>Reading notes</p></footer></body></html>")
    return extract_page(html, "https://millnotes.example.org/2026/12/mill-town/").body_text or ""


# --- outsidetext: a line after an editor's block inside the content area is the writer's -------------------------------
def test_the_reviewers_verdict_after_a_group_block_stays():
    line = "I would recommend it to anyone who grew up in a small town."
    group = '<div class="wp-block-group">' + "".join(f"<p>{p}</p>" for p in _EN) + "</div>"
    assert line in _wp(f"{group}<p>{line}</p>")


def test_a_german_closing_line_after_a_group_block_stays():
    line = "Ein stilles, kluges Buch, das ich jedem ans Herz lege."
    group = '<div class="wp-block-group">' + "".join(f"<p>{p}</p>" for p in _EN) + "</div>"
    assert line in _wp(f"{group}<p>{line}</p>", "de")


def test_the_templates_line_after_the_box_beside_the_headline_still_goes():
    line = "Write to me about the book you are reading this week."
    text = "".join(f"<p>{p}</p>" for p in _EN)
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The mill town</title></head><body><main><article>'
            f'<header><h2 class="post-title">The mill town</h2></header><div class="post-text">{text}</div>'
            f'<p>{line}</p></article></main></body></html>')
    body = extract_page(html, "https://millnotes.example.org/2026/mill-town.html").body_text or ""
    assert line not in body and _EN[-1] in body


# --- figures: "via" and a lower-case source closing the caption is a credit --------------------------------------------
_IT = [
    "Ho letto questo romanzo in treno, tornando a Genova, e ogni capitolo mi sembrava una finestra sul porto vecchio.",
    "La famiglia del pescatore abita in vico del Fieno, e la Rossi racconta quel vicolo con una precisione commovente.",
    "Il finale è un po' affrettato, ma i personaggi restano con te per giorni, come vicini di casa veri.",
]


def _captioned(paras: list[str], caption: str, src: str, lang: str) -> str:
    figure = (f'<figure class="wp-block-image"><img src="{src}" alt=""><figcaption class="wp-element-caption">'
              f"{caption}</figcaption></figure>")
    content = f"<p>{paras[0]}</p>{figure}" + "".join(f"<p>{p}</p>" for p in paras[1:])
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>A week of reading</title></head><body>'
            f'<article class="post"><h1 class="entry-title">A week of reading</h1><div class="entry-content">{content}'
            "</div></article></body></html>")
    return extract_page(html, "https://towerblockreads.example.org/2026/12/stories.html")


def test_a_caption_closed_by_via_and_a_lower_case_source_is_a_credit():
    caption = "Il porto di Genova all'alba via flickr"
    assert caption not in (_captioned(_IT, caption, "/img/porto.jpg", "it").body_text or "")


def test_a_street_named_via_opening_the_caption_is_still_no_credit():
    caption = "Via del Fieno oggi, sotto la pioggia"
    paras = [_IT[0], _IT[1].replace("vico del Fieno", "via del Fieno"), _IT[2]]
    assert caption in (_captioned(paras, caption, "/img/vicolo.jpg", "it").body_text or "")


# --- recordcaption: a bare "T, A (place, year)" is no record by the text's lower-case phrase --------------------------
_TOWER = [
    "Twelve stories about neighbours in a tower block by the river near Leeds, and nearly every one is an argument.",
    "Marsh lets her people talk over one another until the real grievance slips out sideways, usually at supper.",
    "Two of the stories felt thin to me, but the long one about the lift that never works is a small masterpiece.",
    "I met Marsh at the launch last spring, and she read the lift story aloud to a full room.",
]


def test_a_photo_of_the_author_at_an_event_is_no_record_of_the_book():
    caption = "At the launch, Nora Marsh (London, 2019)"
    page = _captioned(_TOWER, caption, "/img/launch.jpg", "en")
    assert page.book_title != "At the launch" and caption not in (page.body_text or "")


def test_a_bare_record_captioning_the_cover_is_still_kept():
    caption = "Lifts and Other Grievances, Nora Marsh (stories, 1981)"
    assert caption in (_captioned(_TOWER, caption, "/img/cover-lifts.jpg", "en").body_text or "")
