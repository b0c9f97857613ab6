"""A picture's caption that is the reviewed book's record: review text, not a photo's credit.

A blogger or a bookshop's magazine captions the cover it shows with the book's record, the way a headline names a book:
the author and the title ("A: T", "T, de A", "T by A", "T – A", "«T», A"), the house that published it in brackets
after them, with or without its year ("(House)", "(House, 2024)"). That line is where readers find the book, and the
gold keeps it; ``figures._own_caption`` (a caption written as a sentence) does not read it, and a bracket closing the
caption is taken for a photo's credit there.

Told apart by structure, not by the page's words:
- the caption is short (fourteen words at most) and parts a person's name (two to five words, capitalised where the
  script has case, no figure) from a title set off by a colon, a spaced dash, quotes or the word for "by" (in ~30
  languages), and the post's text names that person again (the surname, in any inflected form that opens with it);
- the bracket, if any, holds a house's name (a year at most as its figure): not a credit's label and its colon, a
  picture's or an archive's word, a copyright sign, a wire's or a stock library's name, a slash's "agency/photographer";
- the caption names the book the post is about: the picture is called a cover (its alt text or its file name, the cover
  words ``bookcover`` reads; or the theme's class for its box, "post-cover", where the title is quoted:
  ``classed_cover``), or its file name spells the title (transliterated from Greek, Cyrillic, Georgian or Armenian:
  ``slugspell.spells``), or the text names the title again.

``lift_record_pictures`` then moves a lead picture so captioned (the page calls it the cover) from before the box of
the text into it: trafilatura, narrowing to that box by its class ("article__content"), loses what stands outside it.
A news desk's photo over the text (no cover named, alt text empty) stays where it is.
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from .bookbiblio import PAGES, PAGES_FIRST
from .bookcover import COVER_WORD
from .casefold import whole_word
from .leadpicture import ARCHIVE_WORD, PICTURE_LABEL, WHOLE_CREDIT, before_text_box, text_begun, text_box
from .nodes import text_of
from .promo import PRICE
from .slugspell import fold, spells
from .words import count_words

_MAX_WORDS = 14
# the house in brackets closing the caption, a year beside it at most ("(Host)", "(Random House, 2017)")
_CLOSING = re.compile(r"^(?P<head>.+?)\s*(?:[(（\[](?P<house>[^()（）\[\]]{1,50})[)）\]])?\s*[.。]?\s*$")
# or the house after a comma once the quoted title that closes the record has closed ("A, «T», House", "A, „T“, House
# 2024"), read where the caption read whole is no record ("«T», A" is the title and its author)
_AFTER_QUOTE = re.compile(r"^(?P<head>.+[»“”\"』」]),\s*(?P<house>[^,;:«»„“”\"()]{2,40}?)\s*[.。]?\s*$")
# or the house as its own sentence after the title's stop, with the edition's facts, as the Nordic, German and Slavic
# papers close a review's record ("A: T. Forlag, 2016.", "A: T. House, 520 pages."): the facts (``_facts``) say it, and
# an edition's word (``_EDITION``) tells the house from a photo's place and year
_FACTS_CLOSE = re.compile(r"^(?P<head>.+?[^\W\d_]{2})\.\s+(?P<house>[^\W\d_][^.:;()«»„“”\"]{1,60}?\.?)\s*$")
_FACT = re.compile(rf"{PAGES}|{PAGES_FIRST}|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", re.I)
# what tells a house from a photo's place beside a bare year ("Oslo, 2021"): a page count, a binding, or a publisher's
# word in its name, somewhere in the caption (en, de, fr, es/pt/it, nl, sv/nb/da, fi, et, pl, cs/sk, hr/sr/sl, hu, ro,
# ru/uk, el, tr, is, cy, lt, lv)
_EDITION = re.compile(
    rf"{PAGES}|{PAGES_FIRST}|(?<!\w)(?:press|books|publish\w*|verlag|editions?|éditions|editorial|editora|editrice|"
    r"edizioni|ediciones|edições|uitgever\w*|uitgeverij|förlag\w*|forlag\w*|kustannus\w*|kirjat|kirjastus|"
    r"wydawnictwo|nakladatelství|vydavateľstvo|naklada|založba|izdava\w*|kiadó|editura|издательство|видавництво|"
    r"εκδόσεις|yayın\w*|útgáfa|forlagið|gwasg|leidykla|izdevniecība|paperback|hardback|hardcover|pokkari|"
    r"taschenbuch|broché|tapa\s+blanda|innbundet|innbundin|inbunden|indbundet|kilja|pocket|nidottu|sidottu|kötött|"
    r"brožovan\w*|vázan\w*|oprawa|broširan\w*|tvrdi\s+uvez|мягкая\s+обложка)(?!\w)|verlag|förlag|forlag|kustannus",
    re.I)
# the word for "by" between a title and its author's name: en, es/pt/fr/ca/ro/gl 'de', it 'di'/'da', pt 'do', de 'von',
# nl 'van'/'door', sv/nb/da 'av'/'af', fr 'par', es 'por', sv 'från', el, he, ar, fa, id/ms 'oleh'/'karya'/'karangan',
# tl 'ni', af 'deur', is/fo 'eftir', cy 'gan', sq 'nga', pl 'autorstwa', cs/sk/pl/hr/sl 'od',
# ru/uk/bg (most Finnic, Hungarian and Turkish records name no "by": they use the colon or the dash)
_BY = (r"by|de|di|da|do|von|van|door|av|af|par|por|från|από|του|της|של|מאת|لـ|بقلم|از|oleh|karya|karangan|ni|"
       r"deur|eftir|gan|nga|autorstwa|od|написал|автор|від|от")
_SHAPES = (
    re.compile(r"^(?P<name>[^:：«»\"“”„]{3,60}?)\s*[:：]\s*(?P<title>\S.{0,100})$"),                # A: T
    re.compile(rf"^(?P<title>\S.{{0,100}}?),?\s+(?:{_BY})\s+(?P<name>[^,;:]{{3,60}})$", re.I),   # T, de A / T by A
    re.compile(r"^(?P<title>\S.{0,100}?)\s+[–—-]\s+(?P<name>[^–—:]{3,60})$"),                     # T – A
    re.compile(r"^(?P<name>[^–—:]{3,60}?)\s+[–—-]\s+(?P<title>\S.{0,100})$"),                     # A – T
    re.compile(r"^(?P<title>[«„“\"『「][^«»„“”\"』」]{1,100}[»“”\"』」]),?\s+(?P<name>[^,;:]{3,60})$"),  # «T», A
    re.compile(r"^(?P<name>[^,;:«„“\"]{3,60}),\s*(?P<title>[«„“\"『「][^«»„“”\"』」]{1,100}[»“”\"』」])$"),  # A, «T»
)
# T, A: only closed by its house or edition in brackets ("T, A (Press, 1974)"), as a record is; a bare "T, A" is as
# likely a picture's subject and its photographer
_TITLE_COMMA_NAME = re.compile(r"^(?P<title>\S.{0,100}?),\s+(?P<name>[^,;:«»„“”\"]{3,60})$")

# name particles written lower case ("Gabriel García Márquez", "Ludwig van Beethoven", "Ibn al-…"; the Gikuyu and
# Swahili "wa", the Welsh "ap", the Hebrew "ben"/"bat", the Arabic "bint"/"ould", the Dutch "ten", the German
# "vom"/"zum")
_PARTICLES = frozenset(("de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "la", "le",
                        "du", "y", "e", "bin", "binti", "ibn", "al", "el", "zu", "af", "av", "wa", "ap", "ben", "bat",
                        "bint", "ould", "ten", "vom", "zum", "des", "dei"))
# the particles that are first names too when capitalised ("Ben Okri", "Des Hogan", "Bat Yeor", "Dei Hughes"): a
# particle only as written in lower case
_LOWER_ONLY = frozenset(("ben", "bat", "ten", "des", "dei", "wa", "ap"))
# a picture's word as a caption's "title" before its "by" ("Llun gan …", "Mynd eftir …", "Obrázek od …"): a credit
_PICTURE_TITLE = re.compile(
    PICTURE_LABEL.pattern.rsplit(r")\s*[:：]", 1)[0] + r"|fotografi|obrázek|obrazek|ilustrace|ilustracija|ilustrasi|"
    r"kuvitus|grafika|zdjęcie|fénykép|rajz|teikning|myndskreyting|darlun|ffoto)\.?$", re.I)
# a wire's or a stock library's name in the bracket: the desk's credit, however a record is shaped around it
_AGENCY = re.compile(
    r"^(?:afp|ap|dpa|epa|efe|ansa|reuters|pap|čtk|ctk|tasr|mti|hina|tanjug|sta|bta|lusa|anp|belga|apa|keystone|sda|ntb|tt|"
    r"stt|ritzau|tass|ria|интерфакс|xinhua|kyodo|yonhap|bernama|antara|anadolu|aa|iha|dha|getty(?:\s+images)?|shutterstock|"
    r"istock|alamy|unsplash|pixabay|pexels|wikimedia(?:\s+commons)?|wikipedia|depositphotos|adobe\s+stock|imago|profimedia|"
    r"sipa|abaca|ullstein|picture\s+alliance|archiv|archive|archivo|arquivo|archivio)\b", re.I)
_CREDIT_MARKS = re.compile(r"[©℗:：/@]|\bcc[\s-]by\b|https?|www\.", re.I)
# a sentence ended inside (not an initial's dot, "K. Name"), or a bar parting a credit ("… | Foto oleh …")
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{3}[.!?。！？।]\s+\S|[!?。！？।|]\s+\S")
_INITIAL = re.compile(r"^[^\W\d_]{1,2}\.$")
# a page builder's banner block, a picture under the post's words, which its class calls a "cover" (WordPress's)
_BANNER = re.compile(r"\S*block-cover\S*")


def _cased_word(word: str) -> bool:
    """A word of a name: capitalised, an initial, a lower-case particle, or a word of a script without case."""
    first = word.lstrip("'’\"(")[:1]
    if not first or first.isdigit():
        return False
    if _particle(word) or _INITIAL.match(word):
        return True
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def _particle(word: str) -> bool:
    """A name's particle: one of ``_PARTICLES`` (those that are first names too only in lower case)."""
    lower = word.lower()
    return lower in _PARTICLES and (lower not in _LOWER_ONLY or word == lower)


