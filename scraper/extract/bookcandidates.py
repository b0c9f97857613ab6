"""The books a post sets apart or its opening mentions, most trusted first: ``candidates`` for ``bookbody.find_book``.

"details": a labelled info box (``record_fields``; one the cleaning took out, ``_boxed``), a bibliographic or credit
line, a cover's alt text or caption, a book box in any script; "body": a title set off in the opening paragraphs with
its author, each language's and script's own cues, a book link's text (``book_links``). Each is worked out only when
reached, so the cheap and trusted ones are tried before the costly ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from .nodes import hrefs_in
from .slugspell import fold, slug_words
from .book import Book, clean_title
from .notewords import PUBLISHER
from .bookheadline import from_title
from .bookbiblio import BIBLIO_DETAIL, BIBLIO_TAIL, from_bibliography
from .bookbracketrecord import bracket_record
from .bookcaselessname import vouched_caseless
from .bookcaselessrecord import caseless_record
from .bookinfo import _READING_VERB
from .booklabelfields import field_pairs, labelled_fields
from .bookplainof import plain_of
from .bookcjkline import cjk_record
from .bookinopening import inside_opening
from .bookcaptionowner import caption_owner
from .bookcaptionedition import edition_caption
from .bookcaptiongenitive import genitive_caption
from .bookslugpair import headline_pair, slug_pair
from .bookslugtag import slugged_tag_book
from .bookcaptionby import caption_over_headline
from .bookcover import cover_alt_book, from_caption
from .bookunspaced import unspaced_book
from .bookthaiof import bare_headline_of, opening_of
from .bookarabictag import arabic_tagged_book, tagged_headline
from .bookheadtag import headline_tag_book
from .bookhebrewof import hebrew_of_book
from .bookgeorgian import georgian_genitive
from .bookgenitivefront import fronted_genitive
from .bookheadowner import opening_owned, sinhala_read_owned
from .booksouthopening import south_opening_owned
from .bookopeningthis import opening_owns_this
from .bookturkic import turkic_genitive
from .bookarabicby import arabic_headline_by
from .bookofauthor import of_headline
from .bookownedslug import owned_slug
from .bookclues import COVER, credit_line, from_pictures, opening_by, record_lines
from .bookmarkedrecord import by_marked, described_marked, marked_record
from .bookquotedrecord import remark_record
from .bookcjkcover import cover_writer, headline_bracket_tag, kind_record, tagged_bracket
from .bookgenitive import genitive_author, owner_of_quoted
from .bookownerquoted import owner_before_quoted
from .bookgenitivepair import genitive_pair
from .bookwrotequoted import wrote_quoted
from .bookwroteunquoted import wrote_unquoted
from .booklonewriter import quoted_writer, subject_writer, titled_writer
from .bookownby import plain_own_by
from .bookopening import (
    bracket_credit, defined_book, from_paragraph, from_plain, info_line, marked_paragraphs, pictograph_record,
    surname_possessive, tagged_title_run)
from .bookscripts import script_pair
from .bookturkicfrom import ablative_headline
from .booktitles import cjk_bracketed, cjk_owner, cjk_writer
from .bookcjkslash import role_credit
from .bookpageclues import Clues

_BOOK_LINK = re.compile(r"goodreads\.com/book|thestorygraph\.com/books|bookshop\.org|openlibrary\.org|isbn", re.I)


def record_fields(clues: Clues, pairs: list[tuple[str, str]] | None = None) -> tuple[str | None, str | None]:
    return labelled_fields(field_pairs(clues.lines, clues.body) if pairs is None else pairs, clues.context.text)


def _boxed(clues: Clues, known: str | None) -> tuple[str, str] | None:
    """An info box the cleaning took out of the post (a shop's product box, a plugin's book card), read before it:
    its title and author, or its author for the headline's book when the text names that author too."""
    title, author = record_fields(clues, clues.fields)
    if not author or any(author.casefold() == n.casefold() for n in clues.context.not_authors if n):
        return None
    if title:
        return main_title(title, clues.title), author
    cjk = re.fullmatch(r"[\u3000-\u9fff・]+", author)
    named = (
        any(author[i : i + 2] in clues.context.text for i in range(len(author) - 1))
        if cjk
        else clues.context.vouches_for(author)
    )
    return (known, author) if known and named else None


def _covers(body: HtmlElement) -> list[str]:
    """Alt texts of the post body's images that say they show a cover."""
    return [t for t in body.xpath(".//img/@alt | .//img/@title") if COVER.match(t)]


