"""A post that sets a book against its screen or stage version, told by its structure and by whom its score goes to.

- sections for each: among the body's section headings (Markdown headings, or whole bold lines standing as headings)
  one's subject is the book ("## The novel", "### ฝั่งนิยาย", "**一、小说：…**") and another's is a film, a series or a
  stage version ("## The film", "### Filmen", "**二、剧版：…**"): the post weighs the two against each other, a
  comparison, not a review of the book (a review that mentions its film does so in its prose, not in a section of its
  own beside one for the book);
- a score given in a sentence whose topic is another medium, in the scripts written without spaces between words
  (Japanese, Chinese, Korean clauses, Thai): "映画だけに点をつけるなら★3.5くらい", "电影给三星", "영화는 별 3개",
  "หนังได้ 6 เต็ม 10": the medium's word opens the sentence (or its clause) and no word for the book comes between it
  and the score. (medium.verdict_for_other reads the European languages' clauses.)
- a score given in a sentence that names the medium and no book, in the languages whose nouns take no separate
  article (ar "فأعطي المسلسل ٧ من ١٠", hi "फ़िल्म को … 10 में से 6", ru "Сериалу ставлю 5 из 10", fa, he, pl, cs);
- ``other_art``: a text naming a film, its crew or cinema, a painting or an album in a script without capitals (the
  caseless headline readers' veto: bookdashowner, bookarabicby).

Pure functions over the cleaned Markdown; classify.body_signals and medium.body_says_other read them.
"""

from __future__ import annotations

import re

from .casefold import fold, stems

# The heading's subject: its first words (spaced scripts) or first characters (unspaced), after a number or an ordinal
# ("1.", "II.", "一、", "第二部分") and "the side of", "what the … keeps" (fr "Ce que le film garde").
_SPACED_MEDIUM = (r"films?|filmen|filmet|filmu|filme|movies?|pel[íi]culas?|фильм\w*|сериал\w*|экранизаци\w*|verfilmung\w*|"
                  r"verfilming\w*|(?:tv|television|netflix|web)[\s-]series|(?:tv|television)[\s-]show|serie\s+tv|"
                  r"(?:screen|film|stage|tv|television)\s+(?:adaptation|version)|adaptation\s+(?:for|to)\s+the\s+screen|"
                  r"adaptaci[óo]n|adapta[çc][ãa]o|adattamento|ekranizacj\w+|dizisi|filmi|phim|ταινία\w*|"
                  # (the article written on the noun: ar "الفيلم", he "הסרט"; fa, hi)
                  r"(?:ال)?(?:فيلم|مسلسل)\w*|ה?(?:סרט|סדרת\s+הטלוויזיה)\w*|فیلم|سریال|फ़िल्म|फिल्म")
SPACED_BOOK = (r"books?|novels?|novellas?|the\s+original|livres?|romans?|romanen|romanzo|libro|livros?|novelas?|buch|"
                r"bücher|boek|bogen|boken|книг\w*|роман\w*|powieś\w*|książk\w*|kitab\w*|kitap\w*|roman[ıi]\w*|román\w*|knih\w*|"
                r"sách|tiểu\s+thuyết|buku|βιβλίο\w*|μυθιστόρημα\w*|(?:ال)?(?:رواية|كتاب)\w*|ה?(?:ספר|רומן)\w*|کتاب|رمان|उपन्यास|किताब")
# (not 舞台, a novel's setting too; not 剧情 "plot", 剧透 "spoiler", 剧本 "script", nor 电影感 "cinematic", 映画化 "made into
# a film": the medium's word opening a longer word of a book's)
_UNSPACED_MEDIUM = (r"(?:映画|ドラマ|アニメ|実写|电影|電影|电视剧|電視劇|剧版|劇版|剧集|劇集|动画|動畫|영화|드라마|애니|연극|뮤지컬|"
                    r"หนัง(?!สือ)|ภาพยนตร์|ซีรีส์|ละคร)(?![感化情透本])")
