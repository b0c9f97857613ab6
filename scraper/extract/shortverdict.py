"""A short post's verdict in its writer's own voice, and the citation it may close on: two marks of one work read.

A capsule review of 80 to 160 words often carries neither a rating nor "the novel" said twice, yet it ends as a
reviewer ends: "I recommend starting here before his later books", "je ne peux que vous le conseiller", "polecam",
"öneririm", "suosittelen" (the verb of recommending in the first person singular, or its negation, "I wouldn't
recommend it": a verdict all the same), and, in a paper's review, on a line of record for the book ("Author, Title,
House, 112 pages."; or, with no page count, one that opens on the title set off, "«T», A, House, City", its other
fields no prose). An announcement, a news item, a shop's record or a catalogue's speaks of the book in the third
person ("recommended reading", "the publisher recommends"); a shop's record lists its pages on a labelled line of
its own ("Pages: 112"), not in one citation with three fields or more. The writer's statement that they read the book
("I finished it on the train", "lugesin ühe õhtuga") is the reviewer's voice too (readvoice.py), and so is a critic's
reservation in the third person ("though some minor characters are thinly drawn": reservation.py).

verdict_marks reads both from the cleaned lines the classifier already holds (reviewed.voiced_marks adds them to the
marks of one work, which a short post must carry two of, one in the reviewer's voice: the recommendation is one).
Blockquotes (another's words) and lines in quotation marks are skipped; the recommendation is looked for only in a
line that holds one of the verbs' cheap stems first.

A capsule that scores its book in one line of its own ("Rating: 4 out of 5 stars."; not a group's average, not a
reply's) is shorter still: floor lowers the short shape's floor for it from 100 English words' worth to 60, and the
score line is a voice mark; a second mark is asked of it all the same.
"""

from __future__ import annotations

import re

from .book import BY_RECORD
from .bookbiblio import PAGES, PAGES_FIRST
from .datelines import RECORD_SEPARATORS
from .notewords import PUBLISHER
from .readvoice import QUOTES, READS, reads
from .openread import post_opens_on_reading  # (the post opens on its reading of its own book)
from .reservation import RESERVES, reservation_marks, reserves  # noqa: F401 (RESERVES: reviewed.VOICE)
from .reviewwords import WORK_REFERENCE
from .backlist import backlist_marks
from .indicmustread import MUST_READ_ONCE, must_read
from .readernotes import references
from .recommendto import to_recipient

RECOMMENDS = "recommends the book in the first person"
CLOSES_ON_CITATION = "closes on a citation of the book (pages)"
SCORES = "gives its own verdict in its one score line"
FAVOURITE = "counts the book among its writer's favourites"

