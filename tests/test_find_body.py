"""scraper.extract.find_body: which element is the post, and how many posts the page holds."""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page, find_body

POST = " ".join(["The ferry novel keeps its debts in a ledger and its weather in every sentence."] * 12)
TEASER = "Next up on the shelf: a short note on a winter novella."


def page(*articles: str) -> str:
    return "<html><body>" + "".join(f"<article><h2>Post</h2><p>{a}</p></article>" for a in articles) + "</body></html>"


def test_one_bare_article_and_teasers_of_others_is_one_post():
    body, count = find_body(lxml.html.fromstring(page(POST, TEASER, TEASER, TEASER)))
    assert count == 1 and POST[:40] in body.text_content()


def test_bare_articles_of_a_size_are_a_listing():
    body, count = find_body(lxml.html.fromstring(page(POST, POST.replace("ferry", "river"), POST.replace("ferry", "night"))))
    assert count == 3
    record = extract_page(page(POST, POST.replace("ferry", "river"), POST.replace("ferry", "night")), "https://shelf.example/2024/05/")
    assert record.kind == "listing"


def test_a_sentence_opening_word_taken_for_an_authors_first_name_gives_no_book():
    from scraper.extract.bookdoubts import doubtful_author

    text = "Я читала его летом. Но Гончаров пишет медленно, но точно, и это главное."
    assert doubtful_author("Но Гончаров", text)  # "Но" is "but": the text writes it in lower case too
    assert not doubtful_author("Иван Гончаров", text)
    assert not doubtful_author("Le Guin", "le livre de Le Guin, le premier")  # a surname's particle
    assert not doubtful_author("Rosa Lind", "Rosa Lind writes in long, patient sentences.")


_BARE_SENTENCES = (
    "The lighthouse keeper's daughter narrates this novel in letters she never sends to her brother overseas.",
    "Each letter is dated by the tide tables, and the gaps between them say as much as the letters themselves.",
    "By the middle of the book the storms have taken the jetty, the mail boat and most of her patience too.",
    "The ending refuses to explain the lamp that keeps burning after the keeper is gone, and I was glad of it.",
)


def _bare_page(posts: int) -> str:
    """An old journal engine's page: each post's text written between <br>, not in <p>; a sidebar of links.
    A list page links each post's heading to the post's own page."""
    body = "".join(
        f'<div class="entry"><h2><a href="/post/{n}">Letters at low water</a></h2><div class="entry-text">'
        + "<br><br>".join(f"{sentence} (post {n})" for sentence in _BARE_SENTENCES)
        + "</div></div>"
        for n in range(posts)
    )
    return f'<html><body><table><tr><td class="side"><a href="/a">Archive</a></td><td class="centre">{body}</td></tr></table></body></html>'


def test_text_written_between_line_breaks_is_a_post_body():
    body, posts = find_body(lxml.html.fromstring(_bare_page(1)))
    assert posts == 1
    assert body is not None and "lamp that keeps burning" in body.text_content()
    assert "Archive" not in body.text_content()


def test_several_posts_written_between_line_breaks_are_not_one_body():
    _, posts = find_body(lxml.html.fromstring(_bare_page(3)))
    assert posts == 3


def _topic(*posts: str) -> str:
    return "<html><body><div class='topic'>" + "".join(
        f"<div class='post-row'><a class='username' href='/profile/{n}-m{n}/'>m{n}</a><div class='post entry-content'><p>{p}</p></div></div>"
        for n, p in enumerate(posts)) + "</div></body></html>"


REPLY = "Danke, klingt gut, ich setze es auf meine Liste für den Winter."


def test_a_forum_topic_s_long_opening_post_with_replies_is_one_post():
    # a board's topic page (German, written for this test): the opening post is most of the text, the rest reply
    opening = " ".join(["Der Fährroman führt seine Schulden in einem Hauptbuch und sein Wetter in jedem Satz."] * 14)
    html = _topic(opening, REPLY, REPLY)
    body, count = find_body(lxml.html.fromstring(html), topic=True)
    assert count == 1 and opening[:30] in body.text_content()
    assert extract_page(html, "https://lesezirkel.example/index.php?showtopic=4411").kind != "listing"
    # near misses: the same posts at a blog's address stay a listing, and a topic whose posts are of a size is a thread
    assert find_body(lxml.html.fromstring(html))[1] == 3
    even = _topic(REPLY + " " + TEASER, opening[:200], opening[:220])
    assert find_body(lxml.html.fromstring(even), topic=True)[1] == 3


