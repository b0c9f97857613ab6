"""Notes a reviewer attaches to a review: free-copy disclosures, content warnings, spoiler sections.

They belong to the review (the cleaner keeps them) and they are facts a
researcher filters on, so they are also recorded as fields. Pure functions over
the clean Markdown and, when there is one, the cleaned post body element.

Structure first, words second. A disclosure is a short block near the start or
the end of the review (or a block labelled ``Disclosure:``) with a sentence
that names a free copy *and* how it came (received, sent, thanks to, in
exchange for, via NetGalley); a policy page's "I accept ARCs" or a wrap-up's
"one ARC" name a copy but not its arrival. A content warning is a block that
starts with a label (``CW:``, ``Content warnings:``, ``Inhaltswarnung:``), a
heading with that label followed by a list, or an element classed ``cw`` /
``content-warning`` / ``trigger-warning``, or a note set apart at the start (italics, brackets, a note mark
such as ※) saying the book contains hard things ("this book includes a suicide attempt"). A spoiler section is a short block
or heading announcing spoilers ("Spoilers below", "Alerta de spoiler"), a ``<details>`` whose summary does, an element classed ``spoiler``, or an
unrendered ``[spoiler]`` shortcode; "spoiler-free" and "sin spoilers" are not (notespoilers.py).
In any language, a short note opened by a note mark (※ ＊ ⚠ 注: 【注意】) or written in
italics at the top or the bottom is read by word roots (notewords.py): a publisher (or, in
italics, the copy said to be free) and a giving make a disclosure (so does a plain edge note: notegift.py), a hard thing and its
depiction (not denied) a warning. The vocabularies cover the corpus languages (en, es, fr, de, it, pt) and were
written from the corpus README and our own phrasings, then checked on ``tests/corpus`` (tests/test_notes.py prints
precision and recall) and on pages the rules were not written for. A label addressed to parents or sensitive readers warns (cwaudience).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Callable

from lxml.html import HtmlElement

from .casefold import contains_any, fold, guarded, stems
from .cwaudience import for_audience
from .notegift import edge_gift, received_apart, trailing_section, warning_apart
from .notegot import arrived
from .notespoilers import _NO_SPOILERS, _squash, count_spoiler_sections
from .notewarnings import caution_note, hard_list, inline_warning, labelled_note, note_words, opening_paragraphs, plot_label, subject_warning
from .notewords import PRACTICE, CLAIMED_FREE, CW_ARTICLE as _CW_ARTICLE, CW_WORDS, EXCHANGED, LEAD_LABEL, DEPICT, FIRST_PERSON, FREE_GIVEN, FREE_SCRIPTS, HARD_THING, NEGATED_BEFORE, NOTE_MARK, PROVIDED, PUBLISHER, PUBLISHER_SCRIPTS, names_hard_thing
from .words import count_words

EDGE_BLOCKS = 4  # blocks this close to either end of the review count as "near the start or end"
SHORT_NOTE_WORDS = 50  # a disclosure note longer than this is a paragraph of the review: keep only its sentence
# A content warning under its own title line is a short paragraph; a longer one is the review.
CW_NOTE_WORDS = 40

_COPY = re.compile(
    r"\b(e-?ARCs?|ARCs?|DRCs?|galleys?|NetGalley|Edelweiss\+?|"
    r"(advance[d]?|review|reading|finished|free|digital|complimentary|gifted|press|proof)(\s+\w+)?\s+cop(y|ies)|"
    r"(uncorrected\s+)?proofs?\s+cop(y|ies)|"
    r"(rezensions|lese|vorab|presse)+exemplar\w*|ejemplar(es)?|exemplaires?|esemplar[ei]|"
    r"copias?|cópias?|service\s+(de\s+)?presse|exemplar(es)?|(recensie|resensie|lees|recensions|anmelder|arvostelu)-?(ex|eks)emplaar\w*|"
    r"(recensions|anmeld[ae]r|meldar|lese)eksemplar\w*|(recensions|läs)exemplar\w*|(?:arvostelu|ennakko|lukija)kappale\w*|egzemplarz\w*(\s+recenzenck\w*)?|"
    r"recenzní\s+výtisk\w*|(recenz\w*|senpag\w*)\s+ekzempler\w*|recenzekzempler\w*|(paperback|hardback|hardcover|new|early|proof|finished)\s+edition|bogen|boken|het\s+boek)\b",
    re.I,
)
_STRONG_COPY = re.compile(
    r"\b(e-?ARCs?|ARCs?|NetGalley|Edelweiss|review\s+cop(y|ies)|(rezensions|lese|vorab)+exemplar\w*|"
    r"service\s+(de\s+)?presse|(anmeld[ae]r|meldar|recensions)(eks|ex)emplar\w*|recensie-?exemplaar\w*|arvostelukappale\w*)\b", re.I)  # (da/nb/nn, sv, nl, fi)
_ARRIVED = re.compile(
    r"\b(received?|receiving|(was|were)\s+sent|sen[dt](ing)?\s+(me|us)|(gave|given|provided|gifted|offered)\b|"
    r"courtesy\s+of|thanks?|thank\s+you|grateful|in\s+exchange\s+for|(via|through|from|on)\s+(NetGalley|Edelweiss)|"
    r"(from|by)\s+the\s+publisher|(the\s+)?(publisher|publicist|author)\s+(kindly\s+)?(sent|gave|gifted|provided)\b|"
    r"recib\w*|me\s+(envi|mand|regal|cedi)\w*|(me\s+)?(hizo|hicieron)\s+llegar|enviad[oa]s?|cedid[oa]s?|gracias|agradec\w*|a\s+cambio\s+de|cortes[ií]a|"
    r"re[çc]u(e|s|es)?|merci|envoy[ée]e?s?|envoi|offert|remerci\w*|en\s+[ée]change|gr[âa]ce\s+[àa]|"
    r"erhalten|bekommen|zur\s+Verf[üu]gung\s+gestellt|dank\w*|zugeschickt|geschickt|kostenlos\w*|vom\s+Verlag|"
    r"ricevut[oaie]|grazie|ringrazi\w*|inviat[oaie]|concess[oaie]|omaggio|in\s+cambio|"
    r"receb\w*|obrigad[oa]|agrade[çc]\w*|em\s+troca|"
    r"gekregen|(?:kreeg|kregen)\s+(?:ik|we|wij)\s+van|(?:ik|we|wij)\s+(?:kreeg|kregen|krijg|krijgen)\s+(?:\w+\s+){0,3}?van|toegestuurd|ontvangen|gestuur|ontvang|gekry|gratis|tilsendt|fik|fikk|fick|skickad\w*|fått|sendt|sain|saanut|saimme|saatu\w*|lähetti\w*|lähettämä\w*|kustanta(?:ja|mo)lta|"
    r"ricevis|ricevit\w*|sendis|otrzyma\w*|dosta\w*|obdržel\w*|zaslal\w*|rebut|enviat|cedit|tack|takk|tak|kiitos|gönderildi|gönderdi)\b",
    re.I,
)
_FREE = guarded(re.compile(r"\b(free|complimentary|gratis|gratuit\w*|kostenlos|gratuit[oa]|grátis|gratuito)\b", re.I))  # words first
_DISCLOSURE_WORD = re.compile(r"^\W*(full\s+)?(disclosure|disclaimer|transparen\w*|divulga[çc][ãa]o|aviso\s+legal|hinweis)\b", re.I)
# Said this way, the copy need not be named: "in exchange for an honest review", "the publisher sent me".
_RECEIVED_FOR_REVIEW = guarded(re.compile(
    r"\b(in\s+exchange\s+for\s+an?\s+(honest|fair|unbiased)\s+review|a\s+cambio\s+de\s+una\s+rese[ñn]a|"
    r"en\s+[ée]change\s+d.une?\s+(avis|chronique|critique)|im\s+Austausch\s+(gegen|f[üu]r)\s+eine|"
    r"in\s+cambio\s+di\s+una\s+recensione|em\s+troca\s+de\s+uma?\s+(resenha|opini[ãa]o|avalia[çc][ãa]o)|"
    r"(was|were)\s+(sent|given|gifted)\s+(to\s+me\s+)?(\w+\s+){0,3}(by|from)\s+(the\s+)?(publisher|author|publicist)|"
    r"(publisher|author|publicist)\s+(kindly\s+)?(sent|gave|gifted)\s+me|gifted\s+by\s+@?\w+|(publishers?|publicist|author)(\s+[\w'’-]+){1,4}?\s+(kindly\s+)?"
    r"(sent|gave|gifted|posted|mailed|offered)\s+(me|us)\s+(\w+\s+){0,3}?(copy|proof|edition)|"  # (the giver named with its book first: "the publisher of this reprint posted me a copy")
    r"(?<!\bmy\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)\b(?-i:[A-Z])\w*\s+(kindly\s+)?sent\s+(me|us)\s+(the|a|an|this|their)\s+(\w+\s+){0,3}(edition|copy|proof|book)|"  # (a named giver, not "my mum")
    r"(cedid[oa]|enviad[oa]|oferecid[oa]|offert)\s+(pela|pelo|por\s+la|por\s+el|par\s+l.)\s*(editora|editorial|[ée]diteur|maison)|"
    # I received … from the publisher, by its courtesy: "Recebi este livro de cortesia da editora", "courtesy of the publisher"
    # (or the participle alone and "free", a note's shorthand: "Book received free from the publisher", "Livre reçu gratuitement
    # de la part de l'éditeur"; not "the novel received praise from the publisher")
    r"((i|we)\s+(have\s+)?receiv\w*|recib[ií]\w*|recebi\w*|recebemos|(ho|abbiamo)\s+ricevut\w*|(j.ai|nous\s+avons)\s+re[çc]u\w*|"
    r"(received|sent|re[çc]u[es]{0,2}|envoy[ée]e?s?|offert[es]{0,2}|recibid[oa]s?|enviad[oa]s?|recebid[oa]s?|ricevut[oaie]|inviat[oaie]|"
    r"erhalten|zugeschickt)\s+(\w+\s+){0,2}?(free(\s+of\s+charge)?|gratuitement|gratis|gratuitamente|gratuit[oa]|kostenlos|in\s+omaggio|"
    r"en\s+cadeau|as\s+a\s+gift))\s+(\w+\s+){0,5}(from\s+the\s+publisher|de\s+la\s+editorial|d[ao]\s+editora|dall.\s*editore|"
    r"dalla\s+casa\s+editrice|(de\s+la\s+part\s+)?de\s+l.[ée]diteur|par\s+l.[ée]diteur|de\s+la\s+maison\s+d.[ée]dition|vo[mn]\s+(de[mr]\s+)?Verlag)|"
    r"courtesy\s+of\s+(the\s+)?publisher|cortes[ií]a\s+d(a|e\s+la)\s+editor(a|ial)|(fra|från|van|od)\s+(forlaget|förlaget|de\s+uitgever(ij)?|wydawnictwa)|"
    r"(sain|saimme|saatu|saatiin|saanut)\s+(\w+\s+){0,3}?kustanta(jalta|molta)(?=\s*([.,;!)]|$)|\s+(\w+\s+)?(kirja|teos|teokse|romaani|arvostelu|ennakko|lukukappale|ilmaise|lahjaksi|luettava)\w*)|"  # fi: got from the publisher, the publisher sent (me)
    r"kustanta(ja|mo)\s+(\w+\s+){0,3}?lähetti\s+(\w+\s+){0,2}?(minulle|meille)|kustanta(jan|mon)\s+(minulle\s+)?lähettämä\w*\s+(kirja|arvostelu|ennakko)\w*|"
    r"(fick|fått|fik|fikk|fekk)\s+((?!(ikke|ikkje|inte|ingen|inga|ingenting|intet)\b)\w+\s+){0,4}(av|af|frå)\s+(forlaget|förlaget)|"
    r"terima\s+kasih\s+kepada\s+(pihak\s+)?penerbit|(dikirim\w*|dihantar\w*|diberi\w*|(men)?dapat\w*|(di|men|ku)terima|(saya|kami|aku)\s+terima)\s+(\w+\s+){0,3}(dari|daripada|oleh)\s+(pihak\s+)?penerbit|"
    r"(mengirim|menghantar)\w*\s+(buku|naskh?ah|novel)\s+ini|"  # (id/ms, the two lines above: thanks to, sent or received from the publisher ("pihak", its side), sent this book)
    # ko, ja, zh, tr, ru/uk: "the book was provided (to me)", "review team", "a gift copy from the publisher"
    r"(ücretsiz|hediye)\s+(olarak\s+)?(gönderil\w*|ald[ıi]m|ald[ıi]k|verildi)|yayın(?:ev|lar|cılık)\w*\s+([\w'’]+\s+){0,4}?(hediye\s+(olarak\s+)?)?(gönderdi|yolladı|hediye\s+etti)\w*|(от|від)\s+издательства|від\s+видавництва|издательство\s+прислал\w*|"
    # the house as the giver: ru/uk "предоставлена издательством", "видавництво надало", cs/sk "poskytlo (redakcii) nakladatelství / vydavateľstvo", tr "yayınevi
    # tarafından (bana) gönderildi", az "nəşriyyat tərəfindən (mənə) göndərildi", hu "a kiadó küldte", ro "oferită de editura", el "στάλθηκε από τις εκδόσεις"
    r"предоставлен\w*\s+издательством|издательство\s+предоставил\w*|издательство\s+(мне|нам)\s+(любезно\s+)?(предостав|присл|высл|подари|переда)\w*|(мне|нам)\s+(\w+\s+){0,2}?(любезно\s+)?(присл|высл|подари|предостав|переда)\w*\s+(\w+\s+)?издательств\w*|(присл|высл|подари|предостав)\w*\s+(мне|нам)\s+(\w+\s+)?издательств\w*|надан\w*\s+видавництвом|(надал|надісла)\w*\s+(мені\s+)?видавництв\w*|видавництво\s+(надал|надісла)\w*|"
    r"(poskytl[oa]?|zaslal[oa]?|poslal[oa]?|věnoval[oa]?|venoval[oa]?)\s+(mi\s+|nám\s+|redakci\w*\s+){0,2}(nakladatelství|vydavateľstvo)|(nakladatelství|vydavateľstvo)\s+([\w-]+\s+){0,2}?(poskytl|zaslal|poslal|věnoval|venoval)\w*(?=[^.!?]*(?<!\w)(mi|nám|redakci\w*|výt(isk|lač)\w*|knih\w*|recenz\w*)(?!\w))|"
    r"yayın(?:ev|lar|cılık)\w*\s+tarafından\s+((bana|bize|tarafıma|tarafımıza)\s+)?(gönderil|hediye\s+edil|ücretsiz\s+(olarak\s+)?(gönderil|veril))\w*|nəşriyyat\w*\s+tərəfindən\s+((mənə|bizə)\s+)?göndəril\w*|kiadó\s+(küldte|biztosította|ajándékozta)|kiadótól\s+kaptam|"
    r"(re[çc]u[es]{0,2}|envoy[ée]e?s?|recebid[oa]s?|enviad[oa]s?)\s+([\w'’]+\s+){0,4}?(partenariat|parceria)|(oferit[ăa]?|trimis[ăa]?)\s+de\s+(către\s+)?editur\w*|στάλθηκε\s+από\s+τ\w+\s+εκδ\w*)",
    re.I,
))  # (casefold.Guarded: its words looked for first)
# The same in scripts written without spaces (no word boundaries): ko, ja, zh; and hi, whose vowel signs are no word characters.
# (a review team or a gift of books being recruited is a call to readers, no copy of the writer's: ko "서평단 모집", ja "献本募集",
# as notewords.CLAIMED_FREE reads "체험단 모집")
_RECEIVED_CJK = re.compile(r"प्रकाशक\s+(की\s+ओर\s+से|ने\s+भेज)|प्रकाशक\S*\s+(\S+\s+){0,8}?(निःशुल्क|नि:शुल्क|निशुल्क|मुफ़्त|मुफ्त)\s+(उपलब्ध|दि|दी|दे|भेज|पठा|मिल)|समीक्षा\s+के\s+लिए\s+(\S+\s+){0,4}(मिल|भेज)|मुफ़?्त\s+मिल|(책|도서)[을를]?\s?(무상으로\s?)?제공\s?받|출판사(로부터|에서|에게서)[^.!?。]{0,20}?(제공\s?받|보내\s?주)|서평단(?!\s?(?:모집|신청|안내|이벤트|지원|접수))|협찬|献本(?!募集|応募)|恵贈|提供いただ|赠书|(?:提供|收到|寄來|寄来|寄贈|寄赠)(?:的)?(?:試讀|试读|試閱|试阅)|(?:試讀|试读|試閱|试阅)本?由[^。，,！!]{1,16}(?:提供|寄)|出版社(提供|寄来|寄來|赠送|贈送|赠阅|贈閱|寄赠|寄贈|惠赠|惠贈)|(?:本|此|这|這|该|該)(?:书|書)由[^。，,！!？?；;]{1,16}?(?:提供|赠阅|贈閱|寄赠|寄贈|赠送|贈送|惠赠|惠贈)|(?:感謝|感谢|謝謝|谢谢|多謝|多谢)[^。，,！!？?]{0,12}?(?:文化|出版社?|出版公司|圖書|图书|書房|书房|文庫|文库|書店|书店)(?:的)?(?:寄贈|寄赠|贈送|赠送|贈閱|赠阅|提供|寄來|寄来|寄送)|出版社(様|さん)?(から|より)[^。]{0,12}(いただきました|頂きました|(いただ|頂)いた(?!もの|わけ))|"
                          r"(?<!不是)(?<!并非)(?<!並非)出版社(?:(?:做|当|當|任|工作|上班)[^。，,！!？?；;\s]{0,4}?(?:的|裡的|里的)?(?=朋友|编辑|編輯|同事|工作人))?(?:的|裡的|里的)?(?:朋友|编辑|編輯|同事|工作人员|工作人員)?(送|赠|贈|寄)(的|来|來|给我|給我|我)|出版社(?:の|に(?:勤める|いる))(?:友人|知人|編集者?|担当者?|方)[^。]{0,10}?(?:送って|送られ|いただ|頂|贈)|출판사(?:에\s?다니는|에\s?있는|의)?\s?(?:편집자\s?)?(?:친구|지인|편집자)(?:님)?[이가]\s?[^.!?。]{0,12}?(?:보내\s?[주준줬줌]|보내\s?온|선물)" + "|" + CLAIMED_FREE)
# A sentence about copies in general (a review policy, a giveaway) is not a disclosure.
_NOT_MINE = re.compile(
    r"^\W*(if|si|wenn|falls|jika|kalau|apabila|se(?!\s+(me|nos|le|les|lo|la|agradece)\b))\b|\b(accept|acepto|accepte|akzeptiere|accetto|aceito|giveaway|sorteo|concours|"
    r"gewinnspiel|verlosung|sorteio|policy|pol[ií]tica|politique)\b|"
    # a copy of another book the writer will not review ("reçu en service de presse que je ne chroniquerai pas")
    r"\b(ne\s+(le\s+|la\s+)?chroniquerai\s+pas|won'?t\s+(be\s+)?review|will\s+not\s+(be\s+)?review|no\s+(voy\s+a\s+)?rese[ñn]ar[ée]|"
    r"nicht\s+rezensieren\s+werde|non\s+recensir[òo])|"  # a copy lent or borrowed, from a friend or a library: no free copy of one's own
    r"\b(lend\w*|lent|borrow\w*|prest(?:ó|ad[oa]|arme|aron|ou|ato|ata|ito)|emprunt\w*|(?:aus)?geliehen|lieh|emprest\w*|pożycz\w*|kölcsön\w*|lånad\w*|lånt|geleend)\b|" + PRACTICE, re.I)  # (or a practice announced, notewords.PRACTICE)
_NOT_MINE = guarded(_NOT_MINE)  # (casefold.Guarded: its words looked for first)
# A giveaway is no disclosure unless the copy was given to the writer: "the publisher gifted me a copy through their giveaway".
_GIVEAWAY = re.compile(r"\b(giveaway|sorteo|concours|gewinnspiel|verlosung|sorteio)\b", re.I)
_GIVEN_TO_ME = re.compile(
    r"\b(sent|gave|gifted|given|mailed|offered)\s+(me|us)\b|\b(I|we)\s+(won|received|got)\b|\bme\s+(envi|regal|mand)\w*|"
    r"\bm.a\s+(envoy|offert)\w*|\bmir\s+(\w+\s+){0,3}(geschickt|geschenkt|zugeschickt)\b|\bmi\s+(ha|hanno)\s+(inviat|regalat)\w*", re.I)


def _not_mine(sentence: str) -> bool:
    found = _NOT_MINE.search(sentence)
    if not found or not _GIVEAWAY.fullmatch(found.group(0)):
        return bool(found)
    # the giveaway alone (no policy, no "if") says the copy is not the writer's, unless it was given to them
    return not _GIVEN_TO_ME.search(sentence) or bool(_NOT_MINE.search(_GIVEAWAY.sub(" ", sentence)))


_DISCLOSURE_LABEL = re.compile(
    r"^\W*(full\s+)?(disclosure|disclaimer|transparen\w*|divulga[çc][ãa]o|aviso(?:\s+legal)?|avís|avviso|hinweis|werbung|anzeige|"
    r"(my\s+)?copy|source|fuente|provenance|quelle|fonte|origem|ejemplar|exemplaire)\s*[:：|–—-]", re.I)

# (or in brackets, "【注意】", "[TW]", naming a hard thing; or a Latin stop after an hy/Indic/Ethiopic word: a colon there)
_CW_LABEL = re.compile(r"^[\W_]*" + _CW_ARTICLE + CW_WORDS + r"(?P<qualified>(?:,?\s+[^\W\d_]+){1,8}?)?\s*(?::|：|፦|፥|՝|․|៖|–|—|"
                       r"-(?=\s)|//|(?<=[\u0531-\u058f\u0900-\u0dff\u1200-\u137f])\.(?=\s)|(?P<bracket>[】〕］\]]))\s*(?P<rest>.*)$", re.I)
# a warning in brackets inside an opening block: "… A thread on this book. (cw: child death, grief) 1/6"
# a run of italics inside an opening block: "Hello again. *A warning before we start: this issue discusses …*"
_ITALIC_RUN = re.compile(r"(?<![*\w\\])([*_])(?![*_\s])(?P<run>[^*_\n]{8,300}?)(?<![\s\\])\1(?![*\w])")
_CW_INLINE = re.compile(r"[(\[]\s*(?:CW|TW|CN|(?:content|trigger)\s+(?:warnings?|notes?))s?\s*(?::|：|//)\s*(?P<rest>[^)\]]{3,200})[)\]]", re.I)
# or closing a subject line after a dash or a bar: "review: The Glass Road (A. Vale) — cw: grief, drowning"
# (what it lists: a few words, not a sentence running on)
_CW_CLOSING = re.compile(r"\s[—–|·/]\s*(?:CW|TW|CN|(?:content|trigger)\s+(?:warnings?|notes?))s?\s*(?::|：)\s*(?P<rest>[^\s—–|]+(?:\s+[^\s—–|]+){0,11})\s*$", re.I)
_CW_HEADING = re.compile(r"^[\W_]*" + CW_WORDS + r"\W*$", re.I)
# A note set apart: a whole line in italics, in brackets, or after a note mark.
_NOTE_LABELS = (r"(?:an?\s+)?(?:quick\s+|short\s+)?note(?:\s+\w+){0,4}\s*:|(?:une\s+)?petite\s+note\s*:|(?:ein\s+)?(?:kurzer\s+)?hinweis\s*:|"
                r"(?:una\s+)?nota\s*:")
_NOTE_SET_APART = re.compile(rf"^(?:[*_](?![*_\s]).*[*_]$|[(\[].*[)\]]\W*$|※|†|‡|N\.?B\.?\b|{_NOTE_LABELS})", re.S | re.I)
_NOTE_LABEL = re.compile(rf"^\W*(?:{_NOTE_LABELS})", re.I)
# "This book contains/includes/deals with … (depictions of) <a hard thing>", in our languages.
_CONTAINS_HARD = re.compile(
    r"(?:\b(?:this|the)\s+(?:book|novel|story|post|review|article)\s+(?:\w+\s+)?(?:contains|includes|features|depicts|describes|"
    r"mentions|discusses|deals\s+with|touches\s+on)|\b(?:contiene|contient|enth[äa]lt|cont[ée]m|bevat|behandelt|trata|aborde|parla\s+di)\b)"
    rf"[^.!?]{{0,120}}?\b(?:{HARD_THING})\b"
    # "※この記事には自殺についての記述があります": the Japanese "contains descriptions of"
    r"|(?:自殺|自傷|虐待|暴力|性暴力|死)[^。]{0,12}(?:記述|描写|表現)(?:があります|が含まれ|を含み)",
    re.I,
)
_CW_CLASS = re.compile(r"^(cw|tw|cn|content-?warnings?|trigger-?warnings?|content-?notes?|warnings?)$", re.I)
_DISCLOSURE_CLASS = re.compile(r"disclos|disclaimer|arc-?note", re.I)
# Text with none of these (folded) says no copy was received, names no copy (casefold.stems: what every match holds).
_MAY_RECEIVE = (*stems(_RECEIVED_FOR_REVIEW.pattern), *stems(_RECEIVED_CJK.pattern), *stems(EXCHANGED.pattern))  # (EXCHANGED: notewords)
_MAY_COPY, _CW_CLASS_STEMS = stems(_COPY.pattern), stems(_CW_CLASS.pattern)
_MAY, _MAY_RECEIVED, _MAY_COPIED = contains_any(_MAY_RECEIVE + _MAY_COPY), contains_any(_MAY_RECEIVE), contains_any(_MAY_COPY)  # (any of them, in one look)
_BRACKETED = re.compile(r"[(（\[［【].*[)）\]］】]\W*", re.S)
_WHOLE_ITALIC = re.compile(r"^([*_])(?![*_\s])[^*_]*[^*_\s\\]\1$")
_RULE_LINE = re.compile(r"[-*_=|\s]+")
_ITEM = re.compile(r"^([-*+]|\d+[.)])\s")
_MARKER = re.compile(r"^(#+|[-*+]|\d+[.)]|>)\s+")
_EMPHASIS = re.compile(r"(?<!\\)\*\*|(?<!\\)__|(?<![\w\\])[*_]|(?<!\\)[*_](?!\w)")  # (an escaped \* is the writer's)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")


@dataclass(frozen=True)
class Notes:
    disclosure: str | None = None  # the disclosure as written (its short block, or its sentence)
    content_warnings: str | None = None  # what the warning lists, without its label
    spoiler_sections: int = 0


def read_notes(markdown: str, root: HtmlElement | None = None) -> Notes:
    """The notes of one clean review: `markdown` as extracted, `root` the cleaned post body (or page)."""
    italic: set[str] = set()
    blocks = (subject := _subject(root)) + _blocks(markdown, italic)

    @cache
    def clean() -> str:  # the review's text, for the classed elements (few pages have any)
        return _squash(" ".join(text for _, text in blocks)).casefold()

    return Notes(
        disclosure=(found := find_disclosure(blocks, italic) or _classed(root, _DISCLOSURE_CLASS.search, clean, _disclosure_in, _DISCLOSURE_CLASS.search)),
        content_warnings=warning_apart(found, find_content_warnings(blocks, markdown) or _classed(root, _CW_CLASS.match, clean, _warnings_in, _may_be_cw_class)
        or opening_paragraphs(root, markdown, blocks, clean, _labelled_warnings) or (subject_warning(subject[0][1]) if subject else None)),  # (a paragraph the Markdown glued to a box's title: notewarnings)
        spoiler_sections=count_spoiler_sections(blocks, markdown, root, clean),
    )


def _subject(root: HtmlElement | None) -> list[tuple[str, str]]:
    """The subject line a federated network's post folds its text under (the <summary> of the <details> the body
    sits in: where its content warning is written), as the review's first block."""
    details = next(iter(root.iterancestors("details")), None) if root is not None else None
    summary = details.find("summary") if details is not None else None
    if summary is None or root in summary.iterdescendants():
        return []
    text = _squash(summary.text_content())
    return [("text", text)] if text and count_words(text) <= CW_NOTE_WORDS else []


