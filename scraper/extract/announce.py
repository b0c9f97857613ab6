"""What marks a post as a tour stop's, a reveal's, an event's or a read-along's announcement, by its sections.

- headings of a tour stop or a reveal: an extract, a giveaway, the tour's schedule, a pre-order (in our languages);
- a schedule, counted as one of those sections: three list items each led by a day and a month that name a stop or
  a place before what happens there ("4.3. Lukupino — interview"), a clock time's range ("14.00–16.30",
  "21:00〜22:30"), or a read-along's parts (list items in a row, each a range that starts after the one before ends:
  "Week 2: chapters 7–13");
- an appointment: a day of the month with its month (a word or a figure, either order, no year between) and a clock
  time a few words after it, "Thursday 11 December, from 18:30", "le 3 mars à 19h30", "12月14日（土）21:00": a meeting's
  notice (a post's own timestamp carries its year: "28 Nov 2026 11:42");
- a reading club's own post: its title names the club ("Book club: …", "Leesclub", "Lesekreis", "club de lecture",
  "lukupiiri", "読書会"), so a book it names only in its text is the club's pick for a meeting, not one reviewer's;
- where the replies under a post start: a heading that counts them ("## Comments (12)"), whose scores are others'.

Pure functions over the cleaned Markdown lines; classify.body_signals reads them.
"""

from __future__ import annotations

import re

from .words import count_words

# A giveaway, a draw of copies among readers, in the languages whose word for it is not the English one (the words
# that mean a draw, a lot or a prize game, not a bare "contest" that a literary prize is too): el "κλήρωση" ("κληρώνουμε",
# we draw; not "κληρονομιά", an inheritance), ru "розыгрыш", uk "розіграш", pl "rozdanie", cs/sk "soutěž"/"súťaž", tr
# "çekiliş", he "הגרלה", ar "مسابقة", fa "قرعه‌کشی", sv "utlottning", da "lodtrækning", fi "arvonta", hu
# "nyereményjáték", ro "concurs" (not pt-PT "passatempo", a pastime too)
GIVEAWAY = (r"κλ[ηή]ρ[ωώ][σν]\w*|розыгрыш\w*|розіграш\w*|rozdani[ea]|soutěž\w*|súťaž\w*|çekiliş\w*|[וה]?הגרל\w*|"
            r"(?:ال)?مسابق\w*|قرعه[\u200c\s]?کشی|utlottning\w*|bortlottning\w*|lodtrækning\w*|bortlodning\w*|arvon(?:ta|nan|taan)\w*|"
            r"nyereményjáték\w*|concurs\w*")
# Section headings that blog-tour stops, cover reveals and giveaways carry, in our languages.
# (the words for an excerpt, a book's pages printed ahead of it: excerptpost reads them in a headline too)
EXTRACT = r"excerpt|extract|auszug|leseprobe|extrait|extracto|fragmento|estratto|uittreksel|fragment"
PROMO_HEADING = re.compile(
    rf"\b({EXTRACT}|giveaway|gewinnspiel|"
    r"sorteo|concours|jeu-concours|concorso|sorteio|winactie|tour (schedule|stops|dates)|blog tour|cover reveal|"
    rf"pre-?orders?|vorbestell\w*|pr[ée]commande\w*|preventa|preordin\w*|pré-venda|{GIVEAWAY})\b",
    re.I,
)
_GIVEAWAY = re.compile(rf"\b(?:{GIVEAWAY})\b", re.I)


# The title tells the reader to win something, or says what is to be won: "Win a signed copy of …", el "κερδίστε",
# "3 Exemplare zu gewinnen", "gagnez", "à gagner", pl "wygraj", ru "выиграйте", uk "виграйте", tr "kazanın", id
# "menangkan", nl "te winnen", it "in palio", ar "اربح", fa "برنده شوید", hi "जीतें" (the forms that are no statement:
# not "wins", "won", "gewinnt", "κέρδισε", which a prize's news uses)
_WIN = re.compile(r"\bwin\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:cop(?:y|ies)|books?|sets?|bundles?)\b|"
                  r"(?<!\w)(?:κερδίστε|gagnez|remportez|wygraj(?:cie)?|выиграйте|выиграй|виграйте|виграй|kazanın|menangkan|"
                  r"اربح(?:وا)?|برنده\s+(?:شوید|شو)|जीतें)(?!\w)|\bzu\s+gewinnen\b|\bgewinnen\s+sie\b|\bà\s+gagner\b|"
                  r"\bte\s+winnen\b|\bin\s+palio\b", re.I)


