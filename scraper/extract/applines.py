"""The app line: a closing line bidding the reader download or install the site's own app.

News sites and platforms close an article with a line pressing their app on the reader: "Download the Courier app for
the news on the go", "下载某某网App，随时掌握最新资讯", "某某アプリをダウンロードして最新ニュースをチェック",
"○○ 앱 다운로드하고 매일 새 글 받아보기". It is not the review's: its shape, whatever the language, is a short line among the
post's last two lines left, after the review's last paragraph (``tailasks.mark`` checks the position), that *opens* on
the bidding to download or install an app (``platforms.READER_ACTIONS``' app; in the scripts written without spaces
the site's name may stand between the verb and "App": "下载星洲网App"). A review's sentence about an app ("I read it
in the library's app") opens on its subject, not on the bidding; a line with a score or a note the review carries
(a free copy "sent through the publisher's app") is never one.

The bidding is also read in the wordings ``platforms.READER_ACTIONS`` lacks (``MORE``): ms "Muat turun aplikasi …",
nl "Download de app", sv "Ladda ner appen", da/nb "Hent/Last ned appen", fi "Lataa … sovellus", es "Descarga la
aplicación", pt-PT "Descarregue a aplicação", it "Scarica la nostra app", ca, ro, hu, sk, hr/bs/sr, sl, bg, lt, lv, et,
el, he, tl, sq, mk, is, ga, cy, eu, gl, ru/uk/be, hy, ka, az/tr; and the bidding to *get* (not download) the app, the site's
name glued on as a compound ("Hol dir die <Site>-App", "Haal de <Site>-app", "Skaffa appen", "Consigue la app"): de, nl, fr,
es, pt, it, sv, da/nb, fi, pl, cs, en; the line opens on it (a review's "I read it in the app" does not), so it is matched at the start only.
"""

from __future__ import annotations

import re

from .housekeeping import a_note
from .platforms import READER_ACTIONS
from .rating import has_score
from .words import count_words

