"""The shapes a score is written in: a fraction ("4/5", "acht von zehn"), a count of stars ("4 stars", "四星半"), the scale
first ("10 üzerinden 8"), a percentage. Patterns, and two small readers of a line: whose score it gives (another's:
``seller_score``, ``not_the_reviewers``) and the line as rating reads it (``plain_line``); scraper.extract.rating
decides which of them is the reviewer's rating.
"""

from __future__ import annotations

import re

from .casefold import MARKS, by_first_char, first_chars, guarded
from .ratinglooks import EMPTY_STARS, FULL_STARS, HALF
from .ratingwords import CELTIC_STARS_OF, MINE, MINE_CJK, DEN_WORDS, HALF_WORDS, OF_WORDS, OUT_OF_WORDS, STAR_WORDS, CJK_NUMBERS, HALF_BEFORE, KERAIA, NUMBER_WORDS

_WORDS = by_first_char(NUMBER_WORDS)  # (a table of many languages: tried at a place only by its first letter's words)
NUM = rf"(?<![\w/.,{MARKS}])(?P<num>\d{{1,3}}(?:[.,]\d{{1,2}})?(?!\d|[.,]\d)|(?=[{first_chars(_WORDS)}])(?:{_WORDS})(?:(?![\w{MARKS}])|(?=[을를은는이가])|(?=einhalb\b)))"  # (de "viereinhalb": the half written on; first letters first, as in LABEL; a word is its letters and marks)
HALF_SUFFIX = rf"(?P<half>\s*(?:½|\s1/2\b|[\s-]{HALF_WORDS}|{HALF_WORDS}))?"
_OUT_OF = rf"(?:/|{OUT_OF_WORDS}|{OF_WORDS})"
# ig "ise", "iri" (five, ten) a scale only after ig's own "of", "n'ime": toneless yo "ise" is work ("4 ninu ise re", the
# fourth of his works), and no other language's "of" ("3 de ise") leads to them
_IG_DEN = ("ise", "iri")
_DEN_WORDS = "|".join(w for w in DEN_WORDS.split("|") if w not in _IG_DEN)
_DEN = (rf"(?P<den>(?:100|20|10|6|5)(?:[.,]0)?(?![\d/]|[.,]\d)|(?:{_DEN_WORDS})(?:\b|(?<=[{MARKS}])(?![{MARKS}]))|[ει][{KERAIA}](?!\w)|"
        rf"(?<=n['’]ime\s)(?:{'|'.join(_IG_DEN)})\b)")  # (mr "दहा पैकी": a word ending in a vowel sign; el "ι΄")
# a scale of four or three after the stars only after a worded "out of" and closing the score ("2 stars out of 4."),
# never after a slash or before another unit: "4 stars / 3 flames", "3 stars / 4 spice" are two ratings, the heat's
# (the units of a second scale: heat, spice, romance, tears; en, it, fr, es, pt, de, nl, pl, sv, ru, and the emoji)
_SECOND_UNIT = (r"(?:[/⁄]|(?:flames?|spice|spicy|peppers?|chil+ies|chil+is?|hearts?|tissues?|fiamm[ae]|peperoncin[io]|"
                r"cuori|cuore|flammes?|piments?|épices?|cœurs?|coeurs?|llamas?|chiles?|corazon(?:es)?|chamas?|"
                r"pimentas?|pimentinhas?|corações|coração|flammen?|schoten?|herzen?|vlam(?:men)?|pepers?|harten?|"
                r"płomie\w*|papryczk\w*|serduszk\w*|serc\w*|flamm(?:or|a)|hjärt\w*|огон\w*|перц\w*|сердеч\w*|"
                r"сердц\w*)(?!\w)|[🔥🌶❤💖💕😭])")
