"""News that a book will have its film or its series, said with a verb of getting or having: en "T gets a TV series",
es "T tendrá su serie", pt "T vai ganhar um filme", fr "T aura sa série", it "T avrà una serie", de "T bekommt eine
Serie", nl "T krijgt een verfilming", sv/no/da "T får en tv-serie", pl "T dostanie serial", cs/sk "T dostane seriál",
ru "T получит экранизацию", uk "T отримає серіал", bg "T ще получи сериал", mk "T добива серија", sr/hr/bs "T dobija
seriju / добија серију", sl "T dobi serijo". newslead.py reads the verbs of adapting and becoming ("adaptada como
serie", "wird verfilmt"); a title of a book's adaptation told so is news, not a review, when the post gives no verdict.

The verb stands before the screen's noun with at most two words between (an article, a possessive, an adjective:
"tendrá su primera serie", "bekommt eine eigene Serie"). Future and present only: "got a film in 1998" tells the
book's past, which a review may recall.

classify.classify asks judge() beside newslead.judge, for a post whose book was found in its title, its text or not
at all, and that neither rates it nor gives a verdict of its own.
"""

from __future__ import annotations

import re

# the screen's noun, in the cases the verbs take (accusative in the Slavic languages)
_SCREEN = (
    r"(?:(?:tv|web|netflix|streaming|hbo)[\s-]+)?(?:series|serie|s[ée]rie|serien|tv-serie\w*|televisieserie|fernsehserie|"
    r"serial|seri[aá]l|serij[aeu]|serijo|сериал|серіал|серија|серију|серия|серию|"
    r"film|films|filme|filmu|movie|película|pelicula|филм|фильм|фільм|"
    r"(?:film|screen|movie|tv)\s+adaptation|adaptaci[óo]n|adapta[çc][ãa]o|adaptation|adattamento|trasposizione|verfilmung|"
    r"verfilming|filmatisering|filmatisierung|ekranizacj[eę]|ekranizacij[au]|ekranizaci|экранизаци[юя]|екранізаці[юя]|"
    r"екранизаци(?:ја|ју|я))"
)
# a verb of getting or having, future or present (and the infinitive after "to", "vai", "va", "will")
_GETS = (
    r"(?:gets|is\s+getting|are\s+getting|to\s+get|will\s+get|getting|"
    r"tendr[áa]n?|tiene|va\s+a\s+tener|"
    r"vai\s+ganhar|v[ãa]o\s+ganhar|ganha|ganham|ganhar[áa]|ter[áa]|"
    r"aura|auront|va\s+avoir|a\s+droit\s+[àa]|aura\s+droit\s+[àa]|"
    r"avr[àa]|avranno|"
    r"bekommt|bekommen|erh[äa]lt|kriegt|"
    r"krijgt|krijgen|"
    r"f[åa]r|"
    r"dostanie|dostan[ąa]|dostane|dostanou|"
    r"получит|получат|получает|ще\s+получи|получава|"
    r"отримає|отримують|отримує|"
    r"добива|ќе\s+добие|добија|ће\s+добити|dobija|dobiva|dobit\s+će|će\s+dobiti|dobi|bo\s+dobil[ao]?)"
)
_GETS_SCREEN = re.compile(rf"(?<![\w-]){_GETS}\s+(?:[\w'’-]+\s+){{0,2}}?{_SCREEN}(?![\w-])", re.I)


def gets_screen(title: str) -> bool:
    """The title reports, with a verb of getting or having, that a book will have its film or its series."""
    return bool(_GETS_SCREEN.search(title or ""))


# A series' season numbered, which a book never has: an ordinal before the season's noun ("second season", "seconda
# stagione", "zweite Staffel", "2ª temporada", "2. sezon") or a figure after it ("Season 2", "Staffel 3", "сезон 2"), and
# Chinese, Japanese, Korean "第二季", "シーズン2", "시즌 2". The first season is no news of a return; "new" is a publisher's
# season too ("la nuova stagione editoriale"), "last" a life's or a sport's, and a bare count a count ("4 Seasons"): only
# the second and after, by its ordinal.
_ORDINAL = (
    r"(?:second|third|fourth|fifth|[2-9](?:nd|rd|th|ª|a|º|o|e|ème|eme|\.)|seconda|terza|quarta|secondo|"
    r"deuxi[èe]me|troisi[èe]me|quatri[èe]me|segunda|tercera|terceira|cuarta|quarta|segona|"
    r"zweite|dritte|vierte|tweede|derde|vierde|andra|tredje|fj[äa]rde|anden|andre|"
    r"toinen|kolmas|nelj[äa]s|drugi|trzeci|czwarty|druh[áa]|tret[íi]|"
    r"второй|третий|четв[её]ртый|другий|третій|втори|трети|drug[ai]|tre[ćc]a|tretja|"
    r"al\s+doilea|al\s+treilea|m[áa]sodik|harmadik|ikinci|[üu][çc][üu]nc[üu]|δεύτερη|τρίτη|"
    r"teine|otr[āa]|tre[šs][āa]|antrasis|tre[čc]iasis)"
)
_SEASON_NOUN = (r"(?:seasons?|stagion[ei]|saisons?|temporadas?|staffel|seizoen|s[äa]songe?n?|s[æa]son(?:en)?|sesong(?:en)?|"
                r"(?:tuotanto)?kausi|sezon(?:a|ul|u|as)?|сезон[аеу]?|sezona|[ée]vad|σεζόν|κύκλος|hooaeg|musim|mùa)")
_SEASON = re.compile(rf"(?<![\w-])(?:{_ORDINAL}\s*{_SEASON_NOUN}|{_SEASON_NOUN}\s+(?:[2-9]|1\d|two|three|four|due|tre|deux|trois|dos|tres|"
                     rf"zwei|drei|twee|drie|två|kaksi|dwa|два|три|dva)(?![\w.,]\d))(?![\w-])|第[二三四五六七八九十2-9]季|シーズン\s?[2-9２-９]|시즌\s?[2-9]", re.I)


# the writer in the title ("before season two, I reread the novel"): a reader's post that names the season, no news
_WRITER = re.compile(r"(?<!\w)(?:(?-i:I)|I['’](?:m|ve|d)|my|ich|mein\w*|je|j['’]|mon|ma|mes|io|yo|eu|ik|mijn|jag|jeg|"
                     r"я|мой|моя|перечитал\w*)(?!\w)|我|私|僕|나는|내가|저는|제가", re.I)


def new_season(title: str) -> bool:
    """The title names a series' numbered season past its first, and not in the writer's own sentence: news of a screen
    version's return."""
    return bool(_SEASON.search(title)) and not _WRITER.search(title)


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """(kind, reason) for a post whose title says a book gets its film or series, or names its series' next season, and
    that gives no verdict."""
    if own_rating or ev.jsonld_review or ev.verdict_lines or ev.book_source not in (None, "body", "title"):
        return None
    if gets_screen(ev.title or ""):
        return "announcement", "its title says a book gets its film or series: news of an adaptation, not a review"
    # (the post's own words: the book's title may hold anything, "The Second Season")
    own = ev.title.replace(ev.book_title, " ") if ev.title and ev.book_title else ev.title or ""
    if new_season(own):
        return "announcement", "its title names a series' second or later season: news of a screen version, not a review"
    return None
