"""A newsletter's teaser for its next issue, closing the post: "Next issue: a return to the Culture, and your letters".

A mailed newsletter (and a column that comes out weekly) closes by telling the reader what the next issue will bring:
"Next week: three short novels for a long weekend", de "Nächste Ausgabe: …", fr "Dans le prochain numéro : …", es "En
el próximo número: …", it "Nel prossimo numero: …", ja "次号：…", zh "下期预告：…". It speaks of a post not yet written,
not of the book; its shape, whatever the language:

- it opens on the label of the next issue or the next instalment (NEXT: the next issue, edition, letter, or "coming up",
  "in the next issue", per language) and a colon or a spaced dash right after the label; or on the next week's or
  month's label (NEXT_PERIOD) and a colon, no first person after it (_MINE: "Next month: the paperback comes out, and
  I will buy one" is the reviewer's own plan);
- short (30 words at most), not a heading, quotation, list or table, no score;
- among the body's last three lines left, after the review's last paragraph (nothing of 30 words or more after it).

What stays: a book's record line "Next in the series: Raven Stratagem" (the series is the book's, no label of an
issue), a review's sentence "Next week I start the sequel" (no label and colon), "Next time — and there will be one
— …" (time is no issue, the dash a parenthesis), and a teaser in the review's middle
(more prose after it). ``pleas.mark`` asks it with the newsletter's other closing lines (the forward ask).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score
from .tailasks import mark_last_lines
from .words import count_words

RULE = "next issue teaser"
_MAX_WORDS = 30
_PROSE = 30
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "pre")
# the next issue's label, then its colon or a spaced dash: en, de, fr, es, pt, it, nl, sv, da/nb, pl, cs, ru/uk, tr, id,
# ja, zh, ko (an issue's noun: a review's "Next time — and there will be one — …" names none)
NEXT = re.compile(
    r"^\W{0,3}(?:(?:in\s+)?(?:the\s+)?next\s+(?:issue|edition|letter|newsletter|instal?ment)|"
    r"coming\s+(?:up\s+)?next(?:\s+issue)?|(?:in\s+der\s+)?nächsten?\s+(?:ausgabe|folge|brief)|"
    r"(?:dans\s+le\s+)?prochain(?:e)?\s+(?:numéro|lettre|édition)|"
    r"(?:en\s+el\s+|no\s+)?pr[óo]ximo\s+(?:número|boletín|boletim)|"
    r"(?:en\s+la\s+|na\s+)?pr[óo]xima\s+(?:edici[óo]n|edição|entrega|carta)|"
    r"(?:nel(?:la)?\s+)?prossim[oa]\s+(?:numero|puntata|lettera)|"
    r"(?:in\s+de\s+)?volgende\s+(?:editie|nieuwsbrief|aflevering)|"
    r"(?:i\s+)?(?:nästa|næste|neste)\s+(?:nummer|brev)|(?:w\s+)?następn\w+\s+(?:numerze|numer|wydani\w+)|"
    r"(?:v\s+)?příšt\w+\s+(?:čísle|číslo)|(?:в\s+)?следующ\w+\s+(?:выпуск\w*|номер\w*)|"
    r"(?:у\s+)?наступн\w+\s+(?:випуск\w*|номер\w*)|gelecek\s+sayı\w*|(?:di\s+)?edisi\s+berikutnya|"
    r"次号|下期(?:预告|預告)?|下一期|다음\s?호)\s*(?:[:：]|\s[–—-]\s)")
# the label in languages whose first person the verb carries, no pronoun said (ca, pt/gl, sl, hr/bs/sr, sk, hu, ro,
# fi, et, lv, lt, el, is, tl, sw, he, ar, fa, hi, mr, bn, kn, ta, te, ml, th, vi; es's weekday): "La setmana vinent:
# llegiré la segona part" is the reviewer's plan, and _MINE cannot see it; the teaser goes there when typeset apart
# (wholly in italics or small print, as a column's closing line is, or right after the rating line or the newsletter's
# button row), the plain line stays
_WIDER = (
    r"(?:(?:el\s+)?pr[óo]ximo\s+(?:domingo|s[áa]bado)|"
    r"(?:la\s+)?setmana\s+(?:vinent|que\s+ve)|(?:el\s+)?mes\s+(?:vinent|que\s+ve)|(?:na|a)\s+pr[óo]xima\s+semana|"
    r"(?:no\s+)?pr[óo]ximo\s+m[êe]s|(?:naslednj|prihodnj)\w*\s+(?:teden|tednu|mesec\w*)|naslednjič|"
    r"(?:sljedeć|sledeć|iduć|naredn)\w*\s+(?:tjed\w*|sedmic\w*|nedelj\w*|nedjelj\w*|mjesec\w*|mesec\w*)|"
    r"(?:следећ|наредн)\w*\s+(?:недељ|седмиц|месец)\w*|(?:na\s+)?budúc\w+\s+(?:týžd\w+|mesiac\w*)|"
    r"jövő\s+(?:hé\w*|hónap\w*)|(?:săptămâna|luna)\s+viitoare|ensi\s+(?:viikk?o\w*|kuu\w*)|"
    r"järgmis\w+\s+(?:nädal\w*|kuu\w*)|nākam\w*\s*nedēļ\w*|kitą\s+(?:savaitę|mėnesį)|"
    r"(?:την\s+)?επόμενη\s+εβδομάδα|(?:τον\s+)?επόμενο\s+μήνα|(?:í\s+)?næstu\s+viku|sa\s+susunod\s+na\s+linggo|"
    r"wiki\s+ijayo|(?:ב)?שבוע\s+הבא|(?:في\s+)?الأسبوع\s+(?:القادم|المقبل)|هفته\s+(?:آینده|بعد)|"
    r"अगले\s+(?:हफ़्ते|हफ्ते|सप्ताह|महीने)|अगला\s+(?:हफ़्ता|हफ्ता|सप्ताह)|पुढ(?:च्या|ील)\s+आठवड्यात|"
    r"(?:আগামী|পরের)\s+সপ্তাহে?|ಮುಂದಿನ\s+(?:ವಾರ|ತಿಂಗಳು)|அடுத்த\s+(?:வாரம்|மாதம்)|(?:వచ్చే|తదుపరి)\s+(?:వారం|నెల)|"
    r"അടുത്ത\s+(?:ആഴ്ച|മാസം)|(?:สัปดาห์|เดือน)หน้า|(?:tuần|tháng)\s+(?:sau|tới))")
# the next week's or month's label, then its colon (a column that comes out weekly): the same languages; a reviewer's
# own plan ("Next month: the paperback comes out, and I will buy one") speaks in the first person after it (_MINE)
NEXT_PERIOD = re.compile(
    r"^\W{0,3}(?:next\s+(?:week|month)|nächste[nr]?\s+(?:woche|monat)|(?:la\s+)?(?:semaine|mois)\s+prochain(?:e)?|"
    r"prochaine?\s+(?:semaine|mois)|(?:la\s+)?pr[óo]xima\s+semana|(?:el\s+)?pr[óo]ximo\s+mes|"
    r"(?:la\s+)?prossima\s+settimana|(?:il\s+)?prossimo\s+mese|volgende\s+(?:week|maand)|"
    r"(?:nästa|næste|neste)\s+(?:vecka|månad|uge|uke|måned)|(?:w\s+)?następn\w+\s+tygodni\w+|za\s+tydzień|"
    r"příšt\w+\s+(?:týden|měsíc)|(?:на\s+)?следующ\w+\s+(?:недел\w+|месяц\w*)|наступн\w+\s+(?:тижн\w+|місяц\w*)|"
    r"gelecek\s+(?:hafta|ay)\w*|minggu\s+depan|bulan\s+depan|来週|来月|下周|下週|下个月|下個月|다음\s?(?:주|달|회)|"
    # (the same label in more languages: en's next weekday; the weekday's after nächsten, prochain too; then _WIDER)
    r"next\s+(?:weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|nächste[nr]?\s+(?:wochenende|\w+tag|mittwoch)|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+prochain|" + _WIDER + r")"
    r"\s*[:：]")
# the first person after the label (a reviewer's plan, not the letter's programme): the words no other of these
# languages uses as a common word (English "I" in its capital, as the Italian article "i" is not, and not a part's
# numeral: "Part I of our series"); the words another language uses otherwise (fr "je", "ma", "mes": nl "you", it
# "but", es "months"; pt "eu": the Union's initials; da/nb "mit": de "with"; tr "ben": a name) count after their own
# language's label only (_MINE_BY_LABEL)
_MINE = re.compile(
    r"(?<!\w)j['’]|(?<!\w)(?<!part\s)(?<!book\s)(?<!volume\s)(?<!vol\.\s)(?<!chapter\s)(?<!act\s)(?<!season\s)"
    r"(?-i:I)(?![\w.])|(?<!\w)(?:i['’](?:m|ll|ve|d)|me|my|ich|mich|mir|mein\w*|moi|mon|"
    r"yo|mis|meu|minha|io|mio|mia|"
    r"ik|mij|mijn|jag|mig|mitt|jeg|meg|mnie|mój|moja|moje|já|mě|můj|я|мне|мой|моя|мені|мій|benim|"
    r"aku|saya|tôi)(?!\w)|私|僕|我|나는|저는|제가|내가|मैं|ನಾನು|நான்|আমি|నేను|ഞാൻ|أنا|אני|εγώ|ฉัน", re.I)
_MINE_BY_LABEL = (
    (re.compile(r"semaine|mois|prochain", re.I), re.compile(r"(?<!\w)(?:je|ma|mes)(?!\w)", re.I)),
    (re.compile(r"pr[óo]xim", re.I), re.compile(r"(?<!\w)(?:eu|mi)(?!\w)", re.I)),
    (re.compile(r"prossim", re.I), re.compile(r"(?<!\w)mi(?!\w)", re.I)),
    (re.compile(r"næste|neste", re.I), re.compile(r"(?<!\w)(?:mit|min)(?!\w)", re.I)),
    (re.compile(r"nästa", re.I), re.compile(r"(?<!\w)min(?!\w)", re.I)),
    (re.compile(r"następn|tydzień|příšt", re.I), re.compile(r"(?<!\w)ja(?!\w)", re.I)),
    (re.compile(r"gelecek", re.I), re.compile(r"(?<!\w)ben(?!\w)", re.I)),
    (re.compile(r"naslednj|prihodnj|sljedeć|sledeć|iduć|naredn|budúc", re.I),
     re.compile(r"(?<!\w)(?:jaz|ja|bom|ću|moj\w*)(?!\w)", re.I)),
)
# the week's or month's label read on the line as written (one string for the label and the first person after it)
_PERIOD = re.compile(NEXT_PERIOD.pattern, re.I)
_WIDER_LABEL = re.compile(r"^\W{0,3}" + _WIDER, re.I)


def _typeset_apart(block: HtmlElement) -> bool:
    """The line wholly in italics or small print (a column's closing line set apart from the review's prose)."""
    text = text_of(block)
    emphasised = max((len(text_of(e)) for e in block.iterdescendants("em", "i", "small")), default=0)
    return bool(text) and emphasised >= 0.9 * len(text.strip())


# a newsletter platform's button row ("button-wrapper", "subscription-widget"): its subscribe and share buttons
_BUTTONS = re.compile(r"(?:^|[-_])(?:button|subscri(?:be|ption))(?:[-_]|$)", re.I)


# the book's own next volume (its sequel, its second volume or part): a reviewer's news about the series, not the
# blog's next post ("Na próxima semana: sai o segundo volume, …"); the class of words in the labels' languages
_SEQUEL = re.compile(
    r"(?<!\w)(?:sequels?|sequência|continuação|seguito|secuela|continuación|suite|fortsetzung|vervolg|uppföljar\w*|"
    r"(?:second|segund[oa]|deuxième|second[oa]|zweite[rn]?|tweede|andra|anden|andre|drug[iaą]\w*|druh\w+|"
    r"втор\w+|друг\w+|ikinci|kedua|next|próxim[oa]|prochain|nächste[rn]?|prossimo|volgende)\s+"
    r"(?:volumes?|tom[oe]s?|band|deel|part[ei]?|parte|book|livro|libro|livre|buch|boek|bok|cz[eę]ść|část|том\w*|"
    r"част\w*|cilt|jilid))(?!\w)|続編|続巻|续集|續集|속편", re.I)


def _after_close(block: HtmlElement) -> bool:
    """The line comes right after the review's close: its rating line (a score), or the newsletter's own button row
    (its subscribe or share buttons), the prose over above them: the letter's closing, set apart as italics set a
    column's. After the rating line, a line that tells of the book's own next volume is the review's news about its
    series (_SEQUEL), no post of the blog's; the button row is the letter's own, and what follows it is too."""
    before = block.getprevious()
    while before is not None and not text_of(before).strip() and not before.get("class"):
        before = before.getprevious()
    if before is None:
        return False
    if any(_BUTTONS.search(t) for t in (before.get("class") or "").split()):
        return True
    return count_words(text_of(before)) <= 12 and has_score(text_of(before)) and not _SEQUEL.search(text_of(block))


def _mine(text: str, start: int) -> bool:
    """The first person after the label, in the label's own language where a word is another language's too."""
    if _MINE.search(text, start):
        return True
    label = text[:start]
    return any(lang.search(label) and words.search(text, start) for lang, words in _MINE_BY_LABEL)


def next_issue(block: HtmlElement) -> bool:
    """A short line opening on the next issue's label and its colon (see the module docstring)."""
    if block.tag in _BLOCKED:
        return False
    text = text_of(block)
    if not text or count_words(text) > _MAX_WORDS:
        return False
    text = text.lstrip()
    if not NEXT.match(text.casefold()):
        period = _PERIOD.match(text)
        if not period or _mine(text, period.end()) or _WIDER_LABEL.match(text) and not (_typeset_apart(block)
                                                                                or _after_close(block)):
            return False
    return not has_score(text)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the next issue's teaser among the body's last three lines left, after the review's last paragraph."""
    mark_last_lines(items, drop, boxes, next_issue, RULE, _PROSE)
