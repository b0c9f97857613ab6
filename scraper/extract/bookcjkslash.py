"""A Japanese, Chinese or Korean post title that files itself as a reading note and names its book "T／A".

Japanese blogs above all (Ameba, Hatena, FC2, fanblogs, livedoor), and Chinese and Korean ones too, title a post about
a book with the blog's own label in lenticular or square brackets first (or last) and the book after it, the title and
the author set apart by a slash, full-width or spaced, with no quotation marks around the title: "【読書感想】T／A",
"[서평] T / A", "【书评】T／A", "T／A【レビュー】". A slash alone says nothing ("Either / Or", a pair of names, a date);
the label that says "reading note, book review" marks the shape, as an English "Review:" does before "T / A".

Read: one label in brackets at the title's start or end, short, holding a word for a review or a reading note; the
rest split by its one slash into a title and a name-shaped author in a script without capitals: kanji/hanzi or
katakana (``booktitles.cjk_name``), a kanji family name with a hiragana given name ("綿矢りさ"-shaped), or a Korean
name of two to four syllables (or two or three spaced parts). Not a name: a word for a note, a spoiler, a summary or a
recommendation, an edition or a volume, a count, a date, a publisher.

The same label may open a headline that names the owner bare before the bracketed title, "【書評】A《T》：remark"
(``labelled_owner``): read past the label as the unlabelled headline is, the name one the text says again.

A label may also open "T - A", the author after a spaced dash, and a remark may close the headline after a slash or a
bar ("[서평] T - A / a tagline", "【読書感想】T – A｜remark"): a dash also opens a subtitle ("T - 봄날의 기억"), so the
name must be one the post's tags name whole, or the text says with a writer's role word after it ("A 작가", "A氏") or
as the owner of the book's writing ("A의 문장은", "Aの文体", "A的小说": a subtitle's phrase owns no prose)
(``labelled_dash``).

A Japanese owner whose given name is in hiragana ("綿矢りさ『T』を読んだ", "吉本ばなな「T」感想") escapes the kanji-only
name of an unlabelled headline (hiragana is also the particles' script): read where the name opens the headline right
before the bracketed title, is a kanji family name with two to four kana of a given name that end no verb or particle
("先月読んだ『T』" is a clause), and the text says it again outside the headline (``kana_owner``).

A Korean headline names the writer bare before the bracketed title, perhaps after the blog's label: "[소설] A 『T』",
"A 『T』 후기" (``hangul_owner``): a full name of three syllables opening with a surname's (``bookscripts.ko_name``), as
nearly every Korean writer's is, and the title in 『』 or 「」 (the brackets of a book's title, not a phrase's plain
quotes), little or nothing after it. A publisher, a subject or a remark stands there too ("[리뷰] 민음사 『T』",
"심리학 『T』"), so the text must call A a writer (``writer_named``: a tag, a role word, "A의 문장"), or the label file
the post under a literary kind ("[소설]"), A then no imprint and ending in no particle ("오늘은") or word of time. A label
naming another medium ("[영화]", "[공연]": ``OTHER_MEDIUM``) files no book.

A catalogue's credit line, its parts split by a slash, a bar or a dot, each name with its role after it ("다자이 오사무
저 · 정하윤 역", "山田花子 著 / 佐藤一郎 訳"), gives the author as the one name with the author's role (``role_credit``).
"""

from __future__ import annotations

import re

from .bookcjkdotted import other_writer
from .bookcjkimprint import imprint
from .bookcaselessname import caseless_name
from .bookscripts import KO_NOT_OWNER, ko_name
from .booktitles import cjk_name, counted
from .bookinfo import AUTHOR_WORDS
from .notewords import PUBLISHER

