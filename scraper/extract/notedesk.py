"""A free-copy note in the Slavic languages: the publisher handed the copy to the writer or to the desk (notegift.edge_gift).

A magazine's or a paper's review says who got the book as the desk, not "me": uk "Примірник для рецензії редакції
передало видавництво", hr "Knjigu je redakciji ustupio nakladnik", pl "Egzemplarz do recenzji przekazało redakcji
wydawnictwo", cs "Výtisk redakci poskytlo nakladatelství", ru "Экземпляр книги редакции предоставило издательство". Read
by grammar rather than phrases, per sentence of a short note at the review's edge (edge_gift's place and size): the
house as the giver (notewords.PUBLISHER), a giving verb of the languages (ru, uk, be, bg, mk, sr, hr, bs, sl, cs, sk, pl:
handed, provided, sent, gave, ceded, gifted, in their past and passive forms), the copy or the book (a copy word, a book
word) and who got it: the desk (редакция, redakcija, redakce, redakcja, uredništvo), the writer (the dative "me", "us"),
or the copy named as one for review ("для рецензии", "za recenziju", "do recenzji"). A house that sent the desk a press
release or a catalogue (no copy), handed the rights to a studio, gave readers a discount (no desk, no writer), or a
giving denied ("nakladnik nije ustupio primjerak") is none; the house, the giving, the copy and who got it are read in one clause.
The same in et, lv, lt, hu, ro and be, whose reviews say it alike (et "Arvustuseksemplari saatis toimetusele kirjastus", be
"Асобнік для рэцэнзіі даслала выдавецтва"): their giving verbs, copy words, desks, datives and compounds of a review copy.
Said from the other side, the desk or the writer got the copy from the house (mk "Примерокот за рецензија го доби
редакцијата од издавачот", lv "Recenzijas eksemplāru redakcija saņēma no izdevniecības", hu "… a kiadótól kapta"): a
getting verb of the same languages (received, got, in their past and passive forms) in the giving's place, with the same
receiver and house in the clause; the house must be where it came from (its "from" form: "od", "от", "од", "від", "no",
"iš", "de la", hu "-tól", et "-lt") and what came a copy (or one for review): a book that "got the house's prize"
and a desk that recommends it got no copy.
"""

from __future__ import annotations

import re

from .notewords import PUBLISHER

GIVING = re.compile(
    r"(?<!\w)(?:"
    # ru, uk, be: handed, provided, sent, gifted (past, and the passive participles)
    r"переда(?:л|в|н)\w*|предостав(?:ил|лен)\w*|присла\w*|высла\w*|подари(?:л|в)\w*|отправи(?:л|в)\w*|"
    r"нада(?:л|в|н)\w*|надісла\w*|подарува\w*|перада\w*|даслал\w*|"
    # bg, mk: provided, sent, gifted, ceded
    r"предостави\w*|изпрати\w*|изпратен\w*|испрати\w*|отстапи\w*|"
    # sr (both scripts), hr, bs, sl: ceded, sent, gifted, delivered
    r"уступи\w*|уступљен\w*|посла\w*|поклони\w*|ustupi\w*|ustupljen\w*|posla\w*|poslan\w*|pokloni\w*|dostavi\w*|dostavljen\w*|"
    r"odstopi\w*|odstopljen\w*|podari\w*|priskrbe\w*|"
    # cs, sk: provided, sent, gifted, handed over
    r"poskyt(?:l|nut)\w*|zasla\w*|zaslán\w*|zaslan\w*|věnova\w*|venova\w*|předa\w*|odovzda\w*|darova\w*|"
    # pl: handed, made available, sent, gifted, delivered
    r"przekaza\w*|udostępni\w*|przesła\w*|podarowa\w*|dostarczy\w*|"
    # et, lv, lt, hu, ro: sent, gave, gifted, provided, handed over (past, and the passive participles)
    r"saatis|saatsid|saadeti|saadetud|andis|andsid|kinkis|kinkisid|atsūtīj\w*|atsūtīt\w*|nodrošināj\w*|nodev\w*|uzdāvināj\w*|"
    r"atsiunt\w*|atsiųst\w*|perdav\w*|padovanoj\w*|suteik\w*|küldt\w*|küldött\w*|biztosított\w*|ajándékozt\w*|"
    r"trimis\w*|oferit\w*|pus\w*\s+la\s+dispozi[țţ]i\w*|"
    # put at the desk's disposal: hu "rendelkezésre/rendelkezésünkre bocsátotta" (either order), cs/sk "dal(o) k dispozici(i)",
    # pl "oddał(o) do dyspozycji", hr/bs/sr "stavio na raspolaganje", sl "dal(a) na razpolago"
    r"bocsát\w*|(?:dal|dala|dalo|daly|dali)\s+k\s+dispozíci\w*|k\s+dispozici\w*|odda\w*\s+do\s+dyspozycji|stavi\w*\s+na\s+raspolaganj\w*|"
    r"(?:dal|dala|dalo|dali)\s+na\s+razpolago"
    r")", re.I)