_STAR_DEN = _DEN.replace("|6|5)", rf"|6|5|(?<![/⁄])(?<![/⁄]\s)(?<![/⁄]\s\s)[34](?!\s*{_SECOND_UNIT}))", 1)
_STAR_WORD = rf"(?:{STAR_WORDS})"
_UNIT_WORD = rf"(?:{_STAR_WORD}|points?|punti|punten|puntos|pontos|pts|punkten|punkte|punktów|punkty|bodů|баллов|балла|балів|бали|pontot)"  # "8/10 points"; "one point off" is no score
# "4.5 out of 5 cups of chai": any unit noun after a worded "out of", when nothing but punctuation follows it
_ANY_UNIT = r"(?:\s+(?!(?:for|from|and|but|because|if|pour|para|per|für|voor|e|y|et|und|en|me|است|هست)\b)[^\W\d_]+(?:\s+(?:of|de|di|du|van|von)\s+[^\W\d_]+)?(?=\s*[.!,;)]?\s*$))"

_CURRENCY = (r"[€$£¥₹₽₺₩₫]|euros?|dollars?|pounds?|francs?|pesos?|reais|rupees?|rubles?|roubles?|рубл\w*|руб|гривен\w*|грн|złotych|zł|"
             r"lir[ae]?|liras?|yen|yuan|forint|lei|kr|kronor|kroner|kč|korun\w*|रुपये|रुपए")
FRACTION = re.compile(rf"{NUM}{HALF_SUFFIX}(?:\s+(?!(?:{_WORDS})\s)[^\W\d_]{{3,}}(?=\s*(?:{OUT_OF_WORDS})\s))?\s*(?P<sep>{_OUT_OF})\s*{_DEN}"
                      rf"(?!\s*(?:{_CURRENCY})(?![^\W\d_]))(?P<unit>\s*{_UNIT_WORD}\b|{_ANY_UNIT})?", re.IGNORECASE)  # (not "8 von 10 Euro": a price)
N_STARS = re.compile(
    # (the half after the stars too: he "ארבעה כוכבים וחצי מתוך חמישה", "three stars and a half")
    # (hi "साढ़े चार सितारे": the half before its number; a star word ending in a vowel sign, which \b cannot end)
    rf"(?:(?P<before>{HALF_BEFORE})\s+)?{NUM}{HALF_SUFFIX}[\s-]*(?:{_STAR_WORD}(?![\w{MARKS}])(?P<after>[\s-]*(?:{HALF_WORDS})\b)?|[{FULL_STARS}]\ufe0f?(?![{FULL_STARS}{EMPTY_STARS}{HALF}]))"
    # (ga/br "réalta as", "steredenn war": ratingwords)
    rf"(?:(?:{CELTIC_STARS_OF}|\s*\(?\s*(?:{_OUT_OF}))\s*{_STAR_DEN}\s*\)?)?", re.IGNORECASE)
# the score on a small scale before the star word ("2½ out of 4 stars", "3/4 stars", "3 von 4 Sternen"): FRACTION
# reads no scale of four, and N_STARS alone would read the scale as the score ("4 stars")
STARS_OF = re.compile(
    rf"{NUM}{HALF_SUFFIX}\s*(?P<sep>{_OUT_OF})\s*(?P<den>[34])(?![\d.,/])\s*{_STAR_WORD}(?![\w{MARKS}])",
    re.IGNORECASE)
STAR_COUNTS = (N_STARS, STARS_OF)  # (rating scans both where a star word or glyph may stand)
# the scale first: ka "ათიდან ცხრა", "10-დან 9" (the ablative), tr "10 üzerinden 8", hi "10 में से 8" or "दस में आठ" (not "2010 में 5"), mr "५ पैकी ४", gu "5 માંથી 4", pa "5 ਵਿੱਚੋਂ 4", bn "১০-এ ৯", "দশে আট", hu "tízből nyolc", "10-ből 8", ko "별 다섯 개 중 네 개", "10점 만점에 8점"
SCALE_FIRST = re.compile(  # (hi/ur "पाँच में से साढ़े चार", "دس میں سے آٹھ", bn "দশে সাড়ে সাত": the half before its number)
    rf"(?:별\s*)?(?<![\d.,/])(?:{_DEN}|(?P<ten>on)(?=\s+üzerinden))(?:\s+(?:üzerinden|में(?:\s+से)?|میں(?:\s+سے)?|এর\s+মধ্যে)|\s*(?:पैकी|માંથી|ਵਿੱਚੋਂ|ਵਿਚੋਂ)|\s+(?:मध्ये|ମଧ୍ୟରୁ)|\u09c7র\s+মধ্যে|\s*-?(?:এ|তে)|\u09c7|-?ből|(?<=ből)|\s*-?დან|(?<=დან)|\s*(?:개\s*중(?:에서?)?|점\s*만점에))\s*"
    rf"(?:(?P<before>{HALF_BEFORE})\s+)?{NUM}{HALF_SUFFIX}"
    r"(?:\s*(?:개|점))?", re.IGNORECASE)
