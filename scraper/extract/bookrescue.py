"""A last look for the book of a post whose headline and text name it in forms the other book rules do not read.

Called once, after ``book.from_title`` and ``bookbody.find_book``, only where the book is still missing, has no
author, or has an author known by surname alone. Each rule needs two things the page says independently:

- a title: the book a schema.org ``BlogPosting`` is ``about``; the quoted part of the headline (« », 『』, 《》,
  “ ”, » «, „ “); the part of a headline before or after a colon or comma when the other part is a sentence or a note
  (lower case, figures; not a listing's first item: ``bookenumerated``); a short bare headline; a tag's quoted title;
- an author for it: a person the page names with cues of its script and language — ja name + さん/氏 + の小説,
  zh 作者：name or name + 著, ko name + 작가/저 or a name-shaped tag the text names, he מאת X / X כותב(ת),
  ar بقلم/الكاتب X, a possessive before a quoted title ("Lena Vogts »Das stille Haus«"), a cover's alt text
  ("Cover of T by A"), or the one person a Latin/Cyrillic post names in full as the one who writes.

A wrong book is worse than none: when no author is found this way the book is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from lxml.html import HtmlElement

from .book import _REVIEW_PREFIX, _REVIEW_SUFFIX, _SPEECH, Book, Context, clean_title, is_name; from .casefold import whole_word
from .bookbody import _title_like, listing  # (bookenumerated's, as bookbody imports it)
from .bookenumerated import kind_only
from .bookscripts import _HANGUL, QUOTED_BEFORE, construct_author, ko_name as _ko_name, han_edition, vi_cued
from .bookdashowner import quoted_dashed
from .bookcolumn import own_form, series_free  # (bookseries' candidates, a column's name put aside)
from .booktitles import cjk_owner, tagged_han_author, title_character as _title_character  # noqa: F401 (tests read it here)
from .bookhashtags import hashtagged
from .bookfandom import archive_book; from .bookphrasetitle import swapped; from .bookquotedkind import quoted_kind

_OPEN_CLOSE = {"«": "»", "»": "«", "“": "”", "„": "“", "『": "』", "《": "》", "「": "」", "〈": "〉", "‹": "›", "\"": "\""}
_QUOTED = re.compile("|".join(rf"{re.escape(o)}([^{re.escape(o + c)}]{{1,80}}?){re.escape(c)}" for o, c in _OPEN_CLOSE.items()))
_TAG = re.compile(r"^\s*(?:\[[^\]]{1,20}\]|【[^】]{1,20}】|〔[^〕]{1,20}〕)\s*")
_HAN = r"[\u4e00-\u9fff\u3005]"
# a person named with the cue of their language (group 1 the name)
_CUED = [
    re.compile(rf"({_HAN}{{2,6}})(?:さん|氏|先生)の(?:この|あの|新しい)?(?:小説|作品|長編|短編|新作|デビュー作|エッセイ)"),
    re.compile(rf"(?:作者|著者|作家)\s*[:：]\s*({_HAN}{{2,6}})"),
    re.compile(rf"(?:^|(?<=[\s/|｜·，,：:（(]))({_HAN}{{2,4}})\s*著(?!{_HAN})"),
    re.compile(rf"(?:저자|작가)\s*[:：]\s*({_HANGUL}{{2,4}})(?!{_HANGUL})"),
    re.compile(rf"(?<!{_HANGUL})({_HANGUL}{{2,4}})\s*(?:작가|저(?!{_HANGUL})|의\s*(?:장편)?소설|장편소설)"),
    re.compile(r"(?:מאת|הסופרת?)\s+([\u05d0-\u05ea'\"׳״\-]{2,}\s+[\u05d0-\u05ea'\"׳״\-]{2,})"),
    re.compile(r"(?<![\u05d0-\u05ea])([\u05d0-\u05ea'׳\-]{2,}\s+[\u05d0-\u05ea'׳\-]{2,})\s+(?:כותב|כותבת|כתב|כתבה)(?![\u05d0-\u05ea])"),
    re.compile(r"(?:بقلم|للكاتبة?|الكاتبة?|للروائية?|الروائية?|للأديبة?)\s+([\u0621-\u064a]{2,}\s+[\u0621-\u064a]{2,})"),
    # Persian "اثر" / "نوشتهٔ" (the work of, written by), with its own letters (پ چ ژ ک گ ی)
    re.compile(r"(?:اثر|نوشته(?:ٔ|ی|\u200cی)?)\s+([\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{2,}\s+[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{2,})"),
]
# words that open a clause in Hebrew and Arabic ("הוא גם כותב", "الكاتب في هذه"), never a name
_FUNCTION_WORDS = set("הוא היא גם לא כבר עוד אני הם הן זה זו שם כאן רק עדיין פשוט אז כך איך מה מי אבל כי את על של עם".split()
                      + "في من على عن إلى هذا هذه الذي التي لا لم قد ما أن إن كان كانت هو هي".split()
                      + "این آن را از به در با که هم نیز یک خود دیگر همین همان".split())  # Persian
_CAP_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ][a-zà-öø-ÿā-žа-яёіїєґά-ώ\-]+|[A-ZА-ЯΑ-Ω]\.)"
_FULL_NAME = re.compile(rf"(?<![\w.])({_CAP_WORD}(?:[^\S\n]+(?:(?:de|da|del|di|van|von|le|la)[^\S\n]+)?{_CAP_WORD}){{1,3}})(?![\w])")
_LABELLED = [_CUED[1], _CUED[3]]  # "作者：name", "저자: name": safe to read outside the post too
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
_ALT_BY = re.compile(rf"(?:\s(?:by|von|de|di|par|por|door|av|of)\s+)({_CAP_WORD}(?:\s+(?:(?:de|da|del|di|van|von|le|la)\s+)?{_CAP_WORD}){{1,3}})")


@dataclass
class Page:
    """What the rescue reads: the headline, the post's lines, its labels, the tree and its JSON-LD items."""

    title: str | None
    lines: list[str]
    labels: list[str] = field(default_factory=list)
    tree: HtmlElement | None = None
    jsonld: list[dict] = field(default_factory=list)
    context: Context | None = None
    pictures: list[str] = field(default_factory=list)  # image alt texts read before cleaning
    tag_links: list[str] = field(default_factory=list)  # tag links read before cleaning (see `tag_links`)

    @cached_property
    def text(self) -> str:
        return "\n".join(self.lines)

    @cached_property
    def prose(self) -> str:
        """The text without the headline, where the post repeats it."""
        return "\n".join(line for line in self.lines if line != (self.title or "").strip())

    @cached_property
    def alts(self) -> list[str]:
        return [a.strip() for a in self.pictures if a.strip()]

    @cached_property
    def tags(self) -> list[str]:
        """The labels, with the tag links ("#윤서진") that the metadata did not read."""
        return self.labels + self.tag_links


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def _named(title: str, page: Page) -> bool:
    """The body, a label or an image's alt text names the title."""
    key = _fold(title)
    if not key:
        return False
    return key in _fold(page.prose) or any(key == _fold(label) for label in page.tags) or any(key in _fold(a) for a in page.alts)


