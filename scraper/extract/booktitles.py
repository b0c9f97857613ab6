"""Headline matter around a book's title that is not the book: numbering, anchors, contributors; and CJK titles.

``bookheadline.from_title`` uses these before it splits a headline into title and author:

- a newsletter's or a series' numbering before the post's own title ("Issue #12: …", "No. 4 – …");
- a heading's anchor link that static-site engines leave in its text ("Title¶", "Title #");
- a contributor after the author (", translated by …", "(trans. …)", ", übersetzt von …"), no author of the book;
- a headline that is the page's label ("Customer review"), the page title naming the book after it (``label_tail``);
- Chinese and Japanese titles, which their own brackets mark (『』《》「」), the author's name in hanzi by them;
- a title opened by quotes that close before a remark ("„T”, new edition", ``quote_closed``, read by ``clean_title``).
"""

from __future__ import annotations

import re
import unicodedata

from .bookworkword import work_word
from .bookcjkimprint import imprint, unread
from .bookinfo import is_remark
from .bookjakana import kana_given
from .booktagline import tagline_cut

NUMBERING = re.compile(
    r"^\s*(?:(?:issue|no|nr|n[º°]|number|episode|ep|edition|letter|vol|volume|week|day|part|ausgabe|folge|numéro|número|"
    r"aflevering|numero)\.?\s*#?\s*\d+|#\s*\d+)\s*(?:[:\-–—|.]\s+|$)", re.I)
CREDIT = re.compile(
    r"\s*[,;(\[]\s*(?:and\s+|und\s+|et\s+)?(?:translated|trans(?:l)?\.|tr\.|illustrated|illus\.|edited|ed\.|narrated|read|"
    r"introduced|with\s+(?:an?\s+)?(?:introduction|foreword|afterword)|übersetzt|übers\.|aus\s+dem\s+\w+|traduit|trad\.|"
    r"traduction|traducido|traducción|tradotto|traduzione|traduzido|tradução|vertaald|vertaling|översatt|oversat|oversatt|"
    r"przeł\.|przełożył[a]?|tłum\.|tłumaczenie)\b.*$", re.I)
_ANCHOR = re.compile(r"\s*(?:[¶§🔗]|\s#)+\s*$")
_LEADING_ANCHOR = re.compile(r"^(?:[#¶§🔗]\s+)+(?=\S)")  # (VuePress, VitePress: "<a class=header-anchor>#</a> T")