# the verb of recommending (advising one to read) in the first person singular, in some thirty languages: en, de, nl,
# sv, da/nb, fr, es, it, pt, ca, ro, pl, cs, sk, sl, hr/sr/bs, ru, uk, bg, tr, az, uz, kk, tg, fi, et, hu, lt, lv, el, sq, eu, id/ms,
# vi, he, ar, fa, hi, ja, zh, ko, ka, te, ta, kn, bn, ur
_RECOMMEND = re.compile(
    r"(?<!\w)(?:(?-i:I)(?:\s+(?:would|will|can|could|do|cannot|can['’]t|couldn['’]t|wouldn['’]t|don['’]t|definitely|"
    r"really|highly|strongly|heartily|warmly|wholeheartedly|absolutely|still|only|would\s+\w+|can\s+\w+))*|I['’]d)"
    r"\s+(?:\w+\s+)?recommend(?!\w)|"
    r"(?<!\w)(?:ich\s+(?:\w+\s+){0,3}empfehlen?|empfehle\s+ich|kann\s+ich\s+(?:\w+\s+){0,3}empfehlen)(?!\w)|"
    r"(?<!\w)ik\s+(?:raad|beveel)\s+(?:\w+\s+){0,4}aan(?!\w)|"
    r"(?<!\w)(?:jag|jeg)\s+(?:\w+\s+)?(?:rekommenderar|anbefaler)(?!\w)|"
    r"(?<!\w)(?:je|j['’])\s+(?:(?:ne\s+peux\s+que|vous|te|le|la|les|\w+)\s+){0,3}"
    r"(?:recommande|conseille|recommander|conseiller)(?!\w)|"
    r"(?<!\w)(?:(?:lo|la|los|las|se\s+lo|os\s+lo|te\s+lo|ve\s+lo|ve\s+la|te\s+la|vi|ti)\s+)?"
    r"(?:recomiendo|recomendaría|recomendo|recomendaria|consiglierei|raccomando|recomano|recomanaria|recomand|"
    r"(?<!il\s)(?<!un\s)(?<!del\s)(?<!nel\s)(?<!al\s)consiglio)(?!\w)|"  # (not the noun: "il consiglio comunale")
    r"(?<!\w)(?:polecam|poleciłabym|poleciłbym|doporučuji|doporučuju|odporúčam|priporočam|preporučujem|preporučam|"
    r"препоручујем|рекомендую|советую|раджу|препоръчвам|öneririm|öneriyorum|tavsiye\s+ederim|tavsiye\s+ediyorum|"
    r"suosittelen|soovitan|ajánlom|rekomenduoju|iesaku|(?:το\s+)?(?:προτείνω|συστήνω|συνιστώ)|(?:e\s+)?rekomandoj|"
    r"gomendatzen\s+dut|maslahat\s+beraman|tavsiya\s+(?:qilaman|etaman)|tövsiyə\s+edirəm|тавсия\s+(?:медиҳам|мекунам)|"
    r"ұсынамын)(?!\w)|"
    r"(?<!\w)saya\s+(?:sangat\s+)?(?:merekomendasikan|rekomendasikan|menyarankan|sarankan|mengesyorkan)(?!\w)|"
    r"(?<!\w)tôi\s+(?:rất\s+)?khuyên(?!\w)|(?<!\w)אני\s+(?:\w+\s+)?(?:ממליץ|ממליצה)(?!\w)|(?<!\w)(?:أنصح|أوصي)(?!\w)|"
    r"(?:توصیه|پیشنهاد)\s+می\u200c?\s?کنم|(?:सलाह|सुझाव)\s+(?:दूँगा|दूंगा|दूँगी|दूंगी|देता|देती)|"
    r"(?<!\w)(?:ვურჩევ|ვურჩევდი|გირჩევ|გირჩევდი)(?!\w)|(?:సిఫార్సు|సిఫారసు)\s+చేస్తాను|"
    r"பரிந்துரைக்கிறேன்|பரிந்துரைப்பேன்|"
    r"ಶಿಫಾರಸು\s+ಮಾಡುತ್ತೇನೆ|সুপারিশ\s+কর(?:ি|ছি|ব)(?![\u0980-\u09ff])|"
    r"(?:سفارش|تجویز)\s+(?:(?:کرتا|کرتی)\s+ہوں|کروں\s+گ[ای])|"
    r"(?:おすすめ|お勧め|オススメ|お薦め)(?:します|したい)|読んで(?:みて)?(?:ほしい|欲しい|もらいたい)|我(?:很|会|會|非常)?(?:推荐|推薦)|(?:추천|권)합니다|추천한다",
    re.I,
)
# a stem every branch above holds (folded to lower case): the line is searched only when one is there
_STEMS = ("recommend", "empfehl", "raad", "beveel", "rekommend", "anbefal", "recommand", "conseill", "recomi",
          "recomend", "consigli", "raccomand", "recoman", "recomand", "polec", "doporuč", "odporúč", "priporoč",
          "preporuč", "препоруч",
          "рекоменд", "совет", "радж", "препоръч", "öner", "tavsiye", "suosit", "soovit", "ajánl", "rekomend", "iesak",
          "προτείν", "συστήν", "συνιστ", "rekomand", "gomend", "sarank", "menyarank", "mengesyor", "khuyên",
          "ממליצ", "ממליץ", "أنصح", "أوصي", "توصیه", "پیشنهاد", "सलाह", "सुझाव", "すすめ", "勧め", "スス", "薦め", "読んで",
          "推荐", "推薦", "추천", "권합", "ვურჩევ", "გირჩევ", "సిఫా", "సిఫార", "பரிந்துரை", "ಶಿಫಾರಸು", "সুপারিশ",
          "سفارش", "تجویز", "maslahat", "tavsiya", "tövsiyə", "тавсия", "ұсына")


