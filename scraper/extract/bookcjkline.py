"""A book's record line as Korean, Japanese and Chinese papers and shops set it above or below a review:

- title, author with the role word, publisher and price in brackets: "T　A著（出版社、825円）", "『T』 A 지음 (출판사, 2019)";
- the bracketed title and the author with the role word, each part set off by a slash: "《T》／A著／出版社";
- the author, a comma and the bracketed title, alone on a line: "A, 『T』.", "A，《T》" (the text names A again), a story's
  with the book that holds it after another comma and the word for "included in": "A, 「T」, 『C』(출판사, 2005) 수록",
  where the text brackets no other book (a review's closing source of a passage it quoted is no record of its book);
- the bracketed title, the bare name and the details after a slash, the closing record line of a blog's note:
  "『T』A／文庫", "《T》A / 出版社 / 2019": a name of Han or Hangul only, the details a publisher's, an imprint's or a
  year's (a slash alone sets pairs of names or categories apart), the surname said again in the text; or, where the
  review never names its author, the line standing alone as the post's first or last, the details a known house
  (``bookcjkimprint.imprint``) and no other line of the post so shaped (a list of books to read next has several),
  no colon ending the line before it ("次に読む本：", a pointer to the next book) and no other bracketed title in the
  post's lines (the review's own book is that one);
- the bracketed title, the bare name and the details in brackets, as a caption under a cover gives it: "『T』A（文庫）",
  "《T》A（出版社，2023）", "『T』 A (출판사, 2019)": a name of Han or Hangul only (no kana: "『T』を読んだ（…）"), no
  edition's or volume's word ("『T』新装版（…）"), whose surname (its first two characters) the text says again, or, a
  name of four characters or more, its last two: a Japanese review calls a pen name by its given part ("漱石", "鴎外").

Any of these may follow a record's label and its colon ("作品：「T」A（1925年）", "書名：『T』A著（…）", "책: 『T』 A 지음
(…)", "书目：《T》A著／…"): the label words of a work, a book, a title or the book's details (``_LABEL``), never a
rating's or another field's.

The name is a run of Hangul (two to four syllables, one space at most) or of Han and kana; the role word, the
brackets or the details (a price, a year, a publisher's word) mark the line as a record, not a sentence.
"""

from __future__ import annotations

import re

from .book import Context
from .bookcjkimprint import fronted_cited, imprint
from .bookinfo import is_remark
from .booktitles import counted

_NAME = r"(?:[\uac00-\ud7a3]{2,4}|[\uac00-\ud7a3]{1,3}\s[\uac00-\ud7a3]{1,3}|[\u4e00-\u9fff\u3005\u3040-\u30ff・]{2,10})"
_ROLE = r"(?:著|作|編著|编著|지음|저|글)"
_OPEN, _CLOSE = "『《「〈", "』》」〉"
# "T　A著（…）" (the title unbracketed, a space before the name) or "『T』A著（…）"
_TITLED = re.compile(
    rf"^(?:[{_OPEN}](?P<bracketed>[^{_CLOSE}]{{1,60}})[{_CLOSE}]\s*|(?P<plain>[^\s{_OPEN}{_CLOSE}（()]{{1,40}})\s+)"
    rf"(?P<name>{_NAME})\s?{_ROLE}\s*[（(](?P<details>[^）)]{{2,60}})[）)]\s*[.。]?$")
# a record's details: a price, a year, or a publisher's word
DETAILS = re.compile(r"\d[\d,]*\s*(?:円|원|元|圓)|(?:19|20)\d\d|文庫|新書|出版|書房|書店|社|출판|북스|책방|books?", re.I)
# "『T』A（details）": the title bracketed, the name bare (Han or Hangul), the details in brackets
_BARE = re.compile(rf"^[{_OPEN}](?P<title>[^{_CLOSE}]{{1,60}})[{_CLOSE}]\s*(?P<name>[\u4e00-\u9fff\u3005]{{2,5}}|[\uac00-\ud7a3]{{2,4}})"
                   r"\s*[（(](?P<details>[^）)]{2,60})[）)]\s*[.。]?$")
