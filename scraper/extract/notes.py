"""Notes a reviewer attaches to a review: free-copy disclosures, content warnings, spoiler sections.

They belong to the review (the cleaner keeps them) and they are facts a
researcher filters on, so they are also recorded as fields. Pure functions over
the clean Markdown and, when there is one, the cleaned post body element.

Structure first, words second. A disclosure is a short block near the start or
the end of the review (or a block labelled ``Disclosure:``) with a sentence
that names a free copy *and* how it came (received, sent, thanks to, in
exchange for, via NetGalley: copywords.py); a policy page's "I accept ARCs" or a wrap-up's
"one ARC" name a copy but not its arrival. A content warning is a block that
starts with a label (``CW:``, ``Content warnings:``, ``Inhaltswarnung:``), a
heading with that label followed by a list, or an element classed ``cw`` /
``content-warning`` / ``trigger-warning``, or a note set apart at the start (italics, brackets, a note mark
such as ※) saying the book contains hard things ("this book includes a suicide attempt"). A spoiler section is a short block
or heading announcing spoilers ("Spoilers below", "Alerta de spoiler"), a ``<details>`` whose summary does, an element classed ``spoiler``, or an
unrendered ``[spoiler]`` shortcode; "spoiler-free" and "sin spoilers" are not (notespoilers.py).
In any language, a short note opened by a note mark (※ ＊ ⚠ 注: 【注意】) or written in
italics at the top or the bottom is read by word roots (notewords.py): a publisher (or, in
italics, the copy said to be free) and a giving make a disclosure (so does a plain edge note: notegift.py), a hard thing and its
depiction (not denied) a warning. The vocabularies cover the corpus languages (en, es, fr, de, it, pt) and were
written from the corpus README and our own phrasings, then checked on ``tests/corpus`` (tests/test_notes.py prints
precision and recall) and on pages the rules were not written for. A label addressed to parents or sensitive readers warns (cwaudience).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Callable

from lxml.html import HtmlElement

from .casefold import contains_any, fold, stems
from .copywords import (ARRIVED, COPY, DISCLOSED, DISCLOSURE_LABEL, GIVEN_BOOK, GIVEN_TO_ME, DISCLOSURE_WORD, FREE,
                        NOT_MINE, RECEIVED_CJK, RECEIVED_FOR_REVIEW, STRONG_COPY, not_mine)
from .cwaudience import for_audience
from .notedesk import part_only
from .notefreecopy import free_from_house
from .notegift import edge_gift, received_apart, trailing_section, warning_apart
from .notegot import arrived
from .reportedspeech import retold  # (a character's words quoted or reported: no disclosure of the writer's)
from .notespoilers import NO_SPOILERS, squash, count_spoiler_sections
from .notewarnings import caution_note, hard_list, inline_warning, labelled_note, note_words, opening_paragraphs, plot_label, subject_warning
from .notewords import (CW_ARTICLE as _CW_ARTICLE, CW_WORDS, EXCHANGED, LEAD_LABEL, DEPICT, FIRST_PERSON, FREE_GIVEN,
                        FREE_SCRIPTS, HARD_THING, NEGATED_BEFORE, NOTE_MARK, PROVIDED, PUBLISHER, PUBLISHER_SCRIPTS,
                        names_hard_thing)
from .words import count_words

EDGE_BLOCKS = 4  # blocks this close to either end of the review count as "near the start or end"
SHORT_NOTE_WORDS = 50  # a disclosure note longer than this is a paragraph of the review: keep only its sentence
# A content warning under its own title line is a short paragraph; a longer one is the review.
CW_NOTE_WORDS = 40

# (or in brackets, "【注意】", "[TW]", naming a hard thing; or a Latin stop after an hy/Indic/Ethiopic word: a colon there)
CW_LABEL = re.compile(r"^[\W_]*" + _CW_ARTICLE + CW_WORDS + r"(?P<qualified>(?:,?\s+[^\W\d_]+){1,8}?)?\s*"
                       r"(?::|：|፦|፥|՝|․|៖|–|—|"
                       r"-(?=\s)|//|(?<=[\u0531-\u058f\u0900-\u0dff\u1200-\u137f])\.(?=\s)|"
                       r"(?P<bracket>[】〕］\]]))\s*(?P<rest>.*)$", re.I)
# a warning in brackets inside an opening block: "… A thread on this book. (cw: child death, grief) 1/6"
# a run of italics inside an opening block: "Hello again. *A warning before we start: this issue discusses …*"
_ITALIC_RUN = re.compile(r"(?<![*\w\\])([*_])(?![*_\s])(?P<run>[^*_\n]{8,300}?)(?<![\s\\])\1(?![*\w])")
_CW_INLINE = re.compile(r"[(\[]\s*(?:CW|TW|CN|(?:content|trigger)\s+(?:warnings?|notes?))s?\s*(?::|：|//)\s*(?P<rest>[^)\]]{3,200})[)\]]", re.I)
# or closing a subject line after a dash or a bar: "review: The Glass Road (A. Vale) — cw: grief, drowning"
# (what it lists: a few words, not a sentence running on)
_CW_CLOSING = re.compile(r"\s[—–|·/]\s*(?:CW|TW|CN|(?:content|trigger)\s+(?:warnings?|notes?))s?\s*(?::|：)\s*(?P<rest>[^\s—–|]+(?:\s+[^\s—–|]+){0,11})\s*$", re.I)
_CW_HEADING = re.compile(r"^[\W_]*" + CW_WORDS + r"\W*$", re.I)
# A note set apart: a whole line in italics, in brackets, or after a note mark.
_NOTE_LABELS = (r"(?:an?\s+)?(?:quick\s+|short\s+)?note(?:\s+\w+){0,4}\s*:|(?:une\s+)?petite\s+note\s*:|(?:ein\s+)?(?:kurzer\s+)?hinweis\s*:|"
                r"(?:una\s+)?nota\s*:")
_NOTE_SET_APART = re.compile(rf"^(?:[*_](?![*_\s]).*[*_]$|[(\[].*[)\]]\W*$|※|†|‡|N\.?B\.?\b|{_NOTE_LABELS})", re.S | re.I)
_NOTE_LABEL = re.compile(rf"^\W*(?:{_NOTE_LABELS})", re.I)
# "This book contains/includes/deals with … (depictions of) <a hard thing>", in our languages.
_CONTAINS_HARD = re.compile(
    r"(?:\b(?:this|the)\s+(?:book|novel|story|post|review|article)\s+(?:\w+\s+)?(?:contains|includes|features|depicts|describes|"
    r"mentions|discusses|deals\s+with|touches\s+on)|\b(?:contiene|contient|enth[äa]lt|cont[ée]m|bevat|behandelt|trata|aborde|parla\s+di)\b)"
    rf"[^.!?]{{0,120}}?\b(?:{HARD_THING})\b"
    # "※この記事には自殺についての記述があります": the Japanese "contains descriptions of"
    r"|(?:自殺|自傷|虐待|暴力|性暴力|死)[^。]{0,12}(?:記述|描写|表現)(?:があります|が含まれ|を含み)",
    re.I,
)
_CW_CLASS = re.compile(r"^(cw|tw|cn|content-?warnings?|trigger-?warnings?|content-?notes?|warnings?)$", re.I)
_DISCLOSURE_CLASS = re.compile(r"disclos|disclaimer|arc-?note", re.I)
# Text with none of these (folded) says no copy was received, names no copy (casefold.stems: what every match holds).
# (EXCHANGED: notewords)
_MAY_RECEIVE = (*stems(RECEIVED_FOR_REVIEW.pattern), *stems(RECEIVED_CJK.pattern), *stems(EXCHANGED.pattern))
_MAY_COPY, _CW_CLASS_STEMS = stems(COPY.pattern), stems(_CW_CLASS.pattern)
_MAY, _MAY_RECEIVED, _MAY_COPIED = contains_any(_MAY_RECEIVE + _MAY_COPY), contains_any(_MAY_RECEIVE), contains_any(_MAY_COPY)  # (any of them, in one look)
_BRACKETED = re.compile(r"[(（\[［【].*[)）\]］】]\W*", re.S)
_WHOLE_ITALIC = re.compile(r"^([*_])(?![*_\s])[^*_]*[^*_\s\\]\1$")
_RULE_LINE = re.compile(r"[-*_=|\s]+")
_ITEM = re.compile(r"^([-*+]|\d+[.)])\s")
_MARKER = re.compile(r"^(#+|[-*+]|\d+[.)]|>)\s+")
_EMPHASIS = re.compile(r"(?<!\\)\*\*|(?<!\\)__|(?<![\w\\])[*_]|(?<!\\)[*_](?!\w)")  # (an escaped \* is the writer's)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")


@dataclass(frozen=True)
class Notes:
    disclosure: str | None = None  # the disclosure as written (its short block, or its sentence)
    content_warnings: str | None = None  # what the warning lists, without its label
    spoiler_sections: int = 0


def read_notes(markdown: str, root: HtmlElement | None = None) -> Notes:
    """The notes of one clean review: `markdown` as extracted, `root` the cleaned post body (or page)."""
    italic: set[str] = set()
    blocks = (subject := _subject(root)) + markdown_blocks(markdown, italic)

    @cache
    def clean() -> str:  # the review's text, for the classed elements (few pages have any)
        return squash(" ".join(text for _, text in blocks)).casefold()

    return Notes(
        disclosure=(found := find_disclosure(blocks, italic) or _classed(root, _DISCLOSURE_CLASS.search, clean, disclosure_in, _DISCLOSURE_CLASS.search)),
        content_warnings=warning_apart(found, find_content_warnings(blocks, markdown) or _classed(root, _CW_CLASS.match, clean, _warnings_in, _may_be_cw_class)
        or opening_paragraphs(root, markdown, blocks, clean, _labelled_warnings) or (subject_warning(subject[0][1]) if subject else None)),  # (a paragraph the Markdown glued to a box's title: notewarnings)
        spoiler_sections=count_spoiler_sections(blocks, markdown, root, clean),
    )


def _subject(root: HtmlElement | None) -> list[tuple[str, str]]:
    """The subject line a federated network's post folds its text under (the <summary> of the <details> the body
    sits in: where its content warning is written), as the review's first block."""
    details = next(iter(root.iterancestors("details")), None) if root is not None else None
    summary = details.find("summary") if details is not None else None
    if summary is None or root in summary.iterdescendants():
        return []
    text = squash(summary.text_content())
    return [("text", text)] if text and count_words(text) <= CW_NOTE_WORDS else []


