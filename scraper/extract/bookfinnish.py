"""A Finnish author's surname in the genitive, as Finnish reviews name a book's author ("Kettun romaani", "Oksasen
Puhdistus"): the genitive -n after a vowel ("Waltari" → "Waltarin"), "-nen" → "-sen" ("Oksanen" → "Oksasen"), -in after
a consonant ("Jansson" → "Janssonin"), and the weak grade of a doubled k, p or t before the last vowel ("Mukka" → "Mukan")
or of the clusters nt, lt, rt, mp and nk ("Enoranta" → "Enorannan", "Pelto" → "Pellon").
Only on a Finnish page (``Context.language``), so that an English "Kettun" is never read as one.

The Turkic languages glue their genitive to the name the same way ("Tohir Malikning romani", "Исабековтің повесі",
"Orhan Pamukun"): ``turkic_genitives`` counts the words of a Turkic page that are the surname and one of those suffixes,
so that a headline's "A, «T»" is vouched for by a text that names A only as the book's owner.

Basque glues its cases to a name as well, and a review names its author mostly as the subject of a transitive verb or
as the owner: the ergative -(e)k ("Muñozek idazten du"), the genitive -(r)en ("Etxeberriaren eleberria"), the dative
-(r)i, the comitative -(r)ekin, the benefactive -(r)entzat, the animate locatives -(r)engan/-(r)engandik and the
pronominal genitive -(r)ena: counted on a Basque page only.

The Slavic and Baltic languages written in Latin script decline a surname and make adjectives of it, so that a review
may never name its author in the nominative: the cases ("Cankarja", "Kundery", "Sienkiewicza", "Myśliwskiego",
"Kavaliausko"), the possessive adjective ("Cankarjeva drama", "Andrićev roman", "Krležina drama", "Čapkův",
"Hrabalova"), and a woman's surname in -ova ("Novakova pripoveduje"). ``slavic_forms`` counts the words that are the
surname's stem (its last vowel, or a Lithuanian/Latvian -as/-is/-us/-s ending, off) and one of those endings, on such a
page only; a form right after "in" or "from" ("u Zagrebu", "iz Zagreba", "w Warszawie") is a place's, not counted,
unless it is a possessive adjective ("u Andrićevom romanu").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import words_from


# the weak grade of a cluster before the last vowel: "Enoranta" → "Enorannan", "Pelto" → "Pellon", "Lampi" → "Lammin"
_WEAK = {"nt": "nn", "lt": "ll", "rt": "rr", "mp": "mm", "nk": "ng"}


def finnish_genitives(surname: str, language: str | None) -> list[str]:
    """The genitive forms of `surname` on a Finnish page; none elsewhere."""
    if (language or "").lower()[:2] != "fi" or len(surname) < 3 or not surname[-1:].isalpha():
        return []
    if surname.endswith("nen"):
        return [surname[:-3] + "sen"]
    if surname[-1:].lower() in "aeiouyäö":
        weak = re.sub(r"([kpt])\1([aeiouyäö])$", r"\1\2", surname)
        weak = re.sub(r"(nt|lt|rt|mp|nk)([aeiouyäö])$", lambda m: _WEAK[m.group(1)] + m.group(2), weak)
        return sorted({surname + "n", weak + "n"})
    return [surname + "in"]


# Turkic pages (html lang) and their genitive suffixes in Latin, Cyrillic and Arabic script: Uzbek -ning/-нинг,
# Turkish/Azerbaijani/Gagauz -(n)ın/-(n)in/-(n)un/-(n)ün, Turkmen -(n)yň/-(n)iň, Karakalpak -nıń/-dıń, Crimean Tatar
# -nıñ, Kazakh -ның/-нің/-дың/-дің/-тың/-тің, Kyrgyz -нын/-дын/-тын/-дун/-түн …, Tatar/Bashkir -ның/-нең/-ҙың/-лың,
# Uyghur -نىڭ (the Turkish apostrophe, "Pamuk'un", leaves the bare name, which is counted as it is)
_TURKIC = frozenset("uz kk ky tt ba az tr tk kaa crh gag ug krc kum nog alt tyv".split())
_TURKIC_GENITIVE = frozenset(
    "ning nin nın nun nün in ın un ün nyň niň yň iň uň üň nıń niń dıń diń tıń tiń nıñ niñ ıñ iñ "
    "нинг ның нің дың дің тың тің нын нин нун нүн дын дин дун дүн тын тин тун түн нең дең тең ҙың ҙең лың лең "
    "нуң нүң дуң дүң туң түң ниң ың ің ын ин ун үн نىڭ".split())


_BASQUE_CASES = frozenset("k ek ren en ri i rekin ekin rentzat entzat rengan engan rengandik engandik rena ena".split())


def basque_base(word: str, cases: tuple[str, ...] = tuple(_BASQUE_CASES)) -> str | None:
    """The name one of Basque's `cases` (above) is glued to in `word`, by the regular rule: an ending in r- after a
    vowel or an r ("Atxaga-ren", "Igor-ren"), -k after a vowel, any other after a consonant but r ("Oihenart-en");
    else None."""
    for ending in sorted(cases, key=len, reverse=True):
        base = word[:-len(ending)]
        if not word.endswith(ending) or len(base) < 3:
            continue
        last = base[-1:].lower()
        if (last in "aeiour" if ending[0] == "r" else last in "aeiou" if ending == "k" else last not in "aeiour"):
            return base
    return None


def turkic_genitives(surname: str, text: str, language: str | None) -> int:
    """How often a Turkic page's `text` names `surname` in the genitive, the suffix glued on (a Basque page's: in one
    of the cases a person's name takes); 0 on other pages."""
    if len(surname) < 3 or surname not in text:
        return 0
    if (language or "")[:2].lower() == "eu":
        return sum(1 for word in words_from(text, surname) if word[len(surname):] in _BASQUE_CASES)
    if (language or "")[:2].lower() not in _TURKIC and (language or "")[:3].lower() not in _TURKIC:
        return 0
    return sum(1 for word in words_from(text, surname) if word[len(surname):] in _TURKIC_GENITIVE)


