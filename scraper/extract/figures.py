"""What stays in a post body, readied for trafilatura after cleaning (scraper/extract/boilerplate.py).

Pull quotes, captions and link cards, and sentences written in a bare ``<div>`` (a callout card),
which trafilatura reads only in posts with little ``<p>`` text, or drops as images or link-dense boxes; a pull
quote set in an ``<aside>`` between the review's paragraphs (Telegraph's), which trafilatura drops as an aside; a
review plugin's summary box, whose parts trafilatura drops by their class names ('td-review-footer', '...-rating');
and text written bare between ``<br>`` beside boxes in one box (a forum post's lines around a quote box), which
trafilatura loses beside the boxes.
"""

from __future__ import annotations

import re

from lxml.html import Element, HtmlElement

from . import promo, taillinklist
from .nodes import raw_text
from .boilerplate import BOXES, DIV_TEXT_LIMIT, BLOCK_TAGS, drop_element, text_of
from .bookbiblio import PAGES, PAGES_FIRST
from .leadpicture import CREDIT_CLASS, PICTURE_WORDS, credit_line
from .rating import has_score
from .recordcaption import lift_record_pictures, record_caption
from .selectors import select
from .words import count_words


def keep_figure_text(body: HtmlElement, host: str = "") -> None:
    """Pull quotes, photo captions and link cards are the reviewer's choice; trafilatura drops them as
    images or as link-dense boxes. (A Ghost bookmark card is a link the writer embedded in the post.)"""
    for card in select(body, ".kg-bookmark-card"):
        if taillinklist.own_card(card, host):
            drop_element(card)  # a card for another post of the same blog is a related-post link
            continue
        card.tag = "div"
        for part in card.cssselect("a.kg-bookmark-container, .kg-bookmark-content"):
            part.tag = "div"
        for part in card.cssselect(".kg-bookmark-title, .kg-bookmark-description, .kg-bookmark-metadata"):
            part.tag = "p"
    # one walk for the rest: asides, review boxes, star widgets, and the boxes that may hold bare text
    asides, review_boxes, widgets, holders = [], [], [], [body]
    for element in body.iter(*_WALKED):
        tag, classes = element.tag, element.get("class") or ""
        if tag == "aside":
            asides.append(element)
        if classes:
            tokens = classes.split()
            if any(token in _REVIEW_BOX for token in tokens):
                review_boxes.append(element)
            elif ("rating" in classes or "stars" in classes) and tag in ("div", "span"):
                widgets.append(element)
        if tag != "aside" and tag != "span":
            holders.append(element)
    # a pull quote: an <aside> of text alone (no link, no heading, no list) with the review's paragraphs on both sides
    for aside in asides:
        if _between_paragraphs(aside) and not aside.xpath(".//a | .//h1 | .//h2 | .//h3 | .//h4 | .//ul | .//ol | .//img") \
                and 5 <= count_words(text_of(aside)) <= 80:
            aside.tag = "blockquote"
    # the book's record card set in an <aside> beside the review, in the post's own box ("<aside class=book-info><img><dl>
    # <dt>Title</dt><dd>…</dd><dt>Author</dt>…</dl></aside>"): the review's, which trafilatura drops as a sidebar
    for aside in asides:
        if aside.tag == "aside" and (_record_card(aside) or _fact_lines(aside) or _record_pair(aside)):
            aside.tag = "div"
    # a review plugin's summary box (the theme's criteria, verdict and total) is the reviewer's: its parts are
    # not the page's footer or meta boxes trafilatura takes them for by their class names
    for box in review_boxes:
        for part in list(box.iter()):
            part.attrib.pop("class", None)
            part.attrib.pop("id", None)
            # its labels and verdict are lines of their own, however short
            if (part.tag == "div" or part.tag == "span" and part.getparent().tag == "div") and text_of(part) \
                    and not any(isinstance(c.tag, str) and (c.tag in BLOCK_TAGS or c.tag in BOXES)
                                for c in part.iterdescendants()):
                part.tag = "p"
    # a star widget's score written out in words ('4 of 5 stars', for screen readers) is the review's score line,
    # not the meta box trafilatura takes it for by its class ('star-rating'); not inside a paragraph
    for widget in widgets:
        if widget.get("class") and not any(a.tag == "p" for a in widget.iterancestors()) \
                and count_words(text_of(widget)) <= 8 and has_score(text_of(widget)):
            widget.attrib.pop("class", None)
            widget.tag = "p"
    # the reviewer's scores by criterion as a list classed for them ("<ul class=review-ratings><li>Story ★★★★☆ 4 of 5
    # stars</li>…"), which trafilatura drops by its class: each item a short line with a score
    for scores in body.iter("ul", "ol"):
        items = [li for li in scores if isinstance(li.tag, str)]
        if "rating" in (scores.get("class") or "").lower() and 1 <= len(items) <= 8 \
                and all(li.tag == "li" and count_words(text_of(li)) <= 12 and has_score(text_of(li)) for li in items):
            scores.attrib.pop("class", None)
    for box in holders:
        _wrap_bare_runs(box)
    for caption in _photo_captions(body):
        caption.tag = "p"
        for attribute in ("class", "id"):  # (trafilatura drops a "caption" class as an image's)
            caption.attrib.pop(attribute, None)
        holder = caption.getparent()
        while holder.find(".//img") is None and holder.getparent() is not None:  # (out of a builder's wrappers too)
            holder = holder.getparent()
        caption.tail = None
        holder.addnext(caption)  # (out of the image's box, which trafilatura drops whole when the image is linked)
    # the book's author's profile after the review ("◇Ariyoshi Sawako = 1931–84. Born in Wakayama. Her books …"), in a box
    # with an "author" class, which trafilatura drops as the page's byline: a person's life, birth and death years,
    # is no byline nor the blogger's own bio
    for line in [e for e in body.iter("p", "div") if "author" in (e.get("class") or "").lower() and _lifespan_line(e)]:
        line.attrib.pop("class", None)
    figures = list(body.iter("figure"))
    lift_record_pictures(body, figures)  # (a cover captioned with the book's record, before the text's box: into it)
    said = None  # (the post's text, read once for the first short caption)
    for figure in figures:
        if figure.xpath(".//blockquote | .//figcaption"):
            figure.tag = "div"
            for caption in figure.iter("figcaption"):
                caption.tag = "p"
            # a caption written as a sentence of the reviewer's ("My mother's copy, with her underlinings") in a box
            # with a theme's "caption" class (WordPress's 'wp-caption', 'wp-caption-text'), which trafilatura drops as
            # an image's: the class goes; a credit ("Photo: Reuters", "A village (AFP)") is left to be dropped
            # (or the book's record in the CJK way, the cover's caption: "《T》／A著／P出版", "『T』 A 著 P刊")
            # (or the book's record the other way, "A: T (House)", "T, de A", the post's book: recordcaption)
            # (or a short sentence naming someone or somewhere the review names: "Sunday soup, in Liebling's honour.")
            if any(_own_caption(text_of(c)) or _record_caption(text_of(c)) for c in figure.iter("p")) or any(
                    record_caption(text_of(c), figure, said := said if said is not None else text_of(body))
                    or _named_caption(text_of(c), said) for c in figure.iter("p") if count_words(text_of(c)) <= 14):
                # (and the boxes that hold the figure alone, a platform's wrapper named for it: Substack's
                # "captioned-image-container", which trafilatura drops whole by its name)
                wrappers, box = [], figure.getparent()
                while box is not None and box is not body and len(box) == 1 and not (box.text or "").strip():
                    wrappers.append(box)
                    box = box.getparent()
                for part in (figure, *figure.iter("p", "div"), *wrappers):  # (a builder's caption box inside too)
                    if "caption" in (part.get("class") or "") + (part.get("id") or ""):
                        part.attrib.pop("class", None)
                        part.attrib.pop("id", None)
    # trafilatura reads text written straight into a <div> only in a post with little <p> text; in one with
    # more, a sentence or more in a <div> with no blocks inside (a callout card's text) is a paragraph
    # (short labels and tags are left to trafilatura)
    if sum(len(raw_text(p)) for p in body.iter("p")) >= DIV_TEXT_LIMIT:
        for box in list(body.iter("div")):
            if box is not body and count_words(text_of(box)) >= 5 and promo.link_share(box) < 0.5 \
                    and not any(isinstance(c.tag, str) and (c.tag in BLOCK_TAGS or c.tag in BOXES) for c in box.iterdescendants()):
                box.tag = "p"