_CJK_NAME = r"[\u4e00-\u9fff\u3005\u30fb·]{2,8}"  # kanji/hanzi (and the name dot), no kana: a particle is no name
_CJK_BRACKETED = r"[『《「〈]\s*(?P<title>[^』》」〉]{1,60}?)\s*[』》」〉]"
_CJK_END = r"(?=$|[\s―—–\-:：|｜/／、，,（(【\[])"
_CJK_TITLE_NAME = re.compile(
    rf"{_CJK_BRACKETED}\s*(?:[（(]\s*(?P<bracketed>{_CJK_NAME}|[\u4e00-\u9fff\u3005]{{1,6}}[\u3041-\u30ff・]{{1,8}})\s*(?:著|作)?\s*[）)]|"
    rf"(?:[＝=]\s*)?(?P<name>{_CJK_NAME})\s*(?:著|作)?{_CJK_END})"  # (a newspaper's "『T』＝A・著": an equals sign before the credit)
)
# "《T》——A", "『T』――A", "《T》／A": a dash (Chinese 破折号, Japanese ―) or a slash between the title and the author; a
# subtitle or a remark may stand there too ("《T》——重读的夏天"), so the name is a name's length (two to four hanzi, or
# foreign parts joined by a dot), holds no particle and starts with no pronoun or demonstrative ("那年夏天")
_CJK_TITLE_DASH_NAME = re.compile(
    rf"{_CJK_BRACKETED}\s*(?:[—―─]{{1,2}}|[/／])\s*(?P<name>(?![这那我你他她它今本此该該這每某])(?![^\s]*[的之了是和与與在])(?:[\u4e00-\u9fff\u3005]{{2,4}}|"
    rf"[\u4e00-\u9fff\u30a0-\u30ff]{{1,6}}(?:[・·][\u4e00-\u9fff\u30a0-\u30ff]{{1,6}})+))(?:著|作)?{_CJK_END}"
)
# the reviewer's credit before the bracketed title ("青木一郎・評　『T』＝A・著", "王小明・评"): a name with the role "review"
_REVIEWER = re.compile(r"\S{2,}[・·]\s*(?:評|评)$")
_CJK_NAME_TITLE = re.compile(rf"(?:^|[\s―—–\-:：|｜/／、])(?P<name>{_CJK_NAME})\s*(?:著|作)?\s*[:：]?\s*{_CJK_BRACKETED}")
# A chapter's, a section's or an episode's word right before a bracketed title ("第三章《T》", "最后一章《T》", "第2話「T」",
# "最終回『T』", "第3話の「T」", "제3장 「T」", "마지막 화 「T」"): the title is a part's, not the book's, and the word before it is no name.
# The word counts a part (a numeral, "last", "next", "this" before it): a name may end in 章 or 回 (李鸿章).
_NUMERAL = r"[\d０-９一二三四五六七八九十百两兩零〇]"
_PART_BEFORE = re.compile(
    rf"(?:第\s*{_NUMERAL}+|{_NUMERAL}+|最后一?|最後の?|最终|最終|[上下前后後本这這那每首末]一?)\s*[章节節篇话話回集幕]\s*[の的]?\s*$|"
    r"(?:제\s*\d+|\d+|마지막|첫)\s*[장편화회]\s*의?\s*$"
)
# a count where a name would stand: a numeral and its measure word ("一章" one chapter, "两本" two volumes, "第三")
_COUNTED = re.compile(rf"(?:第|最后|最後)?{_NUMERAL}+[个個本部卷册冊章节節篇话話回集巻页頁次遍天年月周週期位名条條句段幕]?")


def part_before(text: str, start: int) -> bool:
    """A chapter's or an episode's word stands before the bracket of the title that begins at `start` ("最后一章《T》")."""
    head = text[max(0, start - 16):start].rstrip()
    return bool(_PART_BEFORE.search(head[:-1] if head.endswith(("《", "『", "「", "〈")) else head))


def counted(name: str) -> bool:
    """A numeral and its measure word ("一章", "两本", "第三"), which stands where a name would but names no one."""
    return bool(_COUNTED.fullmatch(name.strip()))


# "《江边的雾》读后感": words for a review or a reading note after the title, not a name
_CJK_REVIEW = re.compile(r"有感|随想|随感|心得|体会|體會|感想|書評|书评|读后感|讀後感|読後感|笔记|筆記|紹介|介绍|推荐|推薦|评论|評論|解説|书单")


def headline(title: str | None) -> str:
    """A post title without a heading anchor ("¶") or a newsletter's numbering ("Issue #12: …")."""
    title = _LEADING_ANCHOR.sub("", _ANCHOR.sub("", re.sub(r"\s+", " ", title or "").strip()))
    return NUMBERING.sub("", title) or title


# "《江边的雾》封面", "『冬の駅』表紙", "《T》书封实拍": a picture of the book (its cover, a photo of it), as an image's alt text
# or a caption says it, where a name would stand
_CJK_PICTURE = re.compile(r"封面|封底|書影|书影|書封|书封|表紙|表纸|裏表紙|装丁|裝幀|装帧|実物|实拍|實拍|照片|写真|插图|插圖|挿絵|图片|圖片|截图|截圖")


