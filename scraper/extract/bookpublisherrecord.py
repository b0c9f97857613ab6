"""A short record line closing (or opening) a review that names the author, the title and the publisher only, with no
year, pages or price: "Name: Title. Publisher" — Hungarian papers' "Bodor-like Family Given: Cím. X Kiadó", German
"Name: Titel. X Verlag", Czech "Jméno: Název. Nakladatelství X", Polish "Imię Nazwisko: Tytuł. Wydawnictwo X".

The general bibliographic reader (bookbiblio.from_bibliography) wants a year, pages, a price or an ISBN, or three
parts, before it trusts a line as a record; two parts, the second a publisher's name (a word for a publishing house,
per language, in notewords.PUBLISHER), are a record as well when the part before the colon is a person's name the
text names again outside the line (the review talks about its author) and the part after it is short and no
sentence (no verb-like clause ending in a full stop inside it, at most twelve words).

The part after the stop may instead be the book's kind alone, "Name: Title. Roman." (a novel, stories, poems: one or
two words of bookgenretail.KIND_WORDS, in some thirty languages), as papers end a review's record with no publisher:
the same name and title, the same name named again in the text. A kind word ending a sentence ("… a good novel.") is
no record: the line must open on the name and its colon.

A fact box may set the record on two lines instead, "Name: Title" over the publisher's own labelled line ("Publisher:
X", "Verlag: X", "Založba: X", "Wydawnictwo: X": its label a publisher's word, notewords.PUBLISHER): the same name,
named again in the text, and a title that is no sentence and no name, nor a thanks or a credit (an interview's
closing "A: Thanks for the talk", a translator's "B: Translated from English": notewords.THANKS, CREDIT_OPENS, a
credit in its own form, so that a title's "Photographs from Siberia" or "Translations of Silence" stays a title).

Or the title first, the house in brackets after the name: "T, Name (House)." or "T by Name (House)" (any language's
by-word, ``book.BY_RECORD``), the line ending there or on the review's score ("… (House). Rating: 4/5"), as blogs sign
off a review with the book's record (``_bracketed``). The house is a capitalised word or a few, no figure; the name is
the person the text names again; the title is short, has no comma and no sentence's stop, and in English is capitalised
as titles are ("Next month I'm reading T, A (House)" is a sentence). A bracket of the reviewer's own ("Anna (my
sister)") opens in lower case. A cover's caption ("Book cover: T by A (House)", any language's cover word) is left to
``bookleadcaption``, which reads it without its cover word.
"""

from __future__ import annotations

import re

from .book import BY_RECORD, NAME, Context, clean_title, is_name, leading_author
from .casefold import CAPITALS
from .rating import has_score
from .bookcaselessname import named_again
from .bookcover import COVER_WORD
from .notewords import PUBLISHER, THANKS
from .bookgenretail import KIND_WORDS

_LINE = re.compile(r"^(?P<name>[^:\n]{3,60}?)\s*:\s*(?P<title>[^.:!?\n]{1,120}?)\s*\.\s+(?P<publisher>[^.:!?\n]{2,60}?)\.?$")


def publisher_record(lines: list[str], context: Context | None) -> tuple[str, str] | None:
    """(title, author) of a "Name: Title. Publisher" line among the last eight lines or the first four."""
    if context is None:
        return None
    for line in lines[-8:][::-1] + lines[:4]:
        match = _LINE.match(line.strip().strip("*_ "))
        if not match:
            continue
        name, title, publisher = (match.group(g).strip() for g in ("name", "title", "publisher"))
        if not is_name(name) or len(title.split()) > 12 or len(publisher.split()) > 5 or not (PUBLISHER.search(publisher) or _kind(publisher)):
            continue
        if is_name(title) or context.text.count(name) < 2 and not context.vouches_for(name, 2):
            continue  # (two names: who wrote what, no telling; a name the text never names again: a credit, maybe the translator)
        return clean_title(title), name
    return _over_house(lines[-8:], context) or _bracketed(lines[-8:][::-1] + lines[:4], context)


_BRACKETED = re.compile(
    rf"^(?P<title>[^(),.!?:;\n]{{1,100}}?)(?:(?P<comma>,)\s+|\s+{BY_RECORD}\s+)(?P<name>{NAME})\s*"
    rf"\((?P<house>[{CAPITALS}][^()\d\n.!?]{{1,40}})\)\s*(?:\.\s*(?P<rest>.{{1,40}}))?\.?$"
)


