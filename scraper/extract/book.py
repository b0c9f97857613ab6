"""Which book a review is about: title, author, and where known year and publisher.

Three places are tried, most trusted first (``bookbody`` adds the page's other titles and the body):

1. schema.org JSON-LD (``Review`` → ``itemReviewed`` ``Book``, or a ``Book``), read in ``bookld``;
2. the post title, and the first heading of the body, against the shapes
   reviewers use: "Title by Author", "Review: Title – Author",
   "‘Title’ by Author", "Title (Author, 2005)", with review words in our
   languages stripped before ("Reread:", "[ARC review]", "Chronique :") or after ("— review");
3. a closing citation in the body: "Title by Author. City: Publisher, 2005.", or a bibliographic line
   at the top or bottom ("Author: Title. Publisher, 272 pp.", "Title, Author. Publisher, 2016.").

An author must look like a personal name (one to five capitalised words, with
initials and particles such as "Le", "de", "van"), which is what keeps
"Thoughts by the sea" from reading as a book by "the sea". Shapes that do not
say "book by author" themselves ("Die Wand – Marlen Haushofer", "Title, Author",
"Tschick von Wolfgang Herrndorf") are read only after a review word, or when a
``Context`` vouches for them: the post's text names the author's surname, and the
name is not the blog's or the blogger's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bookinfo import without_label; from .reviewlabel import BOOK_AFTER, BOOK_BEFORE, LABEL_ONLY, REREAD_WORDS; from .booksitename import site_worded; from .mailsubject import subject_title
from .booktitles import CREDIT, NUMBERING, quote_closed, cjk_bracketed, cjk_title, headline, mentioned_part as _mentioned_part, unbracketed as _unbracketed
from .casefold import guarded, whole_count; from .bookcjkslash import labelled_slash; from .bookvolume import volume_title; from .bookownby import own_by; from .bookfinnish import finnish_genitives, turkic_genitives; from .bookdeclinedhalf import declined_title; from .bookglued import glued_name

QUOTES = "\"'‘’“”«»„‚‹›「」『』"
_DASH = r"(?:\s[-–—]\s|\s?[–—]\s?)"
# "by" in our languages; besides English "by", trusted only with a quoted title, a review word or a vouching text.
_BY = r"(?:[Bb]y|de|von|di|door|van|par|por|av|af|karya|của)"  # (Danish "af", Swedish/Norwegian "av"; Indonesian/Malay "karya", work of; Vietnamese "của", of)
# where one of them is an everyday preposition of the page's language (Indonesian/Malay "di" = at, in) it says
# nothing; that language's own "by" does ("oleh")
_BY_IN = {"id": r"(?:by|oleh|karya)", "ms": r"(?:by|oleh|karya)", "af": r"(?:[Bb]y|deur)", "sw": r"(?:[Bb]y|wa|ya|la|cha|vya|za)", "fy": r"(?:[Bb]y|fan|troch)", "lb": r"(?:[Bb]y|vun|vum|vu|von)", "br": r"(?:[Bb]y|gant)", "gd": r"(?:[Bb]y|le|leis)", "ga": r"(?:[Bb]y|le|ó)"}; _OF_BY = ("sw", "fy", "lb", "gd", "ga")  # (Afrikaans "deur", by; Swahili's "of", agreeing with the work's noun class, "T ya A", "kitabu cha A": an "of" (_OF_BY) says "by" only where the text names T without A too; so Frisian "fan", Luxembourgish "vun", Gaelic "le" (with), Breton "gant", by, after a review label: "Resinsje: T fan A")
_PARTICLE = r"(?:[Ll]e|[Ll]a|de|da|del|della|degli|der|den|di|du|van|von|zu|af|ten|ter|y|bin|bint|ibn|ben|wa|al|St\.)"
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐЎҒҚҢӘӨҰҮҺҖΑ-ΩΆΈΉΊΌΎΏ][\w'’.\-]*|[A-ZА-ЯЁΑ-Ω]\.)"  # Latin, Cyrillic (and Belarusian, Kazakh, Tatar …) and Greek capitals
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,4}}"
NAME_RE = re.compile(rf"^{_NAME}$"); _STOPPED = re.compile(r"(?<=[^\W\d_]{3})\.$")  # (a full stop after a word, no initial's)
_DECLINING = frozenset("lt lv pl cs sk ru uk be sl hr sr bs bg el ka".split())  # (a name before a quoted title may be a genitive: bookgenitivefront)

# Words that say "this is a review" (or a reread, a write-up) in the languages we crawl; stripped off a title's
# start ("Reread: …", "[ARC review] …", "Chronique : …") or end ("… — review", "… (Rezension)").
_REVIEW_WORD = (  # (et "arvustus", is "ritdómur"/"umsögn", cy "adolygiad", ga "léirmheas", ca "ressenya", ro "recenzie", eo "recenzio", sr/mk, be)
    r"(?:an?\s+|my\s+)?(?:(?:book\s+)?review|thoughts)\s+(?:of|on)|(?:(?:book|mini|arc|quick|short|spoiler[\s-]*free|staff|guest|reader|member|librarian|library|editor['’]?s|audio(?:book)?)[\s-]+)*(?:review(?:ed)?|re-?read(?:ing)?)|rese[ñn]ha|rese[ñn]a|cr[íi]tica|critique|"
    # French "[Avis] T", "Avis : T", "Mon avis sur T", "T : mon avis", "Note de lecture : T" (avis, "opinion", only before a
    # bracket, a colon or a dash, or ending the title: "Avis Rent" is no label)
    r"(?:mon\s+)?avis(?:\s+(?:de\s+)?lecture)?(?=\s*(?:[\]):\-–—|]|$))|mon\s+avis\s+sur|notes?\s+de\s+lecture|"
    r"(?:पुस्तक|किताब)\s+(?:समीक्षा|परिचय)|પુસ્તક\s+(?:પરિચય|સમીક્ષા)|বই\s*(?:রিভিউ|পরিচিতি|আলোচনা)|ਪੁਸਤਕ\s+(?:ਸਮੀਖਿਆ|ਰੀਵਿਊ)|"  # "book review/introduction": hi, mr, gu, bn, pa
    rf"{LABEL_ONLY}|chronique|rezension|recensione|recensie|recension|recenzja|recenze|anmeldelse|arvostelu|buchbesprechung|besprechung|"
    r"(?:gelesen|gelezen|letto|le[íi]do|lido|l[äæ]st|lest|luettu|przeczytane|přečteno|прочитано|lu)(?=\s*:)|boekbespreking|in\s+review|(?:kitap\s+)?(?:i̇|i)nceleme(?:si)?|kitap\s+yorumu|ulasan(?:\s+buku)?|resensie|resensi|đánh\s+giá|review\s+sách|"
    r"arvustus|ritdómur|umsögn|adolygiad|léirmheas|ressenya|recenzie|recenzio|рецензија|рэцэнзія|bokomtale|omtale|recenzió|recenzia|recenzija|(?:рецензи[яюі]|отзыв|обзор|відгук|огляд)(?:\s+(?:на|о|об|про)(?:\s+(?:книг[уеиа]|роман[еау]?))?(?=\s))?|(?:βιβλιο)?κριτική|"
    # labels of posts about one book that are not reviews (classify reads them in the post title)
    r"blog\s+tour|book\s+tour|tour\s+stop|cover\s+reveal|spotlight|excerpt|extract|giveaway"
)
_REVIEW_PREFIX = re.compile(
    rf"^\s*(?:[\[(]\s*(?:{_REVIEW_WORD})\s*[\])]\s*[:\-–—|]?\s*|{BOOK_BEFORE}?(?:{_REVIEW_WORD}){BOOK_AFTER}?\s*[:\-–—|.]\s*|(?:{_REVIEW_WORD})\s*(?:[:\-–—|]\s*|\s+))",  # (reviewlabel)
    re.IGNORECASE,
)
_REVIEW_SUFFIX = re.compile(
    rf"(?:\s*[:\-–—|.]\s*(?:an?\s+|['’]n\s+)?(?:{_REVIEW_WORD}|{REREAD_WORDS})|\s*[\[(]\s*(?:{_REVIEW_WORD}|{REREAD_WORDS})\s*[\])])\s*$", re.IGNORECASE
)


@dataclass
class Book:
    title: str
    author: str | None
    year: int | None = None
    publisher: str | None = None
    source: str = ""  # where it was found: jsonld, title, heading, citation


def clean_title(text: str) -> str:
    text = quote_closed(without_label(re.sub(r"\s+", " ", text).strip()))  # "„T”, new edition": the quotes end it (booktitles)
    text = text.strip(QUOTES + " ,.:;")
    if re.fullmatch(r"([*_]{1,2})[^*_]+\1", text):  # Markdown emphasis around the whole title
        text = text.strip("*_")
    text = re.sub(r"\s*[\(\[][^)\]]*\d/\d+[^)\]]*[\)\]]\s*$", "", text)  # "(4/5)" after a title
    # a generic subtitle: "The Lantern Room: A Novel", "Ashes (a memoir)", "Der Hof. Roman"
    text = re.sub(r"\s*(?:[:.,]\s*|\(\s*)(?:a\s+)?(?:novel|memoir|novella|ein\s+roman|roman|novela|romanzo)\s*\)?\s*$", "", text, flags=re.I) or text
    # the series and its number: "(The Salt Isles #2)", "(Book 1)", "(Tome 3)", "(Band 2)"
    text = re.sub(r"\s*[\(\[][^)\]]*(?:#\s*\d|\b(?:book|tome|band|libro|vol\.?|volume|deel|livro)\s+\d)[^)\]]*[\)\]]\s*$", "", text, flags=re.I)
    return volume_title(text.strip(QUOTES + " ,.:;"))  # "Series, Tome 1 : T" is T (bookvolume)


# Function words that title-case titles capitalise but names never contain ("Travels by Train Across Europe").
_NOT_NAME_WORDS = {
    "the", "a", "an", "of", "and", "in", "on", "to", "with", "across", "from", "for", "at", "into", "over", "under",
    "my", "our", "your", "me", "you", "us", "them", "this", "that", "night", "day", "train", "sea", "book", "review",
    "or", "but", "is", "are", "was", "not", "no", "all", "its", "it", "his", "her", "their", "new", "old",
    "i", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll", "we", "we’re", "we're",
    # articles that open titles in our languages and are no name particle
    "die", "das", "ein", "eine", "el", "los", "las", "il", "lo", "gli", "les", "un", "une", "una", "uno", "het", "een",
}


def is_name(text: str | None) -> bool:
    """One to five capitalised words that can be a person's name; a lone word only when it is a known pen name."""
    if not text:
        return False
    text = text.strip()
    words = text.split()
    if len(words) < 2 or any(w.lower().strip(".,") in _NOT_NAME_WORDS and not re.fullmatch(r"[A-Z]\.", w) for w in words):  # ("A. S. Byatt": an initial, no article)
        return False
    if re.search(r"\w{4,}\.\s", text):
        return False  # "Gesang. Albers": a sentence ends inside it (initials and "Jr." keep their dots)
    return bool(NAME_RE.match(text)) and len(text) <= 60 and not re.search(r"\d", text)


