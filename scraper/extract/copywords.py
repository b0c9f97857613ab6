"""The words of a free-copy disclosure: a copy named, its arrival, and the sentences about copies that are no one's.

A disclosure names a free copy *and* how it came to the writer (received, sent, thanks to, in exchange for, via
NetGalley), in our languages and scripts; a review policy, a giveaway, a copy lent or borrowed names copies that are
not the writer's (``not_mine``). These are the word lists ``notes`` reads a disclosure with (``notes.disclosure_in``,
``find_disclosure``) and notegift reads a note set apart with; kept in a module of their own, as ``notewords`` keeps
the notes' word roots, so that the rules that read them import public names and notes has room for its rules.
"""

from __future__ import annotations

import re

from .casefold import guarded
from .notewords import CLAIMED_FREE, PRACTICE

COPY = re.compile(
    r"\b(e-?ARCs?|ARCs?|DRCs?|galleys?|NetGalley|Edelweiss\+?|"
    r"(advance[d]?|review|reading|finished|free|digital|complimentary|gifted|press|proof)(\s+\w+)?\s+cop(y|ies)|"
    r"(uncorrected\s+)?proofs?\s+cop(y|ies)|"
    r"(rezensions|rezensiouns|lese|vorab|presse)+exemplar\w*|ejemplar(es)?|exemplaires?|esemplar[ei]|"
    r"copias?|cópias?|service\s+(de\s+)?presse|exemplar(es)?|(recensie|resensie|lees|recensions|anmelder|"
    r"arvostelu)-?(ex|eks)emplaar\w*|eksemplaar\w*|"
    r"(recensions|anmeld[ae]r|meldar|lese)eksemplar\w*|(recensions|läs)exemplar\w*|(?:arvostelu|ennakko|"
    r"lukija)kappale\w*|egzemplarz\w*(\s+recenzenck\w*)?|"
    r"recenzní\s+výtisk\w*|(recenz\w*|senpag\w*)\s+ekzempler\w*|recenzekzempler\w*|(paperback|hardback|hardcover|new|"
    r"early|proof|finished)\s+edition|bogen|boken|het\s+boek)\b",
    re.I,
)
STRONG_COPY = re.compile(
    r"\b(e-?ARCs?|ARCs?|NetGalley|Edelweiss|review\s+cop(y|ies)|(rezensions|rezensiouns|lese|vorab)+exemplar\w*|"
    # (da/nb/nn, sv, nl, fi)
    r"service\s+(de\s+)?presse|(anmeld[ae]r|meldar|recensions)(eks|ex)emplar\w*|recensie-?exemplaar\w*|"
    r"arvostelukappale\w*)\b", re.I)
ARRIVED = re.compile(
    r"\b(received?|receiving|(was|were)\s+sent|sen[dt](ing)?\s+(me|us)|(gave|given|provided|gifted|offered)\b|"
    r"courtesy\s+of|thanks?|thank\s+you|grateful|in\s+exchange\s+for|(via|through|from|on)\s+(NetGalley|Edelweiss)|"
    r"(from|by)\s+the\s+publisher|(the\s+)?(publisher|publicist|author)\s+(kindly\s+)?(sent|gave|gifted|provided)\b|"
    r"recib\w*|me\s+(envi|mand|regal|cedi)\w*|(me\s+)?(hizo|hicieron)\s+llegar|enviad[oa]s?|cedid[oa]s?|gracias|"
    r"agradec\w*|a\s+cambio\s+de|cortes[ií]a|"
    r"re[çc]u(e|s|es)?|merci|envoy[ée]e?s?|envoi|offert|remerci\w*|en\s+[ée]change|gr[âa]ce\s+[àa]|"
    r"erhalten|bekommen|zur\s+Verf[üu]gung\s+gestellt|dank\w*|zugeschickt|geschickt|gesch[eé]ckt|kostenlos\w*|vom\s+Verlag|"
    r"ricevut[oaie]|grazie|ringrazi\w*|inviat[oaie]|concess[oaie]|omaggio|in\s+cambio|"
    r"receb\w*|obrigad[oa]|agrade[çc]\w*|em\s+troca|"
    r"gekregen|(?:kreeg|kregen)\s+(?:ik|we|wij)\s+van|(?:ik|we|wij)\s+(?:kreeg|kregen|krijg|"
    r"krijgen)\s+(?:\w+\s+){0,3}?van|toegestuurd|ontvangen|gestuur|ontvang|gekry|gratis|tilsendt|fik|fikk|fick|"
    r"skickad\w*|fått|sendt|sain|saanut|saimme|saatu\w*|lähetti\w*|lähettämä\w*|kustanta(?:ja|mo)lta|"
    r"ricevis|ricevit\w*|sendis|otrzyma\w*|dosta\w*|obdržel\w*|zaslal\w*|rebut|enviat|cedit|tack|takk|tak|kiitos|"
    r"gönderildi|gönderdi)\b",
    re.I,
)
# words first
FREE = guarded(re.compile(
    r"\b(free|complimentary|gratis|gratuit\w*|kostenlos|gratuit[oa]|grátis|gratuito)\b", re.I))