# "『T』A／文庫", "《T》A / 出版社 / 2019": the title bracketed, the name bare (Han or Hangul), the details after a slash
_BARE_SLASHED = re.compile(rf"^[{_OPEN}](?P<title>[^{_CLOSE}]{{1,60}})[{_CLOSE}]\s*(?P<name>[\u4e00-\u9fff\u3005]{{2,5}}|[\uac00-\ud7a3]{{2,4}})"
                           r"\s*[／/｜|]\s*(?P<details>[^／/｜|]{1,30}(?:\s*[／/｜|]\s*[^／/｜|]{1,30}){0,3})\s*[.。]?$")
# what stands there that is no name: an edition, a volume, a set, a change of form ("文庫化"), a reading note ("感想")
NOT_NAME = re.compile(r"[化版巻卷冊册集全]|上下|感想|後感|后感|书评|書評|読了|读完|再読|重读|重讀")
# "A, 『T』." alone on its line; a story's, "A, 「T」, 『C』(출판사, 2005) 수록", with the book that holds it and the word
# for "included in" (without it, "A, 『T』, 『U』(…)" lists two books); or the book's details after more commas, as a
# Chinese citation closes a note, "A，《T》，出版社，2017。" (a house's word or a year among them, no other title)
_NAMED = re.compile(rf"^(?P<name>{_NAME})\s*[,，、]\s*[{_OPEN}](?P<title>[^{_CLOSE}]{{1,60}})[{_CLOSE}]"
                    r"(?:\s*[,，、]\s*[『《][^』》]{1,60}[』》]\s*[（(](?P<details>[^）)]{2,60})[）)]"
                    r"\s*(?:수록|所収|収録|收录|收錄)|(?P<trail>(?:\s*[,，、]\s*[^,，、。.『』《》「」〈〉]{1,30}){1,3}))?\s*[.。]?$")

# "《T》／A著／出版社", "『T』 / A 지음 / 출판사 / 2019": the bracketed title, then the name with its role word, each part set
# off by a slash or a bar (a caption under a cover, a record line), the publisher, translator or year after
_SLASHED = re.compile(rf"^[{_OPEN}](?P<title>[^{_CLOSE}]{{1,60}})[{_CLOSE}]\s*[／/｜|]\s*(?P<name>{_NAME})\s?{_ROLE}\s*"
                      r"(?:[／/｜|]\s*[^／/｜|]{1,40}){0,4}[.。]?$")

# "『T』A著／出版社／本体550円", "《T》李明 著 / 出版社": the same record with no slash between the bracketed title and the name
# (its role word and the slashed details after it set the line apart), the name no run of kana opening a sentence
_GLUED = re.compile(rf"^[{_OPEN}](?P<title>[^{_CLOSE}]{{1,60}})[{_CLOSE}]\s*(?![\u3040-\u309f])(?P<name>{_NAME})\s?{_ROLE}\s*"
                    r"(?:[／/｜|]\s*[^／/｜|]{1,40}){1,4}[.。]?$")
# "《T》，A著。", "『T』, A 지음, 출판사": the bracketed title, a comma, the name with its role word (then a publisher, a year
# after commas), the closing line a Chinese paper sets under a review; the name plain Han or Hangul (a foreign one in
# Han with its middle dot), never a phrase of "of" or "this" ("大师之作", "本书之作")
_COMMA_CREDITED = re.compile(rf"^[{_OPEN}](?P<title>[^{_CLOSE}]{{1,60}})[{_CLOSE}]\s*[,，、]\s*"
                             r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·・‧][\u4e00-\u9fff]{1,8}|[\uac00-\ud7a3]{2,4})"
                             rf"\s?{_ROLE}\s*(?:[,，、]\s*[^,，、。.]{{1,30}}){{0,3}}[.。]?$")
