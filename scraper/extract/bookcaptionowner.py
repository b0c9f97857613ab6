"""A figure's caption that says whose book the picture shows without naming it, in a language that marks the owner with a
postposition before a book noun (Hindi "भगवती शर्मा का उपन्यास, मेरी पुरानी प्रति", the novel of …; Marathi "… यांची
कादंबरी"): the owner is the book's author, and the book is the one title the post's opening quotes. Read by ``bookbody``.

``captioned_title`` reads the caption that names the title itself after the owner and the book noun, the picture's
own label, "A's novel T, first edition" (bn "A-এর উপন্যাস T, …", hi "A का उपन्यास T", de "A Bs Roman T", sv/da/no "A
Bs roman T", nl "A B' roman T", tr "A B'nin romanı T", ta "A-இன் நாவல் T", ur "A کا ناول T", en "A B's novel T"; not
fi, whose genitive stem is no name, "Virtasen" of "Virtanen"): the title runs to the caption's first comma, bracket or
dash, and what follows is a label's note (a few words a part: "first edition, 1928"), not a clause about the picture.
A caption is no post: the text must come back to both, naming a word of the owner again and calling the work by the
caption's noun ("this novel", not "the novelist"); the book must be the post's own, its title named by the text or the
headline or spelled by the picture's file, on a post that is no life of the owner nor a film's; and only one caption
may name a book so (a gallery of covers is a list's).
"""

from __future__ import annotations

import re
import unicodedata

from .book import Context, clean_title
from .bookcaptionfile import caption_file_book, file_spells
from .bookcoverowner import cover_owner
from .indicdeclined import declined_count

_DEVANAGARI_WORD = r"[\u0900-\u097f]+"
# the owner (two or three words), a possessive postposition (Hindi का/की/के, Marathi चा/ची/चे, after यांच्या/यांची …), a book noun
_OWNER = re.compile(
    rf"^(?P<name>{_DEVANAGARI_WORD}(?:\s{_DEVANAGARI_WORD}){{1,2}}?)\s+(?:यांच(?:ी|ा|े|्या)\s+|(?:का|की|के|चा|ची|चे)\s+)"
    r"(?:(?:पहला|पहली|मशहूर|प्रसिद्ध|पहिली|गाजलेली)\s+)?(?P<noun>उपन्यास|कादंबरी|किताब|पुस्तक|कहानी-संग्रह|कथासंग्रह|नाटक|आत्मकथा)(?![\u0900-\u097f])"
)
# words that stand where a name would: pronouns, "writer", "this", "my", "old"
_NOT_NAME = set("इस उस यह वह मेरे मेरी मेरा हमारे हमारी लेखक लेखिका एक पुराना पुरानी माझी माझे माझा हा ही हे लेखकाची".split())
_QUOTED = re.compile(r"(?:(?<![\w])'([^'\n]{2,60})'(?!\w)|‘([^’\n]{2,60})’|\"([^\"\n]{2,60})\"|“([^”\n]{2,60})”)")


