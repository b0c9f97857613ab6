"""bookcjkparen: a book cited inside a CJK sentence as the bracketed title, then its author first in round brackets and
the details after a separator ("『T』（A、2003年）を読んだ", "《T》（A，出版社）", "『T』(A, 출판사, 2019)"); the author
vouched for by the text naming them again. Our own sentences in Japanese, Chinese and Korean, with near
misses (an edition or a publisher first in the brackets, the author never named again, two books cited)."""

from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record
from scraper.extract.bookcjkparen import paren_cited
from scraper.extract.bookpagetitles import described


def test_japanese_title_then_author_and_year_in_brackets():
    line = "『川べりの灯』（浅沼千秋、2003年）を久しぶりに読み返した。"
    text = line + "\n浅沼の文章は短く、会話がとても自然だ。"
    assert paren_cited(line, Context(text)) == ("川べりの灯", "浅沼千秋")
    # (as the body's opening line, read by the record rule)
    assert cjk_record(text.split("\n"), Context(text)) == ("川べりの灯", "浅沼千秋")


def test_chinese_and_korean_citations():
    line = "這個月讀了《霧港手記》（范子衡，海潮出版，2021），一口氣讀完。"
    text = line + "\n范子衡寫港口的霧，寫得比誰都好。"
    assert paren_cited(line, Context(text)) == ("霧港手記", "范子衡")
    line = "『겨울 정류장』(윤서하 지음, 바람출판, 2019)을 읽었다."
    text = line + "\n윤서하의 소설은 짧지만 오래 남는다."
    assert paren_cited(line, Context(text)) == ("겨울 정류장", "윤서하")


def test_the_meta_description_cites_the_book():
    description = "『川べりの灯』（浅沼千秋、2003年）を再読。川沿いの町の十年。"
    text = "浅沼の文章は短く、会話がとても自然だ。"
    book = described(description, "川沿いの町の一年", Context(text))
    assert (book.title, book.author) == ("川べりの灯", "浅沼千秋")


def test_near_misses():
    # an edition or a publisher first in the brackets: no person
    line = "『川べりの灯』（新潮文庫、2003年）を読んだ。"
    assert paren_cited(line, Context(line + "\n新潮の本はいつも軽い。")) is None
    line = "《霧港手記》（上下冊，2021）終於讀完。"
    assert paren_cited(line, Context(line)) is None
    # the name never said again and no role word: not vouched for
    line = "『川べりの灯』（浅沼千秋、2003年）を読んだ。"
    assert paren_cited(line, Context(line + "\nとてもよかった。")) is None
    # a translator's credit first; an author's role word the text never names again
    line = "『川べりの灯』（浅沼千秋訳、青葉社）を読んだ。"
    assert paren_cited(line, Context(line + "\n浅沼の訳はいい。")) is None
    line = "『겨울 정류장』(윤서하 지음, 바람출판, 2019)을 읽었다."
    assert paren_cited(line, Context(line + "\n짧은 소설이지만 오래 남는다.")) is None
    # no details after the name (a year, a publisher): a remark, not a citation
    line = "『川べりの灯』（浅沼千秋、ひさしぶり）を読んだ。"
    assert paren_cited(line, Context(line + "\n浅沼の文章。")) is None
    # two books cited: no telling which one the post is about
    lines = ["『川べりの灯』（浅沼千秋、2003年）と『冬の港』（森下遼、2010年）を続けて読んだ。", "浅沼も森下も短い文章を書く。"]
    assert cjk_record(lines, Context("\n".join(lines))) is None
