"""Cleaning rules of the holdout24 round (boilerplate, body precision), on posts of our own words and markup.

- an engine's timestamp under the headline whose month is written in a script with combining marks (Devanagari,
  Bengali, Kannada, Tamil vowel signs: "२६ नवंबर २०२६ १०:४०") is a whole date like "26 November 2026 10:40": the
  dateline and the writer's name beside it go; a review sentence that names a month and a year stays.
"""

from __future__ import annotations

from scraper.extract.chrome import _whole_date
from scraper.extract.datelines import FULL_DATE, date_only
from tests.cleaning import cleaned, paras

import lxml.html

HI = ["यह उपन्यास एक छोटे से पहाड़ी कस्बे की कहानी है, जहाँ हर सर्दी में नदी जम जाती है और लोग एक-दूसरे के घरों में आग के पास बैठकर पुराने किस्से सुनाते हैं।",
      "लेखिका की भाषा सरल है लेकिन हर वाक्य में एक गहरी उदासी छिपी है, और अंत तक पहुँचते-पहुँचते मैं कई बार रुककर खिड़की से बाहर देखती रही।",
      "बीच का हिस्सा थोड़ा धीमा है, फिर भी यह किताब मुझे लंबे समय तक याद रहेगी।"]
KN = ["ಈ ಕಾದಂಬರಿ ಮಲೆನಾಡಿನ ಒಂದು ಸಣ್ಣ ಹಳ್ಳಿಯ ಕಥೆ, ಅಲ್ಲಿ ಮಳೆಗಾಲದಲ್ಲಿ ರಸ್ತೆಗಳು ಮುಚ್ಚಿಹೋಗುತ್ತವೆ ಮತ್ತು ಜನರು ಒಬ್ಬರಿಗೊಬ್ಬರು ನೆರವಾಗುತ್ತಾರೆ.",
      "ಲೇಖಕರ ಭಾಷೆ ಸರಳವಾಗಿದೆ, ಆದರೆ ಪ್ರತಿಯೊಂದು ಅಧ್ಯಾಯದಲ್ಲೂ ಒಂದು ಆಳವಾದ ವಿಷಾದವಿದೆ, ಕೊನೆಯ ಪುಟಗಳನ್ನು ಓದಿದ ನಂತರ ನಾನು ಬಹಳ ಹೊತ್ತು ಸುಮ್ಮನೆ ಕುಳಿತೆ.",
      "ಮಧ್ಯದ ಭಾಗ ಸ್ವಲ್ಪ ನಿಧಾನವಾಗಿದೆ, ಆದರೂ ಈ ಪುಸ್ತಕ ಬಹಳ ಕಾಲ ನೆನಪಿನಲ್ಲಿ ಉಳಿಯುತ್ತದೆ."]


def test_a_month_written_with_vowel_signs_makes_a_whole_date():
    for text in ("२६ नवंबर २०२६", "১২ ডিসেম্বর ২০২৬", "22 ನವೆಂಬರ್ 2026", "3 டிசம்பர் 2026", "14 November 2026"):
        assert FULL_DATE.search(text), text
        assert _whole_date(text), text
    # (a sentence is no date: a month's word needs its day and year around it)
    assert not FULL_DATE.search("मैंने यह किताब नवंबर में पढ़ी")


def test_a_timestamp_row_under_the_headline_goes_in_scripts_with_marks():
    for review, name, stamp in ((HI, "रीना वर्मा", "अंतिम अपडेट: २६ नवंबर २०२६ १०:४०"),
                                (KN, "ಸುಮಾ ರಾವ್", "ಪ್ರಕಟಿಸಿದ ದಿನಾಂಕ: 22 ನವೆಂಬರ್ 2026 08:15")):
        header = f"<div class='byline'><span class='who'>{name}</span><span class='when'>{stamp}</span></div>"
        text, rules = cleaned(header + paras(*review), "news.example")
        assert stamp not in text and name not in text, rules
        assert all(r in text for r in review)


def test_a_review_line_with_a_month_and_a_clock_stays():
    # a sentence of the review that names a date is prose: more words than a timestamp row holds
    line = "मैंने यह किताब २६ नवंबर २०२६ की रात १०:४० बजे ट्रेन में पढ़नी शुरू की और सुबह होने तक खत्म कर दी, क्योंकि इसकी कहानी मुझे छोड़ ही नहीं रही थी।"
    text, rules = cleaned(paras(line, *HI), "news.example")
    assert line in text, rules
    block = lxml.html.fromstring(f"<p>{line}</p>")
    assert date_only(block, 0, 4) is None


