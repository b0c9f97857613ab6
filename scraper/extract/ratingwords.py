"""The words ratings are written with, per language: number words, "my", "overall" and the labels before a score.

Language knowledge for scraper.extract.rating, kept apart from its rules.
"""

import re

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,  # es (pt shares cinco)
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,  # fr
    "ein": 1, "eine": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,  # de (nl shares vier)
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5,  # it
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4,  # pt
    "een": 1, "twee": 2, "drie": 3, "vijf": 5,  # nl
    "dous": 2, "dúas": 2, "catro": 4,  # gl (shares tres, cinco, seis, sete, oito, nove, dez with es/pt)
    "trais": 3, "quatter": 4, "tschintg": 5, "diesch": 10,  # rm ("quatter steilas"; shares duas with pt; not "in", "dus", "sis")
    "zwee": 2, "dräi": 3, "véier": 4, "fënnef": 5, "siwen": 7, "aacht": 8, "néng": 9, "zéng": 10,  # lb ("véier vu fënnef Stären")
    # tl ("apat na bituin", "apat at kalahating bituin"; not "isa", "lima", a name and a city, "anim", "pito")
    "dalawa": 2, "tatlo": 3, "apat": 4, "walo": 8, "siyam": 9, "sampu": 10,
    # sq ("katër yje nga pesë", "tetë nga dhjetë"; not "dy", "tri" alone: "tre" as it, "tri" as sk)
    "një": 1, "katër": 4, "pesë": 5, "gjashtë": 6, "shtatë": 7, "tetë": 8, "nëntë": 9, "dhjetë": 10,
    "vyf": 5, "sewe": 7, "agt": 8, "nege": 9,  # af (shares een … vier, tien with nl; not "ses", fr "his")
    # eu ("lau izar eta erdi"; not "bat", "bi": en "bat", a syllable), is feminine ("fjórar stjörnur"), ro ("patru
    # stele"; not "opt", en "opt")
    "hiru": 3, "lau": 4, "bost": 5, "zazpi": 7, "zortzi": 8, "bederatzi": 9, "hamar": 10, "tvær": 2, "þrjár": 3,
    "fjórar": 4, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "şase": 6, "șapte": 7, "şapte": 7, "nouă": 9,
    "zece": 10,
    # nl, af: the half written on to its number ("drieënhalve ster", "vierenhalf", "anderhalve ster": one and a half)
    "anderhalf": 1.5, "anderhalve": 1.5, "tweeënhalf": 2.5, "tweeënhalve": 2.5, "drieënhalf": 3.5, "drieënhalve": 3.5,
    "vierenhalf": 4.5, "vierenhalve": 4.5, "vijfenhalf": 5.5, "zesenhalf": 6.5, "zevenenhalf": 7.5, "achtenhalf": 8.5,
    "negenenhalf": 9.5,
    "dix": 10, "diez": 10, "zehn": 10, "dieci": 10, "dez": 10, "tien": 10,  # out of ten
    # six to nine, for scores out of ten ("nove su dieci", "ocho sobre diez", "sieben von zehn")
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "sept": 7, "huit": 8, "neuf": 9, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "sete": 7, "oito": 8, "zes": 6, "zeven": 7, "negen": 9,
    # sv, da, no (the short and ambiguous ones — en, ni, ti, sex — left out)
    "två": 2, "fyra": 4, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtta": 8, "otte": 8, "åtte": 8, "tio": 10,
    # ko: native numbers, alone and before a counter ("별 다섯 개 중 네 개": four stars of five)
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
    "아홉": 9, "열": 10,
    # ru, uk: one to ten, and five and ten as a scale ("девять из десяти", "сім з десяти", "чотири з п'яти")
    "один": 1, "одна": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4, "пять": 5, "шесть": 6,
    "шість": 6, "семь": 7, "сім": 7, "восемь": 8, "вісім": 8, "девять": 9, "десять": 10, "пяти": 5, "десяти": 10,
    # uk with the apostrophe, straight or typographic (ratinglooks reads their part after it: "ять", "яти")
    "п'ять": 5, "п’ять": 5, "дев'ять": 9, "дев’ять": 9, "п'яти": 5, "п’яти": 5,
    # el ("τέσσερα αστέρια στα πέντε"), hu ("négy és fél csillag"; not egy, hat, hét: "a", en "hat", "week"), hi, ur
    # ("पाँच में से चार", "دس میں سے آٹھ")
    # bg, mk, sr ("четири от пет звезди", "пет од пет"; shares два, две, три with ru)
    "един": 1, "една": 1, "едно": 1, "четири": 4, "пет": 5, "шест": 6, "седем": 7, "осем": 8, "девет": 9, "десет": 10,
    "ένα": 1, "δύο": 2, "τρία": 3, "τέσσερα": 4, "τέσσερις": 4, "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7, "οκτώ": 8,
    "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10,
    "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "nyolc": 8, "kilenc": 9, "tíz": 10,
    "ötből": 5, "tízből": 10,
    # fi, et: the scale in the elative, with no "of" ("neljä viidestä", "kaheksa kümnest": rating ELATIVE); not fi "kuusi"
    # (a spruce) nor et "kuus" (a month, a spruce)
    "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10,
    "viidestä": 5, "kymmenestä": 10, "kaks": 2, "kolm": 3, "neli": 4, "viis": 5, "seitse": 7, "kaheksa": 8, "üheksa": 9,
    "kümme": 10, "viiest": 5, "kümnest": 10,  # hu: the scale first, in the elative ("tízből nyolc": eight of ten)
    # mr (shares एक, तीन, चार, सात, आठ with hi; "पाच पैकी चार": four of five, the scale first)
    "दोन": 2, "पाच": 5, "सहा": 6, "नऊ": 9, "दहा": 10,
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
    # one and a half, two and a half as words of their own (hi/ur "डेढ़", "ढाई", "ڈیڑھ", "ڈھائی"; mr "दीड", "अडीच"; bn "দেড়",
    # "আড়াই"; gu "દોઢ", "અઢી"; pa "ਡੇਢ", "ਢਾਈ"; ढ़, ড় in one code point or two), mr the half written on ("साडेचार", and apart:
    # HALF_BEFORE "साडे"), te the same after its number ("మూడున్నర", three and a half)
    "डेढ़": 1.5, "\u0921\u0947\u095d": 1.5, "ढाई": 2.5, "ڈیڑھ": 1.5, "ڈھائی": 2.5, "दीड": 1.5, "अडीच": 2.5, "দেড়": 1.5,
    "\u09a6\u09c7\u09dc": 1.5, "আড়াই": 2.5, "\u0986\u09dc\u09be\u0987": 2.5, "દોઢ": 1.5, "અઢી": 2.5, "ਡੇਢ": 1.5, "ਢਾਈ": 2.5, "साडेतीन": 3.5, "साडेचार": 4.5, "साडेपाच": 5.5, "साडेसहा": 6.5,
    "साडेसात": 7.5, "साडेआठ": 8.5, "साडेनऊ": 9.5, "ఒకటిన్నర": 1.5, "రెండున్నర": 2.5, "మూడున్నర": 3.5, "నాలుగున్నర": 4.5,
    "ఐదున్నర": 5.5, "ఆరున్నర": 6.5, "ఏడున్నర": 7.5, "ఎనిమిదిన్నర": 8.5, "తొమ్మిదిన్నర": 9.5,
    "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10,
    # bn ("দশে আট": eight in ten, the scale in the locative), he and ar (each number has two genders: "ארבעה כוכבים
    # וחצי מתוך חמישה", "أربع نجوم ونصف من خمس"), lt and lv (with the scale in the genitive or dative: "trys iš penkių",
    # "četras no desmit"; not lt "du", French "of the")
    "এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10,
    "ছয়": 6, "নয়": 9,  # (য় in one code point, as some keyboards write it)
    "אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שני": 2, "שתי": 2, "שלושה": 3, "שלוש": 3, "ארבעה": 4, "ארבע": 4,
    "חמישה": 5, "חמש": 5, "שישה": 6, "שש": 6, "שבעה": 7, "שבע": 7, "שמונה": 8, "תשעה": 9, "תשע": 9, "עשרה": 10, "עשר": 10,
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنتان": 2, "اثنين": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5,
    "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "vienas": 1, "viena": 1, "dvi": 2, "trys": 3, "keturi": 4, "keturios": 4, "penki": 5, "penkios": 5, "šeši": 6,
    "šešios": 6, "septyni": 7, "septynios": 7, "aštuoni": 8, "aštuonios": 8, "devyni": 9, "devynios": 9, "dešimt": 10,
    "penkių": 5, "dešimties": 10, "tris": 3, "keturias": 4, "penkias": 5,  # (and the accusative, "duodu keturias žvaigždutes")
    "viens": 1, "divi": 2, "divas": 2, "trīs": 3, "četri": 4, "četras": 4, "pieci": 5, "piecas": 5, "seši": 6,
    "sešas": 6, "septiņi": 7, "septiņas": 7, "astoņi": 8, "astoņas": 8, "deviņi": 9, "deviņas": 9, "desmit": 10,
    "pieciem": 5, "piecām": 5,
    # pl, cs, sk (the scale in the genitive: "cztery z pięciu", "osm z deseti", "štyri z piatich"), id/ms, sw (not pl/de "jeden" nor
    # sw "moja", pl "my"), fa
    "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
    "dziewięć": 9, "dziesięć": 10, "pięciu": 5, "sześciu": 6, "dziesięciu": 10,
    # hr/bs/sr in Latin script (shares dva, tri, deset with cs/sk; not "pet" alone: en "pet", read only as a scale, DEN_WORDS)
    "kvar": 4, "kvin": 5, "naŭ": 9,  # eo (shares tri with sk; not the short "du", "ses", "sep", "ok": fr "du", "ses", en "ok")
    "jedan": 1, "četiri": 4, "sedam": 7, "osam": 8, "devet": 9,
    # sl: the scale in the genitive or locative plural ("štiri zvezdice od petih", "osem od desetih", "izmed petih")
    "štiri": 4, "petih": 5, "desetih": 10,
    "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9, "deset": 10, "pěti": 5, "deseti": 10,
    "dva": 2, "dve": 2, "tri": 3, "štyri": 4, "päť": 5, "šesť": 6, "sedem": 7, "osem": 8, "deväť": 9, "desať": 10,
    "piatich": 5, "desiatich": 10,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "lapan": 8, "sembilan": 9,
    "sepuluh": 10,
    "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9, "kumi": 10,
    "یک": 1, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
    # tr ("on üzerinden sekiz": eight of ten; "on", ten, only as a scale: DEN_WORDS, TEN_AS_SCALE), vi ("chín trên mười"),
    # th (written on to the word after it, "สี่ดาวครึ่ง": read by ratingshapes.TH_STARS)
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    # az, uz, kk, ky: tr's Turkic neighbours ("dörd yarım ulduz", "to'rt yulduz", "төрт жұлдыз"; shares bir, iki, üç, beş, altı)
    "dörd": 4, "yeddi": 7, "səkkiz": 8, "doqquz": 9, "ikki": 2, "uch": 3, "to'rt": 4, "toʻrt": 4, "besh": 5, "olti": 6,
    "yetti": 7, "sakkiz": 8, "to'qqiz": 9, "toʻqqiz": 9, "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6,
    "жеті": 7, "сегіз": 8, "тоғыз": 9, "бир": 1, "эки": 2, "үч": 3, "беш": 5, "жети": 7, "сегиз": 8, "тогуз": 9,
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10,
    # ka: the scale first, in the ablative -დან ("ათიდან ცხრა", "10-დან 9": nine from ten; ratingshapes.SCALE_FIRST)
    "ერთი": 1, "ორი": 2, "სამი": 3, "ოთხი": 4, "ხუთი": 5, "ექვსი": 6, "შვიდი": 7, "რვა": 8, "ცხრა": 9, "ათი": 10,
    "ხუთიდან": 5, "ათიდან": 10,
    # am (the scale first with "from" written on: "ከአስር ዘጠኝ", nine from ten), ta (the scale in the dative: "ஐந்துக்கு நான்கு",
    # four to five; a half fused on to its number: "நான்கரை", four and a half)
    "አንድ": 1, "ሁለት": 2, "ሦስት": 3, "ሶስት": 3, "አራት": 4, "አምስት": 5, "ስድስት": 6, "ሰባት": 7, "ስምንት": 8, "ዘጠኝ": 9, "አስር": 10, "አሥር": 10,
    # (and the Ethiopic numerals, which are no decimal digits to a pattern's \d: "፬ ከ ፭", four of five)
    "፩": 1, "፪": 2, "፫": 3, "፬": 4, "፭": 5, "፮": 6, "፯": 7, "፰": 8, "፱": 9, "፲": 10,
    "ஒன்று": 1, "இரண்டு": 2, "மூன்று": 3, "நான்கு": 4, "ஐந்து": 5, "ஆறு": 6, "ஏழு": 7, "எட்டு": 8, "ஒன்பது": 9, "பத்து": 10,
    "ஒன்றரை": 1.5, "இரண்டரை": 2.5, "மூன்றரை": 3.5, "நான்கரை": 4.5, "ஐந்தரை": 5.5, "ஆறரை": 6.5, "ஏழரை": 7.5, "எட்டரை": 8.5,
    "ஒன்பதரை": 9.5,
    # gu (num2words has no gu: "પાંચમાંથી સાડા ચાર", four and a half from among five: ratingshapes.AFFIXED_SCALE)
    "એક": 1, "બે": 2, "ત્રણ": 3, "ચાર": 4, "પાંચ": 5, "છ": 6, "સાત": 7, "આઠ": 8, "નવ": 9, "દસ": 10,
    # hy (num2words has none; "Հինգից չորս աստղ": four stars from five, the scale's ablative: ratingnumerals.cased_scores),
    # te (num2words writes five "అయిదు"; "ఐదు" as often: "ఐదుకి నాలుగు", four to five)
    "մեկ": 1, "երկու": 2, "երեք": 3, "չորս": 4, "հինգ": 5, "վեց": 6, "յոթ": 7, "յոթը": 7, "ութ": 8, "ութը": 8, "ինը": 9,
    "տաս": 10, "տասը": 10,
    # kn (num2words' five, six, seven have three letters, too short for its table), ml (num2words has none); a half fused on to its number
    # (kn "ನಾಲ್ಕೂವರೆ", ml "നാലര": four and a half), and the scale with its case ("ಹತ್ತಕ್ಕೆ ಎಂಟು", "ಐದರಲ್ಲಿ ನಾಲ್ಕು", "പത്തിൽ എട്ട്",
    # ta "ஐந்தில் நான்கு": ratingshapes.AFFIXED_SCALE)
    "ಒಂದು": 1, "ಎರಡು": 2, "ಮೂರು": 3, "ನಾಲ್ಕು": 4, "ಐದು": 5, "ಆರು": 6, "ಏಳು": 7, "ಎಂಟು": 8, "ಒಂಬತ್ತು": 9, "ಹತ್ತು": 10,
    "ಒಂದೂವರೆ": 1.5, "ಎರಡೂವರೆ": 2.5, "ಮೂರೂವರೆ": 3.5, "ನಾಲ್ಕೂವರೆ": 4.5, "ಐದೂವರೆ": 5.5, "ಆರೂವರೆ": 6.5, "ಏಳೂವರೆ": 7.5,
    "ಎಂಟೂವರೆ": 8.5, "ಒಂಬತ್ತೂವರೆ": 9.5, "ಐದಕ್ಕೆ": 5, "ಹತ್ತಕ್ಕೆ": 10, "ಐದರಲ್ಲಿ": 5, "ಹತ್ತರಲ್ಲಿ": 10,
    "ഒന്ന്": 1, "രണ്ട്": 2, "മൂന്ന്": 3, "നാല്": 4, "അഞ്ച്": 5, "ആറ്": 6, "ഏഴ്": 7, "എട്ട്": 8, "ഒമ്പത്": 9, "ഒൻപത്": 9,
    "പത്ത്": 10, "ഒന്നര": 1.5, "രണ്ടര": 2.5, "മൂന്നര": 3.5, "നാലര": 4.5, "അഞ്ചര": 5.5, "ആറര": 6.5, "ഏഴര": 7.5, "എട്ടര": 8.5,
    "ഒമ്പതര": 9.5, "അഞ്ചിൽ": 5, "പത്തിൽ": 10, "അഞ്ചില്": 5, "പത്തില്": 10, "ஐந்தில்": 5, "பத்தில்": 10,
    "ఒకటి": 1, "రెండు": 2, "మూడు": 3, "నాలుగు": 4, "ఐదు": 5, "అయిదు": 5, "ఆరు": 6, "ఏడు": 7, "ఎనిమిది": 8, "తొమ్మిది": 9, "పది": 10,
    # pa in Gurmukhi ("ਪੰਜ ਵਿੱਚੋਂ ਚਾਰ", four from among five: ratingshapes.SCALE_FIRST; "ਸਾਢੇ ਚਾਰ", four and a half), or
    # ("ପାଞ୍ଚ ମଧ୍ୟରୁ ଚାରି", four from among five), ne (shares the rest with hi; not "छ", six, also "is")
    "ਇੱਕ": 1, "ਇਕ": 1, "ਦੋ": 2, "ਤਿੰਨ": 3, "ਚਾਰ": 4, "ਪੰਜ": 5, "ਛੇ": 6, "ਸੱਤ": 7, "ਅੱਠ": 8, "ਨੌਂ": 9, "ਨੌ": 9, "ਦਸ": 10,
    "ଏକ": 1, "ଦୁଇ": 2, "ତିନି": 3, "ଚାରି": 4, "ପାଞ୍ଚ": 5, "ଛଅ": 6, "ସାତ": 7, "ଆଠ": 8, "ନଅ": 9, "ଦଶ": 10, "दुई": 2,
    # cy (a number's feminine before "seren", a star: "pedair seren allan o bump"; the scale mutated after "o": TEN_AS_SCALE),
    # ga ("ceithre réalta as cúig"), gd ("ceithir rionnagan a-mach à còig"), br ("pevar steredenn war pemp"); not cy "dau"
    # (ro "I give"), "un" and "tri" already read, nor the short br "dek"
    "dwy": 2, "tair": 3, "pedwar": 4, "pedair": 4, "pump": 5, "chwech": 6, "saith": 7, "wyth": 8, "naw": 9,
    "dhá": 2, "trí": 3, "ceithre": 4, "cúig": 5, "deich": 10, "trì": 3, "ceithir": 4, "còig": 5, "pevar": 4, "peder": 4, "pemp": 5,
    # fy ("fjouwer stjerren fan de fiif"), nds ("dree vun fiev Steerns"), li ("vier van vief sterre"); not the short or
    # ambiguous fy "ien", "twa", nds "veer" (en "veer"), "een" and "acht" already read
    "trije": 3, "fjouwer": 4, "fiif": 5, "sân": 7, "njoggen": 9, "tsien": 10, "dree": 3, "fiev": 5, "söss": 6, "söben": 7,
    "teihn": 10, "twie": 2, "vief": 5, "zeve": 7, "nuuen": 9,
    # yo ("mẹ́jọ nínú mẹ́wàá", eight in ten; toned, as written, and five and nine with their echo vowel), ig ("anọ n'ime ise",
    # four in five; not the toneless "ato", "ano"), tn/st/nso ("nne mo go tse tlhano", four of those five; not nso "tee")
    "ọ̀kan": 1, "méjì": 2, "mẹ́ta": 3, "mẹ́rin": 4, "márùn-ún": 5, "márùún": 5, "márùn": 5, "mẹ́fà": 6, "méje": 7, "mẹ́jọ": 8,
    "mẹ́sàn-án": 9, "mẹ́sàán": 9, "mẹ́sàn": 9, "mẹ́wàá": 10, "abụọ": 2, "atọ": 3, "anọ": 4, "ise": 5, "isii": 6, "asaa": 7,
    "asatọ": 8, "itoolu": 9, "iteghete": 9, "iri": 10, "nngwe": 1, "pedi": 2, "tharo": 3, "tlhano": 5, "hlano": 5,
    "thataro": 6, "tshelela": 6, "supa": 7, "šupa": 7, "robedi": 8, "seswai": 8, "robongwe": 9, "robong": 9, "senyane": 9,
    "lesome": 10, "leshome": 10,
}
# el: the alphabetic numerals, a letter and its keraia (U+0374, the tonos U+0384 keyboards type, or U+02B9): "η΄ στα ι΄",
# eight of ten; never the letter alone (η, the article)
KERAIA = "\u0374\u0384\u02b9"
NUMBER_WORDS.update({letter + mark: n for n, letter in enumerate("αβγδεϛζηθι", 1) for mark in KERAIA})
# a number word read only as a scale: tr "on" (ten; an English word too), hr/bs/sr "pet" (five; en "pet")
TEN_AS_SCALE = {"on": 10, "pet": 5, "bump": 5, "ddeg": 10}  # (cy: five and ten mutated after "o", of; "bump" an English word)
# zh, ja: numerals written before 星 with no space ("四星半", "五颗星"), so read apart from the words above
CJK_NUMBERS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_MINE = (
    r"my|our|benim|mənim|የእኔ|என்|எனது|ჩემი|ჩვენი|mi|nuestra|ma|mon|notre|meine?|unsere?|il mio|la mia|mia|mio|a minha|o meu|minha|meu|nossa|mijn|onze|моя|мой|моё|η"
)
# zh, ja: "my", "personal" written on to the label with no space ("個人評分", "我的评分", "私の評価")
_MINE_CJK = r"個人|个人|我的|私の|わたしの|僕の|俺の"
OVERALL = r"overall|finale?|totale?|globale?|général|gesamtwertung|gesamtnote|gesamt|insgesamt|eindoordeel|eindcijfer|итого|итог|підсумок"
# "overall" words that only go with a label word, after it (it "Voto complessivo", es/pt "Valoración general", "Nota geral", pl
# "Ocena ogólna") or before it (cs/sk "Celkové hodnocení", ru/uk "Общая оценка", "Загальна оцінка", tr "Genel puan", ko "종합
# 평점", ja "総合評価", zh "综合评分", with no space): not alone, so that a line with "general" in it is no label's line
OVERALL_AFTER = r"complessiv[oa]|general|geral|ogólna|ogólny"
# (ru/uk "Итоговая оценка", "Підсумкова оцінка": the final one, as an adjective)
OVERALL_BEFORE = r"整體|整体|celkové|celkově|celkovo|общая|общий|загальна|загальний|итоговая|итоговый|финальная|підсумкова|підсумковий|фінальна|genel|종합|総合|综合|綜合|总体|總體"
# "my own": before the label ("personal rating", "persönliche Wertung") or after it (id "Rating pribadi", it "voto personale")
PERSONAL_BEFORE = r"personal|persönliche|persoonlijke|personlig|personligt|personlige|личная|особиста|개인"
PERSONAL_AFTER = r"pribadi|personale|personnelle|personal|pessoal|persoonlijk|personlig|osobista|osobní|osobné|mea|meu|yangu|wangu|noastră|yetu|wetu|kami"  # (ro "Nota mea", sw "Alama yangu": "my" after the noun; "our": ro "Nota noastră", sw "Tathmini yetu", id/ms "Penilaian kami")
LABEL_WORDS = (
    r"ratings?|rated|score|stars|grade|verdict|note|notation|évaluation|appréciation|valoraci[oó]n?|"
    # (ca "Valoració", "Puntuació", "Qualificació", "Estrelles", "Veredicte"; gl "Cualificación"; eu "Balorazioa", "Puntuazioa")
    r"puntuaci[oó]|qualificaci[oó]|estrelles|veredicte|cualificaci[oó]n|balorazioa|puntuazioa|"
    r"puntuaci[oó]n|calificaci[oó]n|nota|estrellas|veredicto|bewertung|bewäertung|wertung|sterne|urteil|"
    r"voto|giudizio|valutazione|punteggio|stelle|cotação|avaliação|classificação|pontuação|estrelas|"
    # (and the plural "stars" of the languages whose star words are no label yet, before a colon: fi "Tähtiä: 4½/5")
    r"tähtiä|tähdet|tärnid|stjärnor|stjerner|csillagok|gwiazdki|hvězdičky|звёзды|звезды|зірки|"
    r"beoordeling|(?:rapport|school)?cijfer|oordeel|waardering|sterren|gradering|sterre|punte|betyg(?:et)?|karakter(?:en)?|terningkast|vurdering|bedømmelse|hodnocení|hodnotenie|ocena|známka|"
    # ru, uk, el, he ("my score" puts "mine" after the noun), ar, tr, az (tr "notum", az "qiymətim": "my" as the noun's ending), ko, ja, zh
    # (ko "점수", a score: only "my score", "제 점수는", or before a colon; "평론가 점수는 9점" is a critic's)
    r"оценка|оцінка|рейтинг|βαθμολογία|הציון\s+שלי|הציון|ציון|הדירוג\s+שלי|דירוג|تقييمي|التقييم|تقييم|"
    r"puan(?:ım)?|notum|qiymət(?:im)?|baho(?:m)?|баға(?:м)?|баа(?:м)?|평점|별점|(?:제|내|나의|저의)\s?점수|점수(?=\s*[:：])|評価|点数|评分|評分|打分|評價|评价|"
    # et, fi (with its case endings and the school's grade, 4 to 10: "Arvosanani", "Kouluarvosanaksi annan 9½"), hu, lv, lt,
    # hr/bs/sr, ro, is
    r"ነጥብ|ግምገማ|மதிப்பீடு|மதிப்பெண்|hinne|hinnang|(?:koulu)?arvosana(?:ni|ksi|kseni|na)?|értékelés|osztályzat(?:om)?|érdemjegy|pontszám|vērtējums|įvertinimas|შეფასება|ocjena|оцена|оцјена|vlerësimi(?:\s+im)?|notë(?:a)?|notă|punctaj(?:ul)?|calificativ(?:ul)?|einkunn|"
    # a mark on a school's scale: ko "학점" (a letter grade, "내 학점: B+"), "성적", fa "نمره" (out of 20, "نمره‌ام: ۱۷ از ۲۰"; with the ezafe, "نمره‌ی من", "نمرهٔ من"), ja/zh "成績"
    r"학점|성적|نمره(?:\u200c?ام|(?:\u200c?ی|\u0654)?\s+من)?|成績|成绩|"
    # ja, zh, ko: "how much I recommend it", "how satisfied", as a score's label ("おすすめ度：４／５", "推荐指数：★★★★")
    r"おすすめ度|オススメ度|お薦め度|満足度|推荐指数|推薦指數|推荐度|추천도|추천\s*지수|(?:मेरी\s+|माझी\s+|माझे\s+)?रेटिंग|(?:माझे\s+)?गुण|(?:আমার\s+)?(?:রেটিং|রেটিং)|(?:મારું\s+|મારુ\s+)?રેટિંગ|ਰੇਟਿੰਗ|रेटिङ|ரேட்டிங்|రేటింగ్|(?:నా\s+)?మార్కులు|ರೇಟಿಂಗ್|(?:ನನ್ನ\s+)?ಅಂಕ(?:ಗಳು)?|ಸ್ಕೋರ್|റേറ്റിംഗ്|(?:എന്റെ\s+)?(?:റേറ്റിങ്|മാർക്ക്)|skor(?:\s+saya)?|iskor|nilai(?:\s+saya)?|penilaian(?:\s+saya)?|penarafan(?:\s+saya)?|markah(?:\s+saya)?|امتیاز(?:\s+من)?|(?:ให้)?คะแนน|điểm|tathmini(?:\s+yangu)?|ukadiriaji|alama"
)
# A first-person sentence giving a score: "I'd give it", "for me", in each language (rating._prose_rating)
PROSE_CUES = (
    r"\b(?:(?:i|i'd|i’d|i'll|i’ll|i would|i'm|i’m)\s+(?:\w+\s+)?(?:give|giving|rate|rating|award|awarding|score|put|place|peg|call)\s+(?:it|this|that|the\s+(?:book|novel|story|collection))|"  # "I gave it" looks back at another read
    r"(?:gets|earns|deserves|get|earn|deserve)\b.{0,30}\b(?:from me|for me|in my book)|(?:from|for) me\b|my (?:\w+ )?rating|"
    r"would (?:recommend|read)|le doy|le pongo|le dar[ií]a|je (?:lui )?(?:donne|mets|mettrais|donnerais)|ich gebe|gebe ich|"
    r"von mir|(?:gli|le) do|do al libro|(?:lhe )?dou|daria|geef ik|ik geef|van mij|ek\s+gee|gee\s+ek|ek\s+sou\s+(?:dit\s+)?gee|"
    r"para m[ií]m?|pour moi|f[üu]r mich|per me|voor mij|jag ger|ger jag|jeg giver|jeg gir|för mig|for meg|for mig|"
    # fy "ik jou" / "jou ik" (I give), "foar my", "fan my" (for me, from me); nds "ik geev", "för mi", "vun mi"; li "ich gaef",
    # "veur mich"; lb "ech ginn", "ginn ech", "fir mech", "vu mir"
    r"ik\s+jou|jou\s+ik|foar\s+my|fan\s+my|ik\s+geev|geev\s+ik|för\s+mi|vun\s+mi|ich\s+gaef|gaef\s+ich|veur\s+mich|ech\s+ginn|ginn\s+ech|fir\s+mech|vu\s+mir|"
    # nb/nn/da/sv: "from me" ("Boka får terningkast fire av meg"), nn "I give" ("Eg gjev henne ein femmar")
    r"(?:av|fra|frå|af|från)\s+(?:meg|mig)\b|eg\s+(?:gjev|gir)|gjev\s+eg|gir\s+jeg|giver\s+jeg|"
    # is "ég gef" / "gef ég" (I give), "frá mér" (from me), "að mínu mati" (to my mind); fo "eg gevi", "frá mær"
    r"ég\s+gef|gef\s+ég|frá\s+mér|að\s+mínu\s+mati|eg\s+gevi|gevi\s+eg|frá\s+mær|"
    # cy "rydw i'n rhoi", "rwy'n rhoi" (I give), "byddwn i'n rhoi" (I'd give), "rhof" (I'll give), "yn fy marn i" (to my mind);
    # ga "tugaim", "thabharfainn" (I give, I'd give), "dar liom" (to my mind); gd "bheirinn", "bheir mi" (I'd give, I'll give)
    r"(?:rydw|rwyf|dw|ydw|byddwn|baswn|swn)\s+(?:i['’]n|i\s+yn|fi['’]n)\s+rhoi|rwy['’]n\s+rhoi|rhof|rhoddwn|yn\s+fy\s+marn\s+i|"
    r"tugaim|thabharfainn|dar\s+liom(?:sa)?|bheirinn|bheir\s+mi|"
    # ru/uk "для меня это девять из десяти", "ставлю 8 из 10"; bg "за мен", "давам ѝ", "бих ѝ дала"; tr "10 üzerinden 8 veririm", "Benden 10 üzerinden 9" (from me); pl "daję 4/5", cs "dávám"
    r"для меня|для мене|за\s+мен|давам|бих\s+(?:ѝ\s+|й\s+|му\s+)?дал[аи]?|ставлю|поставлю|даю|(?:дал|дала|поставил|поставила)\s+бы|(?:по)?ставив(?:ла)?\s+би|veririm|veriyorum|benim\s+için|bence|benden|bana\s+göre|daję|dałbym|dałabym|oceniam|dávám|"
    # el "του δίνω", "για μένα" / "κατ' εμέ" (for me), ko "넷을 주고 싶다" (I'd give it four), hi/ur "from my side" ("मेरी ओर से", "میری طرف سے")
    r"δίνω|θα\s+(?:(?:του|της|το)\s+)?έδινα|βάζω|για\s+μένα|για\s+μενα|κατ['’]\s*εμέ|주고\s+싶다|줄게|준다|주겠다|میری\s+طرف\s+سے|"
    # he "לתת לו" / "אתן לספר" (to give it, I'll give the book), ar "أعطيه", "سأمنحها"; lt "duodu", "skirčiau"; lv "dodu", "liktu"
    r"(?:לתת|אתן|נותן|נותנת|נתתי)\s+(?:לו|לה|לספר)|(?:س?أعطي|س?أمنح)(?:ه|ها)?|duodu|duočiau|skiriu|skirčiau|dodu|lieku|liktu|"
    # pl "dla mnie", "wystawiam"; cs/sk "pro mě", "dávam"; id/ms "saya beri", "menurut saya"; sw "kwangu"; fa "از نظر من", "می‌دهم"
    # sl, hr/bs/sr (Latin and Cyrillic), mk: "dajem" (I give), "dal(a) bi", "dao/dala bih" (I'd give), "ocenjujem" (I rate),
    # "zame", "za mene" (for me), "od mene" (from me), "po mojem mnenju", "po mom mišljenju" (to my mind)
    r"dajem|dal[ae]?\s+bi|da[ol]a?\s+bih|bih?\s+(?:mu|ji|jo|joj|ga|jim|im)\s+da(?:la|le|l|o)|ocenjujem|ocjenjujem|podeljujem|zame|za\s+mene|od\s+mene|po\s+mojem\s+mnenju|po\s+mom\s+mi[sš]ljenju|"
    r"дајем|дао\s+бих|дала\s+бих|оцењујем|за\s+мене|од\s+мене|по\s+мом\s+мишљењу|според\s+мене|"
    r"dla\s+mnie|ode\s+mnie|wystawiam|pro\s+mě|ode\s+mě|pre\s+mňa|odo\s+mňa|dávam|(?:saya|aku)\s+(?:beri|kasih|berikan)|"
    r"(?:menurut|bagi|buat)\s+(?:saya|aku|ane|gue|gw)|menurutku|bagiku|dari\s+saya|kwangu|ninaipa|ninampa|از\s+نظر\s+من|می\u200c?دهم|"
    # hu "nálam", "tőlem" (for me, from me), "adok", "adnék" (I give, I'd give), "szerintem" (to my mind)
    r"nálam|tőlem|adok|adnék|adnám|szerintem|"
    # hy "եմ դնում" / "դնում եմ" (I put), "կտամ", "տալիս եմ" (I'll give, I give), "ինձ համար" (for me)
    r"եմ\s+դնում|դնում\s+եմ|կդնեի|կտամ|կտայի|տալիս\s+եմ|ինձ\s+համար|"
    # fi, et "annan" (I give), fi "antaisin", "minulta", "mielestäni"; et "annaksin", "minult"
    r"annan|antaisin|minulta|mielestäni|annaksin|minult|"
    # vi "với mình" (for me), "theo tôi" (to my mind), "mình cho", "tôi chấm" (I give, I mark)
    # tl "bibigyan ko (ito)" (I'll give it), "para sa akin" (for me)
    r"(?:bi)?bigyan\s+ko|ibibigay\s+ko|para\s+sa\s+akin|"
    # (and, the subject dropped, "cho"/"chấm" right before the score: "nên cho 4 sao", so I give four stars)
    r"(?:với|theo)\s+(?:mình|tôi|tớ|em)|(?:mình|tôi|tớ|em)\s+(?:cho|chấm)|(?:cho|chấm)(?=\s+\d+(?:[.,]\d)?\s*(?:sao|điểm)\b))\b"
)
# The same in scripts whose cue words a \b cannot frame (no spaces, or vowel signs that are no word characters): zh "我给",
# ja "星をつけるなら" (if I give stars), "評価するなら"; th "ให้ 9 …" (give, right before the score); bn "দশে আট দেব" (I'll give),
# "আমার পক্ষ থেকে" (from my side); hi "चार दूँगा"
# (zh, ja, ko drop the subject: the verb "give" alone opening a clause right before the score, zh "給四顆半星。", or after
# a word that sums up, "整體給四顆半星" (on the whole, give …), "所以給八分" (so, give …); ja, ko
# after it, "星4つをつけます。", "별 네 개 줍니다.")
SCRIPT_CUES = (r"我(?:会|會)?(?:给|給|打)|(?:^|(?<=[，。！；、,;!]))\s*(?:{_CJK_SUM}\s*)?(?:给|給|打)(?:它|這本書?|这本书?|本書|本书)?(?=\s*[0-9一二三四五六七八九十两兩.]+\s*(?:[顆颗个個]\s*)?半?\s*[星分])|"
               r"(?<=[つ星点])を?(?:つけ|付け)(?:ます|ました|たい|よう)|(?<=[개점])(?:을|를)?\s*(?:줍니다|드립니다|줄게요|드려요|줬어요|줬다|준다)|(?:つけ|付け)(?:る|れ)?(?:なら|と|ば)|(?:評価|採点)(?:する)?なら|ให้(?:\s*คะแนน)?\s*(?=\d)|"
               r"ខ្ញុំ\s*(?:ផ្តល់|ផ្ដល់|ឲ្យ|អោយ)|ຂ້ອຍ\s*(?:ໃຫ້|ໃຫ)|"  # km, lo: "I give" (unspaced scripts, as th)
               r"(?:দেবো?|দিলাম|দিচ্ছি|দিই)(?=\s|[।,.!]|$)|আমার\s+পক্ষ\s+থেকে|મારા\s+તરફથી|(?:दूँगा|दूंगा|दूँगी|दूंगी|देता\s+हूँ|देती\s+हूँ)(?=\s|[।,.!]|$)|(?:तारा|अङ्क|अंक)\s+(?:दिएँ|दिन्छु|दिनेछु)(?=\s|[।,.!]|$)")  # (ne "… तारा दिएँ", I gave … stars)
