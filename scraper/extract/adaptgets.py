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


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """(kind, reason) for a post whose title says a book gets its film or series and that gives no verdict."""
    if own_rating or ev.jsonld_review or ev.verdict_lines or ev.book_source not in (None, "body", "title"):
        return None
    if gets_screen(ev.title or ""):
        return "announcement", "its title says a book gets its film or series: news of an adaptation, not a review"
    return None
