"""The person a Persian, Arabic or Urdu text names as a book's owner through the book noun: Persian and Arabic set the
noun first and the owner after it ("رمان A B", the novel of A B; "رمان کوتاه A B", with an adjective between; "رواية
الكاتب A B"), Urdu the owner first with its genitive ("A B کا ناول", A B's novel). Read by ``booknamedtwice`` for a
post whose title it found and whose author it did not: the names come first among its candidates, and each is asked
there as the others are (two or three words, the last said again apart from the whole name, the others never alone),
which is what tells "رمان کوتاه A B" from "رمان خوبی بود" (a good novel) or a tag of two common words. A story
("داستان", "قصة") has its people as well as its writer: its owner is read only where a sentence says that person writes
(bookwrittenby.WRITING). A noun opening a sentence whose words run to its full stop is its subject (the predicate's
verb last), after a colon too where they run past two words (a label's "Pick: the novel of A B." names A B).

Malay and Indonesian set the owner after the noun too, unmarked, and close the noun phrase with its demonstrative:
"Novel Keris Mas ini saya baca …" (this novel of Keris Mas), "buku terbaru Ayu Utami itu" (that newest book of Ayu
Utami). ``closed_owner`` reads that phrase in a Malay or Indonesian post's opening lines (``bookbody`` asks it beside
``bookclues.possessor``, with the titles the post may be about): the capitalised words between the noun (an adjective of
a book may stand first) and "ini"/"itu"/"tersebut", a laureate's or a person's honorific before them read past
("Sasterawan Negara", "Datuk", "Pak"), make the owner where they are a name of two to four words that is no part of a
title the headline gives ("novel Rimba Harapan ini" names the book in apposition, not its owner) and no name of the
blog's. A post that gives no title is left alone: the phrase alone cannot tell an owner from a title.

Chinese, Japanese and Korean set the same phrase the other way round, the owner first with its particle, then the
demonstrative and the book noun: "A的这部中篇小说" (A's this novella), "Aさんのこの小説", "A의 이 장편소설". ``closed_owner``
reads it opening a sentence of the opening lines, for a post that gives a title: a Chinese name of two to four
characters opening on a family name (an honorific after it read past, "A老师的"), a Japanese one honoured ("さん"), a
Korean one honoured ("작가") or opening on a surname and named again, or any the text credits elsewhere ("A著", "作者は
A"). The phrase names the owner of a copy as often: a word named twice alone is no name ("祖母のこの本", "아버지의 이
책"), nor is a word for the writer, a translator, kin, a friend, a pronoun, a time or a place ("作者的这部", "他的这部",
"今年的这本", "图书馆的这本书").
"""

from __future__ import annotations

import re

from .book import Context, is_name
from .bookscripts import ko_name
from .booktitles import FAMILY, HONORIFIC
from .bookwrittenby import WRITING

# a word of Arabic script (with the zero-width non-joiner Persian writes); its punctuation ends the word, as a comma ends
# a name ("كتاب ممنوع، كتاب …": a banned book, a book …): the comma "،", semicolon "؛", question mark "؟", the percent and
# the thousands' and decimal signs, the Urdu full stop "۔"
_W = r"[\u060d-\u061a\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u200c]+"
# the book nouns: Persian, Arabic, Urdu (a novel, a book, a story, a collection of stories, a poetry collection)
_NOUN = r"(?:رمان|کتاب|داستان|مجموعه(?:\u200c|\s)?داستان|رواية|كتاب|قصة|ديوان|مجموعة\s+قصصية)"
# a word between the noun and the name: a Persian adjective of a book (short, long, famous, new, first, last, banned),
# an Arabic definite adjective ("الأخيرة"), or the Arabic "of the writer/novelist" ("للكاتب", "للروائية")
_BETWEEN = (r"(?:(?:کوتاه|بلند|معروف|مشهور|تازه|جدید|نخست|اول|آخر|ماندگار|ممنوع|ممنوعه|خواندنی)(?:[\u0650ی])?\s+"
            r"|ال\S+\s+|لل?(?:كاتبة?|روائية?|أديبة?)\s+|(?:الكاتبة?|الروائية?|الأديبة?)\s+)?")
