"""holdout63 round (helper body63): three asks a paper sets at the end of a review, by their shape and place.

- meterline: the paywall's meter run out prints no count ("out of free articles this month?"): "free articles" side by
  side, and a word of none left beside them or of this month;
- followlines: the network 'X' as the place of a follow bid ("on X", "sur X", Turkish "X'te"), no account word needed;
- followlines/siteaccounts: the Turkic sign-up imperative ("… bültenimize kaydolun") closing a newsletter's line.
Near misses: a review's sentence about free articles, a plot line about following someone on X, a character who
signed up for a bulletin. All text here is our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.followlines import opening_follow
from scraper.extract.meterline import meter_line
from scraper.extract.siteaccounts import newsletter_notice

P1 = ("The novel opens in a mountain village where the only bus has stopped running, and the narrator, a retired "
      "teacher, spends the first chapters naming the families that have left. It is slower than it needs to be, but "
      "the slowness has a purpose that the second half makes clear.")
P2 = ("What lifts the book is its patience with small things: a kettle, a scarf left on a chair, a cat that waits at "
      "the gate every evening. The prose never hurries and never shows off, and by the end I found the quiet almost "
      "loud. Some readers will want more plot; I did not.")
P3 = ("The translation keeps the long sentences of the original without making them heavy, and the afterword explains "
      "the choices well. I would give it to anyone who liked the earlier stories about the same valley.")


def _page(tail: str) -> str:
    return ("<html lang='en'><head><title>The bus that stopped</title></head><body><main class='page'>"
            f"<h1>The bus that stopped</h1><div class='txt'><p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}</div>"
            "</main></body></html>")


def _body(page: str) -> str:
    return extract_page(page, "https://paper.example.org/culture/books/the-bus-that-stopped-77").body_text


def test_meter_run_out_in_many_languages():
    for line in ("Have you run out of free articles this month?", "Te has quedado sin artículos gratuitos este mes.",
                 "Has esgotat els articles gratuïts d'aquest mes?", "Vous n'avez plus d'articles gratuits.",
                 "Keine kostenlosen Artikel mehr diesen Monat.", "Hai esaurito gli articoli gratuiti.",
                 "Nie masz już darmowych artykułów.", "Ücretsiz makale hakkınız kalmadı.", "Bạn đã hết bài viết miễn phí."):
        assert meter_line(line), line


def test_meter_near_misses():
    for line in ("The magazine keeps its free articles in an archive that anyone can search.",
                 "Sin embargo, la autora reunió artículos gratuitos de su blog en este volumen.",
                 "Free articles by the author appeared in three reviews before the novel.",
                 "I read the first chapter this month and the rest last year."):
        assert not meter_line(line), line


def test_meter_box_removed_and_review_kept():
    body = _body(_page("<div class='paywall-note'>Out of free articles this month?</div>"))
    assert "free articles" not in body and "afterword" in body


def test_follow_on_x_as_a_place():
    for line in ("Follow us on X for new reviews every week.", "Suivez-nous sur X pour ne rien manquer.",
                 "Síguenos en X y no te pierdas nada.", "Bizi X'te takip edin, yeni yazılardan haberdar olun.",
                 "Bizi X'ten de takip edin."):
        assert opening_follow(line), line
    for line in ("X'te tanıştığı bir kadını yıllarca takip ediyor.", "On X he follows a poet he has never met.",
                 "The letter X follows the heroine through every chapter.", "Sen X'te büyüdün, dedi annesi."):
        assert not opening_follow(line), line


def test_follow_on_x_line_removed():
    body = _body(_page("<p class='follow'>Follow us on X for new reviews every week.</p>"))
    assert "Follow us" not in body and "afterword" in body


def test_turkic_sign_up_to_newsletter():
    for line in ("Yeni kitap önerilerini kaçırmamak için haftalık bültenimize kaydolun.",
                 "Kitap seçkilerimiz için e-bültene kayıt olun!", "Dergi Kitap bültenine hemen kaydolunuz."):
        assert newsletter_notice(line), line
    for line in ("Romanın kahramanı kasabanın bültenine kaydoldu ve her hafta okudu.",
                 "Bülten, romanda annesinin kaydolduğu tek dergidir."):
        assert not newsletter_notice(line), line


VI = ("<p>Cuốn tiểu thuyết kể về một làng chài nhỏ, nơi người cha dạy con đọc thời tiết qua màu nước biển. Văn viết chậm, "
      "nhiều hình ảnh đẹp, và mình đọc xong vẫn còn nghĩ mãi về người mẹ.</p><p>Điểm trừ là đoạn giữa hơi dài, nhưng phần "
      "cuối rất cảm động và đáng đọc.</p>")


def _vi(note: str, box: str = "") -> str | None:
    html = (f"<html lang='vi'><body><main><h1>Làng chài</h1><div class='c'>{VI}<p><em>{note}</em></p>{box}</div></main>"
            "</body></html>")
    return extract_page(html, "https://blog.example.vn/review/lang-chai").disclosure


def test_vietnamese_reading_code_given_before_a_book_box():
    box = "<div class='box'><p>Tên sách: Làng chài</p><p>Tác giả: Trần Văn Biển</p><p>Thể loại: Tiểu thuyết</p></div>"
    assert _vi("Mình được nhà sách tặng mã đọc bản điện tử để viết bài này.", box)
    assert _vi("Mình được nhà sách tặng mã đọc bản điện tử để viết bài này.")
    assert not _vi("Tôi được bạn thân tặng mã đọc bản điện tử vào sinh nhật.", box)
    assert not _vi("Mình mua sách ở hội sách năm ngoái.", box)
