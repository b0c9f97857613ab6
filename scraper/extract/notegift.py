"""A free-copy note at the very edge of a review, told by its shape in any language (scraper.extract.notes).

Reviewers who got the book from its publisher say so in a short note of its own at the top or the bottom of the
review, whatever the language: one or two sentences, a block apart from the review's paragraphs, naming who gave the
copy (the publisher, its house) and the giving or that it was free ("The publisher sent me the new edition; my
opinion is my own", "Գիրքը նվեր է ուղարկել հրատարակչությունը", "Ang kopya ay bigay ng publisher"). notes.py's
sentence rules read such a note in the languages they know; this reads it in any other, by the note's place and size
and by word roots (a giver, a giving, and "free" or "a gift"), notewords.py's tables for many scripts. A long paragraph
that names the publisher, a note in the middle of the review, or a line that names the publisher without a giving
("Publisher: North Press, 2026") is none. A note that thanks the publisher for a copy or for sending one is a disclosure
in any language too ("Köszönöm a kiadónak a recenziós példányt"), and so is one that read the book thanks to the copy
the house sent ("Dzięki egzemplarzowi przesłanemu przez wydawnictwo …"); thanks for a good translation or a fine
edition is not. A "thanks to" names a cause, not a thanks: it is a disclosure only when its cause is the copy given (a
giving next to the copy word) or it thanks "for" the copy; the house's print run or price ("Thanks to the publisher
the novel came out in 20,000 copies") is none.
"""

from __future__ import annotations

import regex

from .copywords import NOT_MINE, RECEIVED_FOR_REVIEW, not_mine
from .notecourtesy import courtesy_gift
from .notedesk import GIVING as DESK_GIVING, desk_copy
from .notedonated import donated
from .notegiven import given_to_me
from .notesent import sent_copy
from .notewords import COPY_ANY, FREE_SCRIPTS, NEGATED, NEGATED_BEFORE, PROVIDED, PUBLISHER, THANKS
from .words import count_words

# how far from the edge (blocks of the review before it, or after it) and how short the note is
EDGE = 2
NOTE_WORDS = 30
_SENTENCE_END = regex.compile(r"\p{Sentence_Terminal}+(?:\s+|$)")
# a gift, in the languages whose free-copy notes the sentence rules do not read (hy, ka, tr, az, uz, kk, mn, fa, tl, sw, ml, te,
# kn, gu, pa, am, is "að gjöf", mt "b'rigal")
_GIFT = regex.compile(r"(?<![\p{L}\p{M}])(?:նվեր|საჩუქ|hediye|hədiyy|sovg|сыйлы|бэлэг|бэлг|هدیه|regalo|zawadi|poklon|gửi\s+tặng|tặng\s+(?:mình|tôi|em)|quà|gjöf|gjaf|rigal)|സമ്മാന|బహుమతి|ಉಡುಗೊರೆ|ભેટ|ਤੋਹਫ਼|ስጦታ", regex.I)
# a copy (tl "kopya", en, and the copy words of the languages whose notes the sentence rules do not read) and the writer
# as its reader or receiver ("binasa ko", "my copy", "мне")
# (or the book itself, given to me: bg "Книгата ми беше изпратена от издателството", fa "این کتاب را نشر … برایم فرستاد")
_COPY = regex.compile(r"(?<![\p{L}\p{M}])(?:kopya|cop(?:y|ies)|экземпляр|примірник|примерок|egzemplior|eksemplior|nüsx|nusxa|данасы|"
                      r"книг|knjig|knig|کتاب|كتاب|eintak|bók|nuqul|buug|(?:gc|ch|c)óip|leth-?bhreac|(?:ngh|ch|c|g)opi(?![\p{L}\p{M}]))", regex.I)  # (ga, gd, cy)
# us, to us (a desk's or a blog's copy): bg/mk/sr "ни", ru/uk/be/sr/mk "нам"/"нама", pl/hr/bs/sl "nam"/"nama", cs/sk "nám",
# in the clause that names the copy ("Книгата ни бе предоставена …"; not "Нам прислали анкету …, но книгу мы купили сами")
_US = regex.compile(r"(?<![\p{L}\p{M}])(?:ни|нам|нама|nam|nama|nám)(?![\p{L}\p{M}])", regex.I)
_MINE = regex.compile(r"(?<![\p{L}\p{M}])(?:ii(?=\s+soo\s)|ko|akin|ako|namin|my|me|мне|мені|мой|мій|menga|mənə|ми|мене|mi|meni|mene|برایم|به\s+من|"
                   # ga, gd, cy: me, to me, the reviewer ("fuair mé", "chugam", "dhomh", "an léirmheastóir", "yr adolygydd")
                   r"mé|dom|domsa|chugam|dhomh|thugam|l[ée]irmheast[óo]ir|lèirmheasaiche|adolygydd|"
                   # is, fo: the reviewer ("gagnrýnanda", "ritdómara", "meldara")
                   r"mér|okkur|gagnrýnand\w*|ritdómar\w*|meldar\w*)(?![\p{L}\p{M}])", regex.I)
