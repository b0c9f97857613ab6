"""A newsletter's ask to pass it on: "Forward this e-mail to a friend who reads", among the post's last lines.

A mailed newsletter (and its web copy, on a mailing service's archive page) closes by asking the reader to send the
mail on to someone else ("Know someone who would like this? Forward this email to them", "Leite diesen Newsletter an
eine Freundin weiter", "Prepošlite tento e-mail priateľovi"). The line is about the mail, not the book; its shape:

- the verb of forwarding or sending on, with the mail itself as its object (this e-mail, this newsletter, this
  letter: FORWARD, per language);
- short (30 words at most), not a heading, quotation, list or table, no score;
- among the body's last three lines left, after the review's last paragraph (nothing of 30 words or more after it).

Or the same ask told as word of mouth ("If you like our letter, tell a friend about it", "Empfiehl unseren Newsletter
einer Freundin", "Jos pidät kirjeestämme, vinkkaa siitä ystävällesi"): a verb of recommending, telling or sharing
(PASS_ON), a friend as the one told (FRIEND) and the mail named (a newsletter, our letter: OUR_MAIL), all three in the
one short line at the same place; a reviewer's "recommend it to a friend" names no mail, and is the review's.

``edges.FORWARDED`` reads the other side of the same habit ("Was this forwarded to you?"). A review that tells of a
character forwarding an e-mail names no "this e-mail" of the reader's, or stands among the review's paragraphs; a
character's "– Send this letter to mother" is dialogue (a dash opens it) and names no friend or newsletter.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .memberask import BECOME_MEMBER  # (the bidding to become a paying member: a line of asks)
from .nodes import text_of
from .rating import has_score
from .tailasks import NEWSLETTER, mark_last_lines, short_line
from .words import count_words

RULE = "forward ask"
_MAX_WORDS = 30
_LINE_OF_ASKS = 45  # (a line of two asks: _asks_only)
_SENTENCES = re.compile(r"(?<=[.!?])[\"”’»)]?\s+")
_PROSE = 30
_THANKS = 6  # (a short word after the ask: "Thank you for reading!")
_MAIL = r"(?:e-?mail\w*|mail\w*|newslett\w*|letter)"
# the bidding to forward this mail, per language (en, de, fr, es, pt, it, nl, cs, sk, pl, ru, uk, sv, da/no, ja, zh, ko)
FORWARD = re.compile(
    r"\bforward\s+(?:this|the|our)\s+(?:e-?mail|mail|newsletter|letter|issue)\b|\bsend\s+this\s+(?:e-?mail|newsletter|issue)\s+(?:on|to)\b"
    r"|\b(?:leite|leitet|leiten\s+sie)\s+(?:diese[nrs]?|den|die)\s+" + _MAIL + r"\s+(?:\w+\s+){0,4}weiter"
    r"|\btransf[ée]re[zr]?\s+(?:cet|ce|cette)\s+(?:e-?mail|courriel|newsletter|lettre)"
    r"|\breenv[íi]a(?:lo|r|d|le)?\s+(?:este|esta)\s+(?:correo|e-?mail|newsletter|bolet[íi]n)"
    r"|\b(?:encaminhe|reencaminhe|encaminha)\s+(?:este|esta)\s+(?:e-?mail|newsletter|mensagem)"
    r"|\binoltra(?:te|re)?\s+(?:questa|questo)\s+(?:e-?mail|mail|newsletter)"
    r"|\b(?:stuur|stuurt)\s+(?:deze|dit)\s+(?:e-?mail|mail|nieuwsbrief)\s+(?:\w+\s+){0,4}door"
    r"|\b(?:přepošlete|přepošli|prepošlite|prepošli)\s+(?:\w{1,4}\s+)?(?:tento|tenhle|tieto|tento)\s+(?:e-?mail|mail|newsletter|zpravodaj)"
    r"|\b(?:prześlij|przekaż|prześlijcie|przekażcie)\s+(?:ten|tego)\s+(?:e-?mail|mail|newsletter)"
    r"|\b(?:перешлите|перешли|перешліть|пересилайте)\s+(?:это|этот|цей|цього|цю)\s+(?:письмо|лист|рассылк\w*|розсилк\w*)"
    r"|\b(?:vidarebefordra|skicka\s+vidare)\s+(?:det\s+här|detta|denna)\s+(?:mejl|e-?post|nyhetsbrev)"
    r"|\b(?:videresend|send\s+videre)\s+(?:denne|dette)\s+(?:mail|e-?mail|nyhedsbrev|nyhetsbrev)"
    r"|(?:この|本)(?:メール|メルマガ|メールマガジン|ニュースレター)を[^。]{0,20}?転送"
    r"|(?:转发|轉發)(?:这封|這封|本期|这期|這期)(?:邮件|郵件|电子报|電子報|简报|簡報)"
    r"|이\s?(?:메일|뉴스레터|레터)을?\s?[^.]{0,20}?(?:전달|포워딩)"
    # "this" bare, sent on to a friend or someone, the bidding opening its sentence: "Forward this to a friend who …",
    # "Send this on to someone who …" (a reviewer's "I wanted to forward this to a friend" tells, bids nothing)
    # (or the bidding after the conditional that opens the sentence: "If you know someone who …, pass this along to a
    # pal"; "pass on", "pass along" are forwarding too, "a pal", "a mate" a friend; after a comma only the conditional's
    # close: "she tells her brother, pass this along to a friend" is a character's order retold)
    r"|(?:^|(?<=[.!?:;])\s+|(?:^|(?<=[.!?])\s+)\W{0,2}if\s[^.!?:;,]{1,120},\s+)\W{0,2}(?:forward|send|pass)\s+this\s+"
    r"(?:on\s+|along\s+)?to\s+(?:a\s+(?:friend|pal|mate)|friends|someone|anyone|a\s+colleague)\b",
    re.I)
# the reader who got the mail forwarded, bidden to sign up ("Got this forwarded? Sign up", "Was this forwarded to you?
# Subscribe here", de "Wurde dir dieser Newsletter weitergeleitet? Hier abonnieren", fr "On vous a transféré cette
# lettre ? Inscrivez-vous", es "¿Te reenviaron este correo? Suscríbete", pt, it, nl, sv, da/nb, pl, cs): the participle
# of forwarding in a question that names the reader or the mail (_TO_YOU: "Who forwarded the letter to the widow?" is a
# review's), a bidding to subscribe after it
_FORWARDED = re.compile(
    r"(?:\bforwarded|weitergeleitet|transf[ée]r[ée]e?|reenvia(?:do|da|ron)|encaminhad[oa]|inoltrat[oa]|doorgestuurd|"
    r"vidarebefordrat|videresendt|przesłan[ya]|přeposlán[ay]?|переслал\w*)[^.!?]{0,40}\?\s*\S", re.I)
_TO_YOU = re.compile(
    r"(?<!\w)(?:you|this|dir|dich|euch|dies(?:e[rsn]?)?|vous|te|tu|cette|cet|ce\s+(?:mail|courriel|message)|este|esta|"
    r"você|vocês|lhe|ti|questa|questo|je|jou|jij|deze|dit|dig|dej|detta|dette|det\s+här|ci|tobie|ten|vám|tobě|tento|"
    r"тебе|вам|это|этот|тобі|цей|цю)(?!\w)", re.I)
# the question opening on the participle, its subject the mail itself left unsaid ("Forwarded by a friend?",
# "Weitergeleitet bekommen?", "¿Reenviado por un amigo?"): no character of the story can be its subject
_BARE = re.compile(r"^\W{0,3}(?:got\s+this\s+|was\s+this\s+|this\s+was\s+)?"
                   r"(?:forwarded|weitergeleitet|transf[ée]r[ée]e?|"
                   r"reenvia(?:do|da)|encaminhad[oa]|inoltrat[oa]|doorgestuurd|vidarebefordrat|videresendt|"
                   r"przesłan[ya]|přeposlán[ay]?|переслал\w*)\b", re.I)
_SIGN_UP = re.compile(
    r"(?<!\w)(?:sign\s+up|subscribe|join\s+(?:us|the\s+list|our\s+(?:list|newsletter|mailing))|abonnier\w*|"
    r"anmelden|melde\s+dich|inscri(?:vez|s)|abonnez|suscr[ií]b\w*|inscr[ée]v\w*|assine|iscriviti|iscrivetevi|"
    r"abonneer|meld\s+je|prenumerera|abonnér|tilmeld|meld\s+deg|"
    r"zapisz\s+się|subskrybuj|přihlaste|odebírejte)(?!\w)", re.I)
# the same bidding with the mail named first and the verb taking it as a pronoun ("If you know someone who would like
# this newsletter, forward it to them", "Si crees que esta carta le gustará a alguien, reenvíala", "Wenn dir dieser
# Newsletter gefällt, leite ihn weiter", "Si cette lettre vous a plu, transférez-la"): both in the one line
_THIS_MAIL = re.compile(
    r"\bthis\s+(?:e-?mail|newsletter|letter|issue)\b|\b(?:este|esta|dest[ae])\s+(?:correo|e-?mail|newsletter|"
    r"bolet[íi]n|carta|entrega|mensagem)\b|\b(?:cet|ce|cette)\s+(?:e-?mail|courriel|newsletter|lettre)\b|"
    r"\bdiese[nrs]?\s+(?:newsletter|e-?mail|mail|brief)\b|\b(?:questa|questo)\s+(?:e-?mail|mail|newsletter|lettera)\b|"
    r"\b(?:deze|dit)\s+(?:e-?mail|mail|nieuwsbrief|brief)\b", re.I)
_FORWARD_IT = re.compile(
    r"\bforward\s+it\b|\breenv[íi](?:a(?:la|lo|sela|selo)|adla|adlo)\b|\btransf[ée]re[zr]?-(?:la|le)\b|"
    r"\b(?:leite|leitet|leiten)\s+(?:ihn|sie|es)\s+(?:\w+\s+){0,4}weiter\b|\binoltra(?:la|lo|tela|telo)\b|"
    r"\b(?:encaminhe|reencaminhe|encaminha)-(?:a|o)\b|\bstuur\s+(?:hem|haar|'m|het)\s+(?:\w+\s+){0,4}door\b", re.I)

# the bidding to forward "this letter", the word a newsletter calls itself by in many languages (de/nl "Brief", sv/da/nb
# "brev", it "lettera", es/pt/ca "carta", cs "dopis", pl "list", hr/sr/sl "pismo", fi "kirje", fr "lettre" above): a
# reviewer's word too (an epistolary novel's letters), so only as a bidding, its verb opening the sentence
# ("Leite diesen Brief an eine Freundin weiter!", "Stuur deze brief door", "Inoltra questa lettera a un'amica"), in a
# line no dash opens (a novel's dialogue: "– Skicka detta brev till mamma, viskar hon."); the plain verbs of sending
# or handing over (sv "skicka", da/nb "send", fi "lähetä", pl "przekaż": group "plain") with a friend (FRIEND) or
# the newsletter named beside them, as a character's errand has neither
_FORWARD_LETTER = re.compile(
    r"(?:^|[.!?:;]\s+)"
    r"(?:(?:leite|leitet|leiten\s+sie)\s+(?:diesen|unseren)\s+(?:rund|leser)?brief\s+(?:\w+\s+){0,4}weiter"
    r"|(?:stuur|stuurt)\s+(?:deze|onze)\s+(?:nieuws)?brief\s+(?:\w+\s+){0,4}door"
    r"|(?:vidarebefordra|skicka\s+vidare)\s+(?:det\s+här|detta|vårt)\s+brev(?:et)?"
    r"|(?:videresend|send\s+videre)\s+(?:dette|vores|vårt|det\s+her)\s+brev(?:et)?"
    r"|(?P<plain>(?:skicka\s+(?:det\s+här|detta|vårt)|send\s+(?:dette|vores|vårt|det\s+her))\s+brev(?:et)?"
    r"|lähetä\s+(?:tämä\s+kirje\w*|kirjeemme)|(?:przekaż|przekażcie)\s+(?:ten|nasz)\s+list)"
    r"|inoltra(?:te)?\s+(?:questa|la\s+nostra)\s+lettera|reenv[íi]a(?:d|le)?\s+(?:esta|nuestra)\s+carta"
    r"|(?:encaminhe|reencaminhe|encaminha)\s+(?:esta|a\s+nossa)\s+carta|reenvia\s+(?:aquesta|la\s+nostra)\s+carta"
    r"|(?:přepošlete|přepošli|prepošlite|prepošli)\s+(?:tento|náš|tenhle)\s+dopis"
    r"|(?:prześlij|prześlijcie)\s+(?:ten|nasz)\s+list"
    r"|(?:proslijedi|proslijedite|prosledi|prosledite|posreduj(?:te)?)\s+(?:ovo|ovaj|naše|to)\s+pism[oa]"
    r"|välitä\s+(?:tämä\s+kirje\w*|kirjeemme))", re.I)
_DIALOGUE = re.compile(r"^\W{0,2}[–—―-]")


# a friend, a friend's word as the one told (en, de, fr, es/pt, it/ca, nl, sv, nb/da, fi, et, hu, pl, cs/sk, ru/uk/bg,
# tr, id/ms, tl, ro, hr/sr/bs/sl, lt/lv, el, he, ar)
FRIEND = re.compile(
    r"(?<!\w)(?:friends?|freund\w*|ami(?:e|es|s)?|amig[oa]s?|amic[oaie]|amics?|vriend\w*|vän\w*|kompis\w*|venn\w*|"
    r"ven(?:ner\w*|nen|nerne)?(?!\w)|"
    r"veninde\w*|ystäv\w*|kaveri\w*|kavere\w*|sõbra\w*|sõpra\w*|barát\w*|ismerős\w*|znajom\w*|przyjaci\w*|přátel\w*|"
    r"kamarád\w*|priateľ\w*|друз\w*|другу|знакомым|знайом\w*|приятел\w*|arkadaş\w*|teman\w*|kawan\w*|kaibigan|prieten\w*|"
    r"prijatelj\w*|пријатељ\w*|draug\w*|φίλ\w*|לחבר\w*|חבר\w*|أصدقا\w*|لصديق\w*|صديق\w*)", re.I)
# the imperative of recommending, telling, sharing or sending on, per language (as FRIEND)
PASS_ON = re.compile(
    r"(?<!\w)(?:tell|recommend|share|pass\s+(?:it|us|this)\s+on|empfiehl|empfehlt|empfehlen\s+sie|erzähl(?:e|t)?|teile|teilt|"
    r"teilen\s+sie|recommande[zr]?|parle[zr]?-en|partage[zr]?|faites\s+(?:la\s+|le\s+)?découvrir|fais\s+(?:la\s+|le\s+)?découvrir|"
    r"recomi[eé]nd(?:a|al[ao]|anos)|compárte(?:l[ao]|nos)|cuént(?:ale|aselo|ales)|recomende|indique|compartilhe|partilhe|"
    r"consiglia(?:la|lo|te|tela|telo|ci)?|condividi(?:la|lo|te|tela)?|segnala(?:la|lo|te|ci)?|"
    r"tip\s+(?:een|je|jouw|ons)|raad\s+(?:\w+\s+)?aan|deel\s+(?:hem|het|deze|onze|ons|met)|vertel|tipsa|rekommendera|"
    r"dela\s+(?:den|det|vårt|med)|berätta|tips\s+(?:en|dine|gjerne)|anbefal|fortell|fortæl|vinkkaa|vinkkaathan|vinkatkaa|"
    r"suosittele(?:thän|kaa)?|kerro(?:than|kaa)?|jaa|jaathan|soovita|jaga|räägi|ajánl(?:d|ja|jon|játok)|oszd\s+meg|ossza\s+meg|poleć(?:cie)?|"
    r"podziel\s+się|udostępnij|opowiedz|doporuč(?:te)?|sdílej(?:te)?|odporuč(?:te)?|zdieľaj(?:te)?|порекомендуй(?:те)?|"
    r"посоветуй(?:те)?|расскажи(?:те)?|поделитесь|порадьте|розкажіть|поділіться|препоръчай(?:те)?|сподели(?:те)?|önerin|"
    r"tavsiye\s+edin|paylaşın|anlatın|rekomendasikan|bagikan|ceritakan|kongsi(?:kan)?|sarankan|ibahagi|irekomenda|"
    r"recomand(?:ă|ați)|distribuie|preporuči(?:te)?|podijeli(?:te)?|podeli(?:te)?|препоручи(?:те)?|rekomenduok(?:ite)?|"
    r"pasidalink(?:ite)?|iesaki|ieteiciet|προτείνετε|μοιραστείτε|πείτε|ספרו|המליצו|שתפו|شارك\w*|انصح\w*)(?!\w)", re.I)
# the mail named: the newsletter (``tailasks.NEWSLETTER``) or the letter, the e-mail, the issue, always as a whole word
# with the sender's own possessive or a demonstrative ("our letter", "vårt brev", "diesen Rundbrief", "náš dopis",
# "наше письмо", "levelünk", "mektubumuz", "aming liham"; fi's own letter in its possessive case endings, not "kirja", a
# book): a bare stem is any letter's, and a reviewer's "a friend who loves epistolary novels (brevromaner, dopisy)"
# names no mail
OUR_MAIL = re.compile(
    r"(?<!\w)(?:(?:this|our)\s+(?:e-?mail|letter|issue)|(?:unser(?:e[nmrs]?)?|diese[nmrs]?)\s+(?:rund|leser)?brief(?:e?s)?|"
    r"(?:onze|deze|dit)\s+(?:nieuws)?brief|(?:notre|cette)\s+lettre|(?:nuestra|esta|nossa|desta|aquesta|la\s+nostra)\s+carta|"
    r"(?:la\s+nostra|nostra|questa)\s+lettera|(?:vårt|vort|vores|dette|detta|det\s+här|det\s+her)\s+brev(?:et)?|"
    r"(?:náš|našeho|našemu|tento|tohoto|tomuto|tenhle)\s+dopis(?:u|em)?|(?:nasz(?:e|ego)?|to|ten|tego)\s+(?:pismo|pisma|list|listu)|"
    r"(?:naše|našeg|ovo|ovog|to)\s+pism[ao]|(?:наше|нашего|это|этого|наш|нашого|цей|цього)\s+(?:письм[оау]|лист(?:а|ом)?)|"
    r"kirjee(?:mme|stämme|ssämme|llemme)|kirjettämme|(?:tämä|tästä|tämän|tätä)\s+kirje(?:e(?:n|stä|ssä|lle)|ttä)?|levelünk\w*|"
    r"(?:ez\s+a|e)\s+levél|ezt\s+a\s+levelet|mektubumuz\w*|bu\s+mektub\w*|bu\s+mektup|"
    r"επιστολ\w*\s+μας|αυτή(?:ν)?\s+την\s+επιστολ\w*|(?:aming|ang\s+aming)\s+(?:sulat|liham)|(?:sulat|liham)\s+(?:na\s+ito|namin))(?!\w)", re.I)


def forward_ask(block: HtmlElement) -> bool:
    """A short line bidding the reader to forward this mail, or to tell a friend about it (see the module docstring)."""
    text = short_line(block, _LINE_OF_ASKS)
    if not text or has_score(text):
        return False
    if count_words(text) > _MAX_WORDS:  # (a longer line only when each of its sentences is an ask: _asks_only)
        return _asks_only(text)
    if not forward_ask_text(text):
        return False
    # (the sentences after the one that bids are asks too, or a short word of thanks; a review's sentence going on
    # after the ask, "… . In the last chapter the keeper finally signs up …", keeps the line the review's)
    sentences = _SENTENCES.split(text.strip())
    first = next((n for n in range(len(sentences)) if forward_ask_text(" ".join(sentences[:n + 1]))), 0)
    return all(count_words(s) <= _THANKS or forward_ask_text(s) or _heads(s, _SIGN_UP) or _heads(s, BECOME_MEMBER)
               for s in sentences[first + 1:])


def forward_ask_text(text: str) -> bool:
    """The text of a short line bids the reader to forward this mail, or to tell a friend about it."""
    if FORWARD.search(text) or _THIS_MAIL.search(text) and _FORWARD_IT.search(text) or _letter(text):
        return True
    if (forwarded := _FORWARDED.search(text)) and _SIGN_UP.search(text, forwarded.end() - 1) \
            and (_TO_YOU.search(text[:forwarded.end()]) or _BARE.match(text)):
        return True
    return bool(FRIEND.search(text) and PASS_ON.search(text) and (OUR_MAIL.search(text) or NEWSLETTER.search(text)))


def _asks_only(text: str) -> bool:
    """A line of asks: its first sentence the forward ask (30 words at most), each sentence after it one more ask, to
    forward the mail or sign up for it, or to become its paying member ("Forward this to a colleague who … . If the
    letter earns its place in your inbox, become a paying member"); a review's sentence after the ask is no ask."""
    first, *rest = _SENTENCES.split(text.strip())
    return bool(rest) and count_words(first) <= _MAX_WORDS and forward_ask_text(first) and all(
        forward_ask_text(s) or _heads(s, _SIGN_UP) or _heads(s, BECOME_MEMBER) for s in rest)


def _heads(sentence: str, ask: re.Pattern) -> bool:
    """The ask heads the sentence or its main clause (a word or two before it at most, after the sentence's start or a
    comma: "And if the letter earns its place, become a paying member"); a review's "The keeper's sister tries to
    subscribe him to the mainland paper" tells of a character."""
    return any(count_words(re.split(r"[,;:—–]", sentence[:m.start()])[-1]) <= 2 for m in ask.finditer(sentence))


def _letter(text: str) -> bool:
    """The bidding to forward "this letter" (``_FORWARD_LETTER``), not in a line of dialogue; a plain verb of sending
    with a friend or the newsletter named beside it."""
    found = _FORWARD_LETTER.search(text)
    if not found or _DIALOGUE.match(text):
        return False
    return not found.group("plain") or bool(FRIEND.search(text) or NEWSLETTER.search(text))


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the forward ask among the body's last three lines left (see the module docstring)."""
    mark_last_lines(items, drop, boxes, forward_ask, RULE, _PROSE)
