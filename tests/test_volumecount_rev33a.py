"""classify.LIST_TITLE's counted books in ja and ko leave a set's volumes and an ordinal alone: ja "全三冊" (a
three-volume set), "上下巻2冊", "12冊目" (the twelfth book), ko "3권째", "제2권" are one work or one book's place, not a
list's count. Counts still are: "今年の5冊", "おすすめ十冊", "책 10권", "다섯 권의 책"."""

from __future__ import annotations

from scraper.extract.classify import LIST_TITLE


def test_volumes_and_ordinals_are_no_count():
    for title in ("『三体』全三冊を読んだ感想", "今年の12冊目：『三体』を読んだ感想", "読書記録 5冊目", "上下巻2冊を一気読み",
                  "全10冊の大河小説を読み終えて", "今年読んだ十二冊目の本", "올해 책 3권째, 리뷰", "제2권의 책 이야기"):
        assert not LIST_TITLE.search(title), title


def test_counts_still_are():
    for title in ("今年の5冊", "おすすめ十冊", "秋に読みたい12冊", "올해 읽은 책 10권", "다섯 권의 책", "책 3권 추천"):
        assert LIST_TITLE.search(title), title
