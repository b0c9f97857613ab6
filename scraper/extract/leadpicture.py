"""The article's lead picture: a photo and its caption set between the article's header and the box of its text.

A magazine's or a newspaper's article page lays out its header (rubric, headline, byline, standfirst), then its lead
picture with a caption (and often the photographer's credit), then the box that holds the text. When the post body found
is the wrapper around all three, the caption is read as the review's first line; but it is the desk's, written for the
picture ("The harbour in winter. Photo: agency", "The reissue's cover, <publisher> 2026"), not the reviewer's.

The shape, not the words: a picture box (a ``<figure>``, or a box of an image and one caption line) with one short
caption that carries the picture's credit (an element of its own at the caption's end, named for it or opened by a
label and its colon, or a label and its colon closing the caption's sentence: "… in winter. Photo: agency"; or the
caption is the credit alone: "Illustration by Ann Lee for <the supplement>", "Фото Ивана Петрова"), before
the text has begun (no block of twenty words or more comes before it in the body, the standfirst in the article's
``<header>`` aside), which is a sibling
of the box that holds the text (its following sibling, or that of a box around it short of the body) rather than inside
it. A picture inside the text's box is the reviewer's own (a photo of their copy, captioned by them), and so is one at
the top of a body that is the text's box itself (its paragraphs follow the picture directly, as siblings). A blog's
featured picture over the post, captioned without a credit ("My old copy, from the shelf", "<author>, <title>,
<publisher>"), is the blogger's caption and stays: a desk credits its photos, a blogger seldom does.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .bookleadcaption import house_bracket
from .nodes import text_of
from .words import count_words

RULE = "lead picture"
_BOXES = ("div", "section", "article", "main")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_MAX_CAPTION_WORDS = 30
_TEXT_STARTED = 20  # a block of this many words before the picture: the text has begun


def _elements(element: HtmlElement) -> list[HtmlElement]:
    return [c for c in element if isinstance(c.tag, str)]


def _picture_box(element: HtmlElement) -> bool:
    """A photo and one caption line: a <figure> with an image, or a <div> whose children are an image (or its link)
    and one line of text, and nothing else."""
    if not element.xpath(".//img | .//picture"):
        return False
    text = text_of(element)
    if not text or count_words(text) > _MAX_CAPTION_WORDS:
        return False
    # one caption: no two text blocks (a book card's title, author and publisher lines are the review's record)
    lines = [e for e in element.iterdescendants("p", "figcaption", "div", "span", "small", "li", "dd")
             if text_of(e) and not any(text_of(c) for c in _elements(e) if c.tag in ("p", "div", "figcaption", "li", "dd"))
             and e.tag not in ("span", "small")]
    if element.tag == "figure":
        return len(lines) <= 1 and element.find(".//figcaption") is not None
    if element.tag != "div" or (element.text or "").strip():
        return False
    children = _elements(element)
    images = [c for c in children if c.tag in ("img", "picture") or c.tag == "a" and c.xpath(".//img") and not text_of(c)]
    captions = [c for c in children if c not in images]
    return len(images) == 1 and len(captions) == 1 and captions[0].tag in ("p", "figcaption", "div", "span", "small") \
        and len(lines) <= 1


# a credit: a short label and its colon, then the source ("Photo: agency", "Фото: архив", "攝：資料室", "צילום: סוכנות")
_CREDIT = re.compile(r"^\W*[^\W\d_][^:：.!?。]{0,20}[:：]\s*\S(?:\S*\s*){0,5}$")
# after the caption's sentence, closing it ("The harbour in winter. Photo: agency", "舊日街景。攝：資料室")
_CREDIT_TAIL = re.compile(r"[.!?。！？]\s*[^\W\d_][^:：.!?。]{0,20}[:：]\s*\S(?:\S*\s*){0,5}$")
# (a class naming the credit: "credit", "copyright", "photographer", "attribution", "image-source"; read by figures)
CREDIT_CLASS = _CREDIT_CLASS = re.compile(r"credit|copyright|photographer|attribution|source", re.I)
# a caption that is the credit alone: the kind of picture, the word for "by" (or, in the Slavic languages, the name in the
# genitive straight after it) and a name ("Photo by Ann Lee", "Ilustración de Ana Gil para <the supplement>", "Zeichnung
# von Jan Ruh", "Фото Ивана Петрова", "Εικονογράφηση Νίκος Ράλλης"): the desk's, whatever the language
WHOLE_CREDIT = re.compile(
    r"^\W*(?:photo(?:graph)?|picture|image|illustration|drawing|artwork|foto(?:graf[ií]a|grafie|ğraf)?|imagen|imagem|"
    r"immagine|ilustraci[óo]n|ilustração|illustrazione|illustratie|illustrasjon|ilustracja|ilustrace|illüstrasyon|dibujo|"
    r"desenho|disegno|dessin|zeichnung|bild|bilde|billede|beeld|tekening|tegning|teckning|rysunek|kresba|zdjęcie|fot\.|"
    r"çizim|фото(?:графия)?|иллюстрация|ілюстрація|рисунок|малюнок|снимок|φωτογραφία|εικονογράφηση|σκίτσο)"
    r"\s+(?:(?:by|de|di|da|von|par|door|av|af|przez|por|от|від)\s+)?(?P<source>[^\W\d_][^.!?。]{1,60})[.]?\s*$", re.I)
# a caption that is the credit alone, a picture's word and its colon ("Foto: <the desk's archive>", "Фото: агентство")
# (beside WHOLE_CREDIT's words: the picture's word in az, uz, kk, fi, hu, hr/sr, lt, lv, et, and "credit"/"source"; the
# Celtic languages' gd ga cy br kw, eu gl ca, is/fo, mt, sw, tl, vi, ku, sq, mk/sr/bg, ro and ht)
PICTURE_LABEL = re.compile(WHOLE_CREDIT.pattern.split(r")\s+(?:(?:by")[0]
                            + r"|dealbh|grianghraf|llun|ffotograff|skeudenn|luc'hskeudenn|skeusen|argazkia|irudia|imaxe|"
                              r"imatge|mynd|ljósmynd|ritratt|picha|larawan|ảnh|wêne|imazh|слика|снимка|imagine|imaj|"
                              r"şəkil|surət|rasm|сурет|фотосурет|kuva|fotó|kép|slika|fotografija|nuotrauka|attēls|foto\w*|pilt|"
                              r"credits?|crédits?|créditos?|crediti|source|fuente|fonte|quelle|источник|джерело|mənbə|kaynak)\s*[:：]", re.I)

_PICTURE_LABEL = PICTURE_LABEL  # (its older private spelling)
# the words alone, a picture's and a source's, for a caption that holds one anywhere (figures._named_caption)
PICTURE_WORDS = PICTURE_LABEL.pattern[len(r"^\W*(?:"):-len(r")\s*[:：]")]

# a wire's or a desk's credit, the outlet and the name split by a slash, closing the caption or alone ("… in winter.
# ANTARA FOTO/Ann Lee", "REUTERS/Jan Ruh", "AP Photo/Ann Lee", "kompas.example/Ana Gil"): Indonesian and agency desks
_SLASH_CREDIT = re.compile(r"(?:^|[.!?。]\s+)(?P<credit>[A-Za-z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\s?/\s?[^\W\d_][^/.!?。\d]{1,40})$")
# the words a Chinese or Japanese desk labels a picture's credit with: picture, photograph, archive photo, copied from,
# still, sketch, source, courtesy (zh-Hant, zh-Hans, ja), perhaps after the picture's place ("左圖")
_CJK_PICTURE = (r"(?:[左右上下]|上方|下方|左上|右上|左下|右下)?"
                r"(?:圖片來源|图片来源|圖片提供|图片提供|資料照片?|资料照片?|資料圖|资料图|示意圖|示意图|圖片|图片|圖文|图文|"
                r"照片|相片|攝影|摄影|翻攝|翻摄|截圖|截图|劇照|剧照|插圖|插图|插畫|插画|繪圖|绘图|製圖|制图|來源|来源|"
                r"圖源|图源|提供|影像|写真|撮影|画像|圖|图)")
# the credit in brackets closing the caption's sentence: a label and its colon ("… in winter. (Photo: agency)") or, in
# Chinese, its slash ("（圖／作者提供）"), or the
# desk's word for a picture handed to it, before its source or alone (id/ms "(Dok. <publisher>)", "(Istimewa)", pt
# "(Divulgação)", es "(Cortesía <press>)", fr "(DR)", en "(Courtesy of <press>)", "(Handout)")
_BRACKET_CREDIT = re.compile(
    r"[.!?。]\s*[(（](?P<credit>[^\W\d_][^:：()（）.!?。]{0,20}[:：]\s*[^()（）]{1,40}|"
    # (a Chinese or Japanese desk's picture label and its slash: "（圖／作者提供）", "（攝影／王小明）", "（图/新华社）",
    # "（資料照／…）", "（写真／共同）"; or the source and the label after it: "（王小明／攝）"; a position's
    # or a volume's words before a slash, "（左／新版）", "（上冊／下冊）", label no picture)
    rf"{_CJK_PICTURE}\s*[／/]\s*[^()（）/／]{{1,40}}|"
    r"[^()（）/／]{1,20}[／/]\s*(?:攝影?|摄影?|提供|翻攝|翻摄|撮影)|"
    r"(?:dok\.|dokumentasi|doc\.|istimewa|ist\.|sumber|divulgação|divulgacao|cortes[ií]a|courtesy|handout|dr)(?:\s+(?:of|de|di)?\s*[^()（）]{1,40})?)"
    r"[)）]\s*$", re.I)

# ... or the source's name alone in brackets closing the caption, after its words ("… (Pixabay)", "„T“, A (<publisher>)"):
# one to three words, each capitalised (an agency's, a photographer's, the house that gave the cover), no figure, no comma
# ("(Random House, 2017)" is a record's imprint and year; "(new edition)", uncased scripts' words: not a name to read)
_BARE_BRACKET = re.compile(r"\S\s*[(（](?P<credit>[A-ZÀ-ÞĀ-ſ][^\W\d_]*(?:[.&'’-][^\W\d_]+)*(?:\s[A-ZÀ-ÞĀ-ſ][^\W\d_]*(?:[.&'’-][^\W\d_]+)*){0,2})[)）]\s*$")


def _credit(picture: HtmlElement) -> str:
    """The picture's credit in its caption, the source alone ("" when it has none): a line of its own at the caption's
    end (an element named for it, or opened by a label and its colon), or a label and its colon closing the caption's
    sentence."""
    caption = picture.find(".//figcaption")
    if caption is None:
        caption = next((c for c in _elements(picture) if text_of(c)), None)
    if caption is None:
        return ""
    parts = [c for c in caption.iter() if c is not caption and isinstance(c.tag, str) and text_of(c)]
    credit = ""
    if parts and not (parts[-1].tail or "").strip():
        last = parts[-1]
        if _CREDIT_CLASS.search(last.get("class") or "") or _CREDIT.match(text_of(last)) and text_of(last) != text_of(caption):
            credit = text_of(last)
    if not credit and _CREDIT.match(text_of(caption)) and (_CREDIT_CLASS.search(caption.get("class") or "")
                                                           or PICTURE_LABEL.match(text_of(caption))):
        credit = text_of(caption)  # (the caption is the credit alone, by its label: "Foto: agency", "Фото: архив")
    if not credit and _CREDIT_TAIL.search(text_of(caption)):
        credit = _CREDIT_TAIL.search(text_of(caption)).group()
    if not credit and (slashed := _SLASH_CREDIT.search(text_of(caption))):
        return slashed.group("credit")
    if not credit and (bracketed := _BRACKET_CREDIT.search(text_of(caption))):
        return bracketed.group("credit").strip()
    if not credit and (house := house_bracket(text_of(caption))):
        return house  # a cover's caption as the book's record, its house in brackets: the picture's source (bookleadcaption)
    if not credit and (bare := _BARE_BRACKET.search(text_of(caption))) and bare.group("credit")[:1].isupper():
        return bare.group("credit")
    whole = WHOLE_CREDIT.match(text_of(caption)) if not credit and count_words(text_of(caption)) <= 10 else None
    if whole and whole.group("source")[:1].isupper():
        return whole.group("source").strip(" .()[]")
    return re.split(r"[:：]", credit, maxsplit=1)[-1].strip(" .()[]")


# a caption that is only the desk's word for where the picture comes from: its own archive, or a stock picture standing
# for the subject ("File photo", "(Representative image)", "Symbolbild", "Photo d'archive", "Foto de archivo", "资料图",
# "फ़ाइल फ़ोटो", "प्रतीकात्मक तस्वीर"): a credit to the archive, in the languages news desks write it in
_ARCHIVE_PICTURE = re.compile(
    r"^\W*(?:(?:file|archive|stock|representative|representational|symbolic)\s(?:photo(?:graph)?|picture|image|pic)|"
    r"symbolbild|archivbild|archivfoto|photo\sd'archive|image\sd'(?:archive|illustration)|photo\sd'illustration|"
    r"(?:foto|imagen|imagem|immagine)\s(?:de|d')\s?(?:archivo|arquivo|archivio|repertorio)|foto\sd'archivio|"
    r"(?:imagem|imagen|immagine|foto)\s(?:ilustrativa|ilustrativo|illustrativa|simbolica|simbólica)|archieffoto|arkiv(?:bild|foto)|"
    r"zdjęcie\s(?:ilustracyjne|archiwalne)|архивное\sфото|фото\sиз\sархива|ілюстративне\sфото|arşiv\s(?:fotoğrafı|foto)|"
    r"temsili\s(?:fotoğraf|görsel)|ảnh\s(?:minh\shọa|tư\sliệu)|资料(?:图|图片|照片)|資料(?:写真|圖片|照片)|자료\s?사진|"
    r"(?:\u095e|\u092b\u093c?)\u093e\u0907\u0932\s(?:\u095e|\u092b\u093c?)\u094b\u091f\u094b|प्रतीकात्मक\s(?:तस्वीर|चित्र|(?:\u095e|\u092b\u093c?)\u094b\u091f\u094b)|ফাইল\sছবি|প্রতীকী\sছবি|"
    r"صورة\sأرشيفية|صورة\sتعبيرية|عکس\sآرشیوی)\W*$", re.I)


# the word alone that the desk adds to such a caption after a dash, a slash or a comma ("Symbolbild / Archiv", "Foto de
# archivo - ilustrativa", "صورة تعبيرية - أرشيفية", "资料图 / 示意"): archive, file, stock, illustrative, symbolic, in those
# languages and a few more; a caption made of such parts, one of them a whole archive picture's words, is the desk's too
ARCHIVE_WORD = re.compile(
    r"^\W*(?:archive|archival|file|stock|illustration|illustrative|symbolic|representative|archiv|archivo|arquivo|archivio|"
    r"archief|arkiv|archiwum|archives?|ilustrativ[ao]|illustrativ[ao]|simb[oó]lic[ao]|symbolique|illustratif|ilustracyjne|"
    r"archiwalne|архив|архів|архивное|иллюстративное|ілюстративне|arşiv|temsili|tư\sliệu|minh\shọa|资料|資料|示意(?:图|圖)?|"
    r"자료|أرشيف(?:ية)?|تعبيرية|توضيحية|آرشیو(?:ی)?|تزئینی|प्रतीकात्मक|ফাইল|প্রতীকী)\W*$", re.I)
_CAPTION_PARTS = re.compile(r"\s+[-–—/|·]\s+|\s*,\s+")


def _archive_caption(text: str) -> bool:
    """The caption is the desk's word for an archive or stock picture, alone or with such words after a separator."""
    parts = _CAPTION_PARTS.split(text.strip())
    return any(_ARCHIVE_PICTURE.match(p) for p in parts) and all(_ARCHIVE_PICTURE.match(p) or ARCHIVE_WORD.match(p) for p in parts)