def _about(jsonld: list[dict]) -> Book | None:
    """A post's schema.org ``about`` (or ``mainEntity``) Book with a name and an author."""
    for item in jsonld:
        for key in ("about", "mainEntity"):
            for thing in item.get(key) if isinstance(item.get(key), list) else [item.get(key)]:
                if not isinstance(thing, dict) or "Book" not in str(thing.get("@type")):
                    continue
                name, author = thing.get("name"), thing.get("author")
                author = author.get("name") if isinstance(author, dict) else author
                if isinstance(name, str) and isinstance(author, str) and name.strip() and author.strip():
                    return Book(clean_title(name), author.strip(), source="jsonld")
    return None


def _sentence_like(part: str) -> bool:
    """A headline part that is a remark, not a title: it starts in lower case or carries figures."""
    part = part.strip(" -–—")
    return not part or part[0].islower() or bool(re.search(r"\d", part))


def _bare(headline: str) -> str:
    """A headline without its "[tag]" and its review words ("Reread: …", "… (Rezension)")."""
    bare = _TAG.sub("", headline.strip()) or headline
    return _REVIEW_SUFFIX.sub("", _REVIEW_PREFIX.sub("", bare)) or bare


def title_candidates(headline: str) -> list[tuple[str, bool]]:
    """(title, marked) candidates from a headline, best first; `marked` when quotes or the headline's shape say so."""
    headline = re.sub(r"\s+", " ", headline or "").strip()
    bare = _bare(headline)
    out: list[tuple[str, bool]] = [(m.group(m.lastindex), True) for m in _QUOTED.finditer(bare)
                                   if not _SPEECH.match("“" + m.group(m.lastindex))]  # a quoted "I …" is speech
    for separator in (r":\s+|：", r",\s+|、|，"):
        parts = re.split(separator, bare, maxsplit=1)
        if len(parts) == 2 and not out:
            left, right = parts
            if _sentence_like(right) and not _sentence_like(left):
                out.append((left, not listing(bare)))  # (a listing's first item: a title only where the page names it)
            elif _sentence_like(left) and not _sentence_like(right):
                out.append((right, True))
            else:
                out += [(left, False), (right, False)]
    if len(bare.split()) <= 6 and not re.search(r"[.!?。！？]$|[,:;，、：]", bare):
        out.append((bare, bare != headline))
    # a title starts with a capital where the script has them: "the pond that was an ocean" is the post's own words
    return [(clean_title(t), marked) for t, marked in out if clean_title(t) and not _SPEECH.match(t.strip())
            and not clean_title(t)[0].islower() and not kind_only(clean_title(t))]  # (bookenumerated: "Kniha, která…")


