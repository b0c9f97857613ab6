"""The post's own date on a line over its text, known by the page's published date, and the writer's name over it
(owndateline): a magazine's byline block with no class the byline rules know, in any language's form of a date.
Pages of our own invention in German, Portuguese, Arabic (its own digits), Chinese, English and Russian; near misses (the rule
alone, for the other rules take a date line under the headline too): a review's labelled info line among the record
lines, a date that is not the page's, the page's date in a sentence, the book's title over the date line, a date line
after the text has begun; and the date reader on many forms and scripts."""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.boilerplate import CleanReport
from scraper.extract.owndateline import _ascii_digits, drop_own_datelines, own_date

PROSE = {
    "de": "Der Roman folgt einer Familie durch drei Generationen und erzählt dabei ruhig, genau und ohne jede Eile von "
          "den Dingen, über die am Küchentisch niemand sprechen wollte, bis es zu spät war.",
    "pt": "O romance acompanha uma família ao longo de três gerações e conta, com calma e precisão, as coisas de que "
          "ninguém queria falar à mesa da cozinha até ser tarde demais para todos eles.",
    "ar": "تتابع الرواية عائلة عبر ثلاثة أجيال وتحكي بهدوء ودقة عن الأشياء التي لم يرغب أحد في الحديث عنها حول مائدة "
          "المطبخ حتى فات الأوان على الجميع في ذلك البيت القديم.",
    "zh": "这部小说跟随一个家庭走过三代人，平静而准确地讲述了那些在厨房餐桌旁没有人愿意谈起的事情，直到一切都为时已晚。"
          "作者的语言克制，却在细节里藏着很深的情感，读完之后久久不能平静。",
    "ru": "Роман прослеживает историю одной семьи через три поколения и спокойно, точно рассказывает о вещах, о которых "
          "никто не хотел говорить за кухонным столом, пока не стало слишком поздно для всех них.",
    "en": "The novel follows one family through three generations and tells, calmly and precisely, of the things nobody "
          "wanted to talk about at the kitchen table until it was far too late for any of them.",
}


def _varied(prose: str, k: int) -> str:
    """The paragraph's text turned by k tenths (the first as written): five paragraphs, none a copy of another."""
    cut = len(prose) * k // 10
    return prose[cut:] + " " + prose[:cut] if k else prose


def _page(lang: str, head: str, published: str = "2026-12-03T09:00:00+00:00", after: str = "") -> str:
    body = "".join(f"<p>{_varied(PROSE[lang], k)}</p>" for k in range(5))
    return (f'<html lang="{lang}"><head><title>Eine Familie</title>'
            f'<meta property="article:published_time" content="{published}"></head><body><main>'
            f'<article class="story"><h1 class="story-headline">Drei Generationen am Küchentisch</h1>{head}'
            f'<div class="story-text">{body}{after}</div></article></main></body></html>')


def _body(lang: str, head: str, **kw) -> str:
    return extract_page(_page(lang, head, **kw), f"https://magazin.example.org/kritik/{lang}-familie").body_text


@pytest.mark.parametrize("lang, head, gone", [
    # the name and the date each on a line of its own under the rubric's line, the month's name in German
    ("de", '<p class="rubrik">Kritik</p><p class="verfasser">Helene Brandt</p><p class="stand">3. Dezember 2026</p>',
     ["Helene Brandt", "Dezember"]),
    # both in one box under the rubric's line, the Romance "de"
    ("pt", '<p class="rubrica">Crítica</p><div class="assinatura">Marta Teixeira<br>3 de dezembro de 2026</div>',
     ["Marta Teixeira", "dezembro"]),
    # Arabic-Indic digits, the weekday and the month's name in Arabic, under the rubric's line
    ("ar", '<p class="qism">نقد</p><p class="kateb">سلمى الحداد</p><p class="tarikh">الخميس ٣ ديسمبر ٢٠٢٦</p>',
     ["سلمى الحداد", "ديسمبر"]),
    # the year first and the CJK marks, under the rubric's line
    ("zh", '<p class="lanmu">书评</p><div class="zuozhe">林小雨</div><div class="shijian">2026年12月3日</div>',
     ["林小雨", "2026年12月3日"]),
    # the month first after a weekday, under the rubric's line
    ("en", '<p class="kicker">Fiction</p><p class="who">Mara Quill</p><p class="when">Thursday, December 3, 2026</p>',
     ["Mara Quill", "December 3, 2026"]),
    # the genitive month in Cyrillic
    ("ru", '<p class="rubrika">Рецензия</p><p>Анна Лебедева</p><p>3 декабря 2026</p>', ["Анна Лебедева", "декабря"]),
])
def test_the_pages_own_date_and_the_name_over_it_go(lang, head, gone):
    text = _body(lang, head)
    assert PROSE[lang][:30] in text
    for phrase in gone:
        assert phrase not in text