UNSPACED_MEDIUM = _UNSPACED_MEDIUM  # (bookthaiof: a headline's title naming a film or a series)
_UNSPACED_BOOK = r"原作|原著|小説|小说|本|书|書|책|소설|원작|นิยาย|หนังสือ|วรรณกรรม"
_LEAD = r"^(?:[0-9]+[.)]\s*|[IVX]+\.\s+|[一二三四五六七八九十]+[、.．]\s*|第[一二三四五六七八九十0-9]+[部章]\s*)?"
_HEAD_SPACED = re.compile(rf"{_LEAD}(?:[^\W\d_]+\s+){{0,3}}?(?:(?P<medium>{_SPACED_MEDIUM})|(?P<book>{SPACED_BOOK}))\b", re.I)
# (an unspaced heading: the noun within its first few characters, "ฝั่งหนัง" "the film's side", "映画版について")
_HEAD_UNSPACED = re.compile(rf"{_LEAD}[^\s:：、，,]{{0,4}}?(?:(?P<medium>{_UNSPACED_MEDIUM})|(?P<book>{_UNSPACED_BOOK}))")


def _headings(markdown: str) -> list[str]:
    """The section headings: "#" lines and whole bold lines of a few words, their marks taken off; a line that gives a
    score is a verdict's line ("5/5 for the book, 2/5 for the film" rates the book: medium.py), not a section's."""
    out = []
    for line in markdown.splitlines():
        line = line.strip()
        # (a heading's shape first, the score patterns only for a heading: most lines are prose)
        if line.startswith("#"):
            heading = line.lstrip("#").strip().strip("*_").strip()
        elif line.startswith("**") and _BOLD_LINE.fullmatch(line) and len(line.split()) <= 12:
            heading = line.strip("*").strip()
        else:
            continue
        if SCORE.search(line) or _WORDED.search(line):  # "**Book: 4/5**", "**Film: 2 stars**": score lines, not sections
            continue
        out.append(heading)
    return out


_BOLD_LINE = re.compile(r"\*\*[^*]{1,80}\*\*")


def _subject(heading: str) -> str | None:
    """'medium' or 'book' when the heading's subject is another medium or the book; None otherwise."""
    for pattern in (_HEAD_SPACED, _HEAD_UNSPACED):
        found = pattern.match(heading)
        if found:
            return found.lastgroup
    return None


def sections_compare(markdown: str) -> str | None:
    """The headings of a section about the book and of one about another medium, when the post has both."""
    subjects = {}
    for heading in _headings(markdown):
        subjects.setdefault(_subject(heading), heading)
    if "medium" in subjects and "book" in subjects:
        return f"'{subjects['book']}' and '{subjects['medium']}'"
    return None


# A title that takes the work to the screen: "… on screen", "from page to screen", "page vs screen", it "allo schermo", fr
# "à l'écran", es "en la pantalla", de "auf der Leinwand", ru "на экране", ar "على الشاشة", he "על המסך", hi "परदे पर",
# zh "银幕", ko "스크린으로": an adaptation's post (medium.title_medium; a title about the book or reading keeps it the book's)
ON_SCREEN = (  # (with the book it leaves: "from the book to the screen", it "dal libro allo schermo", "book vs screen")
             r"(?:\b(?:from|dal|du|vom|del|de\s+la|do|da|van\s+het|z|от)\s+(?:the\s+)?)?(?:page|book|novel|libro|romanzo|livre|roman|"
             r"buch|novela|livro|boek|książki|книги|романа)\s+(?:to|vs\.?|versus|allo|al|à\s+l['’]|a\s+la|zum|auf\s+die|para\s+a|"
             r"naar\s+het|na|к|на)\s*(?:the\s+)?(?:big\s+|grande\s+)?(?:screen|schermo|cinema|écran|pantalla|leinwand|kino|tela|doek|"
             r"ekran|экрану|экран)(?!\w)|"
             r"\b(?:on|onto|to|for|vs\.?|versus)\s+(?:the\s+)?(?:big\s+|small\s+|silver\s+)?screens?\b|\bpage\s+to\s+screen\b|"
             r"\b(?:allo|sullo|sul\s+grande|sul\s+piccolo)\s+schermo\b|(?:à|a|au|sur)\s+(?:l['’]|le\s+(?:grand|petit)\s+)?[ée]cran\b|"
             r"\b(?:a|en)\s+(?:la\s+)?(?:gran\s+)?pantalla\b|\b(?:na|para\s+a)\s+(?:grande\s+)?tela\b|\bno\s+ecrã\b|"
             r"\bauf\s+(?:der|die)\s+(?:Leinwand|Kinoleinwand)\b|\bop\s+het\s+(?:witte\s+)?doek\b|\bna\s+ekran(?:ie|ach)?\b|"
             r"\bна\s+экран(?:е|ах)?(?!\w)|\bна\s+екран(?:і)?(?!\w)|\bστη(?:ν)?\s+(?:μεγάλη\s+)?οθόνη\b|\bbeyaz\s+perde\w*|"
             r"(?:على|إلى)\s+الشاشة|(?<![^\W\d_])(?:על\s+ה|ל)מסך|(?:परदे|पर्दे)\s+पर|银幕|銀幕|大荧幕|스크린(?:으로|에서|\s)|"
             # the book (one, not "books") and the screen set side by side: "between the novel and the screen", fr "le
             # roman et l'écran", es "el libro y la pantalla", it "libro e schermo", ar "بين الرواية والشاشة" ("and" on the
             # noun), he "בין הספר למסך", ru "книга и экран"
             r"\b(?:the\s+)?(?:page|book|novel)\s+(?:and|&|vs\.?|versus)\s+(?:the\s+)?(?:big\s+|small\s+|silver\s+)?screen(?!\w|\s+(?:door|time|of)\b)|"
             r"\b(?:le\s+|du\s+)?(?:livre|roman)\s+et\s+(?:l['’]|le\s+(?:grand|petit)\s+)[ée]cran\b|"
             r"\b(?:el\s+|la\s+)?(?:libro|novela)\s+y\s+la\s+(?:gran\s+)?pantalla\b(?!\s+de)|\b(?:il\s+)?(?:libro|romanzo)\s+e\s+(?:lo\s+)?schermo\b|"
             r"\b(?:o\s+)?(?:livro|romance)\s+e\s+a\s+(?:tela|ecrã)\b|\b(?:het\s+)?boek\s+en\s+het\s+(?:witte\s+)?doek\b|"
             r"\bBuch\s+und\s+(?:die\s+)?Leinwand\b|(?<!\w)(?:книг[аои]й?|роман(?:ом)?)\s+и\s+экран(?:ом)?(?!\w)|"
             r"(?<!\w)(?:ال)?(?:رواية|كتاب)\s+و(?:ال)?شاشة|(?<!\w)ה(?:ספר|רומן)\s+ו?(?:ל|ה)מסך")


