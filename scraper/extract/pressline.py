"""A newspaper's line declaring the press standards it keeps, left after a review (scraper.extract.spliced).

Under an article, a newspaper sets a line saying it follows a press code or a trust programme: "Adheres to the
criteria of The Trust Project", "Wir halten uns an den Pressekodex des Deutschen Presserats", "Vi arbeider etter Vær
Varsom-plakatens regler", "Regulated by IPSO". It speaks of the paper, not of the book. The bodies it names are few
and named the same way in every language (proper names): the trust programmes (The Trust Project, the Journalism
Trust Initiative) and the press councils and codes of the countries (``_PRESS_BODY``). The shape: a short line (25
words at most), no score, after the review's last paragraph (``spliced.mark`` asks it of no line with prose after it).

A review that mentions a press council in its prose (a novel about a newsroom) says it in a paragraph with more after it.
"""

from __future__ import annotations

import re

from .rating import has_score
from .words import count_words

_PRESS_BODY = re.compile(
    r"(?<!\w)(?:(?i:(?:the\s+)?trust\s+project|journalism\s+trust\s+initiative)|IPSO|IMPRESS|Independent\s+Press\s+"
    r"Standards\s+Organisation|Press\s+Council|Pressekodex|Presserat\w*|Presserats|Vær\s+Varsom\w*|Pressens\s+Faglige\s+Utvalg|"
    r"PFU|Pressenævnet|Mediernas\s+Etiknämnd|Allmänhetens\s+Pressombudsman|Julkisen\s+sanan\s+neuvost\w*|Raad\s+voor\s+de\s+"
    r"Journalistiek|Conseil\s+de\s+déontologie\s+journalistique|Consell\s+de\s+la\s+Informació|Rada\s+Etyki\s+Mediów|"
    r"Sajtóetikai|Conselho\s+Deontológico|Ordine\s+dei\s+[Gg]iornalisti|Basın\s+Konseyi)(?!\w)")
_MAX_WORDS = 25


def press_standards_line(text: str) -> bool:
    """A short line naming a press code, a press council or a trust programme (module docstring)."""
    return bool(text) and count_words(text) <= _MAX_WORDS and not has_score(text) and bool(_PRESS_BODY.search(text))


# The print edition a newspaper's web article appeared in, set after it in brackets: the paper, the date, the edition
# ("［<paper>新聞 2026年3月1日 東京朝刊］", "【<paper>日报 2026年3月1日 第8版】", "[<paper>일보 2026.3.1 A20면]", "[Print edition,
# 1 March 2026]"). The shape: a short line wholly in brackets, holding a date (its year in four digits) and a
# word of the press (a newspaper, an edition, a page of print); a reviewer's bracketed note ("[Reread in March 2026]")
# names no paper or edition.
_BRACKETED = re.compile(r"^\s*[\[［【〔]([^\[\]［］【】〔〕]+)[\]］】〕]\s*$")
_PRESS_WORD = re.compile(
    r"新聞|新闻|新報|新报|日報|日报|晚報|晚报|時報|时报|朝刊|夕刊|[０-９\d]+\s*[版面]|신문|일보|일간|"
    r"(?i:(?<!\w)(?:print\s+edition|edition|issue|ausgabe|druckausgabe|édition|edición|edizione|edição|editie|utgave|"
    r"wydanie|издание|выпуск)(?!\w))")
_DATED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def edition_line(text: str) -> bool:
    """A short bracketed line naming the paper's print edition and its date (above)."""
    inner = _BRACKETED.match(text)
    if inner is None or count_words(inner.group(1)) > 12 or has_score(text):
        return False
    return bool(_PRESS_WORD.search(inner.group(1))) and bool(_DATED.search(inner.group(1)))
