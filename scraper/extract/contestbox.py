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
    return any(1 <= count_words(text_of(a)) <= 3 for a in links) and not has_score(text) and (
        bool(_PRIZE.search(text, _LABEL.match(text).end())) or any(_LABEL_PATH.search(a.get("href") or "") for a in links))


# the game's stake, its taking part or its closing day, in the line (a review's "Competition: the nearest rival is
# <a>Plainsong</a>" names none): en win/tickets/copies/prize/enter/take part/closes, de gewinnen/Karten/Exemplare/
# mitmachen/mitspielen/teilnehmen/verlosen/bis <day>, fr gagner/billets/exemplaires/participer, es/pt/it/ca ganar/
# entradas/ejemplares/participar/premio/ganhar/ingressos/vincere/biglietti/copie/partecipare/guanyar, nl winnen/kaarten/
# exemplaren/meedoen/doe mee, sv vinn/biljetter/delta, da/nb vind/vinn/billetter/eksemplarer/deltag, fi voita/liput/
# osallistu, et võida/piletid/osale, lv laimē/biļetes/piedalies, lt laimėk/bilietai/dalyvauk, pl wygraj/bilety/egzemplarze/
# nagrody/weź udział, cs/sk vyhrajte/vstupenky/výtisky, hr/sl/sr osvojite/ulaznice/nagrade/sodelujte, hu nyerj/jegy/példány,
# ro câștigă/bilete/exemplare/participă, ru/uk/bg выиграй/билеты/экземпляр/приз/участвуй/виграй/квитки/спечели, el κερδίστε/
# εισιτήρια/αντίτυπα/συμμετοχή, tr kazan/bilet/katıl/ödül, id/ms menangkan/hadiah/tiket/ikuti, vi giải thưởng/vé/tham gia
_PRIZE = re.compile(
    r"(?<!\w)(?:win|winners?|tickets?|copies|prizes?|enter|entries|take\s+part|closes|deadline|gewinn\w*|karten|"
    r"exemplar\w*|mitmachen|mitspielen|teilnehm\w*|teilnahme|verlos\w*|bis\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|\d)|gagne[rz]?|billets?|exemplaires|particip\w*|partecip\w*|gan(?:ar|a|e)|ganhe|ganhar|entradas|"
    r"ejemplares|premi\w*|prémios?|ingressos|vinci|vincere|biglietti|copie|guanya|guanyar|winnen|kaarten|exemplaren|meedoen|"
    r"doe\s+mee|vinn\w*|biljetter|delta|vind|vinde|billetter|eksemplar\w*|deltag\w*|voita\w*|lippu\w*|liput|osallistu\w*|"
    r"võida|piletid|osale|laimē\w*|biļetes|piedalies|laimėk\w*|bilietai|dalyvauk\w*|wygra\w*|bilety|egzemplarz\w*|"
    r"nagrod\w*|weź\s+udział|vyhr\w*|vstupenk\w*|výtisk\w*|osvoji\w*|ulaznic\w*|nagrad\w*|sodeluj\w*|nyer\w*|jegy\w*|"
    r"példány\w*|câștig\w*|câştig\w*|bilete|exemplare|выигра\w*|билет\w*|экземпляр\w*|приз\w*|участ\w*|виграй\w*|"
    r"виграти|квитк\w*|примірник\w*|спечел\w*|κερδ\w*|εισιτήρι\w*|αντίτυπ\w*|συμμετ\w*|kazan\w*|bilet\w*|katıl\w*|"
    r"ödül\w*|menang\w*|hadiah|tiket|ikuti|giải\s+thưởng|vé|tham\s+gia|לזכות|כרטיס\w*|اربح|جائز\w*|تذاكر)(?!\w)", re.I)
# ... or the link's address names the game ("/gewinnspiel", "/giveaway-may", "/concours")
_LABEL_PATH = re.compile(r"giveaway|competition|contest|gewinnspiel|verlosung|concours|sorteo|sorteio|concorso|winactie|"
                         r"prijsvraag|tavling|arvonta|konkurs|rozdanie|soutez|sutaz|nagradna|konkurs|cekilis|yarisma", re.I)
