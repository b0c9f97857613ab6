"""The blog's funding aside (``fundaside``): a short line set apart in a box of its own, asking the reader to pay, tip or
join for the site, between the review's paragraphs or after them (the s34 round; own words and markup).

Money given to the site (a drink stood for anyone, a fund, a sum or a price a month, the site paid) beside the reader's
liking as condition, a question to the reader, a bid, or the site named; membership or "no ads" only beside a bid or
the site named; a priced subscription in a box of its own whatever else it says.

Near misses: the same words in a plain paragraph of the review; a boxed aside recommending another book whose story
has a patron in it; a boxed aside on the library lending the book free for a month; a boxed story detail about a fund
with no reader or site in it."""

from scraper.extract import extract_page

_EN = [
    "Ottilie keeps the lighthouse on a northern island after her father drowns, and the novel follows her through one "
    "long winter of storms, shipwrecks and letters that arrive weeks late or not at all.",
    "The prose is plain and exact, and the author is very good at weather: fog that lasts for days, ice on the rails, "
    "the single clear morning when the mainland can be seen across the sound.",
    "The ending wraps up a little too tidily for my taste, but I read the last hundred pages in one sitting and have "
    "been lending my copy around the village ever since.",
]
_ES = [
    "Una maestra rural llega a un pueblo de la sierra en los años cincuenta y descubre que la escuela lleva dos años "
    "cerrada, que nadie quiere hablar del maestro anterior y que los niños ya no saben leer.",
    "La autora escribe con frases cortas y muy precisas, y los capítulos dedicados al invierno en la montaña son de lo "
    "mejor que he leído este año en una novela española contemporánea.",
    "El final me pareció algo apresurado, pero los personajes se quedan contigo mucho tiempo después de cerrar el "
    "libro, sobre todo la vieja panadera que lo sabe todo y no dice nada.",
]


def _page(paras, lang="en", title="The Lighthouse Winter | Saltmarsh Shelf", middle="", after=""):
    ps = [f"<p>{p}</p>" for p in paras]
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<header><a class='logo' href='/'>Saltmarsh Shelf</a></header><article>"
            f"<h1 class='entry-title'>{title.split(' | ')[0]}</h1><div class='entry-content'>{ps[0]}{ps[1]}{middle}"
            f"{ps[2]}{after}</div></article></body></html>")


def _text(html, url="https://saltmarshshelf.example.org/2026/12/the-lighthouse-winter/"):
    return extract_page(html, url).body_text


def _kept(body, paras=_EN):
    return all(p[:40] in body for p in paras)


# --- the rule ------------------------------------------------------------------------------------------------------

def test_a_drink_stood_for_the_site_in_a_callout_goes():
    box = ("<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>🍵</div><div class='kg-callout-text'>"
           "One person writes every post here. If you enjoy them, <a>stand the shelf a pot of tea</a>.</div></div>")
    box = box.replace("a pot of tea", "a cuppa")
    body = _text(_page(_EN, middle=box))
    assert "stand the shelf" not in body and _kept(body)


def test_a_fund_chipped_into_after_a_question_goes():
    box = ("<div class='wp-block-group lamp-oil'><p>Liked the lamp room? Chip in to the <a>lamp oil fund</a> and the "
           "next review comes on Friday.</p></div>")
    body = _text(_page(_EN, after=box))
    assert "lamp oil fund" not in body and _kept(body)


def test_a_sum_a_month_for_the_blog_in_catalan_box_goes():
    box = ("<div class='wp-block-group has-background'><p><strong>Dona un cop de mà al blog:</strong> amb tres euros "
           "al mes pagues el servidor i els llibres que ressenyem.</p></div>")
    body = _text(_page(_ES, lang="ca", middle=box), "https://prestatge.example.cat/2026/12/mestra/")
    assert "tres euros" not in body and _kept(body, _ES)


def test_the_site_paid_in_small_print_goes():
    line = "<p><font size='2'>Si esta página te ayuda en clase, firma el libro de visitas: es lo único que nos pagan.</font></p>"
    body = _text(_page(_ES, lang="es", after=line), "https://pizarra.example.es/lecturas/maestra.html")
    assert "libro de visitas" not in body and _kept(body, _ES)


def test_membership_for_the_price_of_a_book_a_month_naming_the_site_goes():
    box = ("<div class='sqs-block html-block'><div class='sqs-block-content'><p>Be a Saltmarsh Shelf patron: for the price "
           "of a secondhand novel a month the shelf stays free of adverts.</p></div></div>")
    body = _text(_page(_EN, after=box))
    assert "Shelf patron" not in body and _kept(body)


