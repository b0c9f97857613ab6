"""A CJK record as a caption under a cover gives it, without a role word: "『T』A（文庫）", "《T》A（出版社，2023）",
"『T』 A (출판사, 2019)" (bookcjkline._BARE, bookA12). Near misses: an edition's or a volume's word where the name
stands, a reading note, kana after the bracket, a name the text does not say again, a bracket without record details.

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record


def _text(caption: str, prose: str) -> tuple[list[str], Context]:
    lines = [caption, prose]
    return lines, Context("\n".join(lines))


def test_japanese_chinese_korean_captions():
    assert cjk_record(*_text("『潮の家』山本千尋（海鳴文庫）", "山本は港町の古老に話を聞いて回った。")) == ("潮の家", "山本千尋")
    assert cjk_record(*_text("《江边的雾》李明远（江城出版社，2015）", "李明远写得很克制，我读了两遍。")) == ("江边的雾", "李明远")
    assert cjk_record(*_text("『푸른 정원』 박하늘 (바다출판, 2021)", "박하늘의 문장은 조용하다.")) == ("푸른 정원", "박하늘")


def test_near_misses():
    # an edition's or a volume's word, or a reading note, where the name would stand
    assert cjk_record(*_text("『潮の家』新装版（海鳴文庫）", "新装版で読み直した。")) is None
    assert cjk_record(*_text("『潮の家』上下巻（海鳴文庫）", "上下巻を一気に読んだ。")) is None
    assert cjk_record(*_text("《江边的雾》读后感（2015）", "读后感写得很长。")) is None
    assert cjk_record(*_text("『潮の家』文庫化（海鳴社、2019年）", "文庫化を待っていた。")) is None
    # kana after the bracket: a sentence, not a name
    assert cjk_record(*_text("『潮の家』を読んだ（2019年）", "を読んだ日のこと。")) is None
    # the text never says the name again
    assert cjk_record(*_text("『潮の家』山本千尋（海鳴文庫）", "港町の古老に話を聞いて回った本。")) is None
    # a bracket without a record's details (no publisher's word, year or price)
    assert cjk_record(*_text("『潮の家』山本千尋（感動）", "山本は港町の古老に話を聞いた。")) is None
