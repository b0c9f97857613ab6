"""scraper.extract.others: other people's text around the post (a forum signature, other readers' reviews).

Every page here is invented, in markup and words of our own: a Swedish and a Czech forum, a Dutch mailing list, a
Czech and a Japanese catalogue. Each rule is tested both ways: what it removes, and review text that looks like it
and stays (a quotation signed by its author, a scene break, a section of the review headed with a count).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from tests.cleaning import cleaned, paras

HOST = "lasekretsen.example"

REVIEW = [
    "Kerstin Ekman låter berättelsen börja vid en tjärn i Jämtland, där en ung kvinna hittas död en vinterkväll.",
    "Det som följer är mindre en deckare än en bok om hur en by minns, glömmer och skyddar sina egna i tre generationer.",
    "Språket är tätt och kallt som isen på tjärnen, och vissa kapitel läste jag två gånger för att få med mig allt.",
    "Mittpartiet är för långt, med för många släktled att hålla reda på, men slutet gör mödan värd varje sida.",
]


# -- signatures -----------------------------------------------------------------------------------------------------


def _forum(post: str, after: str = "") -> str:
    return ("<html><head><title>Vargtimmen - Läsecirkeln</title></head><body><div class='wrap'>"
            "<div class='crumbs'><a href='/'>Forum</a> › <a href='/f/3'>Recensioner</a></div>"
            f"<div id='p881' class='post'><div class='postbody'><h3>Vargtimmen</h3>{post}</div></div>{after}"
            "</div></body></html>")


def test_a_forum_signature_and_who_is_online_go_by_the_engines_classes():
    post = ("<div class='content'>" + "<br><br>".join(REVIEW) + "</div>"
            "<div id='sig881' class='signature'>Läser just nu: Händelser vid vatten. Olästa hyllan: 97 och växer.</div>")
    online = "<div class='stat-block online-list'><h3>Vem är online?</h3><p>Inloggade: 2 medlemmar och 9 gäster</p></div>"
    record = extract_page(_forum(post, online), f"https://{HOST}/viewtopic.php?t=881")
    assert "Olästa hyllan" not in record.body_text and "gäster" not in record.body_text
    assert all(sentence in record.body_text for sentence in REVIEW)


@pytest.mark.parametrize(
    "signature",
    [
        "<blockquote class='signature restore'><div class='signaturecontainer'>Hyllan växer fortare än jag läser.</div></blockquote>",
        "<aside class='message-signature'><div class='bbWrapper'>Hyllan växer fortare än jag läser.</div></aside>",
        "<div data-role='memberSignature' class='ipsSpacer_both'><div class='ipsType_richText'>Hyllan växer fortare än jag läser."
        "</div></div>",
    ],
)
def test_the_signature_boxes_of_other_forum_engines_go(signature):
    post = paras(*REVIEW) + signature  # (the post's box holds its signature)
    record = extract_page(_forum(post), f"https://{HOST}/threads/vargtimmen.881/")
    assert "Hyllan växer" not in record.body_text and all(sentence in record.body_text for sentence in REVIEW)


def test_a_signature_in_a_box_an_unknown_engine_names_for_it_goes():
    inner = paras(*REVIEW) + "<div class='post-sig-block'><p>Mvh Lotta · bokcirkel i Umeå sedan 2011</p></div>"
    text, rules = cleaned(inner, HOST)
    assert "Mvh Lotta" not in text and rules == ["signature"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("delimiter", ["<p>--</p><p>Joris<br>Leesclub De Ezelsoor, Zwolle</p>",
                                       "<div>__________________<br>Nu aan het lezen: De avonden</div>"])
def test_what_follows_a_signature_delimiter_at_the_end_goes(delimiter):
    review = [
        "Het boek begint in een pension aan zee, buiten het seizoen, waar een weduwnaar elke ochtend dezelfde wandeling maakt.",
        "De schrijfster laat bijna niets gebeuren en toch bleef ik lezen, omdat elke bladzijde iets kleins verschuift.",
    ]
    text, rules = cleaned(paras(*review) + delimiter, "boekenlijst.example")
    assert "Zwolle" not in text and "Nu aan het lezen" not in text and set(rules) == {"signature"}
    assert all(sentence in text for sentence in review)


def test_a_signature_after_its_delimiter_inside_the_last_block_of_lines_goes():
    lines = "<br>".join(REVIEW)
    text, rules = cleaned(f"<div class='msg'>{lines}<br><br>--<br>Sanna<br><a href='/u/sanna'>min läslista</a></div>", HOST)
    assert "Sanna" not in text and "läslista" not in text and text.endswith(REVIEW[-1])
    assert rules == ["signature"]


def test_a_delimiter_followed_by_more_of_the_review_in_the_same_block_stays():
    lines = "<br>".join(REVIEW[:2]) + "<br>--<br>" + "<br>".join(REVIEW[2:] + REVIEW[:1])
    text, rules = cleaned(f"<div class='msg'>{lines}</div>", HOST)
    assert rules == [] and all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize(
    "quoted",
    [
        # a quotation signed by its author, on its own line, in the review's own paragraph and as a blockquote
        "<p>„Kärlek är att vara två om att vara ensam.”<br>— Kerstin Ekman</p>",
        "<blockquote><p>Skogen minns allt vi glömmer.</p><p>— Kerstin Ekman</p></blockquote>",
        # a scene break before the review's last long paragraph is not a signature's delimiter
        "<p>--</p><p>" + " ".join(REVIEW) + "</p>",
        # nor a rule of dashes before a postscript, nor "--" before the reviewer's score
        "<p>-----</p><p>PS. Jag träffade Ekman på en uppläsning i Östersund förra året.</p>",
        "<p>--</p><p>Betyg: 4 av 5. Ekman, alltså.</p>",
    ],
)
def test_a_signed_quotation_and_a_scene_break_stay(quoted):
    text, rules = cleaned(paras(*REVIEW) + quoted, HOST)
    assert "signature" not in rules
    assert "Ekman" in text


# -- other readers' reviews -----------------------------------------------------------------------------------------

CZECH = [
    "Hrabal tu vypráví o stárnoucím baliči starého papíru, který ve sklepě lisuje knihy a přitom je čte.",
    "Je to krátká kniha, ale hustá jako to, co Haňťa lisuje: každá věta nese citát, vzpomínku nebo pivo.",
    "Nejvíc mě zasáhla scéna s mladými dělníky z nové linky, kteří knihy nečtou a papír jen hází do stroje.",
]


def test_other_readers_reviews_under_a_counted_heading_go_with_their_section():
    others = ("<section class='more'><h3>Další recenze (326)</h3>"
              "<article><a href='/u/petr_k'>petr_k</a><p>Smutné a krásné zároveň, četl jsem dvakrát.</p></article>"
              "<article><a href='/u/jana.ctenarka'>jana.ctenarka</a><p>Na mě příliš mnoho citátů.</p></article></section>")
    text, rules = cleaned(paras(*CZECH) + others, "ctenari.example")
    assert "Další recenze" not in text and "dvakrát" not in text and "citátů." not in text
    assert set(rules) == {"other readers' reviews"}
    assert all(sentence in text for sentence in CZECH)


def test_a_count_in_full_width_brackets_is_read_too():
    review = ["駅前の古本屋で見つけた短編集で、どの話も雨の日の午後のような静けさがある。"
              "三つ目の話がとくに好きで、読み終えてからしばらく窓の外を眺めていた。",
              "ただ最後の二編は少し似すぎていて、まとめて読むと印象が薄れてしまうのが惜しい。"
              "それでも、寝る前に一編ずつ読むにはちょうどいい本だと思う。"]
    others = ("<div class='reviews'><h2>みんなのレビュー（58）</h2>"
              "<div class='item'><span>ゆきの</span><p>表紙に惹かれて買いました。</p></div></div>")
    text, rules = cleaned(paras(*review) + others, "hondana.example")
    assert "みんなのレビュー" not in text and "表紙に惹かれて" not in text and rules == ["other readers' reviews"]


def test_two_entries_of_one_shape_under_a_heading_without_a_count_go_too():
    others = ("<div class='peers'><h2>Co napsali ostatní</h2>"
              "<div class='peer'><p class='who'>Knihovnice 5521</p><p>Do fondu určitě objednáme.</p></div>"
              "<div class='peer'><p class='who'>Knihkupec 880</p><p>Pro náročnější čtenáře.</p></div></div>")
    text, rules = cleaned(paras(*CZECH) + others, "ctenari.example")
    assert "ostatní" not in text and "objednáme" not in text and set(rules) == {"other readers' reviews"}
    assert all(sentence in text for sentence in CZECH)


@pytest.mark.parametrize(
    "section",
    [
        # the review's own section about the characters, each paragraph led by a name
        "<h2>Postavy (3)</h2><p><strong>Haňťa</strong> je balič, který třicet pět let lisuje papír a čte.</p>"
        "<p><strong>Mančinka</strong> je jeho stará láska, která se v knize objeví jen na pár stránkách.</p>",
        # a year in brackets is not a count, and one entry under a heading without a count is not a list
        "<h2>Příliš hlučná samota (1976)</h2><div><span>Hrabal</span><p>Psáno v Kersku, vydáno v samizdatu.</p></div>",
        # two boxes under a heading, but of different shapes: the review's own layout
        "<h2>Kde jsem četl</h2><div class='a'><span>Kersko</span><p>Na chatě u lesa.</p></div>"
        "<div class='b'><span>Hrabal</span><p>A pak ještě jednou v tramvaji.</p></div>",
    ],
)
def test_a_section_of_the_review_headed_with_a_count_stays(section):
    text, rules = cleaned(paras(*CZECH) + section, "ctenari.example")
    assert "other readers' reviews" not in rules
    assert "Hrabal" in text or "Mančinka" in text


# -- replies under a post -------------------------------------------------------------------------------------------

THREAD = [
    "Acabei de ler O Ano da Morte de Ricardo Reis e fiquei com Lisboa inteira na cabeça, chuvosa e parada em 1936.",
    "Saramago põe o heterónimo de Pessoa a voltar do Brasil e a conversar com o fantasma do próprio Pessoa, e funciona.",
    "As frases compridas assustam ao início, mas ao terceiro capítulo já as lia como quem ouve alguém a falar devagar.",
    "O romance com Lídia é a parte mais bonita; a política do tempo, a mais dura. Quatro estrelas, e vou reler.",
]


def test_short_replies_of_one_shape_after_the_post_go():
    replies = ("<div class='thread'><div class='reply'><div class='who'>Rui Matos</div><div class='said'>Também adorei, sobretudo "
               "as conversas no cemitério.</div></div><div class='reply'><div class='who'>leituras.da.ana</div>"
               "<div class='said'>Vou pôr na lista para o inverno!</div></div></div>")
    text, rules = cleaned(paras(*THREAD) + replies, "fio.example")
    assert "Rui Matos" not in text and "cemitério" not in text and "inverno" not in text
    assert set(rules) == {"replies to the post"}
    assert all(sentence in text for sentence in THREAD)


def test_rows_of_the_books_facts_after_the_review_stay():
    facts = ("<div class='facts'><div class='fact'><span>Editora</span><span>Porto Editora</span></div>"
             "<div class='fact'><span>Páginas</span><span>416</span></div>"
             "<div class='fact'><span>Tradução</span><span>nenhuma, original</span></div></div>")
    text, rules = cleaned(paras(*THREAD) + facts, "fio.example")
    assert "Porto Editora" in text and "416" in text and rules == []



# -- a catalogue's sections after the review, named by their heading (catalogue_sections) ----------------------------

CATALOGUE_REVIEW = [
    "Il romanzo segue una guardiana di faro sull'isola di Linosa che ogni sera annota in un quaderno le navi che passano "
    "e che un giorno si accorge che la stessa nave è passata due volte con due nomi diversi, e comincia, piano e contro "
    "ogni buon senso, a tenere un secondo quaderno tutto suo che nessuno in capitaneria leggerà mai.",
    "Il finale si sposta a Palermo e perde il mare, cosa che mi è dispiaciuta, ma resta un libro quieto e intelligente che "
    "ho già regalato a tre amiche; tutte e tre lo hanno finito in una settimana e mi hanno scritto della tempesta.",
]


def test_a_catalogue_s_other_reviews_and_popular_quotes_sections_go():
    others = ("<section class='more'><h2>Weitere Rezensionen zu diesem Buch</h2><ul><li><a href='#'>Leise und klug</a> "
              "von Mara K.</li><li><a href='#'>Zu lang in der Mitte</a> von Jonas</li></ul></section>")
    quotes = "<div class='q'><h3>Citations populaires</h3><p>Connectez-vous pour voir les citations.</p></div>"
    text, rules = cleaned(paras(*CATALOGUE_REVIEW) + others + quotes, "scaffale.example")
    assert "Leise und klug" not in text and "Weitere Rezensionen" not in text and "Citations populaires" not in text
    assert all(p in text for p in CATALOGUE_REVIEW) and "catalogue section" in rules


def test_a_review_s_own_closing_suggestions_and_favourite_quotes_stay():
    suggestions = ("<div class='tip'><h3>Altri libri che consiglio</h3><ul><li><a href='#'>Il faro di Capo Nord</a></li>"
                   "<li><a href='#'>Le isole minori</a></li></ul></div>")
    favourites = "<div class='q'><h3>Le mie citazioni preferite</h3><p>«Il mare non restituisce i nomi.»</p></div>"
    text, rules = cleaned(paras(*CATALOGUE_REVIEW) + favourites + suggestions, "scaffale.example")
    assert "Il mare non restituisce i nomi" in text and "catalogue section" not in rules