# A cover revealed, in the languages classify.ANNOUNCE_TITLE does not hold (en, es, fr, de, it, pt, nl, ja, zh, ko, th are
# there): a publisher's or a blog's reveal of a new book's or edition's cover: vi "Hé lộ bìa", "công bố bìa"; id/ms
# "pengungkapan sampul", "intip sampul"; pl "odsłona okładki", "prezentacja okładki"; cs/sk "odhalení obálky"; ru/uk/bg
# "представляем обложку", "презентація обкладинки", "разкриване на корицата"; tr "kapak tasarımı açıklandı", "kapak
# tanıtımı"; el "αποκάλυψη εξωφύλλου"; hu "borítóleleplezés"; ro "dezvăluirea copertei"; sv/da/no "omslagsavslöjande",
# "omslagsafsløring"; fi "kansipaljastus"; ar "الكشف عن غلاف"; he "חשיפת כריכה"; fa "رونمایی از جلد"; hi "कवर का अनावरण"
_REVEAL = re.compile(
    r"(?<!\w)(?:(?:hé\s+lộ|công\s+bố|lộ\s+diện|ra\s+mắt)\s+(?:trang\s+)?bìa|(?:pengungkapan|intip|bocoran)\s+sampul|"
    r"(?:odsłon\w*|prezentacj\w+|premiera)\s+okładki|poznajcie\s+okładkę|odhalen[íi]\s+ob[áa]lky|"
    r"(?:представляем|представляємо|раскрываем|показываем)\s+обложк\w*|(?:презентація|презентация|раскрытие|разкриване\s+на)\s+(?:обкладинки|обложки|корицата)|"
    r"kapa(?:k|ğı)\s+(?:tasarımı\s+)?(?:açıklandı|belli\s+oldu|tanıtımı)|αποκάλυψη\s+(?:του\s+)?εξωφύλλου|"
    r"borító\s*(?:leleplezés|bemutató)\w*|dezvăluirea\s+copertei|coperta\s+dezvăluită|"
    r"omslags?(?:avslöjande|afsløring|avsløring)|kansipaljastus|الكشف\s+عن\s+(?:ال)?غلاف|חשיפת\s+(?:ה)?כריכה|رونمایی\s+از\s+جلد|"
    r"कवर\s+(?:का\s+)?(?:अनावरण|रिवील))(?!\w)",
    re.I,
)


# A cover shown, the title's "here is" before the cover ("Here's the cover of T", "Meet the cover"): en "here is/this
# is/meet the cover", da/no "her er omslaget/forsiden", sv "här är omslaget", de "hier/das ist das Cover", nl "hier/dit
# is de cover/het omslag", fr "voici la couverture", es "aquí está/esta es la portada", it "ecco la copertina", pt "eis/
# aqui está/esta é/conheça a capa", pl "oto okładka", cs "tady je/toto je obálka", fi "tässä (on) kansi", hu "itt/íme a
# borító", ro "iată coperta", el "ιδού το εξώφυλλο", ru "вот обложка", tr "işte kapak", id "inilah sampul"
_SHOWN = re.compile(
    r"(?<!\w)(?:(?:here(?:'s|’s|\s+is)|this\s+is|meet)\s+the\s+(?:new\s+)?cover|"
    r"(?:her|här)\s+er\s+(?:omslaget|forsiden)|här\s+är\s+omslaget|(?:hier|das)\s+ist\s+das\s+(?:neue\s+)?cover|"
    r"(?:hier|dit)\s+is\s+(?:de\s+cover|het\s+omslag)|voici\s+la\s+(?:nouvelle\s+)?couverture|"
    r"(?:aquí\s+está|esta\s+es)\s+la\s+portada|ecco\s+la\s+copertina|"
    r"(?:eis|aqui\s+está|esta\s+é|conhe[çc]am?)\s+a\s+capa|oto\s+okładka|(?:tady|toto)\s+je\s+obálka|"
    r"tässä(?:\s+on)?\s+kansi|(?:itt|íme)\s+a\s+borító|iată\s+coperta|"
    r"ιδού\s+το\s+εξώφυλλο|вот\s+обложка|işte\s+kapa(?:k|ğı)|inilah\s+sampul)(?!\w)"
    # ... then the title's end, a stop, a quote, a capital or figure (the book's title) or a word for "of"/"for"; not
    # a lower-case word nor "I", that makes it a remark about the cover ("Meet the cover girl", "Here is the cover that
    # sold me", "Here is the cover I fell for": a review's title)
    r"(?=\s*(?:$|[^\w\s]|(?-i:(?!I\s)[A-ZÀ-ÞĀ-ŽА-ЯЁΑ-Ω\d])|"
    r"(?:of|for|to|from|de|du|des|d|di|del|della|van|voor|von|für|vom|för|till|af|til|do|da|dla|od|z|ze|için|для|от|"
    r"του|της|untuk|dari)(?!\w)))",
    re.I,
)


