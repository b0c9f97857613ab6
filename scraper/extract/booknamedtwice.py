"""The book of a post in any script, where no rule of one language's wording finds it: a title and a person, each named
twice in independent places (book9b).

Scripts without capitals (Georgian, Armenian's lower case, Arabic, Urdu, the Indian scripts) give no sign that a phrase
is a name, and each language says "by" with its own word or case ending. What every page shares is structure:

- the title stands in quotes of some script («», „“, “”, 『』, ‹›, ‘’) in the post, a caption or the headline;
- the person stands apart from the prose as a tag, a link or the value of a short "label: value" record line (in any
  language: the label is not read), or right before the quoted title ("X की «T»", "Xის „T“", "Xի «T»");
- a tag that names a genre ("ادبیات عاشقانه", romance literature: its adjective recurs as a surname would) is no
  person: it may only stand for the book noun's owner the prose names;
- and the prose names that person again by surname, bare or with a case ending ("Մահարին", "വിജയന്റെ"), while the
  other words of the name do not recur on their own (a first name is said once; "Armenian literature" recurs word by
  word).
"""

from __future__ import annotations

import re
import unicodedata

from .book import REVIEW_PREFIX, REVIEW_SUFFIX, Book
from .bookdashrecord import dashed_record
from .bookheadlead import lead_pair
from .bookcaptionby import credited_book
from .bookcaptiontitle import caption_book
from .booklead import lead_book
from .bookarabictag import KIND as _ARABIC_KIND
from .reviewlabel import LABEL_WORDS
from .bookfamilyfirst import family_first
from .bookrecordhead import record_heads
from .booknounowner import noun_owners
from .bookwrittenby import WRITING, written_off
from .worddates import dated
from .nodes import raw_text
from .nameparticles import particles_off

