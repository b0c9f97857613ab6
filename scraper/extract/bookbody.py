"""Which book a post reviews when its title does not say: the page's other titles and the post body.

Tried after the post title (``book.from_title``), in this order:

1. the page's other titles: ``og:title`` and ``<title>`` (themes and broken site-name guesses can cut
   the author off the post heading) and a meta description that reads "A review of X by Y";
2. schema.org ``Book`` microdata, a book card, a heading beside a catalogue's author link (``bookld``);
3. label/value info lines, definition lists and table rows ("Title: … Author: …", "Titel/Autor",
   "Título/Autora", "Titre/Auteur", "Titolo/Autore", "Название/Автор", "书名/作者");
4. a bibliographic or credit line at the top ("Author: Title. Publisher, 272 pp.", "Author, Publisher, 2009");
5. the first paragraphs (``bookopening``): a title set off by markup (italics, bold, ``cite``, a link) followed by
   "by" in any of our languages, or after a possessive ("Powers’ *The Overstory*"), never one held up for comparison;
   each language's own cues (``bookscripts``); an image's alt text (``bookclues``); an opening "Title van Author"
   the URL names; "李明的《X》";
6. a bibliographic line at the bottom ("Title, Author. Publisher, 2016.");
7. titles the post may be about (a title the headline named alone, a short title-like headline or its
   head before a colon, a title set off in the opening) paired with an author the text gives: "Title by
   Author" or "Author's Title" in the text, an "Author:" field, a by-line opening the post, the owner
   of the book the opening talks about ("Maggie O'Farrell's novel", "Söderbergs roman"), the one said to
   write, a title and a tagged name the URL spells, or the person the post names by surname and in its labels
   (``bookclues``). A title the headline names leads; other titles the text names do not lend it their authors.

Books set apart in the post (3, 4, a cover, 6) are sourced "details"; books the opening mentions are "body",
and classify wants such a post to rate the book or come back to it before calling it a review.
Everything here is structure (where a line sits, how it is set off) plus a few multilingual labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from lxml.html import HtmlElement

from .nodes import hrefs_in, own_texts
from .book import _BY, _REVIEW_WORD, Book, Context, _author, _capitalise, _letters, clean_title, from_title, headline, is_name; from .reviewlabel import LABEL_WORDS
from .bookbiblio import _BIBLIO_TAIL, caseless_name, vouched_caseless, field_pairs, from_bibliography, from_citation, has_labels, labelled_fields
from .bookaffiliate import affiliate_book; from .bookcardlocal import fact_box, local_card; from .bookplainof import plain_of; from .bookfieldvalue import field_value; from .bookboldrecord import bold_record, colon_record, quoted_record
from .bookcjkline import cjk_record
from .bookcaptionowner import caption_owner
from .bookseries import series_heading; from .bookslugpair import slug_pair
from .bookslugtag import slugged_tag_book
from .bookcover import cover_alt_book, figure_captions, from_caption; from .bookcoverquoted import cover_quoted
from .bookunspaced import unspaced_book; from .bookthaiof import bare_headline_of, opening_of
from .bookarabictag import arabic_tagged_book; from .bookheadtag import headline_tag_book
from .bookgeorgian import georgian_genitive; from .bookgenitivefront import fronted_genitive; from .bookturkic import turkic_genitive
from .bookarabicby import arabic_headline_by; from .bookofauthor import of_author, of_headline
from .bookowned import owned_title, quoted_or_owned; from .bookownedslug import owned_slug; from .bookenumerated import head as listing_head, listing  # noqa: F401 (listing: for bookrescue)
from .bookclues import (
    slugged_product, _COVER, _NAME_RUN, credit_line, from_pictures, labelled_person, opening_by,
    page_pictures, possessor, post_lines, slug_book, slugged_runs, tagged_person, trim_name, writer,
)
from .bookdoubts import note_line; from .bookmarkedrecord import described_marked, marked_record; from .bookquotedrecord import remark_record; from .bookcjkcover import cover_writer, headline_bracket_tag, tagged_bracket; from .bookheadinglabel import labelled_heading
from .bookgenitive import genitive_author, headline_form, owner_of_quoted; from .bookgenitivepair import genitive_pair
from .bookpagetitles import _named_part, described, extended_title, quotes_other, without_site
from .bookld import from_author_link, from_card, from_microdata; from .bookbylinerecord import byline_not_record
from .bookrecord import titled; from .titlefind import by_after, owner_starts; from .bookwrotequoted import wrote_quoted; from .booklonewriter import lone_writer, quoted_lone, quoted_writer, subject_writer; from .bookownby import plain_own_by
from .bookopening import (bracket_credit, defined_book, from_paragraph, from_plain, info_line, marked_paragraphs, pictograph_record,
                          surname_possessive, tagged_title_run, translated_titles)
from .bookscripts import defines_owned, lower_case_page, script_pair, tr_owner; from .bookturkicfrom import ablative_headline; from .booknounowner import closed_owner
from .booktitles import cjk_bracketed, cjk_owner, cjk_writer, label_tail, role_credit

_LABEL_ONLY = re.compile(rf"\s*(?:{_REVIEW_WORD}|{LABEL_WORDS})\s*", re.I)
_BOOK_LINK = re.compile(r"goodreads\.com/book|thestorygraph\.com/books|bookshop\.org|openlibrary\.org|isbn", re.I)


@dataclass
class Clues:
    """Everything on a page that can name the reviewed book, gathered by ``extract_page``."""

    title: str | None = None
    other_titles: list[str] = field(default_factory=list)  # og:title, <title>
    description: str | None = None
    microdata: Book | None = None
    linked: Book | None = None  # a heading beside a link to its author's page in a catalogue (``bookld.from_author_link``)
    headings: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    body: HtmlElement | None = None
    context: Context = field(default_factory=Context)
    language: str | None = None
    url: str = ""
    labels: list[str] = field(default_factory=list)  # the post's tags, categories and keywords
    pictures: list[str] = field(default_factory=list)  # alt texts of the page's images, read before cleaning
    fields: list[tuple[str, str]] = field(default_factory=list)  # label/value pairs in the post, read before cleaning
    declared_writer: str | None = None  # the page's writer as its <meta name="author"> declares
    captioned: list[tuple[str, str]] = field(default_factory=list)  # figures' (caption, alt texts), read before cleaning


_CLUE_NAMES, _CLUE_PROPERTIES = ("description", "keywords", "author"), ("og:type", "book:author")


def page_clues(tree: HtmlElement) -> Clues:
    """og:title and <title>, the meta description and keywords, schema.org Book microdata and the images' alt texts,
    read before cleaning (``extract_page`` adds the post's title, text and labels)."""
    # ("//meta[@property='og:title']/@content | //title/text()" and "//meta[@name='description' or @name='keywords' or
    # @name='author' or @property='og:type' or @property='book:author']", read in one pass of lxml's iteration)
    titles, metas = [], []
    for element in tree.getroottree().getroot().iter("meta", "title"):
        if element.tag == "title":
            titles += [t.strip() for t in own_texts(element) if t.strip()]
            continue
        if element.get("property") == "og:title" and (content := element.get("content")) is not None and content.strip():
            titles.append(content.strip())
        if element.get("name") in _CLUE_NAMES or element.get("property") in _CLUE_PROPERTIES:
            metas.append(element)
    description = next((m.get("content").strip() for m in metas if m.get("name") == "description" and (m.get("content") or "").strip()), None)
    keywords = [k.strip() for m in metas if m.get("name") == "keywords" for k in (m.get("content") or "").split(",") if k.strip()]
    post = next(tree.iter("article"), None)  # the first article in document order is the outermost
    post = post if post is not None else next(tree.iter("main"), None)
    fields = []
    if post is not None and has_labels(post.text_content()):  # most posts have no labelled line: skip the walk
        fields = field_pairs([], post) + field_pairs(post_lines(post), None)
    microdata = from_microdata(tree) or from_card(tree) or _og_book(metas, titles) or affiliate_book(tree) or local_card(tree) or fact_box(tree) or bold_record(post) or colon_record(post) or quoted_record(post)  # (bookboldrecord: "**T**" / "A · House · 2003"; "A: *T*" / "House, 2026, 278 s.")
    return Clues(other_titles=titles, description=description, microdata=microdata, labels=keywords, linked=from_author_link(tree),
                 pictures=page_pictures(tree), fields=fields, captioned=figure_captions(tree),
                 declared_writer=next((m.get("content").strip() for m in metas if m.get("name") == "author" and (m.get("content") or "").strip()), None))


def _og_book(metas: list, titles: list[str]) -> Book | None:
    """A page that declares itself a book's (og:type "book") and names its author in ``book:author`` (a name, not the
    profile URL the protocol allows): the og:title is the book's, without a site's name after a bar or dash."""
    content = {m.get("property"): (m.get("content") or "").strip() for m in metas if m.get("property")}
    author = content.get("book:author", "")
    if content.get("og:type", "").lower() != "book" or not titles or not (is_name(author) or caseless_name(author)):
        return None
    title = clean_title(re.split(r"\s+[|–—]\s+|\s+-\s+", titles[0])[0])
    return Book(title, author, source="details") if title and _letters(title) != _letters(author) else None


def _fields(clues: Clues, pairs: list[tuple[str, str]] | None = None) -> tuple[str | None, str | None]:
    return labelled_fields(field_pairs(clues.lines, clues.body) if pairs is None else pairs)


def _boxed(clues: Clues, known: str | None) -> tuple[str, str] | None:
    """An info box the cleaning took out of the post (a shop's product box, a plugin's book card), read before it:
    its title and author, or its author for the headline's book when the text names that author too."""
    title, author = _fields(clues, clues.fields)
    if not author or any(author.casefold() == n.casefold() for n in clues.context.not_authors if n):
        return None
    if title:
        return _main_title(title, clues.title), author
    cjk = re.fullmatch(r"[\u3000-\u9fff・]+", author)
    named = any(author[i:i + 2] in clues.context.text for i in range(len(author) - 1)) if cjk else clues.context.vouches_for(author)
    return (known, author) if known and named else None


def _vouched_link(author: str, clues: Clues) -> bool:
    """The text names a catalogue's linked author: the extractor's guess at the page's writer, read off that same
    classed link, does not count against it (a declared writer does, in ``find_book``)."""
    guessed = tuple(n for n in clues.context.not_authors if not n or _letters(n) != _letters(author))
    context = clues.context if guessed == clues.context.not_authors else replace(clues.context, not_authors=guessed, _counts={})
    return context.vouches_for(author)


def _covers(body: HtmlElement) -> list[str]:
    """Alt texts of the post body's images that say they show a cover."""
    return [t for t in body.xpath(".//img/@alt | .//img/@title") if _COVER.match(t)]


def _book_links(body: HtmlElement) -> list[str]:
    return [re.sub(r"\s+", " ", a.text_content()).strip() for a in hrefs_in(body) if _BOOK_LINK.search(a.get("href"))]


def _author_of(title: str, clues: Clues) -> str | None:
    """The author of a book the title named alone, from the body."""
    text = clues.context.text
    escaped = re.escape(title)
    if title in text:  # (the searches below are slow on a long text: only where the title stands)
        match = by_after(title, text)  # (titlefind: no pattern compiled for the page's title)
        if match and _author(match.group(1)):
            return _author(match.group(1))
        for start in owner_starts(title, text):  # "Name's Title": the name just before
            owner = re.search(rf"({_NAME_RUN})$", text[max(0, start - 80):start])
            if owner and trim_name(owner.group(1)):
                return trim_name(owner.group(1))
        # "Anna Berg, «Title». Oslo: Forlag, 2019" / "Boek: Anna Berg, Title (1938)": a citation line that gives the
        # author in full once, before the title, where the text may call them by surname only
        for line in (line for line in clues.lines if title in line and len(line) < 300 and "," in line[:line.rfind(title)]):
            for match in re.finditer(rf"({_NAME_RUN}),\s*[“‘«„\"*_]*{escaped}[”’»“\"*_]*\s*(?:[.(,:;]|$)", line):
                name = trim_name(match.group(1))
                if name and len(name.split()) > 1 and name not in clues.context.not_authors \
                        and (_BIBLIO_TAIL.search(line[match.end():]) or clues.context.vouches_for(name, times=2)):
                    return name
    _, author = _fields(clues)
    return author or _byline(clues) or of_author(title, clues.lines, clues.context)  # (bookofauthor: "T na A")


def _byline(clues: Clues) -> str | None:
    """A name opening the post: "by Russell Hoban", "Russell Hoban, 1980.", "Sayaka Murata, translated by …"."""
    for line in clues.lines[:2]:
        if len(line.split()) > 30:
            continue
        line = re.sub(rf"^(?:{_BY}\s+)", "", line.strip("*_ "), flags=re.I)
        author = _author(line)
        if not author or not re.match(r"\s*(?:$|[,.(:;]|\s[-–—])", line[len(author):]):
            continue
        if clues.context.vouches_for(author, times=2) or (_BIBLIO_TAIL.search(line) and author not in clues.context.not_authors):
            return author
    return None


def _title_like(text: str, language: str | None = "en") -> bool:
    """Short, and in English capitalised like a title ("Convenience Store Woman"), not a sentence ("Grief and gloves …").

    Most other languages write titles in sentence case ("Brev till Agnes"), so there only shortness counts.
    """
    words = text.split()
    if not 1 <= len(words) <= 8 or re.search(r"[?!]", text) or not text[:1].isupper() and not text[:1].isdigit():
        return False
    if language not in (None, "en"):
        return len(words) <= 6
    content = [w for w in words[1:] if len(w) > 3]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _titles(clues: Clues, title_book: Book | None) -> list[str]:
    """Titles the post may be about, those the text repeats first."""
    found = [title_book.title] if title_book else []
    others = [without_site(t, clues) for t in clues.other_titles]
    # the headline is the page's label when a page title goes on from it past a colon to what it is for: "Customer
    # review" in an h1, "Customer review for: T | Shop" in <title>; its tail is the title, the label none
    tails = [label_tail(o, clues.title) for o in others if clues.title]
    tail = next((t for t in tails if t and _title_like(t, clues.language)), None)
    found += [tail] if tail else []
    for title in [t for t in ([] if tail else [clues.title or ""]) + others if not series_heading(t)]:  # (not "Log – week 9")
        if tail and title.casefold().startswith((clues.title or "").casefold()):
            continue
        # a page title may quote the book: 'Review of "T" by a reader', 'Ann on Instagram: "T, finally"'
        quoted = [m.group(1).strip() for m in re.finditer(r"[“\"«]([^”\"»]{2,80})[”\"»]", title)]
        for part in [title] + quoted:
            head = listing_head(part, clues.context)  # (bookenumerated: not a listing headline's first item)
            found += [t for t in (_named_part(part, clues.context), part, head) if t and _title_like(t, clues.language)]
    if clues.body is not None:
        found += [t for t in _book_links(clues.body) if _title_like(t, clues.language)]  # a shop or catalogue link's text
        for paragraph in marked_paragraphs(clues.body, limit=2):
            # (a name set in bold, which the text calls by surname, is the author: "**Chidi Okafor** – *T*")
            quoted = [m.group(1) or m.group(2) for m in re.finditer(r"(?:“([^“”]{2,80})”|«\s?([^«»]{2,80}?)\s?»)(?!\s*:)", paragraph)]
            # (a paragraph all in bold is a heading, as a reader review's own title: "**Kurz, aber es bleibt hängen**")
            found += translated_titles(paragraph, clues.context.text)[:1] or [q for q in quoted if _title_like(q, clues.language) and not q.rstrip().endswith(":")
                      and not clues.context.person(q) and not (", " in q and paragraph.strip(" “”«»") == q) and not field_value(paragraph, q)][:1]
    found += slugged_runs(clues.lines, clues.url, clues.context) + cover_quoted(clues.lines, clues.pictures)  # (bookcoverquoted)
    found = [headline_form(t, clues.title, clues.language) for t in found]  # "czytałam *Niezwyciężonego*"; a label ("Rezension: …") no title
    unique = list(dict.fromkeys(cleaned for t in found if (cleaned := clean_title(t)) and not _LABEL_ONLY.fullmatch(cleaned)
                                and not note_line(cleaned)))  # (a note set off in italics is no title; each cleaned once)
    # the book the headline names leads; then those the text repeats
    return sorted(unique, key=lambda t: (not (title_book and t == clean_title(title_book.title)), clues.context.mentions(t) <= sum(ln.count(t) for ln in clues.lines[:2] if len(ln.split()) <= 10 and ln[-1:].isalnum())))  # (nor a heading's)


def find_book(clues: Clues, title_book: Book | None) -> Book | None:
    """The reviewed book from everything but the post title and JSON-LD (which the caller tried first)."""
    clues = replace(clues, title=headline(clues.title) if clues.title else None,
                    headings=[re.sub(r"(?<![\w*])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\w*])", "", h) for h in clues.headings])
    for other in clues.other_titles:
        found = extended_title(other, clues, title_book)
        if found:
            return found
    if clues.description and (found := described(clues.description, clues.title, clues.context)):
        return found
    if clues.microdata and clues.microdata.author:
        return clues.microdata
    if product := slugged_product(clues.title, clues.url):  # "T - A (Edition)" that the URL spells
        return Book(*product, source="title")
    # the text names the linked author too, or the book's title where the page's title names it too (not a box's own
    # heading: "About the Creator"); a name the page declares its own writer's is the blogger's byline (a theme's
    # "author" link guessed as the page's author may be the book's: not that one)
    linked = None if byline_not_record(clues.linked, clues.lines, clues.context, lambda a: _vouched_link(a, clues)) else clues.linked
    # (a book record's header needs no vouching: a reader's review under it need name neither)
    if linked and (linked.source == "record" or _vouched_link(linked.author, clues)
                   or clues.context.mentions(linked.title) and _source(linked.title, clues) == "title"
                   or any(titled(linked.title, linked.author, t) for t in (clues.title, *clues.other_titles))) \
            and not (clues.declared_writer and _letters(linked.author) == _letters(clues.declared_writer)):
        return linked
    for heading in (*clues.headings, clues.title):  # "The Salt Ledger, Chidi Okafor": a split the text vouches for, as in the headline (the headline itself read with its label off)
        found = (from_title(heading, clues.context) if heading is not clues.title else None) or labelled_heading(heading, clues.context, heading is clues.title)  # "Book of the month: A – T"
        if found and found.author:
            found.source = "heading"
            return found
    citation = from_citation(clues.lines)
    if citation:
        return citation
    title, author = _fields(clues)
    named: list[str] = []  # the titles the post may be about, worked out only when a clue needs them

    def known() -> list[str]:
        if not named:
            named.extend(([title_book.title] if title_book else []) + _titles(clues, None) or [""])
        return [t for t in named if t]

    for found, source in _candidates(clues, (title, author), known):
        if found and found[0] and not note_line(found[0]):  # (a note set off in italics is no title)
            return Book(_main_title(found[0], clues.title), found[1], source=source)
    titles = ([title] if title else []) + ([clues.microdata.title] if clues.microdata else []) + _titles(clues, title_book)
    for known in titles:
        if title_book and known != title_book.title and _source(known, clues) == "body":
            continue  # the headline named the book: another title the text names is another book ("If you loved T2 by B")
        author = _author_of(known, clues)
        if author:
            return Book(known, author, source=_source(known, clues))
    slugged = slug_book(titles, clues.labels, clues.url, clues.context)
    if slugged:
        return Book(*slugged, source=_source(slugged[0], clues))
    owner = possessor(clues.lines, clues.context) or tr_owner(clues.lines[:4], clues.context) or closed_owner(clues.lines[:3], clues.context, titles)  # (booknounowner: ms/id "novel A ini")
    # a blog that writes all in lower case: its headline, named in the text, is the title (capitalised)
    lower = clues.title if clues.title and owner and lower_case_page(clues.context.text) and clues.title == clues.title.lower() \
        and len(clues.title.split()) <= 8 and (clues.context.mentions(clues.title) or defines_owned(clues.lines[:1], owner)) else None
    if titles and owner and not clues.context.mentions(titles[0]) and (quoted := quoted_or_owned(owner, clues.lines, clues.context)):
        return Book(quoted, owner, source=_source(titles[0], clues))  # a headline the text never names: the quoted title
    if (titles or lower or (titles := owned_title(clues.lines[:4], owner, clues.context))) and owner:  # (bookowned)
        return Book(titles[0] if titles else _capitalise(lower, clues.language), owner, source=_source(titles[0] if titles else lower, clues))
    person = writer(clues.context, titles[0]) if titles else None
    person = person or (labelled_person(clues.lines, clues.labels, clues.url, clues.context, titles[0]) if titles else None)
    person = person or (tagged_person(clues.labels, clues.context, titles[0]) or lone_writer(clues.context, titles[0], clues.title) if titles else None)  # (booklonewriter: "X skriver …")
    if person or (person := quoted_lone(clues.title, clues.context)):  # ('„T“, a remark' over 'X го објави …': booklonewriter)
        return Book(titles[0], person, source=_source(titles[0], clues)) if isinstance(person, str) else Book(*person, source="title")
    # a title the text repeats, without its author: enough, with a rating, to tell a review
    mentioned = [t for t in titles if clues.context.mentions(t) and not quotes_other(clues.title, t)]  # (bookpagetitles)
    return Book(mentioned[0], None, source="body") if mentioned and not title_book else None


def _candidates(clues: Clues, fields: tuple[str | None, str | None], known) -> Iterator[tuple[tuple[str, str] | None, str]]:
    """Books the post sets apart ("details": an info box, a cover, a bibliographic or credit line), as reviews do,
    or its opening mentions ("body"), as any post may; most trusted first, each worked out only when reached."""
    context, body = clues.context, clues.body
    yield (fields if all(fields) else None), "details"
    yield _boxed(clues, None), "details"  # a box the cleaning took out that labels both title and author (None without a title)
    yield from_bibliography(clues.lines[:4], context), "details"
    credited = credit_line(clues.lines, (known() or [None])[0], context)
    if credited:  # the credit line may name its own title ("Name, Title, 300 pages"): that one, not the headline's
        cited = from_bibliography(clues.lines, context) or marked_record(body, context)  # (italics: bookmarkedrecord)
        yield (cited if cited and cited[1] == credited else None), "details"
    yield ((known()[0], credited) if credited else None), "details"
    paragraphs = marked_paragraphs(body) if body is not None else []
    # "다자이 오사무 저 · 정하윤 역": the author of the book the headline names (a catalogue's h1 is the book's bare title)
    roled = role_credit(paragraphs + clues.lines[:8])
    headline_ = (known() or [t for t in [clues.title] if t and len(t) <= 60 and clues.context.mentions(t)] or [None])[0]
    yield ((headline_, roled) if roled and headline_ else None), "details"
    yield cjk_record(clues.lines[:6] + clues.lines[-6:], context) or described_marked(body, context), "details"  # "T　A著（出版社、825円）", "A, 『T』."; "A, <em>T</em>, a novel." (bookmarkedrecord)
    for paragraph in paragraphs:
        yield info_line(paragraph, context), "details"
    for paragraph in paragraphs:
        yield from_paragraph(paragraph, context), "body"
    yield script_pair(clues.title or "", context, clues.labels) or ablative_headline(clues.title, context) or subject_writer(clues.title, context), "title"  # (bookturkicfrom: "A'dan 'T'"; booklonewriter: fa "«T»؛ …" over "A این رمان را … نوشت")
    yield arabic_headline_by(clues.title, context) or of_headline(clues.title, context), "title"  # "کتاب T اثر A نشر P"; "T ti A: …" (bookofauthor)
    for line in clues.lines[:6]:  # (the headline names the author again too: "पुस्तक समीक्षा: T — कमलेश्वर")
        yield script_pair(line, context, clues.labels + ([clues.title] if clues.title else []), clues.url), "body"
    yield genitive_author(paragraphs + [clues.title or ""], context, clues.labels, clues.language, clues.url) or turkic_genitive(paragraphs, context, clues.title), "body"  # (a headline's too; bookturkic)
    yield owner_of_quoted(paragraphs, context) or genitive_pair(paragraphs, context, clues.url), "body"  # (bookgenitivepair: two writers sharing a surname)
    yield surname_possessive(paragraphs, context, clues.labels), "body"
    yield _boxed(clues, (known() or [None])[0]), "details"
    yield from_pictures(_covers(body) if body is not None else [], clues.pictures, context, known()), "details"
    yield from_caption(clues.captioned, context, clues.labels) or cover_writer(clues.captioned, clues.lines, context), "details"
    yield caption_owner(clues.captioned, clues.lines, context), "details"  # "A का उपन्यास" under a cover, the quoted T
    yield cover_alt_book(clues.pictures, context, clues.title), "details"  # "T 1권 표지" by "A 작가"
    for link in _book_links(body) if body is not None else []:
        yield _pair(from_title(link)), "body"
    # (a page whose body has no paragraphs, a thread of posts in divs, or no one body: its opening lines stand for them)
    for paragraph in paragraphs[:2] or clues.lines[:3]:
        yield from_plain(paragraph, context) or plain_of(paragraph, context), "body"  # (bookplainof: "…, T, de A, …")
    yield opening_by(paragraphs, clues.url, context) or slug_pair(clues.lines, clues.url, context) or owned_slug(paragraphs, clues.url, context) or plain_own_by(clues.lines, context), "body"  # (bookslugpair, bookownedslug; bookownby: id "… T karya A …")
    yield slugged_tag_book(clues.labels, clues.url, context), "details"  # "/tiutiun-dimitar-dimov": a tag and a name
    yield bracket_credit(paragraphs + clues.lines[:6], context) or tagged_title_run(paragraphs, clues.labels, context.text, clues.language), "body"
    yield pictograph_record(clues.lines[:8], context), "details"
    yield unspaced_book(clues.lines, clues.labels, context, clues.title) or opening_of(clues.lines, context), "body"  # Thai: the quoted title, by the one name-shaped tag, or "of" A (headline and text)
    yield arabic_tagged_book(clues.lines, clues.labels, context), "body"  # «T» in the opening, by the one person tag
    yield headline_tag_book(clues.title, clues.labels, context) or tagged_bracket(clues.title, clues.labels, context) or headline_bracket_tag([clues.title or "", *clues.other_titles], clues.labels, context) or bare_headline_of(clues.title, clues.lines, context), "title"  # (A a tag; th "T ของ A B: …" over "this novel of A": bookthaiof)
    yield georgian_genitive(clues.title, clues.lines, context) or fronted_genitive(clues.title, context, labels=clues.labels), "title"  # "A-ის „T“", "Jurgio Kunčino „T“": a genitive "by"
    yield fronted_genitive(None, context, paragraphs[:1]), "body"  # lt/lv "Jurgio Kunčino romaną „T“" opening the post
    yield defined_book(paragraphs or clues.lines[:3], context), "body"
    # the one title the page's own title sets in 《》/『』 ("又读《T》_blog"), and its owner wherever the text names it (a
    # sidebar left before the post may push it past the opening lines); another bracketed title is another book
    marked = next((t for t in map(cjk_bracketed, [clues.title or ""] + clues.other_titles) if t), None)
    named = "\n".join([context.text, *clues.labels])  # a tag ("#林海音") names the owner again
    for line in clues.lines[:4]:
        owned = cjk_owner(line, named)
        yield (owned if not marked or owned and owned[0] == marked else None), "body"
    for line in [line for line in clues.lines if f"《{marked}》" in line or f"『{marked}』" in line][:3] if marked else []:
        yield cjk_owner(line, named, marked), "title"
    yield cjk_writer(clues.lines[:4], named, marked), "body"
    yield wrote_quoted(paragraphs or clues.lines[:4], context) or quoted_writer(clues.lines, context, clues.title), "body"  # "A написав «T» …": who wrote what, in the opening (bookwrotequoted); '"T" …' over "X writes" (booklonewriter)
    yield from_bibliography(clues.lines, context) or remark_record(clues.lines, context, vouched_caseless), "details"  # ("A, „T“. Reprint, hardcover.": bookquotedrecord)


def _source(title: str, clues: Clues) -> str:
    """"title" when the post's own title (or the page's) names the book, else "body"."""
    names = [clues.title or ""] + clues.other_titles
    return "title" if any(title.casefold() in n.casefold() for n in names if n) else "body"


def _pair(book: Book | None) -> tuple[str, str] | None:
    return (book.title, book.author) if book and book.author else None


def _main_title(title: str, post_title: str | None) -> str:
    """"Middlemarch: A Study of Provincial Life" is "Middlemarch" when the post title names only that."""
    if ":" in title and post_title:
        main = title.split(":", 1)[0].strip()
        if main.casefold() in post_title.casefold() and title.casefold() not in post_title.casefold():
            return main
    return title
