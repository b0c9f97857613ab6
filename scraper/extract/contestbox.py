"""The house's prize game pressed on the reader at the end of the review: "Giveaway: two tickets … – join by Sunday!".

A newspaper or magazine closes a book page with a box of its own that runs a prize game (tickets to a reading, copies of
the book), a label for the game, its colon or dash, one line and a button or link to the site's own page to take part:
de "Gewinnspiel: … <a href=/gewinnspiel>Mitmachen</a>", fr "Concours : …", it "Concorso: …", pl "Konkurs: …". It is the
house's, not the review's. (``announce`` reads a blog's own giveaway post, whose heading names it.)

The shape: one of the post's last four lines left (``houseads.mark`` asks), 40 words at most, opening on the game's
label (``_LABEL``, ~30 languages) right before a colon or a dash, no score; its box (``promo.promo_box``) or the line
holds a link of a word or three to a page of the site itself (a relative address). What stays: the review's sentence
about a competition in the book ("The contest: a village bakes for the king …" has no link to the site), a label
further up, a line with a score.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import relative_link, text_of
from .rating import has_score
from .words import count_words

# the game's label: en giveaway/competition/contest/prize draw, de Gewinnspiel/Verlosung, fr (jeu-)concours, es/pt
# sorteo/sorteio/concurso/passatempo, it concorso/estrazione, ca sorteig, nl winactie/prijsvraag, sv tävling/utlottning,
# da konkurrence/lodtrækning, nb/nn konkurranse, fi arvonta/kilpailu, et loos(imine), lv izloze, lt loterija/konkursas,
# pl konkurs/rozdanie, cs soutěž, sk súťaž, sl/hr/bs/sr nagradna igra/natječaj, hu nyereményjáték, ro concurs/tombolă,
# ru розыгрыш/конкурс, uk розіграш/конкурс, bg томбола/игра с награди, el κλήρωση/διαγωνισμός, tr çekiliş/yarışma,
# id/ms undian/kuis/peraduan, vi bốc thăm/cuộc thi, he הגרלה, ar سحب/مسابقة
_LABEL = re.compile(
    r"^\W{0,2}(?:giveaway|competition|contest|prize\s+draw|gewinnspiel|verlosung|(?:jeu-)?concours|sorteo|sorteio|concurso|"
    r"passatempo|concorso|estrazione|sorteig|winactie|prijsvraag|tävling|utlottning|konkurrence|lodtrækning|konkurranse|"
    r"arvonta|kilpailu|loosimine|loos|izloze|loterija|konkursas|konkurs|rozdanie|soutěž|súťaž|nagradna\s+igra|natječaj|"
    r"nyereményjáték|concurs|tombolă|розыгрыш|конкурс|розіграш|томбола|игра\s+с\s+награди|κλήρωση|διαγωνισμός|çekiliş|"
    r"yarışma|undian|kuis|peraduan|bốc\s+thăm|cuộc\s+thi|הגרלה|سحب|مسابقة)\s*(?:[:：]|\s[–—-]\s)", re.I)
_WORDS = 40


def contest_box(block: HtmlElement, body: HtmlElement) -> bool:
    """Whether the block is the house's prize game closing the review (module docstring)."""
    text = text_of(block)
    if len(text) > 400 or not _LABEL.match(text) or count_words(text) > _WORDS:
        return False
    from .promo import promo_box
    box = promo_box(block, body)
    links = [a for a in (box if box is not None else block).iter("a") if relative_link(a)]
    return any(1 <= count_words(text_of(a)) <= 3 for a in links) and not has_score(text)
