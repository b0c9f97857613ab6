"""Interface boxes in a post body, known by the controls they hold.

A short box inside the post whose own subtree holds a control (a ``<button>``, an element with
``role=button``, a submit or plain button input, a drop-down or a text field) is interface, never the
reviewer's prose: an NFT "collect this post" box with its collector count, a catalogue's "Place a hold",
"Was this helpful? Yes / No", follow, subscribe, unlock and like widgets, reaction bars. Beside a text area (a box to
write in: a reply or comment form without a ``<form>``) the box's sentences are the form's own ("You must be signed in
to reply."): twenty words at most, whatever their sentences.

The orchestrator drops ``<button>``, ``<select>`` and ``<textarea>`` with the other dead tags before any
cleaning, so ``mark_controls`` first writes on each control's parent that it held one (and its label),
and ``interface_boxes`` reads those marks as well as any controls still in the tree. A card of one line asking the
reader to act and its button, the button a link that goes nowhere too ("Open the app to read on" [Open]), is one as
well (``ask_card``); a box of the review's own with a link back to the top or the list is none.

A sign-up wall's consent line is the same interface with its button taken: "By clicking Continue, you agree to the
User Agreement", "En cliquant sur S'inscrire, vous acceptez nos Conditions", "Al registrarte, aceptas los Términos",
"点击继续即表示您同意用户协议" (``consent_boxes``): the act of clicking or signing up (going on only when bare, "By
continuing, you agree"), the reader agreeing in the second person, and the site's terms or policy as the object, 40
words at most; set apart as a wall is (a short box of its own, or a link or control in it), it goes with that box (its
heading, "Agree & Join …"). A reviewer's "by the end you agree with her" names no act on a form and no terms; a
character who "accepts the terms" is no second person; a line among the review's paragraphs is the review's.

What stays: a block of prose with an inline control in it; a toggle (a spoiler's "Show spoiler", a "read
more" expander, a footnote button: it says it controls something, or it sits beside hidden text); a
control inside a heading (a "copy link" anchor); a line holding a score (the reviewer's rating).
"""

from __future__ import annotations

import re
import secrets

from lxml.html import HtmlElement

from .closingask import any_action
from .platforms import JOIN_ASK
from .promo import text_of
from .rating import has_score
from .words import count_words
from .casefold import fold, guarded

CONTROL_TAGS = ("button", "select", "textarea")
# named afresh in each process, so that a crawled page cannot write the marks itself
_NONCE = secrets.token_hex(4)
MARK = f"data-shelfmark-control-{_NONCE}"  # on a dropped control's parent: "toggle" or "control"
LABEL = f"data-shelfmark-label-{_NONCE}"  # the dropped controls' labels, for the removal report
FIELD = f"data-shelfmark-field-{_NONCE}"  # on a dropped text area's parent: a box to write in (a reply or comment form)
BESIDE = f"data-shelfmark-widget-{_NONCE}"  # on a block beside a dropped platform widget: "a" (one after), "b" (before)
_CONTROLS = (
    ".//button | .//select | .//textarea | .//*[@role='button'] | .//input[@type='submit' or @type='button']"
    f" | .//*[@{MARK}]"
)
# a control says it opens or closes something (ARIA, Bootstrap and hand-made toggles)
_TOGGLE_ATTRS = ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle", "data-target", "data-bs-target")
# ... or its class, id or label says so: spoilers, expanders, footnotes, in a few languages
_TOGGLE_WORD = re.compile(
    r"spoil|reveal|toggle|expand|collaps|footnote|\bmore\b|mehr|weiterlesen|la suite|leer más|ver más|lees meer|"
    r"leggi|näytä|pokaż|спойлер|развернуть|ネタバレ|剧透|展开",
    re.I,
)
_TOGGLE_WORD = guarded(_TOGGLE_WORD)  # (casefold.Guarded: its words looked for first)
# a footnote's marker: a number or a dagger
_FOOTNOTE_MARK = re.compile(r"^[\[(]?\d{1,3}[\])]?$|^[*†‡§]{1,3}$")
# hidden text beside a control: what a spoiler toggle or an expander reveals
_HIDDEN_IS = (
    "@hidden or @aria-hidden='true' or contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')"
    " or contains(@class, 'spoil') or contains(@class, 'hidden') or contains(@class, 'collaps')"
    " or contains(@class, 'reveal')"
)
_HIDDEN = f".//*[{_HIDDEN_IS}] | .//details | .//*[@{MARK}='toggle']"
# ... or the box itself hidden or a spoiler's ("<div class=spoiler><p>…</p><a href=#>Show</a></div>": read by ask_card)
_HIDDEN_SELF = f"self::*[{_HIDDEN_IS}] | {_HIDDEN}"
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]")
_MAX_WORDS = 20  # a box of interface: a few words beside its controls
_PROSE_SENTENCE = 8  # words: a sentence this long is somebody's prose