def cjk_title(text: str) -> tuple[str, str] | None:
    """(title, author) from "『海辺の灯台』山田花子", "佐藤一郎『冬の駅』", "李明《江边的雾》", "『冬の駅』（佐藤一郎）"."""
    match = _CJK_NAME_TITLE.search(text)
    match = (match if match and not _REVIEWER.match(match.group("name")) else None) or _CJK_TITLE_NAME.search(text) \
        or _CJK_TITLE_DASH_NAME.search(text)
    name = match and (match.groupdict().get("bracketed") or match.group("name"))
    name = name and re.sub(r"(?<=\S)(?:[・·]\s*(?:著|作)|著)$", "", name)  # "A・著", "A著": the author's role after the name
    name = unread(name) if name and match.re is _CJK_NAME_TITLE else name  # "重读A《T》": a verb of reading glued before the name
    if not name or imprint(name) or _CJK_REVIEW.search(name) or _CJK_PICTURE.search(name) or is_remark(name) or counted(name) or work_word(name):  # "重读《T》", "《T》（全三部）": a remark; "芥川賞作『T』" (bookworkword)
        return None
    if part_before(text, match.start("title")):  # "第三章《T》": a chapter's title
        return None
    if match.groupdict().get("bracketed") and re.search(r"[\uac00-\ud7af]", match.group("title")):
        return None  # "『인간 실격』(人間失格)": a Korean title with its original in hanja or kanji, no name
    return match.group("title").strip(), name.strip("・· ")


def cjk_name(value: str) -> str | None:
    """A name in Chinese or Japanese script as an info line gives it: "李明", "山田 花子", "[中] 李明", "李明 著"."""
    value = re.sub(r"^\s*[\[［(（【〔][^\]］)）】〕]{1,4}[\]］)）】〕]\s*", "", value.strip())  # "[清]": era or country
    value = re.sub(r"\s*[著作编編译訳]{1,2}\s*$", "", value)  # "李明 著": the role after the name
    if not re.fullmatch(r"[\u4e00-\u9fff\u3005\u30a0-\u30ff・·]{1,8}(?:\s[\u4e00-\u9fff\u3005\u30a0-\u30ff・·]{1,8})?", value) or len(value) < 2:
        return None
    # family and given name in kanji/hanzi are one word; a space between them is layout
    return value.replace(" ", "") if re.fullmatch(r"[\u4e00-\u9fff\u3005\s]+", value) else value


# "李明的《江边的雾》", "村上一郎の『海辺の町』", "カレン・ミラーの『冬の庭』", "李明著《江边的雾》": the owner of a bracketed title;
# Chinese also sets the name right before the brackets ("又翻开李明《江边的雾》"): without a particle the name must be
# one the text names again
# An honorific may stand between the name and the particle ("小川一子さんの『T』", "王红老师的《T》"); it says "a person";
# a name of kanji and kana has a given name of two kana or more ("森ひかり"): one is a noun's ending ("絵描きさん")
HONORIFIC = r"(?:さん|さま|様|氏|先生|女史|くん|君|老师|老師|女士)"
# a word for the work's kind may stand between the particle and the brackets ("王某的中篇《T》", "村上某の長編『T』"): a novel,
# a novella, a collection, a new or a best-known work (not a biography, which is about its subject, not by them)
_CJK_KIND = (r"(?:(?:中篇|长篇|長篇|短篇)(?:小说|小說)?(?:集)?|(?:小说|小說|散文|随笔|隨筆|诗|詩)集?|新作|新书|新書|代表作|成名作|处女作|處女作|"
             r"遗作|遺作|名作|作品|長編(?:小説)?|短編(?:小説)?集?|小説|デビュー作|エッセイ集?|詩集)")