DISCLOSURE_WORD = re.compile(r"^\W*(full\s+)?(disclosure|disclaimer|transparen\w*|divulga[çc][ãa]o|aviso\s+legal|"
                             r"hinweis)\b", re.I)
# Said this way, the copy need not be named: "in exchange for an honest review", "the publisher sent me".
RECEIVED_FOR_REVIEW = guarded(re.compile(
    r"\b(in\s+exchange\s+for\s+an?\s+(honest|fair|unbiased)\s+review|a\s+cambio\s+de\s+una\s+rese[ñn]a|"
    r"en\s+[ée]change\s+d.une?\s+(avis|chronique|critique)|im\s+Austausch\s+(gegen|f[üu]r)\s+eine|"
    r"in\s+cambio\s+di\s+una\s+recensione|em\s+troca\s+de\s+uma?\s+(resenha|opini[ãa]o|avalia[çc][ãa]o)|"
    r"(was|were)\s+(sent|given|gifted)\s+(to\s+me\s+)?(\w+\s+){0,3}(by|from)\s+(the\s+)?(publisher|author|publicist)|"
    # (the writer's copy a gift of the house, its office or its author: "My copy was a gift from the publisher's UK
    # office", fr "Mon exemplaire était un cadeau de l'éditeur", es, pt, it, de; not a relative's, "a gift from my
    # sister", nor "the author's grandson"'s; short39; the house's office, team or imprint, not "the publisher's
    # daughter", a person of the house's, rev-short39; it "Il mio esemplare", fr "l'auteur", it "l'autore"; not a
    # character's line quoted, "“My copy was a gift from the author,” she tells the inspector")
    r"(?<![“\"«„‘])(?<![“\"«„‘]\s)\b(my|our|mon|notre|mi|nuestro|meu|nosso|la\s+mia|il\s+mio|mein|unser)\s+(review\s+)?(copy|exemplaire|ejemplar|exemplar|esemplare|copia)\s+"
    r"(was|is|came\s+as|[ée]tait|est|fue|era|es|foi|[èe](\s+stat[ao])?|war|ist)\s+(a|un|une|um|uno|ein)\s+(gift|cadeau|regalo|"
    r"presente|geschenk)\s+(from|of|de|da|do|del|della|dell.|des|du|vom|von)\s*(the\s+|l['’]|la\s+|der\s+|dem\s+)?"
    r"(publisher(['’]s\s+(\w+\s+)?(office|team|imprint|department|desk|staff|press)\b)?(?!['’])|publicist|author(?!['’])|[ée]diteur|[ée]ditions|editorial|editora|editore|casa\s+editrice|verlag\w*|autor(?!['’])|auteur|autore)\b|"
    # (the writer sent "a copy of" an edition named at some length, its words hyphened perhaps: "I was sent a copy of the
    # tenth-anniversary edition by the publisher"; not "the winners were sent copies of …"; the copy a book's, its last
    # word a book's noun or its first a title's capital, not "a copy of the press release"; sent by the house or the
    # author, not by "the author's sister")
    r"(?<!\w)(i|we)\s+(was|were)\s+(sent|given|gifted)\s+(an?\s+)?cop(y|ies)\s+of\s+(([\w'’-]+\s+){0,4}?(editions?|books?|"
    r"novels?|proofs?|ARCs?|e-?books?|galleys?|audiobooks?|volumes?|hardbacks?|paperbacks?|collections?|sequels?|"
    r"translations?|series|trilog(y|ies))|(?-i:[A-Z])[\w'’-]*(\s+[\w'’-]+){0,5}?)\s+(by|from)\s+(the\s+)?(publisher|author|publicist)\b(?!['’])|"
    # (what was sent is the book, or not said: "the author sent me a thank-you note" discloses nothing)
    r"(publisher|author|publicist)\s+(kindly\s+)?(sent|gave|gifted)\s+me(?=\s*([.,;:!)]|$)|\s+(it|this|these|them|one|"
    r"both|for|in\s+exchange|(\w+\s+){0,3}?(cop(y|ies)|proofs?|editions?|books?|novels?|ARCs?|e-?books?|galleys?|"
    r"audiobooks?|volumes?|titles?|sets?|collections?|sequels?|prequels?|series|trilog(y|ies))\b))|"
    r"gifted\s+by\s+@?\w+|(publishers?|publicist|"
    r"author)(\s+[\w'’-]+){1,4}?\s+(kindly\s+)?"
    # (the giver named with its book first: "the publisher of this reprint posted me a copy")
    r"(sent|gave|gifted|posted|mailed|offered)\s+(me|us)\s+(\w+\s+){0,3}?(copy|proof|edition)|"
    r"(?<!\bmy\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)"
    # (a name, not a pronoun opening the sentence: "She sent me the hardback"; a binding a whole word: not "the archive")
    r"\b(?!(?-i:She|He|They|It|We|You|Someone|Somebody)\b)(?-i:[A-Z])\w*\s+(kindly\s+)?sent\s+(me|us)\s+(the|"
    r"a|an|this|their)\s+(\w+\s+){0,3}(edition|copy|proof|book|((paper|hard)backs?|hardcovers?|audiobooks?|galleys?|ARCs?)\b)|"  # (a named giver, not "my mum"; a house "in
    # London" too, but not a reader who lives there: "a reader in Leeds sent me a copy" is a gift, not_mine)
    r"(cedid[oa]|enviad[oa]|oferecid[oa]|offert)\s+(pela|pelo|por\s+la|por\s+el|par\s+l.)\s*(editora|editorial|"
    r"[ée]diteur|maison)|"
    # I received … from the publisher, by its courtesy: "Recebi este livro de cortesia da editora", "courtesy of the
    # publisher"
    # (or the participle alone and "free", a note's shorthand: "Book received free from the publisher", "Livre reçu
    # gratuitement
    # de la part de l'éditeur"; not "the novel received praise from the publisher")
    r"((i|we)\s+(have\s+)?receiv\w*|recib[ií]\w*|recebi\w*|recebemos|(ho|abbiamo)\s+ricevut\w*|(j.ai|"
    r"nous\s+avons)\s+re[çc]u\w*|"
    r"(received|sent|re[çc]u[es]{0,2}|envoy[ée]e?s?|offert[es]{0,2}|recibid[oa]s?|enviad[oa]s?|recebid[oa]s?|"
    r"ricevut[oaie]|inviat[oaie]|"
    r"erhalten|zugeschickt)\s+(\w+\s+){0,2}?(free(\s+of\s+charge)?|gratuitement|gratis|gratuitamente|gratuit[oa]|"
    r"kostenlos|in\s+omaggio|"
    r"en\s+cadeau|as\s+a\s+gift))\s+(\w+\s+){0,5}(from\s+the\s+publisher|de\s+la\s+editorial|d[ao]\s+editora|"
    r"dall.\s*editore|"
    r"dalla\s+casa\s+editrice|(de\s+la\s+part\s+)?de\s+l.[ée]diteur|par\s+l.[ée]diteur|de\s+la\s+maison\s+d.[ée]dition|"
    r"vo[mn]\s+(de[mr]\s+)?Verlag)|"
    r"courtesy\s+of\s+(the\s+)?publisher|cortes[ií]a\s+d(a|e\s+la)\s+editor(a|ial)|(fra|från|van|od)\s+(forlaget|"
    r"förlaget|de\s+uitgever(ij)?|wydawnictwa)|"
    # fi: got from the publisher, the publisher sent (me)
    r"(sain|saimme|saatu|saatiin|saanut)\s+(\w+\s+){0,3}?kustanta(jalta|molta)(?=\s*([.,;!)]|$)|\s+(\w+\s+)?(kirja|"
    r"teos|teokse|romaani|arvostelu|ennakko|lukukappale|ilmaise|lahjaksi|luettava)\w*)|"
    r"kustanta(ja|mo)\s+(\w+\s+){0,3}?lähetti\s+(\w+\s+){0,2}?(minulle|meille)|kustanta(jan|"
    r"mon)\s+(minulle\s+)?lähettämä\w*\s+(kirja|arvostelu|ennakko)\w*|"
    r"(fick|fått|fik|fikk|fekk)\s+((?!(ikke|ikkje|inte|ingen|inga|ingenting|intet)\b)\w+\s+){0,4}(av|af|"
    r"frå)\s+(forlaget|förlaget)|"
    r"terima\s+kasih\s+kepada\s+(pihak\s+)?penerbit|(dikirim\w*|dihantar\w*|diberi\w*|(men)?dapat\w*|(di|men|ku)terima|"
    r"(saya|kami|aku)\s+terima)\s+(\w+\s+){0,3}(dari|daripada|oleh)\s+(pihak\s+)?penerbit|"
    # (id/ms, the two lines above: thanks to, sent or received from the publisher ("pihak", its side), sent this book)
    r"(mengirim|menghantar)\w*\s+(buku|naskh?ah|novel)\s+ini|"
    # ko, ja, zh, tr, ru/uk: "the book was provided (to me)", "review team", "a gift copy from the publisher"
    r"(ücretsiz|hediye)\s+(olarak\s+)?(gönderil\w*|ald[ıi]m|ald[ıi]k|verildi)|yayın(?:ev|lar|"
    r"cılık)\w*\s+([\w'’]+\s+){0,4}?(hediye\s+(olarak\s+)?)?(gönderdi|yolladı|hediye\s+etti)\w*|(от|"
    r"від)\s+издательства|від\s+видавництва|издательство\s+прислал\w*|"
    # the house as the giver: ru/uk "предоставлена издательством", "видавництво надало", cs/sk "poskytlo (redakcii)
    # nakladatelství / vydavateľstvo", tr "yayınevi
    # tarafından (bana) gönderildi", az "nəşriyyat tərəfindən (mənə) göndərildi", hu "a kiadó küldte", ro "oferită de
    # editura", el "στάλθηκε από τις εκδόσεις"
    r"предоставлен\w*\s+издательством|издательство\s+предоставил\w*|издательство\s+(мне|нам)\s+(любезно\s+)?(предостав|"
    r"присл|высл|подари|переда)\w*|(мне|нам)\s+(\w+\s+){0,2}?(любезно\s+)?(присл|высл|подари|предостав|"
    r"переда)\w*\s+(\w+\s+)?издательств\w*|(присл|высл|подари|предостав)\w*\s+(мне|нам)\s+(\w+\s+)?издательств\w*|"
    r"надан\w*\s+видавництвом|(надал|надісла)\w*\s+(мені\s+)?видавництв\w*|видавництво\s+(надал|надісла)\w*|"
    r"(poskytl[oa]?|zaslal[oa]?|poslal[oa]?|věnoval[oa]?|venoval[oa]?)\s+(mi\s+|nám\s+|"
    r"redakci\w*\s+){0,2}(nakladatelství|vydavateľstvo)|(nakladatelství|vydavateľstvo)\s+([\w-]+\s+){0,2}?(poskytl|"
    r"zaslal|poslal|věnoval|venoval)\w*(?=[^.!?]*(?<!\w)(mi|nám|redakci\w*|výt(isk|lač)\w*|knih\w*|recenz\w*)(?!\w))|"
    r"yayın(?:ev|lar|cılık)\w*\s+tarafından\s+((bana|bize|tarafıma|tarafımıza)\s+)?(gönderil|hediye\s+edil|"
    r"ücretsiz\s+(olarak\s+)?(gönderil|veril))\w*|nəşriyyat\w*\s+tərəfindən\s+((mənə|bizə)\s+)?göndəril\w*|"
    r"kiadó\s+(küldte|biztosította|ajándékozta)|kiadótól\s+kaptam|"
    r"(re[çc]u[es]{0,2}|envoy[ée]e?s?|recebid[oa]s?|enviad[oa]s?)\s+([\w'’]+\s+){0,4}?(partenariat|parceria)|"
    r"(oferit[ăa]?|trimis[ăa]?)\s+de\s+(către\s+)?editur\w*|στάλθηκε\s+από\s+τ\w+\s+εκδ\w*)",
    re.I,
))
# The same in scripts written without spaces (no word boundaries): ko, ja, zh; and hi, whose vowel signs are no word
# characters.
# (a review team or a gift of books being recruited is a call to readers, no copy of the writer's: ko "서평단 모집", ja
# "献本募集",
# as notewords.CLAIMED_FREE reads "체험단 모집")
RECEIVED_CJK = re.compile(
    r"प्रकाशक\s+(की\s+ओर\s+से|ने\s+भेज)|प्रकाशक\S*\s+(\S+\s+){0,8}?(निःशुल्क|नि:शुल्क|निशुल्क|"
    r"मुफ़्त|मुफ्त)\s+(उपलब्ध|दि|दी|दे|भेज|पठा|मिल)|समीक्षा\s+के\s+लिए\s+(\S+\s+){0,4}(मिल|भेज)|मुफ़?्त\s+मिल|(책|"
    r"도서)[을를]?\s?(무상으로\s?)?제공\s?받|출판사(로부터|에서|에게서)[^.!?。]{0,20}?(제공\s?받|보내\s?주)|서평단(?!\s?(?:모집|신청|안내|이벤트|지원|접수))|협찬|"
    r"献本(?!募集|応募)|恵贈|提供いただ|赠书|(?:提供|收到|寄來|寄来|寄贈|寄赠)(?:的)?(?:試讀|试读|試閱|试阅)|(?:試讀|试读|試閱|试阅)本?由[^。，,！!]{1,16}(?:提供|寄)|"
    r"出版社(提供|寄来|寄來|赠送|贈送|赠阅|贈閱|寄赠|寄贈|惠赠|惠贈)|(?:本|此|这|這|该|該)(?:书|書)由[^。，,！!？?；;]{1,16}?(?:提供|赠阅|贈閱|寄赠|寄贈|赠送|贈送|惠赠|惠贈)|"
    r"(?:感謝|感谢|謝謝|谢谢|多謝|多谢)[^。，,！!？?]{0,12}?(?:文化|出版社?|出版公司|圖書|图书|書房|书房|文庫|文库|書店|书店)(?:的)?(?:寄贈|寄赠|贈送|赠送|贈閱|赠阅|提供|寄來|"
    r"寄来|寄送)|出版社(様|さん)?(から|より)[^。]{0,12}(いただきました|頂きました|(いただ|頂)いた(?!もの|わけ))|"
                          r"(?<!不是)(?<!并非)(?<!並非)出版社(?:(?:做|当|當|任|工作|上班)[^。，,！!？?；;\s]{0,4}?(?:的|裡的|里的)?(?=朋友|编辑|編輯|"
                          r"同事|工作人))?(?:的|裡的|里的)?(?:朋友|编辑|編輯|同事|工作人员|工作人員)?(送|赠|贈|寄)(的|来|來|给我|給我|我)|出版社(?:の|に(?:勤める|"
                          r"いる))(?:友人|知人|編集者?|担当者?|方)[^。]{0,10}?(?:送って|送られ|いただ|頂|贈)|출판사(?:에\s?다니는|에\s?있는|"
                          r"의)?\s?(?:편집자\s?)?(?:친구|지인|편집자)(?:님)?[이가]\s?[^.!?。]{0,12}?(?:보내\s?[주준줬줌]|보내\s?온|선물)"
                          + "|" + CLAIMED_FREE)
