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

from .bookgenretail import KIND_WORDS
from .bookinfo import without_label
from .reviewlabel import BOOK_AFTER, BOOK_BEFORE, LABEL_ONLY, REREAD_WORDS, SHORT_LABEL
from .booktitles import quote_closed
from .casefold import CAPITALS, whole_count
from .bookvolume import volume_title
from .bookfinnish import declined_forms, finnish_genitives, slavic_forms, turkic_genitives
from .bookbantu import prefixed_names

QUOTES = "\"'‘’“”«»„‚‹›「」『』"
DASH = r"(?:\s[-–—]\s|\s?[–—]\s?)"
# "by" in our languages; besides English "by", trusted only with a quoted title, a review word or a vouching text.
# (Danish "af", Swedish/Norwegian "av"; Indonesian/Malay "karya", work of; Vietnamese "của", of)
_BY = r"(?:[Bb]y|de|von|di|door|van|par|por|av|af|karya|của)"
# ... and the by-words a record's shape alone vouches for (a cover's caption closed by its house's bracket,
# ``bookleadcaption``): besides _BY's, pl/cs/sk/sl/hr "od", id/ms "oleh", it/pt "da", ru/bg "от", uk "від"
BY_RECORD = rf"(?:{_BY}|od|oleh|da|от|від)"
_PARTICLE = (r"(?:[Ll]e|[Ll]a|de|da|do|dos|das|del|della|degli|der|den|di|du|van|von|zu|af|ten|ter|y|bin|bint|ibn|ben|"
             r"wa|al|St\.)")
# (Portuguese and Galician "do", "dos", "das": "José Lins do Rego", "Eça dos Santos")
# a capitalised word of any cased script, or an initial
# (the Uzbek "oʻ", "gʻ" typed with a turned comma inside a word, "G‘ayrat To‘ychiyev", is a name's letter too)
# (a Polynesian glottal stop, the ʻokina U+02BB, may open a word before its capital: Hawaiian "ʻIolani", Tongan "ʻUluaki")
NAME_WORD = rf"(?:\u02bb?[{CAPITALS}][\w'’.\-\u0300-\u036f]*(?:‘[a-zA-Z][\w'’.\-]*)*|[{CAPITALS}]\.)"
NAME = rf"{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{NAME_WORD}){{0,4}}"  # (a name's pattern, for other modules' records)
_NAME = NAME  # (its older private spelling, which the name readers import)
NAME_RE = re.compile(rf"^{_NAME}$")
_STOPPED = re.compile(r"(?<=[^\W\d_]{3})\.$")  # (a full stop after a word, no initial's)