_KANJI_KANA = rf"(?<![\u4e00-\u9fff\u3005])[\u4e00-\u9fff\u3005]{{1,4}}(?![のはがをにでとも])[ぁ-ん]{{2,4}}(?={HONORIFIC}の)"
_CJK_OWNED = re.compile(
    rf"(?P<run>[\u4e00-\u9fff\u3005]{{2,8}}?|[\u30a1-\u30ff・ー]{{2,20}}|{_KANJI_KANA})"
    rf"\s*(?P<honorific>{HONORIFIC})?\s*(?P<particle>的|の|之|著)?\s*"
    rf"(?:(?<=[的の]){_CJK_KIND}\s*)?(?P<open>[『《〈])(?P<title>[^』》〉]{{1,60}})[』》〉]"
)  # (〈T〉, a story's or an essay's title in Taiwan's usage: after 的/之 only, in a text that brackets no book in 《》/『』)
# a word of writing after 〈T〉 ("〈T〉寫於…", "〈T〉這篇小說", "，寫得…"), a writing's kind before it ("A的短篇〈T〉") or a
# verb of reading before the name ("讀A的〈T〉"): 〈〉 names a song, a painting, a film as well ("A的名作〈T〉": any medium's)
_WRITING_KIND, _READ_BEFORE = re.compile(r"[說说説文詩诗篇書书編集]"), re.compile(r"[读讀読][完了過过]{0,2}[\u4e00-\u9fff]{2,4}$")
_WRITTEN_AFTER = re.compile(r"\s*[，,、：:]?\s*(?:是|為|为|這|这|那|此)?一?(?:篇|部|本|首(?=[詩诗]))?\s*"
                            r"(?:寫|写|發表|发表|收錄|收录|刊於|刊于|一文|小說|小说|散文|短篇|文章|故事|詩|诗|筆下|笔下)")
_NOT_OWNER = re.compile(r"^[这那我你他她它今本此该該這每某]")  # "这本书的", "今年的": pronouns and demonstratives


def _after_kana(run: str, match: re.Match, text: str) -> list[str]:
    """A Japanese name of three or four kanji after a particle ("…に森山一郎の『T』"): hiragana ends the word before it,
    so the run is a word of its own; one that ends like a work or a time ("代表作", "二〇二〇年") is no name."""
    if match.group("particle") == "の" and 3 <= len(run) <= 4 and match.start() > 0 \
            and re.match(r"[\u3041-\u309f]", text[match.start() - 1]) and not re.search(r"[作書本集版巻編篇品年月日題]$", run):
        return [run]
    return []


# Chinese words that end the phrase before a noun ("终于把陈某的《T》", "读完了李某的《T》", "和王某的《T》"): the
# object markers 把/将, verbs of reading and their endings (读/看/翻/了/完/过), "and"/"with" (和/与/跟/同), "to"/"from"
# (对/给/从/向), 是; and the family names Chinese is written with: the commonest hundred or so cover nearly every
# person (simplified and traditional forms). A name is a family name and one or two given characters after such a word.
FUNCTION_WORD = "把将將读讀看翻了完过過和与與跟同对對给給从從向是被在"
_FAMILY = set(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于"
    "蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍"
    "史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯柯鲁魯巴舒季阎閻聂聶齐齊易康伍殷祝骆駱贝貝苗鲍鮑乔喬"
    "班毕畢迟遲葛闻聞阮"  # (and a few rarer ones of writers old and new: 班固, 毕飞宇, 迟子建, 葛亮, 闻一多, 阮籍)
)


def _after_function_word(run: str, match: re.Match) -> list[str]:
    """The name after the last function word in a Han run before 的《T》 ("终于把陈某某" → "陈某某"): a family name
    and one or two more characters."""
    if match.group("particle") != "的":
        return []
    cut = max(run.rfind(c) for c in FUNCTION_WORD)
    name = run[cut + 1:] if cut >= 0 else ""
    return [name] if 2 <= len(name) <= 3 and name[0] in _FAMILY else []