def _name(part: str) -> str | None:
    """The person's name a caption's part is, its words to look for (not its particles and initials), or None."""
    words = part.strip(" ,.").split()
    if not 2 <= len(words) <= 5 or re.search(r"\d", part) or not all(_cased_word(w) for w in words) \
            or _particle(words[0]):
        return None
    return " ".join(w.strip(".,'’") for w in words if not _particle(w) and len(w.strip(".,'’")) > 2) or None


def _title(part: str) -> bool:
    """A title set off: one to twelve words, opening with a capital, a figure, a quote or a letter without case, no
    sentence ending inside it, not a picture's word alone (a credit's "Llun gan …", "Obrázek od …")."""
    part = part.strip()
    first = part[:1]
    return bool(first) and not _PICTURE_TITLE.match(part) and 1 <= count_words(part) <= 12 \
        and not _SENTENCE_INSIDE.search(part) \
        and (first.isupper() or first.isdigit() or first in "«„“\"『「‘'" or (first.isalpha() and first.lower() == first.upper()))


def _house(house: str | None) -> bool:
    """The bracket holds a house's name (its year beside it at most), or there is none; not a credit."""
    if house is None:
        return True
    house = house.strip()
    if _CREDIT_MARKS.search(house) or _AGENCY.match(house) or ARCHIVE_WORD.match(house) \
            or PICTURE_LABEL.match(house + ":") \
            or WHOLE_CREDIT.match(house):
        return False
    figures = re.findall(r"\d+", house)
    return all(re.fullmatch(r"(?:1[5-9]|20)\d\d", f) for f in figures) and house[:1].isalpha()