def markdown_blocks(markdown: str, italic: set[str] | None = None) -> list[tuple[str, str]]:
    """(kind, plain text) per Markdown line: kind is `heading`, `item` or `text`; `italic` gathers the plain text of
    the lines written wholly in italics (a note set apart)."""
    out = []
    for line in (markdown or "").splitlines():
        line = line.strip()
        if not line or _RULE_LINE.fullmatch(line):
            continue
        kind = "heading" if line.startswith("#") else "item" if _ITEM.match(line) else "text"
        marker = _MARKER.match(line)
        plain = line[marker.end():] if marker else line
        whole_italic = italic is not None and plain[:1] in ("*", "_") and _WHOLE_ITALIC.match(plain)
        if "*" in plain or "_" in plain:
            plain = _EMPHASIS.sub("", plain)
        if "\\" in plain:
            plain = _ESCAPE.sub(r"\1", plain)  # Markdown escapes, undone
        plain = squash(plain)
        if plain:
            out.append((kind, plain))
            if whole_italic:
                italic.add(plain)
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=\W*[A-ZÀ-Ý¡¿\"'“‘])", text) if s.strip()]


def disclosure_in(text: str, labelled: bool = False) -> str | None:
    words, low = count_words(text), fold(text)
    for sentence in _sentences(text) if _MAY(low) else ():
        low = fold(sentence)  # (the patterns are looked for only where they may match: the same, for less)
        # (not_mine, whose "if"/"se" guard lets most sentences through, asked last)
        received, copy = _MAY_RECEIVED(low), _MAY_COPIED(low)
        if received and (RECEIVED_FOR_REVIEW.search(sentence) or RECEIVED_CJK.search(sentence)
                         or EXCHANGED.search(sentence)) \
                or copy and COPY.search(sentence) \
                and (labelled or arrived(ARRIVED, sentence) or _short_copy(sentence, words)):
            if not not_mine(sentence) and not part_only(sentence) and not _retold(sentence):  # (an excerpt sent, no copy: notedesk)
                return text if words <= SHORT_NOTE_WORDS else sentence.strip()
        # (copywords.DISCLOSED: "And full disclosure, House sent me the box set, …": the label said in passing after
        # a conjunction or adverb, a book given to the writer: GIVEN_TO_ME)
        elif received and DISCLOSED.match(sentence) and GIVEN_TO_ME.search(sentence) \
                and (GIVEN_BOOK.search(sentence) or COPY.search(sentence)) and not not_mine(sentence):
            return text if words <= SHORT_NOTE_WORDS else sentence.strip()
    # "kostenlos bekommen", notewords
    for sentence in _sentences(text) if FREE.search(text) or FREE_SCRIPTS.search(text) else ():
        # (or a copy that came from the publisher, free: notefreecopy)
        if (FREE_GIVEN.search(sentence) or free_from_house(sentence)) and FIRST_PERSON.search(sentence) \
                and not not_mine(sentence) and not _retold(sentence):
            return text if words <= SHORT_NOTE_WORDS else sentence.strip()
    # under a "Disclosure:" label, saying the book was free is enough ("the club bought a copy for each of us, so
    # this one was free to me"); a "My copy:" line names where the copy came from, not that it was free
    if labelled and DISCLOSURE_WORD.match(text) and FREE.search(text) and not NOT_MINE.search(text):
        return text if words <= SHORT_NOTE_WORDS else None
    return None