# A sentence about copies in general (a review policy, a giveaway) is not a disclosure.
NOT_MINE = re.compile(
    r"^\W*(if|si|wenn|falls|jika|kalau|apabila|se(?!\s+(me|nos|le|les|lo|la|agradece)\b))\b|\b(accept|acepto|accepte|"
    r"akzeptiere|accetto|aceito|giveaway|sorteo|concours|"
    r"gewinnspiel|verlosung|sorteio|policy|pol[ií]tica|politique)\b|"
    # a copy of another book the writer will not review ("reçu en service de presse que je ne chroniquerai pas")
    r"\b(ne\s+(le\s+|la\s+)?chroniquerai\s+pas|won'?t\s+(be\s+)?review|will\s+not\s+(be\s+)?review|"
    r"no\s+(voy\s+a\s+)?rese[ñn]ar[ée]|"
    # a copy lent or borrowed, from a friend or a library: no free copy of one's own
    r"nicht\s+rezensieren\s+werde|non\s+recensir[òo])|"
    # (or a practice announced, notewords.PRACTICE)
    r"\b(lend\w*|lent|borrow\w*|prest(?:ó|ad[oa]|arme|aron|ou|ato|ata|ito)|emprunt\w*|(?:aus)?geliehen|lieh|emprest\w*|"
    r"pożycz\w*|kölcsön\w*|lånad\w*|lånt|geleend)\b|" + PRACTICE, re.I)
