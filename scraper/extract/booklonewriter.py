"""The author a short review calls only by surname, as the one who writes: "T – a remark" over "X writes grief as …".

A paper's culture pages often name a classic's author by surname alone ("Dagerman", "Kafka", "Woolf"): the headline
gives the title and the post's own remark after a dash or a colon, and the text says who wrote it with a writing verb
("X skriver …", "X writes …", "X schreibt …", "X pisze …"). No full name stands anywhere on the page (``bookclues.writer``
reads a full one), so the surname is the author's name as the page gives it.

Read (``bookbody.find_book``, after the writer, labelled and tagged person rules found no one) only where:

- the title is the headline's head, set apart by a spaced dash, a colon or a bar from a remark in lower case;
- one capitalised word (three letters or more) stands right before a writing verb (present or past, in ~30 languages),
  and the text names it twice or more (a genitive -s counting), never in lower case (a sentence's "Here" or "She" is
  said in lower case elsewhere), and never with a capitalised word right before it inside a sentence (a full name's
  surname, a character's "Uncle X");
- it is no pronoun and no noun for the author, the narrator or the hero in languages that write them without an article
  or with one written on ("Författaren skriver", "Autor pisze", "Autorul scrie": a list of the concept, not of a page);
- the text names a book or a novel (a director or a songwriter writes too);
- that word is the only one so.
"""

from __future__ import annotations

import re

from .book import Context
from .casefold import CAPITALS

# a writing verb after its subject: en, sv/da/no/nn, de, nl, fr, es, ca, pt, it, ro, pl, cs/sk, sl/hr/sr/bs, hu, fi, et,
# lv, lt, is, tr, id/ms, ru, uk, bg, el, sq
_VERB = (r"(?:writes|wrote|has\s+written|skriver|skrev|skriv|skreiv|har\s+skrivit|har\s+skrevet|schreibt|schrieb|schrijft|schreef|"
         r"écrit|écrivait|escribe|escribió|escribía|escriu|escreve|escreveu|escrevia|scrive|scrisse|scriveva|scrie|a\s+scris|"
         r"pisze|pisał|pisała|píše|psal|psala|písal|písala|piše|pisao|pisala|pisal|ír|írja|írt|kirjoittaa|kirjoitti|kirjutab|"
         r"kirjutas|raksta|rakstīja|rašo|rašė|skrifar|skrifaði|yazıyor|yazar|yazdı|menulis|пишет|писал|писала|пише|писав|пишеше|"
         r"γράφει|έγραψε|shkruan|shkroi)(?![^\W\d_])")
WRITING_VERB = _VERB  # (read by bookcaselessname.pen_writer too)
_CAP = f"[{CAPITALS}]"
_WRITES = re.compile(rf"(?<![\w'’.\-]){_CAP}[^\W\d_]{{2,}}(?=[^\S\n]+{_VERB})")
# the word before a name on its line, and what stands before that word
_BEFORE = re.compile(r"(?:^|(?P<stop>[.!?:;…»”\"]\s*)|\s)(?P<word>\S+)[^\S\n]+$")
# pronouns, and the author, the narrator and the hero as languages write them with no article before them (lower case)
_NOT_NAMES = frozenset((
    "she they this that there then here when what which while "
    "han hon hen den det dem hun hin hán þau "
    "sie ihr dies diese dieser hier dort dann heute "
    "hij zij het deze daar toen "
    "elle ils elles lui eux "
    "ella ellos ellas ello aquí allí ahora luego "
    "lei egli essa esso loro "
    "ele ela eles elas "
    "ona ono oni ony tutaj tady teraz nyní "
    "hän tämä täällä "
    "він вона вони они оно она тут здесь теперь "
    "αυτός αυτή αυτό εδώ τώρα "
    "författaren författarinnan berättaren huvudpersonen hjälten forfatteren forfattaren fortælleren fortelleren forteljaren hovedpersonen helten "
    "autor autorka autorin autorul autoarea autorius autore autora autori autrice auteur auteure schrijver schrijfster verteller "
    "pisarz pisarka spisovatel spisovatelka spisovateľ spisovateľka pisac pisateljica pisatelj pisateľ "
    "kirjailija kirjoittaja kertoja kirjanik jutustaja rašytojas rašytoja pasakotojas rakstnieks rakstniece stāstītājs "
    "yazar szerző író elbeszélő höfundurinn höfundur sögumaður sögumaðurinn penulis pengarang narator narrator narrador narratore "
    "автор авторът авторка писатель писательница письменник письменниця писател рассказчик оповідач разказвачът "
    "συγγραφέας αφηγητής"
).split())
# a book or a novel named in the text: the stems of the word in the languages above
_BOOK_NOUN = re.compile(r"(?<![^\W\d_])(?:book|novel|bok|bog|bók|skáldsag|roman|buch|boek|livre|libro|llibre|livro|carte|książk|powieś|knih|knjig|"
                        r"kirj|romaan|raamat|könyv|regény|grāmat|knyg|kitab|kitap|buku|novela|романа?|книг|книж|βιβλ|μυθιστ)", re.I)
