"""Holdout 48's closing asks, in our own words and markup.

- followlines.opening_follow: the imperative of joining or following opening a line that names a network, in Somali,
  Swahili, Hausa, Zulu and Afrikaans; Gujarati's verb of subscribing and its networks written with a long or a short
  vowel sign alike. Near misses: the indicative (someone joined, someone follows: the story), no network named.
- siteaccounts.newsletter_notice: a line opening with the imperative of subscribing (or closing a verb-last clause
  with it) and naming a newsletter, no link (lb, de, fi, nl, tr). Near misses: a review's sentence about a
  character's newsletter, an imperative without a newsletter.
- creditlines / sitenotices: the article's views declared its writer's, or not the editors', in more languages (so,
  sw, ro, sv, hr, sl, lt, lv, et, hu, ur). Near miss: a review's sentence that the book reflects its author's view.
- citedrecord.place_year_record: "Name, Title. City, 1974." is the review's record, never a lead-in of the ask after
  it. Near misses: a letter's sign-off with a place and a year, a sentence.
- leadin: a note closing a small book card that holds the review's score stays when a donation box follows the card;
  a lead-in in a box of its own before the same box still goes.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.citedrecord import record_line
from scraper.extract.followlines import opening_follow
from scraper.extract.siteaccounts import newsletter_notice
from scraper.extract.sitenotices import views_disclaimer


@pytest.mark.parametrize("line", [
    "Ku biir kooxdayada Telegram si aad u aragto dib-u-eegisyada cusub.",  # so
    "Na raac Instagram-ka si aad ula socoto buugaagta cusub.",  # so
    "Jiunge nasi kwenye Facebook upate makala mpya kila wiki.",  # sw
    "Ku biyo mu a shafinmu na Facebook domin samun sabbin labarai.",  # ha
    "Joyina ikhasi yethu ye-WhatsApp ukuze uthole izindaba.",  # zu
    "Sluit aan by ons WhatsApp-kanaal vir nuwe resensies.",  # af
    "નવી સમીક્ષાઓ માટે અમારી યૂટ્યૂબ ચેનલ સબ્સ્ક્રાઈબ કરો",  # gu, long vowel signs
    "અમારું ફેસબૂક પેજ ફોલો કરો",  # gu
])
def test_join_and_follow_lines(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    "Wuxuu ku biiray koox Facebook ah oo uu ku qoro gabayadiisa.",  # so: he joined a group (the story)
    "Alijiunga na Facebook mwaka ule aliporudi kijijini.",  # sw: he joined (past)
    "Ku biir safarka Calimaax, buuggu wuxuu kuu qaadayaa Cadan.",  # so: the imperative, but no network
    "તે રોજ રાત્રે યૂટ્યૂબ પર જૂનાં ગીતો સાંભળે છે.",  # gu: she listens to old songs on YouTube
])
def test_join_and_follow_near_misses(line):
    assert not opening_follow(line)


@pytest.mark.parametrize("line", [
    "Abonnéiert eisen Bicher-Newsletter a liest all Mount déi nei Kritiken.",  # lb
    "Abonnieren Sie den Literatur-Newsletter der Redaktion.",  # de
    "Tilaa kulttuuritoimituksen uutiskirje sähköpostiisi.",  # fi
    "Schrijf je in voor de nieuwsbrief van de boekenredactie.",  # nl
    "Yeni eleştiriler için haftalık bültenimize abone olun.",  # tr, verb last
])
def test_newsletter_bids_without_a_link(line):
    assert newsletter_notice(line)


@pytest.mark.parametrize("line", [
    "The heroine writes a newsletter that nobody in the village reads until the flood.",
    "Abonnéiert Iech op d'Geschicht vum Papp, sot de Bouf, an hien huet gelaacht.",  # an imperative, no newsletter
    "Sie abonniert den Newsletter ihres Vaters und liest ihn heimlich.",  # she subscribes (the story)
])
def test_newsletter_near_misses(line):
    assert not newsletter_notice(line)


@pytest.mark.parametrize("line", [
    "Aragtida maqaalkan ku jirta waxay ka turjumaysaa aragtida qoraaga oo keliya.",  # so
    "Maoni yaliyomo kwenye makala hii ni ya mwandishi mwenyewe.",  # sw
    "Opiniile din acest text aparțin exclusiv autorului.",  # ro
    "Åsikterna i krönikan är skribentens egna.",  # sv
    "Tekst ne odražava nužno stav redakcije portala.",  # hr
    "Kolumne ne odražajo nujno stališč uredništva.",  # sl
    "Autoriaus nuomonė nebūtinai sutampa su redakcijos nuomone.",  # lt
    "Autora viedoklis var nesakrist ar redakcijas viedokli.",  # lv
    "Arvamuslugu seisukohad ei pruugi kattuda toimetuse seisukohtadega.",  # et
    "A cikk nem feltétlenül tükrözi a szerkesztőség álláspontját.",  # hu
    "اس مضمون میں ظاہر کی گئی آراء مصنف کی ذاتی ہیں۔",  # ur
])
def test_views_disclaimers(line):
    assert views_disclaimer(line)


@pytest.mark.parametrize("line", [
    "Buuggu wuxuu ka turjumayaa aragtida qoraaga ku saabsan dagaalka.",  # so: the book reflects its author's view
    "Romanul aparține autorului mai mult decât oricare altul al său.",  # ro: no views named
    "Skribenten i romanen är en ung kvinna från Umeå.",  # sv: a character who writes
])
def test_views_disclaimer_near_misses(line):
    assert not views_disclaimer(line)


@pytest.mark.parametrize("line", ["Cabdi Xasan Nuur, Dhulkii hore. Hargeysa, 1969.", "Ana Petrovna, The Long Ferry. St Petersburg, 1911."])
def test_place_and_year_records(line):
    assert record_line(line)


@pytest.mark.parametrize("line", ["Thanks for reading, dear friends. Lisbon, 2024.", "We read it together last winter. Oslo, 2023.",
                                  "Did you like it, Ana? Porto, 2022."])
def test_place_and_year_near_misses(line):
    assert not record_line(line)


SO = ["Buuggani wuxuu ka sheekeynayaa nin reer miyi ah oo magaalada u soo guuraya si uu shaqo u helo, oo la kulma "
      "dad iyo dhaqan aanu hore u aqoon. Qoraagu wuxuu si tartiib ah u muujinayaa sida uu isu beddelayo.",
      "Luuqadda buuggu waa mid fudud oo macaan, maahmaahyaduna waxay ku jiraan bog kasta. Waxaan jeclaaday sida "
      "qoraagu ugu dhex qariyo kaftanka xanuunka iyo rajada, iyo sida uu u dhiso jilayaasha yaryar.",
      "Qaybta dambe waa ka gaaban tahay inta loo baahnaa, laakiin guud ahaan waa buug mudan in la akhriyo oo la "
      "siiyo dhallinyarada dugsiyada, gaar ahaan kuwa doonaya inay fahmaan nolosha magaalada."]


def _page(tail: str) -> bytes:
    return ("<html><head><title>Dhulkii hore - Wargeys</title></head><body><main><article><h1>Dhulkii hore</h1>"
            "<div class='story-body'>" + "".join(f"<p>{p}</p>" for p in SO) + tail + "</div></article></main></body></html>").encode()


def test_follow_line_over_the_disclaimer_goes_and_the_record_stays():
    tail = ("<p>Qiimeyn: 4/5</p><p class='ref'><i>Cabdi Xasan Nuur, Dhulkii hore. Hargeysa, 1969.</i></p>"
            "<p>Ku biir bogga wargeyska ee Facebook si aad u hesho maqaalada cusub.</p>"
            "<p>Aragtida maqaalkan ku jirta waxay ka turjumaysaa aragtida qoraaga oo keliya.</p>")
    text = extract_page(_page(tail), "https://wargeys.example.so/buug/dhulkii-hore").body_text
    assert "Ku biir" not in text and "maqaalkan" not in text
    assert "Hargeysa, 1969" in text and "Qiimeyn: 4/5" in text and SO[2][:40] in text


EN = ["The novel follows a ferry pilot on a northern lake through one long winter, when the ice comes early and the "
      "villages on the far shore are cut off for weeks, and she starts carrying letters across on foot.",
      "Its best pages are about the ice itself: how it sings at night, how it cracks in long lines, how the pilot learns "
      "to read it the way she once read the water, and how the villagers come to trust her judgement.",
      "The last chapters hurry through the spring thaw, and one love story never quite convinces, but I would give it "
      "to anyone who likes quiet books set in cold places, and it is the best thing I have read this year."]


def _card_page(card: str) -> bytes:
    donate = ("<div class='donate'><p><strong>Support the Lake Courier</strong> - a small monthly gift keeps "
              "independent culture writing free to read.</p></div>")
    return ("<html><head><title>The Ice Pilot - Lake Courier</title></head><body><main><article><h1>The Ice Pilot</h1>"
            "<div class='article__content'>" + "".join(f"<p>{p}</p>" for p in EN) + card + donate
            + "</div></article></main></body></html>").encode()


def test_note_closing_a_scored_book_card_stays():
    card = ("<aside class='book-card'><p>Book: The Ice Pilot</p><p>Score: 8 out of 10</p>"
            "<p><i>Our reviewer's copy came with the paper's thanks to a friend.</i></p></aside>")
    text = extract_page(_card_page(card), "https://lakecourier.example.com/culture/ice-pilot").body_text
    assert "Support the Lake Courier" not in text
    assert "Score: 8 out of 10" in text and "Book: The Ice Pilot" in text and "friend" in text


def test_near_miss_a_lead_in_box_of_its_own_still_goes():
    card = "<div class='cta-lead'><p><em>Enjoyed this review? Then a small favour:</em></p></div>"
    record = extract_page(_card_page(card), "https://lakecourier.example.com/culture/ice-pilot")
    assert "small favour" not in record.body_text and "Support the Lake Courier" not in record.body_text
    assert EN[2][:50] in record.body_text
