"""A free-copy note that says the publisher gave the book to the writer, with no copy word (notegift.edge_gift).

A short note at the review's edge often names neither a review copy nor "free": it says who gave the book and that
the writer got it: fr "Le livre nous a été aimablement offert par les éditions …", es "Me lo envió amablemente la
editorial", it "Il libro mi è stato inviato dalla casa editrice", pt "O livro foi-me cedido pela editora", de "Das Buch
hat mir der Verlag geschickt", el "Το αντίτυπο μάς το παραχώρησαν οι εκδόσεις". Read per language, by grammar
rather than phrases: a giving verb bound to a first-person object pronoun (the writer as the one given to: "m'a été
envoyé", "nous ont offert", "me lo envió", "mi è stato inviato", "foi-me cedido", "mir … geschickt", "μου το
έστειλαν") and the publisher (notewords.PUBLISHER) in the role of the giver: after the agent's preposition ("par",
"por", "dalla", "pela", "vom", "door", "από", "by"), or the subject right before the giving or right after it. A
book given to someone else ("offert à ma sœur"), given by a friend and merely published by a house ("Mi hermana me
regaló este libro de la editorial …"), a publisher that printed the book, a giving denied, or what the house sends
that is no book (a mail, an invitation: "m'ont envoyé un courriel", "mir eine Einladung geschickt") is none. Also ca
("L'editorial em va enviar el llibre", "m'ha estat enviat per Edicions …"). el also says
it as a noun, "courtesy of" or "a gift of" the house ("ευγενική παραχώρηση των εκδόσεων", "δώρο των εκδόσεων").

hi: the publisher or the author presenting the book, as the giver of the act ("प्रकाशक ने समीक्षा के लिए भेंट की",
the publisher presented it for review; "लेखिका द्वारा भेंट स्वरूप", as a present from the author); not a meeting
("लेखक से भेंट हुई"), an interview (भेंटवार्ता), a gift from anyone else ("दादी ने उपहार में दी"), nor a giving
denied (नहीं).

zh: a publisher's sample copy (样书/樣書, the copies a house sends out) the writer received: the copy, its arrival
towards the writer (寄来, 送来, 收到, 寄给我 …) and the writer or this book named in the sentence; not one sent on to
someone else (寄给了朋友), borrowed, a character's in the story (no first person, no "this book"), or denied (不是样书).
"""

from __future__ import annotations

import re

from .casefold import guarded
from .notewords import NEGATED, NEGATED_BEFORE, PUBLISHER

_ADV = r"(?:(?:très|fort|si|muy|tan|molto|assai|muito|t[ãa]o|sehr|πολύ|very|so)\s+)?(?:\w+(?:ment|mente|erweise|ικά|ά|ly)\s+)?"  # one courtesy adverb ("aimablement", "gentilmente", "freundlicherweise", "ευγενικά")
_NAME = r"(?:[\w'’.&/-]+\s+){0,4}?"  # the house's own name between its word and the giving ("les éditions du Seuil m'ont …")

# the participles of a giving in hr/bs/sr, sl, cs/sk: sent, handed over, gifted, delivered, provided, given
_SLA_GIVEN = (r"(?:(?:po|za)?slal[aoi]?|poslao|poslan[aoi]?|ustupi(?:o|la|lo|li)|ustupljen[aoi]?|pokloni(?:o|la|lo|li)|poklonjen[aoi]?|"
              r"darova(?:o|l|la|lo|li)|dostavi(?:o|la|lo|li)|dostavljen[aoi]?|podari(?:l|la|lo|li)|poskyt(?:l|ol|la|lo|li)|"
              r"(?:vě|ve)nova(?:l|la|lo|li)|da(?:o|la|lo|li))(?!\w)")