_DRAVIDIAN_CASES = ("ಕ್ಕೆ", "ರಲ್ಲಿ", "ില്", "ിൽ", "ில்")  # (kn dative, locative; ml, ta locative: ratingwords' scale words that end so)
# the scale first with its case written on to it: am "ከአስር ዘጠኝ" (from ten, nine: ከ, "from", before it), ta "ஐந்துக்கு நான்கரை"
# (to five, four and a half: the dative -க்கு after it)
AFFIXED_SCALE = (re.compile(rf"(?<![\w{MARKS}])ከ\s?(?P<den>አምስት|አስር|አሥር|5|10)\s+{NUM}{HALF_SUFFIX}"),
                 re.compile(rf"(?<![\w{MARKS}])(?P<den>ஐந்து|பத்து|5|10)\s*-?க்கு\s+{NUM}(?P<half>)"),
                 # gu "પાંચમાંથી સાડા ચાર" (from among five), ne "पाँचमा चार" (in five): the case on a worded scale, the half before
                 re.compile(rf"(?<![\w{MARKS}])(?P<den>પાંચ|દસ|पाँच|पांच|दस)(?:માંથી|मा(?![\w{MARKS}]))\s+(?:(?P<before>{HALF_BEFORE})\s+)?{NUM}(?P<half>)"),
                 # kn, ml, ta: the scale's case after its digits, written on or apart ("10ಕ್ಕೆ 8", "5ರಲ್ಲಿ 4", to ten, in five;
                 # "5 ൽ 4", "5-ൽ 4"; "5இல் 4", "5-ல் 4"), or on its word ("ಹತ್ತಕ್ಕೆ ಎಂಟು", "ಐದರಲ್ಲಿ ನಾಲ್ಕೂವರೆ", "പത്തിൽ എട്ട്",
                 # "അഞ്ചിൽ നാലര", "ஐந்தில் நான்கு"); not "2015ൽ 4" (a year)
                 re.compile(rf"(?<![\w{MARKS}.,₹$€£])(?P<den>5|10)\s*-?\s*(?:ಕ್ಕೆ|ರಲ್ಲಿ|ರ\s+ಪೈಕಿ|ൽ|ഇൽ|ിൽ|ില്|இல்|ல்)\s+{NUM}{HALF_SUFFIX}"),
                 re.compile(rf"(?<![\w{MARKS}])(?P<den>{'|'.join(w for w, n in NUMBER_WORDS.items() if n in (5, 10) and w.endswith(_DRAVIDIAN_CASES))})\s+{NUM}(?P<half>)"))