# the writer's own superlative verdict: the book among "my favourite books" ("easily one of my favourite books this
# decade", "uno de mis libros favoritos", "l'un de mes romans préférés", "eines meiner Lieblingsbücher", "uno dei miei
# romanzi preferiti", "um dos meus livros favoritos", "een van mijn favoriete boeken", "en av mina favoritböcker",
# "jedna z moich ulubionych książek", "jedna z mých oblíbených knih", "одна из моих любимых книг", "одна з моїх
# улюблених книг", "favori kitaplarımdan", "en sevdiğim kitaplardan", nb "en av mine favorittbøker", "mein
# Lieblingsbuch", "salah satu buku favorit saya", "novel kegemaran saya", "suosikkikirjojani", "kedvenc könyvem"): the
# possessive and a noun of the work, never of a person ("my favourite author" praises no book)
_NO_PERSON = r"(?!(?:authors?|writers?|poets?|novelists?|people|person|characters?|heroes|heroines?)\b)"
_FAVOURITE = re.compile(
    # (one word at most between the favourite and the work's noun, never a person's: "my favourite author wrote books")
    rf"(?<!\w)(?:(?:my|our)\s+(?:\w+\s+)?(?:favou?rites?|best-loved|most-loved)\s+(?:{_NO_PERSON}\w+\s+)?"
    r"(?:books?|novels?|reads|stories|collections|memoirs|titles)|"
    r"mis\s+(?:libros|novelas|lecturas)\s+(?:\w+\s+)?(?:favorit[oa]s|preferid[oa]s)|"
    r"mes\s+(?:\w+\s+)?(?:livres|romans|lectures)\s+(?:\w+\s+)?(?:préférée?s|favori(?:te)?s)|"
    r"(?:mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?)\s+(?:\w+\s+)?lieblings(?:buch|bücher|büchern|roman|romane|romanen)|"
    r"miei\s+(?:libri|romanzi)\s+(?:\w+\s+)?(?:preferiti|favoriti)|mie\s+letture\s+(?:\w+\s+)?preferite|"
    r"(?:meus|minhas)\s+(?:livros|romances|leituras)\s+(?:\w+\s+)?(?:favorit[oa]s|preferid[oa]s)|"
    r"mijn\s+(?:\w+\s+)?(?:favoriete|lievelings)\s*(?:boeken|boek|romans|roman)|"
    r"(?:mina|mine|mitt|min)\s+(?:\w+\s+)?(?:favoritt?|yndlings)(?:bok|böcker|bøker|bøger|bog|roman\w*)|"
    r"moich\s+(?:\w+\s+)?ulubionych\s+(?:książek|powieści|lektur)|"
    r"(?:mých|mojich)\s+(?:\w+\s+)?(?:oblíbených|obľúbených)\s+(?:knih|kníh|románů|románov)|"
    r"(?:моих|моїх)\s+(?:\w+\s+)?(?:любимых|улюблених)\s+(?:книг|романов|романів)|"
    r"favori\s+(?:kitaplarımdan|romanlarımdan)|(?:en\s+)?sevdiğim\s+(?:kitap|roman)(?:lar(?:ım)?dan|ım)?|"
    r"(?:buku|novel|bacaan)\s+(?:\w+\s+)?(?:favorit|kegemaran|kesukaan)"
    r"\s+(?:saya|aku)|suosikki(?:kirjojani|kirjani|kirjoistani|romaaneistani)|"
    r"kedvenc\s+(?:könyvem|könyveim|regényem))(?!\w)",
    re.I,
)
_FAVOURITE_STEMS = ("favo", "best-loved", "most-loved", "prefer", "préféré", "lieblings", "yndlings", "ulubion",
                    "oblíben", "obľúben", "любим", "улюблен", "kegemaran", "kesukaan", "suosikki", "kedvenc",
                    "sevdiğim")


