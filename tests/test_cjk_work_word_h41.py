"""A word for the work's kind or prize before a bracketed CJK title is no author: "芥川賞作『T』", "获奖作品《T》",
"最新作『T』" (bookworkword, read by booktitles.cjk_title); a name that ends in 作 still is one ("佐藤大作『T』")."""

from scraper.extract.booktitles import cjk_title
from scraper.extract.bookworkword import work_word


def test_japanese_prize_work_before_title_is_no_author():
    assert cjk_title("直木賞受賞作『霧の港町』を読む") is None
    assert cjk_title("本屋大賞作『夜明けの坂』が問いかけるもの") is None
    assert work_word("芥川賞候補作")


def test_chinese_prize_work_before_title_is_no_author():
    assert cjk_title("茅盾文学奖获奖作品《远山的灯》") is None
    assert work_word("金马奖得奖作")


def test_work_words_alone():
    for run in ("最新作", "話題作", "デビュー作", "代表作", "问题作", "新作"):
        assert work_word(run), run


def test_near_miss_names_ending_in_saku_keep_their_author():
    # "A作『T』" credits the work to A; a given name may end in 作 ("大作", "耕作")
    assert cjk_title("佐藤大作『冬の駅』") == ("冬の駅", "佐藤大作")
    assert cjk_title("山田耕作『海辺の町』") == ("海辺の町", "山田耕作")
    assert not work_word("佐藤大作")
    assert not work_word("森ひかり")


def test_near_miss_plain_name_before_title():
    assert cjk_title("李明《江边的雾》") == ("江边的雾", "李明")