def _author(text: str) -> str | None:
    """Cut trailing matter off an author ("Kazuo Ishiguro - A Haunting Masterpiece")."""
    text = re.split(r"\s+[-–—|:]\s+|:\s|\s*[\(\[]|[,;!?]|\s+[-–—]$", text.strip(), maxsplit=1)[0]
    text = text.strip(QUOTES + " .")
    words = text.split()
    # Take the longest leading run of words that is still a name; "A and B" when two names share a book.
    for end in range(min(len(words), 6), 0, -1):
        candidate = _STOPPED.sub("", " ".join(words[:end])) if end < len(words) else " ".join(words[:end])  # ("A Ward. Publisher": a stop)
        if is_name(candidate):
            more = re.match(r"^(and|&|und|et|y|e|en|och|i)\s+(.+)$", " ".join(words[end:]))
            second = _author(more.group(2)) if more else None
            return f"{candidate} {more.group(1)} {second}" if second else candidate
    return None


# A quoted title: each quote pair with what may stand inside it (an apostrophe inside ‘L’Anomalie’ is not a close).
_QUOTED = (
    r"(?:«\s*(?P<q1>[^«»]{2,120}?)\s*»|“(?P<q2>[^“”]{2,120})”|„(?P<q3>[^„“”]{2,120})[“”]"
    r"|‘(?P<q4>(?:[^‘’]|’(?=\w)){2,120})’|\"(?P<q5>[^\"]{2,120})\"|(?<!\w)'(?P<q6>(?:[^']|'(?=\w)){2,120})'"
    # Swedish and Finnish open and close with the same mark (”T”, »T»); German and Danish turn them inward (»T«)
    r"|(?<!\w)”(?P<q7>[^”“]{2,120})”|»(?P<q8>[^»«]{2,120})[»«])"
)
_QUOTED_BY = re.compile(rf"{_QUOTED}\s*,?\s*(?:\s{_BY}\s+|d[’']\s*)(?P<rest>.+)$")
_QUOTED_BY = guarded(_QUOTED_BY)  # (casefold.Guarded: its words looked for first)
_NAME_QUOTED = re.compile(rf"^(?P<author>[^,‘“«„\"']+?)\s*(?:,|\s[-–—]|:)?\s*{_QUOTED}\s*$")
_NAME_QUOTED = guarded(_NAME_QUOTED)  # (casefold.Guarded: its words looked for first)
_QUOTED_NAME = re.compile(rf"^{_QUOTED}\s*(?:,|[-–—:])?\s*(?P<author>[^,‘“«„\"'’”»]+)$")


