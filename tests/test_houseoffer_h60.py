"""holdout60 round (helper body60a): the site's own product plugged inside or at the edge of the post.

A news site's box offers its paid tier's trial ("<Site> Plus: try it, cancel monthly"), its podcast by a link to its
own podcast page, its app by a link to its own app page or by the bidding to *get* the app ("Hol dir die <Site>-App").
``houseoffer`` (called by ``houseads``) and ``applines`` read them; a review naming another service's tier, a line
linking another site's podcast, a reviewer's own sentence about an app, stay.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.applines import app_line
from scraper.extract.houseoffer import brands, tier_offer

P1 = ("The village in this novel has a bakery, a chapel and a bus that comes twice a day. The narrator, a retired "
      "postman, spends one summer sorting the letters nobody ever collected from the old office.")
P2 = ("What carries the book is its patience: every letter opens a small door into somebody's life, and the author "
      "never hurries through a single one of them, even the dull ones about tax and weather.")
P3 = ("The ending is quieter than I expected and all the better for it. I would hand it to anyone who liked slow "
      "books about small places and the people who stay in them for a whole life.")


def _page(middle: str = "", tail: str = "", site: str = "Harbour Post", host: str = "www.harbourpost.example.com",
          lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Letters nobody collected | {site}</title>"
            f"<link rel='canonical' href='https://{host}/culture/letters'></head><body><main><article>"
            f"<h1>Letters nobody collected</h1><div class='story'><p>{P1}</p>{middle}<p>{P2}</p><p>{P3}</p>{tail}"
            f"</div></article></main></body></html>")


def _body(page: str, host: str = "www.harbourpost.example.com") -> str:
    return extract_page(page, f"https://{host}/culture/letters").body_text


def test_brand_is_the_site_names_word_that_is_a_host_label():
    assert "harbour" in brands(["harbour online"], "www.harbour.example.com")
    assert brands(["harbour online"], "www.other.example.com") == ["harbour online"]


def test_tier_trial_offers_in_many_languages():
    names = ["harbour"]
    for line in (
        "Harbour Plus testen: vier Wochen alles lesen, danach monatlich kündbar.",
        "Try Harbour Premium free for a month.",
        "Essayez Harbour Premium : le premier mois est offert, sans engagement.",
        "Prueba Harbour+ gratis durante 30 días.",
        "Prova Harbour Premium gratis per un mese.",
        "Probeer Harbour Plus een maand gratis, maandelijks opzegbaar.",
        "Prøv Harbour Pluss i en måned for 1 krone.",
        "Kokeile Harbour Digital ilmaiseksi kuukauden ajan.",
        "Wypróbuj Harbour Premium za darmo przez miesiąc.",
        "Experimente o Harbour Premium grátis por 30 dias.",
    ):
        assert tier_offer(line, names), line


def test_tier_near_misses_stay():
    names = ["harbour"]
    for line in (
        "I first read it on Kindle Plus, free for a month, before buying the hardback.",  # another service's tier
        "The Harbour Plus review last year was kinder to her first novel.",  # the tier named, nothing offered
        "Harbour is the name of the ferry in the second part; try not to miss the storm chapter.",  # no tier word after it
        "Harbour Plus testen: 8/10, four weeks of reading well spent.",  # a score
    ):
        assert not tier_offer(line, names), line


def test_tier_trial_box_between_the_paragraphs_goes():
    box = "<div class='offer'><p><strong>Harbour Plus testen:</strong> vier Wochen alles lesen, danach monatlich kündbar.</p></div>"
    page = _page(middle=box, site="Harbour Online", host="www.harbour.example.de", lang="de")
    body = _body(page, "www.harbour.example.de")
    assert "kündbar" not in body and P2[:40] in body and P3[:40] in body


def test_podcast_box_linked_to_the_sites_own_podcast_page_goes():
    for line, label in (
        ("<b>Listen to Shelf Talk:</b> every Friday the culture desk discusses the week's books.", "Latest episode"),
        ("<b>Lytt til Bokprat:</b> hver fredag snakker redaksjonen om nye bøker.", "Hør episoden"),
        ("<b>Hören Sie Buchzeit:</b> jeden Freitag sprechen wir über neue Romane.", "Zur Folge"),
        ("<b>Écoutez Page Blanche :</b> chaque vendredi, la rédaction parle de livres.", "Dernier épisode"),
    ):
        box = f"<div class='pod'><p>{line}</p><a href='/podcast/shelf'>{label}</a></div>"
        body = _body(_page(middle=box))
        assert "every Friday" not in body and "fredag" not in body and "Freitag" not in body and "vendredi" not in body, line
        assert P2[:40] in body


def test_app_box_linked_to_the_sites_app_page_goes():
    for line in ("<a href='/app'>Get the Harbour Post app</a> for new reviews on your phone.",
                 "<a href='https://apps.apple.com/app/harbour/id1'>Harbour-App</a>: neue Buchtipps per Push.",
                 "<a href='/app'>Hol dir die Harbour-App</a> – mit Push für neue Kritiken."):
        body = _body(_page(tail=f"<p>{line}</p>"))
        assert "phone" not in body and "Push" not in body, line
        assert P3[:40] in body


def test_get_the_app_bidding_in_many_languages():
    for line in ("Hol dir die Harbour-App – mit Push für neue Kritiken.", "Holen Sie sich die App für unterwegs.",
                 "Haal de Harbour-app en lees overal.", "Skaffa appen och läs var du vill.",
                 "Consigue la app de Harbour gratis.", "Instale o app do Harbour.", "Installez l'appli Harbour."):
        assert app_line(line), line
    for line in ("Ich habe das Buch in der App gelesen und hol dir die Ruhe dafür.",  # a review's own sentence
                 "Sie holte sich die App und las das Buch darin.", "I got the app only to read this one book."):
        assert not app_line(line), line


def test_ordinary_review_lines_and_other_sites_links_stay():
    # a reviewer's paragraph in a box with a link to another site's podcast, and one linking the site's earlier review
    other = ("<div class='note'><p>Listen to the author talk about the real post office here.</p>"
             "<a href='https://radio.example.org/podcast/interview'>Interview</a></div>")
    earlier = "<div class='note'><p>I wrote about her first book here last spring.</p><a href='/culture/first-book'>Review</a></div>"
    app_said = "<p>I read most of it in the library's app on the night bus, which suits a book of letters.</p>"
    page = _page(middle=other + earlier, tail=app_said)
    body = _body(page)
    assert "real post office" in body and "first book" in body and "night bus" in body
    # a German review mentioning the site's tier in passing, set apart, with nothing offered
    plain = "<div class='aside'><p>Die Harbour-Plus-Kritik des Vorgängers war milder.</p></div>"
    body = _body(_page(middle=plain, site="Harbour Online", host="www.harbour.example.de", lang="de"), "www.harbour.example.de")
    assert "milder" in body
