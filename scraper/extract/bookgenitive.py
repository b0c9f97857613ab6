"""A book's author named in the genitive, as Slavic languages and Greek say "by", given back in the nominative.

``bookbody`` asks ``genitive_author`` for "«Title» Name Surname" ("«Тіні …» Михайла Коцюбинського", „Lalka” Bolesława
Prusa, "«Title» του Νίκου Αλεξίου", a Greek headline "Title του Νίκου Αλεξίου" whole) and "book noun + Name Surname +
«Title»" ("роман Анны Лебедевой «…»"). A name is given back only in a form the page itself uses or a regular rule
gives; a Russian title in the accusative ("Перечитал «Белую гвардию»") is given in the nominative where that can be
told.

Two more cases of case: ``owner_of_quoted`` reads the owner that Estonian, Finnish and Hungarian set before a book noun
after a quoted title ("„T“ … Name Surname esimene köide"), and ``headline_form`` gives a title the text declines
("czytałam *Niezwyciężonego*") in the form the headline opens with.
"""

from __future__ import annotations

import os
import re
import unicodedata

from .book import Context
from .bookenumerated import kind_only
from .bookclues import NAME_RUN, trim_name
from .slugspell import TRANSLIT, fold, slug_words
from .casefold import CAPITALS

# "«Title» Name Surname" with the name in the genitive, as Ukrainian, Russian and Polish say "by" ("«Тіні …» Михайла
# Коцюбинського", „Lalka” Bolesława Prusa): two capitalised words right after the closing quote
# Greek puts the genitive article first ("«Title» του Νίκου Αλεξίου"), Czech and Slovak "od" ("„Tichý dům“ od Jany Novákové");
# after that "by" the name may be set off in markup as the title is ("*T* od *Jany Novákové*", read “T” od “Jany Novákové”)
# (a headline or a plain text may set the title in straight quotes or in single ones, as Croatian, Serbian and Slovene
# papers often do: "'T' Kristiana Novaka", "\"T\" Ive Andrića"; a single quote opens after no letter and closes before
# none, so an apostrophe inside a word ("O'Brien", "l'Ile") is neither)
_QUOTED_GENITIVE = re.compile(
    r"(?:[«„“]([^«»„“”]{2,80})[»”“]|(?<![\w'‘’\"])['‘\"]((?:[^'‘’\"«»„“”]|['’](?=\w)){2,80}?)['’\"](?![\w'’\"]))"
    rf"\s+(?:(?:του|της|od)\s+“?)?([{CAPITALS}][\w'’\-]+)\s+([{CAPITALS}][\w'’\-]+)")
# Greek fronts an unquoted title as the object, the author's genitive after it and a pronoun taking it up again ("Η
# σιωπηλή αυλή του Πέτρου Λάμπρου την άνοιξα …" "The quiet yard of Petros Lambrou, I opened it …"): at a paragraph's start
_GREEK_FRONTED = re.compile(
    r"^([Α-ΩΆΈΉΊΌΎΏ][^.!;«»,:·]{1,60}?)\s+(?:του|της)\s+([Α-ΩΆΈΉΊΌΎΏ][\w\-]+)\s+([Α-ΩΆΈΉΊΌΎΏ][\w\-]+)\s+(?:το|την|τα|τον|τις|τους)\s")
# ... or the post's headline is it, the author's genitive closing it ("Η σιωπηλή αυλή του Πέτρου Λάμπρου"; never a
# line of the body, where a photo's caption or a subheading names a house or a street "του Νίκου Καζαντζάκη"):
# the whole line, its head no book's, novel's, story's, collection's, interview's or review's word ("Το νέο μυθιστόρημα
# του …" names its kind, not its title)
_GREEK_HEADED = re.compile(
    r"^([Α-ΩΆΈΉΊΌΎΏ][^.!;«»,:·?()]{1,60}?)\s+(?:του|της)\s+([Α-ΩΆΈΉΊΌΎΏ][\w\-]+)\s+([Α-ΩΆΈΉΊΌΎΏ][\w\-]+)$")
