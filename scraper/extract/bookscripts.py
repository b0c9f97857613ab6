"""A title beside its author's name, marked the way each language and script says "by" or "whose".

Other rules read capitalised names and "Title by Author"; many languages glue a suffix or a particle to the name:

- Turkish: the genitive on the name and the possessive on the title or on a book noun after it, "Işıl Yılmaz'ın Gece
  Treni'ni okudum", "Işıl Yılmaz'ın Gece Treni romanını";
- Japanese: a bracketed title with the name after it, alone on its line: "『月夜の台所』 森ひかり" (kana in names too);
- Arabic: li- glued to the name after a quoted title, "«بيت على النهر» لليلى حداد" (Laila's); or a book noun in the
  construct state before the name, "رواية غسان حداد" (the novel of …), the name one of the post's tags;
- Hebrew: a quoted title "of" a name (no pronoun, not all definite) whose surname the page names again, "\"בית בגליל\"
  של נ״ב כהן", or an unquoted one opening the line "of" a name that is one of the post's tags;
- Hindi: the name with a possessive postposition before a book noun and a quoted title, "रमाकांत का उपन्यास 'नदी का घर'",
  or an unquoted one that the page names again or its URL spells ("… का उपन्यास नदी मैंने …"); Marathi the same after
  the respectful genitive, a word of its own there ("A यांच्या 'T' या कादंबरीत").

Where a script has no capitals, the name must be named again elsewhere (text, tags, headline): else a noun.
"""

from __future__ import annotations

import re

from .book import REVIEW_PREFIX, Context, capitalise, clean_title, is_name
from .bookcjkimprint import imprint
from .slugspell import slug_words
from .bookclassnoun import CLASS_NOUN  # (an event's, a place's, a role's 'T': no name)
from .bookdashowner import dashed_owner, owned_quote
from .booktitles import FAMILY as _HAN_FAMILY, HONORIFIC, counted, part_before

# Turkish: a name (capitalised words) with the genitive after an apostrophe, then a capitalised title with a case suffix
_TR_CAP = r"[A-ZÇĞİÖŞÜÂÎÛ][a-zçğıöşüâîû]+"
_TR_GENITIVE = re.compile(
    rf"(?<![\w'’])({_TR_CAP}(?:\s+{_TR_CAP}){{1,3}})['’](?:n[ıiuü]n|[ıiuü]n)\s+"
    rf"(?:[“\"«]([^”\"»]{{2,80}})[”\"»]|({_TR_CAP}(?:\s+(?:ve\s+|ile\s+)?(?:{_TR_CAP}|\d+)){{0,6}})"
    # the case suffix on the title itself, or on the book noun after it ("Name'ın Gece Treni romanını", "… kitabında")
    rf"(?:['’][a-zçğıöşü]{{1,5}}\b|\s+(?:roman|kitab|kitap|öykü|hikâye|hikaye|şiir|deneme|anlatı|novella)[a-zçğıöşü]{{0,8}}\b))"
)
# Japanese: 『title』 and a name on its own (Han first, then Han or kana), the name's role word optional
_JA_NAME = r"[\u4e00-\u9fff\u3005][\u4e00-\u9fff\u3005\u3040-\u309f\u30a0-\u30ff・]{1,7}"
_JA_LINE = re.compile(rf"^\s*『([^』]{{1,60}})』\s*[（(]?\s*[／/|｜–—-]?\s*({_JA_NAME})\s*(?:著|作)?\s*[）)]?\s*$")
_JA_VERB_END = re.compile(r"[たるだすいてにをがはでともよねかう]$")  # a sentence's verb or particle ends no name
# Arabic: the quoted title, then li- glued to the name (two or three words), or li- glued to the name's role ("the
# writer", "the late") and the name after it
_AR_WORD = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{2,}"  # (and Persian's own letters: پ چ ژ ک گ ی)
# Arabic "«T» لA", "«T» للكاتب A"; Persian "«T» از A" (from, by), "«T» اثر A" (work of), "«T» نوشتهٔ A" (written by)
_AR_QUOTED_LI = re.compile(rf"[«\"“]([^«»\"“”]{{2,80}})[»\"”]\s+(?:لل(?:كاتبة?|روائية?|أديبة?|شاعرة?|راحلة?)\s+|ل|"
                           rf"(?:از|اثر|نوشته(?:ٔ|ی|\u200cی)?)\s+)({_AR_WORD}(?:\s{_AR_WORD}){{1,2}})")