def _facts(tail: str) -> bool:
    """The sentence after the title is the edition's facts: its first part a house (``_house``), every figure a year or
    a count of pages, one of them there ("House, paperback, 2016", "House, 520 pages"); not a photo's place and date
    ("Nuuk, 12 March 2019": a day's figure), nor a credit."""
    parts = [p.strip() for p in tail.rstrip(" .").split(",")]
    if not 2 <= len(parts) <= 4 or not _house(parts[0]) or count_words(parts[0]) > 4 or _CREDIT_MARKS.search(tail):
        return False
    # (the edition's price closing the facts, as the papers give it: "House, 272 pages, $30"; a part that is a price alone)
    tail = ", ".join(p for p in parts if not (PRICE.search(p) and not PRICE.sub("", p).strip(" .")))
    found = [m.group() for m in _FACT.finditer(tail)]
    return bool(found) and len(re.findall(r"\d+", tail)) == len(found)


def record_parts(text: str) -> tuple[str, str] | None:
    """(title, the name's words) of a caption shaped as the book's record (see the module docstring), or None."""
    parsed = record_fields(text)
    return parsed[:2] if parsed else None


def record_fields(text: str) -> tuple[str, str, str | None] | None:
    """(title, the name's words, the house or None) of a caption shaped as the book's record, or None."""
    parsed = _record(text)
    return parsed[:3] if parsed else None


