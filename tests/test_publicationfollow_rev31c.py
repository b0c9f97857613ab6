"""The publication a platform's title names, narrowed to a publication (code review rev31c), in our own words.

followpleas.title_publication reads the part before the platform's name in a page title as the site's name only when
the writer's byline stands before it ("<post> | by <writer> | <publication> | Medium") or the page's og:site_name
names it too: in an older title with no byline ("The Orchard Year — Mara Lindqvist – Medium") the name may be the
book's author's, and "Follow Mara Lindqvist to her next book" is the review's.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "The novel follows a night-shift radio host in a mountain town who starts receiving calls from a listener who "
    "seems to know what will happen in the town the following day.",
    "For two thirds of its length it is a tense, funny, very local thriller, full of snowploughs and gossip, and the "
    "host's weary patience with her callers is lovely.",
    "The explanation, when it comes, is thinner than the mystery deserved, but I would not have missed the ride.",
]
URL = "https://medium.example/@reader/the-night-caller-7f3e"


def _page(title: str, last: str, lang: str = "en", site: str = "") -> str:
    meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'>{meta}<title>{title}</title></head><body>"
            f"<div id='root'><article><section><h1>The Night Caller</h1>{body}</section></article></div></body></html>")


def test_a_publication_by_its_byline_or_its_site_name_still_goes():
    for title, last, lang, site in (
        ("The Night Caller | by Lea Brandt | Frequenz | Medium",
         "Follow Frequenz for a new radio novel every month.", "en", ""),
        ("The Night Caller – Static Hours – Ghost", "Follow Static Hours for more night reading.", "en", "Static Hours"),
        ("La voz de la noche | by Lea Brandt | Onda Corta | Tumblr",
         "Follow Onda Corta for a new review every Sunday.", "es", ""),
        ("The Night Caller — Dial Tone Reviews — Medium", "Follow Dial Tone Reviews to hear about the next one.", "en",
         "Dial Tone Reviews"),
    ):
        text = extract_page(_page(title, last, lang, site), URL).body_text
        assert last[:14] not in text, (title, text[-140:])
        assert all(p[:40] in text for p in PARAS)


def test_a_name_with_no_byline_stays_the_reviews():
    for title, last, site in (
        ("The Night Caller — Ines Okafor – Medium", "Follow Ines Okafor to her next book; I certainly will.", ""),
        ("The Night Caller – Ines Okafor – Medium", "Follow Ines Okafor to her next book; I certainly will.", "Medium"),
        ("The Night Caller | Ines Okafor | Tumblr", "Follow Ines Okafor wherever she goes next, readers.", ""),
    ):
        text = extract_page(_page(title, last, site=site), URL).body_text
        assert last[:14] in text, (title, text[-140:])
