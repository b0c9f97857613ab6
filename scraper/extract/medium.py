"""Posts that are not one reviewer's review of one book, told by what the post says it is about.

- another medium: a film, a series or one of its seasons or episodes, a stage production, a game, an album, a
  podcast, named as the post's subject in its title or the heading that opens its body ("Film review", "Recenzja
  gry …", "影评", "Season 2", "三十集", "…, Riverside Playhouse review", "… adaptation", "剧版"), in the item a
  JSON-LD Review declares ("X (stage adaptation)"), in og:type (video.*, music.*), in the site's section
  (movie.example, /film/, /stage/), in an info box (director, cast, runtime …), or in the verdict ("My verdict on
  the film: 4/5", "8/10 dla gry", a clause about the film: "le film, je lui donne 15/20") when every scored line
  gives its score to one;
- a forum or question-and-answer thread of several voices: a topic URL whose title asks the readers ("… what did
  we think?"; "from the October thread" names another) or whose text scores the book three times or more under a title that does not name it with its
  author; what the page's structure says (bylines, avatars) is read by mediumpage.py, before cleaning;
- two books reviewed together: two "Title by Author" headings each with its own verdict, a title naming two
  works ("《A》和《B》", "two novels") over two books, or announcing several short reviews ("Mini reviews").

A mention in the body is never enough: a book review that mentions its film, compares with the series or was
written after watching it is about the book, and a title that calls the post a book review, or says the writer
read the book, keeps it a review. The post's title is read without the reviewed book's title (classify strips
it), so a book called "The Film Club" is not a film.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import adaptation, adaptsection, threads, videoreview
from .announce import reply_subjects
from .casefold import stems
from .threads import forum_topic, thread_of_voices, two_books  # noqa: F401 - forum_topic read from here too
from .casefold import guarded

# --- another medium, as the title or first heading names it --------------------------------------------------

# "<medium> review" and "review of the <medium>", in our languages and scripts: the post's own label.
_MEDIUM_REVIEW = re.compile(
    # (English, as a label opening the title or one of its parts: "Ender's Game review" is a book's)
    r"(?:^|[:|–—•·(\[]\s*)(?:film|movie|tv|television|series|season|episode|show|(?:video\s?)?game|album|theat(?:re|er)|stage|"
    r"musical|opera|podcast|anime|documentary)\s+(?:review|recap|verdict)\b|"
    r"\breview\s+of\s+(?:the\s+)?(?:film|movie|tv\s+series|series|season|episode|show|(?:video\s?)?game|album|play|production|musical|podcast)\b|"
    r"\b(?:film|serien|spiel|theater|album)(?:kritik|rezension)\b|"
    r"\bcritique\s+(?:du\s+film|de\s+la\s+s[ée]rie|du\s+jeu|de\s+la\s+pi[èe]ce|du\s+spectacle|de\s+l['’]album)\b|"
    r"\b(?:rese[ñn]a|cr[íi]tica|an[áa]lisis)\s+(?:de\s+la\s+pel[íi]cula|de\s+la\s+serie|del\s+(?:video)?juego|del\s+disco|del\s+[áa]lbum)\b|"
    r"\brecensione\s+(?:del\s+film|della\s+serie|del\s+(?:video)?gioco|dello\s+spettacolo|dell['’]album)\b|"
    r"\b(?:cr[íi]tica|resenha|an[áa]lise)\s+(?:do\s+filme|da\s+s[ée]rie|do\s+jogo|da\s+pe[çc]a|do\s+[áa]lbum)\b|"
    r"\b(?:film|serie|game|theater)recensie\b|\brecensie\s+(?:film|serie|game)\b|"
    r"\brecenzja\s+(?:filmu|serialu|gry|spektaklu|albumu|płyty|sezonu|odcinka)\b|\brecenze\s+(?:filmu|seriálu|hry|inscenace|alba)\b|"
    r"(?:рецензи[яю]|отзыв|обзор)\s+(?:на\s+)?(?:фильм\w*|сериал\w*|игр[уыа]|спектакл\w*|альбом\w*|сезон\w*)|"
    r"рецензія\s+на\s+(?:фільм|серіал|гру|виставу)|"
    r"\b(?:film|dizi|oyun|albüm)\s+(?:incelemesi|eleştirisi)\b|"
    r"(?:مراجعة|نقد)\s+(?:فيلم|مسلسل|لعبة|مسرحية)|ביקורת\s+(?:סרט|סדרה|משחק|הצגה)|"
    r"κριτική\s+(?:ταινίας|σειράς|παιχνιδιού|παράστασης)|(?:फ़िल्म|फिल्म|मूवी|वेब\s+सीरीज़?)\s+(?:समीक्षा|रिव्यू)|"
    r"نقد\s+(?:فیلم|سریال)|\b(?:đánh\s+giá|review)\s+(?:phim|game)\b|\b(?:ulasan|resensi)\s+(?:film|drama|serial)\b|"
    # (an unspaced script: a medium's word that opens a longer book word is the book's: หนังสือ "book" opens with
    # หนัง "film", so "รีวิวหนังสือ" is a book review)
    r"รีวิว(?:หนัง(?!สือ)|ซีรีส์|เกม(?!บุ๊ก)|ละคร)|"
    r"影评|剧评|影評|劇評|观后感|觀後感|映画(?:レビュー|感想)|ドラマ(?:レビュー|感想)|アニメ感想|ゲームレビュー|舞台感想|観劇|"
    r"(?:영화|드라마|게임|뮤지컬|연극|애니)\s*(?:리뷰|후기|감상)",
    re.I,
)
_MEDIUM_REVIEW = guarded(_MEDIUM_REVIEW)  # (casefold.Guarded: its words looked for first)
# A season or episode by its number: "Season 2", "S01E04", "Staffel 3", "第二季", "三十集", "시즌 2".
_NUMERAL = r"[0-9一二三四五六七八九十百两兩]+"
EPISODES = re.compile(
    r"\b(?:season|staffel|saison|temporada|stagione|sezon|seizoen)\s+\d+\b|\bs\d{1,2}\s?e\d{1,3}\b|"
    r"\b(?:episode|épisode|episodio|episódio|folge|odcinek|aflevering)\s+\d+\b|"
    r"\b\d+\s+(?:episodes|épisodes|folgen|episodi|episodios|episódios|odcinków|afleveringen)\b|"
    r"\d+\s*(?:сезон|серия|серий|серии)|(?:сезон|серия)\s*\d+|"
    rf"第{_NUMERAL}[季集話话]|{_NUMERAL}集(?![合中体體团團锦錦])|시즌\s?\d+|シーズン\s?\d+|"
    # (the scripts whose season or episode count was not read: ar "الموسم الثاني", "15 حلقة"; el "σεζόν 2", "10 επεισόδια";
    # hi "सीज़न 2", "8 एपिसोड"; he "עונה 2"; ko "16부작", a drama's parts. Not he "פרקים", tr "bölüm", vi "tập": a book's chapters too)
    r"(?<!\w)(?:ال)?موسم\s+(?:ال)?(?:\d+|أول|ثاني|ثالث|رابع|خامس|أخير)(?!\w)|(?<!\w)\d+\s+(?:حلقة|حلقات)(?!\w)|"
    r"σεζόν\s+\d+|\b\d+\s+επεισόδι\w*|सीज़न\s*\d+|सीजन\s*\d+|\d+\s+एपिसोड|(?<!\w)עונה\s+\d+|\d+\s?부작",
    re.I,
)
# of those, a season by its number: a screen series' only (a numbered "集", "episode" may be a comic's volume or a serial's part)
_SEASON = re.compile(r"season|staffel|saison|temporada|stagione|sezon|seizoen|季|시즌|シーズン|сезон|موسم|σεζόν|सीज़न|सीजन|עונה|부작", re.I)
# a title that says the writer read or reviews the book, or speaks as the reader (first person): about the book, even
# beside a season's number ("Season 2 sent me back to the novel")
_READ_OR_REVIEWED = re.compile(r"\b(?:read|reading|reread|lu|gelesen|le[íi]do|letto|lido|gelezen|przeczyta\w*|прочита\w*|review|"
                               r"rezension|recensi\w*|rese[ñn]a|critique|recenzj\w*|рецензи\w*|"
                               r"(?-i:I)|me|my|we|us|our|ich|mich|mir|mein\w*|wir|je|moi|mon|mes|nous|yo|mí|mis?|io|mio|mia|eu|meu|minha|"
                               r"ik|mij|mijn|jag|mig|min|jeg|meg|я|мне|меня|мой|моя|ja|mnie|mój|moja)\b|\bj['’]|"
                               r"(?<!\w)(?:قرأت|أنا|קראתי|אני|मैंने|मैं)(?!\w)|书评|書評|读|讀|読|서평|독서|我|私|僕|나는|내가|저는", re.I)
# "…, Riverside Playhouse review": a theatre's or a cinema's name before the review label.
_VENUE_REVIEW = re.compile(r"\b(?:playhouse|opera\s+house|cinema|multiplex|schauspielhaus|th[ée][âa]tre\s+de)\b[^:|–—]{0,40}?\breview\b", re.I)
# The reviewed item named as a work of another medium: "(2023 film)", "(TV series)", "(stage adaptation)".
_ITEM_LABEL = re.compile(
    r"\((?:(?:19|20)\d{2}\s+)?(?:film|movie|tv\s+series|web\s+series|netflix\s+series|mini-?series|video\s?game|musical|"
    r"anime|documentary|album|podcast|tv\s+show|(?:stage|film|screen|tv|television|musical)\s+(?:adaptation|version|production|play))\)|"
    r"\b(?:stage|film|screen|tv|television|musical)\s+(?:adaptation|version|production)\b",
    re.I,
)
# The title names an adaptation as its subject: "The Salt Orchard adaptation", "Verfilmung", "改编剧", "映画化"
_ADAPTATION = re.compile(
    r"\b(?:adaptations?|adaptaci[óo]n|adapta[çc][ãa]o|adattamento|verfilmung|serienadaption|verfilming|ekranizacja|"
    r"экранизаци\w+|uyarlama\w*|film version|screen version|(?:season|series)\s+(?:finale|premiere)|pilot episode)\b|"
    r"改编|改編|映画化|ドラマ化|アニメ化|영화화|드라마화|"
    # the screen or stage version of a work, in Chinese and Japanese: 剧版, 电影版, 舞台剧, 话剧, 実写版, 劇場版 …
    r"剧版|劇版|影版|电影版|電影版|动画版|動畫版|电视剧|電視劇|网剧|網劇|舞台剧|舞台劇|话剧|話劇|音乐剧|音樂劇|"
    r"実写版|映画版|ドラマ版|アニメ版|劇場版|舞台版|" + adaptation.ON_SCREEN,  # "… on screen", "على الشاشة" (adaptation.py)
    re.I,
)
_ADAPTATION = guarded(_ADAPTATION)  # (casefold.Guarded: its words looked for first)
# The title's subject a screen work made from a book: the screen's noun, then "based on", "adapted from", "after" and the
# book's noun, in that order ("a series based on her novel", fr "série adaptée du roman", de "Serie nach dem Roman", es
# "serie basada en la novela", ru "сериал по роману", ar "مسلسل … عن رواية", he "סדרה על פי הספר", zh "改编自小说的剧集")
_SCREEN_WORK = (r"films?|movies?|series|mini-?series|s[ée]ries?|serie|filme?|pel[íi]cula|película|сериал\w*|фильм\w*|серіал\w*|"
                r"фільм\w*|dizi\w*|(?:ال)?(?:مسلسل|فيلم)\w*|ה?(?:סדרה|סדרת|סרט)|धारावाहिक|फ़िल्म|फिल्म")
_MADE_FROM = (r"based\s+on|adapted\s+from|inspired\s+by|bas[ée]e?s?\s+sur|adapt[ée]e?s?\s+d[eu]|bas(?:ad|ead)[oa]s?\s+en|"
              r"basad[oa]s?\s+(?:en|em|no|na)|adaptad[oa]s?\s+de|nach|tratt[oa]\s+da|gebaseerd\s+op|(?:по|за)(?:\s+мотивам[и]?)?|"
              r"(?:مأخوذ|مأخوذة|مقتبس|مقتبسة)?\s*عن|על\s+פי|מבוסס(?:ת)?\s+על|पर\s+आधारित")
_BASED_ON = guarded(re.compile(
    rf"(?<![^\W\d_])(?:{_SCREEN_WORK})(?![^\W\d_])(?:\s+[^\s.:;!?]+){{0,4}}?\s+(?:{_MADE_FROM})\s+(?:[^\s.:;!?]+\s+){{0,3}}?"
    rf"(?:(?:the|her|his|their|a|le|la|du|des|dem|der|den|el|del|il|o|do|het|the)\s+)?(?:{adaptation.SPACED_BOOK})(?![^\W\d_])|"
    r"(?:改编自|改編自|根据|根據)[^。！？\n]{0,20}?(?:小说|小說|原著)[^。！？\n]{0,12}?(?:剧集|劇集|电视剧|電視劇|电影|電影|网剧|網劇)",
    re.I,
))
# The title calls the post a book review, or says the writer read (or is reading) the book: about the book.
_ABOUT_THE_BOOK = re.compile(
    r"\b(?:books?|novels?|novellas?|memoirs?|livres?|romans?|b[üu]ch(?:er)?|romane?|libros?|novelas?|libri|romanz[oi]|"
    r"livros?|boeken?|książk[aię]|powieś[ćc]|knih[ay]?|книг[аиу]|роман[аы]?|kitab[ıi]?|read|reading|reread|lu|gelesen|"
    r"le[íi]do|letto|lido|gelezen|przeczyta\w*|прочита\w*|manga|comics?|graphic novels?)\b|书评|書評|小说|小說|读|讀|読|서평|독서|책|"
    # a comic's volumes are numbered too ("第34集" of a manga in Taiwan): comics are books here
    r"漫画|漫畫|コミック|만화|单行本|單行本|卷|冊|册|หนังสือ|นิยาย|วรรณกรรม",
    re.I,
)
# og:type values of other media (the Open Graph protocol's video.* and music.* types)
_OTHER_OG = re.compile(r"^(?:video|music)\.", re.I)
# A section of screen adaptations: "adaptations", Russian "ekranizacii" (экранизации), Polish "ekranizacje" …: its
# posts weigh a film or series against its book, so a title that names the book ("what the film took from the novel")
# does not make one a book review
_ADAPTATION_SECTION = re.compile(r"(?:screen-|film-)?adaptations|adaptaciones|adaptacoes|adattamenti|verfilmungen|"
                                 r"verfilmingen|ekranizac\w*|ekranizace|uyarlamalar", re.I)
# A site's section for another medium, as a host's first label or a folder of the path (not the post's own slug):
# movie.example.org, /film/, /tv-and-radio/, /stage/, /games/, /adaptations/. Music is left out (newspapers file books about
# music there), and so are series words (a book blog's /series/ holds book series).
_MEDIUM_SECTION = re.compile(
    r"(?:film|films|movie|movies|cinema|cine|kino|filme|filmes|peliculas|tv|television|tv-and-radio|tv-series|"
    r"theatre|theater|teatro|stage|spectacles|games|gaming|videogames|video-games|jeux-video|videojuegos|spiele|anime|dramas|"
    rf"{_ADAPTATION_SECTION.pattern})",
    re.I,
)


def url_section(url: str) -> str | None:
    """The section of the site the post is filed in, when it is another medium's."""
    parts = urlsplit(url)
    host = (parts.hostname or "").split(".")
    folders = [seg for seg in parts.path.split("/") if seg][:-1]
    for name in ([host[0]] if len(host) > 2 else []) + folders:
        if _MEDIUM_SECTION.fullmatch(name):
            return name
    return None


