"""A library's title page: the lending platform's page of one book (OverDrive and Libby, BiblioCommons, Aspen, Koha,
Onleihe, cloudLibrary, a municipal catalogue …), read from the page as it came. Its head is the book's h1 in a small
box beside the lending controls, "Borrow", "Place a hold", "Reserve" (where a shop puts its price and cart:
reviewbox.shop_page), and its text the publisher's description and the record's details. A record, not a review:
unless a review sits there in a box of its own (a librarian's or a reader's, classed as a review, a comment or a staff
pick: those pages are reviews, recordreview.py), or the text speaks in the first person or gives a score (classify.py asks).

The controls are links or buttons whose whole label is a lending action: a word list by nature, the verbs "borrow",
"place a hold", "reserve", "loan" in our languages (Germanic, Romance, Slavic, Baltic, Finnic, Greek, Turkish,
Japanese, Chinese, Korean), a button's few words ("Borrow now", "Jetzt ausleihen"), not a sentence ("Reserve a copy
through the catalogue" closes a library blog's post: no control beside a title's head).

``lending_page(tree)`` before the controls go (the orchestrator drops buttons before cleaning); ``lending_record(ev,
own_rating)`` in classify.py. Pure: the tree is only read.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .holdingsrecord import REVIEW_BOX  # (a box classed as a review or a comment)
from .words import count_words

# (the other languages' verbs: also what opens a library's "Reserve the book in the catalogue" line, LEND_LEAD)
_LEND_OTHER = (
    r"(?:jetzt\s+)?(?:ausleihen|entleihen|vormerken|reservieren)|emprunter|réserver|prestar|pedir\s+prestado|reservar|"
    r"solicitar\s+(?:préstamo|empréstimo)|emprestar|prenota|prendi\s+in\s+prestito|richiedi\s+(?:il\s+)?prestito|"
    r"lenen|reserveren|reserveer|nu\s+lenen|låna|reservera|lån|låne|reserver|lainaa|varaa|laenuta|broneeri|"
    r"wypożycz|zarezerwuj|vypůjčit|rezervovat|požičať|rezervovať|izposodi|rezerviraj|posudi|rezerviši|pozajmi|"
    r"взять|забронировать|зарезервировать|взять\s+почитать|позичити|забронювати|взяти|"
    r"δανεισμός|δανείσου|κράτηση|ödünç\s+al|rezerve\s+et|ayırt|kölcsönzés|előjegyzés|skolinti|rezervuoti|aizņemties|rezervēt|"
    r"借りる|借用|借阅|借閱|预约|預約|予約(?:する)?|대출(?:하기)?|예약(?:하기)?")
_LEND = re.compile(
    r"^(?:(?:borrow|loan|reserve|request|place\s+(?:a\s+)?hold|check\s*out)(?:\s+(?:it|this|title|now|ebook|e-book|"
    r"audiobook))?|"
    rf"{_LEND_OTHER})$", re.I)
# a link's label that opens on a lending verb ("Reserve the book in the catalogue", "Reservera boken", "予約はこちら");
# English's "request", "loan" and "check out" only as the whole label (a "Check out my review of …" link is no loan)
LEND_LEAD = re.compile(rf"^(?:borrow|reserve|place\s+(?:a\s+)?hold|{_LEND_OTHER})"
                       r"(?![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])", re.I)  # (a CJK verb runs on unspaced)
_POST_CLASSES = {"single-post", "single", "post-template", "item-view", "itemView", "single-format-standard"}  # (classify's)
_CONTROL_TAGS = ("a", "button", "input")
_MAX_LABEL_WORDS = 4
_HEAD_LEVELS = 2  # (the h1's box: its parent or grandparent, as reviewbox._product_head looks)
_MAX_HEAD = 1200  # characters: a title's head box, not an article holding its h1 and its text
_PROSE = 25  # words: a paragraph this long makes the box an article's, not a title's head
_PARAGRAPH = 12  # words: a paragraph of someone's prose
# ... or as a staff pick, a librarian's recommendation (the engines' English names and our languages')
PICK_BOX = re.compile(r"recomm|recomend|recommand|raccomand|anbefal|empfehl|aanbevel|aanrad|rekommend|suosit|polec|doporu|"
                       r"staff-?pick|librarian|bibliotekar|bibliothekar", re.I)


def _label(control: HtmlElement) -> str:
    text = control.get("value") if control.tag == "input" else control.text_content()
    return " ".join((text or control.get("aria-label") or "").split()).strip(" ›»→>")


def _lending(box: HtmlElement) -> bool:
    for control in box.iter(*_CONTROL_TAGS):
        if control.tag == "input" and (control.get("type") or "").lower() not in ("submit", "button"):
            continue
        label = _label(control)
        if label and count_words(label) <= _MAX_LABEL_WORDS and _LEND.match(label):
            return True
    return False


def lend_control(tree: HtmlElement) -> bool:
    """A control anywhere on the page whose label of a few words is a lending action or opens on its verb ("Reserve",
    "Place a hold", "Reserve this copy", "Vormerken für Filiale"): a library's copies are offered (holdingsrecord)."""
    for control in tree.iter(*_CONTROL_TAGS):
        if control.tag == "input" and (control.get("type") or "").lower() not in ("submit", "button"):
            continue
        label = _label(control)
        if label and count_words(label) <= _MAX_LABEL_WORDS and (_LEND.match(label) or _LEND.match(label.split()[0])):
            return True
    return False