def favourite(lines) -> bool:
    """A line of the post's own (no blockquote, no quotation marks) counts the book among its writer's favourites."""
    for line in lines:
        low = line.lower()
        if any(stem in low for stem in _FAVOURITE_STEMS) and not line.lstrip().startswith(">") \
                and not QUOTES.search(line) and _FAVOURITE.search(line):
            return True
    return False


def _recommending(lines):
    """The lines of the post's own (no blockquote) with the verb of recommending in them, said outside any quotation
    (_unquoted_at)."""
    for line in lines:
        low = line.lower()
        if any(stem in low for stem in _STEMS) and not line.lstrip().startswith(">") \
                and (found := _RECOMMEND.search(line)) and _unquoted_at(line, found.start()):
            yield line


_SENTENCE_STOP = re.compile(r"[.!?…。！？](?=\s|$)")


def _unquoted_at(line: str, at: int) -> bool:
    """No quotation is open where the verb stands: the line holds no quotation mark, or the marks before the verb come
    in pairs, none of them in the verb's own sentence, and those after it in that sentence come in pairs too (the
    writer's sentence quoting a phrase after the verb, "I recommend it to anyone who says «it wasn't that bad»"; a
    blurb's “… I recommend it,” says X opens its quotation before the verb)."""
    if not QUOTES.search(line):
        return True
    start = max((m.end() for m in _SENTENCE_STOP.finditer(line, 0, at)), default=0)
    stop = _SENTENCE_STOP.search(line, at)
    after = QUOTES.findall(line, at, stop.start() if stop else len(line))
    return not QUOTES.search(line, start, at) and len(QUOTES.findall(line, 0, start)) % 2 == 0 and len(after) % 2 == 0


def recommends(lines) -> bool:
    """A line of the post's own (no blockquote, no quotation marks) recommends the book in the first person."""
    return next(_recommending(lines), None) is not None or must_read(lines)  # (or a book "to be read": indicmustread)


# what the verb recommends when it is the book: a pronoun right after it ("I'd recommend it", "empfehle es", "polecam
# ją"), or nothing (the verb ends its clause: "Polecam.", "ყველას ვერ ვურჩევ,", the object before it or dropped)
_OBJECT = re.compile(r"^\s*(?:(?:it|this|them|es|ihn|sie|dieses|het|dit|den|det|dette|denna|ją|je|go|его|её|ее|onu|"
                     r"bunu|ini|hii|huu)(?!\w)|[,.;:!?…،؛۔।。！？)–—]|$)", re.I)
_STOP = re.compile(r"[.!?;।۔。！？]")


def recommends_book(lines, title: str | None) -> bool:
    """The recommendation's object is the book: a pronoun or nothing after the verb, or its sentence names the book
    (its title, "this novel"), not "I would recommend we switch to something shorter" (s32: a reader's question)."""
    if must_read(lines):  # (its object the book by construction: indicmustread)
        return True
    for line in _recommending(lines):
        for verb in _RECOMMEND.finditer(line):
            if _OBJECT.match(line[verb.end():verb.end() + 24]) or to_recipient(lines, line, line[verb.end():verb.end() + 24], verb.group(0)):
                return True  # (or its object dropped, its receiver named, in the closing line: recommendto)
            stops = [m.end() for m in _STOP.finditer(line, 0, verb.start())]
            end = _STOP.search(line, verb.end())
            sentence = line[stops[-1] if stops else 0:end.end() if end else len(line)]
            if title and title.casefold() in sentence.casefold() or WORK_REFERENCE.search(sentence):
                return True
    return False