_BN, _HI, _TA, _AR = r"[\u0980-\u09ff]+", r"[\u0900-\u097f]+", r"[\u0b80-\u0bff]+", r"[\u0600-\u06ff]+"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
_NAMED = rf"^(?P<name>{_CAP}(?:\s{_CAP}){{0,2}}?)"
_TAIL = r"\s+(?P<title>[^,،(\[—–:;|]{1,60}?)\s*(?:[,،(\[—–:;|]|$)"  # (the Arabic script's comma "،" too)
_BN_NOUN = "উপন্যাস|বই|গল্পগ্রন্থ|কাব্যগ্রন্থ|আত্মজীবনী|উপন্যাসিকা"
_HI_NOUN = "उपन्यास|कादंबरी|किताब|पुस्तक|कहानी-संग्रह|कथासंग्रह|आत्मकथा"
_TA_NOUN, _UR_NOUN = r"நாவல்|நூல்|புத்தகம்|சிறுகதைத்\s*தொகுப்பு", r"ناول|کتاب|افسانوی\s+مجموعہ"
_LATIN_NOUN = "novel|book|memoir|novella|debut|roman|boek|debuutroman"
_S_NOUN = "Roman|Buch|Erzählung|Novelle|roman|bok|bog|novelle|debutroman"  # (de, sv/da/no: "Anna Segers' Roman")
# (pattern, whether the title must open with a capital, the endings the text may put on the noun: "the novel's",
# "des Romans", "romanen", "romanında", "উপন্যাসটির", "उपन्यासों", "நாவலில்"; not a derived word, "novelist",
# "Romantik", "उपन्यासकार", "நாவலாசிரியர்"): the owner in its genitive, then a book noun, then the title
_OWNED_TITLE = [(re.compile(head + _TAIL), cased, re.compile(ending)) for head, cased, ending in (
    (rf"^(?P<name>(?:{_BN}\s){{0,2}}[\u0980-\u09ff]+?)(?:ের|-এর|য়ের|র)\s+(?P<noun>{_BN_NOUN})", False,
     r"(?:টি|টা|খানা|গুলো|গুলি)?(?:ের|এর|য়ের|য়ে|র|ে|তে|কে)?"),
    (rf"^(?P<name>{_HI}(?:\s{_HI}){{0,2}}?)\s+(?:का|की|के|चा|ची|चे)\s+(?P<noun>{_HI_NOUN})", False,
     r"[\u0901-\u0903\u093e-\u094c]{0,2}(?:त|ची|चा|चे|ला|तील)?"),
    (rf"^(?P<name>{_TA}(?:\s{_TA}){{0,2}}?)(?P<gen>இன்|ின்|யின்|வின்)\s+(?P<noun>{_TA_NOUN})", False,
     r"(?:\u0bcd|[\u0bbe-\u0bcc][\u0b80-\u0bff]{0,3})?"),  # (after the stem: "நாவல" + "்", "ில்")
    (rf"^(?P<name>{_AR}(?:\s{_AR}){{1,2}}?)\s+(?:کا|کی|کے)\s+(?P<noun>{_UR_NOUN})", False, r"(?:وں|یں)?"),
    (rf"{_NAMED}['’]s?\s+(?P<noun>{_LATIN_NOUN})", True, r"(?:s|en|e)?"),  # (en, nl)
    (rf"{_NAMED}s\s+(?P<noun>{_S_NOUN})", True, r"(?:s|es|e|en|ens|er|et|a|ar|erna|ene|erne)?"),
    (rf"{_NAMED}['’](?:n?[ıiuü]n)\s+(?P<noun>roman|kitab|öykü)(?:s?[ıiuü])", True, r"[ıiuüsnyadte]{0,6}"),  # (tr)
)]
_CLOSERS, _SPLIT = ",،([—–:;|", re.compile(r"[\s,.;:!?()\[\]«»“”\"'’।॥–—-]+")
# words that stand where a name would: pronouns, "my", "this", "the writer's", "new", "first"; Bengali's as the pattern
# leaves them once it takes the genitive off: "লেখক" of "লেখকের" (the writer's), "আমা" of "আমার", "তাঁ" of "তাঁর"
_OWNED_NOT_NAME = _NOT_NAME | set("আমার তোমার লেখকের লেখক লেখিকা কবি ঔপন্যাসিক আমা আমাদ তোমা তোমাদ তাঁ তা তাঁদ তাদ "
                                  "ওঁ এঁ আপনা আপনাদ নতুন প্রথম শেষ My His Her Their The This A An Our Your Mein Meine "
                                  "Min Mitt Hans Hennes Minun Hänen Benim".split())
# a post about the captioned person's life, or a film's: biography (en fr de nl sv/da/no fi es pt it pl cs ru uk el tr
# hu bn hi ta ur), film (the same)
_ABOUT_OTHER = re.compile(
    r"(?i)(?<![^\W\d_])(?:biogra|biyografi|levensbeschrijving|levnadsteckning|elämäkerta|életrajz|životopis|życiorys|"
    r"жизнеописани|βιογραφ|film|movie|película|filme|pellícula|фильм|фільм|ταινία|verfilmung)|"
    r"জীবনী|জীবনকথা|চলচ্চিত্র|सिनेमा|फ़िल्म|फिल्म|जीवनी|வாழ்க்கை\s*வரலாறு|திரைப்படம்|سوانح|فلم")
# a caption's note after the title is a label ("first edition, 1928", "Visva-Bharati edition"), each part a few words,
# not a clause about the picture ("…, which I reviewed last spring", "…, as the film imagines its printing")
_NOTE_PART, _NOTE_SPLIT = 4, re.compile(r"[,،;(—–]")

