"""A last look for the book of a post whose headline and text name it in forms the other book rules do not read.

Called once, after ``bookheadline.from_title`` and ``bookbody.find_book``, only where the book is still missing, has no
author, or has an author known by surname alone. Each rule needs two things the page says independently:

- a title: the book a schema.org ``BlogPosting`` is ``about``; the quoted part of the headline (« », 『』, 《》,
  “ ”, » «, „ “); the part of a headline before or after a colon or comma when the other part is a sentence or a note
  (lower case, figures; not a listing's first item: ``bookenumerated``); a short bare headline; a tag's quoted title;
- an author for it: a person the page names with cues of its script and language — ja name + さん/氏 + の小説,
  zh 作者：name or name + 著, ko name + 작가/저 or a name-shaped tag the text names, a tag the headline or the opening
  line sets as a bracketed title's owner ("【読書メモ】A『T』", "A의 『T』", "《T》：A写的…"), he מאת X / X כותב(ת),
  ar بقلم/الكاتب X, a possessive before a quoted title ("Lena Vogts »Das stille Haus«"), a cover's alt text
  ("Cover of T by A"), or the one person a Latin/Cyrillic post names in full as the one who writes.

A wrong book is worse than none: when no author is found this way the book is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from lxml.html import HtmlElement

from .book import REVIEW_PREFIX, REVIEW_SUFFIX, Book, Context, clean_title, is_name
from .bookheadline import SPEECH
from .bookbody import title_like, listing  # (bookenumerated's, as bookbody imports it)
from .bookenumerated import kind_only
from .bookseriesname import series_name
from .bookscripts import QUOTED_BEFORE, ko_name as _ko_name, han_edition
from .bookrescueauthor import CUED, FULL_NAME, author_for, fold, full_name, named, plausible
from .bookdashowner import quoted_dashed
from .bookcolumn import own_form, series_free  # (bookseries' candidates, a column's name put aside)
from .booktitles import cjk_owner, tagged_han_author, title_character as _title_character  # noqa: F401 (tests read it here)
from .booktitles import FAMILY, cjk_bracketed, counted
from .bookcjkdotted import other_writer
from .bookcjkimprint import imprint
from .bookcjkslash import NOT_NAME as _NOTE_WORD, VERB_END as _VERB_END
from .bookworkword import work_word
from .bookhashtags import hashtagged
from .booktags import untagged
from .bookfandom import archive_book
from .bookphrasetitle import common_word, swapped
from .bookquotedkind import quoted_kind
from .slugspell import slug_words, spells

_OPEN_CLOSE = {
    "«": "»",
    "»": "«",
    "“": "”",
    "„": "“",
    "『": "』",
    "《": "》",
    "「": "」",
    "〈": "〉",
    "‹": "›",
    "\"": "\"",
}
_QUOTED = re.compile(
    "|".join(rf"{re.escape(o)}([^{re.escape(o + c)}]{{1,80}}?){re.escape(c)}" for o, c in _OPEN_CLOSE.items())
)
_TAG = re.compile(r"^\s*(?:\[[^\]]{1,20}\]|【[^】]{1,20}】|〔[^〕]{1,20}〕)\s*")


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
    description: str | None = None  # the page's meta description (a deck naming the writer: bookrescueauthor)
    url: str | None = None  # the post's address (a slug naming the title alone keeps its comma part: `_trim_remark`)

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
    return REVIEW_SUFFIX.sub("", REVIEW_PREFIX.sub("", bare)) or bare


def _split_part(title: str, headline: str) -> bool:
    """`title` is a part of the headline split at its colon or comma (``title_candidates``), which no quotes set off."""
    bare = _bare(re.sub(r"\s+", " ", headline or "").strip())
    if any(clean_title(m.group(m.lastindex)) == title for m in _QUOTED.finditer(bare)):
        return False
    return any(clean_title(part) == title for separator in (r":\s+|：", r",\s+|、|，")
               for part in re.split(separator, bare, maxsplit=1)[:2] if part != bare)


def title_candidates(headline: str) -> list[tuple[str, bool]]:
    """(title, marked) candidates from a headline, best first; `marked` when quotes or the headline's shape say so."""
    headline = re.sub(r"\s+", " ", headline or "").strip()
    bare = _bare(headline)
    # a quoted "I …" is speech
    out: list[tuple[str, bool]] = [(m.group(m.lastindex), True) for m in _QUOTED.finditer(bare)
                                   if not SPEECH.match("“" + m.group(m.lastindex))]
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
    # (bookenumerated: "Kniha, která…")
    return [
        (clean_title(t), marked)
        for t, marked in out
        if clean_title(t)
        and not SPEECH.match(t.strip())
        and not clean_title(t)[0].islower()
        and not kind_only(clean_title(t))
    ]