def _blocks(markdown: str, italic: set[str] | None = None) -> list[tuple[str, str]]:
    """(kind, plain text) per Markdown line: kind is `heading`, `item` or `text`; `italic` gathers the plain text of
    the lines written wholly in italics (a note set apart)."""
    out = []
    for line in (markdown or "").splitlines():
        line = line.strip()
        if not line or _RULE_LINE.fullmatch(line):
            continue
        kind = "heading" if line.startswith("#") else "item" if _ITEM.match(line) else "text"
        marker = _MARKER.match(line)
        plain = line[marker.end():] if marker else line
        whole_italic = italic is not None and plain[:1] in ("*", "_") and _WHOLE_ITALIC.match(plain)
        if "*" in plain or "_" in plain:
            plain = _EMPHASIS.sub("", plain)
        if "\\" in plain:
            plain = _ESCAPE.sub(r"\1", plain)  # Markdown escapes, undone
        plain = _squash(plain)
        if plain:
            out.append((kind, plain))
            if whole_italic:
                italic.add(plain)
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=\W*[A-ZÀ-Ý¡¿\"'“‘])", text) if s.strip()]


def _disclosure_in(text: str, labelled: bool = False) -> str | None:
    words, low = count_words(text), fold(text)
    for sentence in _sentences(text) if any(may := (_MAY_RECEIVED(low), _MAY_COPIED(low)) if _MAY(low) else ()) else ():
        low = fold(sentence)  # (asked only where they may match; a family of words the text lacks, no sentence holds)
        received, copy = may[0] and _MAY_RECEIVED(low), may[1] and _MAY_COPIED(low)  # (_not_mine, whose "if"/"se" guard lets most sentences through, asked last)
        if received and (_RECEIVED_FOR_REVIEW.search(sentence) or _RECEIVED_CJK.search(sentence) or EXCHANGED.search(sentence)) \
                or copy and _COPY.search(sentence) and (labelled or arrived(_ARRIVED, sentence) or (words <= 8 and _STRONG_COPY.search(sentence))):
            if not _not_mine(sentence):
                return text if words <= SHORT_NOTE_WORDS else sentence.strip()
    for sentence in _sentences(text) if _FREE.search(text) or FREE_SCRIPTS.search(text) else ():  # "kostenlos bekommen", notewords
        if FREE_GIVEN.search(sentence) and FIRST_PERSON.search(sentence) and not _not_mine(sentence):
            return text if words <= SHORT_NOTE_WORDS else sentence.strip()
    # under a "Disclosure:" label, saying the book was free is enough ("the club bought a copy for each of us, so
    # this one was free to me"); a "My copy:" line names where the copy came from, not that it was free
    if labelled and _DISCLOSURE_WORD.match(text) and _FREE.search(text) and not _NOT_MINE.search(text):
        return text if words <= SHORT_NOTE_WORDS else None
    return None


