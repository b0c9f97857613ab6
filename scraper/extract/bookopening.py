"""The opening paragraphs of a post, where a review names its book: a title set off by markup or quotes, by a person.

``bookbody`` reads them in order (``_candidates``):

- ``marked_paragraphs``: the first paragraphs' text with each title-like inline element (italics, bold, ``cite``, a
  link) wrapped in “ ”, so that markup and quotes read alike;
- ``info_line``: a set-off title opening a short line of its own, "*Title* – Author (Publisher)";
- ``from_paragraph``: a quoted title by a person ("‘T’ by A", "« T » d’A"), or after a possessive ("A’s “T”"); of
  several, the one the post comes back to; never one held up for comparison ("Fans of ‘T’ by A", "Wer „T“ von A mochte");
  or set in apposition after its owner's book noun ("the first book of A, “T”", tl "aklat ni A, ang T", id "buku karya
  A, T", sw "kitabu cha A, T");
- ``from_plain``: unmarked "… read The Glass Road by Ines Marlow …", which the text must vouch for;
- ``pictograph_record``: a channel's "📖 Title" line over a "✍️ Author" line;
- ``defined_book``: an opening that says what its title is, "T é o diário de A", "T is the debut novel by A".
"""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement

from .bookheadline import QUOTED_BY, quoted_title, from_title
from .book import BY, QUOTES, Context, leading_author, clean_title, is_name
from .bookpictodash import dashed_pictograph
from .bookcontents import contents_blocks
from .booksentenceopener import without_opener
from .bookclues import PLAIN_BY, LINE_NAME_RUN, NAME_RUN, TITLE_RUN, trim_name
from .booktranslated import tagged_title_run, translated_titles  # noqa: F401 (for bookbody: a title before its bracketed original)
from .words import count_words
from .leadpicture import PICTURE_LABEL
from .bookfinnishowned import basque_owned, finnish_owned

_POSSESSIVE = re.compile(rf"({NAME_RUN})['’]s?\s+“([^”]{{2,120}})”")
_PLAIN_POSSESSIVE = re.compile(rf"({NAME_RUN})['’]s?\s+({TITLE_RUN})")
# words that hold another book up for comparison just before its quoted title
COMPARED = re.compile(
    r"(?:\b(?:fans?|readers|lovers)\s+of|\bif\s+you\s+(?:\w+\s+)?(?:liked|loved|enjoyed)|\b(?:un)?like|\breminded\s+me\s+of|"
    r"\bafter\s+(?:loving|reading|finishing)|\bsimilar\s+to|\bcompared\s+(?:to|with)|\bin\s+the\s+vein\s+of|\bwie|"
    r"\bähnlich\s+wie|\bcomo|\bcomme|\bcome|\bzoals|\bsi\s+(?:te|vous)\s+(?:gust[óo]|avez\s+aimé)|\bquien(?:es)?\s+disfrut|"
    r"\bà\s+la\s+manière\s+de|\bchi\s+ha\s+amato|\bquem\s+gostou\s+de|\bfans\s+(?:de|von|van))\W*(?:\w+\W+){0,2}$",
    re.I,
)
# German puts the verb last: "Wer „T“ von A mochte, …" (whoever liked T)
_COMPARED_AFTER = re.compile(r"[^.;!?]{0,12}?\b(?:mochte|mag|liebte|geliebt\s+hat|gemocht\s+hat)\b", re.I)
_QUOTE_OPEN = re.compile(r"[«“„‘\"'”»]")
# "the first book of A, “T”": a book noun, its owner after the language's "of"/"by", then the set-off title in
# apposition (Tagalog "aklat ni A, ang T", Indonesian/Malay "buku karya A, T", Swahili "kitabu cha A, T", Spanish
# "la novela de A, T", German "der Roman von A, T", French "le roman d'A, T", English "the debut novel by A, T")
_APPOSED_NOUN = (r"(?:novel|novella|book|debut|memoir|collection|roman|buch|libro|novela|romanzo|livro|boek|bok|"
                 r"powieść|książka|aklat|nobela|akda|koleksiyon|buku|karya|kitab|kumpulan\s+cerpen|kitabu|riwaya|"
                 r"diwani|tamthilia|sách|cuốn\s+sách|tiểu\s+thuyết|kirja|romaani|roomaan|regény|könyv)")