def is_toggle(control: HtmlElement) -> bool:
    """A control that opens or closes text of the post (a spoiler, an expander, a footnote)."""
    if any(control.get(name) is not None for name in _TOGGLE_ATTRS):
        return True
    if _FOOTNOTE_MARK.match(text_of(control)):
        return True
    said = " ".join((control.get("class") or "", control.get("id") or "", control.get("aria-label") or "", text_of(control)))
    return bool(_TOGGLE_WORD.search(said))


def mark_controls(tree: HtmlElement) -> None:
    """Before the controls are dropped: write on each one's parent that it held a control (a toggle or not)."""
    for control in tree.iter(*CONTROL_TAGS):
        parent = control.getparent()
        if parent is None:
            continue
        toggle = control.tag == "button" and is_toggle(control)
        if toggle or parent.get(MARK) != "toggle":
            parent.set(MARK, "toggle" if toggle else "control")
        if control.tag == "textarea":
            parent.set(FIELD, "1")
        label = text_of(control)
        if label and control.tag == "button":
            parent.set(LABEL, " | ".join(filter(None, (parent.get(LABEL), label))))


def mark_beside(widget: HtmlElement) -> None:
    """Before a newsletter engine's button goes (``platforms.CAPTIONED_BUTTONS``: upgrade, subscribe, share): write on
    the elements right before and after it, with no text between, that a button stood there (``between_widgets``
    reads it; any other widget's neighbours, a tip jar's or a share bar's, are not marked)."""
    before, after = widget.getprevious(), widget.getnext()
    if before is not None and isinstance(before.tag, str) and not (before.tail or "").strip():
        before.set(BESIDE, (before.get(BESIDE) or "") + "a")
    if after is not None and isinstance(after.tag, str) and not (widget.tail or "").strip():
        after.set(BESIDE, (after.get(BESIDE) or "") + "b")


def between_widgets(block: HtmlElement) -> bool:
    """The block stood between two platform widgets the cleaning took: a button's caption the writer typed as a
    paragraph of its own ("Thanks for reading …! Paid subscribers get …" between the upgrade and the share buttons)."""
    marks = block.get(BESIDE) or ""
    return "a" in marks and "b" in marks


def _short(element: HtmlElement, field: bool = False) -> bool:
    """A few words and no sentence of prose (beside a text area, a box to write in, its sentences are the form's own:
    "You must be signed in to reply.", "Your e-mail address will not be published.")."""
    text = text_of(element)
    if count_words(text) > _MAX_WORDS:
        return False
    if field:
        return True
    # (a sentence of prose told by its spaces: in Chinese, Japanese or Thai the box's length alone decides, as a card's
    # one-line blurb beside a follow button reads as a sentence of eight words or more there)
    return not any(len(s.split()) >= _PROSE_SENTENCE for s in _SENTENCE.findall(text))


