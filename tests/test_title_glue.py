"""Headlines, captions and labels read as a reader sees them (nodes.shown_text): block children and <br> apart,
inline runs of one word joined; a theme's title-classed header around category links, the h1 and the byline read as
its heading (metadata._Marks.heading)."""

from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.bookcover import figure_captions
from scraper.extract.metadata import read_metadata
from scraper.extract.nodes import shown_text

_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Papier &amp; Tinte</title>
</head><body><div id="page"><main><article class="post type-post">
{header}
<div class="entry-content">
<p>{para}</p><p>{para}</p><p>{para}</p>
</div></article></main></div></body></html>"""

_PARA = {
    "en": "I read this over a long weekend by the sea and kept thinking about its quiet ending for days afterwards.",
    "de": "Ich habe dieses Buch an einem langen Wochenende gelesen und musste noch tagelang an das Ende denken.",
    "ja": "週末に海辺でこの本を読み、静かな結末について何日も考え続けていました。とても印象に残る一冊です。",
    "ar": "قرأت هذا الكتاب في عطلة نهاية أسبوع طويلة وبقيت أفكر في نهايته الهادئة لأيام بعد ذلك كثيرا.",
}


def _header(category: str, title: str, byline: str) -> str:
    # a theme's header classed as the post's title, holding the category links, the h1 and the byline
    return (f'<header class="entry-header post-title"><div class="entry-taxonomies"><span class="category-links">'
            f'<a href="/category/x/" rel="tag">{category}</a></span></div><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-meta"><span class="author">{byline}</span></div></header>')


def _title(lang: str, header: str, title: str) -> str | None:
    page = _PAGE.format(lang=lang, title=title, header=header, para=_PARA[lang])
    return read_metadata(fromstring(page), "https://papier.example.org/2026/05/a-post/").title


def test_reader_separates_blocks_and_breaks():
    assert shown_text(fromstring("<div><div><a>News</a></div><h2>Blog Tour: The Salt Road</h2></div>")) \
        == "News Blog Tour: The Salt Road"
    assert shown_text(fromstring("<figcaption>Die Glasbrücke<br>von Lena Hartmann</figcaption>")) \
        == "Die Glasbrücke von Lena Hartmann"
    assert shown_text(fromstring("<td><p>ข่าวหนังสือ</p><p>รีวิว</p></td>")) == "ข่าวหนังสือ รีวิว"


def test_reader_keeps_inline_runs_of_one_word():
    assert shown_text(fromstring("<h1><b>Har</b>ry and the <a href='#'>Glass</a> Orchard</h1>")) \
        == "Harry and the Glass Orchard"
    assert shown_text(fromstring("<h1>  Les <em>Taiseux</em>\n  <!-- x --> </h1>")) == "Les Taiseux"


def test_title_header_english_reads_the_heading():
    title = "The Salt Road by Mara Quill"
    assert _title("en", _header("Reviews", title, "Posted by Jo"), title) == title


def test_title_header_german_reads_the_heading():
    title = "Rezension: Die Glasbrücke von Lena Hartmann"
    assert _title("de", _header("Neuerscheinungen", title, "von Anke · 3. Mai 2026"), title) == title


def test_title_header_japanese_reads_the_heading():
    title = "『海辺の図書館』 感想"
    assert _title("ja", _header("読書感想", title, "投稿者：ゆき"), title) == title


def test_title_header_arabic_reads_the_heading():
    title = "مراجعة رواية «بيت الملح» لسلمى الراشد"
    assert _title("ar", _header("مراجعات", title, "بقلم سارة"), title) == title


def test_title_div_around_an_h2_reads_the_heading():
    header = ('<div class="post-title"><a href="/category/news/">News</a><h2>Cover Reveal: Lanterns in the Fog</h2>'
              '<span class="byline">by Priya</span></div>')
    assert _title("en", header, "Cover Reveal: Lanterns in the Fog") == "Cover Reveal: Lanterns in the Fog"


def test_plain_title_heading_unchanged():
    # near miss: an ordinary entry-title h1 with a link and an inline split word keeps its words as written
    header = '<h1 class="entry-title"><a href="/2026/05/a-post/"><b>Har</b>bour Lights</a>: a review</h1>'
    assert _title("en", header, "Harbour Lights: a review") == "Harbour Lights: a review"


def test_title_header_with_category_is_an_announcement_not_glued():
    title = "Blog Tour: The Lantern Keeper by Oren Vale"
    page = _PAGE.format(lang="en", title=title, header=_header("News", title, "Posted by Jo"), para=_PARA["en"])
    record = extract_page(page.encode(), "https://papier.example.org/2026/05/blog-tour-lantern-keeper/")
    assert record.title == title
    assert "NewsBlog" not in (record.title or "")


def test_caption_lines_apart():
    tree = fromstring('<div><figure><img src="/c.jpg" alt="cover"><figcaption>Il giardino di sale<br>'
                      'di Marta Ferri</figcaption></figure></div>')
    assert figure_captions(tree)[0][0] == "Il giardino di sale di Marta Ferri"