_AR_NOT_NAME = set("في من على عن إلى مع هذا هذه الذي التي لا لم قد ما أن إن كان كانت هو هي ثم بعد قبل "
                   "ما تو او این آن یک در به با که را برای نگاه دید زبان سال".split())  # (and Persian's pronouns, particles)
_AR_BOOK_NOUN = r"(?:رواية|روايات|كتاب|قصة|قصص|ديوان|مجموعة|سيرة)"
# Korean: a name (a surname syllable first) with the genitive 의 before a bracketed title, "윤서아의 『바다의 정원』"
HANGUL = r"[\uac00-\ud7a3]"
_KO_SURNAMES = set("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
# (and the words for a work's kind or length, which stand before a title where a name would: "장편", "중편", "단편집",
# "신작", "산문집", "작품"; a kind word is never an author)
_KO_KINDS = ("장편소설", "단편소설집", "단편집", "소설집", "장편", "중편", "소설", "산문집", "에세이", "시집", "신작", "데뷔작", "대표작", "작품", "책")  # (longest first)
_KO_NOT_NAME = re.compile(f"(?:{'|'.join(_KO_KINDS + ('문학', '리뷰', '추천', '도서', '서평', '후기', '단편', '동화', '그림책', '만화'))})$")  # (and a post's words)
# (an honorific may stand between the name and 의: "윤서아 님의", "윤서아씨의"; a word for the work's kind between 의 and the
# brackets: "윤서아의 장편소설 『…』", "… 소설집 『…』", "… 신작 『…』")
_KO_KIND = f"(?:{'|'.join(_KO_KINDS)})"
# (the kind word may take its place in the writer's works before it: "첫 장편" the first novel, "두 번째 소설집", "마지막
# 작품", "새 에세이", "최신 장편")
_KO_ORDER = r"(?:(?:첫|새|마지막|최신|최근|유일한|(?:첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+)\s*번째)\s*)"
_KO_OWNED = re.compile(rf"(?<!{HANGUL})({HANGUL}{{2,4}}?)(?:\s*(?:님|씨))?의\s*(?:{_KO_ORDER}?{_KO_KIND}\s*)?[『《「〈]([^』》」〉]{{1,60}})[』》」〉]")
# (the press sets a title in plain quotes, 'T' or "T", where a blog brackets it: then the kind word must stand between,
# "A의 장편소설 'T'", for a quote after a name's 의 is as often a phrase of theirs)
_KO_OWNED_QUOTED = re.compile(rf"(?<!{HANGUL})({HANGUL}{{2,4}}?)(?:\s*(?:님|씨))?의\s*{_KO_ORDER}?{_KO_KIND}\s*['‘\"“]([^'’\"”\n]{{1,60}})['’\"”]")
# words that stand before a role as a name would: "a Korean / foreign / new / woman writer's"
KO_NOT_ROLE_NAME = set("한국 일본 미국 영국 중국 외국 국내 해외 신인 여성 남성 젊은 유명 인기 원로".split())
# ... or the name with its role ("작가", "소설가", "시인") before 의 and a book noun: "윤서아 작가의 장편소설 『…』", a cue
# strong enough on its own
_KO_ROLE_OWNED = re.compile(
    rf"(?<!{HANGUL})({HANGUL}{{2,4}})\s*(?:작가|소설가|시인|선생)님?의\s*(?:{HANGUL}{{1,6}}\s*)?[『《「〈]([^』》」〉]{{1,60}})[』》」〉]")
# Japanese: a name with kana ("森ひかり") before の and a bracketed title, at a clause's start; or in brackets after it
_JA_OWNED = re.compile(rf"(?:^|(?<=[、。「（(\s]))({_JA_NAME})の『([^』]{{1,60}})』")
# ... or with the work's kind between, and its place in the writer's works ("森ひかりの初の長編『T』", "…の最新作『T』",
# "…の二作目の小説『T』"): the name read shortest, for the kind's words are kana and kanji too
_JA_ORDER = r"(?:初の?|最新の|新しい|最後の|[一二三四五六七八九十\d]+(?:作目|冊目)の)"
_JA_KIND = r"(?:長編小説|短編小説集?|長編|短編集|中編|小説|作品|エッセイ集?|随筆集?|詩集|デビュー作|新作|最新作|代表作|受賞作)"
_JA_OWNED_KIND = re.compile(rf"(?:^|(?<=[、。「（(\s]))([\u4e00-\u9fff\u3005][\u4e00-\u9fff\u3005\u3040-\u309f\u30a0-\u30ff・]{{1,7}}?)"
                            rf"の{_JA_ORDER}?{_JA_KIND}『([^』]{{1,60}})』")
_JA_CREDITED = re.compile(rf"『([^』]{{1,60}})』\s*[（(]\s*({_JA_NAME})\s*(?:著|作)?\s*[）)]")
# a quoted title standing right before a name's cue ("«T» للكاتبة …", "\"T\" מאת …"): the title that name wrote
QUOTED_BEFORE = re.compile(r"(?:«([^«»]{1,80})»|\"([^\"]{1,80})\"|“([^“”]{1,80})”|『([^』]{1,60})』|《([^》]{1,60})》|„([^„“]{1,80})“)\s*,?\s*$")
# Hebrew: a quoted title, "של" (of) and a name of two words; an abbreviation's gershayim (״ or ") and a geresh (׳ or ')
# stand inside a word between its letters ("ש״י", "ז'בוטינסקי")
_HE_WORD = r"[\u05d0-\u05ea](?:[\u05d0-\u05ea]|['׳״\"](?=[\u05d0-\u05ea]))*"
_HE_OF = r"(?:,\s+ה(?:רומן|ספר|קובץ|נובלה|ממואר|מותחן)(?:\s+ה[\u05d0-\u05ea]+){0,2})?\s+של\s+"  # ('"T", the novel …')
# (Hebrew type sets quotes as gershayim too, "״T״", the opening one after a space or a one-letter prefix, "ב״T״")
_HE_QUOTED_OF = re.compile(rf"(?:[\"“„]([^\"“”„]{{2,60}})[\"”“]|(?:(?<![\u05d0-\u05ea])|(?<=(?<![\u05d0-\u05ea])[בלמהושכ]))״([^\"״“”„]{{2,60}})״)"
                           rf"{_HE_OF}({_HE_WORD}\s+{_HE_WORD})(?![\u05d0-\u05ea'׳״])")
# … or an unquoted title opening the line, "of" a name that is one of the post's tags ("בית בגליל של נעמה כהן יצא …")
_HE_OPENING_OF = re.compile(rf"^((?:{_HE_WORD}[\s־]+){{1,6}}?)של\s+({_HE_WORD}\s+{_HE_WORD}(?:\s+{_HE_WORD})?)")
# the head noun of an institution's or an event's name in the construct state, which no person's name opens ("פרס X",
# the X prize; "הוצאת X", "ועדת", "ספריית", "פסטיבל", "יריד" …): a tag that names a prize, a press or a fair
_HE_INSTITUTION = frozenset("פרס פרסי הוצאת ההוצאה ועדת עיריית אוניברסיטת מכון ספריית תחרות פסטיבל פסטיבלי יריד שבוע "
                            "מוזיאון תיאטרון עמותת קרן מרכז משרד מועצת אגודת איגוד בית".split())
# no name's word: a possessive ("השנה שלי", my year), a demonstrative ("החודש הזה"); nor all words definite (הַ-)
_HE_PRONOUN = frozenset("שלי שלך שלו שלה שלנו שלכם שלכן שלהם שלהן הזה הזאת הזו האלה".split())
# Hindi: name + possessive + (book noun +) quoted title ("… का 'T'"); Marathi's genitive after "A यांच्या 'T' …"
_HI_WORD = r"[\u0900-\u097f]+"
HI_BOOK_NOUN = (r"(?:उपन्यास|कहानी|कहानियाँ|किताब|पुस्तक|नाटक|कविता-संग्रह|कहानी-संग्रह|आत्मकथा|"
                 r"कादंबरी|कथासंग्रह|काव्यसंग्रह)")
_HI_GENITIVE = r"(?:का|की|के|यांच्या|यांची|यांचे|यांचा)"
_HI_POSSESSIVE = re.compile(
    rf"(?<![\u0900-\u097f])({_HI_WORD}(?:\s{_HI_WORD}){{0,2}})\s+{_HI_GENITIVE}\s+"
    rf"(?:(?:{_HI_WORD}\s+)?{HI_BOOK_NOUN}\s+)?['‘\"“]([^'’\"”]{{2,60}})['’\"”]"
)
# ... or the title unquoted after the book noun ("… का उपन्यास तमस मैंने …"): the words up to a pronoun or a postposition,
# which the page names again or its URL spells
_HI_UNQUOTED = re.compile(
    rf"(?<![\u0900-\u097f])({_HI_WORD}(?:\s{_HI_WORD}){{0,2}})\s+(?:का|की|के)\s+(?:{_HI_WORD}\s+)?{HI_BOOK_NOUN}\s+({_HI_WORD}(?:\s{_HI_WORD}){{0,3}})"
)
_HI_DEMONSTRATIVE = re.compile(rf"\s(?:यह|वह|ये|वे|इस|उस)\s+{HI_BOOK_NOUN}\s")
_HI_POSTPOSITION = set("ने को में से का की के पर तक लिए था थी थे है हैं".split())
# Devanagari consonants as URL slugs write them (vowels and signs dropped: slugs are compared by their consonants)
_HI_LATIN = dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
                     "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h".split()))
