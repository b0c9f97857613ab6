"""News that a book becomes a film or a series, in the languages newslead._MADE_INTO does not read: a verb of becoming,
of being adapted or of being shot, in the present or the future, then within a few words the screen's noun in the case
that verb governs (or the noun first, in the verb-last languages).

sq "T bëhet serial", "do të përshtatet në një film", "ekranizohet"; sr/hr/bs "T postaje serija", "postat će film",
"ekranizira se"; sr/mk/bg/ru/uk "постаје серија", "станува филм", "става сериал", "станет сериалом", "стане серіалом",
"снимут фильм", "знімуть серіал"; pl "powstanie serial", cs/sk "vznikne seriál", "natočí film"; sl "postane serija";
el "γίνεται σειρά", "μεταφέρεται στη μικρή οθόνη"; lt "taps serialu"; lv "kļūs par seriālu"; et "saab seriaaliks",
"tehakse film"; fi "tulee elokuvaksi", "sovitetaan tv-sarjaksi"; is "verður að kvikmynd"; eu "telesail bihurtuko da";
sw "kitageuzwa kuwa filamu"; tl "gagawing pelikula", "isasapelikula"; id/ms "akan dijadikan film", "difilemkan"; mt "se
jsir film"; az "serial olacaq", "ekranlaşdırılacaq"; uz "ekranlashtiriladi"; kk "фильм түсіріледі"; mn "кино болно";
ar "تتحول إلى مسلسل"; ckb "دەکرێتە فیلم"; ga "déanfar scannán"; ka "ეკრანიზდება"; hy "կէկրանավորվի"; th "จะถูกดัดแปลงเป็นซีรีส์";
km "នឹងក្លាយជាខ្សែភាពយន្ត"; lo "ຈະກາຍເປັນຮູບເງົາ"; my "ရုပ်ရှင်အဖြစ် ရိုက်ကူးမည်"; vi "sẽ trở thành phim".

Not the past ("u bë film", "was made into", "стал фильмом", "postala je serija"): a review recalls the book's screen
life. newslead.made_into asks becomes() beside its own verbs, for a title (news of an adaptation) and for the lead under
a title naming the screen; a plain substring test on the folded line (a stem of each language's nouns and verbs) first.
"""

from __future__ import annotations

import re

_W = r"[^\W\d_]"  # a letter
_GAP = r"(?:[\w'’-]+\s+){0,3}?"  # up to three words between (an article, "a TV", "in a new")