# A score as the unspaced scripts write it: ★3.5, ☆4, ★★★, 3.5点, 8分, 4星, 별 3개, 9점, 6 เต็ม 10, 8/10
_SCORE = (r"[★☆]\s*[0-9]|[★☆⭐]{2,}|[0-9](?:[.,][0-9])?\s*(?:点|點|分(?![钟鐘])|점|星|つ星)|별\s*[0-9]|"
          r"[0-9一二三四五六七八九十](?:\s*颗)?\s*星|[0-9]{1,2}\s*เต็ม\s*[0-9]{1,3}|[0-9](?:[.,][0-9])?\s*/\s*(?:5|10|100)\b")
class _Guarded:
    """A compiled pattern whose search is asked only of a text holding one of the characters its every match holds:
    _SCORE's seven branches tried at every place of a long line cost ~15 µs a line, one class scanned for ~1."""

    def __init__(self, pattern: str, needs: str):
        self.pattern, self._compiled, self._needs = pattern, re.compile(pattern), re.compile(needs)

    def search(self, text: str) -> re.Match | None:
        return self._compiled.search(text) if self._needs.search(text) else None


# (every branch of _SCORE holds a digit, a star, or a numeral before 星)
SCORE = _Guarded(_SCORE, "[0-9★☆⭐一二三四五六七八九十]")
_WORDED = re.compile(r"\b\d(?:[.,]\d)?\s*(?:stars?|sterne?n?|[ée]toiles?|estrellas?|stelle|estrelas|sterren|звезд\w*|"
                     r"(?:out\s+of|von|sur|su|uit|de|z|из)\s+(?:5|10|20)\b)", re.I)
# the medium's word at the head of a sentence or clause (after a stop, a comma, a space in Thai, or "this"), then up to
# 24 characters with no stop and no word for the book, then the score
_GIVEN = re.compile(
    rf"(?:^|[。！？!?．、，,；;\s]|この|その|这部|這部|那部|이|그)\s*(?:{_UNSPACED_MEDIUM})"
    rf"(?:(?!{_UNSPACED_BOOK})[^。！？!?．\n]){{0,24}}?(?:{_SCORE})"
)


# ... and to the book: "原作は★5", "นิยายคงได้ 9 เต็ม 10"
_BOOK_GIVEN = re.compile(rf"(?:{_UNSPACED_BOOK})(?:(?!{_UNSPACED_MEDIUM})[^。！？!?．\n]){{0,24}}?(?:{_SCORE})")