# words that stand where a Hindi name would: pronouns, "writer", "this", "my"
_HI_HONORIFIC = {"जी", "साहब", "साहिब", "महोदय", "महोदया"}
HI_NOT_NAME = set("इन्हीं उन्हीं इनका उनका इन उन इस उस यह वह मेरे मेरी मेरा हमारे हमारी लेखक लेखिका उन्होंने इन्होंने आज कल एक "
                   "मैंने हमने आपने फिर अब जब तब तो भी और लेकिन पर "
                   "मी आम्ही आपण त्या ते ती हा ही हे या आणि पण माझ्या आमच्या".split())  # (and Marathi's)


# Turkish: the owner of a book noun, "Işıl Yılmaz'ın 2009'da çıkan romanı" (Işıl Yılmaz's novel that came out in 2009):
# a name in the genitive, a few words, then a book noun with its possessive suffix (and any case ending after it)
TR_OWNER = re.compile(
    r"(?<![\w'’])((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)['’](?:n[ıiuü]n|[ıiuü]n)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:roman[ıi]|kitab[ıi]|eser[ıi]|öyküsü|hikâyesi|hikayesi|şiiri|denemesi|anlatısı|novellası)[a-zçğıöşü]{0,6}(?![\w'’])",
    re.I,
)


def lower_case_page(text: str) -> bool:
    """The page writes even its sentences' first words in lower case (Turkish dictionaries such as ekşi write so)."""
    starts = re.findall(r"(?:^|[.!?]\s+)([^\W\d_])", text, re.M)
    return len(starts) >= 3 and sum(c.isupper() for c in starts) <= 0.1 * len(starts)