def title_medium(title: str | None, names_the_book: bool = False) -> str | None:
    """What the title (or first heading) labels the post as, when that is another medium; None otherwise. A title
    that names the book with its author ("Salt by Mira Hale, and its adaptation") is read for a label only."""
    if not title:
        return None
    for pattern, what in ((_MEDIUM_REVIEW, "a review of another medium"), (EPISODES, "a season or an episode"),
                          (_VENUE_REVIEW, "a theatre's or a cinema's review"), (_ITEM_LABEL, "a film, series or stage work"),
                          (_ADAPTATION, "an adaptation"), (_BASED_ON, "a screen work made from a book")):
        found = pattern.search(title)
        if not found or pattern is _MEDIUM_REVIEW:
            if found:
                return f"{what} ('{found.group(0).strip()}')"
            continue
        rest = title.replace(found.group(0), " ")
        # (a season by its number names the series, whatever noun of the book beside it: "第二季 … 由小說到螢幕"; only
        # the writer's reading or review of the book keeps it the book's)
        about_book = _READ_OR_REVIEWED.search(rest) if pattern is EPISODES and _SEASON.search(found.group(0)) \
            else _ABOUT_THE_BOOK.search(rest)
        if not (names_the_book or about_book):
            return f"{what} ('{found.group(0).strip()}')"
    return None