def _quote_text(match: re.Match) -> str:
    return next(match.group(g) for g in ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8") if match.group(g))


def _quoted(text: str) -> tuple[str, str] | None:
    """A quoted title anywhere: "thoughts on ‘Never let me go’ by Kazuo Ishiguro", "« L’Anomalie » d’Hervé Le Tellier"."""
    match = _QUOTED_BY.search(text)
    if match:
        author = _author(match.group("rest"))
        if author:
            return clean_title(_quote_text(match)), author
    return None


def _split_at(text: str, separator: str, whole: bool = False) -> tuple[str, str] | None:
    """Split "Title <sep> Author" at the right-most separator that leaves a name after it.

    With `whole`, the name must be all that follows (no subtitle or rating after it).
    """
    for match in reversed(list(re.finditer(separator, text))):
        title, rest = text[: match.start()], text[match.end():]
        author = None if rest.lstrip()[:1] in QUOTES else _author(rest)  # a quoted part is a title, not a name
        # "whole": the name is all that follows, bar a bracketed aside ("… de Romain Gary (Émile Ajar)")
        bare = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", rest).strip(QUOTES + " .")
        if title.strip() and author and (not whole or author == bare):
            return title, author
    return None


# A score after a title: "… ★★★★", "… – 4/5", "… [3.5/5]", "… (4 stars)".
_TRAILING_SCORE = re.compile(
    r"\s*(?:[-–—|:]\s*)?(?:[★☆⭐🌟½]+|[(\[]?\d(?:[.,]\d)?\s*/\s*(?:5|10)[)\]]?|[(\[]?\d(?:[.,]\d)?\s*stars?[)\]]?)\s*$", re.I
)
# A quoted sentence in the first person is what someone said ("Ruth Abernethy: ‘I wanted the river …’"), not a title.
_SPEECH = re.compile(r"^[“‘«„\"'](?=.*\b(?:I|I'm|I’m|we|my|our|ich|wir|je|j[’']|nous|yo|nosotros|io|noi|eu|nós|ik|wij|я|мы|мой|моя|наш|ми|мій)\b)", re.I)


@dataclass
class Context:
    """What an unmarked title split ("Die Wand – Marlen Haushofer") is checked against.

    A post title whose shape alone does not say "book by author" is trusted when the post's text
    mentions the author's surname, and the name is not the blog's own name or the post's writer.
    """

    text: str = ""
    not_authors: tuple[str, ...] = ()
    language: str | None = None  # the page's language ("id", "it"): which words mean "by"
    ignore_case: bool = False  # for blogs that write everything in lower case
    _counts: dict = field(default_factory=dict, repr=False, compare=False)
    _lower: str | None = field(default=None, repr=False, compare=False)

    def vouches_for(self, author: str, times: int = 1) -> bool:
        """The text names the author (by surname) at least `times` times, and the author is not the blog or blogger."""
        # the blog's name however spaced: "Tidewater Halls" is the blog at tidewaterhalls.example
        if any(n and _letters(author) == _letters(n) for n in self.not_authors):
            return False
        surname = author.split()[-1] if (self.language or "")[:2].lower() != "hu" or self.mentions(author.split()[-1]) else author.split()[0]  # (Hungarian writes the family name first: "Márai Sándor", called "Márai")
        # (a Scandinavian or German genitive -s: "Jonassons debut", "Manns Roman")
        genitive = (self.mentions(surname + "s") if surname[-1:].isalpha() and surname[-1:] not in "sxzSXZ" else 0) + sum(self.mentions(g) for g in finnish_genitives(surname, self.language)) + turkic_genitives(surname, self.text, self.language)
        return max(self.mentions(surname) + genitive, self._declined(surname)) >= times

    def _declined(self, surname: str) -> int:
        """Cyrillic surnames decline ("Громов" → "Громова", "Седой" → "Седого"): mentions of the stem and an ending."""
        if not re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ\-]{3,}", surname):
            return 0
        stem = re.sub(r"(?:ой|ий|ый|ая|яя|а|я|ь|й|о|е)$", "", surname)
        return len(re.findall(rf"(?<!\w){re.escape(stem)}[а-яёіїєґ]{{0,3}}(?!\w)", self.text))

    def mentions(self, words: str) -> int:
        """How often the text names `words` whole (a footnote number may follow: "Baas1")."""
        if words not in self._counts:
            if words.casefold() not in self._folded:  # (most words asked about are not in the text at all)
                self._counts[words] = 0
            else:
                flags = re.I if self.ignore_case else 0
                self._counts[words] = len(re.findall(rf"(?<!\w){re.escape(words)}(?![^\W\d])", self.text, flags)) if flags or not words else whole_count(self.text, words)
        return self._counts[words]

    @property
    def _folded(self) -> str:
        if self._lower is None:
            self._lower = self.text.casefold()
        return self._lower

    def person(self, name: str) -> bool:
        """The text calls `name` by surname alone somewhere, as reviews call authors (a title is named whole)."""
        surname = name.split()[-1]
        return surname != name and self.mentions(surname) > self.mentions(name)


