"""A quoted title owned by a surname alone in the Finnish genitive, as a Finnish post names the book it read: "Luin
Waltarin ”T” viime viikolla" ("I read Waltari's 'T' last week"), "Oksasen «T» on …", "Mukan "T" jäi mieleen".

``bookopening.surname_possessive`` reads a lone surname's possessive where a mark says so (English 's, the genitive -s
of German and the Scandinavian languages) and wants a full name ending in it somewhere on the page. Finnish declines the
surname itself (-n after a vowel, -in after a consonant, -nen → -sen, a doubled k/p/t weakened: ``bookfinnish``), and a
forum post or a short review may never give the given name. The genitive word is read back to its nominatives
(``bookheadof.nominatives``) and one of them must stand in the text on its own ("Waltari kirjoittaa …"), as a post
comes back to the person it read; that nominative is the author, as the page gives it. Only on a Finnish page
(``Context.language``); never after another capitalised word (a full name, read by the rules for those), never for a
book held up for comparison ("kuten Waltarin ”T”", "jos pidit …"), never for a name the page's own (the blog, its
writer) is, never for a quote run into a hyphenated compound (a series or a prize: "Otavan ”Keltainen kirjasto” -sarjasta")
and never for a word the page makes a house (a publishing verb's subject, "Otava on taas julkaissut", or a house word).

Basque glues its possessive genitive to the surname too ("Atxagaren *T*", "Lertxundiren «T»", "Oihenarten *T*"), but
regularly: -ren after a vowel, -rren after an r, -en after any other consonant, so the nominative needs no second
mention (``basque_owned``). It is read where the page is Basque, in the post's opening paragraphs (the four the opening
reads, a standfirst and a byline among them), opening a sentence as a review names its book (-ren/-rren only: a
consonant's -en is also a place's inessive, "Gasteizen" = in Gasteiz) or anywhere where the text names the person
again; never held up for comparison ("… *T* bezala"), never a house's series ("… *T* saila/bilduma"), a house word's
owner or an institution (a name ending in a noun for an academy, a council, a university …); a capitalised word before
the surname is the given name where the text pairs the two again ("Bernardo Atxagaren *T*" … "Bernardo Atxagak").
The nominative is ``bookfinnish.basque_base``'s, from the case endings it lists.
"""

from __future__ import annotations

import re

from .book import Context, clean_title
from .bookfinnish import basque_base

# a capitalised word ending in the genitive -n right before a title set off in quotes (Finnish ” ”, « », " ")
_OWNED = re.compile(r"(?<![\w'’\-])([A-ZÅÄÖÜ][a-zåäöüéšž\-]{2,}n)\s+[”“„«»\"]([^“”„«»\"\n]{2,80})[”“»«\"]")
# a book held up for comparison: "like", "as", "if you liked", "reminded me of", "compared with"
_COMPARED = re.compile(r"\b(?:kuten|niin\s+kuin|samaan\s+tapaan\s+kuin|jos\s+pidit|jos\s+tykkäsit|muistutt\w*|verrattuna|"
                       r"verrattav\w*|tyyliin|kaltai\w*)\b[^.!?]{0,40}$", re.I)
# a quote run straight into a hyphenated compound: a series' or a prize's name, not a book ("”Keltainen kirjasto” -sarjasta")
_COMPOUND = re.compile(r"\s?-[^\W\d_]")
# a house: a publishing verb's subject ("Otava on taas julkaissut …", "Otava julkaisee") or a house word beside it
_PUBLISHES = r"(?:\s+(?:on|oli|ovat|ei|taas|jälleen|nyt|myös|vihdoin|viimein|vuonna\s+\d{4}),?){0,3}\s+(?:julkais|kustant|suomenta)\w*"
_HOUSE = r"(?:kustantamo|kustantaja|kustannusosakeyhtiö|kustannus|kirjakustantamo|argitaletxe)\w*"


