"""The book a page reviews: ``extract_page``'s chain of book rules, one rule after another, in a fixed order.

``jsonld_records`` reads JSON-LD's book and review; then ``book_clues`` reads, before the cleaning removes them, what
the rules below read of the page beside its text (its other titles, microdata, a shop's product heading, a reading
log's slashed record, a buy box, the tag links).

``read_book`` runs once the body's text is known, on every page (the classifier weighs the book):

1. JSON-LD's book, when it names an author (``bookld``);
2. the headline: "A-GEN T on …" (``bookheadof``), "T by A" (``bookheadline``), an owner's headline "A's «T»: …"
   (``bookheadowner``), "[label] T - A / remark" (``bookcjkslash``), a caseless "<review>: T — A" or tagged "T — A"
   (``bookdashowner``), "Author. Title" (``bookdotname``), then the
   headline's title without its author, then JSON-LD's book without one;
3. the body's opening heading "T — A" (``bookopeningheading``) and its "Title:"/"Author:" rows (``booklabelledrecord``);
4. while no author is found: the page's other titles, headings, citation and body (``bookbody``), a title and a person
   each named twice (``booknamedtwice``), the record in a field beside the body's (``bookbesidefield``), "eftir A"
   (``bookicelandic``), a book card (``bookcard``), a standfirst (``bookstandfirst``), a reading log's "T / A"
   (``bookslashtitle``), a fragment's record (``fragmentrecord``), the body's opening line, then a cover's caption
   (``bookleadcaption``) and a buy box (``bookbuybox``);
5. the book a reader's review's page named on the first pass, a shop's product (``bookshopauthor``); the citation's
   year and publisher (``bookbiblio``).

``finish_book`` runs last, for a review only: the record put back in the tree (``recordreview``), the rescue of forms
the rules above do not read (``bookrescue``, ``booknamedtwice``), the doubts (``bookdoubts``), then each clean-up of
the title and author in turn (brand, case, script, kind, binding, edition, pen name, signature, full title, case
endings, headline tail).

Why the order matters: the chains are ``or`` chains, so the first rule that gives a book wins and the rules after it
are not asked; a rule placed earlier overrides every later one on the pages both read. The stronger, more explicit
signs (JSON-LD, the headline's own "by") come first, the guesses last. Rules that take ``book`` refine what the rules
before them read, and the clean-ups each work on the previous one's result (``unbranded`` before ``base_form``,
``pen_name`` before ``full_title``). Moving a rule changes which book a page gets: add a new rule at its place in the
order, not at the end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book, Context
from .bookinfo import byline_name
from .bookslashclose import closing_slash
from .bookitalicrecord import italic_record
from .bookbesidefield import beside_record
from .bookbiblio import from_citation
from .bookartist import without_artist
from .bookbinding import binding_tail
from .bookbody import find_book
from .bookbrand import in_page_script, kind_by, kind_head, kind_tail, unbranded
from .bookbuybox import buy_box, buy_box_book
from .bookcaptionby import captioned_book
from .bookcard import card_book
from .bookcase import base_form
from .bookcoauthors import co_authors
from .bookcatalogname import catalogue_book
from .bookcjkslash import labelled_dash
from .bookdashopener import opener_dash
from .bookdashowner import vouched_dash
from .bookdotname import dotted_name
from .bookdoubts import doubtful_author, quoted_work, swapped
from .bookedition import edition_bracket
from .bookfieldname import labelled_full_name
from .bookfactlist import fact_list_book
from .bookclosingfacts import closing_facts
from .bookcaptionyear import dated_caption
from .bookheadclosename import head_closing_name
from .bookvendorline import vendored
from .bookfulltitle import full_title
from .bookgenitivefront import nominative_author
from .bookgenitivetail import declined_tail
from .bookheadline import from_title
from .bookheadof import of_headline
from .bookheadowner import headed_owner, owned_headline
from .bookheadsurname import surname_headline
from .bookheadtail import headline_tail
from .booklowerlead import lowered_lead
from .bookheadinglabel import kicker_off
from .bookicelandic import eftir_author
from .bookindicname import own_script_author
from .bookkindparen import kind_bracket
from .booklabelledrecord import labelled_record
from .bookld import from_jsonld
from .leadpicture import RULE as LEAD_RULE
from .bookleadcaption import house_titled, lead_caption_book  # (the caption leadpicture drops, read as the book)
from .booknamedtwice import named_twice
from .bookopeningheading import opening_heading, opening_line
from .bookheadlinewriter import headline_writer
from .bookpageclues import page_clues
from .bookownbyone import own_by_one
from .bookpenname import by_pen_name, headline_pen_name, pen_name, tagged_pen_name
from .bookproducthead import product_heading
from .bookrescue import Page as RescuePage, rescue
from .bookshopauthor import shop_book
from .bookslashtitle import slash_record
from .booksidecard import side_card
from .booksigned import signed_author
from .bookstandfirst import standfirst_book
from .booktags import tag_lines, tag_links
from .booktitles import PRODUCT_WORD, product_word
from .fragmentrecord import fragment_book
from .labeldash import closing_record
from .mediumlabel import unlabelled
from .bookclosingfront import closing_front_book
from .nodes import shown_text
from .rating import Rating
from .recordreview import put_back
from .wikihost import host_names


def scored(book: Book | None, rating: Rating | None) -> bool:
    """The book's author is the score's own words: a record line "Rating: X" read as a person."""
    return bool(book and book.author and rating is not None and book.author.casefold() in rating.raw.casefold())


def jsonld_records(jsonld) -> tuple[Book | None, dict | None]:
    """JSON-LD's book and review (``bookld``)."""
    try:
        jsonld_book, jsonld_review = from_jsonld(jsonld)
    except (TypeError, ValueError, AttributeError, KeyError):  # JSON-LD not shaped as schema.org says: not a clue
        jsonld_book, jsonld_review = None, None
    return jsonld_book, jsonld_review