def lending_page(tree: HtmlElement) -> bool:
    """The page's h1 sits in a small box (a level or two up) that holds a lending control, and no box classed as a
    review, a comment or a staff pick holds prose of the page's."""
    for head in tree.iter("h1"):
        box = head
        for _ in range(_HEAD_LEVELS):
            box = box.getparent()
            if box is None or box.tag in ("body", "html") or len(box.text_content()) > _MAX_HEAD \
                    or any(count_words(p.text_content()) >= _PROSE for p in box.iter("p")):
                break
            if _lending(box):
                return not _boxed_prose(tree)
    return False


def _boxed_prose(tree: HtmlElement) -> bool:
    """A paragraph of prose inside a box classed as a review, a comment or a staff pick (someone's own text)."""
    for p in tree.iter("p", "blockquote"):
        if count_words(p.text_content()) < _PARAGRAPH:
            continue
        for el in (p, *p.iterancestors()):
            named = f"{el.get('class') or ''} {el.get('id') or ''}"
            if named.strip() and (REVIEW_BOX.search(named) or PICK_BOX.search(named)):
                return True
    return False


def lending_record(ev, own_rating: bool) -> tuple[str, str] | None:
    """A library's title page (ev.lending_page), titled by its book, whose text gives no score and speaks of the book
    only in the third person (the publisher's description): a record of the book, no review."""
    from .reviewed import FIRST_PERSON, QUOTED  # (a bookseller's or a librarian's own word: reviewed.product_record)
    from .reviewbox import boxed, shop_boxed
    if not getattr(ev, "lending_page", False) or own_rating or ev.jsonld_review or boxed(ev) or shop_boxed(ev):
        return None
    # (a post that declares itself one, an article's og:type or an engine's post class: a library blog's staff pick with a
    # hold button beside its headline is the librarian's own text)
    if (ev.og_type or "").casefold() == "article" or set(ev.body_classes) & _POST_CLASSES:
        return None
    # (a title page is titled by its book: the page's title opens on the book's title, "T", "T by A", "T - Library")
    if not ev.book_title or not " ".join((ev.title or "").split()).casefold().startswith(" ".join(ev.book_title.split()).casefold()):
        return None
    if any(FIRST_PERSON.search(line) for line in ev.body[0] if not QUOTED.search(line)):
        return None
    return "other", ("a library's title page (its heading beside borrow and hold controls) whose text is the book's "
                     "description, in no review box and unrated: a record, no review")
