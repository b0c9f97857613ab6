"""A cover photo's caption that sets the book's title in 《》/『』 ("《T》（新版）書影"), and its writer named in the text.

Chinese and Japanese columns show the book's cover above the text with a caption that names it: "書影"/"书影" (the book's
image), "封面", "表紙"; the text may never set that title in brackets again ("重讀這本小說", rereading this novel) and
may bracket other books it compares ("與B的《T2》放在一起看"). The writer is the one the opening lines name as a clause's
subject who writes (``booktitles.CJK_WRITER``: "A寫的是…", "A用…寫成"), named again in the text, and no owner of another
bracketed title ("B的《T2》").

Or a caption that is the book's whole record, its writer, the work's kind, the bracketed title and the house after a
comma or in brackets ("A長篇小說《T》，P出版", "A長編小説『T』（P）", "A 장편소설 『T』, P"), as a blog editor's cover
image is captioned (``kind_record``): the kind word between the name and the title is the press's credit form. A genre,
a country or a time stands there as well ("고전 소설 『T』", "日本推理小說《T》", "최근 장편소설 『T』"), so the post must
call the name a writer elsewhere: a tag, a role word, the name owning the prose (``bookcjkslash.writer_named``); a
caption naming another medium (a film's poster: ``bookcjkslash.OTHER_MEDIUM``) is no book's.

Or a headline that names the writer and no book ("重讀A，…", rereading A), A one of the post's tags: the book is the
title the text brackets most often (``tagged_bracket``).
"""

from __future__ import annotations

import re
from collections import Counter

from .book import Context
from .bookldlinks import unspaced_name
from .bookcjkslash import OTHER_MEDIUM, writer_named
from .bookscripts import HANGUL, KO_NOT_ROLE_NAME, ko_name
from .booktitles import BRACKETED, CJK_WRITER, FAMILY, NOT_WRITER, cjk_bracketed, counted, part_before

_COVER_CJK = re.compile(r"書影|书影|封面|表紙|表纸|封面图|封面圖|書封|书封|書衣|书衣")
# a caption naming the book's owner before its kind, with no particle as a caption's apposition runs ("A長篇小說《T》，
# P出版", "A新作《T》", "A長編小説『T』"): the run of Han letters before the kind word ends with the name
_KIND_OWNED = re.compile(r"(?P<run>[\u4e00-\u9fff\u3005]{2,10}?)(?:的|之|の)?(?:(?:中篇|长篇|長篇|短篇)(?:小说|小說)?集?|(?:推理|奇幻|科幻|歷史|历史)?(?:小说|小說|小説)集?|"
                         r"(?:散文|随笔|隨筆|诗|詩|短篇)集|新作|新书|新書|代表作|成名作|处女作|處女作|遗作|遺作|長編(?:小説)?|短編(?:小説)?集?|"
                         r"绘本|繪本|回忆录|回憶錄|传记|傳記)\s*[『《](?P<title>[^』》]{1,60})[』》]")


def cover_writer(captioned: list[tuple[str, str]], lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, writer) of the one cover caption that brackets a title, the writer the opening lines' subject who writes."""
    titles = {t for caption, alts in captioned if _COVER_CJK.search(f"{caption} {alts}") for t in [cjk_bracketed(caption)] if t}
    if len(titles) != 1:
        return None
    title = titles.pop()
    names = set()
    for match in CJK_WRITER.finditer("\n".join(lines[:6])):
        name = match.group("name")
        if NOT_WRITER.search(name) or context.text.count(name) < 2 \
                or re.search(rf"{re.escape(name)}\s*(?:的|之|の)?\s*[《『](?!{re.escape(title)}[》』])", context.text):
            continue  # (a word for the book or its writer; named once; another bracketed book's owner)
        names.add(name)
    if not names:  # the caption's own owner of the title ("A長篇小說《T》"), named again outside the caption
        names = {n for caption, alts in captioned if _COVER_CJK.search(f"{caption} {alts}") for n in [_caption_owner(caption, title, context.text)] if n}
    return (title, names.pop()) if len(names) == 1 else None


# the house after the title: after a comma, a dot or a slash, or in brackets, short, no sentence's stop inside
_HOUSE_TAIL = re.compile(r"\s*(?:[,，、·/／]\s*[^,，、·/／()（）。.!?！？]{1,24}|[(（][^()（）。!?！？]{1,30}[)）])?\s*")
# a Korean record: the name, the work's kind (a literary one: no "책", "작품"), the bracketed title
_KO_KIND_RECORD = re.compile(
    rf"(?P<name>{HANGUL}{{2,4}})\s+(?:첫\s*)?(?:장편소설|단편소설집|단편집|소설집|장편|중편|소설|산문집|에세이|시집|신작|동화|그림책)"
    rf"\s*[『《「〈](?P<title>[^』》」〉]{{1,60}})[』》」〉]{_HOUSE_TAIL.pattern}")