# Words that say "this is a review" (or a reread, a write-up) in the languages we crawl; stripped off a title's
# start ("Reread: …", "[ARC review] …", "Chronique : …") or end ("… — review", "… (Rezension)").
# (et "arvustus", is "ritdómur"/"umsögn", cy "adolygiad", ga "léirmheas", ca "ressenya", ro "recenzie", eo "recenzio",
# sr/mk, be)
REVIEW_WORD = (
    r"(?:an?\s+|my\s+)?(?:(?:book\s+)?review|thoughts)\s+(?:of|on)|(?:(?:book|mini|arc|quick|short|spoiler[\s-]*free|staff|guest|reader|member|librarian|library|editor['’]?s|audio(?:book)?)[\s-]+)*(?:review(?:ed)?|re-?read(?:ing)?)|rese[ñn]ha|rese[ñn]a|cr[íi]tica|critique|"
    # French "[Avis] T", "Avis : T", "Mon avis sur T", "T : mon avis", "Note de lecture : T" (avis, "opinion", only before a
    # bracket, a colon or a dash, or ending the title: "Avis Rent" is no label)
    r"(?:mon\s+)?avis(?:\s+(?:de\s+)?lecture)?(?=\s*(?:[\]):\-–—|]|$))|mon\s+avis\s+sur|notes?\s+de\s+lecture|"
    r"(?:पुस्तक|किताब)\s+(?:समीक्षा|परिचय)|પુસ્તક\s+(?:પરિચય|સમીક્ષા)|বই\s*(?:রিভিউ|পরিচিতি|আলোচনা)|ਪੁਸਤਕ\s+(?:ਸਮੀਖਿਆ|ਰੀਵਿਊ)|"  # "book review/introduction": hi, mr, gu, bn, pa
    r"(?:புத்தக|நூல்)\s*(?:விமர்சனம்|மதிப்புரை|அறிமுகம்)|పుస్తక\s*(?:సమీక్ష|పరిచయం)|ಪುಸ್ತಕ\s*(?:ವಿಮರ್ಶೆ|ಪರಿಚಯ)|പുസ്തക\s*(?:നിരൂപണം|പരിചയം)|"  # ta, te, kn, ml
    rf"{SHORT_LABEL}|"  # (a short review's label: "Ulasan ringkas", "Reseña breve", "Korte recensie")
    rf"{LABEL_ONLY}|chronique|rezension|recensione|recensie|recension|recenzja|recenze|anmeldelse|arvostelu|buchbesprechung|besprechung|"
    r"(?:gelesen|gelezen|letto|le[íi]do|lido|l[äæ]st|lest|luettu|przeczytane|přečteno|прочитано|lu)(?=\s*:)|"
    # (a reread label before a colon, but not the nouns that also name a revision or a new reading of a thing: fr
    # "relecture", proofreading; es/it/pt/de/pl a reinterpretation; fa, ar a case or a war revisited)
    r"(?!(?:relecture|relectura|rilettura|releitura|relektüre|relektura|بازخوانی|إعادة\s+قراءة)(?!\w))"
    rf"{REREAD_WORDS}(?=\s*:)|"
    r"boekbespreking|in\s+review|(?:kitap\s+)?(?:i̇|i)nceleme(?:si)?|kitap\s+yorumu|ulasan(?:\s+buku)?|"
    r"resensie|resensi(?:\s+buku)?|đánh\s+giá|review\s+sách|"
    r"arvustus|ritdómur|umsögn|adolygiad|léirmheas|ressenya|recenzie|recenzio|рецензија|рэцэнзія|bokomtale|omtale|recenzió|recenzia|recenzija|(?:рецензи[яюі]|отзыв|обзор|відгук|огляд)(?:\s+(?:на|о|об|про)(?:\s+(?:книг[уеиа]|роман[еау]?))?(?=\s))?|(?:βιβλιο)?κριτική|"
    # labels of posts about one book that are not reviews (classify reads them in the post title)
    r"blog\s+tour|book\s+tour|tour\s+stop|cover\s+reveal|spotlight|excerpt|extract|giveaway"
)
_REVIEW_WORD = REVIEW_WORD  # (its older private spelling, which other modules import)
_REVIEW_PREFIX = re.compile(
    rf"^\s*(?:[\[(]\s*(?:{_REVIEW_WORD})\s*[\])]\s*[:\-–—|]?\s*|"
    rf"{BOOK_BEFORE}?(?:{_REVIEW_WORD}){BOOK_AFTER}?\s*[:\-–—|.፦፥]\s*|"  # (reviewlabel; Ethiopic's colons)
    rf"(?:{_REVIEW_WORD})\s*(?:[:\-–—|]\s*|\s+))",
    re.IGNORECASE,
)
_REVIEW_SUFFIX = re.compile(
    rf"(?:\s*[:\-–—|.]\s*(?:an?\s+|['’]n\s+)?(?:{_REVIEW_WORD}|{REREAD_WORDS})|\s*[\[(]\s*(?:{_REVIEW_WORD}|{REREAD_WORDS})\s*[\])])\s*$",
    re.IGNORECASE,
)

# (the public names of the headline's review label and the by-words, read by other modules)
REVIEW_PREFIX, REVIEW_SUFFIX, BY = _REVIEW_PREFIX, _REVIEW_SUFFIX, _BY


@dataclass
class Book:
    title: str
    author: str | None
    year: int | None = None
    publisher: str | None = None
    source: str = ""  # where it was found: jsonld, title, heading, citation


# (compiled once: clean_title, is_name, leading_author and letters_of are read for every candidate title and name)
_SPACES, _EMPHASISED = re.compile(r"\s+"), re.compile(r"([*_]{1,2})[^*_]+\1")
_DIGIT, _INITIAL = re.compile(r"\d"), re.compile(r"[A-Z]\.")
_SCORE_AFTER = re.compile(r"\s*[\(\[][^)\]]*\d/\d+[^)\]]*[\)\]]\s*$")
_GENERIC_SUBTITLE = re.compile(
    r"\s*(?:[:.,]\s*|\(\s*)(?:a\s+)?(?:novel|memoir|novella|ein\s+roman|roman|novela|romanzo)\s*\)?\s*$", re.I)
