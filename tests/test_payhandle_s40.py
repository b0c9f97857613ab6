"""The site's bid for money by a payment service with where to pay it (``payhandle``, plea40): a wallet's name with the
writer's number or merchant code, between the review's paragraphs, in any language; or, set apart in italics, a wallet
beside the site's own name or kind. The regional wallets join ``payline.PAY_SERVICE`` (East, West and Southern
Africa, the Levant, Israel, the Gulf). A Yiddish or Hebrew bid to support opening a closing line with a wallet is a tip
ask (``tipask.SUPPORT_OPENS``). A character's money sent by phone, a price, a book about mobile money, an italic
epigraph naming a wallet, stay."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper's widow takes over the lamp for one stormy autumn, and the novel follows her nights on the "
    "gallery, the supply boat that comes late, and the inspector who would rather the light were automated.",
    "The prose is spare and salty, the storms are written with real force, and only the inspector's chapters, told "
    "from his office on the mainland, feel like they belong to a thinner book.",
    "A stern, lovely novel that left me listening for the foghorn.",
]
_URL = "https://lampgallery.example.org/2026/11/the-keeper/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Keeper | Lamp Gallery</title>"
         "<meta property='og:site_name' content='Lamp Gallery'></head>"
         "<body><header><a href='/'>Lamp Gallery</a></header><article class='post'><h1 class='entry-title'>The "
         "Keeper</h1><div class='entry-content'>")


def _text(line, lang="en", tail=False):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    if tail:
        mid, end = ps[0] + ps[1] + line + ps[2], "<p>Rating: 4/5</p>"
    else:
        mid, end = ps[0] + line + ps[1] + ps[2], "<p>Rating: 4/5</p>"
    page = _HEAD.format(lang=lang) + mid + end + "</div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, gone, lang", [
    # a wallet and its till number, no bid word at all (Swahili)
    ("<p>Tuchangie kupitia M-Pesa, namba ya till 555 218 — asanteni sana!</p>", "Tuchangie", "sw"),
    # Portuguese (Mozambique): the wallet, then the phone number
    ("<p>Gostou? Manda um trocado pelo M-Pesa para 84 555 1234, obrigada.</p>", "trocado", "pt"),
    # English, a merchant code after a wallet of Southern Africa
    ("<p>Keeping the lamp lit costs money: OneMoney merchant 0555 4412 takes any amount.</p>", "OneMoney", "en"),
    # French (West Africa): the wallet with its number in the international form
    ("<p>Un petit geste par Moov Money au +229 97 55 51 20, merci pour la lecture.</p>", "petit geste", "fr"),
    # set apart in italics: a wallet of the Levant beside the site's own name, no number
    ("<p><em>A word on money: Lamp Gallery carries no ads. Readers in Jordan who feel like thanking it can use Zain "
     "Cash, the details sit on the contact page. Cheers!</em></p>", "thanking", "en"),
    # set apart in italics, the site by its kind, an Israeli wallet
    ("<p><em>Even dit: alles op dit blog blijft gratis. Wie in Israël woont en iets terug wil doen, kan een bedankje "
     "sturen met PayBox naar het nummer op mijn profiel. Geen verplichting.</em></p>", "bedankje", "nl"),
])
def test_a_wallet_with_where_to_pay_goes(line, gone, lang):
    text = _text(line, lang)
    assert gone not in text and "foghorn" in text and "thinner book" in text


@pytest.mark.parametrize("line, gone, lang", [
    ("<p>שטיצט דעם בלאָג דורך PayPal — יעדער דאָלאַר העלפֿט.</p>", "דאָלאַר", "yi"),
    ("<p>תמכו בבלוג דרך PayPal, כל שקל עוזר.</p>", "שקל", "he"),
])
def test_a_closing_bid_to_support_with_a_wallet_goes(line, gone, lang):
    text = _text(line, lang, tail=True)
    assert gone not in text and "foghorn" in text


@pytest.mark.parametrize("line", [
    # a character sends money by phone
    "<p>In one chapter the widow's son sends her M-Pesa from the city, and the message with it is the saddest line "
    "in the book.</p>",
    # a book about mobile money: a count with its word after it
    "<p>The inspector's report says M-Pesa agents handled 50 000 000 transfers that year, a figure the widow laughs "
    "at.</p>",
    # a price in the verdict, a wallet in the same line
    "<p>At 1 200 shillings, paid by Orange Money at the ferry kiosk, it was the best money I spent this autumn.</p>",
    # an italic epigraph naming a wallet, the site not named
    "<p><em>She sent the money through Airtel Money and never called again.</em></p>",
    # a verdict bidding support for the author
    "<p>Support this author: buy her books, any way you can, even by EcoCash from the market stall.</p>",
    # a year and a page count beside a wallet
    "<p>The 2019 edition, 312 pages, has a chapter on how MTN MoMo came to the island.</p>",
])
def test_review_lines_on_money_stay(line):
    text = _text(line)
    kept = line[3:40].replace("<em>", "")
    assert kept in text and "foghorn" in text
