"""A post that prints a book's pages ahead of it (wldetect s34): its headline offers an excerpt where a headline puts
its label, among the first words or right after its colon ("Read an extract: T", "Excerpt: T by A", "Preview: a
fragment of «T»"), and the post gives no verdict of its own. The page names the book and its author as a review does,
and most of its text is the book's own voice (a chapter under its heading, a passage in a quotation block); a review
that quotes a passage still rates it, says so in its headline, or is filed as one. A word for a fragment deeper in a
headline's own words ("T review: the fragments of a life") is the post's phrase, no label.
"""

from __future__ import annotations

import re

from .announce import EXTRACT

# (the word for an excerpt in more languages, as a headline's label only: bs/hr/sr "odlomak", "ulomak", sl "odlomek", cs
# "úryvek", "ukázka", sk "úryvok", ru "отрывок", uk "уривок", bg "откъс", sr "одломак", mk "извадок", hu "részlet", sv/nb
# "utdrag", da "uddrag", fi "ote", "katkelma", et "katkend", lt "ištrauka", lv "fragments", el "απόσπασμα", pt "trecho",
# "excerto", id/ms "petikan", "cuplikan", ar "مقتطف", fa "گزیده", he "קטע", hi "अंश",
# zh "试读", "試讀", "节选", "節選", ja "試し読み", ko "발췌", "미리보기"; and the press's word for a book's pages printed
# ahead of it, formats39b s39: de "Vorabdruck", nl "voorpublicatie", fr "bonnes feuilles", es "prepublicación", pt
# "pré-publicação"; not en "sneak peek", which heads an early reader's review as often, rev-formats39b s39)
_MORE = (r"odlomak|ulomak|odlomek|úryvek|ukázka|úryvok|отрывок|уривок|откъс|одломак|извадок|részlet|utdrag|uddrag|ote|"
         r"katkelma|katkend|ištrauka|fragments|απόσπασμα|trecho|excerto|petikan|cuplikan|مقتطف\w*|گزیده|קטע|अंश|"
         r"vorabdruck|voorpublicatie|bonnes\s+feuilles|prepublicaci[óo]n|pr[ée]-?publica[çc][ãa]o")
_EXTRACT = re.compile(rf"(?<!\w)(?:{EXTRACT}|试读|試讀|节选|節選|試し読み|발췌|미리보기)(?!\w)", re.I)
# (... but the spaced scripts' words are everyday nouns as well, cs "Ukázka poctivého psaní" a demonstration, hu "Minden
# részlet számít" every detail, fi "Tiukka ote" a grip: a label only as its part's first word, and before no word of
# its own, "Odlomak:", "Отрывок из романа …", not "Ukázka poctivého …")
_MORE_LABEL = re.compile(rf"^\W*(?:{_MORE})(?!\w)(?!\s+[^\W\d_]{{4,}})", re.I)
_SPLIT = re.compile(r"\s*[:：|]\s+|\s+[–—-]\s+")


def offers_excerpt(headline: str, book_first: bool = False) -> bool:
    """The headline's label holds an excerpt word: in its first four words, or in the first four after its colon. After
    a part that names the book (`book_first`: "T by A: an extract"), the part is a label only when it is one alone, of
    three words at most; longer, it is the post's own phrase ("T by A: an extract and my thoughts")."""
    parts = _SPLIT.split(headline.strip(), maxsplit=1)
    return any((_EXTRACT.search(" ".join(part.split()[:4])) or _MORE_LABEL.match(part)) and not (book_first and n and len(part.split()) > 3)
               for n, part in enumerate(parts))


def judge(ev, own_rating: bool, review_marked: bool) -> tuple[str, str] | None:
    """(kind, reason) for an excerpt's post: its headline offers an excerpt, and it gives no verdict of its own."""
    if own_rating or ev.verdict_lines or ev.jsonld_review or review_marked or not offers_excerpt(*_untitled(ev)):
        return None
    return "announcement", "its headline offers an excerpt of the book and it gives no verdict: an excerpt, not a review"


def _untitled(ev) -> tuple[str, bool]:
    """The headline with the book's title, where it holds it, taken out (a word of the title, "Fragment by A", "The
    Extract – a thriller", is the book's name, no label), and whether its first part held the title and more (its
    maker: "T by A: …"; a first part that is the title alone may be a label the page took for one)."""
    headline, title = ev.title or "", (ev.book_title or "").strip()
    if title and (at := headline.casefold().find(title.casefold())) != -1:
        first = _SPLIT.split(headline.strip(), maxsplit=1)
        return headline[:at] + " " * len(title) + headline[at + len(title):], len(first) > 1 and title.casefold() in (head := first[0].strip().casefold()) and head != title.casefold()
    return headline, False