# zh: words that sum up before a clause whose subject is dropped (on the whole, all told, in short, in the end, so)
_CJK_SUM = r"(?:整體|整体|總體|总体|綜合|综合|總的來說|总的来说|總之|总之|最後|最后|所以|因此|總結|总结)(?:來說|来说|而言|上|下來|下来)?"
# ja: the same, ending a clause ("総じて", "全体として", "結論として", "まとめると", "結局"), for a score closing the sentence after it
JA_SUM = r"総じて|全体として|全体的に|結論として|結論は|まとめると|総合すると|総合的に|結局"
SCRIPT_CUES = SCRIPT_CUES.replace("{_CJK_SUM}", _CJK_SUM)
# "for me", "from my side", "in my view", "I'll give" in scripts whose words may end in a vowel sign (which \b cannot frame):
# hi "मेरी ओर से", "मेरे हिसाब से", "मेरी नज़र में", "मेरे लिए"; mr "माझ्याकडून", "माझ्या मते", "माझ्यासाठी", "देईन"; kn "ನನ್ನ ಪ್ರಕಾರ",
# "ನನಗೆ", "ಕೊಡುತ್ತೇನೆ"; ml "എന്റെ വക", "എനിക്ക്", "എന്റെ അഭിപ്രായത്തിൽ"; ta "என்னைப் பொறுத்தவரை", "எனக்கு", "தருகிறேன்"
SCRIPT_CUES += (r"|(?<![\w\u0900-\u0d7f])(?:मेरी\s+(?:ओर|तरफ़|तरफ)\s+से|मेरे\s+(?:हिसाब|ख़याल|खयाल|ख्याल)\s+से|मेरी\s+(?:नज़र|नजर|राय)\s+में|मेरे\s+लिए|"
                r"माझ्याकडून|माझ्या\s+(?:मते|मताने|दृष्टीने)|माझ्यासाठी|देईन|ನನ್ನ\s+(?:ಪ್ರಕಾರ|ಲೆಕ್ಕದಲ್ಲಿ|ದೃಷ್ಟಿಯಲ್ಲಿ)|ನನಗೆ|ನನ್ನಿಂದ|"
                r"(?:ಕೊಡು|ನೀಡು)(?:ತ್ತೇನೆ|ವೆ)|എന്റെ\s+(?:വക|അഭിപ്രായത്തിൽ)|എനിക്ക്|എന്നെ\s+സംബന്ധിച്ച(?:ിടത്തോളം|്)|"
                r"என்னைப்?\s+பொறுத்தவரை|என்\s+பார்வையில்|எனக்கு|(?:தருகி|கொடுக்கி)றேன்|(?:தருவே|கொடுப்பே)ன்|"
                # pa "ਮੇਰੇ ਵੱਲੋਂ", "ਮੇਰੀ ਤਰਫ਼ੋਂ" (from my side), "ਮੇਰੇ ਲਈ", "ਮੇਰੇ ਹਿਸਾਬ ਨਾਲ", "ਦੇਵਾਂਗਾ" (I'll give); ne "मेरो तर्फबाट",
                # "मेरो विचारमा", "मेरो लागि"; or "ମୋ ତରଫରୁ", "ମୋ ମତରେ", "ମୋ ପାଇଁ"
                r"ਮੇਰੇ\s+(?:ਵੱਲੋਂ|ਵਲੋਂ|ਲਈ|ਹਿਸਾਬ\s+ਨਾਲ)|ਮੇਰੀ\s+(?:ਤਰਫ਼ੋਂ|ਤਰਫੋਂ|ਰਾਏ\s+ਵਿੱਚ|ਨਜ਼ਰ\s+ਵਿੱਚ)|(?:ਦੇਵਾਂ|ਦਿਆਂ)(?:ਗਾ|ਗੀ)|ਦਿੰਦਾ\s+ਹਾਂ|ਦਿੰਦੀ\s+ਹਾਂ|"
                r"मेरो\s+(?:तर्फबाट|विचारमा|लागि)|ମୋ\s+(?:ତରଫରୁ|ମତରେ|ପାଇଁ|ଦୃଷ୍ଟିରେ))(?=\s|[।,.!:;]|$)")