# a caption's sentence made of capitalised words only, a few, with no verb: a rights holder's or a library's name
# ("Getty Images", "Wikimedia Commons.", "Copyright Hachette UK.", "© Ann Lee"), as it closes a caption or stands alone
_NAME_ONLY = re.compile(r"^(?:(?:[©&/+]|\(c\)|[A-ZÀ-ÖØ-Þ][\w.&'’-]*)\s*){1,4}$")
_SENTENCES = re.compile(r"(?<=[.!?。])\s+")
# ... but one word alone closing the reviewer's own line is a place or a feeling, not a credit ("My copy on the harbour
# wall. Cornwall.", "Reading on the ferry home. Bliss.", "Mein Exemplar am Strand. Urlaubslektüre."): a line in the
# first person (en, de, fr, es, pt, it, nl, sv/da/nb, pl, ru) or opening on a gerund, the reader's own doing; a word
# of a stock library or an agency ("Alamy Stock", "Getty Images", "AFP") still credits
_ONE_WORD = re.compile(r"^\W*[^\W\d_][\w'’-]*\W*$")
_OWN_LINE = re.compile(
    r"(?<!\w)(?:(?-i:I)|my|our|we|mein\w*|unser\w*|ich|mon|ma|mes|notre|nos|je|mi|mis|nuestr[oa]s?|meu|minha|mio|mia|"
    r"mijn|onze|min|mitt|mina|vår\w*|mój|moja|moje|мой|моя|мою)(?!\w)|(?<!\w)j['’]|^\W*[A-Z][a-z]+ing\s", re.I)