_PAGES_RE = re.compile(rf"{PAGES}|{PAGES_FIRST}", re.I)  # (the count after its word or before it: "kurasa 196")
_FIELD = re.compile(rf"\s*[{RECORD_SEPARATORS}]\s*")  # (datelines': Arabic and Persian write their own comma)
# a citation whose first field is the title set off (quoted, bracketed or in italics), "«T», A, House, City": the book's
# record as a paper closes its review on it, with or without its pages
_SET_OFF_FIRST = re.compile(r"^\s*(?:«[^»]{1,80}»|“[^”]{1,80}”|„[^“”]{1,80}[“”]|\*[^*]{1,80}\*|_[^_]{1,80}_|"
                            r"《[^》]{1,40}》)\s*[,،]")


def closing_citation(lines, title: str | None = None, author: str | None = None) -> bool:
    """One of the post's last two lines is a citation of the book: thirty words at most, three fields or more (author,
    title, house …) one of which gives its page count, and no address on the web (a shop's labelled "Pages: 112" is
    one field); or one that names the book read, its `title` and its `author`, and beside them only its house, its
    year or its pages, in a few words that are no prose ("A, „T“. House X.", "A, T. House, 2019": _cites)."""
    for line in list(lines)[-2:]:
        if len(line.split()) <= 30 and "://" not in line and ":" not in line \
                and (_PAGES_RE.search(line) or _SET_OFF_FIRST.match(line)) \
                and len(fields := [field for field in _FIELD.split(line.strip()) if field]) >= 3 \
                and not any(field[:1].islower() for field in fields[1:]):  # (names, a house, a place: no prose)
            return True
        if title and author and len(title) >= 3 and _cites(line, title, author):
            return True
    return False


_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_LOWER = re.compile(r"^[a-zà-öø-ÿα-ωа-я]")  # (a word of prose in a cased script; a caseless script has none to tell)


_BETWEEN = re.compile(r"[^\w]*")
# (the title first, a by-word may join it to the name: "T by A", "T di A", "L'Étranger d'A"; en fr es pt it de nl sv
# da/nb pl id vi)
_BY_BETWEEN = re.compile(rf"[^\w]*(?:(?<!\w)(?:{BY_RECORD})\s+|(?<!\w)d['’])?")


def _cites(line: str, title: str, author: str) -> bool:
    """The line names the book's author and title side by side, split by punctuation only ("A, T", "A: „T“"; a
    caption's verb between them, "A signing T", is no record) or, the title first, by a by-word ("T by A", "T d'A"),
    and beside them six words at most that give its house
    (the publisher's word), its year or its pages, no lower-case word but the page count's ("pages", "S.")."""
    if len(line.split()) > 30 or "://" in line or title not in line or author not in line:
        return False
    at_title, at_author = line.find(title), line.find(author)
    if at_author < at_title:  # ("A, T": punctuation only between)
        if _BETWEEN.fullmatch(line, at_author + len(author), at_title) is None:
            return False
        rest = line.replace(title, " ").replace(author, " ")
    else:  # ("T, A", "T by A", "T di A", "T d'A")
        gap = _BY_BETWEEN.fullmatch(line, at_title + len(title), at_author)
        if gap is None:
            return False
        rest = line[:at_title] + " " + line[at_author + len(author):]
    words = [w for w in re.sub(r"[^\w\s]", " ", _PAGES_RE.sub(" ", rest)).split()]
    return len(words) <= 6 and not any(_LOWER.match(w) for w in words) \
        and bool(PUBLISHER.search(rest) or _YEAR.search(rest) or _PAGES_RE.search(rest))