# per language: (the giving to the writer, the agent's preposition, the articles of a subject after the verb)
_LANGUAGES = {
    "fr": (r"(?<!\w)(?:m['’]|me\s+|nous\s+)(?:l['’]|les?\s+|la\s+)?(?:(?:a|ont|avait|avaient|aura|auront|avoir|fut|furent)\s+)?"
           rf"{_ADV}(?:été\s+)?{_ADV}(?:offert|envoy[ée]|adress[ée]|transmis|fourni|remis|fait\s+parvenir|expédi[ée]|"
           r"donn[ée](?!e?s?\s+(?:envie|l['’]occasion|le\s+go[ûu]t|raison|tort|du\s+fil)))",
           r"(?:par|de\s+la\s+part\s+d['’e]s?)", r"(?:les?|la|l['’])"),
    "es": (r"(?<!\w)(?:me|nos)\s+(?:l[oa]s?\s+)?(?:(?:ha|han|había|habían|fue|fueron)\s+)?(?:sido\s+)?" + _ADV
           + r"(?:envi[óoa]\w*|envió|enviaron|cedi[óo]|cedieron|cedid[oa]s?|mand[óoa]\w*|facilit\w+|hizo\s+llegar|hicieron\s+llegar|"
           r"obsequi\w+|proporcion\w+|ofreci\w+|regal[óa]\w*)",
           r"(?:por|de\s+parte\s+de)", r"(?:la|el|las|los)"),
    "ca": (r"(?<!\w)(?:m['’]|me\s+|em\s+|ens\s+|ens\s+l['’]|me\s+l['’])(?:l['’]|el\s+|la\s+)?(?:(?:ha|han|va|van|havia|havien)\s+)?"
           rf"(?:estat\s+)?{_ADV}(?:enviat|enviada|enviar|regalat|regalada|regalar|cedit|cedida|cedir|fet\s+arribar|fer\s+arribar|ofert|oferit|oferir)",
           r"(?:per)", r"(?:la|el|les|els|l['’])"),
    "it": (r"(?<!\w)(?:mi|ci|m['’]|c['’]|(?:aver|esser)(?:mi|ci|melo|cela|mela|celo))\s*(?:(?:è|e|sono|era|erano|ha|hanno|aveva|avevano)\s+)?"
           rf"(?:stat[oaie]\s+)?{_ADV}(?:stat[oaie]\s+)?(?:inviat|spedit|regalat|offert|mandat|concess|fornit|donat|recapitat)\w*",
           r"(?:da|dal|dalla|dalle|dai|dagli|dall['’]|da\s+parte\s+d\w+)", r"(?:la|le|il|lo|l['’]|i|gli)"),
    "pt": (r"(?<!\w)(?:(?:me|nos)\s+(?:(?:foi|foram|tinha\s+sido|tinham\s+sido)\s+)?|(?:foi|foram)-(?:me|nos)\s+)" + _ADV
           + r"(?:cedid|enviad|oferecid|mandad|fornecid|dad[oa]s?\b|envio[uw]|enviaram|cedeu|cederam|ofereceu|ofereceram|mandou|mandaram)\w*",
           r"(?:por|pela|pelo|pelas|pelos|da\s+parte\s+d\w+)", r"(?:a|o|as|os)"),
    "de": (r"(?<!\w)(?P<passive>(?:wurde|wurden|ist|sind|war|waren)\s+)?(?:mir|uns)\s+(?:[\w-]+\s+){0,6}?(?:zur\s+Verf[üu]gung\s+gestellt|"
           r"(?:zu)?geschickt|zugesandt|zugesendet|geschenkt|überlassen|übersandt|bereitgestellt)|"
           r"(?:schickte|schickten|sandte|sandten|schenkte|schenkten|stellte|stellten)\s+(?:mir|uns)(?!\w)",
           r"(?:vom|von(?:\s+de[mr])?)", r"(?:der|die|das)"),
    "nl": (r"(?<!\w)(?:mij|me|ons)\s+(?:\w+\s+){0,5}?(?:toegestuurd|opgestuurd|gestuurd|toegezonden|geschonken|bezorgd|aangeboden)|"
           r"(?:stuurde|stuurden|schonk|schonken|bezorgde|bezorgden)\s+(?:mij|me|ons)(?!\w)",
           r"(?:door)", r"(?:de|het)"),
    "el": (r"(?<!\w)(?:μου|μού|μας|μάς)\s+(?:τ[οόηα]ν?\s+|τ[ιο]ς\s+)?(?:\w+\s+)?(?:παραχ[ωώ]ρ|[έε]στειλ|στ[έε]ιλ|στ[άα]λθηκ|απ[έε]στειλ|"
           r"αποστ[άα]λθηκ|προσ[έε]φερ|προσφ[έε]ρθηκ|χ[άα]ρισ|χαρ[ίι]στηκ|δ[ώω]ρισ|δωρ[ίι]θηκ|[έε]δωσ|δ[όο]θηκ|παρ[έε]ιχ|παρασχ[έε]θηκ|"
           r"δι[έε]θεσ|διατ[έε]θηκ)\w*",
           r"(?:από|εκ\s+μέρους)", r"(?:οι|η|ο|τα|το)"),
    # hr/bs/sr, sl, cs/sk: the dative clitic before the participle, the house between or around them ("koje mi je izdavač
    # poslao", "mi je založba poslala", "nakladatelství mi poslalo", "poslalo mi ho vydavateľstvo"), or after "od"
    # ("ustupljen mi je od izdavača"); not "nije", "ni", "ne" between (a giving denied)
    "sla": (r"(?<!\w)(?:mi|nam)\s+(?:(?:je|su|so|ga|ju|jo|ih|ho|ji|sta)\s+){0,2}(?:(?!(?:nije|nisu|ni|ne|nie)\s)\w+\s+){0,4}?"
            + _SLA_GIVEN + r"|" + _SLA_GIVEN + r"\s+(?:mi|nam)(?:\s+(?:ho|ju|ga|jo|je))?(?!\w)",
            r"(?:od(?:\s+strane)?)", r"(?!)"),
    "en": (r"(?<!\w)(?:(?:was|were|has\s+been|had\s+been)\s+" + r"(?:\w+ly\s+)?(?:sent|given|gifted|provided|offered|mailed)\s+to\s+(?:me|us)|"
           r"(?:sent|gave|gifted|mailed|posted)\s+(?:me|us)(?!\w))",
           r"(?:by)", r"(?:the)"),
}
# the house: notewords.PUBLISHER (which the book rules read too), and the names a house gives itself in es, ca, it, pt
# ("Ediciones …", "Edicions …", "Edizioni …", "Edições …", "la casa editrice"), el its genitive ("των εκδόσεων")
_HOUSE = PUBLISHER.pattern + r"|(?<!\w)(?:ediciones|edicions|edizioni|edi[çc][õo]es|(?:casa\s+)?editrice|εκδ[όο]σεων)"
_COMPILED = {
    lang: (re.compile(give, re.I),
           re.compile(rf"(?<!\w){agent}\s+(?:{article}\s*)?{_NAME}(?:{_HOUSE})", re.I),
           re.compile(rf"\W*{_ADV}(?:{article}\s*)?(?:{_HOUSE})", re.I))
    for lang, (give, agent, article) in _LANGUAGES.items()
}
# el: the house's courtesy or gift, said as a noun: "(ευγενική) παραχώρηση των εκδόσεων …", "δώρο των εκδόσεων …"
_EL_COURTESY = re.compile(r"(?<!\w)(?:παραχ[ωώ]ρηση|δ[ώω]ρο)\s+(?:των|της|του|από\s+τ\w+)\s+(?:" + _HOUSE + ")", re.I)
_SUBJECT_BEFORE = re.compile(rf"(?:{_HOUSE})\s*{_NAME}$", re.I)
_HOUSE_NAMED = guarded(re.compile(_HOUSE, re.I))  # (casefold.Guarded: ~26 µs a line unguarded, ~11 behind its words)
# (de: the subject after the pronoun, "hat mir der Verlag … geschickt")
_SUBJECT_INSIDE = re.compile(rf"^(?:mir|uns)\s+(?:der|die)\s+{_NAME}(?:{_HOUSE})|"
                             rf"^(?:mi|nam)\s+(?:(?:je|su|so|ga|ju|jo|ih|ho|ji|sta)\s+){{0,2}}(?:{_HOUSE})", re.I)  # (hr/sl/cs: "mi je izdavač poslao")
