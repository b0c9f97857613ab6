"""scraper.extract.mediumpage: the page as it came says its subject is another medium, or it is a thread of voices.

Pages written for these tests, in several engines' manners; each positive has a negative beside it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html

from scraper.extract.classify import Evidence, classify
from scraper.extract.mediumpage import _profile_href, info_box, jsonld_medium, page_medium, thread


def tree(body: str):
    return html.fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


# -- JSON-LD ----------------------------------------------------------------------------------------------------------


def test_jsonld_declaring_a_film_a_season_or_a_game():
    assert "Movie" in jsonld_medium([{"@type": "Review", "itemReviewed": {"@type": "Movie", "name": "Salt"}}])
    assert "TVSeason" in jsonld_medium([{"@type": "WebPage"}, {"@type": "https://schema.org/TVSeason", "name": "Salt, season 2"}])
    assert "VideoGame" in jsonld_medium([{"@type": "Article", "about": [{"@type": "VideoGame", "name": "Salt"}]}])
    assert "TheaterEvent" in jsonld_medium([{"@type": ["TheaterEvent"], "name": "Salt on stage"}])


def test_jsonld_naming_a_book_anywhere_is_a_book_s():
    # a review of the novel that also declares its film: about the book
    assert jsonld_medium([{"@type": "Review", "itemReviewed": {"@type": "Book", "name": "Salt"}},
                          {"@type": "Movie", "name": "Salt"}]) is None
    assert jsonld_medium([{"@type": "Article"}, {"@type": "BlogPosting", "author": {"@type": "Person"}}]) is None
    # a book series is a CreativeWorkSeries: not another medium
    assert jsonld_medium([{"@type": "CreativeWorkSeries", "name": "The Salt Cycle"}]) is None


# -- info box and trailer ---------------------------------------------------------------------------------------------


def test_an_info_box_beside_the_post():
    page = tree('<article><p>Words about the show.</p></article><aside class="subject"><dl><dt>Directed by</dt><dd>Ana Ruiz</dd>'
                '<dt>Episodes</dt><dd>8</dd></dl></aside>')
    assert "director" in info_box(page) and "episodes" in info_box(page)


def test_labels_set_in_bold_with_the_colon_after():
    page = tree("<article><p><b>Regie</b>: Ana Ruiz</p><p><strong>Laufzeit</strong>: 118 Minuten</p><p>Text.</p></article>")
    assert "runtime" in info_box(page)


def test_a_trailer_and_one_label():
    page = tree('<article><p>Running time: 2 h 04</p><figure><iframe src="https://www.youtube.com/embed/x1" '
                'title="Salt – official trailer"></iframe></figure></article>')
    assert "trailer" in info_box(page)


def test_a_book_s_box_and_a_book_trailer_are_a_book_s():
    book = tree('<article><ul><li>Author: Mira Hale</li><li>Publisher: Tidewater</li><li>Director of the film: Ana Ruiz</li>'
                '<li>Runtime: 2h</li></ul></article>')
    assert info_box(book) is None
    trailer = tree('<article><p>Runtime: 11 h</p><iframe src="https://player.vimeo.com/video/9" title="Salt – book trailer">'
                   '</iframe></article>')
    assert info_box(trailer) is None
    mention = tree("<article><p>The director of the film, Ana Ruiz, said she read the book twice.</p></article>")
    assert info_box(mention) is None


# -- threads ----------------------------------------------------------------------------------------------------------


def _post(who: str, text: str, klass: str = "message") -> str:
    return (f'<div class="{klass}"><div class="message-user"><a href="/members/{who}.{len(who)}/" class="username">{who}</a>'
            f'</div><div class="message-body"><p>{text}</p></div></div>')


_SHORT = ("I liked the middle part with the letters best, though the ending felt rushed to me and the land sale subplot "
          "went nowhere at all.")


def test_a_thread_of_several_members():
    page = tree('<h1>June read: Salt</h1><div class="block-body">' + _post("wren", "Score it out of ten, everyone! Mine is eight. " + _SHORT)
                + _post("okapi", _SHORT) + _post("hal", "Nine from me. " + _SHORT) + "</div>")
    assert "3 people" in thread(page)


def test_a_long_review_with_replies_is_not_a_thread():
    review = " ".join(["The Salt Orchard follows three sisters on a salt marsh and the orchard they try to save."] * 12)
    page = tree('<div class="block-body">' + _post("wren", review) + _post("okapi", "Great write-up, thanks!")
                + _post("hal", "Adding it to my list. " + _SHORT) + "</div>")
    assert thread(page) is None


def test_one_author_s_posts_and_a_blog_s_comments_are_not_a_thread():
    one = tree('<div class="block-body">' + _post("wren", _SHORT) + _post("wren", _SHORT) + _post("wren", _SHORT) + "</div>")
    assert thread(one) is None
    blog = tree('<article><p class="byline">by <a href="/author/wren/" class="author">Wren</a></p><p>' + _SHORT * 3 + "</p></article>"
                '<section id="comments"><ol class="comment-list">'
                + "".join(f'<li class="comment"><a href="/user/{who}" class="username">{who}</a><p>{_SHORT}</p></li>'
                          for who in ("okapi", "hal", "mossy", "jun"))
                + "</ol></section>")
    assert thread(blog) is None


def test_related_posts_by_other_authors_are_not_a_thread():
    page = tree('<article><p>by <a class="author" href="/author/wren/">Wren</a></p><p>' + _SHORT * 4 + "</p></article>"
                '<div class="related-posts">'
                + "".join(f'<div class="teaser"><a class="author" href="/author/{w}/">{w}</a><p>{_SHORT}</p></div>' for w in ("hal", "jun", "okapi"))
                + "</div>")
    assert thread(page) is None


# -- through classify -------------------------------------------------------------------------------------------------


def _evidence(**overrides) -> Evidence:
    values = dict(url="https://readers.example/threads/salt.12/", title="Salt by Mira Hale", words=400, post_bodies=1,
                  articles=0, body_classes=[], og_type=None, categories=[], tags=[], book_source="title",
                  book_has_author=True, rating=True, books_named=0, qa_blocks=0, jsonld_review=False, source_hint=False)
    values.update(overrides)
    return Evidence(**values)


def test_classify_reads_the_page_s_medium():
    page = tree('<div class="block-body">' + _post("wren", "Eight. " + _SHORT) + _post("okapi", "Six. " + _SHORT)
                + _post("hal", "Nine. " + _SHORT) + "</div>")
    reason = page_medium(page, [])
    kind, why = classify(_evidence(page_medium=reason))
    assert kind == "other" and why == reason
    assert classify(_evidence())[0] == "review"
    # a declared Review of a book with its author is believed
    assert classify(_evidence(page_medium=reason, jsonld_review=True, book_source="jsonld"))[0] == "review"


# -- member links, as three patterns ----------------------------------------------------------------------------------

_ONE_PATTERN = re.compile(  # the member-link pattern as one alternation (what mediumpage._profile_href splits up)
    r"/(?:u|user|users|member|members|profile|profiles|people|usuario|benutzer|utilisateur|uzytkownik)/[^/?#]+/?$|"
    r"memberlist\.php\?.*\bu=\d+|member\.php\?.*\bu=\d+|[?&](?:u|userid|uid|showuser)=\d+|/@[\w.-]+/?$|^/u/[^/]+",
    re.I,
)
_HREF_PARTS = ["/", "u", "U", "/u/", "/USER/", "/members/", "/people", "/@", "ana", "ana.b-c", "?", "&", "=", "u=", "uid=",
               "12", "memberlist.php?", "Member.PHP?", "#", "\n", " ", "showuser=", "https://forum.example", "/ſ", "x"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_HREF_PARTS), max_size=8).map("".join))
def test_member_links_found_as_by_one_pattern(href):
    assert _profile_href(href) == bool(_ONE_PATTERN.search(href))


def test_member_links_of_each_form():
    for href in ("/u/ana", "https://x.example/users/ana/", "https://x.example/@ana", "/memberlist.php?mode=viewprofile&u=12",
                 "/member.php?u=7", "/index.php?showuser=3", "/profile/ana\n", "/forum/view;sid=1&uid=12"):
        assert _profile_href(href) and _ONE_PATTERN.search(href)
    for href in ("/users/", "/2024/05/ana/", "/u", "/tag/people/", "https://x.example/?p=12"):
        assert not _profile_href(href) and not _ONE_PATTERN.search(href)


def test_a_catalogue_page_s_review_after_the_book_header_is_not_a_thread():
    # a reading site's review page: a book card whose author is marked up as an author, then one reader's long
    # review, then a strip of other readers' short takes (Spanish, written for this test)
    card = ('<div class="ficha"><span itemprop="author">Olvido Marín</span> <span>ISBN 9780000000000 · 212 páginas</span>'
            '<span>Nota media 3,9</span></div>')
    review = " ".join(["La casa de las mareas cuenta cómo tres hermanas reparan la casa de su abuela antes del invierno."] * 10)
    take = "Me gustó el final, aunque el capítulo del puerto se me hizo largo y repetido sin razón alguna."
    page = tree('<div class="columna">' + card + _post("lectora_sur", review, "critica")
                + _post("ramon_lee", take, "critica") + "</div>")
    assert thread(page) is None
    # near miss: the long post comes after another reader's full post, so the page is a thread of readers
    opener = "¿Qué os pareció La casa de las mareas? " + take + " " + take
    page = tree('<div class="columna">' + _post("ramon_lee", opener, "critica") + _post("lectora_sur", review, "critica")
                + _post("ines_p", take, "critica") + "</div>")
    assert "3 people" in thread(page)