def verdict_marks(ev) -> tuple[str, ...]:
    """The marks of the post's own verdict (a recommendation, its one score line) and its citation of the book
    (reviewed.voiced_marks counts them with the others; the verdicts are the reviewer's voice)."""
    lines = ev.body[0]
    cited = closing_citation(lines, ev.book_title, ev.book_author) if ev.book_has_author else closing_citation(lines)
    return (RECOMMENDS,) * _once(ev, recommends) + (FAVOURITE,) * favourite(lines) + (CLOSES_ON_CITATION,) * cited \
        + (SCORES,) * _own_score(ev) + (READS,) * (reads(ev.body[1], _title(ev), _headline_book(ev), ev.book_title)
                                                   or post_opens_on_reading(ev)) \
        + reservation_marks(lines, _once(ev, reserves)) \
        + (MUST_READ_ONCE,) * (must_read(lines) and references("\n".join(lines)) == 1)  # (readvoice: "I've read it"; reservation: "drags at times"; indicmustread)


def floor(ev) -> int:
    """The English words' worth a short post whose book was not read needs to be weighed for the marks of one work:
    60 when its one score line is its own verdict ("Rating: 4 out of 5 stars."; not a group's average, not a reply's),
    100 otherwise. A capsule review that scores its book is shorter than one that must say all in words; the marks
    are asked of it all the same (reviewed.voiced_marks: its rating label is one, in the reviewer's voice)."""
    # (or when it says in the first person that its writer read the book its headline or a box of record names, the
    # book or its title the object read: readvoice.reads; or grants a fault of its craft, hedged, as a critic does:
    # reservation.reserves; or recommends it in the first person, "I'd recommend it to anyone who…", "ყველას ვერ
    # ვურჩევ": a verdict as much as a reservation is (s28), when what it recommends is the book (s32:
    # recommends_book); a book read only in passing, in its text, is not enough)
    # (or when it opens or closes on the record of a book dated years before it and names it again: backlist.py)
    # (s33: a book read in the text from the post's closing citation of it, its author and title, is no book read in
    # passing: as good as a box of record)
    return 60 if _own_score(ev) or backlist_marks(ev.body[0], getattr(ev, "published", None)) or (ev.book_source not in (None, "body") or closing_citation(ev.body[0], ev.book_title, getattr(ev, "book_author", None))) and ev.book_has_author \
        and (reads(ev.body[1], _title(ev), _headline_book(ev), ev.book_title) or _once(ev, reserves)
             or _once(ev, recommends) and recommends_book(ev.body[0], _title(ev))) else 100


def _once(ev, test) -> bool:
    """reserves or recommends of the post's own lines, read once for floor and verdict_marks both."""
    memo = ev.__dict__.setdefault("_shortverdict", {})
    key = (test.__name__, id(ev.body[0]))
    if key not in memo:
        memo[key] = test(ev.body[0])
    return memo[key]


def _title(ev) -> str | None:
    """The title the headline or a box of record gives the book (not one read in passing, in the text)."""
    return ev.book_title if ev.book_source not in (None, "body") else None


def _headline_book(ev) -> str | None:
    """The title of the book read (from wherever), when the headline names it too ("Finished T": a log's entry)."""
    book, headline = ev.book_title, getattr(ev, "title", None)
    return book if book and headline and book.casefold() in headline.casefold() else None


def _own_score(ev) -> bool:
    """One score line, the post's own verdict, read as its rating: not a group's average, not a reply's."""
    return bool(ev.rating and ev.scored_lines == 1 and ev.verdict_lines == 1 and not ev.averaged
                and not ev.reply_scores)


own_score = _own_score  # (reviewed.short_shape: the page's language weighs the words of a post under its own score line)