# the label's word: a reading note or a review (ja, zh, ko), perhaps with a short word before or after it
_NOTE = (r"(?:読書|读书|讀書)(?:感想文?|メモ|記録|记录|日記|日记|ノート|笔记|筆記|心得)?|感想文?|書評|书评|レビュー|読了|読後感|"
         r"读后感|讀後感|서평|리뷰|독후감|책\s?후기|감상문?")
_LABEL = rf"[【\[［〔〖]\s*[^【】\[\]［］〔〕〖〗]{{0,6}}?(?:{_NOTE})[^【】\[\]［］〔〕〖〗]{{0,6}}\s*[】\]］〕〗]"
_LEAD = re.compile(rf"^\s*{_LABEL}\s*")
_TAIL = re.compile(rf"\s*{_LABEL}\s*$")
_SLASH = re.compile(r"\s*／\s*|\s+/\s+")
_QUOTED_DASH = re.compile(r"^[«“„\"]\s?([^«»“”„\"]{1,60}?)\s?[»”“\"]\s+[-–—]\s+(\S[^-–—/|]*)$")  # «T» – A
_ROLE = re.compile(r"\s*(?:著|作|지음|저)\s*$")
# a Japanese name: a kanji family name and a given name in hiragana ("綿矢りさ", "吉本ばなな"), the kana no particle
_KANA_GIVEN = re.compile(r"[\u4e00-\u9fff\u3005]{1,3}[ \u3000]?(?![のがをにはへとでもやか])[\u3041-\u3096]{2,4}")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}|[\uac00-\ud7a3]{1,5}(?:\s[\uac00-\ud7a3]{1,5}){1,2}")
# what stands after a slash that is no name: a note, spoilers, a summary, a recommendation, an edition, a volume
_NOT_NAME = re.compile(r"感想|後感|后感|书评|書評|読了|读完|再読|重读|重讀|ネタバレ|あらすじ|まとめ|おすすめ|オススメ|推荐|推薦|"
                       r"[化版巻卷冊册集全]|上下|후기|리뷰|서평|추천|강추|스포|줄거리|감상|요약|완독|필독")


def _name(text: str) -> str | None:
    text = _ROLE.sub("", text.strip())
    if not text or len(text) > 20 or re.search(r"\d", text) or _NOT_NAME.search(text) or imprint(text) or counted(text):
        return None
    if _KANA_GIVEN.fullmatch(text) or _HANGUL_NAME.fullmatch(text):
        return re.sub(r"[ \u3000]", "", text) if _KANA_GIVEN.fullmatch(text) else text  # (a kanji name's space is layout)
    return cjk_name(text)


def _unlabel(title: str) -> str | None:
    """The headline without its review label at the start (or else at the end); None where it has no label."""
    rest = _LEAD.sub("", title, count=1)
    rest = _TAIL.sub("", rest, count=1) if rest == title else rest
    return None if rest == title else rest.strip()


def labelled_slash(title: str | None) -> tuple[str, str] | None:
    """(title, author) of a CJK post title "【label】T／A" or "T／A【label】" (see the module's note); else None."""
    if not title or ("／" not in title and " / " not in title) or len(title) > 120:
        return None
    rest = _unlabel(title)
    if rest is None:
        return None
    parts = _SLASH.split(rest)
    if len(parts) != 2:
        return None
    book, author = parts[0].strip().strip("『』「」《》〈〉 "), _name(parts[1])
    if not book or not author or len(book) > 60 or book == author:
        return None
    return book, author


