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
twenty-five languages: en, de, fr, es, it, pt, nl, sv/da/nb, pl, ru, tr, id/ms, sw, si; ar, fa, ur, he, hi, bn, te,
ta, kn, ka, yo (s28: a capsule in these scripts concedes as a critic does, "but in places the story falls apart",
"some readers may find the transitions too fast"; the Indic scripts' stems take their endings, any letters after
them, as their vowel signs are no word characters, and a one-letter negation is not read there, as it stands inside
words; s32: only their own script's endings, and a negative ending, "மந்தமாகவில்லை", "నెమ్మదించదు", or Persian's
prefix, "کسل‌کننده نمی‌شود", is praise). Not a sentence that reports others' judgement (critics, reviewers, a jury,
"according to", a past verb of saying): a news item about a prize may say that "some found the pacing slow". The
fault words are looked for first (the rarest of the three); the module reads only the short posts classify weighs
for marks of one work.

reserves() is a voice mark in shortverdict.verdict_marks (reviewed.voiced_marks still asks two marks of one work, one
in the voice); under it one reference to the book ("this novel", "riwaya hii") is a mark as well, as readernotes
counts one under a content warning: the fault is said of the book the post speaks of. shortverdict.floor weighs a
post that reserves and whose book was read from its headline or a box of record from 60 English words' worth.
"""

from __future__ import annotations

import re
import unicodedata

from .readernotes import references

RESERVES = "grants a fault of the book's craft, hedged or conceded"
REFERRED = "calls the work it faults 'the book', 'the novel' once"

# an Indic word's letters and signs (a stem's endings: its vowel signs are no word characters, so \w stops inside
# the word), the Persian or Urdu word's, and the letters or signs no match may start after or end before (s32: "अंत"
# is not in "अंतिम", the end in "the last date")
_IND = r"[\u0900-\u0963\u0966-\u0dff\u200c\u200d]*"
_FA = r"[\u0600-\u06ff\u200c]*"
_LETTER = r"\w\u0900-\u0963\u0966-\u0dff\u0300-\u036f\u064b-\u065f"


def _compile(source: str, flags: int) -> re.Pattern:
    """A word pattern whose Indic stems take only their own script's endings and whose ends fall between words."""
    source = source.replace("~", _IND).replace("¤", _FA).replace("(?<!\\w)", f"(?<![{_LETTER}])", 1)
    return re.compile(source.removesuffix("(?!\\w)") + f"(?![{_LETTER}])", flags)