AFFIXED_CUES = ("ከ", "க்கு", "માંથી", "मा ", "ಕ್ಕೆ", "ರಲ್ಲಿ", "ಪೈಕಿ", "ൽ", "ില്", "ல்")  # (one of which each AFFIXED_SCALE match holds: rating's gate)
# the star noun before its count, in the languages that put a noun before its number (sw "nyota nne kati ya tano", ig
# "kpakpando anọ n'ime ise", yo "ìràwọ̀ mẹ́rin nínú márùn-ún", tn/st/nso "dinaledi di le nne mo go tse tlhano" with the
# relative "that are", zu "izinkanyezi ezine", ha "taurari", sn "nyeredzi"): a word of the lead, the count the score
NOUN_FIRST_STARS = r"(?:nyota|kpakpando|ìràwọ̀|irawo|dinaledi(?:\s+(?:di\s+le|tse))?|izinkanyezi|iinkwenkwezi|taurari|nyeredzi)\s+"
# a word and a colon opening a line; a short word with its vowel signs (which \w leaves out: hi "हमारी"); the star noun
# of a language that writes it before its count
LEAD_WORD = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+\s*[:：]\s*(?:{NOUN_FIRST_STARS})?", re.IGNORECASE)
LINE_WORD = re.compile(rf"[*_\s]*(?:[^\W\d_]|[{MARKS}]){{1,6}}")
# zh, ja: "四星半", "4.5星", "五颗星" (out of five); not 星期 (a week), 星座, 星球
CJK_STARS = re.compile(rf"(?P<num>[{''.join(CJK_NUMBERS)}]|(?<![\d.])\d(?:\.\d)?)\s*(?:颗|顆|粒)?\s*(?P<before>半(?:颗|顆)?)?星(?P<half>半)?(?P<den>)(?![期座球系])")
_CJK_NUM = rf"(?P<num>[{''.join(CJK_NUMBERS)}]|(?<![\d.])\d{{1,3}}(?:\.\d)?)"
_CJK_DEN = r"(?P<den>[五十]|5|10|100)"
# ja, counted with つ: "5つ星のうち4.0" (the scale first, as Amazon writes it), "星5つ中4つ", "星四つ半"; not "五つ星ホテル";
# the scale as a condition, "星五つで言えば四つ", "5つ星で評価すると4つ" (if said in five stars: four)
_JA_OF = r"(?:の\s*うち|中|で\s*(?:言|い)(?:えば|うと|うなら|ったら)|で\s*(?:評価|採点)\s*(?:する|すれ)(?:と|ば|なら))"
JA_STARS = (re.compile(rf"{_CJK_DEN}\s*つ\s*星\s*{_JA_OF}\s*[、,]?\s*{_CJK_NUM}\s*(?:つ(?P<half>半)?)?"),
            re.compile(rf"星\s*{_CJK_DEN}\s*つ\s*{_JA_OF}\s*[、,]?\s*{_CJK_NUM}\s*つ(?P<half>半)?"),
            re.compile(rf"星\s*{_CJK_NUM}\s*つ(?P<half>半)?(?P<den>)(?!\s*{_JA_OF})"))
# zh, ja with the scale written: "八分半（满分十分）", "满分10分，7分", "100点満点中85点"; not "十分" alone (very), "第4章"
CJK_SCALES = (re.compile(rf"{_CJK_NUM}\s*分(?P<half>半)?\s*[（(]\s*(?:满分|滿分)\s*{_CJK_DEN}\s*分?\s*[)）]"),
              re.compile(rf"(?:满分|滿分)\s*{_CJK_DEN}\s*分?\s*[，,、：:]?\s*{_CJK_NUM}\s*分(?P<half>半)?"),
              # ("5点満点中4点", "5点満点で4点", and "5点中4点": of five points, four)
              re.compile(rf"{_CJK_DEN}\s*点\s*(?:満点\s*(?:中|で|の)?|中|の\s*うち)\s*{_CJK_NUM}\s*点"),
              # ja, on a scale of steps: "十段階で八", "5段階評価で4", "10段階中7点"; not "三段階の工程" (no number after it)
              re.compile(rf"{_CJK_DEN}\s*段階\s*(?:評価)?\s*(?:で|中|の\s*うち)\s*(?:は\s*)?{_CJK_NUM}(?:\s*(?:点|つ))?(?![\d.])"))