def given_to_other(line: str) -> bool:
    """A sentence of the line gives its score to another medium, in an unspaced script ("映画は★3.5")."""
    return bool(SCORE.search(line)) and bool(_GIVEN.search(line))


def scores_the_book(line: str) -> bool:
    """A sentence of the line gives the book a score, in an unspaced script ("原作は★5")."""
    return bool(SCORE.search(line)) and bool(_BOOK_GIVEN.search(line))


# --- a score given to another medium, in the languages whose nouns take no separate article ---------------------------
# Arabic and Hebrew write the article (and "to", "and") on the noun, Hindi and Turkish mark its case after it, Russian,
# Polish and Czech decline it, Persian writes none: medium.verdict_for_other's "the film … 4/5" cannot read them. Here
# the score is the medium's when its sentence names the medium before it and no book: "فأعطي المسلسل ٧ من ١٠" (I give
# the series 7 of 10), "धारावाहिक को … 10 में से 7 दूँगी", "Фильму ставлю 6 из 10", "به سریال ۷ از ۱۰ می‌دهم".
# (not a bare "series" that a book series is too: he "סדרה", el "σειρά", hi "सीरीज़", ar "سلسلة"; nor he "סרטן", cancer)
_NO_ARTICLE_MEDIUM = re.compile(
    r"(?<![^\W\d_])(?:[وفبل]?ال|لل|[وف]?ب?)?(?:فيلم|مسلسل|أفلام|مسلسلات)|(?<![^\W\d_])[ולבהמשו]{0,3}(?:סרט(?!ן)|סדרת\s+ה?טלוויזיה)|"
    r"(?<![^\W\d_])(?:فیلم|سریال)|(?<!\S)(?:फ़िल्म|फिल्म|धारावाहिक|सीरियल|वेब\s+सीरीज़?|सिनेमा|चित्रपट)|"
    # (kn, ml, ta: the noun with its case written on, "ಸಿನಿಮಾಕ್ಕೆ", "സിനിമയ്ക്ക്", "திரைப்படத்துக்கு")
    r"(?<!\S)(?:ಸಿನಿಮಾ|ಚಲನಚಿತ್ರ|ಧಾರಾವಾಹಿ|സിനിമ|ചലച്ചിത്ര|സീരിയൽ|திரைப்பட|சினிமா|தொலைக்காட்சித்\s*தொடர்)|"
    r"(?<![^\W\d_])(?:фильм|сериал|экранизаци|фільм|серіал|екранізаці|ταινί|τηλεοπτικ\w*\s+σειρ)\w*|"
    r"\b(?:film(?:owi|u|em)|serial(?:owi|u|em)|seriál(?:u|em)|ekranizac\w+|diziye|diziyi|pelikula|teleserye)\b|"  # (tl too)
    # id/ms: the film as the clause's topic ("Sebagai film, …", "Untuk filmnya …", "Film ini …", a "sinetron"), not a bare
    # "film" (English says it too); a "serial" is a book series too: _SERIES, on a page that names a screen
    r"\b(?:(?:sebagai|untuk|buat)\s+(?:film|filem|sinetron)(?:nya)?|(?:film|filem|sinetron)(?:nya|\s+(?:ini|itu|tersebut))|sinetron)\b",
    re.I,
)
_MEDIUM_STEMS = stems(_NO_ARTICLE_MEDIUM.pattern)
# the screen's people and places and the other arts a headline "T — A" or "«T» اثر A" may credit, in the scripts
# without capitals (hi, bn, gu, pa, or, te, kn, ta, ml, si, ar, fa, ur): a director, actors, the camera, a cinema hall,
# a film where _NO_ARTICLE_MEDIUM lacks the script; a painting, an album
_OTHER_ART = re.compile(
    r"(?<!\S)(?:निर्देशक|अभिनेता|अभिनेत्री|अभिनय|सिनेमाघर|पेंटिंग|एल्बम|পরিচালক|অভিনেতা|অভিনেত্রী|অভিনয়|"
    r"চলচ্চিত্র|সিনেমা|চিত্রকর্ম|অ্যালবাম|દિગ્દર્શક|અભિનેતા|અભિનય|ફિલ્મ|ਨਿਰਦੇਸ਼ਕ|ਅਦਾਕਾਰ|ਫ਼ਿਲਮ|ਫਿਲਮ|ଚଳଚ୍ଚିତ୍ର|ସିନେମା|"
    r"ନିର୍ଦ୍ଦେଶକ|దర్శకుడు|దర్శకత్వ|నటుడు|నటీనటులు|సినిమా|చలనచిత్ర|ನಿರ್ದೇಶಕ|ನಟರು|ನಟಿ|ನಟನೆ|ಛಾಯಾಗ್ರಹಣ|இயக்குந|இயக்குன|"
    r"நடிகர|நடிகை|ஒளிப்பதிவு|திரையரங்க|സംവിധായക|സംവിധാന|ഛായാഗ്രഹണ|അഭിനേതാ|චිත්\u200d?රපට|අධ්\u200d?යක්ෂ|"
    r"(?:ال)?(?:مخرج|ممثل|سينما|لوحة|ألبوم)|کارگردان|بازیگر|سینما|تابلو|نقاشی|آلبوم|"
    r"ہدایت\s*کار|اداکار|فلم|پینٹنگ|البم)")


