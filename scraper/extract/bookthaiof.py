"""Thai, Lao and Khmer: the quoted title "of" or "by" its writer, in the headline and again in the text ("รีวิว "T" ของA …",
"T" ໂດຍA, «T» របស់ A). The words are unspaced, so the name runs on after the possessive ("ของ", "ໂດຍ") to the next space; where
the headline and the text both write it, the two places agree on where the name ends (its first run, or the two runs
of a given and a family name that both repeat). Not a pronoun ("ของฉัน", mine), nor a publisher ("ของสำนักพิมพ์ …"),
nor the blog's own name.

A headline may give the writer alone (``headline_of``): "Label: «T» របស់ A" (Khmer), "รีวิว "T" โดย A", the name written
whole (two runs: given and family name) closing the headline's head (or, the headline opened by the review label and
the title, "รีวิว "T" ของ A phrase …": the label says which work, the two runs after "of" its writer), and the post's opening quoting the same title and
no other (a cover's caption "the book «T»'s cover", a first paragraph): the post is about that one book, the headline
credits it.

A headline may set the title bare (``bare_headline_of``, as the magazines write it: "T ของ A B: phrase", "T ໂດຍ A B"): the
title opens the headline and "of"/"by" stands apart, spaces either side, with the writer's two runs closing the headline's
head. Nothing quotes the title, so the text must tie the name to a work: its opening says "this <kind> of A" (th
"นวนิยายเรื่องนี้ของA", "หนังสือเล่มนี้ของA"; lo "ປຶ້ມຫົວນີ້ຂອງA"; km "សៀវភៅនេះរបស់A"), a kind's word, a demonstrative, then
the possessive and the name's first run. A headline about the writer ("ชีวิต ของ A B", A's life) has no such line, nor does
a post that names A's "many novels".
"""

from __future__ import annotations

import re

from .adaptation import UNSPACED_MEDIUM
from .book import Context

RUN = r"[\u0e01-\u0e4e\u0e81-\u0ece\u1780-\u17d3]{2,30}"  # (letters and vowel signs of Thai, Lao, Khmer: no digits, no punctuation)
OF = r"(?:ของ|โดย|ຂອງ|ໂດຍ|របស់|ដោយ)"
_CITED = re.compile(rf"[\"“«‘「]([^\"“”«»‘’「」\n]{{2,60}}?)[\"”»’」]\s*{OF}\s*({RUN})(?:\s({RUN}))?")
# pronouns after "of" ("my", "your", "his" …), a publisher or a shop, an institution: no writer
NOT_WRITER = re.compile(r"^(?:ฉัน|ผม|เรา|คุณ|เขา|เธอ|ท่าน|ดิฉัน|หนู|มัน|พวก|สำนักพิมพ์|สนพ|ร้าน|ข้อย|ເຮົາ|ເຈົ້າ|ລາວ|ສຳນັກພິມ|"
                         # Khmer: I, we, he, she, they, you; a publishing house, a printing house, a shop, a ministry
                         r"ខ្ញុំ|យើង|គាត់|នាង|គេ|អ្នក|គ្រឹះស្ថាន|រោងពុម្ព|ហាង|ក្រសួង)")


def _cited(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.group(1).strip(): (m.group(2), m.group(3)) for m in _CITED.finditer(text or "")}