NOT_MINE = guarded(NOT_MINE)  # (casefold.Guarded: its words looked for first)
# A giveaway is no disclosure unless the copy was given to the writer: "the publisher gifted me a copy through their
# giveaway".
_GIVEAWAY = re.compile(r"\b(giveaway|sorteo|concours|gewinnspiel|verlosung|sorteio)\b", re.I)
# the writer as the one given the copy ("sent me", "I received", "me regaló", "m'ont envoyé", "mir … geschickt", "mi ha
# inviato", "me enviou", "recebi", "ik kreeg", "jeg fik", "jag fick", "dostałam", "мне прислали"): read by not_mine
# for a giveaway and by notes.disclosure_in for a disclosure said in passing (DISCLOSED)
GIVEN_TO_ME = re.compile(
    r"\b(sent|gave|gifted|given|mailed|offered|provided)\s+(me|us)\b|\b(I|we)\s+(won|received|got|(was|were)\s+"
    r"(sent|given|gifted|offered))\b|\bme\s+(envi|regal|mand|ofrec|ofere|cedi)\w*|\brecib[ií]\w*|\brecebi\w*|"
    r"\bm.(a|ont)\s+(envoy|offert)\w*|\bj.ai\s+re[çc]u\b|\bmir\s+(\w+\s+){0,3}(geschickt|geschenkt|zugeschickt)\b|"
    r"\b(ich|wir)\s+(\w+\s+){0,4}(erhalten|bekommen)\b|\bmi\s+(ha|hanno)\s+(inviat|regalat)\w*|\bho\s+ricevut\w*|"
    r"\b(ik|we|wij)\s+(kreeg|kregen|ontving|ontvingen)\b|\b(jeg|vi)\s+(fik|fikk)\b|\b(jag|vi)\s+fick\b|"
    r"\b(dostał|otrzymał)(am|em|yśmy|iśmy)\b|(?<!\w)(мне|нам)\s+(присла|подари|отправи)\w*|(?<!\w)я\s+получил\w*",
    re.I)
