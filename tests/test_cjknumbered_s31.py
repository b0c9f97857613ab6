"""A list numbered with Chinese numerals ("一、", "二、") whose items each open on a maker and a work in book-title marks
("甘耀明《殺鬼》：…") names its works (listedbook.numbered_works): a year-end list of recommendations is a list, even
when its title's column name in brackets reads as a book. Near misses: a review's numbered sections, a review of a
story collection walking through its stories in 〈〉, a review naming two other books in numbered items. Text of our own."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.listedbook import numbered_works


def _page(title: str, lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"""<html lang="zh-Hant"><head><title>{title} - 文化 - 海港日報</title></head><body>
<div class="article"><h1>{title}</h1><div class="text">{body}</div></div></body></html>"""


LIST = [
    "〔記者林若水／高雄報導〕歲末將至，本報邀請五位寫作者各推薦一本適合在寒夜裡慢慢讀的書，並各用一句話說明理由。",
    "一、吳明益《單車失竊記》：小說家陳以安說，這本書讓她重新認識了父親那一代人的沉默與固執。",
    "二、陳玉慧《海神家族》：詩人李青禾推薦給想讀家族史的人，「讀完會想打電話給外婆」。",
    "三、駱以軍《西夏旅館》：評論人王子衡認為它「很難讀完，但讀完就忘不掉」。",
    "四、朱天心《古都》：散文家許明月說，適合在一個下雨的週末午後一口氣讀完。",
    "五、李永平《大河盡頭》：小說家張書寧推薦，「是一趟很長、很熱、也很值得的旅程」。",
]


def test_numbered_items_with_chinese_numerals_name_their_works():
    assert len(numbered_works(LIST[1:])) == 5


def test_year_end_list_under_a_bracketed_column_name_is_a_list():
    page = extract_page(_page("〈海港副刊〉歲末書單：五位作家推薦的寒夜讀物", LIST),
                        "https://culture.harbourdaily.example.tw/article/5512")
    assert not page.is_review and page.kind == "list", page.reason


def test_near_miss_review_numbered_sections():
    lines = ["一、人物：主角是一位在港口長大的修船師傅，沉默寡言，卻把整個家族的秘密都藏在工具箱裡。",
             "二、結構：全書分成四季，每一季換一個敘事者，讀到秋天那一章才真正看懂前面的伏筆。",
             "三、結語：這是我今年讀過最安靜也最有力量的小說，推薦給喜歡慢節奏故事的讀者。"]
    assert numbered_works(lines) == {}


def test_near_miss_collection_review_walking_through_stories():
    lines = ["一、〈潮間帶〉：開篇的故事最短，卻最鋒利，寫一對姊妹在退潮時的爭吵。",
             "二、〈燈塔〉：我最喜歡的一篇，守塔人的獨白讀來像一首長詩。",
             "三、〈歸航〉：收尾的故事稍嫌拖沓，但結尾那封信讓人鼻酸。"]
    assert numbered_works(lines) == {}


def test_near_miss_review_naming_two_other_books_in_numbered_items():
    lines = ["讀完這本小說，我想起另外兩本寫海港的書，放在一起讀會很有意思。",
             "一、吳明益《單車失竊記》：同樣寫父輩的沉默，但更重視物件與記憶。",
             "二、陳玉慧《海神家族》：同樣橫跨三代，卻把重心放在女性身上。"]
    assert numbered_works(lines) == {}