# (not after a demonstrative: "این رمان طی کرده" is "this novel has gone", the noun a sentence's subject)
_NOUN_FIRST = re.compile(rf"(?<![\u0600-\u06ff\u200c])(?<!این\s)(?<!آن\s)(?<!همین\s)(?<!همان\s)(?<!هذه\s)(?<!هذا\s)"
                         rf"(?P<noun>{_NOUN})\s+{_BETWEEN}(?P<name>{_W}\s+{_W}(?:\s+{_W})?)")
# A sentence the book noun opens is about the book, its subject; the words after it running to the sentence's full stop
# are its predicate, the verb last (Persian and Urdu put it there: "رمان روایت خطی ندارد." the novel has no linear
# narrative), no owner's name: an owner's phrase goes on ("رمان A B را …", "رمان A B، …") or stands in a caption alone.
_SUBJECT_CLAUSE = re.compile(r"\s*[.!?؟۔]")
# Urdu: the owner, its genitive, a word at most, the noun ("A B کا نیا ناول")
_OWNER_FIRST = re.compile(rf"(?P<name>{_W}\s+{_W})\s+(?:کا|کی|کے)\s+(?:{_W}\s+)?(?:ناول|کتاب|افسانے|افسانوی\s+مجموعہ|ناولٹ)(?![\u0600-\u06ff])")

# words no name holds: Persian, Arabic and Urdu particles, pronouns, numerals and the commonest verbs
_FUNCTION = frozenset(
    "را از در به با که و هم یعنی من تو او ما شما آنها ایشان این آن است بود شد کرد کرده کند نیز اما یا تا برای درباره "
    "یک دو سه چهار پنج هر همه خود چه چرا وقتی بعد قبل نیست هست نبود باشد نباشد دارد ندارد دارند ندارند هستند نیستند "
    "في من إلى على عن مع هذا هذه ذلك التي الذي كان كانت هو هي ثم قد لم لا أن إن "
    # (and what follows an indefinite book noun in an Arabic sentence: a verb of its relative clause,
    # "رواية تستحق القراءة", a novel that deserves reading; "كتاب يحكي …", a book that tells; or an adjective,
    # "رواية رائعة"; not جميل, a first name as well)
    "تستحق يستحق تحكي يحكي تروي يروي تدور يدور تتناول يتناول تقدم يقدم تصور يصور تجمع يجمع تترك يترك القراءة "
    "رائعة رائع ممتعة ممتع مهمة مهم قصيرة قصير طويلة طويل جديدة جديد "
    "کا کی کے میں نے کو سے اور بھی یہ وہ ہے ہیں تھا تھی".split())


def _opens_sentence(text: str, at: int, words: int) -> bool:
    """The text at `at` opens a sentence (or a line): nothing before it but a full stop or a line's end; or a colon,
    where the clause after it runs past two words ("Summary: the novel has no clear end." has its verb; "This week's
    pick: the novel of A B." is a label and a name, a name's two words with no verb)."""
    before = text[max(0, at - 4):at]
    opener = before.rstrip(" \u200c")[-1:]
    return not before.strip() and (at < 4 or "\n" in before) or opener in ".!?؟۔\n" or opener in ":：" and words > 2


# the nouns of a story, which has its people as well as its writer: Persian "داستان", Arabic "قصة"
_STORY = frozenset(("داستان", "قصة"))
_SENTENCES = re.compile(r"[.!?؟۔\n]")


def _written(surname: str, text: str) -> bool:
    """A sentence of the text names the surname with a word of writing ("A writes", "the writer A": bookwrittenby)."""
    return any(surname in s and WRITING.search(s) for s in _SENTENCES.split(text))


def noun_owners(text: str) -> list[str]:
    """Names (two words, then three) the text sets after a book noun or before a genitive and the noun, in order."""
    if not re.search(r"[\u0600-\u06ff]", text):
        return []
    found: list[str] = []
    for match in _NOUN_FIRST.finditer(text):
        if _SUBJECT_CLAUSE.match(text, match.end()) \
                and _opens_sentence(text, match.start(), len(match.group("name").split())):
            continue  # (the noun opens a sentence, the "name" runs to its end, its verb last: _SUBJECT_CLAUSE)
        words = match.group("name").split()
        if match.group("noun") in _STORY and not _written(words[1], text):
            continue  # (a story's owner may be its subject: "«T» داستان A B است", «T» is the story of A B)
        found += [" ".join(words[:2])] + ([" ".join(words)] if len(words) == 3 else [])
    found += [m.group("name") for m in _OWNER_FIRST.finditer(text)]
    return [n for n in dict.fromkeys(found) if not any(w in _FUNCTION for w in n.split())]


