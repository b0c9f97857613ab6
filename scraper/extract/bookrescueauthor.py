"""The author ``bookrescue`` finds for a candidate title: a person the page names with cues of its script and language.

Read: ja name + さん/氏 + の小説, zh 作者：name or name + 著, ko name + 작가/저 or a name-shaped tag the text names,
he מאת X / X כותב(ת), ar بقلم/الكاتب X, fa اثر X, a possessive before a quoted title ("Lena Vogts »Das stille Haus«"),
a cover's alt text ("Cover of T by A"), or the one person a Latin/Cyrillic post names in full as the one who writes
(scored: ``_latin_author``). Kept apart from the rescue's titles so that each rule of who wrote it reads on its own;
whether the page names the title (``named``) lives here too, as it decides how much a Latin writer must show.

Of the Latin/Cyrillic candidates, a name the text sets after a preposition of place ("above Tanah Rata", "para São
Paulo", "в Минске") is a place, never the writer, unless the text uses it as a person's elsewhere (a writing verb after
it, a possessive before a work: "uma carta para Clara Nunes" is a person's); the post's deck or description may name the
writer in full whom the prose calls by surname alone, but never a translator ("A's translation") nor over a name the
prose gives with a writing verb; a name that runs on into the title ("where A sets T") is the title's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bookpersonarticle import article_led
from .book import is_name
from .bookgenretail import KIND_WORDS
from .bookpublisherrecord import TRANSLATION
from .bookarabicwrote import WROTE_OWN, weak_role
from .casefold import whole_word
from .bookscripts import HANGUL, construct_author, ko_name as _ko_name, vi_cued
from .bookrecordfront import record_front

if TYPE_CHECKING:
    from .bookrescue import Page


_HAN = r"[\u4e00-\u9fff\u3005]"
_FA_WORD = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]{2,}"
# (not a name's word: a particle, a verb (می‌, نمی‌, است, بود), a book's or a kind's word, a role (writer, poet,
# translator: "A نویسنده ایرانی،", "A ترجمه B،") or an epithet of a nationality or of fame ("ژول ورن فرانسوی،")
_FA_ROLE = (r"نویسنده|نویسنده‌ی|شاعر|ترجمه|ترجمهٔ|مترجم|برگردان|پژوهشگر|روزنامه‌نگار|فیلسوف|برنده|معاصر|مشهور|"
            r"معروف|بزرگ|جوان")
_FA_NATION = (r"ایرانی|افغان|افغانستانی|تاجیک|فرانسوی|روس|روسی|آمریکایی|امریکایی|انگلیسی|بریتانیایی|آلمانی|ایتالیایی|"
              r"اسپانیایی|پرتغالی|ژاپنی|چینی|کره‌ای|هندی|ترک|ترکیه‌ای|عرب|مصری|لبنانی|عراقی|ایرلندی|سوئدی|نروژی|"
              r"دانمارکی|فنلاندی|هلندی|بلژیکی|لهستانی|چک|یونانی|اتریشی|سوئیسی|مجار|کانادایی|مکزیکی|کلمبیایی|"
              r"آرژانتینی|شیلیایی|برزیلی|پرویی|نیجریه‌ای|آفریقایی|اروپایی|لاتین")
_FA_NOT_NAME = (rf"(?:(?:را|و|که|از|به|در|با|این|آن|هم|نیز|یک|است|بود|شد|کرد|رمان\S*|کتاب\S*|داستان\S*|شعر\S*|"
                rf"{_FA_ROLE}|{_FA_NATION})"
                r"(?![\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc])|ن?می[\u200c\s])")  # ("میر", "مینا": names)
# a person named with the cue of their language (group 1 the name)
CUED = [
    re.compile(
        rf"({_HAN}{{2,6}})(?:さん|氏|先生)の(?:この|あの|新しい)?(?:小説|作品|長編|短編|新作|デビュー作|エッセイ)"
    ),
    re.compile(rf"(?:作者|著者|作家)\s*[:：]\s*({_HAN}{{2,6}})"),
    re.compile(rf"(?:^|(?<=[\s/|｜·，,：:（(]))({_HAN}{{2,4}})\s*著(?!{_HAN})"),
    re.compile(rf"(?:저자|작가)\s*[:：]\s*({HANGUL}{{2,4}})(?!{HANGUL})"),
    re.compile(rf"(?<!{HANGUL})({HANGUL}{{2,4}})\s*(?:작가|저(?!{HANGUL})|의\s*(?:장편)?소설|장편소설)"),
    re.compile(r"(?:מאת|הסופרת?)\s+([\u05d0-\u05ea'\"׳״\-]{2,}\s+[\u05d0-\u05ea'\"׳״\-]{2,})"),
    re.compile(
        r"(?<![\u05d0-\u05ea])([\u05d0-\u05ea'׳\-]{2,}\s+[\u05d0-\u05ea'׳\-]{2,})\s+(?:כותב|כותבת|כתב|כתבה)(?![\u05d0-\u05ea])"
    ),
    re.compile(
        r"(?:بقلم|للكاتبة?|الكاتبة?|للروائية?|الروائية?|للأديبة?)\s+([\u0621-\u064a]{2,}\s+[\u0621-\u064a]{2,})"
    ),
    WROTE_OWN,  # ("كتب A روايته", A wrote his novel: bookarabicwrote)
    # Persian "اثر" / "نوشتهٔ" (the work of, written by), with its own letters (پ چ ژ ک گ ی); a name of three or four
    # words ("جلال آل احمد", "فتانه حاج سید جوادی") only where the clause's comma closes it and no word of it is a
    # particle, a verb's or a book's word ("… را خواندم،", "… رمانی کوتاه،"): else its first two
    re.compile(
        rf"(?:اثر|نوشته(?:ٔ|ی|\u200cی)?)\s+((?:(?!{_FA_NOT_NAME}){_FA_WORD}\s+){{2,3}}"
        rf"(?!{_FA_NOT_NAME}){_FA_WORD}(?=\s*[،,])|{_FA_WORD}\s+{_FA_WORD})"
    ),
]
# words that open a clause in Hebrew and Arabic ("הוא גם כותב", "الكاتب في هذه"), never a name
_FUNCTION_WORDS = set(
    "הוא היא גם לא כבר עוד אני הם הן זה זו שם כאן רק עדיין פשוט אז כך איך מה מי אבל כי את על של עם".split()
    + "في من على عن إلى هذا هذه الذي التي لا لم قد ما أن إن كان كانت هو هي".split()
    + "این آن را از به در با که هم نیز یک خود دیگر همین همان".split()  # Persian
)
_CAP_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ][a-zà-öø-ÿā-žа-яёіїєґά-ώ\-]+|[A-ZА-ЯΑ-Ω]\.)"
FULL_NAME = re.compile(
    rf"(?<![\w.])({_CAP_WORD}(?:[^\S\n]+(?:(?:de|da|del|di|van|von|le|la)[^\S\n]+)?{_CAP_WORD}){{1,3}})(?![\w])"
)
_LABELLED = [CUED[1], CUED[3]]  # "作者：name", "저자: name": safe to read outside the post too
# a writer at work: "Mira Castellan opens with …", "Анна Лебедева пишет …", "X écrit"
_WRITES = re.compile(
    r"^\s*(?:opens|begins|writes|wrote|tells|narrates|escribe|escribió|cuenta|narra|écrit|raconte|schreibt|erzählt|scrive|racconta|"
    r"escreve|conta|schrijft|vertelt|skriver|berättar|pisze|opowiada|пишет|рассказывает|описывает|пише|розповідає|γράφει|αφηγείται)\b",
    re.I,
)
# a person named by a possessive just before a quoted title: "Lena Vogts »Das stille Haus«", "Le Brun's The …"
_POSSESSIVE_QUOTED = re.compile(rf"({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})(?:s|['’]s?)\s*[»«„“\"‘]")
# Cyrillic adjectival surnames in an oblique case (genitive/dative/instrumental): never the name's own form
_DECLINED = re.compile(r"[а-яіїєґ](?:ського|цького|зького|ого|ього|ому|ьому|ської|цької|ською|ським|ській)\b")
_ALT_BY = re.compile(
    rf"(?:\s(?:by|von|de|di|par|por|door|av|of)\s+)({_CAP_WORD}(?:\s+(?:(?:de|da|del|di|van|von|le|la)\s+)?{_CAP_WORD}){{1,3}})"
)


# a preposition of place or direction right before a name makes it a place, in the languages the scorer reads (en, pt,
# es, fr, de, nl, sv/da/no, pl, cs/sk, ru/uk/be, it): lower case, inside a sentence; not the ones that as often govern a
# person ("at", "to", "from", "de", "à", "bei", "у", "из", "на": "a nod to A", "у Толстого", "похож на")
_LOCATIVE = re.compile(
    r"(?:^|[\s(])(?:in|into|above|below|beneath|near|outside|across|around|em|no|na|nos|nas|para|en|hacia|dans|vers|"
    r"nach|im|naar|till|från|w|we|v|ve|в|во|під|над|возле|около|nel|nella|verso)\s+$"
)
_POSSESSED = re.compile(r"^(?:['’]s?\b|s\s)")  # "in Tan Twan Eng's novel", "in Juli Zehs Roman": the person's work
# the owner of a work, two words at most between: "Tom Reyes's last book", "Nunes' novel", "Juli Zehs neuer Roman"
_OWNS = re.compile(r"^(?:['’]s?|s)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)")
_WORKS = frozenset(KIND_WORDS | {"book", "books", "work", "works", "debut", "writing", "prose", "trilogy", "series"})
_WORD, _WORD_OR_STOP, _SPACES = re.compile(r"\w"), re.compile(r"[\w.]"), re.compile(r"\s+")


def _mentions(text: str, word: str, stop: bool = True) -> list[int]:
    """Where `word` stands whole in `text` (no word character after it, none before it, nor a stop if `stop`: an
    initial's "J. Reyes"), found with ``str.find``, no pattern compiled for each page's own name."""
    before, size, found, at = _WORD_OR_STOP if stop else _WORD, len(word), [], text.find(word) if word else -1
    while at != -1:
        if not (at and before.match(text, at - 1)) and not _WORD.match(text, at + size):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _as_person(text: str, end: int) -> bool:
    """The words after a name (ending at `end`) use it as a person's: a writing verb ("Clara Nunes escreve", "Tom Reyes
    writes") or a possessive before a work ("Tom Reyes's last book", "Juli Zehs Roman")."""
    after = text[end:end + 60]
    owns = _OWNS.match(after)
    return bool(_WRITES.match(after)) or bool(owns) and any(w.casefold() in _WORKS for w in owns.group(1).split())


def placed_name(name: str, text: str) -> bool:
    """The text sets `name` after a preposition of place at least once ("a friend in Porto Alegre"), not as a work's
    owner ("in A's novel"), and never uses it as a person's: the same prepositions govern people too ("uma carta para
    Clara Nunes", "lost faith in Tom Reyes"), and a name the text has write a book or own one is a person's."""
    mentions, placed = _mentions(text, name), False
    for at in mentions:
        if _as_person(text, at + len(name)):
            return False
        placed = placed or bool(_LOCATIVE.search(text, max(0, at - 12), at)) \
            and not _POSSESSED.match(text[at + len(name):at + len(name) + 2])
    return placed


# a translator in a deck: "A's translation", "A's new English translation", "translated by A", "traduit par A"
_TRANSLATOR_AFTER = re.compile(rf"^(?:['’]s?|s)?\s+(?:[^\W\d_]+\s+){{0,2}}(?:{TRANSLATION})", re.I)
_TRANSLATOR_BEFORE = re.compile(rf"(?:{TRANSLATION})\w*\s+(?:[^\W\d_]+\s+){{0,3}}$", re.I)
# any other hand's credit right before a name: translated (TRANSLATION), illustrated, narrated/read, edited by, in en de
# nl fr es pt it sv/da/no pl cs id ("illustriert von", "lu par", "leído por", "a cura di", "ingelezen door",
# "diedit oleh")
_CREDITED_BEFORE = re.compile(
    rf"(?:(?:{TRANSLATION})\w*|illustr\w+|ilustr\w+|narrat\w+|read|edited|herausgegeben|gelesen|gesprochen|lu|le[íi]do|"
    r"letto|lido|ingelezen|uitgegeven|redig\w+|édité|editad[oa]|a\s+cura|opracowa\w+|diedit|dibacakan)\s+"
    r"(?:by|von|door|par|por|de|di|da|av|af|ved|przez|od|oleh)\s+$", re.I)


def _deck_author(page: Page, title: str) -> str | None:
    """The writer the post's deck or description names in full ("A's novel reads differently now") whom the prose never
    names so but calls by surname alone, twice or more: the deck introduces them, the prose goes on by surname. A deck's
    translator ("A's translation of …", "translated by A") is no writer, and the prose naming someone in full as one
    who writes ("B writes about …") outweighs any deck: the scorer reads that."""
    decks = [page.description or ""] + [i.get("description") for i in page.jsonld if isinstance(i, dict)]
    decks = [d for d in decks if isinstance(d, str) and d.strip()]
    if not decks or _prose_writer(page):
        return None
    for deck in decks:
        for match in FULL_NAME.finditer(deck):
            name = match.group(1)
            surname = name.split()[-1]
            if not is_name(name) or name in page.prose or fold(name) in fold(title) \
                    or name in (page.context.not_authors if page.context else ()) or placed_name(name, deck) \
                    or _TRANSLATOR_AFTER.match(deck[match.end():match.end() + 60]) \
                    or _TRANSLATOR_BEFORE.search(deck[max(0, match.start() - 60):match.start()]):
                continue
            if len(_mentions(page.prose, surname)) >= 2:
                return name
    return None


def _prose_writer(page: Page) -> bool:
    """The prose names a person in full with a writing verb after ("Halvor Dahl writes about …")."""
    not_authors = page.context.not_authors if page.context else ()
    return any(_WRITES.match(line[match.end():]) and is_name(match.group(1)) and match.group(1) not in not_authors
               for line in page.lines for match in FULL_NAME.finditer(line))


def fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def named(title: str, page: Page) -> bool:
    """The body, a label or an image's alt text names the title."""
    key = fold(title)
    if not key:
        return False
    return (
        key in fold(page.prose)
        or any(key == fold(label) for label in page.tags)
        or any(key in fold(a) for a in page.alts)
    )


def _cued_author(page: Page, title: str) -> str | None:
    """A person the page names with a cue of its language (names right beside the title are left to the title)."""
    labelled = []  # "作者：林秋白" in a book box beside the post, whose box names the title
    if page.tree is not None:
        for element in page.tree.xpath(
            "//*[not(self::script or self::style)][text()[contains(.,'作者') or contains(.,'著者') or contains(.,'저자') or contains(.,'작가')]]"
        ):
            box = element.getparent() if element.getparent() is not None else element
            if title in box.text_content():
                labelled += [t for t in element.xpath("text()") if re.search(r"(?:作者|著者|저자|작가)\s*[:：]", t)]
    for text, patterns in [
        (page.text, CUED),
        *((alt, CUED) for alt in page.alts),
        *((t, _LABELLED) for t in labelled),
    ]:
        for pattern in patterns:
            for match in pattern.finditer(text):
                name = match.group(1).strip()
                # ("يستعير الكاتب أسلوب …": the role word as a clause's subject, bookarabicwrote)
                if name != title and title not in name and plausible(name, page) and not weak_role(match, text):
                    return name
    return None


def plausible(name: str, page: Page) -> bool:
    """A cued name that can be one: no function word in it; a Korean one (many nouns open with a surname's syllable,
    "한국 작가") only when the post names it twice, or in its headline or tags."""
    if any(word in _FUNCTION_WORDS for word in name.split()):
        return False
    # the blog's own name, which the page's <title> gives after the post's ("T - <blog> - <platform>"): the post's author
    page_title = " ".join(page.tree.xpath("//title/text()")) if page.tree is not None else ""
    if name in page_title and re.search(rf"\s[-|–—_·]\s*{re.escape(name)}\s*(?:[-|–—_·]|$)", page_title):
        return False
    if not re.match(HANGUL, name):
        return True
    return _ko_name(name) and (page.text.count(name) >= 2 or name in (page.title or "") or name in page.tags)


def _label_author(page: Page, title: str, headline: str) -> str | None:
    """A Korean name-shaped label in the headline, or that the post names as a person ("…에게", "… 작가", "…의 소설")."""
    for label in page.tags:
        label = label.strip()
        if (
            label != title
            and _ko_name(label)
            and (
                label in headline
                or re.search(
                    rf"(?<!{HANGUL}){label}(?:에게|\s*작가|\s*씨|\s*님|의\s*(?:소설|작품|책|문장))", page.text
                )
            )
        ):
            return label
    return None


def _before_title(name: str, title: str, text: str) -> str:
    """A run of capitals that runs on into the title ("Anna Lunds Vinterhamn" before "Vinterhamn i mars"): the name
    without the title's word, and without its genitive -s where the text names the bare surname ("Lund")."""
    words = name.split()
    if len(words) < 3 or not title.split() or words[-1] != title.split()[0]:
        return name
    name = " ".join(words[:-1])
    bare = name[:-1] if name.endswith("s") else ""
    return bare if bare and whole_word(text, bare.split()[-1]) else name


def _latin_author(page: Page, title: str, least: int) -> str | None:
    """The one person a post names in full as the one who writes, or by the cover's alt text, or in its labels.

    Points: 2 for a writing verb after the name, 2 for the name (or surname) among the labels, 1 for each mention
    by surname alone (up to 2), 1 for a name in the opening paragraph where nouns are lower case; −2 for each
    mention of the first name alone (characters go by first names). The best must have `least` points, alone.
    A sentence's first word before a word the text gives as another's given name ("Journey Fanton", beside "Fanton
    Drummond") is no name, and Indonesian/Malay "di" (at) ends a name ("A di Bloomington").
    """
    for label in page.tags:  # a full name among the labels, whom the prose calls by surname
        if is_name(label) and label.split()[-1] in page.prose and fold(label) not in fold(title):
            return label
    for alt in page.alts:  # "Cover of T by A": the "by" right after the title ("Photo by T … of X by A" is not it)
        at = alt.casefold().find(title.casefold())
        match = _ALT_BY.match(alt, at + len(title)) if at >= 0 else None
        if match and is_name(match.group(1)):
            return match.group(1)
    if deck := _deck_author(page, title):
        return deck
    scores: dict[str, int] = {}
    opening = next((i for i, line in enumerate(page.lines) if len(line.split()) >= 15), -1)  # the first paragraph
    for index, line in enumerate(page.lines):
        for match in FULL_NAME.finditer(line):
            name = _before_title(match.group(1), title, page.text)
            if " di " in name and page.context and (page.context.language or "")[:2] in ("id", "ms"):
                name = name.split(" di ")[0]  # (id/ms "di" is "at", no particle: "A di Bloomington" is A in a place)
            if article_led(name, page.context and page.context.language):
                name = name.split(" ", 1)[1]  # (tl "Si Amapola": a personal article before one name: bookpersonarticle)
            if (
                not is_name(name)
                or fold(name) in fold(title)
                or name in (page.context.not_authors if page.context else ())
            ):
                continue  # the title's own words, or the blog's or the blogger's name
            if _CREDITED_BEFORE.search(line, max(0, match.start() - 40), match.start()):
                continue  # "T, translated by A", "illustrated by A", "narrated by A": a credit, not the writer
            if _DECLINED.search(name) or placed_name(name, page.text):
                continue  # "Михайла Коцюбинського": a name in the genitive, not the form an author goes by; a place
            first, surname = name.split()[0], name.split()[-1]
            # "Journey Fanton …" opening a sentence, the text naming "Fanton Drummond": a noun and a given name
            if _OPENS.search(line[:match.start()]) and re.search(rf"(?<![\w.]){re.escape(surname)} {_CAP_WORD}",
                                                                 page.text):
                continue
            if re.fullmatch(r"[А-ЯЁ][а-яё]+[ая]", surname) and whole_word(page.text, surname[:-1]):
                # "Михаила Булгакова" where the text also says "Булгаков": the genitive, not the name's own form
                continue
            score = 2 * bool(_WRITES.match(line[match.end():]) or record_front(line, *match.span(1), title))
            # the name runs on into the title, at most three lower-case words between ("where A sets T")
            score += 2 * _runs_on(line[match.end():], title)
            score += 2 * any(
                surname.casefold() == label.casefold() or name.casefold() == label.casefold() for label in page.tags
            )
            before, second = name.split()[-2], name.split()[1]
            # "Castellan's pace"
            text = page.text
            alone = sum(not text.endswith(f"{before} ", 0, at) for at in _mentions(text, surname, stop=False))
            score += min(alone, 2)
            score -= 2 * sum(
                not ((gap := _SPACES.match(text, at + len(first))) and text.startswith(second, gap.end()))
                for at in _mentions(text, first, stop=False)
            ) if "." not in first else 0
            # capitals say "name" in such a language only inside a sentence: "Uso Leopardi come …" opens with a verb
            inside = not _OPENS.search(line[:match.start()])
            score += index == opening and inside and lower_case_nouns(page.text)
            # opening a sentence, two capitalised words are as often a noun and its genitive ("Załoga Kondora nie …")
            # (a name with its particle, "Mário de Andrade", is no noun and its genitive)
            score -= not inside and not _WRITES.match(line[match.end():]) and lower_case_nouns(page.text) \
                and not re.search(r"\s(?:de|da|del|di|van|von|le|la)\s", name)
            scores[name] = max(scores.get(name, -9), score)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


_OPENS = re.compile(r"(?:^|[.!?:;]\s*|[.!?]\s+[\"“«]?)$")  # (what comes before a sentence's first word)
# at most three lower-case words between a name and the title it runs on into ("where A sets T")
_RUN_ON = re.compile(r"(?:\s+[^\W\d_A-ZÀ-ÞА-ЯЁ][\w'’\-]*){1,3}\s+[\"“«„]?")


def _runs_on(after: str, title: str) -> bool:
    """The words after a name run on into `title` ("… sets T"), the title found with ``str.find``."""
    at = after.find(title) if title else -1
    while at > 0:
        if _RUN_ON.fullmatch(after, 0, at):
            return True
        at = after.find(title, at + 1)
    return False


def lower_case_nouns(text: str) -> bool:
    """The language writes its nouns in lower case (not German), so capitalised words inside a sentence are names."""
    inner = re.findall(r"(?<=[\w,;] )[^\W\d_]+", text)
    return bool(inner) and sum(w[0].isupper() for w in inner) < 0.12 * len(inner)


def full_name(surname: str, page: Page) -> str | None:
    """The full name a post (or its cover's alt text) gives a person it also calls by surname ("Le Brun")."""
    pattern = re.compile(rf"(?<![\w.])((?:{_CAP_WORD}\s+){{1,3}}){re.escape(surname)}(?!\w)")
    # in prose twice: "Reading Le Brun" is no name
    for text, times in [*((alt, 1) for alt in page.alts), (page.text, 2)]:
        found = [m.group(0) for m in pattern.finditer(text) if is_name(m.group(0))]
        best = max(set(found), key=found.count, default=None)
        if best and found.count(best) >= times:
            return best
    return None


def _possessive(headline: str, title: str) -> str | None:
    """The owner before a quoted title in the headline: "Lena Vogts »Das stille Haus«"."""
    at = headline.find(title)
    match = _POSSESSIVE_QUOTED.search(headline[:at + 1]) if at > 0 else None
    if not match:
        return None
    name = match.group(1)
    return name if is_name(name) else None


def author_for(title: str, page: Page, headline: str, marked: bool) -> str | None:
    """A cued author for any candidate; the writer a Latin/Cyrillic post names only for a title the headline marks."""
    strong = (
        _possessive(headline, title)
        or _label_author(page, title, headline)
        or construct_author(title, headline, page.tags)
        or _cued_author(page, title)
        or vi_cued(page.text, title, headline)
    )
    # a bare headline that the text never names needs a writer with more to show for it than the opening
    return strong or _latin_author(page, title, 1 if marked or named(title, page) else 2)