def _left(head: str, after: str = "", published: str = "2026-12-03") -> list[str]:
    """The rule alone on a post body (the headline, the lines given, the text): what it removed."""
    body = lxml_html.fromstring(f'<div class="post"><h1>Larkspur</h1>{head}<div class="text">'
                                f'<p>{PROSE["en"]}</p>{after}<p>{_varied(PROSE["en"], 5)}</p></div></div>')
    report = CleanReport()
    drop_own_datelines(body, published, report)
    return [r.text for r in report.removed]


@pytest.mark.parametrize("head", [
    '<p class="by">Mara Quill</p><p class="when">3 December 2026</p>',
    '<div class="by">Mara Quill<br>Posted: 3 December 2026, 9:30</div>',
])
def test_the_rule_alone_takes_the_dateline_and_the_name(head):
    assert "".join(_left(head)).replace("Posted: ", "").replace(", 9:30", "") in ("3 December 2026Mara Quill",
                                                                                   "Mara Quill 3 December 2026",
                                                                                   "Mara Quill3 December 2026")


def test_a_labelled_info_line_among_the_record_lines_stays():
    assert _left("<p>Pages: 320</p><p>Finished: 3 December 2026</p><p>Publisher: Harbour Books</p>") == []


@pytest.mark.parametrize("line", [
    '<p><small>Read: 3 December 2026 | Format: <a href="/tag/paperback/">paperback</a></small></p>',
    "<p>Gelesen: 3. Dezember 2026 · Format: Taschenbuch</p>",
    "<p>Lu le : 3 décembre 2026 / Support : poche</p>",
    "<p>Leído: 3 de diciembre de 2026, Formato: tapa blanda</p>",
    "<p>First published: 3 December 2026 · Harbour Press</p>",
    "<p>Erschienen: 3.12.2026 bei Kampa</p>",
])
def test_a_reading_record_of_two_fields_in_one_line_stays(line):
    # (the reviewer's own reading note: a second "Label:" in the line makes it a record, not the engine's dateline)
    assert _left(line) == []


def test_one_labelled_date_alone_still_goes():
    assert _left("<p>Posted: 3 December 2026</p>") == ["Posted: 3 December 2026"]


def test_a_date_that_is_not_the_pages_stays():
    assert _left('<p class="by">Mara Quill</p><p class="when">3 March 2024</p>') == []


def test_no_published_date_no_rule():
    assert _left('<p class="by">Mara Quill</p><p class="when">3 December 2026</p>', published="") == []


def test_the_pages_date_in_a_sentence_stays():
    assert _left("<p>I closed it on <span>December 3, 2026</span>, in one sitting.</p>") == []
    assert _left("<p>Finished on December 3, 2026, in one long sitting at last.</p>") == []


def test_the_books_title_over_the_date_line_stays():
    # (the text names "Larkspur" again: the line over the date is the book's title, not a byline)
    left = _left("<p>Larkspur</p><p>December 3, 2026</p>", after="<p>Larkspur is the farm's name, too.</p>")
    assert left == ["December 3, 2026"]


def test_a_date_line_after_the_text_has_begun_stays():
    assert _left("", after='<p class="by">Mara Quill</p><p>3 December 2026</p>') == []


@pytest.mark.parametrize("written", [
    "2026-12-03", "03.12.2026", "3. 12. 2026", "12/3/2026", "2026/12/03", "2026年12月3日", "2026년 12월 3일",
    "3 December 2026", "December 3rd, 2026", "Dec 3, 2026", "3rd of December 2026", "3 de diciembre de 2026",
    "3. Dezember 2026", "3 декабря 2026", "3 грудня 2026", "2026. december 3.", "2026 m. gruodžio 3 d.",
    "2026. gada 3. decembris", "3 ธันวาคม 2569", "٣ ديسمبر ٢٠٢٦", "৩ ডিসেম্বর ২০২৬", "३ दिसंबर २०२६", "3 Aralık 2026",
    "3 grudnia 2026", "3. joulukuuta 2026", "3 Δεκεμβρίου 2026", "3 Disember 2026", "ngày 3 tháng 12 năm 2026",
])
def test_the_date_reader_reads_each_form(written):
    assert own_date(_ascii_digits(written), 2026, 12, 3)


@pytest.mark.parametrize("written", ["4 December 2026", "3 November 2026", "3 December 2025", "12/4/2026",
                                     "2026年12月13日", "13. Dezember 2026"])
def test_the_date_reader_reads_no_other_day(written):
    assert not own_date(_ascii_digits(written), 2026, 12, 3)