def _kept(anchor: HtmlElement, box: HtmlElement) -> bool:
    """A toggle, a control in a heading, a summary or a footnote mark, or a box with hidden text or a score in it."""
    if anchor.get(MARK) == "toggle" or (anchor.get(MARK) is None and is_toggle(anchor)):
        return True
    if anchor.xpath("ancestor-or-self::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::summary or self::sup]"):
        return True
    return bool(box.xpath(_HIDDEN)) or has_score(text_of(box))


# the act on a sign-up form and the reader agreeing, in one sentence, the reader named (a second person: "you agree",
# sv "godkänner du"; never a third person's "acepta", "accetta", "godkänner hon"): en, de, fr, es, pt, it, nl, sv,
# da/nb, pl, cs, ru/uk, tr, ro, hu, fi, id, ja, zh, ko. Going on ("continuing", "continuar", 계속, 继续) is the act only
# bare, closed by its comma ("By continuing, you agree …"): "continuing past the prologue" is the reader's reading
_CONSENT = re.compile(
    r"\bby\s+(?:clicking|tapping|pressing|signing\s+(?:up|in)|registering|subscribing|creating\s+an\s+account"
    r"|(?:continuing|proceeding|joining)\s*,)[^.!?]{0,60}?\byou\s+(?:agree|accept|consent)"
    r"|\b(?:mit\s+(?:dem\s+)?(?:klick|klicken|tippen)|durch\s+(?:klicken|die\s+anmeldung)"
    r"|(?:mit\s+dem\s+)?fortfahren\s*,)"
    r"[^.!?]{0,60}?\b(?:stimmst\s+du|stimmen\s+sie|akzeptierst\s+du|akzeptieren\s+sie)"
    r"|\ben\s+(?:cliquant|continuant\s*,|vous\s+inscrivant|appuyant|t['’]inscrivant)[^.!?]{0,60}?"
    r"\b(?:vous\s+acceptez|tu\s+acceptes)"
    r"|\bal\s+(?:hacer\s+clic|pulsar|continuar\s*,|registrarte|unirte|suscribirte)[^.!?]{0,60}?\b(?:aceptas|aceptás)"
    r"|\bao\s+(?:clicar|continuar\s*,|se\s+cadastrar|cadastrar-se|inscrever-se|tocar)[^.!?]{0,60}?"
    r"\b(?:você\s+(?:concorda|aceita)|concordas|aceitas)"
    r"|\b(?:cliccando|continuando\s*,|registrandoti|iscrivendoti)[^.!?]{0,60}?\b(?:accetti|acconsenti)"
    r"|\bdoor\s+(?:op|verder\s+te\s+gaan\s*,|je\s+aan)[^.!?]{0,60}?\b(?:ga\s+je|gaat\s+u)\s+akkoord"
    r"|\bgenom\s+att\s+(?:klicka|fortsätta\s*,|registrera)[^.!?]{0,60}?"
    r"\b(?:godkänner|accepterar|samtycker)\s+(?:du|ni)\b"
    r"|\bved\s+(?:at|å)\s+(?:klikke|trykke|fortsætte\s*,|fortsette\s*,|registrere)[^.!?]{0,60}?"
    r"\b(?:accepterer|godtar|godkjenner|godkender|aksepterer)\s+(?:du|dere|de)\b"
    r"|\b(?:klikając|kontynuując\s*,|rejestrując)[^.!?]{0,60}?\b(?:akceptujesz|zgadzasz|wyrażasz)"
    r"|\b(?:kliknutím|pokračováním\s*,|registrací)[^.!?]{0,60}?\bsouhlasíte"
    r"|(?<!\w)(?:нажимая|продолжая\s*,|регистрируясь|натискаючи|продовжуючи\s*,)[^.!?]{0,60}?"
    r"(?:соглашаетесь|принимаете|погоджуєтеся)"
    r"|\b(?:tıklayarak|devam\s+ederek\s*,|kaydolarak)[^.!?]{0,80}?\bkabul\s+(?:etmiş\s+olursunuz|edersiniz|ediyorsunuz)"
    r"|\b(?:făcând\s+clic|continuând\s*,)[^.!?]{0,60}?\b(?:ești\s+de\s+acord|sunteți\s+de\s+acord|accepți)"
    r"|\b(?:kattintással|a\s+folytatással\s*,)[^.!?]{0,60}?\belfogadod"
    r"|\b(?:klikkaamalla|jatkamalla\s*,)[^.!?]{0,60}?\bhyväksyt"
    r"|\bdengan\s+(?:mengklik|mengeklik|melanjutkan\s*,|mendaftar)[^.!?]{0,60}?\b(?:anda|kamu)\s+(?:menyetujui|setuju)"
    r"|(?:クリック|タップ|登録)(?:する|すること)?(?:と|で|により)[^。]{0,40}?同意"
    r"|(?:点击|點擊|注册|註冊)[^。]{0,30}?(?:即(?:表示|代表|视为|視為)(?:您|你)?|表示(?:您|你))(?:已)?(?:同意|接受)"
    r"|(?:클릭|가입)[^.]{0,30}?동의",
    re.I)
