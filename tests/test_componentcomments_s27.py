"""A comments box named by a component's class as CSS modules write it, the English plural after the component's name
and an underscore ("ArticlePage_comments", "StoryView_comments"): ``commentids._MODULE_COMMENTS``, a class token beside
the word in the site's own language. The box goes unless it holds the
page's title heading or most of its text. Near miss: a wrapper so named that holds the post itself.

Every page here is invented for these tests (invented sites, books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = ["Een vrouw keert na dertig jaar terug naar het dorp van haar vader en vindt het huis bewoond door vreemden. "
          "De roman volgt haar trage onderhandelingen met de nieuwe bewoners en met herinneringen die nooit kloppen.",
          "Rossi schrijft korte, precieze zinnen. De bladzijden over de zaterdagmarkt zijn de mooiste, het einde wat "
          "gehaast. Een klein boek dat dagen blijft hangen, als de geur van de zee op een winderige middag."]


def _page(box_class: str, inside: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _PROSE)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Het huis van de anderen</title></head>
<body><div id="__next"><main class="ArticlePage_main"><h1 class="ArticlePage_title">Het huis van de anderen</h1>
<div class="ArticlePage_body">{body}</div>{inside}
<div class="{box_class}"><p>Log in met je account om te reageren op dit artikel.</p>
<div class="Comment_item"><b>marjan_k</b><p>Mooi geschreven, ik ga het lezen deze zomer.</p></div></div>
</main></div></body></html>"""


def test_component_comments_box_goes():
    for cls in ("ArticlePage_comments", "StoryView_comments", "NewsItem_comments"):
        record = extract_page(_page(cls), "https://dagblad.example/boeken/huis-van-de-anderen")
        assert "Log in met je account" not in record.body_text, cls
        assert "zaterdagmarkt" in record.body_text


def test_near_misses():
    # a wrapper so named that holds the post: stays
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Het huis</title></head><body>
<div class="PageLayout_comments"><h1>Het huis van de anderen</h1>{''.join(f'<p>{p}</p>' for p in _PROSE)}</div>
</body></html>"""
    record = extract_page(html, "https://dagblad.example/boeken/huis")
    assert "zaterdagmarkt" in record.body_text