_GREEK_KIND = re.compile(r"(?<!\w)(?:βιβλί|μυθιστ[οό]ρ[ηή]μ|νουβέλ|διήγημ|διηγήμ|συλλογ|ποιήμ|ποίησ|συνέντευξ|κριτικ|"
                         r"παρουσίασ|ανάγνωσ|έργ|δοκίμι|μετάφρασ)", re.I)
# Czech and Slovak front an unquoted title as the object, "od" and the author's genitive after it, the sentence going on
# in lower case ("Tichý přístav od Jany Novákové jsem četla…" "Tichý přístav by Jana Nováková, I read…"): at a paragraph's start
_CZECH_FRONTED = re.compile(
    r"^([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^.!?;«»„“”,:()]{1,60}?)\s+od\s+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýžäôĺľŕ]+)\s+"
    r"([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýžäôĺľŕ]+)\s+[a-záčďéěíňóřšťúůýžäôĺľŕ]")
# the words that make the part before "od" a clause of its own, no title: Czech and Slovak auxiliaries and clitic pronouns,
# and the adverbs of time a sentence opens with ("Včera jsem dočetla X od …", "Konečně som čítal X od …")
_CS_CLAUSE = frozenset("jsem jsi jsme jste jsou je byl byla bylo byli som sme ste sú bol bola bolo boli se sa si mi mě mne ma "
                       "ho ji ju jej mu nám vám včera dnes letos loni konečně nakonec teď právě už konečne "
                       "nakoniec teraz práve už".split())
# a book noun, the name in the genitive, then the quoted title: "роман Анны Лебедевой «…»", "powieść Marty Wrony „…”",
# hr/sr/bs/sl "roman Kristiana Novaka \"…\"", "knjiga Ive Andrića", "zbirka", "zgodbe", sr "књига", "збирка" (straight quotes too)
_NOUN_GENITIVE_QUOTED = re.compile(
    r"(?i:роман|повесть|повість|книг[аиуе]|сборник|збірк[аиу]|powieść|powieści|książk[aęi]|román|románu|knih[auy]|"
    r"roman[aue]?|knjig[aeu]|zbirk[aeu]|pripovijetk[aeu]|pripovetk[aeu]|zgodb[aeo]|књиг[аеу]|збирк[аеу]|"
    rf"μυθιστόρημα|βιβλίο)\s+([{CAPITALS}][\w'’\-]+)\s+([{CAPITALS}][\w'’\-]+)"
    r"\s+[«„“\"]([^«»„“”\"]{2,80})[»”“\"]")
# genitive endings and the nominative endings they may come from (masculine and feminine, nouns and adjectives)
_NOMINATIVE = [
    ("овой", ("ова",)), ("евой", ("ева",)), ("иной", ("ина",)), ("ы", ("а",)),  # Russian feminine: Лебедевой, Анны
    ("ського", ("ський",)), ("цького", ("цький",)), ("зького", ("зький",)), ("ього", ("ій",)), ("ого", ("ий", "ой", "ій")),
    ("ої", ("а",)), ("ой", ("ая",)), ("ей", ("ий",)), ("ла", ("ло", "л")), ("ра", ("р", "ро")),
    ("ва", ("ў", "в", "во", "ва")),  # (Belarusian men's -аў/-оў surnames: "Быкава" is "Быкаў"; Russian "Быкова" "Быков")
    ("а", ("", "о", "а")),
    ("я", ("й", "ь", "я")), ("и", ("а",)), ("і", ("а", "я")),
    ("skiego", ("ski",)), ("ckiego", ("cki",)), ("iego", ("i",)), ("ego", ("y",)), ("a", ("",)), ("y", ("a",)), ("iej", ("a",)),
    ("ové", ("ová",)), ("ého", ("ý",)),  # Czech feminine and adjectival surnames
    ("ου", ("ος", "ου")), ("ας", ("α",)), ("η", ("ης", "η")), ("α", ("ας", "α")),  # Greek (-ου surnames often never change)
    ("ού", ("ός", "ού")), ("ή", ("ής", "ή")), ("ά", ("άς", "ά")),  # (and stressed on the ending)
]
# first names whose genitive has one regular nominative: Polish, Czech and Russian feminine -y/-ы (Marty, Jany, Анны), Greek masculine
# -ου and -η (Νίκου, Γιάννη)
_REGULAR_GIVEN = [("y", "a"), ("ы", "а"), ("ου", "ος"), ("η", "ης")]