def tr_owner(lines: list[str], context: Context) -> str | None:
    """Whose book a Turkish post's opening says it talks about ("… Yılmaz'ın son romanı"): a name of two or three
    words that the post calls by surname elsewhere; on a page written all in lower case, with no capitals to say
    "name", one it names whole again (the dictionaries' "(bkz: name)"), given capitalised."""
    if not (context.language or "").lower().startswith("tr"):
        return None
    lower = lower_case_page(context.text)
    not_authors = {n.casefold() for n in context.not_authors if n}
    for line in lines:
        for match in TR_OWNER.finditer(line):
            words = match.group(1).split()
            for run in (" ".join(words[-n:]) for n in (3, 2) if len(words) >= n):
                if run.casefold() in not_authors:
                    continue
                if is_name(run) and context.person(run):
                    return run
                if lower and run == run.lower() and context.mentions(run) >= 2 and is_name(capitalise(run, "tr")):
                    return capitalise(run, "tr")
    return None


def defines_owned(lines: list[str], owner: str) -> bool:
    """The entry opens by defining its headline as the owner's book, as a dictionary's entry does ("ayşe kara'nın 1962'de
    çıkan romanı." under the headline, the book's title, which the entry need not name again)."""
    pattern = re.compile(rf"^[\W\s]*{re.escape(owner)}['’](?:n[ıiuü]n|[ıiuü]n)\s+(?:[\w'’]+\s+){{0,3}}?"
                         r"(?:roman[ıi]|kitab[ıi]|eser[ıi]|öyküsü|hikâyesi|hikayesi|şiiri|denemesi|anlatısı|novellası)\s*[.;]", re.I)
    return any(pattern.match(line) for line in lines)


_HANGUL_LETTER = re.compile(r"[\uac00-\ud7af]")
# Vietnamese: a book's classifier noun, the title (sentence case), "của" (of) and a name, each syllable capitalised
# ("đọc lại cuốn Số đỏ của Vũ Trọng Phụng")
_VI_SYLLABLE = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]*"
_VI_OF = re.compile(rf"\b(?:cuốn|quyển|tác\s+phẩm|tiểu\s+thuyết|truyện\s+dài|tập\s+truyện)\s+({_VI_SYLLABLE}(?:\s+[\wÀ-ỹ]+){{0,8}}?)"
                    rf"\s+của\s+({_VI_SYLLABLE}(?:\s+{_VI_SYLLABLE}){{1,3}})\b")


