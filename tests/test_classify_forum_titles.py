"""scraper.extract.threads.many_titles: a forum topic whose text sets off four titles or more is members asking for and
giving recommendations, or discussing several books, not one review; ProBoards' "/thread/2291/slug" is a forum topic.
Our own words, three languages; near misses (a blog's post, a forum review naming two books, a rated one) unchanged."""

from __future__ import annotations

import pytest

from scraper.extract.threads import forum_topic, many_titles
from tests.test_classify import kind

_TOPIC = "https://mgabasa.example.proboards.com/thread/812/hanap-aklat-para-kay-lola"
_ASKING = {
    "tl": 'Nabasa na ni Lola ang "Asin sa Dagat" at "Bahay na Bato". Alin ang mas bagay: "Ulan sa Hapon" o "Gabi ng Buwan"? Salamat po!',
    "de": "Mein Vater mochte „Die Salzkammer“ und „Das Steinhaus“. Passt eher „Regen am Nachmittag“ oder „Mondnacht“? Danke!",
    "ru": "Папе понравились «Соль моря» и «Каменный дом». Что лучше подарить: «Дождь после обеда» или «Лунную ночь»?",
}


@pytest.mark.parametrize("lang", sorted(_ASKING))
def test_a_forum_topic_setting_off_four_titles(lang):
    assert many_titles(_TOPIC, _ASKING[lang])
    assert kind(url=_TOPIC, title="Hanap / Suche / Ищу", words=200, body=((_ASKING[lang],), _ASKING[lang])) == "other"


def test_proboards_thread_address():
    assert forum_topic(_TOPIC)
    assert not forum_topic("https://blog.example.com/thread/about-salt/")  # a blog's tag folder, no number


def test_near_misses():
    # a blog's post (not a forum topic) naming four titles: left to the other rules
    assert many_titles("https://blog.example.com/2026/11/salt/", _ASKING["de"]) is None
    # a forum review naming its book and one other
    two = "„Die Salzkammer“ ist besser als „Das Steinhaus“, und die Salzkammer bleibt lange im Kopf."
    assert many_titles(_TOPIC, two) is None
    # a rated forum post that sets off four titles: its score is a verdict, left to the other rules
    assert kind(url=_TOPIC, title="Die Salzkammer", words=200, rating=True, scored_lines=1,
                body=((_ASKING["de"],), _ASKING["de"])) == "review"


# -- Discuz!'s topic address; a title that asks with a full-width or Arabic question mark ------------------------------

def test_discuz_topic_address():
    assert forum_topic("https://bbs.example.cn/forum.php?mod=viewthread&tid=386214&extra=page%3D1")
    assert not forum_topic("https://bbs.example.cn/forum.php?mod=forumdisplay&fid=12")  # a board's list


@pytest.mark.parametrize("title", ["读完《盐》之后还能读什么？", "「塩の帳簿」の次に読むなら？", "ماذا أقرأ بعد رواية الملح؟"])
def test_a_topic_title_that_asks_in_other_scripts(title):
    url = "https://bbs.example.cn/forum.php?mod=viewthread&tid=386214"
    assert kind(url=url, title=title, words=220) == "other"
    # the same title on a blog's post: no forum topic, left to the other rules
    assert kind(url="https://blog.example.cn/2026/11/salt.html", title=title, words=400, book_source="title",
                book_has_author=True) == "review"