def nominatives(word: str) -> list[str]:
    """The forms a genitive `word` may come from, most specific ending first ("Коцюбинського" → "Коцюбинський")."""
    for ending, bases in _NOMINATIVE:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return [word[: len(word) - len(ending)] + base for base in bases]
    return []


def genitive_author(paragraphs: list[str], context: Context, labels: list[str], language: str | None,
                    url: str = "", headline: str | None = None) -> tuple[str, str] | None:
    """A quoted title followed by its author in the genitive, the author given back in the nominative only where
    the page itself uses that form: the surname among the post's labels or in its text ("Коцюбинський" tagged).
    A first name the page never gives in the nominative is read back only by a regular rule: Ukrainian -ла → -ло
    (Михайло, Павло), Polish/Czech feminine -y → -a, Greek masculine -ου → -ος and -η → -ης, a man's -а/-я when his
    surname lost an -а (``masculine_given``); a woman's surname that does not decline by her given name's regular
    genitive, after a book noun or opening a headline; otherwise there is no telling, and no book. A Russian title in
    the accusative is given in the nominative where that can be told (``nominative_title``)."""
    words: set[str] | None = None  # the page's words, read only when a quoted title and a genitive are found
    for paragraph in paragraphs:
        found = list(_QUOTED_GENITIVE.finditer(paragraph))
        pairs = [(m.group(1) or m.group(2), m.group(3), m.group(4)) for m in found]
        # (a headline's or line's opening "«T» Name Surname: remark", the text calling the person by the surname alone:
        # the credit, as a book noun before the name is)
        opening = [(m.group(1) or m.group(2), m.group(3), m.group(4)) for m in found
                   if not paragraph[:m.start()].strip()
                   and re.match(r"\s*(?:[:.]|[-–—]\s|$)", paragraph[m.end():])
                   and re.search(rf"(?<!\w){re.escape(m.group(4))}(?!\w)", context.text.replace(m.group(0), " "))]
        nouned = [(m.group(3), m.group(1), m.group(2)) for m in _NOUN_GENITIVE_QUOTED.finditer(paragraph)]
        pairs += nouned
        pairs += [m.groups() for m in _GREEK_FRONTED.finditer(paragraph.lstrip())]
        if headline and paragraph.strip() == headline.strip():  # (the headline only: a caption's line names a thing)
            pairs += [m.groups() for m in _GREEK_HEADED.finditer(paragraph.strip())
                      if not _GREEK_KIND.search(m.group(1))]
        pairs += [m.groups() for m in _CZECH_FRONTED.finditer(paragraph.lstrip()) if not kind_only(m.group(1))  # (not "Kniha od …")
                  and len(m.group(1).split()) <= 4 and not any(w.casefold() in _CS_CLAUSE for w in m.group(1).split())]
        for title, first, surname in pairs:
            if title.rstrip().endswith((".", "!", "?", ",")):  # a quoted sentence, not a title
                continue
            if words is None:
                words = {w for text in [context.text, *labels] for w in re.findall(r"[\w'’\-]+", text)}
            # the page uses the nominative; a Greek surname that never changes stands after the nominative article ("Ο Αλεξίου")
            nominative = next((n for n in nominatives(surname) if n != surname and n in words), None) or \
                (surname if re.search(rf"(?<!\w)[ΟοΗη]\s+{re.escape(surname)}(?!\w)", context.text) else None) or \
                _adjectival(surname, language)
            # (a woman's unchanged surname, no nominative to vouch for it: after a book noun, "роман Софії
            # Андрухович «T»", or opening a headline before its remark, the surname said alone in the text; a bare
            # "«T» Name Surname" in a sentence is as often a title named in passing)
            if not nominative and ((title, first, surname) in nouned or (title, first, surname) in opening) \
                    and (woman := _woman_given(first, surname, language)):
                return nominative_title(title.strip(), url, words), f"{woman} {surname}"
            # (a woman's adjectival surname in the genitive, uk "-ської", pl "-skiej": one nominative, and so has her
            # given name's regular genitive, "Ольги Кобилянської" of "Ольга Кобилянська"; a person's only where the
            # title fronts the paragraph, a book noun or a headline's remark frames it, or the text names her again: an
            # institution's name has the shape too, "„T” Oficyny Krakowskiej", "«T» Бібліотеки Київської")
            if (woman := _adjectival_woman(first, surname, language)) and nominative in (None, woman.split()[-1]) \
                    and (re.match(rf"\s*[«„“'‘\"]{re.escape(title)}", paragraph) or (title, first, surname) in nouned
                         or (title, first, surname) in opening or _named_again(woman, paragraph, context.text)):
                return nominative_title(title.strip(), url, words), woman
            if woman := _greek_woman(paragraph, first, surname, words, context.text):
                return nominative_title(title.strip(), url, words), woman
            if not nominative:
                continue
            man = _adjectival(surname, language) is not None  # a man's surname: so is the first name's genitive
            # (a man's given name in -o declines to -a as a surname in a consonant does, hr/sr/bs/sl/cs "Ranka" of "Ranko":
            # read so only where the page names that form)
            given = next((n for n in nominatives(first) + ([first[:-1] + "o"] if first.endswith("a") else []) if n != first and n in words), None)
            if given is None and (language or "").startswith("uk") and first.endswith("ла"):
                given = first[:-1] + "о"
            given = given or next((first[: -len(end)] + base for end, base in _REGULAR_GIVEN
                                   if first.endswith(end) and len(first) > len(end) + 2), None)
            if given is None and (nominative == surname[:-1] and surname[-1] in "аa" or nominative == surname[:-2] + "ў"):
                # a man's surname (Belarusian's -ў: "Быкава" of "Быкаў"): so is the first name
                given = masculine_given(first)
            if given is None and man:  # a man's adjectival surname: his first name's -а off a consonant (not -ра, -ка:
                # Петра, Марка may be Петро, Марко), his -ія, -ия off a -ій, -ий
                given = first[:-1] if len(first) > 3 and first[-1] in "аa" and first[-2] not in _VOWELS + "рлкrlkі" else \
                    first[:-1] + "й" if len(first) > 3 and first.endswith(("ія", "ия")) else None
            if given is None and nominative == surname + "ς" and first[-1:] in "αά" and len(first) > 3:
                given = first + "ς"  # a Greek man's surname lost its -ς: so did his first name in -α ("Κώστα" → "Κώστας")
            if given:
                return nominative_title(title.strip(), url, words), f"{given} {nominative}"
    return None