_AGENCY = re.compile(r"stock|image|photo|foto|pix|pics|press|archiv|commons|agenc|agentur|bild|(?-i:^[A-Z]{2,5}$)",
                     re.I)


def credit_line(text: str) -> bool:
    """A caption's text that is a credit, or closes on one: the picture's label and a name ("Foto: agency", "Photo by
    Ann Lee"), an outlet and a name split by a slash ("Ann Lee / Reuters"), the desk's archive word, or a last sentence
    that is a name alone ("Getty Images", "… in Oslo, 2019. Shutterstock.", "… in Berlin. Quelle: Verlag.")."""
    text = " ".join(text.split())
    last = _SENTENCES.split(text)[-1]
    return bool(PICTURE_LABEL.match(last) or _SLASH_CREDIT.search(text) or _archive_caption(text)
                or count_words(text) <= 10 and WHOLE_CREDIT.match(text) or _NAME_ONLY.match(last.rstrip("."))
                and not (_ONE_WORD.match(last) and last != text and not _AGENCY.search(last.strip(" .!"))
                         and _OWN_LINE.search(text[:len(text) - len(last)])))


def _credited(picture: HtmlElement) -> bool:
    """The caption credits the picture to someone the page names nowhere else: an agency, a photographer, the desk's
    archive. A blogger who credits a photo to themselves names themselves on the page too (the byline, the bio)."""
    caption = picture.find(".//figcaption")
    if caption is not None and _archive_caption(text_of(caption)):
        return True
    source = _credit(picture)
    if len(source) < 2:
        return False
    root = picture.getroottree().getroot()
    return root.text_content().count(source) <= picture.text_content().count(source) or _own_desk(root, source)