# --- the verdict given to another medium -----------------------------------------------------------------------

# "My verdict on the film: 4/5", "rating for this series", "9/10 dla gry", "8/10 для фильма", "给这部剧四星"
_VERDICT_FOR_OTHER = re.compile(
    # a score line labelled with the medium: "Film: 4/5", "Series rating – 3/5", "Gra: 8/10", "电影：四星"
    # (not "Series:", "Serie:": a book's info box names its series so)
    r"^\W{0,3}(?:(?:the|der|die|das|le|la|el|il|lo|o|a|de|het)\s+|l['’]\s*)?(?:film|movie|show|season|episode|game|production|staging|adaptation|musical|filme?|"
    r"spiel|jeu|juego|gioco|jogo|gra|фильм|игра|dizi|oyun|电影|電影|剧集|劇集|映画|ドラマ|영화|드라마|"
    # (with its article, de "Der Film:", fr "Le film :", es "La película:"; an adaptation's word: "Die Verfilmung:", "L'adaptation :")
    r"verfilmung|filmversion|pel[ií]cula|adaptaci[oó]n|adapta[çc][ãa]o|adattamento|verfilming|ekranizacja|ekranizace|экранизация|екранізація)"
    r"(?:\s+(?:rating|score|verdict|grade))?\s*[:：–—-]|"
    r"\b(?:verdict|rating|score|grade|marks?)\s+(?:on|for|of)\s+(?:the|this)\s+"
    r"(?:film|movie|series|show|season|episode|game|production|staging|album|podcast|adaptation)\b|"
    r"\bdla\s+(?:gry|filmu|serialu|spektaklu|sezonu)\b|\b(?:для|за)\s+(?:игры|фильма|фильм|сериала|сериал|спектакля)\b|"
    r"\bpro\s+(?:hru|film|seriál)\b|\biçin\s+(?:film|dizi|oyun)\b|"
    r"[给給](?:这部|這部|这个|這個)?(?:剧|劇|电影|電影|片子|游戏|遊戲|动画|動畫)\s*[0-9一二三四五六七八九十]\s*(?:星|分)",
    re.I,
)
# A score given in a clause whose topic is another medium, the thing named before it with its article and no book
# between: "le film, je lui donne 15/20", "the adaptation gets a 6/10 from me", "die Serie bekommt von mir 3 von 5
# Sternen", "la película se lleva un 7/10" (not "… 4/5 for the book" after it: that scores the book).
# (a bare "series" is a book series too, and "game", "jeu", "Spiel" a word for play: left out)
_OTHER_NOUN = (r"film|movie|show|season|episode|production|staging|adaptation|musical|filme?|pel[íi]cula|tv[\s-]series|"
               r"s[ée]rie\s+t[ée]l[ée]\w*|serie\s+tv|fernsehserie|tv-serie|adaptaci[óo]n|adapta[çc][ãa]o|verfilmung|"
               r"verfilming|фильм|сериал|экранизаци\w+")
