"""Book records across scripts (round 36): a caseless record in commas closed by a full stop whose last part names a
publisher's house ("T، A، kind، House.": fragmentrecord._closed_on_house). Near misses: a sentence of clauses closed by
its stop, a name among them and no house at its end; a stop-closed line whose house is not its last part.

Every line here is invented for these tests (invented books and people, in our own words)."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, paragraphs: list[str], lang: str, url: str = "https://daftar.example.org/2026/11/post"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} — Daftar</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    record = extract_page(html, url)
    return record.book_title, record.book_author


_AR = [
    "في قرية صغيرة على ضفة النهر يعيش صياد عجوز مع حفيدته، وينتظران كل صباح عودة القارب الذي خرج ولم يرجع. "
    "هذه هي الحكاية التي تبني عليها الكاتبة روايتها الهادئة.",
    "تكتب الساعدي بجمل قصيرة وواضحة، وتترك الصمت بين الشخصيات يقول أكثر من الحوار. الفصول الوسطى بطيئة قليلاً، "
    "لكن النهاية تستحق الصبر.",
]


def test_arabic_record_closed_by_a_stop_on_its_house():
    book = _page("صياد ينتظر النهر", _AR + ["<em>قارب الفجر، سلمى الساعدي، رواية، منشورات الضفة.</em>"], "ar")
    assert book == ("قارب الفجر", "سلمى الساعدي")


def test_arabic_sentence_of_clauses_closed_by_a_stop_is_no_record():
    book = _page("صياد ينتظر النهر", _AR + ["قرأتها في ليلة، سلمى الساعدي تعرف البحر، وأحببت الحفيدة كثيراً."], "ar")
    assert book[1] != "سلمى الساعدي"


def test_stop_closed_line_whose_house_is_not_last_is_no_record():
    book = _page("صياد ينتظر النهر", _AR + ["قارب الفجر، سلمى الساعدي، منشورات الضفة، أنصح بها للجميع."], "ar")
    assert book[1] != "سلمى الساعدي"