BOOK_NOUN = _BOOK_NOUN


def lone_writer(context: Context, title: str, headline: str | None) -> str | None:
    """The one surname the text gives as the writer's, for a title the headline sets apart from a lower-case remark."""
    if not title or not headline or not _set_apart(title, headline) or not _BOOK_NOUN.search(context.text):
        return None
    return _lone(context, title, 2)


def _lone(context: Context, title: str, times: int, writes: re.Pattern = _WRITES) -> str | None:
    """The one capitalised word before a writing verb that is a surname (see above), named `times` times or more."""
    text = context.text
    not_authors = {n.casefold() for n in context.not_authors if n}
    title_words = {w.casefold() for w in re.findall(r"\w+", title)}
    found: dict[str, str] = {}
    for match in writes.finditer(text):
        name = match.group(0)
        folded = name.casefold()
        if folded in _NOT_NAMES or folded in not_authors or folded in title_words or folded in found:
            continue
        if re.search(rf"(?<![^\W\d_]){re.escape(name.lower())}(?![^\W\d_])", text):
            continue  # the word said in lower case: a sentence's word, no name
        if _in_full(name, text):
            continue  # a full name's surname, or a title's word
        if context.vouches_for(name, times):
            found[folded] = name
    return next(iter(found.values())) if len(found) == 1 else None


# --- the title quoted in the opening sentence (``quoted_writer``) ----------------------------------------------------
# A paper's headline may be its own remark only ("Black shirts and the fifth of April"), the book named first in the
# review's opening sentence, set in quotes of any style (straight ones too, as many papers type them: '"T"'), its author
# by surname alone as the one who writes ("X raksta …", "X writes …"), once only where the span is named as a work
# (below). The title is the opening sentence's one quoted span, short and capitalised (or opening on a number, as "T
# 94"), not a name and not a label (no colon after it); the writer is ``_lone``'s one surname, named once or more (twice
# otherwise). Asked by ``bookcandidates.candidates``.
_OPEN_QUOTED = re.compile(r"(?:^|[\s(])[\"“„«»”‘](?P<title>[^\"“”„«»‘’\n]{1,60}?)[\"”“»«’](?![\w:])")
# The span is named as a work only with more said of it: a book noun right beside it ("the novel "T"", "„T“ (Roman)"),
# the opening sentence reading it ("I read "T"", "Pārlasīju "T"", "„T“ gelesen", "czytałam"), the title said again later,
# or the surname named twice; and never a word's or a term's quote ("the German word "Heimat"", "das Wort „T“", "le mot
# « T »", "слово «T»": a word discussed, not a book). en de nl fr es ca pt it sv da nb pl cs sk sl hr lv lt hu fi et ru uk
# bg el tr id ms tl
READ = re.compile(
    r"(?<![^\W\d_])(?:(?:re-?)?read(?:s|ing)?|(?:ge|durchge|wiederge)?lesen|lese|liest|lees|leest|lazen|gelezen|läs\w*|läst|"
    r"leste|lest|læs\w*|(?:re)?lu|(?:re)?lire|le[ií]\w*|releí\w*|leer|leyendo|llegi[rt]|li|lido|ler|lendo|reli|(?:ri)?lett[oaie]|"
    r"(?:ri)?legg\w*|lessi|(?:prze)?czyta\w*|(?:pře|pre|do)?čet\w*|(?:pře|pre)?čít\w*|(?:pro)?čit\w*|(?:iz|pār|no)?lasī\w*|lasu|"
    r"(?:per)?skait\w*|perskaič\w*|(?:el|újra)?olvas\w*|luin|luen|lukea|luettu|luki\w*|luge\w*|loen|(?:про|пере)?чит\w*|прочла|"
    r"прочел|прочёл|(?:ξανα)?διάβασ\w*|διαβάζ\w*|(?:mem|di)?baca\w*|nabasa|binasa|okud\w*|okuy\w*)(?![^\W\d_])", re.I)
