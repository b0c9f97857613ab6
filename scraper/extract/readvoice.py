"""A short post's statement, in its writer's own voice, that the writer has read the book: a mark of one work read.

A capsule review of 80 to 150 words often has no rating, no "the novel" said twice and no recommending verb, yet its
writer says what a reviewer says and an announcer cannot: that they have read it, and how it read ("I finished it on
the train", "the best story I've read in years", "lugesin ühe õhtuga", "من أجمل ما قرأت", "je l'ai lu d'une traite").
A cover reveal, a blog-tour stop, a publisher's notice or a news item speaks of reading to come ("I can't wait to
read", "I'm excited to read", "ich freue mich darauf, es zu lesen") or of the book in the third person; a list post
says it too, but classify has sent lists away before a short post's marks are asked for.

So the verb of reading (or finishing a book) in the first person singular and in a past or perfect tense, in some
twenty languages: en (also written in lower case, as microblogs write: "i've read"), de, nl, sv, da/nb, fr, es, it,
pt, pl, cs/sk, ru, uk, tr, fi, et, hu, id/ms, sw, si, ar, fa, he, ja, zh, ko, its object the book: it, this book, the
novel, or the title the headline gives it ("I read <Title> in two evenings"); a notice's writer reads the paper, the
news, the press release or finishes their own draft. Future, wish and question forms are not read ("I will read",
"have you read?": a line ending in a question mark is skipped), nor a line in quotation marks (but for the title set
off), a blockquote, a list's item (a reply's) or a table's row (another's words: a blurb's "the best book I have read
this year" in its quotes).

reads() is asked by shortverdict.verdict_marks, which counts it among the reviewer's own marks (reviewed.voiced_marks
still asks for two marks of one work, one in that voice), and by shortverdict.floor: a post that states its reading
and whose book was read from its headline or a box of record (not only in passing, in its text; the book or that
title the object read) is weighed from 60
English words' worth, as a capsule under its one score line is: a short verdict says all in a few lines.
"""

from __future__ import annotations

import re

READS = "says in the first person that it read the book"