# the word of ownership: BY's, "of", Tagalog "ni"/"nina", Malay/Indonesian "oleh", Swahili's class-agreeing "cha"/
# "ya"/"wa"/"za"/"la"/"vya", Polish/Czech "od", Portuguese/Italian "da"/"del"/"do", French/Italian elided "d'"
_APPOSED = re.compile(
    rf"(?i:(?<!\w){_APPOSED_NOUN})\s+(?:[a-zà-ÿ][\w-]*\s+){{0,2}}?"
    rf"(?:(?:{BY}|of|ni|nina|oleh|cha|ya|wa|za|la|vya|od|da|del|do)\s+|[dD][’'])({NAME_RUN})\s*[,:–—]\s*"
    r"(?:(?:ang|si|na)\s+)?“([^”]{2,80})”"
)
_MARKUP = ("em", "i", "cite", "strong", "b", "a", "u", "q")
# an address of a site's section, category or rubric archive (a tag's may be named after a book: not those)
_SECTION_LINK = re.compile(r"(?i)[?&](?:cat|category|rubric|section)=|/(?:category|categories|rubri[ck]\w*|kategori\w*|categor[ií]as?|sections?)/")


# paragraphs; and a div holding only inline text, which is how rich-text editors that write no <p> (Trix, some
# page builders) make one
TEXT_BLOCKS = (".//p | .//li | .//blockquote | .//div[text()[normalize-space()] and not(.//p or .//div or .//li or "
                ".//blockquote or .//ul or .//ol or .//table or .//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6)]")


def marked_paragraphs(body: HtmlElement, limit: int = 4) -> list[str]:
    """The first paragraphs' text with each title-like inline element wrapped in “ ”."""
    out = []
    contents = contents_blocks(body)  # (the post's own table of contents: its headings' words, bookcontents)
    for block in [b for b in body.xpath(TEXT_BLOCKS) if not _trail(b) and b not in contents][: limit * 2]:
        quoted = bool(block.xpath("ancestor-or-self::blockquote"))
        block = copy.deepcopy(block)
        # a footnote's number is no part of the name it follows ("Pieter Baas¹"); a quotation's source ("<cite>Poet,
        # Poem</cite>" under an epigraph) is someone else's work, not the reviewed book
        for note in block.xpath(".//sup | .//a[@role='doc-noteref' or contains(@class,'footnote')]" + (" | .//cite" if quoted else "")):
            note.drop_tree()
        for el in [e for e in block.iter(*_MARKUP) if not any(a.tag in _MARKUP for a in e.iterancestors())]:
            text = re.sub(r"\s+", " ", el.text_content()).strip().strip(QUOTES)
            if not text or el.tag == "a" and _SECTION_LINK.search(el.get("href") or ""):
                continue  # (a link to the site's section or category, "Rubric: <a>Librarian's shelf</a>", is no title)
            tail = el.tail
            inner = _inner_title(el)
            if inner and _CREDITED_PICTURE.search(_before(block, el)[-60:]):
                inner = None  # (a picture's credit, "Header image: <a><b>T</b> by A</a>": the picture's title)
            for child in list(el):
                el.remove(child)
            # (a link round "<b>T</b> by A", a catalogue's or a reading log's link: the title is its inner mark)
            el.text = f"“{inner[0]}”{inner[1]}" if inner else f"“{text}”"
            el.tail = tail
        text = re.sub(r"\s+", " ", block.text_content()).strip()
        if count_words(text) >= 3:
            out.append(text)
        if len(out) >= limit:
            break
    return out


# the by-word after an inner mark, in a link's own text ("<a><b>T</b> by A</a>"), in BY's languages
_INNER_BY = re.compile(rf"^\s+{BY}\s+\S")
# a picture credit's label and its colon just before the link ("Photo:", "Header image:", "Imagen:", "Foto:", "ảnh:"
# in leadpicture's many languages): the link credits a picture, its title and maker, never the book's
_CREDITED_PICTURE = re.compile(r"(?<!\w)" + PICTURE_LABEL.pattern.removeprefix(r"^\W*") + r"\s*$", re.I)


def _before(block: HtmlElement, el: HtmlElement) -> str:
    """The block's text before the element `el` (the text of its preceding nodes inside the block)."""
    whole = block.text_content()
    return whole[: max(0, whole.find(el.text_content()))]