# "New cover" as a headline's label, a part of its own before a colon, dash or bar ("New cover: T", "Jalada jipya: T"):
# en, es, fr, de, it, pt, nl, pl, cs, ru/uk, tr, id/ms, sw, vi, fi, sv/da/no; in the headline's own words ("the new
# cover does the book justice") it is a review's remark
_NEW_COVER = re.compile(
    r"(?:the\s+)?new\s+cover|nueva\s+portada|nouvelle\s+couverture|neues\s+cover|nuova\s+copertina|nova\s+capa|"
    r"nieuwe\s+cover|nieuw\s+omslag|nowa\s+okładka|nová\s+obálka|новая\s+обложка|нова\s+обкладинка|yeni\s+kapak|"
    r"sampul\s+baru|kulit\s+baru|jalada\s+jipya|bìa\s+mới|uusi\s+kansi|nytt\s+omslag|ny\s+forside", re.I)
_LABEL_SPLIT = re.compile(r"\s*[:：|]\s*|\s+[–—-]\s+")


def reveal(title: str) -> bool:
    """The title reveals a book's cover in one of the languages _REVEAL holds, or shows it ("here is the cover":
    _SHOWN), or a part of it before the last is the label "new cover" (_NEW_COVER)."""
    parts = _LABEL_SPLIT.split(title.strip())
    # (a label heads what it labels, a title or a name; a part that goes on in lower case, "The new cover — and the old
    # magic: T", continues the headline's own words)
    return bool(_REVEAL.search(title) or _SHOWN.search(title)
                or any(_NEW_COVER.fullmatch(part.strip(" !.")) and not nxt.lstrip("\"'“‘«„¡¿")[:1].islower()
                       for part, nxt in zip(parts, parts[1:])))


def giveaway(title: str) -> bool:
    """The title names a giveaway in one of the languages GIVEAWAY holds (classify.ANNOUNCE_TITLE has the others), or
    tells the reader to win a copy (_WIN)."""
    return bool(_GIVEAWAY.search(title) or _WIN.search(title))
ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
# a list item led by a day and month in figures ("4.3.", "04/03", "3-12") or a day and a month's word, then a name, a
# dash or a colon, and what happens there: a tour's stops, an event's programme
_DATED_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+(?:\*\*)?(?:\d{1,2}[./-]\d{1,2}\.?|\d{1,2}\.?\s+[^\W\d]{3,12}\.?)(?:\*\*)?\s+"
                         r"[^—–:|]{2,60}?\s*[—–:|]\s*\S")