def kind_record(captioned: list[tuple[str, str]], text: str = "", tags: list[str] = ()) -> tuple[str, str] | None:
    """(title, writer) of the one picture caption that is a book's whole record, "A 장편소설 『T』, P" (see the module's
    note), the name one the post calls a writer outside the caption (`text`, `tags`); "A新作《T》" is any medium's."""
    found = set()
    for caption, _ in captioned:
        caption = caption.strip()
        if "』" not in caption and "》" not in caption and "」" not in caption and "〉" not in caption \
                or OTHER_MEDIUM.search(caption):
            continue
        match = _KO_KIND_RECORD.fullmatch(caption)
        if match and ko_name(match.group("name")) and match.group("name") not in KO_NOT_ROLE_NAME:
            found.add((match.group("title").strip(), match.group("name")))
            continue
        match = _KIND_OWNED.match(caption)
        # (a pronoun or a book's word opening the run, "這本", or a count, "一部": no name; 本 inside one is, "山本")
        if match and 2 <= len(match.group("run")) <= 4 and not NOT_WRITER.match(match.group("run")) \
                and not counted(match.group("run")) and "新作" not in caption[match.end("run"):match.start("title")] \
                and _HOUSE_TAIL.fullmatch(caption[match.end():]):
            found.add((match.group("title").strip(), match.group("run")))
    if len(found) != 1:
        return None
    title, name = found.pop()
    rest = text.replace(next(c.strip() for c, _ in captioned if name in c and title in c), " ")
    return (title, name) if writer_named(name, rest, tags) else None


def _caption_owner(caption: str, title: str, text: str) -> str | None:
    """The name (two to four Han letters, the run's end: "作家A" is A) a caption sets before the title's kind word, the
    longest the text names again outside the caption; no pronoun, no word for the book ("這本", "作者")."""
    match = next((m for m in _KIND_OWNED.finditer(caption) if m.group("title").strip() == title), None)
    if not match:
        return None
    rest = text.replace(caption, " ")
    run = match.group("run")
    return next((run[-n:] for n in (4, 3, 2) if len(run) >= n and not NOT_WRITER.search(run[-n:]) and rest.count(run[-n:]) >= 1), None)


def tagged_bracket(headline: str | None, tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, writer) of a post whose headline names its writer, not its book ("重讀A，…"): the one person tag (two to
    five Han or Hangul characters, unspaced) the headline holds and the text names again, and the title the text sets in
    《》/『』 most often, twice or more and more often than any other (the writer's other books are named in passing)."""
    people = {t.strip().lstrip("#") for t in tags} - {n for n in context.not_authors if n}
    people = {p for p in people if unspaced_name(p) and p in (headline or "") and context.text.count(p) >= 2}
    if len(people) != 1:
        return None
    counts = Counter(m.group(1).strip() for m in BRACKETED.finditer(context.text) if not part_before(context.text, m.start(1)))
    ranked = counts.most_common(2) + [("", 0)]
    title, times = ranked[0] if ranked else ("", 0)
    return (title, people.pop()) if times >= 2 and times > ranked[1][1] and title not in people else None


def headline_bracket_tag(headlines: list[str], tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, writer) of a Chinese post whose headline sets one title in 《》/『』 ("读《T》：…") and whose tags name its
    writer, as blogs tag a review with its author: the one tag shaped as a Chinese name (a family name and one or two
    characters, no word for a book or a pronoun) that the text names twice or more, that is no part of the title, and
    that owns no other bracketed title ("A的《T2》": another book of theirs, the post may be comparing). The headline is
    the post's title or else the page's (a platform's masthead h1 may hold the blog's name, its <title> the post's)."""
    title = next((t for t in map(cjk_bracketed, headlines) if t), None)
    if not title:
        return None
    people = {t.strip().strip("#＃ ") for t in tags} - {n for n in context.not_authors if n}
    people = {p for p in people if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", p) and p[0] in FAMILY and not NOT_WRITER.search(p)
              and p not in title and title not in p and context.text.count(p) >= 2
              and not re.search(rf"{re.escape(p)}\s*(?:的|之)?\s*[《『](?!{re.escape(title)}[》』])", context.text)}
    return (title, people.pop()) if len(people) == 1 else None