def quoted_of(headline: str | None, lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): the one title the headline quotes "of" a writer, which the text's opening quotes "of" the same
    writer too."""
    heads = _cited(headline or "")
    if len(heads) != 1:
        return None
    title, (first, second) = next(iter(heads.items()))
    again = [found for line in lines[:6] for t, found in _cited(line).items() if t == title and found[0] == first]
    if not again or NOT_WRITER.match(first):
        return None
    name = f"{first} {second}" if second and any(found[1] == second for found in again) else first
    not_authors = {n.casefold() for n in context.not_authors if n}
    return None if name.casefold() in not_authors or name in title else (title, name)


_QUOTED = re.compile(r"[\"“«‘「]([^\"“”«»‘’「」\n]{2,60}?)[\"”»’」]")
_HEAD_END = re.compile(r"\s*(?:$|[:|–—៖]\s)")
# the review label opening a headline, then the quoted title (th "รีวิว", "รีวิวหนังสือ", "วิจารณ์", "บทวิจารณ์"; lo
# "ລີວິວ", "ວິຈານ", "ບົດວິຈານ"; km "ការរិះគន់", "អត្ថាធិប្បាយ"), perhaps with a colon or a bracket around it
_LABEL_LED = re.compile(r"^\s*[\[【(]?\s*(?:รีวิว(?:หนังสือ)?|(?:บท)?วิจารณ์(?:หนังสือ)?|ລີວິວ(?:ປຶ້ມ)?|(?:ບົດ)?ວິຈານ|ការរិះគន់|"
                        r"អត្ថាធិប្បាយ)\s*[\]】)]?\s*[:៖]?\s*[\"“«‘「]")


def headline_of(headline: str | None, lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): the one title the headline quotes "of" a writer named whole (two runs) where the headline's head
    ends, when the opening lines quote that title and no other."""
    cited = list(_CITED.finditer(headline or "")) if headline and len(headline) <= 200 else []
    if len(cited) != 1 or not cited[0].group(3):
        return None
    match = cited[0]
    # (a headline opened by the review label with the quoted title right after it names the work it reviews: the
    # name's two runs are the writer's whatever phrase runs on after them, and an opening that quotes nothing
    # agrees with it)
    led = bool(_LABEL_LED.match(headline, 0, match.start() + 1))
    if not led and not _HEAD_END.match(headline[match.end():]):
        return None
    title, first = match.group(1).strip(), match.group(2)
    quoted = {q.group(1).strip() for line in lines[:6] for q in _QUOTED.finditer(line)}
    if not (quoted == {title} or led and quoted <= {title}) or NOT_WRITER.match(first):
        return None
    name = f"{first} {match.group(3)}"
    not_authors = {n.casefold() for n in context.not_authors if n}
    return None if name.casefold() in not_authors or name in title else (title, name)


_BARE_HEAD = re.compile(rf"^([^\"“”«»‘’「」:|–—\n]{{2,40}}?)\s{OF}\s({RUN})\s({RUN})(?=\s*(?:$|[:|–—៖]))")
# a kind's word (th novel, book, short stories, collection, poems, work; lo book, novel, story; km book, novel, story),
# a few letters on ("ขนาดสั้นเรื่อง", short, the classifier), the demonstrative "this" (th นี้, lo ນີ້, km នេះ), then "of"/"by"
_THIS_KIND = re.compile(r"(?:นวนิยาย|นิยาย|หนังสือ|เรื่องสั้น|วรรณกรรม|กวีนิพนธ์|บทกวี|ความเรียง|สารคดี|ผลงาน|งานเขียน|ປຶ້ມ|ນະວະນິຍາຍ|"
                        r"ນິຍາຍ|ເລື່ອງສັ້ນ|សៀវភៅ|ប្រលោមលោក|រឿង)\S{0,24}?(?:นี้|ນີ້|នេះ)\s?(?:ของ|โดย|ຂອງ|ໂດຍ|របស់|ដោយ)\s?(\S+)")


def bare_headline_of(headline: str | None, lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): "T ของ A B" opening the headline, the text's opening calling the book "this <kind> of A"."""
    match = _BARE_HEAD.match(headline or "") if headline and len(headline) <= 200 and " " in headline else None
    if not match or NOT_WRITER.match(match.group(2)):
        return None
    title, first = match.group(1).strip(), match.group(2)
    if not any(found.group(1).startswith(first) for line in lines[:6] for found in _THIS_KIND.finditer(line[:400])):
        return None
    name = f"{first} {match.group(3)}"
    not_authors = {n.casefold() for n in context.not_authors if n}
    return None if name.casefold() in not_authors or name in title or title in name else (title, name)


# ``opening_of``: a post's opening line that starts with the bare title, then "of"/"by" glued to the writer's two runs,
# then a verb that says what the work tells ("T ของA B เล่าเรื่อง…", "T ຂອງA B ເລົ່າ…", "T របស់A B និទានរឿង…"): a work,
# not a life or a house, is what tells a story; the title one run (no space), no kind's word ("หนังสือ", "ผลงาน") nor a
# life ("ชีวิต") in its place (those name no title), nor a pronoun after "of"
_OPENING_OF = re.compile(rf"^([^\s\"“”«»‘’「」:|–—()\[\]]{{2,30}})\s{OF}\s?({RUN})\s({RUN})\s"
                         r"(?:เล่า|บอกเล่า|ว่าด้วย|พูดถึง|ถ่ายทอด|พาผู้อ่าน|พาเรา|เป็น(?:นวนิยาย|นิยาย|รวมเรื่องสั้น|หนังสือ)|"
                         r"ເລົ່າ|ວ່າດ້ວຍ|ເວົ້າເຖິງ|ເປັນນະວະນິຍາຍ|និទាន|និយាយ(?:អំពី|ពី)|រៀបរាប់|ជាប្រលោមលោក)")
