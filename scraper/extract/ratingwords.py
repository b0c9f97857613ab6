"""The words ratings are written with, per language: number words, "my", "overall" and the labels before a score.

Language knowledge for scraper.extract.rating, kept apart from its rules.
"""

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,  # es (pt shares cinco)
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,  # fr
    "ein": 1, "eine": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,  # de (nl shares vier)
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5,  # it
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4,  # pt
    "een": 1, "twee": 2, "drie": 3, "vijf": 5,  # nl
    "dix": 10, "diez": 10, "zehn": 10, "dieci": 10, "dez": 10, "tien": 10,  # out of ten
    # six to nine, for scores out of ten ("nove su dieci", "ocho sobre diez", "sieben von zehn")
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "sept": 7, "huit": 8, "neuf": 9, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "sete": 7, "oito": 8, "zes": 6, "zeven": 7, "negen": 9,
    # sv, da, no (the short and ambiguous ones — en, ni, ti, sex — left out)
    "två": 2, "fyra": 4, "fire": 4, "fem": 5, "sju": 7, "syv": 7, "åtta": 8, "otte": 8, "åtte": 8, "tio": 10,
    # ko: native numbers, alone and before a counter ("별 다섯 개 중 네 개": four stars of five)
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
    "아홉": 9, "열": 10,
}
# zh, ja: numerals written before 星 with no space ("四星半", "五颗星"), so read apart from the words above
CJK_NUMBERS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_MINE = (
    r"my|our|mi|nuestra|ma|mon|notre|meine?|unsere?|il mio|la mia|mia|mio|a minha|o meu|minha|meu|nossa|mijn|onze|моя|мой|моё|η"
)
_OVERALL = r"overall|finale?|totale?|globale?|général|gesamtwertung|gesamtnote|gesamt|insgesamt|eindoordeel|eindcijfer|итого|итог|підсумок"
_LABEL_WORDS = (
    r"ratings?|rated|score|stars|grade|verdict|note|notation|évaluation|appréciation|valoraci[oó]n|"
    r"puntuaci[oó]n|calificaci[oó]n|nota|estrellas|veredicto|bewertung|wertung|sterne|urteil|"
    r"voto|giudizio|valutazione|punteggio|stelle|cotação|avaliação|classificação|pontuação|estrelas|"
    r"beoordeling|cijfer|oordeel|waardering|sterren|betyg|karakter|terningkast|vurdering|bedømmelse|hodnocení|hodnotenie|ocena|známka|"
    # ru, uk, el, he ("my score" puts "mine" after the noun), ar, tr, ko, ja, zh
    r"оценка|оцінка|рейтинг|βαθμολογία|הציון\s+שלי|הציון|ציון|הדירוג\s+שלי|דירוג|تقييمي|التقييم|تقييم|"
    r"puan(?:ım)?|평점|별점|評価|点数|评分|評分|(?:मेरी\s+)?रेटिंग|skor(?:\s+saya)?|nilai(?:\s+saya)?|امتیاز(?:\s+من)?|(?:ให้)?คะแนน|điểm|tathmini(?:\s+yangu)?|ukadiriaji"
)
# a score's denominator and the words for stars, as words
_DEN_WORDS = r"five|ten|cinq|dix|cinco|diez|fünf|zehn|cinque|dieci|dez|vijf|tien|fem|tio|다섯|열"
_STAR_WORDS = r"stars?|étoiles?|estrellas?|estrelas?|sternen|sterne|stern|stelle|stella|sterren|ster|stjärnor|stjerner|stjerne"
