"""platforms.tumblr_page: a custom domain whose head shows only Tumblr's media host is a Tumblr page (rev33h)."""
from scraper.extract.platforms import tumblr_page


def test_media_host_marks_tumblr():
    for head in ('<meta property="og:image" content="https://64.media.tumblr.com/abc/s640x960/x.jpg">',
                 '<link rel="preload" href="https://media.tumblr.com/x/tumblr_a.png">'):
        assert tumblr_page(head, "https://books.example.org/post/1"), head


def test_a_word_tumblr_alone_is_not():
    assert not tumblr_page("<p>I once had a tumblr for this.</p>", "https://books.example.org/post/1")