# the reviewer's note on the copy after the record and its comma ("T by A, my battered paperback", "T, de A, mon
# exemplaire"): a phrase of two to five words opening in lower case, no figure, bracket, quote or colon
_COPY_NOTE = re.compile(r"^(?P<record>.+?\S),\s+(?P<note>[^\W\d_A-Z][^,;:()«»„“”\"\d]{2,40})$")


def _record(text: str, noted: bool = True) -> tuple[str, str, str | None, bool] | None:
    """``record_fields``'s three and whether the record is the bare "T, A (…)" (no quotes, no "by", no colon or dash);
    the record before the reviewer's note on the copy (``_COPY_NOTE``) if the caption whole is none."""
    text = " ".join(text.split())
    found = _record_whole(text)
    if found is None and noted and (note := _COPY_NOTE.match(text)) and note.group("note")[:1].islower() \
            and 2 <= count_words(note.group("note")) <= 5:
        found = _record_whole(note.group("record"))
        # (by a "by", a colon or a dash only: a bare "T, A" before a phrase is a picture's subject and its place; a
        # house only in the brackets closing the record, the note after them: "T by A (House, 2023), translated from …")
        return found if found is not None and not found[3] and (found[2] is None or note.group("record").endswith((")", "）"))) else None
    return found


def _record_whole(text: str) -> tuple[str, str, str | None, bool] | None:
    if not text or count_words(text) > _MAX_WORDS or ("(" not in text and ":" not in text and "：" not in text
                                                    and " " not in text):
        return None
    for closing in (_CLOSING.match(text), _AFTER_QUOTE.match(text), _FACTS_CLOSE.match(text)):
        if not closing or WHOLE_CREDIT.match(text) or PICTURE_LABEL.match(text) or not (
                _facts(closing.group("house")) and _EDITION.search(text) if closing.re is _FACTS_CLOSE
                else _house(closing.group("house"))):
            continue
        head = closing.group("head").strip()
        if _SENTENCE_INSIDE.search(head):
            continue
        for shape in _SHAPES:
            found = shape.match(head)
            if found and _title(found.group("title")) and (names := _name(found.group("name"))):
                return found.group("title").strip(" «»„“”\"『』「」‘’'"), names, closing.group("house"), False
        found = _TITLE_COMMA_NAME.match(head) if closing.re is _CLOSING and closing.group("house") else None
        if found and _title(found.group("title")) and (names := _name(found.group("name"))):
            return found.group("title").strip(), names, closing.group("house"), True
    return None