def cjk_owner(text: str, whole: str | None = None, title: str | None = None) -> tuple[str, str] | None:
    """(title, author) from "Name的《Title》" in Chinese or "Name の『Title』" in Japanese text.

    Han text has no spaces: the name is the end of the run before 的/の that the text names again (or the whole
    run, when it opens a clause or an honorific follows it: "小川一子さんの『T』"); a katakana name is the whole run.
    `whole` is the post's text (default `text`); with `title`, only that title's owner.
    """
    whole = whole or text
    for match in _CJK_OWNED.finditer(text):
        if title is not None and match.group("title").strip() != title:
            continue
        run = match.group("run")
        if part_before(text, match.start("title")) or match.group("open") == "〈" and (
                match.group("particle") not in ("的", "之") or "《" in whole or "『" in whole
                or not _WRITING_KIND.search(text, match.end("particle"), match.start("open"))
                and not _WRITTEN_AFTER.match(text, match.end())
                and not _READ_BEFORE.search(text, max(0, match.start("particle") - 8), match.start("particle"))):
            continue  # ("最后一章《T》": a chapter's; "〈T〉" beside a book in 《》: a part of it; no kind, writing, reading)
        if re.fullmatch(r"[\u30a1-\u30ff・ー]+", run):
            names = [kana_given(text, match.start("run"), run.strip("・"))] if match.group("particle") or match.group("honorific") else []  # (bookjakana)
        else:
            names = [] if re.search("[ぁ-ゟ]", run) else [run[-n:] for n in (5, 4, 3, 2) if n <= len(run)]  # (5: 姓名)
            opens = match.start() == 0 or re.match(r"[\s、。，,：:「『《（(]", text[match.start() - 1])
            # after an honorific the run is a person's name, whole where a clause or hiragana ends the word before it
            honoured = match.group("honorific") and len(run) <= 5 and (opens or re.match(r"[\u3041-\u309f]", text[match.start() - 1]))
            names = [n for n in names if whole.count(n) >= 2] or ([run] if honoured or len(run) <= 4 and match.group("particle") and opens
                                                                  else []) or _after_kana(run, match, text) or _after_function_word(run, match)
            if not match.group("particle"):  # "读完《T》", "重读《T》": a verb of reading, not a name
                names = [n for n in names if not is_remark(n) and not _CJK_REVIEW.search(n) and not re.search(r"[读讀読评評看买買]", n)]
        name = next((n for n in names if not _NOT_OWNER.match(n) and len(n) >= 2 and not counted(n)), None)
        if name:
            return match.group("title").strip(), _dotted_given(text, match.start("run"), name) if name == run else name
    return None


# A foreign name in Chinese letters joins its given names and surname with a middle dot ("约翰·斯坦贝克", "玛丽·雪莱"):
# Han parts of one to four letters, each ended by the dot, the first opening a clause
# letters no given name is written with: pronouns, particles, verbs of reading or buying ("看了保罗·" opens a clause)
_NOT_GIVEN = re.compile(r"[我你他她它们們了的是在和与與及看读讀読评評买買把被给給这這那]")
_DOTTED_GIVEN = re.compile(r"(?:^|(?<=[\s，。、；：:,!?！？「『“《（(]))((?:[\u4e00-\u9fff]{1,4}[·・‧•])+)$")


def _dotted_given(text: str, start: int, surname: str) -> str:
    """The full name where the dotted given names stand right before the surname the owner rule found ("保罗·" before
    "格雷厄姆"); none of them a word of reviewing or a kind of work ("书评·余华" is a column's label, no given name)."""
    found = _DOTTED_GIVEN.search(text[:start])
    parts = re.split(r"[·・‧•]", found.group(1))[:-1] if found else []
    if not parts or any(_CJK_REVIEW.search(p) or re.fullmatch(_CJK_KIND, p) or is_remark(p) or _NOT_GIVEN.search(p) for p in parts):
        return surname
    return found.group(1) + surname


# a Chinese name opening a clause as the one who writes ("《T》是萧某在上海写成的", "白某某用十个短篇，写了…", "这是萧某写于九十年代
# 的长篇"): the name, a place or means at most (在…, 用…), then 写/寫 with its ending (写成, 寫了, 写下, 写于 "written in";
# not a letter, 写了一封信, or a diary); a word for the book, its writer or people is no name
CJK_WRITER = re.compile(r"(?:^|(?<=[，。！？、：；\s是由]))(?P<name>[\u4e00-\u9fff]{2,3}?)"
                         r"(?:在[^，。！？《]{1,8}?|用[^。！？《]{1,12}?[，,]?)?(?:写|寫)(?:成|了|下|出|的|于|於)(?!一封|[信日])")