# or the getting: received, got (past, and the passive participles): ru, uk, be, bg, mk, sr (both scripts), hr, bs,
# sl, cs, sk, pl, et, lv, lt, hu, ro
_GETTING = re.compile(
    r"(?<!\w)(?:получи\w*|получен\w*|получил\w*|отрима\w*|одержа\w*|атрыма\w*|"
    r"доби(?:в|вме|вте|ја|ле|ло|ла|л|о|ени?|ено|ена)?|добиј\w*|добил\w*|"
    r"примиле?|примив\w*|примија|примен\w*|примио|примила|примили|примљен\w*|"
    r"dobi(?:o|la|lo|li|le|h|l)?|dobijen\w*|primi(?:o|la|lo|li|le|h)|primljen\w*|prejel\w*|prejet\w*|dobil\w*|"
    r"obdrž\w*|dostal\w*|dostaly|otrzyma\w*|dostał\w*|sai|saime|saadi|saanud|saņēm\w*|saņemt\w*|"
    r"gavo|gavome|gavau|gaut[aoi]\w*|(?:meg)?kapt\w*|(?:meg)?kapott\w*|primit\w*)(?!\w)", re.I)
# (the house as where a got copy came from: "from" before it, ru/bg "от", mk/sr "од", uk "від", be "ад",
# pl/cs/sk/hr/bs/sl "od", "z", "iz", ru "из", lv "no", lt "iš", ro "de la", "din partea"; or its ablative ending,
# hu "-tól/-től", et "-lt")
_FROM = re.compile(r"(?<!\w)(?:от|од|від|ад|из|із|od|ode|z|ze|iz|no|iš|de\s+la|din\s+partea)\s+(?:\w+\s+)?$",
                   re.I)
_FROM_ENDINGS = ("tól", "től", "lt")
# a book word right after "from", "of" (ru "отрывок из романа", pl "fragment z książki", hr "odlomak iz knjige"): what
# was given is a part of the book (an excerpt, a chapter), not a copy of it
_PART_OF = re.compile(r"(?<!\w)(?:из|із|з|ад|от|од|iz|z|ze|od|ode)\s+$", re.I)
# (but "z"/"з" with the book in the instrumental is "with": cs "balíček z knihou", uk "пакунок з книжкою", a parcel with
# the copy in it, which was given)
_WITH_CASE = re.compile(r"(?:ą|ou|om|em|ом|ем|ою|ею|ой|ей)$", re.I)
# a copy proper (not the book, which also wins prizes): the copy words of _COPY
_COPY_PROPER = re.compile(
    r"(?<!\w)(?:экземпляр|екземпляр|примірник|примерок|примерак|primjer(?:ak|k)|primer(?:ak|k)|izvod|výtisk|výtlač|"
    r"egzemplarz|асобнік|(?:arvustus|ülevaate|lugemis)?eksemplar|eksemplār|egzempliori|példány|exemplar)", re.I)
# or a copy for review (ru/uk/be/bg/mk, the Latin-script Slavic, et, lv, lt, hu)
_FOR_REVIEW = re.compile(r"(?<!\w)(?:рецензи|рецензі|рэцэнзі|ревю|recenzi|recenzj|arvustus|recenzēš|recenzin|recenzió|"
                         r"ismertetés)", re.I)
# the copy or the book
_COPY = re.compile(
    r"(?<!\w)(?:экземпляр\w*|екземпляр\w*|примірник\w*|примерок\w*|примерак\w*|primjer(?:ak|k)\w*|primer(?:ak|k)\w*|izvod\w*|"
    r"výtisk\w*|výtlač\w*|egzemplarz\w*|книг\w*|книж\w*|кніг\w*|knjig\w*|knjiž\w*|knih\w*|kníh\w*|knižk\w*|książk\w*|"
    r"роман\w*|roman\w*|powieś\w*|zbirk\w*|сборник\w*|збірк\w*|zbiór\w*|sbírk\w*|zbierk\w*|асобнік\w*|"
    # et (and its compounds: "arvustuseksemplar", a review copy), lv, lt, hu, ro
    r"(?:arvustus|ülevaate|lugemis)?eksemplar\w*|raamat\w*|romaan\w*|eksemplār\w*|grāmat\w*|romān\w*|egzempliori\w*|knyg\w*|"
    r"példány\w*|könyv\w*|regény\w*|exemplar\w*|cart(?:e|ea|ii)(?!\w))", re.I)
