"""Review of bpchrome37's rules (rev-bpchrome37): pages nobody wrote them for, where they misfired. A reviewer's own
list of books under a most-read or related label, a 'read also' line naming a book in italics or quotes, a review's
callout or pull quote naming a blog ranking, a Korean review's empathy as a strength, and a story pressing a quoted
button that happens to be on the page. Invented pages in our own words; the rules' own cases still go."""

import pytest

from scraper.extract import extract_page

_URL = "https://riverlamp.example.net/2026/11/salt-road/"
_EN = ["<p>A salt trader and his deaf daughter cross the desert twice in one year, and the novel lets the second "
       "crossing answer every question the first one raised, slowly and without any hurry to explain itself.</p>",
       "<p>The prose is spare and the dialogue sparer still, but the long night at the well is among the best scenes I "
       "have read this year, and the ending earns its quiet with real patience and care.</p>"]
_KO = ["<p>소금 상인과 귀가 들리지 않는 딸이 일 년에 두 번 사막을 건너는 이야기다. 두 번째 여정이 첫 번째 여정의 질문에 "
       "천천히 답해 가는 구성이 정말 좋았다.</p>",
       "<p>문장은 간결하고 대화는 더 간결하지만, 우물가의 긴 밤 장면은 올해 읽은 것 중 최고였다. 조용한 결말도 오래 남는다.</p>"]
_ZH = ["<p>这本小说写一个盐商和他失聪的女儿在一年里两次穿越沙漠，第二次旅程慢慢回答了第一次留下的所有问题，一点也不急着解释。</p>",
       "<p>文字很克制，对话更克制，但井边那个长夜是我今年读到最好的场景之一，结尾的安静也很值得。</p>",
       "<p>缺点是中段有点拖，配角的面目也模糊了些，不过整体仍然值得一读。</p>"]
_PANEL = {"zh": "<div class='review-panel'><button class='btn useful'>有用 12</button><button class='btn useless'>没用 1"
                "</button></div>",
          "en": "<div class='post-actions'><button class='like'>Like 48</button><button class='share'>Share</button></div>"}


def _text(paras, lang="en", panel=""):
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Salt Road | River Lamp</title></head><body>"
            f"<header><a href='/'>River Lamp</a></header><article class='post'><h1 class='entry-title'>The Salt Road</h1>"
            f"<div class='entry-content'>{''.join(paras)}</div>{panel}</article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("box, kept", [
    # the reader's year, not the news site's day: the reviewer's own most-read books
    ("<h3>Most read this year</h3><ol><li>The Remains of the Day</li><li>A Thousand Splendid Suns</li></ol>", "Splendid"),
    ("<h3>Most read this year</h3><ul><li>Hamnet by Maggie O'Farrell</li><li>Piranesi by Susanna Clarke</li></ul>", "Hamnet"),
    # a related label over unlinked titles after the review: the reviewer's further reading
    ("<h3>Related reading</h3><ul><li><em>The Sheltering Sky</em></li><li><em>The Old Man and the Sea</em></li></ul>",
     "Sheltering"),
    ("<h3>Trending now</h3><ul><li>The Sheltering Sky</li><li>The Old Man and the Sea</li></ul>", "Sheltering"),
])
def test_the_reviewers_own_list_of_books_under_a_site_like_label_stays(box, kept):
    assert kept in _text(_EN + [box])


def test_a_boxed_most_read_this_year_list_of_books_mid_body_stays():
    box = ("<div class='pick'><h3>Most read this year</h3><ul><li>The Remains of the Day</li>"
           "<li>A Thousand Splendid Suns</li></ul></div>")
    assert "Splendid" in _text([_EN[0], box, _EN[1]])


def test_a_chinese_further_reading_list_of_books_stays():
    box = "<h3>延伸阅读</h3><ul><li>《盐之书》 沙漠旅人</li><li>《撒哈拉的故事》 三毛</li></ul>"
    assert "撒哈拉" in _text(_ZH + [box], lang="zh-CN")


def test_a_linked_most_read_list_under_the_review_still_goes():
    box = ("<h3>Most read this week</h3><ul><li><a href='/2026/10/harbour/'>A morning in the harbour's secondhand "
           "stalls</a></li><li><a href='/2026/09/winter/'>Why I reread the same winter novel</a></li></ul>")
    assert "harbour's secondhand" not in _text(_EN + [box])


@pytest.mark.parametrize("line, kept", [
    ("<p>Read also: <em>The Remains of the Day and the Unconsoled</em></p>", "Unconsoled"),
    ("<p>اقرأ كذلك: «موسم الهجرة إلى الشمال» وهي رواية قريبة</p>", "موسم الهجرة"),
])
def test_a_read_also_line_naming_a_book_in_italics_or_quotes_stays(line, kept):
    assert kept in _text(_EN + [line])


@pytest.mark.parametrize("box, kept", [
    ("<div class='callout'><p>This novel topped our book blog rankings in June.</p></div>", "topped our"),
    ("<div class='pullquote'><p>“Top blogs never read past chapter two,” she jokes.</p></div>", "she jokes"),
])
def test_a_reviews_callout_naming_a_ranking_in_a_sentence_stays(box, kept):
    assert kept in _text([_EN[0], box, _EN[1], _EN[0]])


@pytest.mark.parametrize("line, kept", [
    ("<p>작가의 따뜻한 공감은 저에게 큰 힘이 됩니다.</p>", "따뜻한 공감"),
    ("<p>딸의 하트 그림 하나가 저에게 큰 힘이 됩니다.</p>", "하트 그림"),
])
def test_a_korean_reviews_empathy_as_a_strength_stays(line, kept):
    assert kept in _text(_KO + [line], lang="ko")


def test_the_readers_empathy_asked_as_a_strength_still_goes():
    assert "여러분의 공감은" not in _text(_KO + ["<p>여러분의 공감은 저에게 큰 힘이 됩니다 ♡</p>"], lang="ko")


@pytest.mark.parametrize("line, kept, lang", [
    ("<p>女儿每天晚上都点击“有用”，又请邻居们也去点，好像这样父亲就能回来。</p>", "邻居们", "zh"),
    ("<p>书里那家公司的员工只要点击“有用”，就会受到经理的欢迎和奖励。</p>", "经理的欢迎", "zh"),
    ("<p>小说里的公司规定很荒唐：点击“有用”才能下班。</p>", "才能下班", "zh"),
    ("<p>Tap “Like”, scroll, tap again: that is the whole of Mia's evening, and the novel never judges her for it.</p>",
     "Mia's evening", "en"),
])
def test_a_story_pressing_a_quoted_button_of_the_page_stays(line, kept, lang):
    assert kept in _text([_ZH[0], line, _ZH[1]] if lang == "zh" else [_EN[0], line, _EN[1]], panel=_PANEL[lang])


@pytest.mark.parametrize("line, gone, lang", [
    ("<p>觉得有帮助的话请点“有用”，谢谢～</p>", "觉得有帮助", "zh"),
    ("<p>Click “Like” if this review helped you!</p>", "if this review helped", "en"),
])
def test_a_bidding_to_press_the_pages_quoted_button_still_goes(line, gone, lang):
    paras = [_ZH[0], line, _ZH[1], _ZH[2]] if lang == "zh" else [_EN[0], line, _EN[1]]
    assert gone not in _text(paras, panel=_PANEL[lang])