def _retold(sentence: str) -> bool:
    """The copy is someone else's, in their quoted or reported words (reportedspeech)."""
    return retold(sentence, lambda rest: disclosure_in(rest) is not None)


_PLURAL_COPY = re.compile(r"(?:ARCs|copies|exemplare)$", re.I)
_NOTE_OPENING = re.compile(r"^[\s*_(\[\u2013\u2014-]*(?:(?:an?|my|this)\s+)?", re.I)


def _short_copy(sentence: str, words: int) -> bool:
    """A short note naming a review copy, or a longer one whose first clause is such a note, not denied: "Review copy
    from Granta; I bought the hardback later anyway" ("I never got a review copy; …" is no disclosure)."""
    if words <= 8:
        return bool(STRONG_COPY.search(sentence))
    clause = sentence.split(";")[0]
    # (the note opens on one copy, as a note's label does: "Review copy supplied by Granta"; not a clause about
    # copies in general, "ARCs went out in March", nor the word "arc" of the plot, the acronym written in capitals)
    found = STRONG_COPY.match(_NOTE_OPENING.sub("", clause))
    if not found or _PLURAL_COPY.search(found.group(0)) \
            or found.group(0).casefold().lstrip("e-") in ("arc", "arcs") and "ARC" not in found.group(0):
        return False
    return count_words(clause) <= 8 and not NEGATED_BEFORE.search(clause) \
        and not re.search(r"\bnever\b|n['’]t\b", clause, re.I)  # (the copy denied: notewords' words, and en's)


