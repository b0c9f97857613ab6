"""Words that stand where a CJK author's name would and name no one: a publisher, its imprint or its series, and a
verb of reading glued before a name.

- A Japanese, Chinese or Korean citation sets the book's publisher or the paperback line it came out in after the
  bracketed title, in the place a caption gives the author: "『T』（〇〇新書）", "『T』（〇〇文庫、2019年）",
  "《T》（〇〇出版社）", "『T』(〇〇문고)". A name never ends in a publisher's or a line's word (新書, 文庫, 選書, 叢書,
  ブックス, 書房, 書店, 出版社, …社 / 文库, 丛书, 书局, 出版社 / 문고, 북스, 총서, 출판사), so such a run is no author.
  Where the sentence names the author right before the title ("A『T』（〇〇新書）である"), that is the author: the
  record's shape (name, bracketed title, the imprint in brackets), with the name said again elsewhere (``fronted_cited``).
- Chinese writes the verb of reading straight onto the name ("重读A《T》", "读完A《T》", "再讀A《T》"), and Japanese may
  ("再読A『T』"): the verb is no part of the name (``unread``).
"""

from __future__ import annotations

import re

# a publisher's or an imprint's or a series' word ending the run (ja, zh in both forms, ko); "…社", "…舎", "…館" end a
# house's name of three characters or more ("〇〇社"), never a person's, and so does Korean "…사" (社), "…하우스"
_IMPRINT = re.compile(
    r"(?:文庫|文库|新書|新书|選書|选书|叢書|丛书|書系|书系|譯叢|译丛|ブックス|ノベルス|ノベルズ|ライブラリー|コミックス|"
    r"書房|书房|書店|书店|書局|书局|書院|书院|出版社|出版|出版公司|出版集团|出版集團|印書館|印书馆|新社|"
    r"문고|북스|총서|신서|선서|출판사|출판|출판부|하우스|프레스|미디어|퍼블리싱)$"
    r"|^[\u4e00-\u9fff\u3005\u30a0-\u30ff]{2,}[社舎館馆]$|^[\uac00-\ud7a3]{2,}사$"
)


def imprint(name: str | None) -> bool:
    """`name` (or its first part, before a comma or a middle dot: "〇〇新書、2019年") is a publisher's, an imprint's or a
    series' name, not a person's."""
    if not name:
        return False
    first = re.split(r"\s*[、，,・/／|｜;；]\s*", name.strip(" （）()"))[0].strip()
    return bool(first) and bool(_IMPRINT.search(first))


# a verb of reading before the name: zh (simplified and traditional) "读/讀/看/阅读" with the rereading or the first
# reading before (重/再/又/初/细/精/正在/在) and its ending after (了/完/过/罢); ja "読了", "再読", "読み返した"
_READ_PREFIX = re.compile(
    r"^(?:(?:重新|再次|正在|刚刚|剛剛|终于|終於|[重再又初细細精在刚剛])?(?:阅读|閱讀|读|讀|看)(?:完了|了|完|过|過|罢|罷)?"
    r"|(?:再|初|通|完)?読(?:了|破)?|読み(?:返し|終え)た?)"
)


def unread(name: str) -> str:
    """`name` without a verb of reading glued before it ("重读某某" → "某某"), where two characters or more stay."""
    match = _READ_PREFIX.match(name or "")
    rest = name[match.end():] if match else name
    return rest if match and len(rest) >= 2 else name


# "A『T』（〇〇新書）", "A《T》（〇〇出版社，2019）": a Han run (or a katakana name with its dot), the bracketed title, and
# brackets that open with a publisher's or an imprint's name
_FRONTED = re.compile(
    r"(?<![\u4e00-\u9fff\u3005])(?P<name>[\u4e00-\u9fff\u3005]{2,8}|[\u30a1-\u30ff]{1,8}(?:[・･][\u30a1-\u30ff]{1,8})+"
    r"|[\u4e00-\u9fff\u3005]{1,3}(?:[\u3041-\u3096]{2,4}|[\u30a1-\u30fa]{2,4}))"
    r"\s*[『《](?P<title>[^』》\n]{1,60})[』》]\s*[（(](?P<details>[^）()\n]{2,40})[）)]"
)
# a Japanese name of a Han surname and a given name in kana ("金原ひとみ", "朝井リョウ"): its kana may end no particle
# or verb ("小説では", "翻訳した", "金原による"), and it stands for the writer only where the text says its surname again
_KANA_GIVEN = re.compile(r"^([\u4e00-\u9fff\u3005]{1,3})[\u3041-\u30fa]+$")
_KANA_NOT_NAME = re.compile(r"(?:[はがをにでともへのや]|した|する|され|れる|れた|った|いた|による|という|なる|ない|ある|いる|だ|です|ます|から|まで|より|など|だけ)$")
# words before a title that name the book itself, not its author ("本書", "拙著", "新刊", "同書", "前作")
_BOOK_WORD = re.compile(r"^[本同拙该該此这這其]|[著書刊巻卷篇]$")


def fronted_cited(text: str, context) -> tuple[str, str] | None:
    """(title, author) of the one book `text` cites as "A『T』（imprint）" (the name before the title, the publisher or
    its line in brackets after), where the text names the author again outside the citation (whole, or a Han name's
    first two characters, its surname)."""
    from .bookinfo import is_remark  # (imported here: bookinfo's importers import this module)
    from .booktitles import FAMILY, FUNCTION_WORD, counted
    from .bookworkword import work_word
    if not text or "『" not in text and "《" not in text:  # (every match holds one: its scan, a look behind at every letter, ~40 µs a paragraph)
        return None
    found = set()
    for match in _FRONTED.finditer(text):
        if not imprint(match.group("details")):
            continue
        name = unread(match.group("name"))
        if len(name) > 4 and re.fullmatch(r"[\u4e00-\u9fff]+", name):  # "我读了某某": the name after the last function word
            cut = name[max(name.rfind(c) for c in FUNCTION_WORD) + 1:]
            name = cut if 2 <= len(cut) <= 3 and cut[0] in FAMILY else name
        if len(name) > 5 and "・" not in name or _BOOK_WORD.search(name) or imprint(name) or is_remark(name) or counted(name) or work_word(name):
            continue
        rest = context.text.replace(match.group(0), " ")
        if kana := _KANA_GIVEN.match(name):  # "金原ひとみ『T』（新潮社）": the surname said again, no particle at the end
            if not _KANA_NOT_NAME.search(name) and len(kana.group(1)) >= 2 and kana.group(1) in rest:
                found.add((match.group("title").strip(), name))
            continue
        if name in rest or (re.fullmatch(r"[\u4e00-\u9fff\u3005]{3,5}", name) and name[:2] in rest):
            found.add((match.group("title").strip(), name))
    return found.pop() if len(found) == 1 else None