# a life's span: a year of birth, a dash, the year of death in full or by its last two digits ("1931–84", "(1899-1986)",
# "1931～1984年"); not a date ("2026-12-07") nor a clock time ("2026 - 21:14")
_LIFESPAN = re.compile(r"(?<![\d/.:-])(1[0-9]\d\d|20[0-2]\d)\s*[-–—～~〜]\s*(\d{4}|\d{2})(?![\d/.:-])")


def _lifespan_line(element: HtmlElement) -> bool:
    """A short block of text (60 words at most, no box inside) that gives somebody's years of birth and death."""
    text = text_of(element)
    if not text or count_words(text) > 60 or any(isinstance(c.tag, str) and c.tag in BOXES for c in element.iterdescendants()):
        return False
    for born, died in _LIFESPAN.findall(text):
        death = int(died) if len(died) == 4 else int(born[:2] + died)
        if 15 <= death - int(born) <= 110:
            return True
    return False


def _record_card(box: HtmlElement) -> bool:
    """A box that holds a record and little else: one list of three or more labelled rows (short labels, values of ten
    words at most), its text nine tenths of the box's (a heading or a picture beside it)."""
    lists = box.findall(".//dl")
    if len(lists) != 1:
        return False
    labels, values = lists[0].findall("dt"), lists[0].findall("dd")
    if len(labels) < 3 or len(labels) != len(values) or any(count_words(text_of(t)) > 4 for t in labels) \
            or any(not text_of(v) or count_words(text_of(v)) > 10 for v in values):
        return False
    return len(text_of(lists[0])) >= 0.9 * len(text_of(box))