# zh, ja: a clause comma of unspaced text right before a rating label ("…差し引いて、評価は星四つ。"), and the sentence's end its
# score must close there (not "…、評価は星三つだった映画版は…", another thing's)
CJK_CLAUSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff][、，,]\Z")
CLOSES_SENTENCE = re.compile(r"\s*(?:[。！.!]|$)")
# a label that says whose it is, "my" before it or on it ("…, so my rating is 4/5.", tr "Genel olarak puanım 10 üzerinden 8."):
# the reviewer's anywhere in a sentence, when its score closes the sentence (CLOSES_SENTENCE)
MINE_LABEL = re.compile(rf"(?:(?:{MINE})\s+|(?:{MINE_CJK})|(?:puanım|notum|qiymətim)(?![\w{MARKS}]))", re.IGNORECASE)
# th: the number written on to ดาว (star) and ครึ่ง (half) after it: "4 ดาวครึ่ง", "สี่ดาว", "4 ดาวจาก 5"; not ดาวน์โหลด
# (download), ดาวเคราะห์ (a planet), ดาวหาง (a comet), ดาวเทียม (a satellite)
_TH_NUM = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ"
TH_STARS = re.compile(rf"(?:(?<![\u0e00-\u0e7f\d.])|(?<=ให้))(?<!จาก\s)(?<!เต็ม\s)(?P<num>\d{{1,2}}(?:\.\d)?|{_TH_NUM})\s*ดาว(?!น์|เคราะห์|หาง|เทียม|ตก|ฤกษ์)(?P<half>\s*ครึ่ง)?"
                      rf"(?:\s*(?:จาก|เต็ม)\s*(?P<den>5|10|ห้า|สิบ)(?:\s*ดาว)?)?")
# ko: the star word first, then its count in native numbers (or digits), the counter 개 and 반 (a half) after it: "별 넷 반",
# "별 네 개", "별 다섯!", "별 4.5개"; the determiners 한 두 세 네 only before 개; not "별로", "별점", "별 생각 없이"
KO_STARS = re.compile(r"(?<![\w])별\s*(?P<num>하나|둘|셋|넷|다섯|[1-5](?:\.5)?(?![\d.])|(?:한|두|세|네)(?=\s*개))(?:\s*개)?(?P<half>\s*반)?(?P<den>)"
                      r"(?:(?![\w])|(?=[을를은는이가이요]))")
# sw: the star word first, then its count (the noun before its number, as Swahili writes it): "nyota nne", "nyota tatu na
# nusu" (three and a half), "nyota 4 kati ya 5" (not id/ms "bintang 5", a forum's "rate bintang 5" ask as often as a score)
# (the count alone, its star word before it; with a scale after it, "nyota 3 kati ya 5", FRACTION reads "3 kati ya 5")
STAR_FIRST = re.compile(rf"(?<=\bnyota\s){NUM}{HALF_SUFFIX}(?P<den>)(?![\w{MARKS}]|[.,]\d|\s*(?:kati\s+ya|kwa|/)\s*\w)",
                        re.IGNORECASE)
# nl: a school mark out of ten, "een dikke 8", "een ruime zeven", "een krappe 6": with the adjective anywhere, without it
# ("Mijn cijfer: een 8") only after a rating label (rating._at_start); "een 8-jarige" is no mark
NL_MARK = re.compile(r"(?<![\w-])een\s+(?:(?P<adj>dikke|ruime|vette|stevige|mooie|sterke|dikverdiende|welverdiende|verdiende|krappe|magere|nipte|"
                     r"zwakke|karige|schamele)\s+)?(?P<num>\d{1,2}(?:[.,]5)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?P<half>)(?P<den>)"
                     r"[+\-−]?(?![\w+\-−]|[.,]\d)", re.IGNORECASE)
# pt (Portugal): a mark in "valores", out of 20 as school marks are ("17 valores", "15,5 valores"); not "valores" with no number
VALORES = re.compile(rf"{NUM}(?P<half>)\s+valores\b", re.IGNORECASE)
# "drei von zehn Kapiteln zu lesen", "two of five stories in it": a worded "of" then a noun the sentence goes on after
# counts things (a unit noun, or a word that carries on a verdict, "8 of 10 would recommend", is still a score)
# (nor a conjunction going on with the sentence: is/da/no "og", sv "och", fi/et "ja", pl/cs/hr "i"/"a", hu "és", tr "ve", lt "ir", lv "un", ro "și"; "but")
COUNTED = re.compile(r"\s+(?!(?:for|from|and|but|because|if|would|will|pour|para|per|für|voor|e|y|et|und|en|me|и|і|та|але|without|sans|sin|senza|ohne|sem|zonder|"
                      r"og|och|ja|i|a|oraz|és|ve|ir|un|și|men|maar|aber|mais|ma|pero|mas|ale|но|а)\b)"
                      r"[^\W\d_]{2,}\s+[^\W\d_]")