CJK_SUM = _CJK_SUM
# The words some sites write on a reviewer's star widget instead of a number (its title or aria-label), out of five:
# Douban's five levels, Goodreads' and The StoryGraph-like hover texts
WIDGET_WORDS = {
    "力荐": 5, "推荐": 4, "还行": 3, "较差": 2, "很差": 1, "力薦": 5, "推薦": 4, "還行": 3, "較差": 2,
    "it was amazing": 5, "really liked it": 4, "liked it": 3, "it was ok": 2, "did not like it": 1,
}
# a date's label before "4/5" ("Posted: 4/5", "Gelesen am 3/5"), in other scripts too: ja/zh "読了日：４／５", "日期", ko
# "날짜", ru "дата", ar/fa "تاريخ", hi "तारीख", th "วันที่"
DATED_WORDS = (
    r"\b(?:dated?|datum|fecha|data|posted|published|updated|read|finished|started|lu|leído|gelesen|letto|lido|gelezen|"
    r"дата|прочитан\w*|tarih|tanggal|terminé|terminado|beendet|dibaca|okundu|bitirdim|olvasva|przeczytan\w*|přečten\w*|prečítan\w*|"
    r"luettu|läst|citit|pročitan\w*|прочетен\w*)|読了日?|日付|投稿日|更新日|日期|读完|讀完|날짜|읽은\s*날|작성일|تاريخ|التاريخ|تاریخ|"
    r"तारीख|दिनांक|วันที่"
)
# "and a half" after a number; "out of" (and nothing else); "of" in the other scripts and languages readers write in:
# ru/uk "9 из 10", he "9 מתוך 10", ar "4 من 5", el "8 στα 10", pl/cs "4 na 5", "4 z 5", nl "4 van de 5", "8 op 10"
HALF_WORDS = (r"and[\s-]a[\s-]half|y medi[oa]|e medi[oa]|i mig|an\s+eng\s+hallef|et demie?|und ein halb|einhalb|e mezz[oa]|e mei[ao]|en een halve?|-?en[\s-]['’]n[\s-]hal(?:we|f)|och en halv|og en halv|"
               r"e\s+gjysmë|ja puoli|és fél|a půl|i pół|с половиной|buçuk|yarım|yarim|жарым|setengah|na nusu|su puse|"
               r"ir pusė|un pus|a pol|at kalahating|at kalahati|וחצי|و\s?نصف|و\s?نیم|და\s+ნახევარი|ተኩል|"
               # cy "tair seren a hanner", ga "go leith", gd "gu leth", br "ha hanter", is/fo "og hálf", eu
               # "eta erdi", et "ja pool", ro "și jumătate", hr/bs/sr/sl "i pol", "i po", "in pol", bg/mk/sr
               # "и половина", "и пол", "и по", uk "з половиною", be "з паловай", el "και μισό", mt "u nofs",
               # hy "ու կես", vi "rưỡi" (whole words: "i po" opens "i pod")
               r"(?:a\s+hanner|go\s+leith|gu\s+leth|ha\s+hanter|og\s+h[áa]l(?:f[at]?|v)|eta\s+erdi|ja\s+pool|"
               r"[șşs]i\s+jum[ăa]tate|i\s+po(?:l|lovin[aue])?|in\s+pol|и\s+по(?:л|ловина|ловин[ау])?|"
               r"з\s+половиною|з\s+паловай|και\s+μισ[όήοη]|u\s+nofs|(?:ու|և|եւ)\s+կես|rưỡi)(?![\w])")
