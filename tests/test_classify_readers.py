"""Short reader reviews whose book and rating were not read (reviewed.unfound_book, reviewed.work_clues).

- a reader's page titled after the work ("Mina's note - T | Site") over a short post that sets T off and keeps
  calling it "the novel" is a review: the page's title naming the set-off title is a mark of one work;
- a reviewer who speaks of their rating as a sentence's topic in Korean, Japanese or Chinese ("책방지기 별점은 …",
  "私の評価は …", "我的评分：…") speaks of its rating, as "Rating: …" does.

Our own pages and sentences.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.classify import classify
from scraper.extract.reviewed import titled_work, work_clues
from tests.test_classify import evidence

_NOTE_EN = [
    "Finished *Harbour Lights* on the ferry home and I am still a little seasick from it, in the good way.",
    "The novel follows two sisters who inherit a lighthouse and cannot agree on whether to sell it, and most of "
    "it is them arguing in a kitchen while the weather does terrible things outside.",
    "What works is the sound of it: every chapter ends on the fog horn, and by the middle I was waiting for it. "
    "What does not work is the husband, who exists to be wrong.",
    "I would hand the novel to anyone who grew up near a coast and misses it.",
]
_NOTE_KO = [
    "『바람의 등대』를 드디어 다 읽었다. 두 자매가 등대를 물려받고 팔지 말지를 두고 다투는 이야기다.",
    "소설의 대부분은 부엌에서 벌어지는 말다툼인데, 창밖의 날씨가 그 말다툼을 대신 설명해 준다.",
    "장마다 안개 경적으로 끝나는 구성이 좋았다. 남편 캐릭터는 틀리기 위해서만 존재하는 것 같아 아쉬웠다.",
    "바닷가에서 자란 사람이라면 이 소설을 꼭 읽어 봤으면 좋겠다. 생각보다 오래 마음에 남는다.",
    "언니는 떠나고 싶어 하고 동생은 남고 싶어 한다. 둘 다 이해가 돼서 읽는 내내 누구 편도 들 수가 없었다. 작가는 어느 쪽이 옳다고 "
    "말하지 않고, 그저 두 사람이 같은 식탁에 앉아 같은 빵을 나눠 먹는 장면을 몇 번이고 보여 준다.",
    "후반부에 등대지기였던 아버지의 일기가 나오는데, 그 부분은 조금 길고 설명이 많아서 속도가 느려진다. 그래도 일기의 마지막 장은 "
    "몇 번이나 다시 읽었다. 겨울 바다를 좋아하는 친구에게 선물하려고 한 권 더 샀다.",
]


def _markdown(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("title, paragraphs", [
    ("Mina's note - Harbour Lights | ReadNest", _NOTE_EN),
    ("파도소리님의 코멘트 - 바람의 등대 | 책마당", _NOTE_KO),
])
def test_the_page_title_naming_the_set_off_title_marks_one_work(title, paragraphs):
    assert titled_work(_markdown(paragraphs), title)


@pytest.mark.parametrize("title, paragraphs", [
    ("Harbour Lights wins the Coast Prize | ReadNest", _NOTE_EN),  # the headline holds it, but as part of a sentence
    ("Mina's notes | ReadNest", _NOTE_EN),  # the page's title names no work
    ("파도소리님의 코멘트 - 바람의 등대 | 책마당", ["바람의 등대를 드디어 다 읽었다."]),  # the text sets no title off
])
def test_near_misses_of_the_titled_work(title, paragraphs):
    assert not titled_work(_markdown(paragraphs), title)


def _short(title: str, paragraphs: list[str], **overrides):
    lines = [" ".join(p.split()) for p in paragraphs]
    return classify(evidence(title=title, words=150, body=(tuple(lines), _markdown(paragraphs)), **overrides))


def test_a_short_reader_note_under_a_title_naming_its_work_is_a_review():
    k, reason = _short("Mina's note - Harbour Lights | ReadNest", _NOTE_EN)
    assert k == "review" and "page's title" in reason, reason
    k, reason = _short("파도소리님의 코멘트 - 바람의 등대 | 책마당", _NOTE_KO)
    assert k == "review" and "page's title" in reason, reason


def test_near_misses_of_a_short_reader_note():
    # the same note under a headline that is no title's part, and a notice that names its title in the page's title
    # but never calls it "the novel": short posts without both marks stay notices
    assert _short("Harbour Lights wins the Coast Prize | ReadNest", _NOTE_EN)[0] != "review"
    notice = ["*Harbour Lights* arrives in the shop on Friday, signed copies while they last.",
              "Come by for tea and cake from four o'clock; the author reads a chapter at five."]
    assert _short("New in - Harbour Lights | Tidewater Books", notice)[0] != "review"


def _note_page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="ko"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><main><article><div class="note">{body}</div></article></main></body></html>')


def test_a_reader_note_by_extract_page():
    record = extract_page(_note_page("파도소리님의 코멘트 - 바람의 등대 | 책마당", _NOTE_KO), "https://chaekmadang.example.kr/notes/8kq2xv")
    assert record.kind == "review", record.reason
    # near miss: the same note under the site's name alone
    # (without its "읽었다", "I read it": a first-person reading statement is a mark of its own, readvoice.py)
    unread = [line.replace("읽었다", "펼쳤다") for line in _NOTE_KO]
    record = extract_page(_note_page("파도소리님의 코멘트 | 책마당", unread), "https://chaekmadang.example.kr/notes/8kq2xv")
    assert record.kind != "review", record.reason


RATING_TOPIC = [
    "책방지기 별점은 넷. 마지막 장 때문에 하나를 뺐다.",
    "평점: 다섯 개 중 넷",
    "私の評価は星四つ。終盤がやや駆け足だった。",
    "点数は八十点くらい。",
    "我的评分：四星，结尾稍显仓促。",
]


@pytest.mark.parametrize("line", RATING_TOPIC)
def test_a_rating_spoken_of_as_a_sentences_topic(line):
    assert "speaks of its rating" in work_clues([line], line)


@pytest.mark.parametrize("line", [
    "평점이 높은 책만 고르는 편은 아니다. 서점 직원의 추천을 더 믿는다.",  # ratings in general, as a subject
    "会社の評価額は三倍になったという。",  # a company's valuation
    "这本书在网上的评分很高，但我并不在意。",  # the site's score, not the topic of a sentence
    "별이 쏟아지는 밤에 이 책을 읽었다.",  # stars in the sky
])
def test_near_misses_of_a_rating_topic(line):
    assert "speaks of its rating" not in work_clues([line], line)


# -- a denial in the languages that put the negation after the noun ------------------------------------------------

from scraper.extract.reviewed import denies_review  # noqa: E402


@pytest.mark.parametrize("line", [
    "یہ کوئی باقاعدہ تبصرہ نہیں ہے، بس چند یادیں ہیں۔",  # ur
    "यह कोई समीक्षा नहीं है, बस बरसात की एक शाम की बातें हैं।",  # hi
    "এটা কোনো রিভিউ নয়, শুধু কয়েকটা কথা।",  # bn
    "এটা কোনো রিভিউ নয়, শুধু কয়েকটা কথা।",  # bn, its last letter precomposed
    "این نقد نیست، فقط یادداشتی کوتاه است.",  # fa
    "هذه ليست مراجعة، بل رسالة إلى صديقة.",  # ar
    "זו לא ביקורת, רק כמה מחשבות על חורף.",  # he
    "นี่ไม่ใช่รีวิว แค่บันทึกสั้น ๆ",  # th
    "Đây không phải là bài review, chỉ là vài dòng ghi chép.",  # vi
])
def test_a_post_that_says_it_is_not_a_review_in_more_languages(line):
    assert denies_review([line])


@pytest.mark.parametrize("line", [
    "اس ناول پر تبصرہ نہیں کروں گی جب تک دوسرا حصہ نہ پڑھ لوں۔",  # ur: "I won't review it until …"
    "मैंने अभी तक समीक्षा नहीं लिखी, पर किताब अच्छी लगी।",  # hi: "I haven't written the review yet"
    "রিভিউ না পড়েই বইটা কিনেছিলাম।",  # bn: "I bought it without reading reviews"
    "هذه مراجعة طويلة بعض الشيء، فاعذروني.",  # ar: "this is a somewhat long review"
    "Bài đánh giá này không phải ngắn đâu.",  # vi: the review is not short
])
def test_near_misses_of_the_denial_in_more_languages(line):
    assert not denies_review([line])