def marked_slash(text: str, context) -> tuple[str, str] | None:
    """(title, author) of a post title that a review label opened ("Review: T / A" in Hebrew, Arabic, Thai, Georgian
    or an Indic script, the label already off): split by its one spaced slash, the right part a name in a script
    without capitals (``bookcaselessname``) whose surname the text says again. A label and a slash, with no capitals to
    tell a name, are what an English "Review: T / A" is with them; "Either / Or" names no one the text calls again.
    A spaced dash parts them as well after a title in quotation marks ("ግምገማ፦ «T» – A", "مراجعة: «T» – A"): the
    marks close the title, so what follows the dash is no subtitle of it; the name is one the text says again."""
    if context is None or len(text) > 120:
        return None
    quoted = _QUOTED_DASH.match(text.strip())
    if quoted:
        parts = [quoted.group(1), quoted.group(2)]
    elif " / " not in text and "／" not in text:
        return None
    else:
        parts = _SLASH.split(text.strip())
    if len(parts) != 2:
        return None
    book, name = parts[0].strip(), caseless_name(parts[1].strip())
    if not book or not name or len(book) > 60 or name in book or not context.vouches_for(name):
        return None
    # (after a dash, the whole name said again: a remark, "«T» – a brave novel", says its noun again, not the phrase)
    if quoted and (not context.mentions(name) or _no_person(name)):
        return None
    return book, (_credited(name, context) if quoted else None) or name


def _no_person(name: str) -> bool:
    """After the dash, no person: a house ("הוצאת …"), a part's or a volume's word ("ክፍል ሁለት"), or a phrase whose every
    word takes the Arabic article ("الجزء الثاني", part two; a name has a word without it, "الطيب صالح")."""
    from .ratingshapes import SERIES_PLACE  # (the words that place a part in its book: ratingshapes)
    words = name.split()
    return bool(PUBLISHER.search(name)) or all(w.startswith("ال") for w in words) \
        or any(SERIES_PLACE.match(w) for w in words)


# a name the text gives right after a word for the author ("ደራሲው ሐዲስ ዓለማየሁ", "الكاتب نجيب محفوظ", "הסופר עמוס עוז")
_CREDIT = re.compile(rf"(?<!\w)(?:{AUTHOR_WORDS}|ጸሐፊ|ፀሐፊ|הסופר(?:ת)?)\w{{0,2}}\s*[:፦]?\s+"
                     r"([^\W\d_][^\s.,;:!?،።፣፤«»\"“”]*\s+[^\W\d_][^\s.,;:!?،።፣፤«»\"“”]*)")


def _credited(name: str, context) -> str | None:
    """The one other name the text credits as the author, said twice, where it never credits the dash's name (a
    heroine or a place after the dash, the writer named beside "the author" in the text); None otherwise."""
    if not _CREDIT.search(context.text):
        return None
    credited = {found for m in _CREDIT.finditer(context.text) if (found := caseless_name(m.group(1)))}
    if name in credited or len(credited) != 1:
        return None
    other = next(iter(credited))
    return other if context.mentions(other) >= 2 and not _no_person(other) else None


# what opens a phrase before the brackets and is no name: a demonstrative, a possessive, "about", a superlative
_NOT_OWNER = re.compile(r"[的之这這那此本该該关關於最]")


def labelled_owner(title: str | None, context) -> tuple[str, str] | None:
    """(title, author) of a post title that the blog's review label opens, then the owner bare before the bracketed
    title: "【書評】A《T》：remark", "【读书笔记】A『T』". Past the label the headline is read as one with no label
    (``booktitles.cjk_title``); the name is name-shaped (``cjk_name``, no imprint) and one the text says again outside
    the headline (a word before the brackets that is no name, "这本", "关于", is not a name the body calls anyone by),
    and the text calls no one else the author ("作者李某", "李某著": a label's phrase before the brackets, a rating
    site's praise or a prize, is said again as a phrase, not as a writer)."""
    if context is None or not title or len(title) > 120:
        return None
    rest = _LEAD.sub("", title, count=1)
    if rest == title or rest[:1] in "『《「〈":
        return None
    from .booktitles import cjk_title  # (booktitles reads this module's helpers: imported here, no cycle)
    found = cjk_title(rest)
    if not found or _NOT_OWNER.search(found[1]) or not cjk_name(found[1]) or imprint(found[1]):
        return None
    text = context.text.replace(title, " ")
    if found[1] not in text or other_writer(found[1], text):
        return None  # (a label's phrase said again, "豆瓣高分的小说", is no author where the text calls another one so)
    return found


