"""The post's tail: the writer's subscription ask and the publisher's pointer to the download, after the review.

Two shapes of line close a post on many engines without being the review's words, whatever the language:

- the subscription ask: the writer sends the reader to their newsletter or mailing list ("<a>Subscribe to the
  newsletter</a> and get new reviews once a month", "I send these out by e-mail too, <a>The Shelf Letter</a> — subscribe
  if you like"). Its shape: among the post's last lines, after the review's last paragraph (nothing of 30 words or
  more after it), short (40 words at most), it holds a link (where to subscribe) and bids the reader to subscribe
  (``platforms.READER_ACTIONS``' subscribe) or names the newsletter (NEWSLETTER) in a link of its own, or its box
  names the newsletter and held a sign-up button the cleaning took (``signup_box``), or it stood between two of a
  newsletter engine's buttons the cleaning took and speaks of subscribing to the reader (``_widget_caption``); and it
  is the
  post's last line left, or stands beside an ask already removed (a tip jar's box, a closing plea): the run of asks
  that closes the post. A sentence of the review that names a newsletter (a character who writes one) holds no such
  link, or has the review's prose after it.
- the pointer to the download: a journal's or a publisher's landing page gives its text in short and links the full
  document (OJS's galleys: "PDF"); a short line among the body's last two says the full text is in that file
  ("The full text can be downloaded as PDF below."). Its shape: it names a file format (PDF, EPUB, …) that a link of the
  page outside the line is labelled with or points to; or a shop's or a publisher's pointer to a sample of the book,
  a short line opening with a link labelled with the bid to read it, nothing after the link but a dash, a colon or a
  bracket ("<a>Read an excerpt</a> – the first pages, free": ``sample_pointer``); a review's last paragraph opening with
  a linked title ("<a>Fragment</a>, the first book, …") or a link to the site's own post or tag stays.
  A reviewer's "I read it as an EPUB" on a page that links no such
  file stays, and so does a note the review carries (a free copy "sent as a PDF by the publisher").

``pleas.mark`` calls ``mark`` with the cleaning's ``drop`` and ``boxes``; each line removed is a "subscription ask" (a rule name of
its own: the sign-off sweep after a "call to action" takes no line with it) or a "download pointer".
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import applines, eventbox, eventdays, eventline, gatherline
from .casefold import guarded
from .commentsclosed import closed_note, count_line
from .housekeeping import a_note
from .nodes import links_of, text_of
from .platforms import READER_ACTIONS
from .promo import promo_box
from .rating import has_score
from .words import count_words

_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure")
_MAX_WORDS = 40
_PROSE = 30
# the asks already removed that a subscription line may stand beside (the cleaning's rule names)
_ASK_RULES = ("call to action", "closing plea", "promotion", "self-promotion", "sign-off", "follow-me", "membership",
              "platform ask", "giveaway")
# a newsletter or a mailing list, in our languages
NEWSLETTER = re.compile(
    r"news-?letter|mailing[- ]?list|e-?mail\s+list|infolettre|lettre\s+d'information|bolet[ií]n|boletim|nieuwsbrief|"
    r"nyhetsbrev|nyhedsbrev|uutiskir\w*|uudiskir\w*|hírlevel\w*|biuletyn\w*|zpravodaj\w*|newsletteru|рассылк\w*|розсилк\w*|"
    r"бюлетен\w*|e-?bülten\w*|bülten\w*|buletin\w*|bản\s+tin|จดหมายข่าว|ニュースレター|メルマガ|メールマガジン|뉴스레터|"
    r"电子报|電子報|邮件列表|郵件列表|ניוזלטר|רשימת\s+(?:ה)?תפוצה|النشرة\s+البريدية|نشرتي|خبرنامه|न्यूज़लेटर|न्यूजलेटर|"
    # (the Baltic words, and the weekly or monthly letter or e-mail as a site sends it: en, de, fr, es, it, pt, nl, pl,
    # cs, sk, hr/bs/sr, sl, lv, lt, et, fi, sv/da/nb; s33: the weekly digest, hr/bs/sr "tjedni/nedeljni pregled")
    r"jaunumu\s+vēstul\w*|vēstkop\w*|naujienlaišk\w*|naujienų\s+laišk\w*|"
    r"(?:weekly|monthly)\s+(?:letter|e-?mail|digest)|(?:wöchentlich|monatlich)\w*\s+(?:brief|e-?mail)|"
    r"lettre\s+(?:hebdomadaire|mensuelle)|(?:carta|correo)\s+(?:semanal|mensual)|lettera\s+(?:settimanale|mensile)|"
    r"(?:carta|e-?mail)\s+(?:semanal|mensal)|(?:wekelijks|maandelijks)\w*\s+(?:brief|e-?mail|mail)|"
    r"(?:cotygodniow|comiesięczn)\w*\s+(?:list|e-?mail|mail)\w*|(?:týdenní|měsíční|týždenn|mesačn)\w*\s+(?:dopis|list|e-?mail)\w*|"
    r"(?:tjedn|mjesečn|nedeljn|mesečn|tedensk)\w*\s+(?:pism|e-?mail|mejl|pregled)\w*|(?:недељн|месечн)\w*\s+(?:писм|преглед)\w*|(?:iknedēļas|ikmēneša)\s+vēstul\w*|"
    r"(?:savaitin|mėnesin)\w*\s+laišk\w*|(?:iganädal|igakuu)\w*\s+kiri\w*|(?:viikoittai|kuukausittai)\w*\s+(?:kirje|sähköposti)\w*|"
    r"(?:veckobrev|månadsbrev|ugebrev|ukebrev|månedsbrev)\w*",
    re.I)
NEWSLETTER = guarded(NEWSLETTER)  # (casefold.Guarded: its words looked for first, ~60 µs a line of prose unguarded)
# a bid to sign up or enrol, in our languages: a subscription ask only where a link of the line goes to the newsletter's
# or the subscription's page (its address says so: "/newsletter", "/subscribe"); a review's "she signs up for the army"
# links no such page
SIGN_UP = re.compile(
    r"(?<!\w)(?:sign\s+up|sign-up|join\s+(?:the|my|our)\s+(?:list|newsletter|mailing)|melde?\s+dich\s+an|melden\s+sie\s+sich|"
    r"trag(?:e|t)?\s+(?:dich|euch)\s+ein|tragen\s+sie\s+sich|inscri(?:vez|s)[- ](?:vous|toi)|inscr[ií]bet[ea]|reg[ií]strate|"
    r"ap[úu]ntate|cadastre-se|inscreva-se|inscreve-te|meld\s+je\s+aan|schrijf\s+je\s+in|zapisz(?:cie)?\s+si[ęe]|"
    r"přihlaste\s+se|prihláste\s+sa|запиш(?:итесь|іться)|подпиш(?:итесь|ись)|підпиш(?:іться|ись)|γραφτείτε|γράψου|"
    r"εγγραφείτε|εγγράψου|kaydolun|kaydol|abone\s+ol\w*|daftar(?:kan)?|đăng\s+ký)(?!\w)|登録|注册|註冊|가입|구독",
    re.I)
_SUBSCRIBE_PATH = re.compile(r"news-?letter|subscri|mailing-?list|/signup|/sign-up|/join\b|abonn|suscri", re.I)
# a file format a landing page links its full text in
_FORMAT = re.compile(r"(?<![\w.])(PDF|EPUB|MOBI|DOCX?|ODT|DJVU)(?!\w)")


def _live(items: list[HtmlElement], drop: dict[int, str]) -> list[int]:
    """The lines left, but a heading or a label of four words or fewer right over a block removed (a sidebar's "Most
    read" over its list, which the cleaning takes with the list later): the post's last line is the one before it."""
    return [i for i in range(len(items)) if i not in drop and text_of(items[i])
            and not (i + 1 in drop and (items[i].tag in _BLOCKED[:6] or count_words(text_of(items[i])) <= 4))]


def _beside_ask(i: int, drop: dict[int, str]) -> bool:
    return any(drop.get(k, "").startswith(_ASK_RULES) for k in (i - 1, i + 1))


def short_line(block: HtmlElement, max_words: int = _MAX_WORDS) -> str:
    """The text of a block that may be a closing ask: a short line (`max_words` words at most, 40 unless told), not
    a heading, quote, list, table or figure; "" otherwise (tailasks, ifhelped, forwardask)."""
    if block.tag in _BLOCKED:
        return ""
    text = text_of(block)
    return text if text and count_words(text) <= max_words else ""


def mark_last_lines(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], test, rule: str,
                    prose: int = _PROSE) -> None:
    """Mark the lines `test` takes (a block in, a bool out) among the body's last three lines left, after the review's
    last paragraph (nothing of `prose` words or more after them): a newsletter's closing lines (forwardask,
    nextissue)."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    longest_after = 0
    for i in reversed(live[-3:]):
        block = items[i]
        if longest_after < prose and test(block):
            drop[i], boxes[i] = rule, block
        longest_after = max(longest_after, count_words(text_of(block)))


def subscription_ask(block: HtmlElement) -> bool:
    """A short line that holds a link and bids the reader to subscribe, or links the newsletter by name."""
    if not (text := short_line(block)):
        return False
    links = [a for a in links_of(block) if not (a.get("href") or "").strip().startswith(("#", "javascript:"))]
    if not links:  # (the newsletter's box: its line naming the newsletter, and its sign-up button beside the line)
        button = _button_beside(block)
        if button is None:
            return signup_box(block, text) or _widget_caption(block, text)
        return bool(NEWSLETTER.search(text)) and bool(
            SIGN_UP.search(text_of(button)) or READER_ACTIONS["subscribe"].search(text_of(button))) and not has_score(text)
    bids = bool(READER_ACTIONS["subscribe"].search(text))
    # (a link to the site's own dated post or tag, "the winner of my <a href=/2026/11/…>weekly digest</a>", is the
    # review's cross-reference to the writer's own round-up, not the newsletter's sign-up: rev-detshort s33)
    named = any(NEWSLETTER.search(text_of(a)) or NEWSLETTER.search(a.get("href") or "") for a in links
                if not _OWN_POST.search(a.get("href") or ""))
    signs = bool(SIGN_UP.search(text)) and any(_SUBSCRIBE_PATH.search(a.get("href") or "") for a in links)
    if not (bids or named and NEWSLETTER.search(text) or signs):
        return False
    return not (has_score(text) or a_note(text, block))


# a sign-up button's label, as buttons write it (an infinitive or a noun: "Abonnieren", "S'inscrire", "Subscription"), in
# our languages: read only on a control's label (four words at most) in a box that names a newsletter
_SIGN_UP_LABEL = re.compile(
    r"subscri|abonn|abon[eéē]|suscri|iscri|inscri|inschrij|aanmeld|anmeld|prenumer|tilaa|tilaus|subskryb|zapis|odebír|"
    r"předplat|prihlás|přihlás|подпис|підпис|претплат|pretplat|naroč|feliratkoz|iratkoz|εγγραφ|abone|kaydol|langgan|"
    r"daftar|đăng\s*ký|sign\s*up|join|registr|tellimine|telli|pierakst|áskrift|tanysgrif|구독|신청|登録|購読|订阅|訂閱|"
    r"הרשמ|הירשמ|اشترك|اشتراك|عضويت|सब्सक्राइब|सदस्यता|สมัคร|ติดตาม", re.I)


def signup_box(block: HtmlElement, text: str) -> bool:
    """The newsletter's box whose sign-up button the cleaning has taken (``controls.mark_controls`` wrote on the box that
    it held one, and its label): the block's own wrapper (or the block) held a control labelled as a sign-up, and the
    box, 40 words at most, names a newsletter ("<strong>Newsletter «X»</strong><p>Every Thursday …</p><button>Subscribe
    </button>"). A box whose button toggles, or that holds a score or a note, is no sign-up box."""
    from .controls import LABEL, MARK  # (late: controls reads promo, as this module does)
    for box in (block, block.getparent()):
        if box is None or box.get(MARK) != "control" or box.tag not in ("div", "section", "aside", "form", "p"):
            continue
        label = box.get(LABEL) or ""
        whole = text_of(box)
        return bool(label) and count_words(label) <= 4 and bool(_SIGN_UP_LABEL.search(label)) \
            and count_words(whole) <= _MAX_WORDS and bool(NEWSLETTER.search(whole)) \
            and not has_score(whole) and not a_note(text, block)
    return False


def _widget_caption(block: HtmlElement, text: str) -> bool:
    """A caption the writer typed between two of a newsletter engine's buttons the cleaning took (its upgrade and share
    buttons: ``controls.between_widgets``) that speaks of subscribers, a subscription or the newsletter
    (``memberask.SUBSCRIBER``, ``NEWSLETTER``) and to the reader (``_TO_READER``: thanks for reading, the bidding to
    subscribe, what subscribers get: "Thanks for reading …! Paid subscribers get …"). A review's line between two
    buttons that tells of the writer's own subscription ("I got it through my book-box subscription") says neither."""
    from .controls import between_widgets  # (late: controls reads promo, as this module does)
    if not between_widgets(block):
        return False
    from .memberask import SUBSCRIBER
    return bool(SUBSCRIBER.search(text) or NEWSLETTER.search(text)) and bool(
        _TO_READER.search(text) or READER_ACTIONS["subscribe"].search(text)) and not has_score(text) \
        and not a_note(text, block)


# the caption's words to the reader: thanks for reading, and what the plan's subscribers get, or whom it is for (en de
# fr es pt it nl sv da/nb pl ru fi)
_TO_READER = re.compile(
    r"(?<!\w)(?:thanks?\s+(?:you\s+)?for\s+reading|danke\s+f[üu]r(?:s|\s+das|\s+ihr|\s+dein)?\s+lesen|"
    r"merci\s+(?:de|pour)\s+(?:votre|ta)\s+lecture|merci\s+d['’]avoir\s+lu|gracias\s+por\s+leer|"
    r"obrigad[oa]\s+por\s+ler|"
    r"grazie\s+per\s+(?:aver\s+letto|la\s+lettura)|bedankt\s+voor\s+het\s+lezen|tack\s+för\s+att\s+du\s+läser|"
    r"tak\s+fordi\s+du\s+læser|takk\s+for\s+at\s+du\s+leser|dzięki\s+za\s+(?:przeczytanie|lekturę)|"
    r"dziękuję\s+za\s+(?:przeczytanie|lekturę)|спасибо\s+за\s+чтение|спасибо,?\s+что\s+читаете|"
    r"kiitos\s+lukemisesta|"
    r"subscribers?\s+(?:also\s+)?(?:get|receive)|for\s+(?:paid|paying)\s+(?:subscribers|readers|members)|"
    r"abonnent\w*\s+(?:und\s+abonnent\w+\s+)?(?:bekommen|erhalten)|für\s+(?:zahlende\s+)?abonnent\w+|"
    r"abonn[ée]e?s\s+(?:payant[e]?s\s+)?(?:reçoivent|ont\s+accès)|pour\s+les\s+abonn[ée]e?s|"
    r"suscriptor\w*\s+(?:de\s+pago\s+)?(?:reciben|tienen\s+acceso)|para\s+(?:los\s+)?suscriptores|"
    r"assinantes\s+(?:pagantes\s+)?(?:recebem|têm\s+acesso)|para\s+(?:os\s+)?assinantes|"
    r"abbonati\s+(?:paganti\s+)?(?:ricevono|hanno\s+accesso)|per\s+(?:gli\s+)?abbonati|"
    r"abonnees\s+(?:krijgen|ontvangen)|voor\s+(?:betalende\s+)?abonnees|"
    r"(?:prenumeranter|abonnenter)\s+får|för\s+prenumeranter|for\s+abonnenter|"
    r"(?:subskrybenci|prenumeratorzy)\s+(?:otrzymują|dostają)|dla\s+(?:subskrybentów|prenumeratorów)|"
    r"подписчики\s+получают|для\s+подписчиков|tilaajat\s+saavat|tilaajille)(?!\w)", re.I)


def _button_beside(block: HtmlElement) -> HtmlElement | None:
    """The one link (4 words at most) that shares a wrapper with the line and nothing else: the box's button."""
    parent = block.getparent()
    if parent is None or parent.tag not in ("div", "section", "aside", "form") or len(parent) != 2 or (block.tail or "").strip():
        return None
    other = parent[1] if parent[0] is block else parent[0]
    href = (other.get("href") or "").strip()
    if other.tag != "a" or not href or href.startswith(("#", "javascript:")) or count_words(text_of(other)) > 4:
        return None
    return other


def _formats_linked(body: HtmlElement, block: HtmlElement) -> set[str]:
    """The file formats the page's links outside the line are labelled with ("PDF", "EPUB 2.1 MB") or point to (".pdf")."""
    out: set[str] = set()
    inside = set(block.iter("a"))
    for a in body.getroottree().getroot().iter("a"):
        if a in inside:
            continue
        label = text_of(a)
        found = _FORMAT.match(label) if count_words(label) <= 4 else None
        if found:
            out.add(found.group(1))
        href = (a.get("href") or "").lower().split("?")[0]
        ext = href.rsplit(".", 1)[-1] if "." in href[-6:] else ""
        if ext.upper() in ("PDF", "EPUB", "MOBI", "DOC", "DOCX", "ODT", "DJVU"):
            out.add(ext.upper())
    return out


def download_pointer(block: HtmlElement, body: HtmlElement) -> bool:
    """A short line that names a file format the page links the full text in (see the module docstring)."""
    if block.tag in _BLOCKED:
        return False
    text = text_of(block)
    if not text or count_words(text) > 30 or "PDF" not in text and not _FORMAT.search(text):
        return False
    named = set(_FORMAT.findall(text))
    if not named or has_score(text) or a_note(text, block):
        return False
    return bool(named & _formats_linked(body, block))


# a sample of the book to read (an excerpt, its first pages), the word a link to it is labelled with: en, de, fr, es/pt,
# it, nl, sv, nb/da, fi, et, pl/cs/sk, ru/uk/bg, hu, hr/sr/sl, ro, el, tr, id/ms, ja, zh, ko, he, ar
_SAMPLE = re.compile(
    r"(?<!\w)(?:excerpt|extract|sample\s+(?:chapter|pages?)|(?:a|the)\s+sample|leseprobe|reinlesen|extrait|fragmento|"
    r"estratto|anteprima|primeiras?\s+p[áa]ginas|primeras?\s+p[áa]ginas|prime\s+pagine|fragment|leesfragment|"
    r"inkijkexemplaar|smakprov\w*|läseprov\w*|leseprøve\w*|læseprøve\w*|smagsprøve\w*|lukunäyte\w*|näytesiv\w*|"
    r"katkelm\w*|lugemisproov\w*|ukázk\w*|ukážk\w*|úryv\w*|отрывок|отрывк[аиу]|фрагмент\w*|уривок|уривк\w*|откъс\w*|"
    # (hu "részlet" and its cases, not "részletek/részletes(en)", details)
    r"részlet(?!e[ks])\w*|beleolvas\w*|odlom\w*|ulom\w*|odlomak|"
    r"fragmentul|απόσπασμα|αποσπάσματ\w*|okuma\s+parçası|ilk\s+bölüm\w*|cuplikan|petikan|試し読み|立ち読み|试读|試讀|"
    r"미리\s?보기|맛보기|קטע|פרק\s+ראשון|مقتطف\w*)(?!\w)", re.I)
# the bid to read it beside the sample's word in the link's label ("Read an excerpt", "Läs ett smakprov", "Lees een
# fragment", "Czytaj fragment", "Olvass bele"), or the sample's word a compound of reading itself ("Leseprobe",
# "læseprøve", "lukunäyte", "試し読み"): a book's title that holds the word ("A Sample of Death") bids no reading
_READ = re.compile(
    r"(?<!\w)(?:read|lies|lesen|lisez|lire|lee|leer|leia|ler|leggi|leggere|lees|lezen|läs|les|læs|lue|loe|czytaj|"
    r"przeczytaj|čti|přečtěte|přečti|čítaj|prečítajte|читать|читайте|прочитайте|прочтите|читати|прочитати|чети|"
    r"прочетете|olvas\w*|čitaj|pročitaj|preberi|preberite|citește|citeste|διάβασε|διαβάστε|oku|okuyun|baca|bacalah|"
    r"קרא|קראו|اقرأ|اقرأوا)(?!\w)|leseprobe|reinlesen|leesfragment|läseprov|leseprøve|læseprøve|lukunäyte|lugemisproov|"
    r"beleolvas|okuma|試し読み|立ち読み|试读|試讀|読む|阅读|閱讀|읽기|읽어", re.I)
# what may follow the link in a pointer: nothing, or a dash, a colon or a bracket setting off what the sample is
_AFTER_LINK = re.compile(r"^\s*(?:$|[–—:：(\[|]|-\s)")
# a link to the site's own posts, tags or categories (a dated permalink, "/tag/…"): the review's cross-reference
_OWN_POST = re.compile(r"/(?:tags?|category|categories|kategori\w*|label|labels|etiquetas?|schlagwort|stichwort|cimke|"
                       r"temat|rubri\w*)/|/(?:19|20)\d\d/(?:[01]?\d/)?", re.I)


def sample_pointer(block: HtmlElement, body: HtmlElement | None = None) -> bool:
    """A short line (25 words at most) that opens with a link labelled with a bid to read a sample of the book ("<a>Read
    an excerpt</a> – the first twenty pages, free"), nothing after the link but a dash, a colon or a bracket: the
    shop's or the publisher's pointer after the review, not the reviewer's sentence (a link inside the sentence, a
    sentence going on after the link: "<a>Fragment</a>, the first book, …"), nor a link to the site's own posts, nor
    the last line of a box of the book's facts ("Publisher: X / Pages: 312 / <a>Read an excerpt</a>": the box stays)."""
    lines = [text_of(sibling) for sibling in block.itersiblings(preceding=True) if text_of(sibling).strip()]
    if body is not None and block.getparent() is not body and lines and all(count_words(line) <= 8 for line in lines):
        return False  # (the last line of a box of short lines: the book's facts, not the post's paragraphs)
    text = short_line(block, 25)
    if not text or not _SAMPLE.search(text) or (block.text or "").strip() or has_score(text):
        return False
    first = block[0] if len(block) else None
    while first is not None and first.tag in ("strong", "b", "em", "i", "span") and not (first.text or "").strip() \
            and len(first):
        first = first[0]
    label = text_of(first) if first is not None and first.tag == "a" else ""
    if not label or count_words(label) > 8 or not _SAMPLE.search(label) or not _READ.search(label) \
            or _OWN_POST.search(first.get("href") or ""):
        return False
    after = text[text.find(label) + len(label):] if label in text else ""
    return bool(_AFTER_LINK.match(after))


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the subscription ask, the download pointer and the app line (``applines``) among the post's last lines."""
    live = _live(items, drop)
    longest_after = 0
    for n, i in enumerate(reversed(live[-4:])):
        block = items[i]
        words = count_words(text_of(block))
        if longest_after < _PROSE:
            if (n == 0 or _beside_ask(i, drop)) and subscription_ask(block):
                drop[i], boxes[i] = "subscription ask", promo_box(block, body)
            elif n <= 1 and (download_pointer(block, body) or sample_pointer(block, body)):
                drop[i], boxes[i] = "download pointer", block  # (or to a sample of the book: sample_pointer)
            elif block.tag not in _BLOCKED and applines.app_line(text_of(block)):
                drop[i], boxes[i] = "app line", block  # the site's app pressed on the reader (applines)
            elif n <= 1 and (eventline.event_notice(block) or eventdays.standing_invite(block)):
                drop[i], boxes[i] = "event notice", promo_box(block, body)  # (or a group's standing invitation: eventdays)
            elif n == 0 and block.tag not in _BLOCKED and (closed_note(text_of(block)) or count_line(text_of(block))):
                drop[i], boxes[i] = "comments notice", block  # the comment system's 'comments are closed' (commentsclosed)
        longest_after = max(longest_after, words)
    eventbox.mark(items, body, drop, boxes)  # the same notice set apart anywhere in the post, in a box of its own
    gatherline.mark(items, body, drop, boxes)  # a gathering's dated line under the verdict, or set apart (gatherline)
