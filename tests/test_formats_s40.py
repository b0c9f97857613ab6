"""Reviews on pages that are not blog posts (formats40).

A fediverse thread's byline shows the account handle beside the display name on the focused post and the name alone
on the author's own replies: one person, not two (``mediumpage._without_handle``), so one author's chain of posts is
not read as a thread of several voices; several people's posts still are.
"""

from __future__ import annotations

from lxml import html

from scraper.extract import extract_page
from scraper.extract.mediumpage import thread


def _tree(body: str):
    return html.fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


_TOOTS = [
    "Hilo sobre La casa de las dunas, de Inés Varela, que terminé anoche y todavía me tiene dando vueltas. 1/3",
    "Una farera vieja y su nieta pasan un invierno encerradas por la arena, y cada capítulo cambia quién cuenta la "
    "historia y qué recuerda de la tormenta que se llevó el pueblo. 2/3",
    "El final se alarga un poco y la nieta merecía más páginas, pero la prosa es limpia y salada como el viento del "
    "faro. La recomiendo para noches largas. 3/3",
]


def _status(who: str, href: str, text: str, handle: str = "", focused: bool = False) -> str:
    cls = "detailed-status__display-name" if focused else "status__display-name"
    acct = f'<span class="display-name__account">{handle}</span>' if handle else ""
    return (f'<div class="status__wrapper"><div class="status"><a href="{href}" class="{cls}"><strong>{who}</strong>'
            f'{acct}</a><div class="status__content"><p>{text}</p></div></div></div>')


def _chain(names_and_handles) -> str:
    return '<div class="item-list">' + "".join(
        _status(who, href, text, handle, focused=(n == 0))
        for n, ((who, href, handle), text) in enumerate(zip(names_and_handles, _TOOTS))) + "</div>"


def test_one_author_s_chain_with_the_handle_on_the_first_post_is_not_a_thread():
    me = ("Lucía Mar", "/@luciamar", "@luciamar@faro.example")
    page = _tree(_chain([me, ("Lucía Mar", "/@luciamar", ""), ("Lucía Mar", "/@luciamar", "")]))
    assert thread(page) is None


def test_a_bluesky_handle_glued_to_the_name_is_the_same_person():
    page = _tree(_chain([("Lucía Mar", "/profile/lucia", "@lucia.bsky.social"), ("Lucía Mar", "/profile/lucia", ""),
                         ("Lucía Mar", "/profile/lucia", "")]))
    assert thread(page) is None


def test_several_people_with_handles_are_still_a_thread():
    page = _tree(_chain([("Lucía Mar", "/@luciamar", "@luciamar@faro.example"),
                         ("Tom Reed", "/@tomreed", "@tomreed@other.example"), ("Ada Kim", "/@adakim", "@adakim@x.example")]))
    assert "3 posts by 3 people" in thread(page)


def test_two_people_whose_names_differ_only_after_the_handle_stay_two():
    # a handle stripped leaves the display names, which differ: still two voices
    page = _tree(_chain([("Lucía Mar", "/@luciamar", "@luciamar@faro.example"), ("Tom Reed", "/@tomreed", ""),
                         ("Lucía Mar", "/@luciamar", "")]))
    assert "2 people" in thread(page)


def test_a_byline_that_is_only_a_handle_is_kept_as_the_handle():
    page = _tree(_chain([("", "/@luciamar", "@luciamar@faro.example"), ("", "/@tomreed", "@tomreed@other.example"),
                         ("", "/@adakim", "@adakim@x.example")]))
    assert "3 people" in thread(page)


def test_the_chain_through_extract_page_is_a_review():
    page = ("<html lang='es'><head><meta charset='utf-8'><title>Lucía Mar: \"Hilo sobre La casa de las dunas\"</title>"
            "</head><body><div class='columns-area'>" + _chain(
                [("Lucía Mar", "/@luciamar", "@luciamar@faro.example"), ("Lucía Mar", "/@luciamar", ""),
                 ("Lucía Mar", "/@luciamar", "")]) + "</div></body></html>")
    rec = extract_page(page, "https://faro.example/@luciamar/1135")
    assert not (rec.reason or "").startswith("a thread")
    assert "prosa es limpia" in rec.body_text


# -- a catalogue record whose summary is one of its fields (holdingsrecord._record_rows) ------------------------------

from scraper.extract.holdingsrecord import holdings_record  # noqa: E402

_SUMMARY = ("Tras la muerte de su abuelo, una relojera vuelve al taller del barrio y encuentra en los cajones cartas "
            "que cuentan otra historia de la guerra y de la familia que creía conocer.")