_NOT_TITLE = re.compile(r"^(?:หนังสือ|นวนิยาย|นิยาย|ผลงาน|งานเขียน|เรื่องสั้น|วรรณกรรม|ชีวิต|เรื่อง|ປຶ້ມ|ນະວະນິຍາຍ|ຜົນງານ|ຊີວິດ|"
                        r"សៀវភៅ|ប្រលោមលោក|ស្នាដៃ|ជីវិត|រឿង)")


def opening_of(lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): "T ของA B <tells>…" opening one of the post's first lines."""
    for line in lines[:3]:
        if not line or not ("\u0e00" <= line[0] <= "\u0eff" or "\u1780" <= line[0] <= "\u17ff"):
            continue  # (a cheap test: the line opens in Thai, Lao or Khmer)
        match = _OPENING_OF.match(line)
        if not match or _NOT_TITLE.match(match.group(1)) or NOT_WRITER.match(match.group(2)):
            continue
        title, name = match.group(1), f"{match.group(2)} {match.group(3)}"
        not_authors = {n.casefold() for n in context.not_authors if n}
        if name.casefold() not in not_authors:
            return title, name
    return None


# ``label_bare_of``: a headline of the review label and the bare title ("รีวิว T", "ລີວິວ T", "ការរិះគន់៖ T"), the title
# unquoted after a space or a colon, and an opening line that calls the book a kind of work "of" the writer's two runs
# ("นวนิยายเล่มที่สองของA B …", the second novel of A B): the label says the post reviews T, the kind's phrase who wrote it
_LABEL_BARE = re.compile(r"^\s*[\[【(]?\s*(?:รีวิว(?:หนังสือ)?|(?:บท)?วิจารณ์(?:หนังสือ)?|ລີວິວ(?:ປຶ້ມ)?|(?:ບົດ)?ວິຈານ|ការរិះគន់|"
                         r"អត្ថាធិប្បាយ)(?:\s*[\]】)]\s*|\s*[:៖]\s*|\s+)(?P<title>[^\s\"“”«»‘’「」:|–—()\[\]][^\"“”«»‘’「」:|–—\n]{1,80})$")
# (the kind's word opens the line, the line calls the book so: after another word it is a book the line names beside
# it, "ภาพยนตร์ดัดแปลงจาก นวนิยายของA B" the film's source, "ฉันเคยอ่าน นวนิยายของA B" another writer's; between the kind
# and "of" a classifier's phrase only, "เล่มที่สอง" the second, "เล่มนี้" this: "ฉบับแปลของ", "แปลของ" is a translation's "of")
_KIND_OF = re.compile(r"^\s*(?:นวนิยาย|นิยาย|หนังสือ|เรื่องสั้น|รวมเรื่องสั้น|วรรณกรรม|กวีนิพนธ์|ความเรียง|สารคดี|ປຶ້ມ|ນະວະນິຍາຍ|"
                      r"ນິຍາຍ|ເລື່ອງສັ້ນ|សៀវភៅ|ប្រលោមលោក)(?:(?:เล่ม|เรื่อง|ຫົວ|ເລື່ອງ|ក្បាល|រឿង)\S{0,16}?)?"
                      rf"\s?{OF}\s?(?P<first>{RUN})\s(?P<second>{RUN})(?=\s|$)")


def label_bare_of(headline: str | None, lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): "รีวิว T" over an opening line "<kind>…ของA B" (the first kind's phrase of the post's first lines),
    the title no kind's word of its own and not said as the writer."""
    match = _LABEL_BARE.match(headline.strip()) if headline and len(headline) <= 120 else None
    if not match or _NOT_TITLE.match(match.group("title")) or re.search(UNSPACED_MEDIUM, match.group("title")):
        return None  # (the title a kind's word, or a film's, a series', a play's: "รีวิว หนัง T", "รีวิว T (ฉบับภาพยนตร์)")
    owned = next((m for line in lines[:3] if (m := _KIND_OF.match(line[:300]))), None)
    if not owned or NOT_WRITER.match(owned.group("first")):
        return None
    title, name = match.group("title").strip(), f"{owned.group('first')} {owned.group('second')}"
    not_authors = {n.casefold() for n in context.not_authors if n}
    return None if name.casefold() in not_authors or owned.group("first") in title or title in name else (title, name)
