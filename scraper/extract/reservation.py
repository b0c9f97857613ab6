"""A short post's reservation about its book: the critic's fault granted in the third person, a mark of one work judged.

A capsule review on a paper's books page or a shop's blog is often written in the third person, with no rating, no
"I read" and no recommending verb, yet it weighs the book as no other short text does: beside its praise it grants a
fault of the book's craft, hedged or conceded ("though some of the side characters are thinly drawn", "the middle
drags at times", "der Mittelteil hat stellenweise Längen", "le rythme s'essouffle par moments", "a tratti la trama
rallenta", "miejscami akcja się dłuży"). A publisher's blurb sells and never concedes a fault; a news item reports a
prize, a launch or a date and does not judge the book's pace or its characters; a blurb's praise by negation ("the
pace never slows", "no character is flat") is no fault and is not read.

So, in one sentence of the post's own prose (no blockquote, heading, list item, table row, quotation or question): a
word of fault (slow, drags, flat, underdeveloped, predictable, rushed …) with no negation just before or after it, a
noun of the book's craft (its characters, pace, plot, ending, dialogue, language …) within a few words of it, and a
hedge or a concession anywhere in the sentence (some, at times, in places, a little; though, but, even if), in some
fifteen languages: en, de, fr, es, it, pt, nl, sv/da/nb, pl, ru, tr, id/ms, sw, si. Not a sentence that reports
others' judgement (critics, reviewers, a jury, "according to", a past verb of saying): a news item about a prize may
say that "some found the pacing slow". The fault words are looked for first (the rarest of the three); the module
reads only the short posts classify weighs for marks of one work.

reserves() is a voice mark in shortverdict.verdict_marks (reviewed.voiced_marks still asks two marks of one work, one
in the voice); under it one reference to the book ("this novel", "riwaya hii") is a mark as well, as readernotes
counts one under a content warning: the fault is said of the book the post speaks of. shortverdict.floor weighs a
post that reserves and whose book was read from its headline or a box of record from 60 English words' worth.
"""

from __future__ import annotations

import re

from .readernotes import references

RESERVES = "grants a fault of the book's craft, hedged or conceded"
REFERRED = "calls the work it faults 'the book', 'the novel' once"

