"""A news report told from a review by its lead: the news agencies' and newspapers' dateline, the place in capitals
before a dash or a colon that opens the first paragraph ("JAKARTA - …", "LONDON — …", "NEW DELHI: …",
"MADRID, 3 dic (EFE) – …", "ΑΘΗΝΑ – …", "КИЇВ — …"). A report on a book's adaptation, a prize or a launch names the
book in its text; a review opens on the reader's voice, not on a place. Read in the cased scripts (Latin, Greek,
Cyrillic, Armenian, Georgian's Mtavruli), where capitals can be told; a caption or a standfirst may come first.

A plain string test (the first lines' first 60 characters hold a dash or a colon after a capital) before any pattern.
classify.classify asks judge() for a post whose book was found only in its text or not at all and that gives no
verdict of its own.
"""

from __future__ import annotations

import re

from .adaptbecomes import becomes, in_production  # (the verbs of becoming in the languages _MADE_INTO does not read)
from .adaptrights import rights_bought  # (the screen rights bought: the lead of an adaptation's news)
from .adaptsection import RADIO, turns_into  # (a radio serial, a verb of turning into)
from .casefold import guarded

# the place, then an optional date or agency after a comma or in brackets, then the dash or the colon
_DATELINE = re.compile(r"^(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3})\.?"
                       r"(?P<more>\s*,\s*[^,:–—()\n]{1,30}?)?(?P<agency>\s*\([^()\n]{1,30}\))?\s*(?P<sep>[-–—:])\s+\S")


def wire_lead(lines) -> bool:
    """One of the first three lines opens on a dateline: a place of one to four words all in capitals (three letters
    or more), then a dash or a colon, in a paragraph of ten words or more."""
    for line in list(lines)[:3]:
        head = line[:60]
        if not (head[:1].isupper() and ("-" in head or "–" in head or "—" in head or ":" in head)):
            continue
        found = _DATELINE.match(line)
        if not found:
            continue
        place = found.group("place")
        letters = [c for c in place if c.isalpha()]
        if not (len(letters) >= 3 and place.isupper() and len(line.split()) >= 10):
            continue
        # (a colon after one word in capitals is as often a label, "WARNING:", "SPOILERS:": the dash, or a place of two
        # words, a date or an agency before the colon; and never a content warning's or a spoiler's label)
        if found.group("sep") == ":" and " " not in place.strip() and not (found.group("more") or found.group("agency")):
            continue
        from .notes import CW_LABEL  # (notes reads a good deal: imported when a dateline is found)
        from .notespoilers import SPOILER_MARKER
        if not (CW_LABEL.match(line) or SPOILER_MARKER.search(line[:60])):
            return True
    return False


# The title's news that a book is made into a film or a series: a verb of adapting (passive or "becomes"; not "made
# into", "turned into", which a reader's title uses too), then within a few words the screen's noun ("adapted into a TV series", id "diadaptasi jadi serial", es "llevada al cine", fr
# "adapté en série", de "wird verfilmt", it "diventa una serie", pt "vira filme", pl "doczeka się serialu", tr "dizi
# oluyor", vi "chuyển thể thành phim", ru "экранизируют"; a verb of becoming: ca "es convertirà en una sèrie", es "se
# convertirá en película", fr "deviendra un film", it "diventerà una serie", pt "vai virar série", en "becomes a film", nl
# "wordt een tv-serie", sv/no "blir en tv-serie", da "bliver til en film"; nl "wordt verfilmd", sv "filmatiseras"; pl "będzie
# serialem", cs/sk "bude seriál", "dočká se filmové adaptace", "zfilmují", "sfilmujú"), or
# the news word fused to it (ja "映画化決定", zh "将改编成剧").
# (the Germanic languages write the screen's noun in a compound, nl "dramaserie", "speelfilm", de "Miniserie",
# "Kinofilm", sv/da "dramaserien", nl (Flemish) "tv-reeks", "fictiereeks": any first half but a book's, "boekenserie",
# "Buchserie", "Romanserie", "bokserie", "boekenreeks"; a bare "reeks", "a series of", is no screen's)
_COMPOUND = (r"[^\W\d_]{2,14}?-?(?<!buch)(?<!bücher)(?<!boek)(?<!boeken)(?<!bok)(?<!bog)(?<!bøger)(?<!böcker)(?<!book)"
             r"(?<!roman)(?<!strip)(?<!comic)(?<!manga)(?<!krimi)(?<!fantasy)(?:serie|serien|series|film|filme|filmen|films|reeks|reeksen)")