# a museum's, a gallery's or a collection's name in a caption's bracket: a painting's home, no book's house (en fr es pt
# it de nl sv/no/da pl cs ru)
_GALLERY = re.compile(r"(?<!\w)(?:museum|gallery|collection|museo|musée|museu|galleria|galerie|sammlung|collezione|"
                      r"colecci[oó]n|cole[cç][cç]?[aã]o|verzameling|samling|muzeum|sbírka|музей|галерея|"
                      r"коллекция)(?!\w)", re.I)


def _folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def names_book(title: str, picture: HtmlElement | None, elsewhere: str, cover_only: bool = False,
               housed: bool = False) -> bool:
    """The caption's title is the post's book: its picture is called a cover (alt text, file name), or (unless
    ``cover_only``) the picture's file name spells the title, or the text names the title again (its first letter in
    lower case too when the record is ``housed``)."""
    image = picture.find(".//img") if picture is not None else None
    alt, src = (image.get("alt") or "", image.get("src") or "") if image is not None else ("", "")
    if COVER_WORD.search(alt) or COVER_WORD.search(src.rsplit("/", 1)[-1]):
        return True
    folded, file = _folded(title), src.rsplit("/", 1)[-1]
    if cover_only:  # (or a file name that spells a title of two words or more, transliterated: "kitrinos-fakelos.jpg";
        # a title in Latin letters spelled in a file name is as likely a painting's or a place's: "harbour-at-dawn";
        # not when the record closes on a publishing house in brackets, no gallery's: "T, by A (House)", s38)
        return len(title.split()) >= 2 and (_non_latin(title) and spells(f" {fold(file.rsplit('.', 1)[0])} ", title)
                                            or housed and _slugged(title, file))
    # (the title of two words or more said again in the text in lower case, as a phrase of the text: "El astillero" as
    # "el astillero está …"; only in a record closed by its house or edition in brackets, "(edición de bolsillo)": a
    # bare "T, de A" or "T, by A" is as likely a painting's credit, "Morning Sun, by …", as is one housed in a museum)
    # (a housed record's file name may drop the title's short words, "rain-heron.jpg": _slugged, s38)
    return len(folded) >= 4 and (folded in _folded(file) or housed and _slugged(title, file) or title in elsewhere
                                 or housed and len(title.split()) >= 2 and whole_word(elsewhere.casefold(), title.casefold()))


def _slugged(title: str, file: str) -> bool:
    """The picture's file name spells the title: whole, or (two words or more left) without its short words, the
    articles and particles a slug drops ("rain-heron.jpg" for "The Rain Heron")."""
    folded, name = _folded(title), _folded(file)
    if folded in name:
        return True
    long = [_folded(word) for word in title.split() if len(_folded(word)) > 3]
    return len(long) >= 2 and "".join(long) in name


def _non_latin(title: str) -> bool:
    """The title is written in letters of a script other than Latin (Greek, Cyrillic, Georgian, Armenian …)."""
    return any(c.isalpha() and ord(c) > 0x24F and not 0x1E00 <= ord(c) <= 0x1EFF for c in title)


def record_caption(caption: str, picture: HtmlElement | None, text: str) -> bool:
    """A picture's caption that is the post's book's record: its shape, the name said again in ``text`` (the post's
    text outside the caption), and the book named (``names_book``)."""
    parts = _record(caption)
    if parts is None:
        return False
    title, names, house, bare = parts
    elsewhere = text.replace(caption, " ")
    # (a bare "T, A (…)" is as likely a photo's subject, its person and a place's bracket, "At the launch, Ann Lee (London,
    # 2019)": its title is the book's only as written or by the picture, not as a phrase of the text in lower case)
    housed = house is not None and not _GALLERY.search(house) and not bare
    return said(names, elsewhere) and (names_book(title, picture, elsewhere, housed=housed)
                                       or _housed_lead(caption, picture))