# a man's adjectival surname in the genitive has one nominative: Ukrainian "-ського" is "-ський", Russian "-ского" "-ский", Polish
# "-skiego" is "-ski"; Ukrainian declines every other "-ий" to "-ого" (Russian "-ого" may be "-ий" or "-ой": no telling)
_ADJECTIVAL = [("ського", "ський"), ("цького", "цький"), ("зького", "зький"), ("ского", "ский"), ("цкого", "цкий"),
               ("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki")]


def _adjectival(surname: str, language: str | None) -> str | None:
    for ending, base in _ADJECTIVAL:
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            return surname[: -len(ending)] + base
    if (language or "").startswith("uk") and surname.endswith("ого") and len(surname) > 5:
        return surname[:-3] + "ий"
    return None


# a woman's adjectival surname in the genitive has one nominative: uk "-ської" "-ська", pl "-skiej" "-ska" (not Russian
# "-ской", also a man's nominative: "Трубецкой")
_ADJECTIVAL_WOMAN = {"uk": [("ської", "ська"), ("цької", "цька"), ("зької", "зька")],
                     "pl": [("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka")]}


def _named_again(woman: str, paragraph: str, text: str) -> bool:
    """The text names the woman's adjectival surname (its stem, any case ending) outside the "«T» Name Surname" it read."""
    stem = woman.split()[-1][:-1]
    return bool(re.search(rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)", text.replace(paragraph, " ")
                          + " " + re.sub(rf"\S+\s+{re.escape(stem)}\w*", " ", paragraph, count=1)))