# Past or perfect first person singular of reading or finishing, its object the book: a pronoun (it, this; "es/ihn
# … gelesen", "je l'ai lu", "lo leí", "li-o", "l'ho letto"), the book or the novel named as such ("ich habe das Buch …
# gelesen", "kitabı okudum", "この本を読みました", "这本书我读了"), or a relative clause on it ("a book, which I read":
# et "raamat, mida lugesin"); or the superlative's frame ("the best novel I've read", "أجمل ما قرأت"). A bare verb
# reads the paper, the news, a press release or one's own draft as well ("Ich habe in der Zeitung gelesen, dass …",
# "I finished the first draft", "Eu li a notícia"), and some forms are other verbs too (tr "okudum", I studied; he
# "קראתי", I called; fr "terminé", over; zh "我看了", I watched; ja "読了" in "読了時間", reading time): not read alone.
_BOOK = (r"(?:the|this|that)\s+(?:\w+\s+)?(?:book|novel|novella|memoir|collection|one)|it|this")
# The reading stated with its subject dropped, as a diary or a reading log writes it: a sentence that opens on the verb
# and a time ("Read it in one evening", "Finished it last night"), on the participle and a time or a manner ("Riletto
# oggi …", "Lu d'une traite", "Leído en dos tardes", "Gelesen im Urlaub", "Przeczytane jednym tchem"), or a log's
# label before the title, capitalised ("Finished reading: T by A", "Ausgelesen: T", "Letto: T", "読了：T"; not "Gelesen:
# my draft", nor a counter's "Lu : 1 204 fois"), in fifteen languages.
# Not an imperative to read it somewhere ("Read it here", "Read it on Kindle", "Read it in full": no time follows), nor
# a narrator's credit ("Letto da …", "Lu par …", "Read by …"), nor what is to come ("Currently reading:").
_OPENS = r"(?:^|(?<=[.!…]\s))[^\w\s]{0,3}\s*"
_DROPPED = (
    rf"{_OPENS}(?:re-?read|read|finished|devoured)\s+(?:it|this(?:\s+one)?)\s+(?:in\s+(?:one|a|an|two|three|four|"
    r"a\s+few|\d+)\s+(?:\w+\s+)?(?:sitting|evening|day|night|go|weekend|afternoon|morning|breath|session|hour)s?"
    r"|over\s+(?:a|the|one|two|three|\d+|my)\s|during\s|last\s+(?:night|week|weekend|month|year|summer|winter)|"
    r"yesterday|this\s+(?:week|weekend|morning|summer|winter|month)\b)|"
    rf"{_OPENS}(?:ri)?lett[oa]\s+(?:oggi|ieri|di\s+recente|in\s+(?:una|un|due|tre|poche|pochi)\s|"
    r"(?:tutto\s+)?d['’]un\s+fiato|a\s+distanza\s|durante\s|quest\w*\s|per\s+la\s+(?:prima|seconda)|"
    r"da\s+(?:adult|ragazz|bambin)[oa])|"
    rf"{_OPENS}(?:re)?lu\s+(?:en\s+(?:une?|deux|trois|quelques)\s|d['’]une\s+traite|cet\s+été|cette\s+semaine|hier|"
    r"pendant\s|pour\s+la\s+(?:première|deuxième))|"
    rf"{_OPENS}(?:re)?leído\s+(?:en\s+(?:una?|dos|tres|pocas?)\s|de\s+un\s+tirón|ayer|este\s|esta\s|durante\s|"
    r"por\s+(?:primera|segunda))|"
    rf"{_OPENS}(?:re)?lido\s+(?:em\s+(?:uma?|dois|duas|três|poucas?)\s|de\s+uma\s+(?:assentada|vez)|ontem|durante\s|"
    r"pela\s+(?:primeira|segunda))|"
    rf"{_OPENS}(?:wieder\s*|aus)?gelesen\s+(?:in\s+(?:einem|einer|zwei|drei|wenigen)\s|an\s+(?:einem|zwei)\s|im\s+"
    r"(?:urlaub|sommer|winter|zug)|während\s|gestern)|"
    rf"{_OPENS}(?:her|uit)?gelezen\s+(?:in\s+(?:één|een|twee|drie)\s|tijdens\s|gisteren)|"
    rf"{_OPENS}przeczytan[ae]\s+(?:w\s+(?:jeden|jedną|dwa|dwie|trzy)\s|jednym\s+tchem|wczoraj)|"
    rf"{_OPENS}přečteno\s+(?:za\s+(?:jeden|jedno|dva|dvě|tři)\s|jedním\s+dechem|včera)|"
    rf"{_OPENS}(?:utläst|läst|læst|lest)\s+(?:på\s+(?:en|ett|två|to)\s|"
    r"i\s+(?:ett|en|et)\s+(?:svep|sträck|stræk|strekk))|"
    rf"{_OPENS}прочитан[ао]?\s+(?:за\s+(?:один|два|три|пару|вечер|ночь)|на\s+одном\s+дыхании)"
)
# a reading log's label: finished (reading), read, before the title (the headline's, or one set off: _logged)
_LOG_LABEL = (
    rf"{_OPENS}(?:(?:just\s+)?finished\s+reading|finito\s+di\s+leggere|(?:ri)?letto|(?:re)?lu|fini\s+de\s+lire|"
    r"(?:re)?leído|terminé\s+de\s+leer|(?:re)?lido|terminei\s+de\s+ler|ausgelesen|gelesen|uitgelezen|gelezen|"
    r"przeczytane|přečteno|utläst|läst|læst|utlest|luettu|прочитано)\s*:\s*(?=[^\W\d_]|[«“„\"*_])"
    r"(?-i:(?![a-zà-öø-ÿа-я]))|"
    r"(?:^|(?<=[。！\s]))(?:読了|读完|讀完|완독)\s*[:：]"
)
# ... no reading of the writer's, what follows it in its sentence: an agent, others reading it ("Letto in una notte da
# migliaia di lettori", "Read it in one sitting by thousands"; en, it, fr, es, pt, de, nl, pl, sv/da/nb, cs/sk/pl, ru,
# uk), a report of others' words ("…, readers told the publisher", "…, sagen die Pendler"), or what was read is no book
# (an article, a paper, an interview: "Read it yesterday in the Times, an op-ed")
# the agent only before a number or a noun of people, a determiner between ("by the fire", "par une nuit" are none)
_AGENT = re.compile(r"(?<!\w)(?:by|da|dal|dalla|dallo|dai|dagli|dalle|par|por|von|vom|door|przez|av|af|od|от|від|pelo|"
                    r"pela|pelos|pelas)\s+(?:(?:the|many|all|so|des|les|tant|los|las|tantos|muitos|den|vielen|"
                    r"de|het|veel|tusentals|i|gli|le|tanti|tantissimi|my|our|mes|nos|mis|meus|meinen|mijn|mina)\s+)?"
                    r"(?:\d|thousands|millions|hundreds|dozens|migliaia|milioni|centinaia|milliers|millions|centaines|"
                    r"miles|millones|cientos|milhares|milhões|centenas|tausend\w*|million\w*|hundert\w*|duizend\w*|"
                    r"miljoen\w*|honderd\w*|tysi\w*|milion\w*|tusen\w*|miljon\w*|тысяч\w*|миллион\w*|тисяч\w*|"
                    r"мільйон\w*|everyone|everybody|people|critics|fans|friends|students|tutti|persone|critici|amici|"
                    r"studenti|tous|gens|critiques|amis|todos|gente|críticos|amigos|pessoas|allen|menschen|kritiker\w*|"
                    r"iedereen|mensen|critici|ludzi|krytyk\w*|alla|folk|människor|людьми|всеми|людей|"
                    r"reader\w*|lettor\w*|lettric\w*|lecteur\w*|lectri\w*|lector\w*|leitor\w*|leser\w*|lezer\w*|"
                    r"czytel\w*|läsar\w*|læser\w*|leser\w*|читател\w*|читач\w*|book\s+club\w*|club\w*)(?!\w)", re.I)
