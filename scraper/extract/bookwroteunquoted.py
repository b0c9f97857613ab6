"""A person who wrote an unquoted title that a kind noun closes, as a review's opening says it: "Ada Berg wrote The Salt
Year as a novel about …", "Ada Berg wrote The Salt Year, a novel about …", Maltese "A kiteb T bħala rumanz dwar …",
German "A schrieb T als Roman über …".

``bookwrotequoted`` reads the title set off in quotation marks; a paper that sets titles in plain type gives it only by
its capitals and by what follows: "as a <kind>" or ", a <kind>", a book noun closing the run. Read only in the opening
paragraphs' sentences; the title is a run of one to eight words right after the verb, each capitalised (a title's
hyphenated article "Is-", "L-", "El-" too); the person a full name right before the verb whom the text names again (by
surname), as reviews name their author. A run closed by anything else ("A wrote Tuesday in Paris …", "wrote Marta a
letter"), or a person named once, is no book.

Verbs of writing in the past (``bookwrotequoted.WROTE``) and, here, for mt, sq, ga, cy, eu, is, sw, id/ms, tl, ht; the
kind nouns and the "as" words for our languages (a list of the concept, not of a page).
"""

from __future__ import annotations

import re

from .book import Context
from .bookwrotequoted import WROTE, opening_verbs, writer_before

_MORE_WROTE = (r"kiteb|kitbet|ippubblika|ippubblikat|shkroi|botoi|scríobh|ysgrifennodd|cyhoeddodd|idatzi\s+zuen|"
               r"argitaratu\s+zuen|skrifaði|gaf\s+út|aliandika|alichapisha|menulis|menerbitkan|isinulat|inilathala|te\s+ekri")
_AS = (r"as|als|comme|come|como|com|ca|jako|kao|kot|ako|как|як|като|ως|som|bħala|si|mar|fel|gisa|sem|kama|sebagai|"
       r"bilang|kuti|kui|kuin|mint|kaip|kā")
_ARTICLE = r"a|an|ein|eine|einen|un|une|una|uno|um|uma|een|en|et|ett|ένα|mu[uo]"
_KIND = (r"novel|book|memoir|novella|story|collection|thriller|saga|trilogy|roman|romans|buch|boek|bok|bog|livre|libro|"
         r"livro|llibre|romanzo|novela|romance|romaani|romaan|regény|powieść|książkę|książka|knihu|kniha|knjigu|knjiga|"
         r"роман|книгу|книга|книжку|μυθιστόρημα|βιβλίο|rumanz|ktieb|novella|rrëfim|libër|librin|úrscéal|leabhar|nofel|"
         r"llyfr|eleberri|liburu|skáldsaga|skáldsögu|bók|riwaya|kitabu|buku|nobela|aklat|liv")
_TITLE_WORD = r"(?:[A-Z][a-z]{0,2}-)?[A-ZÀ-ÖØ-ÞĀ-ŽĦĠĊŻ][\w'’\-]*"
_RUN_THEN_KIND = re.compile(
    rf"\s+(?P<title>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,7}})"
    rf"(?:,?\s+(?i:{_AS})\s+|,\s+)(?:(?i:{_ARTICLE})\s+)?(?:[^\W\d_]+\s+)?(?i:{_KIND})\b")  # (German "als Roman")
_VERB = re.compile(rf"(?<!\w)(?:{WROTE}|{_MORE_WROTE})(?!\w)", re.I)
_PARAGRAPHS = 3


def wrote_unquoted(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) from an opening sentence "A wrote T as a novel / T, a novel" whose author the text names again."""
    not_authors = {n.casefold() for n in context.not_authors if n}
    for sentence, verb in opening_verbs(paragraphs, _VERB, _PARAGRAPHS):
        found = _RUN_THEN_KIND.match(sentence, verb.end())
        if not found:
            continue
        title = found.group("title").strip(" ,")
        name = writer_before(sentence, verb, title, context, not_authors)
        if name:
            return title, name
    return None