_BECOMES = re.compile(
    rf"(?<!{_W})(?:"
    # sq
    rf"(?:bëhet|behet|do\s+t[ëe]\s+b[ëe]het|p[ëe]rshtatet|do\s+t[ëe]\s+p[ëe]rshtatet|shndërrohet|ekranizohet|do\s+t[ëe]\s+xhirohet)\s+{_GAP}"
    r"(?:film|filmi|serial|seriali|miniserial)|"
    # sr/hr/bs, sl (Latin)
    rf"(?:postaje|postane|postat\s+će|će\s+postati|postaće|bo\s+postal[ao]?|ekranizuje\s+se|ekranizira\s+se|adaptira\s+se)\s+{_GAP}"
    r"(?:serij(?:a|om|o|u)|mini-?serij(?:a|om|o)|film(?:om)?)|"
    # sr/mk/bg/ru/uk (Cyrillic): becoming, or a film to be shot
    rf"(?:постаје|постаће|ће\s+постати|станува|ќе\s+стане|става|ще\s+стане|станет|станут|стане|стануть|стає|"
    rf"снимут|снимет|экранизируют|знімуть|зніматимуть|ще\s+заснемат|ќе\s+се\s+снима)\s+{_GAP}"
    r"(?:сериј(?:а|ом|у)|филм(?:ом)?|сериал(?:ом|а)?|фильм(?:ом|а)?|серіал(?:ом|у)?|фільм(?:ом|у)?|мини-?сериал(?:ом)?)|"
    # pl, cs/sk: a series comes into being, is shot
    # ("Powstanie" is an uprising too: the noun right after it, or after one adjective)
    r"(?:powstanie|nakręci|nakręcą|vznikne|natočí|natočia)\s+(?:[\w-]+\s+)?(?:serial|film|seriál|filmov[áa]\s+adaptace)|"
    # el
    rf"(?:γίνεται|θα\s+γίνει|μεταφέρεται|θα\s+μεταφερθεί)\s+{_GAP}(?:ταινία|μικρή\s+οθόνη|κινηματογράφο|σινεμά|"
    # (a bare "σειρά" is any series, "a series of talks": a television's or a mini one, or the title's last word)
    r"(?:τηλεοπτική|μίνι|νέα)\s+σειρά|σειρά(?=\s*(?:$|[,.:;!–—-])))|"
    # lt, lv
    rf"(?:taps|tampa)\s+{_GAP}(?:serialu|filmu)|(?:kļūs|kļūst)\s+par\s+{_GAP}(?:seriālu|filmu)|"
    # et, fi (the translative: "into")
    rf"saab\s+{_GAP}(?:tele)?(?:seriaaliks|filmiks|sarjaks)|tehakse\s+{_GAP}(?:tele)?(?:seriaal|film|sari)(?!{_W})|"
    rf"(?:tulee|muuttuu|sovitetaan)\s+{_GAP}(?:tv-|mini|televisio)?(?:sarjaksi|elokuvaksi)|"
    # is
    rf"verð(?:ur|a)\s+(?:að\s+)?{_GAP}(?:kvikmynd|bíómynd|(?:sjónvarps)?þáttaröð|sjónvarpsþátt|kvikmyndu[ðd])|"
    # eu (verb last), mt, ga
    r"(?:telesail|film|serie|filma|telesaila)\s+bihur(?:tuko|tzen)|pantailara\s+eramango|"
    rf"se\s+(?:jsir|issir|tinbidel)\s+{_GAP}(?:film|serje|sensiela)|déanfar\s+{_GAP}(?:scannán|sraith)|"
    # sw, tl
    rf"(?:kugeuzwa|kitageuzwa|litageuzwa|itageuzwa|kinageuzwa|linageuzwa|inageuzwa)\s+(?:kuwa\s+)?{_GAP}(?:filamu|tamthilia)|"
    rf"(?:gagawing|gagawin\s+(?:na(?:ng)?|ng)|isasa-?)\s*{_GAP}(?:pelikula|serye|teleserye)|isasa-?pelikula|isasa-?serye|"
    # id/ms
    rf"(?:akan|bakal|segera)\s+(?:dijadikan|dibuat|jadi|menjadi|dialihwahanakan(?:\s+menjadi)?)\s+{_GAP}(?:film|filem|serial|series|drama|sinetron)|"
    r"difilemkan|"
    # az, uz, kk, mn
    r"(?:serial|film)\w{0,3}\s+(?:olacaq|çəkiləcək)|ekranlaşdırılacaq|ekranlaşdırılır|ekranlashtiril(?:adi|moqda)|"
    r"(?:фильм|сериал|кино)\w{0,3}\s+түсіріл(?:еді|мек)|(?:кино|цуврал)\s+(?:болно|болгоно|хийнэ)|"
    # ar, ckb
    r"(?:تتحول|يتحول|ستتحول|سيتحول)\s+(?:\S+\s+){0,2}?إلى\s+(?:فيلم|مسلسل)|دەکرێتە\s+(?:فیلم|زنجیرە)|"
    # ka, hy, th
    r"ეკრანიზდება|(?:სერიალ|ფილმ)ად\s+(?:იქცევა|გადაიქცევა|გადაკეთდება)|կէկրանավորվի|կէկրանացվի"
    rf")(?!{_W})",
    re.I,
)
# Thai, unspaced: a mark of the future or of what is being readied ("จะ" will, "เตรียม" is set to, "กำลังจะ" is about
# to, "จ่อ" is poised to) before the verb of adapting, making or coming back ("กลับมา") "as" ("เป็น") a film, a series, a
# drama, an animation; not the past's "เคยถูกดัดแปลงเป็นภาพยนตร์" (has been adapted), which a review recalls, nor
# "หนังสือ" (a book), which opens on the film's "หนัง"
_TH_SCREEN = r"(?:ภาพยนตร์|ซีรีส์|ซีรี่ส์|ซีรีย์|หนัง(?!สือ)|ละคร|แอนิเมชัน|อนิเมะ)"
_BECOMES_TH = re.compile(rf"(?:จะ|เตรียม(?:ที่จะ|จะ)?|กำลังจะ|จ่อ)\s?(?:ถูก)?(?:นำ(?:มา|ไป)?)?(?:ดัดแปลง|สร้าง|ทำ|กลับมา|รีเมค|รีเมก)\s?เป็น\s?{_TH_SCREEN}")