_BOOK_NOUN = r"books?|novels?|livres?|romans?|b[üu]ch(?:er)?|libros?|libri|livros?|romanzo|novela|boek|roman|книг\w*"
_SCORE_ANY = (r"\d{1,3}(?:[.,]\d)?\s*/\s*(?:5|10|20|100)\b|\d(?:[.,]\d)?\s+(?:out\s+of|sur|von|su|uit|de|z|из)\s+(?:5|10|20)\b|"
              r"[★⭐]{2,}|\b\d(?:[.,]\d)?\s*(?:stars?|[ée]toiles?|sterne?n?|estrellas?|stelle|estrelas|sterren|звезд\w*)")
_GIVEN_TO_OTHER = re.compile(
    rf"\b(?:the|this|that|le|la|l['’]|ce|cette|der|die|das|den|dem|diese[mnrs]?|el|este|esta|il|lo|questo|o|a|esse|essa|het|deze|dit)\s*"
    rf"(?:{_OTHER_NOUN})\b(?:(?!\b(?:{_BOOK_NOUN})\b)[^.;:!?\d]){{0,30}}?(?:{_SCORE_ANY})"
    rf"(?!\s*(?:for|pour|für|per|para|voor|to|à|au)\s+(?:the|this|le|la|ce|cette|das|den|dem|il|el|o|a|het)?\s*(?:{_BOOK_NOUN})\b)",
    re.I,
)
_CLAUSES = re.compile(r"[.;:!?]\s+")
_SCORE_ANY_RE = re.compile(_SCORE_ANY, re.I)


