"""News of an adaptation filed in a site's section of adaptations, told by its title's own words.

medium.judge reads a post filed in a section of adaptations ('/adaptations/', ru 'ekranizacii', de 'verfilmungen') as
another medium's, unless its title names the book with its author: "Salt by Mira Hale: the book behind the film" may
review the book. A book-trade site files its news of a book's adaptation there too, under a title that names the book
and its author *and*, in the title's remaining words, the work the book becomes: a series, a film, a stage play or a
radio serial ("T d'A en feuilleton radiophonique", "T by A as a six-part series", "T von A als Hörspiel"). Such a
post, with no rating and no verdict line of its own, is the adaptation's news, not a review.

The radio and audio drama are named here (newslead reads the screen and, in the unspaced scripts, the stage): fr
"feuilleton/fiction radiophonique", en "radio drama/play/serial", "audio drama", de "Hörspiel", nl "hoorspel", sv
"hörspel", "radioteater", da "hørespil", no "hørespill", es/pt "radionovela", "radioteatro", "serie radiofónica", it
"radiodramma", "sceneggiato radiofonico", pl "słuchowisko", cs "rozhlasová hra", ru "радиоспектакль", uk
"радіовистава"; the stage in the spaced scripts: "stage", "théâtre", "Bühne", "toneel", "musical" … (an audiobook is
the book read aloud, not another work: not named).

turns_into() reads a lead that says the book will be turned into such a work ("plans to turn T into a series", fr
"transformer T en un feuilleton"): newslead asks it beside its verbs of adapting, under a title that names the screen,
the stage or the radio.
"""

from __future__ import annotations

import re

_RADIO_NOUNS = (
    r"(?:feuilleton|fiction|lecture|adaptation|s[ée]rie)\s+radiophonique|feuilleton\s+radio|"
    r"radio[\s-]+(?:drama|play|serial|series|adaptation|version)|audio[\s-]+(?:drama|play|series)|"
    r"h[öø]r(?:e)?spi?e?l\w*|hoorspel\w*|radioteat\w+|radiodram\w*|radionovel\w*|radiofeuilleton\w*|"
    r"serie\s+radiof[óo]nica|s[ée]rie\s+radiof[óo]nica|fic[çc][ãa]o\s+sonora|ficci[óo]n\s+sonora|sceneggiato\s+radiofonico|"
    r"słuchowisk\w*|rozhlasov\w+\s+(?:hr\w*|adaptac\w*|seriál\w*|dramatizac\w*)|радиоспектакл\w*|радиосериал\w*|"
    r"аудиосериал\w*|радіовистав\w*|аудіосеріал\w*"
)
RADIO = re.compile(rf"(?<![^\W\d_])(?:{_RADIO_NOUNS})(?![^\W\d_])", re.I)
# the stage, in the spaced scripts (newslead.STAGE_OR_SCREEN names the screen, and the stage in the unspaced ones)
_STAGE_NOUNS = (
    r"stage|th[ée][âa]tre|theater|theatre|teatro|b[üu]hne|toneel|musical|com[ée]die\s+musicale|op[ée]ra|"
    r"pi[èe]ce\s+de\s+th[ée][âa]tre|theaterst[üu]ck|toneelstuk|spektakl\w*|спектакл\w*|мюзикл\w*|вистав\w*|"
    r"divadl\w*|teatr\w*|театр\w*|sahne"
)
_STAGE = re.compile(rf"(?<![^\W\d_])(?:{_STAGE_NOUNS})(?![^\W\d_])", re.I)


def names_other_work(title: str) -> str | None:
    """The words by which the title names a screen, stage or radio work, or None."""
    from .newslead import STAGE_OR_SCREEN  # (newslead reads nothing of this module)
    for pattern in (RADIO, _STAGE, STAGE_OR_SCREEN):
        found = pattern.search(title or "")
        if found:
            return found.group(0)
    return None