def _adjectival_woman(first: str, surname: str, language: str | None) -> str | None:
    """"Given Surname" in the nominative of a woman's genitive "Ольги Кобилянської" (her given name's regular genitive:
    ``_woman_first``), or None."""
    for ending, base in _ADJECTIVAL_WOMAN.get((language or "")[:2], ()):
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            given = _woman_first(first, (language or "")[:2]) if len(first) >= 4 else None
            return f"{given} {surname[:-len(ending)]}{base}" if given else None
    return None


# A woman's surname that ends in a consonant does not decline in Ukrainian, Russian, Polish or Czech ("роман Софії
# Андрухович", "powieść Olgi Tokarczuk"): a man's would take -а ("Андруховича"). Her first name's genitive has one
# regular nominative: uk -ії/ru -ии/pl -ii → -ія/-ия/-ia ("Марії", "Марии", "Zofii"), ru -ьи → -ья ("Натальи"), ru -ы,
# pl/cs -y → -а ("Анны", "Marty"), -и/-i after a velar ("Ольги", "Olgi") or, in Ukrainian, after any hard consonant
# ("Оксани"), pl -ji → -ja ("Alicji"); no man's first name ends so in the genitive. (In those languages only: an
# English "Jenny Walsh" after a quoted title is no genitive.)
WOMAN_GIVEN = re.compile(r"(?:(?P<soft>ії|ии|ьи|ii|ji)|(?P<hard>[ыy])|(?<=[гкхжшчщgk])(?P<velar>[иi])|(?<=[бвдзлмнпрстфц])(?P<uk>и)|(?<![оО]в)(?<=[бвдзлмнпрстфц])(?P<uksoft>і))$")  # (uk -і of a soft -я: "Тані" Таня, "Олі" Оля; not "Любові")


def _woman_given(first: str, surname: str, language: str | None) -> str | None:
    language = (language or "")[:2]
    # (an East Slavic surname in -ко never declines for anyone: "Ліни Костенко", "Ирины Петренко")
    if language not in ("uk", "ru", "be", "pl", "cs", "sk") or len(first) < 4 or len(surname) < 4 \
            or unicodedata.normalize("NFD", surname[-1].lower())[0] in _VOWELS + "йьjіїє" \
            and not (surname.endswith("ко") and language in ("uk", "ru", "be")) or not surname[-1].isalpha():
        return None
    return _woman_first(first, language)


def _woman_first(first: str, language: str) -> str | None:
    """A woman's given name in the nominative, of its regular genitive (WOMAN_GIVEN) in `language` (two letters)."""
    found = WOMAN_GIVEN.search(first)
    if not found or (found.group("uk") or found.group("uksoft")) and language != "uk":  # (Russian "Гали" is "Галя")
        return None
    if found.group("soft") or found.group("uksoft"):
        return first[:-1] + {"ї": "я", "и": "я", "i": "a", "і": "я"}[first[-1]]
    return first[:-1] + ("а" if "\u0400" <= first[-1] <= "\u04ff" else "a")