# the clauses that tie a writer to the book itself where the opening sets no title (``cjk_writer``): "这是A写于…的长篇",
# "這部小說是A寫於…的作品" (A after 是, a word for the book closing the clause), "A用三年，写成了这部…" (the book as
# "this" after the verb); not a character's "A写下的那些话" nor a noun's "笔记写于去年冬天"
_HEADLINE_ONLY = re.compile(
    r"(?<=是)[\u4e00-\u9fff]{2,3}?(?:在[^，。！？《]{1,8}?)?(?:写|寫)(?:于|於|成)[^。！？]{1,20}?的(?:长篇|長篇|小说|小說|作品|书|書)|"
    r"[\u4e00-\u9fff]{2,3}?(?:在[^，。！？《]{1,8}?|用[^。！？《]{1,12}?[，,]?)?(?:写|寫)(?:成|下|出)?了?(?:这|這)(?:部|本)")
NOT_WRITER = re.compile(r"[作者书書们們说說里裡中文章篇本这這那我你他她它我]")


def cjk_writer(lines: list[str], whole: str, marked: str | None = None) -> tuple[str, str] | None:
    """(title, author) from opening lines that set one title in 《》/『』 and then name the one who wrote it as a
    clause's subject ("《T》是萧某在上海写成的", "…《T》…。\n白某某用十个短篇，写了…"): a name the text (`whole`, with the
    tags) names again; a name that writes another bracketed title ("她写过《T2》") is that book's. Opening lines that
    set no title at all speak of the one the headline sets (`marked`: "读《T》：…" over "这是萧某写于…的长篇"): there only
    that committed clause names the writer (``_HEADLINE_ONLY``), never a character who writes or a noun."""
    text = "\n".join(lines)
    titles = {m.group(1).strip() for m in BRACKETED.finditer(text) if not part_before(text, m.start(1))}
    headline_only = not titles and bool(marked)
    titles = {marked} if headline_only else titles  # (the headline's title: the clause may open the text)
    if len(titles) != 1 or (marked and marked not in titles):
        return None
    title = titles.pop()
    first = 0 if headline_only else text.find(title)
    for match in CJK_WRITER.finditer(text, first):
        name = match.group("name")
        if headline_only and not _HEADLINE_ONLY.match(text, match.start()):
            continue  # (the headline's book alone: only a clause tied to the book, "这是A写于…的长篇")
        if NOT_WRITER.search(name) or is_remark(name) or counted(name) or whole.count(name) < 2 \
                or "《" in text[match.end():match.end() + 6] or "『" in text[match.end():match.end() + 6]:
            continue
        return title, name
    return None


def cjk_bracketed(text: str) -> str | None:
    """The one title a headline sets in 『』 or 《》 (several make a list; a chapter's, "第三章《T》", is no book's)."""
    titles = [m.group(1) for m in BRACKETED.finditer(text) if not part_before(text, m.start(1))]
    return titles[0] if len(titles) == 1 else None


BRACKETED = re.compile(r"[『《]\s*([^』》]{1,60}?)\s*[』》]")


# a page title that goes on from the headline past one or two lower-case words and a colon; a site's name after a bar
_LABEL_TAIL = re.compile(r"((?:\s+[^\W\d]+){1,2})\s*:\s+(.{2,160})")
_SITE_CUT = re.compile(r"\s+[|–—·•]\s+|\s+-\s+")


def label_tail(other: str, headline_: str) -> str | None:
    """What a page title that opens with the headline names after it, one or two lower-case words and a colon
    ("Customer review for: T | Shop" under the headline "Customer review"): None for a headline that is a title
    with its subtitle ("Middlemarch: A Study …") or a page title that does not open with the headline."""
    if not headline_ or not other.casefold().startswith(headline_.casefold()):
        return None
    match = _LABEL_TAIL.fullmatch(other[len(headline_):])
    if not match or not match.group(1).islower():  # a word for "for", "of", "about"
        return None
    return _SITE_CUT.split(match.group(2))[0].strip() or None


