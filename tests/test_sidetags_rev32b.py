"""Tags of the post, not of the site (rev32b): booktags.tag_links and metadata's tag boxes read no link in a site-wide
box (a sidebar's or a widget's, an <aside> or <nav>, a header or footer outside the post's <article>): a site's
popular tags name every post. booktitles.tagged_han_author (the headline's bracketed title, the text bracketing none)
then reads the name-shaped tag of the post's own box only, and not one whose given name the headline says alone
(a character: "『T』 - 영혜가 쓴 일기" over the tag 김영혜). booktags._TAG_LIST: a wrapped single "tag" box
("price-tag-wrapper") is no list of tags. Our own words and markup.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.booktags import _TAG_LIST, tag_links, untagged
from scraper.extract.booktitles import tagged_han_author

ZH = ("<p>这本书讲一个盲人按摩店里的人怎样过日子。作者的句子很冷静，几乎不抒情，可是每一段都让人心里发紧。我读了两个晚上，"
      "读完以后很久没有说话。</p><p>书里的人都很普通，没有谁是坏人，可是他们的难处一层压着一层。中间几章稍微拖沓，人物也多，"
      "有时候会记混。不过整体来说，这是我近几年读过最好的小说之一。</p><p>个人评分：9/10</p>")
KO = ("<p>이 책은 한 소년이 감정을 배워 가는 이야기다. 작가의 문장은 짧고 담백해서 읽는 내내 숨을 고르게 된다. 이틀 밤에 "
      "걸쳐 다 읽었고, 다 읽고 나서도 한참 동안 여운이 남았다.</p><p>등장인물마다 사정이 있고 진짜 악인은 없다. 중반부가 "
      "조금 늘어지지만 전체적으로는 올해 읽은 소설 중 최고였다.</p><p>학교 복도와 병원 대기실, 동네 책방 같은 장소들이 "
      "하나하나 또렷하게 그려져 있어서 마치 그 골목을 걸어 본 것 같은 기분이 들었다. 소년과 할머니가 나누는 짧은 대화들은 "
      "웃기면서도 슬펐고, 친구와 처음 싸우는 장면에서는 나도 모르게 책을 내려놓고 한참 창밖을 바라보았다.</p>"
      "<p>청소년 소설로 분류되지만 어른이 읽어도 충분히 깊다. 감정을 말로 설명하지 않고 행동으로 보여 주는 방식이 "
      "특히 좋았다. 가족이나 친구에게 선물하기에도 좋은 책이라고 생각한다.</p><p>별점: ★★★★☆</p>")


def _page(h1: str, body: str, lang: str, *, own: str = "", side: str = "", header: str = "") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1}</title></head><body>"
            f"<header class='site-header'>{header}</header>"
            f"<article class='post'><h1 class='entry-title'>{h1}</h1><div class='entry-content'>{body}</div>"
            f"<footer class='entry-footer'>{own}</footer></article>"
            f"<aside class='site-aside'>{side}</aside></body></html>")


def _links(names: list[str], cls: str) -> str:
    return f"<div class='{cls}'>" + " ".join(f"<a href='/tag/{n}'>{n}</a>" for n in names) + "</div>"


def _book(html: str) -> tuple:
    record = extract_page(html, "https://dushu.example.org/2026/11/20/one.html")
    return record.book_title, record.book_author


def test_the_post_own_tag_box_still_names_the_author():
    assert _book(_page("《夜里的手》：黑暗里的尊严", ZH, "zh", own=_links(["韩立冬", "当代小说"], "post-tags"))) \
        == ("夜里的手", "韩立冬")
    assert _book(_page("『소년의 계절』을 읽고", KO, "ko", own=_links(["윤재민", "소설"], "tags-links"))) \
        == ("소년의 계절", "윤재민")


def test_site_wide_tag_boxes_name_no_author():
    for html in (
        _page("《夜里的手》读后感", ZH, "zh", side=_links(["韩立冬", "散文"], "hot-tags-container")),
        _page("《夜里的手》读后感", ZH, "zh", header=_links(["韩立冬", "散文"], "post-tags")),
        _page("『소년의 계절』을 읽고", KO, "ko", header=_links(["윤재민", "에세이"], "popular-tag-area")),
        _page("『소년의 계절』을 읽고", KO, "ko", side=_links(["윤재민", "에세이"], "widget tagcloud")),
    ):
        assert _book(html)[1] is None, html


def test_tag_links_skip_site_wide_boxes():
    tree = lxml.html.fromstring(_page("T", "<p>x</p>", "en", own=_links(["Lena Vogt"], "post-tags"),
                                      side=_links(["Popular Name"], "tags"), header=_links(["Header Name"], "tags")))
    assert tag_links(tree) == ["Lena Vogt"]


def test_a_character_called_by_given_name_in_the_headline_is_no_author():
    assert tagged_han_author("文字平实。", ["沈雨桐"], None, "《江边》：雨桐写的日记") is None
    person = lambda t: len(t) == 3  # noqa: E731 (a Korean name's shape, as bookrescue passes it)
    assert tagged_han_author("문장이 담백하다.", ["김영혜"], person, "『채식 일기』 - 영혜가 쓴 일기") is None
    assert tagged_han_author("문장이 담백하다.", ["김영혜"], person, "『채식 일기』를 읽고") == ("채식 일기", "김영혜")


def test_a_single_tag_wrapped_is_no_list_of_tags():
    for cls in ("tags", "post-tags", "entry-tags-wrapper", "tags-container", "tag-list", "tagovi"):
        assert _TAG_LIST.search(cls), cls
    for cls in ("price-tag-wrapper", "search-tag-area", "name-tag-container", "tagline", "tag-cloud"):
        assert not _TAG_LIST.search(cls), cls


def test_untagged_still_takes_off_the_tag_line():
    assert "韩立冬" not in untagged("句子很冷静。标签：韩立冬 当代小说", ["韩立冬", "当代小说"])
    assert untagged("我喜欢韩立冬的小说。", ["韩立冬"]) == "我喜欢韩立冬的小说。"
