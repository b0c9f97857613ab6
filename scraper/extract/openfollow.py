"""The closing line that opens on the bidding to follow the writer or the site: an ask of the reader, whatever follows.

"Follow me for a book a week", "关注我，每周一本好书", "Suivez-moi pour d'autres lectures" (``platforms.READER_ACTIONS``'
follow kind, matched at the line's start); and, in the verb-last languages and Chinese, the bidding with its object
first: ja "ブロガーをフォローすると新着が届きます", "このブログをフォローしてください", ko "블로거를 팔로우하면 …", "이 블로그를
구독해 주세요", zh "关注博主，…", "订阅本号". Read by ``pleas`` for the post's closing line (short, no score, no note the
review carries).

The object is the site's own: the blog, the blogger, the platform's creator or account, "this account", "us". Not
the book's author (zh 作者, ko 작가, ja 書き手 and 筆者 name the writer of the book as often as the blog's): "关注作者很多年了，
这一本是她写得最好的" is the reviewer's own history; zh "关注作者，获取更多…", bidden with what it brings, is
an ask. The follow is bidden or conditional, not told: past tense ("…をフォローした
彼女") and the quoted "decided to" ("フォローしようと決めた", "フォローすると決めた日から", "フォローすると言った") are the
story's or the reviewer's. Opened by a quotation mark, the line is someone's words quoted ('"Follow me," the ferryman
says').
"""

from __future__ import annotations

import re

from .housekeeping import a_note
from .platforms import READER_ACTIONS
from .rating import has_score

_MAX_WORDS = 30
# ja "… と" before a verb of deciding, saying, thinking, vowing or writing: the conditional "すると" read as a quotation
_QUOTED = r"(?![決言思考誓約宣書心]|い[うっ])"
# (a pictograph or a bullet may lead the line; a quotation mark opens someone's words quoted)
_OPEN = r"^(?![\"'“”„«»「『‘’])\W{0,3}"
_OBJECT_FOLLOW = re.compile(
    rf"{_OPEN}(?:この|本)?(?:ブロガー|ブログ|クリエイター)(?:さん)?を\s*(?:フォロー|読者登録|購読)"
    rf"(?:すると{_QUOTED}|すれば|して(?:ください|下さい|ね|もらえる)|しよう(?:と思(?:った|う|われた)方|(?![とか]))|お願い)|"
    rf"{_OPEN}(?:이\s*)?(?:블로거|블로그|에디터|크리에이터)(?:님)?(?:를|을)\s*(?:팔로우|구독|이웃\s?추가)\s*"
    r"(?:하면|하시면|해\s*주세요|하세요|해\s*보세요)|"
    rf"{_OPEN}(?:关注|關注|订阅|訂閱)(?:博主|本号|本號|我们|我們)(?![了过過])|"
    # (the writer bidden with the benefit it brings, an imperative and a purpose clause: "关注作者，获取更多…", "…，第一时间
    # 收到"; "关注作者很多年了" tells the reviewer's history)
    rf"{_OPEN}(?:关注|關注|订阅|訂閱)(?:作者|写手|寫手)\s*[，,、]\s*(?:获取|獲取|获得|獲得|第一时间|第一時間|不错过|不錯過|"
    r"了解更多|看更多|收到|接收|解锁|解鎖)")


# zh "关注" is also "to care about": "关注我们这个时代的孤独" (our times), "关注我们身边的人" (those around us) turn the
# reader to a theme; "关注我们的公众号" names the account
_OUR_THEME = re.compile(r"^\W{0,3}(?:关注|關注)我(?:们|們)?(?:这|這|那|身边|身邊|内心|內心|自己|每[个個一]|"
                        r"的(?!(?:微信)?(?:公众|公眾|账号|帳號|频道|頻道|博客|部落格|微博|主页|主頁|网站|網站|小[红紅]书|视频号|視頻號|"
                        r"豆瓣|[Bb]站|哔哩|嗶哩|抖音|知乎|快手|头条|頭條|专栏|專欄|播客|油管|[A-Za-z])))")


def opens_on_follow(text: str, words: int) -> bool:
    """The post's closing line opens on the bidding to follow its writer or its site (module docstring): short
    (thirty words), without a score or a note the review carries."""
    return words <= _MAX_WORDS and bool(READER_ACTIONS["follow"].match(text) or _OBJECT_FOLLOW.match(text)) \
        and not _OUR_THEME.match(text) and not has_score(text) and not a_note(text)