def _inner_title(link: HtmlElement) -> tuple[str, str] | None:
    """A link whose text opens on one marked child and goes on with a by-word and a name ("<a><strong>T</strong> by
    A</a>", a reading log's or a shop's link to the book's record): (the child's text, the rest), read as the set-off
    title and its author, not the whole link as one title. Any other link is one set-off span, as before (and so is
    a picture's credit, ``marked_paragraphs`` asks: the photo's title and its photographer)."""
    if link.tag != "a" or (link.text or "").strip() or len(link) != 1 or link[0].tag not in _MARKUP:
        return None
    title = re.sub(r"\s+", " ", link[0].text_content()).strip().strip(QUOTES)
    rest = re.sub(r"\s+", " ", link[0].tail or "").rstrip()
    return (title, rest) if title and _INNER_BY.match(rest) else None


def _trail(block: HtmlElement) -> bool:
    """Links and nothing between them but a separator ("Culture / Books", "Home › Reviews"): a path through the site, a
    breadcrumb left in the body, whose crumbs are sections, never a title; its last crumb, the page itself, may stand
    unlinked after the last separator ("Home / Reviews / <span>This post's headline</span>")."""
    links = block.xpath(".//a")
    if len(links) < 2:
        return False
    rest = "".join(block.itertext())
    for link in links:
        rest = rest.replace(link.text_content(), " ", 1)
    last = _LAST_CRUMB.search(rest)
    if last and (last.group(0).strip()[:1].islower() or len(last.group(0).split()) > 15 or ". " in last.group(0)):
        last = None  # (a sentence going on after the links is prose: a crumb is a heading, short, not lower case)
    return not re.sub(_CRUMB_GAP, "", rest[:last.start()] if last else rest)


_CRUMB_GAP = re.compile(r"[\s/›»>|·•→\\]+")
# (the unlinked last crumb: text after the links' last separator, to the end)
_LAST_CRUMB = re.compile(r"(?<=[/›»>|·•→\\])[^/›»>|·•→\\]+$")


_NAMED_AFTER = re.compile(r"\s*[:：]\s*“([^”]+)”")


def info_line(text: str, context: Context) -> tuple[str, str] | None:
    """A set-off title opening a short line of its own, "*Title* – Author (Publisher)", whose author the post names again."""
    # (a set-off span closing on a colon is the line's label, "**Record:** A, *T*. City, House", not its title)
    if text.startswith("“") and len(text.split()) <= 15 and not re.match(r"“[^”]*[:：]\s*”", text):
        book = from_title(text.replace("“", "").replace("”", ""), Context(text))
        if book and book.author and context.vouches_for(book.author, times=2):
            # the title set off in markup ends where its markup does: "*A* – *T*<br>Publisher, 2026<br>128 pages"
            span = next((m.group(1) for m in re.finditer(r"“([^”]+)”", text) if book.title.startswith(m.group(1))), None)
            # "*Novel* · Author: *Title*. Publisher.": the set-off word before the author is the book's kind, a paper's
            # label; the title is the one set off after "Author:", as a record names it
            named = _NAMED_AFTER.match(text, text.find(book.author) + len(book.author)) if book.author in text else None
            if named and named.group(1).strip() not in (book.title, book.author):
                return named.group(1).strip(), book.author
            return (span.strip() if span and span != book.title and span != book.author else book.title), book.author
    return None


def from_paragraph(text: str, context: Context | None = None) -> tuple[str, str] | None:
    """A quoted (or set-off) title by a person, or after a possessive; of several books by people the paragraph
    names ("After ‘T1’ by A, I picked up ‘T2’ by B"), the one the rest of the post names most (the first on a tie).
    A book held up for comparison ("Fans of ‘T’ by A will …", "Wer „T“ von A mochte …") is not the one reviewed."""
    books = []  # (title, author), and whether it is held up for comparison
    starts = [0] + ([m.start() for m in _QUOTE_OPEN.finditer(text, 1)] if context is not None else [])
    for start in starts:
        match = QUOTED_BY.search(text, start)
        book = quoted_title(text[match.start():]) if match else None
        if book and book not in [b for b, _ in books]:
            after = text.find(book[1], match.start())
            compared = COMPARED.search(text[max(0, match.start() - 60):match.start()]) is not None or (
                after >= 0 and _COMPARED_AFTER.match(text, after + len(book[1])) is not None)
            books.append((book, compared))
    kept = [b for b, compared in books if not compared]
    if books and not kept:
        return None  # only books the post compares its own to
    if len(kept) > 1 and context is not None:
        return max(kept, key=lambda book: context.mentions(book[0]) + context.mentions(book[1].split()[-1]))
    if kept:
        return kept[0]
    for match in _POSSESSIVE.finditer(text):
        # ("Finished A's “T”": a diary's verb opening the sentence is no part of the name: booksentenceopener)
        author = trim_name(without_opener(match.group(1), context.text if context is not None else text))
        if author:
            return clean_title(match.group(2)), author
    return _apposed(text)