OUT_OF_WORDS = r"out of|outta|over|sobre|sur|su|uit|em|av|ud af|στα|στο"  # ("8 over 10": West African and Indian English, as fr "sur")
# (am "4 ከ 5", ti "4 ካብ 5", ku "4 ji 5", jv "4 saka 5", su "4 tina 5", rw "4 kuri 5", ig "4 n'ime 5", mg "4 amin'ny
# 5"; ms/id "4 bintang daripada 5", cy "4 allan o 5", mt "4 minn 5", sq "4 nga 5", ha "4 cikin 5", yo "4 nínú 5"; tl
# "4.5 sa 5"; lb "4 vu 5", "véier vun zéng"; ro "9 din 10", hr/bs/sr/sl "4 od 5", sl "4 izmed 5", "4 од 5", el "8
# βαθμοί στους 10", tg "8 аз 10", eo "4 el 5"; ht "4 sou 5", French's "sur")
OF_WORDS = (r"of|de|di|el|sou|von|vun|vu|aus|van\s+de|van|op|af|из|із|з|от|аз|מתוך|من|στα|στο|από|na|z|ze|از|dari|"
            r"kati ya|ดาวจาก|จาก|เต็ม|iš|no|trên|din|od|izmed|од|στους|στις|sa|daripada|allan\s+o|minn|nga|cikin|"
            r"nínú|ninu|a-mach\s+à|ከ|ካብ|ji|saka|tina|kuri|n['’]ime|amin['’]ny|mo\s+go(?:\s+tse)?|ho\s+tse")  # (tn, st "of those")