def _cued_author(page: Page, title: str) -> str | None:
    """A person the page names with a cue of its language (names right beside the title are left to the title)."""
    labelled = []  # "作者：林秋白" in a book box beside the post, whose box names the title
    if page.tree is not None:
        for element in page.tree.xpath("//*[not(self::script or self::style)][text()[contains(.,'作者') or contains(.,'著者') or contains(.,'저자') or contains(.,'작가')]]"):
            box = element.getparent() if element.getparent() is not None else element
            if title in box.text_content():
                labelled += [t for t in element.xpath("text()") if re.search(r"(?:作者|著者|저자|작가)\s*[:：]", t)]
    for text, patterns in [(page.text, _CUED), *((alt, _CUED) for alt in page.alts), *((t, _LABELLED) for t in labelled)]:
        for pattern in patterns:
            for match in pattern.finditer(text):
                name = match.group(1).strip()
                if name != title and title not in name and _plausible(name, page):
                    return name
    return None


def _plausible(name: str, page: Page) -> bool:
    """A cued name that can be one: no function word in it; a Korean one (many nouns open with a surname's syllable,
    "한국 작가") only when the post names it twice, or in its headline or tags."""
    if any(word in _FUNCTION_WORDS for word in name.split()):
        return False
    # the blog's own name, which the page's <title> gives after the post's ("T - <blog> - <platform>"): the post's author
    page_title = " ".join(page.tree.xpath("//title/text()")) if page.tree is not None else ""
    if name in page_title and re.search(rf"\s[-|–—_·]\s*{re.escape(name)}\s*(?:[-|–—_·]|$)", page_title):
        return False
    if not re.match(_HANGUL, name):
        return True
    return _ko_name(name) and (page.text.count(name) >= 2 or name in (page.title or "") or name in page.tags)