_MAX_WORDS = 30
# the bidding to download the app in the languages READER_ACTIONS' app lacks (module docstring); the site's name or
# an adjective may stand between the verb and the app (one to three words)
_SOME = r"(?:[\w.-]+\s+){0,3}"
MORE = re.compile(
    rf"(?<!\w)(?:muat\s+turun\s+{_SOME}(?:aplikasi|app)|download\s+(?:de|onze)\s+{_SOME}(?:[\w.]+-)?app|"  # (ms, nl)
    rf"(?:ladda\s+ne[rd]|hent|last\s+ned|download)\s+{_SOME}(?:[\w.]+-)?appen|"  # (sv, da, nb)
    rf"(?:ladda\s+ne[rd]|hämta|hent|last\s+ned|download)\s+(?:vores|vår|vor|vårt|vort)\s+(?:[\w.-]+\s+){{0,2}}(?:[\w.]+-)?app|"  # ("our app")
    rf"lataa\s+{_SOME}(?:sovellus|sovelluksemme|appi)|descarg(?:a|ue)\s+(?:la|nuestra)\s+{_SOME}aplicaci[óo]n|"  # (fi, es)
    rf"descarregu?e\s+a\s+{_SOME}aplica[çc][ãa]o|scarica(?:te)?\s+(?:la\s+nostra\s+|l'){_SOME}(?:app|applicazione)|"  # (pt-PT, it)
    rf"descarrega(?:'t)?\s+l'{_SOME}(?:app|aplicació)|desc[ăa]rca[țţt][ie]?\s+{_SOME}aplica[țţt]ia|"  # (ca, ro)
    rf"t[öo]lts(?:e|d)\s+le\s+{_SOME}(?:alkalmaz[áa]s|app)\w*|"  # (hu)
    rf"stiahnite\s+si\s+{_SOME}aplik[áa]ciu|preuzmite\s+{_SOME}aplikaciju|преузмите\s+{_SOME}апликацију|"  # (sk, hr/bs/sr)
    rf"prenesite\s+{_SOME}aplikacijo|изтеглете\s+{_SOME}приложението|atsisi[ųu]skite\s+{_SOME}program[ėe]l[ęe]|"  # (sl, bg, lt)
    rf"lejupiel[āa]d[ēe](?:jiet)?\s+{_SOME}lietotni|laadi(?:ge)?\s+alla\s+{_SOME}(?:äpp|rakendus)|"  # (lv, et)
    rf"κατεβάστε\s+{_SOME}εφαρμογή|הורידו\s+את\s+{_SOME}האפליקציה|i-?download\s+ang\s+{_SOME}app|"  # (el, he, tl)
    # (and sq "Shkarko(ni) aplikacionin …", mk "Преземете ја апликацијата", hr/bs/sr singular "Preuzmi aplikaciju", is
    # "Sæktu appið", ga "Íoslódáil an aip", cy "Lawrlwythwch yr ap", eu "Deskargatu … aplikazioa", gl "Descarga a
    # aplicación", ru/uk/be with the site's name between ("Скачайте приложение …", "Завантаж застосунок", "Спампуйце
    # праграму"), hy "Ներբեռնեք … հավելվածը", ka "ჩამოტვირთეთ … აპლიკაცია", az/tr the noun first ("Tətbiqimizi yükləyin")
    rf"shkarko(?:ni|je)?\s+{_SOME}(?:aplikacion\w*|app\w*)|преземете\s+(?:ја\s+)?{_SOME}апликацијата|preuzmi\s+{_SOME}aplikaciju|"
    rf"sæktu\s+{_SOME}app\w*|íoslódáil\s+{_SOME}aip|lawrlwythwch\s+{_SOME}ap|deskargatu\s+{_SOME}aplikazio\w*|"
    rf"descarga\s+a\s+{_SOME}(?:aplicación|app)|(?:скача(?:й|йте)|установите)\s+{_SOME}приложение|"
    rf"(?:завантаж(?:те)?|встанові(?:ть)?)\s+{_SOME}(?:застосунок|додаток)|спампуйце\s+{_SOME}(?:праграму|дадатак)|"
    rf"ներբեռնե(?:ք|լ)\s+{_SOME}հավելված\w*|ჩამოტვირთეთ\s+{_SOME}აპლიკაცია\w*|"
    rf"(?:tətbiq|uygulama)\w*\s+(?:[\w.-]+\s+){{0,2}}(?:yükləyin|indirin)|"
    # (the bidding to *get* the app, the site's name glued on or not: de "Hol dir die <Site>-App", "Holen Sie sich die
    # App", "Lade dir die <Site>-App", nl "Haal de <Site>-app", fr "Installez l'appli", "Procurez-vous l'application",
    # es "Consigue/Instala la app", pt "Instale/Baixe o app", "Obtenha a aplicação", it "Installa l'app", sv "Skaffa/Hämta
    # appen", da/nb "Få/Hent appen", "Skaff deg appen", fi "Hanki/Asenna … sovellus", pl "Zainstaluj aplikację", cs
    # "Nainstalujte si aplikaci", en "Grab the app")
    rf"(?:hol(?:e|t)?\s+(?:dir|euch)|holen\s+sie\s+sich|lade\s+dir|laden\s+sie\s+sich)\s+(?:die|unsere)\s+{_SOME}(?:[\w.]+-)?app|"
    rf"(?:haal|installeer)\s+(?:de|onze)\s+{_SOME}(?:[\w.]+-)?app|(?:installez|procurez-vous|obtenez)\s+(?:l['’]|notre\s+){_SOME}appli\w*|"
    rf"(?:consigue|instala|b[áa]jate)\s+(?:la|nuestra)\s+{_SOME}(?:[\w.]+-)?(?:app|aplicaci[óo]n)|"
    rf"(?:instale|baixe|obtenha)\s+(?:o|a|nosso|nossa)\s+{_SOME}(?:app|aplicativo|aplica[çc][ãa]o)|installa\s+(?:l['’]|la\s+nostra\s+){_SOME}(?:app|applicazione)|"
    rf"(?:skaffa|hämta|installera|få|skaff\s+deg|installer)\s+{_SOME}(?:[\w.]+-)?appen|(?:hanki|asenna)\s+{_SOME}(?:sovellus|sovelluksemme|appi)|"
    rf"(?:zainstaluj|ściągnij)\s+{_SOME}aplikacj\w+|nainstalujte\s+si\s+{_SOME}aplikaci|grab\s+(?:the|our)\s+{_SOME}app)(?!\w)", re.I)