PERCENT = re.compile(rf"{NUM}(?P<half>)\s?%")
# fi, et: the scale in the elative, with no word for "of": "neljä viidestä", "4 tähteä viidestä", "kolme ja puoli tähteä
# viidestä", "8/10" said "kahdeksan kymmenestä", et "neli viiest", "kaheksa kümnest"; not before another elative, the
# things counted ("neljä viidestä novellista": four of the five stories); behind its guard (casefold.Guarded: the elative
# scale word looked for first, as "est" of "best" lets it run on most English lines); hu, the score first, the scale in
# the elative after its article: "kilenc pont a tízből", "négy csillag az ötből", "8 pont a 10-ből" (the scale first,
# "tízből nyolc", is SCALE_FIRST's); not "négy a tízből regényből" (four of the ten novels)
ELATIVE = guarded(re.compile(rf"{NUM}{HALF_SUFFIX}(?:\s+(?:tähteä|pistettä|tärni|punkti|pont(?:ot)?|csillag(?:ot)?))?(?:\s+az?)?\s+(?P<den>viidestä|kymmenestä|viiest|kümnest|ötből|tízből|(?:5|10)-ből)(?:\s+tähdestä)?(?!\w)(?!\s+[^\W\d_]+(?:stä|sta|st|ből|ból)\b)",
                             re.IGNORECASE))


def runs_on(rest: str) -> bool:
    """Text after a score that starts a new sentence with no stop in between, on a long line: merged blocks."""
    rest = rest.strip()
    return len(rest) > 60 and rest[:1].isupper()


# the scale first, then the score and a noun the sentence goes on after: the things counted ("पाँच में से दो कहानियाँ अच्छी हैं", two
# of the five stories are good; "ಹತ್ತರಲ್ಲಿ ಎಂಟು ಕಥೆಗಳು ಚೆನ್ನಾಗಿವೆ"), not a score; a unit word after it keeps it one ("५ पैकी ४ गुण देईन")
_SCALE_UNITS = rf"(?:{_UNIT_WORD})(?![\w{MARKS}])|तार[ाे]|सितार|अंक|गुण|नंबर|स्टार|ಅಂಕ|ಸ್ಟಾರ್|ನಕ್ಷತ್ರ|ಚುಕ್ಕೆ|മാർക്ക്|സ്റ്റാർ|നക്ഷത്ര|நட்சத்திர|புள்ளி|மதிப்பெண்"  # (and stems)
_SCALE_COUNTED = re.compile(rf"\s+(?!{_SCALE_UNITS})(?:[^\W\d_]|[{MARKS}]){{2,}}\s+(?:[^\W\d_]|[{MARKS}])", re.IGNORECASE)


def counts_things(text: str, start: int, end: int) -> bool:
    """Whether the score text[start:end], written scale first, is followed by the things it counts."""
    return bool(any(p.fullmatch(text, start, end) for p in (SCALE_FIRST, *AFFIXED_SCALE)) and _SCALE_COUNTED.match(text, end))


# a line led by a label that names the score the readers', users' or community's (not the reviewer's own): "Readers' rating:
# 3.9/5", "Media dei lettori: 4/5", "Leserwertung: 4/5", "Средняя оценка читателей: 4.3/5", "读者评分：", ko "독자 평점"; or an
# average's, with the two decimals a computed average has ("Average rating: 4.12/5", "Note moyenne : 4,13/5", "Średnia ocen:
# 7,54/10", "평균 별점: 4.31"; a club's "Gemiddeld cijfer van de groep: 7,5/10" is its own verdict); not "my" label
_AVERAGE_WORDS = (r"average|avg|durchschnitt\w*|moyenne|media|medio|média|médio|gemiddeld\w*|średni\w*|средн\w*|середн\w*|ortalama|"
                  r"átlag\w*|průměr\w*|priemer\w*|keskiarvo|keskmine|medel\w*|gjennomsnitt\w*|gennemsnit\w*|μέσ[οη]ς?|ממוצע|متوسط|میانگین|"
                  r"औसत|rata-rata|trung\s+bình")
_READERS_WORDS = (r"readers?['’]?|users?['’]?|community|leser\w*|lecteurs|lectores|leitores|lettori|lezers|czytelnik\w*|читател\w*|"
                  r"читач\w*|okuyucu\w*")