# Slavic and Baltic pages in Latin script (html lang)
_SLAVIC_LATIN = frozenset("sl hr bs sr cs sk pl hsb dsb csb szl lt lv sh cnr".split())
# the stem's ending: a case ending, or a possessive/surname adjective (-ov/-ev/-ův/-in, Slovene -j- after r) and its
# endings
_SLAVIC_ENDING = re.compile(
    r"j?(?:ov|ev|ův|in|ow|ew)?(?:a|e|i|o|u|y|ą|ę|ě|í|ý|ó|ú|ā|ē|ī|ui|ou|om|em|ém|ím|ým|oj|ej|ij|ih|ich|im|ym|ami|ega|"
    r"emu|ego|iego|iej|iem|ów|ie|ai|am|ām|ui|ąją|ovi|evi|owi)?"
)
# "in" and "from" right before a declined word: a place's case ("u Zagrebu", "iz Zagreba", "w Warszawie", "v
# Ljubljani"), never counted for a person; a possessive adjective ("u Andrićevom romanu") is a person's all the same
_PLACE_PREPOSITION = r"(?<!\w)(?P<place>(?i:u|v|w|ve|we|vo|iz|ze))\s+"
_POSSESSIVE = re.compile(r"j?(?:ov|ev|ův|in)")
_SLAVIC_STEM = re.compile(r"(?:as|is|ys|us|s|[aeioyąė])$")


@lru_cache(maxsize=256)
def _declined(stem: str) -> re.Pattern[str]:
    """The words that begin with `stem`, each with the place preposition right before it if there is one."""
    return re.compile(rf"(?:{_PLACE_PREPOSITION})?(?<!\w){re.escape(stem)}(?P<tail>\w*)")


def slavic_forms(surname: str, text: str, language: str | None) -> int:
    """How often a Latin-script Slavic or Baltic page's `text` names `surname` declined or as a possessive adjective
    (not the surname as it is, counted elsewhere); 0 on other pages."""
    lang = (language or "").lower().split("-")[0]
    if lang not in _SLAVIC_LATIN or len(surname) < 4 or not surname[:1].isupper():
        return 0
    stem = _SLAVIC_STEM.sub("", surname) if surname[-1:].isalpha() else surname
    if len(stem) < 3 or stem not in text:
        return 0
    count = 0
    for match in _declined(stem).finditer(text):
        tail = match.group("tail")
        if stem + tail != surname and tail and len(tail) <= 6 and _SLAVIC_ENDING.fullmatch(tail) \
                and (not match.group("place") or _POSSESSIVE.match(tail)):
            count += 1
    return count


_ARMENIAN_NAME = re.compile(r"[Ա-Ֆ][ա-ֆև]{3,}")


def declined_forms(surname: str, text: str) -> int:
    """How often `text` names `surname` declined (``book.Context.vouches_for``). Cyrillic surnames decline ("Громов"
    → "Громова", "Седой" → "Седого"): mentions of the stem and an ending; Armenian glues its case endings onto the whole name ("Պետրոսյան" → "Պետրոսյանի", "-ին", "-ից", "-ով"); the
    definite article alone ("-ն", "-ը") is not counted (counted, it let an author box vouch for a headline's remark
    as the title: bookcandidates._boxed)."""
    if _ARMENIAN_NAME.fullmatch(surname):
        return len(re.findall(rf"(?<!\w){re.escape(surname)}(?![նը](?!\w))[ա-ֆև]{{0,3}}(?!\w)", text))
    if not re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ\-]{3,}", surname):
        return 0
    stem = re.sub(r"(?:ой|ий|ый|ая|яя|а|я|ь|й|о|е)$", "", surname)
    return len(re.findall(rf"(?<!\w){re.escape(stem)}[а-яёіїєґ]{{0,3}}(?!\w)", text))