_FAULT = re.compile(
    # en
    r"(?<!\w)(?:under-?developed|underwritten|not\s+(?:fully\s+|quite\s+|well\s+|sufficiently\s+|really\s+)?"
    r"(?:developed|fleshed\s+out|explored)|(?:thinly|sketchily|poorly|lightly)\s+(?:drawn|sketched)|"
    r"(?:is|are|feels?|seems?|remains?|felt|seemed|was|were)\s+(?:a\s+(?:little|bit|touch)\s+|somewhat\s+|rather\s+|"
    r"slightly\s+)?(?:thin|flat|one-dimensional|sketchy|weak|weaker|rushed|abrupt|slow|slower|long-winded)|"
    r"slows|slowed|slow(?:er)?\s+(?:start|middle|going|in\s+places|at\s+times)|drags|dragged\s+on|sags|sagging|sagged|"
    r"plods|plodding|meanders|meandering|predictable|repetitive|overlong|"
    r"(?:too|overly)\s+(?:long|slow|neat|tidy|convenient)|uneven|clunky|wooden|stilted|loses?\s+(?:its\s+)?"
    r"(?:way|steam|momentum|focus)|falls?\s+flat|overwritten|contrived|"
    # de
    r"blass|blasse[nr]?|flach|flache[nr]?|eindimensional\w*|schablonenhaft\w*|zäh|zähe[nr]?|langatmig\w*|schleppend\w*|"
    r"Längen|zieht\s+sich(?:\s+(?:etwas|ein\s+wenig|stellenweise|hin|in\s+die\s+Länge))*(?=\s*[.,;!]|$)|"
    r"vorhersehbar\w*|gehetzt\w*|überhastet\w*|holprig\w*|konstruiert\w*|kommen?\s+zu\s+kurz|"
    # fr
    r"(?:peu|pas\s+assez|insuffisamment|mal)\s+(?:développé|creusé|approfondi|exploité|esquissé)e?s?|"
    r"manquen?t?\s+(?:un\s+peu\s+)?de\s+(?:profondeur|relief|épaisseur|consistance|rythme)|superficiel(?:le)?s?|"
    r"longueurs|traîne|s['’]essouffle|s['’]étire|prévisible|précipitée?s?|bâclée?s?|répétiti(?:f|ve)s?|convenue?s?|"
    # es, it, pt
    r"poco\s+(?:desarrollad|trabajad|explorad|sviluppat|approfondit|caratterizzat)[oaie]s?|planos|planas|lent[oa]s?|"
    r"decae|se\s+arrastra|se\s+hace\s+(?:larg|pesad)[oa]|predecible|precipitad[oa]s?|apresurad[oa]s?|repetitiv[oaie]s?|"
    r"piatt[ioae]|fiacc[oaie]|rallenta|si\s+trascina|prevedibil[ei]|frettolos[oaie]|affrettat[oaie]|sbrigativ[oaie]|"
    r"pouco\s+(?:desenvolvid|explorad|trabalhad)[oa]s?|rasos|rasas|arrastad[oa]|se\s+arrasta|previsíve(?:l|is)|"
    r"apressad[oa]s?|"
    # nl, sv/da/nb
    r"vlak(?:ke)?(?!\s+(?:bij|voor|na|naast|achter|om|onder))|oppervlakkige?|eendimensionale?|traag|trage|"
    r"sleept\s+zich|"
    r"langdradige?|voorspelbare?|afgeraffeld|houterige?|"
    r"endimensionel\w*|ytlig\w*|overfladisk\w*|långsam\w*|langsom\w*|förutsägbar\w*|"
    r"forudsigelig\w*|forutsigbar\w*|hafsig\w*|forhastet|"
    # pl, ru
    r"płask\w+|papierow\w+|(?:słabo|mało|płytko)\s+(?:zarysowan|rozwinięt|nakreślon)\w+|niedopracowan\w+|"
    r"powierzchown\w+|zwalnia|(?:się\s+)?dłuży(?:\s+się)?|dłużyzn\w+|przewidywaln\w+|pospieszn\w+|"
    r"pośpieszn\w+|naciągan\w+|"
    r"плоск\w+|картонн\w+|нераскрыт\w+|(?:не|недостаточно)\s+раскрыт\w+|затянут\w*|провисает|провисани\w+|"
    r"предсказуем\w+|скомкан\w*|поверхностн\w+|схематичн\w+|"
    # tr, id/ms
    r"yüzeysel|derinliksiz|yeterince\s+(?:işlenmemiş|derinleştirilmemiş|gelişmemiş|geliştirilmemiş)|"
    r"(?:ağır|yavaş)\s+(?:ilerliyor|ilerler|akıyor)|yavaşlıyor|tahmin\s+edilebilir|aceleye\s+getirilmiş|sarkıyor|"
    r"tekdüze|"
    r"kurang\s+(?:dikembangkan|digali|mendalam|tergali|berkembang|dieksplorasi)|datar|dangkal|lamban|bertele-tele|"
    r"mudah\s+ditebak|terburu-buru|dipaksakan|"
    # sw: a verb of developing, building or drawing in a negative form ("ha-… -endelezwa"), "not … enough" after a
    # negative verb, weak, tiresome, predictable, rushed
    r"ha\w{0,6}(?:endelezwa|jengwa|chorwa|fafanuliwa)|ha\w+\s+(?:vya|kwa)\s+kutosha|dhaifu|hafifu|inachosha|"
    r"zinachosha|inatabirika|kinatabirika|inasuasua|imeharakishwa|umeharakishwa|inajirudia|"
    # si: slow, weak, drags, predictable, rushed, the pace low
    r"මන්දගාමී|දුර්වල|ඇදී\s+යයි|ඇදෙනවා|ඇදෙයි|පුරෝකථනය\s+කළ\s+හැකි|අනුමාන\s+කළ\s+හැකි|කඩිමුඩියේ|"
    r"වේගය\s+(?:\S+\s+)?අඩු)(?!\w)",
    re.I,
)
_CRAFT = re.compile(
    r"(?<!\w)(?:characters?|protagonists?|heroine|cast|pacing|pace|plot|plotting|storyline|subplots?|ending|middle|"
    r"(?:second|first|final|last)\s+(?:half|act|third|part)|dialogues?|prose|writing|style|language|translation|"
    r"narrative|story|chapters|"
    r"Figuren|Charaktere|Nebenfiguren|Protagonist\w*|Tempo|Handlung|Plot|Ende|Schluss|Mittelteil|Dialog\w*|Sprache|"
    r"Stil|Erzählung|Geschichte|Übersetzung|"
    r"personnages?|protagonistes?|rythme|intrigue|fin|dénouement|milieu|dialogues?|écriture|langue|récit|histoire|"
    r"traduction|"
    r"personaj\w+|personagg\w+|personagens?|protagonist\w+|ritmo|trama|argumento|enredo|final|finale|desenlace|"
    r"desfecho|"
    r"diálogos?|dialoghi|prosa|estilo|stile|escritura|escrita|scrittura|lenguaje|linguaggio|linguagem|lingua|"
    r"narración|narrazione|narrativa|historia|história|storia|traducción|traduzione|tradução|"
    r"personages?|hoofdpersonage|verhaallijn|einde|ontknoping|middenstuk|dialogen|stijl|taal|verhaal|vertaling|"
    r"karaktärer\w*|karakterer\w*|personer\w*|tempot|intrig\w*|handlingen|slutet|slutningen|dialogen|språket|sproget|"
    r"berättelsen|historien|"
    r"postaci\w*|bohater\w*|fabuł\w+|akcj\w+|zakończeni\w+|dialogi|styl\w*|język\w*|narracj\w+|"
    r"персонаж\w*|геро\w+|темп\w*|сюжет\w*|финал\w*|концовк\w+|середин\w+|диалог\w*|язык\w*|стиль|слог|"
    r"повествовани\w+|"
    r"karakter\w*|kahraman\w*|kurgu\w*|olay\s+örgüsü|sonu|diyalog\w*|dili|üslub\w*|anlatı\w*|"
    r"tokoh\w*|alur\w*|akhir\s+cerita|bahasa\w*|gaya\w*|narasi|cerita\w*|"
    r"wahusika|mhusika|msuko|mtiririko|mwisho|lugha|mtindo|mazungumzo|masimulizi|hadithi|sura|kasi|"
    r"චරිත|කතාව|කථාව|වේගය|කතා\s+වස්තුව|අවසානය|දෙබස්|භාෂාව|ශෛලිය)(?!\w)",
    re.I,
)
_HEDGE = re.compile(
    r"(?<!\w)(?:some|a\s+few|at\s+times|in\s+places|sometimes|occasionally|a\s+(?:little|bit|touch)|somewhat|slightly|"
    r"though|although|but|even\s+if|while|however|despite|only|"
    r"manche[nrs]?|einige[nrs]?|stellenweise|teilweise|zuweilen|mitunter|bisweilen|manchmal|etwas|ein\s+wenig|"
    r"ein\s+bisschen|leider|allerdings|aber|zwar|obwohl|wenn\s+auch|jedoch|"
    r"certain(?:e?s)|quelques|parfois|par\s+moments|par\s+endroits|un\s+peu|un\s+brin|légèrement|mais|même\s+si|"
    r"bien\s+que|malgré|cependant|toutefois|hélas|"
    r"algun[oa]s|a\s+veces|por\s+momentos|en\s+ocasiones|un\s+poco|algo|pero|aunque|si\s+bien|sin\s+embargo|"
    r"alcun[ie]|a\s+volte|a\s+tratti|talvolta|un\s+po['’]|ma|però|anche\s+se|sebbene|benché|tuttavia|purtroppo|"
    r"alguns|algumas|às\s+vezes|por\s+vezes|um\s+pouco|mas|embora|ainda\s+que|apesar|contudo|porém|"
    r"sommige|soms|hier\s+en\s+daar|af\s+en\s+toe|een\s+beetje|ietwat|maar|hoewel|helaas|echter|"
    r"vissa|visse|nogle|noen|ibland|stundtals|til\s+tider|tidvis|lite|lidt|litt|men|även\s+om|selvom|selv\s+om|"
    r"niektóre|niektórzy|czasem|czasami|miejscami|chwilami|trochę|nieco|ale|choć|chociaż|jednak|niestety|"
    r"некоторые|местами|иногда|порой|временами|немного|слегка|но|хотя|однако|"
    r"bazı|bazen|yer\s+yer|zaman\s+zaman|biraz|ama|fakat|ancak|her\s+ne\s+kadar|"
    r"beberapa|kadang(?:-kadang)?|terkadang|sedikit|agak|tapi|tetapi|namun|meski(?:pun)?|walau(?:pun)?|sayangnya|"
    r"baadhi|wakati\s+mwingine|mara\s+nyingine|kidogo|ingawa|lakini|hata\s+hivyo|japo(?:kuwa)?|"
    r"සමහර|ඇතැම්|ටිකක්|මඳක්|නමුත්|එහෙත්|වුවද|වුවත්|අතර)(?!\w)",
    re.I,
)
# a negation just before a fault, or just after it (tr "değil", si "නොවේ", fr "ne … pas"): praise ("never drags")
_NOT_BEFORE = re.compile(
    r"(?<!\w)(?:not|never|no|nothing|without|hardly|far\s+from|anything\s+but|nicht|nie|niemals|kein\w*|ohne|ne|n['’]|"
    r"jamais|sans|nunca|sin|nada|non|mai|senza|não|sem|niet|nooit|geen|zonder|inte|aldrig|ikke|aldri|utan|uden|uten|"
    r"bez|ani|asla|hiç|tidak|tak|bukan|tanpa|bila|не|ни|без|никогда|නො)(?!\w)|n['’]t(?!\w)", re.I)