def script_pair(text: str, context: Context, tags: list[str] = (), url: str = "") -> tuple[str, str] | None:
    """(title, author) from a line or headline that marks them with its language's own cues, or None."""
    if not text or len(text) > 1000:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for match in _VI_OF.finditer(text) if "của" in text else ():
        return clean_title(match.group(1)), match.group(2)
    for match in _TR_GENITIVE.finditer(text):
        name, title = match.group(1), match.group(2) or match.group(3)
        if is_name(name) and name.casefold() not in not_authors and title.split()[0] not in name.split():
            return clean_title(title), name
    match = _JA_LINE.match(text) or _JA_CREDITED.search(text)
    # "『T』（一章）": a count; "『인간 실격』(人間失格)": a Korean title's original in hanja or kanji, no name
    if match and not _JA_VERB_END.search(match.group(2)) and not counted(match.group(2)) and not _HANGUL_LETTER.search(match.group(1)) \
            and not imprint(match.group(2)):  # "『T』（〇〇新書）": the paperback line, no author (bookcjkimprint)
        return clean_title(match.group(1)), match.group(2)
    named = "\n".join([context.text, *tags])
    # (each script's patterns below asked only of a text holding a piece of text every match of them holds: their bracket,
    # particle or postposition, a substring test for the many lines in other scripts)
    for match in [*_JA_OWNED.finditer(text), *_JA_OWNED_KIND.finditer(text)] if "『" in text else ():  # a name with kana: named again, for a particle may open the run
        name = re.sub(rf"{HONORIFIC}$", "", match.group(1))  # "森ひかりさんの『T』": the honorific is no part of the name
        if len(name) >= 2 and not _JA_VERB_END.search(name) and not counted(name) and not part_before(text, match.start(2)) \
                and named_again(name, named, text):  # "第三章の『T』": a chapter's title
            return clean_title(match.group(2)), name
    for match in [*_KO_OWNED.finditer(text), *(_KO_OWNED_QUOTED.finditer(text) if "'" in text or "‘" in text or '"' in text or "“" in text else ())] if "의" in text else ():
        # the name named again, or the title named by the page's title or a tag: the book the page is about, and its owner
        if ko_name(match.group(1)) and match.group(1) not in KO_NOT_ROLE_NAME \
                and (named_again(match.group(1), named, text) or any(match.group(2).strip() in t for t in tags)
                     or _ko_sole_topic(match, text, context.text)):  # (not "한국의 소설")
            return clean_title(match.group(2)), match.group(1)
    for match in _KO_ROLE_OWNED.finditer(text) if "의" in text else ():
        if ko_name(match.group(1)) and match.group(1) not in KO_NOT_ROLE_NAME:
            return clean_title(match.group(2)), match.group(1)
    for match in [*(_KO_BARE.finditer(text) if "『" in text or "「" in text else ()),
                  *(_KO_BARE_QUOTED.finditer(text) if "'" in text or "‘" in text or '"' in text or "“" in text else ())]:  # "김하윤 『T』 후기": the name bare before the title, the text calling the person by it
        if ko_name(match.group(1)) and not match.group(1).endswith(("의", "을", "를", "도", "에")) \
                and match.group(1) not in KO_NOT_ROLE_NAME and _ko_person_again(match.group(1), context.text.replace(text, " ", 1)):  # (not this line)
            return clean_title(match.group(2)), match.group(1)
    for match in _AR_QUOTED_LI.finditer(text):
        words = match.group(2).split()
        for end in range(len(words), 1, -1):  # the name runs on into the sentence: the longest run named again
            name = ar_li_name(" ".join(words[:end]), text[:match.start(2)], named)
            # (the article's form is not this line's: any naming of it is another)
            if not set(words[:end]) & _AR_NOT_NAME and (named_again(name, named, text) or name not in text):
                return clean_title(match.group(1)), name
    for match in _HE_QUOTED_OF.finditer(text) if "של" in text else ():  # the surname named again: "of" is any owner's word
        words = match.group(3).split()
        if words[0] not in _HE_INSTITUTION and not (_HE_PRONOUN & set(words) or all(w[0] == "ה" for w in words)) \
                and named_again(words[-1], named, text):
            return clean_title(match.group(1) or match.group(2)), match.group(3)
    match = _HE_OPENING_OF.match(text.strip())
    if match:
        words = match.group(2).split()
        name = next((" ".join(words[:n]) for n in (3, 2) if " ".join(words[:n]) in tags), None)  # a tag, whole
        if name and name.casefold() not in not_authors and words[0] not in _HE_INSTITUTION:
            return clean_title(match.group(1)), name
    for match in _HI_POSSESSIVE.finditer(text) if "क" in text or "यांच" in text else ():  # (का, की, के; mr यांच्या)
        words = match.group(1).split()
        while words and words[-1] in _HI_HONORIFIC:  # "भारती जी का": the honorific after a name is no part of it
            words = words[:-1]
        if not words or CLASS_NOUN.search(match.group(1)):
            continue
        # opening the sentence, a full name, its book noun and the quoted title say it all ("X Y का उपन्यास "T" …")
        opening = match.start() == 0 or text[match.start() - 1] in "।.!?\n" or text[:match.start()].endswith(("। ", ". "))
        if opening and len(words) in (2, 3) and not set(words) & HI_NOT_NAME and re.search(HI_BOOK_NOUN, match.group(0)):
            return clean_title(match.group(2)), " ".join(words)
        # the name is the end of the run before the postposition that the page names again ("उपन्यासकार प्रेमचंद का …")
        for start in range(len(words)):
            name = " ".join(words[start:])
            if words[start] not in HI_NOT_NAME and not set(words[start:]) & HI_NOT_NAME and named_again(name, named, text):
                # the text calls the author by surname: a run of two or three words that opens the sentence is the
                # full name ("रमाकांत वर्मा का उपन्यास …", then "वर्मा" alone)
                opening = match.start() == 0 or text[match.start() - 1] in "।.!?\n" or text[:match.start()].endswith(("। ", ". "))
                if start > 0 and opening and not set(words) & HI_NOT_NAME:
                    return clean_title(match.group(2)), " ".join(words)
                return clean_title(match.group(2)), name
    return _hi_unquoted(text, named, url) or dashed_owner(text, context) or owned_quote(text, context)  # (bookdashowner: "T — A", A a book's owner)