_BOX_SENTENCES = {
    "en": _BARE_SENTENCES,
    "he": (
        "בתו של שומר המגדלור מספרת את הרומן הזה במכתבים שהיא אף פעם לא שולחת לאחיה שמעבר לים, מכתב אחרי מכתב.",
        "כל מכתב מתוארך לפי לוח הגאות, והפערים ביניהם אומרים לא פחות מהמכתבים עצמם, ואולי אף יותר מהם.",
        "באמצע הספר הסערות כבר לקחו את המזח, את סירת הדואר ואת רוב הסבלנות שלה, והיא עדיין כותבת בכל ערב.",
        "הסוף מסרב להסביר את המנורה שממשיכה לדלוק אחרי שהשומר איננו, ושמחתי על כך מאוד כשסגרתי את הספר.",
    ),
}


def _boxed_page(lang: str, footer: str) -> str:
    """A news site's article: its paragraphs are boxes of their own (no <p>), its title in a header box beside them,
    a footer line in a <p>."""
    paragraphs = "".join(f'<div class="para"><span>{s}</span></div>' for s in _BOX_SENTENCES[lang])
    return (f'<html lang="{lang}"><body><div class="page"><div class="top"><a href="/">Home</a> <a href="/books">Books</a></div>'
            f'<div class="head"><h1>Letters at low water</h1><div class="credit">Photo: archive</div></div>'
            f'<div class="text"><div>{paragraphs}</div></div>'
            f'<div class="more"><h3>More</h3><ul><li><a href="/a">Five novels of the sea</a></li></ul></div>'
            f'<div class="letter"><p>{footer}</p></div></div></body></html>')


def test_paragraphs_in_boxes_beside_a_line_in_a_p_are_the_body():
    # English and Hebrew: one footer line in a <p> (under a post's length) does not hide the text written in boxes
    for lang, footer in (("en", "The weekly books letter, every Friday in your inbox"),
                         ("he", "ניוזלטר הספרות שלנו, פעם בשבוע ישר לתיבת הדואר")):
        body, posts = find_body(lxml.html.fromstring(_boxed_page(lang, footer)))
        assert posts == 1 and body is not None, lang
        text = body.text_content()
        assert _BOX_SENTENCES[lang][-1] in text and "Five novels of the sea" not in text and footer not in text, lang


def test_near_misses_of_the_boxed_paragraphs():
    # a post's worth of text in <p>: the <p> box is the body, as before
    html = _boxed_page("en", " ".join(_BARE_SENTENCES)).replace('<div class="para"><span>', "<p>").replace("</span></div>", "</p>")
    body, posts = find_body(lxml.html.fromstring(html))
    assert posts == 1 and _BARE_SENTENCES[0] in body.text_content()
    # a page of a line or two and no more: no body
    short = "<html><body><div><p>The weekly books letter, every Friday in your inbox</p><div>Home</div></div></body></html>"
    assert find_body(lxml.html.fromstring(short)) == (None, 0)


def test_near_miss_a_short_post_in_p_beside_a_sidebars_bare_text():
    # a short review in <p> (under a post's length) and a sidebar's about-me box written bare: not a page of boxes,
    # so no box is taken for the body (the sidebar and the archive are not the post's)
    review = ("<p>Finished The Winter Keeper last night. The widow runs the light alone through a hard winter and the "
              "island drifts through her kitchen. Quiet, funny, sad; the middle sags under recipes but the ending is "
              "lovely.</p><p>Four stars from me.</p>")
    side = ("<div class='about'>Hello! I am Mina, a librarian in a small harbour town, and I write about the books I "
            "borrow, the ones I buy and the ones I should never have bought. Coffee, cats and long walks on the pier are "
            "the rest of it. Write to me any time.</div>")
    html = (f"<html><body><div id='wrap'><div id='main'><h1>The Winter Keeper</h1>{review}</div><div id='side'>{side}"
            "<div>Archive<br><a href='/2024/'>2024</a></div></div></div></body></html>")
    assert find_body(lxml.html.fromstring(html)) == (None, 0)
