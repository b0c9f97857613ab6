"""A newspaper review's header line read whole as the title: "A: T. Roman. Publisher." (Danish, Norwegian, Swedish,
German, Dutch, Icelandic, Finnish papers set the book so above or below a review: author, title, its kind, the
publisher, pages and price, each ended by a stop). The title ends before the stop that opens its kind's word
("Roman", "Noveller", "Erzählungen", "Gedichten", "Essäer") when that word stands alone, ended by a stop or a comma,
and more follows: the publisher's and the edition's part (a kind word that runs on, "Roman einer Frau", is the
title's; a bare "T. Erzählungen", nothing after it, may be the book's own subtitle). The signal is the word itself, so each language's words for a book's kind are listed (singular and
plural, with their compounds for collections: "novellesamling", "Essayband", "dichtbundel"). Read by
``bookbrand.kind_tail`` before its own rule (a one-word tail the review writes in lower case).
"""

from __future__ import annotations

import re

# kinds of book as a review header names them, in the languages whose papers write the header so (lower case here)
_KINDS = (
    # Danish, Norwegian (bokmål, nynorsk), Swedish
    "roman romaner romanen noveller novelle novellesamling novelle-samling digte digt digtsamling dikt dikter diktsamling "
    "essays essay essaysamling essäer essä essaer kortprosa prosa prosadigte lyrik erindringer erindring memoarer "
    "memoirer selvbiografi självbiografi sjølvbiografi biografi krimi krim kriminalroman krimiroman deckare spændingsroman "
    "thriller fortællinger fortælling fortellinger fortelling berättelser berättelse noveller novell novellsamling "
    "børnebog barnebok barnbok billedbog bildebok bilderbok ungdomsroman debutroman tegneserie tegneroman seriealbum "
    "reportage reportager reportasje sakprosa sagprosa facklitteratur faglitteratur dagbog dagbok dagbøker breve brev "
    "skuespil skuespill drama dramatik aforismer "
    # German
    "erzählung erzählungen novellen gedichte gedicht essayband essayistik biografie biographie autobiografie "
    "autobiographie erinnerungen memoiren kriminalroman jugendbuch kinderbuch bilderbuch sachbuch geschichten "
    "kurzgeschichten aufzeichnungen tagebuch tagebücher briefe stücke theaterstück lyrikband gedichtband "
    # Dutch
    "verhalen verhaal verhalenbundel gedichten dichtbundel poëzie essaybundel biografie autobiografie memoires "
    "misdaadroman jeugdboek kinderboek prentenboek non-fictie reisverhaal brieven dagboek toneel "
    # Icelandic, Finnish
    "skáldsaga smásögur ljóð ljóðabók ævisaga glæpasaga romaani novellit novellikokoelma runot runokokoelma esseet "
    "elämäkerta dekkari muistelmat "
    # English (a paper's "T. A Novel." is kept: the article makes it the subtitle's)
    "novel novels novella stories poems essays memoir"
).split()
# (English's own, for "T: A Novel": "T: A Romance" keeps its subtitle, the Portuguese "romance" aside)
ENGLISH_KINDS = frozenset("novel novels novella stories poems essays memoir".split())
_KIND = "|".join(sorted(set(_KINDS), key=len, reverse=True))
# the same words in more languages, for a record line that ends on the kind alone ("A: T. Roman.": bookpublisherrecord)
_MORE_KINDS = (
    "roman romans nouvelles récit récits poèmes poésie essai essais "  # French (and Romanian, Slovene, Croatian, Turkish "roman")
    "novela cuentos relatos poesía poemas ensayo memorias "  # Spanish
    "romanzo racconti poesie saggio "  # Italian
    "romance contos crónicas crônicas ensaio "  # Portuguese
    "novel·la contes relats poemes assaig "  # Catalan
    "povestiri nuvele poezii eseuri "  # Romanian
    "powieść opowiadania wiersze eseje reportaż "  # Polish
    "román povídky básně poviedky básne "  # Czech, Slovak
    "zgodbe pesmi pripovijetke pripovetke priče pjesme pesme eseji "  # Slovene, Croatian, Serbian, Bosnian
    "regény novellák versek elbeszélések "  # Hungarian
    "romaan novellid luuletused jutud romāns stāsti dzejoļi romanas apsakymai eilėraščiai novelės "  # Estonian, Latvian, Lithuanian
    "erzielungen gedichter kuerzgeschichten "  # Luxembourgish
    "роман повесть рассказы стихи повість оповідання вірші раман аповесць апавяданні вершы разкази повест "  # ru, uk, be, bg
    "μυθιστόρημα διηγήματα ποιήματα νουβέλα "  # Greek
    "öykü öyküler hikâyeler hikayeler şiirler deneme tregime poezi romani "  # Turkish, Albanian
    "romano novelo noveloj rakonto rakontoj poemoj eseoj"  # Esperanto
).split()
KIND_WORDS = frozenset(_KINDS + _MORE_KINDS)
# the title, a stop, the kind's word (one or two: "Graphic novel"), then a stop or a comma and the publisher's part (a
# bare "T. Erzählungen" is left to kind_tail: German writes it so as the book's own subtitle)
_HEADER = re.compile(rf"^(?P<title>\S.*?[^\s.])\s*\.\s+(?:{_KIND})(?:\s+(?:{_KIND}))?\s*[.,;]\s*\w", re.I)


def genre_tail(title: str) -> str | None:
    """The title before ". Kind." of a header read whole ("T. Roman. Publisher" → "T"), or None."""
    if ". " not in title:
        return None
    match = _HEADER.match(title)
    if not match:
        return None
    head = match.group("title")
    # (an abbreviation's or an initial's stop is no title's end: "Dr. Roman"… is no header; nor a one-letter head)
    return head if len(head) >= 2 and not re.search(r"(?:^|\s)(?:\w|dr|mr|mrs|st|nr)$", head, re.I) else None
