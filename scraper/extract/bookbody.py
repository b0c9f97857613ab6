"""Which book a post reviews when its title does not say: the page's other titles and the post body.

Tried after the post title (``bookheadline.from_title``), in this order:

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
   (``bookclues``). A title the headline names leads; other titles the text names do not lend it their authors; a
   headline that is a title alone leads the titles an opening lists together, each named once (the author's other
   works, none singled out: "I read *T1* at school and *T2* last year").

Books set apart in the post (3, 4, a cover, 6) are sourced "details"; books the opening mentions are "body",
and classify wants such a post to rate the book or come back to it before calling it a review.
Everything here is structure (where a line sits, how it is set off) plus a few multilingual labels.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import BY, REVIEW_WORD, Book, leading_author, capitalise, letters_of, clean_title, is_name
from .bookheadline import from_title
from .booktitles import headline, label_tail
from .reviewlabel import LABEL_WORDS
from .bookbiblio import BIBLIO_TAIL, from_citation
from .bookcommaby import comma_by_record
from .bookfieldvalue import field_value
from .bookseries import series_heading
from .bookcoverquoted import cover_quoted
from .bookofauthor import of_author
from .bookowned import owned_title, quoted_or_owned
from .bookenumerated import head as listing_head, listing  # noqa: F401 (listing: for bookrescue)
from .bookclues import (
    slugged_product, NAME_RUN, labelled_person, possessor, slug_book, slugged_runs, tagged_person, trim_name, writer)
from .bookdoubts import note_line
from .bookbylinemark import byline_mark
from .bookheadinglabel import labelled_heading
from .bookgenitive import headline_form
from .bookpagetitles import named_part, described, review_head, extended_title, quotes_other, without_site
from .bookbylinerecord import byline_not_record
from .bookrecord import titled
from .titlefind import by_after, owner_starts
from .booklonewriter import BOOK_NOUN, lone_writer, quoted_lone
from .booklabelrun import credit_lead, field_author, owned_column
from .bookopening import marked_paragraphs, translated_titles
from .booktranslated import SMALL_WORDS as _SMALL
from .bookscripts import defines_owned, lower_case_page, tr_owner
from .booknounowner import closed_owner
from .bookboldrecord import STACKED
from .bookpageclues import Clues
from .booktitledrecord import record_title
from .bookcandidates import book_links, candidates, record_fields, main_title
from .bookheadtag import echoed_tag

_LABEL_ONLY = re.compile(rf"\s*(?:{REVIEW_WORD}|{LABEL_WORDS})\s*", re.I)
_INSTALMENT = re.compile(r"\s#\s?\d+$")


def _vouched_link(author: str, clues: Clues) -> bool:
    """The text names a catalogue's linked author: the extractor's guess at the page's writer, read off that same
    classed link, does not count against it (a declared writer does, in ``find_book``)."""
    guessed = tuple(n for n in clues.context.not_authors if not n or letters_of(n) != letters_of(author))
    context = clues.context if guessed == clues.context.not_authors else replace(
        clues.context, not_authors=guessed, _counts={})
    return context.vouches_for(author)


def _author_of(title: str, clues: Clues) -> str | None:
    """The author of a book the title named alone, from the body."""
    text = clues.context.text
    escaped = re.escape(title)
    if title in text:  # (the searches below are slow on a long text: only where the title stands)
        match = by_after(title, text)  # (titlefind: no pattern compiled for the page's title)
        if match and leading_author(match.group(1)):
            return leading_author(match.group(1))
        for start in owner_starts(title, text):  # "Name's Title": the name just before
            owner = re.search(rf"({NAME_RUN})$", text[max(0, start - 80):start])
            if owner and trim_name(owner.group(1)):
                return trim_name(owner.group(1))
        # "Anna Berg, «Title». Oslo: Forlag, 2019" / "Boek: Anna Berg, Title (1938)": a citation line that gives the
        # author in full once, before the title, where the text may call them by surname only
        for line in (
            line for line in clues.lines if title in line and len(line) < 300 and "," in line[: line.rfind(title)]
        ):
            for match in re.finditer(rf"({NAME_RUN}),\s*[“‘«„\"*_]*{escaped}[”’»“\"*_]*\s*(?:[.(,:;]|$)", line):
                name = trim_name(match.group(1))
                if name and len(name.split()) > 1 and name not in clues.context.not_authors \
                        and (BIBLIO_TAIL.search(line[match.end():]) or clues.context.vouches_for(name, times=2)):
                    return name
    _, author = record_fields(clues)  # ("Details: A, T (kind)": booklabelrun, where nothing else names the author)
    return author or _byline(clues) or of_author(title, clues.lines, clues.context) or field_author(title, clues)


def _byline(clues: Clues) -> str | None:
    """A name opening the post: "by Russell Hoban", "Russell Hoban, 1980.", "Sayaka Murata, translated by …"."""
    for line in clues.lines[:2]:
        if len(line.split()) > 30:
            continue
        line = re.sub(rf"^(?:{BY}\s+)", "", line.strip("*_ "), flags=re.I)
        author = leading_author(line)
        if not author or not re.match(r"\s*(?:$|[,.(:;]|\s[-–—])", line[len(author):]):
            continue
        if clues.context.vouches_for(author, times=2) or (
            BIBLIO_TAIL.search(line) and author not in clues.context.not_authors
        ):
            return author
    return None


def title_like(text: str, language: str | None = "en") -> bool:
    """Short, and in English capitalised like a title ("Convenience Store Woman"), not a sentence ("Grief and gloves …").

    Most other languages write titles in sentence case ("Brev till Agnes"), so there only shortness counts.
    """
    words = text.split()
    if not 1 <= len(words) <= 8 or re.search(r"[?!]", text) or not text[:1].isupper() and not text[:1].isdigit():
        return False
    if language not in (None, "en"):
        return len(words) <= 6
    content = [w for w in words[1:] if len(w) > 3 and not _SMALL.fullmatch(w)]  # ("… Thing with Feathers")
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content)


_RUBRIC_LEAD = re.compile(r"\s*[:：|\-–—»/]\s*\S")  # (a column's name, then its separator and the headline's own)
_HEADING_TAIL = re.compile(r"^([^\W\d_][^:：.!?]{1,40})[:：]\s+(\S.{1,80})$")  # (a label of a few words, a colon)
# a reading column's label names a book or reading ("Book of the week", "Libro del mes", "Lektüre", "読書"), not a
# chapter's, an event's or a round-up's ("Chapter one: …", "Event: …"); or a review's label (``_LABEL_ONLY``:
# "Rezension:", "Рецензия:"), or a recommendation's (de Tipp/Empfehlung, en recommend, nl aanrader, fr conseil, es/pt
# recomend, it consigli, sv/da/nb rekommend/anbefal, fi suosit, pl polec, cs doporuč, ru рекоменд, tr öneri, ja/zh/ko);
# or it is the post's own category
_COLUMN_WORD = re.compile(rf"{BOOK_NOUN.pattern}|(?<![^\W\d_])(?:read|lectur|lettur|lektür|leitur|lees|lese|läs|lukem|"
                          r"czyta|čten|чтен|читан|okuma|bacaan|picks?\b|tipp|empfehl|recommend|aanrader|aanbevel|"
                          r"conseil|recomend|consigli|rekommend|anbefal|suosit|polec|doporuč|рекоменд|öneri)|"
                          r"tipp|empfehlung|読|阅读|閱讀|독서|書評|书评|서평|독후감|おすすめ|推荐|推薦|추천", re.I)


def _column_tail(heading: str, clues: Clues) -> str | None:
    """The title after a reading column's label in a body heading, "Book of the week: T"."""
    found = _HEADING_TAIL.match(heading)
    if not found or not (_COLUMN_WORD.search(found.group(1)) or _LABEL_ONLY.fullmatch(found.group(1))
                         or found.group(1).strip().casefold() in {r.casefold() for r in clues.rubrics}):
        return None
    title = found.group(2)
    said = clues.context.mentions(title)  # ("This week's book: T", the body's first heading, needs no second mention)
    return title if title_like(title, clues.language) and (said >= 2 or said and owned_column(found.group(1), heading, clues.headings)) else None


