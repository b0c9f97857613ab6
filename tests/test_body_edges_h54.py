"""holdout54 (body54): a mailed letter's and a paper's edge lines by shape and place. A labelled byline in an Indic
script (its label and month written with vowel signs); the bidding to like or join the page in Tagalog, Sinhala and
the Romance languages; an event card whose heading the markup glues to its line; the bidding to tell a friend about
the letter; a letter's sign-off with the writer's role after the name. Our own wording throughout."""

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.datelines import _labelled_byline
from scraper.extract.eventbox import _boxed_notice
from scraper.extract.followlines import opening_follow
from scraper.extract.forwardask import forward_ask
from scraper.extract.signoff import sign_off


@pytest.mark.parametrize("line", [
    "ලියන්නේ: නිමල් සිල්වා | 2025 ජනවාරි 12",  # si: written by, the year first
    "लेखक: अनिल वर्मा | 2025 दिसंबर 03",  # hi: writer
    "எழுதியவர்: கவிதா ராஜன் | 2025 டிசம்பர் 04",  # ta: written by
    "लेखक: सीता थापा · 2025 नोभेम्बर 21",  # ne
])
def test_indic_labelled_byline(line):
    assert _labelled_byline(line)


@pytest.mark.parametrize("line", [
    "පොත: 2025 ජනවාරි 12",  # si: a label and a date, no one named
    "කියවූයේ: 2025 ජනවාරි 12 සිට 20 දක්වා",  # si: read from … to …, the date not closing the line
    "Read: 3 March 2024",
    "पुस्तक मेले में 2025 दिसंबर 03 को नई किताब आई और सबने पढ़ी",  # hi: a sentence with a date
])
def test_labelled_byline_near_misses(line):
    assert not _labelled_byline(line)


@pytest.mark.parametrize("line", [
    "I-like ang Facebook page ng aming pahayagan para sa lingguhang balita tungkol sa mga aklat.",  # tl
    "කතා සහ විචාර සඳහා අපගේ ෆේස්බුක් පිටුවට එක්වන්න!",  # si: join our Facebook page
    "නව ලිපි ගැන දැනගන්න අපව Instagram හි අනුගමනය කරන්න.",  # si: follow us on Instagram
    "Dale like a nuestra página de Facebook y no te pierdas ninguna reseña.",  # es
    "Curta nossa página no Facebook para receber as próximas resenhas.",  # pt
    "Mettete mi piace alla nostra pagina Facebook!",  # it
    "Aimez notre page Facebook pour suivre nos lectures.",  # fr
    "Vind ons leuk op Facebook voor meer boekentips.",  # nl
    "Sukai halaman Facebook kami untuk ulasan terbaru.",  # ms/id
])
def test_like_and_join_page_lines(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    "Nag-like siya sa Facebook post ng kaibigan niya at doon nagsimula ang gulo.",  # tl: the story, no imperative
    "ඇය ෆේස්බුක් හරහා ඔහුගේ කණ්ඩායමට එක්වෙනවා.",  # si: she joins his group (indicative)
    "I like how the heroine hides from Facebook for a whole chapter.",  # en: 'I like' is the reviewer's
    "Curta e intensa, a novela passa-se quase toda no Instagram.",  # pt: 'curta' the adjective
    "Mi piace come l'autrice racconta Facebook senza giudicarlo.",  # it: the reviewer's 'mi piace'
])
def test_like_and_join_near_misses(line):
    assert not opening_follow(line)


def _cell(inner: str):
    body = lxml_html.fromstring(f"<div><p>Intro.</p><table><tr><td>{inner}</td></tr></table><p>End.</p></div>")
    return body.find(".//table")


@pytest.mark.parametrize("inner", [
    "<h3>Kerhon tammikuun ilta</h3><p>Torstaina 14.1. klo 17.30 kirjaston salissa. Kahvia tarjolla.</p>",  # fi
    "<h3>Reading group in March</h3><p>Wednesday 11 March, 7 pm, in the café upstairs.</p>",  # en
    "<h4>Lesekreis im Februar</h4><p>Montag, 2. Februar, 19 Uhr, im Gemeindesaal.</p>",  # de
])
def test_glued_event_card(inner):
    assert _boxed_notice(_cell(inner))


@pytest.mark.parametrize("inner", [
    "<h3>Kerhon tammikuun kirja</h3><p>Otava, 2024. 320 sivua.</p>",  # fi: a record card, no weekday or clock
    "<h3>Reading group in March</h3><p>We met on Wednesday and argued for hours.</p>",  # en: a weekday, no clock
    "<h3>Our rating</h3><p>Saturday night read, 4/5, 9 pm start recommended.</p>",  # en: a score
])
def test_glued_card_near_misses(inner):
    assert not _boxed_notice(_cell(inner))


