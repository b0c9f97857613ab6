"""holdout49 round (helper body49b): a paper's boxes inside a review and its book line that a class would lose.

- houseads: the house's podcast pressed on the reader in a box of its own between the review's paragraphs (not only among
  the last lines), the house named by its initials as the title's last part writes them ("… | NRC");
- tailasks.signup_box: the newsletter's box whose sign-up button the cleaning took (the box names a newsletter, its
  control's label is a sign-up);
- classedrecord: the book's card parted by bars and the book's sentence opening on the title's lead, classed so that
  trafilatura would drop them, kept.
All text here is our own.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bodyfind import keep_record_lines
from scraper.extract.classedrecord import barred_record, title_lead, title_led_line
from scraper.extract.houseads import house_ad

P1 = ("The novel opens in a harbour town where the ferries have stopped running, and the narrator, a retired pilot, "
      "spends the first hundred pages counting the boats that no longer come. It is slower than it needs to be, "
      "but the slowness has a purpose that the second half makes clear.")
P2 = ("What lifts the book is its patience with small things: a kettle, a letter left unopened, a dog that waits at the "
      "pier every evening. The prose never hurries and never shows off, and by the end I found the quiet almost loud. "
      "Some readers will want more plot; I did not.")
P3 = ("The translation keeps the long sentences of the original without making them heavy, which is harder than it "
      "looks, and the afterword explains the choices well. I would give it to anyone who liked the author's earlier "
      "stories about the same coast.")


def _page(title: str, middle: str = "", tail: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><main><article><h1>{title.split(' | ')[0]}</h1>"
            f"<div class='article-body'><p>{P1}</p><p>{P2}</p>{middle}<p>{P3}</p>{tail}</div></article></main></body></html>")


def _body(page: str, url: str = "https://paper.example.org/culture/harbour-review") -> str:
    return extract_page(page, url).body_text


# --- houseads: boxed anywhere -------------------------------------------------------------------------------------------

def test_boxed_house_podcast_between_paragraphs_goes_nl():
    line = "Luister naar de boekenpodcast van NRC, elke vrijdag een nieuwe aflevering."
    body = _body(_page("De haven zonder veerboten | NRC", f"<div class='podcast-teaser'><p>{line}</p></div>", lang="nl"))
    assert "boekenpodcast" not in body and "counting the boats" in body and "patience with small things" in body


def test_boxed_house_podcast_our_en():
    line = "Listen to our books podcast, where two critics argue about a new novel each week."
    body = _body(_page("A harbour without ferries", f"<aside class='promo'><p>{line}</p></aside>"))
    assert "books podcast" not in body and "translation keeps" in body


def test_boxed_house_podcast_initials_de():
    line = "Hören Sie den FAZ Bücherpodcast, jeden Sonntag neu."
    body = _body(_page("Ein Hafen ohne Fähren | FAZ", f"<div class='box'><p>{line}</p></div>", lang="de"))
    assert "Bücherpodcast" not in body


def test_review_sentence_about_a_podcast_stays():
    # the review's own paragraph (not boxed, long) about the narrator's podcast
    para = ("Listen closely, though: the narrator records a podcast of her own in the second half, and those episodes, "
            "transcribed in full, are the weakest pages of the book, stiff where the rest is supple.")
    body = _body(_page("A harbour without ferries | NRC", f"<p>{para}</p>"))
    assert "records a podcast" in body


def test_boxed_podcast_of_someone_else_stays():
    # boxed, but no house named: the author's podcast, not the paper's
    line = "Listen to the author's podcast about lighthouses."
    assert not house_ad(line, ["paper.example.org"], ("NRC",))
    body = _body(_page("A harbour without ferries | NRC", f"<div class='box'><p>{line}</p></div>"))
    assert "lighthouses" in body


def test_initials_read_whole_and_as_written():
    assert house_ad("Lyssna på NRC-podden varje fredag.", [], ("NRC",))
    assert not house_ad("Listen to the nrcpodcast here.", [], ("NRC",))
    assert not house_ad("Listen to the podcast here.", [], ("NRC",))


# --- tailasks.signup_box --------------------------------------------------------------------------------------------------

def test_newsletter_box_with_taken_button_goes_de():
    box = ("<div class='nl-box'><strong>Newsletter «Lesestoff»</strong><p>Jeden Freitag drei Buchtipps der Redaktion "
           "direkt in Ihr Postfach.</p><button>Jetzt abonnieren</button></div>")
    body = _body(_page("Ein Hafen ohne Fähren", tail=box, lang="de"))
    assert "Lesestoff" not in body and "Jeden Freitag" not in body and "translation keeps" in body


def test_newsletter_box_with_taken_button_goes_fr_pl():
    box = ("<div class='encart'><b>Infolettre Livres</b><p>Chaque samedi, nos critiques choisissent trois romans pour "
           "vous.</p><button>S'inscrire</button></div>")
    assert "Chaque samedi" not in _body(_page("Un port sans ferries", tail=box, lang="fr"))
    box = ("<div class='ramka'><b>Newsletter kulturalny</b><p>W każdy czwartek najciekawsze premiery tygodnia.</p>"
           "<button>Zapisz się</button></div>")
    assert "W każdy czwartek" not in _body(_page("Port bez promów", tail=box, lang="pl"))


def test_box_with_other_button_or_no_newsletter_stays():
    # a share button beside a line naming a newsletter: no sign-up
    box = ("<div class='nl-box'><strong>Aus dem Newsletter</strong><p>Die Heldin schreibt jede Woche einen Rundbrief an "
           "ihre Schwester.</p><button>Teilen</button></div>")
    assert "Rundbrief" in _body(_page("Ein Hafen ohne Fähren", tail=box, lang="de"))
    # a sign-up button, but the box names no newsletter (a club's event box is another rule's)
    box = "<div class='card'><p>Every Saturday the harbour club reads aloud together.</p><button>Join</button></div>"
    assert "harbour club" in _body(_page("A harbour without ferries", tail=box))


# --- classedrecord --------------------------------------------------------------------------------------------------------

def test_barred_card_kept_ko_en():
    for line in ("바다의 책 | 김하늘 지음 | 새벽출판 | 288쪽 | 16,000원",
                 "The Harbour | Ines Vale | Driftwood Press | 288 pages | $24"):
        body = lxml_html.fromstring(f"<div><p>{P1}</p><p class='book-caption'>{line}</p></div>")
        assert keep_record_lines(body) == 1 and body[1].get("class") is None


def test_barred_menu_with_links_stays_classed():
    body = lxml_html.fromstring("<div><p>x</p><p class='post-meta'><a href='/'>Home</a> | <a href='/n'>News</a> | "
                                "<a href='/a'>Archive 2024</a> | <a href='/c'>Contact</a></p></div>")
    assert keep_record_lines(body) == 0
    assert not barred_record(body[1], "Reviews | 3 comments")


def test_title_led_sentence_kept_en_es():
    assert title_lead("The Harbour by Ines Vale: a book of waiting | Paper") == "The Harbour by Ines Vale"
    page = ("<html><head><title>The Harbour by Ines Vale: a book of waiting | Paper</title></head><body><div>"
            f"<p>{P1}</p><p class='book-meta'>The Harbour by Ines Vale is published by Driftwood Press.</p></div></body></html>")
    body = lxml_html.fromstring(page).find(".//div")
    assert keep_record_lines(body) == 1
    title = "El puerto de Ines Vale: una novela de la espera | Diario"
    assert title_led_line("El puerto de Ines Vale está publicado por Ediciones Marea.", title_lead(title), title)


def test_title_led_near_misses():
    title = "The Harbour by Ines Vale: a book of waiting | Paper"
    lead = title_lead(title)
    assert not title_led_line("The Harbour by Ines Vale: a book of waiting", lead, title)  # the headline again
    assert not title_led_line("The Harbour by Ines Vale. Posted in Reviews. Three comments.", lead, title)  # no one sentence
    assert not title_led_line("The Harbour by Ines Vale: 4/5", lead, title)
    assert title_lead("Review: The Harbour") == ""  # a one-word lead