_KANA_OWNER = re.compile(rf"^\s*(?:{_LABEL}\s*)?(?P<name>{_KANA_GIVEN.pattern})\s*[『「《](?P<title>[^』」》]{{1,60}})[』」》]"
                         r"(?P<rest>[^『「《]{0,30})$")
# said as the writer: "A著", "A氏", "Aさん", "A先生", "A作品", "Aの新作", "Aのデビュー作", "Aの作品"
_OWNER_ROLE = re.compile(r"\s*(?:著|氏|さん|先生|作品|の[\u30a0-\u30ff\u4e00-\u9fff]{0,5}?作(?:品)?(?![らりるれろっ]))")
_VERB_END = re.compile(r"[たるだすいてにをがはでともよねかうれっ]$")  # (a clause's verb or particle, no given name's end)


def kana_owner(title: str | None, context) -> tuple[str, str] | None:
    """(title, author) of a headline "A『T』…" that opens on a kanji family name and a hiragana given name, said again in
    the text outside the headline (see the module's note); else None."""
    if context is None or not title or "』" not in title and "」" not in title and "》" not in title:
        return None
    match = _KANA_OWNER.match(title)
    if not match or _VERB_END.search(match.group("name")) or _NOT_NAME.search(match.group("name")):
        return None
    name = re.sub(r"[ \u3000]", "", match.group("name"))
    text = context.text.replace(title, " ")
    if not _said_as_writer(name, text, _OWNER_ROLE) or other_writer(name, text):
        return None  # (a phrase before the brackets, "初めての", "夏休みの", is said again, but not as a writer)
    return match.group("title").strip(), name


_KO_LABEL = re.compile(r"^\s*[\[【［〔(（]([^\]】］〕)）]{1,8})[\]】］〕)）]")
_HANGUL_OWNER = re.compile(r"^\s*(?:[\[【［〔(（][^\]】］〕)）]{1,8}[\]】］〕)）]\s*)?(?P<name>[\uac00-\ud7a3]{3})\s+"
                           r"[『「](?P<title>[^』」]{1,60})[』」](?P<rest>[^『「』」]{0,16})$")
_PARTICLE_AFTER = re.compile(r"\s*[을를은는이가의도와과로에]")  # ("A 『T』를 읽고": a clause, its subject left unsaid)
_PARTICLE_END = re.compile(r"[의을를에도은는엔만달날밤해적때중]$")  # (a word with a particle or a time's ending: "오늘은")
PARTICLE_END = _PARTICLE_END  # (public for bookhangulread)
_KO_LITERARY = re.compile(r"소설|시집|에세이|산문|수필|동화|그림책|문학|장편|단편")  # (a label filing the post as literature)
# a work of another medium named in a label or a caption: a film, a drama, a stage show, an exhibition, music, a game, a
# poster or a still (ko, zh, ja)
OTHER_MEDIUM = re.compile(r"영화|드라마|공연|전시|뮤지컬|연극|오페라|음악|앨범|콘서트|게임|포스터|애니|電影|电影|映画|劇場版|剧场版|"
                          r"海報|海报|ポスター|ドラマ|劇照|剧照|演唱會|演唱会|專輯|专辑|展覽|展览|音樂|音乐|ミュージカル|アニメ|動畫|动画")