_SERIES_NUMBER = re.compile(
    r"\s*[\(\[][^)\]]*(?:#\s*\d|\b(?:book|tome|band|libro|vol\.?|volume|deel|livro)\s+\d)[^)\]]*[\)\]]\s*$", re.I)
_SENTENCE_STOP, _NOT_LETTERS = re.compile(r"\w{4,}\.\s"), re.compile(r"[\W_]+")
_AUTHOR_END = re.compile(r"\s+[-–—|:]\s+|:\s|\s*[\(\[]|[,;!?]|\s+[-–—]$")
_SECOND_AUTHOR = re.compile(r"^(and|&|und|et|y|e|en|och|i)\s+(.+)$")


def clean_title(text: str) -> str:
    # "„T”, new edition": the quotes end it (booktitles)
    text = quote_closed(without_label(_SPACES.sub(" ", text).strip()))
    text = text.strip(QUOTES + " ,.:;")
    if _EMPHASISED.fullmatch(text):  # Markdown emphasis around the whole title
        text = text.strip("*_")
    text = _SCORE_AFTER.sub("", text)  # "(4/5)" after a title
    # a generic subtitle: "The Lantern Room: A Novel", "Ashes (a memoir)", "Der Hof. Roman"
    text = _GENERIC_SUBTITLE.sub("", text) or text
    # the series and its number: "(The Salt Isles #2)", "(Book 1)", "(Tome 3)", "(Band 2)"
    text = _SERIES_NUMBER.sub("", text)
    # a headline's bracketed spoiler notice: "(no spoilers)", "(sin spoilers)", "(ohne Spoiler)", "(без спойлеров)",
    # "(ネタバレなし)", "(无剧透)", "(스포 없음)": the post's remark, no part of the title (the borrowed word in most languages)
    text = _SPOILER_NOTE.sub("", text) or text
    return volume_title(text.strip(QUOTES + " ,.:;"))  # "Series, Tome 1 : T" is T (bookvolume)


# ("스포" opens 스포츠, "sports", too; Taiwan's 無雷/有雷/防雷; Quebec's "divulgâcheur")
_SPOILER_NOTE = re.compile(r"\s*[(\[（【][^()\[\]（）【】]{0,20}?(?:spoil(?!s\b)|спойл|ネタバレ|剧透|劇透|[無有防]雷|스포(?!츠)"
                           r"|divulg[aâ]ch)[^()\[\]（）【】]{0,20}[)\]）】]\s*$", re.I)


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
    # ("A. S. Byatt": an initial, no article)
    # (Portuguese "das" between a given and a family name, "Maria das Dores", is a particle, not German's article)
    if len(words) < 2 or any(
        w.lower().strip(".,") in _NOT_NAME_WORDS and not _INITIAL.fullmatch(w)
        and not (w == "das" and _das(words, i))
        for i, w in enumerate(words)
    ):
        return False
    if _SENTENCE_STOP.search(text):
        return False  # "Gesang. Albers": a sentence ends inside it (initials and "Jr." keep their dots)
    if "'s " in text or "’s " in text:
        return False  # ("Ann's Shelf": a possessive before another word names a blog or a shop, never a person)
    return bool(NAME_RE.match(text)) and len(text) <= 60 and not _DIGIT.search(text) and not column_label(text)


# A recurring column's label ("Tipp der Woche", "Boek van de Week", "Coup de Cœur du Mois", "Książka Tygodnia",
# "Veckans Bok", "Staff Pick") is capitalised like a name but is a phrase about a period or a pick, never a person.
# A period word's genitive ("Tygodnia", "Monats", "Veckans", "Kuukauden") names no one; its plain form ("Week",
# "Monat") may be a surname ("Mary Week", "Jan Monat"): a label only after a particle ("der", "van de", "della")
# or beside a pick or book word ("Weekly Pick", "Livro do Mês").
_PERIOD_GENITIVE = (
    r"monats|jahres|tygodnia|miesiąca|týdne|měsíce|tyždňa|mesiaca|tjedna|mjeseca|nedelje|meseca|tedna|"
    r"недели|месяца|года|тижня|місяця|року|veckans|månadens|årets|ukens|månedens|ugens|viikon|"
    r"kuukauden|vuoden|nädala|haftanın|haftası|ayın|yılın|hónapja|hetének|săptămânii|lunii|anului|"
    r"εβδομάδας|μήνα|weekly|monthly|wöchentlich|mensual|mensuel|mensile|semanal|hebdo|settimanale"
)
_PERIOD_PLAIN = (r"week|month|year|monat|jahr|woche|maand|jaar|semaine|mois|année|semana|mes|mês|año|ano|settimana|"
                 r"mese|anno")