_NOT_AFTER = re.compile(r"^\W*(?:\S+\s+)?(?:not|pas|nicht|niet|inte|ikke|değil|hapana|නොවේ|නැත|නැහැ)(?!\w)", re.I)
# others' judgement reported: critics, reviewers, a jury, "according to", a past verb of saying (a news item's "critics
# found the ending rushed"; the reviewer's own "readers may find the middle slow" is not reported so)
_REPORTED = re.compile(
    r"(?<!\w)(?:critics?|reviewers?|jury|judges|according\s+to|said|says|wrote|complained|argued|"
    r"Kritiker\w*|Rezensent\w*|Jury|laut|sagte\w*|schrieb\w*|bemängelte\w*|monierte\w*|"
    r"critiques|selon|a\s+(?:dit|écrit|déploré|regretté)|ont\s+(?:dit|écrit|déploré|regretté)|"
    r"críticos|jurado|según|dijo|dijeron|escribió|señaló|lamentaron|critici|giuria|ha\s+detto|hanno\s+detto|"
    r"júri|segundo\s+(?:o|a|os|as)|disse|escreveu|recensenten|volgens|zei|schreef|"
    r"kritikerna|kritikerne|juryn|enligt|ifølge|skrev|krytycy|recenzenci|według|powiedział\w*|napisał\w*|"
    r"критики|рецензент\w*|жюри|по\s+словам|сказал\w*|написал\w*|eleştirmen\w*|jüri\w*|dedi|"
    r"kritikus|juri|menurut|mengatakan|wakosoaji|majaji|kwa\s+mujibu\s+wa|alisema|walisema|"
    r"විචාරක\S*|විනිශ්චය|පැවසී\S*)(?!\w)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?;。！？])\s+")