_GIVEN_TO_ME = GIVEN_TO_ME


# a private person as the giver, a few words before the giving ("A reader from Leeds sent me a copy", "my cousin in
# Toronto sent me the book", "une lectrice de Lyon m'a envoyé", "un amigo de Bilbao me envió", "eine Leserin aus Köln
# hat mir … geschickt"): a reader, a follower, a friend, a colleague, a neighbour, a relative, in en fr es pt it de nl
# sv/no/da pl id; a gift, unless the sentence names the trade or the review it came for (``_TRADE``)
_PRIVATE_GIVER = re.compile(
    r"(?<!\w)(?:readers?|friends?|followers?|subscribers?|fans?|colleagues?|co-?workers?|neighbou?rs?|pupils?|"
    r"students?|cousins?|aunt|uncle|mother|mum|mom|father|dad|sister|brother|grand\w+|niece|nephew|"
    r"partner|husband|wife|"
    r"lect(?:eur|rice)s?|amie?s?|abonn[ée]e?s?|voisine?|coll[èe]gue|cousine|mère|père|s[œo]eur|fr[èe]re|tante|"
    r"lector[a]?|amig[oa]s?|seguidor[a]?|vecin[oa]|colega|madre|padre|herman[oa]|leitor[a]?|vizinh[oa]|"
    r"m[ãa]e|irm[ãa]o?|lett(?:ore|rice)|amic[oa]|vicin[oa]|collega|cugin[oa]|sorella|fratello|zia|zio|mamma|"
    r"leser(?:in)?|freund(?:in)?|nachbar(?:in)?|kolleg(?:e|in)|mutter|vater|schwester|bruder|lezer(?:es)?|"
    r"vriend(?:in)?|buurman|buurvrouw|moeder|vader|zus|broer|läsare|læser|vän|venn(?:inne)?|ven(?:inde)?|väninna|"
    r"czytel\w+|przyjaci\w+|kole(?:ga|żanka)|pembaca|teman|kawan|sahabat)(?!\w)", re.I)
