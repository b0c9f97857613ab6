"""A house's announcement told from a review by its lead: "We are pleased to present X's debut novel, T, out in
February" — a publisher, a bookshop or a festival speaking for itself (in the first person plural or in its own name,
in the third person) and saying it is glad or proud to announce, present, publish or introduce something.

A review opens on the reader's voice: one reader ("I", which these forms leave out: "I'm thrilled to share my
thoughts …" is no house's), about the book. The house's formula is its press release's first sentence, the same in
every language: gladness or pride (we are glad, it is our pleasure, with joy/pride) and within a few words a verb of
announcing or presenting. Read in the lead only, the first two lines of prose (ten words or more), so that a review
quoting a house's words later on is not touched; a lead that names a review ("We are delighted to present a guest
review of …") is a blog's own post and is left alone. Glad to *tell* ("we are so happy to tell you about X's new novel")
is as much two bloggers' as a house's: it counts only when the post speaks as a house (a publisher's address, the
house's own series or catalogue named in its text) or the same line tells of the book's coming out.

classify.classify asks judge() of a post that gives no verdict of its own (no rating, no schema.org Review, not
filed as a review).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .casefold import guarded
from .notewords import PUBLISHER
from .reviewwords import REVIEW_TERMS
from .words import count_words

_VERB_EN = r"(?:announce|present|introduce|publish|unveil|welcome|share\s+the\s+news)"
_FORMULA = re.compile(
    # en: "We are/We're/X is pleased, delighted, proud … to announce …", "It is with great pleasure that we announce"
    rf"\b(?:we\s+are|we['’]re|is|are)\s+(?:very\s+|so\s+|truly\s+|especially\s+)?(?:pleased|delighted|proud|thrilled|excited|"
    rf"happy|honou?red|glad)\s+to\s+(?:be\s+able\s+to\s+)?{_VERB_EN}\b|\bwith\s+(?:great\s+)?(?:pleasure|pride|joy)\s+(?:that\s+)?we\s+{_VERB_EN}|"
    # de: "Wir freuen uns, … vorzustellen", "Der Verlag freut sich, … anzukündigen", "Wir sind stolz, … zu präsentieren"
    r"\b(?:freuen\s+uns|freut\s+sich|sind\s+stolz|ist\s+stolz)\b[^.!?]{0,80}?(?:anzukündigen|vorzustellen|bekanntzugeben|"
    r"bekannt\s+zu\s+geben|zu\s+präsentieren|zu\s+verkünden|zu\s+veröffentlichen|zu\s+begrüßen)\b|"
    # da/no/sv: "er glade for at kunne præsentere", "er stolte av å presentere", "är glada att kunna presentera", "Med stor
    # glæde præsenterer vi"
    r"\b(?:er|är)\s+(?:meget\s+|svært\s+|mycket\s+|veldig\s+)?(?:glade|glada|stolte|stolta|begejstrede|begeistret|glad|stolt)\s+"
    r"(?:for\s+|over\s+|av\s+|af\s+|att\s+|at\s+|å\s+)?(?:at|att|å)?\s*(?:kunne\s+|kunna\s+)?(?:præsentere|presentere|presentera|annoncere|"
    r"offentliggøre|offentliggjøre|meddele|kunngjøre|tillkännage|introducere|introdusere|udgive|utgi|ge\s+ut|byde\s+velkommen)\b|"
    r"\bmed\s+(?:stor\s+)?(?:glæde|glede|glädje|stolthed|stolthet)\s+(?:\w+\s+){0,2}?(?:præsenterer|presenterer|presenterar|"
    r"annoncerer|offentliggør|kan\s+vi)\b|"
    # nl: "zijn verheugd … aan te kondigen", "Met trots presenteren wij"
    r"\b(?:zijn|is)\s+(?:zeer\s+|erg\s+)?(?:verheugd|trots|blij)\b[^.!?]{0,60}?(?:aan\s+te\s+kondigen|te\s+presenteren|voor\s+te\s+stellen|"
    r"te\s+verwelkomen|uit\s+te\s+geven)\b|\bmet\s+(?:veel\s+)?(?:trots|plezier|genoegen)\s+(?:presenteren|kondigen)\s+wij\b|"
    # fr: "nous sommes heureux de vous présenter", "X est fière d'annoncer", "avons le plaisir de …"
    r"\b(?:sommes|est)\s+(?:très\s+|particulièrement\s+)?(?:heureux|heureuses?|ravi(?:e|s|es)?|fier|fi[eè]re?s?|enchanté(?:e|s|es)?)\s+"
    r"(?:de\s+|d['’])(?:vous\s+)?(?:annoncer|présenter|publier|accueillir|dévoiler)|\bavons\s+le\s+(?:plaisir|bonheur|joie)\s+de\s+"
    r"(?:vous\s+)?(?:annoncer|présenter|publier|dévoiler)|"
    # es/ca/gl/pt/it
    r"\b(?:nos\s+complace|nos\s+enorgullece|tenemos\s+el\s+(?:placer|gusto|honor)\s+de|estamos\s+(?:muy\s+)?(?:felices|encantad[oa]s|"
    r"orgullos[oa]s|content[oa]s)\s+de|ens\s+complau|tenim\s+el\s+(?:plaer|goig)\s+de|temos\s+o\s+(?:prazer|orgulho|gosto)\s+de|"
    r"estamos\s+(?:muito\s+)?(?:felizes|orgulhos[oa]s|content[ea]s)\s+(?:em|por)|tem\s+o\s+prazer\s+de|siamo\s+(?:molto\s+)?(?:lieti|felici|"
    r"orgogliosi|entusiasti)\s+di|abbiamo\s+il\s+piacere\s+di|è\s+(?:liet[oa]|orgoglios[oa]|felice)\s+di)\s+(?:anunciar|presentar|"
    r"presentarles|anunciarles|publicar|dar\s+a\s+conocer|apresentar|lançar|annunciare|annunciarvi|presentare|presentarvi|pubblicare)\w*|"
    # pl/cs/sk/ru/uk/bg/hr/sr/sl: "Z radością przedstawiamy", "S radostí představujeme", "С радостью представляем",
    # "рады представить", "З радістю оголошуємо", "S ponosom predstavljamo"
    r"\b(?:z|s|sa|с|з|са)\s+(?:radością|dumą|przyjemnością|radostí|potěšením|hrdostí|radosťou|potešením|hrdosťou|радостью|гордостью|"
    r"удовольствием|радістю|гордістю|приємністю|радост|гордост|ponosom|zadovoljstvom|veseljem|radošću|поносом|задовољством|"
    r"задоволством)\s+(?:vám\s+|вам\s+|вас\s+)?(?:przedstawiamy|ogłaszamy|zapowiadamy|prezentujemy|představujeme|oznamujeme|uvádíme|"
    r"predstavujeme|uvádzame|представляем|сообщаем|объявляем|анонсируем|представляємо|повідомляємо|оголошуємо|анонсуємо|представяме|"
    r"обявяваме|съобщаваме|predstavljamo|najavljujemo|objavljujemo|sporočamo|представљамо|најављујемо)\b|"
    r"\bmamy\s+(?:przyjemność|zaszczyt)\s+(?:przedstawić|ogłosić|zaprezentować|zapowiedzieć)\b|"
    r"(?<!\w)(?:рады|раді)\s+(?:\w+\s+)?(?:представить|сообщить|объявить|анонсировать|представити|повідомити|оголосити)(?!\w)|"
    # hu/fi/et/lv/lt/ro/tr/el/is
    r"\b(?:örömmel|büszkén)\s+(?:jelentjük|mutatjuk|adjuk\s+hírül|ajánljuk)|\b(?:ilolla|ylpeänä|ylpeinä)\s+(?:esittelemme|kerromme|"
    r"julkaisemme|ilmoitamme)|\bon\s+ilo\s+(?:esitellä|kertoa|julkaista|ilmoittaa)|\bon\s+(?:rõõm|hea\s+meel)\s+(?:tutvustada|teatada|"
    r"esitleda)|\brõõmuga\s+(?:tutvustame|teatame|esitleme)|\bar\s+prieku\s+(?:paziņojam|piedāvājam|iepazīstinām)|"
    r"\b(?:su\s+džiaugsmu|džiaugiamės\s+galėdami)\s+(?:pristatome|pranešame|pristatyti|pranešti)|"
    r"\b(?:suntem\s+(?:bucuro[șş]i|mândri|încânta[țţ]i)\s+s[ăa]|avem\s+plăcerea\s+s[ăa]|are\s+plăcerea\s+s[ăa])\s+(?:vă\s+)?"
    r"(?:anun[țţ]ăm|prezentăm|anun[țţ]e|prezinte)|\b(?:mutlulukla|gururla|memnuniyetle)\s+(?:duyuruyoruz|sunuyoruz|tanıtıyoruz|"
    r"açıklıyoruz)|(?<!\w)με\s+(?:χαρά|υπερηφάνεια|περηφάνια)\s+(?:σας\s+)?(?:ανακοινώνουμε|παρουσιάζουμε|παρουσιάζει|ανακοινώνει)|"
    r"\b(?:með\s+(?:ánægju|stolti)|er\s+ánægja\s+að)\s+(?:kynnum|kynna|tilkynnum|tilkynna)|"
    # id/ms/vi/tl/sw/eu/cy/ga
    r"\b(?:dengan\s+(?:bangga|gembira|sukacita|berbesar\s+hati)|dengan\s+senang\s+hati)\s+(?:kami\s+)?(?:mempersembahkan|mengumumkan|"
    r"memperkenalkan|menerbitkan)|\b(?:hân\s+hạnh|vui\s+mừng|trân\s+trọng|tự\s+hào)\s+(?:được\s+)?(?:giới\s+thiệu|thông\s+báo|công\s+bố|"
    r"ra\s+mắt)|\b(?:ikinagagalak|ipinagmamalaki)\s+(?:naming|ng)\s+(?:ipakilala|ianunsyo|ihayag)|\b(?:tunayo\s+furaha|tuna\s+furaha|"
    r"kwa\s+furaha)\s+(?:kubwa\s+)?(?:kutangaza|kuwaletea|kuwatambulisha)|\b(?:pozik|harro)\s+(?:aurkezten|iragartzen)|"
    r"\bmae['’]n\s+bleser\s+gennym\s+(?:gyhoeddi|gyflwyno)|\btá\s+áthas\s+orainn\b|"
    # he/ar/fa/hi/zh/ko/ja
    r"(?<![\u05d0-\u05ea])(?:שמחים|גאים|שמחות|גאות)\s+(?:\S+\s+){0,2}?(?:להציג|להכריז|לבשר|להודיע)|"
    r"(?<![\u0600-\u06ff])(?:يسر|يسعد|تسر|تسعد)(?:نا)?\s+(?:\S+\s+){0,2}?(?:أن\s+)?(?:نعلن|نقدم|تعلن|تقدم|الإعلان|تقديم)|"
    r"(?<![\u0600-\u06ff])(?:با\s+(?:افتخار|خوشحالی)|مفتخریم|خوشحالیم)\s+(?:\S+\s+){0,4}?(?:معرفی|اعلام)|"
    r"(?:हर्ष|गर्व|प्रसन्नता)\s+(?:के\s+साथ|से|है)\s+(?:\S+\s+){0,5}?(?:प्रस्तुत|घोषणा|घोषित)|"
    r"(?:很高兴|很高興|欣然|隆重|荣幸地|榮幸地)(?:地)?(?:宣布|宣佈|推出|向您介绍|向您介紹)|(?:기쁜\s*마음으로|자랑스럽게)\s*(?:소개|발표)|"
    r"(?:소개|발표)하게\s*되어\s*기쁩니다|お知らせいたします|(?:刊行|発売)(?:いた)?します",
    re.I,
)

# The same gladness or pride before a verb of telling or informing ("we are proud to be able to tell you that …", "vi er
# stolte av å kunne fortelle at …", "wir freuen uns, Ihnen mitteilen zu können"): a house's news told, asked in the
# plural voice only (en "we are", the Nordic plural adjective glade/stolte, de "freuen uns", nl "zijn", fr "sommes",
# es/pt/it/ca "we" forms), since one reader is as glad to tell what they thought.
_TELLS = re.compile(
    r"\b(?:we\s+are|we['’]re)\s+(?:very\s+|so\s+|truly\s+)?(?:pleased|delighted|proud|thrilled|happy|glad)\s+to\s+(?:be\s+able\s+to\s+)?"
    r"(?:inform\s+you|tell\s+you|let\s+you\s+know)\b|"
    r"\b(?:er|är)\s+(?:meget\s+|svært\s+|mycket\s+|veldig\s+)?(?:glade|glada|stolte|stolta|begejstrede|begeistrede)\s+(?:for\s+|over\s+|av\s+|af\s+)?"
    r"(?:at\s+|att\s+|å\s+)?(?:kunne\s+|kunna\s+)?(?:fortelle|fortælle|berätta|meddele|meddela|informere|informera)\b|"
    r"\b(?:freuen\s+uns|sind\s+stolz|sind\s+glücklich)\b[^.!?]{0,60}?(?:mitzuteilen|mitteilen\s+zu\s+können|zu\s+berichten)\b|"
    r"\bzijn\s+(?:zeer\s+|erg\s+)?(?:verheugd|trots|blij)\b[^.!?]{0,60}?(?:mee\s+te\s+delen|mede\s+te\s+delen|te\s+vertellen|te\s+melden)\b|"
    r"\b(?:sommes\s+(?:très\s+)?(?:heureux|heureuses|ravi(?:e)?s|fiers|fières)\s+de|avons\s+le\s+(?:plaisir|bonheur|joie)\s+de)\s+vous\s+"
    r"(?:informer|faire\s+part|apprendre|dire)\b|"
    r"\b(?:nos\s+complace|tenemos\s+el\s+(?:placer|gusto)\s+de|estamos\s+(?:muy\s+)?(?:felices|encantad[oa]s|orgullos[oa]s)\s+de|"
    r"temos\s+o\s+(?:prazer|orgulho)\s+de|estamos\s+(?:muito\s+)?(?:felizes|orgulhos[oa]s)\s+(?:em|por)|siamo\s+(?:molto\s+)?(?:lieti|felici|"
    r"orgogliosi)\s+di|abbiamo\s+il\s+piacere\s+di|ens\s+complau)\s+(?:comunicar|informar|contar|comunicare|informare|comunicarvi|informarvi)\w*|"
    r"\bmamy\s+(?:przyjemność|zaszczyt)\s+(?:poinformować|przekazać)|\bz\s+(?:radością|dumą)\s+(?:informujemy|przekazujemy)\b|"
    r"(?<!\w)(?:рады|раді)\s+(?:\w+\s+)?(?:рассказать|розповісти|повідомити)(?!\w)|\b(?:mutlulukla|gururla|memnuniyetle)\s+(?:bildiriyoruz|paylaşıyoruz)\b|"
    r"\b(?:með\s+ánægju|er\s+ánægja\s+að)\s+(?:segjum|segja|greinum|greina)\s+frá\b",
    re.I,
)
# (both behind their words' guard, casefold.Guarded: ~95 and ~30 µs a lead line of prose unguarded)
_FORMULA, _TELLS = guarded(_FORMULA), guarded(_TELLS)


# the house speaking of its own list: the first person plural owning a series, a catalogue, an imprint, a programme ("i vår klassikerserie", "in unserem Programm", "dans notre collection", "en nuestro catálogo", "nella
# nostra collana", "our spring list"), in en de nl fr es pt it ca sv da/nb fi pl cs sk hr/sr sl ru uk tr
_OWN_LIST = re.compile(
    r"(?<!\w)(?:our|unser\w*|onze|ons|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|nostr[ae]s?|vår|vårt|våre|vores|vort|"
    r"nasz\w*|naš\w*|náš\w*|наш\w*)\s+(?:\w+\s+)?\w*(?:serie[ns]?|series|reihe|collection|colecci[oó]n|cole[cç][aã]o|collana|"
    r"col·lecció|katalog\w*|catalog\w*|cat[aá]logo|imprint|programm?e?|verlagsprogramm|fondo\s+editorial|(?:spring|autumn|fall|winter)\s+list|"
    r"edici[oó]n|edizione|utgivelser|udgivelser|utgivning|"
    r"förlag|forlag|udgave|utgave|utgåva|serii|"
    r"sarja|sarjassa|kirjasto|серии|серия|серії|kolekcj\w*|edic\w*|ediční\w*)(?!\w)|"
    r"(?<!\w)our\s+(?:\w+\s+)?line(?!\w)|(?<!\w)\w*(?:sarjassamme|kustantamomme|katalogissamme)(?!\w)|(?<!\w)(?:serimiz\w*|yayınlarımız\w*|katalogumuz\w*)", re.I)


# a book's coming out told as news ("will be out in March", "erscheint im März", "paraîtra", "kommer ut i vår", "ukaże się",
# "выйдет"): en de nl fr es pt it ca sv da nb fi pl cs sk ru uk tr
_RELEASE = re.compile(
    r"(?<!\w)(?:will\s+be\s+(?:out|published|released|available)|comes\s+out|will\s+(?:come\s+out|appear)|hits\s+the\s+shops|"
    r"erscheint|erscheinen\s+wird|verschijnt|komt\s+(?:\w+\s+)?uit|paraîtra|paraît|sortira|llegará|saldrá|se\s+publicará|"
    r"será\s+publicad[oa]|chega(?:rá)?\s+às\s+livrarias|uscirà|sarà\s+pubblicat[oa]|sortirà|kommer\s+(?:ut|til\s+våren|i\s+(?:handelen|bokhandelen))|"
    r"kommer\s+til\s+(?:våren|høsten)|udkommer|utkommer|utgis|udgives|ges\s+ut|ilmestyy|julkaistaan|ukaże\s+się|vyjde|vyjde\s+v|"
    r"выйдет|поступит\s+в\s+продажу|вийде|yayımlanacak|raflarda)(?!\w)", re.I)


# no house's list: the series a reader likes ("our favourite series", "unsere Lieblingsreihe", "notre série préférée"), and
# any line where the plural voice says it read or loved the book ("which we both read", "vi leste", "wir haben … gelesen",
# "nous avons lu", "przeczytałyśmy", "мы прочитали"): two bloggers', not a house's. en de nl fr es pt it ca sv da nb fi pl
# cs sk ru uk tr
_LIKED = re.compile(r"favou?rit\w*|beloved|best-loved|lieblings\w*|liebste\w*|geliefde\w*|lievelings\w*|préféré\w*|preferid\w*|"
                    r"preferit\w*|favorit\w*|yndlings\w*|älsklings\w*|lempi\w*|suosikki\w*|ulubion\w*|oblíben\w*|obľúben\w*|"
                    r"любим\w*|улюблен\w*|sevdiğimiz", re.I)
_WE_READ = re.compile(
    r"(?<!\w)(?:we(?:['’]ve|\s+have)?\s+(?:both\s+|all\s+|just\s+)?(?:read|loved|enjoyed|devoured|finished)|"
    r"vi\s+(?:har\s+)?(?:begge\s+|båda\s+|alle\s+)?(?:leste|lest|læste|læst|läste|läst|elsket|elskede|älskade)|"
    r"wir\s+(?:haben\s+)?(?:\w+\s+){0,3}?(?:gelesen|lasen|geliebt|liebten)|(?:we|wij)\s+(?:hebben\s+)?(?:\w+\s+){0,2}?(?:lazen|gelezen)|"
    r"nous\s+(?:l['’]\s*)?avons\s+(?:\w+\s+)?(?:lu|adoré|aimé|dévoré)|(?:hemos\s+)?leímos|hemos\s+leído|abbiamo\s+letto|"
    r"(?:nós\s+)?lemos|przeczyta(?:łyśmy|liśmy)|czyta(?:łyśmy|liśmy)|(?:pře)?četli\s+jsme|(?:pre)?čítali\s+sme|"
    r"(?:мы|ми)\s+(?:\w+\s+)?(?:прочитали|читали|прочли)|okuduk|luimme)(?!\w)", re.I)


# A house's coming publication told in the third person as the lead's first clause: the subject (one to five words, the
# first capitalised: "Random House", "Der Verlag Kein & Aber", "La editorial Anagrama") and straight after it the verb of
# publishing in the future or the present of a plan ("will publish", "publiera", "publicará", "pubblicherà", "wyda",
# "издаст", "yayımlayacak"): en de nl fr es pt it ca sv da nb fi et pl cs sk hr sl ro hu ru uk tr. A review opens on the
# book or the reader; a review that tells of a sequel to come says so later, never as its first clause (nor in the first
# person: "I think Random House will publish …" is a reader's guess).
_WILL_PUBLISH = re.compile(
    r"^[\W\d_]{0,3}(?=[^\W\d_])(?!(?:I|We|Ich|Wir|Je|Nous|Yo|Io|Eu|Ik|Wij|Jag|Vi|Jeg|Minä|Mina|Ja|My|Я|Мы|Ми|Ben|Biz)\b)(?:[^\W\d_][\w&'’.\-]*\s+){1,5}?(?:will\s+(?:publish|release|reissue|republish|bring\s+out)|"
    r"is\s+(?:publishing|reissuing|republishing)|veröffentlicht\s+im|bringt\s+im|wird\s+(?:im\s+\w+\s+)?(?:veröffentlichen|herausbringen)|"
    r"brengt\s+in|zal\s+(?:\w+\s+)?uitgeven|publiera|rééditera|publicará|reeditará|lançará|pubblicherà|ripubblicherà|publicarà|"
    r"ger\s+i\s+\w+\s+ut|kommer\s+att\s+ge\s+ut|udgiver\s+i|utgir\s+i|julkaisee\s+\w+(?:kuussa|keväällä|syksyllä)|"
    r"avaldab|wyda|opublikuje|vydá|vydá\s+v|objavit\s+će|izdat\s+će|bo\s+izdala|va\s+publica|va\s+reedita|"
    r"(?:ki\s*fogja\s+adni|jelenteti\s+meg)|издаст|опубликует|выпустит|переиздаст|видасть|опублікує|випустить|перевидасть|"
    r"yayımlayacak|yayınlayacak)(?!\w)", re.I)


def house_future(lines) -> bool:
    """The lead's first line opens on a house (or a person) that will publish something: news of a coming edition."""
    first = lead(lines)[:1]
    return bool(first) and _WILL_PUBLISH.search(first[0][:160]) is not None and not REVIEW_TERMS.search(first[0])


