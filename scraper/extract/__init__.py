"""Extraction: HTML and URL in, a clean review record out.

Pure on purpose: no network, no Scrapy, no database, so that it runs in worker
processes during a crawl and again, later, over archived pages.

The stages, each in its own module:
``platforms`` (which engine, where the post body is) → ``boilerplate`` (remove
what is not the review, by structure) → trafilatura (main text as Markdown and
plain text) → ``book`` / ``rating`` → ``classify`` (review or not, and why).
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass, field, fields
from urllib.parse import urlsplit

from trafilatura import bare_extraction
from trafilatura.xml import xmltotxt

from . import boilerplate, controls, mediumcard, nodes, notes, presskit, readerreview, reviewbox, shopbookrow
from .book import Book
from .anaphora import book_mentions
from .pagebook import scored, book_clues, finish_book, jsonld_records, read_book, shown_title
from .postclean import strip_edges, clean_post
from .classify import Evidence, body_signals, classify
from .reviewed import work_clues
from .lendingpage import lending_page
from .commentids import remove_comment_boxes
from .ddparagraphs import unnest_paragraphs
from .statusthread import keep_thread
from .layout import unwrap_layout_tables
from .medium import forum_topic
from .mediumpage import page_medium, podcast_episode
from .podcastpage import PLAYER_SELECTORS
from .mediumlabel import plays_media
from .metadata import PLATFORM_NAMES, PageMeta, read_metadata
from .parse import parse_page
from .bodyfind import find_body
from .platforms import MEDIUM_SELECTORS, TUMBLR_SELECTORS, WIDGET_SELECTORS, detect_platform, tumblr_page
from .rating import Rating, find_rating, rating_blocks
from .ratingemojirun import drawn_row
from .ratingletters import letter_rating
from .ratinglegend import legend_rating
from .ratingpoints import school_scaled
from .words import count_words
from .trafsetup import trafilatura_options as _trafilatura_options  # (and trafilatura's filter keeps the joiners)

# Bump when a change to extraction changes its output; rows record the version that made them.
EXTRACTOR_VERSION = "1.83.0"

# The cleaning, book and rating rules call re.search(pattern, …) with a few hundred fixed patterns, and the book
# rules build patterns from each page's names and titles. Python keeps 512 compiled patterns and drops the oldest
# (3.11), so each page's new patterns pushed the fixed ones out and they were compiled again: ~1.3 ms a page of a
# crawl, some patterns taking 3 ms to compile. 4,096 keeps them for a thousand pages or so (a few MB).
if getattr(re, "_MAXCACHE", 4096) < 4096:
    re._MAXCACHE = 4096

@dataclass(frozen=True)
class Hints:
    """Per-source refinements from sources.yaml."""

    drop_selectors: tuple[str, ...] = ()
    review_url_patterns: tuple[str, ...] = ()
    review_categories: tuple[str, ...] = ()
    review_tags: tuple[str, ...] = ()


@dataclass
class PageRecord:
    url: str
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    sitename: str | None = None
    platform: str | None = None
    kind: str = "empty"
    is_review: bool = False
    reason: str = ""
    book_title: str | None = None
    book_author: str | None = None
    book_year: int | None = None
    book_publisher: str | None = None
    rating_raw: str | None = None
    rating: float | None = None
    body_markdown: str = ""
    body_text: str = ""
    word_count: int = 0
    disclosure: str | None = None  # the reviewer's free-copy disclosure, as written
    content_warnings: str | None = None  # what the review's content warning lists
    spoiler_sections: int = 0  # sections the review marks as spoilers
    removed: list[dict] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict:
        # what dataclasses.asdict gives (lists and the removed rules' dicts copied), without its recursive walk of
        # every value (~0.3 ms a page: 80 calls of its deep-copying helper for a page's removed blocks)
        out = {name: getattr(self, name) for name in _FIELDS}
        out["categories"], out["tags"] = list(self.categories), list(self.tags)
        out["removed"] = [dict(r) for r in self.removed]
        return out


_FIELDS = tuple(f.name for f in fields(PageRecord))


def _jsonld_rating(review: dict | None) -> Rating | None:
    if not review or not isinstance(review.get("reviewRating"), dict):
        return None
    rr = review["reviewRating"]
    try:
        value = float(rr.get("ratingValue"))
        best = float(rr.get("bestRating") or 5)
    except (TypeError, ValueError):
        return None
    if best <= 0 or not 0 <= value <= best:
        return None
    # value/best, as a reader reads "4/5" (worstRating is usually 1 and does not shift the scale)
    return Rating(f"{rr.get('ratingValue')}/{rr.get('bestRating') or 5}", round(value / best, 3))


def _source_hint(url: str, meta: PageMeta, hints: Hints) -> bool:
    if any(re.search(p, url) for p in hints.review_url_patterns):
        return True
    cats = {c.casefold() for c in meta.categories}
    tags = {t.casefold() for t in meta.tags}
    return bool(cats & {c.casefold() for c in hints.review_categories}
                or tags & {t.casefold() for t in hints.review_tags})


# Engines whose body classes say what a page is (home, archive, single post); other themes
# (Pelican's, Svbtle's) put "home" or "blog" on every page.
_CLASSED_ENGINES = {"wordpress", "wordpress-com", "blogger", "ghost", "joomla", "drupal"}


def _own_names(meta: PageMeta) -> tuple[str, ...]:
    """The blog's name (as it declares it, not guessed) and the blogger's."""
    site = meta.og_site_name
    names = [site] if site and site.casefold() not in PLATFORM_NAMES else []
    # the publication: a Medium byline's, or the publisher the post's JSON-LD names where the page names it too
    names += [meta.publication] if meta.publication else []
    return tuple(names + ([meta.author] if meta.author else []))


def extract_page(html: str | bytes, url: str, hints: Hints | None = None, *, _reader_review: bool = False,
                 _record_book: Book | None = None, _widgets: tuple = ()) -> PageRecord:
    hints = hints or Hints()
    record = PageRecord(url=url)
    tree = parse_page(html)
    if tree is None:
        record.reason = "not parseable as HTML"
        return record
    # lxml makes a Python proxy for an element each time a walk reaches it, asking lxml.html's class lookup (Python
    # code) which class to give it, and frees it when the walk moves on: the dozen walks below made some 2,300
    # proxies a page again and again. Held here for the page's lifetime, they are made once and found by every walk.
    alive = list(tree.iter())  # noqa: F841 - held, not read
    # (each element's class and id read once for the walks below, until the comment boxes go)
    nodes.keep_attributes(tree)
    head = html[:20000] if isinstance(html, str) else html[:20000].decode("utf-8", "replace")
    record.platform = detect_platform(tree, head)
    meta = read_metadata(tree, url)
    names = _own_names(meta)
    jsonld_book, jsonld_review = jsonld_records(meta.jsonld)
    page, shop_heading, slashed, bought, shop_found, tag_words = book_clues(tree, _reader_review)  # (pagebook)
    named = reviewbox.box_named(tree)  # (the review-named elements, for both)
    # ("//article[not(ancestor::article)]", counted by lxml's iteration)
    articles = sum(1 for a in tree.getroottree().getroot().iter("article")
                   if next(a.iterancestors("article"), None) is None)

    report = boilerplate.CleanReport()
    # another medium's info box, trailer or a thread's bylines, a catalogue's record (its reader's note: the
    # review-named elements), before cleaning
    medium = page_medium(tree, meta.jsonld, meta.title, named)
    podcast = podcast_episode(tree, meta.title)  # (an episode-numbered title on a podcast's page, for medium.judge)
    plays = bool(podcast) or plays_media(tree)  # (a player or a video's kind, before cleaning: mediumlabel)
    listed = reviewbox.listed_boxes(tree, named)  # readers' review boxes of a list, before cleaning
    starred = [text for text, stars in listed if stars]  # those with their own stars, before the icons go (det10)
    # a product page? its readers' review boxes, starred or not (det11)
    product_page, shop_boxes = reviewbox.shop_page(tree, named)
    # a library's title page? (its h1 beside borrow and hold controls, before they go: lendingpage)
    lending = lending_page(tree)
    nodes.page_changes()
    controls.mark_controls(tree)  # where the buttons were, for the cleaning rules, before they go with the dead tags
    for element in list(tree.iter(*boilerplate.DEAD_TAGS)):
        if element.getparent() is not None:
            nodes.mark_media(element)  # (a player or a frame stood there: its box is no blank line, nodes.blank)
            element.drop_tree()
    boilerplate.remove_selectors(tree, list(hints.drop_selectors), "source hint", report)
    body_matches: list | None = []
    widgets = WIDGET_SELECTORS + TUMBLR_SELECTORS if tumblr_page(head, url or "") else WIDGET_SELECTORS
    widgets = widgets + PLAYER_SELECTORS  # (a podcast plugin's player, its title and controls: podcastpage)
    if record.platform == "medium" or re.match(r"https?://([\w-]+\.)*medium\.com/", url or ""):
        widgets = widgets + MEDIUM_SELECTORS  # (Medium's own read-aloud marks: platforms.MEDIUM_SELECTORS)
        for card in mediumcard.card_boxes(tree):  # (the writer's card without them, by its shape: mediumcard)
            report.add("platform widget", card); boilerplate.drop_element(card)
    boilerplate.remove_selectors(tree, widgets, "platform widget", report, boxed=True, body_matches=body_matches)
    if _reader_review and readerreview.keep_review(tree):
        body_matches = None  # it renamed boxes and marked the review as the body: find_body asks the selectors again
    if _reader_review:
        nodes.keep_attributes()  # (keep_review renames boxes: their classes and ids read again)
    record_page = page.linked is not None and page.linked.source == "record"
    # (a book's page by a weaker sign, its heading beside a link to its author or a labelled author: tried again when
    # its first reading is no review)
    book_page = not record_page and not _reader_review and (
        page.linked is not None
        or readerreview.book_header(tree)
        or shopbookrow.book_product(tree, product_page and bool(shop_boxes))
    )
    in_reviews = readerreview.comment_chars(tree) if book_page else 0
    readers = readerreview.reader_items(tree) if book_page else []
    boilerplate.remove_comments(tree, report)
    remove_comment_boxes(tree, report)  # (a comments box named by its id in the site's language: commentids)
    nodes.forget_attributes()  # (the cleaning below changes them)
    boilerplate.remove_forms(tree, report)
    if keep_thread(tree, url, report):  # one fediverse status's page: its author's thread, others' replies gone
        body_matches = None
    unnest_paragraphs(tree)  # (<dd> paragraphs outside a list: ddparagraphs)
    body, post_bodies = find_body(tree, forum_topic(url, tree), body_matches)
    post = body if post_bodies == 1 else None  # the one post's body, None when the page has none or several
    # the rating reads image alt text, quotations and lines as the post had them, before cleaning
    rating_source = rating_blocks(post) if post is not None else []
    # a run of one letter on the page's own scale (ratingletters)
    lettered = letter_rating(body, tree) if rating_source else None
    if post is not None:
        content = clean_post(body, url, meta, report, names, record_page)
    else:
        unwrap_layout_tables(tree)
        content = tree

    # (what these keywords ask for is what _trafilatura_options holds: bare_extraction reads only `options` when given)
    document = bare_extraction(
        content, url=url, include_comments=False, include_formatting=True, include_tables=True,
        include_images=False, with_metadata=False, favor_recall=body is not None,
        options=_trafilatura_options(url, body is not None),
    )
    body_xml = getattr(document, "body", None) if document is not None else None
    markdown = text = ""
    if body_xml is not None:
        # trafilatura has written the body as Markdown already (document.text): written again only once trimmed
        markdown = (xmltotxt(body_xml, True) if strip_edges(body_xml, meta.title) else document.text).strip()
        text = xmltotxt(body_xml, False).strip()
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]  # whitespace collapsed

    # (the book's rules: nor by the blog its masthead names, a link home <title> repeats: siteheading.masthead_name)
    book, context, related = read_book(
        meta=meta, page=page, markdown=markdown, lines=lines, url=url, head=head,
        names=((meta.masthead,) if meta.masthead else ()) + names,
        jsonld_book=jsonld_book, report=report, tag_words=tag_words, post=post, tree=tree, slashed=slashed,
        bought=bought, record_book=_record_book, shop_found=shop_found, plays=plays)
    # (a reader's review kept alone: its stars, gone with its head)
    rating_source += reviewbox.kept_widgets(_widgets, rating_source, lines)
    rating = find_rating(reviewbox.own_lines(lines, listed), meta.title, rating_source,
                         jsonld=_jsonld_rating(jsonld_review), named=book.title if book else None)
    # (a word of the blog's own scale, valued by its legend on the page: ratinglegend)
    rating = school_scaled(rating, urlsplit(url).hostname) or lettered or (legend_rating(lines, tree) if post is not None else None)
    if scored(book, rating):
        # the words read as the reviewer's score are no person ("Rating: four and a half of five" as a record line)
        book = None

    record.canonical_url = meta.canonical_url
    record.title = meta.title
    record.author = meta.author
    record.published = meta.published
    record.categories = meta.categories
    record.tags = meta.tags
    record.language = meta.language
    record.sitename = meta.sitename
    # (kept for the rules above: standfirst.py)
    standfirsts = {r.text for r in report.removed if r.rule in boilerplate.TEXT_ONLY}
    record.body_markdown = "\n".join(m for m in markdown.splitlines()
                                     if re.sub(r"^#+\s*", "", m).strip("*_ ") not in standfirsts).strip() \
        if standfirsts else markdown
    record.body_text = "\n".join(line for line in lines if line not in standfirsts)
    record.word_count = count_words(record.body_text)
    read = notes.read_notes(markdown, body if body is not None else tree)
    record.disclosure, record.content_warnings, record.spoiler_sections = astuple(read)
    record.removed = [{"rule": r.rule, "text": r.text} for r in report.removed]

    evidence = Evidence(
        url=url, title=meta.title, words=record.word_count, post_bodies=post_bodies, articles=articles,
        body_classes=meta.body_classes if record.platform in _CLASSED_ENGINES else [], og_type=meta.og_type,
        categories=meta.categories, tags=meta.tags, book_source=book.source if book else None,
        book_has_author=bool(book and book.author), rating=rating is not None, **body_signals(lines, markdown),
        book_mentions=book_mentions(book, context), book_title=book.title if book else None,
        book_author=book.author if book else None, published=meta.published,
        product_page=product_page and not reviewbox.reviews_written(shop_boxes), lending_page=lending,
        jsonld_review=jsonld_review is not None, source_hint=_source_hint(url, meta, hints), page_medium=medium,
        podcast=podcast, language=record.language,
        warned=record.content_warnings is not None, disclosed=record.disclosure is not None,
        drawn=rating is not None and drawn_row(rating, lines),
        work_clues=(work_clues(lines, markdown) + boxed)
        if (boxed := reviewbox.box_marks(starred, lines, shop_boxes)) else None,
    )
    record.kind, record.reason = classify(evidence)
    if not _reader_review and (
        record_page or reviewbox.shop_boxed(evidence)
        or book_page and record.kind != "review" and in_reviews > len(record.body_text)
        or record.kind == "review" and readerreview.readers_kept(readers, record.body_text)
        # (a page left empty whose title names a book and its author: a shop's page, its reviews gone)
        or record.kind == "empty" and (evidence.book_source == "title" and evidence.book_has_author
                                       or bool(starred))  # (or its readers' boxes had stars: det10)
    ):
        # a book record's page left empty, or with less than its comment boxes held, once they went, or with its list of
        # readers' reviews kept whole beside its own lines: its longest reader's review was its content
        again = extract_page(html, url, hints, _reader_review=True,
                             _record_book=book if record.kind == "review" and book and book.author else None,
                             _widgets=tuple(b for b in rating_source if b.widget))
        if again.kind == "review":
            return again
    record.is_review = record.kind == "review"
    if record.is_review:
        # last, for a review only: title and author in forms the rules above do not read (quotes, each script's cues)
        book = finish_book(
            book, rating=rating, report=report, meta=meta, page=page, tree=tree, lines=lines, context=context,
            tag_words=tag_words, related=related, body_text=record.body_text, shop_heading=shop_heading, url=url,
            elements=alive)
        if book:
            record.book_title, record.book_author = shown_title(book, tree), book.author
            record.book_year, record.book_publisher = book.year, book.publisher
        if rating:
            record.rating_raw, record.rating = rating.raw, rating.value
    elif presskit.promotion(record.kind, record.reason, record.title):  # (a tour stop's or a reveal's note on a copy sent: no review's)
        record.disclosure = None
    return record

