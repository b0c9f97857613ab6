"""scraper.urls: one spelling per page (normalize) and the crawl traps (trap_reason)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from scraper.sources import Source
from scraper.urls import _normalize, _plain, normalize, same_site, trap_reason

BLOG = Source(slug="tidal", name="Tidal Pages", home_url="https://tidalpages.example/")
WWW_BLOG = Source(slug="harbour", name="Harbour Books", home_url="https://www.harbourbooks.example/")
FOLDER_BLOG = Source(slug="annex", name="The Annex", home_url="https://library.example/annex/")
SCOPED = Source(
    slug="gazette",
    name="Gazette books",
    home_url="https://gazette.example/",
    scope={"include": [r"/books/", r"/reviews/"], "exclude": [r"/books/sponsored/"]},
)
LIMIT = 20


def trap(url: str, source: Source = BLOG, limit: int = LIMIT) -> str | None:
    return trap_reason(url, source, limit)


# -- normalize ------------------------------------------------------------------


def test_normalize_drops_fragment():
    assert normalize("https://tidalpages.example/the-glass-road/#comments") == "https://tidalpages.example/the-glass-road/"


@pytest.mark.parametrize(
    "query",
    ["utm_source=newsletter&utm_medium=email&utm_campaign=may", "fbclid=AbC123", "gclid=xyz", "mc_cid=1&mc_eid=2", "ref=bsky", "_ga=2.1", "UTM_Source=x"],
)
def test_normalize_drops_tracking_parameters(query):
    assert normalize(f"https://tidalpages.example/the-glass-road/?{query}") == "https://tidalpages.example/the-glass-road/"


def test_normalize_drops_blogger_mobile_flag():
    assert normalize("https://tidalpages.example/2024/06/salt-and-iron.html?m=1") == "https://tidalpages.example/2024/06/salt-and-iron.html"


def test_normalize_keeps_meaningful_parameters():
    assert normalize("https://tidalpages.example/index.php?option=com_k2&id=41&utm_source=x") == (
        "https://tidalpages.example/index.php?id=41&option=com_k2"
    )


def test_normalize_lowercases_scheme_and_host_not_path():
    assert normalize("HTTPS://TidalPages.EXAMPLE/Reviews/The-Glass-Road/") == "https://tidalpages.example/Reviews/The-Glass-Road/"


def test_normalize_sorts_the_query():
    a = normalize("https://tidalpages.example/search?b=2&a=1&c=3")
    b = normalize("https://tidalpages.example/search?c=3&a=1&b=2")
    assert a == b == "https://tidalpages.example/search?a=1&b=2&c=3"


def test_normalize_gives_an_empty_path_a_slash():
    assert normalize("https://tidalpages.example") == "https://tidalpages.example/"


def test_normalize_is_idempotent():
    url = "HTTPS://TidalPages.example/a%7Eb/?z=1&utm_source=q&a=2#top"
    once = normalize(url)
    assert normalize(once) == once


# -- trap_reason: normal posts pass -----------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://tidalpages.example/the-glass-road/",
        "https://tidalpages.example/2025/03/14/the-glass-road/",
        "https://tidalpages.example/2024/06/salt-and-iron.html",
        "https://tidalpages.example/reviews/the-glass-road",
        "https://tidalpages.example/category/reviews/",
        "https://tidalpages.example/page/3/",
        "https://tidalpages.example/?paged=2",
        "http://tidalpages.example/the-glass-road/",
        "https://TIDALPAGES.example/the-glass-road/",
        "https://tidalpages.example/authors-i-keep-rereading/",
        "https://tidalpages.example/index.php?option=com_k2&view2=item&id=41",
    ],
)
def test_normal_pages_pass(url):
    assert trap(url) is None


# -- trap_reason: trap parameters -----------------------------------------------


@pytest.mark.parametrize(
    "param",
    ["replytocom=118", "share=bluesky", "print=1", "amp=1", "tmpl=component", "like_comment=9", "_wpnonce=4f2a", "s=lighthouse",
     "attachment_id=77", "preview=true", "action=edit", "format=pdf"],
)
def test_trap_parameters(param):
    reason = trap(f"https://tidalpages.example/the-glass-road/?{param}")
    key = param.split("=")[0]
    assert reason == f"a trap parameter ({key}=)"


def test_trap_parameter_among_harmless_ones():
    assert trap("https://tidalpages.example/the-glass-road/?a=1&replytocom=5") == "a trap parameter (replytocom=)"


# -- trap_reason: trap paths ---------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/the-glass-road/amp/", "/the-glass-road/amp", "/the-glass-road/print/", "/the-glass-road/embed/", "/the-glass-road/trackback/"],
)
def test_alternate_views(path):
    assert trap(f"https://tidalpages.example{path}") == "a print, AMP, embed, trackback or per-post feed view"


def test_per_post_feed():
    assert trap("https://tidalpages.example/the-glass-road/feed/") == "a print, AMP, embed, trackback or per-post feed view"


def test_comment_pages():
    assert trap("https://tidalpages.example/the-glass-road/comment-page-3/") == "a comment page"


@pytest.mark.parametrize(
    "path",
    ["/wp-admin/post.php", "/wp-login.php", "/xmlrpc.php", "/wp-json/wp/v2/posts", "/wp-includes/js/x.js", "/cgi-bin/count"],
)
def test_engine_internal_paths(path):
    assert trap(f"https://tidalpages.example{path}") == "an engine's internal path"


@pytest.mark.parametrize("path", ["/2025/", "/2025/03/", "/2025/03/14/", "/2025/3", "/2025/03/14"])
def test_date_archives(path):
    assert trap(f"https://tidalpages.example{path}") == "a date archive"


@pytest.mark.parametrize("path", ["/2025/03/14/the-glass-road/", "/2025/03/the-glass-road.html", "/2025/03/14/the-glass-road"])
def test_dated_permalinks_are_not_archives(path):
    assert trap(f"https://tidalpages.example{path}") is None


@pytest.mark.parametrize("path", ["/tag/sea-stories/", "/tags/sea-stories/", "/author/marta/", "/search/label/Fantasy", "/search/sea/"])
def test_tag_author_search_listings(path):
    assert trap(f"https://tidalpages.example{path}") == "a tag, author or search listing"


def test_calendar():
    assert trap("https://tidalpages.example/events/2025-04/") == "a calendar"
    assert trap("https://tidalpages.example/calendar/") == "a calendar"


@pytest.mark.parametrize(
    "path",
    ["/wp-uploads/cover.jpg", "/images/cover.JPEG", "/files/notes.pdf", "/media/map.webp", "/downloads/story.epub", "/style.css"],
)
def test_files_are_not_pages(path):
    assert trap(f"https://tidalpages.example{path}") == "not a web page"


def test_uploads_under_wp_content_are_refused():
    assert trap("https://tidalpages.example/wp-content/uploads/2025/03/cover.png") is not None


# -- trap_reason: pagination ---------------------------------------------------------


def test_page_path_within_and_beyond_the_limit():
    assert trap("https://tidalpages.example/page/20/") is None
    assert trap("https://tidalpages.example/page/21/") == "pagination beyond the listing limit"
    assert trap("https://tidalpages.example/page/3/", limit=2) == "pagination beyond the listing limit"


def test_page_parameter_far_beyond_the_limit():
    # Blogger's ?start=/?max-results= count posts, not pages: allowed up to 50 posts per listing page
    assert trap(f"https://tidalpages.example/?start={LIMIT * 50}") is None
    assert trap(f"https://tidalpages.example/?start={LIMIT * 50 + 1}") == "pagination beyond the listing limit"
    assert trap("https://tidalpages.example/?paged=99999") == "pagination beyond the listing limit"


# -- trap_reason: the site and its scope ---------------------------------------------


def test_other_scheme():
    assert trap("ftp://tidalpages.example/the-glass-road/") == "not http(s)"
    assert trap("mailto:marta@tidalpages.example") == "not http(s)"


@pytest.mark.parametrize(
    "url",
    ["https://elsewhere.example/the-glass-road/", "https://cdn.tidalpages.example/x/", "https://tidalpages.example.evil.test/x/",
     "https://tidalpages.example:8443/x/"],
)
def test_offsite_hosts(url):
    assert trap(url) == "outside the source's site"


def test_www_variant_is_the_same_site_both_ways():
    assert trap("https://harbourbooks.example/the-glass-road/", WWW_BLOG) is None
    assert trap("https://WWW.harbourbooks.example/the-glass-road/", WWW_BLOG) is None
    assert trap("https://www.tidalpages.example/the-glass-road/") is None
    assert trap("https://ww.harbourbooks.example/x/", WWW_BLOG) == "outside the source's site"


def test_blog_in_a_subfolder_owns_only_that_folder():
    assert trap("https://library.example/annex/the-glass-road/", FOLDER_BLOG) is None
    assert trap("https://library.example/annex/", FOLDER_BLOG) is None
    assert trap("https://library.example/catalogue/item/4/", FOLDER_BLOG) == "outside the source's site"
    assert trap("https://library.example/", FOLDER_BLOG) == "outside the source's site"
    assert same_site("https://www.library.example/annex/x/", FOLDER_BLOG)
    # the traps still apply inside the folder
    assert trap("https://library.example/annex/tag/sea/", FOLDER_BLOG) == "a tag, author or search listing"


def test_scope_include_and_exclude():
    assert trap("https://gazette.example/books/the-glass-road/", SCOPED) is None
    assert trap("https://gazette.example/reviews/2025/the-glass-road/", SCOPED) is None
    assert trap("https://gazette.example/sport/match-report/", SCOPED) == "not matched by scope.include"
    assert trap("https://gazette.example/books/sponsored/new-kettle/", SCOPED) == "matched by scope.exclude"


def test_exclude_without_include():
    source = Source(slug="x", name="X", home_url="https://x.example/", scope={"exclude": [r"\?lang="]})
    assert trap("https://x.example/post/", source) is None
    assert trap("https://x.example/drafts/post/", Source(slug="y", name="Y", home_url="https://x.example/", scope={"exclude": ["/drafts/"]})) == (
        "matched by scope.exclude"
    )


def test_traps_are_named_before_scope():
    # a trap inside the included scope is still a trap
    assert trap("https://gazette.example/books/the-glass-road/?replytocom=3", SCOPED) == "a trap parameter (replytocom=)"


# -- normalize's plain-URL shortcut ------------------------------------------------

HOSTS = ["x.example", "X.example", "xn--d1a.example", "a-b.example", "-a.example", "a..b", "h.", "127.0.0.1", "[::1]",
         "user@x.example", "é.example", ""]
PORTS = ["", ":80", ":443", ":8080", ":99999", ":080", ":"]
SEGMENTS = ["/", "/a", "/B", "/.", "/..", "/a~b", "/a_b-c.html", "/%41", "/é", "/a b", "/a;p=1", "//", "/?", "/#"]
PAIRS = ["a=1", "b=2", "a=", "a", "=v", "B=0", "page=3", "utm_source=x", "ref=y", "amp;x=1", "amp=1", "a=b=c", "a+b=1",
         "%41=1", "é=1", "", "share=email", "replytocom=7"]


@given(st.sampled_from(["http://", "https://", "HTTP://"]), st.sampled_from(HOSTS), st.sampled_from(PORTS),
       st.lists(st.sampled_from(SEGMENTS), max_size=5), st.none() | st.lists(st.sampled_from(PAIRS), max_size=5),
       st.sampled_from(["", "#x", "#a b", "#\n", "#?a=1"]))
@settings(max_examples=3000, deadline=None)
def test_the_plain_url_shortcut_spells_urls_as_the_full_path_does(scheme, host, port, segments, pairs, fragment):
    url = scheme + host + port + "".join(segments) + ("" if pairs is None else "?" + "&".join(pairs)) + fragment
    try:
        full = _normalize(url)
    except ValueError:
        full = ValueError
    plain = _plain(url)
    assert plain is None or plain == full, url


def test_plain_urls_take_the_shortcut():
    assert _plain("http://blog.example:8080/2024/05/a-post/?share=email&replytocom=7#respond") == \
        "http://blog.example:8080/2024/05/a-post/?replytocom=7&share=email"
    assert _plain("https://blog.example:443") == "https://blog.example/"
    for other in ("HTTP://blog.example/", "http://blog.example/a/../b", "http://blog.example/%7Ea", "http://user@blog.example/"):
        assert _plain(other) is None