_WORD_NOUN = (r"word|term|phrase|expression|wort|begriff|ausdruck|woord|begrip|mot|terme|palabra|término|paraula|palavra|termo|"
              r"parola|termine|ord|begrepp|begrep|uttryck|udtryk|uttrykk|słowo|pojęcie|wyraz|slovo|pojem|výraz|beseda|riječ|reč|"
              r"vārds|jēdziens|žodis|sąvoka|szó|kifejezés|sana|käsite|sõna|mõiste|слово|термин|понятие|термін|поняття|дума|"
              r"λέξη|όρος|kelime|sözcük|terim|kata|istilah|salita")
_WORD_QUOTE = re.compile(rf"(?<![^\W\d_])(?:{_WORD_NOUN})[^\S\n]*$", re.I)
_WORD_AFTER = re.compile(rf"^[^\S\n]*(?:{_WORD_NOUN})(?![^\W\d_])", re.I)
_NOUN_BESIDE = re.compile(rf"(?:{_BOOK_NOUN.pattern})[^\W\d_]*[^\S\n]*[:,(]?[^\S\n]*$", re.I)


def quoted_writer(lines: list[str], context: Context, headline: str | None) -> tuple[str, str] | None:
    """(title, surname) of a review whose opening sentence quotes one short title and whose text names one writer; not
    where the text names the headline (then the headline names the book, and other rules read it)."""
    if not lines or not any(q in lines[0] for q in "\"“„«»”‘") or lines[0].rstrip()[-1:] not in ".!?…":  # (most openings quote
        return None  # nothing: the cheap test first; a caption or a record line "A, «T», House" opening the text is no sentence)
    sentence = re.split(r"(?<=[.!?])\s+", lines[0], maxsplit=1)[0]
    spans = [m.group("title").strip() for m in _OPEN_QUOTED.finditer(sentence)]
    if len(spans) != 1 or not _BOOK_NOUN.search(context.text) or headline and context.mentions(headline):
        return None
    title, quoted = spans[0], next(_OPEN_QUOTED.finditer(sentence))
    words = title.split()
    if not 1 <= len(words) <= 6 or not (title[:1].isupper() or title[:1].isdigit()) or re.search(r"[.!?;:]", title) \
            or context.person(title):
        return None
    before, after = sentence[:quoted.start("title") - 1], sentence[quoted.end():]
    if _WORD_QUOTE.search(before) or _WORD_AFTER.search(after):
        return None  # a word's quote ("the German word "Heimat""): a word discussed, no book
    as_work = _NOUN_BESIDE.search(before) or READ.search(sentence) or context.text.count(title) > 1
    name = _lone(context, title, 1 if as_work else 2)
    return (title, name) if name and not _named_fully(name, context.text) else None


