"""The paper's house advertisement among an article's last lines: its podcast, its e-paper, its digital edition.

News sites close a review with a line or two pressing their own other products on the reader: "Here you can listen to
our <Paper> podcasts", "<Paper> as an e-paper: the whole issue the evening before", "Lisez l'édition numérique du
<Paper>", "Escucha nuestro pódcast de libros". The product is the house's, not the book's; the shape is the same in
every language:

- position: among the last four lines left in the body, after the review's prose (no line of 30 words or more after
  it), short (40 words), not a heading, quotation, list or table, no score, no record line; or anywhere in the body,
  the line set apart in a box of its own (a theme's promotion box between the review's paragraphs: boxed, shrunk, or
  alone in its wrapper: ``promo.set_apart``, ``promo.own_wrapper``);
- a product of the house (``_PRODUCT``): a podcast, an e-paper, the paper's digital or print edition;
- and the house's: the site's own name (its title's last part, its home link's words: ``pleas.site_names``) in the
  line (or its initials, "SvD", as the title's last part writes them), or "our" (``siteaccounts.OWN_NEWS``) with the
  product; a podcast also needs the reader asked or told to
  listen (a verb of listening, "here"), as the reviewer's "we spoke of it in our podcast" does not.

The paper's supplement, insert or magazine sold with it is the same kind of line ("Our book supplement every Saturday
at newsstands", "Kitap ekimizi her cumartesi bayilerde bulabilirsiniz", "Kirjaliitteemme ilmestyy lauantaisin"): a
supplement's word (``_SUPPLEMENT``) the house's (its name, "our", or the word's own possessive ending: Turkish
"ekimiz", Finnish "liitteemme", Hungarian "mellékletünk", ``_OWN_SUPPLEMENT``) with a word of when or where the
reader gets it (a weekday, the weekend, "every", a newsstand, "with the paper": ``_WHEN``) and no year: a review's
"first serialised in the paper's Sunday supplement in 1962" tells the book's history, not the house's offer.

The house's podcast is named by where it is heard as often as by its word ("Ouça o <Show> no Spotify e em todos os
agregadores", "Listen to <Show> on Spotify, Apple Podcasts and wherever you listen"): a closing line that opens on the
imperative of listening (``_OPEN_LISTEN``), names an audio platform (``_AUDIO``, platform knowledge) and says the show
is the house's: all the platforms ("todos os agregadores": ``_ALL_PLACES``), the site's name, or "our" podcast
(``listen_there``). A reviewer's "Listen to the audiobook on Spotify and Deezer", to the author's playlist or to an
interview on a podcast (``_NOT_SHOW``) names something of the book's, not the house's show.

A review's "the author's podcast", "a novel about a podcast host" names no house of the site's; the book's record line
("Title. Publisher, 320 pages, 24 euros") names no product.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import contestbox, houseoffer
from .casefold import guarded
from .nodes import text_of
from .podcastline import podcast_plug
from .rating import has_score
from .words import count_words

RULE = "house advertisement"
# a podcast (en de fr es pt it nl sv no da fi pl cs sk hu ro ru uk bg sr el tr he ar fa hi ja ko zh vi id; lt et is cy)
_PODCAST = re.compile(
    r"(?<!\w)(?:\w+-?)?(?:p[oó]dcast|podd|подкаст|pod\s?kast|tinklalaid|taskuhääling|hlaðvarp|podlediad)\w*|πόντκαστ|פודקאסט\w*|بودكاست|پادکست|पॉडकास्ट|ポッドキャスト|팟캐스트|播客|พอดแคสต์", re.I)
# the paper as an e-paper or a digital or print edition
_EDITION = re.compile(
    r"(?<!\w)(?:e-?paper|e-?tidning\w*|e-?avis\w*|näköislehti\w*|e-?wydani\w*|e-?gazet\w*|e-?újság|e-?ziar|"
    r"(?:digital\w*|numérique|digitale?|digitaal|elektronisch\w*|electr[oó]nica|eletr[oô]nica|cyfrow\w*|elektronick\w*|"
    r"электронн\w*|електронн\w*|ψηφιακ\w*|dijital)\s+(?:edition|ausgabe|édition|edición|edição|edizione|editie|utgåva|"
    r"utgave|udgave|wydani\w*|vydání|версия|выпуск|издани\w*|видання|έκδοση|baskı)|"
    r"(?:edition|ausgabe|édition|edición|edição|edizione|editie)\s+(?:digital\w*|numérique|electr[oó]nica|eletr[oô]nica))(?!\w)|"
    r"紙面ビューアー|電子版|电子版|전자판|지면\s?보기", re.I)
# (both behind their guards, casefold.Guarded: "(?:\w+-?)?" tried at every letter of a line cost ~40 µs a block,
# four blocks a page; a line holding none of their words is passed over with a scan for them)
_PODCAST, _EDITION = guarded(_PODCAST), guarded(_EDITION)
# the reader told to listen, or pointed to "here"
LISTEN = re.compile(
    r"(?<!\w)(?:listen\w*|hören|hört|hör|anhören|écoute\w*|escuch\w*|ouç\w*|ouvir|ascolt\w*|luister\w*|lyssna\w*|lytt\w*|lyt|"
    r"kuuntele\w*|słuchaj\w*|posłuchaj\w*|poslechn\w*|poslouch\w*|vypočuj\w*|hallgas\w*|ascult\w*|слушай\w*|послушай\w*|"
    r"слухай\w*|послухай\w*|слушајте|klausyk\w*|paklausyk\w*|klausie\w*|kuula\w*|hlust\w*|gwrandewch|(?:po)?slušajte|"
    r"(?:po)?slušaj|ακούστε|dinle\w*|dengar\w*|nghe|here|hier|ici|aquí|aqui|här|täällä|tutaj|zde|"
    r"здесь|тут|εδώ|burada|di\s+sini)(?!\w)|האזינו|استمع\w*|گوش\s+دهید|सुनें|聴|听|聽|들어", re.I)
# a supplement, an insert, the paper's magazine (en de fr es pt it nl sv no da fi pl cs sk hu ro ru uk bg sr hr sl el tr
# lt lv id; he ar fa ja zh ko); Finnish, Turkish and Hungarian forms with their own "our" in ``_OWN_SUPPLEMENT``
_SUPPLEMENT = re.compile(
    r"(?<!\w)(?:\w+-)?(?:supplement\w*|suppl[ée]ment\w*|suplement\w*|suplemen|supliment\w*|insert|inserto|allegat[oi]|"
    r"magazin\w*|magazyn\w*|magasin\w*|pull-?out|beilage\w*|bijlage\w*|katern\w*|bilag\w*|tillæg\w*|liite\w*|"
    r"liitte\w*|dodat\w*|dodatk\w*|příloh\w*|prílo\w*|priloga\w*|prilog\w*|podlist\w*|melléklet\w*|cahier\w*|"
    r"cuadernillo\w*|caderno\w*|приложени\w*|вкладк\w*|додат\w*|ένθετ\w*|ek(?:imiz|lerimiz)\w*|dergi(?:miz|mizi|mizde)\b|"
    r"pried\w*|pielikum\w*|sisipan)(?!\w)|"
    r"(?<![^\W\d_])\w{2,}(?:beilage|bijlage|bilaga|bilaget|bilagen|tillæg(?:get)?|liite|liitteemme|liitteessämme|melléklet\w*)(?!\w)|"
    r"מוסף|ملحق|ضمیمه|別冊|別刷り|副刊|增刊|増刊|별책|부록", re.I)
# (and "our" in languages ``siteaccounts.OWN_NEWS`` leaves out: el, lt/lv, he, ro's plural "noastre"; id/ms "kami",
# cs/sk, hr/sr/sl and ro's singular are OWN_NEWS's)
_OWN_SUPPLEMENT = re.compile(
    r"(?<!\w)(?:ek(?:imiz|lerimiz)\w*|dergimiz\w*|\w*liittee(?:mme|ssämme|llämme)|\w*melléklet(?:ünk|ünket|ünkben|ünkből)|"
    r"μας|noastre|mūsų|mūsu)(?!\w)|שלנו", re.I)
# when or where the reader gets it: a weekday, the weekend, every, a newsstand, with the paper
_WHEN = re.compile(
    r"(?<!\w)(?:every|each|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend\w*|newsstand\w*|news-?agent\w*|kiosk\w*|kiosque\w*|"
    r"quiosco\w*|kiosco\w*|edicol\w*|bancas?|montag\w*|dienstag\w*|mittwoch\w*|donnerstag\w*|freitag\w*|samstag\w*|sonntag\w*|"
    r"wochenend\w*|jede[nrs]?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|chaque|lunes|martes|miércoles|jueves|viernes|sábado\w*|"
    r"domingo\w*|cada|(?:segunda|terça|quarta|quinta|sexta)-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ogni|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag\w*|zondag\w*|elke|måndag\w*|tisdag\w*|onsdag\w*|torsdag\w*|fredag\w*|lördag\w*|söndag\w*|"
    r"mandag\w*|tirsdag\w*|lørdag\w*|søndag\w*|helg\w*|varje|hver\s+(?:uke|uge|dag)|maanantai\w*|tiistai\w*|keskiviikko\w*|torstai\w*|"
    r"perjantai\w*|lauantai\w*|sunnuntai\w*|viikonlop\w*|joka\s+(?:viikko|päivä)|poniedział\w*|wtor(?:ek|ki)|środ[ęay]|czwart(?:ek|ki)|"
    r"piąt(?:ek|ki)|sobot\w*|niedziel\w*|każd\w*|pondělí|úterý|středu|čtvrtek|pátek|neděl\w*|každ\w*|trafik\w*|stán[ek]\w*|hétfő\w*|kedd\w*|"
    r"szerd\w*|csütörtök\w*|péntek\w*|szombat\w*|vasárnap\w*|minden\s+(?:héten|nap\w*)|újságárus\w*|luni|marți|miercuri|joi|vineri|"
    r"sâmbăt\w*|duminic\w*|fiecare|chioșc\w*|понедельник\w*|вторник\w*|среду|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|кажд\w*|"
    r"киоск\w*|кіоск\w*|неділ\w*|субот\w*|кожн\w*|всяк\w*|nedjelj\w*|nedelj\w*|subot\w*|σάββατ\w*|κυριακ\w*|περίπτερ\w*|κάθε|pazartesi|"
    r"salı|çarşamba|perşembe|cuma\w*|cumartesi\w*|pazar\w*|bayi\w*|her\s+(?:hafta|gün)\w*|gazeteyle|šeštadien\w*|sekmadien\w*|"
    r"kiekvien\w*|sestdien\w*|svētdien\w*|katru|setiap|sabtu|minggu|ahad|kios|agen)(?!\w)|"
    r"כל\s+(?:יום|שבוע|סוף)|שבת|دوشنبه|شنبه|جمعه|هر\s+هفته|كل\s+(?:يوم|أسبوع|سبت|جمعة)|السبت|الجمعة|الأحد|"
    r"毎週|土曜|日曜|売店|每周|每週|周六|周日|週六|週日|报摊|報攤|매주|토요일|일요일|가판", re.I)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# (behind their guards, as the podcast's: most lines hold none of their words)
_SUPPLEMENT = guarded(_SUPPLEMENT)
TIER_WORD = houseoffer.TIER_WORD  # (the paid tier's word: the cheap first test of a tier's trial)
_INITIALS = re.compile(r"[^\W\d_]{2,3}")
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "pre")


def house_ad(text: str, sites: list[str], short: tuple[str, ...] = ()) -> bool:
    """A short line pressing the house's podcast or e-paper on the reader (module docstring); `sites` are the site's
    names, casefolded; `short` its initials as the title writes them ("SvD", "NZZ": ``short_names``), read as written."""
    if count_words(text) > 40 or has_score(text):
        return False
    podcast, edition = _PODCAST.search(text), _EDITION.search(text)
    supplement = not (podcast or edition) and _SUPPLEMENT.search(text)
    if not (podcast or edition or supplement):
        return False
    if supplement and (_YEAR.search(text) or not _WHEN.search(text)):
        return False  # (a supplement the reader is told when or where to get, in no year of the book's history)
    from .siteaccounts import OWN_NEWS  # (late: siteaccounts' imports reach the cleaning's modules)
    folded = text.casefold()
    named = any(re.search(rf"(?<!\w){re.escape(n)}", folded) for n in sites) or any(
        re.search(rf"(?<!\w){re.escape(n)}(?![^\W\d_])", text) for n in short)
    if not (named or OWN_NEWS.search(text) or (supplement and _OWN_SUPPLEMENT.search(text))):
        return False
    return bool(edition or supplement or LISTEN.search(text))


# the imperative of listening opening the line (en de fr es pt it nl sv nb da fi pl cs sk hu ro ru uk bg tr id vi el
# he ar hi; vi "nghe" and de "hör" alone are no imperative: "nghe nói", "I hear that")
_OPEN_LISTEN = re.compile(
    r"^\W{0,3}(?:listen|ouça\w*|ouçam|escute\w*|escucha\w*|escuche\w*|escúcha\w*|écoute[zs]?|hör(?:t|en\s+sie|"
    r"\s+(?:dir|euch|rein))|anhören|ascolta\w*|luister|lyssna|lytt|lyt|kuuntele\w*|(?:po)?słuchaj\w*|poslechněte|"
    r"poslouchejte|vypočujte|hallgas\w*|ascult\w*|(?:по)?слушайте|(?:по)?слухайте|dinleyin|dengarkan|"
    r"simak|hãy\s+nghe|nghe\s+ngay|ακούστε|האזינו|استمعوا|استمع|सुनें|सुनिए)(?!\w)", re.I)
# an audio platform where a podcast is heard (platform knowledge; names that are ordinary words, Castro, Anchor,
# Overcast, are left out)
_AUDIO = re.compile(
    r"(?<!\w)(?:spotify|apple\s+podcasts?|itunes|deezer|google\s+podcasts|amazon\s+music|castbox|pocket\s?casts|"
    r"podbean|soundcloud|stitcher|podimo|acast|ivoox|spreaker|youtube\s+music|"
    r"yandex\s+music|яндекс[\s.]музык\w*|喜马拉雅|喜馬拉雅|小宇宙|팟빵)(?!\w)", re.I)
# all the places: the platforms, aggregators or apps, all of them, or wherever one listens
_ALL_PLACES = re.compile(
    r"(?<!\w)(?:all|every|tod[oa]s\s+(?:os|as|los|las)|tous\s+les|toutes\s+les|alle[nm]?|tutt[ie]\s+(?:le|gli|"
    r"i)|wszystkich|všech|всех|всіх|semua|tất\s+cả(?:\s+các)?|overal|überall|partout|ovunque|"
    r"wherever)\s+(?:\S+\s+){0,2}?(?:\w+-)?(?:platform\w*|plataforma\w*|plateforme\w*|piattaform\w*|agregador\w*|"
    r"aggregat\w*|agrégat\w*|apps?|aplicativos?|aplicaciones|applications|dienste\w*|servi\w*|платформ\w*|"
    r"сервис\w*|ứng\s+dụng|nền\s+tảng|you\s+listen|you\s+get\s+your)", re.I)
# something of the book's heard there, not the house's show: an audiobook, a playlist, an interview (en de fr es pt
# it nl sv nb da fi pl cs hu ro ru uk tr id vi el he ar hi)
_NOT_SHOW = re.compile(
    r"(?<!\w)(?:audio-?\s?(?:book|libro|livro|buch|boek|bok|bog|kniha|könyv)\w*|h[öo]rb[üu]ch\w*|livre\s+audio|"
    r"livro\s+(?:em\s+)?áudio|luisterboek\w*|ljudbok\w*|lydbo[kg]\w*|äänikirj\w*|audiobook\w*|hangoskönyv\w*|"
    r"carte\s+audio|аудиокниг\w*|аудіокниг\w*|sesli\s+kitap\w*|buku\s+audio|sách\s+nói|bản\s+audio|"
    r"ακουστικ\w*\s+βιβλί\w*|ספר\s+שמע|كتاب\s+صوتي|ऑडियो\s?बुक|play-?\s?list\w*|lista\s+de\s+reprodu\w*|"
    r"плейлист\w*|çalma\s+listesi|danh\s+sách\s+phát|soundtrack\w*|interview\w*|entrevista\w*|entretien\w*|"
    r"intervista\w*|wywiad\w*|rozhovor\w*|interjú\w*|interviu\w*|интервью|інтерв.ю|röportaj\w*|wawancara|"
    r"phỏng\s+vấn|συνέντευξ\w*|ראיון|مقابلة|साक्षात्कार|इंटरव्यू|narrat\w*|lu\s+par|gelesen\s+von|leído\s+por|"
    r"lido\s+por|letto\s+da)(?!\w)", re.I)


def listen_there(text: str, sites: list[str] | tuple[str, ...] = ()) -> bool:
    """A short line bidding the reader listen to the house's show on an audio platform (module docstring): on all of
    them, or the show named by the site's name (`sites`, casefolded) or as "our" podcast; never a line with a score,
    nor one naming an audiobook, a playlist or an interview."""
    if not _OPEN_LISTEN.match(text) or count_words(text) > 30 or not _AUDIO.search(text) or _NOT_SHOW.search(text):
        return False
    if not _ALL_PLACES.search(text):
        from .siteaccounts import OWN_NEWS  # (late: siteaccounts' imports reach the cleaning's modules)
        folded = text.casefold()
        if not (any(n and re.search(rf"(?<!\w){re.escape(n)}", folded) for n in sites)
                or _PODCAST.search(text) and OWN_NEWS.search(text)):
            return False
    return not has_score(text)


def _product(text: str) -> bool:
    """A house product's word in the line: the first test of ``mark``, after the line's length (a line of more than
    600 characters is never one of 40 words: paragraphs of prose skip the three patterns)."""
    return len(text) <= 600 and bool(_PODCAST.search(text) or _EDITION.search(text) or _SUPPLEMENT.search(text))


def short_names(body: HtmlElement) -> tuple[str, ...]:
    """The site's initials, the page title's last part when it is two or three letters with a capital ("… | SvD"): too
    short for ``pleas.site_names``, read case and word whole ("SvD Kulturpodden", never "svd" inside a word)."""
    from .pleas import TITLE_SEPARATOR
    title = body.getroottree().getroot().find("head/title")
    if title is None or not title.text:
        return ()
    parts = TITLE_SEPARATOR.split(title.text.strip())
    last = parts[-1].strip() if len(parts) >= 2 else ""
    return (last,) if _INITIALS.fullmatch(last) and any(c.isupper() for c in last) else ()


def mark(items: list[HtmlElement], body: HtmlElement, names: tuple[str, ...], drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark a house advertisement among the last four lines left, after the review's prose."""
    from .promo import promo_box
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    sites, page = None, {}
    longest_after = 0
    for i in reversed(live[-4:]):
        block, text = items[i], text_of(items[i])
        words = count_words(text)
        if longest_after < 30 and block.tag not in _BLOCKED and words <= 40 and _product(text):  # (house_ad's own length first)
            if sites is None:
                sites = _sites(body, names, page)
            if house_ad(text, sites, short_names(body)):
                drop[i], boxes[i] = RULE, promo_box(block, body)
        if i not in drop and longest_after < 30 and block.tag not in _BLOCKED and _OPEN_LISTEN.match(text) \
                and listen_there(text, _sites(body, names, page)):
            drop[i], boxes[i] = RULE, promo_box(block, body)  # (the house's show by where it is heard)
        if i not in drop and longest_after < 30 and block.tag not in _BLOCKED and words <= 30 and _offer(block, text, body, names, page):
            drop[i], boxes[i] = RULE, promo_box(block, body)  # (the paid tier's trial, a product by its link: houseoffer)
        if i not in drop and longest_after < 30 and block.tag not in _BLOCKED and contestbox.contest_box(block, body):
            drop[i], boxes[i] = RULE, promo_box(block, body)  # (the house's prize game and its link to take part: contestbox)
        longest_after = max(longest_after, words)
    from .promo import own_wrapper, set_apart
    from .pleas import boxed_with_button
    for i in live:  # (the same line set apart in a box of its own, between the review's paragraphs)
        block, text = items[i], text_of(items[i])
        if i not in drop and block.tag not in _BLOCKED and podcast_plug(text):
            drop[i], boxes[i] = RULE, block  # (a numbered episode plugged under a pictograph: podcastline)
        if i not in drop and block.tag not in _BLOCKED and count_words(text) <= 40 and _product(text) \
                and (own_wrapper(block, body) or set_apart(block, body)):
            if sites is None:
                sites = _sites(body, names, page)
            if house_ad(text, sites, short_names(body)):
                drop[i], boxes[i] = RULE, promo_box(block, body)
        elif i not in drop and block.tag not in _BLOCKED and count_words(text) <= 30 \
                and (TIER_WORD.search(text) or houseoffer.may_link(block, body)) \
                and (own_wrapper(block, body) or set_apart(block, body) or boxed_with_button(block, body)
                     or houseoffer.led_box(block)) \
                and _offer(block, text, body, names, page):
            drop[i], boxes[i] = RULE, promo_box(block, body)


def _sites(body: HtmlElement, names: tuple[str, ...], page: dict) -> list[str]:
    """The site's names, casefolded, and its brand: a word of them that is also a label of the page's host ("sbs" of
    "SBS Vietnamese" at www.sbs.example), which a box names alone or with the edition's language ("SBS <language>")."""
    if "host" not in page:
        from .pleas import site_names
        page["host"] = houseoffer.page_host(body)
        page["brands"] = houseoffer.brands([n.casefold() for n in site_names(body, names)], page["host"])
    return page["brands"]


def _offer(block: HtmlElement, text: str, body: HtmlElement, names: tuple[str, ...], page: dict) -> bool:
    """The house's paid tier's trial, or its podcast, app or subscription by the link of the line's box
    (``houseoffer``); `page` keeps the page's host and brand names once read."""
    tier, linked = TIER_WORD.search(text), houseoffer.may_link(block, body)
    if not (tier or linked):
        return False
    _sites(body, names, page)
    return bool(tier and houseoffer.tier_offer(text, page["brands"])
                or linked and houseoffer.linked_offer(block, text, body, page["host"]))