# a second edition cited after the first's year, a semicolon and its imprint ("Gallimard, 1983 ; Folio", "1983; Penguin
# Classics"): a record's detail, as no house's place is followed by another imprint
_REISSUE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d\s*;\s*[A-ZÀ-Þ]")


def _credited_title(lines: list[str], name: str, headline: str, context, url: str = "") -> str | None:
    """The title a credit line names right after its person, "Name, Title, House, 2020, 168 pp." (the order Italian,
    Spanish, French, Polish and many other reviews close with), where the headline is an essay's own words that the text
    never names ("Going home to the coast"): the line's book, not the headline. Not a person the text calls by surname
    there (a translator's, a co-author's), a publisher's word, a detail or a date. A record with no details after its
    year ("Name, X, Y, 2022.") is as often a house and its place ("Name, House, City, 2022."): its X is the title only
    where the post's address names it too (a slug made from the post's first title)."""
    if not headline or context.mentions(headline):
        return None  # (the text names the headline's title: that one, as before)
    for line, segments in record_lines(lines, headline):
        if len(segments) < 4 or segments[0] != name:
            continue
        title, house = segments[1], segments[2]  # (a house after the title: "Name, House, 2019, 212 pages" has none)
        if not BIBLIO_DETAIL.search(line) and not _REISSUE.search(line) and f" {fold(title)} " not in slug_words(url):
            continue
        if title[:1].isupper() and len(title.split()) <= 10 and not re.search(r"\d", title + house) \
                and house[:1].isupper() and not context.person(title) and not PUBLISHER.match(title) \
                and not BIBLIO_TAIL.search(title):
            return clean_title(title)
    return None


def book_links(body: HtmlElement) -> list[str]:
    return [re.sub(r"\s+", " ", a.text_content()).strip() for a in hrefs_in(body) if _BOOK_LINK.search(a.get("href"))]


def _headline_owner(headline: str, named: str, marked: str) -> tuple[str, str] | None:
    """"重读A《T》：…": the owner the headline names before the brackets, whom the text names again (the headline is one
    of the two namings), where it opens the headline's phrase or follows a verb of reading there; not the end of a
    phrase of another's ("朋友推荐的《T》": "推荐" said again in the text is no name)."""
    owned = cjk_owner(headline, f"{named}\n{headline}", marked)
    at = headline.rfind(owned[1], 0, headline.find(marked)) if owned else -1
    before = re.split(r"[\s，。、：:,|｜!！?？「『“（(]", headline[:at])[-1] if at >= 0 else None
    return owned if before is not None and (not before or _READING_VERB.search(before)) else None