def find_disclosure(blocks: list[tuple[str, str]], italic: set[str] | frozenset = frozenset()) -> str | None:
    """The free-copy disclosure: a block near either end (or labelled as one) saying a copy was received
    (`italic`: the blocks written wholly in italics, notes set apart like those opened by a note mark)."""
    # an info box's one-word labels and short values ("Publisher", "Faber"), or its table rows, do not push a note off the edge
    counted = trailing_section([count_words(text) > 3 and not text.startswith("|") for _, text in blocks], blocks)  # (notegift)
    total = sum(counted)
    for index, (kind, text) in enumerate(blocks):
        labelled = bool(_DISCLOSURE_LABEL.match(text))
        before = sum(counted[:index])
        near_edge = before < EDGE_BLOCKS or before >= total - EDGE_BLOCKS
        apart = not (near_edge or labelled) and text in italic and received_apart(text)  # (further in, a note in italics: notegift)
        if kind == "heading" or not (near_edge or labelled or apart):
            continue
        # (a note wholly in brackets, "（本书由出版社寄赠）", is set apart as one in italics is)
        found = _disclosure_in(text, labelled) or (_marked_disclosure(text, text in italic or bool(_BRACKETED.fullmatch(text)))
                                                   or edge_gift(text, before, total) if near_edge else None)  # (notegift: any language)
        if found:
            return found
    return None