# --- the title quoted later, right after a noun that names it (``titled_writer``) -------------------------------------
# The quoted span may stand anywhere in the text when a noun for the work or for its title sets it there: "the title
# of the collection – “T” –", "der Titel „T“", "le recueil « T »", "naslov romana „T“", "romanen ”T”". The noun names
# the span a work's as surely as a verb of reading does, so the writer (``_lone``) needs to be named once only. en de nl
# fr es ca pt it ro sv da nb is fi et hu pl cs sk sl hr bs sr lt lv sq tr el id ru uk bg
# the nouns as whole words, with their inflections (a stem would catch "titled", "library", "başlıyor")
_NAME_NOUN = (
    r"titles?|titel[ns]?|titre|t[ií]tulos?|títol|titolo|titlul|titlu(?:lui)?|titill(?:inn)?|titli|tittel(?:en)?|"
    r"otsiko(?:ssa|n)|otsikko|pealkir(?:i|ja|jaga)|cím(?:e|mel|et|ű)?|tytuł(?:u|em)?|název|názv(?:u|em|om)|názov|"
    r"naslov(?:a|om|u)?|pavadinim(?:as|u|o)|nosaukum(?:s|u|ā)|titull(?:i|in)?|başlı(?:k|ğı|klı|ğını)|"
    r"τίτλ(?:ος|ο|ου)|judul(?:nya)?|заглави(?:е|ем|ето)|заголов(?:ок|ком)|назв(?:а|ание|анием|ою|у)|наслов(?:ом)?|")
# the nouns for a collection or a book as a whole (they may govern a story's or a poem's noun: "a collection of short
# stories", "zbiór opowiadań", "сборник рассказов", "libro de relatos", "recueil de poèmes")
_COLLECTION_NOUN = (
    r"collection|sammlung|bundel|recueil|colecci[oó]n|coletânea|col(?:e|ec)[cç][aã]o|colectâ\w*|raccolta|"
    r"culegere(?:a)?|samling(?:en)?|safn(?:ið|inu)?|kokoelm(?:a|an|assa)|kogumik(?:u|us)?|gyűjtemény(?:e|ében)?|"
    r"zbi[oó]r(?:u|ze)?|"
    r"sbírk(?:a|y|ce|u)|zbierk(?:a|y|e|u)|zbirk(?:a|e|i|u)|rinkin(?:ys|io|yje)|krājum(?:s|u|ā)|"
    r"përmbledhj(?:e|a|en)|derleme(?:si)?|συλλογ(?:ή|ής)|kumpulan|сборник(?:а|е)?|збірк(?:а|и|у)|збирк(?:а|е|у)|"
    r"libro|libri|libros|llibres?|librul")
_TITLE_NOUN = _NAME_NOUN + _COLLECTION_NOUN
# another work's noun nearer the quote than any title or book noun: the span is a chapter's, a song's, a film's, a
# poem's, a story's, an episode's title (whole words with their inflections, as stems would catch "capital",
# "contemporary", "главный", "sangat": en de nl fr es ca pt it ro sv da nb is fi et hu pl cs sk sl hr sr lt lv tr el ru
# uk bg id)
_PART_WORK = (
    r"chapters?|kapitel(?:s|n|et)?|kapitl(?:et|en|er|a)|kapittel(?:et)?|hoofdstuk(?:ken)?|chapitres?|cap[ií]tulos?|"
    r"capitol[oi]|capítols?|capitolul|kapitol(?:a|y|e|u|ou)|poglavj(?:e|a|u|em)|poglavlj(?:e|a|u|em)|"
    r"rozdzia(?:ł|łu|le|ły|łem)|fejezet(?:e|ben|et|ét)?|luku|luvu(?:ssa|n|t)|peatük(?:k|i|is|ki)|kafl(?:i|a|inn|anum)|"
    r"nodaļ(?:a|ā|u|as)|skyri(?:us|uje|aus)|bölüm(?:ü|de|ün)?|κεφάλαι(?:ο|ου|α)|глав(?:а|ы|е|у|ой|и)|розділ(?:і|у|а)?|"
    r"songs?|lied(?:es|er)?|chansons?|canci[oó]n(?:es)?|cançó|cançons|canzon[ei]|cântec(?:ul)?|sång(?:en|er)?|låten|"
    r"sang(?:en|e|ene)|laul(?:u|us)?|dal(?:át|ban|ában|ok)|piosen(?:ka|ki|kę|ce)|píse[ňn]|písn(?:ě|i|ičk[auy])|"
    r"pies(?:eň|ne|ni)|pjesm(?:a|e|u|om)|pesem|pesm(?:a|e|u|om|ijo)|şarkı(?:sı|yı)?|τραγούδι(?:ου)?|"
    r"песн(?:я|и|ю|ей|е)|пісн(?:я|і|ю|ею)|lagu(?:nya)?|"
    r"films?|filmen|filmet|filmu|filmie|filmem|filmje|movies?|pel[·.]?l[ií]cula|pel[ií]culas?|"
    r"elokuv(?:a|assa|an)|kvikmynd(?:in|inni)?|фильм(?:а|е|ом)?|фільм(?:і|у)?|ταινί(?:α|ας)|"
    r"episodes?|episoden?|épisodes?|episodi[oi]?|episodul|aflevering(?:en)?|folge|avsnitt(?:et)?|"
    r"jakso(?:ssa|n)?|odcin(?:ek|ka|ku)|epizód(?:ja)?|díl(?:u|e)?|diel(?:u|e)?|сери(?:я|и|ю)|серії|"
    r"епізод(?:і|у)?|эпизод(?:е|а)?|επεισόδι(?:ο|ου)")