SCREEN = (rf"(?:tv\s+|web\s+|netflix\s+|streaming\s+)?(?:{_COMPOUND}|films?|movies?|series|serial|sinetron|layar\s+lebar|cin[ée]ma|cine|"
           r"(?:long|court|moyen)[\s-]m[ée]trages?|largometrajes?|lungometragg(?:io|i)|longas?[\s-]metragens?|feature[\s-]films?|"  # (a feature film: fr/es/it/pt)
           r"s[eéè]ries?|serie|tv-serie\w*|televisieserie|filme?|filmu|filmem|serialu|serialem|seri[aá]l(?:u|em|om)?|filmov[éá]\s+adaptac\w+|pel(?:[·.]?l)?[ií]cul[ae]s?|dizi\w*|phim|сериал\w*|фильм\w*|серіал\w*|фільм\w*|écran|pantalla|(?:c|g|ch|ngh)yfres|ffilm)")  # (cy "cyfres", mutated "gyfres")
_MADE_INTO = guarded(re.compile(
    r"\b(?:adapted|diadaptasi|diangkat|adaptad[oa]s?|llevad[oa]s?|adapt[ée]e?s?|port[ée]e?s?|adattat[oa]|"
    r"diventa|vira|chuyển\s+thể|divent(?:er)?[àa]|virar[áa]?|convert\w+|devien(?:t|dra)|become|becom(?:es|ing)|wordt|blir|bliver|uyarlan\w*|zekranizowan\w*|doczeka\s+się|będzie|bude|dočk(?:á|ají)(?:\s+s[ea])?|wird|werden)\b(?:\s+[\w'’-]+){0,3}?\s+"
    rf"{SCREEN}\b|\b(?:{SCREEN})\s+(?:oluyor|olacak)\b|\b(?:verfilmt|verfilmd|filmatiser(?:as|es)|filmataan|difilmkan|zfilmuj\w+|sfilmuj\w+|zfilmovan\w+|sfilmovan\w+|экранизиру\w+|екранізу\w+)\b|"
    # hu "sorozat készül T-ből" (a series is being made of T), "megfilmesítik", "filmre viszik"; fi "T:stä tehdään tv-sarja",
    # "filmatisoidaan"; et "ekraniseeritakse", "T-st valmib seriaal"; lv "ekranizēs", "uzņems seriālu"; lt "ekranizuos",
    # "bus ekranizuotas"; ro "va fi ecranizat(ă)", "devine serial"
    r"\b(?:(?:tévé|tv-?|mini|film|játékfilm|mozi)?sorozat|(?:mozi|játék)?film)\w{0,4}\s+(?:is\s+)?(?:készül|forgatnak|forgatják)\b|"
    r"\bmegfilmesít(?:ik|ették|enék|és)\b|\bfilmre\s+viszik\b|\btehdään\s+(?:[\w-]+\s+){0,2}?(?:tv-sarja|sarja|minisarja|elokuva)\b|"
    r"\bfilmatisoi(?:daan|tiin)\b|\bekraniseeri(?:takse|ti)\b|\bvalmib\s+(?:\w+\s+){0,2}?(?:seriaal|film|telesari)\b|"
    r"\bekranizēs\b|\buzņems\s+(?:\w+\s+){0,2}?(?:seriālu|filmu)\b|\bekranizuos\b|\bbus\s+ekranizuot\w+|"
    r"\bva\s+fi\s+ecranizat[ăa]?\b|\bdevine\s+(?:un\s+)?(?:serial|film)\b|"
    # af "T word 'n televisiereeks / rolprent / fliek" (becomes a TV series, a film), "word verfilm" (is filmed)
    r"\bword\s+['’]n\s+(?:[\w-]+\s+){0,2}?(?:(?:televisie|tv-?)?reeks|rolprent|fliek|(?:speel)?film)\b|"
    r"\bword\s+verfilm\b|"
    r"(?:映画化|ドラマ化|アニメ化|映像化|実写化|舞台化|ミュージカル化)(?:決定|が決定)|初(?:の)?(?:映画|ドラマ|アニメ|映像|実写|舞台|ミュージカル)化|"
    r"が[^\s、。「」]{0,6}(?:映画|ドラマ|アニメ|舞台|ミュージカル)(?:化|に)(?:決定|へ)?(?=$|[\s　、！!])|(?:改编|改編)成(?:电影|電影|剧|劇|电视剧|電視劇)|(?:영화|드라마)(?:화|로\s*제작)\s*확정",
    re.I,
))