def book_clues(tree, reader_review: bool):
    """The book's clues the cleaning would remove: the page's clues, a shop's product heading, a reading log's slashed
    record, a buy box, a shop's book for a reader's review kept alone, the tag links."""
    page = page_clues(tree)  # the page's other titles, description, keywords, microdata and images, before cleaning
    page.microdata = page.microdata or side_card(tree, page.other_titles)  # a reader's review's book card in its sidebar
    # a catalogue's h1 over "Family, Given, 1949-2017, author." with no author link (bookcatalogname)
    if page.linked is None:
        page.microdata = page.microdata or catalogue_book(tree)
    # (bookbuybox: a buy box's 'T' over 'A' among the post's paragraphs); a shop's product h1 (bookproducthead), before
    # the cleaning drops its buttons; a reading log's "T / A" over its record (bookslashtitle)
    shop_heading, slashed, bought = product_heading(tree), slash_record(tree, page.other_titles), buy_box(tree)
    # (a reader's review kept alone on a product page: the h1 and the record's author, named in full where the page does)
    shop_found = shop_book(shop_heading, tree) if reader_review and shop_heading else None
    tag_words = tag_links(tree)  # tag links, before cleaning drops them (for the book rescue)
    return page, shop_heading, slashed, bought, shop_found, tag_words