def _marked_disclosure(text: str, set_apart: bool = False) -> str | None:
    """A short note opened by a note mark (※ ＊ 注: 【…】), or otherwise `set_apart` (in italics), naming the publisher
    and a giving: "※ 출판사로부터 책을 제공받아 읽었습니다", "＊出版社より献本いただきました" (notewords)."""
    marked = bool(NOTE_MARK.match(text))
    if not (set_apart or marked) or count_words(text) > SHORT_NOTE_WORDS:
        return None
    # (in italics only, a publisher named in a language the sentence rules read is left to them: "*The publisher gave
    # this debut a big push*" is a standfirst)
    # (or the copy said to be free, the giver a platform or a programme: "*Бесплатан приступ књизи добио сам од …*")
    giver = PUBLISHER.search(text) if marked else PUBLISHER_SCRIPTS.search(text) or FREE_SCRIPTS.search(text)
    return text if giver and (given := PROVIDED.search(text)) and not NEGATED_BEFORE.search(re.split(r"[,;:，。；：]", text[:given.start()])[-1]) and not _NOT_MINE.search(text) else None  # (nor one denied: "δεν μου έστειλαν")


def find_content_warnings(blocks: list[tuple[str, str]], markdown: str = "") -> str | None:
    """What a content-warning line lists (`CW: a, b`), the items under a `Content warnings` heading, or
    a note set apart at the start saying what the book or post contains (``warning_note``)."""
    return _labelled_warnings(blocks) or warning_note(markdown) or _marked_warning(blocks) or _italic_warning(markdown) or inline_warning(blocks) or caution_note(blocks) or labelled_note(markdown)


