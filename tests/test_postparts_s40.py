"""One post's parts (book40a): a second body-classed box inside the same <article> as the post's body, emptied by
cleaning (a sign-up card) or holding a form and little text, is a part of the one post, not a second post that makes
the page a listing (``bodyfind._form_part``). Near misses: an archive page whose posts each sit in an <article> of
their own stays a listing, and so does an article-less page of several bodies."""

from scraper.extract import extract_page

_TEXT = ("<p>I picked this novel up on a slow winter week and finished it in two evenings. The harbour town it"
         " describes is drawn with care, and its two sisters argue in a way that rang true to me.</p>"
         "<p>The middle drags a little, with a long detour through the father's letters, but the last chapters pull"
         " everything together. I would give it to anyone who likes quiet family stories by the sea.</p>"
         "<p>The book: The Salt Orchard, by Mira Castellane. First published 2011.</p><p>Rating: 8/10</p>")


def _ghost(parts: str) -> str:
    return ("<html lang='en'><head><title>Two sisters by the sea</title><meta name='generator' content='Ghost 5.80'>"
            "</head><body class='post-template'><main id='site-main'>" + parts + "</main></body></html>")


def test_a_signup_section_in_the_posts_article_is_no_second_post():
    html = _ghost("<article class='article post'><h1 class='article-title'>Two sisters by the sea</h1>"
                  "<section class='gh-content gh-canvas'>" + _TEXT + "</section>"
                  "<section class='gh-content gh-canvas'><div class='kg-card kg-signup-card'><h2>Sign up for the"
                  " letters</h2><form data-members-form='signup'><input type='email'><button>Subscribe</button>"
                  "</form></div></section></article>"
                  "<aside class='read-more-wrap'><article class='post-card'><h2>Another post</h2></article>"
                  "<article class='post-card'><h2>A third post</h2></article></aside>")
    record = extract_page(html, "https://margins.example/two-sisters/")
    assert record.kind == "review"
    assert (record.book_title, record.book_author) == ("The Salt Orchard", "Mira Castellane")


def test_a_wordpress_newsletter_box_in_the_same_article():
    # another engine: a second entry-content box holding only a newsletter form under the post, in German
    text = _TEXT.replace("Rating: 8/10", "Bewertung: 8/10")
    html = ("<html lang='en'><head><title>Two sisters</title></head><body class='single single-post'>"
            "<article class='post type-post'><h1 class='entry-title'>Two sisters</h1>"
            "<div class='entry-content'>" + text + "</div>"
            "<div class='entry-content'><form class='newsletter'><label>Newsletter abonnieren</label>"
            "<input type='email'></form></div></article></body></html>")
    record = extract_page(html, "https://lesezimmer.example/2026/11/two-sisters/")
    assert record.kind != "listing"


def test_an_archive_of_three_articles_stays_a_listing():
    posts = "".join(
        f"<article class='post'><h2 class='post-title'><a href='/p{i}/'>Post {i}</a></h2>"
        f"<section class='gh-content gh-canvas'>{_TEXT}</section></article>" for i in range(3))
    record = extract_page(_ghost(posts), "https://margins.example/tag/novels/")
    assert record.kind == "listing"


def test_an_archive_of_short_posts_each_in_its_article_stays_a_listing():
    # near miss: every post's box is short and one holds a poll's form, but each sits in an article of its own
    posts = "".join(
        f"<article class='post'><h2 class='post-title'>Note {i}</h2><section class='gh-content gh-canvas'>"
        f"<p>A short note on the novel I read this week, number {i}, with a few lines on why I liked it.</p>"
        f"{'<form><input type=radio></form>' if i == 1 else ''}</section></article>" for i in range(3))
    record = extract_page(_ghost(posts), "https://margins.example/notes/")
    assert record.kind == "listing"
