"""plea40's misfires (rev-plea40): a review line naming a wallet beside a year range, a date or a range of numbers
("M-Pesa, 2007-2017", "an OPay account on 14.02.2021", "plot 1140-2231") is no handle to pay; "benefit pay" is
English for a state's money, not Bahrain's BenefitPay; a link in a story that bids someone send a message or a photo
("<a>Send me a photo</a>") or treat someone better is no tip button. The wallets with their numbers and the treat
buttons of test_payhandle_s40 and test_treatbutton_s40 still go."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A retired locksmith is hired by a museum to open a safe nobody has opened in a century, and the novel moves "
    "between his week in the basement vault and the year the safe was sealed, when a clerk hid something inside it.",
    "The two timelines are well matched, the locksmith's patience is lovely to watch, and the clerk's chapters carry "
    "a quiet dread, though the museum politics in the middle are dull and there are too many board meetings.",
    "A patient, clever book about keeping secrets, and I would read the locksmith's next job gladly.",
]
_URL = "https://keyhole.example.org/2026/12/the-vault/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Vault | Keyhole</title></head>"
         "<body><header><a href='/'>Keyhole</a></header><article class='post'><h1 class='entry-title'>The "
         "Vault</h1><div class='entry-content'>")


def _text(line, lang="en", pos=1):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    ps.insert(pos, line)
    return extract_page(_HEAD.format(lang=lang) + "".join(ps) + "<p>Rating: 4/5</p></div></article></body></html>",
                        _URL).body_text


@pytest.mark.parametrize("line, kept, lang", [
    # a year range beside a wallet: the book's span, no handle
    ("<p>Suri's chapter on M-Pesa and Tigo Pesa, 2007-2017, is the strongest in the book.</p>",
     "strongest in the book", "en"),
    ("<p>Le roman suit Awa, caissière Orange Money à Dakar, 1998-2004, avec une tendresse rare.</p>",
     "tendresse rare", "fr"),
    # a date beside a wallet
    ("<p>Amina opens an OPay account on 14.02.2021 and the trouble starts there.</p>", "trouble starts", "en"),
    ("<p>Am 03.11.2019 eröffnet der Held ein Konto bei Vodafone Cash, und von da an geht alles schief.</p>",
     "geht alles schief", "de"),
    ("<p>Le 2016-05-12, Koffi paie son loyer par Moov Money, et le roman bascule.</p>", "roman bascule", "fr"),
    # a range of numbers of the same length: a plot, pages
    ("<p>The heroine sells airtime for Zain Cash from stall 1140-2231, and her street is the book's true lead.</p>",
     "true lead", "en"),
    # "benefit pay" in English: a state's money
    ("<p>The heroine lives on benefit pay 2019-2023 while she writes the novel within the novel.</p>",
     "novel within", "en"),
])
@pytest.mark.parametrize("pos", [1, 2])
def test_review_lines_with_a_wallet_and_a_figure_stay(line, kept, lang, pos):
    assert kept in _text(line, lang=lang, pos=pos)


@pytest.mark.parametrize("line, kept", [
    ("<p>The locksmith's daughter texts him from the station: <a href='#'>Send me a photo</a>, and he never "
     "does.</p>", "never does"),
    ("<p><a href='javascript:void(0)'>Treat me a little better</a>, the clerk tells her husband, and he does not.</p>",
     "clerk tells"),
])
def test_a_story_link_opening_like_a_treat_stays(line, kept):
    assert kept in _text(line, pos=1)


@pytest.mark.parametrize("line, gone, lang", [
    ("<p>Tuchangie kupitia M-Pesa, namba ya till 555 218 — asanteni sana!</p>", "Tuchangie", "sw"),
    ("<p>Un petit geste par Moov Money au +229 97 55 51 20, merci pour la lecture.</p>", "petit geste", "fr"),
    ("<p>Keeping the safe open costs money: BenefitPay 3655 1234 takes any amount, thank you.</p>", "BenefitPay",
     "en"),
    ("<p>Gostou? Manda um trocado pelo M-Pesa para 84-555-1234, obrigada.</p>", "trocado", "pt"),
    ("<p>Found this useful? <a href='#'>Shout me a flat white</a> and the next review comes sooner.</p>",
     "flat white", "en"),
])
def test_the_bids_still_go(line, gone, lang):
    text = _text(line, lang=lang)
    assert gone not in text and "gladly" in text