# ga "as", br "war" (out of): English and German words as much ("9 as 10 would", "4 war 5"), so read only in the whole
# shape those languages write, a number, the star word and the scale ("ceithre réalta as cúig", "4 réalta as 5", "pevar
# steredenn war pemp": ratingshapes.N_STARS), never in OF_WORDS' bare "9 as 10"
CELTIC_STARS_OF = r"(?<=réalta|ealtaí|redenn|terenn)\s+(?:as|war)(?=\s)"
# a score's denominator and the words for stars, as words
DEN_WORDS = (r"seks|sechs|шест|sześciu|five|ten|vyf|пет|десет|п'яти|п’яти|п'ять|п’ять|cinq|dix|cinco|diez|fünf|"
             r"zehn|cinque|dieci|dez|vijf|tien|fem|tio|다섯|열|пяти|десяти|пять|десять|πέντε|δέκα|öt|tíz|पाँच|"
             r"पांच|दस|پانچ|دس|পাঁচ|দশ|חמישה|חמש|עשרה|עשר|خمسة|خمس|عشرة|عشر|penkių|dešimties|pieciem|piecām|"
             r"desmit|पाच|दहा|ötből|tízből|pięć|dziesięć|pięciu|dziesięciu|pět|deset|pěti|deseti|päť|desať|"
             r"piatich|desiatich|lima|sepuluh|tano|kumi|پنج|ده|beş|năm|mười|ხუთიდან|ათიდან|petih|desetih|pet|"
             r"fënnef|zéng|fiif|tsien|fiev|teihn|vief|pesë|dhjetë|ਪੰਜ|ਦਸ|પાંચ|દસ|ପାଞ୍ଚ|ଦଶ|bump|pump|ddeg|cúig|"
             r"còig|deich|pemp|፭|፲|mẹ́wàá|márùn-ún|márùún|márùn|ise|iri|tlhano|hlano|lesome|leshome")