def _scores_a_book(line: str) -> bool:
    """A clause of the line names a book and gives a score ("5/5 for the novel, 2/5 for the film")."""
    return any(_BOOK_IN_LINE.search(part) and _SCORE_ANY_RE.search(part) for part in _CLAUSES.split(line))


# a line that also scores the book ("5/5 for the novel, 2/5 for the film") rates the book
_BOOK_IN_LINE = re.compile(r"\b(?:books?|novels?|livres?|romans?|b[üu]ch(?:er)?|libros?|libri|książk\w*|powieś\w*|книг\w*|kitab\w*)\b|原著|原作|小说|小說|书|書", re.I)
_CJK_SCORE = re.compile(r"[0-9一二三四五六七八九十]\s*星|\d\s*分(?![钟鐘])")
_CJK_SCORE_STEMS = stems(_CJK_SCORE.pattern)  # ("星", "分": every match holds one; a line with neither is passed over)


def verdict_for_other(lines: list[str]) -> str | None:
    """The line whose score is given to another medium, when every scored line of the post gives its score to one
    and none names a book (a plain "Rating: 4/5" beside "my verdict on the film: 2/5" rates the book)."""
    hits = [line for line in lines if _VERDICT_FOR_OTHER.search(line)]
    if hits and len(hits) == len(lines) and not any(_BOOK_IN_LINE.search(line) for line in hits):
        return hits[0]
    # (a clause that gives the medium its score: the line may name the book elsewhere, unscored: "… ; the novel stays
    # above all that")
    # (in the unspaced scripts, a sentence whose topic is the medium: "映画だけに点をつけるなら★3.5", adaptation.py)
    # (and where the noun takes no article of its own, ar "فأعطي المسلسل ٧ من ١٠", hi, ru, fa: adaptation.py)
    given = [line for line in lines if _GIVEN_TO_OTHER.search(line) or adaptation.given_to_other(line)
             or adaptation.given_to_other_unmarked(line)]
    if given and len(given) == len(lines) and not any(_scores_a_book(line) or adaptation.scores_the_book(line) for line in given):
        return given[0]
    return None