def _apposed(text: str) -> tuple[str, str] | None:
    """"the first book of A, “T”" (tl "aklat ni A, ang T", id "buku karya A, T", sw "kitabu cha A, T"): the set-off
    title, capitalised and short, beside its owner's book noun; not a book held up for comparison ("fans of the novel
    by A, “T”")."""
    if "“" not in text:
        return None
    for match in _APPOSED.finditer(text):
        title, author = match.group(2).strip(), trim_name(match.group(1))
        if author and len(author.split()) > 1 and title[:1].isupper() and len(title.split()) <= 10 \
                and COMPARED.search(text[max(0, match.start() - 60):match.start()]) is None:
            return clean_title(title), author
    return None


# "… A Canticle for Leibowitz (Walter M. Miller Jr., 1959) …": a title with its author and year in brackets, as a caption
# or a citation in running text gives it
_BRACKET_CREDIT = re.compile(rf"({TITLE_RUN})\s*\(\s*({NAME_RUN})\s*,\s*(?:1[5-9]|20)\d\d\s*\)")


def from_plain(text: str, context: Context) -> tuple[str, str] | None:
    """Unmarked "… read The Glass Road by Ines Marlow …" or "… Richard Powers’ The Overstory …".

    Without markup to set the title off, the post must name the author again (a review discusses its author).
    """
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len(sentence) > 400:  # no sentence that names a book runs this long; and the patterns below are not linear
            continue
        match = PLAIN_BY.search(sentence)
        found = (match.group(1), leading_author(match.group(2))) if match else None
        if not (found and found[1]):
            match = next((m for m in _PLAIN_POSSESSIVE.finditer(sentence) if trim_name(m.group(1))), None)
            found = (match.group(2), trim_name(match.group(1))) if match else None
        if not found or not found[1] or len(found[0].split()) > 12 or not context.vouches_for(found[1], times=2):
            continue
        # a lone capitalised word after a possessive is as often a prize or a place ("Mantel's Booker winner")
        if len(found[0].split()) >= 2 or context.mentions(found[0]) >= 2:
            return clean_title(found[0]), found[1]
    return None


def bracket_credit(texts: list[str], context: Context) -> tuple[str, str] | None:
    """"… A Canticle for Leibowitz (Walter M. Miller Jr., 1959) …" in the opening paragraphs or a caption: the one
    title so credited whose author the text names again."""
    for text in texts:
        for match in _BRACKET_CREDIT.finditer(text) if "(" in text else ():
            author = trim_name(match.group(2))
            plain = re.sub(r",?\s+(?:Jr|Sr|II|III)\.?$", "", author or "")  # (the text calls "X Y Jr." by "Y")
            if author and len(plain.split()) > 1 and context.vouches_for(plain, times=2) and len(match.group(1).split()) <= 12:
                return clean_title(match.group(1)), author
    return None


# a channel's or a social post's record: a book pictograph before the title, a writing hand or pen before the author,
# each on a line of its own ("📖 T" over "✍️ A"), as label/value lines are elsewhere
_BOOK_PICTO = re.compile(r"^\s*[📖📚📕📗📘📙📓]\ufe0f?\s*(?:[^\w\s]\s*)?(?P<title>\w[^\n]{0,80}?)\s*$")
_PEN_PICTO = re.compile(r"^\s*(?:✍|🖋|✒|🖊)\ufe0f?(?:[\U0001F3FB-\U0001F3FF])?\s*(?:[^\w\s]\s*)?(?P<name>\w[^\n]{1,60}?)\s*$")


def pictograph_record(lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) from a book pictograph's line followed by a pen's ("📖 T" over "✍️ A") among the opening
    lines, the author one the text names again (by surname, besides the record), not a signature's "✍️ by me"."""
    for first, second in zip(lines, lines[1:]):
        title, name = _BOOK_PICTO.match(first), _PEN_PICTO.match(second)
        if title and name and len(name.group("name").split()) <= 4 and context.vouches_for(name.group("name"), 2) \
                and len(title.group("title").split()) <= 12:
            return clean_title(title.group("title")), name.group("name")
    # ("📖 T – A": the one line gives both, bookpictodash)
    return next((found for line in lines if (title := _BOOK_PICTO.match(line)) and (found := dashed_pictograph(title.group("title"), line, context))), None)


