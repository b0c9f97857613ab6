"""A related post's title under its 'read also' label, set apart in the post: with no link left in the line, or the
whole line one link.

A magazine's or a blog's editor splices "**Read also: Ten quiet winter novels**" between a review's paragraphs.
``edges`` takes the label with its link; where the page gives the title without one (the link lives on a script's
click handler, or was lost when the post was copied from the CMS), the line is the same pointer to another post.
Its shape, in every language ``edges.READ_ALSO`` knows:

- it opens on the 'read' label ("Read also", "Lesen Sie auch", "Читайте также", "อ่านเพิ่มเติม", "延伸閱讀"), a
  title follows (20 words at most, no sentence after it);
- the page sets it apart as a pointer: the whole line in bold (or emphasis), or in a box the theme names for its
  related or read-more links, in English or after the label it prints, in the page's language without its accents
  ("lue-myos" round "Lue myös:", "lesa-meira" round "Meira:");
- a line standing alone: not a heading, list, quotation or table, no score.

A line whose title after the label is wholly anchors with no address ("Read also: <a>T</a>", the link on a
script's click handler, or lost when the post was copied) is ``edges``' label-and-link shape, which reads only
addressed links: it is taken here. An anchor named or with an id is a place the page jumps to, not a lost link.

A newspaper's CMS also links the whole line, the label inside the link ("<a>READ MORE: Eight autumn novels</a>",
"<a>Lue myös: …</a>"): ``edges`` reads a label and then a link, so that line is taken here, the link itself
setting it apart (no bold or box needed); a line with a link over part of it only (a word of the title, or a
sentence's) stays for ``edges`` to judge.

A teaser box set between the paragraphs says the same with its label on a line of its own, a heading perhaps, and the
related post's link under it, nothing else in the box ("<div><h4>You may also like</h4><a>…</a></div>"): its label a
'read also' one or a 'you may also like / be interested' one (``_MAY_INTEREST``, read only as a box's whole label).

A 'see also' line ("See also: her first novel") is the reviewer's own pointer and stays; so does a 'read also'
sentence inside a paragraph of the review, and a label over a list (a list of the reviewer's own picks).
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from . import labelledpointer, sitepointer, taillinklist, tailpointer
from .edges import READ_ALSO
from .forumline import forum_line
from .nodes import text_of, NOT_LINES as _NOT_LINES
from .promo import same_site
from .rating import has_score
from .spliced import PROSE
from .reviewpointer import review_pointer
from .words import count_words

RULE = "related link"
_MAX_WORDS = 20
# the labels that point the reader elsewhere ("see also", "voir aussi", "zie ook" …) rather than to read another post
_SEE = re.compile(r"^\W*(?:see|voir|vedi|veja|zie|zobacz|см\.|δείτε)\b", re.I)
# a box a theme names for its related or read-more links
# (or for a link's preview card, the editor's embed of another page: "se-oglink", "link-card", "link-preview")
_POINTER_CLASS = re.compile(r"(?:^|[-_])(?:read-?more|read-?also|related|also-?read|see-?also|og-?link|link-?card|"
                            r"link-?preview)(?:[-_]|$)", re.I)
# the pictograph, arrow or bullet a pointer's line may open with, outside its link (no letter, no figure)
_LEAD_MARK = re.compile(r"^[^\w\s]{1,3}\s*")
# a sentence going on after the title
_SENTENCE = re.compile(r"[.!?。！？।۔؟]\s+\S")  # (the Indic danda, the Urdu full stop and question mark too)


def _emphasised(block: HtmlElement, text: str) -> bool:
    bold = max((len(text_of(e)) for e in block.iterdescendants("strong", "b", "em", "i")), default=0)
    return bold >= 0.9 * len(text)


def _bare(text: str) -> str:
    """Lower case, accents and punctuation gone, words split by spaces: "Lue myös:" and "lue-myos" alike."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", folded))


def _classed(block: HtmlElement, label: str = "") -> bool:
    named = f" {_bare(label)} " if _bare(label) else None
    for element in (block, block.getparent()):
        classes = (element.get("class") or "").split() if element is not None else []
        if any(_POINTER_CLASS.search(t) for t in classes) or named and any(named in f" {_bare(t)} " for t in classes):
            return True
    return False