# "A, «T»": a name, a comma, one quoted title; quoted praise after a title, "T, “a masterpiece”", has the shape too,
# but opens in lower case or is words the review never says again (a title it names)
_NAME_THEN_QUOTED = re.compile(r"[^“\"«,]{1,60},\s*[“\"«][^”\"»]{1,80}[”\"»]")


def _titles(clues: Clues, title_book: Book | None) -> list[str]:
    """Titles the post may be about, those the text repeats first."""
    found = [title_book.title] if title_book else []
    others = [without_site(t, clues) for t in clues.other_titles]
    # the headline is the page's label when a page title goes on from it past a colon to what it is for: "Customer
    # review" in an h1, "Customer review for: T | Shop" in <title>; its tail is the title, the label none
    tails = [label_tail(o, clues.title) for o in others if clues.title]
    tail = next((t for t in tails if t and title_like(t, clues.language)), None)
    found += [tail] if tail else []
    # a body heading's title after a column's label ("Book of the week: T", "Libro del mes: T"), named in the text
    # again: the section a newsletter or a digest reviews the book in, under its own headline
    found += [t for h in clues.headings if (t := _column_tail(h, clues))]
    # (not "Log – week 9")
    for title in [t for t in ([] if tail else [clues.title or ""]) + others if not series_heading(t)]:
        if tail and title.casefold().startswith((clues.title or "").casefold()):
            continue
        # a page title may quote the book: 'Review of "T" by a reader', 'Ann on Instagram: "T, finally"'
        quoted = [m.group(1).strip() for m in re.finditer(r"[“\"«]([^”\"»]{2,80})[”\"»]", title)]
        for index, part in enumerate([title] + quoted):
            if index == 0 and len(quoted) == 1 and _NAME_THEN_QUOTED.fullmatch(part) \
                    and not quoted[0][:1].islower() and clues.context.mentions(quoted[0]):
                continue  # "A, «T»": a name and its quoted title, the whole no title (the quoted part is tried)
            head = listing_head(part, clues.context)  # (bookenumerated: not a listing headline's first item)
            # (bookpagetitles: "T review", the head before its closing review word, where the text names it a book)
            reviewed = review_head(part, clues.context) if index == 0 else None
            found += [t for t in (named_part(part, clues.context), part, head, reviewed)
                      if t and title_like(t, clues.language)]
    passing: set[str] = set()  # titles an opening lists together, each once: the author's other works, none singled out
    if clues.body is not None:
        # a shop or catalogue link's text
        found += [t for t in book_links(clues.body) if title_like(t, clues.language)]
        for paragraph in marked_paragraphs(clues.body, limit=2):
            # (a name set in bold, which the text calls by surname, is the author: "**Chidi Okafor** – *T*")
            quoted = [
                m.group(1) or m.group(2)
                for m in re.finditer(r"(?:“([^“”]{2,80})”|«\s?([^«»]{2,80}?)\s?»)(?!\s*:)", paragraph)
            ]
            # (a paragraph all in bold is a heading, as a reader review's own title: "**Kurz, aber es bleibt hängen**")
            titled_here = [
                q
                for q in quoted
                if title_like(q, clues.language)
                and not q.rstrip().endswith(":") and not credit_lead(q)  # (booklabelrun)
                and not clues.context.person(q)
                and not (", " in q and paragraph.strip(" “”«»") == q)
                and not field_value(paragraph, q)
                and not byline_mark(paragraph, q)  # ("By **Name** · date": the writer's, bookbylinemark)
            ]
            found += translated_titles(paragraph, clues.context.text)[:1] or titled_here[:1]
            if len(set(titled_here)) > 1:
                passing.update(q for q in titled_here if clues.context.mentions(q) <= 1)
    # (bookcoverquoted)
    found += slugged_runs(clues.lines, clues.url, clues.context) + cover_quoted(clues.lines, clues.pictures)
    # "czytałam *Niezwyciężonego*"; a label ("Rezension: …") no title
    found = [headline_form(t, clues.title, clues.language) for t in found]
    # (a note set off in italics is no title, nor a column's numbered instalment, "Letras del jueves #47", nor the
    # name of a category the post is filed in, a column's the headline opens with before a separator, "Staff Picks: …"
    # (a readalong's or a genre's category may be the book's own title, the whole headline); each cleaned once)
    headline = (clues.title or "").casefold()
    rubrics = {f for r in clues.rubrics
               if headline.startswith(f := r.casefold()) and _RUBRIC_LEAD.match(headline, len(f))}
    # (nor a name the page declares its own, of several words: the site's, its publication's, which a nav link or the
    # URL's first part may spell, or the post's writer's, whom the opening may name: never the book's title)
    own = {n.casefold() for n in clues.context.not_authors if n and " " in n}
    unique = list(
        dict.fromkeys(
            cleaned
            for t in found
            if (cleaned := clean_title(t)) and not _LABEL_ONLY.fullmatch(cleaned) and not note_line(cleaned)
            and not _INSTALMENT.search(cleaned) and (key := cleaned.casefold()) not in rubrics and key not in own
        )
    )
    # the book the headline names leads; then those the text repeats; a headline that is a title alone ranks before
    # the titles an opening lists in passing ("I read *T1* at school and *T2* last year")
    # (nor a heading's)
    whole = clean_title(clues.title) if passing and clues.title and title_like(clues.title, clues.language) else None
    return sorted(
        unique,
        key=lambda t: (
            not (title_book and t == clean_title(title_book.title)),
            bool(whole) and t in passing,
            clues.context.mentions(t)
            <= sum(ln.count(t) for ln in clues.lines[:2] if len(ln.split()) <= 10 and ln[-1:].isalnum()),
        ),
    )


