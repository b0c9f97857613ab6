"""rev24's findings mended (mend24a): rules added on 5 Dec that fired on ordinary reviews they were not written for.

1. listedbook.numbered_works: a numbered heading "Words, Two Capitalised Words" is a list's "maker, work" pair only when
   it is vouched for (the work quoted or in italics, the maker named again, or the maker on one side in every item and
   no word of it an ordinary word of the text); a review's title-case section headings are not.
2. threads.forum_topic: a blog's taxonomy class ("category-hot-topic", "tag-…-thread") is no forum's topic view.
3. bookfirstrow.headed_rows: a head line over two rows only is vouched for (named above or set apart) and holds no
   thanks: "Many thanks to Penguin" / "Author: A" / "Publisher: P" names no book.
"""

from lxml import html

from scraper.extract import extract_page
from scraper.extract.bookfirstrow import headed_rows
from scraper.extract.listedbook import numbered_works
from scraper.extract.threads import forum_topic

URL_ARCHIVE = "https://blog.example/2025/02/review-the-lantern-year"  # (an archive served at a post-like address)


# --- 1. numbered section headings in title case are no list of works -------------------------------------------------

def test_title_case_section_headings_are_no_list():
    en = ["A long review of the novel, and I liked most of it.",
          "## 1. World Building, Done Right", "The valley feels lived in and the wells matter.",
          "## 2. Characters, Flawed But Human", "The eldest daughter is stubborn, and yet I understood her.",
          "## 3. The Ending, Too Rushed", "The last forty pages settle every thread at once.", "Rating: 4/5"]
    assert numbered_works(en) == {}
    # the maker on one side every time, but its words ordinary words of the text ("plot", "side", "the")
    en2 = ["What worked and what did not in the plot, the side characters and the ending.",
           "## 1. Plot Twists, Well Placed", "x", "## 2. Side Characters, Too Thin", "x", "## 3. The Ending, Too Soft", "x"]
    assert numbered_works(en2) == {}
    de = ["Eine lange Besprechung, die welt und die figuren betreffend.",
          "## 1. Die Welt, Gut Gebaut", "x", "## 2. Die Figuren, Sehr Lebendig", "x", "## 3. Das Ende, Zu Schnell", "x"]
    assert numbered_works(de) == {}


def test_title_case_section_review_page_stays_a_review():
    page = ("<html><head><title>Review: The Glass Orchard by Mira Hale</title></head><body><article>"
            "<h1>Review: The Glass Orchard by Mira Hale</h1>"
            "<p>Mira Hale's second novel follows a family of orchard keepers through three dry summers, and it is the best "
            "thing I have read this spring. The prose is spare and the dialogue sharp; every chapter ends on a turn.</p>"
            "<h2>1. World Building, Done Right</h2><p>The valley, its wells and its feuds feel lived in. Hale never stops "
            "to explain, and she never needs to: the map is in the characters' heads and soon in yours.</p>"
            "<h2>2. Characters, Flawed But Human</h2><p>Ana, the eldest daughter, is stubborn to the point of cruelty, "
            "and yet I understood every one of her choices. Her father is drawn too quickly.</p>"
            "<h2>3. The Ending, Too Rushed</h2><p>The last forty pages try to settle every thread at once, and the "
            "quiet of the first half is lost.</p><p>Rating: 4/5.</p></article></body></html>")
    record = extract_page(page, "https://blog.example/2024/05/review-the-glass-orchard")
    assert record.kind == "review" and record.book_title == "The Glass Orchard"


def test_canon_list_by_comma_still_read():
    hr = ["Pet romana za dugu zimu.", "### 1. Miroslav Krleža, Povratak Filipa Latinovicza", "Slikar se vraća kući.",
          "### 2. Ranko Marinković, Kiklop", "Zagreb uoči rata.", "### 3. Vladan Desnica, Proljeća Ivana Galeba",
          "Violinist u bolnici."]
    assert set(numbered_works(hr)) == {"povratak filipa latinovicza", "kiklop", "proljeća ivana galeba"}
    # the work quoted: vouched whichever its maker's words
    en = ["Three books for winter.", "1. “The Long Field”, Grace Hill", "x", "2. “Salt Roads”, Ben Marsh", "x",
          "3. “Quiet Water”, Ann Lowe", "x"]
    assert len(numbered_works(en)) == 3
    # the maker named again in the text, though its words are ordinary ones elsewhere
    es = ["Tres novelas del verano; la de Rosa Blanco es la mejor, dice blanco.",
          "1. Rosa Blanco, El mar", "x", "2. Juan Vidal, La casa", "x", "3. Pedro Soto, El río", "x"]
    assert len(numbered_works(es)) == 3


# --- 2. a blog's category/tag class is no forum topic ----------------------------------------------------------------

def _tree(body_class: str):
    return html.fromstring(f'<html><body class="{body_class}"><main><p>x</p></main></body></html>')