def ar_li_name(name: str, before: str, named: str) -> str:
    """The name after the glued li- as the page writes it: li- before the article al- drops the article's alif
    ("للطيب" is li- + "الطيب"), so a run after a doubled lam is "ال…" when the page names it so and names the bare
    run nowhere but inside "ال…" or after a doubled lam; else the run itself (a name opening with lam, "لليلى" li- +
    "ليلى")."""
    if not (before.endswith("ل") and name.startswith("ل")):
        return name
    article = "ا" + name
    bare = named.count(name) - named.count(article) - named.count("ل" + name)  # the run standing on its own
    return article if named.count(article) and bare <= 0 else name


def _hi_unquoted(text: str, named: str, url: str) -> tuple[str, str] | None:
    """"भीष्म साहनी का उपन्यास तमस मैंने …": the name (named again, by surname at least) and the unquoted title after the
    book noun, the longest run before a pronoun or postposition that the page names again or the URL spells."""
    for match in _HI_UNQUOTED.finditer(text) if "क" in text else ():  # (का, की, के)
        if _HI_DEMONSTRATIVE.search(match.group(0)):  # "A का यह उपन्यास …": this novel, then what it does, no title
            continue
        words = match.group(1).split()
        names = [" ".join(words[i:]) for i in range(len(words)) if not set(words[i:]) & HI_NOT_NAME]
        opening = match.start() == 0 or text[match.start() - 1] in "।.!?\n" or text[:match.start()].endswith(("। ", ". "))
        # opening the sentence, the run is the full name, the text calling the author by surname; else the run named again
        full = names and opening and len(names[0].split()) > 1 and named_again(words[-1], named, text)
        name = names[0] if full else next((n for n in names if named_again(n, named, text)), None)
        after = match.group(2).split()
        end = next((i for i, w in enumerate(after) if w in HI_NOT_NAME or w in _HI_POSTPOSITION), len(after))
        titles = [" ".join(after[:n]) for n in range(end, 0, -1)]
        title = next((t for t in titles if named_again(t, named, text) or slug_spells(url, t)), None)
        if name and title:
            return title, name
    return None


def slug_spells(url: str, words: str) -> bool:
    """The URL's words spell the Devanagari `words`, consonant for consonant ("तमस" in "/tamas-samiksha")."""
    latin = " ".join("".join(_HI_LATIN.get(c, "") for c in w) for w in words.split())
    slug = re.sub(r"[aeiouy]+", "", slug_words(url)) if url else ""
    return len(latin.replace(" ", "")) >= 2 and f" {re.sub(r'[aeiouy]+', '', latin)} " in slug


