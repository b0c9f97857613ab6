"""A weekday named in a line, and a group's standing invitation under the review: "The reading circle meets at the
branch library every other Tuesday — all welcome!", "Lukupiiri kokoontuu joka torstai – tervetuloa!".

- ``weekday``: the line names a day of the week, as any dateparser locale writes it in full (five letters or more:
  "Thursday", "tiistaina", "jueves", "czwartek", "четверг", "الخميس"; a case ending of up to four letters after it,
  "tiistaisin", "mardis"), or as the unspaced scripts do ("星期四", "周四", "木曜日", "목요일", "วันพฤหัสบดี") and as
  Hebrew and Portuguese do with a word beside an ordinal ("יום חמישי", "quinta-feira"): a bare ordinal ("quinta",
  "שלישי", "τρίτη") is a count as often as a day, and is not read alone.
- ``weekday_dated``: a weekday beside a day of the month ("jueves 17", "Thursday 3rd", "sábado, 19"): an item of a
  programme ("eventagenda.event_list").
- ``standing_invite``: a short line that names a weekday or a day and its month, a gathering (a reading club, a meeting,
  or a group meeting: "meets", "kokoontuu", "se reúne") and bids the reader to come ("all welcome", "join us",
  "tervetuloa", "os esperamos", "zapraszamy", "欢迎"). All three, for a review's own closing line may name its book
  club and a weekday ("our book club argued about it all Tuesday"), but does not invite anyone. A notice that
  gives its schedule instead of the bid, a clock time and the next meeting's date under its label ("Next meeting:
  December 3", "Prochaine séance : 5 janvier", "Nächstes Treffen: 7. Januar"), is one too. ``tailasks.mark`` asks it
  of the post's last two lines, after the review's last paragraph.
- ``named_day``: a day of the month beside a weekday's or a month's name (``eventagenda`` reads it too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from .casefold import guarded
from .nodes import text_of
from .words import count_words

_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a locale's name that is a common word as well, or a stem a longer word opens with: pt ordinals (the day is
# "quinta-feira", _UNSPACED), el ordinals, uk "серед" (among)
_AMBIGUOUS = frozenset(("segunda", "terça", "quarta", "quinta", "sexta", "τρίτη", "τετάρτη", "πέμπτη", "серед"))
_UNSPACED = re.compile(
    r"星期[一二三四五六日天]|[礼禮]拜[一二三四五六日天]|[周週][一二三四五六日]|[月火水木金土日]曜日?|[（(][月火水木金土日][)）]|"
    r"[월화수목금토일]요일|วัน(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์)|"
    # (Hebrew's "day" with a proclitic letter glued before it: "ביום שלישי", on Tuesday; "וביום" is rare; glued, its
    # ordinal takes no article: "ביום השלישי למסע" is the journey's third day)
    r"(?<!\w)(?:יום\s+ה?|[בהולמשכ]יום\s+)(?:(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|שבת)(?!\w)|"
    r"(?<!\w)(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira(?!\w)")
_WORD = re.compile(r"[^\W\d_]{5,}")


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """The weekdays' names of five letters or more (single words) of every dateparser locale, casefolded."""
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:  # (without dateparser: the English names)
        return frozenset(_KEYS)
    out = set(_KEYS)
    for locale in default_loader.get_locales():
        if locale.shortname.split("-")[0] == "he":  # (Hebrew's are ordinals: _UNSPACED reads them after "יום")
            continue
        for key in _KEYS:
            out.update(word.casefold() for word in locale.info.get(key, []) if _WORD.fullmatch(word))
    return frozenset(out - _AMBIGUOUS)


def _weekday_word(word: str, names: frozenset[str]) -> bool:
    word = word.casefold()
    return word in names or any(word[:-n] in names for n in range(1, 5) if len(word) - n >= 5)


def weekday(text: str) -> bool:
    """The text names a day of the week (module docstring)."""
    if _UNSPACED.search(text):
        return True
    names = weekday_names()
    return any(_weekday_word(found.group(0), names) for found in _WORD.finditer(text))