# a relative pronoun before the verb of telling: the book's own telling ("a novella that tells of grief")
_RELATIVE = re.compile(r"(?<!\w)(?:that|which|who|che|cui|qui|que|quien|die|der|das|welche[rs]?|dat|wat|som|"
                       r"który|która|które|který|která|které|который|которая|которое|який|яка|яке)\s*$", re.I)
_TOLD = re.compile(
    r"(?<!\w)(?:told|tells?|said|says?|wrote|writes?|report(?:s|ed)?|dicono|dice|raccontano|racconta|scrivono|"
    r"(?:ha|hanno)\s+(?:detto|raccontato|scritto)|disent|dit|racontent|raconte|écrivent|confient|dicen|cuentan|"
    r"escriben|dijo|dijeron|contó|contaron|dizem|diz|contam|escrevem|disse|disseram|contou|sagen|sagt|erzählen|erzählt|"
    r"schreiben|schreibt|berichten|berichtet|zeggen|zegt|vertellen|vertelt|schrijven|mówią|mówi|piszą|pisze|"
    r"powiedział\w*|säger|berättar|skriver|siger|sier|fortæller|forteller|говорят|говорит|пишут|пишет|сказал\w*|"
    r"кажуть|пишуть)(?!\w)", re.I)
_FIRST_PERSON = re.compile(r"(?<!\w)(?:(?-i:I)|je|ich|io|yo|eu|ik|jag|jeg|ja|я)(?!\w)|(?<!\w)j['’](?=\w)", re.I)
_NOT_BOOK_WORDS = (
    r"(?:op-?ed|article|newspaper|paper|magazine|column|interview|news|headlines?|tweet|thread|blog\s+post|"
    r"articolo|intervista|editoriale|giornale|quotidiano|notizia|rivista|tribune|entretien|quotidien|journal|artículo|"
    r"entrevista|periódico|noticia|revista|artigo|jornal|notícia|artikel|zeitung|kommentar|meldung|zeitschrift|krant|"
    r"tijdschrift|artykuł|gazet\w*|wywiad|tidning\w*|avisen|статья|статью|газет\w*|інтерв['’]ю)")