# Khmer, Lao, Burmese, unspaced (a zero-width space or a space may fall between words): km a mark of the future or of
# what is planned ("នឹង" will, "ត្រៀម"/"គ្រោងនឹង" is set to) before becoming ("ក្លាយជា"), being adapted, made, shot or
# turned ("កែសម្រួល", "ផលិត", "ថត", "បំប្លែង") "as/into" ("ជា", "ទៅជា") a film ("ខ្សែភាពយន្ត", "ភាពយន្ត"), a series
# ("រឿងភាគ"), an animation; lo "ຈະກາຍເປັນຮູບເງົາ", "ຈະຖືກດັດແປງເປັນລະຄອນ" (not "ໜັງສື", a book, which opens on the
# film's "ໜັງ"); my, verb last, the screen's noun "as" ("အဖြစ်") then a verb of shooting, making or becoming in the
# future ("ရုပ်ရှင်အဖြစ် ရိုက်ကူးမည်", "ဇာတ်လမ်းတွဲ ဖြစ်လာတော့မယ်"); vi "sẽ trở thành phim", "sẽ được dựng thành phim".
# Not the past ("បានក្លាយជា", "ໄດ້ກາຍເປັນ", "ရိုက်ကူးခဲ့", "đã trở thành phim"): a review recalls the book's screen life.
_Z = "[\\s\u200b]?"
_KM_SCREEN = "(?:ខ្សែ" + _Z + ")?(?:ភាពយន្ត|រឿងភាគ|គំនូរជីវចល|ល្ខោន)"
_LO_SCREEN = "(?:ຮູບເງົາ|ລະຄອນ|ຊີຣີ|ຊີຣີ່|ໜັງ(?!ສື)|ຫນັງ(?!ສື)|ກາຕູນ)"
_MY_SCREEN = "(?:ရုပ်ရှင်(?:ကား)?|ဇာတ်လမ်းတွဲ|ကာတွန်း(?:ကား)?|ဇာတ်ကား)"
_BECOMES_SEA = re.compile(
    rf"(?:នឹង|ត្រៀម(?:នឹង)?|គ្រោងនឹង){_Z}(?:ត្រូវ(?:បាន)?{_Z})?(?:ក្លាយ(?:ទៅ)?ជា|(?:កែសម្រួល|ផលិត|ថត|បំប្លែង|បម្លែង|យកមកធ្វើ){_Z}(?:ទៅ)?ជា){_Z}{_KM_SCREEN}|"
    rf"(?:ຈະ|ກຳລັງຈະ|ກຽມ(?:ຈະ)?){_Z}(?:ຖືກ{_Z})?(?:ກາຍ{_Z}ເປັນ|(?:ດັດແປງ|ສ້າງ|ຖ່າຍທຳ|ເຮັດ){_Z}ເປັນ){_Z}{_LO_SCREEN}|"
    rf"{_MY_SCREEN}{_Z}(?:အဖြစ်{_Z})?(?:ပြောင်းလဲ{_Z})?(?:ရိုက်ကူး|ဖန်တီး|ထုတ်လုပ်|ဖြစ်လာ){_Z}(?:တော့{_Z})?(?:မည်|မယ်|မှာ|ရန်|နေ)|"
    rf"(?<!{_W})sẽ\s+(?:được\s+)?(?:trở\s+thành|dựng\s+thành|làm\s+thành|quay\s+thành|chuyển\s+thành|lên)\s+(?:bộ\s+|một\s+|loạt\s+)*(?:phim|series|màn\s+ảnh)(?!{_W})",
    re.I,
)