# a shop's word for what it sells, before a book's title on its page ("Книга Інтернат", "کتاب جای خالی سلوچ", "E-book T",
# "Livro T", a shop's "Livro - T" with a dash between): the product's kind, not the title's first word
# (the longer of two that begin alike first: "کتاب صوتی" before "کتاب")
PRODUCT_WORD = re.compile(
    r"^(?:книга|книжка|електронна\s+книга|электронная\s+книга|аудиокнига|аудіокнига|kniha|e-kniha|książka|e-?book|ebook|"
    r"audiobook|hörbuch|livre\s+audio|livre|audiolivro|livro|audiolibro|libro|luisterboek|boek|kitap|"
    # ro, hu, hr/bs/sr/sl, lt, lv, et, fi, sv/no, de, el, ca, vi, id/ms (the plain word; an audio or e-book's before it)
    r"carte\s+audio|carte|hangosk[öo]nyv|e-?k[öo]nyv|k[öo]nyv|e-?knjiga|knjiga|књига|audiokniha|knyga|gr[āa]mata|raamat|"
    r"[äa][äa]nikirja|kirja|ljudbok|lydbok|bok|e-?buch|buch|βιβλίο|llibre|sách|buku|کتاب\s+صوتی|کتاب|كتاب\s+صوتي|كتاب|ספר|책|전자책|书籍|書籍|電子書|电子书)(?:\s+[-–—]\s+|\s*:\s+|\s+)(?=\S)", re.I)


# an opening quote mark and the mark that closes it (a straight quote closes itself)
_OPENING_QUOTES = {"«": "»", "“": "”", "„": "“", "‘": "’", "\"": "\"", "»": "«", "「": "」", "『": "』", "《": "》"}


def product_word(title: str, text: str) -> str:
    """The title without a shop's leading word for its kind, when the page (`text`: its text and images' alt text)
    names the rest on its own too ("Книга Балтиморов" named only whole is a title)."""
    match = PRODUCT_WORD.match(title)
    if not match:
        return title
    rest = title[match.end():].strip()
    if rest[:1] in _OPENING_QUOTES:  # "Книга «T»", 'Kitap "T"': the quotes set the title apart from the kind word
        quoted = rest[1:].split(_OPENING_QUOTES[rest[0]], 1)[0].strip()
        return quoted if quoted and not quoted.startswith(tuple(_OPENING_QUOTES)) else title
    own = re.compile(rf"(?<!\w){re.escape(rest)}(?!\w)", re.I)
    whole = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)", re.I)
    return rest if len(own.findall(text)) > len(whole.findall(text)) else title  # (each whole holds the rest once)


BRACKETED = re.compile(r"[《『]([^》』]{1,60})[》』]")


def tagged_han_author(text: str, tags: list[str], person=None, headline: str = "") -> tuple[str, str] | None:
    """A Chinese (or, with `person` telling a Korean name, Korean) post's book by its tags: a title the text sets in
    《》 or 『』 that a tag names too, and the one tag shaped as a name (a Chinese family name and one or two
    characters) that the text never writes: the hashtags name the book and its author, the text says "the author"
    ("#邱某某 #《T》 #讀書心得", "#무진기행 #김승옥"). Or a title no tag names that the `headline` names, unbracketed
    ("读完T，…" over a text that writes 《T》): the headline says which bracketed book the post is about. Or, where the
    text brackets no title at all ("同名的那一篇", "this book"), the one title the headline brackets ("《T》：remark"):
    then only a tag whose given name the headline does not say alone ("《T》 - 영혜가 쓴 일기" over the tag 김영혜: a
    character called by name). (The tags are the post's own: ``booktags`` reads none in a sidebar or the site's
    header.)"""
    tagged = {t.strip("《》『』# ") for t in tags}
    titles = [t for t in dict.fromkeys(BRACKETED.findall(text)) if t in tagged]
    titles = titles or [t for t in dict.fromkeys(BRACKETED.findall(text)) if headline and len(t) >= 2 and t in headline]
    headline_only = not titles and not BRACKETED.search(text)
    titles = titles or ([t] if headline_only and (t := cjk_bracketed(headline)) else [])
    names = [t for t in tagged if t not in text and t not in titles and (
        re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) and t[0] in _FAMILY or person is not None and person(t))]
    if headline_only and names:
        names = [t for t in names if t[1:] not in headline.replace(titles[0] if titles else "\0", "")]
    return (titles[0], names[0]) if len(titles) == 1 and len(names) == 1 else None