# a clock time's range, "14.00–16.30", "19:00 - 21:00", "21:00〜22:30" (a score "4.5–5" has one figure before its point)
_TIME_RANGE = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[–—~〜～-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.:])")
# a piece of every match of _TIME_RANGE, opening with a character class: the engine scans for the class in C rather than
# trying the range's lookbehind and hours at every position of a post (0.25 ms a page)
_TIME_RANGE_HINT = re.compile(r"[.:][0-5]\d\s*[–—~〜～-]")
# a heading that counts what follows it: "## Comments (12)", "## Bewerbungen (146)": others' replies
_COUNTED_HEADING = re.compile(r"^#{1,6}\s+[^\W\d][^()\n]{0,40}?\s*\(\d+\)\s*$")
_RANGE = re.compile(r"(\d{1,4})\s*[–—-]\s*(\d{1,4})")
# a day of the month (1-31) with a month's word or figure, in either order ("11 de marzo", "March 11th", "11.3.",
# "3月11日"; a word before the day is capitalised as a month's is: "chapter 12" is none); then, with no figure between (a year would be one), a clock time: 18:30, "18.30 Uhr", "18h30", "7 pm"
_DAY = r"(?<![\d:.])(?:[1-9]|[12]\d|3[01])"
_APPOINTMENT = re.compile(
    rf"(?:{_DAY}\.?\s+(?:de\s+)?[^\W\d_]{{3,12}}\.?|\b(?-i:[A-ZÀ-Þ])[^\W\d_]{{2,11}}\.?\s+{_DAY}(?:st|nd|rd|th)?\b|{_DAY}[./]\d{{1,2}}\b\.?|"
    rf"\d{{1,2}}月{_DAY}日)[^\d\n]{{0,25}}?"
    r"(?:(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|(?<![\d.:])(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:h|ч|uur|Uhr|u|น)(?!\w)|"
    # (French papers space the "h": "10 h 30"; a whole hour after "à", "dès": "à 18 h", "dès 9h")
    r"\b\d{1,2}\s?h\s?\d{2}\b|\b(?:à|dès)\s+(?:[01]?\d|2[0-3])\s?h(?!\w)|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|"
    # (a whole hour with its word for o'clock: "19 Uhr", "20 uur")
    r"(?<![\d.:])(?:[01]?\d|2[0-3])\s*(?:Uhr|uur)(?!\w))",
    re.I,
)
# a reading club, in our languages (Dutch, German and the Nordic languages make one word of it and what follows it:
# "Leesclubverslag", "Lesekreistreffen", "bokklubbmøte"; the Finnish "lukupiiri" takes its case endings)
CLUB = re.compile(
    r"\b(?:book\s?clubs?|reading\s+(?:club|group|circle)s?|leesclub\w*|leeskring\w*|lesekreis\w*|lesezirkel\w*|buchclub\w*|"
    # (French papers write "club lecture", "club de lectures", "club des lecteurs"; it "club di lettura"; not a "café
    # lecture", which is as often a blog's or a rubric's name: "[café-lecture] T, de A")
    r"club\s+(?:(?:de\s+|d[eu]s?\s+|-\s*)?lectures?|des\s+lecteurs|de\s+lectura|del\s+libro|de\s+leitura|do\s+livro|di\s+lettura)|clube\s+(?:de\s+leitura|do\s+livro)|"
    r"(?:circolo|gruppo)\s+di\s+lettura|c[íi]rculos?\s+de\s+(?:lectura|leitura|lectores|leitores)|cercles?\s+de\s+lecture|bokklubb\w*|bokcirkel\w*|läsecirkel\w*|bogklub\w*|lukupiiri\w*|"
    # (the Nordic reading clubs and circles: da "læseklub", "læsekreds", no "leseklubb", "lesesirkel", sv "läsklubb")
    r"l[æe]se(?:klub|kreds|sirkel)\w*|leseklubb\w*|läsklubb\w*|lukuklubi\w*|"
    r"(?:dyskusyjn\w+\s+)?klub\w*\s+książki|čtenářsk\w+\s+klub\w*|книжн\w+\s+клуб\w*|kitap\s+kulübü\w*|"
    # (uk "книжковий клуб", id/ms "klub buku", vi "câu lạc bộ sách/đọc sách", hu "olvasókör", tr "okuma grubu",
    # el "λέσχη ανάγνωσης/βιβλίου")
    r"книжков\w+\s+клуб\w*|читацьк\w+\s+клуб\w*|klub\s+(?:buku|baca)|câu\s+lạc\s+bộ\s+(?:sách|đọc\s+sách)|olvasókör\w*|"
    r"könyvklub\w*|okuma\s+(?:grubu|kulübü)\w*|λέσχη\s+(?:ανάγνωσης|βιβλίου))|"
    # (the scripts written without spaces or with vowel signs that break a word boundary: zh, ja, ko, th "ชมรมหนังสือ",
    # "ชมรมรักการอ่าน", "ชมรมการอ่าน"; ar "نادي الكتاب/القراءة"; he "מועדון קריאה/ספר"; fa "باشگاه کتاب(خوانی)";
    # hi "पुस्तक क्लब"; ka "წიგნის კლუბი")
    r"读书会|讀書會|読書会|독서\s?모임|북클럽|ブッククラブ|ชมรม(?:หนังสือ|รักการอ่าน|การอ่าน|คนรักหนังสือ)|บุ๊คคลับ|"
    r"نادي\s+(?:ال)?(?:كتاب|قراءة|القراء)|מועדון\s+(?:ה)?(?:קריאה|ספר|ספרים)|باشگاه\s+کتاب|पुस्तक\s+क्लब|"
    r"წიგნის\s+კლუბ",
    re.I,
)
_CLOCK_HINT = re.compile(r"\d(?:[:.h]\d|\s?h(?:\s?\d|(?!\w))|\s*[ap]\.?m\b|\s*(?:uhr|uur)\b)", re.I)  # (\d[:.h]\d|\d\s*[ap]\.?m\b with its digit first: scanned for)