def _record(rows: str, extra: str = "") -> str:
    return ("<div id='ficha'><h1>El taller de relojes</h1><table class='registro'><tbody>" + rows + "</tbody></table>"
            "<table class='ejemplares'><thead><tr><th>Biblioteca</th><th>Signatura</th><th>Estado</th></tr></thead>"
            "<tbody><tr><td>Central</td><td>N ROD tal</td><td>Prestado</td></tr>"
            "<tr><td>Sucursal Norte</td><td>N ROD tal</td><td>Disponible</td></tr></tbody></table>" + extra + "</div>")


_SHORT_ROWS = ("<tr><th>Tipo:</th><td>Libro</td></tr><tr><th>Editorial:</th><td>Ediciones del Puerto, 2026.</td></tr>"
               "<tr><th>Descripción física:</th><td>288 páginas ; 21 cm</td></tr>"
               "<tr><th>Materias:</th><td>Relojería -- Novela.</td></tr>")


def test_a_record_with_its_summary_as_a_field_is_a_record():
    page = _tree(_record(_SHORT_ROWS + f"<tr><th>Resumen:</th><td>{_SUMMARY}</td></tr>"))
    assert "catalogue's record" in holdings_record(page)


def test_a_summary_field_under_a_colon_label_in_a_td_counts_too():
    rows = _SHORT_ROWS.replace("<th>", "<td>").replace("</th>", "</td>")
    page = _tree(_record(rows + f"<tr><td>Zusammenfassung:</td><td>{_SUMMARY}</td></tr>"))
    assert "catalogue's record" in holdings_record(page)


def test_a_reader_s_review_under_the_record_keeps_it_a_review():
    review = "<div class='opiniones'><p>" + " ".join(
        ["Leí la novela en dos noches y me quedo con el taller, con su olor a aceite y con la abuela que nunca habla."] * 8) + "</p></div>"
    page = _tree(_record(_SHORT_ROWS + f"<tr><th>Resumen:</th><td>{_SUMMARY}</td></tr>", review))
    assert holdings_record(page) is None


def test_long_rows_without_three_short_fields_are_no_record():
    # a review's table of verdicts: two short rows and long judgements under labels, beside a stockists' table
    rows = ("<tr><th>Autora:</th><td>Rosa Ortiz</td></tr><tr><th>Páginas:</th><td>288</td></tr>"
            + "".join(f"<tr><th>{label}:</th><td>{_SUMMARY}</td></tr>" for label in ("Trama", "Estilo", "Veredicto")))
    assert holdings_record(_tree(_record(rows))) is None


def test_a_row_of_prose_longer_than_a_field_is_not_counted():
    rows = _SHORT_ROWS[: _SHORT_ROWS.index("<tr><th>Materias")] + \
        "<tr><th>Reseña:</th><td>" + " ".join([_SUMMARY] * 4) + "</td></tr>"
    assert holdings_record(_tree(_record(rows))) is None


# -- a commenter's byline closed by the engine's control (datelines._without_closing_control) -------------------------

import pytest  # noqa: E402

_PARAS = [
    "A clockmaker's daughter comes home to the workshop after the funeral and finds letters in the drawers that tell "
    "a different story of the war and of the family she thought she knew.",
    "The chapters move between the workshop and the old letters, and the letters are by far the stronger half, dry "
    "and funny where the present-day scenes tend to explain themselves.",
    "Patient, precise and moving, like the clocks on the wall, and the last chapter is a small marvel.",
]


def _page(end: str, lang: str = "en") -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Clock Workshop | Reading Room</title></head>"
            "<body><article class='post'><h1 class='entry-title'>The Clock Workshop</h1><div class='entry-content'>"
            f"{ps}{end}</div></article></body></html>")
    return extract_page(page, "https://readingroom.example.org/2026/12/clock-workshop/").body_text


@pytest.mark.parametrize("end, gone, lang", [
    ("<p class='meta'>Comment by <strong>Nell P.</strong> on 28/11/2026 <a href='/comment?id=4'>Add a comment</a></p>",
     "Nell P.", "en"),
    ("<p>Kommentar von <b>Jonas K.</b> am 02.12.2026 <a href='/kommentar/neu'>Eigenen Kommentar schreiben</a></p>",
     "Jonas K.", "de"),
    ("<p>Reseña de <b>Marta G.</b>, 3 de diciembre de 2026 <a href='#responder'>Responder a esta reseña</a></p>",
     "Marta G.", "es"),
])
def test_a_byline_closed_by_the_engine_s_control_goes(end, gone, lang):
    text = _page(end, lang)
    assert gone not in text and "small marvel" in text