def _fact_lines(box: HtmlElement) -> bool:
    """A newspaper's fact box of the book, its lines unlabelled ("NOVEL / <author> / <title> / <publisher>. 382 pages.
    Price 399"): three short paragraphs or more (twelve words at most) and nothing else of text, no link, no list, one
    line with a figure (pages, price, year, a score)."""
    lines = [c for c in box if isinstance(c.tag, str)]
    if len(lines) < 3 or any(c.tag != "p" for c in lines) or box.xpath(".//a | .//ul | .//ol | .//dl | .//h1 | .//h2"):
        return False
    texts = [text_of(c) for c in lines]
    return all(count_words(t) <= 12 for t in texts) and sum(count_words(t) for t in texts) <= 60 \
        and any(re.search(r"\d", t) for t in texts) and not (box.text or "").strip()


# a record's line of the book's facts: its count of pages or its ISBN (bookbiblio's words for pages, 40 languages), and its
# year ("Tammi, 2026, 278 s.", "Anagrama, 2024. 212 páginas", "ISBN 978-…")
_DETAIL = re.compile(rf"{PAGES}|{PAGES_FIRST}|\bisbn\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")


def _record_pair(box: HtmlElement) -> bool:
    """The book's record in two short lines, set in an aside among the review's paragraphs ("<aside><p>A: <em>T</em></p>
    <p>House, 2026, 278 pages.</p></aside>"), which ``_fact_lines`` (three lines or more) leaves: two paragraphs and
    nothing else of text, no link, list or heading; the first naming the book (two to twelve words, no figure, no
    sentence's stop inside), the second its facts (twelve words at most, a count of pages or an ISBN, and a year). An
    offer in two lines ("Subscribe to the journal / four issues a year, 39 €") gives no pages nor ISBN, a pull quote no
    second line of facts."""
    lines = [c for c in box if isinstance(c.tag, str)]
    if len(lines) != 2 or any(c.tag != "p" for c in lines) or (box.text or "").strip() \
            or box.xpath(".//a | .//ul | .//ol | .//dl | .//h1 | .//h2 | .//h3 | .//h4"):
        return False
    naming, facts = text_of(lines[0]), text_of(lines[1])
    return 2 <= count_words(naming) <= 12 and count_words(facts) <= 12 and not any(c.isdigit() for c in naming) \
        and not re.search(r"[^\W\d_]{2}[.!?。！？]\s", naming) and not naming.endswith("!") \
        and _DETAIL.search(facts) is not None and _YEAR.search(facts) is not None


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.I)
_CREDIT_CLOSE = re.compile(r"[.。!?]\s*[(（\[][^()（）\[\]]{2,40}[)）\]]\s*$")