# a day of the month right beside a word: "jueves 17", "Thursday 3rd", "sábado, 19", "17 jueves"
_BESIDE = re.compile(r"([^\W\d_]{5,})[,.]?\s+(?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|º|\.)?(?![\d:.,]\d)|"
                     r"(?<![\d.:])(?:[1-9]|[12]\d|3[01])\.?\s+([^\W\d_]{5,})")


def weekday_dated(text: str) -> bool:
    """A weekday beside a day of the month (a figure of one or two digits, not a clock's)."""
    if not any(c.isdigit() for c in text):  # (no figure, no day: the locales' names are not read for a plain list)
        return False
    if re.search(r"(?:星期|[礼禮]拜|[周週])[一二三四五六日天]|[月火水木金土日]曜|[월화수목금토일]요일", text):
        return bool(re.search(r"\d{1,2}\s*[日일号號]", text))
    names = weekday_names()
    return any(_weekday_word(found.group(1) or found.group(2), names) for found in _BESIDE.finditer(text))


# A bid to come, in our languages (not a bare "welcome": a post's greeting opens with one)
_INVITE = re.compile(
    r"(?<!\w)(?:(?:all|everyone|everybody|newcomers|new\s+(?:members|faces|readers)|visitors|you(?:'re|\s+are))\s+(?:are\s+|is\s+)?"
    r"(?:very\s+|most\s+|always\s+)?welcome|welcome\s+(?:to\s+join|along|aboard)|join\s+us|come\s+(?:along|and\s+join)|"
    r"drop\s+(?:in|by)|see\s+you\s+there|rsvp|free\s+entry|bring\s+(?:a|your|whatever|along)|"
    # open to all, to the public (en de fr es pt it nl sv da no fi pl cs sk hr sl ro hu tr el ru uk)
    r"open\s+to\s+(?:all|everyone|everybody|anyone|the\s+public)|offen\s+für\s+alle|ouvert\s+à\s+tous|"
    r"abiert[oa]\s+a(?:\s+todos|l\s+público)|abert[oa]\s+a(?:\s+todos|o\s+público)|apert[oa]\s+a\s+tutti|open\s+voor\s+iedereen|"
    r"öppet\s+för\s+alla|åbent?\s+for\s+alle|åpent?\s+for\s+alle|avoin\s+kaikille|otwarte\s+dla\s+wszystkich|"
    r"otevřen[oáé]\s+(?:všem|pro\s+všechny|veřejnosti)|otvoren[oaé]\s+(?:pre\s+všetkých|za\s+sve|za\s+javnost)|"
    r"odprt[oa]\s+za\s+vse|deschis\s+tuturor|mindenki\s+számára\s+nyitott|herkese\s+açık|ανοιχτ[όή]\s+σε\s+όλους|"
    r"открыт[оа]?\s+для\s+всех|вход\s+свободный|відкрит[оа]\s+для\s+всіх|вхід\s+вільний|"
    r"willkommen|kommt?\s+vorbei|kommen\s+sie\s+vorbei|seid\s+dabei|sei\s+dabei|eintritt\s+frei|"
    r"bienvenue?s?|venez|rejoignez[- ]nous|on\s+vous\s+attend|nous\s+vous\s+attendons|entrée\s+libre|"
    r"bienvenid[oa]s?|[oa]s\s+esperamos|te\s+esperamos|les\s+esperamos|únete|ap[úu]ntate|entrada\s+(?:libre|gratuita|livre)|"
    r"benvenut[oaie]|vi\s+aspettiamo|ti\s+aspettiamo|unisciti|ingresso\s+libero|"
    r"bem[- ]vind[oa]s?|esperamos\s+(?:por\s+)?(?:você|vocês|vós|te)|venha|apareçam?|"
    r"welkom|kom\s+(?:ook|langs|gerust)|"
    r"välkommen|välkomna|kom\s+(?:och|förbi|gärna)|velkommen|velkomne|kom\s+(?:og|innom|gjerne)|"
    r"tervetuloa|tervetulleita|tule\s+mukaan|tulkaa\s+mukaan|tere\s+tulemast|vapaa\s+pääsy|fri\s+entré|fri\s+adgang|gratis\s+(?:adgang|inngang)|"
    r"zapraszam[y]?|przyjd[źz](?:cie)?|dołącz(?:cie)?|zveme|přijďte|vítáni|vítejte|pozývame|príďte|vitajte|"
    r"приглаша(?:ем|ю)|приходите|ждём|ждем|добро\s+пожаловать|присоединяйтесь|запрошу(?:ємо|ю)|приходьте|чекаємо|"
    r"ласкаво\s+просимо|долучайтеся|заповядайте|dobrodošli|pozivamo|dođite|добродошли|позивамо|vabljeni|"
    r"(?:szeretettel\s+)?várunk|vă\s+așteptăm|te\s+așteptăm|bine\s+ați\s+venit|bekliyoruz|davetlisiniz|herkes\s+davetli|"
    r"σας\s+περιμένουμε|ελάτε|καλωσορίζουμε|kviečiame|aicinām|"
    r"ندعوكم|ندعوك|(?:أهلا|أهلاً|مرحبا|مرحباً)\s+بالجميع|الدعوة\s+عامة|بانتظاركم|في\s+انتظاركم|"
    r"מוזמנים|מוזמנות|נשמח\s+לראותכם|منتظرتان\s+هستیم|خوش\s+آمدید|आमंत्रित|स्वागत|"
    r"ayo\s+(?:datang|gabung|ikut)|mari\s+(?:bergabung|datang)|silakan\s+datang|terbuka\s+untuk\s+umum|kami\s+tunggu|jom|"
    r"mời\s+(?:các\s+bạn|mọi\s+người|bạn)|hoan\s+nghênh|chào\s+đón)(?!\w)|"
    r"ขอเชิญ|เชิญชวน|ยินดีต้อนรับ|お待ちして(?:い|お)ります|お待ちしています|ご参加ください|参加自由|歓迎|どなたでも|"
    r"欢迎|歡迎|不见不散|不見不散|환영합니다|환영해요|오세요|함께해요|참여하세요",
    re.I)