# a poem's or a story's noun: a collection's or a book's noun may govern it, and then it names no other work
_PIECE = (
    r"poems?|gedicht(?:e|s|es)?|poèmes?|poesi[ae]?|poesía|dikt(?:et|en|er)?|digt(?:et|e)?|ljóð(?:ið|inu|a)?|"
    r"runo(?:n|ssa|t|ja)?|luuletus(?:e|ed|te)?|verses?|verset|wiersz(?:a|u|em|y)?|wierszy|báse[ňn]|"
    r"básn(?:ě|i|ič[ek]\w?)|pesmi|şiir(?:i|ler)?|ποίημα(?:τα|τος)?|стих(?:и|а|ов|отворени[ея])?|вірш(?:а|і|ів)?|"
    r"sajak(?:nya)?|puisi(?:nya)?|"
    r"story|stories|verha(?:al|len)|erzählung(?:en)?|histoires?|contes?|cuentos?|relatos?|raccont[oi]|"
    r"smásag(?:a|an|na)?|povíd(?:ka|ky|ku|kou|ek)|poviedo?k(?:a|y|u|ou)?|opowiada(?:nie|nia|niu|ń|niem)|"
    r"zgodb(?:a|e|o|i)?|prič(?:a|e|u|om|i)|pripovet(?:ka|ke|ku|ki)|pripovijet(?:ka|ke|ku|ci)|pripovijedak|"
    r"hikâye(?:si|yi|ler)?|öykü(?:sü|yü|ler)?|διήγημα(?:τα|τος)?|рассказ(?:а|е|ов|ы)?|оповідан(?:ня|ні|ь)|"
    r"разказ(?:а|и)?|cerpen(?:nya)?")
_OTHER_WORK = re.compile(rf"(?<![^\W\d_])(?:(?P<piece>{_PIECE})|{_PART_WORK})(?![^\W\d_])", re.I)
# a collection's or a book's noun, then at most two words, then the piece's noun ("collection of short stories")
_GOVERNS = re.compile(rf"(?:(?<![^\W\d_])(?:{_COLLECTION_NOUN})(?![^\W\d_])|{_BOOK_NOUN.pattern}[^\W\d_]*)"
                      r"(?:[^\S\n]+[^\W\d_]{1,12}){0,2}[^\S\n]+$", re.I)
_WORK_NOUN = re.compile(rf"(?<![^\W\d_])(?:{_TITLE_NOUN})(?![^\W\d_])|{_BOOK_NOUN.pattern}", re.I)
_WORK_BESIDE = re.compile(r"(?:(?<![^\W\d_])(?:" + _TITLE_NOUN + r")(?![^\W\d_])|" + _BOOK_NOUN.pattern + r"[^\W\d_]*)"
                          r"(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*[:,(–—-]?[^\S\n]*$", re.I)
