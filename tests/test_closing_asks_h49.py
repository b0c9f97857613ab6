"""Closing asks of a news desk (holdout49 round): the app bidding in more languages (applines.MORE), a verb-last
follow bidding followed by "and" and a second clause (followlines), and a call for contributions put as a pointer to
the contact form (submissioncall._CONTRIB/_CONTACT). Texts are our own."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.applines import app_line
from scraper.extract.followlines import opening_follow
from scraper.extract.submissioncall import submission_call


@pytest.mark.parametrize("line", [
    "Muat turun aplikasi Berita Pagi di kedai aplikasi telefon anda.",  # ms
    "Download de Dagkrant-app voor het laatste nieuws.",  # nl
    "Ladda ner appen och läs alla recensioner gratis.",  # sv
    "Last ned Avisa-appen i dag.",  # nb
    "Lataa Lehden sovellus puhelimeesi.",  # fi
    "Descarga la aplicación de Diario Sur y lee sin anuncios.",  # es
    "Scarica la nostra app per leggere ovunque.",  # it
    "Descărcați aplicația Ziarul pentru știri rapide.",  # ro
    "Töltse le a Napilap alkalmazást!",  # hu
    "Preuzmite aplikaciju Večernji dnevnik.",  # hr
    "Κατεβάστε την εφαρμογή της εφημερίδας.",  # el
])
def test_app_bidding_in_more_languages(line):
    assert app_line(line)


@pytest.mark.parametrize("line", [
    # near misses: the review's sentences about an app, a score on the line
    "Saya membaca novel ini melalui aplikasi perpustakaan, dan muat turun itu percuma.",
    "Ik las het boek in de app van de bibliotheek.",
    "Hon laddar ner appen i kapitel tre och allt förändras.",
    "Descarga la aplicación, le dice el protagonista a su madre. 4/5",
])
def test_app_sentences_kept(line):
    assert not app_line(line)


@pytest.mark.parametrize("line", [
    "Kitab Dünyası-nı Instagram-da izləyin və yeni rəyləri ilk siz oxuyun.",  # az
    "Bizi Telegram'da takip edin ve yeni incelemeleri kaçırmayın.",  # tr
    "Бизни Telegram'да кузатиб боринг ва янгиликлардан хабардор бўлинг.",  # uz (Cyrillic)
    "Біздің парақшамызға Telegram-да жазылыңыз және жаңалықтарды бірінші біліңіз.",  # kk
])
def test_verb_last_follow_with_second_clause(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    # near misses: the story's indicative, a network named with no bidding, the bidding mid-word
    "Qəhrəman hər gün Telegram-da xəbərləri izləyir və susur.",
    "Romanın qızı Instagram-da şəkillər paylaşır və atası bunu bilmir.",
    "O, Telegram kanalını izləyirdi və heç kimə demirdi.",
])
def test_story_sentences_are_not_follow_lines(line):
    assert not opening_follow(line)


@pytest.mark.parametrize("line", [
    "寄稿をご希望の方は、編集部のお問い合わせフォームからご連絡ください。",  # ja
    "If you would like to send us a guest review, please use our contact form.",  # en
    "Für Gastbeiträge wenden Sie sich bitte an die Kulturredaktion.",  # de
    "Pour proposer une critique, contactez-nous par courriel.",  # fr
    "¿Quieres colaborar con la revista? Escríbenos a la redacción.",  # es
    "Untuk menghantar ulasan buku, hubungi kami melalui e-mel.",  # ms
    "Yazı göndərmək üçün bizimlə əlaqə saxlayın.",  # az
    "서평 기고는 편집부로 문의해 주세요.",  # ko
    "投稿请联系编辑部邮箱。",  # zh
])
def test_contribution_pointer_is_a_call(line):
    assert submission_call(line)


@pytest.mark.parametrize("line", [
    # near misses: one half only, a sentence of the review, a free-copy note
    "She contributes a column to a Sunday paper, and I once wrote to her about it.",
    "I contacted the publisher after reading it, and they were kind.",
    "作者は新聞への寄稿を続けながら、この長編を書いた。",
    "Die Autorin schreibt Gastbeiträge für eine Zeitung; das merkt man dem Roman an.",
    "The publisher sent me this copy; contact us if you would like one too. Rating: 4/5",
])
def test_contribution_near_misses_kept(line):
    assert not submission_call(line)


_PROSE_JA = "川沿いの町に越してきた女性が、ひと夏のあいだに出会う人々を描いた小説で、文章は淡々としているが読後に長く残る。" * 3
_PROSE_MS = ("Novel ini mengisahkan seorang nelayan tua yang menunggu anaknya pulang dari kota, dan setiap bab terasa "
             "seperti ombak yang datang dan pergi. Bahasanya mudah tetapi indah, dan penamatnya menyentuh hati. ") * 3
_PROSE_AZ = ("Roman kiçik bir dəniz kəndində yaşayan qoca balıqçının hekayəsini danışır və hər fəsil ayrı bir gün kimidir. "
             "Dil sadədir, amma çox gözəldir, sonluq isə uzun müddət yadda qalır. ") * 3


def _page(lang: str, prose: str, closing: str) -> str:
    return (f"<html lang='{lang}'><head><title>Review</title></head><body><article><h1>Review</h1>"
            f"<p>{prose}</p><p>{prose}</p><p>{closing}</p></article></body></html>")


@pytest.mark.parametrize("lang,prose,closing", [
    ("ja", _PROSE_JA, "書評の寄稿については、当サイトのお問い合わせフォームからご連絡ください。"),
    ("ms", _PROSE_MS, "Muat turun aplikasi Berita Pagi di Google Play dan App Store."),
    ("az", _PROSE_AZ, "Kitab Dünyası-nı Telegram-da izləyin və yeni rəyləri ilk siz oxuyun."),
])
def test_closing_ask_removed_from_page(lang, prose, closing):
    record = extract_page(_page(lang, prose, closing), "https://news.example.com/review/2026/12/river-town")
    assert closing[:10] not in record.body_text
    assert prose[:15] in record.body_text