_INVITE = guarded(_INVITE)  # (casefold.Guarded: its words looked for first, in the folded text)
# a group meeting, as a verb: "meets", "meet up", "trifft sich", "se reúne", "kokoontuu", "spotyka się", "собирается"
_MEETS = re.compile(
    r"(?<!\w)(?:meets|meet\s+up|gathers|trifft\s+sich|treffen\s+uns|se\s+réunit|se\s+retrouve|nous\s+retrouvons|"
    r"se\s+re[úu]ne|nos\s+reunimos|nos\s+vemos|si\s+riunisce|si\s+incontra|ci\s+vediamo|ci\s+incontriamo|"
    r"nos\s+encontramos|komt\s+samen|komen\s+samen|träffas|møtes|treffes|mødes|kokoontuu|kokoonnumme|tavataan|"
    r"spotyka\s+się|spotykamy\s+się|schází\s+se|scházíme\s+se|собирается|собираемся|встречаемся|збирається|"
    r"збираємося|зустрічаємося|toplanıyor|buluşuyoruz|találkozunk|összegyűlünk|συναντιόμαστε|μαζευόμαστε|"
    r"يجتمع|نلتقي|נפגשים|bertemu|berkumpul)(?!\w)|集まります|聚会|聚會|모입니다|만나요",
    re.I)
_MAX_WORDS = 40
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure")


def standing_invite(block: HtmlElement) -> bool:
    """A short line that names a day, a gathering and bids the reader to come (module docstring)."""
    if block.tag in _BLOCKED:
        return False
    text = text_of(block)
    if not text or count_words(text) > _MAX_WORDS or not (_INVITE.search(text) or _scheduled(text)):
        return False
    from . import announce, gatherings  # (asked of a line that invites only; and lazily: datelines imports this module)
    from .housekeeping import a_note
    from .rating import has_score
    gathering = _MEETS.search(text) or announce.club(text) or gatherings.MEETING.search(text)
    day = weekday(text) or announce.meeting_days(text) >= 1
    return bool(gathering and day) and not (has_score(text) or a_note(text, block))


