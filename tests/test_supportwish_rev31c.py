"""The reader's wish to support the blog, narrowed to the blog (code review rev31c), in our own words.

ifpost.SUPPORT_WISH (read by ifhelped.conditional_ask) opens on the wish to support this or the writer's own blog,
site, newsletter, podcast or channel ("Si vous souhaitez soutenir ce blog", "Wenn du meinen Blog unterstützen
möchtest", "Als jullie deze blog willen steunen"), not "the work of small presses", "the writing of women in
translation", "this work" (the book), "le canal du Midi", "el canal de Isabel II", "the channel swimmers": the
review's own closing advice.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.ifpost import SUPPORT_WISH

PARAS = [
    "Ines Carvalho's novel follows a lock-keeper's daughter who inherits the lock, the cottage and her father's debts "
    "in the same week, and spends a summer deciding whether the canal is worth keeping open.",
    "The barges, the weeds and the slow traffic of the towpath are drawn with great love, and the daughter's fights "
    "with the waterways board are the funniest scenes in the book.",
    "A subplot about a stolen painting goes nowhere, but the ending, on the night of a flood, is quietly perfect.",
]
URL = "https://towpathreader.example/2026/08/the-lock-keepers-daughter/"


def _page(last: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Lock – Towpath Reader</title></head>"
            "<body><article class='post'><h1>The Lock</h1><div class='entry-content'>"
            f"{body}</div></article></body></html>")


def test_the_wish_to_support_the_blog_still_goes():
    for last, lang in (
        ("Si vous souhaitez soutenir ce blog, passez par les liens libraires en bas de page.", "fr"),
        ("Wenn du meinen Blog unterstützen möchtest, bestelle über die Buchhandlungslinks unten.", "de"),
        ("Als jullie deze blog willen steunen, bestel dan via de boekhandellinks hieronder.", "nl"),
        ("Si quieres apoyar mi canal, compra el libro en una librería de barrio con mi enlace.", "es"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert last[:15] not in text, (last, text[-160:])
        assert all(p[:40] in text for p in PARAS)


def test_the_reviews_closing_advice_stays():
    for last, lang in (
        ("If you'd like to support the work of tiny presses like this one, order it from them directly.", "en"),
        ("If you want to support the writing of Portuguese women, this is a fine place to begin.", "en"),
        ("If you wish to support this work, ask your library to order it: that is how debuts last.", "en"),
        ("If you want to support the channel swimmers you know, give them this book for the crossing.", "en"),
        ("Si vous voulez soutenir le canal de Bourgogne, lisez ce roman : il parle des éclusiers qui l'ont sauvé.",
         "fr"),
        ("Si quieres apoyar el canal de Castilla, como hace la protagonista, prepárate para llorar.", "es"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert last[:15] in text, (last, text[-160:])


def test_the_wish_itself():
    assert SUPPORT_WISH.search("als jullie onze blog willen steunen")
    assert SUPPORT_WISH.search("if you'd like to support my newsletter")
    assert not SUPPORT_WISH.search("if you'd like to support my channel of choice")
    assert not SUPPORT_WISH.search("si quieres apoyar mi canal de riego")