# An info box's labels for a film, a series, a game or a production ("Director: …", "Runtime: …", "导演：…"),
# and for a book: a box with two of the first and none of the second is another medium's.
_MEDIUM_LABELS = (
    ("director", r"director|directed by|regie|r[ée]alisat(?:eur|ion)|direc(?:tor|ción)|regia|re[żz]yseria|режисс[её]р|导演|導演|監督|감독"),
    ("cast", r"cast|starring|besetzung|distribution|reparto|elenco|obsada|в ролях|主演|出演|キャスト|출연"),
    ("runtime", r"runtime|running time|laufzeit|dur[ée]e|duraci[óo]n|durata|czas trwania|片长|片長|上映時間|상영\s?시간"),
    ("episodes", r"episodes|seasons|folgen|staffeln|[ée]pisodes|episodios|episodi|odcinki|серии|集数|集數|話数|회차"),
    ("platform", r"platforms?|plattform(?:en)?|plateformes?|plataformas?|piattaform[ae]|developer|entwickler|d[ée]veloppeur|开发商|開発"),
    ("network", r"network|channel|sender|cha[îi]ne|cadena|emittente|播出平台|首播|放送局"),
    ("studio", r"studio|production company|produktion|productora|制片|製作"),
)
_MEDIUM_LABEL = re.compile(
    r"^\W{0,3}(?:" + "|".join(f"(?P<{key}>{words})" for key, words in _MEDIUM_LABELS) + r")\W{0,3}\s*[:：]", re.I)
