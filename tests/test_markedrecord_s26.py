"""A closing record line that sets its title in italics, "Name, <em>Title</em>, House, 2005, 284 pp.", read with no
credit line elsewhere (``bookmarkedrecord.marked_record`` as a candidate of its own in ``bookcandidates``), and with
a writer known by one name ("Vesperina, <em>T</em>, …") when the text names them again, as bookbiblio's quoted record
reads it. Near misses: a one-word name the text never names again; an italic line whose rest is no record.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(paragraphs: str, closing: str) -> str:
    return (f"<html><head><title>Note</title></head><body><article class=\"post\"><h1>Una notte lunga</h1>"
            f"<div class=\"entry-content\">{paragraphs}<p>{closing}</p></div></article></body></html>")


_IT = ("<p>Un faro abbandonato, una guardiana che non vuole andarsene e un inverno che non finisce mai. Vesperina "
       "scrive con frasi lunghissime, quasi senza punti, e all'inizio la lettura affatica; poi il ritmo prende e non "
       "lascia più. Il romanzo vive di piccoli gesti: una lampada accesa ogni sera, una lettera mai spedita.</p>"
       "<p>Non tutto funziona: la parte centrale gira a vuoto e il finale arriva di corsa. Ma la voce della guardiana, "
       "ostinata e ironica, resta con me da giorni, e questo libro merita più lettori di quanti ne avrà. Voto: 4/5</p>")
_VI = ("<p>Một ngọn hải đăng bỏ hoang, một người gác không chịu rời đi và một mùa đông không dứt. Quỳnh viết những câu "
       "rất dài, gần như không có dấu chấm, lúc đầu đọc khá mệt; rồi nhịp văn cuốn đi. Cuốn tiểu thuyết này sống nhờ "
       "những cử chỉ nhỏ: ngọn đèn thắp mỗi tối, lá thư không bao giờ gửi.</p>"
       "<p>Không phải mọi thứ đều ổn: phần giữa lặp lại và đoạn kết vội vàng. Nhưng giọng người gác đèn, bướng bỉnh "
       "và hài hước, ở lại với tôi nhiều ngày. Điểm: 8/10</p>")
_ES = ("<p>Un faro abandonado, una guardiana que no quiere irse y un invierno que no termina. Azucena escribe con "
       "frases larguísimas, casi sin puntos, y al principio la lectura cansa; después el ritmo atrapa. La novela vive "
       "de gestos pequeños: una lámpara encendida cada noche, una carta nunca enviada.</p>"
       "<p>No todo funciona: la parte central da vueltas y el final llega con prisa. Pero la voz de la guardiana, "
       "terca e irónica, se queda conmigo muchos días. Nota: 4/5</p>")


def test_one_name_and_an_italic_title_closing_the_review():
    it = extract_page(_page(_IT, "Vesperina, <em>Il faro spento</em>, Marea, 2021, 212 pp."),
                      "https://letture.example.it/2026/11/una-notte-lunga/")
    assert (it.is_review, it.book_title, it.book_author) == (True, "Il faro spento", "Vesperina")
    vi = extract_page(_page(_VI, "Quỳnh, <em>Ngọn đèn cuối</em>, NXB Hội Nhà văn, 2019, 240 trang."),
                      "https://docsach.example.vn/2026/11/mot-dem-dai/")
    assert (vi.is_review, vi.book_title, vi.book_author) == (True, "Ngọn đèn cuối", "Quỳnh")
    es = extract_page(_page(_ES, "Azucena, <i>El faro apagado</i>, Sirena, 2020, 198 págs."),
                      "https://lecturas.example.es/2026/11/una-noche-larga/")
    assert (es.is_review, es.book_title, es.book_author) == (True, "El faro apagado", "Azucena")


def test_near_misses():
    # a one-word name the text never says again: no author vouched for
    it = extract_page(_page(_IT.replace("Vesperina", "Lei"), "Solandra, <em>Il faro spento</em>, Edizioni Nordest, "
                                                              "2021, 212 pp."),
                      "https://letture.example.it/2026/11/una-notte-lunga/")
    assert it.book_author != "Solandra"
    # an italic line whose rest is no record: a sign-off
    es = extract_page(_page(_ES, "Azucena, <i>gracias por leer</i>, hasta la próxima semana."),
                      "https://lecturas.example.es/2026/11/una-noche-larga/")
    assert es.book_title != "gracias por leer"