def candidates(
    clues: Clues, fields: tuple[str | None, str | None], known
) -> Iterator[tuple[tuple[str, str] | None, str]]:
    """Books the post sets apart ("details": an info box, a cover, a bibliographic or credit line), as reviews do,
    or its opening mentions ("body"), as any post may; most trusted first, each worked out only when reached."""
    context, body = clues.context, clues.body
    yield (fields if all(fields) else None), "details"
    # a box the cleaning took out that labels both title and author (None without a title)
    yield _boxed(clues, None), "details"
    yield from_bibliography(clues.lines[:4], context), "details"
    yield bracket_record(clues.lines, context), "details"  # ("A, T (House, 1950)": bookbracketrecord)
    credited = credit_line(clues.lines, (known() or [None])[0], context)
    if credited:  # the credit line may name its own title ("Name, Title, 300 pages"): that one, not the headline's
        cited = from_bibliography(clues.lines, context) or marked_record(body, context)  # (italics: bookmarkedrecord)
        yield (cited if cited and cited[1] == credited else None), "details"
    # (or the title the credit line names after its person, where the headline is the post's own words, no title the
    # post names: _credited_title)
    own_words = (known() or [clues.title])[0]
    credited = credited or (credit_line(clues.lines, own_words, context) if not known() else None)
    yield ((_credited_title(clues.lines, credited, own_words, context, clues.url) or (known() or [None])[0], credited)
           if credited else None), "details"
    paragraphs = marked_paragraphs(body) if body is not None else []
    # "다자이 오사무 저 · 정하윤 역": the author of the book the headline names (a catalogue's h1 is the book's bare title)
    roled = role_credit(paragraphs + clues.lines[:8])
    headline_ = (known() or [t for t in [clues.title] if t and len(t) <= 60 and clues.context.mentions(t)] or [None])[0]
    yield ((headline_, roled) if roled and headline_ else None), "details"
    # "T　A著（出版社、825円）", "A, 『T』."; "A, <em>T</em>, a novel." (bookmarkedrecord)
    # (bookmarkedrecord.by_marked: "<em>T</em> by A, House" opening or closing the post)
    yield cjk_record(clues.lines[:6] + clues.lines[-6:], context) or described_marked(body, context) \
        or by_marked(body, context), "details"
    yield marked_record(body, context) if body is not None else None, "details"  # (no credit line: the italics alone)
    # "T — A, House", "A, T, House, City" in a script without capitals (bookcaselessrecord)
    yield caseless_record(clues.lines, context, [clues.title or "", *clues.other_titles]), "details"
    for paragraph in paragraphs:
        yield info_line(paragraph, context), "details"
    for paragraph in paragraphs:
        yield from_paragraph(paragraph, context), "body"
    yield inside_opening(paragraphs, context, clues.title), "body"  # "In “T”, A tells …" (bookinopening)
    # (bookturkicfrom: "A'dan 'T'"; booklonewriter: fa "«T»؛ …" over "A این رمان را … نوشت")
    yield (
        script_pair(clues.title or "", context, clues.labels)
        or ablative_headline(clues.title, context)
        or subject_writer(clues.title, context)
    ), "title"
    # "کتاب T اثر A نشر P"; "T ti A: …" (bookofauthor)
    yield (arabic_headline_by(clues.title, context, clues.labels) or of_headline(clues.title, context)
           or headline_pair(clues.title, clues.url, context)), "title"  # (bookslugpair: the headline and the address agree)
    for line in clues.lines[:6]:  # (the headline names the author again too: "पुस्तक समीक्षा: T — कमलेश्वर")
        yield script_pair(line, context, clues.labels + ([clues.title] if clues.title else []), clues.url), "body"
    # (a headline's too; bookturkic)
    yield (
        genitive_author(paragraphs + [clues.title or ""], context, clues.labels, clues.language, clues.url,
                        clues.title)
        or turkic_genitive(paragraphs, context, clues.title)
        or sinhala_read_owned(paragraphs, context)  # (si "A-GEN T I read …": bookheadowner)
        or opening_owned(paragraphs, context, clues.title)  # (ur/hi "A B کی 'T' …" under its headline's T)
        or south_opening_owned(paragraphs, context, clues.title)  # (ml/ta "A B-GEN T …" under its headline's T)
        or opening_owns_this(paragraphs, context, clues.title)  # (kn/hi/ne "A B's this novel …" under "T: …")
    ), "body"
    # (bookgenitivepair: two writers sharing a surname)
    yield (owner_of_quoted(paragraphs, context) or owner_before_quoted(paragraphs, context)  # (bookownerquoted)
           or genitive_pair(paragraphs, context, clues.url)), "body"
    yield surname_possessive(paragraphs, context, clues.labels), "body"
    yield _boxed(clues, (known() or [None])[0]), "details"
    yield from_pictures(_covers(body) if body is not None else [], clues.pictures, context, known()), "details"
    captioned = (from_caption(clues.captioned, context, clues.labels)
                 or cover_writer(clues.captioned, clues.lines, context)
                 or kind_record(clues.captioned, context.text, clues.labels)
                 or edition_caption(clues.captioned, context))  # ("T, A, new paperback edition": bookcaptionedition)
    if caption_over_headline(captioned, clues.title, context, [c for c, _ in clues.captioned]):
        captioned = None  # (under a headline that is another title whole: bookcaptionby)
    yield captioned, "details"
    # "A का उपन्यास" under a cover, the quoted T; "A's novel T, first edition" (the headline may name T)
    yield caption_owner(clues.captioned, clues.lines, context, clues.title), "details"
    yield genitive_caption(clues.captioned, context), "details"  # bn "A B-এর ‘T’, …" (bookcaptiongenitive)
    yield cover_alt_book(clues.pictures, context, clues.title), "details"  # "T 1권 표지" by "A 작가"
    for link in book_links(body) if body is not None else []:
        yield _pair(from_title(link)), "body"
    # (a page whose body has no paragraphs, a thread of posts in divs, or no one body: its opening lines stand for them)
    for paragraph in paragraphs[:2] or clues.lines[:3]:
        yield from_plain(paragraph, context) or plain_of(paragraph, context), "body"  # (bookplainof: "…, T, de A, …")
    # (bookslugpair, bookownedslug; bookownby: id "… T karya A …")
    yield (
        opening_by(paragraphs, clues.url, context)
        or slug_pair(clues.lines, clues.url, context)
        or owned_slug(paragraphs, clues.url, context)
        or plain_own_by(clues.lines, context)
    ), "body"
    yield slugged_tag_book(clues.labels, clues.url, context), "details"  # "/tiutiun-dimitar-dimov": a tag and a name
    yield (
        bracket_credit(paragraphs + clues.lines[:6], context)
        or tagged_title_run(paragraphs, clues.labels, context.text, clues.language)
    ), "body"
    yield pictograph_record(clues.lines[:8], context), "details"
    # Thai: the quoted title, by the one name-shaped tag, or "of" A (headline and text)
    yield unspaced_book(clues.lines, clues.labels, context, clues.title) or opening_of(clues.lines, context), "body"
    yield arabic_tagged_book(clues.lines, clues.labels, context), "body"  # «T» in the opening, by the one person tag
    yield tagged_headline(clues.title, clues.labels, context), "title"  # the headline or a tag, by the one person tag
    yield hebrew_of_book(clues.title, clues.lines, context), "body"  # he '"T" הוא …' under "… של A" (bookhebrewof)
    # (A a tag; th "T ของ A B: …" over "this novel of A": bookthaiof)
    yield (
        headline_tag_book(clues.title, clues.labels, context)
        or tagged_bracket(clues.title, clues.labels, context)
        or headline_bracket_tag([clues.title or "", *clues.other_titles], clues.labels, context)
        or bare_headline_of(clues.title, clues.lines, context)
    ), "title"
    # "A-ის „T“", "Jurgio Kunčino „T“": a genitive "by"
    yield (
        georgian_genitive(clues.title, clues.lines, context)
        or fronted_genitive(clues.title, context, labels=clues.labels)
    ), "title"
    yield fronted_genitive(None, context, paragraphs[:1]), "body"  # lt/lv "Jurgio Kunčino romaną „T“" opening the post
    yield defined_book(paragraphs or clues.lines[:3], context), "body"
    # the one title the page's own title sets in 《》/『』 ("又读《T》_blog"), and its owner wherever the text names it (a
    # sidebar left before the post may push it past the opening lines); another bracketed title is another book
    marked = next((t for t in map(cjk_bracketed, [clues.title or ""] + clues.other_titles) if t), None)
    named = "\n".join([context.text, *clues.labels])  # a tag ("#林海音") names the owner again
    for line in clues.lines[:4]:
        owned = cjk_owner(line, named)
        yield (owned if not marked or owned and owned[0] == marked else None), "body"
    # (the headline itself last: "重读A《T》：…", its owner named there before the brackets, whom the text names again)
    for line in (
        [line for line in clues.lines if f"《{marked}》" in line or f"『{marked}』" in line][:3] + [clues.title] if marked else []
    ):
        yield (cjk_owner(line, named, marked) if line is not clues.title else _headline_owner(line, named, marked)), "title"
    yield cjk_writer(clues.lines[:4], named, marked), "body"
    # "A написав «T» …": who wrote what, in the opening (bookwrotequoted); '"T" …' over "X writes" (booklonewriter)
    yield (
        wrote_quoted(paragraphs or clues.lines[:4], context)
        or quoted_writer(clues.lines, context, clues.title)
        or titled_writer(context, clues.title)  # ('the title of the collection, “T”' and "X writes …": booklonewriter)
        or wrote_unquoted(paragraphs or clues.lines[:4], context)  # ("A wrote T as a novel …": bookwroteunquoted)
    ), "body"
    # ("A, „T“. Reprint, hardcover.": bookquotedrecord)
    yield from_bibliography(clues.lines, context) or remark_record(clues.lines, context, vouched_caseless), "details"


def _pair(book: Book | None) -> tuple[str, str] | None:
    return (book.title, book.author) if book and book.author else None


def main_title(title: str, post_title: str | None) -> str:
    """"Middlemarch: A Study of Provincial Life" is "Middlemarch" when the post title names only that."""
    if ":" in title and post_title:
        main = title.split(":", 1)[0].strip()
        if main.casefold() in post_title.casefold() and title.casefold() not in post_title.casefold():
            return main
    return title