def _tagged_owner(page: Page, title: str | None = None) -> Book | None:
    """ "林海音的《城南旧事》": a bracketed title and its owner, whom the text names once, beside it, and the post's tags
    name again (a Chinese or Japanese post names its author once; its hashtags name them again)."""
    if not page.tags:
        return None
    whole = "\n".join([page.text, *page.tags])
    for line in page.lines:
        owned = cjk_owner(line, whole) if "《" in line or "『" in line else None
        if owned and owned[1] in page.tags:
            return Book(owned[0], owned[1], source="rescue")
    if tag_owner := _tag_set_as_owner(page, title):
        return tag_owner
    # (a Korean name: three syllables)
    # (the tag line the body may keep, "标签：A B C", is no text naming the tags)
    tagged = tagged_han_author(untagged(page.text, page.tags), page.tags, lambda t: len(t) == 3 and _ko_name(t),
                               page.title or "")
    return Book(*tagged, source="rescue") if tagged else None


_PARTICLES = {"le", "la", "de", "du", "da", "di", "van", "von", "der", "del"}


def rescue(book: Book | None, page: Page) -> Book | None:
    """The book with its author when the page names both in forms the other rules do not read; else `book`."""
    if book and book.author:
        # "Le Brun's The Glass Orchard, ten years later": a surname (particle first) and a remark after the title
        full = full_name(book.author, page) if book.author.split()[0].casefold() in _PARTICLES else None
        return _trim_remark(Book(book.title, full or book.author, book.year, book.publisher, book.source), page)
    # ("<label>: T – A" over "A's "T"": bookdashowner)
    about = (
        _about(page.jsonld)
        or _thai(page)
        or _quoted_then_cued(page)
        or ((e := han_edition(page.lines)) and Book(*e, source="rescue"))
        or ((q := quoted_dashed(page.title, page.context)) and Book(*q, source="rescue"))
    )
    # (bookhashtags; bookfandom: a fiction archive's; bookquotedkind: „T”, romanul lui A)
    if (
        about := about
        or hashtagged(page)
        or archive_book(page.tree, page.context)
        or quoted_kind(page.text, page.title, page.prose)
    ):
        return about
    headline = page.title or ""
    candidates = ([(book.title, True)] if book else []) + series_free(
        title_candidates(headline), headline, page.tree, page.text
    )
    candidates += [(m.group(m.lastindex), True) for m in _QUOTED.finditer(page.text)
                   if any(fold(m.group(m.lastindex)) == fold(label) for label in page.tags)]
    whole = clean_title(_bare(headline))
    for title, marked in candidates:
        if not (title := swapped(title, headline, page.prose, page.context)):
            continue  # an English headline's phrase the prose writes in lower case: no title (bookphrasetitle)
        if not (marked or title == whole or named(title, page)) or not marked and common_word(title, page.prose):
            continue  # one part of a headline split in two is a title only where the page names it, as a title
        if series_name(title, page.text):
            continue  # a series' name the text sets only before "book" ("the first Malazan book": bookseriesname)
        english = ((page.context.language if page.context else None) or "").lower().startswith("en")
        # (a part the headline's colon or comma alone sets off, not its quotes: "Porch notes: a season of slow pages" is
        # a column's label over the post's own words, as much as the whole)
        if english and not (marked and not _split_part(title, headline) or named(title, page)
                            or title_like(title, "en")):
            continue  # an English headline the page never names must be title-cased ("Weekend notes" is a post's label)
        if _ko_name(title) and title in page.tags:
            continue  # "박하늘, 푸른 정원": the name-shaped part the tags name is the author
        author = author_for(title, page, headline, marked)
        if author and fold(author) != fold(title) and not _title_character(author, title):
            return Book(title, own_form(author, page.text, page.context and page.context.language), source="rescue")
    return _tagged_owner(page, book.title if book else None) or book


