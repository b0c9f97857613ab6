"""The poster's own housekeeping around a review: a newsletter's greeting, an end-of-post ask, the name row.

Writers on newsletters and social platforms frame a review with lines addressed to their readers, in every
language and wording. What marks them is where they stand and how they are set off from the review's own box:

- a newsletter's greeting opens the issue in a box of its own above the review's box, short, with a salutation
  ("Hi all! We passed two thousand readers this week ..."): the issue's housekeeping, not the review;
- an end-of-post ask comes after the review's last paragraph, set off from it (a rule between them, a box of its
  own outside the review's box, or typeset apart), short, names something to do on the platform (vote, upvote,
  resteem, reblog, subscribe, share, donate, support the author, 投币, 三连: ``platforms.ENGAGE_ACTION`` and the
  other action words) and turns to the reader (an exclamation, a pictograph, a hashtag, or the action is itself
  a link, a button written in the text);
- the name row at the top of a social post: the poster's display name beside their handle, each in an element of
  its own ("Ana Lima" + "@ana.lima");
- at the post's edges, a short line opening with a gesture on the phone's screen ("tap the blue name above to
  follow", "long-press to scan the code"): WeChat's and other apps' follow furniture;
- anywhere, set apart: a sponsor's read led by a bold label naming the sponsor, the writer's plug asking to be
  written to or hired (CONTACT_ME), and a small box of its own holding a link drawn as a button and its pitch;
- among the last blocks, the comment field's prompt ("Add a comment…", "Log in to like or comment.");
- the engine's tally after the post's footer row (a meta row among the last blocks): a short line holding a number
  ("Liked by: 12 readers"), never a score.

``boilerplate.clean_body`` applies them with its other rules. What stays: the same words in the review's own
paragraphs (a novel about an election and its votes, thanks to a friend in the review's first lines), a closing
line in the review's own box, a handle written into a sentence.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import backgreeting
from .closingask import ANY_ACTION, PICTOGRAPH
from .covercaption import names_cover, own_photo
from .nodes import HEADING_TAGS
from .notes import sentence_note
from .notewords import PUBLISHER_SCRIPTS
from .platforms import ENGAGE_ACTION
from .promo import links_of, own_wrapper, promo_box, set_apart, text_of
from .rating import has_score
from .words import count_words

_NOT_LINES = HEADING_TAGS | {"blockquote", "table", "pre", "ul", "ol", "dl", "figure"}
# a paragraph of the review: this many words or more
PROSE = 20
# a salutation: a few words and an exclamation mark open the paragraph ("Olá, gente!", "Hej allihop!", "Hi all!")
SALUTATION = re.compile(r"^\W{0,2}(?:[^\W\d_]+[\s,]+){0,3}[^\W\d_]+\s*[!！¡]")
# a member's handle, alone: "@ana.lima", "@ana@books.social"
HANDLE_ONLY = re.compile(r"^@[\w.]{2,30}(?:@[\w-]+(?:\.[\w-]+)+)?$")
_NUMBER = re.compile(r"\d")
# the client a post was written in, as the platform signs it under the post: a phone or an app named after "sent from"
# in our languages, or after a dash alone ("Sent from my iPhone using Tapatalk", "Von meinem Pixel gesendet", "- dc
# official App", "iPhone에서 보냄")
_DEVICE = (r"(?:(?<![a-z])(?:iphone|ipad|android|galaxy|pixel|blackberry|tapatalk|xiaomi|huawei|smartphone|mobile|app)(?![a-z])|"
           r"アプリ|앱|客户端|客戶端|手机|手機)")
SENT_FROM = re.compile(
    rf"^\W{{0,3}}(?:sent\s+(?:from|via|using)|enviado\s+(?:desde|de|do)|envoyé\s+(?:de|depuis)|von\s+meinem|inviato\s+da|"
    rf"verstuurd\s+(?:vanaf|met)|wysłane\s+z|odesláno\s+z|отправлено\s+(?:с|из)|надіслано\s+з|发自|發自|来自|來自).{{0,40}}{_DEVICE}"
    rf"|^[-–—~]\s*(?:[^\W\d_]+\s+){{0,3}}{_DEVICE}\W{{0,2}}$|^\W{{0,3}}{_DEVICE}.{{0,20}}(?:에서\s*보냄|から送信)\W{{0,2}}$", re.I)
# the imperative of a gesture on a phone's screen, opening a line: tap, long-press, scan (a code), in our languages
GESTURE = re.compile(
    r"^\W*(?:tap\s+(?:the|on|here|below|above)\b|long[- ]press|press\s+and\s+hold|scan\s+(?:the|this|our)\b|"
    r"点击(?![率量数])|點擊(?![率量數])|轻触|长按|長按|扫码|掃碼|扫描(?!仪)|掃描(?!儀)|识别|識別|"
    r"タップ|長押し|スキャン|길게\s*눌러|탭하|스캔하|toque\s+(?:en|no|na)\b|tippe\s+auf\b|appuyez\s+sur\b|"
    r"нажмите\b|натисніть\b|отсканируйте\b|kliknij\b|dotknij\b|แตะ|สแกน)", re.I)
# a sponsor named in a label, in our languages ("This week's sponsor:", "Gesponsert von", "Patrocinador:", "赞助")
SPONSOR = re.compile(r"sponsor|gesponsert|patrocin|спонсор|赞助|贊助|スポンサー|스폰서|"
                     # (the sponsor's credit formula as the whole label: "Brought to you by", "Präsentiert von", "Offert par")
                     r"^\W*(?:brought\s+to\s+you\s+by|made\s+possible\s+by|in\s+partnership\s+with|präsentiert\s+von|"
                     r"(?:présenté|offert)\s+par|en\s+partenariat\s+avec|(?:presentado|ofrecido)\s+por|(?:apresentado|oferecido)\s+por|"
                     r"(?:presentato|offerto)\s+da|mogelijk\s+gemaakt\s+door|aangeboden\s+door|presenteras\s+av|"
                     r"(?:presentert|presenteret)\s+af|prezentuje|przy\s+wsparciu)\W*$", re.I)
# ... and the label saying there is none ("Sponsor: none, I bought my copy")
_NO_SPONSOR = re.compile(r"^\W*(none|no|nobody|keine?r?|aucun|ninguno|nessuno|geen|нет|немає|无|無|なし|없음)\b", re.I)
# the writer asks to be written to or hired, in our languages ("mail me", "hire me", "schreib mir", "écrivez-moi")
CONTACT_ME = re.compile(
    r"\b((e-?)?mail\s+me|write\s+to\s+me|contact\s+me|get\s+in\s+touch|dm\s+me|hire\s+me|schreib(?:t|en\s+sie)?\s+mir|"
    r"kontaktier\w*\s+mich|écrivez-moi|contactez-moi|escríbeme|escribidme|contáctame|scrivetemi|scrivimi|"
    r"mail\s+mij|schrijf\s+me|napisz(cie)?\s+do\s+mnie|пишите\s+мне|напишите\s+мне|напишіть\s+мені)\b", re.I)
# a link drawn as a button: its class says so ("btn btn-primary", "wp-block-button__link", "button-cta")
_BUTTON_CLASS = re.compile(r"(?:^|[-_\s])(?:btn|button)(?:$|[-_\s])", re.I)
# an info line's label ("Publisher:", "Verschenen:"): a book's details box, the review's
_LABELLED = re.compile(r"^\W*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[:：]")
# the comment field's prompts: commenting named ...
_COMMENTING = re.compile(r"\b(comment\w*|reply|kommentar\w*|comentar\w*|commentaire|comment(?:o|are)|komentarz\w*|"
                         r"коммент\w*|комент\w*)\b|评论|評論|留言|コメント|댓글", re.I)
# ... with the field's placeholder ellipsis ("Add a comment…"), or behind a log-in ("Log in to like or comment.")
_LOG_IN = re.compile(r"^\W*(log\s*in|sign\s*in|inicia\s+sesión|inicie\s+sessão|connectez-vous|melde\s+dich\s+an|"
                     r"anmelden|accedi|zaloguj|войдите|увійдіть|登录|登入|ログイン|로그인)\b", re.I)
_CONTACT_KEYS = ("mail", "write", "contact", "touch", "dm ", "hire", "schreib", "kontakt", "écrivez", "escrib", "escríb", "contáct",
                 "scriv", "schrijf", "napisz", "пиши", "напиш")
_HASHTAG = re.compile(r"(?:^|\s)#[^\W\d_][\w-]+")


# every action word at once: the platform's (ENGAGE_ACTION) and the readers' imperatives (chrome's READER_ACTIONS)
_ACTION = re.compile(f"(?:{ENGAGE_ACTION.pattern})|(?:{ANY_ACTION.pattern})", re.I)


def _action(text: str) -> bool:
    return bool(_ACTION.search(text))


def a_note(text: str, block: HtmlElement | None = None) -> bool:
    """The line is a note the review carries (a free-copy disclosure, a content warning): never housekeeping. A `block`
    set wholly in italics is a note set apart, read as notes reads one ("*ผู้เขียนได้รับหนังสือจากสำนักพิมพ์*"), where it names a
    publisher (a free newsletter "sent every Friday" is a plea's lead-in, not a note)."""
    italic = block is not None and bool(PUBLISHER_SCRIPTS.search(text)) and _in_italics(block)
    return sentence_note(text, italic)


def _in_italics(block: HtmlElement) -> bool:
    """All of the block's text stands in <em> or <i>."""
    italic = "".join(e.text_content() for e in block.xpath(".//em[not(ancestor::em or ancestor::i)] | .//i[not(ancestor::em or ancestor::i)]"))
    return bool(italic.strip()) and re.sub(r"\s+", "", italic) == re.sub(r"\s+", "", block.text_content())


def _review_box(block: HtmlElement) -> HtmlElement | None:
    """The box a paragraph of the review sits in, when it is a box holding several of the review's blocks."""
    box = block.getparent()
    if box is None or len([c for c in box if isinstance(c.tag, str) and text_of(c)]) < 2:
        return None
    return box


def _outside(block: HtmlElement, box: HtmlElement | None) -> bool:
    return box is not None and block is not box and box not in block.iterancestors()


# a picture desk's credit closing a caption ("… Photograph: Archive", "Foto: Agentur", "© Name"), in our languages
_CREDIT = re.compile(r"(?:\b(?:photo(?:graph)?s?|photo\s+credit|image[mn]?|il?lustra(?:tion|sion|sjon|ción|ção|zione|tie|cja|ce|si|ció)|credit|foto(?:grafía|grafia|grafie)?|bild|"
                     r"zdjęcie|fot\.|фото|світлина|иллюстрация|ілюстрація|gambar|immagine|afbeelding|φωτογραφία|kuva|fénykép|fotoğraf|צילום|תצלום|تصوير|عکس|ảnh(?:\s+minh\s+họa)?|ภาพ|छवि|फोटो|तस्बिर|तस्वीर|छायाचित्र|"
                     # (the South Asian scripts': bn, ur, ta, te, kn, ml, gu, pa, si; then ka, hy, km, my)
                     r"ছবি|আলোকচিত্র|تصویر|فوٹو|படம்|புகைப்படம்|ఫోటో|చిత్రం|ಚಿತ್ರ|ಫೋಟೋ|ചിത്രം|ഫോട്ടോ|તસવીર|ફોટો|ਤਸਵੀਰ|ਫੋਟੋ|ඡායාරූපය|"
                     r"ფოტო|լուսանկար(?:ը)?|រូបថត|ဓာတ်ပုံ|"
                     # (and sw, ha, so, zu, am)
                     r"picha|hoto|sawir|isithombe|ፎቶ)\s*(?:by)?\s*[:：]|©)"
                     r"\s*[^.:：]{2,60}\.?\s*$|"
                     # (East African desks set the label off by a bar, in capitals: "PHOTO | FILE", "PICHA | MAKTABA")
                     r"(?-i:\b(?:PHOTO|PICHA|FOTO|HOTO|SAWIR|IMAGE|GRAPHIC|VIDEO|CREDIT)\s*\|\s*[^\W\d_][^|.:：]{1,60})\.?\s*$|"
                     r"(?:写真|사진|图片|圖片|照片)\s*[:：]\s*\S.{0,40}$", re.I)
# ... or set off by a dash after the caption's words, the picture's word opening it and its source after it (ms/id
# "… - Foto ihsan penerbit", "- Gambar fail", en "— Photo courtesy of the publisher", es "– Foto cortesía de …")
_DASH_CREDIT = re.compile(r"\S\s+[-–—]\s*(?:photo(?:graph)?|pic(?:ture)?|image|illustration|foto(?:grafía|grafia|grafie)?|gambar|"
                          r"bild|zdjęcie|fot\.|фото|kuva|fénykép|fotoğraf|ảnh|ภาพ|صورة|תמונה|צילום)\s+[^\W\d_][^.:：]{1,60}\.?\s*$", re.I)
_CAPTION = "self::figcaption or @itemprop='caption' or contains(@class, 'caption')"


def credit_element(block: HtmlElement) -> HtmlElement:
    """What of a credited caption goes: the credit alone when it is an element of its own after the caption's words
    ("T, A's novel, my old copy <span>Photo: N</span>": the words say which book), else the whole caption."""
    whole = text_of(block)
    for element in block.iterdescendants("span", "small", "cite", "em", "i"):
        credit = text_of(element)
        if credit and whole.endswith(credit) and _CREDIT.search(credit) and count_words(whole[:-len(credit)]) >= 3:
            return element
    return block


def credited_caption(block: HtmlElement) -> bool:
    """A picture's caption that ends with the picture's credit: the publication's, however the picture came in (a
    caption the reviewer writes about a photo of their own, with no credit or their own, stays as
    figures.keep_figure_text has it: covercaption.own_photo)."""
    whole = text_of(block)
    if ":" not in whole and "：" not in whole and "©" not in whole and "|" not in whole and not (len(whole) <= 400 and _DASH_CREDIT.search(whole[-90:])):
        return False  # every credit _CREDIT reads holds one (or a dash), and the caption's text ends the block's: no XPath asked
    captions = block.xpath(f"descendant-or-self::*[{_CAPTION}]")
    parent = block.getparent()
    beside = parent is not None and parent.xpath("./img") and text_of(parent) == text_of(block)
    if not captions and (block.xpath(".//img") or beside) and count_words(text_of(block)) <= 8:
        captions = [block]  # (a picture and a line beside it, in a box of their own: the line is its caption)
    if len(captions) != 1 or count_words(text_of(block)) > 40:
        return False
    text = text_of(captions[0])
    credit = _CREDIT if _CREDIT.search(text) else _DASH_CREDIT
    return bool(text) and text_of(block).endswith(text) and credit.search(text) is not None \
        and not names_cover(text, credit) and not own_photo(text, credit)


def mark(items: list[HtmlElement], body: HtmlElement, lengths: list[int], drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark the housekeeping lines among a post body's blocks (``drop`` and ``boxes`` are the cleaning's)."""
    def prose(i: int) -> bool:  # (PROSE words take at least twice as many characters, in any script)
        return lengths[i] >= 2 * PROSE - 1 and items[i].tag not in _NOT_LINES and count_words(text_of(items[i])) >= PROSE

    # after the post's footer row (its tags, comment and quote links: a meta row, or a tag row taken as a link list,
    # among the last three blocks, past the first), a short line holding a number is the engine's tally of the post
    # ('Liked by: 12 readers'), not a score
    footer = next((k for k in range(len(items) - 1, max(0, len(items) - 4), -1)
                   if drop.get(k) in ("meta row", "link list")), len(items))
    for i in range(footer + 1, len(items)):
        text = text_of(items[i])
        if i not in drop and count_words(text) <= 6 and _NUMBER.search(text) and not has_score(text):
            drop[i], boxes[i] = "count row", items[i]
    # at the post's edges (its first two blocks, its last three), a short line that opens with a gesture on the
    # phone's screen (tap, long-press, scan: GESTURE) tells the reader how to follow the account or read its code;
    # among the last three, the comment field's prompt is the platform's interface
    for i in [*range(min(2, len(items))), *range(max(2, len(items) - 3), len(items))]:
        text = text_of(items[i])
        if i not in drop and items[i].tag not in _NOT_LINES and GESTURE.match(text) and count_words(text) <= 25 \
                and not has_score(text):
            drop[i], boxes[i] = "platform ask", promo_box(items[i], body)
        elif i not in drop and i >= len(items) - 3 and comment_prompt(items[i]):
            drop[i], boxes[i] = "interface", items[i]
    # anywhere between them, the same line beside the picture it points at in its own block (the account's QR code:
    # "<p><img>扫码关注…</p>", "<div><img><br>Scan the code to follow …</div>"): the code is what the gesture reads
    for i in range(2, max(2, len(items) - 3)):
        if i not in drop and items[i].tag not in _NOT_LINES and GESTURE.match(text := text_of(items[i])) \
                and count_words(text) <= 25 and not has_score(text) and next(items[i].iter("img"), None) is not None:
            drop[i], boxes[i] = "platform ask", promo_box(items[i], body)
    # a sponsor's read anywhere: set apart (boxed, typeset apart), led by a bold label naming the sponsor
    for i, block in enumerate(items):
        if i not in drop and credited_caption(block):
            drop[i], boxes[i] = "photo credit", credit_element(block)
        elif i not in drop and helpful_prompt(block):
            drop[i], boxes[i] = "interface", block
        elif i not in drop and sponsor_read(block, body):
            drop[i], boxes[i] = "sponsor", promo_box(block, body)
        elif i not in drop and contact_ask(block, body):
            drop[i], boxes[i] = "self-promotion", promo_box(block, body)
        elif i not in drop and button_box(block, body) is not None:
            drop[i], boxes[i] = "call to action", button_box(block, body)
    # the review's first and last paragraphs, sought from either end
    first = next((i for i in range(len(items)) if prose(i)), None)
    if first is None:
        return
    last = next(i for i in range(len(items) - 1, first - 1, -1) if prose(i))
    # a few lines after the review's last paragraph, the client the post was written in ("Sent from my iPhone")
    for i in range(last + 1, min(len(items), last + 6)):
        if i not in drop and count_words(text_of(items[i])) <= 10 and SENT_FROM.search(text_of(items[i])):
            drop[i], boxes[i] = "client signature", items[i]
    # the name row: the display name and the handle, at the top
    for i in range(min(3, first + 1)):
        row = name_row(items[i], body)
        if row is not None and i not in drop:
            drop[i], boxes[i] = "name row", row
    # the greeting: before the review's first paragraph, in a box of its own above the review's box
    for i in range(first):
        if i not in drop and (greeting(items[i], items[first]) or backgreeting.opening_greeting(items, i, drop)):  # (or 'hello again': backgreeting)
            drop[i], boxes[i] = "newsletter greeting", promo_box(items[i], body)
    # the ask: after the review's last paragraph, set off from it
    for i in range(last + 1, len(items)):
        if i in drop:
            continue
        ruled = any(items[k].tag == "hr" for k in range(last + 1, i))
        if end_ask(items[i], items[last], body, ruled):
            drop[i], boxes[i] = "call to action", promo_box(items[i], body)


def greeting(block: HtmlElement, review: HtmlElement) -> bool:
    """A newsletter's opening greeting to its readers (see the module docstring); `review`: the review's first
    paragraph."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    if not text or count_words(text) > 40 or not SALUTATION.match(text) or text.rstrip().endswith((":", "：")):
        return False
    return _outside(block, _review_box(review)) and not a_note(text)


def end_ask(block: HtmlElement, review: HtmlElement, body: HtmlElement, ruled: bool) -> bool:
    """An ask to act on the platform after the review (see the module docstring); `review`: its last paragraph,
    `ruled`: a rule stands between them."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    if not text or count_words(text) > 40 or not (ruled or _outside(block, _review_box(review)) or set_apart(block, body)):
        return False
    # it turns to the reader: an exclamation, a pictograph, a hashtag, or the action is a link of its own
    # (the action words are read last: many patterns, and most lines have no link and no exclamation)
    turned = "!" in text or "！" in text or bool(PICTOGRAPH.search(text)) or bool(_HASHTAG.search(text))
    links = links_of(block)
    if not (turned or links) or not _action(text) or has_score(text):
        return False
    return (turned or any(_action(text_of(a)) for a in links)) and not a_note(text)


def name_row(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The poster's display name beside their handle, each in an element of its own; the row, or None."""
    line = block
    # the handle in an element of its own: read the row that holds the name too
    if HANDLE_ONLY.match(text_of(block)) and block.getparent() is not None and block.getparent() is not body:
        line = block.getparent()
    if count_words(text_of(line)) > 8 or (line.text or "").strip():
        return None
    parts = [text_of(c) for c in line if isinstance(c.tag, str) and text_of(c)]
    handles = [p for p in parts if HANDLE_ONLY.match(p)]
    names = [p for p in parts if not HANDLE_ONLY.match(p)]
    if len(handles) != 1 or not names or count_words(" ".join(names)) > 4 \
            or any(n.rstrip().endswith((".", "?", "!", ":", ",")) for n in names):
        return None
    return line


def boxed_alone(box: HtmlElement, block: HtmlElement) -> bool:
    """The ask sits in a box of its own, which holds nothing else (``box``: where the cleaning took it from): set
    off from what follows, so the lines after it (the writer's own sign-off, a next-read section) are not its tail."""
    return box is not block and block in box.iterdescendants() and text_of(box) == text_of(block)


def sponsor_read(block: HtmlElement, body: HtmlElement) -> bool:
    """A sponsor's paragraph spliced into a post or an issue: set apart, opening with a bold label that names the
    sponsor ("<strong>This week's sponsor:</strong> ..."), a few words of its pitch after it."""
    if block.tag in _NOT_LINES or (block.text or "").strip():
        return False
    label = next((c for c in block if isinstance(c.tag, str)), None)
    if label is None or label.tag not in ("strong", "b") or not SPONSOR.search(text_of(label)) or count_words(text_of(label)) > 5:
        return False
    pitch = text_of(block)[len(text_of(label)):]
    # (set apart, or alone in a wrapper of its own before the piece: an issue's sponsor slot between the greeting and
    # the piece; a theme wrapping each of the review's paragraphs in a box of its own sets none of them apart)
    return 5 <= count_words(pitch) <= 80 and not _NO_SPONSOR.match(pitch.lstrip(" :：-—")) \
        and (set_apart(block, body) or own_wrapper(block, body) and not _prose_before(block, body))


def _prose_before(block: HtmlElement, body: HtmlElement) -> bool:
    """A paragraph of the piece (30 words or more) comes before the block in the body."""
    for element in body.iter("p", "div", "li", "blockquote"):
        if element is block:
            return False
        if count_words(text_of(element)) >= 30 and not any(True for _ in element.iter("p", "div", "li")
                                                            if _ is not element):
            return True
    return False


def contact_ask(block: HtmlElement, body: HtmlElement) -> bool:
    """The writer's own plug spliced into a post, set apart (a notice box, wholly emphasised): a short line asking
    the reader to write to or hire them ("available for contract work, mail me ...")."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    if len(text) > 300 or text.count(" ") > 45:  # (40 words at most: most paragraphs are longer, and cost nothing more)
        return False
    low = text.lower()  # (a few substrings first: the pattern's many alternatives cost ~70 µs a paragraph)
    if not any(key in low for key in _CONTACT_KEYS):
        return False
    return bool(CONTACT_ME.search(text)) and 0 < count_words(text) <= 40 and not has_score(text) \
        and set_apart(block, body) and not a_note(text)


def button_box(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """A box of its own inside the post (not the review's box: three blocks beside its buttons at most, 40 words at most) holding a link
    drawn as a button and the line that pitches it ("Reserve this book" + "Not a member yet? ..."): the box, or None.
    A book's details box (labelled lines) and a line holding a score stay."""
    box = block.getparent()
    if box is None or box is body or box.tag not in ("div", "section", "aside") or block.tag in _NOT_LINES:
        return None
    # (the button first: few boxes hold one, and words are costly to count)
    if not any(_BUTTON_CLASS.search(a.get("class") or "") for a in links_of(box)):
        return None
    # (its parts: the lines beside the buttons; a box may offer two, 'give once' and 'give monthly')
    parts = [c for c in box if isinstance(c.tag, str) and not (c.tag == "a" and _BUTTON_CLASS.search(c.get("class") or ""))]
    text = text_of(box)
    if len(parts) > 3 or not 0 < count_words(text) <= 40 or has_score(text):
        return None
    return None if any(_LABELLED.match(text_of(c)) for c in parts) else box


# a review platform's question under each review, beside its vote buttons ("Was this review helpful?"), in our languages
HELPFUL_PROMPT = re.compile(
    r"\b(?:was\s+this\s+(?:review\s+)?helpful|did\s+you\s+find\s+this\s+(?:review\s+)?helpful|war\s+(?:diese\s+(?:rezension|bewertung)|das)\s+hilfreich|"
    r"(?:cette\s+(?:critique|chronique)|cet\s+avis)\s+vous\s+a-t-(?:elle|il)\s+été\s+utile|(?:te|le)\s+(?:resultó|ha\s+resultado)\s+útil|"
    r"(?:questa\s+recensione|quest'opinione)\s+(?:ti\s+)?è\s+stata\s+utile|(?:deze\s+recensie|dit)\s+nuttig|(?:była|czy\s+ta\s+recenzja\s+była)\s+pomocna|"
    r"(?:была\s+ли\s+(?:эта\s+)?(?:рецензия|отзыв)\s+полезн|этот\s+отзыв\s+был\s+полезен)|faydalı\s+mıydı)\w*|"
    r"도움이\s*(?:되셨나요|되었나요|됐나요|되었습니까|됐습니까)|参考になりましたか|役に立ちましたか|(?:对你|對你|对您|對您)有(?:帮助|幫助)(?:吗|嗎)|"
    # (zh: "this (review) helpful?" by its measure word and noun: "這則評論有幫助嗎？", "这条评价有用吗？")
    r"(?:這|这|此)(?:則|则|條|条|篇|個|个|份)?(?:評論|评论|評價|评价|書評|书评|心得|留言)(?:对你|對你|对您|對您)?有(?:帮助|幫助|用)(?:吗|嗎)|מועיל|مفيد(?:ة|اً)?\s*[؟?]|مفید\s+بود",
    re.I)


def helpful_prompt(block: HtmlElement) -> bool:
    """A short question asking whether the review helped: the platform's vote prompt, not the reviewer's words."""
    text = text_of(block)
    return block.tag not in _NOT_LINES and 0 < count_words(text) <= 12 and text.rstrip().endswith(("?", "？", "؟")) \
        and HELPFUL_PROMPT.search(text) is not None


def comment_prompt(block: HtmlElement) -> bool:
    """The comment field's own text, among a post's last blocks: a few words naming commenting, as the field's
    placeholder ("Add a comment…") or behind a log-in ("Log in to like or comment."); or the platform's "Was this
    review helpful?" (``helpful_prompt``)."""
    if helpful_prompt(block):
        return True
    text = text_of(block)
    if block.tag in _NOT_LINES or not text or count_words(text) > 8 or not _COMMENTING.search(text):
        return False
    # (the placeholder is a few words ending on the thing to write: "Add a comment…", "Escribe un comentario…")
    placeholder = text.endswith(("…", "...")) and count_words(text) <= 4 and bool(_COMMENTING.search(text.split()[-1]))
    return placeholder or bool(_LOG_IN.match(text))
