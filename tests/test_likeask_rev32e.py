"""closingask's like on a network narrowed (review rev32e), in our own words.

After the review, a like on a named network (or by a printed code) is an ask when the like is bidden opening the line
or given to a page or channel ("Give it a like on our Facebook page", pl "Polub nasz fanpage na Facebooku", kn
"… ಪುಟವನ್ನು ಲೈಕ್ ಮಾಡಿ", zh "点赞我们的微信公众号"); a story's plea ("polub mnie … konto na Facebooku"), a novel's
QR code and like, and "the post-apocalyptic stories TikTok keeps recommending" are not.
"""

from __future__ import annotations

import pytest

from scraper.extract.closingask import ask_line


@pytest.mark.parametrize("text", [
    "Give it a like on our Facebook page, please.", "Polub nasz fanpage na Facebooku, żeby nic nie przegapić.",
    "ನಮ್ಮ ಫೇಸ್‌ಬುಕ್ ಪುಟವನ್ನು ಲೈಕ್ ಮಾಡಿ, ಹೊಸ ವಿಮರ್ಶೆಗಳನ್ನು ಓದಿ.", "Dale like a nuestra página de Facebook.",
    "点赞我们的微信公众号，每周都有新书评。",
])
def test_a_like_for_the_blogs_page_is_an_ask(text):
    assert ask_line(text, at_end=True) == "platform ask"


@pytest.mark.parametrize("text", [
    "Readers who like the post-apocalyptic stories TikTok keeps recommending will find this one quieter.",
    "Bohaterka prosi syna: polub mnie choć trochę. Potem kasuje konto na Facebooku i znika.",
    "小说最后，他在墙上看到一个二维码，点赞之后才发现自己被骗了。",
    "Fans who like the post-war chapters on Instagram will want the sequel.",
])
def test_a_storys_like_is_no_ask(text):
    assert ask_line(text, at_end=True) is None