_TRADE = re.compile(
    r"(?<!\w)(?:publish\w*|publicist|publicity|press|reviews?|ARCs?|proofs?|exchange|"
    r"[ée]dit(?:or|eur|rice|orial|ora)\w*|verlag\w*|uitgever\w*|f[oö]rlag\w*|wydawn\w*|penerbit|rezens\w*|"
    r"rese[ñn]\w*|recens\w*|chroniqu\w*|"
    r"cambio|troca|[ée]change|austausch|"
    # (the press and the house by name of trade: fr "service de presse", es "prensa", it "stampa", fr "maison
    # d'édition", es "editorial", it "casa editrice", pt "editora"; the disclosure's own phrase, "all opinions are my
    # own", fr "les avis sont les miens", es "opiniones … mías", de "meine eigene Meinung", nl "mijn eigen mening")
    r"presse|prensa|imprensa|stampa|pers|[ée]di(?:tion|ción|ção|zion[ei]|t[oe]ra|trice)s?|"
    r"(?:opinions?|views?|thoughts)\s+(?:\w+\s+){0,2}(?:my\s+own|mine)|"
    r"(?:avis|opinions?)\s+(?:\w+\s+){0,2}(?:miens|miennes)|"
    r"opini(?:ones|ón|ões|ão|oni|one)\s+(?:\w+\s+){0,2}(?:mías|mía|minhas|minha|mie|mia|propias|próprias)|"
    r"(?:meine|mijn|min)\s+eigene?n?\s+(?:meinung|mening)"
    r")(?!\w)", re.I)