# A post's tag set as the owner of a bracketed title where a review names its book, its headline or its opening line:
# bare before the brackets, as a citation sets the writer ("【読書感想】森田某『T』", "李某《T》", "김某 『T』"), with a
# possessive particle ("Aの『T』", "A的《T》", "A의 『T』") where the tag is shaped as a person's name beyond doubt, or with
# a verb of writing after it over the headline's one bracketed title ("《T》：A写的…", "Aが書いた…", "A가 쓴…"). The tag
# names the person a second time, apart from the sentence; a tag for a place, a genre or a prize is no name's shape
# (a kana word, katakana without a middle dot, a Han word ending like a place, a kind or a prize), and a text that calls
# someone else the author ("作者：B") leaves the tag alone, and so does one that gives the title or the writer's best-known
# work another owner ("Bの代表作", "B的《T》", "B의 소설": the tag is a character's, a detective's, a translator's). The
# verb of writing is read in the headline only (an opening line's "A가 쓴 『T』 독후감" is a friend's essay on T), and a
# tag the text sets inside the book ("书里A写了…", "主人公のA", "주인공 A") is a character who writes in it.
# (not 「」, which also quotes speech: "A「…」" is a line a character says)
_OWNER_PARTICLE = re.compile(r"(?P<particle>[\s\u3000]*(?:の|的|之|의)?)[\s\u3000]*[『《](?P<title>[^』》]{1,60})[』》]")
_WRITER_VERB = re.compile(r"\s*(?:写的|寫的|笔下|筆下|著|が書いた|(?:가|이)\s*쓴)")
# a Han word's ending that makes it a place, a prize, a kind of work, a house or a series ("北海道", "芥川賞", "当代小说",
# "新潮文庫", "读书笔记"), never a person
_PLACE_END = re.compile(r"[都道府県市町村区區駅站島山川河湖寺城国國省州街路線賞奖獎本集館馆社店堂庫库説说說学學書书品録录記记話话会會展画畫]$")
_KO_PLACE_END = re.compile(r"[도시군구역항읍면섬]$")  # ("제주도", "전주시", "서울역": a Korean place's ending)
# another owner of the writer's work in the text: a person's name (a katakana name with its dot, two to four kanji or
# Hangul, kanji and a hiragana given name) before the possessive and the writer's best-known, first, last or new work
# or a bracketed title ("アガサ・クリスティーの代表作", "横溝正史の代表作", "莫言的《蛙》", "한강의 대표작")
_OTHER_OWNER = re.compile(
    r"(?P<name>[\u30a1-\u30ff]{2,}(?:[・·][\u30a1-\u30ff]{2,})+|[\u4e00-\u9fff\u3005]{1,3}[\u3041-\u3096]{2,4}"
    r"|[\u4e00-\u9fff\u3005]{2,4}|[\uac00-\ud7a3]{2,4})\s?(?:の|的|之|의)\s*"
    r"(?:代表作|遺作|遗作|デビュー作|処女作|处女作|成名作|新作|대표작|데뷔작|유작|신작|[『《](?P<title>[^』》]{1,60})[』》])")
_WRITER_WORD = re.compile(r"(?:作家|作者|著者|筆者|笔者|本书|本書|同书|同書|작가|저자|작자|지은이|그녀|자신)$")  # (the author's own)
# a character: the text sets the tag inside the book, its story or its lead ("书里A", "故事中的A", "主人公のA", "주인공 A")
_INSIDE_BOOK = re.compile(r"(?:书里|書裡|书中|書中|小说里|小說裡|故事里|故事裡|故事中|主人公|主角|男主|女主|作中|物語|주인공|"
                          r"소설 속|책 속|이야기 속)[\s\u3000的の]?")
_JA_KANA_NAME = re.compile(r"[\u4e00-\u9fff\u3005]{1,3}[\u3041-\u3096]{2,4}")


def _owner_shape(tag: str) -> int:
    """How surely a tag is shaped as a person's name: 2 (a Chinese family name and one or two characters, a kanji
    family and a hiragana given name, a katakana name with its middle dot, a Korean name of three syllables), 1 (three
    to five kanji, no place's, kind's or prize's ending), else 0."""
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", tag) and tag[0] in FAMILY and not _PLACE_END.search(tag) \
            or _JA_KANA_NAME.fullmatch(tag) and not _VERB_END.search(tag) \
            or re.fullmatch(r"[\u30a1-\u30ff]{2,}(?:[・·][\u30a1-\u30ff]{2,})+", tag) \
            or len(tag) == 3 and _ko_name(tag) and not _KO_PLACE_END.search(tag):
        return 2
    return 1 if re.fullmatch(r"[\u4e00-\u9fff\u3005]{3,5}", tag) and not _PLACE_END.search(tag) else 0


def _not_owner(tag: str) -> bool:
    """A tag for the post's kind, a work's kind or prize, a house or a count ("読書感想", "芥川賞作家", "新潮社")."""
    return bool(_NOTE_WORD.search(tag)) or work_word(tag) or imprint(tag) or counted(tag)


def _owned_elsewhere(tag: str, title: str, text: str) -> bool:
    """The text gives another person the writer's best-known work or `title` ("Bの代表作", "B的《T》"), or sets the tag
    inside the book ("书里A", "主人公のA")."""
    for match in _OTHER_OWNER.finditer(text):
        name = match.group("name")
        owned = match.group("title")
        if tag not in name and name not in tag and not _WRITER_WORD.search(name) \
                and (owned is None or owned.strip() == title):
            return True
    return tag in text and any(text.startswith(tag, m.end()) for m in _INSIDE_BOOK.finditer(text))