def hangul_owner(title: str | None, context=None, whole: str | None = None) -> tuple[str, str] | None:
    """(title, author) of a Korean headline "[label] A 『T』" (see the module's note); else None. `whole`: the headline
    before its label was cut off, if it was."""
    if not title or "』" not in title and "」" not in title:
        return None
    match = _HANGUL_OWNER.match(title)
    if not match or not ko_name(match.group("name")) or match.group("name") in KO_NOT_OWNER \
            or _PARTICLE_AFTER.match(match.group("rest")):
        return None  # (a particle after the title: "A 『T』를 읽고" reads as a clause, its subject left unsaid)
    label, name = next((m.group(1) for m in map(_KO_LABEL.match, (title, whole or "")) if m), ""), match.group("name")
    if OTHER_MEDIUM.search(label):
        return None  # ("[영화] A 「T」": a film's)
    if context is not None and writer_named(name, context.text.replace(title, " ")):
        return match.group("title").strip(), name
    if _KO_LITERARY.search(label) and not _PARTICLE_END.search(name) and not imprint(name):
        return match.group("title").strip(), name  # ("[소설] A 『T』": filed as a novel, A before it its writer)
    return None


# a writer's cue beside a CJK name: a role or an honorific after it ("A 작가", "A氏", "A老師"), the name owning the
# writing ("A의 문장", "Aの小説", "A的小說", "A筆下"), or a role before it ("작가 A", "作者A"); a bare "作家" after a word
# is a kind of writer ("日本作家", "推理作家"), not a person's role, and a country's or a genre's word owns no prose
_WRITER_AFTER = re.compile(r"\s?(?:작가|소설가|시인|선생님|씨(?![\uac00-\ud7a3])|님(?![\uac00-\ud7a3])|著|氏|さん|先生|老師|老师)"
                           r"|의\s?(?:소설|작품|문장|문체|신작|장편|단편|시집|산문)|の(?:小説|作品|文章|文体|新作|長編|短編)"
                           r"|[的之](?:小说|小說|文字|文笔|文筆|长篇|長篇|短篇|散文)|筆下|笔下")
_WRITER_BEFORE = re.compile(r"(?:작가|저자|소설가|作者|著者|小說家|小说家)\s?$")


def _hashtag(name: str, text: str, mark: str) -> bool:
    """Whether the text holds the name as a whole hashtag ("#A", the tag line a platform prints in the post)."""
    start = text.find(mark + name)
    while start >= 0:
        end = start + 1 + len(name)
        if end == len(text) or not text[end].isalnum():
            return True
        start = text.find(mark + name, start + 1)
    return False


def writer_named(name: str, text: str, tags: list[str] = ()) -> bool:
    """Whether the post calls `name` a writer: a tag that is the name whole, or the text (the line that set it before a
    title left out) says it with a writer's cue beside it (``_WRITER_AFTER``, ``_WRITER_BEFORE``)."""
    if any(_TAG_MARKS.sub("", t) == name for t in tags) or any(_hashtag(name, text, mark) for mark in "#＃"):
        return True
    start = text.find(name)
    while start >= 0:
        if _WRITER_AFTER.match(text, start + len(name)) or _WRITER_BEFORE.search(text, max(0, start - 6), start):
            return True
        start = text.find(name, start + 1)
    return False


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_BAR = re.compile(r"\s+[|｜]\s+|\s*｜\s*")
# a writer's role word after the name (a teacher's or a neighbour's honorific, 선생, さん, is said of a character too),
# or the name as the owner of the writing: "A의 문장", "A의 소설", "Aの文章", "A的小说" (a character owns a voice, a room, a
# past, never the novel's prose or the novel)
_ROLE_AFTER = re.compile(r"\s*(?:작가|소설가|시인|著|氏|先生|作家|老师|老師)|(?:의\s*(?:소설|작품|문장|문체|신작|장편|단편)"
                         r"|の(?:小説|作品|文章|文体|新作|長編|短編)|的(?:小说|小說|作品|文字|文笔|文筆|新作|长篇|長篇|短篇))")