# Malay and Indonesian: a book noun, perhaps a book's adjective, capitalised words, then the demonstrative
_MS_NOUN = (r"(?:novel|buku|kitab|karya|cerpen|roman|memoir|biografi|autobiografi|naskhah|naskah|trilogi|antologi|"
            r"(?:kumpulan|himpunan)\s+(?:cerpen|puisi|sajak|esei|esai|cerita))")
_MS_ADJECTIVE = r"(?:terbaru|pertama|terakhir|sulung|klasik|terkenal|agung|awal|lama|baru|nipis|tebal)"
_MS_CLOSED = re.compile(rf"(?<![\w-])(?i:{_MS_NOUN})\s+(?:{_MS_ADJECTIVE}\s+)?((?:[A-Z][\w'’.-]*\s+){{2,6}}?)(?:ini|itu|tersebut)(?!\w)")
# a laureate's, a scholar's or an elder's honorific before the name (ms/id), never part of the name itself
_HONORIFIC = frozenset("sasterawan sastrawan negara datuk dato dato' datin tan sri puan tun haji hajah dr dr. prof prof. profesor "
                       "cikgu pak mak ustaz ustazah encik cik bapak ibu almarhum almarhumah allahyarham allahyarhamah".split())


# (the sentence's opening, after a full stop too, as Korean ends one; Chinese: a name, an honorific perhaps, its 的,
# "this" and a measure word, a kind's word or two, the noun; Japanese: kanji, or kanji and kana, an honorific, のこの;
# Korean: Hangul, a role or honorific, 의 이)
_CJK_CLOSED = re.compile(
    r"(?:^|(?<=[。！？!?\n])|(?<=[.．]\s))\s*"
    r"(?:(?P<zh>[\u4e00-\u9fff]{1,4}?)(?P<zhh>" + HONORIFIC + r")?"
    r"(?P<zhd>的)?(?:这|這|此)(?:一)?(?:部|本|篇)?\S{0,4}?(?:小说|小說|书|書|作品|长篇|長篇|中篇|散文集|诗集|詩集)"
    r"|(?P<ja>[\u4e00-\u9fff\u3005]{2,5}?|[\u4e00-\u9fff\u3005]{1,4}[ぁ-ん]{1,4}?)(?P<jah>" + HONORIFIC + r")?"
    r"のこの\S{0,4}?(?:小説|本|作品|長編|短編集|エッセイ)"
    r"|(?P<ko>[\uac00-\ud7a3]{2,4})(?:\s*(?P<koh>작가|씨|님|선생님?))?의\s+이\s+(?:\S+\s+)?"
    r"(?:소설|책|작품|장편|단편집|에세이|시집))")
_ZH_PERSON_AFTER = r"(?:的|說|说|寫|写|筆下|笔下)"  # (what follows a person's name said again, "A這部小說")
_ZH_BARE = re.compile(r"[这這此](?:一)?[部本篇]")  # (a line that may hold "A這部小說", its 的 dropped)
# no owner's name: a word for the writer, a pronoun, a time; kin, a friend or a colleague, a teacher, a translator or an
# editor, a library, a school or a shop (the owner of a copy as often as of the book)
_CJK_NOT_OWNER = re.compile(
    r"^[这這那我你他她它今本此该該每某其作]|作者|作家|著者|저자|작가|우리|그녀|彼女|彼氏|自分|最近|"
    r"译者|譯者|翻译|翻譯|翻訳|訳者|编辑|編輯|編集|역자|번역|편집|"
    r"父亲|父親|母亲|母親|祖母|祖父|爸爸|妈妈|媽媽|爷爷|爺爺|奶奶|外婆|外公|姥姥|哥哥|姐姐|弟弟|妹妹|"
    r"叔叔|阿姨|舅舅|姑姑|伯父|伯母|叔父|叔母|息子|"
    r"同事|同学|同學|同僚|朋友|友人|友達|先輩|後輩|上司|老师|老師|教授|男友|女友|室友|闺蜜|閨蜜|伙伴|夥伴|邻居|鄰居|"
    r"图书|圖書|図書|书店|書店|学校|學校|高中|初中|大学|大學|本屋|"
    r"아버지|어머니|아빠|엄마|할머니|할아버지|언니|오빠|누나|동생|남편|아내|친구|선배|후배|동료|선생|교수|도서관|학교|서점")