@pytest.mark.parametrize("end, kept", [
    # the reviewer's sentence, with a date and a link closing it
    ("<p>I first read it on 3 May 2019 in a hospital bed, and you can find <a href='/x'>my notes on the sequel</a></p>",
     "hospital bed"),
    # the reviewer's copy and its day, a photo's link after it
    ("<p>My copy came from the swap shelf at the station, 3 May 2019 <a href='/y'>(photo)</a></p>", "swap shelf"),
    # a sentence ending on its full stop, the link after it
    ("<p>Read in Lisbon, 3 May 2026. <a href='/z'>More Portugal reads</a></p>", "Read in Lisbon"),
])
def test_review_lines_closed_by_a_link_stay(end, kept):
    assert kept in _page(end)


# -- a shop's product page whose description is its staff review under a first-person heading --------------------------
# (productrecord.own_review_heading)

_STAFF_DE = [
    "Eine Fährfrau an der Elbe erzählt in einem Winter ihr ganzes Leben, und man hört ihr gern zu: knapp, trocken, "
    "mit einem Blick für die Nachbarn, die am Steg warten.",
    "Im Laden haben wir lange gestritten, ob der Mittelteil zu ruhig ist. Am Ende waren wir uns einig, dass gerade "
    "die Stille das Buch trägt, auch wenn das letzte Kapitel zu viel erklärt.",
    "Für lange Abende, und für alle, die Familienromane ohne Kitsch suchen, legen wir es gern auf den Tisch an der Kasse.",
]
_STAFF_FR = [
    "Une passeuse raconte sa vie pendant un hiver au bord du fleuve, et l'on se surprend à l'écouter sans voir passer "
    "les pages, tant sa voix est sèche, drôle et précise.",
    "À la librairie, nous avons débattu du milieu du roman, un peu lent. Nous sommes finalement tombés d'accord : ce "
    "calme porte le livre, même si le dernier chapitre explique trop.",
    "Pour les longues soirées, et pour qui cherche un roman de famille sans mièvrerie, nous le conseillons volontiers.",
]


_BLURB_FR = ("Une passeuse raconte sa vie pendant un hiver au bord du fleuve. Entre les horaires du bac, les lettres "
             "et les histoires des voisins, Anna Berger compose un roman de famille ample et lumineux, salué par la "
             "critique pour la précision de sa langue et la tendresse de son regard. Un livre à offrir, à lire au coin "
             "du feu, à partager. Anna Berger, née en 1979, vit au bord de l'Elbe ; c'est son troisième roman.")


def _shop(lang: str, heading: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Das Fährhaus - Anna Berger | Shop</title></head>'
            '<body><header><a class="logo" href="/">Shop</a><a class="header-cart" href="/cart">Cart (0)</a></header><main>'
            '<div class="product-info-main"><h1 class="page-title">Das Fährhaus</h1><p class="product-author">Anna Berger</p>'
            '<div class="price-box"><span class="price">22,00 €</span></div><button class="action tocart">Buy</button></div>'
            f'<div class="product-description"><h2>{heading}</h2>{body}</div>'
            '<table class="attributes"><tr><th>ISBN</th><td>9781234567897</td></tr><tr><th>Pages</th><td>320</td></tr></table>'
            "</main><footer>© 2026 Shop</footer></body></html>")
    return extract_page(page, "https://shop.example.com/books/item-1234")


@pytest.mark.parametrize("lang, heading, paragraphs", [
    ("de", "Unsere Rezension", _STAFF_DE),
    ("fr", "Notre avis", _STAFF_FR),
])
def test_a_staff_review_under_its_own_heading_is_no_record(lang, heading, paragraphs):
    assert _shop(lang, heading, paragraphs).kind != "listing"


@pytest.mark.parametrize("lang, heading, paragraphs", [
    # the same words under the description's own heading: the house's text, read as the record's
    ("de", "Über das Buch", _STAFF_DE),
    # the customers' tab, no one's own review
    ("de", "Rezensionen", _STAFF_DE),
    # a first-person heading over a few words: a tab's label over a form, the house's blurb under the next heading
    ("fr", "Notre avis", ["Soyez le premier à donner votre avis sur ce livre.</p><h2>Résumé</h2><p>" + _BLURB_FR]),
])
def test_a_blurb_or_a_customers_tab_stays_the_record(lang, heading, paragraphs):
    assert _shop(lang, heading, paragraphs).kind == "listing"