def other_art(text: str) -> bool:
    """The text (or a tag) names a film, its director, actors or cinema, a painting or an album, in a script without
    capitals: a headline's work and its maker may be those, not a book and its author."""
    return bool(_OTHER_ART.search(text)) or unmarked_medium(text)

_NO_ARTICLE_BOOK = re.compile(
    rf"(?<![^\W\d_])(?:{SPACED_BOOK})|(?<!\S)(?:पुस्तक|किताब|उपन्यास|कादंबरी|ಪುಸ್ತಕ|ಕಾದಂಬರಿ|പുസ്തക|നോവൽ|புத்தக|நாவல்)|(?<![^\W\d_])[ולבהמשו]{{0,3}}(?:ספר|רומן)|"
    r"(?<![^\W\d_])[وفبل]?ال(?:رواية|كتاب)|βιβλ\w*|μυθιστόρημ\w*|\b(?:libro|aklat|nobela)\b",
    re.I,
)
_STOP = re.compile(r"[.!?;।॥؟؛\n]")


def _score_spans(line: str) -> list[tuple[int, int]]:
    """Where the line gives a score, in any script's digits and forms (rating.py's shapes, one character for one)."""
    from .casefold import plain_forms
    from .rating import scan  # (rating does not read this module: no cycle)
    return [(found.start, found.end) for found in scan(plain_forms(line)) if found]


def given_to_other_unmarked(line: str) -> bool:
    """Every score of the line goes to another medium: its sentence names the medium before the score and no book
    at all (not "the novel, which also became a film, gets 9/10"), nor right after it in its clause ("… ٧ من ١٠
    للرواية", "8 из 10 книге")."""
    if not unmarked_medium(line):
        return False
    spans = _score_spans(line)
    for start, end in spans:
        before = _STOP.split(line[:start])[-1]
        after = line[start:end] + re.split(r"[,،、]", _STOP.split(line[end:])[0])[0][:20]  # (a score's unit may be the book)
        if not _NO_ARTICLE_MEDIUM.search(before) or _NO_ARTICLE_BOOK.search(before) or _NO_ARTICLE_BOOK.search(after):
            return False
    return bool(spans)


def unmarked_medium(line: str) -> bool:
    """The line names another medium in one of those languages (a cheap look before the scores are read)."""
    # (the pattern's case-insensitive alternations and lookbehinds cost ~0.1 ms a line tried at every position; a line
    # holding none of the pieces one of which its every match holds, folded as re.IGNORECASE reads it, is passed over)
    return any(map(fold(line).__contains__, _MEDIUM_STEMS)) and bool(_NO_ARTICLE_MEDIUM.search(line))


def has_score(line: str) -> bool:
    """The line gives a score in any form rating.py reads."""
    return bool(_score_spans(line))


