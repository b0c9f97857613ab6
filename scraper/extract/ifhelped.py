"""The post's conditional ask: a closing line that asks the reader to act *if the post pleased or helped them*.

"If this review helped you, please press Nice!", "このメルマガが面白かったら、お友だちに転送してください",
"如果觉得这篇文章有用，欢迎点个赞", "도움이 되셨다면 공감 버튼을 눌러 주세요". No pictograph closes it and no button of
the page need stand in it, so ``pleas`` does not see it; its shape is the same in every language:

- position: among the post's last four lines left (a shop's vote count or "see all reviews" line may still follow),
  after the review's last paragraph (nothing of 30 words or more after it), short (40 words at most), not a heading,
  quotation, list or table, no score, no note the review carries;
- it opens on a condition about the post itself (IF_POST): the post, review, article or mail magazine named as what
  helped or pleased ("この記事が気に入ったら", "if you enjoyed this post", "喜欢这篇文章，…"), or the help itself without naming the
  book ("参考になったら", "覺得有幫助的話", "도움이 되셨다면"); or it opens on one of the platform's acts and the condition
  closes it ("Support the author with a coffee if you found the post useful": ``ifpost.ACT_OPENS``);
- and it asks the reader for something (ASK: "please", "ください", "お願いします", "欢迎", "주세요").

A second shape asks the reader to sign up for the blog's update notices ("LINEで更新通知を受け取る方は友だち追加して
ください", "想收到更新通知，请加好友", "get new-post alerts: add us on …"): it names the notices (UPDATE_NOTICE) and asks.

A third shape tells the reader what their support will pay for ("いただいたサポートは本の購入に使わせていただきます",
"收到的打赏会用来买书", "보내주신 후원은 책 구입에 쓰겠습니다", "tips go towards buying more books"): the tip jar's
line under a post (SUPPORT_USE), short, among the last lines.
A fourth tells the reader that pressing the vote button keeps the writer writing ("추천 눌러 주시면 다음 글에 힘이
됩니다", "いいねを押していただけると励みになります", "点个赞是我更新的动力"): VOTE_FUELS, a button pressed, or the
subscribe or follow button of the platform (Hatena's and Ameblo's "読者になる", Naver's 이웃 추가, WeChat's 在看).
A fifth opens on the reader's wish to support this or the writer's own blog ("If you want to support my blog, the shop
links below pay it a little", "Si vous souhaitez soutenir ce blog, …": ``ifpost.SUPPORT_WISH``): the way to support
follows, an ask whatever its words. A reviewer's "if you want to support the author, buy it new", "if you'd like to
support the work of small presses" names the author or the book's world, not the site.

A reviewer's "if you liked the film, read the novel" names the book or film as what pleased, not the post; a line of
the review's own that says it helped them ("it helped me, please read it") opens on no condition.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import Guarded, guarded
from .housekeeping import a_note
# (the condition and the ask in other languages; what an ask put first is asked for, when it is the house's)
from .ifpost import ACT_OPENS, ASK_MORE, IF_POST_MORE, OWN_OBJECT, SUPPORT_WISH, SUPPORT_WORK
from .nodes import text_of
from .promo import promo_box
from .rating import has_score
from .tailasks import short_line
from .words import count_words

RULE = "closing plea"
_PROSE = 30

# the post as what helped or pleased (in the scripts without spaces, the noun glued to the particle)
_POST_JA = r"(?:この|本|今回の)(?:記事|書評|レビュー|感想|投稿|エントリー?|メルマガ|メールマガジン|ブログ|note|ノート|動画|話)"
_POST_ZH = r"(?:这篇|這篇|本篇|本文|文章|这篇文章|這篇文章|这篇书评|這篇書評|这篇评论|這篇評論|书评|書評|这期|這期)"
_POST_KO = r"(?:이\s?글|이\s?포스팅|이\s?리뷰|이\s?서평|이\s?기사|이\s?칼럼|포스팅|게시글|글이)"  # (a paper's article and column too)
IF_POST = re.compile(
    # ja: "<post>が<helped/pleased>たら", or "参考になったら / 役に立ったら" alone (pleasure alone, "気に入ったら", may be
    # the book's: the post must be named)
    r"(?:" + _POST_JA + r"[がを]?[^。！!？?]{0,12}?(?:面白|おもしろ|気に入|よかっ|良かっ|楽しんで|共感)|(?:" + _POST_JA
    + r"[がを]?[^。！!？?]{0,12}?)?(?:参考に|役に立|お役に立))[^。！!？?、，]{0,10}?(?:たら|ましたら|れば|ようでしたら|なら)"
    # zh: "(如果)覺得(這篇)有用/有幫助/不錯(的話)"
    r"|(?:如果|若是?|要是)?(?:觉得|覺得|认为|認為)?(?:" + _POST_ZH + r"(?:对你|對你|对您|對您)?(?:还不错|還不錯|不错|不錯)|"
    + _POST_ZH + r"?(?:对你|對你|对您|對您)?(?:有用|有帮助|有幫助|有收获|有收穫))(?:的话|的話)?[，,、]"
    r"|(?:如果|若是?|要是)" + _POST_ZH + r"?(?:对你|對你|对您|對您)(?:有用|有帮助|有幫助)"
    # (the post liked: "喜欢这篇文章，请…", "如果你喜歡本文的話，…"; the post named, so "喜欢这本书" is no condition)
    r"|(?:如果|若是?|要是)?(?:你|您)?(?:喜欢|喜歡|爱看|愛看)" + _POST_ZH + r"(?:的话|的話)?[，,、]"
    # ko
    r"|(?:" + _POST_KO + r"\s?)?(?:도움이\s?되(?:셨|었|셨었)다면|유익하(?:셨|였)다면)"
    r"|" + _POST_KO + r"\s?(?:이|가)?\s?(?:재미있(?:게\s?읽으)?셨다면|재밌(?:게\s?읽으)?셨다면|재미있었다면|마음에\s?드셨다면|좋으셨다면|좋았다면"
    r"|괜찮(?:으셨|았)다면|즐거우셨다면|흥미로우셨다면|유용하셨다면)"
    # en
    r"|\bif\s+(?:you\s+)?(?:found|find|enjoyed|liked|loved)\s+(?:this|the|my)\s+"
    r"(?:post|review|article|newsletter|piece|write-?up)"
    r"|\bif\s+(?:this|my)\s+(?:post|review|article|newsletter|piece)\s+(?:helped|was\s+(?:helpful|useful))",
    re.I)
# the book or a film as what pleased: a reader's suggestion, not the post's ask
_BOOK_SUBJECT = re.compile(
    r"(?:この|その|あの)?(?:本|小説|作品|映画|原作|シリーズ)が|这本书|這本書|本书|本書|이\s?책이|\bthis\s+(?:book|novel|film)", re.I)
# a request to the reader (or the invitation, "…してみませんか", note's own wording under its support box)
ASK = re.compile(
    r"ください|下さい|ませんか|お願いします|お願いいたします|お願い致します|いただけると|いただけたら|頂けると|頂けたら|してね|してくれると"
    r"|欢迎|歡迎|请|請|麻烦|麻煩|拜托|拜託|帮忙|幫忙|给我|給我|给作者|給作者|点个|點個|按个|按個|支持一下"
    r"|주세요|부탁|눌러|해\s?주시면|주시면|주시길"
    r"|\b(?:please|hit|press|tap|click|share|forward|consider|leave)\b",
    re.I)
# the blog's notices of new posts, which the reader is asked to sign up for
UPDATE_NOTICE = re.compile(
    r"更新通知|更新のお知らせ|更新情報|新着通知|更新提醒|更新通知|新文通知|새\s?글\s?알림|업데이트\s?알림"
    r"|\b(?:update|new[- ]post)\s+(?:notifications?|alerts?|notices?)\b|\bget\s+notified\b",
    re.I)


# the readers' support or tips as what will pay for something
SUPPORT_USE = re.compile(
    r"(?:サポート|チップ|投げ銭|ご支援)[^。]{0,20}?(?:使わせて|使います|使用させて|充てさせて|充てます)"
    r"|(?:打赏|打賞|赞赏|讚賞|赞助|贊助)[^。]{0,12}?(?:用于|用於|用来|用來|拿来|拿來)"
    r"|(?:후원|응원금|팁)[^.]{0,20}?(?:사용하겠|쓰겠|사용됩니다|쓰입니다)"
    r"|\b(?:tips?|donations?|support)\s+(?:you\s+send\s+)?(?:go(?:es)?|will\s+go)\s+(?:towards?|to)\s+(?:buying|more|new)\b",
    re.I)

# the reader's vote pressed as what keeps the writer writing ("추천 눌러 주시면 다음 글 쓰는 데 힘이 됩니다", "いいねを押して
# いただけると励みになります", "点个赞就是我更新的动力", "hitting the like button keeps me writing"): a button pressed, not the
# book recommended ("이 책을 추천합니다, 큰 힘이 됩니다" presses nothing)
VOTE_FUELS = re.compile(
    r"(?:추천|공감|좋아요|하트)\s*(?:버튼)?\s*(?:을|를)?\s*(?:한\s*번\s*)?(?:꾹\s*)?(?:눌러|누르|클릭)[^.!?]{0,30}?(?:다음|힘이|힘을|원동력|동기)"
    # (or the platform's like button named as what strengthens the post's writer, present and polite: "공감은
    # 글쓴이에게 큰 힘이 됩니다"; "그의 공감은 나에게 힘이 되었다" is the story's empathy)
    # (the button its clause's subject, opening it or the readers': "작가의 따뜻한 공감은 저에게 큰 힘이 됩니다" is the
    # author's empathy, a review's: rev-bpchrome37)
    r"|(?<![^\W\d_])(?<![^\W\d_]\s)(?:(?:여러분|이웃님?들?|독자님?들?)\s*의\s*)?"
    r"(?:공감|좋아요|하트)\s*(?:은|이|과|와|,)?[^.!?]{0,15}?(?:글쓴이|블로거|작성자|저|제)\s*(?:에게|한테)\s*(?:큰\s*|많은\s*)?"
    r"(?:힘|원동력)이?\s*(?:됩니다|돼요|되어요|이에요|입니다)"
    # (a subscription or Naver's 이웃 추가 only asked politely: "구독 버튼을 누르는 장면" is a story's)
    r"|(?:구독|이웃\s?추가)\s*(?:버튼)?\s*(?:을|를)?\s*(?:눌러|해)\s?주(?:시면|신다면|셔서)[^.!?]{0,30}?(?:다음|힘이|힘을|원동력|동기)"
    r"|(?:いいね|スキ|ハート|応援クリック|ポチ|(?<!の)読者(?:になる|登録)|フォロー)[^。]{0,20}?(?:押|クリック|タップ|ポチ)[^。]{0,15}?(?:励み|次の記事|更新の)"
    # (the platform's follow button pressed too: "読者になるボタンを押していただけると励みになります", not the book's
    # readers: "この本の読者になる…")
    # (or the reader subscribing, asked in the polite request: Hatena's and Ameblo's "読者になる"/"読者登録" button,
    # a follow: "読者になっていただけると励みになります", "フォローしていただけると励みになります"; Naver's 이웃 추가,
    # a subscription, WeChat's 在看 or a follow fuelling the writer too: "关注和在看是我更新的动力")
    # (not the book's readers: "この本の読者になってくれたら嬉しい" is the review's wish; the blog's are the post's)
    r"|(?:(?<!の)|(?<=ブログの))(?:読者登録|読者に|フォロー)[^。]{0,6}?(?:なって|して)(?:いただける|いただけたら|頂ける|頂けたら|もらえる|もらえたら|くれる|くれたら)"
    r"[^。]{0,15}?(?:励み|次の記事|更新の|嬉し|うれし)"
    r"|(?:点赞|點讚|点个赞|點個讚|按讚|按赞|按个赞|按個讚|关注|關注|点个在看|點個在看|点在看|點在看)[^。]{0,15}?(?:动力|動力|下一篇)"
    r"|\b(?:hitting|pressing|tapping|clicking|a)\s+(?:the\s+)?(?:like|heart|vote|upvote|clap)(?:\s+button)?\b[^.!?]{0,30}?"
    r"\b(?:keeps?\s+me\s+(?:going|writing)|motivates?\s+me|(?:for|with)\s+the\s+next\s+(?:post|review))",
    re.I)


def _leading(pattern: re.Pattern, text: str) -> re.Match | None:
    """The pattern's leftmost match if it starts within the first 12 characters (what ``pattern.search(text)`` finds
    there: ``match`` at a position sees the characters before it, for \\b and look-behinds, as ``search`` does)."""
    # (a guarded pattern's guard is asked once for the text, not at each of the 13 starts, and the pattern itself tried
    # there: its tables of several languages cost ~14 µs a start where the guard's look at the line costs a few)
    if isinstance(pattern, Guarded):
        if not pattern.may_match(text):
            return None
        pattern = pattern.unguarded
    for pos in range(min(13, len(text) + 1)):
        if found := pattern.match(text, pos):
            return found
    return None


def _post_condition(text: str) -> bool:
    """IF_POST's leftmost match, or IF_POST_MORE's when IF_POST has none anywhere, opens the line (within 12
    characters) and does not name the book as what pleased. Each pattern is tried at those 13 starts only; IF_POST
    is searched whole only when IF_POST_MORE opens the line (a later IF_POST match then stands for the condition)."""
    found = _leading(_IF_POST, text)
    if found is None:
        found = _leading(_IF_POST_MORE, text)
        if found is None or IF_POST.search(text):
            return False
    return not _BOOK_SUBJECT.search(text[:found.end()])


# (behind their guards: a line holding none of their words is not scanned, ~0.1 ms a line of their alternations)
_SUPPORT_USE, _VOTE_FUELS = guarded(SUPPORT_USE), guarded(VOTE_FUELS)
# (the conditions opening a line, each tried at a line's first 13 starts by _leading, behind one look of its guard)
_IF_POST, _IF_POST_MORE, _SUPPORT_WISH = guarded(IF_POST), guarded(IF_POST_MORE), guarded(SUPPORT_WISH)


def conditional_ask(block: HtmlElement) -> bool:
    """A short line opening on a condition about the post (or naming its update notices) that asks the reader."""
    if not (text := short_line(block)):
        return False
    # (the tests are all of the line's text and all must hold, so they run cheapest-and-rarest first: the condition
    # opening the line, tried at its first 13 characters only, before the ask's long alternations, ~0.3 ms a page;
    # the score and the notes' rules cost most, ~0.15 ms a line, and go last)
    # (or the reader's wish to support the blog opening the line: "If you want to support my blog, order …")
    support = _SUPPORT_USE.search(text) is not None or _VOTE_FUELS.search(text) is not None \
        or _wished(block, text)
    if not support and not _asked_first(text):
        if not (_post_condition(text) or UPDATE_NOTICE.search(text)):
            return False
        if not (ASK.search(text) or ASK_MORE.search(text)):
            return False
    return not (has_score(text) or a_note(text))


def _wished(block: HtmlElement, text: str) -> bool:
    """The reader's wish to support the blog opens the line (ifpost.SUPPORT_WISH); a wish to support the writer's
    "work" only with a link in the line or the next block (the way to support: a shop's, a tip jar's)."""
    if (found := _leading(_SUPPORT_WISH, text)) is None:
        return False
    if not SUPPORT_WORK.search(found.group()):
        return True
    after = block.getnext()
    return bool(block.xpath(".//a[@href]")) or after is not None and bool(after.xpath("descendant-or-self::a[@href]"))


def _asked_first(text: str) -> bool:
    """The ask first, one of the platform's acts opening the line (ifpost.ACT_OPENS), and the condition about the post
    after it ("Support the blog with a coffee if you found this post useful"): what the act is asked for, between the
    two, is nothing or the house's (ifpost.OWN_OBJECT: the post, the blog, me, us, a coffee), and no part of the line
    names the book as what pleased ("Share the book with a friend if this helped" is the reviewer's advice)."""
    act = ACT_OPENS.match(text)
    if act is None:
        return False
    found = IF_POST.search(text) or IF_POST_MORE.search(text)
    if found is None or found.start() == 0 or _BOOK_SUBJECT.search(text):
        return False
    between = text[act.end():found.start()]
    return not re.search(r"[^\W\d_]", between) or OWN_OBJECT.search(between) is not None


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark a conditional ask among the post's last four lines left (see the module docstring)."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    longest_after = 0
    for i in reversed(live[-4:]):
        block = items[i]
        words = count_words(text_of(block))
        if longest_after < _PROSE and conditional_ask(block):
            drop[i], boxes[i] = RULE, promo_box(block, body)
        longest_after = max(longest_after, words)