# ... or the giver named by where they work, a house given by name after the giver ("my colleague at Penguin", "ein
# Freund bei Hanser", "une amie chez Gallimard", "un'amica presso Einaudi", "een vriend bij Querido")
_AT_HOUSE = re.compile(r"\s(?:at|bei|chez|presso|bij|hos)\s+(?!Christmas|Easter|Weihnachten|Ostern|No[ëe]l|P[âa]ques|"
                       r"Natale|Pasqua|Kerst|Pasen)[A-ZÀ-ÖØ-Þ]")


def private_gift(sentence: str) -> bool:
    """The copy given to the writer (``GIVEN_TO_ME``) by a private person named as the giver a few words before
    (``_PRIVATE_GIVER``), the sentence naming no trade nor review (``_TRADE``): a gift, no copy given for review."""
    given = _GIVEN_TO_ME.search(sentence)
    if given is None or _TRADE.search(sentence) is not None:
        return False
    giver = _PRIVATE_GIVER.search(sentence, max(0, given.start() - 50), given.start())
    return giver is not None and _AT_HOUSE.match(sentence, giver.end()) is None


def not_mine(sentence: str) -> bool:
    found = NOT_MINE.search(sentence)
    if not found:
        return private_gift(sentence)
    if not _GIVEAWAY.fullmatch(found.group(0)):
        return True
    # the giveaway alone (no policy, no "if") says the copy is not the writer's, unless it was given to them
    return not _GIVEN_TO_ME.search(sentence) or bool(NOT_MINE.search(_GIVEAWAY.sub(" ", sentence)))