# an opening that defines its title as someone's book: "T é o diário de A", "T es la primera novela de A", "T est le
# roman de A", "T è il romanzo di A", "T is the debut novel by A" (a copula, an article, at most one word, a book noun)
_DEFINED = re.compile(
    r"^[“«„\"]?(?P<title>[A-ZÀ-Þ0-9][^.!?;:,\n“”«»„\"]{1,70}?)[”»\"]?\s+(?:é|es|est|è|is|ist|är|er|jest|je|on)\s+"
    r"(?:o|a|um|uma|el|la|un|una|le|l['’]|il|lo|the|an?|das|der|die|ein|eine|de|het|een|en|ett)\s*(?:\w+\s+)?"
    r"(?P<noun>romance|livro|di[áa]rio|novela|libro|roman|livre|journal|romanzo|diario|novel|memoir|book|Roman|Buch|Tagebuch|"
    r"boek|bok|bog|powieść|książka|kniha)\s+(?:de|d['’]|di|of|by|von|van|av|af|autorstwa|od)\s*(?P<name>.+)", re.S)


def defined_book(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) from an opening paragraph that says what its title is: someone's novel, diary, memoir, the
    author one the text names again by one of their names (not the title a noun opens: "O livro é o diário de …")."""
    for paragraph in paragraphs[:3]:
        match = _DEFINED.match(paragraph.strip())
        if not match or len(match.group("title").split()) > 8:
            continue
        title, name = clean_title(match.group("title")), leading_author(match.group("name"))
        if title and name and title.split()[-1].casefold() != match.group("noun").casefold() \
                and not re.match(r"(?i)(?:this|that|the|este|esta|esse|essa|o|a|este|ce|cet|cette|questo|questa|il|dieses|dit|het)\s+\w+$", title) \
                and any(context.vouches_for(w, 2) for w in name.split() if len(w) > 2 and w[0].isupper()):  # "Carolina", "Careaga"
            return title, name
    return None


# a lone surname owning a set-off title: "Laxness's “T”", "Kehlmanns „T“", "Lagerlöfs »T«" (the genitive -s of German and
# the Scandinavian languages written without an apostrophe)
_SURNAME_OWNS = re.compile(r"(?<![\w'’])([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]+?)(['’]s?|s)?\s+[“„«»\"]([^“”„«»\"]{2,80})[”“»«\"]")


def surname_possessive(paragraphs: list[str], context: Context, labels: list[str]) -> tuple[str, str] | None:
    """"Laxness's *T* follows …": a title set off after a surname alone in the possessive, the post calling that person
    by surname again, and one full name ending in that surname among the post's tags or in its text; never a book held
    up for comparison ("Fans of Hamsun's *T*")."""
    not_authors = {n.casefold() for n in context.not_authors if n}
    for paragraph in paragraphs:
        for match in _SURNAME_OWNS.finditer(paragraph):
            owner, mark, title = match.group(1), match.group(2), match.group(3).strip()
            if not mark or not title[:1].isupper() or len(title.split()) > 10 \
                    or COMPARED.search(paragraph[max(0, match.start() - 60):match.start()]):
                continue
            surname = owner  # (the genitive -s is the mark)
            before = paragraph[:match.start()].split()[-1:]
            if before and is_name(f"{before[0]} {owner}") or len(surname) < 3 or not context.vouches_for(surname, times=2):
                continue  # a full name before it is read as one ("Ada Berg's “T”"); the post comes back to the person
            named = re.findall(rf"({LINE_NAME_RUN})(?!\w)", "\n".join([context.text, *labels]))
            full = {n for n in (trim_name(run) for run in named if run.split()[-1] == surname)
                    if n and len(n.split()) > 1 and n.casefold() not in not_authors}
            full |= {label.strip() for label in labels if is_name(label.strip()) and label.split()[-1] == surname
                     and label.strip().casefold() not in not_authors}
            full = {n for n in full if not any(o != n and n.endswith(" " + o) for o in full)}  # "Gestern Ada Berg": "Ada Berg"
            if len(full) == 1:
                return clean_title(title), full.pop()
    # (a Finnish or a Basque genitive surname: bookfinnishowned)
    return finnish_owned(paragraphs, context) or basque_owned(paragraphs, context)