def _wholly_linked(block: HtmlElement, text: str) -> bool | None:
    """True: the line is its links' text, label and all (a pictograph or an arrow may lead it outside the link: "👉
    <a>Read also: …</a>", "→ <a>…</a>"); False: a link covers only part of it; None: no link."""
    links = list(block.iterdescendants("a"))
    if not links:
        return None
    return " ".join(text_of(a) for a in links).split() == _LEAD_MARK.sub("", text).split()


def unlinked_pointer(block: HtmlElement) -> bool:
    """The block is a 'read also' label and a title, set apart, with no link or wholly one link (the module docstring)."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    linked = _wholly_linked(block, text) if text else None
    label = READ_ALSO.match(text) if text else None
    if label is None or _SEE.match(text):
        return False
    rest = text[label.end():].strip()
    if linked is False and not _dead_anchors(block, rest):
        return False
    if not rest or count_words(rest) > _MAX_WORDS or _SENTENCE.search(rest) or has_score(text):
        return False
    return linked is not None or _emphasised(block, text) or _classed(block, label.group())


def _dead_anchors(block: HtmlElement, rest: str) -> bool:
    """After the label, the title is wholly anchors that lead nowhere (no href: the link is a script's click handler,
    or was lost when the post was copied): "Read also: <a>Ten quiet winter novels</a>", the shape ``edges`` takes
    with a live link. An anchor with an href over the title stays for ``edges`` to judge; one with a name, or an id
    and no click handler, is a place the page jumps to ("Related: <a name=sisters>the three sisters</a>" is a heading
    of the review's own); an id beside an onclick is the script's handle on a link."""
    anchors = list(block.iterdescendants("a"))
    return not any(a.get("href") or a.get("name") is not None or (a.get("id") is not None and a.get("onclick") is None)
                   for a in anchors) \
        and " ".join(text_of(a) for a in anchors).split() == rest.split()


# the label of a teaser box that is the label alone: "you may also like / be interested in", in many languages (en, de,
# fr, es, pt, it, nl, sv, da, nb, fi, et, pl, cs, sk, sl, hr/sr/bs, hu, ro, tr, el, ru, uk, bg, lt, lv, id/ms, vi, ar,
# he, fa, ja, zh, ko): never read inside a line, only as a box's whole label
_MAY_INTEREST = re.compile(
    r"^\W*(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested(?:\s+in)?)|recommended\s+for\s+you|"
    r"(?:das\s+)?könnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren|vous\s+aimerez\s+aussi|(?:ça|cela)\s+pourrait\s+vous\s+intéresser|"
    r"(?:también\s+)?te\s+puede\s+interesar|(?:también\s+)?le\s+puede\s+interesar|quizás?\s+te\s+interese|"
    r"(?:você\s+)?(?:também\s+)?pode\s+(?:te\s+)?(?:gostar|interessar)|(?:ti\s+)?potrebbe\s+(?:anche\s+)?interessarti|"
    r"potrebbe\s+interessarti\s+anche|misschien\s+ook\s+interessant|dit\s+vind\s+je\s+misschien\s+ook\s+leuk|"
    r"du\s+kanske\s+också\s+gillar|du\s+vil\s+måske\s+også\s+(?:kunne\s+)?lide|du\s+vil\s+kanskje\s+også\s+like|"
    r"saatat\s+(?:myös\s+)?(?:pitää|olla\s+kiinnostunut)|sind\s+võib\s+huvitada|może\s+(?:cię|was|pana|panią)\s+(?:też\s+)?zainteresować|"
    r"mohlo\s+by\s+(?:vás|tě)\s+(?:také\s+)?(?:zajímat|zaujmout)|mohlo\s+by\s+(?:vás|ťa)\s+(?:tiež\s+)?(?:zaujímať|zaujať)|"
    r"morda\s+vas\s+(?:tudi\s+)?zanima|moglo\s+bi\s+vas\s+(?:još\s+)?zanimati|могло\s+би\s+вас\s+занимати|"
    r"(?:ez|ezek)\s+is\s+érdekelhet(?:i|nek)?|(?:te|v)-ar\s+putea\s+interesa|(?:bunlar\s+da\s+)?ilginizi\s+çekebilir|"
    r"μπορεί\s+να\s+σας\s+ενδιαφέρει|(?:вам\s+)?может\s+быть\s+интересно|вас\s+може\s+зацікавити|може\s+да\s+ви\s+интересува|"
    r"jus\s+gali\s+sudominti|jūs\s+varētu\s+interesēt|(?:anda\s+)?mungkin\s+(?:anda\s+)?(?:suka|berminat|tertarik)|"
    r"có\s+thể\s+bạn\s+quan\s+tâm|قد\s+يهمك|قد\s+يعجبك\s+أيضا|אולי\s+יעניין\s+אותך|شاید\s+برایتان\s+جالب\s+باشد|"
    r"あなたへのおすすめ|你可能(?:也)?(?:感兴趣|喜欢)|你可能(?:也)?(?:感興趣|喜歡)|猜你喜[欢歡]|이런\s*글은\s*어때요)\W*$", re.I)
# a teaser box's label that offers more of the site's reviews or articles on the subject ("More reviews on this topic",
# "Weitere Rezensionen zum Thema", "Sur le même sujet", "Материалы по теме"), in en, de, fr, es, pt, it, nl, sv, da/nb,
# pl, cs, sk, hu, fi, ru, uk, tr, ja, zh, ko: read, as _MAY_INTEREST, only as a box's whole label (a sentence of the
# review about 'other reviews' goes on past it)
_MORE_ON = re.compile(
    r"^\W*(?:(?:more|other|further)\s+(?:reviews|articles|posts|stories)(?:\s+(?:on|about)\s+(?:this|the)\s+(?:topic|subject|theme))?|"
    r"more\s+on\s+(?:this|the)\s+(?:topic|subject)|on\s+the\s+same\s+(?:topic|subject)|"
    r"(?:weitere|andere|mehr)\s+(?:rezensionen|artikel|beiträge|besprechungen|texte)(?:\s+(?:zum|zu\s+diesem)\s+thema)?|"
    r"(?:autres|plus\s+de)\s+(?:critiques|articles|chroniques)(?:\s+sur\s+le\s+(?:même\s+)?(?:sujet|thème))?|sur\s+le\s+même\s+(?:sujet|thème)|"
    r"(?:más|otras|otros)\s+(?:reseñas|artículos|críticas)(?:\s+sobre\s+el\s+tema)?|(?:más\s+)?sobre\s+el\s+mismo\s+tema|"
    r"(?:mais|outras|outros)\s+(?:resenhas|artigos|críticas)(?:\s+sobre\s+o\s+tema)?|sobre\s+o\s+mesmo\s+tema|"
    r"(?:altre|altri)\s+(?:recensioni|articoli)(?:\s+sul(?:lo\s+stesso)?\s+(?:tema|argomento))?|sullo\s+stesso\s+(?:tema|argomento)|"
    r"(?:meer|andere)\s+(?:recensies|artikelen|besprekingen)(?:\s+over\s+dit\s+onderwerp)?|meer\s+over\s+dit\s+onderwerp|"
    r"(?:fler|andra)\s+(?:recensioner|artiklar)(?:\s+om\s+ämnet)?|(?:flere|andre)\s+(?:anmeldelser|artikler)(?:\s+om\s+emnet)?|"
    r"(?:więcej|inne)\s+(?:recenzj[ei]|artykuły)(?:\s+na\s+ten\s+temat)?|(?:další|ďalšie)\s+(?:recenze|recenzie|články)(?:\s+k\s+tématu)?|"
    r"további\s+(?:kritikák|cikkek|recenziók)(?:\s+a\s+témában)?|(?:lisää|muita)\s+(?:arvosteluja|arvioita|artikkeleita)(?:\s+aiheesta)?|"
    r"(?:другие|ещё|еще)\s+(?:рецензии|статьи)(?:\s+по\s+теме)?|материалы\s+по\s+теме|(?:інші|ще)\s+(?:рецензії|статті)(?:\s+за\s+темою)?|"
    r"(?:diğer|daha\s+fazla)\s+(?:eleştiriler|yazılar|incelemeler)|konuyla\s+ilgili\s+(?:diğer\s+)?(?:yazılar|haberler)|"
    r"同じテーマの(?:記事|書評)|他の書評|更多(?:书评|書評)|同[类類](?:书评|書評)|다른\s*서평|관련\s*서평|같은\s*주제의\s*글)\W*$", re.I)
# a teaser box's label that lists more of the book's author's works on the site's own pages ("Also by this author",
# "Du même auteur sur nos pages", "Weitere Bücher der Autorin"), in en fr de es pt it ca nl sv da nb fi et pl cs sk hu ro
# hr/sr/bs sl ru uk bg el tr lt lv id/ms vi he ar fa ja zh ko: read, as _MAY_INTEREST, only as a box's whole label (up
# to five words after it: "on our pages", the site's name), its links all to the site (a reviewer's own 'also by' line,
# unlinked or linked to a shop or publisher, stays); a series' label is none of these
_SAME_AUTHOR = re.compile(
    r"^\W*(?:also\s+by|more\s+(?:books\s+)?(?:by|from)|(?:other|more)\s+(?:books|works|titles|novels)\s+by|by\s+the\s+same\s+(?:author|writer)|"
    r"du\s+même\s+(?:auteur|écrivain)|de\s+la\s+même\s+(?:autrice|auteure|auteur|écrivaine)|(?:autres|d'autres)\s+(?:livres|ouvrages|romans|titres|œuvres)\s+(?:de|du\s+même)|"
    r"vo[nm]\s+(?:derselben|demselben|selben|gleichen|der\s+gleichen)\s+(?:autor(?:in)?|schriftsteller(?:in)?)|(?:weitere|andere)\s+(?:bücher|werke|titel|romane)\s+(?:von|der\s+autorin|des\s+autors)|mehr\s+von|"
    r"del\s+mismo\s+autor|de\s+la\s+misma\s+autora|(?:otros|más)\s+(?:libros|títulos|obras)\s+de|do\s+mesmo\s+autor|da\s+mesma\s+autora|(?:outros|mais)\s+(?:livros|títulos|obras)\s+d[eoa]|"
    r"dello\s+stesso\s+autore|della\s+stessa\s+autrice|altri\s+(?:libri|titoli|romanzi)\s+d|del\s+mateix\s+autor|de\s+la\s+mateixa\s+autora|"
    r"van\s+dezelfde\s+(?:auteur|schrijver|schrijfster)|(?:meer|andere)\s+(?:boeken|titels)\s+van|av\s+samma\s+författare|(?:fler|andra)\s+böcker\s+av|"
    r"af\s+samme\s+forfatter|av\s+samme\s+forfatter|(?:flere|andre)\s+(?:bøker\s+av|bøger\s+af)|samalta\s+(?:kirjailijalta|tekijältä)|muita\s+(?:kirjoja|teoksia)\s+\w+lta|samalt\s+autorilt|"
    r"tego\s+samego\s+autora|tej\s+samej\s+autorki|(?:inne|więcej)\s+książki\s+(?:autora|autorki)|od\s+stejné(?:ho)?\s+(?:autora|autorky)|(?:další|jiné)\s+knihy\s+(?:autora|autorky)|téhož\s+autora|"
    r"ale\s+aceluia[șş]i\s+autor|ale\s+aceleia[șş]i\s+autoare|de\s+acela[șş]i\s+autor|desselben\s+autors|derselben\s+autorin|(?:of|from)\s+the\s+same\s+(?:author|writer)|samalta\s+kirjoittajalta|od\s+rovnaké(?:ho|j)\s+(?:autora|autorky)|ugyan(?:a|e)ttól\s+a\s+szerzőtől|a\s+szerző\s+(?:további|más|egyéb)\s+(?:könyvei|művei)|de\s+(?:același\s+autor|aceeași\s+autoare)|alte\s+cărți\s+de|"
    r"od\s+ist(?:og|e|ega)\s+(?:autora|autorice|autorke|avtorja|avtorice)|того\s+же\s+автора|(?:другие|ещё|еще)\s+книги\s+(?:этого\s+)?автора|цього\s+ж\s+автора|(?:інші|ще)\s+книжки\s+(?:цього\s+)?автора|"
    r"от\s+същия\s+автор|του\s+ίδιου\s+συγγραφέα|της\s+ίδιας\s+συγγραφέως|aynı\s+yazar(?:ın|dan)|yazarın\s+diğer\s+(?:kitapları|eserleri)|to\s+paties\s+autoriaus|tā\s+paša\s+autora|"
    r"(?:buku|karya)\s+lain(?:nya)?\s+(?:dari|oleh)|dari\s+(?:penulis|pengarang)\s+yang\s+sama|(?:sách\s+khác\s+)?cùng\s+tác\s+giả|עוד\s+מאת|מאותו\s+(?:סופר|מחבר)|"
    r"لل(?:مؤلف|كاتب)\s+نفسه|از\s+همین\s+نویسنده|同じ著者の|この著者の|同(?:一)?作者|作者的其他|같은\s*작가의|이\s*작가의\s*다른)(?:(?:\s+\S+){0,5}?|(?<=[\u3040-\u9fff\uac00-\ud7af])\S{0,12}?)\W*$", re.I)
# the site's other pieces named before the same-author phrase ("Other reviews by the same author", "Alte cronici de
# acelasi autor", "Weitere Rezensionen desselben Autors"): en fr de es pt it ca nl sv da nb fi pl cs sk hu ro hr/sr/bs sl
# ru uk bg el tr lt lv id/ms vi; only with ``_SAME_AUTHOR`` after it
_OTHER_PIECES = re.compile(
    r"^\W*(?:(?:other|more)\s+(?:reviews|articles|posts|columns|pieces)|(?:autres|d['’]autres|plus\s+de)\s+(?:critiques|chroniques|articles|textes)|"
    r"(?:weitere|andere)\s+(?:rezensionen|besprechungen|artikel|beiträge|kritiken)|(?:otr[oa]s|más)\s+(?:reseñas|críticas|columnas|artículos|textos)|"
    r"(?:outr[oa]s|mais)\s+(?:resenhas|críticas|crônicas|crónicas|artigos|textos)|altr[ei]\s+(?:recensioni|critiche|articoli|pezzi)|"
    r"altres\s+(?:ressenyes|crítiques|articles)|(?:meer|andere)\s+(?:recensies|besprekingen|artikelen|stukken)|"
    r"(?:fler|andra)\s+(?:recensioner|artiklar|texter)|(?:flere|andre)\s+(?:anmeldelser|artikler|tekster)|"
    r"muita\s+(?:arvosteluja|arvioita|artikkeleita|kirjoituksia)|(?:inne|więcej)\s+(?:recenzje|artykuły|teksty)|"
    r"(?:další|jiné|ďalšie|iné)\s+(?:recenze|recenzie|články|texty)|(?:további|más)\s+(?:kritikák|cikkek|recenziók|írások)|"
    r"(?:alte|mai\s+multe)\s+(?:cronici|recenzii|articole|texte)|(?:druge|ostale|još|še)\s+(?:recenzije|kritike|članci|članki|tekstovi)|"
    r"(?:другие|ещё|еще|други|още)\s+(?:рецензии|статьи|статии|тексты|материалы)|(?:інші|ще)\s+(?:рецензії|статті|тексти)|"
    r"(?:άλλες|περισσότερες)\s+κριτικές|άλλα\s+άρθρα|diğer\s+(?:eleştiriler|incelemeler|yazılar)|kitos\s+recenzijos|citas\s+recenzijas|"
    r"(?:ulasan|resensi|artikel|tulisan)\s+lain(?:nya)?|(?:các\s+)?bài\s+(?:viết|điểm\s+sách)\s+khác)\s+", re.I)
_WORD = re.compile(r"\w")
_LABEL_END = re.compile(r"[:：]")
_SEPARATORS = re.compile(r"[,;|·•/、，；]")  # (the marks between the links)


def same_author_line(block: HtmlElement, host: str = "") -> bool:
    """A line of its own that opens on a same-author label closed by a colon, then only its links, one to eight, all to
    the site's own pages ("Other reviews by the same author: <a>…</a>"): the label as the text before the line's first
    link, read by ``_SAME_AUTHOR`` (the site's other pieces perhaps named before it, ``_OTHER_PIECES``). A reviewer's
    "Other books by the same author: I liked …" goes on in prose; links to a shop or a publisher go off the site."""
    if block.tag not in ("p", "div") or not len(block) or block.tag in _NOT_LINES:
        return False
    lead = block.text or ""
    if not _LABEL_END.search(lead) or count_words(lead) > 12:
        return False
    label = _LABEL_END.split(lead, 1)[0].strip()
    pieces = _OTHER_PIECES.match(label)
    # (or a teaser's label, "You may also like: <a>…</a>", "Potrebbe interessarti anche: <a>…</a>": one to three links)
    teaser = bool(_MAY_INTEREST.match(label) or _MORE_ON.match(label))
    if not teaser and not _SAME_AUTHOR.match(label[pieces.end():] if pieces else label):
        return False
    links = [a for a in block.iterdescendants("a") if text_of(a)]
    rest = [t for t in _SEPARATORS.sub(" ", _LABEL_END.split(text_of(block), 1)[-1]).split() if _WORD.search(t)]
    linked = _SEPARATORS.sub(" ", " ".join(text_of(a) for a in links)).split()
    if not 1 <= len(links) <= (3 if teaser else 8) or linked != rest:
        return False
    return all(same_site(a.get("href") or "", host) for a in links) and not has_score(text_of(block))
_BOX_TAGS = ("div", "aside", "section")
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "b")


def is_teaser_label(label: str) -> bool:
    """The line is a teaser's own label and nothing else: "you may also like", "more on this topic", a bare "read
    also" or "related posts" (``edges.READ_ALSO``); read by ``linkblocks.headed_link_box`` too."""
    return bool(_MAY_INTEREST.match(label) or _MORE_ON.match(label)
                or (m := READ_ALSO.match(label)) and not label[m.end():].strip())


def teaser_box(block: HtmlElement, items: list[HtmlElement], whole: HtmlElement | None = None, host: str = "") -> HtmlElement | None:
    """A teaser box set in the post: a box (div, aside, section) that holds its label alone on its line (a heading or a
    short line: a 'read also' label with nothing after it, or a 'you may also like' one) and then only one to three
    links, each to the site's own pages (relative, or the page's host: a teaser sends the reader on into the site), no
    block of the body but the label; the box, or None. A label over a list of the reviewer's own picks (a list: its
    items are the body's blocks), read-alikes linked off-site (a catalogue's, a shop's pages) and a 'read also'
    sentence stay."""
    if block.tag not in _LABEL_TAGS or (box := block.getparent()) is None or box.tag not in _BOX_TAGS + ("p",) * (whole is not None):
        return None
    label = text_of(block)
    if not label or count_words(label) > 8:
        return None
    # (a teaser's own label: "you may also like", "more on", a bare "read also"; else only the author's other works,
    # up to eight links set apart by marks)
    if not (teaser_label := is_teaser_label(label)) and not _SAME_AUTHOR.match(label):
        return None
    text = text_of(box)
    if not text.startswith(label) or count_words(text) > 40 or has_score(text):
        return None
    links = [a for a in box.iterdescendants("a") if text_of(a)]
    rest = text[len(label):].split()
    if not 1 <= len(links) <= (3 if teaser_label else 8) or not rest or " ".join(text_of(a) for a in links).split() != [t for t in rest if teaser_label or _WORD.search(t)]:
        return None
    if not all(same_site(a.get("href") or "", host) for a in links):
        return None
    return None if any(other is not block and other is not whole and (other is box or box in other.iterancestors())
                       for other in items) else box


def inline_teaser(block: HtmlElement, items: list[HtmlElement], host: str = "") -> bool:
    """The same teaser box read as one line of the body: the box (div, aside, section, p) opens on its label in bold or a
    span of its own, no text before it ("<div><b>You may also like</b> <a>…</a></div>"), then one to three links and
    nothing else, all to the site's own pages (``teaser_box``'s tests, the box itself the line). A paragraph opening on a bold phrase and going on
    in prose holds more than its links, and stays."""
    if block.tag not in _BOX_TAGS + ("p",) or not len(block) or (block.text or "").strip():
        return False
    head = block[0]
    return head.tag in _LABEL_TAGS[6:] and teaser_box(head, items, whole=block, host=host) is block


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], host: str = "",
         names: tuple[str, ...] = ()) -> None:
    """Mark each unlinked 'read also' line of the body, and each teaser box (see the module docstring)."""
    for i, block in enumerate(items):
        if i not in drop and (unlinked_pointer(block) or review_pointer(block) or forum_line(block, host)
                                                                              or same_author_line(block, host)):  # (or 'read the review (2017) | <link>'; the site's forum thread and its count: forumline)
            drop[i], boxes[i] = RULE, block
        elif i not in drop and block.tag in _LABEL_TAGS and (box := teaser_box(block, items, host=host)) is not None:
            drop[i], boxes[i] = RULE, box
        elif i not in drop and inline_teaser(block, items, host):
            drop[i], boxes[i] = RULE, block  # (the box a line of the body: its label inline, bold)
    _tail_lines(items, drop, boxes)  # a plain 'read also: <title>' line after the review's last paragraph
    from . import headedlist  # (late: it reads this module's teaser labels)
    headedlist.mark(items, drop, boxes, host)  # a related or most-read heading over a list of the site's headlines
    tailpointer.mark(items, drop, boxes, host)  # a 'lead: <link>' line to another post of the site, after the review
    labelledpointer.mark(items, drop, boxes, host)  # a short label of any language, one link to another post
    taillinklist.mark(items, drop, boxes, host)  # a lead and one to four of the site's own links, after the review
    sitepointer.mark(items, drop, boxes, host, names)  # "Also on <Site>: <headline>", the site naming itself