def named_again(name: str, page: str, line: str) -> bool:
    """The page (its text and tags) names `name` again besides the naming in this line."""
    return page.count(name) - (1 if line in page else 0) >= 1


def construct_author(title: str, headline: str, tags: list[str]) -> str | None:
    """An Arabic headline's "رواية X" (the novel of X) where X is one of the post's tags, for the book the page titles."""
    for tag in tags:
        tag = tag.strip()
        if re.fullmatch(rf"{_AR_WORD}(?:\s{_AR_WORD}){{1,2}}", tag) and tag != title and not tag.startswith("ال") \
                and re.search(rf"{_AR_BOOK_NOUN}\s+(?:لل?(?:كاتبة?|روائية?)\s+)?{re.escape(tag)}(?![\u0621-\u064a])", headline):
            return tag
    return None


# Korean: a name set bare before the bracketed title, no particle ("… 다시 읽은 김하윤 『T』 후기"); a word opening with a
# surname's syllable is as likely a noun ("이번", "정말"), so the text must call the person by it as a whole word, and
# never with the particles of a place or a time (에, 에서, 부터, 까지: "이번에", "오늘부터"); a word ending in a particle
# ("한강의 『T』") is the owned form (_KO_OWNED); the press puts the kind between, "김하윤 첫 소설집 『T』"; a comma after the
# name only where the title closes the line or a headline's part ("한지우, 『T』"), not a vocative's ("정민아, 『T』 고마워")
_KO_BARE = re.compile(rf"(?:^|(?<=\s))({HANGUL}{{2,4}})(?:,(?=[^,\n]*[』」]\s*(?:$|\n|[:：|\-–—])))?\s+(?:{_KO_ORDER}?{_KO_KIND}\s*)?[『「]([^』」]{{1,60}})[』」]")  # (a word: not a particle after a title's bracket, "」이랑 「T」")
# (the press's plain quotes, "김하윤 장편 'T'", only with the kind word between: a name before a bare quote is as often
# a phrase of theirs, as for _KO_OWNED_QUOTED)
_KO_BARE_QUOTED = re.compile(rf"(?:^|(?<=\s))({HANGUL}{{2,4}})\s+{_KO_ORDER}?{_KO_KIND}\s*['‘\"“]([^'’\"”\n]{{1,60}})['’\"”]")


def _ko_person_again(name: str, text: str) -> bool:
    """The text names `name` as a word of its own (then a space, a stop, or a person's particle) and never as a place or
    a time ("이번에")."""
    if re.search(rf"(?<!{HANGUL}){re.escape(name)}(?:에|에서|부터|까지|쯤|마다)", text):
        return False
    return bool(re.search(rf"(?<!{HANGUL}){re.escape(name)}(?:[\s.,!?]|$|(?:은|는|이|가|의|도|과|와|씨|님)(?!{HANGUL}))", text))


# the topic or subject particle, or the copula after the work's kind ("A의 『T』은 …", "A의 소설집 『T』입니다", not "B의 『T』입니다")
_KO_TOPIC = re.compile(r"\s?(?:은|는|이|가|(?P<copula>입니다|이(?:다|에요|었다|었습니다)|예요|였다|였습니다))(?!\w)")
KO_NOT_OWNER = frozenset("고양이 어린이 한여름 한겨울 올여름 올겨울 유년기 우리들 이번주 지난주 이번달 이십대 삼십대 사십대 주인공 전세계 마지막 유일한".split())
# what the text says after a Korean name it calls a person: a writer's role or an honorific ("A 작가", "A 씨")
_KO_PERSON_AFTER = ("작가", "저자", "소설가", "시인", "씨", "님", "선생")


def _ko_called_person(name: str, text: str) -> bool:
    """The text calls `name` a person: a role or an honorific after it, or a writer's role before it ("작가 A")."""
    return any(name + gap + word in text for word in _KO_PERSON_AFTER for gap in (" ", "")) \
        or any(word + " " + name in text for word in _KO_PERSON_AFTER[:3])


_KO_BRACKETED = re.compile(r"[『《「〈]([^』》」〉]{1,60})[』》」〉]")