def _p(text: str):
    return lxml_html.fromstring(f"<p>{text}</p>")


@pytest.mark.parametrize("line", [
    "Jos kirjeemme ilahduttaa, suosittele sitä ystävällesi – tilaus ei maksa mitään.",  # fi
    "Enjoying our letter? Tell a friend about it, signing up is free.",  # en
    "Gefällt dir unser Newsletter? Empfiehl ihn einer Freundin weiter.",  # de
    "Vous aimez cette lettre ? Parlez-en à vos amis.",  # fr
    "Si te gusta esta carta, recomiéndala a tus amigos.",  # es
    "Tipsa en vän om vårt nyhetsbrev!",  # sv
    "Poleć nasz newsletter znajomym.",  # pl
    "Расскажите друзьям о нашей рассылке.",  # ru
])
def test_tell_a_friend_about_the_letter(line):
    assert forward_ask(_p(line))


@pytest.mark.parametrize("line", [
    "Recommend it to a friend who loves slow novels.",  # en: the book, no mail
    "Suosittelen kirjaa kaikille ystävilleni.",  # fi: the reviewer recommends the book
    "A carta dela para a amiga muda tudo no último capítulo.",  # pt: a letter and a friend in the story
    "Ein Roman in Briefen an einen Freund, leise und genau.",  # de: an epistolary novel
    "In the letter she must tell a friend the truth about the farm.",  # en: the story's letter
])
def test_tell_a_friend_near_misses(line):
    assert not forward_ask(_p(line))


@pytest.mark.parametrize("block", [
    "<p>Hyviä lukuhetkiä,<br>Maija Virtanen, kerhon vetäjä</p>",  # fi: name, role
    "<p>Happy reading,<br>Ana Lee, host of the book club</p>",  # en
    "<p>Bis bald,<br>Jonas Berg, Redaktion</p>",  # de: a desk's one cased word
])
def test_sign_off_with_role(block):
    assert sign_off(lxml_html.fromstring(block))


@pytest.mark.parametrize("block", [
    "<p>In short,<br>Wonderful, highly recommended</p>",  # a verdict, no name
    "<p>All in all,<br>Tense, slow and strange</p>",
    "<p>To close,<br>Ana Lee, 42 chapters later</p>",  # a figure in the 'role'
])
def test_sign_off_near_misses(block):
    assert not sign_off(lxml_html.fromstring(block))


def test_sign_off_naming_the_book_stays():
    # a closing over the book's title and a remark: the title is named in the text before, the line is the verdict
    body = lxml_html.fromstring("<div><p>Anna Karenina is long, and every page of it earns its place.</p>"
                                "<p>Overall,<br>Anna Karenina, still the best</p></div>")
    assert not sign_off(body[1])


_LETTER = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Lantern Letter: our November book</title>
</head><body><table class="wrap" width="600"><tr><td class="content">
<h1>November's book: Ruth Ozeki – The Book of Form and Emptiness</h1><div class="text">
<p>Dear readers, this month the circle picked a long novel about a boy who hears objects speak, and most of us finished it.</p>
<p>The voice of the book itself narrating was the part we argued about most. Some found it coy; I found it tender and odd in
the best way, and it made the grief at the centre of the story easier to carry through five hundred pages.</p>
<table class="card"><tr><td><h3>Our next meeting</h3><p>Thursday 10 December, 6.30 pm, in the back room of the library. Bring a mug!</p></td></tr></table>
<p>The mother's chapters are the strongest, and the library scenes are a joy for anyone who has hidden in one as a teenager.</p>
<p>My rating: four stars out of five.</p>
<p>Enjoying our letter? Tell a friend about it, signing up is free.</p>
<p>Happy reading,<br>Mara Quill, host of the circle</p>
</div></td></tr></table></body></html>"""


def test_mailed_letter_edges_go_and_review_stays():
    record = extract_page(_LETTER, "https://lantern.example.org/letters/2026-11")
    text = record.body_text
    assert "The mother's chapters are the strongest" in text and "four stars out of five" in text
    for gone in ("Our next meeting", "Thursday 10 December", "Tell a friend about it", "Mara Quill", "Happy reading"):
        assert gone not in text, gone


def test_sinhala_counts_as_a_glued_script():
    from scraper.extract.reviewlength import english_words
    lines = ["මෙම නවකතාව කියවන්නට ලැබුණේ ගමේ පුස්තකාලයෙනි. චරිත ගැඹුරින් ගොඩනඟා ඇත."] * 10
    words = 100
    assert english_words(lines, words) == 150  # (a Sinhala text's words, worth one and a half English ones)
    assert english_words(["A short English note about a book."] * 10, 70) == 70