# a book's (and an audiobook's) labels
_BOOK_WORDS = (
    r"narrator|narrated by|read by|sprecher(?:in)?|lu par|narrador[a]?|letto da|lektor|читает|朗读|朗読|"
    r"author|publisher|pages|isbn|autor(?:in)?|verlag|seiten|[ée]diteur|[ée]ditions|editorial|p[áa]ginas|"
    r"editore|pagine|wydawnictwo|stron|автор|издательство|страниц|作者|出版社|页数|頁數|著者|ページ数|저자|출판사"
)
_BOOK_LABEL = re.compile(rf"^\W{{0,3}}(?:{_BOOK_WORDS})\W{{0,3}}\s*[:：]", re.I)


# what a label line opens with, colon or not (a <dt>, or "<b>Director</b>: …" whose colon is in the tail): a cheap
# look at an element's first words before its whole text is read (mediumpage.py)
LABEL_START = re.compile(
    r"^\W{0,3}(?:" + "|".join(words for _, words in _MEDIUM_LABELS) + "|" + _BOOK_WORDS + ")",
    re.I,
)


def label_kinds(lines: list[str]) -> set[str] | None:
    """The kinds of another medium's info labels that open short lines; None when a line is a book's label."""
    kinds = set()
    for line in lines:
        if len(line) > 160:
            continue
        if _BOOK_LABEL.match(line):
            return None
        found = _MEDIUM_LABEL.match(line)
        if found:
            kinds.add(found.lastgroup)
    return kinds


def info_box_medium(lines: list[str], more: set[str] = frozenset()) -> str | None:
    """Two or more kinds of a film's, series', game's or production's info labels (and ``more``), and no book's."""
    kinds = label_kinds(lines)
    if kinds is None:
        return None
    kinds |= more
    return f"an info box of another medium ({', '.join(sorted(kinds))})" if len(kinds) >= 2 else None


def first_heading(markdown: str) -> str | None:
    """The heading that opens the body (the post's own heading or subtitle); a section heading after the first
    paragraphs ("## The series") is the review's business, not its subject."""
    for line in markdown.splitlines()[:3]:
        if line.startswith("#"):
            return line.lstrip("#").strip()
        if line.strip():
            return None
    return None


def body_says_other(markdown: str, scored: list[str]) -> bool:
    """The first heading names another medium, or the verdict is given to one (classify's body signals)."""
    lines = [line.strip().strip("*_").strip() for line in markdown.splitlines() if line.strip()]
    cjk = [line for line in lines if ((any(map(line.__contains__, _CJK_SCORE_STEMS)) and _CJK_SCORE.search(line))
                                      or adaptation.SCORE.search(line)
                                      or adaptation.unmarked_medium(line) and adaptation.has_score(line)) and line not in scored]
    return bool(title_medium(first_heading(markdown)) or verdict_for_other(scored + cjk) or info_box_medium(lines)
                or adaptation.series_scored(scored, markdown))


# --- forum threads ---------------------------------------------------------------------------------------------

_SPOKEN_EPISODE = re.compile(r"\bdeclares an? (?:Podcast|Radio)\w+ ")


def written_review_of_an_episode(ev) -> bool:
    """A podcast or radio episode whose written text reviews one book: the book found with its author (not only
    mentioned once in the body) and the text's own score of it. Films, series and games declared so stay another medium's."""
    # (a book read only in the notes counts when the notes keep returning to it: "we read X by A this week … X …")
    found = ev.book_source not in (None, "body") or ev.book_source == "body" and getattr(ev, "book_mentions", 0) >= 3
    spoken = _SPOKEN_EPISODE.search(ev.page_medium or getattr(ev, "podcast", None) or "")
    return bool(spoken) and ev.book_has_author and found \
        and (ev.rating or getattr(ev, "verdict_lines", 0) == 1) and ev.books_named <= 1 \
        and videoreview.book_episode(ev, _BOOK_IN_LINE)  # (an episode only its engine declares names a book: videoreview)