_NOT_BOOK = re.compile(rf"(?<!\w){_NOT_BOOK_WORDS}(?!\w)", re.I)
_CLAUSE_END = re.compile(r"[.!?…;]")
_READ = re.compile(
    # the book's last pages read, in the first person: the reading finished ("I read the last fifty pages standing
    # up", "j'ai lu les dernières pages", "die letzten Seiten habe ich … gelesen"); not its first pages (a reading
    # begun), not a wish, a habit or a plan ("I will read", "I always read the last pages first": only "just",
    # "finally" between), nor a paper's pages ("le ultime pagine del giornale")
    r"(?<!\w)(?:i\s+(?:just\s+|finally\s+)?read|j['’]ai\s+(?:enfin\s+)?lu|leí|ho\s+letto|eu\s+li|ik\s+las)\s+"
    r"(?:the|les|las|le|as|de)\s+(?:last|final|closing|dernières|últimas|ultime|laatste)\s+(?:\w+\s+)?(?:pages|"
    rf"páginas|pagine|pagina['’]s|chapters)(?!\w)(?!\s+first)(?!\s+(?:\S+\s+){{0,2}}?{_NOT_BOOK_WORDS}(?!\w))|"
    r"(?<!\w)die\s+letzten\s+(?:\w+\s+)?(?:Seiten|Kapitel)\s+(?:habe\s+ich|hab\s+ich)\s+"
    r"(?:\w+\s+){0,4}?gelesen(?!\w)|"
    # en: "I've read it", "I have (just) finished this book", "I read it in", "finished this", "the best … I've read"
    rf"(?<!\w)(?:i(?:['’]ve|\s+have)?\s+(?:(?:just|finally|now|already|recently|also|actually|only|first)\s+)?"
    rf"(?:read|finished|devoured|reread|finished\s+reading)\s+(?:{_BOOK})(?!\w)(?!['’]s)|"
    r"(?:^|[.!]\s+)(?:just\s+)?finished\s+(?:this|it)(?!\w)|"
    r"the\s+\w+est\s+(?:\w+\s+){0,3}i(?:['’]ve|\s+have)\s+(?:ever\s+)?read(?!\w))|"
    # de, nl, sv, da/nb: "ich habe es/ihn/das Buch … gelesen", "ik heb het … gelezen", "jag har läst den/boken"
    r"(?<!\w)(?:ich\s+habe|hab\s+ich|habe\s+ich)\s+(?:\S+\s+){0,2}?(?:es|ihn|sie|das\s+buch|den\s+roman|dieses\s+buch|"
    r"diesen\s+roman|das\s+werk)\s+(?:\S+\s+){0,6}?(?:gelesen|ausgelesen|verschlungen)(?!\w)|"
    r"(?<!\w)(?:ik\s+heb|heb\s+ik)\s+(?:\S+\s+){0,2}?(?:het|dit\s+boek|het\s+boek|de\s+roman|deze\s+roman)\s+"
    r"(?:\S+\s+){0,6}?(?:gelezen|uitgelezen)(?!\w)|"
    r"(?<!\w)(?:jag\s+har|jeg\s+har|har\s+jag|har\s+jeg|jag)\s+(?:\S+\s+)?(?:läst|lest|læst|läste)\s+"
    r"(?:den|boken|bogen|romanen|denna|denne|den\s+här)(?!\w)|"
    # fr, es, it, pt: "je l'ai lu", "j'ai lu ce livre", "lo leí", "la he leído", "l'ho letto", "li-o", "li este livro"
    r"(?<!\w)je\s+l['’]ai\s+(?:\w+\s+)?(?:lu|dévoré|relu|fini)(?!\w)|"
    r"(?<!\w)j['’]ai\s+(?:\w+\s+)?(?:lu|dévoré|relu|fini)\s+(?:ce|le|cet)\s+(?:livre|roman|recueil|récit)(?!\w)|"
    r"(?<!\w)(?:(?:lo|la)\s+(?:leí|terminé|devoré|he\s+leído|he\s+terminado)|"
    r"(?:leí|he\s+leído|terminé|devoré)\s+(?:este|el|esta|la)\s+(?:libro|novela)|"
    r"l['’]ho\s+(?:\w+\s+)?(?:letto|divorato|finito)|"
    r"ho\s+(?:letto|finito|divorato)\s+(?:questo|il)\s+(?:libro|romanzo)|"
    r"ho\s+finito\s+di\s+leggerlo|li-o|(?:eu\s+)?li\s+(?:o|este|esse)\s+(?:livro|romance)|"
    r"(?:terminei|acabei)\s+de\s+(?:lê-lo|ler\s+(?:o|este|esse)\s+(?:livro|romance)))(?!\w)|"
    # pl, cs/sk, ru, uk: the past tense's first person (its gendered endings), the book or "it" beside it
    r"(?<!\w)(?:(?:prze)?czytał(?:am|em)\s+(?:ją|go|tę\s+książkę|książkę|tę\s+powieść|powieść)|"
    r"(?:ją|go|książkę|powieść)\s+(?:\w+\s+){0,2}?(?:prze)?czytał(?:am|em)|"
    r"(?:přečetl(?:a)?\s+jsem|prečítal(?:a)?\s+som)\s+(?:ji|ho|ju|tuto\s+knihu|túto\s+knihu|knihu|román)|"
    r"(?:knihu|ji|ju)\s+jsem\s+(?:si\s+)?přečetl(?:a)?|"
    r"я\s+(?:\w+\s+)?(?:прочитал|дочитал|прочитав|дочитав)(?:а)?\s+"
    r"(?:её|ее|его|її|эту\s+книгу|цю\s+книжку|книгу|книжку|"
    r"роман)|(?:её|ее|его|її|эту\s+книгу|цю\s+книжку|книгу|книжку)\s+я\s+(?:\w+\s+)?(?:прочитал|дочитал|прочитав|"
    r"дочитав)(?:а)?)(?!\w)|"
    # bg: the aorist's first person, "прочетох" (I read), "дочетох" (I finished), the book, "it" or "them" (a collection's
    # poems, stories) beside it, either order
    r"(?<!\w)(?:(?:про|до)четох\s+(?:я|го|ги|книгата|романа|сборника|стихосбирката)|"
    r"(?:я|го|ги|книгата|романа|сборника|стихосбирката)\s+(?:\w+\s+){0,2}?(?:про|до)четох)(?!\w)|"
    # tr, fi, et, hu (the verb last or free: the book's accusative beside it), id/ms, sw (the object's mark in the verb)
    r"(?<!\w)(?:(?:bu\s+kitabı|kitabı|romanı|bu\s+romanı|onu)\s+(?:\w+\s+){0,3}?(?:okudum|bitirdim)|"
    r"luin\s+(?:sen|kirjan|tämän|romaanin)|(?:sen|kirjan|romaanin)\s+(?:\w+\s+){0,2}?luin|luettuani\s+(?:sen|kirjan)|"
    r"lugesin\s+(?:selle|raamatu|romaani)|(?:selle|raamatu|romaani)\s+(?:\w+\s+){0,2}?lugesin|"
    r"(?:raamat|romaan|teos)\w*,?\s+(?:mida|mille)\s+(?:\w+\s+)?lugesin|"
    r"(?:el)?olvastam\s+(?:ezt|a\s+könyvet|a\s+regényt)|(?:a\s+könyvet|a\s+regényt|ezt\s+a\s+könyvet)\s+"
    r"(?:\w+\s+){0,2}?(?:el)?olvastam|"
    r"saya\s+(?:sudah\s+|telah\s+|selesai\s+)?membaca(?:nya|\s+(?:buku|novel)\s+ini)|"
    r"ni(?:li|me)(?:po)?(?:i|ki|u|li|ya)soma|ni(?:li|me)(?:po)?soma\s+(?:kitabu|riwaya)|"
    r"ni(?:li|me)maliza\s+(?:ku(?:i|ki|u|li|ya)soma|kusoma\s+(?:kitabu|riwaya)))(?!\w)|"
    # si: "මම මේ පොත … කියෙව්වා" (I … this book … read)
    r"(?<!\S)(?:මා|මම)\s+(?:\S+\s+){0,2}?(?:පොත\S*|එය|මෙය|නවකතාව\S*)\s+(?:\S+\s+){0,2}?කියෙව්ව|"
    # ... or the object first, as Sinhala may set it: the book, then "I (first) read" (a person's work in the
    # genitive, "A-ගේ T මා කියෙව්වා", is _SI_OBJECT_FIRST's, its object the title)
    r"(?<!\S)(?:පොත\S*|නවකතාව\S*)\s+(?:මා|මම)\s+(?:\S+\s+)?කියෙව්ව|"
    # ar, fa, he: the superlative's frame, "I finished reading it/the novel"; fa "the book (را) … خواندم";
    # he "קראתי את הספר"
    r"(?:أجمل|أفضل|أروع|أمتع|أهم|أعمق)\s+ما\s+قرأت(?:ه)?(?!\w)|"
    r"انتهيت\s+من\s+قراءت(?:ه|ها)|انتهيت\s+من\s+قراءة\s+(?:هذا\s+الكتاب|هذه\s+الرواية|الرواية|الكتاب)|"
    r"(?:این\s+کتاب|این\s+رمان|کتاب\s+را|رمان\s+را|آن\s+را|این\s+را)\s+(?:\S+\s+){0,3}?خواندم(?!\w)|"
    r"(?<!\w)קראתי\s+(?:את\s+(?:הספר|הרומן|זה)|אותו|אותה)(?!\w)|"
    # ja, zh, ko: this book (its particle) … read; zh the book before or after "我读了/读完"
    r"(?:この本|本書|この小説|本作|この作品)[はをも][^。！？]{0,20}?(?:読みました|読んだ|読み終え(?!たら)|読了(?!時間))|"
    r"我(?:已经|已經)?(?:读|讀)(?:完|了|过|過)了?[^。！？，]{0,3}?(?:这本|這本|本书|本書|此书|此書|这部|這部|它)|"
    r"(?:这本书|這本書|本书|本書|这部小说|這部小說|此书|此書)[^。！？]{0,6}?我[^。！？]{0,4}?(?:读|讀)(?:完|了|过|過)|"
    r"(?:이\s*책|이\s*소설|이\s*작품|책|소설)(?:을|를|은|는)\s*(?:\S+\s+){0,3}?\S*읽었(?:다|습니다|어요)|"
    # ka: the book or the novel (any case) … I read, was reading, reread, finished; or the verb before "this book"
    r"(?<!\w)(?:წიგნ|რომან|მოთხრობ|ნოველ)\w*\s+(?:\S+\s+){0,3}?(?:წავიკითხე|ვკითხულობდი|გადავიკითხე|დავასრულე|"
    r"დავამთავრე)(?!\w)|(?<!\w)(?:წავიკითხე|გადავიკითხე)\s+(?:ეს|ამ|ის)\s+(?:წიგნ|რომან)",
    re.I,
)
_DROPPED_RE, _LOG_RE = re.compile(_DROPPED, re.I), re.compile(_LOG_LABEL, re.I)
# A reading log's entry that opens on the verb, its subject dropped, and the book's title set off in italics before
# its by-word and a capitalised name ("Finished *T* by A on the bus", "Terminé *T* de A", "Ausgelesen: *T* von A" is
# _LOG_LABEL's): a book finished, by its maker; a series or a game finished has no author after a by-word (en, fr, es,
# it, pt, de, nl, sv/da/nb)
# Counted only when the title set off is the post's book (found wherever: reads' `book`, or its title), and the
# capitalised word after the by-word is no time ("by Christmas", "by Monday", "de lundi", "von Montag": a deadline)
_TIME_WORD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
              r"july|august|september|october|november|december|christmas|easter|new\s+year|halloween|thanksgiving|"
              r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|avril|mai|juin|juillet|août|"
              r"octobre|décembre|noël|pâques|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|"
              r"marzo|abril|mayo|junio|julio|agosto|navidad|lunedì|martedì|venerdì|sabato|domenica|gennaio|natale|"
              r"pasqua|segunda|sexta|natal|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|weihnachten|"
              r"ostern|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|kerst\w*|pasen|jul|påsk\w*)(?!\w)")
