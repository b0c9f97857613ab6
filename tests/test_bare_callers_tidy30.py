"""The accent-stripping callers that read casefold.bare (tidy30) in place of their own NFKD loops: ownshop and shopplug
(a shop's host label or path segment), commentids (a comments id in ASCII) and gatherings (a club's address)."""

from scraper.extract import commentids, gatherings, ownshop, shopplug


def test_a_shop_word_with_its_accents_is_a_shop_word():
    for href in ("https://www.paper.example/knihkupectví/titul", "https://www.paper.example/księgarnia/",
                 "https://könyvesbolt.paper.example/x", "https://www.paper.example/dükkan/"):
        assert ownshop._own_shop(href, "paper.example"), href
    assert shopplug._shop_address("https://www.books.example/księgarnia/")
    assert not ownshop._own_shop("https://www.paper.example/kultura/", "paper.example")


def test_a_comments_id_written_without_its_accents():
    for value in ("post-hozzaszolasok", "komentare", "blog_komentari", "komentarze"):
        assert commentids._comment_id(value), value
    assert not commentids._comment_id("hozzaszolas-form")


def test_a_club_address_with_or_without_its_accents():
    for url in ("https://forum.example.se/cirklar/läsecirkeln-i-gavle/traff-3",
                "https://forum.example.se/cirklar/lasecirkeln-i-gavle/traff-3",
                "https://example.jp/ブッククラブ/2027/post",  # (kana's voicing marks kept on both sides)
                "https://example.th/ชมรมรักการอ่าน/ครั้งที่-3/post",  # (Thai vowel and tone marks kept on both sides)
                "https://example.in/पुस्तक-क्लब/march/post"):
        assert gatherings.club_address(url), url
    assert not gatherings.club_address("https://example.se/recensioner/lasebok/post")