_PICK = (
    r"pick|picks|choice|tip|tips|tipp|tipps|lesetipp|buchtipp|empfehlung|leseempfehlung|favou?rite|favorit|favoriet|"
    r"favori|preferito|preferida|preferido|coup|consiglio|scelta|selección|seleção|recomendación|recomendação|"
    r"aanrader|aanbeveling|polecajka|polecenie|wybór|typ|doporučení|tavsiye|önerisi|suositus|anbefaling|"
    r"rekommendation|lektüre|lectura|lettura|leitura|lektura|read|book|buch|boek|livre|libro|livro|książka|kniha|"
    r"knjiga|kitap|kitabı|bok|boken|bog|bogen|kirja|könyv|cartea|βιβλίο|книга|книжка"
)
# the head of a pick's label that no given name is ("Staff Pick", "Editor's Choice", "Unsere Empfehlung")
_PICK_HEAD = (
    r"staff|editor['’]?s|editors['’]|reader['’]?s|readers['’]|librarian['’]?s|bookseller['’]?s|top|weekly|monthly|"
    r"unsere?|mein|meine|notre|nos|nuestra|nuestro|nostra|nostro|onze|nasz|nasza|vår|vores|meu|minha|redaktions|"
    r"redazione|redacción|rédaction"
)
_LABEL_PARTICLE = r"der|des|van|de|du|la|della|del|dello|do|da|dos|das|di|of|the|het|el|le|van\s+de|van\s+het"
_COLUMN_LABEL = re.compile(
    rf"(?:^|\s)(?:{_PERIOD_GENITIVE})(?:\s|$)|(?:^|\s)(?:{_LABEL_PARTICLE})\s+(?:{_PERIOD_PLAIN})$"
    rf"|^(?:{_PICK}|{_PERIOD_PLAIN})\s+(?:{_PERIOD_PLAIN}|{_PICK})$|^(?:{_PICK_HEAD})\s+(?:{_PICK})$"
    r"|^coup\s+de\s+c(?:œ|oe)ur(?:\s|$)"
)


def column_label(text: str) -> bool:
    """The capitalised words are a column's label ("Tipp der Woche", "Libro de la Semana", "Staff Pick"), not a name."""
    return bool(_COLUMN_LABEL.search(text.casefold()))


# A column's label set off before the book's title by a colon, a bar or a dash ("Tipp der Woche: T", "Staff pick – T",
# "Aoife's pick: T", "Annas Tipp: T", "Il consiglio di Marta: T", "Le coup de cœur de Léa : T"): the label, not the
# title, as a review's label is (REVIEW_PREFIX; read by bookheadline). A column's label holds a pick or book word
# (_PICK) with a period or a pick's head (_COLUMN_LABEL), or a singular pick word owned by a person ("X's pick", "La
# scelta di X"); a plural ("Staff picks: T1, T2") heads a list.
_PICK_ONE = (r"pick|choice|tipp?|empfehlung|recommendation|favou?rite|favorit|favoriet|coup\s+de\s+c(?:œ|oe)ur|"
             r"consiglio|scelta|preferito|elecci[óo]n|escolha|recomendaci[óo]n|recomenda[çc][ãa]o|keuze|aanrader|"
             r"choix|wyb[óo]r|polecajka|val|valg|valinta|tavsiyesi|seçimi|выбор|совет|вибір|tip|typ|suositus")
