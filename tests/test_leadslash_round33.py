"""leadpicture._SLASH_CREDIT (round 33): a lead picture's credit as the wire or the desk writes it, the outlet and the
name split by a slash, closing the caption's sentence or alone ("Sampul novel. kabarbuku.example/Rani", "REUTERS/Jan
Ruh", "AP Photo/Ann Lee"). In our own words and markup (id, en). Near misses: a caption with no credit, a fraction or
a date with slashes, a path-like word inside the sentence, the same credited picture inside the text's box.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.leadpicture import _credit, lead_pictures

ID = ["Novel ini mengikuti seorang perempuan penjaga mercusuar yang pulang ke pulau masa kecilnya untuk membereskan rumah "
      "ibunya, dan di setiap laci ia menemukan sepucuk surat yang belum pernah dikirim.",
      "Pengarangnya menulis angin dan garam dengan ketelitian yang membuat pembaca menggigil, dan bab-bab pendeknya terasa "
      "seperti pasang surut yang datang dan pergi tanpa tergesa-gesa.",
      "Bagian tengahnya agak berulang, tetapi akhir yang tenang membayar lunas kesabaran yang diminta buku ini."]


def _article(caption: str, *, inside: bool = False) -> str:
    picture = f"<figure class='cover'><img src='/img/pulau.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    body = "".join(f"<p>{t}</p>" for t in ID)
    text = f"<div class='isi'>{picture if inside else ''}{body}</div>"
    return ("<html lang='id'><head><title>Resensi | Kabar Buku</title></head><body><main><article>"
            "<header><h1>Resensi: Pulau Surat</h1><div class='by'>Oleh Maya Lestari</div></header>"
            f"{'' if inside else picture}{text}</article></main></body></html>")


def _found(page: str) -> list:
    return lead_pictures(lxml.html.fromstring(page).find(".//article"))


@pytest.mark.parametrize("caption", [
    "Ilustrasi sampul novel. kabarbuku.example/Rani",  # id: the desk's site and its illustrator
    "Pelabuhan di musim hujan. ANTARA FOTO/Dewi Anggraini",  # id: the wire's credit
    "The harbour in winter. REUTERS/Tom Hale",  # en
    "AP Photo/Ann Lee",  # en: the credit alone
])
def test_a_lead_picture_credited_outlet_slash_name_goes(caption):
    assert _found(_article(caption)), _credit
    assert "/" in _credit(lxml.html.fromstring(_article(caption)).find(".//figure"))


@pytest.mark.parametrize("caption", [
    "Sampul novel edisi cetak ulang",  # no credit: the blogger's caption
    "Sampul novel, cetakan 12/2025",  # a date with a slash, inside the sentence
    "The reissue's cover, 3/4 size",  # a fraction
    "The cover of and/or the spine",  # a word with a slash, no outlet and name closing the caption
])
def test_a_caption_with_no_slash_credit_stays(caption):
    assert not _found(_article(caption))


def test_the_same_credit_on_a_picture_inside_the_text_box_stays():
    assert not _found(_article("Ilustrasi sampul novel. kabarbuku.example/Rani", inside=True))
