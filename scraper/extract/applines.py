"""The app line: a closing line bidding the reader download or install the site's own app.

News sites and platforms close an article with a line pressing their app on the reader: "Download the Courier app for
the news on the go", "下载某某网App，随时掌握最新资讯", "某某アプリをダウンロードして最新ニュースをチェック",
"○○ 앱 다운로드하고 매일 새 글 받아보기". It is not the review's: its shape, whatever the language, is a short line among the
post's last two lines left, after the review's last paragraph (``tailasks.mark`` checks the position), that *opens* on
the bidding to download or install an app (``platforms.READER_ACTIONS``' app; in the scripts written without spaces
the site's name may stand between the verb and "App": "下载星洲网App"). A review's sentence about an app ("I read it
in the library's app") opens on its subject, not on the bidding; a line with a score or a note the review carries
(a free copy "sent through the publisher's app") is never one.
"""

from __future__ import annotations

import re

from .housekeeping import a_note
from .platforms import READER_ACTIONS
from .rating import has_score
from .words import count_words

_MAX_WORDS = 30
# what may not stand before the bidding: a sentence's punctuation, or lower-case Latin letters (a sentence's subject
# and verb: "You can get the app …")
_BEFORE = re.compile(r"[a-zà-ÿ.!?,;:，。、！？；：]")
_LEAD = " \t•·-–—*>»【[（(「"


def app_line(text: str) -> bool:
    """A short line opening on the bidding to download or install the site's app (see the module docstring)."""
    if not text or count_words(text) > _MAX_WORDS:
        return False
    text = text.lstrip(_LEAD)
    found = READER_ACTIONS["app"].search(text[:40])
    # (at the start; in Japanese and Korean the verb comes last, and the site's name, no word of a Latin-script
    # sentence, may stand before "app": "星洲アプリをダウンロード", "북리뷰 앱 다운로드")
    if not found or found.start() > 12 or _BEFORE.search(text[:found.start()]):
        return False
    return not (has_score(text) or a_note(text))