def housed_by_name(house: str | None) -> bool:
    """The record's bracket names a house: a name, its first letter a capital (or a letter of a script without case),
    no museum's or gallery's; not a picture's own note in lower case, "(oil on canvas, 1921)", "(author photo)",
    "(detail)" (rev-detover38). Asked of a Ghost header's picture (bodyfields._prepend_cover), outside the text; a
    caption inside the text may close on its edition's note, "(edición de bolsillo)" (record_caption)."""
    first = (house or "").strip(" \"'“„«‘")[:1]
    return first.isalpha() and (first.isupper() or first.lower() == first.upper()) and not _GALLERY.search(house)


def _housed_lead(caption: str, picture: HtmlElement | None) -> bool:
    """A full record (its title quoted, its house given in brackets or after it) captioning the picture that opens the
    post, nothing before it in its box: the post's book, though the text calls the title no more than "the novel"."""
    parsed = record_fields(caption)
    if picture is None or not parsed or not parsed[2] or not re.search(rf"[«„“\"『「‘]{re.escape(parsed[0])}", caption):
        return False  # (the title in quotes: "Retrato de A (Télam)" is a portrait and its wire, shaped as "T, de A (House)")
    box = picture.getparent()
    return box is not None and not (box.text or "").strip() and picture.getprevious() is None


def said(names: str, text: str) -> bool:
    """One of the name's words (the surname, in any form opening with it) is in the text; or, for a word of six
    letters or more, its stem (all but its last letter) opening a word, as declining languages name a man ("Ροΐδης",
    "του Ροΐδη"; "Толстой", "Толстого")."""
    words = names.split()
    return any(word in text if len(word) > 3 else re.search(rf"\b{re.escape(word)}\b", text) for word in words) \
        or any(len(word) >= 6 and re.search(rf"(?<!\w){re.escape(word[:-1])}", text) for word in words)


def lift_record_pictures(body: HtmlElement, figures: list[HtmlElement]) -> None:
    """A lead picture (a <figure> of the body's ``figures`` with its one caption) before the text has begun, set before
    the box of the text, whose caption is the book's record and whose picture the page calls the cover: moved to the
    top of that box."""
    words = None
    for figure in figures:
        captions = figure.findall(".//figcaption")
        if figure is body or len(captions) != 1 or figure.find(".//img") is None:
            continue
        parts = record_parts(text_of(captions[0]))  # (the cheap test first: most captions are no record)
        if parts is None or not names_book(parts[0], figure, "", cover_only=True) \
                and not classed_cover(text_of(captions[0]), parts[0], figure):
            continue
        words = count_words(text_of(body)) if words is None else words
        if not before_text_box(figure, body, words) or text_begun(figure, body) or (figure.tail or "").strip():
            continue
        box = next((s for s in figure.itersiblings() if isinstance(s.tag, str) and text_box(s, words)), None)
        if box is None or not said(parts[1], text_of(box)):
            continue
        figure.tail = None
        box.insert(0, figure)


def classed_cover(caption: str, title: str, picture: HtmlElement) -> bool:
    """The theme's class calls the picture's box or the image the cover ("post-cover", "book-cover"; not a builder's
    banner block), and the caption gives the book's title in quotation marks: a class is a weaker sign than the alt
    text or the file name (a theme may call any lead picture its cover), so the record's full form is asked for."""
    image = picture.find(".//img")
    classes = f"{picture.get('class') or ''} {image.get('class') or ''}" if image is not None else ""
    return "cover" in classes.lower() and COVER_WORD.search(_BANNER.sub(" ", classes)) is not None \
        and re.search(rf"[«„“\"『「‘]{re.escape(title)}", caption) is not None