# ... and, only in the wall's own structure (a short box holding a link, a field or a control, ``consent_boxes``), the
# looser forms a wall writes that a sentence of prose could share: going on without its comma ("By continuing you
# agree", "Mit dem Fortfahren stimmen Sie … zu", "En continuant vous acceptez"), the formal person (es "Al registrarse,
# acepta", it "Registrandosi, accetta", pt-PT "Ao continuar, concorda"), ja 続行すると…同意, zh 继续使用/登录即表示同意,
# ko 계속하면…동의
_CONSENT_WALL = re.compile(
    r"\bby\s+(?:continuing|proceeding|joining|using|signing\s+(?:up|in)|registering)\b[^.!?]{0,60}?"
    r"\byou\s+(?:agree|accept|consent)"
    r"|\b(?:fortfahren|weitermachen|registrier\w*|anmeld\w*)[^.!?]{0,60}?"
    r"\b(?:stimm(?:st|en)|akzeptier(?:st|en))\s+(?:du|sie)"
    r"|\ben\s+(?:continuant|poursuivant|vous\s+inscrivant|utilisant)[^.!?]{0,60}?\b(?:vous\s+acceptez|tu\s+acceptes)"
    r"|\bal\s+(?:continuar|registrarse|unirse|suscribirse|usar|utilizar)[^.!?]{0,60}?\b(?:usted\s+)?acepta"
    r"|\bao\s+(?:continuar|registar-se|registrar-se|inscrever-se|utilizar)[^.!?]{0,60}?\b(?:concorda|aceita)"
    r"|\b(?:continuando|proseguendo|registrandosi|iscrivendosi)[^.!?]{0,60}?\b(?:accetta|acconsente)"
    r"|\b(?:door\s+verder\s+te\s+gaan|door\s+je\s+aan\s+te\s+melden)[^.!?]{0,60}?\b(?:ga\s+je|gaat\s+u)\s+akkoord"
    r"|(?:続行|継続|続け|利用|登録|ログイン)(?:する|すること|した)?(?:と|で|により|ることで)[^。]{0,40}?同意"
    r"|(?:继续|繼續|使用|登录|登入|登錄)[^。]{0,30}?(?:即(?:表示|代表|视为|視為)|表示)(?:您|你)?(?:已)?(?:同意|接受)"
    r"|(?:계속|이용|로그인|가입)[^.]{0,30}?동의",
    re.I)
# ... and the object agreed to: the site's terms, agreement or policy
_TERMS = re.compile(
    r"(?:terms|agreement|policy|policies|conditions|bedingungen|agb|datenschutz|vereinbarung|politique|términos"
    r"|condiciones|política|termos|condições|termini|condizioni|informativa|voorwaarden|villkor|vilkår|regulamin"
    r"|warunki|podmínk|услови|соглашени|політик|умов|koşul|sözleşme|politika|feltétel|ehdot|ketentuan|kebijakan|規約|ポリシー"
    r"|条款|條款|协议|協議|政策|약관|정책)", re.I)
