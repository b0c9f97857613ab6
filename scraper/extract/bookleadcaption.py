"""The book a picture's caption gives as a record, its publishing house in brackets: "T — A (House)", "A: T (House)",
"T, A (House, 2019)", in any script, read from the page as it was before cleaning; or running on in commas to its
house or its edition ("A – T, anniversary edition, House").

A news desk sets the cover of the book it reviews as the article's lead picture and captions it with the book's record:
the title and the author, split by a dash (title first), a colon (author first) or a comma (title first), and the house
that published it in brackets at the end. The caption is the desk's, outside the story's text (``leadpicture`` takes it
out of the body by that bracket, the picture's source), and often the only place the page names the book whole. So it is
read here from ``bookbody.figure_captions`` (collected while the tree was whole), after every other rule has had its
say. A caption set as a citation, author first and closed by its imprint's year ("A: T. House, paperback, 2016."), is a
record as well when the text names that author. The shape, not the words, decides; the one word read is the house's own,
inside the bracket: a word for a publisher, a press or an imprint ("Verlag", "Éditions", "Editorial", "wydawnictwo",
"издательство", "出版社", "प्रकाशन", "பதிப்பகம்", "دار", …), so that a photographer's or an agency's name in brackets is no
house. A caption that is a sentence (its parts long, a full stop inside), a portrait's ("A at home (Photo: …)"), or a
title or name holding figures, is no record. Its source is "caption": a book set apart as its record is
(``threads.SET_APART``), and a review under a cover the desk credits to its house is one however short its text
(``reviewlength.captioned_review``).
"""

from __future__ import annotations

import re

from .book import BY_RECORD, QUOTES, Book, Context, is_name
from .bookbinding import FORMAT_WORD

# a word for a publisher, a press or a house's imprint, in many languages and scripts (inside the caption's last bracket)
_HOUSE = re.compile(
    r"\b(?:press|publish(?:ing|ers?)|books|verlag|verlagsgruppe|[ée]ditions?|edi[cç][õo]es|ediciones|edizioni|editorial|"
    r"editora|editore|editrice|editura|uitgever(?:ij|s)?|forlag(?:et)?|förlag(?:et)?|kustannus|kirjastus|kiadó|"
    r"wydawnictwo|nakladatelstv[ií]|vydavate[lľ]stvo|naklada|založba|izdava[čc]|leidykla|izdevniec[iī]ba|yay[ıi]n(?:lar[ıi]|evi)|"
    r"penerbit|nh[àa]\sxu[ấa]t\sb[ảa]n|nxb|botime|shtëpia\sbotuese|"
    # or a house's series of books, its capitalised name before the word ("African Writers Series", "Vintage Classics",
    # "Everyman's Library", "Penguin Modern Classics", "Folio Society Edition"), "collana Supercoralli", "Reihe X",
    # "colección Y", "seria Z"
    r"(?-i:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+){1,4}(?:Series|Collection|Edition|Library|Classics))|collana|reihe|colecci[óo]n|cole[çc][ãa]o|collection\s\w+|seria|серия|серія)\b|"
    r"издательство|изд-во|видавництво|издателство|издавач|εκδόσεις|הוצאת|הוצאה|(?<!\w)دار\s|نشر|ناشر|انتشارات|"
    # (the word shortened before the house's name, as a record abbreviates it: el "εκδ.", ru/bg/sr "изд.", uk "вид.",
    # pl "wyd.", cs/sk "nakl."/"vyd.", hu "kiad.", tr "yay.", fi "kust.", de "Verl.", nl "uitg.", da/no/sv "forl."/
    # "förl.", Romance "Ed."/"Éd."/"Edit." capitalised)
    r"(?<!\w)(?:εκδ|изд|вид|wyd|nakl|vyd|kiad|yay|kust|verl|uitg|forl|förl)\.\s*\w|(?<!\w)(?-i:[EÉ]d(?:it)?)\.\s*\w|"
    r"出版|書房|书局|書局|출판|प्रकाशन|প্রকাশন|প্রকাশনী|பதிப்பகம்|ప్రచురణ|ಪ್ರಕಾಶನ|પ્રકાશન|ਪ੍ਰਕਾਸ਼ਨ|പ്രസാധന|ബുക്സ്|"
    r"پبلیکیشن|سیریز", re.I)