# ... and in the languages that say it with a postposition or a verb of turning, not matched by \b (a Devanagari vowel
# sign is no word character): hi "T पर बनेगी वेब सीरीज" / "पर फिल्म बनेगी" (a film will be made on T), mr "वर चित्रपट
# येणार", ur "پر فلم بنے گی", fa "از روی T سریال ساخته می‌شود", ar "تحويل رواية T إلى مسلسل" (turning T into a series),
# he "T יעובד לסדרה"; the future or an announcement only ("पर बनी फिल्म", the film made on it, is a review's subject too)
_HI_SCREEN = r"(?:वेब\s*सीरीज़?|फ़िल्म|फिल्म|सीरियल|धारावाहिक)"
_MADE_INTO_OTHER = re.compile(
    rf"(?<![\u0900-\u097f])पर\s+(?:अब\s+)?(?:बनेगी|बनेगा|बनेंगी|बनने\s+जा\s+रह[ीा]|बन\s+रह[ीा])(?:\s+हैं?)?\s+(?:एक\s+)?{_HI_SCREEN}|"
    rf"(?<![\u0900-\u097f])पर\s+{_HI_SCREEN}\s+(?:बनेगी|बनेगा|बनने\s+जा|बनाने\s+(?:का\s+ऐलान|की\s+घोषणा))|"
    r"वर\s+(?:आधारित\s+)?(?:वेब\s*सिरीज|चित्रपट|मालिका)\s+(?:येणार|बनणार|होणार)|"
    # (mr "T आता वेब मालिकेत" / "वेब मालिकेच्या रूपात": into a web series; "A-GEN कादंबरीवर आठ भागांची मालिका": a series
    # of eight episodes on the novel, its episodes or its web counted)
    r"(?<![\u0900-\u097f])वेब\s*मालिके(?:त|च्या\s+रूपात)(?![\u0900-\u097f])|"
    r"(?:कादंबरीवर|पुस्तकावर|कथेवर)\s+(?:[^\s;,]+\s+)?(?:भागांची|वेब)\s+मालिका(?![\u0900-\u097f])|"
    r"(?<![\u0600-\u06ff])پر\s+(?:ویب\s+سیریز|فلم|ڈرامہ)\s+بن(?:ے\s+گی|ے\s+گا|ائی\s+جائے\s+گی|\s+رہی|\s+رہا)|"
    r"(?<![\u0600-\u06ff])(?:فیلم|سریال)\s+(?:[^\s]+\s+){0,3}?ساخته\s+می[\u200c\s]?شود|"
    r"(?<![\u0600-\u06ff])تحويل\s+(?:[^\s.،]+\s+){0,8}?إلى\s+(?:فيلم|مسلسل|الشاشة)|"
    # (he: the future of adapting or of becoming, "יהפוך לסדרת דרמה", its present "הופך לסרט"; the screen's noun in
    # its construct state too, סדרת/סרטי: "a drama series")
    r"(?<![\u05d0-\u05ea])(?:יעובד|תעובד|יעובדו|יהפוך|תהפוך|יהפכו|הופך|הופכת|הופכים|הופכות)\s+ל(?:סדר(?:ה|ת)|סרט(?:י|ים)?|קולנוע|מחזה)(?![\u05d0-\u05ea])"
)