_ANY_QUOTED = re.compile(r"[„“«»”](?P<title>[^\"“”„«»‘’\n]{1,60}?)[”“»«](?![\w:])")


def titled_writer(context: Context, headline: str | None) -> tuple[str, str] | None:
    """(title, surname) of a review whose text quotes one title right after a noun for the work or its title (above)
    and names one writer; not where the text names the headline."""
    text = context.text
    if not any(q in text for q in "„“«»”") or headline and context.mentions(headline):
        return None
    titles = set()
    for match in _ANY_QUOTED.finditer(text):
        title = match.group("title").strip()
        before = text[max(0, text.rfind("\n", 0, match.start()) + 1, match.start() - 60):match.start()]
        if _WORK_BESIDE.search(before) and not _WORD_QUOTE.search(before) and not _other_work(before):
            titles.add(title)
    if len(titles) != 1:
        return None
    title = titles.pop()
    if not 1 <= len(title.split()) <= 6 or not (title[:1].isupper() or title[:1].isdigit()) \
            or re.search(r"[.!?;:]", title) or context.person(title):
        return None
    name = _lone(context, title, 1)
    return (title, name) if name and not _named_fully(name, text) else None


def _other_work(before: str) -> bool:
    """A chapter's, a song's, a film's … noun stands among the last words before the quote, nearer it than any noun
    for a book or a title ("the second chapter, titled “T”", "Název kapitoly „T“", "a song titled “T”"); a poem's or a
    story's noun governed by a collection's or a book's ("a collection of short stories, “T”") names no other work."""
    tail = before[-40:]
    other = [m.start() for m in _OTHER_WORK.finditer(tail)
             if not (m.group("piece") and _GOVERNS.search(before[:len(before) - len(tail) + m.start()]))]
    if not other:
        return False
    work = [m.start() for m in _WORK_NOUN.finditer(tail)]
    return not work or other[-1] > work[-1]


_LOWER_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_{CAPITALS}][^\W\d_]*")  # a word that opens on no capital


def context_words(text: str) -> set[str]:
    """The words the text writes in lower case somewhere."""
    return set(_LOWER_WORD.findall(text))


def _named_fully(name: str, text: str) -> bool:
    """A capitalised word stands right before `name` anywhere but at a sentence's or a line's opening, a closing quote
    or bracket no stop ("«T» Oksany Zabuzhko": a full name in the genitive, which other rules read whole), or at an
    opening one the text never writes in lower case (a first name, not "The" or "O")."""
    for match in re.finditer(rf"(?<![^\W\d_])(?P<word>[^\W\d_]+)[^\S\n]+{re.escape(name)}(?![^\W\d_])", text):
        word = match.group("word")
        if word[:1].isupper() and (not re.search(r"(?:^|[.!?…]\s*)$", text[max(0, match.start() - 3):match.start()])
                                   or len(word) > 2 and word.casefold() not in context_words(text)):
            return True  # (at an opening too, a word the text never writes in lower case: "Ilias Markopoulos, «T»")
    return False


def _in_full(name: str, text: str) -> bool:
    """A capitalised word stands right before `name` inside a sentence (not opening it) somewhere in the text."""
    for match in re.finditer(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text):
        before = _BEFORE.search(text[text.rfind("\n", 0, match.start()) + 1:match.start()])
        if before is None:
            continue
        word, opening = before.group("word"), before.start("word") == 0 or before.group("stop") is not None
        if word[:1].isupper() and not word.endswith((".", "!", "?", ":", ";", ",")) and not opening:
            return True
    return False


def _set_apart(title: str, headline: str) -> bool:
    """The headline opens on the title and goes on, past a spaced dash, a colon or a bar, to a remark in lower case."""
    headline = " ".join(headline.split())
    if not headline.startswith(title) or len(title) >= len(headline):
        return False
    return re.match(r"\s*(?:[:|]|\s[–—-])\s+[^\W\d_]", headline[len(title):]) is not None \
        and re.sub(r"^\s*[:|–—-]\s*", "", headline[len(title):])[:1].islower()