_TERMS, _CONSENT = guarded(_TERMS), guarded(_CONSENT)  # (casefold.Guarded: the terms' words looked for first)
_CONSENT_WORDS = 40
_WALL_BOXES = ("div", "section", "aside", "form", "footer")
# the sign-up wall's own structure: a link (on the terms), a form's field or a control (dropped or not) in the box
_WALL_PARTS = f"descendant-or-self::*[self::a or self::form or self::input or @{MARK} or @role='button']"


def consent_boxes(items: list[HtmlElement]) -> dict[int, HtmlElement]:
    """The blocks (by index in `items`) of a sign-up wall's consent line and the short box that holds it (module
    docstring): the box the line's parent makes when it holds 40 words at most (its heading, the line), or the line
    when it holds the wall's own parts (a link on the terms, a field, a control). A line among the review's
    paragraphs, no link or control in it, is the reviewer's sentence however it reads."""
    found: dict[int, HtmlElement] = {}
    for i, item in enumerate(items):
        text = text_of(item)
        if not text or not _TERMS.search(text) or count_words(text) > _CONSENT_WORDS:
            continue
        strict = _CONSENT.search(text) is not None
        if not strict and not _CONSENT_WALL.search(text):
            continue
        box, parent = None, item.getparent()
        if parent is not None and parent.tag in _WALL_BOXES and count_words(text_of(parent)) <= _CONSENT_WORDS:
            box = parent
        elif item.xpath(_WALL_PARTS):
            box = item
        if box is None or not strict and not box.xpath(_WALL_PARTS):
            continue
        for k, other in enumerate(items):
            if other is box or box in other.iterancestors():
                found.setdefault(k, box)
    return found


def interface_boxes(body: HtmlElement, items: list[HtmlElement]) -> dict[int, HtmlElement]:
    """The blocks (by index in `items`) that sit in a short box holding a control, and that box; a card of one line
    asking the reader to act and its button (``ask_card``); and a sign-up wall's consent line with its box
    (``consent_boxes``)."""
    found: dict[int, HtmlElement] = consent_boxes(items)
    anchors = body.xpath(_CONTROLS)
    total = len(text_of(body)) if anchors else 0
    for anchor in anchors:
        field = anchor.get(FIELD) is not None
        if anchor.get(MARK) is not None and not _short(anchor, field):
            continue  # a control dropped from inside a paragraph of prose
        # climb while the box stays short
        box = anchor
        while True:
            parent = box.getparent()
            if parent is None or parent is body or parent.tag in ("article", "main", "body", "html") or not _short(parent, field):
                break
            box = parent
        text = text_of(box)
        if not text or len(text) > 0.5 * total or _kept(anchor, box):
            continue
        # the box is a block of the post, or holds some: not a few words inside a paragraph of prose
        for i, item in enumerate(items):
            if item is box or box in item.iterancestors():
                found.setdefault(i, box)
    for i, item in enumerate(items):  # (a card: one line asking and its button, the button a dead link too)
        if i not in found and (card := ask_card(item, body)) is not None:
            found[i] = card
    return found