def _starts(tag: str, place: str) -> list[int]:
    """Where the tag stands in `place`, opening a word in Hangul (a Korean name opens a word: "대한강" holds no "한강")."""
    out, at = [], place.find(tag)
    while at >= 0:
        if not (at and "\uac00" <= place[at - 1] <= "\ud7a3"):
            out.append(at)
        at = place.find(tag, at + 1)
    return out


def _tag_set_as_owner(page: Page, title: str | None) -> Book | None:
    """The book of a headline or an opening line that sets one of the post's tags as its bracketed title's owner (see
    the note above); None where none does, or two do."""
    # (the opening line's start: a body run into one line holds the whole review)
    places = [p for p in (page.title or "", page.lines[0][:200] if page.lines else "") if p]
    if not any(mark in p for p in places for mark in "『《"):
        return None
    found = set()
    for tag in {t.strip().lstrip("#＃").strip() for t in page.tags}:
        shape = _owner_shape(tag) if tag and any(tag in p for p in places) and not _not_owner(tag) else 0
        if not shape or title and tag in title or other_writer(tag, page.text):
            continue
        for index, place in enumerate(places):
            # (the verb: the headline's only)
            bracketed = cjk_bracketed(place) if index == 0 and page.title and shape == 2 else None
            for at in _starts(tag, place):
                match = _OWNER_PARTICLE.match(place, at + len(tag))
                if match and not (match.group("particle").strip() and shape < 2 or tag in match.group("title")):
                    found.add((match.group("title").strip(), tag))  # (not "京都の『T』": a place's, a time's, a series' T)
                if bracketed and _WRITER_VERB.match(place, at + len(tag)):
                    found.add((bracketed.strip(), tag))
    found = {f for f in found if (not title or f[0] == title) and not _owned_elsewhere(f[1], f[0], page.text)}
    return Book(*found.pop(), source="rescue") if len(found) == 1 else None


def _quoted_then_cued(page: Page) -> Book | None:
    """A quoted title right before a person's cue ("«T» للكاتبة X", "\"T\" מאת X"): that title is the one X wrote,
    before any title the headline may give."""
    for pattern in CUED:
        for match in pattern.finditer(page.text):
            quoted = QUOTED_BEFORE.search(page.text, max(0, match.start() - 100), match.start())
            name = match.group(1).strip()
            if quoted and plausible(name, page):
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
        name = FULL_NAME.match(page.text, match.end())
        if name and is_name(name.group(1)):
            joined = re.match(r"(?:-[A-ZÀ-Þ][^\s,.;:()]+)*", page.text[name.end(1):]).group(0)  # "Saint-Exupéry"
            return Book(match.group(1), name.group(1) + joined, source="rescue")
    return None


_THAI_ORIGINAL_OF = re.compile(r"(?:^|\s)([\u0e01-\u0e5b]{2,40})\s*\([^()\u0e01-\u0e5b]{2,60}\)\s*(?:ของ|โดย)\s*")


def _slug_names_whole(title: str, page: Page) -> bool:
    """The address spells the whole title and not the whole headline: the blogger named the post by the book's title
    ("Drago Jančar: Katarina, pav in jezuit" at ".../katarina-pav-in-jezuit"), so the words after its comma are part
    of it, not a remark of the headline's."""
    if not page.url:
        return False
    slug = slug_words(page.url)
    return spells(slug, title) and not spells(slug, page.title or title)


def _trim_remark(book: Book, page: Page) -> Book:
    """Drop a remark after the title's comma ("The Glass Orchard, ten years later") when the page names the bare title
    and never the whole; a remark is lower-case words, where a subtitle ("Babel, or the Necessity …") has capitals."""
    bracket = re.fullmatch(r"(.+?)\s*[（(]([^（()）]{1,30})[)）]", book.title)
    # "棋王（阿城作品，新版）": the author's name, an edition
    if bracket and book.author and book.author in bracket.group(2):
        return Book(bracket.group(1), book.author, book.year, book.publisher, book.source)
    head, _, tail = book.title.partition(", ")
    remark = tail and tail == tail.lower() and head != head.lower() and len(tail.split()) >= 2  # (a capital)
    twice = fold(page.prose).count(fold(head)) >= 2  # (the prose says the bare title twice: beats a slug if 2+ words)
    if not remark or named(book.title, page) or _slug_names_whole(book.title, page) and not (twice and " " in head):
        return book
    if any(fold(head) in fold(alt) for alt in page.alts) or twice:  # (the bare title on the cover, or said twice)
        return Book(head, book.author, book.year, book.publisher, book.source)
    return book