def test_taxonomy_classes_are_no_topic_view():
    for cls in ["archive category category-hot-topic", "single single-post tag-book-club-thread",
                "archive tag tag-tema-thread", "archive category category-forum-topic term-12",
                "archive category category-heisses-thema-topic"]:
        assert not forum_topic("https://blog.example/category/hot-topic/", _tree(cls)), cls


def test_engine_topic_views_still_read():
    for cls in ["bland umraedur thread-view", "nojs notouch section-viewtopic ltr", "topic bbpress single single-topic",
                "board-kirjallisuus thread-page", "page-thread", "forum-thread"]:
        assert forum_topic("https://forum.example/b/1234", _tree(cls)), cls


def test_category_archive_page_stays_a_listing():
    posts = [
        ("/2025/02/lantern", "Review: The Lantern Year by Ines Marlow",
         "Ines Marlow's third novel follows two sisters who keep a lighthouse through one long winter, and it is the "
         "finest thing I have read this year. The sentences are plain and the talk is quick; each chapter closes on a "
         "small shift that pulls you into the next. The island, its boats and its quarrels feel real. Marlow never "
         "stops to explain, and she never has to. The younger sister is proud to the point of spite. Rating: 4/5"),
        ("/2025/01/reed", "Review: Reed by Tom Ridge", "A brisk, bitter debut about a river town; better than I hoped. Rating: 3/5"),
        ("/2024/12/flint", "Review: Flint by Ada Moss", "Flint is a thin novel about a quarry strike, told by two brothers."),
    ]
    teasers = "".join(f'<article class="post type-post"><h2><a href="{href}">{title}</a></h2>'
                      f'<div class="entry-content"><p>{text}</p></div></article>' for href, title, text in posts)
    page = ('<html><head><title>Hot Topic – Lamp Notes</title></head>'
            f'<body class="archive category category-hot-topic"><main>{teasers}</main></body></html>')
    record = extract_page(page, URL_ARCHIVE)
    assert not record.is_review and record.kind == "listing"


# --- 3. a line of thanks over two rows is no title -----------------------------------------------------------------

def test_thanks_line_over_two_rows_is_no_title():
    for lines in [
        ["A long review.", "Many thanks to Penguin", "Author: Mira Hale", "Publisher: Penguin Random House"],
        ["Eine lange Besprechung.", "Danke an den Verlag", "Autor: Jana Weber", "Verlag: Hanser"],
        ["Une longue critique.", "Merci aux éditions", "Auteur : Anne Roy", "Éditeur : Gallimard"],
        ["Una larga reseña.", "Gracias a la editorial", "Autor: Ana Ruiz", "Editorial: Anagrama"],
    ]:
        assert headed_rows(lines, html.fromstring(f"<div><b>{lines[1]}</b></div>")) == [], lines
    # a bare line over two rows, named nowhere else and not set apart
    assert headed_rows(["A long review.", "Spring reading", "Author: Mira Hale", "Publisher: Penguin"]) == []
    # h44's near miss: a bare title over the author and a page count, with nothing else to vouch for it
    assert headed_rows(["The Quiet Harbour", "Author: Nell Ashby", "Pages: 288"]) == []


def test_vouched_head_over_two_rows_still_read():
    # set apart in bold (nutiminn's box: "<b>T</b>" / "Höfundur: A" / "Útgefandi: P")
    lines = ["Löng umsögn um bókina.", "Tímaþjófurinn", "Höfundur: Steinunn Sigurðardóttir", "Útgefandi: Mál og menning"]
    root = html.fromstring("<div><p>Löng umsögn um bókina.</p><p><b>Tímaþjófurinn</b></p></div>")
    assert headed_rows(lines, root)[0] == ("title", "Tímaþjófurinn")
    # named in the text above it
    lines = ["Eine lange Besprechung von Wintersee, sehr genau.", "Wintersee", "Autorin: Karen Holm", "Verlag: Hanser"]
    assert headed_rows(lines)[0] == ("title", "Wintersee")


def test_thanks_page_names_no_book():
    page = ("<html><head><title>Spring reading notes</title></head><body><article><h1>Spring reading notes</h1>"
            "<p>This second novel follows a family of orchard keepers through three dry summers, and it is the best thing "
            "I have read this spring. The prose is spare and the dialogue sharp; every chapter ends on a small turn that "
            "makes you read the next one. The author never stops to explain, and she never needs to.</p>"
            "<p>Ana, the eldest daughter, is stubborn to the point of cruelty, and yet I understood her. Rating: 4/5</p>"
            "<p>Many thanks to Penguin</p><p>Author: Mira Hale</p><p>Publisher: Penguin Random House</p>"
            "</article></body></html>")
    record = extract_page(page, "https://blog.example/2024/05/spring-reading-notes")
    assert record.book_title != "Many thanks to Penguin"