# the name credited elsewhere in the text: a role word after it ("A著", "A 지음") or a writer's word before it
_CJK_ROLE = r"(?:\s?(?:著|作|지음|저|글)(?![\u4e00-\u9fff\uac00-\ud7a3])|\s*작가)"
_CJK_WRITER = r"(?:作者|著者|作家|저자|작가)\s*(?:は|の|는|은)?\s*"


def _cjk_closed(lines: list[str], context: Context, titles: list[str]) -> str | None:
    """The owner of "this book" opening a sentence in Chinese, Japanese or Korean (module docstring)."""
    for line in lines:
        for match in _CJK_CLOSED.finditer(line) if "的" in line or "のこの" in line or "의 이" in line or _ZH_BARE.search(line) else ():
            name = match.group("zh") or match.group("ja") or match.group("ko")
            honoured = match.group("zhh") or match.group("jah") or match.group("koh")
            if len(name) < 2 or _CJK_NOT_OWNER.search(name) or any(name in t for t in titles) \
                    or name.casefold() in context.not_authors:
                continue
            # (what marks a person: a Chinese family name; an honorific; a Korean surname and a second naming; or a
            # credit elsewhere, "A著", "作者は A"; a short word named twice alone may be anyone's copy, "祖母のこの本",
            # "室友的这本书", but a full name of three characters or more written the same way again is a writer's:
            # ja "川上弘美のこの本", a transliterated foreign name, zh "阿特伍德的这部小说")
            # (Chinese may drop the 的, "A這部小說": then a full name on a family name, said again in the text)
            # (said again as a person is: one who says or writes, "A說", "A筆下", or owns, "A的"; an adverb on a family
            # name's character, "曾經這本書", "何況這部小說", is said again as an adverb, "我曾經以為")
            if match.group("zh") and not match.group("zhd"):
                if 2 <= len(name) <= 3 and name[0] in FAMILY and context.text.count(name) >= 2 \
                        and re.search(re.escape(name) + _ZH_PERSON_AFTER, context.text):
                    return name
            elif match.group("zh") and name[0] in FAMILY or match.group("ja") and honoured \
                    or not match.group("ko") and len(name) >= 3 and context.text.count(name) >= 2 \
                    or match.group("ko") and (honoured or ko_name(name) and context.text.count(name) >= 2) \
                    or re.search(rf"{re.escape(name)}{_CJK_ROLE}|{_CJK_WRITER}{re.escape(name)}", context.text):
                return name
    return None


def closed_owner(lines: list[str], context: Context, titles: list[str]) -> str | None:
    """The owner a Malay or Indonesian opening names between a book noun and its demonstrative ("Novel A B ini"), or a
    Chinese, Japanese or Korean one before "this" and the noun ("A的这部小说"), where the post gives a title that the
    name is no part of (module docstring)."""
    if not titles:
        return None
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", lines[0] if lines else ""):
        return _cjk_closed(lines, context, titles)
    if not (context.language or "").lower().startswith(("ms", "id")):
        return None
    folded = [re.sub(r"\W+", " ", t).casefold() for t in titles if t]
    not_authors = {n.casefold() for n in context.not_authors if n}
    for line in lines:
        for match in _MS_CLOSED.finditer(line) if " ini" in line or " itu" in line or " tersebut" in line else ():
            words = match.group(1).split()
            while words and words[0].casefold() in _HONORIFIC:
                words = words[1:]
            name = " ".join(words)
            key = re.sub(r"\W+", " ", name).casefold()
            if 2 <= len(words) <= 4 and is_name(name) and key not in not_authors and not any(key in t or t in key for t in folded):
                return name
    return None
