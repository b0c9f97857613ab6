"""An author known by one name (a pen name: "Alain-Fournier", "Colette", "Stendhal", "Saki"), which the rules of
``book.is_name`` never take alone: given when two independent places of the page pair it with the title the page's
heading names, each in the shape "T by A" in its language ("Le Grand Meaulnes par Alain-Fournier" as a cover's alt
text, "Critique de Le Grand Meaulnes d'Alain-Fournier" as the meta description: two kinds of place, the page's titles
counting as one, which a reviewer's name after "by" may fill), and the review's text is no
evidence against it (it never says the name as a common word in lower case). A headline "T – A" whose one-word A is
also one of the post's tags, capitalised as the headline writes it, is read so too (``tagged_pen_name``): a blog tags a
review with its author's name, and a common word after a dash ("Spoilers", "Roman") is a tag the text says in lower case
or a kind's or review's word. A headline that sets the one word before a title in quotes ("A, „T“: the post's remark",
"A: «T»", ``headline_pen_name``) is read so where the review's text says the word again, capitalised, never in lower
case nor after a preposition of place, and stands in a maker's place: after a by-word, or opening a sentence as the
subject of a verb of writing, explaining, telling or showing ("A writes …", "A never explains"; never of translating
nor publishing: a translator, a house, a character or a month opens sentences too), in a language that writes its
nouns in lower case (a German kicker, "Klassiker, „T“", is a noun), and it is neither a kind's, a review's nor the
blog's word. A record's author field holding one name ("Author | A" under "Title | T", ``record_pen_name``) is the
author as well, unless its value says "anonymous", "unknown", "various" or "editors" (a record's, a byline's word, in
any gender or number, in many languages). A headline "T <by> A" ("Rezension: T von A", "Review: T by A") whose A is
one word is read so where the review's text names A in a writer's place (after a by-word or beside an author's noun,
never only before a verb) and never in lower case (``by_pen_name``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .casefold import whole_word
from .book import BY, BY_RECORD, REVIEW_PREFIX, REVIEW_SUFFIX, REVIEW_WORD, Book
from .booklonewriter import WRITING_VERB
from .bookwriterplace import writers_place
from .bookgenretail import KIND_WORDS
from .bookheadline import BY_IN, OF_BY
from .bookownby import own_by
from .bookrescueauthor import lower_case_nouns, placed_name

_LABEL = re.compile(rf"(?:{REVIEW_WORD})", re.I)  # (a review's word after the dash: "T – Rezension")
_ONE_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][a-zà-öø-ÿā-žа-яёіїєґ'’]+(?:-[A-ZÀ-ÖØ-ÞА-Я][a-zà-öø-ÿа-яё'’]+)?"


def pen_name(book: Book | None, heading: str | None, places: list[list[str]], text: str) -> Book | None:
    """`book` (its title the heading's, no author found; or no book) with the one-word author two of `places` give the
    heading's title; else `book` as it was. `places`: the kinds of place (the meta description, the images' alt texts,
    the page's titles), each counted once."""
    if book is not None and (book.author or book.title != (heading or "").strip()) or not heading or len(places) < 2:
        return book
    title = heading.strip()
    if sum(any(place and title in place for place in kind) for kind in places) < 2:
        return book  # (cheap: most pages repeat their heading in one kind of place at most)
    shape = re.compile(rf"(?<!\w){re.escape(title)}[”’»\"']?\s*,?\s*(?:{BY}\s+|d[’'])(?P<name>{_ONE_NAME})"
                       r"(?=$|[\s.,;:!?)|–—-])")
    names = []
    for kind in places:  # (each kind of place counts once: the page's titles, og:title and <title>, are one)
        found = {m.group("name") for place in kind if place and title in place for m in shape.finditer(place)}
        if len(found) == 1:
            names.append(found.pop())
    if len(names) < 2 or len(set(names)) != 1 or whole_word(text, names[0].lower()):
        return book  # (none, several, or a common word the text writes in lower case: "de Verte" is no person)
    return replace(book, author=names[0]) if book is not None else Book(title, names[0], source="details")


def tagged_pen_name(book: Book | None, heading: str | None, tags: list[str], text: str,
                    language: str | None = None) -> Book | None:
    """`book` (its title read, no author) with the one-word name a headline "T, A: the post's remark" sets after the
    title's comma, when that name is one of the post's tags and the text says it capitalised, never in lower case (a
    pen name, "Dezafi, Frankétienne: …", the tag the name's page; or after a by-word, "«Mayombe», de A: …"); else `book`
    as it was."""
    if book is None and heading and tags:
        return _dashed_tag(heading, tags, text, language)
    if book is None or book.author or not heading or not tags or book.title not in heading:
        return book
    # (the title perhaps in quotes, its name perhaps after a by-word: "«T», de A: …", "„T“ von A – …"; a comma or a
    # by-word, never neither)
    match = re.match(rf"^[«“„\"'‘‹]?{re.escape(book.title)}[”’»“\"'›]?\s*(?:,\s*(?:{BY}\s+|d[’'])?|\s(?:{BY}\s+|d[’']))"
                     rf"(?P<name>{_ONE_NAME})\s*(?::|\s[–—|]\s)\s*\S", heading.strip())
    if not match or len(name := match.group("name")) < 4 or not any(t.strip().lstrip("#").casefold() == name.casefold() for t in tags):
        return book
    if name not in text or whole_word(text, name.lower()):
        return book
    return replace(book, author=name)


# "T – A": a headline whose last part, after a spaced dash, is one capitalised word
_DASHED_ONE = re.compile(rf"^(?P<title>[^\W\d_].{{0,120}}?)\s[–—-]\s(?P<name>{_ONE_NAME})$")


def _dashed_tag(heading: str, tags: list[str], text: str, language: str | None = None) -> Book | None:
    """The book of a headline "T – A" no other rule read (no name of two words after its dash): the one word A is a
    pen name ("Le Silence de la mer – Vercors") where it is one of the post's tags, written capitalised among them,
    neither a kind's nor a review's word ("Roman", "Rezension"), and the text never says it in lower case (as it would a
    common noun, "Spoilers", "Classiques"). A capital tells a name only where the blog writes its other tags in lower
    case and the language does not capitalise its nouns (not German, Luxembourgish: "Sommerlektüre"); and a name the
    text says must stand there in an author's place, after a by-word or before a writing verb ("Dracula – Halloween",
    "before Halloween": a season's tag)."""
    if (language or "")[:2].lower() in _NOUNS_CAPITALISED:
        return None
    match = _DASHED_ONE.match(heading.strip())
    if not match or len(name := match.group("name")) < 4 or name.casefold() in KIND_WORDS \
            or _LABEL.fullmatch(name) or not any(t.strip().lstrip("#") == name for t in tags):
        return None
    if not any(t.strip().lstrip("#")[:1].islower() for t in tags):
        return None  # (a blog that capitalises every tag: "Halloween", "Classics")
    if whole_word(text, name.lower()) or whole_word(match.group("title"), name):
        return None
    if name in text and not any(name in (found.group("after"), found.group("before"))
                                for found in _AUTHOR_PLACE.finditer(text)):
        return None  # (named, but not as the work's maker: a season, a place, an occasion)
    return Book(match.group("title").strip(), name, source="title")


_NOUNS_CAPITALISED = frozenset(("de", "lb"))  # (every noun capitalised: a capital tells no name)


# the openings of quotes and their closings: „T“, «T», »T«, "T", “T”, ‘T’, ‹T›
_QUOTES = {"„": "“”\"", "«": "»", "»": "«", "“": "”", "\"": "\"", "‘": "’", "‹": "›", "‚": "‘’"}
_NAME_QUOTED = re.compile(
    rf"^(?P<name>{_ONE_NAME})\s*[,:]\s*(?P<open>[„«»“\"‘‹‚])(?P<title>[^„«»“”\"‘’‹›‚]{{2,120}})(?P<close>[“”»«\"’›‘])"
    r"\s*(?:$|[:.!?,;–—-]\s*\S)"
)


# a word opening a sentence (or a line) and the first letter of the word after it
_SUBJECT = re.compile(r"(?:^|[.!?…]\s+)([^\W\d_][\w'’-]*)\s+([^\W\d_])", re.M)


def headline_pen_name(book: Book | None, heading: str | None, text: str, not_authors=()) -> Book | None:
    """The book of a headline "A, „T“…" whose A is one word (see the module's docstring); else `book` as it was (a
    book with its author, or one whose title is not the quoted one, is kept)."""
    if book is not None and book.author or not heading or not (match := _NAME_QUOTED.match(heading.strip())):
        return book
    name, title = match.group("name"), match.group("title").strip()
    if match.group("close") not in _QUOTES[match.group("open")] or book is not None and book.title != title:
        return book
    if len(name) < 4 or name.casefold() in KIND_WORDS or _LABEL.fullmatch(name) or whole_word(title, name) \
            or any(n and n.casefold() == name.casefold() for n in not_authors):
        return book
    prose = text.replace(heading.strip(), " ")
    if not whole_word(prose, name) or whole_word(prose, name.lower()):
        return book  # the text never names the word again, or says it as a common word ("Klasika", "klasika")
    if not lower_case_nouns(prose) or placed_name(name, prose):
        return book  # a language that capitalises its nouns ("Klassiker, „T“"), or a place ("in Vilnius")
    if not any(m.group(1) == name and m.group(2).islower() for m in _SUBJECT.finditer(prose)):
        return book  # the word never opens a sentence as its subject, a verb after it ("à Lisbonne.", "in Chester")
    if not any(name in (m.group("after"), m.group("before")) for m in _MAKER_PLACE.finditer(prose)):
        return book  # the subject of no writer's verb, after no by-word: a character, a series, a publisher, a month
    return Book(title, name, source="title")


# "T <by> A" ending a headline, A one capitalised word ("Rezension: T von A"; the review's label taken off first); the
# page language's own by-words where one of ours is its everyday preposition (id/ms "di", at: bookheadline.BY_IN),
# never an "of" that says "by" only now and then (OF_BY: sw "ya"); a by-word that credits only a work (bookownby: id/ms
# "karya", "oleh") in either case, as news headlines there capitalise every word ("T Karya A")
_BY_ONE = {code: re.compile(rf"^(?P<title>[^\W\d_][^:|]{{0,120}}?),?\s+(?:{by}|{own_by(code)})\s+(?P<name>{_ONE_NAME})$")
           for code, by in [("", BY), *((c, b) for c, b in BY_IN.items() if c not in OF_BY)]}


def by_pen_name(book: Book | None, heading: str | None, text: str, not_authors=(), language: str | None = None) \
        -> Book | None:
    """The book of a headline "T <by> A" whose A is one word, which no rule read (no book, or its title the headline's
    whole "T von A"): A the author where the review's text, the headline's own words taken out, names it capitalised
    in a writer's place (after a by-word or beside an author's noun: "by A", "die Autorin A", "A, the author":
    bookwriterplace.writers_place; or the subject of a writing or telling verb, "A erzählt davon", only where the text
    gives writing to no one else: an epistolary plot's letter writer opens sentences so, ``_others_write``), never in
    lower case (a common word: "Death by Chocolate") nor after a preposition of place, and A is no kind's,
    review's, no-one's word nor the blog's. Else `book` as it was."""
    if book is not None and book.author or not heading:
        return book
    bare = REVIEW_PREFIX.sub("", REVIEW_SUFFIX.sub("", heading.strip()), count=1).strip()
    match = _BY_ONE.get((language or "")[:2].lower(), _BY_ONE[""]).match(bare)
    if not match or book is not None and book.title not in (bare, match.group("title").strip()):
        return book
    title, name = match.group("title").strip(), match.group("name")
    if len(name) < 4 or name.casefold() in KIND_WORDS or _LABEL.fullmatch(name) or _NO_ONE.fullmatch(name) \
            or any(n and n.casefold() == name.casefold() for n in not_authors) or whole_word(title, name):
        return book
    prose = text.replace(match.group(0), " ").replace(bare, " ")
    if not whole_word(prose, name) or whole_word(prose, name.lower()) or placed_name(name, prose):
        return book
    if not writers_place(name, prose, verbs=False) and not (
            any(m.group("before") == name for m in _MAKER_PLACE.finditer(prose)) and not _others_write(name, prose)):
        return book  # named, but as no writer: a character, a place, a month
    return Book(title, name, source="title")


# writing in any form, a participle or an infinitive too ("starts writing to him", "schreibt eine Lehrerin an …",
# "se met à écrire"): en de nl fr es pt it sv da/nb pl cs ru, besides booklonewriter's finite verbs
_WRITING = re.compile(rf"(?<![\w'’-])(?:{WRITING_VERB}|writ(?:e|ing|ten)|schreib(?:en|end)|schrijven|écri(?:re|vant)|"
                      r"escrib(?:ir|iendo)|escrev(?:er|endo)|scriv(?:ere|endo)|skriva|skrive|pisać|psát|писать)"
                      r"(?![^\W\d_])",
                      re.I)


def _others_write(name: str, prose: str) -> bool:
    """The text gives writing to someone other than `name` (the word before the verb, a negation perhaps between): the
    plot's letters or diary ("a widow starts writing to her husband", "schreibt eine junge Lehrerin an ihren Bruder"),
    where the name the headline sets after "by" is its writer, a character, more than the book's."""
    for verb in _WRITING.finditer(prose):
        before = re.findall(r"[^\W\d_][\w'’-]*", prose[max(0, verb.start() - 40):verb.start()])[-3:]
        if name not in before:
            return True
    return False


# a writer's verb after its subject, a negation perhaps between ("A never explains", "A no explica", "A neaiškina"):
# writing, or explaining, telling, showing, describing (en fr es pt it de nl sv da/nb pl cs lt ru); never translating
# nor publishing (a translator's, a house's verbs: the Polish "tłumaczy", explains or translates, only when denied)
_TELLS = (r"(?:explains|tells|shows|describes|narrates|explique|raconte|montre|décrit|explica|cuenta|muestra|describe|"
          r"narra|conta|mostra|descreve|spiega|racconta|descrive|erklärt|erzählt|zeigt|beschreibt|vertelt|toont|"
          r"beschrijft|förklarar|berättar|visar|beskriver|forklarer|fortæller|forteller|viser|wyjaśnia|opowiada|"
          r"pokazuje|opisuje|vysvětluje|vypráví|ukazuje|popisuje|aiškina|pasakoja|rodo|aprašo|объясняет|рассказывает|"
          r"показывает|описывает)(?![^\W\d_])")
_NEGATION = (r"(?:(?:not|never|doesn['’]t|does|ne|n['’]|no|nunca|não|non|nie|nigdy|nooit|aldrig|aldri|не|никогда|nic|"
             r"nothing|rien|nada|niente|nichts|niets)\s+|n['’])")
_MAKER_PLACE = re.compile(
    rf"(?:(?<!\w){BY_RECORD}\s+|(?<!\w)d['’])(?P<after>[^\W\d_][\w'’-]*)|"
    rf"(?<![\w'’-])(?P<before>[^\W\d_][\w'’-]*)\s+{_NEGATION}{{0,2}}"
    rf"(?:(?:ne)?(?:{WRITING_VERB}|{_TELLS})|(?<=nie\s)tłumaczy)")


# a record's author value that names no one, in any gender or number: anonymous, unknown, various, several, a
# collective, the editors or compilers, the blog's staff (en, fr, es, pt, it, de, nl, sv/da/no, pl, cs, ro, tr, hu, fi,
# ru/uk; no Greek: ``_ONE_NAME`` reads no Greek word)
_NO_ONE = re.compile(
    r"an[oóô]n[iy]m\w*|anoniem|аноним\w*|анонім\w*|unknown|inconnue?s?|desconocid[oa]s?|desconhecid[oa]s?|"
    r"sconosciut[oaie]|ignot[oaie]|unbekannte?[rs]?|onbekend|okänd|ukendt|ukjent|nieznan[yaie]|neznám[ýáéí]|"
    r"necunoscut[ăa]?|bilinmiyor|bilinmeyen|ismeretlen|tuntematon|неизвестн\w*|невідом\w*|"
    r"various|several|multiple|many|divers(?:e|es)?|vari[oa]s|v[aá]ri[oa]s|vari[ie]?|verschiedene|mehrere|diverse|"
    r"divers[io]|diversos|diversas|różni|kilku|více|разные|різні|"
    r"collecti(?:f|ve)|colectivo|coletivo|collettivo|kollekti[vf]\w*|kolektyw\w*|kolektiv\w*|коллектив\w*|"
    r"колектив\w*|edit(?:or|ors|ed|eurs?|rice|ores|oras?)|herausgeber\w*|hrsg|curat(?:ore|ori|rice|ela)|"
    r"compil\w*|coordinador\w*|coordenador\w*|samensteller\w*|redaktör\w*|redakt[eø]r\w*|redaktor\w*|"
    r"составител\w*|упорядник\w*|редактор\w*|sestavovatel\w*|"
    r"admin|staff|redac(?:ci[oó]n|tion|tie|ção|ția)|rédaction|redazione|redaktion|redakcja|redakce|редакция|team|"
    r"équipe|equipo|equipe|guest",
    re.I,
)


def record_pen_name(value: str, text: str | None = None) -> str | None:
    """The one name a record's author field holds ("Author | Nescio"), for a record that labels a title too; None for
    a word that names no one ("Anonymous", "Desconocida", "Herausgeber") or a kind's or review's word. With the post's
    `text`, the text must name it again, capitalised, outside a field's value, and never in lower case (a common
    word)."""
    value = value.strip(" .,;:")
    if not re.fullmatch(_ONE_NAME, value) or len(value) < 4 or _NO_ONE.fullmatch(value):
        return None
    if value.casefold() in KIND_WORDS or _LABEL.fullmatch(value):
        return None
    if text is not None and (not re.search(rf"(?<![:|：])(?<![:|：]\s)(?<![\w'’-]){re.escape(value)}(?![\w'’-])", text)
                             or whole_word(text, value.lower())):
        return None
    return value


# a name in an author's place: after a by-word; the subject of a writing or publishing verb, an object pronoun perhaps
# between ("Vercors le publie", "Ardesio lo scrive"); a view's owner, after "according to" or opening a sentence as
# "For A, …" ("Pour Vercors, le silence est une arme"); en fr es pt it de nl sv da/nb pl ru. (An occasion's place,
# "before Halloween", "pour la Toussaint", "en Navidad", is none of these.)
_PUBLISHES = (r"(?:publishes|published|publie|publia|a\s+publié|publica|publicó|publicou|pubblica|pubblicò|"
              r"veröffentlicht\w*|publiceert|publiceerde|publicerar|publicerade|publicerer|publiserer|publikuje|"
              r"opublikował\w*|публикует|опубликовал\w*)(?!\w)")
_OBJECT = r"(?:(?:le|la|les|l['’]|lo|li|gli|ne|se|si|lui|it|them|ihn|es|sie|het|den|det|go|ją|его|её)\s*)"
_VIEWPOINT = (r"(?:(?<!\w)(?i:selon|d['’]après|according\s+to|secondo|según|laut|volgens|enligt|ifølge|zdaniem|"
              r"по\s+словам)\s+|(?:^|(?<=[.!?]\s)|(?<=\n))(?:Pour|For|Per|Para|Für|Voor|För|Dla|Для)\s+"
              r"(?=[^\W\d_][\w'’-]*\s*,))")
_AUTHOR_PLACE = re.compile(
    rf"(?:(?<!\w){BY_RECORD}\s+|(?<!\w)d['’]|{_VIEWPOINT})(?P<after>[^\W\d_][\w'’-]*)|"
    rf"(?<![\w'’-])(?P<before>[^\W\d_][\w'’-]*)\s+{_OBJECT}?(?:{WRITING_VERB}|{_PUBLISHES})")