def read_book(*, meta, page, markdown, lines, names, url, head, jsonld_book, report, tag_words, post, tree, slashed,
              bought, record_book, shop_found, plays=True):
    """The page's book, its reading context and the related posts' texts the cleaning removed (read again last)."""
    # the book: JSON-LD, then the title, then the page's other titles, headings, citation and body (bookbody)
    headings = [re.sub(r"^#+\s*", "", line) for line in markdown.splitlines() if line.startswith("#")][:2]
    # not the book's author: the blog, the blogger, and the host's own words ("tidewaterhalls" of tidewaterhalls.example)
    # (wikihost: none on a wiki, named for its subject)
    # (and the blogger's name alone, where the metadata kept the byline's label before it: bookinfo.byline_name)
    text = "\n".join(lines)
    bare = byline_name(meta.author, text)
    context = Context(text, names + host_names(url, head, text) + ((bare,) if bare else ()), meta.language)
    book: Book | None = jsonld_book if jsonld_book and jsonld_book.author else None
    related = [r.text for r in report.removed if r.rule.startswith("related")]
    # (a title without its author yields to an owner's headline: 'Label : A-GEN 'T' …'); (bookheadowner: "A's «T»: …";
    # bookheadof: fi "A-GEN T on …", tg "«T»-и A")
    book = (
        book
        or of_headline(meta.title, context)
        or ((titled := from_title(meta.title, context)) and titled.author and titled)
        or own_by_one(titled, meta.title, context)  # ("T Karya A, <tagline>", A one name: bookownbyone)
        or owned_headline(meta.title, context, meta.tags + meta.categories + tag_words)
        or headed_owner(meta.title, context)
        or surname_headline(meta.title, context)  # ("Surname: T", the text naming A in full: bookheadsurname)
        or ((dashed := labelled_dash(meta.title, context, meta.tags + tag_words)) and Book(*dashed, source="title"))
        # (a caseless script's "<review>: T — A", or "T — A" with A tagged: bookdashowner)
        or ((dashed := vouched_dash(meta.title, context, meta.tags + meta.categories + tag_words))
            and Book(*dashed, source="title"))
        or dotted_name(meta.title, context)
        or titled
        or jsonld_book
    )
    book = unlabelled(book, plays)  # ("Video: T van A": the medium's label off the title on a page playing it, mediumlabel)
    # "<h2>T — A</h2>" opening the body (bookopeningheading); the body's "Title:"/"Author:" rows over a headline author
    # the text never names (booklabelledrecord)
    book = (
        opening_heading(book, meta.title, headings, lines, context)
        or labelled_record(book, lines, post, context)
        or book
    )
    if not (book and book.author):
        clues = replace(page, title=meta.title, headings=headings, lines=lines, body=post,
                        context=context, language=meta.language, url=url,
                        labels=meta.tags + meta.categories + page.labels + tag_words, rubrics=meta.categories)
        book = find_book(clues, book) or book
        book = named_twice(book, tree, lines, meta.title, clues.labels, captions=[c for c, _ in clues.captioned],
                           related=related) or book  # (book9b)
        # ('«T», de A (House, 2016)' captioning the lead picture: the book's dated record, over the body's reading)
        book = dated_caption(book, clues.captioned, text, meta.title or "") or book  # (bookcaptionyear)
        if not (book and book.author):  # the record in a field beside the body's (bookbesidefield)
            # (bookicelandic, bookcard, bookstandfirst, bookslashtitle, fragmentrecord, bookopeningheading)
            book = (
                beside_record(post, context)
                or fact_list_book(lines)  # (a closing list of labelled facts and the book's credit: bookfactlist)
                or eftir_author(book, lines, context.text, post)
                or card_book(book, report.removed, context, lines, post)
                or standfirst_book(book, report.removed, clues.labels, context, tree, page.subtitle, meta.title,
                                   page.other_titles)
                or slashed
                or fragment_book(book, lines, context.text, meta.title or "")
                or closing_facts(lines, context.not_authors)  # ("T, A, House" bare, in a list or a line: bookclosingfacts)
                or closing_slash(lines, context)  # (a caseless "T / A" line closing the post: bookslashclose)
                or italic_record(lines, context, post)  # ("T, A. Kind." in italics closing it: bookitalicrecord)
                or opening_line(lines, context)
                or headline_writer(meta.title, lines, context)  # (a headline T over "A's last novel …": bookheadlinewriter)
                or head_closing_name(book, meta.title, context)  # ("T: <phrase> A", A the text's: bookheadclosename)
                or book
            )
            # a cover's caption as the book's record, 'T — A (House)', read before cleaning; 'T (House)' and the
            # ergative subject of 'this novel' (bookleadcaption)
            book = book if book and book.author else (
                lead_caption_book(clues.captioned, context)
                or buy_box_book(bought, context)
                or house_titled(clues.captioned, context)
                or book
            )
        # the lead picture's caption the cleaning took out of the text (leadpicture), read as the text's first line
        # when nothing else named the book: the desk's caption may be the only place the page names it
        if not (book and book.author) and (shown := [r.text for r in report.removed if r.rule == LEAD_RULE]):
            more = Context("\n".join(shown + lines), context.not_authors, context.language)
            book = find_book(replace(clues, lines=shown + lines, context=more), book) or book
    if record_book is not None and not (book and book.author):
        book = record_book  # (a reader's review kept alone: the book its page's record named, read on the first pass)
    if shop_found is not None and not (book and book.author):
        book = shop_found  # (bookshopauthor)
    book = closing_record(book, lines, context.text)  # ("Book: T — A, House" closing the post: its record, labeldash)
    # ("A, T. House, City." closing the post: bookclosingfront)
    book = closing_front_book(book, lines, context, post if post is not None else tree)
    citation = from_citation(lines)
    if book and citation and book.author and citation.title.casefold() == book.title.casefold():
        book.year = book.year or citation.year
        book.publisher = book.publisher or citation.publisher
    return book, context, related