_FINISHED_TITLE = re.compile(
    rf"{_OPENS}(?:just\s+)?(?:finished|devoured|re-?read|fini|termin[ée]|terminei|finito|ausgelesen|uitgelezen|"
    r"utläst|færdiglæst|ferdiglest)\s+(?:\*(?P<star>[^*\n]{1,80})\*|_(?P<line>[^_\n]{1,80})_)\s+"
    rf"(?:by|de|di|von|van|av|af)\s+(?!{_TIME_WORD})(?-i:[A-ZÀ-Þ])", re.I)
# Sinhala's object first, a person's work in the genitive ("A-ගේ T මා මුලින්ම කියෙව්වේ"): the words between the
# genitive and "I read" are the post's book (a pronoun's genitive, "ඔහුගේ ලිපිය", his article, or "ජනාධිපතිගේ කතාව",
# the president's speech, holds no title of the post's)
_SI_OBJECT_FIRST = re.compile(r"(?<!\S)\S+ගේ\s+(?P<object>(?:\S+\s+){1,3}?)(?:මා|මම)\s+(?:\S+\s+)?කියෙව්ව")
# a piece every branch holds (folded to lower case): a line is searched only when one is there
_STEMS = ("read", "finish", "devour", "geles", "gelez", "läs", "lest", "læst", "lu", "dévor", "fini", "leí", "leído",
          "termin", "devor", "lett", "li", "acabei", "czyta", "přečet", "prečít", "читал", "читав", "okudum",
          "bitirdim", "luin", "luettu", "lugesin", "olvas", "membaca", "soma", "කියෙව්ව", "قرأت", "قراء",
          "خواندم", "קראתי", "読", "读", "讀", "읽었", "კითხ", "დავასრულე", "დავამთავრე", "přečt", "прочитан", "четох",
          "완독")
