"""How extract_page calls trafilatura: its per-character filter told to keep the zero-width joiners,
bare_extraction's options built once, and its HTML parser's element classes chosen in C (scraper.extract)."""

from __future__ import annotations

import copy

from lxml import etree
from lxml import html as lxml_html
from trafilatura import utils as _trafilatura_utils
from trafilatura.settings import Extractor

# trafilatura keeps a character only if str.isprintable() (or a space) says so, which drops the zero-width
# non-joiner and joiner (format characters): letters of Persian, Urdu, Kurdish, Hindi, Malayalam, Sinhala … are
# spelled with them ('هفده‌ساله' became 'هفدهساله', a different word), and emoji sequences are drawn with the
# joiner. Both are valid XML, so trafilatura's per-character filter is told to keep them too.
_JOINERS = frozenset("\u200c\u200d")
_printable = _trafilatura_utils.return_printables_and_spaces


def _printables_spaces_and_joiners(char: str) -> str:
    return char if char in _JOINERS else _printable(char)


_trafilatura_utils.return_printables_and_spaces = _printables_spaces_and_joiners


# bare_extraction's options, as it builds them from the keyword arguments extract_page gives it (scraper.extract.extract_page), made once for
# each focus: building them read eight settings through configparser and today's date on every page (~0.15 ms).
# Each page gets a shallow copy with its own URL (trafilatura copies options before it changes any).
_TRAFILATURA_OPTIONS = {
    recall: Extractor(output_format="python", recall=recall, comments=False, formatting=True, tables=True, images=False,
                      with_metadata=False)
    for recall in (False, True)
}


def trafilatura_options(url: str, recall: bool) -> Extractor:
    options = copy.copy(_TRAFILATURA_OPTIONS[recall])
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


# lxml makes a Python proxy for each element a walk reaches, asking the parser's class lookup which class to give it:
# lxml.html's HtmlElementClassLookup is Python code (``lookup``: a call from C, ``name.lower()`` and a dict look-up),
# ~1 µs an element, some 500 a page (extract_page holds every element's proxy, and trafilatura parses the cleaned body
# again). The same classes chosen by lxml's own lookups in C: the form elements lxml.html gives classes of their own
# (form, input, select, textarea, label) by their tag, in no namespace, as the HTML parser writes tags (lower case);
# every other element an HtmlElement, a comment an HtmlComment, a PI an HtmlProcessingInstruction, an entity an
# HtmlEntity, as HtmlElementClassLookup gives them (~0.2 ms a page, alternating A/B).
_HTML_CLASSES = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))
_HTML_CLASSES.get_namespace(None).update(lxml_html.HtmlElementClassLookup._default_element_classes)
_trafilatura_utils.HTML_PARSER.set_element_class_lookup(_HTML_CLASSES)
