"""A journal article's landing page on Open Journal Systems: its record items around the text.

OJS (PKP's engine, run by thousands of university journals, many of them with a book-review section) draws an
article's landing page from one stock template: ``article.obj_article_details`` holds the ``.main_entry`` column, a
stack of ``.item`` sections (``authors``, ``doi``, ``keywords``, ``abstract``, ``author_bios``, ``references``, and
those plugins add, a download chart, usage statistics), beside the ``.entry_details`` column (galleys, date, citation,
issue, licence). The page's own text is the abstract, and with it the references the text cites; the other sections are
the article's record, each under its label (``h2.label``), in the journal's language. ``platforms.BODY_SELECTORS`` takes
the main column as the body; here the record's items go, and the labels over the abstract and the references.

The shape is the template's: only in a body that is the main column of an ``obj_article_details`` and only its
``.item`` children; a journal without OJS, or a theme that writes no such column, is left to the other rules.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import class_words as _classes

RULE = "journal record"
_TEXT_ITEMS = frozenset(("abstract", "references"))


def drop_record_items(body: HtmlElement, report) -> None:
    """In an OJS article's main column, remove every item but the abstract and the references, and their labels."""
    if "main_entry" not in _classes(body) or not any("obj_article_details" in _classes(a) for a in body.iterancestors()):
        return
    for item in [c for c in body if isinstance(c.tag, str) and "item" in _classes(c)]:
        if _classes(item) & _TEXT_ITEMS:
            for label in [c for c in item if isinstance(c.tag, str) and "label" in _classes(c)]:
                report.add(RULE, label)
                label.drop_tree()
        else:
            report.add(RULE, item)
            item.drop_tree()
