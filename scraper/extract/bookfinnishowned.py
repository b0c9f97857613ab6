"""A quoted title owned by a surname alone in the Finnish genitive, as a Finnish post names the book it read: "Luin
Waltarin ”T” viime viikolla" ("I read Waltari's 'T' last week"), "Oksasen «T» on …", "Mukan "T" jäi mieleen".

``bookopening.surname_possessive`` reads a lone surname's possessive where a mark says so (English 's, the genitive -s
of German and the Scandinavian languages) and wants a full name ending in it somewhere on the page. Finnish declines the
surname itself (-n after a vowel, -in after a consonant, -nen → -sen, a doubled k/p/t weakened: ``bookfinnish``), and a
forum post or a short review may never give the given name. The genitive word is read back to its nominatives
(``bookheadof._nominatives``) and one of them must stand in the text on its own ("Waltari kirjoittaa …"), as a post
comes back to the person it read; that nominative is the author, as the page gives it. Only on a Finnish page
(``Context.language``); never after another capitalised word (a full name, read by the rules for those), never for a
book held up for comparison ("kuten Waltarin ”T”", "jos pidit …"), never for a name the page's own (the blog, its
writer) is, never for a quote run into a hyphenated compound (a series or a prize: "Otavan ”Keltainen kirjasto” -sarjasta")
and never for a word the page makes a house (a publishing verb's subject, "Otava on taas julkaissut", or a house word).
"""

from __future__ import annotations

import re

from .book import Context, clean_title

# a capitalised word ending in the genitive -n right before a title set off in quotes (Finnish ” ”, « », " ")
_OWNED = re.compile(r"(?<![\w'’\-])([A-ZÅÄÖÜ][a-zåäöüéšž\-]{2,}n)\s+[”“„«»\"]([^“”„«»\"\n]{2,80})[”“»«\"]")
# a book held up for comparison: "like", "as", "if you liked", "reminded me of", "compared with"
_COMPARED = re.compile(r"\b(?:kuten|niin\s+kuin|samaan\s+tapaan\s+kuin|jos\s+pidit|jos\s+tykkäsit|muistutt\w*|verrattuna|"
                       r"verrattav\w*|tyyliin|kaltai\w*)\b[^.!?]{0,40}$", re.I)
# a quote run straight into a hyphenated compound: a series' or a prize's name, not a book ("”Keltainen kirjasto” -sarjasta")
_COMPOUND = re.compile(r"\s?-[^\W\d_]")
# a house: a publishing verb's subject ("Otava on taas julkaissut …", "Otava julkaisee") or a house word beside it
_PUBLISHES = r"(?:\s+(?:on|oli|ovat|ei|taas|jälleen|nyt|myös|vihdoin|viimein|vuonna\s+\d{4}),?){0,3}\s+(?:julkais|kustant|suomenta)\w*"
_HOUSE = r"(?:kustantamo|kustantaja|kustannusosakeyhtiö|kustannus|kirjakustantamo)\w*"


def finnish_owned(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, surname) of a Finnish post's "Surnamen ”T”" whose nominative surname the text names on its own."""
    if (context.language or "")[:2].lower() != "fi":
        return None
    from .bookheadof import _nominatives  # (bookheadof reads the headline's genitive the same way)
    not_authors = {n.casefold() for n in context.not_authors if n}
    for paragraph in paragraphs:
        for match in _OWNED.finditer(paragraph):
            owner, title = match.group(1), match.group(2).strip()
            words = paragraph[:match.start()].split()[-2:]
            if not title[:1].isupper() or len(title.split()) > 10 or _COMPARED.search(paragraph[max(0, match.start() - 60):match.start()]):
                continue
            named = [n for n in _nominatives(owner) if n.casefold() not in not_authors and context.mentions(n)]
            if len(named) != 1 or _COMPOUND.match(paragraph, match.end()) or _house(named[0], context.text):
                continue
            # a capitalised word before it opens the sentence ("Luin Waltarin ”T”") unless the text names it with the
            # surname as a full name; inside a sentence it is a given name, a place's or a house's (other rules' shapes)
            if words and words[-1][:1].isupper() and (len(words) == 2 and words[0][-1:] not in ".!?:" or context.mentions(f"{words[-1]} {named[0]}")):
                continue
            return clean_title(title), named[0]
    return None


def _house(name: str, text: str) -> bool:
    """The page names the word as a publishing house: the subject of a publishing verb, or beside a house word."""
    n = re.escape(name)
    return bool(re.search(rf"(?<!\w){n}{_PUBLISHES}|(?<!\w){n}\s+{_HOUSE}|{_HOUSE}\s+{n}(?!\w)", text, re.I))