STAR_WORDS = (r"stars?|stären|stär|étoiles?|estrellas?|estrelas?|sternen|sterne|stern|stelle|stella|stelojn|steloj|stelon|stelo|sterren|sterre|ster|stjärnor|stjerner|stjerne|"
               # ro, is, eu (not after is "um", about, which is pt "one": "um stjörnur og tunglið")
               r"steluțe|steluţe|stelute|stele|stea|steilas|steila|(?<!um\s)(?:stjörnur|stjörnum|stjörnu|stjarna)|"
               r"izarretatik|izarrak|izar|"
               r"звезди|звезды|звёзды|звезд|звёзд|звезда|зірки|зірок|зірка|αστέρια|αστέρι|csillagot|csillag|כוכבים|כוכב|نجوم|نجمات|نجمة|"
               r"tähteä|tähdestä|tähden|tähteä|tähti|tärni|tärn|žvaigždutės|žvaigždutes|žvaigždes|žvaigždučių|žvaigždės|žvaigždžių|žvaigždutė|žvaigždė|zvaigznes|zvaigžņu|zvaigzne|"
               r"yjesh|yje|yll|seren|sêr|réalta|rionnagan|rionnag|steredenn|sterenn|stjerren|stjer|steerns|steern|"  # (cy, ga, gd, br; fy, nds)
               r"gwiazdek|gwiazdki|gwiazdka|hvězdiček|hvězdičky|hvězdička|hvězd|hvězdy|hviezdičiek|hviezdičky|hviezdičk[ay]|"
               r"hviezd|hviezdy|zvjezdic[aeu]|zvijezd[aeu]|zvezdic[aeu]|zvezd[aeu]|zvezdic|звездиц[аеу]|bintang|nyota|yıldız|ulduz|yulduz|жұлдыз|жылдыз|ستاره|sao|ვარსკვლავი|na\s+bituin|bituin|աստղեր|աստղի|աստղ|"  # (tl with its linker: "apat na bituin")
               # hi, ur, bn ("साढ़े चार सितारे", "چار ستارے", "চার তারা"): vowel signs end some, so a star word ends where no mark follows
               r"सितारे|सितारा|सितारों|स्टार|ستارے|ستارہ|ستاروں|তারা|স্টার|ផ្កាយ|ດາວ|ਸਿਤਾਰੇ|ਸਿਤਾਰਾ|ਸਿਤਾਰਿਆਂ|ତାରା|ଷ୍ଟାର|"
               # gu, pa, kn, ml, ta, te: the loanword and the native word ("ಮೂರೂವರೆ ನಕ್ಷತ್ರಗಳು", "നാല് സ്റ്റാർ", "మూడున్నర నక్షత్రాలు")
               r"સ્ટાર|ਸਟਾਰ|ಸ್ಟಾರ್(?:ಗಳು)?|ನಕ್ಷತ್ರ(?:ಗಳು)?|സ്റ്റാർ|നക്ഷത്രങ്ങൾ|നക്ഷത്രം|ஸ்டார்|நட்சத்திரங்கள்|நட்சத்திரம்|స్టార్(?:లు)?|నక్షత్రాలు")  # (and km, lo: "៤ ផ្កាយ", "4 ດາວ")