_HEADLINE_WORDS = 6
_CLOSING_STOP = re.compile(r"[.。!！?？؟।]\W*$|[《》「」『』]")
# the label closed by a mark before the title ("Soma pia: …", "اقرأ كذلك: …", "Read also — …")
_CLOSED = re.compile(r"[:：៖—–-]\s*$")


def _tail_lines(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """After the review's last paragraph (nothing of ``spliced.PROSE`` words after it), a 'read also' label closed by a
    colon or a dash and a title, in plain type and unlinked (the link lost, or on a script's handler): the site's
    pointer set under the review, as ``unlinked_pointer`` reads it set apart in mid-body, when what follows is an
    article's headline (six words or more, no author named), not a book's title. "Read also her first novel"
    (no mark after the label) is the reviewer's advice, and a 'read also' line between the paragraphs stays."""
    for i in range(len(items) - 1, -1, -1):
        block = items[i]
        text = text_of(block) if i not in drop else ""
        if count_words(text) >= PROSE:
            return
        label = READ_ALSO.match(text) if text and block.tag not in _NOT_LINES else None
        if label is None or not _CLOSED.search(label.group()) or _SEE.match(text) or block.find(".//a") is not None:
            continue
        rest = text[label.end():].strip()
        # (a headline's length, six words or more, and no author named: "Read next: Hamnet", "Leggi anche: Il giardino
        # dei Finzi-Contini", "Read next: T by A" are the reviewer's next book: rev-bprelated35)
        # (nor a sentence closed by its stop, or books in title marks: "延伸阅读：《人件》和…，放在一起看会很有意思。" is the
        # reviewer's further reading: holdout29, holdout31)
        if _HEADLINE_WORDS <= count_words(rest) <= _MAX_WORDS and not _SENTENCE.search(rest) and not has_score(text) \
                and not tailpointer._BOOK_RECORD.search(rest) and not _CLOSING_STOP.search(rest) \
                and not _BOOK_QUOTED.search(rest) and not _titled(block):
            drop[i], boxes[i] = RULE, block


# a title set in quotation marks after the label: a book's ("Read also: «Season of Migration to the North», …")
_BOOK_QUOTED = re.compile(r"[«“„\"][^«»“”„\"]{2,}[»”\"]")


def _titled(block: HtmlElement) -> bool:
    """The line sets a title in italics (em, i, cite): a book's, as the reviewer types it; a headline is plain
    (rev-bpchrome37)."""
    return any(text_of(t).strip() for t in block.iter("em", "i", "cite"))