def test_members_bidden_in_a_callout_goes():
    box = ("<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Support the shelf: members receive the "
           "annotated reading list and a card at midwinter.</div></div>")
    body = _text(_page(_EN, middle=box))
    assert "members receive" not in body and _kept(body)


def test_a_coffee_offered_in_spanish_box_goes():
    box = "<div class='apoyo'><p>☕ Si te gustan mis reseñas, <a>invita al blog a un café</a> y seguimos leyendo.</p></div>"
    box = box.replace("invita al blog a un café", "invita al blog un café")
    body = _text(_page(_ES, lang="es", middle=box), "https://pizarra.example.es/2026/12/maestra/")
    assert "invita al blog" not in body and _kept(body, _ES)


# --- near misses ----------------------------------------------------------------------------------------------------

def test_the_same_plea_words_in_a_plain_paragraph_stay():
    para = ("<p>If you like stories about money, the keeper's widow, who buys the whole crew a coffee every Sunday, "
            "chips in to the harbour fund and says it is the only pay the old men get.</p>")
    body = _text(_page(_EN, middle=para))
    assert "harbour fund" in body and _kept(body)


def test_a_boxed_recommendation_whose_story_has_a_patron_stays():
    box = ("<div class='kg-card kg-callout-card'><div class='kg-callout-text'>If you like this, try her earlier novel, "
           "where a widow becomes a patron of a touring theatre company.</div></div>")
    body = _text(_page(_EN, middle=box))
    assert "touring theatre" in body and _kept(body)


def test_a_boxed_note_on_the_library_lending_it_free_for_a_month_stays():
    box = ("<div class='callout'><p>If you like the sound of it, the county library lends the e-book free for a "
           "month.</p></div>")
    body = _text(_page(_EN, after=box))
    assert "county library" in body and _kept(body)


def test_a_boxed_story_detail_about_a_fund_stays():
    box = ("<div class='wp-block-group has-background'><p>The lifeboat fund the islanders raise in chapter four is "
           "the thread that ties the village scenes together.</p></div>")
    body = _text(_page(_EN, middle=box))
    assert "lifeboat fund" in body and _kept(body)


def test_a_boxed_reading_tip_with_a_coffee_for_yourself_stays():
    box = ("<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Reading tip: if you like long books, buy "
           "yourself a coffee and settle in for the middle section.</div></div>")
    body = _text(_page(_EN, middle=box))
    assert "settle in for the middle" in body and _kept(body)


def test_a_boxed_spoiler_about_what_the_storm_costs_a_year_later_stays():
    box = ("<div class='callout'><p>Why does Ottilie stay? The storm costs her the keeper's cottage a year later, and "
           "the village blog she writes for keeps her going.</p></div>")
    body = _text(_page(_EN, middle=box))
    assert "keeper's cottage" in body and _kept(body)


_DE = [
    "Ein Fährmann auf der Elbe erzählt von dem Winter, in dem der Fluss zufror und das Dorf am anderen Ufer für Wochen "
    "nur zu Fuß über das Eis zu erreichen war, und von den Menschen, die dabei zueinander fanden.",
    "Die Sprache ist knapp und genau, und die Autorin hat ein gutes Gespür für Kälte, Licht und die Geräusche des "
    "Eises in der Nacht, die der Erzähler wie eine zweite Stimme im Buch beschreibt.",
    "Das Ende ist mir etwas zu glatt geraten, aber ich habe die letzten hundert Seiten an einem Abend gelesen und "
    "das Buch seither dreimal verschenkt.",
]


def test_the_readers_support_needed_at_a_price_a_month_goes():
    box = ("<div class='paragraph paragraph--type--hinweis'><p>Unabhängige Literaturkritik braucht Ihre Unterstützung: "
           "das Förder-Abo gibt es ab 4,50 Euro im Monat.</p></div>")
    body = _text(_page(_DE, lang="de", middle=box), "https://elbufer.example.de/buch/faehrmann/")
    assert "Förder-Abo" not in body and _kept(body, _DE)


def test_a_boxed_price_a_month_in_the_story_with_no_reader_stays():
    box = ("<div class='kasten'><p>Der Fährmann bekommt vom Dorf 4 Taler im Monat und ein Fass Heringe im Jahr, und "
           "das Magazin des Hafens zahlt ihm nichts.</p></div>")
    body = _text(_page(_DE, lang="de", middle=box), "https://elbufer.example.de/buch/faehrmann/")
    assert "Fass Heringe" in body and _kept(body, _DE)