def find_disclosure(blocks: list[tuple[str, str]], italic: set[str] | frozenset = frozenset()) -> str | None:
    """The free-copy disclosure: a block near either end (or labelled as one) saying a copy was received
    (`italic`: the blocks written wholly in italics, notes set apart like those opened by a note mark)."""
    # an info box's one-word labels and short values ("Publisher", "Faber"), or its table rows, do not push a note off the edge
    counted = trailing_section([count_words(text) > 3 and not text.startswith("|") for _, text in blocks], blocks)  # (notegift)
    total, befores = sum(counted), [0, *accumulate(counted)]  # (the counted blocks before each, summed once)
    for index, (kind, text) in enumerate(blocks):
        labelled = bool(DISCLOSURE_LABEL.match(text))
        before = befores[index]
        near_edge = before < EDGE_BLOCKS or before >= total - EDGE_BLOCKS
        apart = not (near_edge or labelled) and text in italic and received_apart(text)  # (further in, a note in italics: notegift)
        if kind == "heading" or not (near_edge or labelled or apart):
            continue
        # (a note wholly in brackets, "（本书由出版社寄赠）", is set apart as one in italics is)
        found = disclosure_in(text, labelled) or (_marked_disclosure(text, text in italic or bool(_BRACKETED.fullmatch(text)))
                                                   or edge_gift(text, before, total) if near_edge else None)  # (notegift: any language)
        if found:
            return found
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?！。？])\s*")