def section_news(ev, title: str, adaptation_section: bool) -> tuple[str, str] | None:
    """(kind, reason) for a post in a section of adaptations whose title, with the book's title taken out
    (``title``, as classify passes it), names the work it becomes, and that gives no rating and no verdict."""
    if not adaptation_section or ev.rating or ev.jsonld_review or getattr(ev, "verdict_lines", 0):
        return None
    found = names_other_work(title)
    if found:
        return "announcement", (f"filed in a section of adaptations, its title names the book and the work it becomes"
                                f" ('{found}'), with no verdict: news of an adaptation, not a review")
    return None


# --- the lead that reports a book will be turned into another work -------------------------------------------------
# newslead reads a title naming the screen over a lead that reports the adaptation with a verb of adapting ("adapted
# into"); a lead that says it with a verb of turning or of adapting in the infinitive, the future or the present
# progressive, the book named between, then "into" (fr/es "en", it "in", pt "em", nl "tot"/"naar", ru "в") and the new
# work within three words: "plans to turn T into a six-part series", fr "transformer T, le récit de A, en un feuilleton",
# es "convertirá T en una serie", it "trasformare T in una serie", pt "vai transformar T em série", nl "wordt T omgezet
# tot een hoorspel", ru "превратят T в сериал". Not the past ("was turned into a film"): a review recalls it.
_TURN_VERB = (
    r"(?:will|to|would|is|are|be)\s+(?:be\s+|being\s+)?(?:turn(?:ed)?|transform(?:ed)?|adapt(?:ed)?|made)|(?:is|are)\s+(?:turning|adapting|transforming)|"
    r"transformer|transformera|transformeront|adapter|adaptera|adapteront|"
    r"convertir|convertir[áa]n?|transformar|transformar[áa]n?|transformar[ãa]o|adaptar|adaptar[áa]n?|adaptar[ãa]o|"
    r"trasformare|trasformer[àa]|trasformeranno|adattare|adatter[àa]|adatteranno|"
    r"omzetten|omgezet|bewerken|bewerkt|"
    r"превратить|превратят|превратит|переложить|переложат|перетворити|перетворять"
)
_INTO = r"into|en|in|em|tot|naar|в|у"


def turns_into(line: str) -> bool:
    """The line says, with a verb of turning in the infinitive, future or present, that a book becomes another work."""
    from .newslead import SCREEN  # (newslead reads this module's function only when it runs)
    pattern = _TURN_RE.get("p")
    if pattern is None:
        # (in the lead a "feuilleton" alone, fr/nl for a broadcast serial, after the verb of turning)
        noun = rf"(?:{SCREEN}|{_RADIO_NOUNS}|{_STAGE_NOUNS}|feuilleton)"
        pattern = _TURN_RE["p"] = re.compile(
            rf"(?<![^\W\d_])(?:{_TURN_VERB})(?![^\W\d_])[^.!?;\n]{{0,120}}?(?<![^\W\d_])(?:{_INTO})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}?{noun}(?![^\W\d_])",
            re.I)
    return bool(pattern.search(line)) or bool(_TURN_CY.search(line))


# Welsh says it with the verb-noun and a contracted "into" ("yn cael ei throi'n gyfres", "i'w haddasu'n ffilm"), the
# verb and the noun mutated after the possessive; not the past ("cafodd ei throi'n ffilm", was turned; "a drowyd")
_TURN_CY = re.compile(r"(?<!cafodd ei )(?<!cafodd eu )(?<![^\W\d_])(?:(?:t|th|d|nh)roi|h?addasu)(?:['’]n|(?:['’]r)?(?:\s+[^\W\d_][\w'’-]*){0,4}?\s+yn)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}?"
                      r"(?:(?:c|g|ch|ngh)yfres|ffilm|dd?rama|sioe\s+gerdd)(?![^\W\d_])", re.I)


_TURN_RE: dict[str, re.Pattern] = {}