# Greek sets the feminine article before a woman's name in the genitive ("«T» της Ελένης Παπαδάκη"): her surname is a
# genitive already and never changes, her first name's genitive has one nominative (-ας/-άς → -α/-ά, -ης/-ής → -η/-ή;
# a man's -ας, -ης lose their -ς in the genitive instead, after "του")
_GREEK_WOMAN_GIVEN = (("άς", "ά"), ("ής", "ή"), ("ας", "α"), ("ης", "η"))


def _greek_woman(paragraph: str, first: str, surname: str, words: set[str], text: str) -> str | None:
    """"Name Surname" of "«T» της Μαρίας Αλεξίου": the surname as it is, named again without the first name."""
    if not "\u0370" <= first[:1] <= "\u03ff" or "της" not in paragraph \
            or not re.search(rf"(?<!\w)της\s+{re.escape(first)}\s+{re.escape(surname)}(?!\w)", paragraph):
        return None
    if not re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text.replace(f"{first} {surname}", " ")):
        return None  # (the surname said on its own too: a person the text speaks of, no "of Anna Karenina")
    given = next((n for n in nominatives(first) if n != first and n in words), None) or \
        next((first[: -len(end)] + base for end, base in _GREEK_WOMAN_GIVEN if first.endswith(end) and len(first) > len(end) + 2), None)
    return f"{given} {surname}" if given else None


# a man's first name in the genitive (Russian, Ukrainian, Polish): -а/-a off a consonant ("Михаила", "Bolesława"),
# -я for -й/-ь ("Алексея", "Игоря"); the few that drop a vowel in the nominative (Павел → Павла) given whole
_FLEETING = {"Павла": "Павел", "Льва": "Лев", "Петра": "Пётр", "Pawła": "Paweł", "Karla": "Karel", "Pavla": "Pavel"}
_VOWELS = "аеёиоуыэюяaeiouyąęó"


def masculine_given(first: str) -> str | None:
    if first in _FLEETING:
        return _FLEETING[first]
    if len(first) > 3 and first[-1] in "аa" and first[-2] not in _VOWELS:
        return first[:-1]
    if len(first) > 3 and first.endswith(("ея", "ия", "ая", "ія")):  # (uk "Юрія", "Андрія": Юрій, Андрій)
        return first[:-1] + "й"
    if len(first) > 3 and first.endswith("ьи"):  # (a man's "-ья", ru "Ильи", "Ильи Ильича": Илья)
        return first[:-1] + "я"
    if len(first) > 3 and first[-1] == "я" and first[-2] not in _VOWELS:
        return first[:-1] + "ь"
    return None


def nominative_title(title: str, url: str, words: set[str]) -> str:
    """A Russian title quoted as the object of a verb is in the accusative ("Перечитал «Белую гвардию»"); the head
    of the title (its leading adjectives and first noun) given back in the nominative where a leading feminine
    adjective says so (-ую, -юю: no other form ends so), or where the URL or the page spells the nominative."""
    parts = title.split()
    out, sure = [], False
    for i, word in enumerate(parts):
        if word.endswith(("ую", "юю")) and len(word) > 3:  # a feminine adjective: the noun after it agrees
            out.append(word[:-2] + ("ая" if word.endswith("ую") else "яя"))
            sure = sure or i == 0
            continue
        out.append(word[:-1] + ("а" if word.endswith("у") else "я") if word[-1:] in ("у", "ю") and len(word) > 2 else word)
        break
    if out == parts[:len(out)]:
        return title
    nominative = " ".join(out + parts[len(out):])
    # (the slug in the common romanisation, or Ukraine's national one, "я" "ю" "є" as "ia" "iu" "ie": "zemlia")
    spelled = bool(url) and any(f" {form} " in slug_words(url).replace("j", "y") for form in _romanised(nominative))
    return nominative if sure or spelled or all(w in words for w in out) else title


def _romanised(text: str) -> set[str]:
    common = fold(text).translate(TRANSLIT).replace("j", "y")
    return {common, re.sub(r"(?<=[^\Waeiouy\s])y(?=[aue])", "i", common)}