# a publisher's imprint or editorial house as Russian and Ukrainian name it ("Редакция Елены Шубиной", "редакція …"): the giver
# of a copy like its house (not in notewords.PUBLISHER, which the book rules read too); or a house named by its
# "publications" after its name, as Turkic and Kurdish houses are (tr "X Yayınları", "X Yayıncılık", az "X Nəşrləri",
# uz "X nashrlari", tk "X neşirýaty", ky "X басмасы", ku "Weşanên X")
# (or the publisher as its agent noun, where PUBLISHER names only the house: lv "izdevējs", lt "leidėjas", et "kirjastaja")
_IMPRINT = regex.compile(r"(?<![\p{L}\p{M}])(?:редакци|редакці|yay[ıi]nlar|yay[ıi]nc[ıi]l[ıi]k|nəşrlər|nashrlar|neşirýat|басмас|weşan|"
                         r"izdevēj|leidėj|kirjastaja)\p{L}*", regex.I)
_LABEL_LINE = regex.compile(r"^[\p{L}\p{M}\s]{1,30}[:：]\s*\S")  # an info box's "Publisher: …" row
# (unless what follows the label is a sentence, five words or more and a stop: a note's label, ro "Notă: am primit cartea
# gratuit de la editură …", "NB: …", not a row's value)
_SENTENCE_AFTER = regex.compile(r"^[\p{L}\p{M}\s]{1,30}[:：]\s*(?P<value>(?:\S+\s+){4,}\S*\p{Sentence_Terminal})\W*$")

# The languages whose publisher notewords.PUBLISHER does not name (which the book rules read too, so the house is named
# here): eu (an ergative or dative giver: "Argitaletxeak … bidali zidan", "argitaletxeari esker"), af, sq, eo, fi, mt, fy, br.
# The note names the house, a giving ("sent", "gifted", "gave", "received") and the writer as the one given to, or the
# copy ("ale", "eksemplaar", "kopje", "ekzemplero") or that it was free: "Argitaletxeak bidali zigun liburuaren ale bat",
# "Die uitgewer het vir my 'n eksemplaar gestuur", "Shtëpia botuese ma dërgoi librin falas", "Libri m'u dhurua nga botuesi". A publisher named in a
# record row, or one that published the book ("Argitaletxeak 2020an argitaratu zuen"), gave the writer nothing.
_HOUSE_MORE = regex.compile(r"(?<![\p{L}\p{M}])(?:argitaletxe|argitaratzaile|uitgewer|(?:shtëpi\w*\s+)?botues|eldonej|"
                            r"kustanta(?:ja|mo)|pubblikatur|útjouwer|ti[\s-]+embann\w*|embanner\w*|"
                            # tg, uz (Cyrillic), tt, ba: the publishing house ("нашриёти …", "нашриёт"); km, lo (unspaced: no boundary)
                            r"нашриёт|нәшрият|нәшриәт|"
                            # yo: the publisher ("akéde", "atẹ̀wé", the printer); tw: the book's printer ("nhoma tintimfoɔ")
                            r"akéde|akede|atẹ̀wé|atewe|tintimfoɔ|tintimfo)|បោះពុម្ព|ສຳນັກພິມ|ສໍານັກພິມ|ໂຮງພິມ", regex.I)
