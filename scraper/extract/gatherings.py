"""A meeting's notice or report, told from a review: what a reader sees at a glance.

- a title that names a meeting and its month or year ("Träffen i november: …", "December 2026 session", "Réunion de
  mars", "جلسة ديسمبر 2026", "3月の例会"): a club's or a group's meeting, whatever book it read;
- a when-and-where block: two labelled lines close together, one labelled with the place ("Venue:", "Ort:",
  "المكان:", "場所：") and one with the time ("When:", "Datum:", "الموعد:", "日時：") whose value gives a day or an hour
  (a figure of one or two digits: a bare year is a book's record): a notice of a meeting or an event;
- a score called an average ("the average came out at 4.1 of 5", "Snittet blev …", "متوسط تقييم الحاضرين"): a
  group's or other readers' figure, not the writer's own verdict;
- the club rules that were classify's: a reading club's post (its title names the club, announce.club) that gives a
  meeting's day and hour or its meetings' days, or names its book only in its text, unrated; a meeting's day and
  hour with no verdict.

Each test is a plain character or set test before any pattern: a title holds a meeting's word, a line's first colon
comes within a label's length, a score line holds an average's word. classify.classify asks judge().
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from . import announce, festivalsite
from .casefold import bare, guarded

# A meeting, session or gathering of a group, in our languages, as a title names one (a word, not a phrase: with a
# month or a year beside it). Not "event", "launch", "fair" (classify.EVENT_TITLE has them).
MEETING = guarded(re.compile(
    r"(?<!\w)(?:meetings?|meet-?ups?|sessions?|träff(?:en|ar|arna)?|möte(?:t|n)?|treff(?:et)?|møte(?:t)?|møde(?:t)?|"
    r"treffen|sitzung|zusammenkunft|bijeenkomst|r[ée]union|reuni[óo]n|encuentro|sesi[óo]n|riunione|sessione|reuni[ãa]o|"
    r"encontro|sess[ãa]o|spotkani\w*|setkání|schůzk\w*|stretnuti\w*|встреч\w*|заседани\w*|зустріч\w*|засідан\w*|buluşma|toplantı|"
    r"oturum|tapaaminen|kokoontuminen|találkozó|întâlnire|συνάντηση|pertemuan|kopdar|buổi\s+gặp|buổi\s+họp|"
    r"جلسة|لقاء|اجتماع|جلسه|نشست|دورهمی|מפגש|बैठक|შეხვედრა)(?!\w)|例会|例會|会合|聚会|聚會|모임|정모|การพบปะ",
    re.I,
))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CJK_MONTH = re.compile(r"(?<!\d)(?:1[0-2]|0?[1-9])\s*[月월]")  # ja/zh "11月", ko "11월"
_WORD = re.compile(r"[^\W\d_]{3,}")

# The labels of a notice's place and time, casefolded, in our languages (a label is the whole text before the colon).
_PLACE_LABELS = frozenset((
    "place", "venue", "location", "where", "ort", "veranstaltungsort", "treffpunkt", "lieu", "lugar", "luogo", "sede",
    "local", "plaats", "locatie", "plats", "sted", "miejsce", "místo", "miesto", "место", "місце", "yer", "mekan",
    "paikka", "helyszín", "locul", "locație", "τόπος", "τοποθεσία", "χώρος", "tempat", "lokasi", "địa điểm",
    "المكان", "مكان", "مکان", "محل", "מקום", "स्थान", "जगह", "場所", "会場", "地点", "地點", "장소", "สถานที่",
    "ადგილი", "ადგილმდებარეობა",
    # (km, lo, my, si, ta, bn)
    "ទីកន្លែង", "ទីតាំង", "ສະຖານທີ່", "နေရာ", "ස්ථානය", "இடம்", "স্থান"))
_TIME_LABELS = frozenset((
    "when", "date", "time", "date and time", "date & time", "day", "datum", "zeit", "wann", "termin", "tid", "tidspunkt",
    "dato", "heure", "quand", "fecha", "hora", "cuándo", "data", "ora", "quando", "tijd", "wanneer", "czas", "kiedy",
    "kdy", "čas", "termín", "kedy", "дата", "время", "когда", "коли", "час", "tarih", "saat", "zaman", "aika",
    "ajankohta", "időpont", "dátum", "ημερομηνία", "ώρα", "πότε", "waktu", "tanggal", "hari", "jam", "thời gian",
    "ngày", "الموعد", "موعد", "الوقت", "التاريخ", "الزمان", "زمان", "تاریخ", "ساعت", "מתי", "תאריך", "שעה", "दिनांक",
    "समय", "तारीख", "日時", "日程", "时间", "時間", "日期", "일시", "시간", "날짜", "วันที่", "เวลา", "თარიღი", "დრო",
    "កាលបរិច្ឆេទ", "ម៉ោង", "ពេលវេលា", "ວັນທີ", "ເວລາ", "ရက်စွဲ", "အချိန်", "දිනය", "වේලාව", "தேதி", "நேரம்", "তারিখ", "সময়"))
_DAY_OR_HOUR = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def _label(line: str) -> str | None:
    """The label of a short labelled line ("**Venue:** …", "المكان: …"), casefolded, or None."""
    if len(line) > 160:
        return None
    # (the colon, the full-width one, and Khmer's own, the camnuc pii kuuh "៖")
    cut = min((n for n in (line.find(":", 0, 40), line.find("：", 0, 40), line.find("៖", 0, 40)) if n > 0), default=-1)
    if cut < 0:
        return None
    return line[:cut].strip(" *_#>-•").strip().casefold() or None


def when_where(lines: list[str]) -> bool:
    """A place's labelled line and a time's labelled line within three lines of each other, the time's value giving a
    day or an hour (one or two digits, in any script's digits)."""
    places, times = [], []
    for n, line in enumerate(lines):
        label = _label(line)
        if label is None:
            continue
        if label in _PLACE_LABELS:
            places.append(n)
        elif label in _TIME_LABELS and _DAY_OR_HOUR.search(line[len(label):]):
            times.append(n)
    return any(abs(p - t) <= 3 for p in places for t in times)


def meeting_title(title: str) -> bool:
    """The title names a meeting and gives its month (a month's name of any dateparser locale) or its year."""
    return bool(MEETING.search(title)) and dated(title)


def club_month(title: str) -> bool:
    """The title names a reading club and a month or a year ("Lesekreis im Januar: …", "Book club, March 2027: …",
    "読書会 11月"): the club's meeting of that month, its notice or report, like a meeting's title; not when the title
    calls the post a review ("Buchclub im März: meine Rezension")."""
    if not announce.club(title) or not dated(title):
        return False
    from .reviewwords import REVIEW_TERMS  # (a title that calls the post a review is a member's review: "…: my review")
    return not REVIEW_TERMS.search(title)


def dated(title: str) -> bool:
    """The title gives a month (a month's name of any dateparser locale) or a year."""
    if _YEAR.search(title) or _CJK_MONTH.search(title):
        return True
    from .worddates import MARKED_WORD, marked_month_names, month_names  # (read once, when a title names a meeting)
    months = month_names()
    # (a month's name in another case: pl "w październiku", ru "в апреле" beside "апрель", "апреля")
    if any(word in months or len(word) >= 5 and (word[:-1] in months or word[:-1] in _stems(months))
           for word in map(str.casefold, _WORD.findall(title))):
        return True
    # (a month written with marks on its letters, which _WORD cuts apart: hi "नवंबर की बैठक", bn, ta)
    return any(word.casefold() in marked_month_names() for word in MARKED_WORD.findall(title))


_STEMS: dict[int, frozenset[str]] = {}


def _stems(months: frozenset[str]) -> frozenset[str]:
    """The months' names of five letters or more, their last letter cut (made once)."""
    if id(months) not in _STEMS:
        _STEMS[id(months)] = frozenset(name[:-1] for name in months if len(name) >= 5)
    return _STEMS[id(months)]


# A score called an average, in our languages: the group's or other readers' figure ("average", "snittet",
# "Durchschnitt", "moyenne", "średnia", "среднее", "متوسط", "میانگین", "औसत", "平均", "평균", "เฉลี่ย", "rata-rata", tk "ortaça",
# sw "wastani")
_AVERAGE = guarded(re.compile(
    r"(?<!\w)(?:average|avg|mean\s+score|snitt(?:et)?|genomsnitt\w*|gjennomsnitt\w*|gennemsnit\w*|durchschnitt\w*|"
    r"schnitt|moyenne|promedio|(?:la|una|di|in|de|nota|a)\s+m[ée]dia|gemiddeld\w*|średni\w*|průměr\w*|priemer\w*|средн\w+|середн\w+|ortalama\w*|"
    r"keskiarvo\w*|átlag\w*|μέσος\s+όρος|μέση|متوسط|معدل|میانگین|ממוצע|औसत|trung\s+bình|rata-rata|purata|"
    r"საშუალო|"
    # (tk, uz, kk, ky, tt/ba, sw, lt, lv, et, ro, is, sq, hy, mn, hr/bs/sr, sl, am)
    r"ortaça|o['’ʻ]rtacha|ўртача|орташа|орточо|уртача|wastani|vidurk\w*|vidēj\w*|keskmi\w*|meðaltal\w*|mesatar\w*|"
    r"միջին|дундаж|prosje[čk]\w*|prose[čk]\w*|просе[чк]\w*|povprečj\w*|አማካይ)(?!\w)|平均|均分|평균|เฉลี่ย",
    re.I,
))


def averaged(scored: list[str]) -> int:
    """How many of the score lines call their score an average."""
    return sum(1 for line in scored if _AVERAGE.search(line))


_CLUB_BARE: list = []


def club_address(url: str | None) -> bool:
    """A folder of the post's address names a reading club ("/forum/cirklar/lasecirkeln-i-gavle/…", "/book-club/…"), its
    words split by hyphens, written with or without their accents (a slug drops them). Not the host: a blog's name."""
    folders = [unquote(seg) for seg in urlsplit(url or "").path.split("/") if seg][:-1]
    if not folders:
        return False
    if not _CLUB_BARE:
        _CLUB_BARE.append(re.compile(bare(announce.CLUB.pattern).casefold(), re.I))
    return any(_CLUB_BARE[0].search(bare(re.sub(r"[-_+]", " ", seg)).casefold()) for seg in folders)


def judge(ev, title: str, own_rating: bool) -> tuple[str, str] | None:
    """(kind, reason) for a meeting's or a club's notice or report, or None."""
    if ev.jsonld_review or ev.book_source == "record":
        return None
    named = not (own_rating and ev.book_source in ("title", "jsonld") and ev.book_has_author)  # (a rated review names its book)
    if meeting_title(title) and named:
        return "event", "its title names a meeting and its month or year: a club's or a group's meeting, not a review"
    # (a club's title and a month, with no verdict of the post's own, whatever book it names; a rated one is left to the
    # rating rules: a member's review posted for the club)
    if not own_rating and club_month(title):
        return "event", "its title names a reading club and a month or year, and it gives no verdict: the club's meeting of that month"
    # (not a post that judges its book in its own voice: a review's "Place:/Time:" lines give its story's setting or a
    # reading its writer went to, rev-detover38)
    if not own_rating and when_where(ev.body[0]) and not festivalsite.own_voice(ev):
        return "announcement", "labelled lines give a meeting's place and its day or hour, with no verdict: a notice"
    # (a club's post that gives its next meeting's day and hour, or its meetings' days unrated, is the club's, whatever book its title names)
    if announce.club(title) and (ev.appointment or not own_rating and announce.meeting_days(ev.body[1]) >= 2):
        return "event", "a reading club's post (its title says so) that gives a meeting's day and hour, or its meetings' days: the club's report or notice"
    if ev.appointment and ev.book_source in (None, "body") and not own_rating:
        return "announcement", "gives the day and hour of a meeting and no verdict: a club's or an event's notice"
    # (a club's post, by its title, its address or its opening line, whose one score is the members' average: a meeting)
    if ev.averaged and ev.averaged >= ev.scored_lines and ev.book_source in (None, "body") \
            and (announce.club(title) or club_address(ev.url) or any(meeting_title(line) for line in ev.body[0][:2])):
        return "event", ("a reading club's post (its title or address names the club, or it opens on a meeting and its month)"
                         " whose score is the members' average: a meeting")
    # (a club reads a book together: the one its post names only in the text, unrated, is its meeting's, not a review)
    if ev.book_source in (None, "body") and not own_rating and announce.club(title):  # (or not found: det10)
        return "event", "a reading club's post (its title says so) about a book named only in its text or not found, unrated: a meeting, not a review"
    return festivalsite.judge(ev, own_rating)  # (a festival's or a fair's own site, unrated, no book read: s38)