_OPENERS = "'‘’\"“”«»"
# any run between two quotation marks, the Urdu press's "’T‘" too (an apostrophe's run counts as well: stricter)
_ANY_QUOTED = re.compile(r"[‘’'\"“”«»][^‘’'\"“”«»\n]{2,60}[‘’'\"“”«»]")
# "this" and the work's noun after it (a word between: "یہ نیا ناول"): the text calls the captioned kind of work its
# own (hi/mr, bn, gu, pa, or, te, kn, ta, ml, si, ur, fa, ar)
_THIS_NOUN = re.compile(
    r"(?<!\S)(?:यह|इस|ये|हा|ही|हे|या|এই|આ|ਇਹ|ਇਸ|ଏହି|ఈ|ಈ|இந்த|இந்தக்|ഈ|මෙම|මේ|یہ|اس|این|هذه|هذا)"
    r"\s+(?P<noun>\S+)(?:\s+(?P<next>\S+))?")
# the owner's new, latest, old, earlier or previous work spoken of (the same scripts): the picture may show another of
# their books than the one reviewed ("his new novel …; pictured, his old book")
_OTHER_OF_THEIRS = re.compile(
    r"(?<!\S)(?:नया|नई|नए|नवीनतम|पुराना|पुरानी|पुराने|पिछला|पिछली|पिछले|नवी|जुनी|নতুন|পুরনো|পুরোনো|আগের|નવી|નવું|"
    r"જૂની|જૂનું|ਨਵਾਂ|ਨਵੀਂ|ਪੁਰਾਣਾ|ਪੁਰਾਣੀ|ਪਿਛਲਾ|ਪਿਛਲੀ|ନୂଆ|ପୁରୁଣା|కొత్త|పాత|ಹೊಸ|ಹಳೆಯ|ಹಿಂದಿನ|புதிய|பழைய|முந்தைய|"
    r"പുതിയ|പഴയ|නව|පැරණි|نیا|نئی|نئے|پرانی|پرانا|پرانے|پچھلی|پچھلا|پچھلے)\s+\S+"
    r"|(?:رمان|کتاب|رواية|الرواية|كتاب|الكتاب)\S{0,2}\s+(?:جدید|تازه|قبلی|پیشین|قدیمی|الجديدة?|السابقة?|القديمة?)")


def captioned_title(captioned: list[tuple[str, str]], text: str, context: Context,
                    headline: str | None = None) -> tuple[str, str] | None:
    """(title, author): the one caption "A's novel T, …" whose title the post names as its own and whose owner and
    noun the text names again (see the module's docstring)."""
    found = set()
    for caption, alts in captioned:
        caption = caption.strip()
        for pattern, cased, ending in _OWNED_TITLE:
            match = pattern.match(caption)
            if not match:
                continue
            name, noun, title = match.group("name"), match.group("noun"), clean_title(match.group("title"))
            if match.groupdict().get("gen") == "ின்":  # (Tamil: the ending took the name's virama, "ஜெயமோகனின்")
                name += "\u0bcd"
            words = name.split()
            # (a caseless script's title is told from a clause by its closing mark: "A की किताब पढ़ते बच्चे" is a scene)
            if not title or len(title.split()) > (6 if cased else 4) or set(words) & _OWNED_NOT_NAME \
                    or (title[0].islower() if cased else match.group(0)[-1:] not in _CLOSERS) \
                    or name in context.not_authors or name in title \
                    or any(len(part.split()) > _NOTE_PART for part in _NOTE_SPLIT.split(caption[match.end():])):
                break
            rest = text.replace(caption, " ")  # (the text without the caption: it must come back to both)
            # (a title the caption sets in quotes, "A کا ناول ’T‘", is marked as one: the text need not say it again)
            # (only in a script without capitals, where the text calls the work "this <noun>" and names no new or old
            # work of the owner's beside it: a picture of the writer's earlier book is no record of the reviewed one)
            quoted = not cased and match.group("title").strip()[:1] in _OPENERS \
                and match.group("title").strip()[-1:] in _OPENERS and _this_work(noun, rest)
            if _owns(words, noun, ending, rest) and _its_own(title, words, rest, headline or "", alts, quoted, cased):
                found.add((title, name))
            break
    return found.pop() if len(found) == 1 else None