_GIVEN_MORE = regex.compile(r"(?<![\p{L}\p{M}])(?:bidal(?:i|du|tzen|itako)|oparitu|opari|jaso|eman\s+(?:zidan|zigun|zidaten|ziguten|dit|digu)|"
                            r"gestuur|gegee|geskenk|ontvang|dërg[ou]\w*|dhur\w*|dhënë|sendis|donacis|ricevis|lähetti|lahjoitti|"
                            # (the sending as a participle: eu "bidalitako aleari esker", thanks to the copy
                            # sent; fi "kustantajan lähettämän kappaleen ansiosta")
                            r"lähettämä\w*|lähetetty\w*|lahjoittama\w*|"
                            r"bagħat|tana|ferstjoerd|tastjoerd|jûn|krige|krigen|"
                            # br: sent, given, received, offered ("Kaset e oa … din", "roet din", "resevet em eus")
                            r"kaset|roet|resevet|profet|"
                            # mt: sent (active, passive "intbagħtet", participle "mibgħuta"), given ("ingħatat", "tatni"), received
                            r"bagħt(?:et|u|li|itli|ulna|ilna)|i?ntbagħ(?:a)?t\w*|mibgħut\w*|i?ngħata\w*|mogħti\w*|tatni|tawni|tatna|tawna|i?rċevej\w*|"
                            # tg: a gift, sent, handed over, I received; uz (Cyrillic): sent, a gift, I received; tt: a gift, sent
                            r"тӯҳфа|туҳфа|фиристод\w*|супорид\w*|гирифтам|юбор\w*|совға|олдим|бүләк|җибәр\w*|"
                            # yo: sent ("fi … ránṣẹ́ sí mi"), gave me ("fún mi"); tw: gave me ("maa me", "de … maa me")
                            r"ránṣẹ́|ranse|fún\s+mi|fun\s+mi|maa\s+me|maa\s+yɛn)(?![\p{L}\p{M}])|"
                            # km, lo (unspaced): received, given, sent ("ខ្ញុំទទួលបាន…", "ໄດ້ຮັບ", "ສົ່ງມາ")
                            r"ទទួលបាន|ផ្តល់|ផ្ដល់|ផ្ញើ|ໄດ້ຮັບ|ສົ່ງມາ|ສົ່ງໃຫ້|ມອບໃຫ້", regex.I)
_MINE_MORE = regex.compile(r"(?<![\p{L}\p{M}])(?:zidan|zigun|zidaten|ziguten|dit|digu|didate|digute|niri|guri|"
                           r"vir\s+(?:my|ons)|my|ons|më|ma|mua|na|m['’][ui]|min|al\s+mi|minulle|meille|lili|lilna|ús|din|dimp|"
                           r"маро|ба\s+ман|ман|менга|мен|миңа|sí\s+mi|si\s+mi|fún\s+mi|maa\s+me)(?![\p{L}\p{M}])|ខ្ញុំ|ຂ້ອຍ|ຂ້າພະເຈົ້າ", regex.I)  # (tg, uz, tt; km, lo "I"; yo, tw "to me")
_COPY_MORE = regex.compile(r"(?<![\p{L}\p{M}])(?:ale(?:a|ren)?|eksemplaar|kopj\w*|ekzemplero|kappale\w*|kopja|eksimplaar|"
                           # (eu: the copy in its cases, "aleari esker": thanks to the copy)
                           r"ale(?:ak|ari|arekin|az|ok)|"
                           r"doan|dohain\w*|gratis|falas|senpag\w*|ilmai\w*|b'xejn|rigal|fergees|digoust|evit\s+netra|нусха\w*|ройгон|бепул|бушлай|"
                           r"ẹ̀dà|lọ́fẹ̀ẹ́|lofee|kwa)(?![\p{L}\p{M}])|"  # (yo a copy, free; tw "kwa", for nothing)
                           r"ឥតគិតថ្លៃ|ບໍ່ເສຍຄ່າ|ຟຣີ", regex.I)  # (tg a copy, free; uz, tt free; km, lo free of charge)
_PUBLISHED_MORE = regex.compile(r"(?<![\p{L}\p{M}])(?:argitaratu|kaleratu|argitaratzen|uitgegee|botuar|eldonis|julkais\w*|embannet|moullet|útjûn|"
                                 r"(?:чоп|нашр)\s+(?:кард|шуд|этди|етди)\w*|tẹ\s+[\p{L}\p{M}\s]{0,20}jáde|tintim(?!f))(?![\p{L}\p{M}])", regex.I)  # (tg/uz "printed", "published"; yo "tẹ … jáde", tw "tintim": printed)
# and a giving denied in those languages ("ez zidan bidali", "het nie … gestuur nie", "nuk ma dërgoi", "ne sendis", "ei lähettänyt")
# (mt: "ma … -x", "mhux": "ma ntbagħtitx", "ma bagħtulix"; br "ne … ket", "morse": "N'eo ket bet kaset din")
_DENIED_MORE = regex.compile(r"(?<![\p{L}\p{M}])(?:ez|nie|nuk|s['’]|ne|ei|ket|morse|ma\s+(?:tana|bagħat|[\p{L}\p{M}'’-]+x)|mhux|mhix|net|"
                              r"на(?:кард|фиристод|дод|гирифт)\w*|нест|kò|ko)(?![\p{L}\p{M}])|មិន|ບໍ່ໄດ້", regex.I)  # (tg "did not …"; km, lo "not"; yo "kò")