def _ko_sole_topic(match: re.Match, line: str, text: str) -> bool:
    """"A의 『T』은 …" names A once only, yet says whose the book is the sentence is about: the title, the subject of its
    sentence (a topic or subject particle after the bracket), is the one bracketed title of the whole text (a book
    brought in to compare, "A의 『T2』를 떠올리게 한다", takes an object's particle; the review's title is bracketed too)."""
    if len(match.group(1)) != 3 or match.group(1) in KO_NOT_OWNER or not (topic := _KO_TOPIC.match(line, match.end())) \
            or topic.group("copula") and not re.search(rf"의\s*{_KO_ORDER}?{_KO_KIND}\s*[『《「〈]", match.group(0)):
        return False  # (a name of three syllables, as most are: "오늘의", "인생의", "최고의" are a day's, a life's, the best)
    if imprint(match.group(1)) and not _ko_called_person(match.group(1), text):
        return False  # (a house's shape, "…사": a publisher's book, unless the text calls it a person, "A 작가", "A 씨")
    return {t.strip() for t in _KO_BRACKETED.findall(text)} == {match.group(2).strip()}


def ko_name(word: str) -> bool:
    """Two to four Hangul syllables opening with a surname's, and no common noun ("소설", "리뷰")."""
    return bool(re.fullmatch(rf"{HANGUL}{{2,4}}", word)) and word[0] in _KO_SURNAMES and not _KO_NOT_NAME.search(word)


# Vietnamese: every syllable of a name is capitalised, and so is every syllable of a place or a publisher ("Hà Nội",
# "Nhã Nam"): a name is the one a book noun or a writer's role says "of" ("của") or names, "văn của Trần Dần",
# "tiểu thuyết của nhà văn Ma Văn Kháng", "tác giả Nguyễn Huy Thiệp"
_VI_UPPER = "".join(chr(i) for i in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(i).isupper())
_VI_LOWER = "".join(chr(i) for i in [*range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(i).islower())
_VI_SYLLABLE = f"[{_VI_UPPER}][{_VI_LOWER}]*"
_VI_WORK = r"(?:văn|giọng\s+văn|lối\s+viết|ngòi\s+bút|bút\s+pháp|tác\s+phẩm|tiểu\s+thuyết|truyện(?:\s+ngắn|\s+dài)?|tập\s+truyện|thơ|tập\s+thơ)"
_VI_ROLE = r"(?:nhà\s+văn|nhà\s+thơ|tác\s+giả|cây\s+bút)"
_VI_CUED = re.compile(rf"(?<!\w)(?i:{_VI_WORK}\s+của\s+(?:{_VI_ROLE}\s+)?|{_VI_ROLE}\s+)({_VI_SYLLABLE}(?:\s{_VI_SYLLABLE}){{1,3}})(?!\w)")


def vi_cued(text: str, title: str, headline: str) -> str | None:
    """The person a Vietnamese post names by such a cue, for a title its headline marks with a review word ("[Review] T
    - …") or its text names whole (a headline's sentence, "Đọc lại một cuốn sách cũ …", is no title to pair it with)."""
    if not (REVIEW_PREFIX.match(headline or "") or title in text):
        return None
    for match in _VI_CUED.finditer(text):
        if match.group(1) != title and match.group(1) not in title:
            return match.group(1)
    return None


# Chinese: a post that opens "I reread A" (重读了A，…) and sets the book's edition on a line of its own under its
# picture, "《T》，出版社版": the bracketed title with its publisher is the book, the name the reading verb takes (a family
# name and one or two characters, then a stop or 的) its author
_HAN_EDITION = re.compile(r"^《([^《》]{1,40})》\s*[，,、:：]?\s*[^《》。！？]{0,20}?(?:出版社|出版|书局|書局|文库|文庫)[^《》。！？]{0,6}$")
_HAN_READ = re.compile(r"(?:重读|再读|重讀|再讀|读|讀)(?:了|完|完了|过|過)?\s*([\u4e00-\u9fff]{2,3}?)(?=[，,。、]|的(?!话|時|时))")


def han_edition(lines: list[str]) -> tuple[str, str] | None:
    """(title, author) of a Chinese post whose opening lines read an author by name and set the edition on its own line."""
    editions = [m.group(1) for m in map(_HAN_EDITION.match, (line.strip() for line in lines[:6])) if m]
    names = [m.group(1) for line in lines[:3] for m in _HAN_READ.finditer(line) if m.group(1)[0] in _HAN_FAMILY]
    if len(set(editions)) != 1 or len(set(names)) != 1 or names[0] in editions[0]:
        return None
    return editions[0], names[0]