# --- a score given to "the series" on a page about a screen series ------------------------------------------------
# A bare "series" is a book series too ("the series gets 4/5 from me" closes a trilogy's review), so the score it gets
# is another medium's only when the post also names a screen: a season of it, a streaming service or television
# ("la primera temporada", "on Netflix", "die zweite Staffel"). The noun with its article or demonstrative opens the
# clause that gives the score, and no book's noun comes between.
_SERIES = re.compile(
    rf"\b(?:the|this|that|la|esta|esa|le|cette|die|diese|de|deze|a|essa|il|questa|o)\s+(?:series|serie|série|serien)\b"
    rf"(?:(?!\b(?:{SPACED_BOOK})\b)[^.;:!?\n]){{0,30}}?(?:{_SCORE}|\b\d{{1,2}}(?:[.,]\d)?\s*/\s*20\b|\b\d(?:[.,]\d)?\s*(?:stars?|sterne?n?|[ée]toiles?|"
    r"estrellas?|stelle|estrelas|sterren|(?:out\s+of|von|sur|su|uit|de)\s+(?:5|10|20)\b))"
    # (id/ms, with no article: "Sebagai serial, saya memberi … 8/10", "untuk serialnya … 7/10")
    rf"|\b(?:sebagai|untuk|buat)\s+(?:sebuah\s+)?serial(?:nya)?\b(?:(?!\b(?:{SPACED_BOOK})\b)[^.;:!?\n]){{0,60}}?(?:{_SCORE})",
    re.I,
)
# (a season of the year is a season too: "season", "temporada", "saison", "stagione", "seizoen" count with an ordinal
# or a number, "the first season", "la primera temporada", "season 2"; "Staffel" is a show's only)
_ORDINAL = (r"\d+(?:st|nd|rd|th|ª|a|e|°)?|first|second|third|final|last|new|primera|segunda|tercera|última|nueva|première|"
            r"deuxième|troisième|dernière|nouvelle|prima|seconda|terza|ultima|nuova|eerste|tweede|derde|laatste|nieuwe")
_SEASON = r"seasons?|temporadas?|saisons?|stagion[ei]|seizoen(?:en)?"
_SCREEN = re.compile(
    rf"\b(?:(?:{_ORDINAL})\s+(?:{_SEASON})|(?:{_SEASON})\s+\d+|staffeln?|netflix|hbo|hulu|disney\+|prime\s+video|"
    r"apple\s+tv\+?|crunchyroll|streaming|tv|television|televisi[óo]n|télévision|fernsehen|televisione|televisão|televisie)(?!\w)",
    re.I,
)


def series_scored(scored: list[str], markdown: str) -> str | None:
    """The score line when every line of the post that gives a score gives it to "the series" and names no book, and
    the post names a screen (a season, a streaming service, television): a screen series' verdict, not the book's."""
    given = [line for line in scored if _SERIES.search(line)]
    if given and len(given) == len(scored) and not any(scores_a_book_spaced(line) for line in given) \
            and _SCREEN.search(markdown):
        return given[0]
    return None


def scores_a_book_spaced(line: str) -> bool:
    """A clause of the line names the book and gives it a score ("the novel gets 5/5, the series 3/5")."""
    return any(re.search(rf"\b(?:{SPACED_BOOK})\b", part, re.I) and (SCORE.search(part) or _WORDED.search(part))
               for part in re.split(r"[.;:!?]\s+|,\s+", line))


# The book and its film or series set side by side in a title, either first: "Book and film: …", tl "Libro at pelikula",
# pt "O livro e o filme", de "Das Buch und der Film", ru "Книга и фильм", tr "Kitap ve dizi", id "Buku dan film"
_PAIR_BOOK = (r"(?:the\s+|le\s+|la\s+|el\s+|il\s+|o\s+|das\s+|der\s+|het\s+|ang\s+)?(?:book|novel|livre|roman|libro|novela|romanzo|"
              r"livro|romance|buch|boek|książka|powieść|книга|роман|kitap|roman[ıi]|buku|novel|nobela|aklat|βιβλίο|μυθιστόρημα)")
_PAIR_FILM = r"films?|movies?|series|serye|pelikula|pel[íi]cula|filme?|s[ée]rie|serial|фильм|сериал|dizi(?:si)?|phim|ταινία|σειρά"
_PAIR_AND = r"and|&|vs\.?|versus|at|y|e|et|und|en|i|ve|dan|и|і|και"
_PAIR_ART = r"the\s+|le\s+|la\s+|el\s+|il\s+|o\s+|a\s+|die\s+|der\s+|den\s+|het\s+|de\s+|ang\s+|η\s+|το\s+"
PAIRED = re.compile(rf"(?<!\w)(?:{_PAIR_BOOK})\s+(?:{_PAIR_AND})\s+(?:{_PAIR_ART})?(?:{_PAIR_FILM})(?!\w)|"
                    rf"(?<!\w)(?:{_PAIR_FILM})\s+(?:{_PAIR_AND})\s+(?:{_PAIR_ART})?(?:{_PAIR_BOOK})(?!\w)", re.I)


def pairs(title: str) -> str | None:
    """The book and its film or series the title sets side by side ("Libro at pelikula"), or None."""
    found = PAIRED.search(title)
    return found.group(0) if found else None