_LABEL_OPEN = re.compile(r"^\W*[^\W\d_][^:：.!?]{0,30}[:：]")
_SOURCE_CLOSE = re.compile(r"[(（\[][^()（）\[\]]{2,40}[)）\]]\W*$")


# Thai and Lao: scripts that mark no sentence's end (a space ends it)
_UNMARKED_END = re.compile(r"[\u0e00-\u0eff]")


def _own_caption(text: str) -> bool:
    """A caption written as a sentence: eight words or more, ending as a sentence does, not opened by a label
    ("Photo: …") nor closed by its source in brackets (a record's line, "Author, Title — Publisher, 2026", is no sentence).
    In Thai and Lao, which mark no sentence's end, a line of words that holds no label anywhere (a credit's "Photo: …"
    may follow the description there) nor a source in brackets."""
    if count_words(text) < 8 or _LABEL_OPEN.match(text) or _SOURCE_CLOSE.search(text):
        return False
    stripped = text.rstrip()
    if stripped.endswith((".", "!", "?", "…", "。", "！", "？", "।", "۔", "؟")):
        return True
    return bool(_UNMARKED_END.match(stripped[-1:])) and ":" not in text and "：" not in text


# a credit's word anywhere in a caption: leadpicture's picture and source words (photo, image, credit, source, Quelle,
# fuente, fonte, источник …) and courtesy, via, copyright (en fr es pt it de nl sv/no/da pl cs sk ru uk tr and more);
# "via" past the first word, before a source's name or address or one word closing it ("via Flickr", "via flickr"), no street
_CREDIT_WORD = re.compile(rf"(?<!\w)(?:{PICTURE_WORDS}|photo\w*|courtesy|(?<=\S\s)via(?=\s+(?-i:[\W\dA-Z])|\s+\S+\s*$)|cortes[ií]a|gentileza|uprzejmo\w+|"
                          r"copyright|zdroj|źródło|bron|kilde|källa|lähde|forrás|©)(?!\w)", re.I)
# a name in the caption past its first word: capitalised (its first letter upper case), four letters or more
_CAPTION_NAME = re.compile(r"(?<=\s)[A-ZÀ-ÖØ-ÞĀ-Ž\u0391-\u03a9\u0410-\u042f][^\W\d_]{3,}")


def _named_caption(text: str, said: str) -> bool:
    """A short caption written as a sentence (five to seven words, ending as a sentence does or on a word), no credit's word in it,
    that names a person or a place the post's text (`said`, the caption taken out) names again: the reviewer's own
    line ("Sunday soup, in Liebling's honour."), not a desk's or a stock library's credit ("Photo by Ann Lee.")."""
    # (or a phrase left without its stop, ending on a word, no figure: "The bridge at dusk, from our window"; not "… in
    # 1974", nor one closed by a name after its comma, "…, Ann Lee", or by "by/di/von" and a name: "…, by Lars Holm")
    end = text.rstrip()
    tail = end.rsplit(",", 1)[1].split() if "," in end else []
    names = tail[1:] if len(tail) > 1 and tail[0].islower() else tail
    if not 5 <= count_words(text) < 8 or not (end.endswith((".", "!", "…")) or end[-1:].isalpha()
                                             and not any(c.isdigit() for c in text) and not (
                names and all(w[:1].isupper() for w in names))) or _LABEL_OPEN.match(text) \
            or _SOURCE_CLOSE.search(text) or _CREDIT_WORD.search(text) or credit_line(text):
        return False
    elsewhere = said.replace(text, " ")
    # (a possessive's "s" written on with no apostrophe, as German writes it: "Brandts Notizbuch")
    return any(re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", elsewhere)
               for name in (re.sub(r"['’]?s$", "", m.group()) for m in _CAPTION_NAME.finditer(text))
               if len(name) >= 4 and name[0].isupper())


