"""bookcjkslash.labelled_dash (rev32b): "[label] T - A" is not read where the text sets a translator's word beside the
name anywhere (번역가 A, A 옮김, A訳, A译, 译者A, A 역): the name after the dash is the translation's, not the book's
author, however the text speaks of that person's sentences. The author after the dash still reads. Our own words.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcjkslash import labelled_dash


def _dash(headline: str, text: str, tags: list[str] = ()):
    return labelled_dash(headline, Context(text, (), None), list(tags))


def test_the_author_after_the_dash_still_reads():
    assert _dash("[서평] 등대의 겨울 - 윤서하", "윤서하의 문장은 간결하다. 두 번 읽었다.") == ("등대의 겨울", "윤서하")
    assert _dash("【読書感想】冬の灯台 - 佐伯遥", "佐伯遥の文章は乾いている。") == ("冬の灯台", "佐伯遥")
    assert _dash("【书评】灯塔之冬 - 林远舟", "林远舟的文笔很安静，这一本也不例外。") == ("灯塔之冬", "林远舟")


def test_a_translator_after_the_dash_is_no_author():
    assert _dash("[서평] 바다의 노인 - 한도윤", "새 번역으로 다시 읽었다. 번역가 한도윤의 문장은 간결하다.") is None
    assert _dash("[리뷰] 바다의 노인 - 한도윤", "한도윤 옮김. 한도윤의 문장이 좋았다.") is None
    assert _dash("【読書感想】海と老人 – 高村蒼", "名作を高村蒼訳で読んだ。高村蒼の文章はやはり読みやすい。") is None
    assert _dash("【书评】海与老人 - 陈一帆", "这次读的是新译本。陈一帆的文笔很好，译得流畅。") is None
    assert _dash("【书评】海与老人 - 陈一帆", "译者陈一帆的文字很干净。", ["陈一帆"]) is None


def test_translation_words_elsewhere_leave_the_author():
    text = "林远舟的文笔很安静。这本书已经被翻译成十几种语言，在国外也很受欢迎，读者很多。"
    assert _dash("【书评】灯塔之冬 - 林远舟", text) == ("灯塔之冬", "林远舟")
