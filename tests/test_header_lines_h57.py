"""Helper body57a of the holdout57 round, in our own words and markup:

- a byline with a by-word for its label and the writer's page as its link, under the standfirst ("Por <a>A</a> ·
  date", "Von …", "Door …"): datelines via bylinelabels.unlabelled_byline;
- a labelled byline row whose date carries its own label and whose engine counters follow it ("Reviewer: A | Date: … |
  Views: 1,204"): bylinelabels.COUNT_TAIL and the second label of datelines._LABEL_NAME;
- the desk's pointer to its earlier review, 'read the review (year) | <link>' (reviewpointer, in fr en de es it);
- the engine's record card in the article's header, a box of label rows beside the box of the text (headerrecord).

Near misses: a review's info line under the headline ("Genre: Fantasy | Read: …"), a prose sentence naming the writer
and a date, a sentence pointing to another review with a link over part of it, record rows among the text's own
paragraphs or as lines of one paragraph.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.datelines import _labelled_byline

_REVIEW = [
    "The novel follows a ferryman's widow who takes over the crossing on a wide brown river, and each chapter is one "
    "trip across it with a passenger whose story she half hears over the noise of the engine and the water.",
    "What stays with me is how little the book explains: the river does the work, and the one storm near the end "
    "lands hard because two hundred pages have taught us the weight of every ordinary crossing made before it.",
    "Some of the passengers blur together in the middle chapters, and the last pages hurry a little, but I closed it "
    "with the sense of having travelled somewhere real and slow and worth the fare.",
    "I would give it to anyone who likes quiet novels about work and weather, and I mean to find her earlier stories.",
]


def _page(header: str, text_box: str, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>The ferry at dusk - Ana Vero | River Pages</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/reviews'>Reviews</a></nav><main><article class='story'>"
            f"<span class='rubric'>Review · Fiction</span><h1>The ferry at dusk - Ana Vero</h1>{header}<div class='story-text'>{text_box}</div></article></main>"
            f"<footer>River Pages</footer></body></html>")


def _body(header: str, text_box: str = "", lang: str = "en") -> str:
    text_box = text_box or "".join(f"<p>{p}</p>" for p in _REVIEW)
    return extract_page(_page(header, text_box, lang), "https://riverpages.example/reviews/ferry-at-dusk").body_text


def test_a_by_word_byline_with_the_writers_link_goes():
    for line in [
        "Por <a href='/autor/marta-lobo/'>Marta Lobo</a> · 04.11.2026",
        "Von <a href='/autor/jonas-ruh/'>Jonas Ruh</a> | 4. 11. 2026",
        "Door <a href='/auteur/eva-smit/'>Eva Smit</a>, 04-11-2026",
    ]:
        header = f"<p class='lede'>A second look at a river novel many readers kept by the bed for years.</p><div class='who'>{line}</div>"
        body = _body(header)
        assert "2026" not in body, (line, body[:200])
        assert _REVIEW[0][:40] in body and _REVIEW[-1][:40] in body


def test_a_labelled_byline_with_counters_goes():
    for spans in [
        ("Reviewer: Marta Lobo", "Date: 04.11.2026", "Views: 1,204"),
        ("Reseña: Marta Lobo", "Fecha: 04/11/2026", "Lecturas: 532"),
        ("Recenzent: Jan Novák", "Datum: 4. 11. 2026", "Zobrazení: 77"),
    ]:
        header = "<div class='info'>" + " | ".join(f"<span>{s}</span>" for s in spans) + "</div>"
        body = _body(header)
        assert spans[0] not in body and spans[2] not in body, (spans, body[:200])
        assert _REVIEW[0][:40] in body


def test_a_reviews_info_line_is_no_byline():
    assert not _labelled_byline("Genre: Fantasy | Read: 3 March 2024 | Pages: 320")
    assert not _labelled_byline("Genre: Science fiction | Finished: 3 March 2024")
    assert _labelled_byline("Reviewer: Marta Lobo | Date: 04.11.2026 | Views: 1,204")


def test_a_prose_sentence_with_a_name_and_a_date_stays():
    line = "I met <a href='/autor/marta-lobo/'>Marta Lobo</a> at a reading on 04.11.2026, and she signed my copy."
    body = _body("", "<p>" + line + "</p>" + "".join(f"<p>{p}</p>" for p in _REVIEW))
    assert "signed my copy" in body


def test_a_pointer_to_the_desks_earlier_review_goes():
    for line, lang in [
        ("Lire la critique (2019) | <a href='/livres/2019/le-bac_1.html'>« Le bac », la rivière comme mémoire</a>", "fr"),
        ("Read our review (2018): <a href='/reviews/2018/salt-barge'>The Salt Barge, a slow river of a debut</a>", "en"),
        ("Lesen Sie unsere Rezension | <a href='/buch/2017/faehre'>Die Fähre: ein Fluss als Gedächtnis</a>", "de"),
        ("Lee nuestra reseña (2020) — <a href='/libros/2020/balsa'>La balsa, una novela de agua lenta</a>", "es"),
        ("Leggi la recensione: <a href='/libri/2021/traghetto'>Il traghetto, un fiume che ricorda</a>", "it"),
    ]:
        text_box = "".join(f"<p>{p}</p>" for p in _REVIEW[:2]) + f"<p>{line}</p>" + "".join(f"<p>{p}</p>" for p in _REVIEW[2:])
        body = _body("", text_box, lang)
        assert "href" not in line or line.split(">")[1][:12] not in body, (line, body)
        assert _REVIEW[2][:40] in body


def test_a_sentence_pointing_to_another_review_stays():
    line = "Read our review of her first novel, <a href='/reviews/salt-barge'>The Salt Barge</a>, which is even stranger than this one."
    body = _body("", "".join(f"<p>{p}</p>" for p in _REVIEW[:2]) + f"<p>{line}</p>" + "".join(f"<p>{p}</p>" for p in _REVIEW[2:]))
    assert "even stranger" in body


def test_the_engines_record_card_beside_the_text_box_goes():
    for rows in [
        ("Publisher: Tidewater Press", "Pages: 312", "Genre: Novel"),
        ("Yayınevi: Irmak Kitap", "Sayfa: 312", "Tür: Roman"),
        ("Editorial: Río Lento", "Páginas: 312"),
    ]:
        header = "<div class='card'><img src='/covers/ferry.jpg' alt=''>" + "".join(f"<p>{r}</p>" for r in rows) + "</div>"
        body = _body(header)
        assert rows[0] not in body and rows[1] not in body, (rows, body[:200])
        assert _REVIEW[0][:40] in body


def test_record_rows_among_the_texts_paragraphs_stay():
    rows = "<p>Publisher: Tidewater Press</p><p>Pages: 312</p>"
    body = _body("", rows + "".join(f"<p>{p}</p>" for p in _REVIEW))
    assert "Publisher: Tidewater Press" in body and "Pages: 312" in body
    lined = "<p>Publisher: Tidewater Press<br>Pages: 312<br>Genre: Novel</p>"
    body = _body("", lined + "".join(f"<p>{p}</p>" for p in _REVIEW))
    assert "Tidewater Press" in body


def test_a_record_box_without_a_cover_stays():
    rows = ("Work: The Ferry at Dusk", "Author: Ana Vero", "Publisher: Tidewater Press", "Pages: 312")
    body = _body("<div class='card'>" + "".join(f"<p>{r}</p>" for r in rows) + "</div>")
    assert "Publisher: Tidewater Press" in body and "Pages: 312" in body
