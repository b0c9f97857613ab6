"""scraper.extract.anaphora: a post in Chinese, Japanese, Korean or Thai names its book once and then calls it "this
book", "the novel" (本作, 这本书, 이 책, หนังสือเล่มนี้); those references count as the post coming back to the book.

Our own pages, each run through extract_page: a Chinese, a Japanese and a Korean review that name the book once
and review it without a score; near misses that stay non-reviews: a trip post that names a book once, a month's
reading that names three books in title marks, a post about the film of a novel.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.anaphora import references, title_count


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"<article><h1>{title}</h1>{body}</article></body></html>")


PAGES = {
    "zh-review": ("zh", "秋夜读书札记", [
        "王晓岚的《雾中灯塔》，我断断续续读了一个星期。故事发生在东海一座小岛上，一个守塔人带着女儿度过了十年，岛上只有风、雾和一台时好时坏的收音机。",
        "这本书最难得的地方，是它几乎没有惊心动魄的情节。书中大部分篇幅写的都是日常：修灯、记录天气、等补给船、给远方的亲戚写信。可正是这些重复，让人慢慢感到时间的重量，也让那些偶尔出现的小变化显得格外珍贵。",
        "女儿长大以后离开了海岛，小说的后半部分换成了她的视角，回头看父亲的沉默。我读到这里停了很久，想起了自己的父亲，想起他每天晚上坐在阳台上抽烟的样子。",
        "如果你喜欢安静的叙事，我很愿意推荐这本书。它不会让你一口气读完，但会在你合上书以后继续陪你一阵子。",
    ]),
    "zh-three": ("zh", "十一月的阅读", [
        "王晓岚的《雾中灯塔》，我断断续续读了一个星期。这本书写一个守塔人和女儿在海岛上的十年，书中几乎没有大事发生，却很耐读。",
        "接着读了陈默的《北方的河》。这本书的语言很硬朗，写的是几个年轻人沿着黄河一路向北的旅行，小说的结尾有点仓促。",
        "最后是林夕照的《纸船》，一本很薄的短篇集。书中有一篇写外婆做纸船的，我反复读了好几遍，其余几篇就比较普通了。",
        "下个月打算把图书馆借来的几本历史书读完，再挑一本小说放松一下。这个月总的来说读得不多，一方面是工作忙，另一方面是晚上总忍不住刷手机。希望天冷以后能多在家里坐一坐，把书架上积了很久的几本慢慢消化掉。",
    ]),
    "ja-trip": ("ja", "金沢ひとり旅の記録", [
        "三連休を使って、金沢までひとりで出かけてきました。朝いちばんの新幹線に乗り、車内では村井遥の『港の図書室』を少しだけ読みました。",
        "駅に着いてまず向かったのは近江町市場です。海鮮丼の列に三十分ほど並びましたが、待った甲斐のある味でした。そのあと兼六園をゆっくり歩き、雪吊りの準備をしている職人さんたちを眺めました。",
        "午後は東茶屋街でお茶をいただき、金箔のソフトクリームも食べました。夜はホテルの近くの小さな居酒屋で、地元のお酒とおでんを楽しみました。",
        "二日目は雨だったので、美術館で半日過ごしました。帰りの新幹線ではほとんど眠っていました。次は家族と一緒に来たいと思います。",
    ]),
    "ja-review": ("ja", "雨の日の読書", [
        "村井遥の『港の図書室』を読み終えました。閉館の決まった港町の小さな図書室で、最後の一年を過ごす司書と、毎日やってくる中学生の話です。",
        "この小説は大きな事件を描きません。返却期限の話、雨漏りの話、古い郷土資料の話。けれど、ひとつひとつの場面がていねいで、図書室という場所そのものが登場人物のように感じられます。",
        "後半、中学生が図書室の歴史を調べはじめてから、物語は少しだけ速く動きます。本作でいちばん好きなのは、司書が最後の日に貸出カードを一枚ずつ読み返す場面でした。",
        "派手さはありませんが、静かな本が好きな人にはきっと届くと思います。",
    ]),
    "ja-film": ("ja", "週末の一本", [
        "村井遥の『港の図書室』が映画になったので、公開初日に観てきました。映画館はほぼ満席でした。",
        "映画は原作の静けさをよく残していて、司書役の俳優の抑えた演技がよかったです。物語は港町の図書室の最後の一年を追いますが、映画では中学生の家族の話が大きく足されていました。",
        "映像で見る港町の雨はとてもきれいで、音楽も控えめでした。ただ、映画の後半は少し説明が多く、物語のテンポが落ちたように感じます。",
        "映画としては十分楽しめました。家に帰ってから、パンフレットを読みながらもう一度あの場面を思い出していました。",
    ]),
    "ko-review": ("ko", "겨울에 읽은 책", [
        "박서윤 작가의 『겨울 정원』을 읽었다. 오래된 온실을 물려받은 한 여자가 겨울 동안 그 온실을 다시 살려 내는 이야기다.",
        "이 책은 사건보다 계절을 따라간다. 흙을 고르고, 깨진 유리를 갈고, 얼어 죽은 화분을 정리하는 장면들이 길게 이어지지만 지루하지 않다. 문장이 짧고 담백해서 오히려 천천히 읽게 된다.",
        "소설의 후반부에서 주인공이 온실을 처음 만든 할머니의 일기를 찾아내는데, 그 부분에서 이 소설이 결국 상실에 관한 이야기라는 것을 알게 된다.",
        "할머니의 일기는 짧은 메모들로 이루어져 있는데, 작가는 그 메모들을 장마다 하나씩 배치해서 두 사람의 겨울이 나란히 흘러가게 만든다. 처음에는 그 구성이 조금 낯설었지만 중반을 넘기면서 두 목소리가 자연스럽게 겹쳐졌다.",
        "아쉬운 점이 없지는 않다. 온실을 둘러싼 이웃들의 이야기는 조금 서둘러 정리되고, 동생과의 갈등도 충분히 풀리지 않은 채 끝난다. 그래도 마지막 장에서 첫 꽃이 피는 장면은 오래 기억에 남을 것 같다.",
        "추운 저녁에 따뜻한 차 한 잔과 함께 읽기 좋은 책이다. 주변 사람들에게도 권하고 싶다.",
    ]),
}


def _kind(name: str) -> tuple[str, str, str | None]:
    lang, title, paragraphs = PAGES[name]
    record = extract_page(_page(lang, title, paragraphs), f"https://shelf.example/2026/11/{name}.html")
    return record.kind, record.reason, record.book_title


@pytest.mark.parametrize("name, book", [("zh-review", "雾中灯塔"), ("ja-review", "港の図書室"), ("ko-review", "겨울 정원")])
def test_a_review_that_names_its_book_once_and_then_calls_it_this_book(name, book):
    kind, reason, title = _kind(name)
    assert (kind, title) == ("review", book), reason


@pytest.mark.parametrize("name", ["ja-trip", "zh-three", "ja-film"])
def test_a_book_named_in_passing_among_others_or_for_its_film_is_no_review(name):
    kind, reason, _ = _kind(name)
    assert kind != "review", reason


def test_references_by_language():
    assert references("『灯の家』を読んだ。この本は静かだ。本作の後半、小説の結末、物語の終わり。", "灯の家") == 4
    assert references("《灯之家》读完了。这本书很安静，书中人物不多，小说的结尾很好，本书值得一读。", "灯之家") == 4
    assert references("『등불의 집』을 읽었다. 이 책은 조용하다. 그 소설의 결말, 소설은 짧다.", "등불의 집") == 3
    assert references("อ่าน บ้านแห่งแสง จบแล้ว หนังสือเล่มนี้เงียบมาก นวนิยายที่ดี", "บ้านแห่งแสง") == 2
    assert references("I read The Lamp House. This book is quiet and the novel ends well.", "The Lamp House") == 0


def test_words_that_only_look_like_references():
    # a novelist, a bookshop, a bookshelf, "a book", "to tell": not the book under review
    assert references("小説家の『灯の家』。この本屋とこの本棚で。物語る人。", "灯の家") == 0
    assert references("我买了一本书，是小说家写的《灯之家》。", "灯之家") == 0
    assert references("『등불의 집』. 소설가와 장편소설.", "등불의 집") == 0


def test_references_do_not_count_when_another_work_is_named_or_a_film_dominates():
    assert references("《灯之家》和《北方的河》。这本书很好，书中人物不多，小说很短。", "灯之家") == 0
    assert references("『灯の家』の映画を観た。映画の物語は原作と違う。映画館で。", "灯の家") == 0
    # the same title again in its marks, or with a subtitle, is the same work
    assert references("『灯の家』を読んだ。この本は『灯の家　第一部』の続きではない。本作は短い。", "灯の家") == 2


def test_title_count_without_word_boundaries():
    assert title_count("아몬드", "『아몬드』를 읽었다. 아몬드는 짧은 소설이다.") == 2
    assert title_count("灯の家", "『灯の家』は、灯の家という宿の話。") == 2
    assert title_count("Dune", "Dune and Dunes") == 0  # a title of a spaced script: the word rules count it
    assert title_count("灯", "灯台の灯") == 0  # one letter occurs inside other words
    assert title_count("活着", "《活着》读完了。人总要活着，活着就好。") == 0  # two letters are as often a word of the text