DISCLOSURE_LABEL = re.compile(
    r"^\W*(full\s+)?(disclosure|disclaimer|transparen\w*|divulga[çc][ãa]o|aviso(?:\s+legal)?|avís|avviso|hinweis|"
    r"werbung|anzeige|"
    r"(my\s+)?copy|source|fuente|provenance|quelle|fonte|origem|ejemplar|exemplaire)\s*[:：|–—-]", re.I)


# A sentence the writer opens as a disclosure inside a paragraph, after a conjunction or a few words ("And full
# disclosure, House sent me …", "Also, disclaimer: …", "En toute transparence, …", "Por transparencia, …", "Zur
# Transparenz: …", "Per trasparenza, …"): the label said in passing, as a spoken transcript says it. Read by
# ``notes.disclosure_in`` with a giving to the writer and a book or a set of books as the thing given.
# the words that may stand before the label are a conjunction's, an adverb's or the label's own ("and", "also", "so",
# "full", "honest", "in/for/por/en/zur/per", "toute", "plena", "vollen", …; en fr es pt it de nl sv/da/no pl id), never
# a verb's or a name's ("I reread Disclosure, which …": the title of a book)
_PASSING = (r"and|also|so|oh|ok|but|plus|just|quick|full|honest|complete|total|in|for|et|aussi|donc|mais|en|toute|pour|"
            r"petite?|y|e|tambi[ée]n|pero|mas|por|para|em|plena|completa|anche|ma|per|piena|und|auch|aber|zur|der|"
            r"vollen|kleiner|ook|maar|voor|de|volledige|och|og|også|men|för|fuld|full|i|dla|pełnej|dan|juga|demi")
DISCLOSED = re.compile(rf"^\W*(?:(?:{_PASSING})[\s,]+){{0,3}}?(?:disclosure|disclaimer|transparen\w*|trasparenza|"
                       r"divulga[çc][ãa]o)\s*[,:：–—-]", re.I)
# the thing given: a book, a set of them, a binding, in en, fr, es, it, pt, de, nl, sv/no/da, pl, cs/sk, fi, hu, id,
# tr, ru
GIVEN_BOOK = re.compile(
    r"(?<!\w)(?:books?|box(?:ed)?[\s-]+sets?|paperbacks?|hardcovers?|hardbacks?|e-?books?|audiobooks?|livres?|coffret|"
    r"libros?|estuche|libri|cofanetto|livros?|buch|bücher|schuber|boek(?:en)?|bok(?:en|a)?|bogen|bøger|"
    # (Danish "bog" only after its article or a possessive: English "bog" is a marsh)
    r"(?:en|denne|min|din)\s+bog|książk\w*|knih\w*|"
    r"kirja\w*|könyv\w*|buku|kitap\w*|книг\w*)(?!\w)", re.I)