def _bracketed(lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a "T, Name (House)" line, perhaps ended by the review's score."""
    for line in lines:
        if "(" not in line or len(line) > 160:
            continue
        match = _BRACKETED.match(line.strip().strip("*_ "))
        if not match or match.group("rest") and not has_score(match.group("rest")):
            continue
        title, name = match.group("title").strip(), match.group("name").strip()
        if COVER_WORD.search(title) or credit_title(title, by=not match.group("comma")):
            continue  # (a cover's caption, "Cover of T by A (House)": bookleadcaption reads it without its cover word;
            # a credit, "Translated by A (House)", "Illustrations by A (House)": A is no author, the line no record)
        if len(title.split()) > 10 or len(match.group("house").split()) > 4 or leading_author(name) != name \
                or name in context.not_authors or not named_again(name, context) or not _cased(title, context):
            continue
        return clean_title(title), name
    return None


def _cased(title: str, context: Context) -> bool:
    """A title as titles are set: opening on a capital or a figure, and in English every longer word capitalised."""
    if not (title[:1].isupper() or title[:1].isdigit()):
        return False
    return (context.language or "en")[:2] != "en" or all(w[:1].isupper() for w in title.split()[1:] if len(w) > 3)


# a credit in its own form opening the part after the name, not a bare stem (a title may well be "Fotografije iz
# Sibira", "Překlady ticha"): a participle of translating, illustrating, photographing, editing, compiling or designing
# ("Translated from …", "Přeložila …", "Illustriert von …"), a translation's noun before "from" ("Prevod iz
# angleščine", "Traducción del inglés", "Tłumaczenie z …"), or any credit's noun before "by" or before another credit's
# noun ("Illustrations by …", "Photo de couverture", "Ilustrace a obálka"). en de nl fr es ca pt it ro sv da nb is fi et
# hu pl cs sk sl hr bs sr lt lv tr el ru uk bg id
TRANSLATION = (r"translat|übersetz|übertrag|vertal|vertaling|tradu|tradott|översättning|oversættelse|oversettelse|"
                r"þýðing|käännös|suomennos|tõlge|fordítás|tłumacz|przekład|překlad|preklad|prevod|prijevod|vertim|"
                r"tulkojum|çeviri|μετάφρασ|перевод|переклад|превод|terjemah")
_CREDIT_NOUN = (TRANSLATION + r"|illustration|illustrat|ilustra|kuvitu|illusztráci|іллюстрац|ілюстрац|иллюстрац|"
                r"илюстрац|εικονογράφ|photo|foto|fénykép|zdjęci|snímk|ljósmynd|фото|φωτογραφ|cover|umschlag|omslag|"
                r"couverture|portada|capa|copertin|kansi|kaane|borító|okładk|obálk|naslovnic|ovitek|korice|vāk|viršel|"
                r"kapak|εξώφυλλ|обложк|обкладинк|корица|sampul|design|gestaltung|ontwerp|oblikovan|dizajn|editor|"
                r"editing|redaktion|redakc|redakcij|uredništv|toimitus|szerkesztő|επιμέλει|редакц|редактор|penyunting")
CREDIT_OPENS = re.compile(
    r"(?:translated|übersetzt|übertragen|vertaald|tradu(?:it|ite|cido|cida|zido|zida|s|să)|tradott[oa]|översatt|"
    r"oversat|oversatt|þýdd|þýtt|käännetty|suomentanut|tõlkinud|fordította|przetłumaczył[ao]?|przełożył[ao]?|"
    r"přeložil[ao]?|preložil[ao]?|prevedl[ao]?|preve(?:o|la|deno|dena)|išvertė|tulkoj(?:is|usi)|çeviren|"
    r"перев(?:ёл|ел|ела|едено)|перекла(?:в|ла)|превел[аи]?|diterjemahkan|illustrated|illustriert|geïllustreerd|"
    r"illustrée?|ilustrad[oa]|illustrat[oa]|ilustrowa(?:ł|ła|ło|ne)|ilustroval[ao]?|ilustrira(?:o|la|l)|"
    r"kuvittanut|illusztrálta|photographed|fotografiert|edited|herausgegeben|hrsg|bewerkt|édité|editad[oa]|curat[oa]|"
    r"redigerad|redigeret|redigert|toimittanut|szerkesztette|zredagował[ao]?|uredil[ao]?|uredio|sestavil[ao]?|"
    r"zostavil[ao]?|sastavi(?:o|la)|состави(?:л|ла|ли)|упорядкува(?:в|ла)|designed|gestaltet|ontworpen|conçue?|"
    r"diseñad[oa]|oblikoval[ao]?|disunting|compiled)(?!\w)"
    r"|aus\s+dem\s+\w+\s+(?:von|übersetzt|übertragen)(?!\w)"
    rf"|(?:{TRANSLATION})\w*\s+(?:from|aus|uit|de|del|du|des|da|dal|dall|dallo|din|från|fra|úr|z|ze|zo|iz|iš|no|"
    r"из|з|від|от|από|dari)(?!\w)"
    rf"|(?:{_CREDIT_NOUN})\w*\s+(?:by|von|door|par|por|av|af|eftir|által|oleh|από)(?!\w)"
    rf"|(?:{_CREDIT_NOUN})\w*(?:\s+\w{{1,4}})?\s+(?:{_CREDIT_NOUN})", re.I)
# a credit's noun alone, or a preface's, as the whole of a "T by A" title ("Illustrations by A", "Vorwort von A",
# "Préface de A"): en de nl fr es pt it sv da nb fi et hu pl cs sk sl hr sr tr el ru uk id
_PREFACE = (r"foreword|preface|afterword|introduction|vorwort|nachwort|einleitung|voorwoord|nawoord|inleiding|préface|"
            r"postface|prefacio|prólogo|epílogo|prefácio|posfácio|prefazione|postfazione|introduzione|förord|efterord|"
            r"forord|efterskrift|etterord|esipuhe|jälkisanat|saatesõna|järelsõna|előszó|utószó|przedmow|posłowi|wstęp|"
            r"předmluv|doslov|úvod|predgovor|pogovor|önsöz|sonsöz|πρόλογ|επίλογ|предислов|послеслов|передмов|"
            r"післямов|pengantar")
_CREDIT_WORD = re.compile(rf"(?:{_CREDIT_NOUN}|{_PREFACE})\w*$", re.I)


def credit_title(title: str, by: bool = True) -> bool:
    """A "title" that is a credit: opening on one (``CREDIT_OPENS``: "Translated", "Übersetzt", "Traduit", "Cover
    design"), or, before a by-word, a credit's or a preface's noun alone ("Illustrations by A", "Vorwort von A"); a
    list's "T, A" keeps such a one-word title ("Translations, A (House)" may be a play's record)."""
    title = title.strip()
    return bool(CREDIT_OPENS.match(title)) or by and " " not in title and bool(_CREDIT_WORD.match(title))


_HEAD = re.compile(r"^(?P<name>[^:\n]{3,60}?)\s*:\s*(?P<title>[^.:!?\n]{1,120}?)$")
_LABEL = re.compile(r"^(?P<label>[^:\n\d]{3,30}?)\s*:\s*\S")


def _over_house(lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a "Name: Title" line over a line labelled with a publisher's word ("Založba: X")."""
    for line, below in zip(lines, lines[1:]):
        match, label = _HEAD.match(line.strip().strip("*_ ")), _LABEL.match(below.strip().strip("*_ "))
        if not match or not label or not PUBLISHER.search(label.group("label")):
            continue
        name, title = match.group("name").strip(), match.group("title").strip()
        if not is_name(name) or is_name(title) or len(title.split()) > 12 or PUBLISHER.search(name) \
                or THANKS.match(title) or CREDIT_OPENS.match(title):
            continue  # (an interview's "A: Thanks for the talk", a credit's "B: Translated from English")
        if context.text.count(name) < 2 and not context.vouches_for(name, 2):
            continue  # (a name the text never names again: a credit, maybe the translator)
        return clean_title(title), name
    return None


def _kind(part: str) -> bool:
    """One or two words for the book's kind ("Roman", "Kuerzgeschichten", "Graphic novel"), nothing else."""
    words = part.casefold().split()
    return 1 <= len(words) <= 2 and words[-1] in KIND_WORDS