HOUSE_WORD = _HOUSE  # (bookdescribedrecord: "Name, Title, Kestrel Press, 2019")
# the caption's last bracket, closing it
_BRACKET = re.compile(r"^(?P<head>[^()（）]{3,120}?)\s*[(（](?P<house>[^()（）]{2,60})[)）]\s*[.]?$")
_DASH = re.compile(r"\s+[—–-]\s+")
_COLON = re.compile(r"\s*[:：]\s+")
_COMMA = re.compile(r"\s*[,،，、]\s+")


def house_bracket(caption: str) -> str:
    """The house in the bracket closing a caption shaped as a book's record ("T — A (House)"), or ""."""
    if "(" not in caption and "（" not in caption:
        return ""
    match = _BRACKET.match(" ".join(caption.split()))
    if not match or not _HOUSE.search(match.group("house")) or not _record(match.group("head")):
        return ""
    return match.group("house").strip()


def _name(text: str) -> bool:
    words = text.split()
    # (a stop after a word is a sentence's end; after an initial, "M. Name", part of the name)
    return 1 <= len(words) <= 5 and not re.search(r"\d|(?<!\b\w)[.!?。]\s+\w{4,}|[«»„“”\"]", text) and len(text) <= 50


def _title(text: str) -> bool:
    return 1 <= len(text.split()) <= 10 and not re.search(r"[.!?。]\s", text) and len(text) <= 90


def _record(head: str) -> tuple[str, str] | None:
    """(title, author) of the caption's words before the bracket: "T — A", "A: T", "T, A"."""
    parts = _DASH.split(head)
    if len(parts) == 2:
        title, author = parts
    elif len(parts := _COLON.split(head)) == 2:
        author, title = parts
    elif len(parts := _COMMA.split(head)) == 2:
        title, author = parts
    elif by := _by_split(head):
        title, author = by
    else:
        return None
    title, author = title.strip(QUOTES + " "), author.strip(" ,")
    return (title, author) if title and _title(title) and _name(author) and title != author else None


# "T by A (House)": the language's word for a work's maker between title and name (``book.BY_RECORD``: en by, de von,
# nl door/van, fr par, es/pt por, it/es/pt/ca/ro de/di/da, sv/no av, da af, pl/cs/sk/sl/hr od, id/ms oleh/karya, vi của,
# ru/bg/uk от/від): the name is the capitalised one after the last such word (a title may hold "de": "Cien años de
# soledad de A")
_BY_WORD = re.compile(rf"\s{BY_RECORD}\s")


# a picture's own credit ("Photo by A (Penguin Press)", "Foto di A", "Illustration von A"): no title before the name
_CREDIT = re.compile(r"(?i)(?<!\w)(?:photo\w*|foto\w*|picture|image[nm]?|immagine|illustra\w*|ilustra\w*|cover|copertina|"
                     r"portada|capa|portrait|ritratto|retrato|bild|zdjęcie|fotka|фото\w*|снимок|credit\w*|courtesy)(?!\w)")


def _by_split(head: str) -> tuple[str, str] | None:
    for match in reversed(list(_BY_WORD.finditer(head)) if " " in head else []):
        title, author = head[:match.start()].strip(), head[match.end():].strip()
        if is_name(author) and 2 <= len(author.split()) <= 5 and not _CREDIT.search(title):
            return title, author
    return None


# the record's head before its first comma, the details after it: "T — A, House, 128 pages, price"
_LISTED = re.compile(r"^(?P<head>[^,،，、()（）]{3,120}?)\s*[,،，、]\s+(?P<house>[^,،，、]{2,60})(?:[,،，、].{0,100})?$")


def house_listed(caption: str) -> tuple[str, str] | None:
    """(title, author) of a caption whose record runs on in commas with no bracket, as Indian and other papers set a
    cover's caption: "T — A, House, pages 128, price 150" (or "A: T, House, 2019"), the part right after the name a
    house's (a publisher's word, _HOUSE); a caption with no house word there (a photographer, a place, a date) is none."""
    if "," not in caption and "،" not in caption and "，" not in caption and "、" not in caption:
        return None
    match = _LISTED.match(" ".join(caption.split()))
    if match and _HOUSE.search(match.group("house")):
        return _record(match.group("head"))
    return _quoted_listed(caption)