def _own_list(line: str) -> bool:
    """The plural voice owns a list in `line` (``_OWN_LIST``): not a liked series, not where it says it read the book."""
    return not _WE_READ.search(line) and any(not _LIKED.search(m.group(0)) for m in _OWN_LIST.finditer(line))


def house_voice(ev) -> bool:
    """The post speaks as a house: the site's address names a publisher ("…forlag", "…verlag", "…press", "editions…"),
    or its text owns a series, a catalogue, an imprint in the plural voice."""
    host = urlsplit(getattr(ev, "url", "") or "").hostname or ""
    if PUBLISHER.search(host.replace(".", " ").replace("-", " ")) or re.search(r"press(?!\w)", host):
        return True
    return any(_own_list(line) for line in ev.body[0])


def lead(lines) -> list[str]:
    """The first two lines of prose (ten words or more: not a caption, a byline or a heading)."""
    return [line for line in lines if count_words(line) >= 10 and not line.lstrip().startswith(("#", "|", ">"))][:2]


def announces(lines, house: bool = False) -> bool:
    """The lead says, in a house's voice, that it is glad or proud to announce or present something, and names no review;
    glad to tell only as a house (`house`: the post speaks as one), or telling a book's coming out or the house's own list
    in the same line: two bloggers are as glad to tell of a novel they read."""
    return any((_FORMULA.search(line) or _TELLS.search(line) and (house or _RELEASE.search(line) or _own_list(line)))
               and not REVIEW_TERMS.search(line) for line in lead(lines))


def judge(ev, own_verdict: bool) -> tuple[str, str] | None:
    """(kind, reason) for a post with no verdict of its own whose lead is a house's announcement."""
    if own_verdict or ev.jsonld_review or not (announces(ev.body[0]) or announces(ev.body[0], house=True) and house_voice(ev)
                                               or house_future(ev.body[0])):
        return None
    return "announcement", "its lead is a house's announcement ('we are pleased to present …'): a press release, not a review"