# what a house sends that is no book: a message, a mail, an invitation, a letter, a newsletter or catalogue, a press release
# (fr, es, ca, it, pt, de, nl, el, en), right after the giving ("m'ont envoyé un courriel", "mir eine Einladung geschickt")
_NOT_A_BOOK = re.compile(r"\s*(?:\w+\s+){0,2}?(?:courriel|correu|correo|e-?mail|mail|message|missatge|invitació|butllet[íi]|messaggio|mensaje|mensagem|nachricht|bericht|"
                         r"invitation|invitaci[óo]n|invito|convite|einladung|uitnodiging|lettre|lettera|carta|brief|letter|"
                         r"newsletter|bolet[íi]n|catalogue|cat[áa]logo|catalogo|katalog|communiqu[ée]|comunicado|comunicato|"
                         r"μήνυμα|πρόσκληση|γράμμα|επιστολή|δελτίο|κατάλογο|poruk|pozivnic|pozivnicu|pism|obavijest|sporočil|vabil|zpráv|pozvánk|pozvánk)", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;。！？])\s*")

# zh: a publisher's sample copy, arrived towards the writer (sent here, received, sent to me), the writer or this book named
_ZH_COPY = r"(?:样书|樣書|公关书|公關書)"
_ZH_ARRIVED = r"(?:寄来|寄來|送来|送來|寄到|收到|拿到|获赠|獲贈|寄给我|寄給我|送给我|送給我|赠给我|贈給我|赠送给我|贈送給我|提供)"
_ZH_SAMPLE = re.compile(rf"{_ZH_ARRIVED}[^。！？!?，,]{{0,12}}?{_ZH_COPY}|{_ZH_COPY}[^。！？!?，,]{{0,12}}?(?:由[^。！？!?，,]{{1,16}}?)?{_ZH_ARRIVED}")
_ZH_MINE = re.compile(rf"^\W*(?:{_ZH_ARRIVED}|(?:本书|本書)?(?:为|為|系|是)?{_ZH_COPY})|我|笔者|筆者|本人|小编|小編|(?:这|這|此|本|该|該)本?(?:书|書)")
# not the writer's: denied, sent on to someone else, borrowed
_ZH_NOT = re.compile(r"不是|并非|並非|没有|沒有|(?:寄|送|转|轉|赠|贈)给了?(?!我)|(?:寄|送|转|轉|赠|贈)給了?(?!我)|借(?:来|來|给|給|阅|閱|的)|图书馆|圖書館")