# "A, “T”, House, details": the author first, the title in quote marks as its own comma part, the house's next
_QUOTED_LISTED = re.compile(
    r"^(?P<author>[^,،，、()（）" + QUOTES + r"]{3,50}?)\s*[,،，、]\s+(?P<q>[\"“”„«»‘’'「『])(?P<title>[^,\"“”„«»「」『』]{1,90}?)[\"“”«»’'」』]"
    r"\s*[,،，、]\s+(?P<house>[^,،，、]{2,60})(?:[,،，、].{0,100})?$")


def _quoted_listed(caption: str) -> tuple[str, str] | None:
    """(title, author) of a caption "A, “T”, House, pages": the quote marks set the title apart (so the name before it is
    the author, as Hebrew, Slavic and Romance desks write it: "A, «T», Éditions X"); the part after the title must hold a
    house's word (_HOUSE), or it is no record (a place, a date, a photographer)."""
    match = _QUOTED_LISTED.match(" ".join(caption.split()))
    if not match or not (_HOUSE.search(match.group("house")) or _EDITION.search(match.group("house"))):
        return None
    title, author = match.group("title").strip(), match.group("author").strip()
    return (title, author) if _title(title) and _name(author) and title != author else None


# a word for an edition (a book's printing, not a house), in many languages: "anniversary edition", "2. Auflage"
_EDITION = re.compile(
    r"(?<!\w)(?:edition|ediție|ediţie|editia|ediția|edición|edição|edizione|édition|ausgabe|auflage|editie|uitgave|druk|udgave|"
    r"utgave|upplaga|utgåva|wydanie|vydání|vydanie|izdanje|izdaja|izdaje|kiadás|painos|väljaanne|trükk|leidimas|izdevums|"
    r"baskı|botim|botimi|έκδοση|edisi|cetakan|издание|видання|издание|изданье)(?!\w)", re.I)
_EDITION_LISTED = re.compile(r"^(?P<head>[^,،，、()（）]{3,120}?)\s*,\s+(?P<edition>[^,]{2,40})(?:,\s*[^,]{2,60}){0,2}$")


def _known_by_part(part: str, caption: str, context: Context) -> bool:
    """Beyond the caption, the text names one of the part's capitalised words on its own but never the part whole: a
    person it calls by surname or given name ("Mateiu writes …"), where a title is named whole or not at all."""
    def beyond(words: str) -> int:
        return context.mentions(words) - len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", caption))
    words = [w for w in part.split() if w[:1].isupper() and len(w.strip(".")) >= 3]
    return beyond(part) <= 0 and any(beyond(w) > 0 for w in words)


def edition_listed(caption: str, context: Context | None) -> tuple[str, str] | None:
    """(title, author) of a caption "A – T, <an edition>, House" (or "T – A, …"): a dashed record whose next comma part
    is an edition's ("anniversary edition", "2. Auflage"); the author is the one part the text knows by a word of it
    alone (above), the title the other; None when both or neither are, or when the caption has no edition word."""
    if context is None or "," not in caption or not _EDITION.search(caption):
        return None
    match = _EDITION_LISTED.match(" ".join(caption.split()))
    if not match or not _EDITION.search(match.group("edition")) or len(parts := _DASH.split(match.group("head"))) != 2:
        return None
    first, second = (p.strip(QUOTES + " ") for p in parts)
    known = [_known_by_part(first, caption, context), _known_by_part(second, caption, context)]
    if known.count(True) != 1:
        return None
    title, author = (second, first) if known[0] else (first, second)
    return (title, author) if _title(title) and is_name(author) and title != author else None  # (is_name: initials kept)


# "T, A, House[, details]": two bare parts before the house's, with no dash, colon or quote marks to say which is the title
_THIRD_HOUSE = re.compile(r"^(?P<first>[^,،，、()（）:：]{2,90}?)\s*[,،，、]\s+(?P<second>[^,،，、()（）:：]{2,50}?)\s*[,،，、]\s+"
                          r"(?P<house>[^,،，、]{2,60})(?:[,،，、].{0,60})?$")