# --- the same author in a verb-final language written without capitals (``subject_writer``) --------------------------
# Persian, Tajik, Urdu, Hindi and Sorani Kurdish papers name a classic's author by surname too, and say who wrote it
# subject first, the book as the object, the verb last: fa "A این رمان را … منتشر کرد", tg "A ин романро … навишт", ur "A نے
# یہ ناول … لکھا", hi "A ने यह उपन्यास … लिखा", ckb "A ئەم ڕۆمانەی … نووسی". No capital tells the name: the run must open
# its sentence, be one to three words, none a pronoun or a noun for the writer, and its last word be said twice or more;
# "this book/novel" must be its object and a verb of writing or publishing must close the clause. The title is the one
# the headline opens with in quotes ("«T»؛ a remark"), as such papers set it.
_QUOTED_HEAD = re.compile(r"^\s*[«\"“](?P<title>[^«»\"“”\n]{1,60})[»\"”]\s*(?:[؛;:،,|–—-]|$)")
_OBJECT = (r"(?:این\s+(?:رمان|کتاب|داستان|اثر|مجموعه|نمایشنامه|منظومه)(?:\s+را)?|ин\s+(?:роман|китоб|асар|қисса|повест)(?:ро)?|"
           r"نے\s+(?:یہ|اس)\s+(?:ناول|کتاب|افسانہ|داستان|ناولٹ)|ने\s+(?:यह|इस|ये)\s+(?:उपन्यास|किताब|पुस्तक|कहानी|नाटक|आत्मकथा)|"
           r"ئەم\s+(?:ڕۆمان|کتێب|چیرۆک)\S{0,3})")
_WRITTEN = (r"(?:نوشت|منتشر\s+(?:کرد|ساخت)|چاپ\s+کرد|به\s+چاپ\s+رساند|آفرید|خلق\s+کرد|سرود|навишт|нашр\s+кард|чоп\s+кард|офарид|"
            r"эҷод\s+кард|لکھا|لکھی|شائع\s+(?:کیا|کی|کروایا)|تحریر\s+کیا|تخلیق\s+کیا|लिखा|लिखी|प्रकाशित\s+(?:किया|की|करवाया)|रचा|रची|"
            r"نووسی|بڵاوکردەوە|چاپکرد)")
_SUBJECT = re.compile(rf"(?:^|(?<=[.!?؟۔।\n])\s*)(?P<name>[^\W\d_][\w\u200c\u0900-\u097f]*(?:\s[^\W\d_][\w\u200c\u0900-\u097f]*){{0,2}}?)"
                      rf"\s+{_OBJECT}[^.!?؟۔।\n]{{0,120}}?{_WRITTEN}", re.M)
_CASED_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-ÞА-ЯЁ]")  # (Tajik's Cyrillic has capitals: its name opens with one)
# pronouns and nouns for the writer, the narrator, the poet, the translator (and a time's words) that open such a sentence
_NOT_SUBJECTS = frozenset((
    "او وی ایشان آنها ما من نویسنده راوی شاعر مترجم ناشر سال امروز "
    "ӯ вай онҳо мо ман нависанда муаллиф шоир ровӣ мутарҷим "
    "انہوں اس میں ہم مصنف مصنفہ ادیب شاعر مترجم ناشر "
    "उन्होंने उस इस मैं हम लेखक लेखिका कवि उपन्यासकार अनुवादक प्रकाशक "
    "ئەو من ئێمە نووسەر شاعیر"
).split())