def find_book(clues: Clues, title_book: Book | None) -> Book | None:
    """The reviewed book from everything but the post title and JSON-LD (which the caller tried first)."""
    clues = replace(
        clues,
        title=headline(clues.title) if clues.title else None,
        headings=[re.sub(r"(?<![\w*])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\w*])", "", h) for h in clues.headings],
    )
    for other in clues.other_titles:
        found = extended_title(other, clues, title_book)
        if found:
            return found
    if clues.description and (found := described(clues.description, clues.title, clues.context)):
        return found
    if clues.microdata and clues.microdata.author:
        if clues.microdata.source != STACKED:
            return clues.microdata
        # (a card stacked one fact a paragraph: the shape of a reviewer's bio or a "read next" box too, read only
        # where the post names no other book by itself: another author, a title the text names twice or the headline
        # names; a book read off the card's own lines is the card's)
        found = find_book(replace(clues, microdata=None), title_book)
        other = found and found.author and (letters_of(found.author) != letters_of(clues.microdata.author)
                                            or clues.context.mentions(found.title) >= 2
                                            or bool(clues.title) and found.title.casefold() in clues.title.casefold())
        return found if other else clues.microdata
    if product := slugged_product(clues.title, clues.url):  # "T - A (Edition)" that the URL spells
        return Book(*product, source="title")
    # the text names the linked author too, or the book's title where the page's title names it too (not a box's own
    # heading: "About the Creator"); a name the page declares its own writer's is the blogger's byline (a theme's
    # "author" link guessed as the page's author may be the book's: not that one)
    linked = (
        None
        if byline_not_record(clues.linked, clues.lines, clues.context, lambda a: _vouched_link(a, clues))
        else clues.linked
    )
    # (a book record's header needs no vouching: a reader's review under it need name neither)
    if linked and (linked.source == "record" or _vouched_link(linked.author, clues)
                   or clues.context.mentions(linked.title) and _source(linked.title, clues) == "title"
                   or any(titled(linked.title, linked.author, t) for t in (clues.title, *clues.other_titles))) \
            and not (clues.declared_writer and letters_of(linked.author) == letters_of(clues.declared_writer)):
        return record_title(linked, clues.lines, clues.body, clues.context.text) or linked  # (its own title row: booktitledrecord)
    # "The Salt Ledger, Chidi Okafor": a split the text vouches for, as in the headline (the headline itself read with
    # its label off)
    for heading in (*clues.headings, clues.title):
        # "Book of the month: A – T"
        found = (from_title(heading, clues.context) if heading is not clues.title else None) or labelled_heading(
            heading, clues.context, heading is clues.title
        )
        if found and found.author:
            found.source = "heading"
            return found
    citation = from_citation(clues.lines) or comma_by_record(clues.lines, clues.context, title_book)  # (bookcommaby)
    if citation:
        return citation
    title, author = record_fields(clues)
    named: list[str] = []  # the titles the post may be about, worked out only when a clue needs them

    def known() -> list[str]:
        if not named:
            named.extend(([title_book.title] if title_book else []) + _titles(clues, None) or [""])
        return [t for t in named if t]

    for found, source in candidates(clues, (title, author), known):
        if found and found[0] and not note_line(found[0]):  # (a note set off in italics is no title)
            return Book(main_title(found[0], clues.title), found[1], source=source)
    titles = (
        ([title] if title else []) + ([clues.microdata.title] if clues.microdata else []) + _titles(clues, title_book)
    )
    for known in titles:
        if title_book and known != title_book.title and _source(known, clues) == "body":
            # the headline named the book: another title the text names is another book ("If you loved T2 by B")
            continue
        author = _author_of(known, clues)
        if author:
            return Book(known, author, source=_source(known, clues))
    slugged = slug_book(titles, clues.labels, clues.url, clues.context)
    if slugged:
        return Book(*slugged, source=_source(slugged[0], clues))
    # (booknounowner: ms/id "novel A ini")
    owner = (
        possessor(clues.lines, clues.context)
        or tr_owner(clues.lines[:4], clues.context)
        or closed_owner(clues.lines[:3], clues.context, titles)
    )
    # a blog that writes all in lower case: its headline, named in the text, is the title (capitalised)
    lower = (
        clues.title
        if clues.title
        and owner
        and lower_case_page(clues.context.text)
        and clues.title == clues.title.lower()
        and len(clues.title.split()) <= 8
        and (clues.context.mentions(clues.title) or defines_owned(clues.lines[:1], owner))
        else None
    )
    if (
        titles
        and owner
        and not clues.context.mentions(titles[0])
        and (quoted := quoted_or_owned(owner, clues.lines, clues.context))
    ):
        # a headline the text never names: the quoted title
        return Book(quoted, owner, source=_source(titles[0], clues))
    if (titles or lower or (titles := owned_title(clues.lines[:4], owner, clues.context))) and owner:  # (bookowned)
        return Book(
            titles[0] if titles else capitalise(lower, clues.language),
            owner,
            source=_source(titles[0] if titles else lower, clues),
        )
    person = writer(clues.context, titles[0]) if titles else None
    person = person or (
        labelled_person(clues.lines, clues.labels, clues.url, clues.context, titles[0]) if titles else None
    )
    # (booklonewriter: "X skriver …")
    person = person or (
        tagged_person(clues.labels, clues.context, titles[0]) or lone_writer(clues.context, titles[0], clues.title)
        if titles
        else None
    )
    # ('„T“, a remark' over 'X го објави …': booklonewriter)
    if person or (person := quoted_lone(clues.title, clues.context)):
        # (a headline of the post's own the text never names, echoing the title a tag gives: bookheadtag)
        if isinstance(person, str) and titles and not clues.context.mentions(titles[0]) \
                and (echo := echoed_tag(clues.title, clues.labels, person, clues.context)):
            # (the author as the tags name them in full, "Given Family" for the text's "Family")
            # (one tag only: two that end in it, "Given Family" and "Other Family", are two people of one family)
            fulls = {t for t in clues.labels if t.endswith(" " + person) and is_name(t)}
            full = fulls.pop() if len(fulls) == 1 else person
            return Book(echo, full, source="details")
        return (
            Book(titles[0], person, source=_source(titles[0], clues))
            if isinstance(person, str)
            else Book(*person, source="title")
        )
    # a title the text repeats, without its author: enough, with a rating, to tell a review
    # (bookpagetitles)
    mentioned = [t for t in titles if clues.context.mentions(t) and not quotes_other(clues.title, t)]
    return Book(mentioned[0], None, source="body") if mentioned and not title_book else None


def _source(title: str, clues: Clues) -> str:
    """"title" when the post's own title (or the page's) names the book, else "body"."""
    names = [clues.title or ""] + clues.other_titles
    return "title" if any(title.casefold() in n.casefold() for n in names if n) else "body"