def finish_book(book, *, rating, report, meta, page, tree, lines, context, tag_words, related, body_text,
                shop_heading, url, elements=()):
    """Last, for a review only: title and author in forms the rules above do not read (quotes, each script's cues)."""
    put_back(report, book)  # (a record page's record, gone from the body's text, back in the tree: recordreview)
    book = rescue(book, RescuePage(meta.title, lines, meta.tags + meta.categories + page.labels, tree, meta.jsonld,
                                   context, page.pictures,
                                   tag_words if book and book.author else tag_words + tag_lines(tree),
                                   page.description, url))  # (booktags)
    book = opener_dash(book, meta.title, context) or book  # (a caseless "T — A", A opening a sentence: bookdashopener)
    book = named_twice(book, tree, lines, meta.title, meta.tags + meta.categories + page.labels, True,
                       related=related) or book
    # ("T by A, …" under the lead picture: bookcaptionby)
    book = captioned_book(book, page.captioned, lines, meta.title, meta.language) or book
    book = kind_by(book)  # ("essays by A", "un roman de A": the kind and its "by" off the author: bookbrand)
    book = vendored(book, tree)  # (a shop's vendor caption over its h1; no "Mr X" as the author: bookvendorline)
    if book and book.author and book.source != "jsonld" and book.author not in (meta.title or ""):
        book = swapped(book, body_text) or book  # ("Author, Title, House" read the other way round: bookdoubts)
    if book and book.author and book.source != "jsonld" and book.author not in (meta.title or "") \
            and (doubtful_author(book.author, body_text) or quoted_work(book.author, body_text)) \
            or scored(book, rating):
        book = None  # a wrong book is worse than none
    # (bookbrand, bookcase)
    book = unbranded(book, meta.title, page.other_titles, page.pictures, tree)
    book = base_form(book, body_text, meta.language, meta.title)
    # (bookbrand: a title in two scripts, its kind's word)
    book = in_page_script(book, meta.title, body_text, shop_heading)
    book = kind_tail(book, body_text)
    book = kind_head(book, body_text, meta.title)  # "Novel T": its kind's word before it, a common noun (bookbrand)
    # "T (novel)": its kind in brackets (bookkindparen); a Latin author as an Indic text names them (bookindicname)
    book = kind_bracket(book, body_text)
    book = own_script_author(book, body_text)
    # (bookbinding: "T: S - Paperback"); "T（新装版）", "T (Anniversary Edition)": its edition in brackets (bookedition)
    book = binding_tail(book, shop_heading, page.pictures, body_text)
    book = edition_bracket(book)
    # (bookpenname; booksigned: "A imzalı T"; bookfulltitle: the full title a short one stands for)
    book = pen_name(book, meta.title, [[page.description or ""], page.pictures, page.other_titles], body_text)
    book = tagged_pen_name(book, meta.title, meta.tags + page.labels + tag_words, body_text, meta.language)
    book = headline_pen_name(book, meta.title, body_text, context.not_authors)  # ("A, „T“: …": one word)
    book = by_pen_name(book, meta.title, body_text, context.not_authors, meta.language)  # ("Label: T von A": one word)
    book = signed_author(book, body_text)
    book = full_title(book, body_text)
    book = labelled_full_name(book, lines)  # (a surname's full name in a record's labelled field: bookfieldname)
    # "Андрея Светлова «T»": the author as the text names them (bookgenitivefront, bookgenitivetail)
    book = nominative_author(book, meta.title, context)
    book = declined_tail(book, context)
    # "A: T – a tagline in lower case" read as the title; "A's T and a phrase in lower case" (bookheadtail)
    book = headline_tail(book, body_text, url, lambda: [meta.title or "", *page.other_titles,
                                                        *map(shown_text, tree.iter("h1", "h2", "h3"))])
    book = lowered_lead(book, body_text, url)  # "Rereading T by A" over "… rereading T …": the verb off (booklowerlead)
    book = kicker_off(book, meta.title, body_text, elements)  # "Section: T – A": the section label off (bookheadinglabel)
    book = co_authors(book, body_text, meta.title, context)  # "A and B, «T»": the author's co-authors (bookcoauthors)
    return without_artist(book, body_text)  # "T – A et B" over "Dessin : B": the writer alone (bookartist)


def shown_title(book: Book, tree) -> str:
    """The book's title as the record shows it."""
    title = book.title
    if PRODUCT_WORD.match(title):  # a shop's "Книга T": the page names T alone somewhere (an image's alt text)
        # (a breadcrumb's last crumb runs on to the one before in text_content)
        title = product_word(title, " ".join([*tree.itertext(), *tree.xpath("//img/@alt")]))
    return title