# the plain test before the pattern: each alternative holds one of these stems (casefolded)
_STEMS = ("film", "seri", "serij", "сериј", "филм", "сериал", "фильм", "серіал", "фільм", "σειρ", "ταιν", "οθόν", "κινηματ",
          "σινεμ", "sarja", "elokuva", "kvikmynd", "bíómynd", "þáttaröð", "sjónvarps", "telesail", "pantailara", "serje",
          "sensiela", "scannán", "sraith", "filamu", "tamthilia", "pelikula", "serye", "sinetron", "drama", "ekranla",
          "кино", "цуврал", "مسلسل", "فيلم", "فیلم", "زنجیرە", "ეკრანიზ", "სერიალ", "ფილმ", "կէկրան", "ภาพยนตร์",
          "ซีรีส์", "หนัง", "ละคร", "filem")
_SEA_STEMS = ("ភាពយន្ត", "រឿងភាគ", "គំនូរជីវចល", "ល្ខោន", "ຮູບເງົາ", "ລະຄອນ", "ຊີຣີ", "ໜັງ", "ຫນັງ", "ກາຕູນ", "ရုပ်ရှင်", "ဇာတ်", "ကာတွန်း",
              "phim", "series", "màn")


def becomes(line: str) -> bool:
    """The line says a book becomes (or is adapted into, or shot as) a film or a series, in the present or the
    future, in one of the languages above."""
    if not line:
        return False
    low = line.casefold()
    if any(stem in low for stem in _SEA_STEMS) and _BECOMES_SEA.search(line):  # (km, lo, my, vi)
        return True
    if not any(stem in low for stem in _STEMS):
        return False
    return bool(_BECOMES.search(line)) or bool(_BECOMES_TH.search(line))