# a CJK book record: the title in its brackets opening the line, then a part naming the writer by the role word or the
# publisher by its word, parted by a slash, a bar, a dot or a space ("《T》／A著／P", "『T』 A 著 P刊", "《T》 A 지음 P 펴냄")
_RECORD_CAPTION = re.compile(
    r"^[《『「〈]([^》』」〉]{1,40})[》』」〉]\s*[／/|｜・·,，、]?\s*[^／/|｜]{0,20}?"
    r"(?:著|编著|編著|作者|主编|主編|译|譯|訳|編|编|出版社?|刊|지음|옮김|펴냄)(?=[\s／/|｜・·,，、]|$)")


def _record_caption(text: str) -> bool:
    """A picture's caption that is the book's record in the CJK way (``_RECORD_CAPTION``), short (60 letters at most)."""
    return len(text.strip()) <= 60 and bool(_RECORD_CAPTION.match(text.strip()))


def _photo_captions(body: HtmlElement) -> list[HtmlElement]:
    """A photo's box in the post written without <figure>: the image (or its link), line breaks, and one short line
    of text in an element of its own, nothing else ("<div><img><br><span>The copy I bought at the fair</span></div>"):
    that line is the photo's caption, the reviewer's."""
    found = []
    for image in body.iter("img"):
        holder = image.getparent()
        if holder is not None and holder.tag == "a":
            # a photo linked to its own file (a lightbox); an image linked elsewhere is a button ("Add to your shelf")
            if len(holder) != 1 or text_of(holder) or not _IMAGE_FILE.search(holder.get("href") or ""):
                continue
            holder = holder.getparent()
        # (a media element that holds only the picture, a builder's own tag around it: "<media-item><img></media-item>")
        while holder is not None and holder is not body and holder.tag not in ("div", "center", "a", "p") \
                and len(holder) == 1 and not text_of(holder):
            image, holder = holder, holder.getparent()
        if holder is None or holder is body or holder.tag not in ("div", "center"):
            continue
        others = [c for c in holder if isinstance(c.tag, str) and c.tag != "br" and c is not image and not (
            c.tag == "a" and image in c.iterdescendants())]
        if not others and not text_of(holder) and (box := holder.getparent()) is not None and box is not body:
            # (an editor's photo component: the picture's box and, beside it, one box its class calls the caption,
            # "<div class=component><div class=module-image><img></div><div class=caption><p>…</p></div></div>")
            # (not a box its classes call a credit, "credit-caption" holding the rights holder's name)
            beside = [c for c in box if isinstance(c.tag, str) and c is not holder]
            # (nor one that is a credit by its words, "Getty Images", "Ann Lee / Reuters": leadpicture.credit_line)
            if len(beside) == 1 and "caption" in (beside[0].get("class") or "").lower() and box.tag == "div" \
                    and not any(CREDIT_CLASS.search(e.get("class") or "") for e in beside[0].iter()
                                if isinstance(e.tag, str)) and not credit_line(text_of(beside[0])):
                holder, others = box, beside
        if len(others) != 1 or (holder.text or "").strip() or any((c.tail or "").strip() for c in holder):
            continue
        caption = others[0]
        # (a page builder's caption box: wrappers, each holding one box and no text of its own, around the caption's
        # one paragraph, "<div class=caption><div><p>…</p></div></div>": that paragraph is the caption)
        while caption.tag == "div" and len(caption) == 1 and not (caption.text or "").strip() and caption[0].tag in ("div", "p") \
                and not (caption[0].tail or "").strip():
            caption = caption[0]
        text = text_of(caption)
        # (not a news photo's label closed by its source in brackets: "The cover. (Own photo)", "(Foto: Ana)")
        if caption.tag in ("span", "div", "p", "small", "em", "i") and text and count_words(text) <= 40 \
                and not _CREDIT_CLOSE.search(text) \
                and not caption.xpath(".//a | .//img") and not any(
                    isinstance(c.tag, str) and (c.tag in BLOCK_TAGS or c.tag in BOXES) for c in caption.iterdescendants()):
            found.append(caption)
    return found


