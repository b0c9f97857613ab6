"""A headline "<label> : T (A)" whose bracket is the name the text calls a book's owner (bookdashowner.dashed_owner),
narrowed (rev34b): a biography brackets its subject, so where the text calls the book a life's story (평전, जीवनी,
জীবনী, سيرة, biography …) the bracket is no author."""

from scraper.extract.book import Context
from scraper.extract.bookdashowner import dashed_owner


# --- still read

def test_hindi_bracketed_author():
    text = "अनिल मेहता का यह उपन्यास एक छोटे कस्बे की कहानी है। भाषा सरल है।"
    assert dashed_owner("पुस्तक चर्चा : सूखी नदी (अनिल मेहता)", Context(text=text)) == ("सूखी नदी", "अनिल मेहता")


def test_korean_bracketed_author():
    text = "정하람의 첫 소설은 항구 마을의 겨울을 그린다. 문장이 담백하다."
    assert dashed_owner("겨울 항구 (정하람)", Context(text=text)) == ("겨울 항구", "정하람")


def test_bengali_bracketed_author():
    text = "সুনীল বসুর এই উপন্যাস একটি জেলে পরিবারের গল্প। পড়তে ভালো লেগেছে।"
    assert dashed_owner("বই আলোচনা: নোনা জল (সুনীল বসু)", Context(text=text)) == ("নোনা জল", "সুনীল বসু")


# --- near misses: a biography's subject in the bracket

def test_korean_critical_biography():
    text = "이 평전은 정하람의 삶을 따라간다. 정하람의 소설 세계를 꼼꼼히 읽는다."
    assert dashed_owner("작가의 생애 (정하람)", Context(text=text)) is None


def test_hindi_biography():
    text = "यह जीवनी अनिल मेहता के जीवन पर है। अनिल मेहता का उपन्यास भी इसमें चर्चा में आता है।"
    assert dashed_owner("एक लेखक का जीवन (अनिल मेहता)", Context(text=text)) is None


def test_arabic_and_bengali_biography():
    text = "هذه السيرة تتبع حياة هالة منصور. رواية هالة منصور الأولى حاضرة في الكتاب."
    assert dashed_owner("حياة كاتبة (هالة منصور)", Context(text=text)) is None
    text = "এই জীবনী সুনীল বসুর জীবন নিয়ে। সুনীল বসুর উপন্যাস নিয়েও কথা আছে।"
    assert dashed_owner("এক লেখকের জীবন (সুনীল বসু)", Context(text=text)) is None