_FAULT = _compile(
    # en
    r"(?<!\w)(?:under-?developed|underwritten|not\s+(?:fully\s+|quite\s+|well\s+|sufficiently\s+|really\s+)?"
    r"(?:developed|fleshed\s+out|explored)|(?:thinly|sketchily|poorly|lightly)\s+(?:drawn|sketched)|"
    r"(?:is|are|feels?|seems?|remains?|felt|seemed|was|were)\s+(?:a\s+(?:little|bit|touch)\s+|somewhat\s+|rather\s+|"
    r"slightly\s+)?(?:thin|flat|one-dimensional|sketchy|weak|weaker|rushed|abrupt|slow|slower|long-winded)|"
    r"slows|slowed|slow(?:er)?\s+(?:start|middle|going|in\s+places|at\s+times)|drags|dragged\s+on|sags|sagging|sagged|"
    r"plods|plodding|meanders|meandering|predictable|repetitive|overlong|preachy|heavy-handed|"
    # (didactic or dated as the reading's impression, after a verb of seeming, or "has dated" with no object: a
    # blurb's "playful and didactic", a heroine who "has never dated a musician", a manuscript "dated to 1450" are
    # none)
    r"(?:feels?|seems?|felt|seemed|reads?|grows?|gets?)\s+(?:\w+\s+){0,2}?(?:didactic|dated)|"
    r"(?:has|have|had)\s+(?:badly\s+|somewhat\s+|rather\s+)?dated(?=\s*(?:[,.;:!)]|$)|\s+(?:badly|somewhat|"
    r"though|but|and|in\s+places)(?!\w))|"
    r"(?:felt|feel|read|reads)\s+like\s+(?:notes|sketches|drafts)|"
    # ("not every poem lands": a concession of the whole's parts, a piece of the craft right after and a verb of
    # working; de, fr, es, it the same. "Not all of these works have appeared" concedes nothing)
    r"not\s+(?:every|all(?:\s+(?:of\s+)?the)?)\s+(?:poems?|stor(?:y|ies)|essays?|chapters?|jokes?|pieces?|scenes?|"
    r"twists?|subplots?|characters?|lines?|gags?|tales?)\s+(?:quite\s+|really\s+)?(?:lands?|works?|succeeds?|"
    r"convinces?|hits?|clicks?)|"
    r"nicht\s+(?:jede[rs]?|alle)\s+(?:Gedichte?|Geschichten?|Erzählung(?:en)?|Kapitel|Essays?|Pointen?|Witze?|"
    r"Szenen?|Figuren?)\s+(?:zündet|zünden|überzeugt|überzeugen|funktioniert|funktionieren|sitzt|sitzen)|"
    r"(?:tou(?:s|tes)\s+les|chaque)\s+(?:poèmes?|nouvelles?|textes?|chapitres?|histoires?|récits?|scènes?|"
    r"blagues?|personnages?)\s+ne\s+(?:fonctionnent|fonctionne|convainquent|convainc|portent|porte)\s+pas|"
    r"no\s+tod[oa]s\s+l[oa]s\s+(?:poemas|cuentos|relatos|capítulos|historias|ensayos|escenas|chistes|"
    r"personajes)\s+(?:funcionan|convencen|están\s+a\s+la\s+altura)|"
    r"non\s+tutt[ie]\s+(?:i\s+|le\s+|gli\s+)?(?:poesie|racconti|capitoli|storie|saggi|scene|battute|personaggi)\s+"
    r"(?:funzionano|convincono|sono\s+all['’]altezza)|"
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
    # uk, be, bg, sr/hr/bs (both scripts), cs/sk, hu (s33: superfluous, drawn out, flat, shallow, predictable, thin,
    # tiring, boring, schematic)
    r"лишн\w+|зайв\w+|затягнут\w*|розтягнут\w*|млян\w+|мляв\w+|пласк\w+|поверхов\w+|передбачуван\w+|нудн\w+|"
    r"лішн\w+|зацягнут\w*|пляск\w+|павярхоўн\w+|прадказальн\w+|схематычн\w+|"
    r"предвидим\w+|разтеглен\w*|излишн\w+|повърхностн\w+|"
    r"tan(?:ak|k[aieo])|plit(?:ak|k\w+)|površ(?:an|n\w+)|predvidljiv\w*|razvučen\w*|zamara|zamor(?:an|n\w+)|"
    r"dosad(?:an|n\w+)|suviš(?:an|n\w+)|"
    r"тан(?:ак|к[аиео])|плит(?:ак|к\w+)|површ(?:ан|н\w+)|предвидљив\w*|развучен\w*|замара|замор(?:ан|н\w+)|"
    r"досад(?:ан|н\w+)|сувиш(?:ан|н\w+)|"
    r"ploch\w+|plytk\w+|předvídateln\w+|predvídateľn\w+|zdlouhav\w+|zdĺhav\w+|zbytečn\w+|zbytočn\w+|povrchn\w+|"
    r"lapos\w*|vontatott\w*|kiszámítható\w*|felszínes\w*|sablonos\w*|elnyújtott\w*|unalmas\w*|f[eö]lösleges\w*|"
    # tr, id/ms
    r"yüzeysel|derinliksiz|yeterince\s+(?:işlenmemiş|derinleştirilmemiş|gelişmemiş|geliştirilmemiş)|"
    r"(?:ağır|yavaş)\s+(?:ilerliyor|ilerler|akıyor)|yavaşlıyor|tahmin\s+edilebilir|aceleye\s+getirilmiş|sarkıyor|"
    r"tekdüze|"
    r"kurang\s+(?:dikembangkan|digali|mendalam|tergali|berkembang|dieksplorasi)|datar|dangkal|lamban|bertele-tele|"
    r"mudah\s+ditebak|terburu-buru|dipaksakan|"
    # tl: slow, weak, shallow, repetitive, tiresome, rushed, predictable, preachy (a sermon), too long (the linker "-ng"
    # glued on)
    # (the fault a predicate before its subject, the craft noun after "ang" ("mahina ang banghay", the plot is weak;
    # "mahina ang ulan" is light rain), or linked before it ("mahinang banghay"))
    r"(?:mabagal|mahina|mababaw|paulit-ulit|nakakabagot|nakakainip|nakababagot|minadali|madaling\s+mahulaan|"
    r"(?:parang|tila|mistulang)\s+sermon|nangangaral|masyado(?:ng)?\s+(?:mahaba|mabagal|mabilis))"
    r"(?:\s+ang|ng|\s+na)\s+(?:[^\s,.;:]+\s+){0,4}?(?:tauhan|banghay|wakas|talata|kabanata|wika|ku?wento|"
    r"salin|diyalogo|usapan|pagsasalaysay|istorya|dulo|simula)|"
    # mr: slow, tedious, shallow, blunted, outdated, rushed, diffuse, loose
    r"संथ|कंटाळवाण~|रटाळ|उथळ|बोथट|कालबाह्य|घाईघाई~|पसरट|सैल|"
    # sw: a verb of developing, building or drawing in a negative form ("ha-… -endelezwa"), "not … enough" after a
    # negative verb, weak, tiresome, predictable, rushed
    r"ha\w{0,6}(?:endelezwa|jengwa|chorwa|fafanuliwa)|ha\w+\s+(?:vya|kwa)\s+kutosha|dhaifu|hafifu|inachosha|"
    r"zinachosha|inatabirika|kinatabirika|inasuasua|imeharakishwa|umeharakishwa|inajirudia|"
    # si: slow, weak, drags, predictable, rushed, the pace low
    r"මන්දගාමී|දුර්වල|ඇදී\s+යයි|ඇදෙනවා|ඇදෙයි|පුරෝකථනය\s+කළ\s+හැකි|අනුමාන\s+කළ\s+හැකි|කඩිමුඩියේ|"
    # ar, fa, ur, he: slow, weak, flat, superficial, predictable, rushed, tedious, drawn out, too (long, fast …)
    r"[وف]?(?:بطيئ[ةه]?|ضعيف[ةه]?|باهت[ةه]?|مسطح[ةه]?|سطحي[ةه]?|متسرع[ةه]?|مستعجل[ةه]?|مفتعل[ةه]?|مترهل[ةه]?|"
    r"ممل[ةه]?|مملّ[ةه]?|متكرر[ةه]?|مكرر[ةه]?|متوقع[ةه]?\s+(?:جدا|جدًا|تماما)|(?:\S+\s+)?أكثر\s+من\s+اللازم)|"
    r"ضعیف|سطحی|کسل[\s\u200c]?کننده|قابل[\s\u200c]پیش[\s\u200c]?بینی|شتاب[\s\u200c]?زده|عجولانه|یکنواخت|"
    r"کش[\s\u200c]?دار|"
    r"(?:\S+\s+)?بیش\s+از\s+حد|"
    r"سست|کمزور|بوجھل|اکتا\s+دینے\s+وال\S+|بکھر\s+(?:جاتی|جاتا|جاتے|گئی|گیا|گئے)|کھنچ\s+(?:جاتی|جاتا|گئی|گیا)|"
    r"(?:\S+\s+)?ضرورت\s+سے\s+زیادہ|جلد\s+بازی|"
    r"איטי(?:ת|ים|ות)?|שטוח(?:ה|ים|ות)?|חלש(?:ה|ים|ות)?|שטחי(?:ת|ים|ות)?|משעמ(?:ם|מת)|נמרח(?:ת|ים)?|נגרר(?:ת|ים)?|"
    r"(?:מהיר|מהירה|ארוך|ארוכה|איטי|צפוי|צפויה)\s+מדי|חפוז(?:ה)?|"
    # hi, bn, te, ta, kn (a stem and its endings): slow, weak, tedious, drawn out, superficial, rushed, too much
    r"धीम~|कमज़ोर~|कमजोर~|सतही|उबाऊ|बोझिल|खिंच~|बिखर~|जल्दबाज़ी~|जल्दबाजी~|(?:ज़रूरत|"
    r"जरूरत)\s+से\s+(?:ज़्यादा|ज्यादा|अधिक)|उपदेशात्मक|नीरस|सुस्त|ढिलो|झिँझो~|"  # (… preachy, dull, sluggish; ne slow, tedious)
    r"ধীর(?:গতি~)?|দুর্বল~|একঘেয়ে~|অগভীর|ক্লান্তিকর|তাড়াহুড়ো~|প্রয়োজনের\s+চেয়ে\s+বেশি|"
    r"నెమ్మది~|బలహీన~|సాగదీ~|విసుగు~|హడావిడి~|తొందరపా~|పేలవ~|ఎక్కువై~|"
    r"மெதுவா~|மந்தமா~|பலவீன~|சலிப்பு~|இழுவை~|இழுத்தடி~|அவசரமா~|மேலோட்ட~|"
    r"ನಿಧಾನ~|ದುರ್ಬಲ~|ಬೇಸರ~|ಎಳೆದಂತೆ~|ಅವಸರ~|ಮೇಲ್ನೋಟ~|ಅತಿಯಾ~|"
    # ka, yo: slow, weak, superficial, schematic, tedious, drawn out, predictable, rushed, monotonous; too much (any
    # word after "excessively", as fa "بیش از حد", ur, ar); too fast, too long
    r"ნელია?|სუსტ\w*|ზედაპირულ\w*|სქემატურ\w*|მოსაწყენ\w*|გაწელილ\w*|გაჭიანურებულ\w*|იწელება|"
    r"პროგნოზირებად\w*|აჩქარებულ\w*|ნაჩქარევ\w*|ერთფეროვან\w*|ზედმეტად\s+\S+|"
    r"yára\s+jù|gùn\s+jù|pọ̀\s+jù|lọ́ra|ń\s+súni|"
    r"වේගය\s+(?:\S+\s+)?අඩු)(?!\w)",
    re.I,
)
_CRAFT = _compile(
    r"(?<!\w)(?:characters?|protagonists?|heroine|cast|pacing|pace|plot|plotting|storyline|subplots?|ending|middle|"
    r"(?:second|first|final|last)\s+(?:half|act|third|part)|dialogues?|prose|writing|style|language|translation|"
    r"narrative|story|chapters|poems|stories|essays|pieces|pages|passages|humou?r|jokes|"
    r"Figuren|Charaktere|Nebenfiguren|Protagonist\w*|Tempo|Handlung|Plot|Ende|Schluss|Mittelteil|Dialog\w*|Sprache|"
    r"Stil|Erzählung|Geschichte|Übersetzung|Gedichte|Erzählungen|Geschichten|Kapitel|Seiten|Humor|"
    r"personnages?|protagonistes?|rythme|intrigue|fin|dénouement|milieu|dialogues?|écriture|langue|récit|histoire|"
    # ("nouvelles", short stories, is news too: not as "bonnes/mauvaises/dernières nouvelles")
    r"traduction|poèmes|(?<!bonnes\s)(?<!mauvaises\s)(?<!dernières\s)nouvelles|textes|chapitres|pages|humour|"
    r"personaj\w+|personagg\w+|personagens?|protagonist\w+|ritmo|trama|argumento|enredo|final|finale|desenlace|"
    r"desfecho|"
    r"diálogos?|dialoghi|prosa|estilo|stile|escritura|escrita|scrittura|lenguaje|linguaggio|linguagem|lingua|"
    r"narración|narrazione|narrativa|historia|história|storia|traducción|traduzione|tradução|"
    r"cuentos|relatos|poemas|capítulos|páginas|racconti|poesie|capitoli|pagine|contos|"
    r"personages?|hoofdpersonage|verhaallijn|einde|ontknoping|middenstuk|dialogen|stijl|taal|verhaal|vertaling|"
    r"karaktärer\w*|karakterer\w*|personer\w*|tempot|intrig\w*|handlingen|slutet|slutningen|dialogen|språket|sproget|"
    r"berättelsen|historien|"
    r"postaci\w*|bohater\w*|fabuł\w+|akcj\w+|zakończeni\w+|dialogi|styl\w*|język\w*|narracj\w+|"
    r"персонаж\w*|геро\w+|темп\w*|сюжет\w*|финал\w*|концовк\w+|середин\w+|диалог\w*|язык\w*|стиль|слог|"
    r"повествовани\w+|"
    r"відступ\w*|мова|мови|мовою|розділ\w*|сторінк\w+|кінцівк\w+|оповід\w+|переклад\w*|"
    r"персанаж\w*|сюжэт\w*|адступ\w*|стыль|раздзел\w*|старонк\w+|канцоўк\w+|аповед\w+|пераклад\w*|"
    r"език\w*|превод\w*|страниц\w+|"
    r"lik(?:ovi|ova|a)?|junak\w*|radnj\w+|zaplet\w*|završet\w*|dijalo[gz]\w*|jezik\w*|stil(?:a|om|u|ovi)?|pripov[ij]*edanj\w+|"
    r"prevod\w*|prijevod\w*|poglavlj\w+|stranic\w+|ironij\w+|ликови|јунак\w*|радњ\w+|заплет\w*|поглављ\w+|"
    r"дијало[гз]\w*|језик\w*|стил(?:а|ом|у|ови)?|"
    r"postav\w+|dialog\w*|dialóg\w*|děj\w*|zápletk\w+|jazyk\w*|překlad\w*|preklad\w*|kapitol(?:a|e|y|ou|ách|u)|"
    r"szereplő\w*|cselekmény\w*|történet\w*|befejezés\w*|párbeszéd\w*|nyelv\w*|stílus\w*|fordítás\w*|fejezet\w*|"
    r"karakter\w*|kahraman\w*|kurgu\w*|olay\s+örgüsü|sonu|diyalog\w*|dili|üslub\w*|anlatı\w*|"
    r"tokoh\w*|alur\w*|akhir\s+cerita|bahasa\w*|gaya\w*|narasi|cerita\w*|"
    r"wahusika|mhusika|msuko|mtiririko|mwisho|lugha|mtindo|mazungumzo|masimulizi|hadithi|sura|kasi|"
    r"[وفبل]?ال(?:صفحات|فصل\s+(?:الأول|الثاني|الثالث|الرابع|الأخير|الختامي)|"  # (الفصل alone: a classroom, a term)
    r"شخصيات|شخصية|إيقاع|ايقاع|حبكة|نهاية|خاتمة|حوار|حوارات|لغة|أسلوب|اسلوب|سرد|ترجمة|أحداث|فصول|"
    r"انتقال|انتقالات|قصة|منتصف)|"
    r"شخصیت¤|ریتم|پیرنگ|پایان¤|دیالوگ¤|زبان|نثر|سبک|روایت|ترجمه|داستان|"
    r"کردار¤|پلاٹ|کہانی|اختتام|مکالم¤|اسلوب|بیانیہ|ترجمہ|ابواب|راوی|"
    r"(?<!סוף\s)[וש]?ה?סוף(?!\s+(?:ה?שבוע|סוף))|"
    r"[ובלמשה]{0,2}(?:דמויות|דמות|קצב|עלילה|עלילת|סיום|דיאלוגים|שפה|סגנון|כתיבה|תרגום|פרקים|סיפור)|"
    # (mr "विनोद", humour, is a common Hindi first name: a craft noun only before a Marathi verb in its sentence)
    r"पात्र~|किरदार~|गति|कथानक|शेवट~|विनोद~(?=[^।.]{0,80}?(?:आहे|आहेत|झाले|झाला|झाली|वाटत|होत))|"
    r"व्यक्तिचित्र~|प्लॉट|अंत|अन्त्य~|संवाद~|भाषा|शैली|कथा|कहानी|अनुवाद|अध्याय~|वर्णन|"  # (ne "अन्त्य", the end)
    r"চরিত্র~|গতি|কাহিনি~|কাহিনী~|প্লট|সমাপ্তি|সংলাপ~|ভাষা|শৈলী|গল্প~|অনুবাদ~|অধ্যায়~|বর্ণনা|"
    r"పాత్ర~|కథ~|ముగింపు|సంభాషణ~|భాష|శైలి|అనువాద~|అధ్యాయ~|వేగం|"
    r"கதாபாத்திர~|பாத்திர~|கதை~|(?:கதையின்|நாவலின்|நூலின்)\s+முடிவு(?!கள்)~|உரையாடல்~|மொழி|நடை|"
    r"மொழிபெயர்ப்பு~|அத்தியாய~|வேகம்|"
    r"ಪಾತ್ರ~|ಕಥೆ~|ಕಥನ~|ಅಂತ್ಯ~|ಸಂಭಾಷಣೆ~|ಭಾಷೆ~|ಶೈಲಿ~|ಅನುವಾದ~|ಅಧ್ಯಾಯ~|ನಿರೂಪಣೆ~|"
    r"მთხრობელ\w*|თხრობ\w*|სიუჟეტ\w*|ტემპ\w*|პერსონაჟ\w*|გმირ\w*|დასასრულ\w*|დიალოგ\w*|ენა|ენის|სტილ\w*|"
    r"თარგმან\w*|თავებ\w*|"
    r"ìparí|ẹ̀dá[-\s]ìtàn|èdè|ìjíròrò|"
    r"tauhan|banghay|wakas|talata|kabanata|wika|kuwento|kwento|salin|diyalogo|"
    r"චරිත|කතාව|කථාව|වේගය|කතා\s+වස්තුව|අවසානය|දෙබස්|භාෂාව|ශෛලිය)(?!\w)",
    re.I,
)
_HEDGE = _compile(
    r"(?<!\w)(?:not\s+(?:every|all)|nicht\s+(?:jede[rs]?|alle)|tou(?:s|tes)\s+les\s+\w+\s+ne|no\s+tod[oa]s|"
    r"non\s+tutt[ie]|"
    r"some|a\s+few|at\s+times|in\s+places|sometimes|occasionally|a\s+(?:little|bit|touch)|somewhat|slightly|"
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
    r"деякі|деяких|часом|іноді|подекуди|трохи|але|проте|хоча|хоч|втім|некаторыя|часам|часамі|трохі|аднак|хоць|"
    r"хаця|някои|понякога|обаче|макар|neki|neke|nekih|ponekad|mestimično|mjestimično|povremeno|pomalo|ali|"
    r"međutim|iako|mada|doduše|nažalost|неки|понекад|местимично|мјестимично|помало|али|међутим|иако|мада|některé|niektoré|někdy|niekedy|"
    r"místy|miestami|trochu|však|přestože|hoci|bohužel|bohužiaľ|néhol|néha|helyenként|időnként|kissé|kicsit|bár|"
    r"azonban|viszont|sajnos|olykor|"
    r"bazı|bazen|yer\s+yer|zaman\s+zaman|biraz|ama|fakat|ancak|her\s+ne\s+kadar|"
    r"beberapa|kadang(?:-kadang)?|terkadang|sedikit|agak|tapi|tetapi|namun|meski(?:pun)?|walau(?:pun)?|sayangnya|"
    r"baadhi|wakati\s+mwingine|mara\s+nyingine|kidogo|ingawa|lakini|hata\s+hivyo|japo(?:kuwa)?|"
    r"[وف]?(?:بعض|أحيان[اًا]?|أحيانًا|قليلا|قليلًا|قليلاً|نوعا\s+ما|نوعًا\s+ما|لكن\w*|غير\s+أن|رغم|مع\s+أن|إلا\s+أن)|"
    r"برخی|بعضی|گاهی|کمی|اندکی|اما|امّا|ولی|هرچند|اگرچه|"
    r"کچھ|کئی\s+جگہ|کہیں\s+کہیں|کبھی\s+کبھی|بعض|تھوڑا|تھوڑی|ذرا|لیکن|مگر|البتہ|اگرچہ|حالانکہ|تاہم|"
    r"[ו]?(?:חלק|לפעמים|לעתים|לעיתים|קצת|מעט|אבל|אך|למרות|אם\s+כי)|"
    r"काही|कधी[-\s]कधी|थोड~|,\s*पण|परंतु|तरीही|जरी|"
    r"कुछ|कहीं[-\s]कहीं|कभी[-\s]कभी|थोड़~|ज़रा|लेकिन|मगर|परंतु|हालाँकि|हालांकि|"
    r"केही|अलिकति|अलि|कतै[-\s]कतै|कहिलेकाहीँ|तर|तैपनि|यद्यपि|"  # (ne: some, a little, here and there, at times; but, yet)
    r"কিছু|কোথাও\s+কোথাও|মাঝে\s+মাঝে|একটু|খানিকটা|কিন্তু|তবে|যদিও|"
    r"కొన్ని|కొంత|కొంచెం|కాస్త|అక్కడక్కడ~|అప్పుడప్పుడు|కానీ|అయినా|అయితే|"
    r"சில|அவ்வப்போது|கொஞ்சம்|சற்று|ஆனால்|இருந்தாலும்|எனினும்|"
    r"ಕೆಲವು|ಕೆಲವೊಮ್ಮೆ|ಅಲ್ಲಲ್ಲಿ|ಸ್ವಲ್ಪ|ಆದರೆ|ಆದರೂ|"
    r"ზოგ\w*|ხანდახან|ცოტა|ოდნავ|მაგრამ|თუმცა|მიუხედავად|"
    r"minsan|paminsan-minsan|ilang|ilan|medyo|kaunti|pero|ngunit|subalit|bagama['’]?t|bagaman|kahit\s+(?:na|man)|"
    r"àmọ́|ṣùgbọ́n|síbẹ̀|díẹ̀|nígbà\s+mìíràn|"
    r"සමහර|ඇතැම්|ටිකක්|මඳක්|නමුත්|එහෙත්|වුවද|වුවත්|අතර)(?!\w)",
    re.I,
)
# a negation just before a fault, or just after it (tr "değil", si "නොවේ", fr "ne … pas"): praise ("never drags")
_NOT_BEFORE = re.compile(
    r"(?<!\w)(?:not|never|no|nothing|without|hardly|far\s+from|anything\s+but|nicht|nie|niemals|kein\w*|ohne|ne|n['’]|"
    r"jamais|sans|nunca|sin|nada|non|mai|senza|não|sem|niet|nooit|geen|zonder|inte|aldrig|ikke|aldri|utan|uden|uten|"
    r"لا|لم|لن|ليس|ليست|غير|بلا|دون|أبدا|نه|هرگز|بدون|نہیں|نہ|بغیر|לא|אין|בלי|מעולם|नहीं|बिना|না|ছাড়া|"
    r"არ|ვერ|არც|არასდროს|არასოდეს|გარეშე|kò|kì|"
    # (tl "hindi", not: not the language's name, "from the Hindi," "the Hindi translation")
    r"(?-i:hindi)|(?<!the\s)(?<!from\s)(?<!in\s)(?-i:Hindi)(?!\s*[,;:.])|wala|"
    r"bez|ani|asla|hiç|tidak|tak|bukan|tanpa|bila|не|ни|без|никогда|නො|ні|ніколи|нiколи|нікада|nije|nisu|nikad|"
    r"nikada|nikdy|není|nie\s+je|nem|sem|soha|nincs|nélkül|није|нису|никад)(?!\w)|n['’]t(?!\w)", re.I)
