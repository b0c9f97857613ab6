"""Body cleaning rules of the holdout40 round (helper body40b), second part, in our own words and markup, with near misses:

- deskcredits.desk_credits: a news desk's credit box, one credit a line, one a reporter's ("Reporter: …<br>Editor:
  …", id "Wartawan"/"Redaktur", es "Reportera", vi "Phóng viên"); "Editor: <name>" alone (an anthology's editor), a
  title with a comma, a long line, stay;
- leadpicture: the credit in brackets closing a lead picture's caption ("(Dok. <publisher>)", "(Divulgação)", "(Photo:
  agency)"); a blogger's bracketed note on their own copy stays;
- platforms.PROMO_CLASS: an ad slot's class ("inline-ad", CSS modules' "Inline_ad__x9", camel case "InlineAd_root__x9");
  a wrapper that says it carries none ("no-ads", "ad-free") and words that hold the letters ("address", "badge") are not.
"""

from __future__ import annotations

import lxml.html
from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.deskcredits import desk_credits
from scraper.extract.leadpicture import lead_pictures
from scraper.extract.platforms import PROMO_CLASS
from tests.cleaning import cleaned, paras

ID = [
    "Novel ini bercerita tentang seorang penjaga mercusuar di pesisir selatan yang setiap pagi menemukan botol berisi "
    "surat di pantai, selalu dari pengirim yang sama, dan perlahan mulai menulis balasan yang tidak pernah ia kirimkan.",
    "Kekuatan buku ini ada pada kesabarannya: rasa penasaran tumbuh pelan selama dua ratus halaman tanpa satu pun "
    "kalimat yang berteriak, sementara angin, hujan, dan ombak ikut bercerita seperti tokoh tambahan.",
    "Bab terakhirnya paling lemah karena terburu-buru menjelaskan semuanya, tetapi saya tetap menyarankannya kepada "
    "pembaca yang menyukai misteri yang tenang.",
]
NL = [
    "Het boek volgt een vuurtorenwachter aan de zuidkust die elke ochtend een fles met een brief op het strand vindt, "
    "altijd van dezelfde afzender, en langzaam antwoorden begint te schrijven die hij nooit verstuurt.",
    "De kracht van het boek is het geduld: de spanning groeit tweehonderd bladzijden lang zonder dat er één zin "
    "schreeuwt, terwijl wind, regen en golven meevertellen alsof het personages zijn.",
    "Het laatste hoofdstuk is het zwakst, omdat alles ineens wordt uitgelegd, maar ik raad het iedereen aan die van "
    "rustige mysteries houdt.",
]


# -- a desk's credit box ---------------------------------------------------------------------------------------------

def _block(inner: str) -> lxml.html.HtmlElement:
    return fragment_fromstring(f"<div class='credits'>{inner}</div>")


def test_desk_credit_boxes_id_en_es_vi():
    for inner in ("Wartawan: Dimas Prakoso<br>Redaktur: Sari Wulandari", "Editor: Tom Hale<br>Reporter: Jane Okafor",
                  "Reportera: Lucía Ferrer", "Phóng viên: Trần Minh Anh<br>Biên tập: Lê Hoa", "Pewarta: Agus Salim"):
        assert desk_credits(_block(inner)), inner


def test_desk_credit_near_misses():
    # an editor alone: the anthology's editor in a book's record
    assert not desk_credits(_block("Editor: Maria Santos"))
    assert not desk_credits(_block("Penyunting: Rina Hartati<br>Penerbit: Pustaka Senja"))
    # a title with a comma after the label, a line with figures, a long line
    assert not desk_credits(_block("Reporter: A Memoir, by a newspaperman"))
    assert not desk_credits(_block("Reporter: Jane Okafor<br>Halaman: 320"))
    assert not desk_credits(_block("Reporter: the narrator is a young reporter who comes to the island in the winter of 1962"))
    # a credit run that holds a line of the review
    assert not desk_credits(_block("Reporter: Jane Okafor<br>I loved this book."))


def test_desk_credit_box_closing_the_article_goes_id():
    text, rules = cleaned(paras(*ID) + "<div class='credit'>Wartawan: Dimas Prakoso<br>Redaktur: Sari Wulandari</div>",
                          "koran.example.id")
    assert "Wartawan" not in text and "Redaktur" not in text and all(p in text for p in ID)


# -- a lead picture's credit in brackets ------------------------------------------------------------------------------

def _news(caption: str) -> bytes:
    paragraphs = "".join(f"<p>{t}</p>" for t in ID)
    return ("<html lang='id'><head><meta charset='utf-8'><title>Resensi | Koran Pesisir</title></head><body>"
            "<nav><a href='/'>Beranda</a> <a href='/buku'>Buku</a></nav>"
            "<article class='story'><h1>Penjaga mercusuar dan surat-surat tanpa balasan</h1>"
            "<div class='story-meta'><span>Rani Kusuma</span> <span>02.12.2026</span></div>"
            f"<figure class='story-photo'><img src='/foto/mercusuar.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
            f"<div class='story-body'>{paragraphs}</div></article>"
            "<footer><p>© 2026 Koran Pesisir</p></footer></body></html>").encode()


def _lead(caption: str) -> list:
    root = lxml.html.fromstring(_news(caption))
    return lead_pictures(root.find_class("story")[0])


def test_bracketed_credit_closing_a_lead_caption_goes_id_pt_en():
    for caption in ("Sampul cetakan kedua novel ini. (Dok. Pustaka Senja)", "Capa da nova edição. (Divulgação)",
                    "The lighthouse at dawn. (Photo: Harbour Images)", "Ilustrasi mercusuar di pesisir. (Istimewa)"):
        assert _lead(caption), caption
    body = extract_page(_news("Sampul cetakan kedua novel ini. (Dok. Pustaka Senja)"),
                        "https://koran.example.id/buku/4411").body_text
    assert "Pustaka Senja" not in body and all(t in body for t in ID)


def test_bracketed_note_of_a_blogger_stays():
    for caption in ("Buku saya sendiri. (cetakan kedua)", "My own copy (second printing)",
                    "Sampul cetakan kedua novel ini (Pustaka Senja, 2024)"):
        assert not _lead(caption), caption


# -- an ad slot's class ----------------------------------------------------------------------------------------------

def test_ad_slot_classes():
    for token in ("inline-ad", "ad-slot", "Inline_ad__x9", "InlineAd_root__x9", "ads", "article-advert"):
        assert PROMO_CLASS.search(token), token
    for token in ("no-ads", "ad-free", "has_ads", "address", "badge", "heading", "lead", "load-more", "HeadAdmin_x1",
                  "readAloud", "gradient"):
        assert not PROMO_CLASS.search(token), token


def test_ad_slot_box_between_paragraphs_goes_nl_en():
    box = "<div class='Story_ad__k3Pz'><p>Hulp nodig bij je leesverslag? Bekijk onze voorbeelden en tips.</p></div>"
    text, rules = cleaned(paras(*NL[:2]) + box + paras(NL[2]), "leeslijst.example.nl")
    assert "leesverslag" not in text and all(p in text for p in NL)
    # the same line in a box whose class says it carries no ads stays
    box = "<div class='no-ads'><p>Hulp nodig bij je leesverslag? Bekijk onze voorbeelden en tips.</p></div>"
    text, rules = cleaned(paras(*NL[:2]) + box + paras(NL[2]), "leeslijst.example.nl")
    assert "leesverslag" in text