# quotation marks: a line that holds them gives another's words (shortverdict reads its lines by them too)
QUOTES = re.compile(r"[“”„«»\"「」『』]")
# the verb of reading or finishing in the first person, its object to follow: the headline's title right after it
# ("I read The Winter Sea in two evenings", "j'ai lu Le Phare", "leí El río", "ho letto Il mare", "eu li O Mar"), or
# before the participle (de, nl: "ich habe Die Brandung gelesen"); "I finished the first draft of <Title>" is not
_READ_TITLE = re.compile(
    r"(?<!\w)(?:i(?:['’]ve|\s+have)?\s+(?:(?:just|finally|now|already|recently|first)\s+)?(?:read|finished|devoured|"
    r"reread)|j['’]ai\s+(?:lu|dévoré|relu)|leí|he\s+leído|ho\s+letto|eu\s+li|li)\s+(?P<after>)|"
    r"(?<!\w)(?:ich\s+habe|habe\s+ich|ik\s+heb|heb\s+ik)\s+(?P<gap>(?:\S+\s+){1,8}?)"
    r"(?:gelesen|ausgelesen|gelezen)(?!\w)",
    re.I)
_SET_OFF = "\"“”„«»‚‘’*_"
# a negation just before the statement or inside it: "I have not read it", "ich habe es nicht gelesen", "לא קראתי"
_NEGATED = re.compile(r"(?<!\w)(?:not|never|nicht|nie|niet|nooit|inte|ikke|pas|jamais|no|non|não|nunca|не|ні|"
                      r"tidak|belum|لم|لا|לא)(?!\w)|n['’]t", re.I)