# what may not stand before the bidding: a sentence's punctuation, or lower-case Latin letters (a sentence's subject
# and verb: "You can get the app …")
_BEFORE = re.compile(r"[a-zà-ÿ.!?,;:，。、！？；：]")
_LEAD = " \t•·-–—*>»【[（(「"


# the line's first sentence pointing the reader to the site's news, the app's bidding opening the next one ("Catch
# all the culture news and updates on <Site>. Download the <Site> app …"): a sentence with a word for the news or
# the latest updates after "all", "the latest", "more" (en, fr, es, pt, it, de, nl, sv, da/nb, pl, cs, ru/uk, id/ms,
# vi), the site named where the news is ("on <Site>"), no first person, ended by a full stop (a review's "The news in
# this novel travels slowly." has no "all")
_NEWS_FIRST = re.compile(
    r"^(?![^.!?]*\b(?-i:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur)\b)[^.!?]{0,60}?(?<!\w)"
    r"(?:all|the\s+latest|latest|more|every|toute|tous|toda|todas|todos|tutte|tutti|alle|al\s+het|alla|wszystkie|"
    r"všechny|все|всі|semua|tất\s+cả|les\s+dernières|las\s+últimas|as\s+últimas|le\s+ultime|die\s+neuesten)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:news|updates|actualités?|l['’]actualité|actualidad|noticias|notícias|novidades|notizie|"
    r"nachrichten|neuigkeiten|nieuws|nyheter|nyheder|wiadomości|aktualności|zprávy|novinky|новости|новини|berita|"
    r"tin\s+tức)"
    # (the site named where the news is: "on <Site>", "on the <Site>", fr "sur <Site>", de "bei uns": a preposition of
    # place, then a name in capitals (an article before it) or "us"; "All the news in this village travels by ferry"
    # names no site)
    r"(?!\w)[^.!?]{0,60}?(?<!\w)(?:on|at|from|via|with|sur|chez|en|no|na|em|su|bei|auf|op|bij|på|hos|w|v|на|в|di|"
    r"trên)\s+(?:(?:the|la|le|les|l['’]|el|los|o|a|il|lo|die|der|das|de|het|den|det)\s*)?"
    r"(?:(?-i:[A-Z0-9ÀÁÂÉÈÍÓÔÚÄÖÜÆØÅŁŚŻČŠŽĐА-ЯЁІЇЄ])|(?:uns|us|nous|nosotros|noi|ons|oss|os|nas|нас)(?!\w))"
    r"[^.!?]{0,60}[.!]\s+(?=\S)", re.I)
# the line's last clause after a dash ("The news from across the country on your phone – download our app."): the
# benefit first, the bidding closing the line
_LAST_CLAUSE = re.compile(r"\s[–—]\s+([^–—]{4,80})$")


def app_line(text: str) -> bool:
    """A short line opening on the bidding to download or install the site's app (see the module docstring), or on
    the site's news pointed to and the bidding opening the next sentence (``_NEWS_FIRST``), or closing on it as its
    last clause after a dash, the bidding ending the line."""
    if not text or count_words(text) > _MAX_WORDS:
        return False
    text = text.lstrip(_LEAD)
    if ("–" in text or "—" in text) and _closing_bid(text):
        return not (has_score(text) or a_note(text))
    if _NEWS_FIRST.match(text):  # (the site's news pointed to first, the bidding opening the next sentence)
        text = _NEWS_FIRST.sub("", text, count=1)
    found = READER_ACTIONS["app"].search(text[:40]) or MORE.match(text)
    # (at the start; in Japanese and Korean the verb comes last, and the site's name, no word of a Latin-script
    # sentence, may stand before "app": "星洲アプリをダウンロード", "북리뷰 앱 다운로드")
    if not found or found.start() > 12 or _BEFORE.search(text[:found.start()]):
        return False
    return not (has_score(text) or a_note(text))


def _closing_bid(text: str) -> bool:
    """The line's last clause after a dash is the bidding alone, up to the line's end."""
    clause = _LAST_CLAUSE.search(text.rstrip())
    if not clause:
        return False
    tail = clause.group(1).rstrip(" .!…")
    found = READER_ACTIONS["app"].match(tail) or MORE.match(tail)
    return bool(found) and found.end() >= len(tail) - 1 and "?" not in tail