_LED_BY = r"^[\W_]{{0,4}}(?!(?:{mine})\s)(?:[^:：\n]{{0,30}}?(?<![^\W\d_])(?:{words})(?![^\W\d_])|[^:：\n]{{0,12}}?(?:{cjk}))[^:：\n]{{0,30}}[:：]"
AVERAGE_LEAD = re.compile(_LED_BY.format(mine=MINE, words=_READERS_WORDS, cjk="读者|讀者|読者|독자|网友|網友") + "|"
                          + _LED_BY.format(mine=MINE, words=_AVERAGE_WORDS, cjk="平均|평균") + r"[\s*_]*\d{1,2}[.,]\d\d(?!\d)", re.IGNORECASE)
# a line whose label names a seller, a shop or a store, with the score right after its colon: the marketplace's rating of
# who sells the copy, not the book's ("Seller rating: 5 stars", "Verkäuferbewertung: 4,9/5", "Évaluation du vendeur : 98 %",
# "Ocena sprzedawcy: 5/5", "Рейтинг продавца: 4.8", "Satıcı puanı: 9,6", "出品者の評価：★★★★★", "卖家评分：4.9"); a whole
# word ("bookseller", "libraire", a shop's own pick, are not it), not "my"/"our" label
_SELLER_WORDS = (r"sellers?|vendors?|merchants?|shops?|stores?|(?:seller|vendor|merchant|shop|store)['’]s|verkäufer\w*|händler\w*|"
                 r"anbieter\w*|vendeurs?|marchands?|boutiques?|vendedor(?:es|a)?|tiendas?|comerciantes?|venditor[ei]|negozio|lojas?|"
                 r"lojista|verkoper\w*|sprzedawc\w*|sklep\w*|prodejc\w*|predajc\w*|продав\w*|магазин\w*|satıcı\w*|mağaza\w*|"
                 r"säljar\w*|butik\w*|sælger\w*|selger\w*|forhandler\w*|myyjä\w*|eladó\w*|vânzător\w*|magazin\w*|πωλητ\w*|"
                 r"البائع|بائع|المتجر|متجر|מוכר|חנות|فروشنده|فروشگاه|विक्रेता|penjual|toko|người\s+bán|cửa\s+hàng")
_SELLER_LEAD = re.compile(rf"(?:^|(?<=[\s.;|·•,(]))(?!(?:{MINE})\s)(?:[^:：\n.;|·•]{{0,30}}?(?<![^\W\d_])(?:{_SELLER_WORDS})(?![^\W\d_])|"
                          rf"[^:：\n.;|·•]{{0,12}}?(?:出品者|販売者|販売店|ショップ|ストア|店舗|卖家|賣家|商家|店铺|店鋪|판매자|상점|스토어|ผู้ขาย|ร้านค้า))"
                          rf"[^:：\n.;|·•]{{0,30}}[:：]\s*[*_]*(?=\d|[{FULL_STARS}{EMPTY_STARS}]|(?:{_WORDS})(?![^\W\d_]))", re.IGNORECASE)
_MINE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{MINE})\s+$", re.IGNORECASE)


def seller_score(text: str) -> bool:
    """The text gives a seller's score (_SELLER_LEAD), not under "my"/"our" ("Our shop's rating: 5/5" is its own)."""
    return any(not _MINE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) for m in _SELLER_LEAD.finditer(text))


def not_the_reviewers(text: str) -> bool:
    """The text's score is another's: a film's ("Der Film: 3/5", medium.verdict_for_other), the readers' average
    ("Average rating: 4.2/5", AVERAGE_LEAD), a seller's ("Seller rating: 5 stars", seller_score), or no score but a
    challenge's progress ("Reading challenge: 6/10", ratingprogress)."""
    from .medium import verdict_for_other  # (imported on use: medium's own imports reach the rating modules' users)
    from .ratingprogress import progress_count
    return bool(verdict_for_other([text]) or AVERAGE_LEAD.match(text) or seller_score(text) or progress_count(text))