# A screen version's making under way, news by its nature: it enters (pre-)production, its shooting begins or has
# begun, it will be shot or produced (a review recalls a film made, never one in pre-production). Present, perfect and
# future only ("filming began in 1979" is a film's history). newslead._lead_reports asks it of the lead under a title
# that names the screen: en fr es pt it ca de nl sv no da pl cs sk ru uk tr hu el fa ar ur hi id ms vi ja zh ko.
_PRODUCTION = re.compile(
    rf"(?<!{_W})(?:"
    r"(?:enters|entering|goes\s+into|is\s+going\s+into|moves\s+into|has\s+entered)\s+(?:pre-?\s?)?production|"
    r"(?:filming|shooting|principal\s+photography)\s+(?:has\s+(?:begun|started)|begins|starts|is\s+under\s?way|will\s+(?:begin|start))|"
    r"entra(?:r[áà])?\s+en\s+(?:pre-?)?(?:producci[óo]n|producció)|(?:comienza|arranca|inicia|comenzar[áa]|empieza|ha\s+comenzado)\s+el\s+rodaje|"
    r"(?:comença|començarà)\s+el\s+rodatge|entra\s+em\s+pr[ée]-?produ[çc][ãa]o|(?:começam|começaram|iniciam|come[çc]ar[ãa]o)\s+as\s+(?:grava[çc][õo]es|filmagens)|"
    r"entre\s+en\s+(?:pr[ée]-?)?production|(?:le\s+)?tournage\s+(?:a\s+commenc[ée]|commence|d[ée]bute|a\s+d[ée]but[ée]|d[ée]butera|commencera)|"
    r"entra\s+in\s+(?:pre-?)?produzione|(?:iniziano|sono\s+iniziate|inizieranno|al\s+via)\s+le\s+riprese|"
    r"dreharbeiten\s+(?:beginnen|haben\s+begonnen|starten|sind\s+gestartet|laufen)|(?:haben|sind)\s+die\s+dreharbeiten\s+(?:begonnen|gestartet)|geht\s+in\s+(?:die\s+)?(?:vor)?produktion|"
    r"opnames?\s+(?:zijn\s+)?(?:begonnen|beginnen|starten|gestart)|inspelningen\s+(?:har\s+)?(?:börjat|börjar|startar|startat)|"
    r"innspillingen\s+(?:har\s+)?(?:startet|begynt|starter)|optagelserne\s+(?:er\s+)?(?:begyndt|går\s+i\s+gang|starter)|"
    r"(?:ruszyły|rozpoczęły\s+się|ruszają|ruszą)\s+zdjęcia|(?:začalo|začne|začíná|začína)\s+(?:natáčení|nakrúcanie)|"
    r"(?:начались|стартовали|начнутся|начинаются)\s+съ[её]мки|(?:розпочалися|почалися|стартували|розпочнуться)\s+зйомки|"
    r"çekimleri(?:ne)?\s+başla(?:dı|yor|yacak|ndı)|ön\s+prodüksiyon|forgatása\s+(?:megkezdődött|elkezdődött|megkezdődik)|"
    r"(?:ξεκίνησαν|ξεκινούν|ξεκινούν)\s+τα\s+γυρίσματα|"
    r"وارد\s+مرحله\s+(?:پیش[\u200c\s]?)?تولید|کلید\s+(?:خورد|می[\u200c\s]?خورد)|"
    r"(?:فیلم[\u200c\s]?برداری|تصویربرداری|تولید)\s+(?:\S+\s+){0,6}?آغاز\s+(?:شد|شده|می[\u200c\s]?شود|خواهد\s+شد)|"
    r"(?:سریال|فیلم)\s+(?:\S+\s+){0,5}?(?:ساخته|تولید)\s+خواهد\s+شد|"
    r"(?:بدء|انطلاق|انطلقت|بدأ|يبدأ|تبدأ)\s+تصوير|مرحلة\s+ما\s+قبل\s+الإنتاج|"
    r"شوٹنگ\s+(?:کا\s+آغاز|شروع)|शूटिंग\s+शुरू|"
    r"(?:syuting|penggambaran)\s+(?:\S+\s+){0,3}?(?:dimulai|bermula)|mulai\s+syuting|memasuki\s+(?:tahap\s+)?pra-?produksi|"
    r"khởi\s+quay|bấm\s+máy"
    rf")(?!{_W})|クランクイン|撮影(?:が)?(?:開始|スタート)|正式(?:开机|開機)|开拍|開拍|촬영\s*(?:을|이|에)?\s*(?:시작|돌입)|크랭크인",
    re.I,
)
_PRODUCTION_STEMS = ("product", "produc", "film", "shoot", "photograph", "rodaje", "rodatge", "grava", "tournage", "riprese",
                     "dreharbeiten", "produktion", "opname", "inspelning", "innspilling", "optagelse", "zdjęcia", "natáčení",
                     "nakrúcanie", "съ", "зйомки", "çekim", "prodüksiyon", "forgatás", "γυρίσματα", "تولید", "کلید", "برداری",
                     "آغاز", "خواهد", "تصوير", "الإنتاج", "شوٹنگ", "शूटिंग", "syuting", "penggambaran", "produksi", "quay", "máy",
                     "クランクイン", "撮影", "开机", "開機", "开拍", "開拍", "촬영", "크랭크인")


def in_production(line: str) -> bool:
    """The line says a screen version is entering production or being shot, now or soon (the pattern above)."""
    if not line:
        return False
    low = line.casefold()
    if not any(stem in low for stem in _PRODUCTION_STEMS):
        return False
    return bool(_PRODUCTION.search(line))