_OWNED_PICK = re.compile(
    rf"^(?:[^\W\d_][\w\-]*\s+)?[^\W\d_][\w\-]*['’]s?\s+(?:{_PICK_ONE})$"
    r"|^[^\W\d_][\w\-]*s\s+(?:(?:lese|buch)?tipp|(?:lese)?empfehlung|favorit|val|valg|favoriet|keuze)$"  # "Annas Tipp"
    rf"|^(?:(?:il|la|le|el|de|het|o|a|lo)\s+)?(?:{_PICK_ONE})\s+(?:de|di|del|della|van|von|du|da|do|dla|od)\s+"
    r"[^\W\d_][\w\-]*$"
)
_PLURAL_PICK = re.compile(r"(?<!\w)(?:picks|tips|tipps|choices|favou?rites|empfehlungen|books|bücher|boeken|libri|"
                          r"libros|livros|livres|książki|knihy|recommendations)(?!\w)")
# what follows a label-shaped title and is no title: the book's kind as its subtitle ("Sophie's Choice: A Novel", "La
# scelta di Sophie – Un romanzo di A"), or two titles joined ("X's pick: T1 and T2", a pick of two books)
_SUBTITLE = re.compile(rf"^(?:(?:a|an|un|una|uno|une|ein|eine|een|um|uma|en|ett|et|egy|jeden|jedna)\s+)?"
                       rf"(?P<kind>[^\W\d_]+)(?:\s+{_BY}\s+\S.*)?$", re.I)
_JOINED = re.compile(r"\s+(?:and|&|und|et|e|y|en|og|och|i|ja|és|și|a|и|ve|dan)\s+")
_PICK_IN = re.compile(rf"(?<!\w)(?:{_PICK})(?!\w)|coup\s+de\s+c(?:œ|oe)ur")
_LABELLED_HEAD = re.compile(r"^\s*(?P<label>[^\W\d_][^:：|–—\-\d]{2,40}?)\s*(?:[:：|]|\s-|[–—])\s*(?P<rest>\S.*)$")


def column_prefix(text: str, context: Context | None = None) -> str | None:
    """The headline after a column's label ("Tipp der Woche: T", "Aoife's pick: T" give "T"), else None."""
    if not (found := _LABELLED_HEAD.match(text)):
        return None
    label, rest = found.group("label").strip(), found.group("rest").strip()
    folded = label.casefold()
    if not (_OWNED_PICK.match(folded)
            or _PICK_IN.search(folded) and _COLUMN_LABEL.search(folded) and not _PLURAL_PICK.search(folded)):
        return None
    if not (rest[:1].isupper() or rest[:1] in QUOTES) or len(rest.split()) > 12:
        return None
    # (not a title before its author, "Book of the Month – Jane Doe", named in the text or not)
    if is_name(rest) and len(rest.split()) > 1:  # ("The Devil's Choice – Frederick Forsyth": a title, its author)
        return None
    if (kind := _SUBTITLE.match(rest)) and kind.group("kind").casefold() in KIND_WORDS:
        return None
    # (not a title the text names, a person the text calls by surname, "Thomas Tipp: T", nor two books the text names
    # apart and never together: "Aoife's pick: T1 and T2")
    if context is not None and (context.mentions(label) or is_name(label) and context.vouches_for(label)
                                or _two_books(rest, context)):
        return None
    return rest


def _two_books(rest: str, context: Context) -> bool:
    """`rest` joins two titles the text names each on its own, never whole ("The Salt Road and The Iron Gate")."""
    parts = _JOINED.split(rest, maxsplit=1) if _JOINED.search(rest) else []
    return len(parts) == 2 and all(p[:1].isupper() and context.mentions(p) for p in parts) and not context.mentions(rest)


# German words that set "das" as the article after them, capitalised where they open a title or sentence:
# prepositions, question words, conjunctions, verbs ("Warum das Buch", "Über das Meer", "Ist das Kunst")
_ARTICLE_BEFORE = frozenset((
    "an", "am", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "neben", "ohne", "über",
    "um", "unter", "vor", "wider", "zwischen", "warum", "wieso", "weshalb", "wie", "was", "wo", "wer", "wann", "und",
    "oder", "aber", "dass", "wenn", "weil", "als", "ob", "ist", "war", "wird", "sind", "gibt", "macht", "hat", "nur",
    "auch", "noch", "schon", "immer", "nie", "doch", "ja", "so"))


def _das(words: list[str], at: int) -> bool:
    """The "das" at `at` is a Portuguese or Galician particle: a capitalised word on each side ("Maria das Dores"),
    the one before no German word that takes the article ("Warum das Buch")."""
    return 0 < at < len(words) - 1 and words[at - 1][:1].isupper() and words[at + 1][:1].isupper() \
        and words[at - 1].casefold() not in _ARTICLE_BEFORE