def subject_writer(headline: str | None, context: Context) -> tuple[str, str] | None:
    """(title, author) of a headline opening on a quoted title whose author the text names as the subject who wrote or
    published "this novel" in a verb-final language without capitals (see above)."""
    head = _QUOTED_HEAD.match(headline) if headline and headline.lstrip()[:1] in "«\"“" else None
    text = context.text
    if head is None or not any(o in text for o in ("این", "ин ", "نے", "ने", "ئەم")):
        return None
    title = head.group("title").strip()
    not_authors = {n.casefold() for n in context.not_authors if n}
    found = set()
    for match in _SUBJECT.finditer(text):
        name = match.group("name")
        words = name.split()
        if set(words) & _NOT_SUBJECTS or name.casefold() in not_authors or any(w in title.split() for w in words) \
                or _CASED_LETTER.search(name) and not (name[:1].isupper() and all(w[:1].isupper() for w in words)):
            continue
        if len(re.findall(rf"(?<![\w\u200c]){re.escape(words[-1])}(?![\w\u200c])", text)) >= 2:
            found.add(name)
    return (title, found.pop()) if len(found) == 1 else None


# --- a quoted headline title and the surname that wrote or published it (``quoted_lone``) ----------------------------
# A paper may headline a classic's review with its title in quotes and its own remark after a comma, a colon or a dash
# ("„T“, twenty years on", "«T»: a remark"), and name the author by surname alone as the one who wrote or published the
# novel, the verb perhaps after a clitic or an auxiliary (mk "X го објави", sr/hr "X je objavio", bg "X го издаде", de
# "X hat … veröffentlicht" is not read: the verb must follow at once). The same tests as ``_lone`` hold (named twice,
# never in lower case, never after a capitalised word inside a sentence, the only such word); the text must name a book.
_HEAD_QUOTED = re.compile(r"^\s*(?:„(?P<q1>[^„“”\n]{1,60})[“”]|«(?P<q2>[^«»\n]{1,60})»|“(?P<q3>[^“”\n]{1,60})”|\"(?P<q4>[^\"\n]{1,60})\"|"
                          r"»(?P<q5>[^»«\n]{1,60})«)\s*(?:[,:;|]|\s[–—-])\s+(?P<rest>[^\W\d_])")
_CLITIC = r"(?:го|ја|ги|я|je|ga|ju|ji|jo|ho|ją|его|ее|её|їх|has|had|hat|a|ha|heeft|har|hefur)"
_PUBLISHED = (r"(?:објави|напиша|издаде|публикува|написа|објавио|објавила|написао|написала|objavio|objavila|objavil|napisao|napisala|"
              r"napisal|опубликовал|опубликовала|издал|издала|написал|написала|опублікував|опублікувала|видав|видала|написав|"
              r"wydał|wydała|opublikował|opublikowała|napisał|napisała|vydal|vydala|napsal|napsala|napísal|napísala|published|"
              r"veröffentlichte|publia|publió|pubblicò|publicou|publiceerde|publicerade|udgav|utga|kiadta|yayımladı|yayınladı|"
              r"publicat|publikoi|avaldas|publicēja|išleido|written|veröffentlicht|publié|publicado|pubblicato|"
              rf"gepubliceerd|publicerat|udgivet|utgitt)|{_VERB}")
_PUBLISHES = re.compile(rf"(?<![\w'’.\-]){_CAP}[^\W\d_]{{2,}}(?=[^\S\n]+(?:{_CLITIC}[^\S\n]+)?{_PUBLISHED}(?![^\W\d_]))")


def quoted_lone(headline: str | None, context: Context) -> tuple[str, str] | None:
    """(title, surname) of a headline opening on a quoted title and going on to a remark in lower case, whose text names
    one surname, twice or more, as the one who wrote or published it (see above)."""
    if not headline or headline.lstrip()[:1] not in "„«“\"»":
        return None
    head = _HEAD_QUOTED.match(headline)
    if head is None or not head.group("rest").islower() or not _BOOK_NOUN.search(context.text):
        return None
    title = next(head.group(g) for g in ("q1", "q2", "q3", "q4", "q5") if head.group(g)).strip()
    if not title[:1].isupper() or context.person(title):
        return None
    name = _lone(context, title, 2, _PUBLISHES)
    return (title, name) if name else None

