"""The site's ask for money in the reader's own idiom (``payline``, and ``fundaside``'s payment services, monthly
patrons and the site's name as its address spells it): the s35 round; own words and markup.

Closing lines: a drink that is the line's button-like link, or stood for the writer ("you can buy me one"), or beside
the bidding to support; a membership with a sum for a period; a payment service beside a bid. Anywhere: the writer's
own tip page with a sum a month; a quotation box linking a sponsorship page; the support bidding set as a label naming
the site inflected. Boxed: a payment service beside the site's name; monthly patrons beside the site's name.

Near misses: a drink in a review's closing sentence (no button, no "me", no support bidding), a drink linked to the
shop that sold it, an uncle who "would buy me" tea; a closing line on the book's price with no period; the same
membership sum in a review paragraph mid-text; a story's payment service with no bid; a character's own account; a
support label naming a local bookshop; a boxed story detail on patrons or a payment service, no site named; a quotation
box without a link."""

from scraper.extract import extract_page

_EN = [
    "A ferry pilot on a northern sound keeps a logbook through the winter her brother goes missing, and the entries "
    "slowly stop being about tides and start being about him, the arguments they never finished and the boat he sold.",
    "The prose is spare, almost clipped, and the author trusts the reader to hear what the pilot will not write down; "
    "the weather is a character of its own, fog for days and then one hard blue morning that changes everything.",
    "The last chapter is a little neat for my taste, but I read the final eighty pages in one sitting and pressed my "
    "copy on two friends the next morning, which is the best praise I know how to give a novel like this one.",
]
_SL = [
    "Stara šivilja v hribovski vasi po smrti moža začne pisati pisma hčeri v mestu, in pisma se počasi spremenijo v "
    "zgodbo o vsem, česar si nista nikoli povedali, o prepirih, o zimah in o hiši, ki jo je treba prodati.",
    "Jezik je preprost in natančen, pisateljica zna opisati vreme in tišino, in prizori ob štedilniku so tako živi, "
    "da sem jih brala dvakrat, počasi, kot se bere pismo nekoga, ki ga imaš rad in ga ne boš več videl.",
    "Konec je malo prehiter, a knjigo sem prebrala v dveh večerih in jo takoj posodila sosedi, ki je prav tako "
    "odraščala v hribih in je rekla, da je v njej prepoznala svojo mamo.",
]


def _page(paras, extra="", middle="", lang="en", first="", title="The Logbook Winter | Harbourlight Pages",
          canonical="https://harbourlightpages.example.net/2026/12/the-logbook-winter/", home="Harbourlight Pages"):
    ps = [f"<p>{p}</p>" for p in paras]
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='{canonical}'></head><body>"
            f"<header><a class='site-title' href='/'>{home}</a></header><article>"
            f"<h1 class='entry-title'>{title.split(' | ')[0]}</h1><div class='entry-content'>{first}{ps[0]}{ps[1]}{middle}"
            f"{ps[2]}{extra}</div></article><footer><p>© 2026</p></footer></body></html>")


def _text(html, url="https://harbourlightpages.example.net/2026/12/the-logbook-winter/"):
    return extract_page(html, url).body_text


def _kept(body, paras=_EN):
    return all(p[:40] in body for p in paras)


# --- closing lines: a drink -----------------------------------------------------------------------------------------

def test_a_drink_as_the_closing_lines_button_goes():
    line = "<p>ब्लॉग पसंद आया हो तो <a>एक कप चाय</a> — इसी से किताबें आती हैं।</p>"
    body = _text(_page(_EN, line))
    assert "एक कप चाय" not in body and _kept(body)


def test_a_drink_stood_for_the_writer_goes():
    line = "<p><em>If this review was worth a beer, you can buy me one.</em></p>"
    body = _text(_page(_EN, line))
    assert "earned a beer" not in body and _kept(body)


def test_a_drink_beside_the_support_bidding_goes():
    line = "<p>Podpri blog s kavo, če ti je zapis koristil.</p>"
    body = _text(_page(_SL, line, lang="sl"))
    assert "s kavo" not in body and _kept(body, _SL)


def test_a_drink_in_the_reviews_closing_sentence_stays():
    line = "<p>Best read slowly, with a pot of chai and the radio off, on a night when the wind is up.</p>"
    body = _text(_page(_EN, line))
    assert "pot of chai" in body


def test_a_drink_linked_to_the_shop_that_sold_it_stays():
    line = "<p>I read it with a mug of <a href='https://teahouse.example.com/assam'>Assam tea</a> from the stall by the pier.</p>"
    body = _text(_page(_EN, line))
    assert "from the stall by the pier" in body


def test_an_uncle_who_would_buy_me_tea_stays():
    line = "<p>My uncle would buy me a tea after every library visit, and this was the first book he ever chose for me.</p>"
    body = _text(_page(_EN, line))
    assert "My uncle would buy me a tea" in body


# --- closing lines: a paid membership, a payment service ------------------------------------------------------------

def test_a_membership_with_its_monthly_sum_goes():
    line = "<p>सदस्यता लेने पर हर महीने ₹99 में सारे नोट्स पूरे पढ़ सकते हैं।</p>"
    body = _text(_page(_EN, line))
    assert "सदस्यता" not in body and _kept(body)