def _gift_more(text: str) -> bool:
    """The house gave the copy to the writer, in a language PUBLISHER does not name a house in (_HOUSE_MORE)."""
    # (the denial in the giving's own clause: "ez zigun bidali", not "…bidali zigun; iritzia gurea da, ez beste inorena",
    # the opinion ours and nobody else's, a clause of its own after the giving)
    return bool(_HOUSE_MORE.search(text) and _GIVEN_MORE.search(text) and (_MINE_MORE.search(text) or _COPY_MORE.search(text))
                and not _PUBLISHED_MORE.search(text)
                and not any(_DENIED_MORE.search(clause) for clause in _CLAUSE_END.split(text) if _GIVEN_MORE.search(clause)))


# vi: the writer ("mình", "tôi", "em", "tớ") given or sent the book ("được tặng cuốn này", "được NXB gửi tặng sách", "nhận được
# sách"), then in the sentence who or what gave it: a programme ("chương trình đọc thử", a trial-reading one), a sponsor or a
# partnership ("tài trợ", "hợp tác"), a publisher, a bookshop, "free", or the giving for a review ("để review", "để nhận xét");
# or the book given by them ("Sách do nhà sách tài trợ"); not a birthday's gift from a friend ("Mình được tặng cuốn này vào sinh nhật")
_VI_GIVEN = regex.compile(r"(?<![\p{L}\p{M}])(?:mình|tôi|em|tớ|chúng\s+tôi|bọn\s+mình)\s+(?:đã\s+|vừa\s+|may\s+mắn\s+)?"
                          r"(?:được\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:gửi\s+)?tặng|nhận\s+được|được\s+gửi)\s+(?:lại\s+|bộ\s+|một\s+)?"
                          # (or a code or an account to read the e-book with: "được Waka tặng mã đọc bản điện tử")
                          r"(?:mã\s+(?:đọc\s+)?|tài\s+khoản\s+(?:đọc\s+)?)?"
                          r"(?:cuốn|quyển|sách|bản|tập|truyện|tiểu\s+thuyết)(?![\p{L}\p{M}])|"
                          # (or the book as the subject: "Sách do nhà sách tài trợ", "Cuốn này được NXB gửi tặng")
                          r"(?<![\p{L}\p{M}])(?:cuốn|quyển|sách)\s+(?:sách\s+)?(?:này\s+)?(?:được|do)\s+(?:[\p{L}\p{M}]+\s+){1,6}?"
                          r"(?:gửi\s+tặng|tặng|tài\s+trợ)(?![\p{L}\p{M}])", regex.I)
_VI_PROGRAMME = regex.compile(r"(?<![\p{L}\p{M}])(?:chương\s+trình|đọc\s+thử|tài\s+trợ|hợp\s+tác|nhà\s+xuất\s+bản|NXB|nhà\s+sách|"
                              r"công\s+ty\s+sách|miễn\s+phí|review|để\s+viết\s+(?:bài|cảm\s+nhận)|để\s+(?:viết\s+)?(?:nhận\s+xét|đánh\s+giá|giới\s+thiệu))(?![\p{L}\p{M}])", regex.I)


# Thai, written without spaces between words in an alphabet (its vowels and tones marks of their own): count_words reads
# two letters a word, as for kana; a Thai word runs to some five letters and marks
_THAI = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}]+")  # (and its neighbours Lao and Khmer, alphabets spaced by phrase)