@lru_cache(maxsize=4096)  # (a function of the text alone: the closing rules ask it of a page's last lines several times)
def sentence_note(text: str, italic: bool = False) -> bool:
    """A sentence of the line is a free-copy disclosure or a content warning (``housekeeping.a_note``; `italic`: the
    line is set apart wholly in italics)."""
    for sentence in _SENTENCE_END.split(text):  # (a greeting first, "Hi all! CW: ...", hides a label from notes)
        line = [("text", sentence)]
        if sentence and (find_disclosure(line, {sentence} if italic else frozenset()) or find_content_warnings(line, sentence)):
            return True
    return False


def _marked_disclosure(text: str, set_apart: bool = False) -> str | None:
    """A short note opened by a note mark (※ ＊ 注: 【…】), or otherwise `set_apart` (in italics), naming the publisher
    and a giving: "※ 출판사로부터 책을 제공받아 읽었습니다", "＊出版社より献本いただきました" (notewords)."""
    marked = bool(NOTE_MARK.match(text))
    if not (set_apart or marked) or count_words(text) > SHORT_NOTE_WORDS:
        return None
    # (in italics only, a publisher named in a language the sentence rules read is left to them: "*The publisher gave
    # this debut a big push*" is a standfirst)
    # (or the copy said to be free, the giver a platform or a programme: "*Бесплатан приступ књизи добио сам од …*")
    giver = PUBLISHER.search(text) if marked else PUBLISHER_SCRIPTS.search(text) or FREE_SCRIPTS.search(text)
    # (nor one denied: "δεν μου έστειλαν")
    return text if giver and (given := PROVIDED.search(text)) \
        and not NEGATED_BEFORE.search(re.split(r"[,;:，。；：]", text[:given.start()])[-1]) \
        and not NOT_MINE.search(text) else None


def find_content_warnings(blocks: list[tuple[str, str]], markdown: str = "") -> str | None:
    """What a content-warning line lists (`CW: a, b`), the items under a `Content warnings` heading, or
    a note set apart at the start saying what the book or post contains (``warning_note``)."""
    return _labelled_warnings(blocks) or warning_note(markdown) or _marked_warning(blocks) or _italic_warning(markdown) or inline_warning(blocks) or caution_note(blocks) or labelled_note(markdown)


def _italic_warning(markdown: str) -> str | None:
    """A warning set in italics inside one of the opening blocks, after its label, naming a hard thing."""
    for line in [line for line in (markdown or "").splitlines() if line.strip()][:EDGE_BLOCKS]:
        for run in _ITALIC_RUN.finditer(line) if "*" in line or "_" in line else ():
            label = CW_LABEL.match(run.group("run"))
            if label and names_hard_thing(label.group("rest")):
                return label.group("rest").strip()
    return None


def _marked_warning(blocks: list[tuple[str, str]]) -> str | None:
    """A short note opened by a note mark (※ ＊ ⚠ 注: 【注意】) at the top or the bottom of the post that names a hard
    thing and a depiction of it, in any language: "※ 폭력과 죽음에 대한 묘사가 있습니다", "⚠ Scenes of torture." The note
    without its mark."""
    edges = blocks[:EDGE_BLOCKS] + blocks[max(EDGE_BLOCKS, len(blocks) - 2):]
    for kind, text in edges:
        mark = NOTE_MARK.match(text) or (LEAD_LABEL.match(text) if (kind, text) in blocks[:2] and not plot_label(text) else None)  # (or any label on top but a plot's)
        if mark and note_words(text) <= CW_NOTE_WORDS and DEPICT.search(text) and names_hard_thing(text):
            return text[mark.end():].strip() or None
    return None