def _owns(words: list[str], noun: str, ending: re.Pattern, rest: str) -> bool:
    """`rest` names a word of the owner again, as a word (not a stem inside another: "শিশুদ" of "শিশুদের", children's;
    a Tamil name with a case ending in its virama's place), and calls the work by the caption's noun."""
    tokens = set(_SPLIT.split(rest))
    if not (set(words) & tokens or any(w[-1:] == "\u0bcd" and declined_count(w, rest) for w in words)):
        return False
    stem = noun[:-1] if noun[-1:] == "\u0bcd" else noun  # (Tamil "நாவல்", declined "நாவலில்")
    size = len(stem)
    folded = stem.casefold()
    return any(t[:size].casefold() == folded and ending.fullmatch(t[size:]) for t in tokens if len(t) >= size)


def _this_work(noun: str, rest: str) -> bool:
    """The text calls its work "this <the caption's noun>" and speaks of no new or older work beside it."""
    stem = noun[:-1] if noun[-1:] == "\u0bcd" else noun
    return any(m.group("noun").startswith(stem) or (m.group("next") or "").startswith(stem)
               for m in _THIS_NOUN.finditer(rest)) \
        and not _OTHER_OF_THEIRS.search(rest)


def _its_own(title: str, words: list[str], rest: str, headline: str, alts: str, quoted: bool = False,
             cased: bool = True) -> bool:
    """The captioned book is the post's: the text or the headline names its title too, or the picture's file spells it
    (its blogger's own label), or the caption quotes it in a caseless script, the text calling its work "this <noun>"
    and quoting no other title; and the post is no life of
    the owner or a film's, nor headed with the owner alone. (A caseless title is named as a whole word: "بستی" is not
    named by "بستیوں", villages.)"""
    if _ABOUT_OTHER.search(rest) or _ABOUT_OTHER.search(headline):
        return False
    if headline and title not in headline and any(w in headline.split() for w in words):
        return False  # ("Virginia Woolf, the restless years": the headline is about the person)
    named = title in rest if cased else _whole(title, rest)
    return named or title in headline or alts.startswith("file: ") and file_spells(title, alts[6:]) \
        or quoted and not _ANY_QUOTED.search(rest)


def _whole(title: str, text: str) -> bool:
    """`text` holds `title` with no letter or vowel sign glued on either side."""
    start = text.find(title)
    while start >= 0:
        end = start + len(title)
        if not (start and _glued(text[start - 1])) and not (end < len(text) and _glued(text[end])):
            return True
        start = text.find(title, start + 1)
    return False


def _glued(char: str) -> bool:
    """A letter, a vowel sign or virama, or a joiner: part of the word beside it."""
    return char.isalpha() or char in "\u200c\u200d" or unicodedata.category(char)[0] == "M"


def caption_owner(captioned: list[tuple[str, str]], lines: list[str], context: Context,
                  headline: str | None = None) -> tuple[str, str] | None:
    """(title, author): a caption opening with "<name> का उपन्यास" whose family name the text names, and the one title
    the opening (its first two paragraphs) quotes; two quoted titles there, or none, and no telling which."""
    owned = captioned_title(captioned, context.text, context, headline)  # (the caption names the title itself)
    if owned:
        return owned
    for caption, _alts in captioned:
        match = _OWNER.match(caption.strip())
        if not match:
            continue
        words = match.group("name").split()
        if set(words) & _NOT_NAME or any(n and match.group("name") == n for n in context.not_authors):
            continue
        if context.text.count(words[-1]) < 1:  # the text calls the author by family name ("वर्मा जी")
            continue
        opening = [line for line in lines[:4] if len(line) >= 40][:2]
        quoted = {clean_title(next(g for g in m.groups() if g)) for line in opening for m in _QUOTED.finditer(line)}
        quoted = {q for q in quoted if q and len(q.split()) <= 6 and q not in match.group("name")}
        if len(quoted) == 1:
            return quoted.pop(), match.group("name")
    # a caption that names the title, its picture's file spelling it; or a cover's, and the owner of "this novel"
    return caption_file_book(captioned, lines, context) or cover_owner(captioned, lines, context)  # (bookcoverowner)