def _label_author(page: Page, title: str, headline: str) -> str | None:
    """A Korean name-shaped label in the headline, or that the post names as a person ("…에게", "… 작가", "…의 소설")."""
    for label in page.tags:
        label = label.strip()
        if label != title and _ko_name(label) and (
                label in headline or re.search(rf"(?<!{_HANGUL}){label}(?:에게|\s*작가|\s*씨|\s*님|의\s*(?:소설|작품|책|문장))", page.text)):
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
    """
    for label in page.tags:  # a full name among the labels, whom the prose calls by surname
        if is_name(label) and label.split()[-1] in page.prose and _fold(label) not in _fold(title):
            return label
    for alt in page.alts:  # "Cover of T by A": the "by" right after the title ("Photo by T … of X by A" is not it)
        at = alt.casefold().find(title.casefold())
        match = _ALT_BY.match(alt, at + len(title)) if at >= 0 else None
        if match and is_name(match.group(1)):
            return match.group(1)
    scores: dict[str, int] = {}
    opening = next((i for i, line in enumerate(page.lines) if len(line.split()) >= 15), -1)  # the first paragraph
    for index, line in enumerate(page.lines):
        for match in _FULL_NAME.finditer(line):
            name = _before_title(match.group(1), title, page.text)
            if not is_name(name) or _fold(name) in _fold(title) or name in (page.context.not_authors if page.context else ()):
                continue  # the title's own words, or the blog's or the blogger's name
            if _DECLINED.search(name):
                continue  # "Михайла Коцюбинського": a name in the genitive, not the form an author goes by
            first, surname = name.split()[0], name.split()[-1]
            if re.fullmatch(r"[А-ЯЁ][а-яё]+[ая]", surname) and whole_word(page.text, surname[:-1]):
                continue  # "Михаила Булгакова" where the text also says "Булгаков": the genitive, not the name's own form
            score = 2 * bool(_WRITES.match(line[match.end():]))
            score += 2 * any(surname.casefold() == label.casefold() or name.casefold() == label.casefold() for label in page.tags)
            before, second = name.split()[-2], name.split()[1]
            alone = len(re.findall(rf"(?<!{re.escape(before)} )(?<!\w){re.escape(surname)}(?!\w)", page.text))  # "Castellan's pace"
            score += min(alone, 2)
            score -= 2 * len(re.findall(rf"(?<!\w){re.escape(first)}(?!\w)(?!\s+{re.escape(second)})", page.text)) if "." not in first else 0
            # capitals say "name" in such a language only inside a sentence: "Uso Leopardi come …" opens with a verb
            inside = not re.search(r"(?:^|[.!?:;]\s*|[.!?]\s+[\"“«]?)$", line[:match.start()])
            score += index == opening and inside and _lower_case_nouns(page.text)
            # opening a sentence, two capitalised words are as often a noun and its genitive ("Załoga Kondora nie …")
            score -= not inside and not _WRITES.match(line[match.end():]) and _lower_case_nouns(page.text)
            scores[name] = max(scores.get(name, -9), score)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def _lower_case_nouns(text: str) -> bool:
    """The language writes its nouns in lower case (not German), so capitalised words inside a sentence are names."""
    inner = re.findall(r"(?<=[\w,;] )[^\W\d_]+", text)
    return bool(inner) and sum(w[0].isupper() for w in inner) < 0.12 * len(inner)


def _full_name(surname: str, page: Page) -> str | None:
    """The full name a post (or its cover's alt text) gives a person it also calls by surname ("Le Brun")."""
    pattern = re.compile(rf"(?<![\w.])((?:{_CAP_WORD}\s+){{1,3}}){re.escape(surname)}(?!\w)")
    for text, times in [*((alt, 1) for alt in page.alts), (page.text, 2)]:  # in prose twice: "Reading Le Brun" is no name
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


def _author_for(title: str, page: Page, headline: str, marked: bool) -> str | None:
    """A cued author for any candidate; the writer a Latin/Cyrillic post names only for a title the headline marks."""
    strong = _possessive(headline, title) or _label_author(page, title, headline) or construct_author(title, headline, page.tags) \
        or _cued_author(page, title) or vi_cued(page.text, title, headline)
    # a bare headline that the text never names needs a writer with more to show for it than the opening
    return strong or _latin_author(page, title, 1 if marked or _named(title, page) else 2)


def _tagged_owner(page: Page) -> Book | None:
    """"林海音的《城南旧事》": a bracketed title and its owner, whom the text names once, beside it, and the post's tags
    name again (a Chinese or Japanese post names its author once; its hashtags name them again)."""
    if not page.tags:
        return None
    whole = "\n".join([page.text, *page.tags])
    for line in page.lines:
        owned = cjk_owner(line, whole) if "《" in line or "『" in line else None
        if owned and owned[1] in page.tags:
            return Book(owned[0], owned[1], source="rescue")
    tagged = tagged_han_author(page.text, page.tags, lambda t: len(t) == 3 and _ko_name(t), page.title or "")  # (a Korean name: three syllables)
    return Book(*tagged, source="rescue") if tagged else None


_PARTICLES = {"le", "la", "de", "du", "da", "di", "van", "von", "der", "del"}


def rescue(book: Book | None, page: Page) -> Book | None:
    """The book with its author when the page names both in forms the other rules do not read; else `book`."""
    if book and book.author:
        # "Le Brun's The Glass Orchard, ten years later": a surname (particle first) and a remark after the title
        full = _full_name(book.author, page) if book.author.split()[0].casefold() in _PARTICLES else None
        return _trim_remark(Book(book.title, full or book.author, book.year, book.publisher, book.source), page)
    about = _about(page.jsonld) or _thai(page) or _quoted_then_cued(page) or ((e := han_edition(page.lines)) and Book(*e, source="rescue")) \
        or ((q := quoted_dashed(page.title, page.context)) and Book(*q, source="rescue"))  # ("<label>: T – A" over "A's "T"": bookdashowner)
    if about := about or hashtagged(page) or archive_book(page.tree, page.context) or quoted_kind(page.text, page.title, page.prose):  # (bookhashtags; bookfandom: a fiction archive's; bookquotedkind: „T”, romanul lui A)
        return about
    headline = page.title or ""
    candidates = ([(book.title, True)] if book else []) + series_free(title_candidates(headline), headline, page.tree, page.text)
    candidates += [(m.group(m.lastindex), True) for m in _QUOTED.finditer(page.text)
                   if any(_fold(m.group(m.lastindex)) == _fold(label) for label in page.tags)]
    whole = clean_title(_bare(headline))
    for title, marked in candidates:
        if not (title := swapped(title, headline, page.prose, page.context)):
            continue  # an English headline's phrase the prose writes in lower case: no title (bookphrasetitle)
        if not (marked or title == whole or _named(title, page)):
            continue  # one part of a headline split in two is a title only where the page names it
        english = ((page.context.language if page.context else None) or "").lower().startswith("en")
        if english and not (marked or _named(title, page) or _title_like(title, "en")):
            continue  # an English headline the page never names must be title-cased ("Weekend notes" is a post's label)
        if _ko_name(title) and title in page.tags:
            continue  # "박하늘, 푸른 정원": the name-shaped part the tags name is the author
        author = _author_for(title, page, headline, marked)
        if author and _fold(author) != _fold(title) and not _title_character(author, title):
            return Book(title, own_form(author, page.text, page.context and page.context.language), source="rescue")
    return _tagged_owner(page) or book


def _quoted_then_cued(page: Page) -> Book | None:
    """A quoted title right before a person's cue ("«T» للكاتبة X", "\"T\" מאת X"): that title is the one X wrote,
    before any title the headline may give."""
    for pattern in _CUED:
        for match in pattern.finditer(page.text):
            quoted = QUOTED_BEFORE.search(page.text, max(0, match.start() - 100), match.start())
            name = match.group(1).strip()
            if quoted and _plausible(name, page):
                title = clean_title(next(g for g in quoted.groups() if g))
                if title and title != name:
                    return Book(title, name, source="rescue")
    return None


# (the phrase may stand in quotes, as Thai sets titles off too: "รีวิว "T" ของA")
_THAI_OF = re.compile(r"(?:^|\s)[\"“'‘«]?([\u0e01-\u0e5b]{2,40})[\"”'’»]?\s*(?:ของ|โดย)\s*")


def _thai(page: Page) -> Book | None:
    """Thai writes words unspaced and sets phrases off with spaces (or quotes): "… อ่าน T ของA …" (T "of" A) or
    "T โดย A" (by A), with A one of the post's tags and T a phrase that the headline holds: both named twice,
    independently."""
    headline = page.title or ""
    tags = sorted({t for t in page.tags if re.fullmatch(r"[\u0e01-\u0e5b.\s]{2,30}", t)}, key=len, reverse=True)
    for match in _THAI_OF.finditer(page.text):
        title = match.group(1)
        # unspaced, the name runs on into the sentence: the tag it opens with is the name
        author = next((t for t in tags if page.text.startswith(t, match.end())), None)
        if author and title in headline and title not in tags:
            return Book(title, author, source="rescue")
    # a translated book: the Thai title, its original in brackets, "of" a name in Latin script ("เจ้าชายน้อย (Le Petit
    # Prince) ของ Antoine de Saint-Exupéry"): the brackets and the script set both off
    for match in _THAI_ORIGINAL_OF.finditer(page.text):
        name = _FULL_NAME.match(page.text, match.end())
        if name and is_name(name.group(1)):
            joined = re.match(r"(?:-[A-ZÀ-Þ][^\s,.;:()]+)*", page.text[name.end(1):]).group(0)  # "Saint-Exupéry"
            return Book(match.group(1), name.group(1) + joined, source="rescue")
    return None


_THAI_ORIGINAL_OF = re.compile(r"(?:^|\s)([\u0e01-\u0e5b]{2,40})\s*\([^()\u0e01-\u0e5b]{2,60}\)\s*(?:ของ|โดย)\s*")


def _trim_remark(book: Book, page: Page) -> Book:
    """Drop a remark after the title's comma ("The Glass Orchard, ten years later") when the page names the bare title
    and never the whole; a remark is lower-case words, where a subtitle ("Babel, or the Necessity …") has capitals."""
    bracket = re.fullmatch(r"(.+?)\s*[（(]([^（()）]{1,30})[)）]", book.title)
    if bracket and book.author and book.author in bracket.group(2):  # "棋王（阿城作品，新版）": the author's name, an edition
        return Book(bracket.group(1), book.author, book.year, book.publisher, book.source)
    head, _, tail = book.title.partition(", ")
    if not (tail and tail == tail.lower() and head != head.lower() and len(tail.split()) >= 2) or _named(book.title, page):  # (a capital)
        return book
    # the bare title stands on the cover (alt text) or twice in the prose
    if any(_fold(head) in _fold(alt) for alt in page.alts) or _fold(page.prose).count(_fold(head)) >= 2:
        return Book(head, book.author, book.year, book.publisher, book.source)
    return book