def _parts_schedule(lines: list[str]) -> bool:
    """A read-along's schedule: three or more list items in a row, each a short range that starts after the one before
    ends ("Part 1: chapters 1–7", "chapters 8–15" …): the book cut into parts to be read together."""
    run, last = 0, None
    for line in lines:
        found = _RANGE.search(line) if ITEM.match(line) and count_words(line) <= 10 else None
        start, end = (int(found.group(1)), int(found.group(2))) if found else (0, 0)
        if found and start < end and (last is None or start > last):
            run, last = run + 1, end
            if run >= 3:
                return True
        else:
            run, last = 0, None
    return False


def schedules(lines: list[str], markdown: str) -> int:
    """How many kinds of schedule the post holds (0-3): dated stops, a clock time's range, a read-along's parts."""
    dated = sum(1 for line in lines if _DATED_ITEM.match(line))
    return (dated >= 3) + bool(_TIME_RANGE_HINT.search(markdown) and _TIME_RANGE.search(markdown)) + _parts_schedule(lines)


# The actions a giveaway asks of its entrants, in our languages: follow the account, share or repost the post (not "like": "I like it"),
# comment under it, tag a friend, subscribe (the verbs, or their nouns, as an entry step writes them)
_ENTRY_ACTION = re.compile(
    r"\b(?:follow|share|repost|retweet|comment|tag|subscribe|seguir|sigue|siga|segue|segui|comparte|compartir|compartilhe|"
    r"partilhe|comenta|comente|commenta|condividi|tagga|etiqueta|marque|menciona|suivez|suivre|partage[rz]?|commente[rz]?|"
    r"identifie[rz]?|abonne[rz]?|folge|folgt|teile|teilt|kommentiere|markiere|abonniere|volg|deel|reageer|obserwuj|"
    r"udostępnij|skomentuj|oznacz|подпиш\w+|поделит\w+|репост\w*|отметь\w*|takip|paylaş\w*|yorum|etiketle|ikuti|bagikan|"
    r"komentar|theo\s+dõi|chia\s+sẻ|bình\s+luận|"
    # el "ακολουθήστε", "κοινοποιήστε", "σχολιάστε"/"στα σχόλια"; sv/no/da "följ", "følg", "dela", "kommentera", "tagga";
    # cs/sk "sledujte", "sdílejte", "zdieľajte"; hu "kövesd", "kommentelj"; ro "urmărește", "distribuie", "comentează"
    r"ακολουθ\w+|κοινοποι\w+|σχολι\w+|μοιραστ\w+|följ|følg|dela|kommentera|kommenter|tagga|sleduj\w*|sdílej\w*|"
    r"zdieľaj\w*|komentuj\w*|kövesd|kommentelj|urmăre[sș]te|distribuie|comenteaz[aă])\b|"
    # fa "دنبال کنید", "فالو", "کامنت"
    r"دنبال\s+کنید|فالو|کامنت|"
    r"ติดตาม|แชร์|คอมเมนต์|กดไลก์|แท็ก|フォロー|リツイート|リポスト|シェア|コメント|いいね|关注|關注|转发|轉發|评论|評論|留言|点赞|按讚|"
    r"팔로우|공유|댓글|좋아요|(?<!\w)(?:تابع|شارك|علّق|علق)\w*|(?<!\w)(?:עקבו|שתפו|הגיבו|תגיבו|תייגו)|फॉलो|शेयर|कमेंट",
    re.I,
)


