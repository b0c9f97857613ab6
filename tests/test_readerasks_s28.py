"""The blogger's closing asks outside English (round s28), in our own words and markup.

- readeractions: the post passed on to friends, bidden where a sentence starts ("Compartilhe com quem …", "Compártelo
  con …", "Bagikan ke teman …", "i-share mo …", "washirikishe marafiki"); the borrowed "like", "follow", "share"
  bidden in the Indic and Dravidian scripts ("… ಲೈಕ್ ಮಾಡಿ", "… লাইক করুন"); a WeChat account followed by its code
  ("扫码关注…公众号"); leaving a comment, bidden (pt, es, sw, tl, id).
- closingask: after the review, "like our page" on a network the line names is an ask, as following it was.
- ifpost: "if you enjoyed this review" in Swahili, Tagalog, Malay/Indonesian, Hindi, Bengali, Persian.

Near misses: the same verbs in a review's own sentences (a subjunctive "que ela compartilhe", a novel's character who
"shares with" her sister, a review's last line that names Facebook as the story's subject, "if you liked the novel").
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.closingask import ask_line
from scraper.extract.platforms import READER_ACTIONS

PARAS = [
    "Mara Lindqvist's debut follows two sisters who inherit a failing orchard on a northern island and spend one "
    "year trying to decide whether to sell it, each of them secretly hoping the other will choose for her.",
    "The seasons give the book its shape, and the winter chapters in particular are beautiful: the trees wrapped "
    "in sacking, the ferry stopping, the sisters reading old account books by lamplight and fighting about money.",
    "The ending hurries, and one late revelation about their father felt borrowed from a different, louder novel, "
    "but the quiet middle of the book is as good as anything I have read this year.",
    "Rating: 4/5",
]
URL = "https://lampandledger.example/2026/11/the-orchard-year/"


def _body(last: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Orchard Year – Lamp and Ledger</title></head>"
            f"<body><article class='post'><h1>The Orchard Year</h1><div class='entry-content'>{body}</div>"
            "</article></body></html>")
    return extract_page(html, URL).body_text


ASKS = [
    ("pt", "Obrigado pela visita ao Cantinho da Estante! Compartilhe com quem também ama romances de família."),
    ("es", "¡Gracias por pasar por aquí! Compártelo con alguien que disfrute de las novelas rurales."),
    ("id", "Terima kasih sudah mampir! Bagikan ke teman-temanmu yang suka novel keluarga."),
    ("kn", "ನಮ್ಮ ಬ್ಲಾಗಿನ ಫೇಸ್\u200cಬುಕ್ ಪುಟವನ್ನು ಲೈಕ್ ಮಾಡಿ, ಪ್ರತಿ ವಾರದ ಹೊಸ ಬರಹ ನಿಮ್ಮನ್ನು ತಲುಪುತ್ತದೆ."),
    ("bn", "আমাদের ফেসবুক পেজে লাইক করুন, নতুন লেখার খবর পেতে।"),
    ("zh", "长按识别二维码关注“灯下书单”公众号，每周五推送。"),
    ("sw", "Tafadhali washirikishe marafiki zako na uache maoni yako hapa chini."),
    ("tl", "Salamat sa pagbasa, i-share mo sa mga kaibigan at mag-iwan ng komento sa ibaba."),
]


@pytest.mark.parametrize("lang,line", ASKS)
def test_a_closing_ask_after_the_review_goes(lang, line):
    text = _body(line, lang)
    assert PARAS[2][:40] in text and "Rating: 4/5" in text
    assert line[:25] not in text


CONDITIONS = [
    ("sw", "Kama umefurahia uhakiki huu, tafadhali washirikishe wenzako."),
    ("tl", "Kung nakatulong sa iyo ang rebyu na ito, pakibahagi sa iba."),
    ("ms", "Kalau awak suka ulasan ini, bagikan kepada rakan-rakan ya."),
    ("hi", "अगर आपको यह समीक्षा पसंद आई तो इसे शेयर करें।"),
    ("fa", "اگر این یادداشت را دوست داشتید، آن را با دوستانتان به اشتراک بگذارید و کانال ما را دنبال کنید."),
]


@pytest.mark.parametrize("lang,line", CONDITIONS)
def test_if_you_enjoyed_this_review_ask_goes(lang, line):
    text = _body(line, lang)
    assert PARAS[2][:40] in text and line[:20] not in text


NEAR = [
    # a review's own last paragraph: the verbs of the story, a subjunctive, the network as the book's subject
    ("pt", "Espero que a autora compartilhe com os leitores mais histórias dessa ilha, porque o mundo dela é raro."),
    ("en", "In the last chapter the elder sister learns to share with the younger what their father never said aloud."),
    ("kn", "ಕಾದಂಬರಿಯಲ್ಲಿ ನಾಯಕಿ ಫೇಸ್\u200cಬುಕ್ ಲೈಕ್\u200cಗಳ ಹಿಂದೆ ಓಡುವ ಯುವಜನರ ಬಗ್ಗೆ ಬರೆಯುತ್ತಾಳೆ, ಅದು ಉತ್ತಮ ಭಾಗ."),
    ("sw", "Kama umefurahia riwaya yake ya kwanza, hii nayo itakufaa; Mushi anaandika kwa upole uleule."),
    ("tl", "Kung nagustuhan mo ang unang nobela niya, basahin mo rin ito: mas mahinahon pero mas malalim."),
    ("zh", "小说里的女儿每天关注父亲的公众号，却从不留言，这个细节写得极好。"),
]


@pytest.mark.parametrize("lang,line", NEAR)
def test_the_same_words_in_the_reviews_own_last_paragraph_stay(lang, line):
    assert line[:25] in _body(line, lang)


def test_one_ask_alone_needs_its_network_or_a_turn_to_the_reader():
    # "like" with the network named, after the review: an ask; the network named with no bidding: none
    assert ask_line("ನಮ್ಮ ಫೇಸ್\u200cಬುಕ್ ಪುಟವನ್ನು ಲೈಕ್ ಮಾಡಿ.", True) == "platform ask"
    assert ask_line("ನಮ್ಮ ಫೇಸ್\u200cಬುಕ್ ಪುಟವನ್ನು ಲೈಕ್ ಮಾಡಿ.", False) is None
    assert ask_line("ಈ ಕಾದಂಬರಿ ಫೇಸ್\u200cಬುಕ್ ಕಾಲದ ಕತೆ.", True) is None
    # "compartilhe" bidden where a sentence starts, not as a subjunctive after "que"
    assert READER_ACTIONS["share"].search("Gostou? Compartilhe com os amigos.")
    assert not READER_ACTIONS["share"].search("Quero que ela compartilhe com a irmã o segredo.")


def test_a_story_that_scans_a_code_is_no_ask():
    line = "结尾处女儿终于扫码关注了父亲的公众号，这一笔写得克制又动人。"
    assert line[:20] in _body(line, "zh")