def _italic_warning(markdown: str) -> str | None:
    """A warning set in italics inside one of the opening blocks, after its label, naming a hard thing."""
    for line in [line for line in (markdown or "").splitlines() if line.strip()][:EDGE_BLOCKS]:
        for run in _ITALIC_RUN.finditer(line) if "*" in line or "_" in line else ():
            label = _CW_LABEL.match(run.group("run"))
            if label and names_hard_thing(label.group("rest")):
                return label.group("rest").strip()
    return None


def _marked_warning(blocks: list[tuple[str, str]]) -> str | None:
    """A short note opened by a note mark (※ ＊ ⚠ 注: 【注意】) at the top or the bottom of the post that names a hard
    thing and a depiction of it, in any language: "※ 폭력과 죽음에 대한 묘사가 있습니다", "⚠ Scenes of torture." The note
    without its mark."""
    edges = blocks[:EDGE_BLOCKS] + blocks[max(EDGE_BLOCKS, len(blocks) - 2):]
    for kind, text in edges:
        mark = NOTE_MARK.match(text) or (LEAD_LABEL.match(text) if (kind, text) in blocks[:2] and not plot_label(text) else None)  # (or any label on top but a plot's)
        if mark and note_words(text) <= CW_NOTE_WORDS and DEPICT.search(text) and names_hard_thing(text):
            return text[mark.end():].strip() or None
    return None


