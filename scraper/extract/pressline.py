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