# the title part of a headline, against the text (`context`: book.Context)

def unbracketed(title: str, context) -> str:
    """"Journey by Moonlight (Utas és holdvilág)": a bracketed phrase after the title (the original's title, a series)
    that the text leaves off when it names the book is no part of its title."""
    match = re.fullmatch(r"(.+?)\s*[(\[]([^()\[\]\d]{2,60})[)\]]", title)
    if context is None or not match or context.mentions(title):
        return title
    # (the text names it without; or the bracket is written in other letters: accents, another script)
    def letters(text: str) -> set[str]:
        return {"ascii" if c.isascii() else unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}
    other = len(match.group(2).split()) >= 2 and letters(match.group(2)) != letters(match.group(1))
    return match.group(1) if context.mentions(match.group(1)) or other else title


def mentioned_part(title: str, context) -> str:
    """"READ: The Lantern Room", "Five stars for The Lantern Room": when the text never names the headline's part
    whole, the book is the part after a label's colon, or after the post's own (lower-case) words, that it names."""
    if context is None or context.mentions(title) or len(title.split()) < 2:
        return title
    cuts = [m.end() for m in re.finditer(r":\s+|\s/\s*", title)]  # (a catalogue's own label before a slash: "Library Catalog /T")
    # after a lower-case word that title case would capitalise ("loved", "stars"), not "and", "of", "the"
    small = r"(?:and|or|nor|but|as|for|of|the|a|an|to|in|on|at|with|from|about|by)"
    cuts += [m.end() for m in re.finditer(rf"(?<!\S)(?!{small}\s)[a-zà-ÿ][\w’']*\s+(?:{small}\s+)*(?=[A-Z0-9À-Þ])", title)]
    parts = sorted({title[c:].strip() for c in cuts if len(title[c:].split()) >= 2}, key=len, reverse=True)
    return next((p for p in parts if context.mentions(p)), None) or tagline_cut(title)  # (booktagline)



def title_character(name: str, title: str) -> bool:
    """A person whose surname is a word of the title is the book's hero ("Le Grand Meaulnes": Augustin Meaulnes),
    found in the text by the rescue's looser cues, not its author."""
    words = {w.casefold() for w in re.findall(r"\w+", title)}
    return len(name.split()) > 1 and len(name.split()[-1]) > 3 and name.split()[-1].casefold() in words


# a title opened by a quote whose close comes before the rest of the line: a comma, a semicolon, a bracket or a spaced
# dash, then more words ("„T”, new edition", "«T» (Publisher)", "“T” – my copy"): the quotes say where the title ends
_QUOTED = r"(?:„([^„“”]{1,120})[“”]|«\s*([^«»]{1,120}?)\s*»|“([^“”]{1,120})”|»([^»«]{1,120})«)"
_OPENS_QUOTED = re.compile(_QUOTED + r"(?=\s*(?:[,;(]|\s[–—-]\s)\s*\S)")

# (or a remark in lower case right after the close, a few words with no quote of their own: "»T« neu gelesen",
# "«T» revisitado", "“T” revisited", "„T” po latach": a title's own words after a quoted work open in capitals)
_QUOTED_THEN = re.compile(_QUOTED + r"\s+(?P<rest>[^\W\d_][^„“”«»\"]{0,40})$")


def quote_closed(text: str) -> str:
    """The quoted title a line opens with, without the remark after its closing quote; else the line."""
    match = _OPENS_QUOTED.match(text) if text[:1] in "„«“»" else None
    if match is None and text[:1] in "„«“»" and (then := _QUOTED_THEN.match(text)) and then["rest"][0].islower() \
            and len(then["rest"].split()) <= 4 and not then["rest"].rstrip().endswith((".", "!", "?")):
        match = then
    return next(g for g in match.groups() if g).strip() if match else text


FAMILY = _FAMILY  # (public for bookrescue)