def made_into(title: str) -> bool:
    """The title reports that a book is made into a film or a series."""
    return bool(_MADE_INTO.search(title)) or bool(_MADE_INTO_OTHER.search(title)) or becomes(title)


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """(kind, reason) for a news report whose book is found only in its text or not at all (or, for news of an
    adaptation, in its title) and that gives no verdict."""
    if own_rating or ev.jsonld_review or ev.book_source not in (None, "body", "title"):
        return None
    if ev.book_source != "title" and wire_lead(ev.body[0]):
        return "other", "its lead opens on a news dateline (a place in capitals, then a dash): a news report, not a review"
    # (the book read from a title that reports its adaptation is the news's subject, not a reviewed book, unless the
    # post gives a verdict of its own)
    if made_into(ev.title or "") and not (ev.book_source == "title" and ev.verdict_lines):
        return "other", "its title reports that a book is made into a film or a series: news of an adaptation, not a review"
    # (or its title names the screen or the stage and its lead, the first paragraph of prose, reports the adaptation:
    # "T in a 30-episode series" over "A company has bought the rights to turn T into a series …")
    if (STAGE_OR_SCREEN.search(ev.title or "") or RADIO.search(ev.title or "")) and not ev.verdict_lines and _lead_reports(ev.body[0]):
        return "other", "its title names a film, a series or a stage and its lead reports a book's adaptation: news, not a review"
    return None


# a screen or a stage named in a title, in the scripts \b does not serve (ar, fa, he, hi, th, km, lo, my, ja, zh, ko): the Latin and
# Cyrillic ones are SCREEN's
STAGE_OR_SCREEN = re.compile(rf"\b{SCREEN}\b|(?<![\u0600-\u06ff])(?:ال)?(?:مسلسل|فيلم|سينما|مسرح|سریال|فیلم)|סדרה|סדרת|סרט|"
                              r"सीरीज़?|फ़िल्म|फिल्म|ภาพยนตร์|ซีรีส์|ซีรี่ส์|ละคร|หนัง(?!สือ)|ភាពយន្ត|រឿងភាគ|ຮູບເງົາ|ລະຄອນ|ရုပ်ရှင်|ဇာတ်လမ်းတွဲ|映画|ドラマ|アニメ|舞台|ミュージカル|电影|電影|电视剧|電視劇|영화|드라마|연극|뮤지컬|"
                              # (and the screen's nouns of adaptbecomes' languages: sh/sl, mk/sr, el, is, tl, sw, eu, ms, fi, et, lv)
                              r"(?<!\w)(?:serij(?:a|e|u|om|o)|серија|серију|ταινία|σειρά|kvikmynd\w*|\w*þáttaröð\w*|pelikula|teleserye|"
                              r"filamu|tamthilia|telesail\w*|filem|elokuva\w*|tv-sarja\w*|\w*seriaal\w*|seriāl\w*)(?!\w)", re.I)
# the news verb in a report's lead: Japanese "が舞台化され" (is adapted for the stage), the title's forms otherwise
_LEAD_JA = re.compile(r"が[^\s、。「」]{0,6}(?:映画|ドラマ|アニメ|映像|実写|舞台|ミュージカル)化され")


def _lead_reports(lines) -> bool:
    """The lead, the first two lines of prose (forty characters or more: a caption or a byline is shorter), reports
    a book's adaptation (or the deal that begins one: its screen rights bought, adaptrights.py)."""
    lead = [line for line in lines if len(line) >= 40 and not line.startswith(("#", "|", ">"))][:2]
    return any(made_into(line) or _LEAD_JA.search(line) or turns_into(line) or in_production(line) or rights_bought(line) for line in lead)  # (… or turning: adaptsection.py; or its making under way: adaptbecomes.in_production)
