"""Helper asks72b of the holdout72 round: the publication's notices inside the post.

- sitenotices.views_disclaimer: the editors answer not for what the blogs hosted there say ("the editors are not
  responsible for their content", de, pl, hu, ru, fr).
- sitenotices.subscription_box: a box holding only a line that bids the reader take out a subscription, no link.
- counts.view_count_row: a row of the post's facts one part of which is its count of reads or views.
- reprintnote.at_end: the bidding to credit the source when reusing the post (en, pl, ru, mn).

Near misses: a review's sentence about an editor not responsible for a novel, a review's paragraph that speaks of
subscribing to a magazine, a record row "Pages: 320 | Published: 2019", a review's last line about citing sources.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_REVIEW = ("<p>The Salt Harbour is the second novel by Ann Reed. I read it in two evenings and I have not stopped "
           "thinking about it. The brothers feel real, their silences more than their words.</p>"
           "{mid}"
           "<p>What did not work for me was the middle, where the neighbours take over and the pace sags badly; I "
           "found myself skimming those chapters, which I almost never do with a book I am enjoying this much.</p>"
           "<p>Still, the ending is brave and unsentimental, and the prose is the best I have read this year. I would "
           "recommend it to anyone who liked quiet family novels, and I will read whatever she writes next.</p>")


def _body(tail: str = "", mid: str = "", lang: str = "en") -> str:
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>The Salt Harbour by Ann Reed'
            f'</title></head><body><article><h1>The Salt Harbour by Ann Reed</h1><div class="post-body">'
            f'{_REVIEW.format(mid=mid)}{tail}</div></article></body></html>')
    return extract_page(html, "https://blogs.example.org/ana/2026/12/salt-harbour/").body_text


@pytest.mark.parametrize("line, lang", [
    ("Blogs sind Meinungen ihrer Autoren; die Redaktion übernimmt keine Verantwortung für deren Inhalte.", "de"),
    ("Blogi wyrażają opinie autorów. Redakcja nie ponosi odpowiedzialności za treść wpisów.", "pl"),
    ("A blogok a szerzők véleményét tükrözik, a szerkesztőség nem vállal felelősséget a tartalmukért.", "hu"),
    ("Блоги — личное мнение авторов, редакция не несёт ответственности за их содержание.", "ru"),
    ("The editors are not responsible for the content of readers' blogs.", "en"),
])
def test_editors_not_responsible_notice_goes(line: str, lang: str) -> None:
    body = _body(f'<div class="notice">{line}</div>', lang=lang)
    assert "brave and unsentimental" in body
    assert line[:30] not in body


def test_review_sentence_about_an_editor_stays() -> None:
    line = "<p>The editor of the harbour paper is not responsible for the fire, we learn, but the town blames him.</p>"
    assert "not responsible for the fire" in _body(mid=line)


@pytest.mark.parametrize("line, lang", [
    ("Lesen Sie gern Kritiken? Jetzt Abo abschließen und jede Ausgabe bequem nach Hause bekommen.", "de"),
    ("Vous aimez nos critiques ? Abonnez-vous et recevez chaque numéro chez vous.", "fr"),
    ("Lubisz czytać o książkach? Zaprenumeruj nasz miesięcznik już dziś.", "pl"),
    ("Love reading about books? Subscribe now and get six issues a year delivered.", "en"),
])
def test_subscription_bid_box_goes(line: str, lang: str) -> None:
    body = _body(mid=f'<div class="teaser"><p>{line}</p></div>', lang=lang)
    assert "pace sags badly" in body
    assert line[:25] not in body


def test_review_paragraph_about_subscribing_stays() -> None:
    line = ("<p>The older brother works for a fishing magazine that is losing readers, and he spends a whole chapter "
            "begging the townspeople: subscribe now, or the paper dies with the harbour.</p>")
    assert "subscribe now" in _body(mid=line)


@pytest.mark.parametrize("row", [
    'Category: <a href="/category/fiction">Fiction</a> | Views: 1,204',
    'Kategorie: <a href="/kategorie/romane">Romane</a> · Aufrufe: 532',
    'Рубрика: <a href="/rubric/books">Книги</a> | Просмотров: 88',
    'Danh mục: <a href="/sach">Sách</a> | Lượt xem: 1.204',
])
def test_view_count_row_goes(row: str) -> None:
    body = _body(f'<p>{row}</p>')
    assert "brave and unsentimental" in body
    assert "|" not in body and "·" not in body


def test_record_row_stays() -> None:
    assert "Pages: 320" in _body(mid="<p>Pages: 320 | Published: 2019 | Harbour Press</p>")


@pytest.mark.parametrize("line, lang", [
    ("Please cite the source when sharing this post.", "en"),
    ("Kopiowanie dozwolone wyłącznie z podaniem źródła.", "pl"),
    ("Ссылка на источник обязательна.", "ru"),
    ("Эх сурвалжийг заавал дурдана уу.", "mn"),
])
def test_cite_the_source_line_goes(line: str, lang: str) -> None:
    body = _body(f'<div class="source-note">{line}</div>', lang=lang)
    assert "brave and unsentimental" in body
    assert line[:20] not in body


def test_review_line_about_sources_stays() -> None:
    line = "<p>Reed cites her sources in an afterword, which I read twice.</p>"
    assert "cites her sources" in _body(mid=line)
