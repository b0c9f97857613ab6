"""holdout56 (book56a): books in scripts without capitals. A Korean headline that puts the work's kind between the
name and the bracketed title ("A 장편 『T』": a kind word is never an author); a Chinese closing record "《T》，A著。"
kept as the review's own line before a donation box and read; a Thai headline opened by the review label, the quoted
title "of" a name of two runs and then the headline's own phrase; an Urdu or Hindi headline "T: A B's novel, …".
Our own wording throughout."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record, credit_line
from scraper.extract.bookheadowner import headed_owner
from scraper.extract.bookscripts import ko_name, script_pair
from scraper.extract.bookthaiof import headline_of


def _ctx(text, language):
    return Context(text, [], language)


# Korean: the kind (and its place in the writer's works) between a bare name and the bracketed title
@pytest.mark.parametrize("headline, body, title, author", [
    ("[신간] 박서연 장편 『푸른 창고의 겨울』, 항구 마을의 긴 밤", "박서연의 문장은 느리다. 박서연은 오래 기다린다.", "푸른 창고의 겨울", "박서연"),
    ("이도하 첫 소설집 「저녁의 계단」 읽고", "이도하는 짧은 이야기에 강하다.", "저녁의 계단", "이도하"),
    ("최민재 신작 『물고기 없는 강』", "최민재 작가는 이번에도 강을 쓴다. 최민재의 세계.", "물고기 없는 강", "최민재"),
])
def test_korean_kind_between_name_and_title(headline, body, title, author):
    assert script_pair(headline, _ctx(body + "\n" + headline, "ko")) == (title, author)


@pytest.mark.parametrize("word", ["장편", "중편", "단편집", "신작", "산문집", "작품"])
def test_korean_kind_word_is_no_name(word):
    assert not ko_name(word)


def test_korean_kind_alone_before_title_names_no_one():
    found = script_pair("화제의 장편 『푸른 창고의 겨울』 리뷰", _ctx("장편 소설을 좋아한다. 장편은 길다.", "ko"))
    assert not found or found[1] != "장편"


# Chinese: "《T》，A著。" closing the review, the name said again in the text
@pytest.mark.parametrize("line, title, author", [
    ("《河岸的燈》，林若晴著。", "河岸的燈", "林若晴"),
    ("《雪落之前》，陈嘉木 著，海风出版社，2021。", "雪落之前", "陈嘉木"),
    ("『밤의 정원사』, 한지우 지음", "밤의 정원사", "한지우"),
])
def test_comma_credited_record(line, title, author):
    text = f"{author}的文字很安静。{author[:2]}写得好。{author}의 책." + "\n" + line
    assert cjk_record(["这本书我读了两遍。", line], _ctx(text, "zh")) == (title, author)
    assert credit_line(line, text.replace(line, ""))


@pytest.mark.parametrize("line", [
    "《河岸的燈》，大师之作。",  # a phrase of "of", no name
    "《河岸的燈》，林若晴著，我觉得写得很好，推荐给大家阅读，尤其是喜欢安静小说的读者。",  # a sentence runs on
    "河岸的燈，林若晴著。",  # no bracketed title
])
def test_comma_credited_near_misses(line):
    text = "林若晴的文字很安静。林若晴写得好。\n" + line
    found = cjk_record([line], _ctx(text, "zh"))
    assert found is None or found[1] != "大师之"


def test_comma_credited_name_said_only_there():
    line = "《河岸的燈》，林若晴著。"
    assert cjk_record([line], _ctx("一本关于河流的小说。\n" + line, "zh")) is None
    assert not credit_line(line, "一本关于河流的小说。")


_ZH_PAGE = """<html lang="zh-Hant"><head><meta charset="utf-8"><title>【書評】河邊的聲音 | 文化 | 某報</title></head><body>
<h1>【書評】河邊的聲音</h1><div class="post-body">
<p>林若晴的長篇小說寫一條河與兩代人。母親在河邊洗衣，女兒在城市裡學著說另一種語言，兩人之間隔著很多年沒有說出口的話，河水把那些話一點一點帶走。</p>
<p>作者的句子很短，常常停在一半。我喜歡這種克制，但中段有些重複，節奏慢下來，讀者需要一點耐心才能走到最後那個動人的夜晚。</p>
<p>小說裡最好的段落，是女兒回到老家那一週。她發現母親把每一封沒寄出的信都收在餅乾盒裡，信上寫的全是天氣、菜價和河水的高低，一句想念也沒有，卻比任何告白都更重。</p>
<p>有些配角寫得太薄，像是為了推動情節才出現；舅舅一家的故事本來可以再多寫一點。不過這些缺點並沒有讓我放下這本書，反而讓我更想知道作者接下來會寫什麼。</p>
<p>讀完之後，我想起自己家鄉的那條河。這是一本安靜而且誠實的書，值得推薦給喜歡家族故事的人。</p>
<p class="note">《河岸的燈》，林若晴著。</p>
<div class="support-box"><p>小額贊助本報，支持獨立新聞</p><a href="/donate">我要贊助</a></div>
</div></body></html>"""


def test_chinese_record_before_donation_box_is_kept_and_read():
    record = extract_page(_ZH_PAGE, "https://news.example.tw/view/123")
    assert "《河岸的燈》，林若晴著。" in record.body_text
    assert (record.book_title, record.book_author) == ("河岸的燈", "林若晴")


# Thai: the review label opening the headline, the quoted title "of" a name of two runs, then the headline's phrase
def test_thai_label_led_headline():
    headline = "รีวิว ‘บ้านริมคลอง’ ของ สมศรี ทองดี ความทรงจำที่ไหลช้า"
    lines = ["เรื่องนี้เล่าถึงครอบครัวหนึ่งริมคลอง ผู้เขียนใช้ภาษาเรียบง่าย", "ฉันชอบตอนจบมาก"]
    assert headline_of(headline, lines, _ctx("\n".join(lines), "th")) == ("บ้านริมคลอง", "สมศรี ทองดี")


@pytest.mark.parametrize("headline, lines", [
    ("ฉันอ่าน ‘บ้านริมคลอง’ ของ สมศรี ทองดี ความทรงจำที่ไหลช้า", ["เรื่องนี้เล่าถึงครอบครัวหนึ่ง"]),  # no label opens it
    ("รีวิว ‘บ้านริมคลอง’ ของ สมศรี ทองดี ความทรงจำที่ไหลช้า", ["ฉันชอบ ‘สวนหลังบ้าน’ มากกว่า"]),  # the opening quotes another
    ("รีวิว ‘บ้านริมคลอง’ ของ ฉัน เอง ความทรงจำ", ["เรื่องนี้เล่าถึงครอบครัวหนึ่ง"]),  # a pronoun after "of"
])
def test_thai_headline_near_misses(headline, lines):
    assert headline_of(headline, lines, _ctx("\n".join(lines), "th")) is None


# Urdu, Hindi: the headline's head the title, the owner's genitive and the book noun after the colon
@pytest.mark.parametrize("headline, text, language, title, author", [
    ("دھوپ کا شہر: نسرین اختر کا ناول، ایک خاندان کی کہانی", "نسرین اختر نے یہ ناول لکھا۔ اختر کی زبان سادہ ہے۔", "ur", "دھوپ کا شہر", "نسرین اختر"),
    ("नदी का घर: सुधा वर्मा का उपन्यास, यादों की परतें", "सुधा वर्मा इस उपन्यास में गाँव लौटती हैं। वर्मा की भाषा सरल है।", "hi", "नदी का घर", "सुधा वर्मा"),
])
def test_headed_owner(headline, text, language, title, author):
    book = headed_owner(headline, _ctx(text, language))
    assert book and (book.title, book.author) == (title, author)


@pytest.mark.parametrize("headline, text, language", [
    ("تبصرہ: نسرین اختر کا ناول، ایک خاندان کی کہانی", "نسرین اختر نے یہ ناول لکھا۔", "ur"),  # a label heads it
    ("دھوپ کا شہر: نسرین اختر کا ناول، ایک خاندان کی کہانی", "یہ ایک خاندان کی کہانی ہے۔", "ur"),  # the text never names her
    ("दिल्ली पुस्तक मेला: इस साल का उपन्यास कौन सा", "मेले में भीड़ थी।", "hi"),  # a demonstrative, no owner
    ("Sun City: Nasreen Akhtar's novel, a family story", "Nasreen Akhtar wrote it.", "en"),  # a cased script: other rules
])
def test_headed_owner_near_misses(headline, text, language):
    assert headed_owner(headline, _ctx(text, language)) is None
