"""The member's profile row over a post on a writing platform (the s31 round; own words and markup): the writer's name,
a line about them and a link drawn as a follow button, before the text begins (``profilerow``).

Near misses: a row at the top whose button is no follow ("Buy the book"), a follow link that is no button in the
review's first paragraph, a long block of prose beside a follow button, a profile row after the text has begun."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "Novel ini bercerita tentang seorang penjaga mercusuar di pulau kecil yang setiap malam menulis surat untuk anaknya "
    "di kota, tanpa pernah tahu apakah surat-surat itu sampai atau tidak.",
    "Bahasanya sederhana tapi tajam, dan bab-babnya pendek sehingga cocok dibaca pelan-pelan sebelum tidur; bagian "
    "tentang badai di bulan Desember adalah yang paling saya ingat sampai sekarang.",
    "Akhir ceritanya agak terburu-buru, tetapi adegan terakhir di dermaga sangat menyentuh dan membuat saya ingin "
    "membaca ulang seluruh buku ini dari awal lagi.",
]


def _page(top: str = "", middle: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>Penjaga Mercusuar</title></head><body><div class='col-main'>"
            f"<div class='crumbs'><a href='/'>Hiburan</a> › <a href='/buku'>Buku</a></div>{top}"
            f"<h1>Surat dari Mercusuar</h1><div class='info'><span class='date'>3 Desember 2026 10:12</span></div>"
            f"<div class='read-content'>{ps[0]}{middle}{ps[1]}{ps[2]}<p>Nilai: 4/5</p></div></div></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://www.komunitas.example.id/rina/surat-dari-mercusuar").body_text


@pytest.mark.parametrize("button", [
    "<a class='btn-follow'>Ikuti</a>",
    "<a class='button'>+ Follow</a>",
    "<a role='button'>Folgen</a>",
])
def test_profile_row_over_the_headline_goes(button):
    # (the platform's script handles the links: no address, as a profile card prints them)
    row = (f"<div class='author-row'><a class='user'>Rina Wulan</a> <span class='status'>Pustakawan di Kupang. "
           f"Suka novel laut.</span> {button}</div>")
    text = _text(_page(top=row))
    assert "Pustakawan di Kupang" not in text and "penjaga mercusuar" in text


def test_row_with_a_buy_button_stays():
    row = ("<div class='book-row'><span class='status'>Pustakawan di Kupang. Suka novel laut.</span> "
           "<a class='btn'>Beli buku</a></div>")
    assert "Pustakawan di Kupang" in _text(_page(top=row))


def test_follow_link_in_the_first_paragraph_stays():
    para = ("<p>Saya menemukan buku ini karena penulisnya, yang bisa Anda <a href='#'>ikuti</a> di mana saja, sering "
            "bercerita tentang laut dan para penjaga pulau di kampung halamannya.</p>")
    assert "sering bercerita tentang laut" in _text(_page(top=para))


def test_long_prose_beside_a_follow_button_stays():
    prose = ("<div class='intro'><span>Sebelum membahas novelnya, saya ingin bercerita sedikit: saya tumbuh di pulau "
             "yang mirip dengan pulau dalam buku ini, dengan mercusuar tua dan dermaga kayu yang selalu basah, dan "
             "ayah saya dulu juga menulis surat setiap minggu.</span> <a class='btn'>Ikuti</a></div>")
    assert "mercusuar tua dan dermaga kayu" in _text(_page(top=prose))


def test_profile_row_after_the_text_has_begun_stays_for_other_rules():
    row = ("<div class='author-row'><span class='status'>Catatan kecil tentang ombak.</span> "
           "<a class='btn-follow' href='#'>Ikuti</a></div>")
    from lxml import html as lhtml
    from scraper.extract import profilerow
    body = lhtml.fromstring(f"<div><p>{_PARAS[0]}</p><p>{_PARAS[1]}</p>{row}</div>")
    items = [body[0], body[1], body[2][0]]
    drop: dict = {}
    profilerow.mark(items, body, drop, {})
    assert drop == {}


@pytest.mark.parametrize("button", ["<a class='btn-follow'>Ikuti</a>", "<a class='btn btn-sm'>Follow</a>", "<a role='button'>フォロー</a>"])
def test_profile_row_marked_whole_from_its_status_line(button):
    """The body's blocks hold the row's status line alone (its name and button are inline links): the row goes whole."""
    from lxml import html as lhtml
    from scraper.extract import profilerow
    body = lhtml.fromstring(f"<div><div class='who'><a class='user'>Rina Wulan</a> <span>Pustakawan di Kupang.</span> "
                            f"{button}</div><h1>Surat</h1><p>{_PARAS[0]}</p><p>{_PARAS[1]}</p></div>")
    items = [body[0][1], body[1], body[2], body[3]]
    drop: dict = {}
    boxes: dict = {}
    profilerow.mark(items, body, drop, boxes)
    assert drop == {0: profilerow.RULE} and boxes[0] is body[0]