_NOT_PROSE = re.compile(r"^\s*(?:>|#|\||[-*+]\s|\d+[.)]\s)")
_QUOTES = re.compile(r"[“”„«»\"「」『』]")
_NEAR = 60  # characters either side of the fault in which its craft noun stands (a few words)


def _reserved(sentence: str) -> bool:
    for fault in _FAULT.finditer(sentence):
        before = sentence[max(0, fault.start() - 24):fault.start()]
        if _NOT_BEFORE.search(before) or _NOT_AFTER.match(sentence[fault.end():fault.end() + 24]):
            continue
        near = sentence[max(0, fault.start() - _NEAR):fault.end() + _NEAR]
        if _CRAFT.search(near) and _HEDGE.search(sentence) and not _REPORTED.search(sentence):
            return True
    return False


def reserves(lines) -> bool:
    """A sentence of the post's own prose grants a fault of the book's craft, hedged or conceded."""
    for line in lines:
        if _NOT_PROSE.match(line) or _QUOTES.search(line) or not _FAULT.search(line):
            continue
        if any(_reserved(sentence) for sentence in _SENTENCE.split(line)
               if not sentence.rstrip().endswith(("?", "？", "؟"))):
            return True
    return False


def reservation_marks(lines) -> tuple[str, ...]:
    """The reservation as a voice mark, and under it one reference to the book as a mark of one work."""
    if not reserves(lines):
        return ()
    return (RESERVES,) + (REFERRED,) * (references("\n".join(lines)) == 1)
