"""The writer's other place named with "also", closing the review: "楽天ROOMにも好きな本をまとめています".

A blogger in Japanese, Korean or Chinese signs a review off with where else they keep their reading, no "my", no arrow
and no link: the place named first with the particle of "also" (ja "にも", ko "에도", zh "也在 …"), then a verb of
posting, collecting or keeping in the running present ("まとめています", "載せています", "올리고 있어요", "也在 X 整理").
The place is a named service: written in Latin letters (a brand: "note", "ROOM"), or a service or reading platform the
line names in its script ("インスタ", "ブクログ", "読書メーター", "小紅書", "豆瓣"; a katakana word that is a book's part,
"エピローグ", is none). Its shape: short (sixty letters), no score, the place opening
the line. What stays: a review's "文庫版にも解説が載っています" (the book's own edition, an intransitive verb),
"続編にも彼女が出てきます", "我也在圖書館借了續集" (no posting verb, no named service).

A microblog's post signs off the same way in the languages written with spaces, the line nothing but "also" and the
services it is posted on too ("Also on Bluesky and Threads.", "Auch auf Mastodon", "Aussi sur Instagram et Threads",
"También en Goodreads", "Anche su Substack", "Ook op Mastodon", "Även på Instagram", "Również na Bluesky"): the
services by name, and only they, after the word for "also on" (``_ALSO_ON``). What stays: "Also on the shortlist:
…", "Also on Instagram, the author posts her drafts" (a sentence goes on past the service).

``siteaccounts.site_account`` asks it, so ``sitelines.mark`` takes it only as a short line closing the review's box late.
"""

from __future__ import annotations

import re

from .platforms import READING_SITES
from .rating import has_score

# a named service: Latin letters, katakana (a brand), or a reading platform by name; kanji may lead it ("楽天ROOM")
_PLACE_JA = (r"[\u4e00-\u9fff]{0,4}(?:[A-Za-z][\w.\- ]{0,20}|インスタ(?:グラム)?|" + READING_SITES + r"|ツイッター|スレッズ|ユーチューブ|"
             r"ノート|ブログ|ピンタレスト|フェイスブック|ティックトック|ポッドキャスト|ルーム|読書記録)")  # (katakana: the services by name,
# never a book's part: "エピローグにも後日談を書いています" is the author's)
_PLACE_KO = r"(?:[A-Za-z][\w.\-]{0,20}|인스타그램|인스타|블로그|유튜브|브런치|네이버\s?블로그|북플|스레드)"
_PLACE_ZH = r"(?:[A-Za-z][\w.\-]{0,20}|小紅書|小红书|豆瓣|方格子|微博|臉書|脸书|部落格|博客|公眾號|公众号)"
_ALSO_POSTED = re.compile(
    rf"^\W{{0,2}}{_PLACE_JA}\s?(?:に|で)も[、,，]?.{{0,40}}?"
    r"(?:まとめて|載せて|のせて|投稿して|書いて|アップして|紹介して|並べて|記録して|残して|感想を?書いて)(?:い)?(?:ます|る|ますので)|"
    rf"^\W{{0,2}}{_PLACE_KO}\s?에도\s.{{0,30}}?(?:올리고|올려|정리하고|정리해|기록하고|기록해|소개하고|남기고)\s?(?:있어요|있습니다|있으니|둬요|두었어요|뒀어요)|"
    rf"^\W{{0,2}}我?(?:也|还|還)(?:會|会)?在\s?{_PLACE_ZH}\s?(?:上)?(?:整理|分享|記錄|记录|更新|發|发|寫|写|貼|贴)", re.I)


# the services a post is cross-posted on, by name; "also on" in en de fr es it pt nl sv da/nb pl cs sk ru uk
_SERVICE = (r"(?:Bluesky|Mastodon|Threads|Instagram|Substack|Medium|" + READING_SITES + r"|Tumblr|X|Twitter|"
            r"Facebook|LinkedIn|Micro\.blog|Letterboxd|Pixelfed|YouTube|TikTok|Pinterest|Patreon|Ko-fi|"
            r"Wattpad|Telegram|Lemmy|Cohost|the\s+fediverse)")
_ALSO_ON = re.compile(
    r"^\W{0,2}(?:also|(?:also\s+)?cross-?posted|(?:also\s+)?posted)\s+(?:on|to|at)|^\W{0,2}(?:auch|ebenfalls)\s+auf|"
    r"^\W{0,2}(?:aussi|également)\s+sur|^\W{0,2}también\s+en|^\W{0,2}anche\s+su|^\W{0,2}também\s+(?:no|na|em)|"
    r"^\W{0,2}ook\s+op|^\W{0,2}(?:även|också|også)\s+på|^\W{0,2}(?:również|także|rovněž|také|tiež)\s+na|"
    r"^\W{0,2}(?:также|тоже)\s+в|^\W{0,2}(?:також|теж)\s+(?:у|в)", re.I)
_SERVICES_ONLY = re.compile(
    rf"\s+{_SERVICE}(?:\s*(?:,|and|&|und|et|y|e|en|och|og|i|a|и|і)\s*{_SERVICE})*\s*[.!]?\s*$", re.I)


def also_posted(text: str) -> bool:
    """A short line naming the writer's other place with "also" and a verb of posting there (module docstring)."""
    stripped = text.strip()
    if len(stripped) <= 60 and (found := _ALSO_ON.match(stripped)) and _SERVICES_ONLY.match(stripped, found.end()):
        return True  # (a microblog's "Also on Bluesky and Threads.")
    return len(stripped) <= 60 and not has_score(stripped) and bool(_ALSO_POSTED.search(stripped))