# The giving's purpose, "for review", in the scripts whose notes name no first person ("the house sent it for review"):
# ta "மதிப்புரைக்காக", "விமர்சனத்திற்காக", hi "समीक्षा के लिए", mr "परीक्षणासाठी", bn "পর্যালোচনার জন্য", te "సమీక్ష
# కోసం", kn "ವಿಮರ್ಶೆಗಾಗಿ", ml "നിരൂപണത്തിനായി", gu "સમીક્ષા માટે", pa "ਸਮੀਖਿਆ ਲਈ", si "විචාරය සඳහා", ur "تبصرے کے لیے",
# fa "برای نقد", ar "للمراجعة"; tl, sw, uz, is below: with a house and a giving at the review's edge, a disclosure
# (edge_gift)
_FOR_REVIEW = regex.compile(
    r"(?:மதிப்புரை|விமர்சன|திறனாய்வு|ரிவ்யூ)[\p{L}\p{M}]{0,8}?காக"
    r"|(?:समीक्षा|रिव्यू|परीक्षण|समालोचना)\s*(?:के\s+लिए|के\s+लिये|हेतु|साठी|करिता)|(?:समीक्षे|परीक्षणा|रिव्ह्यू)साठी"
    r"|(?:समीक्षा|रिभ्यु|रिभ्यू)(?:का|को)\s+(?:लागि|निम्ति)"  # ne: "for review"
    r"|(?:পর্যালোচনা|রিভিউ|সমালোচনা)[\p{L}\p{M}]{0,3}\s+(?:জন্য|জন্যে)"
    r"|(?:సమీక్ష|రివ్యూ)[\p{L}\p{M}]{0,3}\s*(?:కోసం|కొరకు)|(?:ವಿಮರ್ಶೆ|ರಿವ್ಯೂ)[\p{L}\p{M}]{0,4}?(?:ಗಾಗಿ)"
    r"|(?:നിരൂപണ|റിവ്യൂ|അവലോകന)[\p{L}\p{M}]{0,6}?(?:നായി|ക്കായി)|(?:સમીક્ષા|રિવ્યૂ)\s*(?:માટે|સારુ)|(?:ਸਮੀਖਿਆ|ਰੀਵਿਊ)\s*(?:ਲਈ|ਵਾਸਤੇ)"
    r"|(?:විචාර|සමාලෝචන)[\p{L}\p{M}]{0,4}\s*(?:සඳහා|පිණිස)"
    r"|(?:تبصرے|ریویو)\s+(?:کے\s+لیے|کے\s+لئے)|(?<![\p{L}\p{M}])برای\s+(?:نقد|بررسی)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:للمراجعة|لمراجعته|لمراجعتها)(?![\p{L}\p{M}])"
    # and in the Latin and Cyrillic scripts, where a desk's note names no first person either ("the house sent the paper a
    # copy for review"): es, pt, gl, ca, fr, it, ro, de, nl, sv, da/nb, fi, et, lv, lt, hu, pl, cs, sk, hr/bs/sr, sl, ru/uk, el,
    # tr, id/ms, ga, gd, cy, tl, sw, en
    r"|(?i:(?<![\p{L}\p{M}])(?:para\s+(?:su\s+|sua\s+|una\s+|uma\s+|unha\s+|la\s+|a\s+)?(?:reseña|resenha|recensión|recensão|crítica)"
    r"|per\s+(?:a\s+)?(?:la\s+|una\s+)?(?:recensione|ressenya|crítica)|pour\s+(?:une\s+|la\s+|sa\s+)?(?:chronique|critique|recension)"
    r"|pentru\s+(?:o\s+)?recenzi[ea]|zur\s+(?:Rezension|Besprechung)|zum\s+Rezensieren|ter\s+(?:recensie|bespreking)"
    r"|för\s+(?:en\s+)?recension|til\s+(?:en\s+)?anmeldelse|arvostelua\s+varten|arvosteltavaksi|arvustamiseks|recenzēšanai|recenzijai"
    r"|recenzióra|ismertetésre|do\s+recenzji|(?:k|pro)\s+recenzi|na\s+recenziu|za\s+recenzij[uo]|для\s+рецензи[ия]|на\s+рецензию"
    r"|για\s+(?:κριτική|παρουσίαση)|inceleme\s+için|untuk\s+(?:diulas|ulasan|resensi)"
    # (tl "para sa (tapat na) rebyung ito", sw "kwa ajili ya uhakiki", uz "taqriz uchun", is "til umfjöllunar")
    r"|para\s+sa\s+(?:(?:aking|kanyang|ating|isang)\s+)?(?:tapat\s+na\s+)?"
    r"(?:(?:rebyu|review|repaso|pagsusuri)\p{L}*|pagrepaso)"
    r"|kwa\s+ajili\s+ya\s+(?:uhakiki|mapitio)|taqriz\s+(?:yozish\s+)?uchun|til\s+(?:umfjöllunar|ritdóms|gagnrýni)"
    r"|le\s+haghaidh\s+(?:an\s+)?l[ée]irmhe(?:a)?s\p{L}*|airson\s+(?:a\s+)?lèirmheas\p{L}*"
    r"|(?:i['’]w\s+adolygu|ar\s+gyfer\s+adolygiad)"
    # en: "for this review", "for an honest review"
    r"|for\s+(?:an?\s+|this\s+)?(?:honest\s+)?review"
    # or the copy named a review copy, as cs, sk, pl, hr/bs/sr, sl, ru, uk, bg, hu, ro, lt, lv call it ("Recenzní výtisk
    # jsme dostali od nakladatelství …": the giving and the house named, no "for review" nor "us")
    r"|recenzn[íý]\p{L}*\s+(?:výtisk|výtlač)\p{L}*|egzemplarz\p{L}*\s+recenzenck\p{L}*"
    r"|recenzijsk\p{L}*\s+(?:primjer|primer|izvod)\p{L}*"
    r"|рецензионн\p{L}*\s+(?:экземпляр|копи)\p{L}*|рецензійн\p{L}*\s+примірник\p{L}*|recenziós\s+példány\p{L}*"
    r"|exemplar\p{L}*\s+de\s+recenzie|recenzin\p{L}*\s+egzempliori\p{L}*|recenzijas\s+eksemplār\p{L}*)(?![\p{L}\p{M}]))"
)