def medium_in_author(title: str, author: str | None) -> bool:
    """The words by which the title names another medium (a season's number, an adaptation) lie inside the author read
    from it: the title's news taken for a name."""
    if not author:
        return False
    for pattern in (EPISODES, _ADAPTATION):
        found = pattern.search(title)
        if found and found.group(0).strip() in author:
            return True
    return False


def judge(ev, title: str) -> tuple[str, str] | None:
    """(kind, reason) when the post is about another medium, a thread or two books; None when it may be a review.
    ``title`` is the post's own words (classify strips the book's title from it)."""
    # the page as it came (JSON-LD types, an info box, a trailer, a thread: mediumpage.py), unless it declares a
    # Review of a book with its author
    if ev.page_medium and not (ev.jsonld_review and ev.book_source == "jsonld" and ev.book_has_author) \
            and not written_review_of_an_episode(ev):
        return "other", ev.page_medium
    if ev.jsonld_review and ev.book_source == "jsonld":
        # the page declares a Review: believed, unless the item it declares has no author and is named as another
        # medium's work, or the title or the site's section says it is one (a review plugin's generic CreativeWork)
        if ev.book_has_author:
            return None
        if ev.book_title and _ITEM_LABEL.search(ev.book_title):
            return "other", f"its schema.org Review declares '{ev.book_title}': a work of another medium, not the book"
        found = title_medium(title) or (f"the site's '{url_section(ev.url)}' section" if url_section(ev.url) else None)
        if found:
            return "other", f"its schema.org Review declares a work with no author, and {found} names another medium"
        return None
    if ev.og_type and _OTHER_OG.match(ev.og_type) and not videoreview.written_review_of_a_video(ev, _BOOK_IN_LINE):
        return "other", f"its og:type is {ev.og_type}: a page about a film, a show or music"
    found = two_books(title, ev.book_headings, ev.scored_lines, ev.books_named)
    if found:
        return "list", found
    # (an author read from the title is no person when the title's season or adaptation words are inside it: "《T》劇集第二季將開拍")
    names_the_book = ev.book_source == "title" and ev.book_has_author and not medium_in_author(title, ev.book_author)
    # (scores beside several books named in list items are one member's list, not readers scoring one book)
    replies = len(reply_subjects(ev.body[1].splitlines())) if ":" in ev.body[1] else 0  # (its replies, "Re: …" lines)
    found = thread_of_voices(ev.url, ev.title, ev.scored_lines if ev.books_named < 3 else 0, names_the_book, replies,
                             threads.review_post(ev.body[1], ev.words, ev.book_source in threads.SET_APART))  # (a member's review under a rhetorical title)
    found = found or (threads.many_titles(ev.url, ev.body[1], bool(ev.rating)) if not names_the_book else None)
    if found:
        return "other", found
    if not ev.jsonld_review:
        found = title_medium(title, names_the_book)
        # (a podcast's episode number labels the show's episode, whose written notes review the book: not a series';
        # ev.podcast: mediumpage.podcast_episode)
        if found and not (found.startswith("a season or an episode") and ev.podcast
                          and written_review_of_an_episode(ev)):
            return "other", f"its title names another medium as its subject: {found}"
        found = adaptation.pairs(title) if not (ev.rating or names_the_book) else None  # (a rated one may review the book)
        if found:
            return "other", f"its title sets the book beside its film or series ('{found}'), and rates nothing: an adaptation's post"
        section = url_section(ev.url)
        found = section and names_the_book and adaptsection.section_news(ev, title, bool(_ADAPTATION_SECTION.fullmatch(section)))
        if found:  # (… unless the title's own words name the work the book becomes: the section's news, adaptsection.py)
            return found
        if section and not names_the_book and (_ADAPTATION_SECTION.fullmatch(section) or not _ABOUT_THE_BOOK.search(ev.title or "")):
            return "other", (f"the site files it under '{section}', a section of screen adaptations weighed against their books"
                             if _ADAPTATION_SECTION.fullmatch(section) else
                             f"the site files it under '{section}', another medium's section, and its title names no book")
    return None
