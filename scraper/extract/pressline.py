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


# The periodical a reprinted review first appeared in, labelled on a line of its own after it (a review aggregator's
# or the magazine's site): "掲載誌：<weekly> 2026年12月10日号", "初出：<paper> 2026年3月1日", "原载：<paper> 2026年3月1日",
# "Published in: <paper>, 3 May 2026", "Erschienen in: <weekly> Nr. 49/2026". The shape: a label of appearing (a colon
# after it, or the preposition), a name, and its issue dated (a four-digit year beside an issue word or mark or a whole
# date); short, no score, after the review's last paragraph (``spliced.mark``). A book's "Published in 2019 by X" opens
# its rest on the year and names no issue.
_APPEARED = re.compile(
    r"^\W*(?:掲載誌|掲載紙|掲載媒体|初出誌?|初出紙|原载|原載|刊载于|刊載於|刊于|刊於|게재지|게재\s*매체|출처|"
    r"(?i:(?:as\s+|first\s+|originally\s+)?(?:published|appeared)\s+in|erschienen\s+in|paru\s+dans|publié\s+dans|"
    r"publicad[oa]\s+(?:en|em)|pubblicat[oa]\s+(?:su|in)|verschenen\s+in|publicerad\s+i|publisert\s+i|udgivet\s+i|"
    r"opublikowan[oya]?\s+w|опубликован[оа]?\s+в))\s*[:：]?\s*(?P<rest>\D.*)$")
_ISSUE = re.compile(r"号|號|호|期|(?i:(?<!\w)(?:nr|no|n[º°o])\.?\s*\d|#\s?\d|(?<!\w)(?:issue|ausgabe|heft|numéro|número|numero|nummer|"
                    r"utgave|nummer|wydanie|выпуск|номер)(?!\w))")


def appeared_in_line(text: str) -> bool:
    """A short line naming the periodical and the dated issue the review first appeared in (above)."""
    from .datelines import FULL_DATE  # (late: datelines reads many modules)
    found = _APPEARED.match(text.strip())
    if found is None or count_words(text) > 15 or has_score(text):
        return False
    rest = found.group("rest")
    return bool(_DATED.search(rest)) and bool(_ISSUE.search(rest) or FULL_DATE.search(rest) or _PRESS_WORD.search(rest))
