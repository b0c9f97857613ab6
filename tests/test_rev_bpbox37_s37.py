"""Misfires of bpbox37's rules found in review (rev-bpbox37), on pages of my own making: the info-panels rule taking
a review's own closing panels (content warnings, spoilers) set among its paragraphs; the availability rule taking a
staff review in a product card the theme classes "instock"; the by-word rule taking the book's author for the writer
and dropping the author's bio."""

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper on a northern island loses his radio in a storm and spends a winter writing letters to a "
    "brother he has not spoken to in twenty years, letters he knows no boat will carry until spring.",
    "The author is patient with him: the chores, the lamp, the gulls, the tins counted every Sunday, and the slow way "
    "an old grudge turns into something closer to an apology as the pages pile up on the kitchen table.",
    "The ending is quieter than I expected and all the better for it, and our reading group argued about the last "
    "letter for a whole evening before anyone could agree what the keeper had finally decided to say.",
]
_URL = "https://readerblog.example.org/2026/11/keepers-letters/"


def _page(tail="", title="The Keeper's Letters by Aino Rask"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body><header><a href='/'>Blog"
            f"</a></header><main><article class='post'><h1>{title}</h1><div class='entry-content'>{ps}{tail}</div>"
            f"</article></main></body></html>")


def test_content_warning_and_spoiler_panels_among_the_paragraphs_stay():
    tail = ("<details><summary>Content warnings</summary><p>Suicide, grief, alcoholism.</p></details>"
            "<details><summary>Spoilers</summary><p>The brother was dead all along.</p></details>")
    record = extract_page(_page(tail), _URL)
    assert "dead all along" in record.body_text and "Suicide" in record.body_text
    assert record.content_warnings and "Suicide" in record.content_warnings and record.is_review


def test_the_reviews_own_closing_panels_stay():
    tail = ("<details><summary>Favourite quote</summary><p>“The sea keeps no letters.”</p></details>"
            "<details><summary>Read if you liked</summary><p>Cold Earth by Sarah Moss.</p></details>")
    text = extract_page(_page(tail), _URL).body_text
    assert "sea keeps no letters" in text and "Cold Earth" in text


_PICK = ("Quiet, salty and sad. Rask writes the sea like nobody else. The letters pile up. So does the grief. I read it "
         "in two sittings. Then I read it again. Our whole shop is passing it around now.")


def test_a_staff_review_in_a_card_classed_instock_stays():
    html = (f"<html lang='en'><head><title>Staff review: The Keeper's Letters</title></head><body><main><article>"
            f"<h1>Staff review: The Keeper's Letters</h1><div class='entry-content'><p>{_PARAS[0]}</p><p>{_PARAS[1]}</p>"
            f"<div class='product-card instock'><h3>Maya says</h3><p>{_PICK}</p></div></div></article></main></body></html>")
    text = extract_page(html, "https://quaybooks.example.com/blog/staff-review-keepers-letters/").body_text
    assert "Rask writes the sea" in text and "passing it around" in text


def test_staff_picks_in_product_cards_classed_instock_stay():
    cards = "".join(
        f"<div class='product type-product status-publish instock'><h3>{t}</h3><p>{r}</p></div>" for t, r in [
            ("The Keeper's Letters", "Quiet, salty and sad. Rask writes the sea like nobody else. Read it slowly."),
            ("Cold Earth", "A dig in Greenland goes wrong. Tense and lovely. Perfect for a winter night."),
            ("Septologien", "Seven books in one long breath. Hard going at first. Then you can't stop.")])
    html = (f"<html lang='en'><head><title>Staff picks for December</title></head><body><main><article><h1>Staff picks "
            f"for December</h1><div class='entry-content'><p>Our booksellers chose their favourite reads of the year, and "
            f"here they are, with a few words each on why you should pick them up this winter.</p>{cards}</div>"
            f"</article></main></body></html>")
    text = extract_page(html, "https://quaybooks.example.com/staff-picks-december/").body_text
    assert "Rask writes the sea" in text and "Tense and lovely" in text and "Seven books" in text


def test_the_stock_line_of_a_product_still_goes():
    html = _page("<p class='stock in-stock'>3 in stock</p>")
    assert "in stock" not in extract_page(html, _URL).body_text


_FR = [
    "Ernaux revient sur l'avortement clandestin qu'elle a subi en 1963, avec la précision froide qui est sa marque, "
    "et chaque détail du carnet de cette année-là pèse sur la page comme une pierre.",
    "Ce qui frappe, c'est le refus de tout pathos : la narratrice regarde la jeune femme qu'elle a été sans la "
    "plaindre ni la juger, et le lecteur ne peut pas détourner les yeux non plus.",
]


def test_the_books_author_after_a_by_word_keeps_her_bio():
    ps = "".join(f"<p>{p}</p>" for p in _FR)
    bio = ("<div class='bio'><h4>L'autrice</h4><p>Annie Ernaux est née en 1940 à Lillebonne et a reçu le prix Nobel "
           "de littérature en 2022.</p></div>")
    html = (f"<html lang='fr'><head><meta charset='utf-8'><title>L'Événement</title></head><body><main><article>"
            f"<header class='mt4 w-100'><h1>L'Événement</h1><p>par Annie Ernaux</p><time datetime='2026-11-30'>30 "
            f"novembre 2026</time></header><div class='copy'>{ps}{bio}</div></article></main></body></html>")
    text = extract_page(html, "https://lectures.example.fr/2026/11/l-evenement/").body_text
    assert "Lillebonne" in text and "refus de tout pathos" in text