_PAIRS = {"«": "»", "»": "«", "„": "“”", "“": "”", "‹": "›", "『": "』", "「": "」", "《": "》", "‘": "’", "\"": "\""}
_QUOTED = re.compile("|".join(rf"{re.escape(o)}([^{re.escape(o + c)}\n]{{1,70}}?)[{re.escape(c)}]" for o, c in _PAIRS.items())
                     # (and the typewriter's single quotes, set apart: in these scripts no word holds an apostrophe)
                     + r"|(?<![\w\u0900-\u0dff])'([^'\n]{1,70}?)'(?![\w\u0900-\u0dff])")
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|[.\u200c\u200d'’\u0900-\u0dff\u0e00-\u0e7f])*")
# a value after a label: "Writer: X", "रचयिता: X", "მწერალი: X"; it runs to the next label, a separator or the end
_NOT_LETTER, _PAST_LATIN = re.compile(r"[\W\d_]+"), re.compile("[\u0250-\U0010ffff]+")  # (letters are [^\W\d_])
_LABELLED = re.compile(r"[^\s:：·|]{2,30}\s*[:：՝]\s*([^:：·|\n]{2,60}?)\s*(?=[·|\n]|\s\S{2,30}\s*[:：՝]|$)")
_ARCHIVE = re.compile(r"(?i)(?:tag|categor|[?&/]cat\b|[?&]cat=|label|author|writer|person|people|topic|subject|keyword|schlagwort|etiqueta)")
_MARKS = "\u0900-\u0dff\u200c\u200d"  # (Indic vowel signs and viramas are letters of the word, not ends of it)
_HASH = re.compile(r"^\s*[#＃]+\s*")  # a tag's "#" before its word, set apart from it or not
# a genre's or a kind's tag, no person: a word for literature, the novel, poetry or stories opening a word of the tag
# ("ادبیات عاشقانه", romance literature, its adjective said again in the prose as a surname would be): he, hi/mr/ne,
# bn, ta, ml, te, kn, gu, si, ka, hy, th, ru/uk/bg/sr/mk, el, ko (Arabic script: bookarabictag's words); a word that
# is also a given name is none of them (कविता, কবিতা, કવિતા, കവിത: Kavita; Georgian რომან: Roman, so only რომანი/-ები);
# Chinese and Japanese write no spaces: their word opens the tag or ends a kind of two or more characters ("外国文学",
# "推理小说"; "王文学" is a name)
_GENRE = re.compile(
    r"(?:^|\s)(?:ספרות|סיפורת|साहित्य|उपन्यास|काव्य|कहानि|সাহিত্য|উপন্যাস|কাব্য|இலக்கிய|நாவல்|கவிதை|சிறுகதை|സാഹിത്യ|"
    r"നോവൽ|കാവ്യ|సాహిత్య|నవల|కవిత్వ|ಸಾಹಿತ್ಯ|ಕಾದಂಬರಿ|ಕವಿತೆ|સાહિત્ય|નવલકથા|કાવ્ય|සාහිත්|නවකතා|ლიტერატურ|"
    r"რომან(?:ი|ებ)|პოეზი|գրականությ|վեպ|պոեզի|วรรณกรรม|นวนิยาย|นิยาย|บทกวี|[Лл]итератур|[Лл]ітератур|[Кк]нижевност|"
    r"[Кк]њижевност|[Пп]оэзи|[Пп]оезі|[Λλ]ογοτεχν|[Ππ]οίηση|문학|소설|文学|文學|小説|小说|小說)"
    r"|(?<=[\u4e00-\u9fff]{2})(?:文学|文學|小説|小说|小說)$")

_TAIL_NAME = re.compile(r"\s+([^\W\d][^,:;|«»“”„\"()!?؟.]{2,48}?)\s*(?:[|·•–—-].*)?")  # ("«T» A | Blog")
_LABEL_WORD = re.compile(rf"(?:^|\s){LABEL_WORDS}(?:\s|$)", re.I)  # (a review's label among a name's words)


def _genre(tag: str) -> bool:
    """A tag that names a genre or a kind of book, not a person (its words, in the scripts read here)."""
    return bool(_GENRE.search(tag) or _ARABIC_KIND.search(tag))


def _words(text: str) -> list[str]:
    return [w.strip(".'’") for w in _WORD.findall(text) if w.strip(".'’")]


def _stem_match(name: str, word: str) -> bool:
    """`word` and `name` are one word, bare or with a case ending ("Մահարի" / "Մահարին", "വിജയൻ" / "വിജയന്റെ")."""
    n, w = name.casefold(), word.casefold()
    if len(n) < 3:
        return False
    common = len(next((n[:i] for i in range(min(len(n), len(w)), 0, -1) if n[:i] == w[:i]), ""))
    # (the ending may stand on either form: "Մահարի" / "Մահարին", "মজুমদারের" / "মজুমদার")
    return common >= max(3, min(len(n), len(w)) - 1) and max(len(n), len(w)) - common <= 5


def person(name: str, prose: str, cased: bool, paired: bool = False, whole: str | None = None) -> bool:
    """Two to four words whose last recurs in the prose (with any case ending) and whose other words never stand in
    the prose outside the whole name; one word only where the script has capitals and it starts with one."""
    words = _words(name)
    if not 1 <= len(words) <= 4 or len(name) > 50 or any(ch.isdigit() for ch in name):
        return False
    if len(words) == 1 and not ((paired or cased and words[0][0].isupper()) and len(words[0]) >= 4):
        return False
    if not any(_stem_match(words[-1], w) for w in _words(prose)):
        return False
    # (the other words, outside the whole name, the title's too; the name read in a case too: "ოთარ ჭილაძის")
    parts = name.split()
    said = re.escape(name) if len(parts) < 2 else r"\s+".join(map(re.escape, parts[:-1] + [parts[-1][:max(3, len(parts[-1]) - 2)]]))
    found = _words(re.sub(said + rf"[\w{_MARKS}]*", " ", whole or prose))
    # (a given name or an initial is said with the surname only: a word of the prose, bare or inflected, is no name's part)
    # (an initial, one letter and its dot, "ப. A", is a name's part too)
    return all((len(w) >= 2 or f"{w}." in name) and not any(_stem_match(w, f) or f.casefold() == w.casefold() for f in found) for w in words[:-1])


def _apart(name: str, text: str) -> bool:
    """The name's last word said once at least apart from the whole name (a surname on its own, in any case): a phrase
    the text only ever repeats whole ("four of five" in a record line and in the closing line) is no person's name."""
    words = name.split()
    if len(words) < 2:
        return True
    rest = re.sub(r"\s+".join(map(re.escape, words[:-1])) + r"\s+" + re.escape(words[-1][:max(3, len(words[-1]) - 2)]) + rf"[\w{_MARKS}]*", " ", text)
    return any(_stem_match(words[-1], w) for w in _words(rest))


def _sides(tree, labels: list[str]) -> list[str]:
    """The places a person stands apart from the prose: tags and labels, links, and values of short record lines."""
    out = [_HASH.sub("", t) for t in labels]
    if tree is None:
        return out
    for el in tree.iter("a", "p", "li", "span", "div", "dd", "td", "figcaption"):
        text = " ".join(raw_text(el).split())  # (text_content(), with no XPath for a leaf: most links and spans)
        if not text or len(text) > 200:
            continue
        if el.tag == "a":  # a link to the archive of a tag, a category or a person
            if _ARCHIVE.search(el.get("href") or ""):
                out.append(_HASH.sub("", text))  # (its hashtag's mark, "<span>#</span> A", no word of the name)
        elif (":" in text or "：" in text or "՝" in text) and len(text) <= 120:  # (a record's line, not a sentence's colon)
            if _meta_row(el, text):
                continue
            # (not a label and value inside one link: another post's headline, "Book fair 2027: stalls open", linked)
            linked = [" ".join(a.text_content().split()) for a in el.iter("a")]
            out += [m.group(1).strip() for m in _LABELLED.finditer(text) if not re.search(r"[,،、，;!?]", m.group(1))
                    and not any(m.group(0).strip() in t for t in linked)]
    return out


def _meta_row(el, text: str) -> bool:
    """A post's meta row: beside its labels (a rubric, a category: "Rubric: X"), a date with no label of its own (the
    post's: "Ana Lee 27 November 2026 Rubric: X"), in the line or in its short parent; a book's record labels its dates
    ("Published: 12.03.2024")."""
    parent = el.getparent()
    around = " ".join(parent.text_content().split()) if parent is not None else ""
    return any(dated(_LABELLED.sub(" ", t)) for t in (text, around if len(around) <= 200 else ""))


def _base(word: str, prose_words: list[str]) -> str:
    """A name read in a case ("Րաֆֆիի «Խենթը»"): its shortest form the prose gives, or the form itself."""
    forms = [w for w in prose_words if _stem_match(word, w) and w != word]
    shorter = [w for w in forms if len(w) < len(word) and word.startswith(w)]
    if shorter:
        return min(shorter, key=len)
    # (a form matched casefolded may share no prefix as written: "sørensens" of "Sørensen" gives "")
    common = [next((word[:i] for i in range(len(word), 0, -1) if w.startswith(word[:i])), "") for w in forms]
    if common and all(len(c) >= len(word) - 1 for c in common):
        return min(common, key=len)
    # Bengali's genitive after a consonant, -ের ("হোসেনের" of "হোসেন"), the prose giving no other form: its one regular
    # base (not a bare -র, which ends names too: "ঠাকুর", "কবীর")
    # Tamil's genitive of a name in -ம், -த்தின் ("…ரத்தின்" of "…ரம்"), where the prose gives that form too
    if word.endswith("த்தின்") and word[:-6] + "ம்" in prose_words:
        return word[:-6] + "ம்"
    return word[:-2] if word.endswith("ের") and len(word) >= 5 else word


_SENTENCE_END = re.compile(r"(?<=[^\s\d.!?…։।]{3})[.!?…։।]+\s")
_DASHED = re.compile(r"^\s*([^–—\-()]{2,60}?)\s+[–—-]\s+([^–—\-()]{2,50}?)\s*(?:[(（][^()（）]{0,60}[)）])?\s*$")


def _dashed(captions: list[str], prose: str, cased: bool) -> Book | None:
    """A cover's caption "T – A (an edition)": T said again in the prose, A's surname too (a one-word name allowed here:
    the caption's dash pairs them, the prose names each again)."""
    for caption in captions:
        match = _DASHED.match(" ".join(caption.split()))
        if not match:
            continue
        title, name = match.group(1).strip(), match.group(2).strip()
        if not 1 <= len(_words(title)) <= 6 or title not in prose.replace(name, " "):
            continue
        if person(name, prose.replace(title, " "), cased, paired=not cased, whole=prose):
            return Book(title, name, source="details")  # (a cover's caption, as bookbody's captions are)
    return None


# Mongolian (and Buryat) set the father's name before a person's own, in the genitive: "-ын", "-ийн", "-гийн", "-ны",
# "-ний" ("Дашын Батаа", "Цэрэнгийн Дорж"): in a text whose Cyrillic has the Mongolic letters ө and ү
_PATRONYMIC = re.compile(r"[А-ЯЁӨҮ][а-яёөү]{1,15}(?:ын|ийн|гийн|ны|ний)")


def _writes(name: str, prose: str) -> bool:
    """A sentence of the prose names the person by surname (in any case) with a word of writing ("A writes", "the
    writer A", bookwrittenby.WRITING): a headline's name after the title is the author's, no character's."""
    last = _words(name)[-1]
    return any(WRITING.search(s) and any(_stem_match(last, w) for w in _words(s))
               for s in _SENTENCES.split(prose))


_SENTENCES = re.compile(r"[.!?؟۔।…։\n]")


def _patronymic(word: str, text: str) -> bool:
    return bool(_PATRONYMIC.fullmatch(word)) and ("ө" in text or "ү" in text)


def _cased(name: str, prose: str) -> bool:
    """Whether the name's script writes capitals in this prose (Georgian's letters have capitals in Unicode, unused)."""
    script = lambda ch: unicodedata.name(ch, "?").split()[0]  # noqa: E731
    first = next((ch for ch in name if ch.isalpha()), "")
    return bool(first) and any(ch.isupper() and script(ch) == script(first) for ch in prose)


def _headline_pair(headline: str | None, prose: str, cased: bool) -> Book | None:
    """A headline that opens with a person and the quoted title ("A, «T» | Blog", "A: „T“", "A — “T”"), each said
    again in the prose (the person by surname, with any case ending; in a script with capitals, with its capital)."""
    for m in _QUOTED.finditer(headline or ""):
        lead, title, rest = headline[:m.start()], m.group(m.lastindex).strip(), headline[m.end():]
        head = re.fullmatch(r"\s*([^,:;|«»“”„\"()]{2,50}?)\s*(?:[,:]|\s[–—-])\s*", lead)
        # (a caseless script's "[rubric] «T» A": the name after the title, the lead a review's label or the book's kind)
        tail = None if head or cased else _TAIL_NAME.fullmatch(rest)
        if tail and 2 <= len(_words(tail.group(1))) <= 3 and 1 <= len(_words(title)) <= 6 and title in prose \
                and all(_ARABIC_KIND.search(f" {w} ") or _LABEL_WORD.search(w) for w in _words(lead)) \
                and person(tail.group(1).strip(), prose.replace(title, " "), False, paired=True, whole=prose) \
                and _apart(tail.group(1).strip(), prose) and _writes(tail.group(1).strip(), prose):
            return Book(title, tail.group(1).strip(), source="title")
        if not head or not re.fullmatch(r"\s*(?:[|·•–—-].*)?", rest) or not 1 <= len(_words(title)) <= 6 or title not in prose:
            return None  # (only the headline's first quoted span, right after its opening name)
        name = head.group(1).strip()
        cased = _cased(name, prose)
        if cased and not all(w[0].isupper() for w in _words(name)):
            return None
        said = [w for w in _words(prose.replace(title, " ")) if _stem_match(_words(name)[-1], w)]
        if cased and (not said or any(not w[0].isupper() for w in said)):
            return None  # (a name keeps its capital: "Review: «T»" says "review" in the prose too)
        if person(name, prose.replace(title, " "), cased, paired=True, whole=prose):
            return Book(title, name, source="title")
        return None
    return None


def named_twice(book: Book | None, tree, lines: list[str], headline: str | None, labels: list[str],
                before_quote: bool = False, captions: list[str] = (), related: list[str] = ()) -> Book | None:
    """``_named_twice``'s book; for a review, else the one person its lead or its picture's caption names (booklead)."""
    found = _named_twice(book, tree, lines, headline, labels, before_quote, captions, related)
    return found or (lead_book(book, tree, lines, headline) or caption_book(book, tree, headline, lines)
                     or credited_book(book, tree, lines) if before_quote else None)  # (bookcaptionby: "“T” by A" under the picture)


def _named_twice(book: Book | None, tree, lines: list[str], headline: str | None, labels: list[str],
                 before_quote: bool = False, captions: list[str] = (), related: list[str] = ()) -> Book | None:
    """The book (title and author) named twice over, or None; `book` a title found already without its author.
    `before_quote`: a person read right before the quoted title too (a weaker sign: for a post known to be a review);
    `related`: the texts of related posts' links the cleaning took out."""
    if book and book.author:
        return None
    dashed = dashed_record(tree)  # (any script: a shop's "Category - T - A | Shop" and its record's author row)
    if dashed and (not book or book.title in (dashed.title, dashed.author)):
        return dashed
    prose = "\n".join(lines)
    if prose.isascii():  # (Latin letters or none, as asked below, without reading them: most posts)
        return None
    letters = _NOT_LETTER.sub("", prose)  # (the letters, counted at C speed: a generator over each cost ~0.1 ms)
    if not letters or len(_PAST_LATIN.sub("", letters)) > len(letters) / 2:
        return None  # a post in Latin script: the rules of capitals and "by" words read it (book.py, bookrescue.py)
    cased = any(ch.isupper() for ch in prose) and any(ch.islower() for ch in prose)
    # the headline, or the page's <title> or og:title (a theme's h1 may be the post's own words, not the book's)
    heads = [headline] + ([] if tree is None else tree.xpath("//head/title/text()|//meta[@property='og:title']/@content"))
    paired = next((p for p in (_headline_pair(h, prose, cased) for h in heads if h) if p), None) \
        or lead_pair(headline, heads[1:], prose, _words, _stem_match, cased, _QUOTED)  # "A — „T“ read again" (bookheadlead)
    if paired and (not book or book.title in (paired.title, paired.author)):  # ("A" of "A, «T»" is no title)
        return paired
    everything = "\n".join([headline or "", prose])
    quoted = [m for m in _QUOTED.finditer(everything)
              if 1 <= len(_words(m.group(m.lastindex))) <= 6 and not re.search(r"[.!?,;:…،。!?։]\s*$", m.group(m.lastindex))]
    # (not a title a related post's link names: "Read also: T2 read again", taken out, is another post's book)
    spans = [s for s in (m.group(m.lastindex).strip() for m in quoted) if not any(s in t for t in related)]
    quoted = [m for m in quoted if m.group(m.lastindex).strip() in spans]
    # a title found without its author stands; unless the post quotes another and never it ("Վանը, որ …": a headline's part),
    # but for the headline's title beside its review label ("T - <book review>": the label says whose the post is), one
    # that holds no quoted span itself ("<label>: A-GEN ‘T’" read whole is no title: the quoted one is)
    labelled = bool(book and headline and book.title in headline and not any(s in book.title for s in spans)
                    and not set(book.title) & set(_PAIRS) and (REVIEW_SUFFIX.search(headline) or REVIEW_PREFIX.match(headline)))
    title = book.title if book and (book.title in spans or not spans or labelled) else next(iter(spans), None)
    cased = any(ch.isupper() for ch in prose) and any(ch.islower() for ch in prose)
    if not title or not book and not spans:
        return _dashed(list(captions), prose, cased) if not book else None
    # the person named right before the quoted title, a particle ("की", "کی", "の") dropped
    before, written, recorded = [], set(), set()
    for m in quoted:
        if m.group(m.lastindex).strip() != title:
            continue
        # (a name ends at the quote, never across the end of a sentence: "… როგორც მაშინ. „T“")
        words = _words(_SENTENCE_END.split(everything[max(0, m.start() - 60):m.start()].split("\n")[-1])[-1])
        words, wrote = written_off(words) if not cased else (words, False)  # ("A రాసిన ‘T’": the participle off, bookwrittenby)
        if words and len(words[-1]) <= 3 and not words[-1][0].isupper() and not wrote:
            words = words[:-1]
        words = particles_off(words) if not cased else words  # ("A यांचं «T»": a postposition apart, nameparticles)
        if cased:  # the capitalised words that end at the quote
            k = next((i for i in range(min(3, len(words)), 0, -1) if all(w[0].isupper() for w in words[-i:])), 0)
            opening = re.search(r"(?m)(?:^|[.!?։]\s+)" + re.escape(words[-k]) + r"\b", everything[max(0, m.start() - 60):m.start()]) if k else None
            # (a sentence's first word has its capital from the sentence: alone, no name; but a Mongolian full name opens
            # on the father's name in the genitive, "Дашын Батаа «T»", a name's part wherever it stands)
            k = k - 1 if opening and not (k >= 2 and _patronymic(words[-k], everything)) else k
            before += [" ".join(words[-k:])] if k else []
            # (a name a comma sets off from the quote is a record's, "A, «T» (1886)": its own form, in no case)
            recorded |= {" ".join(words[-k:])} if k and re.search(r"[,،;]\s*$", everything[max(0, m.start() - 4):m.start()]) else set()
            # or right after it, joined by one short lower-case word ("„T“ од A", "«T» від A", "“T” af A"), to a stop
            after = re.match(r"\s+[^\W\d_]{1,3}\s+([^,.;:!?()\[\]\n]{3,60})", everything[m.end():m.end() + 80])
            said = _words(after.group(1)) if after and everything[m.end():].split()[0].islower() else []
            k = next((i for i in (3, 2) if len(said) >= i and all(w[0].isupper() for w in said[:i])), 0)
            again = k and sum(_stem_match(said[k - 1], w) for w in _words(everything)) >= 2  # (said twice: not just here)
            before += [" ".join(said[:k])] if again else []
        else:
            # (an initial keeps its dot: "ப. A")
            named = [" ".join(w + "." if len(w) == 1 and f"{w}." in everything[max(0, m.start() - 60):m.start()] else w for w in words[-k:])
                     for k in (2, 3) if len(words) >= k]
            before += named
            written |= set(named) if wrote else set()
    prose_words = _words(prose.replace(title, " "))
    sides = [n for n in _sides(tree, labels) if len(n.split()) >= 2 and n not in (headline or "")]
    genres = {n for n in sides if _genre(n)}  # (a genre's tag is no author; it still asks for the book noun's owner)
    if cased:  # (where the script has capitals, a name has them)
        sides = [n for n in sides if all(w[0].isupper() for w in _words(n))]
    headed = [n for n in record_heads(title, lines, _words)  # "A, «T», Publisher" (bookrecordhead)
              if not cased or all(w[0].isupper() for w in _words(n))]
    # "رمان A B", "A B کا ناول": the book noun's owner (booknounowner), first for a review; on the first reading (any
    # post) only in place of a tag or a record line's person found as the book's (a tag may be a theme: "women's writing")
    owners = noun_owners(prose) if not cased else []
    for name in [*(owners if before_quote else []), *headed, *sides, *(before if before_quote else [])]:
        name = name.strip(" ,;.-–—։")
        if not name or name.casefold() == title.casefold() or name in title or title in name:
            continue
        if not cased and name in before and (_ARABIC_KIND.search(name) or _LABEL_WORD.search(name)):
            continue  # (a headline's rubric before the quoted title, "نقد رمان «T» A": a review's label, no person)
        # (a name the "written by" participle marks, said whole twice, needs no surname said on its own)
        if person(name, everything.replace(title, " "), cased, whole=everything) and (
                _apart(name, everything) or name in written and everything.count(name) >= 2):
            words = name.split()
            if name in before and name not in sides and name not in recorded:  # (read in a case: its base form)
                words[-1] = _base(words[-1], prose_words)
            owner = next((o for o in owners if not before_quote and o != name and o not in title
                          and person(o, everything.replace(title, " "), cased, whole=everything) and _apart(o, everything)), None)
            if owner is None and name in genres:
                continue
            return Book(title, owner or " ".join(words), source="body")
        # (a name read in a case before the quote that the page also gives whole in its base form, in a headline or a
        # record line, "A-யின் ‘T’" beside "T — A": its given name is then said outside the cased form; asked of the base)
        based = " ".join(name.split()[:-1] + [_base(name.split()[-1], prose_words)]) if name in before and name not in sides and name not in recorded else name
        if based != name and person(based, everything.replace(title, " "), cased, whole=everything) and _apart(based, everything):
            return Book(title, based, source="body")
        if not cased and name in before and family_first(name, everything, title, person, _apart):
            return Book(title, based if name.endswith("ের") else name, source="body")  # ("గురజాడ అప్పారావు ‘T’", the prose saying "గురజాడ": the page's order; a Bengali genitive's -ের off: "A-ের ‘T’")
    return None