_NOT_COMMA_NAME = re.compile(r"[之的本此该該这這其一]")
# one list mark before a record line ("★『T』A著／…", "■《T》…"), a bullet, not a row of stars (a score)
_MARK = re.compile(r"^[★☆■□◆◇●○◎▼▽▶▷►・※•](?![★☆])\s*")
# a record's label and its colon before the line: the work, the work's name, the book, the title, the book read this
# time, the details (ja, zh in both forms, ko); a cheap test (a colon among the first eight characters) first
_LABEL = re.compile(
    r"^(?:作品名?|対象作品|原作|書名|书名|題名|题名|タイトル|本|書籍|书籍|書目|书目|書籍情報|书籍信息|图书|圖書|今回の(?:一冊|本|作品)|"
    r"課題本|取り上げた(?:本|作品)|紹介した本|今日の一冊|今月の一冊|本书|本書|作品信息|作品資料|"
    r"작품명?|책|도서명?|제목|서명|책\s*정보|도서\s*정보|이\s*책|오늘의\s*책)\s*[:：]\s*(?=[『《「〈])"
)
# a bibliographic record's label (ja, zh in both forms, ko: the book's bibliographic data, its details, its source
# book), before a record that names the author first: "書誌：A『T』文庫", "书目信息：A《T》，出版社", "서지: A 『T』, 출판사"
_RECORD_LABEL = re.compile(
    r"^(?:書誌|書誌情報|書籍情報|書籍データ|本の情報|書目|书目|书目信息|書目資料|书志|書志|图书信息|圖書資訊|"
    r"서지|서지\s*정보|책\s*정보|도서\s*정보)\s*[:：]\s*")
# "A『T』details", "A著《T》（出版社）": the name first (its role word perhaps), the book's bracketed title (『』 or 《》,
# never 「」, a quotation's or a chapter's as often as a book's), then a house, an imprint or a year
_FRONTED = re.compile(rf"^(?P<name>{_NAME})\s?{_ROLE}?\s*[『《](?P<title>[^』》]{{1,60}})[』》]\s*[,，、]?\s*"
                      r"[（(]?(?P<details>[^）()]{2,40})[）)]?\s*[.。]?$")


# the role word closing the name run: the author's ("森川沙織著", taken off), or a translator's or an editor's ("李文俊译",
# "村上春樹訳", "정영목 옮김", "…協会編"): a record that names the translator or the editor first names no author there
_AUTHOR_END = re.compile(r"\s?(?:編著|编著|著|지음)$")
_OTHER_ROLE_END = re.compile(r"(?:[訳译譯編编]|\s(?:옮김|번역|역|엮음|편))$")


def labelled_front(line: str) -> tuple[str, str] | None:
    """(title, author) of a bibliographic record's line under its label, the name before the title: the label marks the
    line as the book's details (no review's sentence opens so), the details after the title a house's or a year's; the
    name no house's ("潮風文庫『T』2019年") and not the translator's or the editor's."""
    label = _RECORD_LABEL.match(line)
    match = _FRONTED.match(line[label.end():]) if label else None
    if not match or not (DETAILS.search(match.group("details")) or imprint(match.group("details"))):
        return None
    name = match.group("name").strip()
    if _OTHER_ROLE_END.search(name) or DETAILS.search(name) or imprint(name):
        return None
    name = _AUTHOR_END.sub("", name)
    return None if NOT_NAME.search(name) or is_remark(name) or counted(name) or len(name) < 2 \
        else (match.group("title").strip(), name)


def _sole_record(line: str, lines: list[str]) -> bool:
    """The labelled record is the post's one (a list or a catalogue labels several: which one?), and no pointer to
    another book leads to it ("次に読む本：", "同じ作者の次の一冊はこちら。": a short line with a pointer's word just before)."""
    records = {found for other in lines if (found := labelled_front(_MARK.sub("", other.strip(), count=1)))}
    if len(records) > 1:
        return False
    at = next((i for i, other in enumerate(lines) if line in other), 0)
    before = lines[at - 1].strip() if at > 0 else ""
    return not (before and len(before) <= 30 and _POINTER_WORD.search(before))