def warning_note(markdown: str) -> str | None:
    """A note set apart at the start of the review (in italics, in brackets, after a note mark ※ † NB) whose
    sentence says the book or post contains hard things: "This book includes a suicide attempt", "※この記事には
    自殺についての記述があります". The sentence as written."""
    lines = [line.strip() for line in (markdown or "").splitlines() if line.strip() and not line.startswith("#")][:2]
    for line in lines:
        if count_words(line) > SHORT_NOTE_WORDS or not _NOTE_SET_APART.match(line):
            continue
        plain = _squash(re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", line))
        # after a note's mark or label ("※", "Hinweis:", "Note:"), a hard thing and a depiction are enough in any language
        noted = bool(NOTE_MARK.match(plain) or _NOTE_LABEL.match(plain))
        for sentence in _sentences(plain) if " " in plain else re.split(r"(?<=[。！])", plain):
            if (_CONTAINS_HARD.search(sentence) or (noted and DEPICT.search(sentence) and names_hard_thing(sentence))) \
                    and not _NO_SPOILERS.search(sentence):
                return sentence.strip()
    return None


def _labelled_warnings(blocks: list[tuple[str, str]]) -> str | None:
    for _, text in blocks[:EDGE_BLOCKS]:
        inline = (_CW_INLINE.search(text) if "(" in text or "[" in text else None) or _CW_CLOSING.search(text)
        if inline:
            return inline.group("rest").strip()
    for index, (kind, text) in enumerate(blocks):
        match = _CW_LABEL.match(text)
        # (a heading labelled so, "## CWs: gore, suicide", when what it lists is hard: "## Warning: it will break your heart" is a title)
        rest = match.group("rest").strip() if match else ""
        # (a bare "attention" label, "Uwaga:", warns in a short note of a hard thing and its depiction; a label with a few
        # words before its colon, "Innehållsvarning för den som behöver:", when what follows is hard)
        if rest and match.group("attn") and not (count_words(rest) <= CW_NOTE_WORDS and (DEPICT.search(rest) or index < EDGE_BLOCKS and hard_list(rest))):
            continue
        if rest and (for_audience(match.group("qualified")) or names_hard_thing(rest) if match.group("bracket") or match.group("soft") or match.group("attn")
                     or match.group("qualified") or match.group("article") or kind == "heading" else True):
            return rest
        heading = _CW_HEADING.match(text)
        if heading and (kind == "heading" or text.rstrip().endswith(":") or count_words(text) <= 3):
            items = []
            for next_kind, next_text in blocks[index + 1:]:
                if next_kind != "item":
                    break
                items.append(next_text.rstrip(".;,"))
            # the title of a callout box ("Content note") and the short paragraph it holds
            following = ", ".join(items) or (blocks[index + 1][1].rstrip(".") if blocks[index + 1:] and blocks[index + 1][0] == "text" else "")
            if following and (items or count_words(following) <= CW_NOTE_WORDS) and (not heading.group("soft") or names_hard_thing(following)):
                return following
    return None


def _warnings_in(text: str) -> str:
    match = _CW_LABEL.match(text) or re.match(r"^[^:]{1,30}:\s*(?P<rest>.+)$", text)
    return (match.group("rest") if match else text).strip()


def _may_be_cw_class(classes: str) -> bool:
    low = fold(classes)
    return any(stem in low for stem in _CW_CLASS_STEMS)


def _classed(root: HtmlElement | None, wanted, clean: Callable[[], str], read, may: Callable[[str], object]) -> str | None:
    """The first element classed as a note whose text survived into the clean review, read by `read`; `wanted`: the
    test of a class, `may`: a cheaper one of the whole class attribute, true whenever one of its classes is wanted."""
    if root is None:
        return None
    for element in root.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if not classes or not may(classes) or not any(wanted(t) for t in classes.split()):
            continue
        text = _squash(element.text_content())
        if text and text.casefold() in clean():
            found = read(text)
            if found:
                return found
    return None