# a line that is no paragraph of the post's prose: a blockquote (another's words), a heading, a table's row (a layout
# table flattened into one cell holds a whole page: an index of scored books), a list's item (a reply's, numbered under
# the comments' heading; a list of books)
_NOT_PROSE = re.compile(r"^\s*(?:>|#|\||[-*+]\s|\d+[.)]\s)")


def reads(markdown: str, title: str | None = None, headline_book: str | None = None, book: str | None = None) -> bool:
    """A paragraph of the post's own prose (no blockquote, heading, table row or list item; no quotation marks; no
    question) says the writer has read the book: "it", "this book", or `title` (the headline's) named as what was
    read; a log's label before `title`, `headline_book` (the book read, which the headline names too) or a title set
    off; a log's entry "Finished *T* by A" or Sinhala's "A-ගේ T මා කියෙව්වා" only when T is the post's `book` (found
    wherever) or that title. `markdown`: the cleaned body as Markdown (classify's ev.body[1])."""
    title = " ".join(title.split()).casefold() if title and len(title) >= 3 else None
    logged = title or (" ".join(headline_book.split()).casefold()
                       if headline_book and len(headline_book) >= 3 else None)
    own = " ".join(book.split()).casefold() if book and len(book) >= 3 else logged
    for line in markdown.splitlines():
        low = line.lower()
        if not any(stem in low for stem in _STEMS) or _NOT_PROSE.match(line) \
                or line.rstrip().endswith(("?", "？", "؟")):
            continue
        quoted = QUOTES.search(line) is not None
        # (the book's own title in quotes in the line: a notice's or a club's line, "Our pick is “T”. I read it
        # years ago": its statements are not read, as a quoted line's were not; its title named as read still is)
        said = not (quoted and logged and _quotes_title(line, logged))
        for found in _READ.finditer(line) if said else ():
            if not _NEGATED.search(line, max(0, found.start() - 16), found.end()) and _unquoted(line, found, quoted):
                return True
        finished = (found for found in _FINISHED_TITLE.finditer(line)
                    if own and " ".join((found.group("star") or found.group("line")).split()).casefold() == own)
        for found in (*_DROPPED_RE.finditer(line), *finished) if said else ():
            if not _NEGATED.search(line, max(0, found.start() - 16), found.end()) and _own(line, found.end()) \
                    and _unquoted(line, found, quoted):
                return True
        if own and any(" ".join(found.group("object").split()).casefold().startswith(own)
                          for found in _SI_OBJECT_FIRST.finditer(line)):
            return True
        if any(_logged(line[found.end():], logged) for found in _LOG_RE.finditer(line)):
            return True
        if title and title in " ".join(low.split()).casefold() and _names_title(line, title):
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?…。！？](?=\s|$)")
_QUOTED_SPAN = re.compile(r"[“\"«„「『]\s*([^“”\"«»„「」『』]{1,120}?)\s*[”\"»“」』]")