def leading_author(text: str) -> str | None:
    """Cut trailing matter off an author ("Kazuo Ishiguro - A Haunting Masterpiece")."""
    text = _AUTHOR_END.split(text.strip(), maxsplit=1)[0]
    text = text.strip(QUOTES + " .")
    words = text.split()
    # Take the longest leading run of words that is still a name; "A and B" when two names share a book.
    for end in range(min(len(words), 6), 0, -1):
        # ("A Ward. Publisher": a stop)
        candidate = _STOPPED.sub("", " ".join(words[:end])) if end < len(words) else " ".join(words[:end])
        if is_name(candidate):
            more = _SECOND_AUTHOR.match(" ".join(words[end:]))
            second = leading_author(more.group(2)) if more else None
            return f"{candidate} {more.group(1)} {second}" if second else candidate
    return None


_author = leading_author  # (its older private spelling, which the record readers import)


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
        if any(n and letters_of(author) == letters_of(n) for n in self.not_authors):
            return False
        # (Hungarian writes the family name first: "Márai Sándor", called "Márai"; so does a formal order in other
        # languages, "Sembène Ousmane", "Nguyễn Du": a name whose last word the text never says, its first twice, once
        # opening a sentence of the first paragraph as the writer is introduced, "Sembène wrote this book in 1973", and
        # never before the name's next word: "Sinekli Bakkal" said again is a title's words, no family name; a heroine
        # or a friend called by her given name, "Jane is …", "my friend Sally", comes later)
        first, surname = author.split()[0], author.split()[-1]
        if not self.mentions(surname) and ((self.language or "")[:2].lower() == "hu"
                                           or len(first.strip(".")) > 2 and self.mentions(first) >= 2
                                           and re.search(rf"(?:^|[.!?]\s)\W*{re.escape(first)}(?![^\W\d])", self.text.split("\n")[0])
                                           and not self.mentions(" ".join(author.split()[:2]))):
            surname = first
        # (a Scandinavian or German genitive -s: "Jonassons debut", "Manns Roman")
        genitive = (
            (self.mentions(surname + "s") if surname[-1:].isalpha() and surname[-1:] not in "sxzSXZ" else 0)
            + sum(self.mentions(g) for g in finnish_genitives(surname, self.language))
            + turkic_genitives(surname, self.text, self.language)
            + slavic_forms(surname, self.text, self.language)  # ("Cankarjeva drama", "Kunderův román")
            + prefixed_names(surname, self.text, self.language)  # ("uDuma", "kaDuma": bookbantu)
        )
        # an Icelander is called by the given name: a patronymic is no family name ("Halldór" for Halldór Laxness)
        if (self.language or "")[:2].lower() == "is" and len(author.split()) > 1 and author.split()[0] != surname:
            genitive += self.mentions(author.split()[0])
        return max(self.mentions(surname) + genitive, declined_forms(surname, self.text)) >= times

    def called(self, surname: str) -> int:
        """How often the text names `surname` alone, a glued class prefix's forms counted ("kaDuma": bookbantu)."""
        return self.mentions(surname) + prefixed_names(surname, self.text, self.language)

    def mentions(self, words: str) -> int:
        """How often the text names `words` whole (a footnote number may follow: "Baas1")."""
        if words not in self._counts:
            if words.casefold() not in self._folded:  # (most words asked about are not in the text at all)
                self._counts[words] = 0
            else:
                flags = re.I if self.ignore_case else 0
                self._counts[words] = (
                    len(re.findall(rf"(?<!\w){re.escape(words)}(?![^\W\d])", self.text, flags))
                    if flags or not words
                    else whole_count(self.text, words)
                )
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


def letters_of(text: str) -> str:
    return _NOT_LETTERS.sub("", text.casefold())


def capitalise(text: str, language: str | None = None) -> str:
    """Title case for a blog that writes in lower case; Turkish and Azeri capitalise a dotted i as "İ"."""
    dotted = (language or "")[:2].lower() in ("tr", "az")
    words = text.split()
    return " ".join(w if i and w in _NOT_NAME_WORDS else ("İ" if dotted and w[:1] == "i" else w[:1].upper()) + w[1:]
                    for i, w in enumerate(words))