def _for_review(text: str) -> bool:
    """The note gives the copy "for review" (_FOR_REVIEW), the giving not denied before it in its clause ("La editorial no
    envió ejemplares para reseña")."""
    if not _FOR_REVIEW.search(text):
        return False
    given = PROVIDED.search(text)
    return given is not None and not NEGATED_BEFORE.search(_CLAUSE_END.split(text[:given.start()])[-1])


# "thanks to", a cause ("thanks to the house, the book came out …"), in en, es, ca, it, pt, fr, de, nl, sv, da/nb, pl,
# cs, sk, sl, hr/bs/sr, bg/mk, ru, uk, be, lt, lv, et, fi, eu, tr, ro, el, hu (whose thanks proper is THANKS)
_THANKS_TO = regex.compile(
    r"(?<![\p{L}\p{M}])(?:thanks\s+to|gracias\s+a|gràcies\s+a|grazie\s+a|graças\s+(?:a|à|às|ao|aos)|"
    r"grâce\s+(?:à|au|aux)|dank\s+(?:dem|der|des|den|einem|einer|eines|seine[mnrs]?|ihre[mnrs]?)|dankzij|tack\s+vare|"
    r"takk(?:et)?\s+v(?:æ|e)re|"
    r"dzięki|díky|vďaka|zahvaljujoč\w*|zahvaljujući|захваљујући|благодарение\s+на|заблагодарение|"
    r"благодаря(?!\s+(?:на|ви|ти)(?![\p{L}\p{M}]))|завдяки|дзякуючы|dėka|pateicoties|tänu|ansiosta|esker|sayesinde|"
    r"datorită|mulțumită|mulţumită|χάρη\s+σ|köszönhető\w*)(?![\p{L}\p{M}])", regex.I)
# the thanks "for" the copy or its sending, within four words ("Thanks to the house for the review copy", "Díky
# nakladatelství za recenzní výtisk", "Благодаря на издателството за предоставения екземпляр")
_FOR = regex.compile(r"(?<![\p{L}\p{M}])(?:for|por|pelo|pela|pour|für|per|za|за|pentru|už|par|για|voor|för|til)"
                     r"((?:\s+\S+){1,4})", regex.I)
_WORDS = regex.compile(r"\S+")


def _thanked(text: str) -> bool:
    """The house thanked for the copy or its sending (THANKS and a copy word or a giving), or a "thanks to"
    (_THANKS_TO) whose cause is the copy given: a giving within four words of the copy word (pl "Dzięki egzemplarzowi
    przesłanemu przez wydawnictwo", cs "Díky výtisku, který mi poslalo nakladatelství"), or the thanks "for" it."""
    if any(not _THANKS_TO.match(text, m.start()) for m in THANKS.finditer(text)):
        return bool(COPY_ANY.search(text) or PROVIDED.search(text))
    if not _THANKS_TO.search(text):
        return False
    if any(COPY_ANY.search(m.group(1)) or PROVIDED.search(m.group(1)) for m in _FOR.finditer(text)):
        return True
    words = list(_WORDS.finditer(text))
    for copy in COPY_ANY.finditer(text):
        i = next(k for k, w in enumerate(words) if w.end() > copy.start())
        near = text[words[max(0, i - 4)].start():words[min(len(words) - 1, i + 4)].end()]
        if PROVIDED.search(near) or DESK_GIVING.search(near):
            return True
    return False


def _us_copy(text: str) -> bool:
    """A plural "us" (_US) and the copy (_COPY) in one clause of the note."""
    return bool(_US.search(text)) and any(_US.search(clause) and _COPY.search(clause) for clause in _CLAUSE_END.split(text))