# "half" before its number: hi/ur "साढ़े चार", bn "সাড়ে আট" (and a half; ढ़, ড় in one code point or two)
HALF_BEFORE = "\u0938\u093e\u095d\u0947|\u0938\u093e\u0922\u093c\u0947|ساڑھے|\u09b8\u09be\u09dc\u09c7|\u09b8\u09be\u09a1\u09bc\u09c7|સાડા|साढे|साडे|ਸਾਢੇ|ସାଢ଼େ|\u0b38\u0b3e\u0b22\u0b3c\u0b47"  # (and gu, ne; mr "साडे"; pa, or)
# A school mark in words, out of five, after a rating label or given ("ставлю"): ru "Оценка: твёрдая четвёрка", uk
# "Оцінка: п'ятірка з мінусом", "ставлю твёрдую четвёрку" (a plus or a minus is a twentieth, as on the letter-grade ladder)
SCHOOL_MARKS = {"единица": 1, "кол": 1, "двойка": 2, "тройка": 3, "четвёрка": 4, "четверка": 4, "пятёрка": 5, "пятерка": 5,
                "одиниця": 1, "двійка": 2, "трійка": 3, "четвірка": 4, "п'ятірка": 5, "п’ятірка": 5,
                "единицу": 1, "двойку": 2, "тройку": 3, "четвёрку": 4, "четверку": 4, "пятёрку": 5, "пятерку": 5,
                "одиницю": 1, "двійку": 2, "трійку": 3, "четвірку": 4, "п'ятірку": 5, "п’ятірку": 5,
                # sr/hr/bs, in Cyrillic and Latin script, and their accusatives ("чиста петица", "dajem joj četvorku")
                "јединица": 1, "двојка": 2, "тројка": 3, "четворка": 4, "петица": 5,
                "јединицу": 1, "двојку": 2, "тројку": 3, "четворку": 4, "петицу": 5,
                "jedinica": 1, "dvojka": 2, "trojka": 3, "četvorka": 4, "petica": 5,
                "jedinicu": 1, "dvojku": 2, "trojku": 3, "četvorku": 4, "peticu": 5,
                # the top mark of the six-point scales, bg (2 to 6) and pl (1 to 6): "пълна шестица", "mocna szóstka"
                "шестица": 6, "шестицата": 6, "шестицу": 6, "szóstka": 6, "szóstkę": 6}