def test_a_closing_line_on_the_books_price_stays():
    line = "<p>The paperback is £9.99 from the publisher, and the book club edition has a new afterword for members.</p>"
    body = _text(_page(_EN, line))
    assert "new afterword for members" in body


def test_a_membership_sum_in_a_review_paragraph_stays():
    para = ("The pilot's brother paid for a membership of the yacht club, 30 € a month, and the club's members are the "
            "ones who finally find the boat.")
    body = _text(_page(_EN, middle=f"<p>{para}</p>"))
    assert "the club's members are the ones" in body


def test_a_payment_service_beside_a_bid_goes():
    line = "<p>Tuunge mkono kupitia M-Pesa, namba 555 0123, kila shilingi inanunua kitabu kijacho.</p>"
    body = _text(_page(_EN, line))
    assert "M-Pesa" not in body and _kept(body)  # (sw: "support us through M-Pesa")


def test_a_storys_payment_service_stays():
    para = "Even the pilot's wages arrive by M-Pesa in the middle chapters, a small modern touch in an old-fashioned book."
    body = _text(_page(_EN, first=f"<p>{para}</p>"))  # (in the post's first half: the story's line, no sign-off)
    assert "wages arrive by M-Pesa" in body


# --- anywhere: the writer's own tip page, a sponsorship link, the labelled bidding ------------------------------------

def test_the_writers_own_tip_page_mid_text_goes():
    para = ("An aside before the rest: nothing here carries adverts, and the hosting comes out of my pocket. Anyone who "
            "got something from these notes can send a couple of euros a month through my Liberapay page.")
    body = _text(_page(_EN, middle=f"<p>{para}</p>"))
    assert "my Liberapay page" not in body and _kept(body)


def test_a_characters_own_payment_account_stays():
    para = ("Her brother sent a few pounds a month to the pilot through his Revolut account, and she never once wrote "
            "back to thank him for it, which the book lets stand without comment.")
    body = _text(_page(_EN, first=f"<p>{para}</p>"))
    assert "through his Revolut account" in body


def test_a_quote_box_linking_a_sponsorship_page_goes():
    quote = ("<blockquote><p>Harbourlight Pages is a spare-time project. If the tide tables saved you a trip, "
             "<a href='https://github.com/sponsors/harbourlight'>sponsor it</a> on GitHub.</p></blockquote>")
    body = _text(_page(_EN, middle=quote))
    assert "spare-time project" not in body and _kept(body)


def test_a_quote_box_without_a_link_stays():
    quote = "<blockquote><p>The sea keeps no logbook, she wrote, and nobody pays it for its weather.</p></blockquote>"
    body = _text(_page(_EN, middle=quote))
    assert "The sea keeps no logbook" in body


def test_the_support_label_naming_the_site_inflected_goes():
    line = "<p>Podpri Bralnico: vsak evro gre za nove knjige za ocene.</p>"
    html = _page(_SL, middle=line, lang="sl", title="Moja bralnica: Pisma", canonical="https://moja-bralnica.example.si/pisma.html",
                 home="Domov")
    body = _text(html, "https://moja-bralnica.example.si/pisma.html")
    assert "Podpri Bralnico" not in body and _kept(body, _SL)


def test_a_support_label_naming_a_local_bookshop_stays():
    line = "<p>Podpri lokalno knjigarno: to knjigo kupi v mestu, ne na spletu, in povej prodajalki, kdo te je poslal.</p>"
    html = _page(_SL, middle=line, lang="sl", title="Moja bralnica: Pisma", canonical="https://moja-bralnica.example.si/pisma.html",
                 home="Domov")
    body = _text(html, "https://moja-bralnica.example.si/pisma.html")
    assert "Podpri lokalno knjigarno" in body


# --- boxed (fundaside): a payment service, monthly patrons, the site's name as its address spells it -----------------

def test_a_boxed_payment_service_naming_the_site_goes():
    box = ("<div class='wp-block-group has-background'><p>Harbourlight Pages runs on its readers. Tip through Zapper "
           "and keep the lamp in the window lit.</p></div>")
    body = _text(_page(_EN, middle=box))
    assert "Tip through Zapper" not in body and _kept(body)


def test_monthly_patrons_of_the_site_by_its_address_word_go():
    box = ("<div class='sqs-block html-block'><div class='sqs-block-content'><p><strong>Keep Harbourlight open.</strong> "
           "Monthly patrons get a printed postcard every winter.</p></div></div>")
    body = _text(_page(_EN, middle=box))
    assert "Monthly patrons" not in body and _kept(body)


def test_a_boxed_story_detail_on_monthly_patrons_stays():
    box = ("<div class='wp-block-group has-background'><p>In the novel the harbour theatre survives on monthly patrons, "
           "and the pilot's brother was one of them.</p></div>")
    body = _text(_page(_EN, middle=box))
    assert "survives on monthly patrons" in body


def test_a_boxed_story_detail_on_a_payment_service_stays():
    box = ("<div class='wp-block-group has-background'><p>A detail I loved: the ferry tickets are sold by SnapScan at "
           "a folding table on the quay.</p></div>")
    body = _text(_page(_EN, middle=box))
    assert "sold by SnapScan" in body