# so: the sending ("soo diray", "soo dirtay", "soo direen"), the house ("daabacaha") and a buying ("ka iibsatay", bought
# from); rev-short39: the house the writer's copy came from only when one clause names its sending and no buying
_SO_GIVING = regex.compile(r"(?<![\p{L}\p{M}])soo\s+dir(?:ay|tay|een)(?![\p{L}\p{M}])", regex.I)
_SO_HOUSE = regex.compile(r"(?<![\p{L}\p{M}])daabac(?:e|aha|ayaasha)(?![\p{L}\p{M}])", regex.I)
_SO_BOUGHT = regex.compile(r"(?<![\p{L}\p{M}])iibs[\p{L}\p{M}]*", regex.I)


def _so_bought(text: str) -> bool:
    """A Somali note whose sending is not the house's: no clause names both the sending and the house, or the house is
    where the copy was bought ("Hooyaday ayaa ii soo dirtay buuggan, oo ay ka iibsatay daabacaha", my mother sent me
    this book, which she bought from the publisher)."""
    return bool(_SO_GIVING.search(text)) and not any(
        _SO_GIVING.search(clause) and _SO_HOUSE.search(clause) and not _SO_BOUGHT.search(clause) for clause in _CLAUSE_END.split(text))


def note_word_count(text: str) -> int:
    """The note's length in words, a Thai run counted at five letters a word."""
    runs = _THAI.findall(text)
    if not runs:
        return count_words(text)
    return count_words(_THAI.sub(" ", text)) + sum(max(1, len(run) // 5) for run in runs)


def edge_gift(text: str, before: int, total: int) -> str | None:
    """The note, when the block `text` (with `before` of the review's `total` blocks before it) is a short note at the
    review's edge naming a giver and a giving; else None."""
    if not (before < EDGE or before >= total - EDGE) or _LABEL_LINE.match(text) and not _SENTENCE_AFTER.match(text):
        return None
    if note_word_count(text) <= 2 * NOTE_WORDS and _VI_GIVEN.search(text) and _VI_PROGRAMME.search(text):
        return text  # vi: the writer given the book through a shop's or a publisher's programme (_VI_GIVEN)
    if note_word_count(text) > NOTE_WORDS:
        return _sentence_gift(text)
    if len([s for s in _SENTENCE_END.split(text) if s.strip()]) > 2:
        return None
    # the giver, the giving, and the copy said to be free or a gift (a publisher that "gave the reissue a new cover" or
    # "sent the author on a tour" gave the writer nothing)
    # (or the writer's own copy, given: tl "Ang kopyang binasa ko ay bigay ng publisher", the copy I read was given by the publisher)
    # (or the giver thanked for the copy or for sending it: "Merci aux éditions X pour l'envoi", "Köszönöm a kiadónak a
    # példányt", "شكرا لدار النشر على إرسال نسخة": a thanks to a publisher at the edge, for a copy or a sending)
    publisher = PUBLISHER.search(text) or _IMPRINT.search(text)
    if publisher and (PROVIDED.search(text) and (FREE_SCRIPTS.search(text) or _GIFT.search(text)
                                                 or _COPY.search(text) and (_MINE.search(text) or _us_copy(text)) or _for_review(text))
                      or _thanked(text)) \
            and not _negated(text, publisher.start()) and not _so_bought(text) or given_to_me(text) or courtesy_gift(text) or desk_copy(text) or sent_copy(text) \
            or _gift_more(text):  # (or the house gave it to the writer: notegiven; he/yi/ar: notecourtesy; the desk: notedesk; the copy a sending: notesent)
        # (a policy's "if", a giveaway, copies donated to a library or a reading room: no copy of the writer's)
        return None if NOT_MINE.search(text) or donated(text) else text
    return None


# a book box's labelled row ("Title: …", "Author: …", "Genre: …"): a label of three words at most, a colon, a short value
_RECORD_ROW = regex.compile(r"^[^\W\d][^:：\n]{0,24}[:：]\s*\S[^\n]{0,60}$")


def _record_rows(counted: list[bool], blocks: list[tuple[str, str]]) -> list[bool]:
    """`counted` without the run of two or more labelled rows (``_RECORD_ROW``, ten words at most each) that closes the
    blocks: the book's box after the review, which does not push the note closing the prose off the edge."""
    start = len(blocks)
    while start > 0 and blocks[start - 1][0] == "text" and count_words(blocks[start - 1][1]) <= 10 \
            and len(blocks[start - 1][1].split(":")[0].split()) <= 3 and _RECORD_ROW.match(blocks[start - 1][1]):
        start -= 1
    if len(blocks) - start < 2:
        return counted
    return [keep and i < start for i, keep in enumerate(counted)]


def trailing_section(counted: list[bool], blocks: list[tuple[str, str]]) -> list[bool]:
    """`counted` (the blocks find_disclosure counts towards the review's edges) without a section of its own after the
    review's last paragraph: a heading and nothing but list items after it to the end (a sidebar's agenda of events, a
    list of links left under the text). Such a list is no part of the review, so it does not push the free-copy note
    that closes the review's prose off the edge; a paragraph after the heading makes it the review's own section."""
    if blocks and blocks[-1][0] == "text" and _RECORD_ROW.match(blocks[-1][1]):
        return _record_rows(counted, blocks)
    if not blocks or blocks[-1][0] != "item":
        return counted  # (the cheap guard: most reviews end on a paragraph)
    last_text = max((i for i, (kind, _) in enumerate(blocks) if kind == "text"), default=-1)
    if last_text + 1 >= len(blocks) or blocks[last_text + 1][0] != "heading":
        return counted
    return [keep and i <= last_text for i, keep in enumerate(counted)]


def _sentence_gift(text: str) -> str | None:
    """A block of two or three sentences, a little longer than a note (up to twice NOTE_WORDS), one of which is itself
    such a note naming the writer ("me", "my copy", "I"): that sentence, as notes.py's sentence rules take a disclosure's
    sentence from its paragraph in the languages they read (tg "… reprinted it. The publisher gifted me my copy for this
    review, but …"). A paragraph whose gift sentence does not name the writer is left (the house "gave the reissue a new cover")."""
    if note_word_count(text) > 2 * NOTE_WORDS:
        return None
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if not 2 <= len(sentences) <= 3:
        return None
    for sentence in sentences:
        if (_MINE.search(sentence) or _MINE_MORE.search(sentence)) and note_word_count(sentence) <= NOTE_WORDS and edge_gift(sentence, 0, 1):
            return sentence.strip()
    return None


# a clause's end: a stop or a comma of any script, or, in Thai (written without spaces between words), the space
# that closes a clause
_CLAUSE_END = regex.compile(r"[\p{Sentence_Terminal},，、;；:：]+\s*|(?<=\p{Thai})\s+(?=\p{Thai})")


_NOT_IS = regex.compile(r"(?<![\p{L}\p{M}])(?:ekki|aldrei|ikki|"  # is, fo: "not", "never" (after the verb)
                        # Slavic "not" before the verb: ru/bg/mk/sr "не", uk "не"/"ні", pl "nie", hr/bs/sr "nije"/"nisu"
                        # ("Издателството не ни изпрати книгата": the house did not send it)
                        r"не|ні|nie|nije|nisu)(?![\p{L}\p{M}])", regex.I)


def _negated(text: str, at: int) -> bool:
    """A negation in the clause that names the giver (th "ไม่มีสำนักพิมพ์ส่งมา": no publisher sent it); one in a later
    clause denies something else ("… without any condition on the review", th "โดยไม่มีเงื่อนไข")."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, at)), len(text))
    return NEGATED.search(text[start:end]) is not None or _NOT_IS.search(text[start:end]) is not None


def free_copy(markdown: str) -> bool:
    """The post carries a free-copy disclosure near its start or end, as notes.py reads one ("The publisher sent me the
    book", "הספר נשלח לכותבת באדיבות ההוצאה", "※출판사로부터 책을 제공받았습니다"): reviewed.py's mark of one work."""
    from .notes import markdown_blocks, find_disclosure  # (notes reads this module: imported when a short post asks)
    italic: set[str] = set()
    return find_disclosure(markdown_blocks(markdown, italic), italic) is not None


def received_apart(text: str) -> bool:
    """Whether a note set apart in italics says in full that the copy came from its publisher or in exchange for the review
    (copywords.RECEIVED_FOR_REVIEW, EXCHANGED: "*Eksemplar buku ini diterima dari penerbit*", "*Ho ricevuto il libro in
    omaggio dall'editore*"), short, and not a policy's: such a note is the writer's even where it does not close the
    review (a journal's review, its references and citation after it)."""
    from .notewords import EXCHANGED
    return count_words(text) <= NOTE_WORDS + 20 and bool(RECEIVED_FOR_REVIEW.search(text) or EXCHANGED.search(text)) \
        and not not_mine(text)


def warning_apart(disclosure: str | None, warning: str | None) -> str | None:
    """The content warning, unless it is the free-copy note itself: a notice label opens both (es/pt "Aviso:", it "Avviso:",
    ca "Avís:"), and a notice that says the publisher sent the copy and names no hard thing warns of nothing."""
    from .casefold import fold
    from .notewords import names_hard_thing
    if warning and disclosure and fold(warning.strip()) in fold(disclosure) and not names_hard_thing(warning):
        return None
    return warning