def entry_steps(lines: list[str]) -> bool:
    """A giveaway's entry steps: a list of two to six short items (a line's length, in any script) in a row, two or more of which ask the reader to
    follow, share, comment, tag or subscribe ("1. Follow @shop 2. Comment below 3. Share the post"): how to enter a draw.
    A review's list (its pros, its read-alikes) asks nothing of its reader."""
    run: list[str] = []
    for line in [*lines, ""]:
        if ITEM.match(line):
            run.append(line)
            continue
        if 2 <= len(run) <= 6 and all(len(item) <= 160 for item in run) \
                and sum(1 for item in run if _ENTRY_ACTION.search(item)) >= 2:
            return True
        run = []
    return False


# A reply's subject line, as mail and forum engines head one: "Re: <the topic>", "RE:", "Re[2]:", "AW:" (de), "SV:" (sv,
# da, no), "VS:" (fi), "Odp:" (pl), "Ynt:" (tr), "Antw:" (nl), "Rif:" (it), "Res:" (pt), "Ответ:" (ru): the reply's own
# subject, opening its line (after a table's bar or bold marks)
_REPLY_SUBJECT = re.compile(r"^[|*_#>\s]*(?:re(?:\[\d+\])?|aw|sv|vs|odp|ynt|antw|rif|res|ответ|відповідь)\s?:\s+\S", re.I)


def replies_start(lines: list[str]) -> int | None:
    """The index of the first heading that counts the replies under it ("## Comments (12)"), or of the first of two
    lines or more headed by a reply's subject ("Re: Novels set on islands?"), or None."""
    counted = next((n for n, line in enumerate(lines) if line.startswith("#") and _COUNTED_HEADING.match(line)), None)
    if counted is not None:
        return counted
    replies = reply_subjects(lines)
    return replies[0] if len(replies) >= 2 else None


def reply_subjects(lines: list[str]) -> list[int]:
    """The indexes of the lines headed by a reply's subject ("Re: …"): two or more are a thread's replies."""
    # (a plain test first: a colon in a line's first characters, before the pattern)
    return [n for n, line in enumerate(lines) if ":" in line[:24] and _REPLY_SUBJECT.match(line)]


def appointment(markdown: str) -> bool:
    """The post gives a meeting's day and hour: "on Thursday 11 December at 18:30"."""
    # (every clock time has a colon, a point or an h between figures, or am/pm after one: other posts are not scanned)
    return bool(_CLOCK_HINT.search(markdown)) and bool(_APPOINTMENT.search(markdown))


# a day of the month and its month's name with no year after it ("25 november", "on March 3rd", "le 27 janvier"):
# a meeting's day, where a post's own dateline carries its year
_DAY_MONTH = (re.compile(rf"{_DAY}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([^\W\d_]{{3,12}})(?![\w\s,.]{{0,3}}\d)"),
              re.compile(rf"(?<![^\W\d_])([^\W\d_]{{3,12}})\s+{_DAY}(?:st|nd|rd|th)?\b(?![\s,.]{{0,3}}\d)"))


def meeting_days(markdown: str) -> int:
    """How many distinct days of a month, each with its month's name and no year, the post gives (a club's meeting
    held and its next one); the names are the months' of every dateparser locale (worddates)."""
    from .worddates import month_names  # (dateparser's locales: read once, when a club's post asks)
    months = month_names()
    return len({found.group(0).casefold() for pattern in _DAY_MONTH for found in pattern.finditer(markdown)
                if found.group(1).casefold() in months})


def club(title: str) -> bool:
    """The title names a reading club: the post is the club's (its meeting's notice or report)."""
    return bool(CLUB.search(title))