# (a negation after the fault: its own word, or Persian's verb prefix "ن/نمی" ("کسل‌کننده نمی‌شود", never gets
# tedious; "سطحی نیستند"), Bengali's suffix "নি")
_NOT_AFTER = _compile(r"^\W*(?:\S+\s+)?(?:not|pas|nicht|niet|inte|ikke|değil|hapana|නොවේ|නැත|නැහැ|نہیں|नहीं|না|নয়|"
                      r"নেই|(?:হয়|হল|লাগে|লাগল)নি|نیست¤|نمی[\s\u200c]?\S+|ن(?:بود|شد|دار|کرد)¤|లేదు|కాదు|இல்லை|"
                      r"नाही~|नव्ह~|छैन~|होइन|हैन|"  # (mr; ne "छैन", "छैनन्", is not, "होइन")
                      r"அல்ல|ಇಲ್ಲ|ಅಲ್ಲ)(?!\w)", re.I)
# a negative ending on the fault word itself or on the verb right after it, in the Dravidian languages (ta
# "மந்தமாகவில்லை", does not slacken; te "నెమ్మదించదు", "విసుగు అనిపించదు"; kn "ನಿಧಾನವಾಗುವುದಿಲ್ಲ", "ನಿಧಾನವಾಗದ"): praise
_NEG_END = re.compile(r"(?:இல்லை|ில்லை|ாது|ாத|దు|ని|ಇಲ್ಲ|ಿಲ್ಲ|ಆಗದ|ಾಗದ|ಾಗದೆ)$")
_NEXT_WORD = re.compile(r"\s*([\u0b80-\u0cff]+)")
# others' judgement reported: critics, reviewers, a jury, "according to", a past verb of saying (a news item's "critics
# found the ending rushed"; the reviewer's own "readers may find the middle slow" is not reported so)
_REPORTED = _compile(
    r"(?<!\w)(?:critics?|reviewers?|jury|judges|according\s+to|said|says|wrote|complained|argued|"
    r"Kritiker\w*|Rezensent\w*|Jury|laut|sagte\w*|schrieb\w*|bemängelte\w*|monierte\w*|"
    r"critiques|selon|a\s+(?:dit|écrit|déploré|regretté)|ont\s+(?:dit|écrit|déploré|regretté)|"
    r"críticos|jurado|según|dijo|dijeron|escribió|señaló|lamentaron|critici|giuria|ha\s+detto|hanno\s+detto|"
    r"júri|segundo\s+(?:o|a|os|as)|disse|escreveu|recensenten|volgens|zei|schreef|"
    r"kritikerna|kritikerne|juryn|enligt|ifølge|skrev|krytycy|recenzenci|według|powiedział\w*|napisał\w*|"
    r"критики|рецензент\w*|жюри|по\s+словам|сказал\w*|написал\w*|eleştirmen\w*|jüri\w*|dedi|"
    r"журі|за\s+словами|сказав|написав|kritičar\w*|žiri\w*|prema\s+rečima|kritici|porota|zsűri\w*|szerint|"
    r"kritikus|juri|menurut|mengatakan|wakosoaji|majaji|kwa\s+mujibu\s+wa|alisema|walisema|"
    r"[وف]?(?:النقاد|نقاد|لجنة\s+التحكيم|وفقا|وفقًا|بحسب|حسب|قال|قالت|كتب|كتبت|صرح|صرحت)|منتقدان|داوران|به\s+گفته|"
    r"گفت|نوشت|نقاد|ناقدین|جیوری|کے\s+مطابق|کہا|لکھا|מבקרים|המבקרים|השופטים|לדברי|לפי|אמר|אמרה|כתב|כתבה|"
    r"आलोचक~|निर्णायक~|के\s+अनुसार|कहा|लिखा|সমালোচক~|বিচারক~|অনুযায়ী|বলেছেন|লিখেছেন|"
    r"విమర్శకు~|న్యాయనిర్ణేత~|ప్రకారం|అన్నారు|రాశారు|விமர்சகர்~|நடுவர்~|கருத்துப்படி|கூறினார்~|"
    r"ವಿಮರ್ಶಕ~|ತೀರ್ಪುಗಾರ~|ಪ್ರಕಾರ|ಹೇಳಿದರು|ಬರೆದರು|კრიტიკოს\w*|ჟიური|თქმით|განაცხადა|"
    r"aṣelámèyítọ́|gẹ́gẹ́\s+bí|wọ́n\s+sọ|ó\s+sọ|"
    r"විචාරක~|විනිශ්චය|පැවසී~)(?!\w)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?;。！？।۔])\s+")