def _named_apart(part: str, text: str, last: bool = False) -> bool:
    """`text` names a word of the part (three letters or more, no lower-case initial: a capitalised word, or one of a
    script with no capitals) on its own, never the part whole: a person called by surname or given name (a capitalised
    word the text also writes in lower case is a common word opening a sentence, "The", "Salt"); `last`: its last word,
    where a name puts the surname a text calls its writer by."""
    def said(words: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None
    words = [w for w in part.split() if len(w) >= 3 and w[:1].isalpha() and not w[:1].islower()
             and (not w[:1].isupper() or not said(w.lower()))]
    return not said(part) and any(map(said, words[-1:] if last and words and words[-1] == part.split()[-1] else words))


def house_third(caption: str, context: Context | None) -> tuple[str, str] | None:
    """(title, author) of a caption "T, A, House" (or "A, T, House"), as Hebrew, Arabic and other desks caption a cover:
    the third comma part a house's (_HOUSE), and the author the one of the first two the text knows by a word of it
    alone (its surname: _known_by_part), the title the other; None when both or neither are (a place and a date, two
    names), or the parts are no title and name."""
    return third_house(caption, context.text) if context is not None else None


def third_house(caption: str, text: str) -> tuple[str, str] | None:
    """house_third of a caption beside the post's `text` (recordcaption keeps such a caption in the body)."""
    if not _HOUSE.search(caption) or not (match := _THIRD_HOUSE.match(" ".join(caption.split()))):
        return None
    if not _house_named(match.group("house")) or _HOUSE.search(match.group("first") + " " + match.group("second")):
        return None
    first, second = (match.group(k).strip(QUOTES + " ") for k in ("first", "second"))
    text = text.replace(caption, " ")  # (the text beyond the caption, wherever the cleaning left it)
    # (the part whose last word the text says alone, a surname; else the one part any of whose words it says alone)
    known = [_named_apart(first, text, True), _named_apart(second, text, True)]
    if known.count(True) != 1:
        known = [_named_apart(first, text), _named_apart(second, text)]
    if known.count(True) != 1:
        return None
    title, author = (second, first) if known[0] else (first, second)
    return (title, author) if _title(title) and re.search(r"[^\W\d_]", title) and _name(author) \
        and 2 <= len(author.split()) and title != author else None  # (a title of letters: "Bergen, 2019" gives a date)


def _house_named(part: str) -> bool:
    """The caption's third part is a house's name, its word with the name's own words about it ("Harbour Press",
    "הוצאת עם עובד", "星光出版社"), not a credit that names the house among its words: no word set apart before the
    house's word that is neither capitalised nor short ("courtesy of Harbour Press", "באדיבות הוצאת …"), nor a long
    lower-case word after it ("Harbour Press author photo")."""
    if not (found := _HOUSE.search(part)):
        return False
    head = part[:found.start()]
    before = head.split() if not head or head[-1:].isspace() else head.split()[:-1]
    after = part[found.end():].split()
    return all(w[:1].isupper() or len(w) <= 3 for w in before) and not any(w[:1].islower() and len(w) >= 4 for w in after)


def lead_caption_book(captioned: list[tuple[str, str]], context: Context | None = None) -> Book | None:
    """The one book the page's pictures' captions give as a record closed by its house in brackets, or running on
    in commas to its house or to its edition (None for none or two different books: a round-up's covers)."""
    found = set()
    for caption, _ in captioned:
        if len(caption) > 200:
            continue
        if not house_bracket(caption):
            if listed := house_listed(caption) or edition_listed(caption, context) or house_third(caption, context) \
                    or _cited(caption, context):
                found.add(listed)
            continue
        found.add(_record(_BRACKET.match(" ".join(caption.split())).group("head")))
    return Book(*found.pop(), source="caption") if len(found) == 1 else None


# a caption set as a citation, its author first and its imprint closed by a year: "A: T. House, paperback, 2016."
_CITED = re.compile(r"^[^:：.]{3,60}[:：]\s[^:：]{1,120}?\.\s(?P<imprint>.{2,80}?,\s*(?:1[5-9]|20)\d\d)\.?$")


def _cited(caption: str, context: Context | None) -> tuple[str, str] | None:
    """(title, author) of a caption that is the book's citation ("A: T. House, …, 2016.", read by
    ``bookbiblio.from_bibliography``), its author one the text names (by surname, or as the language calls a person),
    its imprint holding a house word or the copy's binding (``bookbinding.FORMAT_WORD``)."""
    if context is None or not (match := _CITED.match(caption := " ".join(caption.split()))):
        return None
    imprint = match.group("imprint")
    if not (_HOUSE.search(imprint) or FORMAT_WORD.search(imprint)):
        # (no house word and no binding: a photo's place and year, "A: An award night. A hall, a city, 2019.")
        return None
    from .bookbiblio import from_bibliography  # (it reads titles through modules that read captions)
    cited = from_bibliography([caption], context)
    return cited if cited and context.vouches_for(cited[1]) else None


# --- a caption "T (House)" and the author as the ergative subject of "this novel" (``house_titled``) -------------------
# A Nepali or Hindi desk may caption the cover with the title and its house alone ("T (House प्रकाशन)") and name the author
# once, as the subject of "this novel" in the ergative: ne "A-ले यो उपन्यासमा …" (-ले glued on), hi/mr "A ने इस उपन्यास
# में …", pa "A ਨੇ ਇਸ ਨਾਵਲ …", ur "A نے اس ناول میں …". No capital marks the name: it opens its sentence, is one to three
# words, none a pronoun or a noun for the writer, the narrator or a reader ("उनले", "लेखकले", "कथावाचकले"), and it is
# the only such subject; the demonstrative and the book noun (perhaps with a case ending glued on) follow it.
_ERGATIVE = re.compile(
    r"(?:^|(?<=[.!?।॥۔؟\n])\s*)(?P<name>[^\W\d_][\w\u0900-\u097f\u0a00-\u0a7f]*(?:\s[^\W\d_][\w\u0900-\u097f\u0a00-\u0a7f]*){0,2}?)"
    r"(?:ले|\s+(?:ने|नी|ਨੇ|نے))\s+(?:यो|यस|यी|यह|इस|ये|या|ही|हे|ਇਹ|ਇਸ|یہ|اس)\s+"
    r"(?:उपन्यास|किताब|पुस्तक|कृति|कथासङ्ग्रह|कथासंग्रह|कहानी-संग्रह|संस्मरण|आत्मकथा|नाटक|निबन्धसङ्ग्रह|कादंबरी|ਨਾਵਲ|ਕਿਤਾਬ|ਪੁਸਤਕ|ناول|کتاب|افسانہ)"
    r"(?![^\W\d_]{4})", re.M)
_NOT_SUBJECT = frozenset((
    "उन उहाँ मै हामी तिनी यस उस त्यस लेखक लेखिका कथाकार उपन्यासकार कवि कथावाचक नायक नायिका पात्र पाठक समीक्षक सबै "
    "उन्होंने उस इस मैं हम लेखक लेखिका कवि उपन्यासकार कथाकार पाठक मैंने हमने "
    "ਉਨ੍ਹਾਂ ਲੇਖਕ ਮੈਂ انہوں اس میں ہم مصنف مصنفہ ادیب"
).split())


def house_titled(captioned: list[tuple[str, str]], context: Context) -> Book | None:
    """The book of the one caption "T (House)" (a title alone before a publisher's bracket, _HOUSE), its author the one
    ergative subject of "this novel/book" in the text (above); None otherwise."""
    titles = {match.group("head").strip(QUOTES + " ") for caption, _ in captioned if len(caption) <= 120 and ("(" in caption or "（" in caption)
              and (match := _BRACKET.match(" ".join(caption.split()))) and _HOUSE.search(match.group("house"))
              and not re.search(r"\s[—–-]\s|[:：,،，、]\s", match.group("head")) and _title(match.group("head")) and len(match.group("head").split()) <= 6}
    if len(titles) != 1 or not any(w in context.text for w in ("ले ", "ने ", "नी ", "ਨੇ", "نے")):
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    names = {name for match in _ERGATIVE.finditer(context.text) if not (set((name := match.group("name")).split()) & _NOT_SUBJECT)
             and name.casefold() not in not_authors}
    title = titles.pop()
    return Book(title, names.pop(), source="caption") if len(names) == 1 and title not in names else None