def _dashed_name(text: str) -> tuple[str, str] | None:
    """(title, author) of "Author – Title" or "Title – Author" where one side is a name and the other is not."""
    parts = [p.strip(QUOTES + " ") for p in re.split(_DASH, text, maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return None
    left, right = (is_name(p) and _author(p) == p for p in parts)
    return ((parts[1], parts[0]) if left else (parts[0], parts[1])) if left != right else None


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _by(context: Context | None) -> str:
    return _BY_IN.get(((context.language if context else None) or "")[:2].lower(), _BY)


def _unmarked(text: str, by: str = _BY) -> tuple[str, str] | None:
    """Shapes that name a book only when something else vouches for them."""
    # "Title de Author", "Title von Author": every language's "by" after an unquoted title
    found = _split_at(text, rf",?\s+{by}\s+", whole=True)
    # "Title – Author", "Title | Author", "Title, Author": the name must be all that follows
    found = found or _split_at(text, rf"{_DASH}|\s+[|·•/]\s+", whole=True) or _split_at(text, r",\s+", whole=True)
    if found:
        return found
    parts = re.split(rf"{_DASH}|\s+[|·•/]\s+", text, maxsplit=1)  # "Author – Title"
    if len(parts) == 2 and is_name(parts[0].strip()) and 0 < len(parts[1].split()) <= 8 and not _author(parts[1]):
        return parts[1], parts[0].strip()
    # "Author, ‘Title’", "Лев Громов «Северный ветер»"; "«Title» Author", "“Title” — Author"
    match = _NAME_QUOTED.match(text) or _QUOTED_NAME.match(text)
    if match and (is_name(match.group("author").strip(" .")) or glued_name(match.group("author"))) and not _SPEECH.match("“" + _quote_text(match)):  # ("С.Эрдэнэ “T”": bookglued)
        return _quote_text(match), match.group("author").strip(" .")
    if ":" in text:  # "Author: Title"
        left, right = text.split(":", 1)
        if is_name(left) and right.strip() and not _SPEECH.match(right.strip()):  # (a quoted title ends where its quotes do)
            return (_quote_text(q) if (q := re.match(rf"\s*{_QUOTED}(?=\s*(?:$|[-–—:,(\[|]))", right)) else right), left.strip()
    match = re.match(r"^(?:[Oo]n\s+)?([^'’]{3,60}?)['’]s?\s+([A-Z0-9À-Þ].*)$", text)  # "Jane Doe's The Lantern Room"
    if match and is_name(match.group(1)) and not _SPEECH.match("“" + match.group(2)):
        return match.group(2), match.group(1)
    return None


_ONE_WORD_LABEL = re.compile(r"^#?[^\W\d_][\w-]{1,20}\s*:\s+")  # (a hashtag as the label: "#Lesetipp: …")


def _vouched(text: str, marked: bool, context: Context | None) -> tuple[str, str] | None:
    """An unmarked shape that a review word or the text vouches for; a trailing part may be the blog's name
    ("Lantern Weather – Ada van der Berg – Quiet Lamp"), so shorter cuts are tried too."""
    cuts = [m.start() for m in re.finditer(rf"{_DASH}|\s+[|·•]\s+", text)][::-1][:3] if context is not None else []
    unlabelled = _ONE_WORD_LABEL.sub("", text, count=1) if context is not None else text  # "Lesetipp: Haushofer, „Die Wand“"
    for candidate in ([text] if marked or context is not None else []) + [text[:cut] for cut in cuts] + ([unlabelled] if unlabelled != text else []):  # (no context, no mark: nothing would vouch)
        found = _unmarked(candidate, _by(context))
        # (after a one-word label of the site's own: "Lesetipp: Marlen Haushofer – Die Wand")
        left = _ONE_WORD_LABEL.sub("", found[0].strip(), count=1) if found else ""
        if found and context is not None and is_name(left) and _more_a_person(left, found[1], context):
            found = (found[1], left)  # "Marlen Haushofer – Die Wand": the author came first
        if found and (marked or (context is not None and context.vouches_for(found[1]) and ((context.language or "")[:2].lower() not in _OF_BY or context.mentions(clean_title(found[0])) > context.mentions(found[1])))):
            return found
    return None


def _more_a_person(left: str, right: str, context: Context) -> bool:
    """Of two name-like halves, the person is the one the text calls by surname alone; a title is named whole."""
    def alone(name: str) -> int:
        return context.mentions(name.split()[-1]) - context.mentions(name)
    return alone(left) > 0 and (alone(right) == 0 or declined_title(left, right, context))  # ("im Alten Land": bookdeclinedhalf)


def _capitalise(text: str, language: str | None = None) -> str:
    """Title case for a blog that writes in lower case; Turkish and Azeri capitalise a dotted i as "İ"."""
    dotted = (language or "")[:2].lower() in ("tr", "az")
    words = text.split()
    return " ".join(w if i and w in _NOT_NAME_WORDS else ("İ" if dotted and w[:1] == "i" else w[:1].upper()) + w[1:]
                    for i, w in enumerate(words))


# the credit of a film, a show or a recording in a headline ("directed by", "réalisé par", "regia di", "Regie:")
_OTHER_CREDIT = re.compile(r"\b(?:directed|produced|starring|performed|hosted)\s+by\b|\bréalisé\s+par\b|\bdirigid[ao]\s+por\b|"
                           r"\bregia\s+di\b|\bdiretto\s+da\b|\bin\s+der\s+Regie\s+von\b|\bрежисс[её]р\w*\b", re.I)
_OTHER_CREDIT = guarded(_OTHER_CREDIT)  # (casefold.Guarded: its words looked for first)


def from_title(title: str | None, context: Context | None = None) -> Book | None:
    """Read the book out of a post title or heading.

    Without a `context`, only shapes that say "book by author" themselves are read
    (or any shape after a review prefix); with one, unmarked shapes the text vouches for too.
    A name that is the blog's or its writer's ("T by <the blogger>") is no author, unless the text calls that person
    by surname as reviews call authors (a catalogue's page may give the book's author as its own): the title stays.
    """
    book = _from_title(title, context)
    if book and book.author and context is not None and (any(n and _letters(book.author) == _letters(n) for n in context.not_authors) \
            and len(book.author.split()) > 1 and not context.mentions(book.author.split()[-1]) > context.mentions(book.author) or site_worded(book.author, context.not_authors, context.text)):
        return Book(book.title, None, book.year, book.publisher, book.source)
    return book


def _from_title(title: str | None, context: Context | None = None) -> Book | None:
    if not title or len(title) > 300:  # a post title, not a paragraph: nothing longer is read (and it keeps this linear)
        return None
    if context is not None and not context.ignore_case and re.search(r"[a-z]", title) and title == title.lower():
        # an all-lower-case blog: read the title as if capitalised, and find names in its text whatever their case
        return from_title(_capitalise(title, context.language), Context(context.text, context.not_authors, context.language, ignore_case=True))
    original = subject_title(headline(title), _REVIEW_PREFIX.match)  # (mailsubject: "Re: [list] T")
    cjk = cjk_title(original) or labelled_slash(headline(title))  # "【読書感想】T／A", "[서평] T / A" (bookcjkslash)
    if cjk:
        return Book(*cjk, source="title")
    if cjk_bracketed(original):  # "读《江边的雾》有感": the brackets mark a book's title, the author is elsewhere
        return Book(cjk_bracketed(original), None, source="title")
    original = _TRAILING_SCORE.sub("", re.sub(r"(?:\s+#[^\W\d]\w*)+$", "", original)) or original  # "… ★★★★", "… #bookreview"
    original = re.sub(r"^[★☆⭐🌟½]+\s*[-–—|:]?\s*", "", original) or original  # "⭐⭐⭐⭐ Title – Author"
    text = _REVIEW_SUFFIX.sub("", original)
    text = _REVIEW_PREFIX.sub("", text, count=1).strip()
    marked = text != original
    text = CREDIT.sub("", text) or text
    if NUMBERING.fullmatch(text) or re.fullmatch(r"\w+\s+#\s*\d+", text):
        return None  # "Mini review Monday #37": a column's label, no book
    if _OTHER_CREDIT.search(text):
        return None  # "Title (2019) directed by A": a film's credit, not a book's author
    quoted = _quoted(text)
    if quoted:
        return Book(*quoted, source="title")
    # "Title (Author, 2005)"
    match = re.match(r"^(.+?)\s*\(\s*([^,()]+?)\s*,\s*(\d{4})\s*\)\s*$", text)
    named = _split_at(match.group(1), r",\s+", whole=True) or _dashed_name(match.group(1)) if match else None
    if named:  # "Title, Author (Publisher, 2021)", "Author – Title (Publisher, 2021)": the bracket holds the publisher
        return Book(clean_title(named[0]), named[1], int(match.group(3)), match.group(2).strip(), source="title")
    if match and is_name(match.group(2)):
        return Book(clean_title(match.group(1)), match.group(2).strip(), int(match.group(3)), source="title")
    # after a review label, "Title (Author)" and perhaps a dash and a remark ("review: T (A) — cw: …")
    # (a name the text calls by surname: a series, "(Harbour Cycle)", is no one's name)
    bracketed = re.match(r"^(.+?)\s*\(\s*([^,()]+?)\s*\)\s*(?:[—–-]\s.*)?$", text) if marked and context is not None else None
    if bracketed and is_name(bracketed.group(2)) and len(bracketed.group(2).split()) >= 2 and "," not in bracketed.group(1) \
            and context.vouches_for(bracketed.group(2).strip()):
        return Book(clean_title(bracketed.group(1)), bracketed.group(2).strip(), source="title")
    year = None
    match = re.match(r"^(.+?)\s*[(\[](\d{4})[)\]]$", text)  # "Title — Author (2016)"
    if match:
        text, year = match.group(1), int(match.group(2))
    # "Title by Author" (English "by" only when unquoted: "de"/"di" are too common in titles);
    # the last "by" that leaves a name wins: "Stand by Me by Stephen King"
    found = _split_at(text, rf",?\s+(?:[Bb]y|{own_by(context.language if context else None)})\s+")  # ("By" in a Title Case headline; bookownby)
    # "Title, de Author", "Title d’Author": in Romance languages a comma or an elision marks the author
    found = found or _split_at(text, rf",\s+(?:{_by(context)})\s+|\s+d[’']", whole=True)
    if not found:
        found = _vouched(text, marked, context)
    if not found and re.search(r"\S:\s", text):
        # "Title, de Author: what the post argues" — the post's own subtitle after the book and author
        head = re.sub(r":\s[^:]*$", "", text)
        found = _split_at(head, r",?\s+[Bb]y\s+") or _split_at(head, rf",\s+(?:{_by(context)})\s+|\s+d[’']", whole=True) \
            or (_vouched(head, marked, context) if context is not None and head != text and ((context.language or "")[:2].lower() not in _DECLINING or re.match(r"[^\W\d_][^,«»„“\"]*,\s*[«„“\"]", head)) else None)  # "A „T“: remark", vouched (a declining language's "A, «T»": the comma sets a nominative name apart)
    # "Title (Author)": a bracketed name the text vouches for as a person
    match = None if found else re.match(r"^(.+?)\s*\(\s*([^()]+?)\s*\)\s*$", text)
    if match and is_name(match.group(2)) and context is not None and context.vouches_for(match.group(2).strip()):
        found = match.group(1), match.group(2).strip()
    if found and re.match(r"[a-zà-öø-ÿ]", found[0].lstrip(" “‘«\"'*_")):
        found = None  # a title starts with a capital: "and why I cried…" is the post's own words, not a book
    if found:
        return Book(_unbracketed(_mentioned_part(clean_title(found[0]), context), context), found[1], year, source="title")
    if marked and not clean_title(text)[:1].islower():  # "Staff review: the pond that was an ocean" names no title
        remark = re.split(r"\s[-–—]\s+(?=[^\W\d_])", text, maxsplit=1)  # "Review: T – a quiet triumph": the post's remark after a dash
        text = remark[0] if len(remark) == 2 and remark[1][:1].islower() else text
        text = _quote_text(q) if (q := re.match(rf"{_QUOTED}\s+\S", text)) else text  # "Recenzija: 'T' Autora i …": the marks close the title
        comma = text.split(", ", 1)  # "Avis : T, enfin fini": the post's remark after a comma, where the text names the title before it, never the whole
        if len(comma) == 2 and comma[1][:1].islower() and context is not None and context.mentions(comma[0]) and not context.mentions(text):
            text = comma[0]
        return Book(clean_title(text), None, source="title") if len(text.split()) <= 12 else None
    return None