# a number that places a book in its series or a part in its book, not a score: "Book 4 of 5 in the series", "Część 4 z
# 5", "Книга 4 из 5", "Deel 4 van 5", "Tome 4/5", "Band 4 von 5", "Chapter 4 of 10" (the word right before the number)
# (and a page, an episode, a day, a week or a round of a challenge: "Page 4 of 5", "Seite 4 von 5", "p. 4/5", "Folge 4 von 5", "Week 4 of 10")
SERIES_PLACE = re.compile(r"(?<![^\W\d_])(?:book|volume|vol\.?|part|tome|band|deel|część|tom|том|книга|кн\.|часть|частина|libro|livro|parte|"
                          r"kniha|díl|diel|osa|kötet|bok|del|bind|chapter|kapitel|chapitre|capítulo|capitolo|hoofdstuk|rozdział|kapitola|глава|розділ|"
                          r"page|pages|seite|página|pagina|strona|stránka|страница|сторінка|sayfa|oldal|sivu|sida|side|bladzijde|blz\.|(?-i:pp?|S|s|str|стр|pág|pag)\.|"
                          r"episode|épisode|episodio|odcinek|folge|серия|серія|day|tag|jour|día|dia|giorno|dzień|день|week|woche|semaine|semana|"
                          r"settimana|tydzień|неделя|тиждень|round|runde|manche|ronda|"
                          # the languages whose own "of" OF_WORDS reads (s29): part, chapter, episode, book, volume in
                          # am/ti, id/ms/jv/su, ku, rw, mg, ig, sw, ha, yo, so, tr, ar, fa, ur, hi, he
                          r"ክፍል|ክፋል|ምዕራፍ|መጽሐፍ|መፅሐፍ|ቅጽ|bab|bagian|bahagian|jilid|seri|siri|episod|perangan|"
                          r"beş|beşa|pirtûk|cild|igice|umutwe|toko|fizarana|isi|akụkụ|sehemu|sura|kitabu|kipindi|"
                          r"kashi|babi|apá|orí|qaybta|qayb|cutubka|bölüm|cilt|kitap|الجزء|جزء|الفصل|فصل|الحلقة|حلقة|"
                          r"قسمت|بخش|جلد|حصہ|باب|قسط|भाग|अध्याय|खंड|एपिसोड|פרק|חלק|כרך|"
                          # el (its "of", στα, από; the keraia's numerals most often an order: "Κεφάλαιο δ΄", "Τόμος β΄"),
                          # tn/st/nso (its "of those", mo go tse, ho tse): chapter, part, volume
                          r"κεφάλαιο|κεφ\.|τόμος|τόμο|μέρος|βιβλίο|σελίδα|σελ\.|επεισόδιο|kgaolo|karolo|bolumo)"
                          r"\s*(?:#|no\.?|nr\.?|№)?\s*$", re.IGNORECASE)


_MARKUP = re.compile(r"^(?:\s*(?:[-*+•]|\d+[.)]|#+|>|\|))+\s+|[*_]{1,3}|\s*\|\s*$")
_LEAD = re.compile(r"(?:\s*(?:[-*+•]|\d+[.)]|#+|>|\|))+\s+")  # _MARKUP's first part: all a line without * _ | can hold


def plain_line(line: str) -> str:
    """The line as rating reads it: its list marks, heading marks, emphasis and table bars gone, its spaces single."""
    if "*" in line or "_" in line or "|" in line:
        line = _MARKUP.sub("", line)
    elif lead := _LEAD.match(line):
        line = line[lead.end():]
    return " ".join(line.split())  # as \s+ to " ", stripped, and faster


def parts_total(text: str, label: re.Match, scan) -> bool:
    """An overall label after a comma that closes a part's score ("Plot 4/5, pace 3/5, overall 3.5/5"): the row's
    total, not a label inside a sentence. `scan`: ``rating.scan``, the scores a text holds."""
    before = text[:label.start()].rstrip()
    overall = label.group("overall") or label.group("overall2") or label.group("overall3")
    if not overall or not before.endswith((",", "，")):
        return False
    end = len(before[:-1].rstrip())
    return any(f is not None and f.end == end for f in scan(text[:end]))