def _quotes_title(line: str, title: str) -> bool:
    """A span of the line in quotation marks is the post's book (`title`, folded)."""
    return any(" ".join(span.split()).casefold() == title for span in _QUOTED_SPAN.findall(line))


def _unquoted(line: str, found: re.Match, quoted: bool) -> bool:
    """The sentence holding the statement is the writer's: it holds no quotation mark and no quotation is open before
    it (the marks before it come in pairs, whichever glyphs: « », „ “, “ ”). A term quoted in another sentence of the
    paragraph ("… le « nouveau roman ».") leaves it the writer's; a blurb's quoted "the best book I've read" is not."""
    if not quoted:
        return True
    start = max((m.end() for m in _SENTENCE_END.finditer(line, 0, found.start())), default=0)
    stop = _SENTENCE_END.search(line, found.end())
    sentence = line[start:stop.end() if stop else len(line)]
    return not QUOTES.search(sentence) and len(QUOTES.findall(line, 0, start)) % 2 == 0


def _own(line: str, end: int) -> bool:
    """The rest of the sentence of a reading stated with its subject dropped leaves it the writer's: no agent, no
    report of others' words (a first person before the verb is the writer's own: "I must say"), no paper read."""
    stop = _CLAUSE_END.search(line, end)
    rest = line[end:stop.start() if stop else len(line)]
    if _AGENT.search(rest) or _NOT_BOOK.search(rest):
        return False
    return not any(not _FIRST_PERSON.search(" ".join(rest[:told.start()].split()[-3:]))
                   and not _RELATIVE.search(rest[:told.start()]) for told in _TOLD.finditer(rest))


def _logged(after: str, title: str | None) -> bool:
    """A log's label ("Letto:", "Finished reading:") is followed by the headline's `title` (folded) or a title set off
    in quotes or italics: not by a speaker's words ("Lu : Je pense …") nor a place's or a news item's name."""
    after = " ".join(after.split())
    return after[:1] in _SET_OFF + "『「《" or bool(title) and title in after.casefold()


def _names_title(line: str, title: str) -> bool:
    """The verb of reading in the first person takes the headline's title as its object (set off or not)."""
    for found in _READ_TITLE.finditer(line):
        if _NEGATED.search(line, max(0, found.start() - 16), found.end()):
            continue
        if found.group("gap") is not None:
            hit = " ".join(found.group("gap").split()).lstrip(_SET_OFF).casefold().startswith(title)
        else:
            hit = " ".join(line[found.end():].split()).lstrip(_SET_OFF).casefold().startswith(title)
        if hit:
            return True
    return False