# a translator's word beside the name, before or after it ("번역가 A", "A 옮김", "A訳", "A译", "译者A", "A 역"): the name
# after the dash is the translation's, not the book's author
_TRANSLATOR = re.compile(r"번역|옮김|옮긴이|역자|(?<![\uac00-\ud7a3])역(?![\uac00-\ud7a3])|訳|譯|译|翻訳|翻译|翻譯")
_HANGUL_WORDS = re.compile(r"[\uac00-\ud7a3 ]+")
_KATAKANA_WORD = re.compile(r"[\u30a0-\u30fa\u30fc-\u30ff]+")  # (katakana without the "・" of a foreign name)
_TAG_MARKS = re.compile(r"[\s#＃]")


def labelled_dash(title: str | None, context, tags: list[str]) -> tuple[str, str] | None:
    """(title, author) of "[label] T - A", perhaps with "/ remark" or "| remark" after it (see the module's note)."""
    if context is None or not title or len(title) > 120 or not _SPACED_DASH.search(title):
        return None
    rest = _unlabel(title)
    if rest is None:
        return None
    parts = _SPACED_DASH.split(_BAR.split(_SLASH.split(rest)[0])[0].strip())
    if len(parts) != 2:
        return None
    book, name = parts[0].strip().strip("『』「」《》〈〉 "), _name(parts[1])
    if not book or not name or name in book or len(book) > 60:
        return None
    text = context.text.replace(title, " ")
    if _translator(name, text):
        return None
    said = _said_as_writer(name, text)
    if _HANGUL_WORDS.fullmatch(name) and not ko_name(name):
        return (book, name) if said else None  # (a genre, a publisher, a subtitle, tagged or not, is no Korean name)
    if _KATAKANA_WORD.fullmatch(name):
        return (book, name) if said else None  # (katakana with no "・": a genre or a loanword as often as a name)
    squashed = re.sub(r"\s", "", name)
    return (book, name) if said or any(squashed == _TAG_MARKS.sub("", t) for t in tags) else None


def _translator(name: str, text: str) -> bool:
    """Whether the text sets a translator's word beside the name anywhere (within a few characters either side)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if _TRANSLATOR.search(text, max(0, start - 6), start) or _TRANSLATOR.search(text[:end + 6], end):
            return True
        start = text.find(name, start + 1)
    return False


def _said_as_writer(name: str, text: str, role: re.Pattern = _ROLE_AFTER) -> bool:
    """Whether the text says the name with a writer's role word right after it ("A 작가", "A氏", "A著")."""
    start = text.find(name)
    while start >= 0:
        if role.match(text, start + len(name)):
            return True
        start = text.find(name, start + 1)
    return False


# a catalogue's credit line in Korean, Japanese or Chinese: each name with its role after it, "다자이 오사무 저 · 정하윤 역 ·
# 바다숲 출판", "山田花子 著 / 佐藤一郎 訳", "李明 著 | 江城出版社 出版": the name before the author's role, where another part
# gives a translator's or a publisher's role (so the line is a credit line)
_ROLE_AUTHOR = re.compile(r"^(?P<name>\S{1,12}(?:\s\S{1,12}){0,2}?)\s*(?:저|지음|글|著|作|著者|编著|編著)$")
_ROLE_OTHER = re.compile(r"(?:역|옮김|번역|譯|译|訳|翻訳|출판|出版|出版社|刊|发行|發行|그림|絵|插画)$")
_ROLE_SPLIT = re.compile(r"\s*[·•|/｜／]\s*")


def role_credit(lines: list[str]) -> str | None:
    """The author a CJK credit line names by role ("다자이 오사무 저 · 정하윤 역"), or None."""
    for line in lines:
        parts = [p for p in _ROLE_SPLIT.split(line.strip()) if p]
        if not 2 <= len(parts) <= 5 or len(line) > 120:
            continue
        authors = [m.group("name") for m in map(_ROLE_AUTHOR.match, parts) if m]
        if len(authors) == 1 and any(_ROLE_OTHER.search(p) for p in parts) and not counted(authors[0]):
            return authors[0]
    return None


NOT_NAME, VERB_END = _NOT_NAME, _VERB_END  # (public for bookrescue)
