"""A public reading of a book named where the editor files the post: a reading marathon, a public or collective
reading, a relay of readers at a lectern ("Lesemarathon", "maratona di lettura", "lettura collettiva", "lectura
pública", "marathon de lecture", "okuma maratonu", "朗読会"). A report or a notice of such a reading names its book
in the title and in the text, as a review does, and reviews it not: classify's event rule (EVENT_TITLE,
fairwords.BOOK_FAIR) reads the headline; this reads the same concept, in ~30 languages, in the three places an editor
names the occasion: the headline, the standfirst under it (the body's first line, when it is a short one: 40 words at
most) and the address's slug ("/una-notte-…-lettura-collettiva-procida"). Not the words for reading aloud alone ("a
picture book for reading aloud" is a review's advice) nor a blogger's own reading challenge ("readathon").

A plain substring test on the casefolded text (a marathon's or a reading's stem) before the pattern.

A talk about a book held for an audience is reported alike (``book_talk``): a discussion, a panel, a book talk, a
round table, a conversation with readers named in the headline (``BOOK_TALK``, ~25 languages), and a report's shape in
the text: its first line opens on the session's date ("Saturday afternoon (28/11), …", "On 3.12. …"; not a reader's
nights further on, "I read it over two nights (12/3 and 13/3)") or its day, a weekday in its first five words, in a
line without the writer's "I" ("Last Saturday, thirty people …"; not "On Sunday I finished it"), or the text quotes a person and names them after the
quote and its comma, as reported speech is set ("'…,' said Ana.", "«…», dijo Ana", "\"…,\" kata Ana"; not a quoted
line the review goes on from, "\"…\" That line …") — a review's headline names no such session, and a review that
mentions the author's talk does so in its text, not its headline. Classify asks it only of a post not filed or
labelled a review ("Book Chat: T by A" filed under reviews, "Roundtable Review: T" are a blogger's series names).
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


# a talk held about a book for an audience, as a headline names it: en, id/ms, tl, es, pt, it, fr, de, nl, sv/nb/da, pl,
# cs/sk, hu, ro, ru/uk, tr, el, vi, sw, ar, ko, ja, zh (not a bare "talk" or "debate": a review's "much-debated novel";
# the nouns only, not the adjectives that call a book controversial: ru "дискуссионный", uk "дискусійний")
BOOK_TALK = re.compile(
    r"(?<!\w)(?:book\s+(?:talk|discussion|chat)|author\s+talk|panel\s+discussion|round[\s-]?table|talk\s*show|"
    r"diskusi[aeu]?|bedah\s+buku|bincang[\s-]+buku|temu\s+penulis|talakayan|"
    r"charla|tertulia|conversatorio|mesa[\s-]redonda|coloquio|bate-papo|roda\s+de\s+conversa|tavola\s+rotonda|"
    r"dibattito|table\s+ronde|causerie|débat|(?:podiums)?diskussion|gesprächsrunde|buchgespräch|"
    r"discussieavond|panelgesprek|boksamtal|bokprat|dyskusj\w+|debatt?|diskuse|beszélgetés|kerekasztal|"
    r"dezbatere|masă\s+rotundă|дискусси(?:я|и|ю|ей)|дискусі(?:я|ї|ю|єю)|круглый\s+стол|круглий\s+стіл|"
    r"söyleşi|συζήτηση|"
    r"tọa\s+đàm|mjadala|حلقة\s+نقاش|جلسة\s+نقاش)(?!\w)|토론회|좌담회|座談会|トークイベント|座谈会|讨论会|分享会",
    re.I,
)
# a session dated in the report's first line: a day and month in figures ("(28/11)", "3.12.", "12-12")
_DATED = re.compile(r"(?<![\d/.])(?:[12]\d|3[01]|0?[1-9])\s?[/.-]\s?(?:1[0-2]|0?[1-9])[/.),]")
# a person quoted, named after the quote and its comma by a word or two ("…," said Ana / kata Ana / «…», dijo Ana /
# „…“, sagte Ana): the comma sets reported speech apart from a quoted line a sentence goes on from ("…" That line)
_QUOTED_SPEAKER = re.compile(r"(?:,\s?[\"”»“]|[\"”»“]\s?,)\s+(?:[^\W\d_]+\s+){0,2}?(?-i:[A-Z])[^\W\d_]+")


def book_talk(title: str | None, lines, book: str | None = None) -> bool:
    """The headline names a talk held about a book (``BOOK_TALK``) and the text reports it: its first line opens on
    the session's date, or it quotes someone named after the quote. (``book``: the book's title, found, whose words
    in the opening are its name, no day's.)"""
    if not title or not BOOK_TALK.search(title):
        return False
    lines = list(lines)  # (the date among the first line's first five words: the session's, not the reading's)
    if not lines:
        return False
    opening = " ".join(lines[0].split()[:5])
    return (_DATED.search(opening) is not None or _session_day(_untitled(opening, f"{title} {book or ''}"), lines[0])
            or any(_QUOTED_SPEAKER.search(line) for line in lines[:12]))


_TITLE_MARKS = re.compile(r"[《「『〈]([^》」』〉\n]{1,40})[》」』〉]")


def _untitled(opening: str, title: str) -> str:
    """The opening without the headline's own words: a weekday the book's name holds ("Book talk: Friday Black",
    "The Man Who Was Thursday", 《星期四谋杀俱乐部》) names the book, not the session's day."""
    heading = {word.casefold() for word in re.findall(r"[^\W\d_]+", title)}
    for marked in _TITLE_MARKS.findall(title):
        opening = opening.replace(marked, " ")
    return " ".join(word for word in re.findall(r"[^\W\d_]+", opening) if word.casefold() not in heading)


def _session_day(opening: str, first: str) -> bool:
    """The first line opens on a weekday, as a report names its session's day ("Last Saturday afternoon, thirty people
    …", "Sabtu sore lalu, …"), in a line that is not the writer's own reading ("On Sunday I finished it": a review's)."""
    from .eventdays import weekday  # (any dateparser locale's weekday)
    from .reviewed import FIRST_PERSON  # (reviewed reads modules that read this one)
    return weekday(opening) and not FIRST_PERSON.search(first)