def warning_note(markdown: str) -> str | None:
    """A note set apart at the start of the review (in italics, in brackets, after a note mark ※ † NB) whose
    sentence says the book or post contains hard things: "This book includes a suicide attempt", "※この記事には
    自殺についての記述があります". The sentence as written."""
    lines = [line.strip() for line in (markdown or "").splitlines() if line.strip() and not line.startswith("#")][:2]
    for line in lines:
        if count_words(line) > SHORT_NOTE_WORDS or not _NOTE_SET_APART.match(line):
            continue
        plain = squash(re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", line))
        # after a note's mark or label ("※", "Hinweis:", "Note:"), a hard thing and a depiction are enough in any language
        noted = bool(NOTE_MARK.match(plain) or _NOTE_LABEL.match(plain))
        for sentence in _sentences(plain) if " " in plain else re.split(r"(?<=[。！])", plain):
            if (_CONTAINS_HARD.search(sentence) or (noted and DEPICT.search(sentence) and names_hard_thing(sentence))) \
                    and not NO_SPOILERS.search(sentence):
                return sentence.strip()
    return None


def _labelled_warnings(blocks: list[tuple[str, str]]) -> str | None:
    for _, text in blocks[:EDGE_BLOCKS]:
        inline = (_CW_INLINE.search(text) if "(" in text or "[" in text else None) or _CW_CLOSING.search(text)
        if inline:
            return inline.group("rest").strip()
    for index, (kind, text) in enumerate(blocks):
        match = CW_LABEL.match(text)
        # (a heading labelled so, "## CWs: gore, suicide", when what it lists is hard: "## Warning: it will break your heart" is a title)
        rest = match.group("rest").strip() if match else ""
        # (a bare "attention" label, "Uwaga:", warns in a short note of a hard thing and its depiction; a label with a few
        # words before its colon, "Innehållsvarning för den som behöver:", when what follows is hard)
        if rest and match.group("attn") and not (count_words(rest) <= CW_NOTE_WORDS and (DEPICT.search(rest) or index < EDGE_BLOCKS and hard_list(rest))):
            continue
        if rest and (for_audience(match.group("qualified")) or names_hard_thing(rest) if match.group("bracket") or match.group("soft") or match.group("attn")
                     or match.group("qualified") or match.group("article") or kind == "heading" else True):
            return rest
        heading = _CW_HEADING.match(text)
        if heading and (kind == "heading" or text.rstrip().endswith(":") or count_words(text) <= 3):
            items = []
            for next_kind, next_text in blocks[index + 1:]:
                if next_kind != "item":
                    break
                items.append(next_text.rstrip(".;,"))
            # the title of a callout box ("Content note") and the short paragraph it holds
            following = ", ".join(items) or (blocks[index + 1][1].rstrip(".") if blocks[index + 1:] and blocks[index + 1][0] == "text" else "")
            if following and (items or count_words(following) <= CW_NOTE_WORDS) and (not heading.group("soft") or names_hard_thing(following)):
                return following
    return None


def _warnings_in(text: str) -> str:
    match = CW_LABEL.match(text) or re.match(r"^[^:]{1,30}:\s*(?P<rest>.+)$", text)
    return (match.group("rest") if match else text).strip()


def _may_be_cw_class(classes: str) -> bool:
    low = fold(classes)
    return any(stem in low for stem in _CW_CLASS_STEMS)


def _classed(root: HtmlElement | None, wanted, clean: Callable[[], str], read, may: Callable[[str], object]) -> str | None:
    """The first element classed as a note whose text survived into the clean review, read by `read`; `wanted`: the
    test of a class, `may`: a cheaper one of the whole class attribute, true whenever one of its classes is wanted."""
    if root is None:
        return None
    for element in root.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if not classes or not may(classes) or not any(wanted(t) for t in classes.split()):
            continue
        text = squash(element.text_content())
        if text and text.casefold() in clean():
            found = read(text)
            if found:
                return found
    return None
