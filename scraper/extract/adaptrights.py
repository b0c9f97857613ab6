"""News that a book's screen rights have been bought: the first step of an adaptation, told in a report's lead.

A report of a coming film or series often opens not on a verb of adapting but on the deal: "a studio has acquired the
film rights to T", fr "les droits du roman ont été acquis par une société de production", es "una productora ha
comprado los derechos", de "die Filmrechte hat sich eine Produktionsfirma gesichert", th "ได้ลิขสิทธิ์นำนวนิยาย … มา
สร้างเป็นซีรีส์". One sentence holds the three parts, in any order: the rights' noun, a verb of acquiring or optioning,
and a screen's or a producer's noun (the sentence's subject is a production's deal, not a reader's copy: "I bought
the book" names no rights; "the rights to translate it were sold" names no screen).

en fr es pt it ca de nl sv no da pl cs sk ru uk tr hu ro el id ms vi ja zh ko th. newslead._lead_reports asks it of the
lead (the first two lines of prose) under a title that names a screen, beside its verbs of adapting: a review's
title names no screen, and a review that names one opens on the reader, not on the deal.
"""

from __future__ import annotations

import re

_W = r"[^\W\d_]"
# a compound's first half that names the screen (Filmrechte, Verfilmungsrechte, tv-rättigheterna; not Menschenrechte)
_SCREEN_WORD = r"(?:film|verfilmungs|kino|fernseh|serien|tv-?|tv-serie|screen|filmatiserings|filmatiserings|adaptatie|audiovisuele\s+)"
# the rights (a compound's last half in the Germanic languages: Filmrechte, filmrechten, filmrättigheterna)
_RIGHTS = re.compile(
    rf"(?<!{_W})(?:rights|droits|derechos|drets|direitos|diritti|(?:{_SCREEN_WORD})?rechte[n]?|(?:{_SCREEN_WORD})?rechten|"
    rf"(?:{_SCREEN_WORD})?rättighete\w*|(?:{_SCREEN_WORD})?rettighe\w*|"
    rf"prawa|práva|права|haklar[ıi]\w*|drepturile|δικαιώματα|jogai\w*|jogok\w*|hak\s+(?:adaptasi|film|siar|cipta))(?!{_W})"
    r"|映像化権|映画化権|ドラマ化権|アニメ化権|版权|版權|改编权|改編權|판권|ลิขสิทธิ์|bản\s+quyền",
    re.I,
)
_RIGHTS_STEMS = ("right", "droit", "derech", "drets", "direit", "diritt", "recht", "rättighet", "rettighe", "prawa", "práva",
                 "права", "hakla", "drepturi", "δικαιώματ", "joga", "jogok", "hak ", "化権", "版权", "版權", "改编权", "改編權",
                 "판권", "ลิขสิทธิ์", "bản quyền")
# a verb of acquiring or optioning, in the present, the perfect or the participle (a deal is news when it is made)
_ACQUIRE = re.compile(
    rf"(?<!{_W})(?:acquired|acquires|optioned|bought|buys|purchased|snapped\s+up|picked\s+up|"
    r"acquis|acquises|achet[ée]s?|rachet[ée]s?|acquiert|ach[eè]te|rach[eè]te|obtenu|obtient|"
    r"adquiri[dóu]\w*|compr(?:ou|aram)|adquiere|compró|compraron|hecho\s+con|adquirid\w+|comprad[oa]s?|garantiu|"
    r"acquisit[io]|acquistat[io]|acquista|aggiudicat\w*|adquirit\w*|comprat\w*|"
    r"erworben|erwirbt|gekauft|kauft|gesichert|sichert|verworven|gekocht|koopt|verwerft|"
    r"köpt|köper|förvärvat|kjøpt|kjøper|sikret|købt|køber|"
    r"kupi[łl]\w*|kupuje|naby[łl]\w*|zakupi[łl]\w*|koupil\w*|kupuje|získal\w*|kúpil\w*|"
    r"приобр[её]л\w*|приобрета\w*|купил\w*|выкупил\w*|придба\w*|купила|викупил\w*|"
    r"satın\s+al\w*|megvásárolt\w*|megszerezt\w*|megvette|achiziționat|cumpărat|"
    r"απέκτησε|αγόρασε|εξασφάλισε|memperoleh|membeli|dibeli|mendapatkan|mua(?=\s+(?:lại\s+)?bản\s+quyền)|sở\s+hữu)(?!{_W})"
    r"|取得|獲得|获得|買下|买下|購得|购得|拿下|購入|확보|사들|구입|인수|획득|(?:ได้|ซื้อ|คว้า|ถือ)ลิขสิทธิ์",
    re.I,
)
# the screen, or the producer who buys for it
_SCREEN_OR_PRODUCER = re.compile(
    rf"(?<!{_W})(?:film\w*|movie\w*|screen\w*|series|tv|television|streaming|studio\w*|producers?|production\w*|"
    r"cin[ée]ma\w*|s[ée]ries?|t[ée]l[ée]vis\w+|producteur\w*|productrice|productora\w*|productor\w*|producci[óo]n|"
    r"produtora\w*|produ[çc][ãa]o|pel[íi]cula\w*|produttor\w*|produzion\w*|serie\w*|"
    rf"{_W}*film\w*|produktion\w*|produzent\w*|productie\w*|producent\w*|produkc\w*|seria[lł]\w*|seriál\w*|"
    r"фильм\w*|сериал\w*|кино\w*|продюс\w*|продакшн\w*|студи\w*|фільм\w*|серіал\w*|"
    r"dizi\w*|yapımc\w*|sorozat\w*|producător\w*|ταινί\w*|σειρ\w*|παραγωγ\w*|phim)(?!{_W})"
    r"|映画|ドラマ|映像|アニメ|影视|影視|电影|電影|剧|劇|영화|드라마|제작사|ภาพยนตร์|ซีรีส์|ซีรี่ส์|ละคร|หนัง(?!สือ)|ผู้ผลิต",
    re.I,
)
# the reader's own voice: a first person beside a verb of reading (booklonewriter.READ) makes the lead a review's
# ("Netflix bought the film rights …, and having finally read it I understand why")
_FIRST = re.compile(r"(?<![^\W\d_])(?:I|I['’](?:ve|d|m)|(?i:my|me|ich|mir|mich|je|j['’]ai|moi|yo|eu|io|jag|jeg|ik|я|minä|"
                    r"olen|luin|leí|lessi|läste\s+jag|przeczytałam|przeczytałem|přečetla|přečetl|прочитал\w*|"
                    r"aku|saya|tôi|ben|okudum))(?![^\W\d_])")
FIRST_PERSON = _FIRST  # (tipline: a tip line in the reviewer's voice is the review's)
_SENTENCE = re.compile(r"(?<=[.!?;。！？；])\s*")


def rights_bought(line: str) -> bool:
    """A sentence of the line says a book's screen rights were acquired: the rights, a verb of acquiring and a screen or
    a producer, all three in one sentence."""
    if not line:
        return False
    low = line.casefold()
    if not any(stem in low for stem in _RIGHTS_STEMS):
        return False
    from .booklonewriter import READ
    if _FIRST.search(line) and READ.search(line):
        return False
    for sentence in _SENTENCE.split(line):
        if _RIGHTS.search(sentence) and _ACQUIRE.search(sentence) and _SCREEN_OR_PRODUCER.search(sentence):
            return True
    return False