# Estonian, Finnish and Hungarian set the owner before the thing owned without a preposition ("Tammsaare romaan",
# "Linnan romaani", "Szabó Magda regénye"): a name, at most two lower-case words ("esimene", "uusin"), a book noun
_OWNED_NOUN = {
    "et": r"(?:raamat|raamatu|romaan|romaani|köide|teos|jutustus|novell|triloogia|esikromaan)",
    "fi": r"(?:kirja|kirjan|romaani|romaanin|teos|esikoisteos|novellikokoelma|trilogia)",
    "hu": r"(?:regénye|könyve|kötete|novelláskötete|trilógiája)",
}
_OWNED = {language: re.compile(rf"({NAME_RUN})\s+(?:[a-zäöõüšžáéíóúőű]+\s+){{0,2}}{noun}\b(?!\s*[„“«»\"])")
          for language, noun in _OWNED_NOUN.items()}
_OPENING_QUOTED = re.compile(r"[„“”«»\"]([^„“”«»\"]{2,80})[“”»«\"]")  # (Finnish and Swedish open with ”)


def owner_of_quoted(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """"Lugesin „T“ uuesti. Anton Hansen Tammsaare esimene köide …": a paragraph that quotes one title and names a
    person who owns a book noun after it, in a language that sets the owner before the noun unmarked. The person is
    one the text calls by surname alone elsewhere (a Finnish genitive "Linnan" given as the "Linna" the text uses);
    a noun with a title of its own after it ("Krossi romaan „T2“") is another book."""
    owned = _OWNED.get((context.language or "")[:2].lower())
    if not owned:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for paragraph in paragraphs[:2]:
        quoted = [m for m in _OPENING_QUOTED.finditer(paragraph) if m.group(1)[:1].isupper()]
        if len({m.group(1) for m in quoted}) != 1:
            continue  # no title, or several: no telling which is the person's
        for match in owned.finditer(paragraph, quoted[0].end()):
            name = trim_name(match.group(1))
            if not name or name.casefold() in not_authors:
                continue
            if name.endswith("n") and (context.language or "").startswith("fi"):  # the Finnish genitive
                name = name[:-1] if context.mentions(name.split()[-1][:-1]) else None
            # Hungarian puts the family name first, and the text calls the author by it alone
            family = name.split()[0] if name and (context.language or "").startswith("hu") else None
            if name and len(name.split()) > 1 and (context.mentions(family) > context.mentions(name) if family else context.person(name)):
                return quoted[0].group(1).strip(), name
    return None


# languages that decline a title inside a sentence ("czytałam Niezwyciężonego", "читал «Белую гвардию»")
_CASE_LANGUAGES = frozenset("pl cs sk sl hr sr bs ru uk be bg lt lv et fi hu el".split())


def headline_form(title: str, headline: str | None, language: str | None) -> str:
    """A title the text declines ("czytałam *Niezwyciężonego*") in the form the headline opens with ("Niezwyciężony po
    raz trzeci"): a headline names its book in the citation form, where a sentence puts it in the case its verb asks.
    Each word must share its stem with the headline's word (all but a few last letters); only where the headline opens
    with it (after a verb — "Перечитываю «Обломова»" — a headline declines the title too)."""
    if not headline or (language or "")[:2].lower() not in _CASE_LANGUAGES:
        return title
    words, opening = title.split(), re.sub(r"^[\W_]+", "", headline).split()[:len(title.split())]
    if len(opening) != len(words) or words == opening:
        return title
    for word, other in zip(words, opening):
        other = other.rstrip(",.:;!?»”\"")
        common = len(os.path.commonprefix([word, other]))
        # the stem kept, the ending changed: "Cichego"/"Cichy", "Białą"/"Biała", "Niezwyciężonego"/"Niezwyciężony"
        if common < 3 or common < min(len(word), len(other)) - 2 or max(len(word), len(other)) - common > 4:
            return title
    return " ".join(o.rstrip(",.:;!?»”\"") for o in opening)