def finnish_owned(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, surname) of a Finnish post's "Surnamen ”T”" whose nominative surname the text names on its own."""
    if (context.language or "")[:2].lower() != "fi":
        return None
    from .bookheadof import nominatives  # (bookheadof reads the headline's genitive the same way)
    not_authors = {n.casefold() for n in context.not_authors if n}
    for paragraph in paragraphs:
        for match in _OWNED.finditer(paragraph):
            owner, title = match.group(1), match.group(2).strip()
            words = paragraph[:match.start()].split()[-2:]
            if not title[:1].isupper() or len(title.split()) > 10 or _COMPARED.search(paragraph[max(0, match.start() - 60):match.start()]):
                continue
            named = [n for n in nominatives(owner) if n.casefold() not in not_authors and context.mentions(n)]
            if len(named) != 1 or _COMPOUND.match(paragraph, match.end()) or _house(named[0], context.text):
                continue
            # a capitalised word before it opens the sentence ("Luin Waltarin ”T”") unless the text names it with the
            # surname as a full name; inside a sentence it is a given name, a place's or a house's (other rules' shapes)
            if words and words[-1][:1].isupper() and (len(words) == 2 and words[0][-1:] not in ".!?:" or context.mentions(f"{words[-1]} {named[0]}")):
                continue
            return clean_title(title), named[0]
    return None


# Basque: a capitalised word in the genitive -(r)en right before a title set off in quotes (a capitalised word perhaps
# before it); what follows the title that makes it another book's, a house's series, a prize's
_EU_OWNED = re.compile(r"(?<![\w'’\-])(?:([A-ZÑ][a-zñ]{2,})\s+)?([A-ZÑ][a-zñ\-]{2,}(?:rren|[aeiou]ren|[^\W\daeiour]en))"
                       r"\s+[”“„«»\"]([^“”„«»\"\n]{2,80})[”“»«\"]")
_EU_NOT_OWNED = re.compile(r"\s*(?:bezala|bezalako|modura|moduko|antzera|antzeko|gisa|gisako|saila|sailean|bilduma|"
                           r"bildumaren|bilduman|argitaletxe|saria|sariaren|sarian|lehiaketa)(?!\w)", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+)$")
# an institution's name, its last element a Basque noun for one with the article on: academy, council, government,
# parliament, association, foundation, institute, university, library, museum, school, committee, house, paper …
_INSTITUTION = re.compile(
    r"(?:tzaindia|akademia|udala|aldundia|jaurlaritza|gobernua|legebiltzarra|biltzarra|batzarra|batzordea|kontseilua|"
    r"elkartea|erakundea|fundazioa|institutua|unibertsitatea|fakultatea|liburutegia|museoa|ikastola|ikastetxea|eskola|"
    r"argitaletxea|taldea|alderdia|sindikatua|egunkaria|aldizkaria|irratia|telebista|zentroa|kluba|saila|ministerioa)$",
    re.I)


def _eu_nominative(genitive: str) -> str:
    """The surname a Basque genitive glues its ending to: -rren → -r, vowel + -ren → the vowel, else -en off."""
    return basque_base(genitive, ("ren", "en")) or genitive


def basque_owned(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a Basque post's "[Given] Surname-(r)en “T”" in its opening paragraphs: opening a sentence,
    or anywhere where the text names the person again (in any case: ``Context.vouches_for``)."""
    if (context.language or "")[:2].lower() != "eu":
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for paragraph in paragraphs[:4]:
        for match in _EU_OWNED.finditer(paragraph):
            given, owner, title = match.group(1), _eu_nominative(match.group(2)), match.group(3).strip()
            if not title[:1].isupper() or len(title.split()) > 10 or _EU_NOT_OWNED.match(paragraph, match.end()) \
                    or owner.casefold() in not_authors or _house(owner, context.text):
                continue
            if _INSTITUTION.search(owner):
                continue  # an academy's, a council's, a university's "T" (Basque names them with the article on)
            # (a capitalised word before the surname is the given name where the text pairs the two again, in any case;
            # else it opens the sentence: "Gaur Atxagaren “T” …")
            paired = given and context.text.count(f"{given} {owner}") >= 2
            # opening a sentence, only -(r)ren is a person's for sure: a consonant's -en is a place's inessive too
            # ("Gasteizen “T” aurkeztu zuten", in Gasteiz), so the text must name the person again
            opens = _SENTENCE_START.search(paragraph[:match.start()]) and match.group(2).endswith("ren")
            if not (opens or context.vouches_for(owner, times=2)):
                continue
            return clean_title(title), f"{given} {owner}" if paired else owner
    return None


def _house(name: str, text: str) -> bool:
    """The page names the word as a publishing house: the subject of a publishing verb, or beside a house word."""
    n = re.escape(name)
    return bool(re.search(rf"(?<!\w){n}{_PUBLISHES}|(?<!\w){n}\s+{_HOUSE}|{_HOUSE}\s+{n}(?!\w)", text, re.I))
