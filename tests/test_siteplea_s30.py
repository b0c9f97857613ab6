"""The site's own plea for money or membership set into a review, read by structure (the s30 round). Own words.

- a hosted publication's name read from the <title> the platform closes with its own name ("<post> | by <writer> |
  <Publication> | Medium"), so a closing line asking support for the publication by name is the site's
  (``pleas.site_names``);
- Ghost's members portal as a sign-up link ("#/portal/signup": ``sitenotices.subscription_link``), which makes a
  funding box in the post the site's (``fundbox``);
- a box between the paragraphs bidding the reader subscribe at a price ("Subscribe from $2 a month"), the bid opening
  a sentence of its own (``memberask.SUBSCRIBE_SENTENCE``);
- "make a gift to" the site's fund (``fundbox.FUND``);
- a platform's membership plea set as a quotation, opening on the site's own name (``memberask.boxed_member_plea``).

Near misses: the same words in the reviewer's prose, a quotation from the book, a box naming no site.
"""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.memberask import member_plea
from scraper.extract.pleas import closing_plea, site_names
from scraper.extract.sitenotices import subscription_link

_PARAS = [
    "The novel follows a lighthouse keeper's daughter through one long winter on an island that the ferry visits twice "
    "a month, and it is told in short chapters that each begin with the weather.",
    "What the author does best is silence: whole pages pass in which nobody speaks, and yet the tension between the "
    "daughter and her father keeps tightening like a rope around a bollard in a storm.",
    "The last third opens up the island to newcomers and loses a little of that pressure, but the final scene on the "
    "rocks is as good as anything I have read this year, and I have already pressed it on two friends.",
]


def _page(title: str, body: str, url: str = "https://pages.example.org/post/winter-light") -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>Winter Light</h1>"
            f"<div class='post-body'>{body}</div></article></body></html>")


