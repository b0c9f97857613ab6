"""The site's ask for money among the review's own paragraphs (``payapart``, with ``fundaside`` and ``payline``): the
s36 round; own words and markup.

Set apart with no box (a pictograph leading the line, a class its sibling paragraphs lack) and naming a way to pay or
the site by its web kind; the site by its web kind beside a currency named in a box; a payment service beside the
site's own name in no box, turned to the reader; a closing bid to become a patron on a payment host; the payment
wallets, crowdfunding hosts and account numbers of more countries.

Near misses: a pictograph-led line of the review's own voice on coffee and a blog; a classed line on the story's tip
jar; a page builder that classes every paragraph alike; another's blog and its price in a box; a price in a box with
no site; a payment service in the story; the site's name beside a payment service with no bid, question or liking; a
closing sentence on a character becoming a patron; a book funded on a crowdfunding host."""

from scraper.extract import extract_page

_EN = [
    "A lighthouse keeper's widow stays on the island after the light is automated, and the novel follows her through "
    "one long winter of repairs, letters from the mainland and the slow arrival of a stranger who claims to be family.",
    "The writing is patient and exact, full of tools and weather, and the author lets silences do the work that "
    "other novels would give to dialogue; I could smell the paraffin and hear the gulls on every other page.",
    "The ending lands softly rather than hard, which some readers will mind, but I finished it on a ferry and sat "
    "there after we docked, unwilling to get up, which is the best thing I can say about any book this year.",
]
_URL = "https://saltlampreader.example.org/2026/12/the-keepers-widow/"


def _page(middle="", extra="", cls=("", "", ""), home="Saltlamp Reader", title="The Keeper's Widow | Saltlamp Reader",
          lang="en", paras=_EN):
    ps = [f"<p{' class=' + repr(c) if c else ''}>{p}</p>" for p, c in zip(paras, cls)]
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{_URL}'></head><body>"
            f"<header><a class='site-title' href='/'>{home}</a></header><article>"
            f"<h1 class='entry-title'>{title.split(' | ')[0]}</h1><div class='entry-content'>{ps[0]}{ps[1]}{middle}"
            f"{ps[2]}<p><strong>Rating:</strong> 4/5</p>{extra}</div></article><footer><p>© 2026</p></footer></body></html>")


def _text(html):
    return extract_page(html, _URL).body_text


def _kept(body, paras=_EN):
    return all(p[:40] in body for p in paras)


# --- set apart with no box: a pictograph, a class of its own ---------------------------------------------------------

def test_a_pictograph_led_line_naming_a_payment_wallet_goes():
    line = "<p>🌊 Tuunge mkono blogu hii: tuma kupitia Airtel Money, kila shilingi inanunua kitabu kingine.</p>"
    body = _text(_page(middle=line))
    assert "Airtel Money" not in body and _kept(body)


def test_a_paragraph_classed_apart_naming_the_blog_and_a_tip_jar_goes():
    line = "<p class='lamp-note'>If the reviews here earn their keep, the tip jar on the sidebar keeps the blog lit.</p>"
    body = _text(_page(middle=line))
    assert "tip jar on the sidebar" not in body and _kept(body)


def test_a_pictograph_led_line_in_the_reviews_voice_stays():
    line = ("<p>☕ I first heard of it on a friend's blog and read most of it over a pot of coffee by the stove, which "
            "suited the weather on the island very well.</p>")
    body = _text(_page(middle=line))
    assert "over a pot of coffee by the stove" in body


def test_a_classed_line_on_the_storys_tip_jar_stays():
    line = ("<p class='pull'>If you like small details, the tip jar on the harbour bar in chapter four tells you "
            "everything about the widow's neighbours.</p>")
    body = _text(_page(middle=line))
    assert "tip jar on the harbour bar" in body


def test_paragraphs_all_classed_alike_set_none_apart():
    para = ("The stranger pays the island's grocer by bank transfer every month, and the account number on the slip is "
            "the clue the widow keeps turning over in the second half of the book.")
    body = _text(_page(middle=f"<p class='block'>{para}</p>", cls=("block", "block", "block")))
    assert "account number on the slip" in body


# --- in a box: the site by its web kind beside a currency named --------------------------------------------------------

def test_a_boxed_line_naming_the_site_and_a_currency_goes():
    box = ("<div class='callout'><p>Keeping this website going costs a handful of pounds each winter; readers who "
           "throw some quid its way keep the lamp burning.</p></div>")
    body = _text(_page(middle=box))
    assert "handful of pounds" not in body and _kept(body)


def test_a_boxed_line_on_anothers_blog_and_a_price_stays():
    box = ("<div class='callout'><p>The author's blog sells the earlier novella for a few pounds, and it is worth "
           "reading first for the widow's backstory.</p></div>")
    body = _text(_page(middle=box))
    assert "earlier novella for a few pounds" in body


def test_a_boxed_price_with_no_site_stays():
    box = ("<div class='callout'><p>The hardback runs to a few pounds more than the paperback, but the maps in it "
           "are worth the difference.</p></div>")
    body = _text(_page(middle=box))
    assert "maps in it are worth" in body


def test_a_boxed_account_number_beside_the_blog_goes():
    box = "<div class='callout'><p>Bloga destek: hesap numarası Hakkımda sayfasında duruyor, her katkı bir kitap.</p></div>"
    body = _text(_page(middle=box))
    assert "hesap numarası" not in body and _kept(body)


# --- in no box: a payment service beside the site's own name, turned to the reader ------------------------------------

def test_a_payment_service_beside_the_sites_name_as_an_answered_question_goes():
    line = "<p>Glad you stopped by Saltlamp Reader? Shout me a coffee through Ko-fi and the next review is on you.</p>"
    body = _text(_page(middle=line))
    assert "through Ko-fi" not in body and _kept(body)


def test_a_payment_service_in_the_story_stays():
    line = ("<p>Her cousin pays the ferry by Vipps in the one scene set on the mainland, and the widow watches the "
            "phone as if it were a magic trick.</p>")
    body = _text(_page(middle=line))
    assert "pays the ferry by Vipps" in body


def test_the_sites_name_beside_a_payment_service_with_no_ask_stays():
    line = ("<p>Saltlamp Reader covered her first book back in 2023, when the author still sold zines through "
            "PayPal at island craft fairs.</p>")
    body = _text(_page(middle=line))
    assert "sold zines through PayPal" in body


# --- closing: the bidding to become a patron on a payment host ---------------------------------------------------------

def test_a_closing_bid_to_become_a_patron_on_a_crowdfunding_host_goes():
    line = "<p>Become a patron of the lamp room on Ulule and the spring chapbook is yours.</p>"
    body = _text(_page(extra=line))
    assert "on Ulule" not in body and _kept(body)


def test_a_closing_sentence_on_a_character_becoming_a_patron_stays():
    line = "<p>In the last pages the stranger becomes a patron of the island school, and that is all I will say.</p>"
    body = _text(_page(extra=line))
    assert "patron of the island school" in body


def test_a_closing_note_on_a_book_funded_by_crowdfunding_stays():
    line = "<p>The book itself was funded on Ulule by early readers, and the care shows in the binding.</p>"
    body = _text(_page(extra=line))
    assert "funded on Ulule" in body