# ja, its neighbour: a sample copy or proofs (見本, 見本誌, ゲラ, プルーフ) the writer received in the humble form (いただく,
# 頂く: the writer's own getting, not a character's); not "見本にさせていただく" (taking it as a model), a trade fair (見本市)
_JA_SAMPLE = re.compile(r"(?:見本(?!市)(?:誌|本)?|ゲラ|プルーフ(?:版|本)?|校正刷り)[をが][^。！？!?]{0,12}?(?:いただ|頂)")
_JA_DENIED = re.compile(r"ません|ではな|じゃな|てない|ていない")


# hi: the giver (a publisher, an imprint, the author, the editor) with "ने" or "द्वारा", then within eight words the
# present given ("भेंट की", "उपहार में दी": no letter after, "।" may end it) or "as a present" ("भेंट स्वरूप"); the noun
# "भेंट" alone may be a meeting
_HI_GIVER = r"(?:प्रकाशक|प्रकाशन|पब्लिशर|पब्लिशिंग|लेखक|लेखिका|संपादक|बुक्स)\S*\s+(?:\S+\s+){0,2}?(?:ने|द्वारा)\s+"
_HI_GIVEN = re.compile(_HI_GIVER + r"(?:\S+\s+){0,8}?(?:(?:भेंट|उपहार)\s+(?:में\s+|स्वरूप\s+)?"
                       r"(?:की|किया|कीं|दी|दिया|दीं|दी\s+गई|भेजी|भेजा)(?![\w\u0900-\u0963])"
                       r"|(?:भेंट|उपहार)\s*(?:स्वरूप|के\s+रूप\s+में))")


def given_to_me(text: str) -> bool:
    """Whether a sentence of the short note `text` says its publisher gave (sent, offered, granted) the book to the writer."""
    if ("भेंट" in text or "उपहार" in text) and any(_HI_GIVEN.search(sentence) and "नहीं" not in sentence
                                                 for sentence in re.split(r"(?<=[।.!?])", text)):
        return True
    if "样书" in text or "樣書" in text or "公关书" in text or "公關書" in text:
        for sentence in re.split(r"(?<=[。！？!?])", text):
            if _ZH_SAMPLE.search(sentence) and _ZH_MINE.search(sentence) and not _ZH_NOT.search(sentence):
                return True
    if ("見本" in text or "ゲラ" in text or "プルーフ" in text or "校正刷り" in text) and any(
            _JA_SAMPLE.search(sentence) and not _JA_DENIED.search(sentence) for sentence in re.split(r"(?<=[。！？!?])", text)):
        return True
    if not _HOUSE_NAMED.search(text):
        return False
    for sentence in _SENTENCE.split(text):
        if _EL_COURTESY.search(sentence) and not _denied(sentence, 0, len(sentence)):
            return True
        for give, agent, after in _COMPILED.values():
            for found in give.finditer(sentence):
                if _denied(sentence, found.start(), found.end()) or _NOT_A_BOOK.match(sentence, found.end()) or _NOT_A_BOOK.search(found.group(0)):
                    continue
                # (de: a passive's agent may stand inside the giving, "wurde mir vom Verlag zur Verfügung gestellt"; an active
                # one's "vom Verlag" there is the book's house, "hat mir den Roman vom … Verlag geschenkt")
                passive = "passive" in give.groupindex and found.group("passive")
                if agent.search(sentence, found.start() if passive else found.end()) or after.match(sentence, found.end()) \
                        or _SUBJECT_BEFORE.search(sentence, 0, found.start()) or agent.search(sentence, 0, found.start()) \
                        or _SUBJECT_INSIDE.search(found.group(0)):
                    return True
    return False


def _denied(sentence: str, start: int, end: int) -> bool:
    """A negation before the giving in its clause, or any in a note that says there was none ("ne m'a pas été envoyé")."""
    clause = re.split(r"[,;:—–]", sentence[:start])[-1]
    return bool(NEGATED_BEFORE.search(clause) or NEGATED.search(sentence) or re.search(r"(?<!\w)(?:ne|n['’])\s", clause)
                or re.search(r"^\s*(?:pas|jamais|non|no|not|nicht|δεν)\b", sentence[end:end + 12], re.I))