# a link that goes nowhere: a script's button ("#", "javascript:", no href at all)
_DEAD_HREF = re.compile(r"^\s*(?:#?\s*$|javascript:)", re.I)
# a labelled field ("Publisher: …") or a record's parts ("Title · Author · 320 pages"): the book's line, not an ask
_FIELD_LINE = re.compile(r"^\W*[^\W\d_][^:：.!?。]{0,30}[:：]|[·|•].+[·|•]")
_CARD_WORDS = 30
_LETTER = re.compile(r"[^\W\d_]")  # (a label with none is a count or an arrow: "♥ 12", "↑", "#2")
# the card's ask beside ``platforms.READER_ACTIONS`` and ``platforms.JOIN_ASK``: sign up, register or log in, open
# the app or read on in it, be told when something comes (en, de, fr, es, pt, it, nl, pl, cs, ru, uk, tr, id, vi, ja,
# zh, ko, th, ar, hi)
_SIGN_UP = re.compile(
    r"\b(?:sign\s?up|sign\s+in|log\s?in|register|create\s+(?:an?\s+|your\s+)?account|become\s+a\s+member|"
    r"open\s+(?:it\s+in\s+)?the\s+app|in\s+the\s+app|notif(?:y|ied|ications?)|registrier\w*|anmelden|melde\s+dich\s+an|"
    r"einloggen|benachrichtig\w*|app\s+öffnen|inscrivez-vous|connectez-vous|ouvr(?:ez|ir)\s+l['’]appli?|"
    r"reg[ií]str(?:ate|ese|arse)|inicia\s+sesión|abr(?:e|ir)\s+(?:en\s+)?la\s+app|cadastr(?:e-se|ar)|registre-se|"
    r"abr(?:a|ir)\s+(?:no\s+|o\s+)?app|notific\w*|registrati|accedi|apri\s+l['’]app|avvis\w*|registreer|"
    r"meld\s+je\s+aan|"
    r"zapisz\s+się|zarejestruj\w*|zaloguj\w*|powiadom\w*|zaregistrujte|přihlaste|"
    r"зарегистрир\w*|войдите|откройте\s+приложение|уведом\w*|зареєстру\w*|увійдіть|сповіщ\w*|kaydol\w*|üye\s+ol\w*|"
    r"giriş\s+yap\w*|bildirim\w*|daftar\s+(?:sekarang|gratis)|buka\s+aplikasi|notifikasi|đăng\s+nhập|mở\s+ứng\s+dụng|"
    r"thông\s+báo)\b|"
    r"会員登録|ログイン|アプリ(?:で|を開)|お知らせ|注册|註冊|登录|登入|(?:打开|打開)[^，。,.!?！？]{0,10}(?:app|客户端|客戶端)|"
    r"通知|회원\s?가입|가입하|로그인|앱(?:에서|으로|을\s*열|\s*열기)|알려\s?드|알림|สมัครสมาชิก|เข้าสู่ระบบ|เปิดแอป|"
    r"سجّ?ل\s+(?:الآن|الدخول)|افتح\s+التطبيق|साइन\s+अप|लॉग\s?इन|ऐप\s+खोलें", re.I)


def _asks(text: str) -> bool:
    """The card's line and its button's label ask the reader to act: subscribe, follow, join, sign up, open the app."""
    return any_action(text, fold(text)) or bool(JOIN_ASK.search(text) or _SIGN_UP.search(text))


