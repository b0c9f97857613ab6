"""A public reading of a book named where the editor files the post: a reading marathon, a public or collective
reading, a relay of readers at a lectern ("Lesemarathon", "maratona di lettura", "lettura collettiva", "lectura
pública", "marathon de lecture", "okuma maratonu", "朗読会"). A report or a notice of such a reading names its book
in the title and in the text, as a review does, and reviews it not: classify's event rule (EVENT_TITLE,
fairwords.BOOK_FAIR) reads the headline; this reads the same concept, in ~30 languages, in the three places an editor
names the occasion: the headline, the standfirst under it (the body's first line, when it is a short one: 40 words at
most) and the address's slug ("/una-notte-…-lettura-collettiva-procida"). Not the words for reading aloud alone ("a
picture book for reading aloud" is a review's advice) nor a blogger's own reading challenge ("readathon").

A plain substring test on the casefolded text (a marathon's or a reading's stem) before the pattern.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

READING_EVENT = re.compile(
    r"(?<!\w)(?:"
    # en, de, nl, Nordic, fi, et, lv, lt
    r"reading\s+marathon|marathon\s+reading|public\s+reading|collective\s+reading|(?:vor)?lesemarathon|öffentliche\s+lesung|"
    r"(?:voor)?leesmarathon|publieke\s+voorlezing|(?:hög)?läsningsmaraton|läsmaraton|læsemaraton|lesemaraton|"
    r"(?:ääneen)?lukumaraton|(?:ette)?lugemismaraton|lasīšanas\s+maratons?|skaitymo\s+maratonas|garsiniai\s+skaitymai|"
    # fr, es, ca, it, pt, ro
    r"marathon\s+de\s+(?:la\s+)?lecture|lecture\s+(?:publique|collective)|marat[óo]n\s+de\s+(?:la\s+)?lectura|"
    r"lectura\s+(?:p[úu]blica|colectiva|continuada|col·lectiva)|marató\s+de\s+lectura|maratona\s+di\s+lettura|"
    r"lettura\s+(?:pubblica|collettiva|corale)|maratona\s+de\s+leitura|leitura\s+(?:p[úu]blica|cole(?:c)?tiva)|"
    r"maraton\s+de\s+lectur[ăa]|lectur[ăa]\s+public[ăa]|"
    # pl, cs, sk, hu, hr/sr/bs, sl, ru, uk, bg, el, tr
    r"maraton\s+czytani\w*|publiczne\s+czytanie|wspólne\s+czytanie|narodowe\s+czytanie|maraton\s+čtení|veřejné\s+čtení|"
    r"maratón\s+čítania|verejné\s+čítanie|felolvasó\s*maraton\w*|(?:közös|nyilvános)\s+felolvasás\w*|maraton\s+čitanja|"
    r"javno\s+(?:čitanje|branje)|bralni\s+maraton|марафон\s+(?:чтения|читання|четене)|(?:публичные|громкие)\s+чтения|"
    r"(?:публічні|гучні)\s+читання|μαραθώνι\w+\s+ανάγνωσης|δημόσια\s+ανάγνωση|okuma\s+maratonu|toplu\s+okuma"
    r")(?!\w)|朗読会|朗読マラソン|朗读会|朗讀會|读书马拉松|讀書馬拉松|接力朗读|낭독회|릴레이\s*낭독|"
    r"ماراثون\s+(?:ال)?قراءة|قراءة\s+جماعية|ماراتن\s+کتاب\s*خوانی|מרתון\s+קריאה",
    re.I,
)
_STEMS = ("reading", "mara", "lectur", "lettur", "leitur", "lesung", "voorlez", "czytan", "čten", "čítan", "felolvas",
          "čitan", "branj", "чтени", "читан", "ανάγνωσ", "okuma", "skaitym", "朗", "낭독", "马拉松", "馬拉松", "قراءة", "קריאה", "خوانی")


def _named(text: str) -> bool:
    folded = text.casefold()
    return any(stem in folded for stem in _STEMS) and bool(READING_EVENT.search(text))


def named(title: str | None, lines, url: str | None) -> bool:
    """A public reading named in the headline, the standfirst (a first line of 40 words at most) or the slug."""
    first = next(iter(lines), "")
    slug = unquote(urlsplit(url or "").path.rstrip("/").rsplit("/", 1)[-1]).replace("-", " ").replace("_", " ")
    return _named(title or "") or (len(first.split()) <= 40 and _named(first)) or _named(slug)