SCHOOL_MARK_SCALES = {"шестица": 6, "шестицата": 6, "шестицу": 6, "szóstka": 6, "szóstkę": 6}  # (the others: out of five)
# A school mark named with its digit, as report cards write it: bg "Отличен 6" (2 to 6), pl "bardzo dobry (5)" (1 to 6),
# sr/hr/bs "odličan (5)", ru "отлично (5)", hu "jeles (5)" (to 5), cs/sk "výborná (1)" (1 to 5, one the best: a negative
# top), de "sehr gut (1)" (1 to 6, one the best). Each name
# goes with its one digit (or, bg, its decimals: "Отличен 5,75"), so "добър 4 дни" after a count is no mark (rating)
NAMED_MARKS = {
    "отличен": (6, 6), "много добър": (5, 6), "мн. добър": (5, 6), "добър": (4, 6), "среден": (3, 6), "слаб": (2, 6),
    "celujący": (6, 6), "celująca": (6, 6), "bardzo dobry": (5, 6), "bardzo dobra": (5, 6), "dobry": (4, 6), "dobra": (4, 6),
    "dostateczny": (3, 6), "dostateczna": (3, 6), "dopuszczający": (2, 6), "dopuszczająca": (2, 6), "niedostateczny": (1, 6),
    "niedostateczna": (1, 6),
    "odličan": (5, 5), "vrlo dobar": (4, 5), "dobar": (3, 5), "dovoljan": (2, 5), "nedovoljan": (1, 5),
    "одличан": (5, 5), "врло добар": (4, 5), "добар": (3, 5), "довољан": (2, 5), "недовољан": (1, 5),
    "отлично": (5, 5), "хорошо": (4, 5), "удовлетворительно": (3, 5), "неудовлетворительно": (2, 5),
    "výborný": (1, -5), "výborná": (1, -5), "chvalitebný": (2, -5), "chvalitebná": (2, -5), "chválitebný": (2, -5),
    "chválitebná": (2, -5), "dobrý": (3, -5), "dobrá": (3, -5), "dostatečný": (4, -5), "dostatečná": (4, -5),
    "dostatočný": (4, -5), "dostatočná": (4, -5), "nedostatečný": (5, -5), "nedostatečná": (5, -5), "nedostatočný": (5, -5),
    "nedostatočná": (5, -5),
    # de: 1 to 6, one the best ("sehr gut (1)", "befriedigend 3"); hu: 1 to 5 ("jeles (5)", "Osztályzat: közepes 3")
    "sehr gut": (1, -6), "gut": (2, -6), "befriedigend": (3, -6), "ausreichend": (4, -6), "mangelhaft": (5, -6),
    "ungenügend": (6, -6),
    "jeles": (5, 5), "kitűnő": (5, 5), "jó": (4, 5), "közepes": (3, 5), "elégséges": (2, 5), "elégtelen": (1, 5),
}


# "my" before a label, spaced or written on (public: ``bookfirstrow`` reads a box's head with them)
MINE, MINE_CJK = _MINE, _MINE_CJK
# a score's label in any language ("Rating", "Note", "評価", "평점", "คะแนน", "রেটিং", "امتیاز"), "my" before it or not: a
# record's row label (``bookfirstrow``)
SCORE_LABEL = re.compile(rf"(?:(?:{_MINE})\s+|(?:{_MINE_CJK})\s*)?(?:{LABEL_WORDS})", re.I)


def number_value(token: str) -> float | None:
    """What a score's number token is worth: a digit string, or a number word of the tables above."""
    token = token.strip().lower().replace(",", ".")
    if (word := NUMBER_WORDS.get(token) or CJK_NUMBERS.get(token) or TEN_AS_SCALE.get(token)) is not None:
        return float(word)
    try:  # (a scale with its case on the numeral, "10-ből": its number)
        return float(token.split("-")[0] if "-" in token and token.split("-", 1)[1].isalpha() else token)
    except ValueError:
        return None


def match_value(match: re.Match, scale: float) -> float | None:
    """A score match's value on 0–1: its ``num`` group (a half added by ``half``/``before``/``after``) over `scale`."""
    if (num := number_value(match.group("num"))) is None:
        return None
    if ((groups := match.groupdict()).get("half") or groups.get("before") or groups.get("after")) and num == int(num):
        num += 0.5
    return None if not scale or num > scale else round(num / scale, 3)