def _body(middle: str = "", end: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ps[0] + ps[1] + middle + ps[2] + "<p>Rating: 4/5</p>" + end


def _text(html: str, url: str = "https://pages.example.org/post/winter-light") -> str:
    return extract_page(html, url).body_text


# --- the publication's name from a platform's <title> ---

@pytest.mark.parametrize("title, name", [
    ("Winter Light | by Ana Ruiz | The Harbour Review | Medium", "The Harbour Review"),
    ("Luz de invierno | por Ana Ruiz | Lecturas del Puerto | Medium", "Lecturas del Puerto"),
    ("Winterlicht - Ana Ruiz - Hafenblatt - Substack", "Hafenblatt"),
])
def test_publication_named_before_the_platform(title, name):
    body = lhtml.fromstring(_page(title, "<p>x</p>")).find(".//div")
    assert name in site_names(body, ())


@pytest.mark.parametrize("title", ["Winter Light | Medium", "Winter Light | Ana Ruiz | The Harbour Review"])
def test_no_platform_closing_the_title_adds_nothing(title):
    body = lhtml.fromstring(_page(title, "<p>x</p>")).find(".//div")
    assert "Ana Ruiz" not in site_names(body, ())


@pytest.mark.parametrize("title, line", [
    ("Winter Light | by Ana Ruiz | The Harbour Review | Medium",
     "If this was worth your time, the best way to support The Harbour Review is to clap and pass it on."),
    ("Luz de invierno | por Ana Ruiz | Lecturas del Puerto | Medium",
     "Si te ha servido, la mejor manera de apoyar a Lecturas del Puerto es aplaudir y compartir."),
    ("Lumière d'hiver | par Ana Ruiz | Le Quai des Livres | Medium",
     "Pour soutenir Le Quai des Livres, applaudissez et partagez ce texte."),
])
def test_closing_plea_naming_the_publication(title, line):
    tree = lhtml.fromstring(_page(title, _body(end=f"<p><em>{line}</em></p>")))
    body = tree.find(".//div")
    assert closing_plea(body[-1], body, (), {})


def test_closing_line_naming_no_site_stays():
    line = "<p><em>Support your local library: it lent me this copy, and the wait was only a week.</em></p>"
    tree = lhtml.fromstring(_page("Winter Light | by Ana Ruiz | The Harbour Review | Medium", _body(end=line)))
    body = tree.find(".//div")
    assert not closing_plea(body[-1], body, (), {})


# --- Ghost's members portal as the sign-up link of a funding box ---

@pytest.mark.parametrize("href", ["#/portal/signup", "#/portal/signup/free", "/#/portal/account/plans",
                                  "https://news.example.org/#/portal/support"])
def test_portal_signup_links(href):
    assert subscription_link(href)


@pytest.mark.parametrize("href", ["#/portal/signin", "#fn-2", "/tag/portal/", "https://shop.example.org/portal"])
def test_other_links_are_no_signup(href):
    assert not subscription_link(href)


@pytest.mark.parametrize("box", [
    "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>🌱</div><div class='kg-callout-text'>Everything "
    "here is free to read. If you can spare it, <a href='#/portal/signup'>become a member</a> for the price of a coffee."
    "</div></div>",
    "<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Alles hier ist frei lesbar. Wer kann, "
    "<a href='#/portal/signup'>unterstützt uns als Mitglied</a> mit drei Euro im Monat.</div></div>",
    "<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Todo aquí es gratis. Si puedes, "
    "<a href='#/portal/account/plans'>hazte socio</a> y apoya estas reseñas.</div></div>",
])
def test_portal_funding_box_goes(box):
    text = _text(_page("Winter Light", _body(middle=box)))
    assert "lighthouse" in text and "rocks" in text
    assert "portal" not in text and "Mitglied" not in text and "socio" not in text and "coffee" not in text


def test_callout_with_the_reviewers_own_note_stays():
    box = ("<div class='kg-card kg-callout-card'><div class='kg-callout-text'>The author was made a member of the "
           "island's rescue crew at nineteen; <a href='/tag/islands/'>more island books here</a>.</div></div>")
    assert "rescue crew" in _text(_page("Winter Light", _body(middle=box)))


# --- a subscription at a price, the bid opening its own sentence ---

@pytest.mark.parametrize("line", [
    "Good criticism takes time. Subscribe from $2 a month for every review we publish.",
    "La critique prend du temps. Abonnez-vous dès 2 € par mois pour lire toutes nos critiques.",
    "La crítica lleva tiempo. Suscríbete desde 2 € al mes y lee todas nuestras reseñas.",
    "Kritik braucht Zeit. Jetzt abonnieren ab 2 € im Monat und alle Rezensionen lesen.",
])
def test_subscribe_at_a_price(line):
    assert member_plea(line)


@pytest.mark.parametrize("line", [
    "Her father tells her to subscribe to the island paper for $1 a week, and she refuses.",  # (not opening a sentence)
    "Subscribe to nothing, the keeper says; it is the only advice he ever gives her.",  # (no price, no site)
])
def test_subscribe_in_prose_is_no_plea(line):
    assert not member_plea(line)


@pytest.mark.parametrize("aside", [
    "<aside data-testid='inline-subscribe'><p><strong>Good criticism takes time.</strong> Subscribe from $2 a month "
    "for every review we publish.</p></aside>",
    "<aside class='promo'><p>La critique prend du temps. Abonnez-vous dès 2 € par mois.</p></aside>",
])
def test_boxed_subscription_between_paragraphs_goes(aside):
    text = _text(_page("Winter Light", _body(middle=aside)))
    assert "lighthouse" in text and "rocks" in text and "2 €" not in text and "$2" not in text


def test_reviewers_paragraph_about_subscribing_stays():
    para = ("<p>The daughter saves for months to subscribe to a mainland magazine at $1 a week, and the day the first "
            "issue arrives by ferry is the happiest scene in the book.</p>")
    assert "subscribe to a mainland magazine" in _text(_page("Winter Light", _body(middle=para)))


# --- a gift to the site's fund, boxed ---

def test_gift_to_the_sites_fund_goes():
    box = ("<div class='callout'><p><strong>Make a gift to the Harbour Review Fund</strong> and keep our reviews free "
           "for every reader.</p></div>")
    html = _page("Winter Light | The Harbour Review", _body(middle=box))
    text = _text(html)
    assert "lighthouse" in text and "Make a gift" not in text


def test_gift_in_the_reviewers_prose_stays():
    para = ("<p>Make a gift of this book to anyone who has ever kept a light burning for someone, and tell them to read "
            "the last chapter twice, slowly, with the window open.</p>")
    assert "Make a gift of this book" in _text(_page("Winter Light | The Harbour Review", _body(middle=para)))


# --- a platform's membership plea set as a quotation, opening on the site's name ---

@pytest.mark.parametrize("title, quote", [
    ("Winter Light | by Ana Ruiz | The Harbour Review | Medium",
     "The Harbour Review is a reader-supported publication. To support our writers, consider becoming a member."),
    ("Winterlicht | von Ana Ruiz | Hafenblatt | Medium",
     "Hafenblatt lebt von seinen Leserinnen und Lesern: Werden Sie Mitglied und unterstützen Sie unsere Arbeit."),
    ("Lumière d'hiver | par Ana Ruiz | Le Quai des Livres | Medium",
     "Le Quai des Livres vit de ses lecteurs : devenez membre pour soutenir notre travail."),
])
def test_quoted_membership_plea_naming_the_site_goes(title, quote):
    text = _text(_page(title, _body(middle=f"<blockquote><p>{quote}</p></blockquote>")))
    assert "lighthouse" in text and "rocks" in text and quote[:20] not in text


def test_quotation_from_the_book_stays():
    quote = "Become a member of the guild, and support our cause, or leave the island with the next ferry."
    text = _text(_page("Winter Light | by Ana Ruiz | The Harbour Review | Medium",
                       _body(middle=f"<blockquote><p>{quote}</p></blockquote>")))
    assert "Become a member of the guild" in text


# --- a funding line under the review's box, outside it ---

def _boxed(line: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in _PARAS) + "<p class='signed'>— Ana Ruiz, for the reading group</p>"
    return (f"<html><head><title>From the reading group</title></head><body><article><h1>From the reading group</h1>"
            f"<div class='entry-content'><div>{inner}</div><p>{line}</p></div>"
            f"<aside><h2>This week</h2><p>Choir practice on Thursday.</p></aside></article></body></html>")


@pytest.mark.parametrize("line", [
    "Donations to the library fund can be left at the desk by the door. Thank you for your generosity.",
    "Soutenez la bibliothèque de la paroisse : les dons se déposent à l'accueil. Merci de votre générosité.",
    "Los donativos para la biblioteca del barrio se recogen en la entrada. Gracias por vuestra generosidad.",
    "Spenden für die Gemeindebücherei nehmen wir gern im Büro entgegen. Vielen Dank!",
])
def test_funding_line_after_the_review_box_goes(line):
    text = _text(_boxed(line))
    assert "lighthouse" in text and "rocks" in text and line[:20] not in text


@pytest.mark.parametrize("line", [
    "I donated my copy to the library afterwards, so there is one on the shelf for anyone who wants it.",
    "J'ai fait don de mon exemplaire à la bibliothèque : il vous attend sur l'étagère.",
])
def test_reviewers_own_line_after_the_box_stays(line):
    assert line[:20] in _text(_boxed(line))