# the site's own name: its og:site_name, or the last part of the page's <title> after a dash or a bar ("<post> — Dàna")
_TITLE_TAIL = re.compile(r"\s[-–—|·]\s(?P<site>[^-–—|·]{2,40})$")


def _own_desk(root: HtmlElement, source: str) -> bool:
    """The picture is credited by its label to the magazine itself ("Photo: <the site's name>"): the desk's own credit,
    named on every page of the site (a blogger's own name in a credit is no site's name: _credited reads that)."""
    key = source.casefold().strip()
    names = [m.get("content") or "" for m in root.iter("meta") if m.get("property") == "og:site_name"]
    title = root.find(".//title")
    if title is not None and (tail := _TITLE_TAIL.search(" ".join((title.text or "").split()))):
        names.append(tail.group("site"))
    return any(n.casefold().strip() == key for n in names)


def text_box(element: HtmlElement, words: int) -> bool:
    """The box that holds the text: two paragraphs or more and most of the body's words."""
    return element.tag in _BOXES and len(element.xpath(".//p")) >= 2 and count_words(text_of(element)) >= 0.6 * words


def before_text_box(picture: HtmlElement, body: HtmlElement, words: int) -> bool:
    """The text's box follows the picture (or a box around it, short of the body) as a sibling."""
    node = picture
    while node is not None and node is not body:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and text_box(sibling, words):
                return True
        node = node.getparent()
    return False