# Review plugins' summary boxes (WordPress themes and plugins: Newspaper's td-review, WP Review, Lets Review, ...)
_REVIEW_BOX = frozenset(("td-review", "wp-review-box", "lets-review-block", "review-box", "rwp-review", "wpr-review-box"))
# the boxes keep_figure_text's walk looks at
_WALKED = ("aside", "div", "span", "td", "blockquote", "article", "section")
_BLOCKS = BLOCK_TAGS | BOXES | {"li"}


def _between_paragraphs(element: HtmlElement) -> bool:
    def neighbour(e: HtmlElement | None, step: str) -> HtmlElement | None:
        while e is not None and not isinstance(e.tag, str):
            e = getattr(e, step)()
        return e
    def prose(e: HtmlElement | None) -> bool:
        return e is not None and e.tag == "p" and count_words(text_of(e)) >= 20
    before, after = neighbour(element.getprevious(), "getprevious"), neighbour(element.getnext(), "getnext")
    # a bare <aside> (no class: a margin note the writer typed, as Distill and Markdown posts set one) before the
    # review's next section, its heading then its prose; a theme's classed callout there may be its plea
    if after is not None and after.tag in _SECTION_HEADINGS and not element.get("class"):
        after = neighbour(after.getnext(), "getnext")
    return prose(before) and prose(after)


_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _wrap_bare_runs(box: HtmlElement) -> None:
    """A box holding boxes (a quote, a card) and text written bare between <br> beside them: each run of bare
    text and inline markup up to a blank line (two <br>) or a box becomes a <p>, as the writer laid it out."""
    children = list(box)
    if len((box.text or "").strip()) + sum(len((c.tail or "").strip()) for c in children) < 20:
        return
    # beside a box, or in runs parted by blank lines (two <br>), of which trafilatura may keep only some
    if not any(isinstance(c.tag, str) and c.tag in _BLOCKS and c.tag != "br" for c in children) and not any(
            c.tag == "br" and not (c.tail or "").strip() and isinstance(c.getnext(), HtmlElement) and c.getnext().tag == "br"
            for c in children):
        return
    runs: list[list] = [[box.text or ""]]
    out: list[HtmlElement] = []
    box.text = None
    for child in children:
        tail, child.tail = child.tail or "", None
        box.remove(child)
        run = runs[-1]
        if isinstance(child.tag, str) and child.tag in _BLOCKS and child.tag != "br":
            out.append(_paragraph(run))
            out.append(child)
            runs.append([tail])
            continue
        if child.tag == "br" and any(isinstance(x, HtmlElement) and x.tag == "br" for x in run[-2:]) \
                and all(isinstance(x, HtmlElement) or not x.strip() for x in run[-2:]):
            out.append(_paragraph(run))
            runs.append([tail])
            continue
        run.extend((child, tail))
    out.append(_paragraph(runs[-1]))
    for element in out:
        if element is not None:
            box.append(element)


def _paragraph(run: list) -> HtmlElement | None:
    """A <p> of a run of strings and inline elements (leading and trailing <br> dropped), or None if it is blank."""
    while run and (isinstance(run[-1], str) and not run[-1].strip() or getattr(run[-1], "tag", None) == "br"):
        run.pop()
    while run and (isinstance(run[0], str) and not run[0].strip() or getattr(run[0], "tag", None) == "br"):
        run.pop(0)
    if not any(x.strip() if isinstance(x, str) else isinstance(x.tag, str) and text_of(x) for x in run):
        return None
    p = Element("p")
    for x in run:
        if isinstance(x, str):
            if len(p):
                p[-1].tail = (p[-1].tail or "") + x
            else:
                p.text = (p.text or "") + x
        else:
            p.append(x)
    return p