# a day of the month beside a word: "Tuesday 8", "December 3", "Dec. 3", "3 décembre", "3. Dezember", "7 de enero"
_DAY_WORD = re.compile(r"(?<!\w)([^\W\d_]{3,})(\.)?,?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|º|\.)?(?![\d:.,]\d)|"
                       r"(?<![\d.:])(?:[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?([^\W\d_]{3,})")
_WORD_DAY = re.compile(r"(?<![\d.:])(?:[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?(?:(?!)(x)(x))?([^\W\d_]{3,})")


def named_day(text: str) -> bool:
    """A day of the month beside a weekday's or a month's name (any dateparser locale): "Tuesday 8 December", "Lunes 7",
    "3. Dezember". A month's short name before the day counts capitalised or with its dot ("Dec. 3", "Nov 5"): the
    locales' abbreviations are English words too ("out 3 weeks", "now 2"); a word that is neither ("Book 2",
    "chapters 1 to 6") names no day."""
    if not any(c.isdigit() for c in text):
        return False
    from .worddates import month_names  # (lazily: worddates reads dateparser's locales once)
    months, days = month_names(), weekday_names()
    # (each way apart: the word before a day and its dot, "Torget 13.", would take the day from "13. januar")
    for found in (*_DAY_WORD.finditer(text), *_WORD_DAY.finditer(text)):
        word = found.group(1) or found.group(3)
        if _weekday_word(word, days):
            return True
        if word.casefold() in months and (found.group(3) or found.group(2) or len(word) >= 5 or word[:1].isupper()):
            return True
    return False


# the label of the group's next meeting, the date after it: en de fr es pt it nl sv da/nb fi pl cs ru uk tr; up to two
# words may stand before the noun ("Next book club meeting:"), the noun may be the club's own (a reading circle:
# "Nästa bokcirkel:", "Nächster Lesekreis:"), and "Next up:" labels the next date alone
_NEXT_MEETING = re.compile(
    r"(?<!\w)(?:next\s+up\s*:|next\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|get-together|gathering|meet-?up|"
    r"discussion|club|circle|group)|"
    r"n[äa]chste[srn]?\s+(?:\w+\s+)?(?:treffen|termin|sitzung|lesekreis|lesezirkel|leserunde|buchclub)|"
    r"prochaine?\s+(?:séance|réunion|rencontre|rendez-vous|club)|"
    r"pr[óo]xim[oa]\s+(?:reuni[óo]n|sesi[óo]n|encuentro|cita|encontro|reunião|sessão|club|clube|tertulia)|"
    r"prossim[oa]\s+(?:incontro|riunione|appuntamento|circolo|club)|"
    r"volgende\s+(?:bijeenkomst|sessie|keer|leesclub|leeskring|boekenclub)|"
    r"nästa\s+(?:träff|möte|gång|bokcirkel|läsecirkel|bokklubb)|næste\s+(?:møde|træf|gang|læsekreds|bogklub)|"
    r"neste\s+(?:møte|treff|gang|lesesirkel|bokklubb)|"
    r"seuraava\s+(?:tapaaminen|kokoontuminen|kerta|lukupiiri)|następne\s+spotkanie|najbliższe\s+spotkanie|"
    r"příští\s+(?:setkání|schůzka)|следующ\w+\s+(?:встреча|заседание)|наступн\w+\s+зустріч|"
    r"(?:bir\s+)?sonraki\s+(?:buluşma|toplantı))\W{0,3}(?P<rest>.{0,30})", re.I)


def _scheduled(text: str) -> bool:
    """In place of the bid to come, the notice's schedule: a clock time, and the next meeting's date under its label
    ("The advisory board meets every other Thursday at 4:30. Next meeting: December 3."). A review's line about its
    club ("our book club discussed it on Tuesday, 3 November at 7pm", "meets on Tuesday at 7pm") labels no next
    meeting."""
    if not any(c.isdigit() for c in text):
        return False
    label = _NEXT_MEETING.search(text)
    if label is None or not named_day(label.group("rest")):
        return False
    from .eventline import CLOCK, CLOCK_LED  # (lazily: eventline imports this module)
    return bool(CLOCK.search(text) or CLOCK_LED.search(text))