def text_begun(picture: HtmlElement, body: HtmlElement) -> bool:
    """A block of twenty words or more comes before the picture in the body."""
    around = set(picture.iterancestors())  # (a block around the picture, a layout table's cell, holds it: not before it)
    for element in body.iter():
        if element is picture:
            return False
        # (a heading is the headline or the standfirst set as one, however long: not the text)
        if element.tag in _BLOCKS and element.tag not in _HEADINGS and element not in around and count_words(text_of(element)) >= _TEXT_STARTED \
                and not any(a.tag == "header" for a in element.iterancestors()):  # (the article's header: its standfirst)
            return True
    return False


def lead_pictures(body: HtmlElement) -> list[HtmlElement]:
    """The lead picture boxes of the body (see the module docstring)."""
    # (the body's words, read only once a credited picture box is found: most bodies have none, and the whole body's text
    # cost ~0.1 ms a page; a body without words has no lead picture, as before)
    words = None
    found = []
    for element in body.iter("figure", "div"):
        if element is body or not _picture_box(element) or any(element in f.iterdescendants() for f in found):
            continue
        if _credited(element) and not text_begun(element, body):
            if words is None:
                words = count_words(text_of(body))
            if not words:
                return []
            if before_text_box(element, body, words):
                found.append(element)
    return found


def drop_lead_pictures(body: HtmlElement, report) -> None:
    for picture in lead_pictures(body):
        report.add(RULE, picture)
        if picture.getparent() is not None:
            picture.drop_tree()
