"""scraper.extract.hiddentext: a spoiler box's hidden text is the reviewer's, and is kept; other hidden boxes are not.

Our own pages: a forum post (Russian) whose spoiler is an expandable block with a button, a blog post (English)
whose spoiler content is hidden by a style, and near misses.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.hiddentext import open_spoilers

RU = [
    "Перечитала «Северный маяк» Анны Лесной спустя десять лет и удивилась, насколько он стал мне ближе. Вдова смотрителя "
    "остаётся на острове одна на всю зиму, и соседи приходят к ней на кухню с супом, сплетнями и плохими новостями.",
    "Сюжета в привычном смысле почти нет, но погода написана так, что хочется надеть свитер. Середина провисает из-за "
    "рецептов, зато последние главы держат до утра, и язык у Лесной простой, тёплый, без единого лишнего слова.",
]
RU_SPOILER = ("В финале маяк гаснет, а она всё равно поднимается наверх каждый вечер, и это самая сильная сцена романа, "
              "ради неё стоит дочитать.")
EN = [
    "I picked up The Winter Keeper for the cover and stayed for the weather. The keeper's widow runs the light alone "
    "through one hard winter, and the island's families drift through her kitchen with soup, gossip and bad news.",
    "There is hardly a plot in the usual sense; it is more like sitting with an old relative while she remembers. "
    "The middle sags under too many recipes, but the last chapters kept me up well past midnight.",
]
EN_SPOILER = "The lamp goes dark in the last chapter and she climbs the stairs every night anyway, which undid me."


def _forum(spoiler: str) -> str:
    text = "<br>".join(RU)
    return f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Северный маяк | Книжный форум</title></head>
<body><div class="p-body"><article class="message message--post"><div class="message-content">
<article class="message-body"><div class="bbWrapper"><div>{text}<br>
<div class="bbCodeBlock bbCodeBlock--expandable bbCodeSpoiler"><div class="bbCodeSpoiler-button button"><span class="button-text">Спойлер: о финале</span></div>
<div class="bbCodeBlock-content"><div class="bbCodeSpoiler-content">{spoiler}</div></div></div>
<br>Твёрдая четвёрка, перечитаю ещё.</div></div></article></div></article></div></body></html>"""


def _blog(hidden: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in EN)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Winter Keeper by Edith Holloway</title></head>
<body><article class="post"><h1>The Winter Keeper by Edith Holloway</h1><div class="entry-content">{paragraphs}
{hidden}<p>Four out of five from me, and a jumper.</p></div></article></body></html>"""


def test_a_forums_expandable_spoiler_is_kept():
    record = extract_page(_forum(RU_SPOILER), "https://knigi-forum.example.ru/threads/severnyj-majak.4411/")
    assert RU_SPOILER in record.body_text, record.body_text
    assert "Спойлер: о финале" in record.body_text


def test_a_spoiler_hidden_by_a_style_is_kept():
    hidden = (f'<div class="spoiler-wrap"><span class="spoiler-title">Spoiler</span>'
              f'<div class="spoiler-content" style="display:none;"><p>{EN_SPOILER}</p></div></div>')
    record = extract_page(_blog(hidden), "https://tidewater.example/2026/11/the-winter-keeper/")
    assert EN_SPOILER in record.body_text, record.body_text


def test_near_misses_other_hidden_boxes_stay_hidden():
    # a hidden box that is no spoiler (a share pop-up), and one that says it holds none, stay as they were
    popup = f'<div class="share-popup" style="display:none"><p>{EN_SPOILER}</p></div>'
    record = extract_page(_blog(popup), "https://tidewater.example/2026/11/the-winter-keeper/")
    assert EN_SPOILER not in record.body_text
    tree = lxml.html.fromstring(f'<div><div class="spoiler-free-note" style="display:none"><p>{EN_SPOILER}</p></div></div>')
    assert open_spoilers(tree) == 0 and tree.xpath("//div[@style]")
    # what the engine hides outside a spoiler box inside one is left alone too: only the box and what it holds
    tree = lxml.html.fromstring('<div><div class="spoiler"><p style="display:none">x</p></div><p class="button">Share</p></div>')
    assert open_spoilers(tree) == 1 and not tree.xpath("//p[@style]") and tree.xpath("//p[@class='button']")
