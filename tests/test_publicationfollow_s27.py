"""A bidding to follow the publication, named as a platform's page title names it (round s27), in our own words.

A platform's page title ends on the platform's own name, the publication's before it ("<post> | by <writer> |
<publication> | Medium"): followpleas.title_publication reads it as one of the site's names (home_names), so a closing
line bidding the reader follow the publication by that name ("… follow The Night Desk for a thriller every Friday",
"Sigue a Lecturas de Domingo …", "Folge Seitenwind …", "Suivez Encre Fraîche …") goes, as "Follow <Site>" did with a
link home naming the site.

Near misses: a title with no publication ("<post> | by <writer> | Medium"), and a title that is no platform's ("<book> -
<author>"), whose last line follows the book's author ("I would follow Mara Lindqvist anywhere"); the publication
named in the middle of the review.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "The novel opens with a lighthouse keeper finding a stranger's coat on the rocks, and for the first hundred pages "
    "it is a perfect small-island mystery: who owned the coat, and why does everyone pretend not to recognise it.",
    "Then it turns into something stranger and sadder, a book about a village that agreed, forty years ago, to forget "
    "one night, and about what that forgetting has cost each of them since.",
    "The solution is a little too tidy, and one character exists only to explain things, but the atmosphere is so "
    "thick that I read the last third in one sitting with the lamp on.",
]


def _page(title: str, last: str, lang: str = "en", paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras) + f"<p><em>{last}</em></p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><div id='root'>"
            f"<article><section><h1>The coat on the rocks</h1>{body}</section></article></div></body></html>")


URL = "https://medium.example/night-desk/the-coat-on-the-rocks-5c1d"


def test_a_follow_bidding_naming_the_publication_goes():
    for title, last, lang in (
        ("The coat on the rocks | by Ana Ruiz | The Night Desk | Medium",
         "If you enjoyed this, follow The Night Desk for a new thriller every Friday.", "en"),
        ("El abrigo en las rocas | by Ana Ruiz | Lecturas de Domingo | Medium",
         "Sigue a Lecturas de Domingo para una reseña nueva cada semana.", "es"),
        ("Der Mantel auf den Felsen | by Ana Ruiz | Seitenwind | Medium",
         "Folge Seitenwind für neue Krimis jeden Freitag.", "de"),
        ("Le manteau sur les rochers – Encre Fraîche – Substack",
         "Suivez Encre Fraîche pour ne manquer aucune chronique.", "fr"),
    ):
        text = extract_page(_page(title, last, lang), URL).body_text
        assert last[:14] not in text, (title, text[-120:])
        assert all(p[:40] in text for p in PARAS)


def test_near_misses_stay():
    for title, last in (
        ("The coat on the rocks | by Ana Ruiz | Medium", "I would follow Ana Ruiz's reading lists anywhere."),
        ("The Coat on the Rocks - Mara Lindqvist", "I would follow Mara Lindqvist anywhere after this one."),
    ):
        text = extract_page(_page(title, last), URL).body_text
        assert last[:14] in text, (title, text[-120:])
    # the publication followed in the review's middle: the review goes on after the line
    title = "The coat on the rocks | by Ana Ruiz | The Night Desk | Medium"
    middle = "Follow The Night Desk for a new thriller every Friday."
    text = extract_page(_page(title, PARAS[2], paras=[PARAS[0], middle, PARAS[1], PARAS[2][::-1]]), URL).body_text
    assert middle[:14] in text, text