def ask_card(line: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """A card set in the post: a box (div, aside, section) that holds one line and, after it, its button and nothing
    else: a ``<button>`` (dropped with the dead tags: its mark on the box) that toggles nothing, or a link of four words
    at most that goes nowhere ("#", "javascript:", none), and the line or the button asks the reader to act (``_asks``:
    subscribe, follow, join, sign up, open the app). The line is short (thirty words), a sentence, not a field or a
    record line, no score, and the post holds far more text outside the card. A site's or an app's ask between the
    paragraphs or after them ("Get our Friday letter with three picks" [Subscribe]; "Open the app to read the whole
    book" [Open]). What stays: a box of the review's own with a link back ("A quiet, exact novel." [Back to top], a
    pick of a list [Back to the list], a footnote [↑]), a pull quote and its credit, a book's line and its site, a
    closing line beside a like count [♥ 12]: none asks anything; a spoiler's box (its class, a toggle, hidden text);
    a link to a page (the author's site, a shop) goes somewhere."""
    box = line.getparent()
    if box is None or box is body or box.tag not in ("div", "aside", "section") or line.tag not in ("p", "div", "span"):
        return None
    kids = [c for c in box if isinstance(c.tag, str)]
    if not kids or kids[0] is not line or (box.text or "").strip() or any((c.tail or "").strip() for c in kids):
        return None
    if len(kids) == 1:  # (the button was the box's own child, dropped)
        if box.get(MARK) != "control" or line.get(MARK) is not None:
            return None
        label = box.get(LABEL) or ""
    elif len(kids) != 2 or kids[1].tag != "a" or not _DEAD_HREF.match(kids[1].get("href") or "") \
            or not 0 < count_words(label := text_of(kids[1])) <= 4 or is_toggle(kids[1]):
        return None
    text = text_of(line)
    if not text or count_words(text) > _CARD_WORDS or label and not _LETTER.search(label) \
            or not _asks(f"{text} {label}"):
        return None
    if _FIELD_LINE.search(text) or has_score(text) or box.xpath(_HIDDEN_SELF) or 3 * len(text) > len(text_of(body)):
        return None
    return box


def report_text(box: HtmlElement) -> str:
    """The box's text with the labels of the controls dropped from it."""
    labels = [element.get(LABEL) for element in box.xpath(f"descendant-or-self::*[@{LABEL}]")]
    return " ".join(filter(None, (text_of(box), *labels)))


# a link drawn as a button: its class says so, Bootstrap's and the builders' ("btn btn-primary", "wp-block-button__link",
# "button-cta")
BUTTON_LINK = re.compile(r"(?:^|[-_\s])(?:btn|button)(?:$|[-_\s])", re.I)
# the boxes a bare button stands in, between the blocks: not a paragraph, list item, cell or heading of running text
_BOXES = {"div", "section", "article", "main", "aside", "header", "footer", "nav", "span"}


def bare_buttons(root: HtmlElement) -> list[HtmlElement]:
    """Links drawn as buttons that stand bare between the blocks of a box ("<div><a class='btn' href='#'>Write a
    review</a><div class=card>…</div></div>"): no text of the box around them (its own text and theirs are empty), a
    block of text after them in the box (they open it) or, closing a book's card, its picture and facts before them,
    short (six words), no score. The page's interface (write a review, buy, load more, subscribe), never the
    reviewer's prose; a button-classed link inside a paragraph, a list item or beside words in its box is read with
    them and stays."""
    out = []
    for a in root.iter("a"):
        parent = a.getparent()
        if parent is None or parent.tag not in _BOXES or not BUTTON_LINK.search(a.get("class") or ""):
            continue
        if (parent.text or "").strip() or (a.tail or "").strip() or any(
                (s.tail or "").strip() or s.tag in ("a", "em", "strong", "b", "i") for s in a.itersiblings(preceding=True)):
            continue
        # (it opens its box: a block of text follows it there, as "Write a review" over the list of reviews; or it
        # closes a card inside the body, the book's picture and its facts before it: "<div><img><div>Title · House
        # </div><a class=btn>Want to read</a></div>", a catalogue's shelf button)
        if not any(isinstance(s.tag, str) and text_of(s) for s in a.itersiblings()) and not (
                parent is not root and a.getnext() is None and _closes_card(a)):
            continue
        text = text_of(a)
        if text and count_words(text) <= 6 and not has_score(text) and all(
                ancestor.tag not in ("p", "li", "td", "th", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "label")
                for ancestor in a.iterancestors()):
            out.append(a)
    return out


def _closes_card(a: HtmlElement) -> bool:
    """The button comes after a card's picture or its title heading, and a box of its text (the book's facts), nothing
    else in the card (a product card with no picture: "<div><h4>Author: Title</h4><div>House, 300 pages</div><a
    class=…-button>Order at the shop</a></div>")."""
    before = [s for s in a.itersiblings(preceding=True) if isinstance(s.tag, str)]
    return any(s.tag in ("img", *_TITLES) or s.find(".//img") is not None for s in before) \
        and any(s.tag in _BOXES and text_of(s) for s in before) \
        and all(s.tag in _BOXES or s.tag in ("img", *_TITLES) for s in before)


_TITLES = ("h2", "h3", "h4", "h5", "h6")