# -- a closing line bidding the reader follow the writer's page, column or official account, in Chinese -----------------
# ("追蹤" is Taiwan's verb of following, "關注/关注" the mainland's; "my" may stand between the verb and the account
# word: "追蹤我的粉專", "关注我的专栏"; or the bidding is to press the follow button: "点个关注")

from scraper.extract.sitelines import follow_plea  # noqa: E402

ZH_HANT = ["這本小說寫的是一個海邊小鎮的三代女人，祖母賣魚，母親開雜貨店，女兒離家到台北念書，每個人都在等一艘不會回來的船。",
           "作者的文字很安靜，不急著解釋什麼，卻在最後一章讓我在捷運上掉眼淚。中段有點拖，但整體仍然是今年讀過最喜歡的一本。"]
ZH_HANS = ["这部小说写的是一个北方工厂城市的冬天，一个下岗工人的女儿在废弃的厂房里发现了父亲年轻时写的诗。",
           "作者的语言冷静克制，却处处有温度，结尾那场大雪我读了三遍。中间几章节奏稍慢，但瑕不掩瑜，值得一读。"]


def test_a_chinese_follow_bidding_closing_the_post_goes():
    for review, plea in ((ZH_HANT, "喜歡這篇心得的話，歡迎追蹤我的粉專「海邊讀書會」，每週都有新書分享！"),
                         (ZH_HANS, "觉得有用的话，欢迎关注我的公众号「北窗夜读」，每周更新一篇书评～"),
                         (ZH_HANS, "爱读书的朋友，点个关注不迷路，下周继续聊冬天的小说。")):
        text, rules = cleaned(paras(*review, plea), "blog.example")
        assert plea not in text and "follow-me line" in rules, rules
        assert all(r in text for r in review)


def test_a_story_that_follows_someone_or_a_column_in_the_review_stays():
    for line in ("故事追蹤一位老警探，他的專欄文章在報上連載了十年，最後一篇卻沒有寫完。",
                 "小说里的记者每天关注案情，把它写成专栏，读者越来越多。",
                 "我一直在追蹤這位作者的新作，這本是她寫得最好的一部。"):
        assert not follow_plea(line), line
        text, rules = cleaned(paras(*ZH_HANT, line), "blog.example")
        assert line in text, rules


def test_a_follow_line_closing_a_short_reader_review_box_goes():
    # a shop's reader review: one paragraph, the plea, the box's footer; the plea is not in the box's second half by
    # count, but it is among its last two lines
    from tests.cleaning import clean_in, rules as rules_of, text_of
    page = ("<html><body><div class='review-item'><p>" + ZH_HANT[0] + ZH_HANT[1] + "</p>"
            "<p>喜歡我的分享，歡迎追蹤我的部落格「小鎮書桌」，每週更新。</p>"
            "<div class='review-foot'>這則評論有幫助嗎？ <a href='#'>是(3)</a> <a href='#'>否(0)</a></div></div></body></html>")
    body, report = clean_in(page, ".review-item", "shop.example")
    assert "小鎮書桌" not in text_of(body), rules_of(report)
    assert ZH_HANT[0] in text_of(body)


# -- a score line in bold right before a removed box is the review's verdict, not the box's label ------------------------

PT = ["O romance acompanha uma família de pescadores numa ilha dos Açores durante o inverno em que o farol se apagou.",
      "A escrita é seca e bonita, e o último capítulo, contado pela filha mais nova, deixou-me sem palavras durante uma tarde inteira."]
SHARE = ("<div class='share'><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a> "
         "<a href='https://twitter.com/intent/tweet?url=x'>X</a></div>")


def test_a_bold_score_line_before_a_share_bar_stays():
    for review, verdict in ((PT, "Nota: 8/10"), (ZH_HANT, "評分：4/5"), (HI, "रेटिंग: 5 में से 4")):
        text, rules = cleaned(paras(*review) + f"<p><strong>{verdict}</strong></p>" + SHARE, "blog.example")
        assert verdict in text, rules
        assert "Facebook" not in text


def test_a_bold_label_before_a_share_bar_still_goes():
    for label in ("Partilhe esta crítica:", "Teilen:"):
        text, rules = cleaned(paras(*PT) + f"<p><strong>{label}</strong></p>" + SHARE, "blog.example")
        assert label not in text and any(r.startswith("label of") for r in rules), rules