# "T／A（文庫）", "T / A (출판사, 2019)", "T／A著": the title unbracketed, a slash, the name (Han, Hangul, or katakana set
# off by a middle dot: no plain word of kana), its role word or the details in brackets (a book card's line beside
# its cover); the name said again in the text, since a bare title and a slash alone read like a category's path
_PLAIN_SLASHED = re.compile(r"^(?P<title>[^\s／/｜|『』《》「」〈〉（()）。、，,！？!?:：][^／/｜|『』《》「」〈〉（()）。、，,！？!?:：]{0,39}?)\s*[／/]\s*"
                            r"(?P<name>[\u4e00-\u9fff\u3005]{2,5}|[\u30a0-\u30ff]{1,8}(?:[・･][\u30a0-\u30ff]{1,8})+|[\uac00-\ud7a3]{2,4}|"
                            rf"[\uac00-\ud7a3]{{1,3}}\s[\uac00-\ud7a3]{{1,3}})\s?(?P<role>{_ROLE})?\s*(?:[（(](?P<details>[^）)]{{2,60}})[）)])?\s*[.。]?$")


def _plain_slashed(line: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of a line "T／A（details）" whose name the text says outside the line."""
    match = _PLAIN_SLASHED.match(line)
    if not match or not (match.group("role") or match.group("details") and DETAILS.search(match.group("details"))):
        return None
    title, name = match.group("title").strip(), match.group("name")
    if NOT_NAME.search(name) or is_remark(name) or counted(name) or name in title or context.text.count(name) <= line.count(name):
        return None
    return title, name


def credit_line(line: str, elsewhere: str) -> bool:
    """The line is a record that credits its bracketed title to a name with the role word ("《T》，A著。", "『T』A著／出版社",
    "『T』 / A 지음 / 출판사"), a name whose surname the text outside the line says: the review's own record, never the
    lead-in of an ask set after it (``leadin``)."""
    line = _MARK.sub("", line.strip(), count=1)
    if len(line) > 120 or line[:1] not in _OPEN:
        return False
    for pattern in (_COMMA_CREDITED, _GLUED, _SLASHED, _TITLED):
        match = pattern.match(line)
        name = match.group("name").strip() if match else ""
        if match and not NOT_NAME.search(name) and not is_remark(name) and name[:2] in elsewhere:
            return True
    return False


def _parts(name: str) -> tuple[str, ...]:
    """The parts of a bare Han or Hangul name a review calls its author by: the surname (the first two characters), and
    for a name of four characters or more the given name (the last two: "江戸川乱歩" is "乱歩" in the text), not for a
    house's name ("岩波書店": "書店" is any bookshop)."""
    return (name[:2], name[-2:]) if len(name) >= 4 and not imprint(name) else (name[:2],)


def _closing(line: str, lines: list[str]) -> bool:
    """The slashed record stands alone at the post's edge (`lines` run from its first lines to its last): the first or
    the last line of a post of more than it, its details a house's name, its name bare, no other line so shaped."""
    match = _BARE_SLASHED.match(line)
    # (a name with its role word glued on, "A著／…", is _GLUED's record, read only where the text says the name again)
    if len(lines) < 2 or not match or _ROLE_END.search(match.group("name")) \
            or not imprint(_SLASH.split(match.group("details"))[0].strip()):
        return False
    if lines[-1].strip().endswith(line) and _POINTER.search(lines[-2].rstrip()):
        return False  # (the line a pointer's colon leads to, "次に読む本：": a book to read next, not the one read)
    if any(_OTHER_TITLE.search(other) for other in lines if line not in other):
        return False  # (the text sets another bracketed title: the review's book is that one)
    edges = {_MARK.sub("", lines[0].strip(), count=1), _MARK.sub("", lines[-1].strip(), count=1)}
    shaped = {other for other in lines if _BARE_SLASHED.match(_MARK.sub("", other.strip(), count=1))}
    return line in edges and len(shaped) == 1


_SLASH = re.compile(r"\s*[／/｜|]\s*")
_ROLE_END = re.compile(f"{_ROLE}$")
# (a book's brackets only: 「」 in the body is dialogue or a quoted phrase as often as a title)
_OTHER_TITLE = re.compile(r"『[^』]{1,40}』|《[^》]{1,40}》")


def _other_than(title: str, text: str) -> bool:
    """`text` brackets a book other than `title` (a closing citation of a quoted passage's source, "A，《S》，House，
    1973。", in a review whose text brackets the book it reviews, is the epigraph's)."""
    return any(found[1:-1].strip() != title.strip() for found in _OTHER_TITLE.findall(text))


# a pointer to another book, its colon last: next, recommended, similar (ja, zh, ko)
_POINTER_WORD = re.compile(r"(?:次(?:に|の|は|回)|つぎ|おすすめ|オススメ|お勧め|お薦め|推荐|推薦|下一本|接下来|接下來|下次|类似|類似|추천|다음)")
_POINTER = re.compile(_POINTER_WORD.pattern + r"[^:：]{0,12}[:：]$")


def cjk_record(lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a CJK record line among `lines` (the post's first lines and its last)."""
    for line in lines:
        line = _MARK.sub("", line.strip(), count=1)
        if len(line) > 120:
            continue
        if ":" in line[:8] or "：" in line[:8]:
            if found := labelled_front(line):  # "書誌：A『T』文庫"
                if _sole_record(line, lines):
                    return found
                continue
            line = _LABEL.sub("", line, count=1)  # "作品：「T」A（…）": the record after its label
        match = _TITLED.match(line)
        if match and DETAILS.search(match.group("details")):
            return (match.group("bracketed") or match.group("plain")).strip(), match.group("name")
        match = _SLASHED.match(line)
        if match and not NOT_NAME.search(match.group("name")):
            return match.group("title").strip(), match.group("name").strip()
        match = _GLUED.match(line)
        name = match.group("name").strip() if match else ""
        if match and not NOT_NAME.search(name) and not is_remark(name) and context.text.count(name[:2]) > line.count(name[:2]):
            return match.group("title").strip(), name  # (the surname said again outside the line)
        match = _COMMA_CREDITED.match(line) if "，" in line or "," in line or "、" in line else None
        name = match.group("name") if match else ""
        if match and not NOT_NAME.search(name) and not _NOT_COMMA_NAME.search(name) and not is_remark(name) \
                and context.text.count(name[:2]) > line.count(name[:2]):  # (the surname said again outside the line)
            return match.group("title").strip(), name
        if found := _plain_slashed(line, context):
            return found
        match = _NAMED.match(line)
        # (a story's record, its house's or year's details, where the text brackets no other book: a quoted passage's
        # source closing a review of a book the text names, "『T』 … A, 「S」, 『C』(…) 수록", is the epigraph's)
        if match and context.text.count(match.group("name")) >= 2 and (
                not match.group("details") and not match.group("trail") or match.group("trail") and DETAILS.search(match.group("trail"))
                and not _other_than(match.group("title"), context.text.replace(line, ""))
                or (match.group("details") and DETAILS.search(match.group("details")) and not _OTHER_TITLE.search(context.text.replace(line, "")))):
            return match.group("title").strip(), match.group("name")
        match = _BARE.match(line)
        name = match.group("name") if match else ""
        if match and DETAILS.search(match.group("details")) and not is_remark(name) and not counted(name) \
                and not NOT_NAME.search(name) and any(context.text.count(part) > line.count(part) for part in _parts(name)):  # (said again)
            return match.group("title").strip(), name
        match = _BARE_SLASHED.match(line) if "／" in line or "/" in line or "|" in line or "｜" in line else None
        name = match.group("name") if match else ""
        if match and (DETAILS.search(match.group("details")) or imprint(match.group("details"))) and not is_remark(name) \
                and not counted(name) and not NOT_NAME.search(name) \
                and (any(context.text.count(part) > line.count(part) for part in _parts(name))
                     or _closing(line, lines)):
            return match.group("title").strip(), name  # (the surname or the given name said again outside the line)
    from .bookcjkparen import paren_cited  # (it reads this module's patterns: imported here, no cycle)
    # "『T』（A、1965年）を再読した"; "A『T』（〇〇新書）である" (bookcjkimprint)
    cited = {found for line in lines if (found := paren_cited(line, context) or fronted_cited(line, context))}
    return cited.pop() if len(cited) == 1 else None