_NOT_PROSE = re.compile(r"^\s*(?:>|#|\||[-*+]\s|\d+[.)]\s)")
_QUOTES = re.compile(r"[“”„«»\"「」『』]")
_NEAR = 60  # characters either side of the fault in which its craft noun stands (a few words)


def _negated_verb(sentence: str, end: int) -> bool:
    """The Tamil, Telugu or Kannada word right after the fault is a negated verb."""
    word = _NEXT_WORD.match(sentence, end)
    return bool(word and _NEG_END.search(word.group(1)))


def _reserved(sentence: str) -> bool:
    for fault in _FAULT.finditer(sentence):
        before = sentence[max(0, fault.start() - 24):fault.start()]
        if _NOT_BEFORE.search(before) or _NOT_AFTER.match(sentence[fault.end():fault.end() + 24]) \
                or _NEG_END.search(fault.group()) or _negated_verb(sentence, fault.end()):
            continue
        near = sentence[max(0, fault.start() - _NEAR):fault.end() + _NEAR]
        if _CRAFT.search(near) and _HEDGE.search(sentence) and not _REPORTED.search(sentence):
            return True
    return False


# unevenness granted: "not all (of them) are equally …", its parts not all as good, itself the hedge (en, de, nl, sv,
# da/nb, fr, es, it, pt, pl, cs, sk, ru, uk, bg, hr/sr/bs)
_UNEVEN = re.compile(
    r"(?<!\w)(?:not\s+(?:all|every)\s+(?:\w+\s+){0,4}?(?:is|are|was|were)\s+equally|"
    r"nicht\s+alle\s+(?:\w+\s+){0,4}?(?:sind|waren)\s+gleich|niet\s+alle\s+(?:\w+\s+){0,4}?(?:zijn|waren)\s+even|"
    r"inte\s+alla\s+(?:\w+\s+){0,4}?(?:är|var)\s+lika|ikke\s+alle\s+(?:\w+\s+){0,4}?(?:er|var)\s+(?:lige|like)|"
    r"(?:ne\s+sont|n['’]est)\s+pas\s+(?:\w+\s+)?(?:aussi|également)|pas\s+tou(?:te)?s\s+(?:aussi|également)|"
    r"no\s+tod[oa]s\s+(?:\w+\s+){0,4}?(?:son|eran)\s+(?:igual\s+de|igualmente)|"
    r"non\s+tutt[ie]\s+(?:\w+\s+){0,4}?(?:sono|erano)\s+(?:ugualmente|altrettanto)|"
    r"nem\s+tod[oa]s\s+(?:\w+\s+){0,4}?(?:são|eram)\s+(?:igualmente|tão)|"
    r"nie\s+wszystkie\s+(?:\w+\s+){0,4}?(?:są|były)\s+(?:równie|jednakowo)|"
    r"ne(?:\s+)?(?:všechny|všetky)\s+(?:\w+\s+){0,4}?(?:jsou|byly|sú|boli)\s+(?:stejně|rovnako)|"
    r"не\s+(?:все|всі|всички)\s+(?:\w+\s+){0,4}?(?:(?:са|бяха|е)\s+)?(?:одинаково|однаково|еднакво)|"
    r"nisu\s+sv[aei]\s+(?:\w+\s+){0,4}?(?:jednako|podjednako)|нису\s+св[аеи]\s+(?:\w+\s+){0,4}?(?:једнако|подједнако))(?!\w)",
    re.I,
)


def reserves(lines) -> bool:
    """A sentence of the post's own prose grants a fault of the book's craft, hedged or conceded (or its unevenness:
    "not all of them are equally strong", _UNEVEN)."""
    for line in lines:
        if not line.isascii():  # (Yoruba's tones and dots under, composed as the patterns are)
            line = unicodedata.normalize("NFC", line)
        if _NOT_PROSE.match(line) or _QUOTES.search(line):
            continue
        if _UNEVEN.search(line) and not line.rstrip().endswith(("?", "？", "؟")):
            return True
        if not _FAULT.search(line):
            continue
        if any(_reserved(sentence) for sentence in _SENTENCE.split(line)
               if not sentence.rstrip().endswith(("?", "？", "؟"))):
            return True
    return False


def reservation_marks(lines, reserved: bool | None = None) -> tuple[str, ...]:
    """The reservation as a voice mark, and under it one reference to the book as a mark of one work (`reserved`:
    reserves(lines), when the caller has it already)."""
    if not (reserves(lines) if reserved is None else reserved):
        return ()
    return (RESERVES,) + (REFERRED,) * (references("\n".join(lines)) == 1)