# who got it: the desk, the writer (a first-person dative), or the copy said to be one for review
_RECEIVER = re.compile(
    r"(?<!\w)(?:редакци\w*|редакці\w*|рэдакцы\w*|редакција\w*|redakcij\w*|redakc\w*|uredništv\w*|уредништв\w*|"
    r"мне|нам|мені|мне|ми|мени|на\s+мен|mi|meni|nam|nám|mně|mne|mnie|"
    r"(?:для|за|do|k|ke|na|pro)\s+(?:рецензи\w*|рецензі\w*|рэцэнзі\w*|recenzi\w*|recenzj\w*|ревю|обзор\w*|огляд\w*|prikaz\w*|ocen\w*)|"
    # et, lv, lt, hu, ro: the desk, "to me", "to us", the copy for review ("arvustuseksemplar", "recenzijas eksemplārs",
    # "recenzinis egzempliorius", "recenziós példány", "exemplar pentru recenzie")
    r"toimetus\w*|mulle|meile|arvustus(?:e)?eksemplar\w*|arvustamiseks|redakcij\w*|man|mums|recenzij(?:as|ai)|recenzēšanai|recenzin\w*|"
    r"szerkesztőség\w*|nekem|nekünk|recenzió\w*|ismertetés\w*|redac[țţ]i\w*|mie|nouă|(?:pentru|de)\s+recenzi\w*)(?!\w)",
    re.I)
# a giving denied: "не", "ні", "nie", "ne", "nije", "není", "nebolo", "нито" before the verb in its clause
_DENIED = re.compile(r"(?<!\w)(?:не|ні|нито|nie|ne|nije|nisu|ni|není|nebyl\w*|nebol\w*|nikdy|никогда|ніколи|nigdy|nikad|nikoli|"
                     r"ei|pole|nav|nebija|nem|sem|nu|niciodată|kunagi|nekad|niekada|soha|"
                     r"није|нису|никад\w*)(?!\w)", re.I)  # (sr in Cyrillic)  # (and et, lv, lt, hu, ro)
# (and the house as the one given to in et "kirjastusele", lv/lt "izdevniecībai", "leidyklai", hu "kiadónak", ro "editurii")
_DATIVE_MORE = ("le", "ai", "nak", "nek", "ii")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_CLAUSE = re.compile(r"[,;:—–]")
_WORD_END = re.compile(r"\w*")


def _house_gives(sentence: str) -> bool:
    """A house word in the sentence that can be the giver: not in the dative, the one given to ("poslali smo ga
    nakladniku", "отправили издательству", "wysłaliśmy wydawnictwu": its ending -u, -у)."""
    for house in PUBLISHER.finditer(sentence):
        word = house.group(0) + _WORD_END.match(sentence, house.end()).group(0)
        if word[-1:].lower() not in ("u", "у") and not word.lower().endswith(_DATIVE_MORE):
            return True
    return False


def _from_house(clause: str) -> bool:
    """The house named as where something came from (_FROM before it, or an ablative ending)."""
    for house in PUBLISHER.finditer(clause):
        word = house.group(0) + _WORD_END.match(clause, house.end()).group(0)
        if _FROM.search(clause, 0, house.start()) or word.lower().endswith(_FROM_ENDINGS):
            return True
    return False


def _copy_given(clause: str) -> bool:
    """A copy or book word in the clause that is what was given, not the whole a part came from (_PART_OF)."""
    return any(not _PART_OF.search(clause, max(0, copy.start() - 6), copy.start()) or _WITH_CASE.search(copy.group(0))
               for copy in _COPY.finditer(clause))


def part_only(text: str) -> bool:
    """Whether every sentence of the text that gives something (GIVING) names a book only as the whole a part came from
    ("Издательство прислало мне отрывок из романа", an excerpt sent): no copy was given."""
    giving = [s for s in _SENTENCE.split(text) if GIVING.search(s)]
    return bool(giving) and all(_COPY.search(s) and not _copy_given(s) for s in giving)


def desk_copy(text: str) -> bool:
    """Whether a sentence of the short edge note `text` says the house gave the copy to the desk or the writer (or they
    got it from the house), in a Slavic language or a neighbour's."""
    if not PUBLISHER.search(text):
        return False
    for sentence in _SENTENCE.split(text):
        # (all in one clause: "Нам прислали анкету из издательства, но книгу мы купили сами" got a form, and bought the book)
        for clause in _CLAUSE.split(sentence):
            giving = GIVING.search(clause)
            if giving is None:
                # (the desk got it: from the house, a copy or one for review; not "the book got the house's prize")
                giving = _GETTING.search(clause)
                if giving and not (_from_house(clause) and (_COPY_PROPER.search(clause) or _FOR_REVIEW.search(clause))):
                    continue
            if giving and _copy_given(clause) and _RECEIVER.search(clause) and _house_gives(clause) \
                    and not _DENIED.search(clause, 0, giving.start()):
                return True
    return False
