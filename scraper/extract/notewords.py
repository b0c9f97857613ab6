"""Word roots a short marked note is read with, per language (scraper.extract.notes).

A note the writer sets apart with a reference mark (※ ＊ ⚠ 注: 【注意】) at the top or the bottom of a post says what
it says in few words, so a root or two of each language tells what kind of note it is: a publisher and a giving
("※ 출판사로부터 … 제공받아", "＊出版社より献本") is a free-copy disclosure; a hard thing and a depiction ("※ 폭력과
죽음에 대한 묘사가 있습니다", "⚠ scenes of torture") is a content warning, unless the note says there is none.

Roots, not phrases: stems a sentence holds whatever its grammar (Korean and Japanese endings, Slavic cases, Arabic
articles), from dictionaries and our own phrasings, for the corpora's languages and book blogs' common ones; spaced
languages match at a word's start. The labels a warning opens with ("CW:", "觸發警告：") are here too.
"""

from __future__ import annotations

import re
from .casefold import guarded
from .notehardship import HARDSHIP as _HARDSHIP
from .noteyiddish import YI_ATTN as _YI_ATTN, YI_DEPICT as _YI_DEPICT, YI_HARD as _YI_HARD, YI_WARNING as _YI_WARNING

# The labels of a content warning ("CW:", "Inhaltswarnung:", "Įspėjimas:", "触发警告："), in many languages (notes.py)
CW_WORDS = (
    r"(?:(?:content|trigger)[\s-]+(?:warnings?|notes?|advisor(?:y|ies))|(?:CW|TW|CN)s?|"
    r"inhaltswarnung(?:en)?|triggerwarnung(?:en)?|content-?notes?|"
    r"advertencias?(?:\s+(?:de|sobre)\s+(?:o\s+|el\s+)?conte(?:nido|ni?do))?|gatilhos|"
    r"(?:avisos?|avisu|alertas?|avís)\s+(?:de|sobre)\s+(?:o\s+|el\s+)?(?:conten(?:ido|íu)|conte[úu]do|contid?o|"
    r"contingut|gatilho)|"
    r"avertissements?(?:\s+de\s+contenu)?|mises?\s+en\s+garde|"
    r"avvertenz[ae](?:\s+sui\s+contenuti)?|avvis[oi]\s+sui\s+contenuti|"
    r"(?:a\s+(?:warning|heads[\s-]+up)|heads[\s-]+up|warnings?\s+(?:for|before)\s+(?:\w+\s+){0,4}\w+)"
    r"(?:\s+(?:for|before)\s+(?:\w+\s+){0,4}\w+)?|let\s+op|(?:inhouds|trigger)?waarschuwing(?:en)?|"
    r"(?:inhouds?|sneller)?waarskuwing(?:s)?|"
    r"(?:innehålls|indholds|trigger)?varning(?:ar)?(?:\s+för\s+innehåll(?:et)?)?|(?:indholds|innholds|innhalds|trigger)?advars(?:el|ler|lene)|(?:innholds|innhalds|trigger)varsel|(?:innhalds|trigger)?åtvaring(?:ar)?|sisältövaroitus|varoitus|(?:efnis|kveikju|trigger)?(?:við|að)vörun(?:ar)?|"
    r"ostrzeżeni[ea](?:\s+o\s+treści)?|upozornění(?:\s+na\s+obsah)?|avís|advertència(?:\s+de\s+contingut)?|"
    # pt/es "aviso", de "Inhaltshinweis", el, he, ar, ru/uk, tr, ko, ja, zh
    r"avisos?|inhaltshinweise?|προειδοποίηση(?:\s+περιεχομένου)?|אזהר(?:ת|ות)(?:\s+(?:תוכן|טריגר))?|(?:הערת|הערות|התראת)\s+(?:תוכן|טריגר)|(?:تحذير|تنبيه)(?:\s+(?:لل|ال)?محتوى)?|"
    # lt, lv, et, sk, sl, hr/bs/sr, ur (bn below); hy, eu, eo, mt (lt, lv, et too) "content warning"
    r"(?:turinio\s+)?įspėjim(?:as|ai)|(?:satura\s+)?brīdinājum(?:s|i)|(?:sisu)?hoiatus|upozornenie|varovanie|opozorilo|"
    r"upozorenje|انتباہ|(?:բովանդակության\s+)?(?:նախա)?զգուշացում|enhav-?avert(?:o|oj)|twissija\s+dwar\s+il-?kontenut|"
    r"eduki(?:ari\s+buruzko|aren)?[\s-]*(?:abisu|ohartarazpen)(?:a|ak)?|"
    # a reading note or a content reminder, which warns only when what it says is hard (zh "阅读提示：本文约三千字" is a
    # reading time, "內容提醒：本文有劇透" a spoiler note)
    # a bare "attention" or "note" (pl "Uwaga:", cs "Pozor:", ru "Внимание:", uk "Увага:", de "Achtung:", fr "Attention :", it
    # "Attenzione:", es "Atención:", pt "Atenção:", tr "Dikkat:"), which warns only in a short note naming a hard thing and its
    # depiction ("Uwaga: opisy przemocy"): "Uwaga: ta książka jest długa" is a remark
    r"(?P<attn>uwaga|pozor|pozn[áa]mka|внимание|увага|увагу|застереження|предостережение|achtung|attention|attenzione|atenci[óo]n|aten[çc][ãa]o|dikkat|figyelem|"
    # (uk/ru "a caveat", he "pay attention", am "a notice", "a warning"; kk, ky "a note, a reminder")
    r"שימו\s+לב|ማሳሰቢያ|ескерту|эскертүү|"
    # or, hi/mr/ne: "a notice" ("ସୂଚନା:", "सूचना:"; not bn "সূচনা", a beginning)
    r"ସୂଚନା|सूचना|"
    # tg "a notice, a warning" ("Огоҳӣ:", "Ҳушдор:"), uz (Cyrillic), tt, ba
    r"огоҳӣ|огоҳинома|ҳушдор|огоҳлантириш|кисәтү|иҫкәртеү|"
    # ro, hr/bs/sr, el, lt, lv, et, fi, id/ms, sv/da/no ("OBS:"), sq ("Kujdes:" take care, "Vëmendje:")
    r"aten[țţ]ie|pažnja|pažnju|oprez|kujdes|vëmendje|προσοχή|dėmesio|uzmanību|tähelepanu|huomio|perhatian|obs|"
    # zh "a reminder", "a friendly reminder" ("提醒：", "温馨提示：", "友情提醒：")
    r"(?:温馨|溫馨|友情|小|特别|特別)?(?:提醒|提示)|" + _YI_ATTN + ")|"
    r"(?P<soft>阅读提示|閱讀提示|読む前に|(?:内容|內容)提醒|warnings?|warnung(?:en)?|注意|"
    # eu, ht, fy, li, nds, oc, ast, co, sc, ga/gd, mt: "warning" (a notice that warns only when it names a hard thing)
    r"ohartarazpen(?:a|ak)?|av[èe]tisman|warsk[ôo]ging|waarsjuwing|wohrschau(?:ung)?|avertiment|alvertencia|avertimentu|avvertimentu|rabhadh|twissija|"
    + _YI_WARNING + ")|"
    r"предупреждени[ея](?:\s+о\s+содержании)?|попередження(?:\s+про\s+(?:вміст|контент))?|триггер(?:ы|-?ворнинг)?|тригер(?:и|-?ворнінг|-?попередження)?|контент-?попередження|içerik\s+uyarısı|tetikleyici\s+uyarı|"
    r"트리거\s*주의|주의|(?:내용|콘텐츠)?\s*경고|트리거\s*워닝|閲覧注意|(?:觸發|触发)?警告|(?:内容|內容)(?:警告|提示|預警|预警)|预警|預警|雷点|คำเตือน(?:เนื้อหา)?|peringatan(?:\s+(?:konten|isi|pemicu))?|amaran(?:\s+kandungan)?|(?:tartalmi\s+|tartalom-?|trigger-?)?figyelmeztetés(?:ek)?|осторожно|tahadhari|onyo|varování|هشدار(?:\s+محتوا)?|uyarı|"
    # hy, cy, be: "warning" (hy "Զգուշացում՝", with the Armenian pause mark), "content warning"
    # "warning" in mk, sr (Cyrillic), mn, am, pa, gu, ta, te, kn, ml, az, uz, is, sq (dictionary words, not page phrases)
    r"предупредување|упозорење|анхааруулга|ማስጠንቀቂያ|xəbərdarlıq|ogohlantirish|viðvörun|paralajmërim|"
    # pa, gu, or, ta, te, kn, ml, bn, si: "warning", perhaps after "content" or "trigger" ("உள்ளடக்க எச்சரிக்கை", "విషయ హెచ్చరిక")
    r"(?:(?:ਸਮੱਗਰੀ|ਟ੍ਰਿਗਰ|સામગ્રી|ટ્રિગર|ବିଷୟବସ୍ତୁ|ଟ୍ରିଗର|உள்ளடக்க(?:ம்)?|ட்ரிகர்|ட்ரிக்கர்|విషయ|కంటెంట్|ట్రిగ్గర్|ವಿಷಯ|ಕಂಟೆಂಟ್|ಟ್ರಿಗರ್|ഉള്ളടക്ക(?:ം)?|ട്രിഗർ|"
    r"বিষয়বস্তু|কনটেন্ট|ট্রিগার|අන්තර්ගත)\s+)?(?:ਚੇਤਾਵਨੀ|ચેતવણી|ଚେତାବନୀ|ସତର୍କତା|எச்சரிக்கை|హెచ్చరిక|ಎಚ್ಚರಿಕೆ|മുന്നറിയിപ്പ്|সতর্কতা|সতর্কবার্তা|අවවාදය(?:යි)?)|"
    # tl, eu, si, my, km: "warning" (si "අවවාදය" above)
    r"babala|abisua|සැලකිය\s+යුතුයි|သတိပေးချက်|ការព្រមាន|"
    r"rhybudd(?:ion)?(?:\s+(?:cynnwys|sbardun))?|папярэджанн(?:е|і)(?:\s+пра\s+змест)?|"
    r"(?:lưu\s+ý|cảnh\s+báo)(?:\s+nội\s+dung)?|avertisment(?:e)?(?:\s+de\s+con[țt]inut)?|(?:(?:सामग्री|विषय[-\s]?वस्तु|ट्रिगर|कंटेंट)\s+)?चेतावनी|(?:კონტენტის\s+|შინაარსის\s+)?გაფრთხილება)"
)

# (the label may open on an article or a "small": pt "Um aviso a quem vai ler:", es "Una advertencia:", it "Un'avvertenza:", sv "En varning:")
_SMALL = r"(?:pequen[oa]|pequeñ[oa]|breve|petite?|kleine?|piccol[oa]|kort|lille|liten)\s+"
CW_ARTICLE = rf"(?P<article>(?:(?:um|uma|un|una|une|uno|ein|eine|een|en|ett|et|ei|ένα|μια|μία)\s+|un['’]\s*)(?:{_SMALL})?|{_SMALL})?"

# A note mark opening a line: the reference marks of CJK text, an asterisk, a warning sign, a dagger, "注:" / "注意:",
# a short bracketed label ("【注意】", "［お知らせ］", "[Note]") and "NB".
NOTE_MARK = re.compile(
    r"^\s*\\?(?:※|＊|\*(?=\s)|⚠\ufe0f?|†|‡|注意?\s*[:：]|[【〔［\[][^】〕］\]\n]{1,12}[】〕］\]]|N\.?B\.?(?=[\s:：]))")

# A label of any language opening a block: a word or two and a colon, or a script's own label mark (hy "Ծանուցում՝", am "፦"); a note's mark when
# what follows is short and names a hard thing and its depiction (notes._marked_warning, the opening blocks only)
LEAD_LABEL = re.compile(r"^[\W_]*[^\W\d_][\w\u0900-\u0dff]*(?:[\s-][^\W\d_][\w\u0900-\u0dff]*)?\s*[:：՝፦]\s*")

# Who gives a copy: the publisher (or its house), in ko, ja, zh, hi, bn, ar, fa, he, el, ru/uk/bg, th, vi, and lt, lv, et
# (the house and the publisher), hu, cs/sk, sl, hr/bs/sr, ro (the languages whose disclosures notes.py's sentence rules do not read), and in tr,
# id/ms, pl and the Latin-script languages those read.
_PUBLISHER_SCRIPTS = (r"출판사|出版社|出版元|版元|出版方|प्रकाशक|প্রকাশক|ناشر|النشر|للنشر|انتشارات|สำนักพิมพ์|nhà\s+xuất\s+bản|(?<!\w)NXB(?!\w)|გამომცემლობ|הוצא(?:ה|ת)|"
                      r"பதிப்பக|(?<!\w)(?:نشر(?!\w)|издательств|видавництв|издателств|εκδότ|εκδόσεις|εκδοτικ|leidykl|leidėj|izdevniecīb|izdevēj|"
                      r"kirjastus|kirjastaja|kiadó|könyvkiadó|выдавецтв|nakladatelstv|vydavateľstv|založb|naklad|izdavač|издавач|издавачк|издател|editur|"
                      # hy, kk/ky, mn, uz, az, ka, sw, so (and the scripts with vowel signs: ml, te, kn, gu, pa, si, am, my)
                      r"útgefand|útgáfufélag|հրատարակչ|баспа|хэвлэлийн\s+газа?р|nashriyot|nəşriyyat|mchapishaji|wachapishaji|daabac(?:e|aha|ayaasha)(?!\w))|"
                      r"പ്രസാധക|ప్రచురణకర్త|ప్రచురణ\s*సంస్థ|ಪ್ರಕಾಶಕ|પ્રકાશક|ਪ੍ਰਕਾਸ਼ਕ|ප්‍රකාශක|አሳታሚ|ထုတ်ဝေသူ")
PUBLISHER_SCRIPTS = guarded(re.compile(_PUBLISHER_SCRIPTS, re.I))  # (casefold.Guarded: its words looked for first)
PUBLISHER = guarded(re.compile(
    _PUBLISHER_SCRIPTS + r"|(?<!\w)(?:yayınev|penerbit|wydawnictw|publisher|éditeur|[ée]ditions|editorial|editora|editore|verlag|"
    r"uitgever|forlag|förlag|palimbagan|tagapaglathala|(?-i:Ediciones|Edições|Edicions|Edizioni|Edicións)|"
    # ga/gd/cy/br, initial mutated ("ón bhfoilsitheoir", "gan y cyhoeddwr"); "Ediciones X" capitalised: no "ediciones"
    r"(?:bh)?fh?oilsitheo|fh?oillsichear|(?:ngh|ch|c|g)yhoeddw[ry]|embanner)",
    re.I,
))
# Free of charge, in the languages notes.py's sentence rules do not read (a note set apart may name the platform that gave
# the copy, not a publisher: "*Бесплатан приступ књизи добио сам од …*"): ru/uk/bg/sr, cs/sk, hu, hr/bs/sr, sl, pl, lt, lv,
# et, ro, el, he, ar, fa, tr, th, vi, ko, ja, zh (lv "bezmaksas" also written as two words, "bez maksas"); sw "bila malipo"
# (without payment), ha "kyauta", so "bilaash", zu "mahhala"
FREE_SCRIPTS = re.compile(
    r"(?<!\w)(?:бесплат|безплат|безкоштовн|безвъзмезд|zdarma|bezplatn|ingyen|besplatn|brezplačn|darmow|za\s+darmo|nemokam|bezmaksas|bez\s+maksas|"
    r"tasuta|gratuit|δωρεάν|חינם|مجان|رایگان|ücretsiz|miễn\s+phí|անվճար|тегін|үнэгүй|төлбөргүй|bepul|pulsuz|libre(?:ng|s)?(?!\w)|bure(?!\w)|"  # (tl "libre(ng)", sw "bure" whole: not es "librería", fr "bureau")
    r"endurgjaldslaus|ókeypis|walang\s+bayad|bila\s+(?:malipo|gharama|kulipa|kulipia)|kyauta|bilaash|mahhala)|"
    r"ฟรี|무료|무상|無料|免费|免費|இலவச|സൗജന്യ|ఉచిత|ಉಚಿತ|મફત|ਮੁਫ਼ਤ|ਮੁਫ਼ਤ|නොමිලේ|በነፃ",
    re.I,
)
FREE_SCRIPTS = guarded(FREE_SCRIPTS)  # (casefold.Guarded: its words looked for first)
# The giving or the receiving: "provided", "sent", "gifted", "received", in the same languages (ta also the passive
# "அனுப்பப்பட்டது", "வழங்கப்பட்டது": the copy was sent, given).
PROVIDED = re.compile(
    r"제공|협찬|받았|받아|보내|उपलब्ध\s*(?:गरा|करा)|पठाइ|पठाए|அனுப்பி|வழங்கி|அனுப்பப்பட்|வழங்கப்பட்|கொடுக்கப்பட்|提供|献本|恵贈|いただ|頂|送って|送られ|寄赠|寄贈|赠|贈|寄来|送来|寄給|寄给|寄送|मिल|भेज|प्रदान|"
    r"تلق|استلم|أرسل|أهد|وصل|دریافت|فرستاد|اهدا|موصول|بھیج|عنایت|ترلاسه|ولېږ|وەرگرت|ناردی|ได้รับ|ส่งมา|มอบ|পে(?:য়|য়)েছি|পাঠি(?:য়|য়)েছ|উপহার|קיבל|נשלח|שלח(?:ה|ו)|"
    r"(?<!\w)(?:soo\s+dir(?:ay|tay|een)(?!\w)|получ|прислал|предостав|подар|отримал|надісл|дасла|атрыма|прадаста|падары|saatis|saatsi|gönder|yolla|şand|hediye|dikirim|diberi|menerima|mendapat|nhận|gửi|"
    r"tặng|otrzyma|przesła|provided|sent|gave|gifted|received|re[çc]u|envoy|offert|recib|envi|regal|erhalten|"
    r"zugeschickt|geschenkt|ricevut|inviat|regalat|receb|gekregen|ontvangen|toegestuurd|fått|fick|fikk|fik|"
    # el, lt, lv, et, hu, cs/sk, sl, hr, ro: "I received", "(was) sent", "gifted" (lv also "handed over", "gave": "nodeva", "iedeva")
    r"добио|добила|добих|добили|dobio|dobila|dobih|έλαβα|λάβαμε|στάλθηκε|έστειλ|gavau|gavome|gauta|atsiųst|atsiunt|padovan|saņēm|atsūtī|nodev|iedev|"
    r"dāvin|sain|saadet|kingit|kaptam|kaptuk|küldt|dostal|poslal|obdržel|darova|prejel|dobil|primil|primio|primila|poslao|"
    r"primit|trimis|oferit|изпрат|poklon|"  # (hi "भेंट की", presented, whose giver must be named: notegiven)
    # "provided", "made available": lv, lt, et, hu, cs/sk, pl, sl, hr/bs/sr, ro ("… laipni nodrošināja izdevniecība …")
    r"nodrošin|suteik|võimaldas|biztosít|poskytl|poskytnut|udostępni|zagotovil|ustupi|osigura|furniz|"
    # put at (my, our) disposal: hu "rendelkezés(em|ünk)re bocsát" (either order), cs/sk "k dispozici", pl "do dyspozycji",
    # hr/bs/sr "na raspolaganje", sl "na razpolago"; fa, ar, ur, tr, es, pt, it, fr, ro, de, nl, sv, da, en, ru, el, id
    r"rendelkezés\w*\s+bocsát|bocsát\w*\s+(?:\w+\s+){0,2}?rendelkezés|k\s+dispozíci|k\s+dispozici|do\s+dyspozycji|na\s+raspolaganj|na\s+razpolago|"
    r"در\s+اختیار\s+(?:\S+\s+){0,4}?(?:قرار|گذاشت|گذارد|نهاد)|تحت\s+تصرف|فراہم|(?:kullanımım|tarafım)\w*\s+sun|"
    r"(?:a|à|á)\s+(?:\w+\s+){0,2}?disposi(?:ción|ção|zione|tion|ció)|dispozi[țţ]i|zur\s+verfügung|ter\s+beschikking|"
    r"till\s+förfogande|til\s+rådighe[dt]|made\s+available|at\s+(?:my|our)\s+disposal|в\s+(?:\w+\s+)?(?:распоряжени|"
    r"розпорядженн)|διέθεσ|παραχώρησ|disediakan|"
    # ga, gd, cy: "got", "(was) sent", "(was) given" ("fuair", "sheol", "tugadh"; "fhuair", "chuir … thugam"; "anfonwyd", "cefais")
    r"fh?uair|sheol|seoladh|tugadh|thug|chuir|cuireadh|anfon|derbyni|cefais|cafodd|rhoddwyd|"
    # (Arabic script above: ur "موصول" received, "بھیج" sent, "عنایت" bestowed; ps "ترلاسه", "ولېږ"; ckb "وەرگرت", "ناردی")
    # ka: "gifted", "handed over", "sent", "I/we received"
    r"საჩუქრ|გადმოგვც|გადმოსც|გადმომც|გამოგვიგზავნ|გამომიგზავნ|მოგვაწოდ|მომაწოდ|მივიღე|"
    # hy, kk, mn, uz, az, tl, sw, is: "provided", "sent", "gift", "given" (sw also the writer given or sent it: "alipewa",
    # "tulitumiwa", "amepewa"; tl "nakatanggap", got, only of the book or a copy, not "a free bookmark")
    r"տրամադր|ուղարկ|նվեր|сыйла|жіберд|берді|илгээ|бэлэг|бэлг|өгсөн|өгч|yubor|sovg|göndər|hədiyy|bigay|ibinigay|"
    r"binigyan|padala|i?pinadala|nagpadala|natanggap|nakatanggap(?=(?:\s+\S+){0,6}?\s+ng\s+(?:\S+\s+){0,3}?"
    r"(?:kopya|libro|aklat|e-?arc|arc)(?!\w))|tinanggap|regalo|nilipewa|walinipa|zawadi|"
    # is: "sent (me)", "gave (me)", "I got"
    r"alinipa|nimepewa|(?:a|wa|tu|m)(?:li|me)(?:pewa|tumiwa)|nilitumiwa|nimetumiwa|(?:a|wa)litupa|sendi(?!\w)|sendu(?!\w)|gaf\s+mér|fékk|(?:barst|bárust)\s+(?:[\w-]+\s+){0,3}?(?:mér|okkur|að\s+gjöf|frá)(?!\w))|അയച്ചു|നൽകി|സമ്മാന|పంపి|పంపా|ఇచ్చా|బహుమతి|ಕಳುಹಿಸ|ನೀಡಿ|ಉಡುಗೊರೆ|મોકલ|ભેટ|ਭੇਜ|ਤੋਹਫ਼|එව්|ලබා\s*දුන්|ሰጥተ|ልከ|ስጦታ",
    re.I,
)

# Hard things, in the Latin-script languages notes.py reads whole sentences in (with word boundaries: "abuse", "viol").
HARD_THING = (
    r"suicid\w*|self[\s-]?harm|abuse|violence|rape|sexual\s+(?:assault|violence)|murder\w*|torture|genocide|shooting|"
    r"eating\s+disorders?|addiction|miscarriage|death\s+of\s+an?\s+\w+|racis\w+|homophob\w+|transphob\w+|gore|"
    r"suicidio|autolesi\w+|violencia|violaci[oó]n|abusos?|automutilation|viol|violences?|Suizid\w*|Selbstmord\w*|"
    r"Selbstverletzung\w*|Gewalt|Missbrauch\w*|Vergewaltigung\w*|violenza|stupro|autolesionismo|suic[ií]dio|"
    r"viol[êe]ncia|estupro|zelfmoord|zelfbeschadiging|geweld|misbruik|verkrachting|"
    # what else a warning names: harassment, stalking, killings, kidnapping, drowning, an overdose, incest, grooming
    r"(?:sexual\s+)?harass\w*|stalk(?:ing|er)|killings?|kidnapp\w*|drowning|overdos\w*|incest|grooming|animal\s+cruelty|"
    # and the staples of a warning's list: grief, illness, loss, war, addiction, bullying, prejudice, trauma (en, es, fr, de,
    # it, pt, nl)
    r"grief|cancer|(?:terminal|chronic|mental)\s+illness|abortion|infertility|terrorism|bombings?|alcoholism|drug\s+(?:use|abuse)|"
    r"substance\s+abuse|bullying|ableism|misogyny|sexism|slavery|holocaust|panic\s+attacks?|depression|PTSD|trauma|"
    r"(?:child|pregnancy|pet)\s+loss|loss\s+of\s+(?:an?\s+)?(?:parent|child|mother|father|pet|sibling|baby|spouse|partner)|"
    r"car\s+accidents?|cannibalism|body\s+horror|infidelity|animal\s+death|"
    r"duelo|deuil|lutto|luto|Trauer|rouw|c[áâ]ncer|Krebs|cancro|kanker|depresi[óo]n|dépression|Depression|depressione|depressão|"
    r"acoso|harcèlement|Mobbing|bullismo|pesten|guerra|guerre|Krieg|oorlog|adicci[óo]n|addiction|Sucht|dipendenza|verslaving|"
    # abortion, murder, kidnapping, ill-treatment, rape, incest, eating disorders (es, pt, gl, ca; fr, de, it, nl abortion)
    r"abortos?|avortements?|avortament|Abtreibung\w*|abortus|asesinatos?|asasinatos?|assassinatos?|assass[ií]nios?|assassinats?|"
    r"secuestros?|sequestros?|segrests?|maltratos?|malos\s+tratos|maus[\s-]+tratos|maltractaments?|violaci[óo]|violacións?|"
    r"agresi[óo]n(?:es)?\s+sexual(?:es)?|agress[ãa]o\s+sexual|agressi[óo]\s+sexual|abús|incestos?|anorexia|bulimia|"
    r"trastornos?\s+(?:alimentari|de\s+la\s+conducta\s+alimentari)\w*|transtornos?\s+alimentar\w*|trastorns?\s+alimentaris?|"
    r"autolesió|automutila[çc][ãa]o|drogadicci[óo]n|tiroteos?|pederastia|homofobia|esclavitud|escravid[ãa]o|terrorismo"
)
_HARD_LATIN = re.compile(rf"\b(?:{HARD_THING})\b", re.I)
# Hard things a book may depict, as word roots in any language.
HARD = re.compile(
    r"폭력|죽음|자살|자해|학대|성폭력|살인|고문|유혈|暴力|死(?!ぬほど)|亡く(?:な|し)|自殺|自杀|自傷|自残|虐待|拷問|酷刑|殺人|杀人|殺害|谋杀|性侵|家暴|流血|血腥|いじめ|霸凌|"
    # abduction, confinement, abortion, miscarriage, infidelity (ja, zh, ko: what a warning lists; a note still needs its mark or label)
    r"誘拐|連れ去|拉致|監禁|中絶|堕胎|墮胎|流産|不倫|绑架|綁架|拐卖|拐賣|囚禁|流产|流產|出轨|出軌|유괴|납치|감금|낙태|유산\s*(?:경험|장면)|불륜|"
    # and rape, drugs, addiction, eating disorders, racism, war (not ko 중독 alone: "책 중독" is a reader's joke)
    r"強姦|强奸|強暴|强暴|レイプ|性暴行|성폭행|강간|薬物|麻薬|吸毒|毒品|마약|약물|依存症|成瘾|成癮|(?:알코올|알콜|도박)\s?중독|摂食障害|進食障礙|进食障碍|섭식\s?장애|"
    r"人種差別|种族歧视|種族歧視|인종\s?차별|戦争|战争|戰爭|전쟁|"
    # depression and sexual scenes, staples of a warning's list as in the Latin one (not 性 alone: 性格 "character")
    r"抑郁|抑鬱|忧郁症|憂鬱症|うつ病|鬱病|性描写|性描寫|性(?:方面|相关|相關|的)的?(?:描写|描寫|场面|場面|场景|場景|内容|內容)|性的な(?:描写|場面|シーン)|(?<![\u3005\u4e00-\u9fff])性(?:に関する|に関わる|にまつわる)(?:描写|表現|場面|シーン)|(?<![\uac00-\ud7a3])성(?:에\s?관한|과\s?관련된)\s?(?:묘사|장면)|色情|"
    r"우울증|성적\s*(?:묘사|장면)|성\s*묘사|اكتئاب|דיכאון|अवसाद|افسردگی|ซึมเศร้า|(?<!\w)(?:депресс|депрес|depresyon|depresi|trầm\s+cảm)|"
    r"हिंसा|मृत्यु|मौत|आत्महत्या|शोषण|यातना|हत्या|बलात्कार|عنف|موت|وفاة|انتحار|اعتداء|تعذيب|قتل|تفجير|جثث|جثة|أشلاء|اغتصاب|تحرش|خشونت|مرگ|خودکشی|آزار|شکنجه|"
    r"ความรุนแรง|ความตาย|ฆ่าตัวตาย|ทารุณ|ฆาตกรรม|ข่มขืน|"
    # or, bn, gu, pa, mr: violence, death, suicide, exploitation, murder, rape, torture (not bn "হিংসা", envy)
    r"ହିଂସା|ମୃତ୍ୟୁ|ଆତ୍ମହତ୍ୟା|ଶୋଷଣ|ହତ୍ୟା|ବଳାତ୍କାର|ନିର୍ଯାତନା|সহিংসতা|মৃত্যু|আত্মহত্যা|ধর্ষণ|নির্যাতন|হত্যা|હિંસા|મૃત્યુ|આત્મહત્યા|બળાત્કાર|હત્યા|"
    r"ਹਿੰਸਾ|ਮੌਤ|ਖ਼ੁਦਕੁਸ਼ੀ|ਖੁਦਕੁਸ਼ੀ|ਬਲਾਤਕਾਰ|ਕਤਲ|मृत्यू|"
    # he, am, ta (their particles and prepositions written on to the word: no word boundary)
    r"אלימות|מוות|התאבדות|אונס|התעללות|רצח|עינוי|שואה|התמוטטות\s+נפשית|מחלת\s+נפש|פגיעה\s+עצמית|ሞት|ግድያ|ግርፋት|ጥቃት|ራስን\s+ማጥፋት|ስቃይ|வன்முறை|மரண|தற்கொலை|கொலை|சித்திரவதை|"
    r"(?<!\w)(?:насили|насильств|насилств|смрт|убиств|самоубиств|тортур|смерт|самоубийств|суицид|жесток|пытк|убийств|самогубств|смерті|şiddet|ölüm|intihar|istismar|işkence|"
    r"cinayet|tecavüz|kekerasan|kematian|bunuh\s+diri|pelecehan|penyiksaan|pembunuhan|bạo\s+lực|cái\s+chết|tự\s+tử|"
    r"lạm\s+dụng|przemoc|śmier|samobój|tortur|gwałt|zabójstw|znęca|molestow|violence|violent|death|dying|suicid|self[\s-]?harm|abuse|"
    r"torture|murder|gore|rape|war\b|gewalt|folter|selbstmord|suizid|missbrauch|vergewaltig|mord(?:e|es|s|en)?(?!\w)|geweld|moord|zelfmoord|"
    r"misbruik|verkracht|våld|vold(?!\w)|voldt|självmord|selvmord|sjølvmord|övergrepp|overgreb|overgrep|dör(?!\w)|död(?:en|s|a)?(?!\w)|dödsfall\w*|död(?:lig|s)?sjuk\w*|død(?:en|e|sfall\w*)?(?!\w)|dødsfall|sorg(?:en)?(?!\w)|svält|"
    # sv/da/no (and de, nl, pl, cs, fi): alcoholism and addiction, self-harm, bullying, war
    r"alkoholi[sz]m\w*|alcoholism\w*|alkoholik\w*|alkohol(?:missbruk|misbrug|misbruk)\w*|missbruk\w*|misbrug\w*|självskad\w*|selvskad\w*|sjølvskad\w*|"
    r"mobbning\w*|mobning\w*|krig(?:et|en|s)?(?!\w)|"
    # de, nl compounds: an addiction named by its substance, neglect, a death in the family ("Alkoholsucht", "Vernachlässigung",
    # "Todesfall"; not "Sehnsucht", "Eifersucht": longing, jealousy)
    r"(?:alkohol|drogen|spiel|mager|ess|brech|tabletten|medikamenten|heroin|kauf|internet)sucht|vernachlässig|verwahrlos|todesf[äa]ll|verwaarloz|"
    r"(?:massen|völker|serien|kinder|massa|volkeren|serie|mass|masse|folke?)m(?:o)?ord\w*|genozid\w*|genocid\w*|shoah|"
    r"sterb|stirbt|gestorben|tod(?:es)?(?!\w)|mort(?:e|s)?(?!\w)|muert|muere|muore|morre|dood(?!\w)|sterft|"
    # hy, kk, mn, tl, sw (and, below, te, kn, ml: their words written on to their particles)
    r"բռնությ|ինքնասպան|սպանությ|խոշտանգ|մահ(?!\w)|մահվան|մահամերձ|"
    # be (its own spelling: "смерць", "забойства", "гвалт"), cy (suicide, abuse, violence, death)
    r"смерц|забойств|гвалт|катаванн|самагубств|hunanladd|cam-?drin|trais|marwolaeth|зорлық|өлім|азапта|хүчирхийл|үхэл|амиа\s+хорло|karahasan|"
    r"pagpatay|pagpapakamatay|pagpapahirap|panggagahasa|kamatayan|vurugu|ukatili|mauaji|kujiua|ubakaji|kifo|"
    # tg, uz (both scripts), ky, tt/ba: violence, torture, killing or execution, murder, suicide, rape, death
    r"зӯровар|зуровар|шиканҷа|қатл|куштор|куштан|худкуш|таҷовуз|хушунат|марг(?:и)?(?!\w)|zo['ʻ‘’]?ravon|зўравон|qiynoq|қийноқ|qotil|қотил|"
    r"o['ʻ‘’]?z\s+joniga\s+qasd|ўз\s+жонига\s+қасд|o['ʻ‘’]lim(?!\w)|ўлим|zo['ʻ‘’]rla|зўрла|зомбулук|кыйноо|өлтүрүү|өз\s+жанын\s+кый|зордуктоо|өлүм|"
    r"көчләү|үтерү|үлем|үлеме|"
    # hu, fi, et, lv, lt, ro, el, cs/sk, hr/bs/sr/sl (Latin), ca: violence, abuse, suicide, death, murder, rape, torture
    r"erőszak|bántalmaz|öngyilkos|halál|gyilkos|kínz|väkival|itsemurh|kuolem|hyväksikäyt|raiska|kidut|murha|vägival|enesetap|"
    r"surm|väärkohtl|vardarbīb|pašnāvīb|nāve|spīdzin|smurt|savižud|mirt|prievart|kankin|violen[țţt][aăe]|sinucid|moart|abuz|crim[ăa](?!\w)|crimei|crimele|omor|"
    r"βία|βίας|αυτοκτον|θ[άα]ν[άα]τ|τραύμα|κακοποί|βιασμ|δολοφον|βασαν|násil|sebevražd|samovražd|smrt|týrán|znásiln|vražd|nasil|samoubi|"
    r"samoubojstv|zlostavlj|silovan|samomor|ubojstv|violència|suïcid|"
    # mt, sq, ga, gd, is (their warning labels are read above): death, violence, suicide, abuse, rape, murder, mourning
    r"mewt|vjolenz|suwi[ċc]id|abbu[żz]|stupru|qtil|luttu|vdekj|dhun[eëa]|vet[eë]vras|p[eë]rdhun|vrasj|b[áà]s(?!\w)|for[ée]igean|f[ée]inmhar|dúnmhar|éigniú|f[òo]irneart|f[èe]in-mharbh|dauð(?:a|i|ans)?(?!\w)|dauðsfall|ofbeldi|sj[áa]lfsv[íi]g|morð|nauðg|"
    # sr/bs (both scripts), mk, bg, sl: violence, abuse, rape, torture, murder, death (Cyrillic forms ru/uk do not share)
    # eu, ht, fy, li: violence, rape, death, killing, ill-treatment, suicide, slavery, torture, murder (eu "tortur", "suizid" above)
    r"indarkeri|bortxa|heriotz|hilketa|erailketa|tratu\s+txar|vyolans|vyòl|kadejak|lanmò|swisid|esklavaj|tòti|selsmoard|moard|ferkrêft|gewelt|"
    r"насиљ|злостављ|злоупотреб|силовањ|силувањ|изнасилв|мучењ|мучен(?:и|а|е)(?!\w)|мъчени|ubistv|mučenj|posilstv|zlorab|"
    r"злоставув|смърт|убиство|тортур|самоубиств|трговин\w*\s+људ|trgovin\w*\s+ljud)|"
    r"හිංසන|සියදිවි|මරණ|ඝාතන|အကြမ်းဖက်|သတ်သေ|ကိုယ့်ကိုယ်ကိုသတ်|ហិង្សា|អត្តឃាត|ការសម្លាប់|"
    r"హింస|హత్య|అత్యాచార|మరణ|ಹಿಂಸೆ|ಆತ್ಮಹತ್ಯೆ|ಕೊಲೆ|ಸಾವು|അക്രമ|മരണ|ആത്മഹത്യ|കൊലപാതക|പീഡന|"
    + _YI_HARD + "|" + _HARDSHIP,  # (yi, pointed or not: _pointed)
    re.I,
)
# A depiction, a scene, a mention, or "contains".
DEPICT = re.compile(
    r"묘사|장면|내용|언급|포함|記述|描写|描寫|表現|場面|シーン|含|触れ|言及|箇所|描述|情节|情節|内容|內容|涉及|包含|提及|提到|场景|場景|场面|画面|畫面|"
    r"वर्णन|चित्रण|दृश्य|ज़िक्र|जिक्र|उल्लेख|ଉଲ୍ଲେଖ|ବର୍ଣ୍ଣନା|ଦୃଶ୍ୟ|ଚିତ୍ରଣ|বর্ণনা|দৃশ্য|উল্লেখ|વર્ણન|દૃશ્ય|ઉલ્લેખ|ਵਰਣਨ|ਦ੍ਰਿਸ਼|ਜ਼ਿਕਰ|עוסק|עוסקת|תיאור|מתאר|סצנ|מכיל|ትዕይንት|ይጠቅሳ|ይገልጻ|አሉት|காட்சி|விவரி|وصف|مشاهد|مشهد|يحتوي|تحتوي|يتضمن|تتضمن|توصیف|صحنه|شامل|ฉาก|เนื้อหา|บรรยาย|"
    r"(?<!\w)(?:описан|сцен|содерж|упомина|йдеться|ідеться|йде\s+мова|идёт\s+речь|идет\s+речь|речь\s+идёт|речь\s+идет|sahne|betimle|içer|tasvir|adegan|deskripsi|mengandung|berisi|"
    r"cảnh|mô\s+tả|chứa|opis|scen|zawiera|depict|descri|descrev|scene|contain|includ|mention|portray|cena|escena|sc[eè]ne|szene|"
    r"schilder|geschildert|skildr|"  # (de, sv/da/no: depicts)
    r"darstell|beschreib|beschrieb|enth[äa]lt|rappresent|contien|cont[ée]m|retrat|bevat|beschrijv|décri|dépei|évoqu|"
    # hy, kk, mn, tl, sw: a scene, a description, a mention, "discusses"; te, kn, ml after
    r"сцэн|апісанн|згадк|golygf|disgrifi|s[ôo]n\s+am|"
    # eu, ht, fy: a description, a scene, "mentions", "appears", "talks of", "describes"
    r"deskribapen|deskribatz|eszena|aipatz|agertzen|pale\s+(?:de|sou)|dekri|sèn(?!\w)|mansyone|beskriuw|sênes?|"
    # tg, uz, ky, tt: a scene, a depiction, "is spoken of", a mention, "contains"
    r"саҳна|тасвир|сухан\s+(?:меравад|рафта)|зикр|ишора|дар\s+бар\s+мегир|sahna|eslatil|көрүнүш|сүрөттө|камтый|күренеш|сурәтл|"
    # hu, fi, et, lv, ro, el, cs/sk, hr/sr/sl: depicts, describes, a scene, contains, mentions
    r"ábrázol|leír|jelenet|tartalmaz|említ|kuvau|kuvaa|kuvata|kohtau|sisältä|mainit|kirjeld|stseen|sisalda|aprakst|satur|"
    # "deals with", "addresses", "portrays" (pt/es/fr, it, de/nl, en; sv/no/da)
    r"abord|tratt|behandel|deals?\s+with|tackl|skildr|beskriv|innehåll|indehold|inneh|handla[rs]?\s+om|handler\s+om|tar\s+(?:upp|opp)|tager\s+op|"
    # el: "is spoken of", "a mention", "deals with", "touches on"
    r"γίνεται\s+λόγος|λόγος\s+για|αναφορ[άέ]|πραγματεύ|θίγ|ασχολε[ίι]ται|"
    r"con[țţt]ine|περιγρ[αά]φ|σκην|περιέχ|αναφέρ|απεικον|scén|obsahuj|zobraz|líčen|sadrž|prikaz|vsebuj|"
    # hr/sr/bs (both scripts), mk, bg, sl: mentions, describes, contains, depicts, deals with, is spoken of
    r"s?pominj|spomenut|omenj|opisuj|opisan|obravnav|bavi\s+se|obrađuj|govori\s+o(?!\w)|"
    r"с?помињ|споменут|споменув|споменав|опис|садрж|содржи|съдърж|приказуј|приказан|прикажув|бави\s+се|обрађуј|"
    r"говори\s+(?:о|за)(?!\w)|става\s+дума|"
    r"տեսարան|նկարագր|հիշատակ|көрініс|сипатта|үзэгдэл|дүрсл|eksena|paglalarawan|tinatalakay|binabanggit|matukio|maelezo)|"
    r"సన్నివేశ|ప్రస్తావన|వర్ణన|ದೃಶ್ಯ|ವರ್ಣನೆ|ಉಲ್ಲೇಖ|രംഗ|വിവരണ|പരാമർശ|"
    # kn, te, ml, ta: a mention, a depiction, an account in detail ("ಪ್ರಸ್ತಾಪವಿದೆ", "చిత్రణ", "ചിത്രീകരണം", "சித்தரிப்பு")
    r"ಪ್ರಸ್ತಾಪ|ಪ್ರಸ್ತಾವ|ಚಿತ್ರಣ|ವಿವರಣೆ|ವಿವರಗಳ|చిత్రణ|చిత్రీకరణ|వివరాల|ചിത్രീകരണ|പ്രതിപാദ|சித்தரி|குறிப்பிட|"
    # "talks of", "is spoken of", "it is about", "touches on" (a note's other way to say what the book holds): th, zh, ja,
    # ko, vi, id/ms, then it/fr/es/pt/ca, de, nl, en, sv/da/no, pl, cs/sk, ro, tr
    r"พูดถึง|กล่าวถึง|เล่าถึง|ว่าด้วย|谈到|談到|讲到|講到|写到|寫到|说到|說到|扱[っうわい]|다루|다룬|이야기가\s*나|"
    r"(?<!\w)(?:nói\s+về|đề\s+cập|membahas|menyinggung|bercerita\s+tentang|"
    r"(?:parl[aeoi]|habla|fala)(?:-se|n|no)?\s+(?:anche\s+|aussi\s+|también\s+|também\s+)?(?:di|de|d['’]|du|des|del|della|dello|dei|delle|sobre|dos?|das?)(?!\w)|"
    r"il\s+est\s+question|trat[ao]n?\s+(?:de|sobre|del|temas?)(?!\w)|se\s+trata|menzion|mencion|men[țţt]ion|affront|"
    r"(?:es\s+)?geht\s+(?:es\s+)?um(?!\w)|die\s+rede\s+(?:von|ist)|thematisi|erwähn|handelt\s+von|gaat\s+over|aan\s+bod|vermeld|"
    r"talks?\s+(?:about|of)|discuss|touch(?:es|ed)?\s+(?:on|upon)|explor|berör|berører|tal(?:as|es)\s+om|snakk\w*\s+om|"
    r"mowa\s+o|porusza|wspomin|pojednáv|řeč\s+o|zmiň|zmien|vorb\w*\s+despre|este\s+vorba|bahsed|söz\s+ed)|" + _YI_DEPICT,  # (yi: _pointed)
    re.I,
)
DEPICT = guarded(DEPICT)  # (casefold.Guarded: its words looked for first, in the folded text)
# Saying there is none: "없습니다", "描写はありません", "नहीं", "ไม่มี", "ندارد" (anywhere in the note, as these
# languages put it after the thing); and before the thing, "no", "without", "без", "sin", "tanpa", "yok" … and Chinese
# "没有", "不含" in the thing's clause ("本书没有暴力描写"; "本文谈到家暴，但没有细写" names it: its detail is denied)
NEGATED = re.compile(
    r"없(?:습|어|음|다)|ありません|ございません|[はも](?:ない|なし)|なし\W*$|नहीं|बिना|ไม่มี|"
    r"لا\s+(?:يوجد|توجد|يحتوي|تحتوي)|بدون|ندارد|نیست|(?<!\w)(?:yok|değil|içermez|không|nélkül|нест|надорад|надоранд|yo['ʻ‘’]q|йўқ|жок|жоқ)(?!\w)", re.I)
NEGATED_BEFORE = re.compile(
    r"(?<!\w)(?:no|not|none|without|free\s+of|нет|без|бе|бидуни|не|tidak|tanpa|bukan|nie|bez|brak|sin|sem|não|sans|ohne|kein\w*|senza|"
    r"geen|nincs|nincsen|nem|ei|ilman|ilma|nav|nėra|fără|δεν|χωρίς|καμία|není|žádn\w*|žiadn\w*|nema|нема|няма|brez|nu\s+(?:este|există|conține|conţine))(?!\w)", re.I)

_NEGATED_ZH = re.compile(r"没有|沒有|不含|不涉及|并无|並無|毫无|毫無|[无無](?=[\u4e00-\u9fff]{0,3}(?:暴力|死|自杀|自殺|血))")
_CLAUSE_END = re.compile(r"[，,。；;！？!?、：:]")
# Portuguese "no" is "in the" ("há no romance cenas de violência"; its "not" is "não"): its letters and words tell it from es/en
_PORTUGUESE = re.compile(r"[ãõê]|(?<!\w)(?:há|não|também|muito|uma|são|estão)(?!\w)", re.I)


def names_hard_thing(text: str) -> bool:
    """Whether the note names a hard thing the book holds, not saying there is none ("※ 폭력 묘사는 없습니다")."""
    hard = HARD.search(text) or _HARD_LATIN.search(text)
    if not hard or NEGATED.search(text) or any(not (m.group(0).casefold() == "no" and _PORTUGUESE.search(text))
                                               for m in NEGATED_BEFORE.finditer(text[:hard.start()])):
        return False
    clause = _CLAUSE_END.split(text[:hard.start()])[-1]
    return not _NEGATED_ZH.search(clause + hard.group(0))
# The copy said to be free, right by its getting, in the writer's own words (a free-copy disclosure without a copy word or
# a publisher: de "Das Buch habe ich über die Leserunde kostenlos bekommen", en "I got it for free from the book club",
# ru "Книга досталась мне бесплатно");
# or, in the unspaced scripts, the publisher sending it to read free (th "ขอบคุณสำนักพิมพ์ที่ส่ง…มาให้อ่านฟรี")
FREE_GIVEN = re.compile(
    r"(?<!\w)(?:kostenlos|gratis|umsonst|free(?:\s+of\s+charge)?|gratuitement|gratuitamente|gratuit[oa]?|za\s+darmo|бесплатно|безкоштовно)"
    r"\s+(?:\w+\s+)?(?:bekommen|erhalten|zugeschickt|geschenkt|zur\s+verfügung\s+gestellt|überlassen|bereitgestellt|received|sent|given|reçu[es]{0,2}|envoy[ée]e?s?|recibid[oa]|enviad[oa]|"
    r"ricevut[oa]|inviat[oa]|recebid[oa]|gekregen|ontvangen|dostał[ae]?m|получил[аи]?|отримал[аи]?)(?!\w)|"
    r"(?<!\w)(?:got|received|was\s+given|was\s+sent|(?:sent|gave|reached|came\s+to)\s+(?:me|us)|reçu[es]{0,2}|recib[ií]\w*|ricevut[oa]|receb[ií]\w*|bekam|erhielt|dostał\w*|otrzymał\w*)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:for\s+free|free\s+of\s+charge|free(?=\s+from\s+(?:the|its)\s+publishers?\b)|gratuitement|gratis|gratuitamente|kostenlos|za\s+darmo)(?!\w)|"
    # the copy itself said to be free, after the getting: "got a free ebook copy", fr "reçu un exemplaire gratuit", es "recibí un
    # ejemplar gratuito", de "ein kostenloses Exemplar erhalten" (not "a free evening", no copy named in English)
    r"(?<!\w)(?:got|received|won|was\s+given|was\s+sent)\s+(?:an?|the|my|this)\s+(?:\w+\s+)?free\s+(?:\w+\s+)?(?:e-?books?|cop(?:y|ies)|editions?|books?|ARCs?|proofs?|audiobooks?)(?!\w)|"
    r"(?<!\w)(?:reçu[es]{0,2}|recib[ií]\w*|receb[ií]\w*|ricevut[oa])\s+(?:un[ae]?|uma?)\s+(?:\w+\s+){1,2}?(?:gratuit\w*|gratis)(?!\w)|"
    r"(?<!\w)(?:ein|eine|einen)\s+kostenlose[snm]?\s+(?:\w+\s+)?(?:bekommen|erhalten|zugeschickt)(?!\w)|"
    # ru/uk: the getting first, then free ("Книга досталась мне бесплатно", "Мені її надіслали безкоштовно")
    r"(?<!\w)(?:получил[аи]?|получен[аы]?|достал(?:ся|ась|ось|ись)|прислали|выслали|подарили|отримал[аи]?|отримав|"
    r"дістал(?:ася|ося|ися)|дістався|надіслали|подарували)\s+(?:\w+\s+){0,3}?(?:бесплатно|безвозмездно|даром|безкоштовно|задарма)(?!\w)|"
    r"สำนักพิมพ์\S{0,12}ส่ง\S{0,60}ฟรี|ส่ง\S{0,60}มาให้(?:อ่าน|รีวิว)?ฟรี", re.I)
# a first person in the sentence (the writer got it, not a character)
# (the languages that drop the pronoun say the person in the verb's ending: es "Recibí el libro gratis", pt "recebi", it "ho
# ricevuto", ca "vaig rebre", pl "dostałam"; not "recibió", the author's or a character's; English "I" in capitals: pl/cs "i" is "and"; in lower case before the getting, "i got")
FIRST_PERSON = re.compile(r"(?<!\w)j['’]|(?<!\w)(?:ich|wir|mir|uns|(?-i:I)|(?-i:i)(?=\s+(?:got|received|won|was\s+(?:given|sent))\b)|we|me|us|je|moi|yo|io|mi|eu|ik|jag|jeg|mig|meg|я|мне|мені|"
                          r"recib[ií]|recibimos|(?:he|hemos)\s+recibido|recebi|recebemos|(?:ho|abbiamo)\s+ricevut[oaie]|ricevetti|"
                          r"(?:vaig|vam)\s+rebre|dostałe[mś]|dostałam|dostaliśmy|dostałyśmy|otrzymał(?:e|a)m)(?!\w)|สำนักพิมพ์", re.I)
# Thanks, in many languages: a note that thanks the publisher for a copy or for sending it (notegift.edge_gift; the
# "thanks to" of a cause, "Dzięki egzemplarzowi od wydawnictwa …", is notegift._THANKS_TO)
THANKS = re.compile(
    r"(?<!\w)(?:thank|thanks|grateful|merci|remerci|gracias|agradec|agradez|agraïm|agraeix|gràcies|danke|dank|grazie|ringrazi|"
    r"obrigad|agradeç|bedankt|dziękuj|děkuj|ďakuj|tack|takk|tak(?!\w)|kiitos|köszön|mulțumesc|mulțumim|mulţumesc|teşekkür|teşekkürler|"
    r"teşekkürle|спасиб|благодар|дяку(?:ю|ємо)|вдячн|ευχαριστ|hvala|хвала|zahvaljuj|ačiū|dėkoju|dėkojame|paldies|aitäh|tänan|faleminderit|diolch|"
    r"terima\s+kasih|asante|salamat|cảm\s+ơn|شكر|تشكر|ممنون|سپاس|متشکر|תודה|धन्यवाद|आभार|শুকরিয়া|ধন্যবাদ|शुक्रिया|"
    r"շնորհակալ|მადლობ|рахмет|баярлалаа|rahmat|təşəkkür|sipas|spas)|ขอบคุณ|感谢|感謝|謝謝|谢谢|ありがと|감사|고맙",
    re.I,
)
# A copy, in many languages (the thing a publisher is thanked for): en, es, fr, it, pt, de/nl/scandinavian, pl, cs/sk, hu,
# tr, el, ar, fa, he, ru/uk/bg/sr, hr/sr/bs, lt, lv, et, fi, ro, vi, id
COPY_ANY = re.compile(
    r"(?<!\w)(?:cop(?:y|ies)|ejemplar|exemplaire|esemplar|exemplar|eksemplar|exemplaar|egzemplarz|výtisk|výtlač|példány|"
    r"nüsha|nüsh|kopya|αντίτυπ|экземпляр|екземпляр|примірник|примерак|примерк|примјер(?:ак|к)|примерок|primjer(?:ak|k)|primerk|primerak|egzempliori|eksemplār|eksemplar|"
    r"kappale|exemplarul|exemplar|envoi|envío|envio|zaslání|wysyłk|proof|galley|ARC)|نسخة|نسخه|نسخہ|עותק|ฉบับ|ที่ส่ง(?!เสริม|ต่อ)|献本|赠书|贈書|試讀本|试读本",
    re.I,
)
# The copy given in exchange for the writer's review or opinion, in the languages copywords.RECEIVED_FOR_REVIEW does not
# hold (en, es, fr, de, it, pt are there): the trade itself says the copy was the writer's for reviewing it, whatever
# the copy or the giver is called: nl "in ruil voor een eerlijke recensie", pl "w zamian za szczerą opinię", cs/sk
# "výměnou za recenzi", hu "cserébe a véleményemért" / "őszinte értékelésért cserébe", ro "în schimbul unei recenzii",
# ru/uk/bg "в обмен на честный отзыв", "в обмін на відгук", "в замяна на ревю", tr "dürüst bir yorum karşılığında", el "με
# αντάλλαγμα μια κριτική", sv/da/no "i utbyte mot en recension", "i bytte for en anmeldelse", fi "rehellistä arviota vastaan",
# hr/sr/bs/sl "u zamjenu za recenziju", "v zameno za recenzijo", lt "mainais už atsiliepimą", lv "apmaiņā pret atsauksmi",
# id/ms "sebagai ganti ulasan", "dengan imbalan ulasan", ca "a canvi d'una ressenya" (dictionary words, not page phrases)
_HONEST = (r"(?:eerlijke?|szczer\w+|upřímn\w+|úprimn\w+|őszinte|onest[ăe]|sincer[ăe]|честн\w+|чесн\w+|dürüst|ειλικριν\w+|ärlig|"
           r"ærlig|rehellis\w+|iskren\w+|sąžining\w+|godīg\w+|jujur|honest\w*|objektív|obiektywn\w+|объективн\w+)\s+")
EXCHANGED = re.compile(
    r"(?<!\w)(?:in\s+ruil\s+voor\s+(?:een\s+|mijn\s+)?(?:eerlijke?\s+)?(?:recensie|review|mening|beoordeling)|"
    rf"w\s+zamian\s+za\s+(?:{_HONEST})?(?:recenzj\w+|opini\w+|ocen\w+)|(?:výměnou|vyměnou|výmenou|vymenou)\s+za\s+(?:{_HONEST})?(?:recenz\w+|názor|hodnocen\w+)|"
    rf"cserébe\s+(?:egy\s+|a\s+)?(?:{_HONEST})?(?:vélemény(?:em)?ért|értékelés(?:em)?ért|recenzió(?:m)?ért|kritiká(?:m)?ért|ismertető(?:m)?ért)|"
    rf"(?:vélemény(?:em)?ért|értékelés(?:em)?ért|recenzió(?:m)?ért|kritiká(?:m)?ért|ismertető(?:m)?ért)\s+cserébe|"
    rf"[îi]n\s+schimbul\s+(?:unei\s+|unui\s+)?(?:{_HONEST})?(?:recenzi\w+|opinii\w*|păreri\w*)|"
    rf"в\s+(?:обмен|обмін|замяна)\s+(?:на|за)\s+(?:{_HONEST})?(?:отзыв\w*|рецензи\w+|відгук\w*|ревю|мнение|мнени\w+|думк\w+)|"
    rf"(?:{_HONEST})?(?:bir\s+)?(?:inceleme|yorum|değerlendirme|eleştiri)\w*\s+karşılığında|"
    rf"(?:με|σε)\s+αντάλλαγμα\s+(?:μια\s+|την\s+)?(?:{_HONEST})?(?:κριτική|γνώμη|αξιολόγηση)|"
    rf"i\s+(?:utbyte|bytte)\s+(?:mot|for|mod)\s+(?:en\s+|ei\s+|min\s+)?(?:{_HONEST})?(?:recension|anmeldelse|omtale|omdöme|vurdering)|"
    rf"(?:{_HONEST})(?:arvio\w*|arvostelu\w*|mielipite\w*)\s+vastaan|vastineeksi\s+(?:rehellisestä\s+)?(?:arvio|arvostelu|mielipitee)\w*|"
    rf"[uv]\s+(?:zamjen[uao]|zamen[uao])\s+za\s+(?:{_HONEST})?(?:recenzij\w+|mišljenj\w+|mnenj\w+|osvrt\w*)|"
    rf"mainais\s+už\s+(?:{_HONEST})?(?:recenzij\w+|atsiliepim\w+|nuomon\w+)|apmaiņā\s+pret\s+(?:{_HONEST})?(?:atsauksm\w+|recenzij\w+)|"
    rf"(?:sebagai\s+(?:ganti|gantinya|imbalan)|dengan\s+imbalan|sebagai\s+pertukaran\s+(?:untuk|dengan))\s+(?:sebuah\s+)?(?:ulasan|resensi|review)|"
    r"a\s+canvi\s+d['’]una\s+(?:ressenya|opini[óo])|"
    # tl "kapalit ng tapat na rebyu", sw "badala ya maoni ya kweli", vi "để đổi lấy một bài đánh giá", is "í skiptum fyrir
    # umsögn", et "aususe arvustuse vastu", sq "në këmbim të një recensioni", eu "iruzkin zintzo baten truke", af "in ruil vir
    # 'n eerlike resensie", cy "yn gyfnewid am adolygiad", az "rəy müqabilində", uz "sharh evaziga"
    r"kapalit\s+ng\s+(?:isang\s+)?(?:tapat\s+na\s+)?(?:rebyu|review|pagsusuri|opinyon|puna)|badala\s+ya\s+(?:maoni|uhakiki|tathmini)|"
    r"(?:để\s+)?đổi\s+lấy\s+(?:một\s+)?(?:bài\s+)?(?:đánh\s+giá|nhận\s+xét|review|cảm\s+nhận)|"
    r"í\s+skiptum\s+fyrir\s+(?:heiðarlega\s+)?(?:umsögn|gagnrýni|ritdóm)|(?:aus(?:a|as)\s+)?arvustuse\s+vastu|vastutasuks\s+(?:\w+\s+)?arvustuse\s+eest|"
    r"në\s+këmbim\s+(?:të|për)\s+(?:një\s+)?(?:recension|vlerësim|mendim)\w*|iruzkin\s+(?:zintzo\s+)?baten\s+truke|"
    r"in\s+ruil\s+vir\s+['’]n\s+(?:eerlike\s+)?(?:resensie|mening|beoordeling)|yn\s+gyfnewid\s+am\s+(?:adolygiad|farn)|"
    r"(?:rəy|şərh)\w*\s+müqabilində|(?:sharh|fikr|taqriz)\w*\s+evaziga)(?!\w)",
    re.I,
)
EXCHANGED = guarded(EXCHANGED)  # (casefold.Guarded: its words looked for first, in the folded text)
# zh: a copy claimed free, or through a shop's or a publisher's trial programme (试用, 试读), as buyers and readers say it
# where no giver is named: "这本书是通过…试用免费领取的", "本書為試讀活動申請到的"; ko, a trial group's copy ("체험단"). This
# book ("这本书", "本書", not "书店" or "书签") named before it in the clause, and no negation between ("这本书不是免费领取的").
_ZH_CLAIMED = r"(?:领取|領取|获得|獲得|得到|拿到|申请到|申請到|领到|領到|收到|中签|中籤)"
CLAIMED_FREE = (r"(?:(?:(?:这|這)本?|此|该|該|本)(?:书|書)|(?:这|這)本)(?![^。！!？?，,]{0,16}?(?:不是|并非|並非|没有|沒有|不算))[^。！!？?]{0,20}?"
                r"(?:(?:免费|免費)(?:试用|試用|试读|試讀)?" + _ZH_CLAIMED + r"|(?:试用|試用|试读|試讀)(?:活动|活動)?(?:中|里|裡)?(?:免费|免費)?"
                + _ZH_CLAIMED + r"|0元(?:试用|試用|领取|領取|购|購))|(?:서평|도서|책)\s?체험단(?!\s?(?:모집|신청|안내|이벤트))")  # (not a call: "서평 체험단 모집")
# A practice announced, not a copy disclosed (copywords.NOT_MINE): the writer or the reviews "say clearly when" (whether, if) a
# copy was free, en, es, fr, de, it, pt, nl, sv/da/no, pl ("Every review says clearly when a publisher sent me a copy")
PRACTICE = (
    r"\b(?:say|says|state|states|note|notes|mention|mentions|disclose|discloses|flag|flags|indicate|indicates|tell\s+you|tells\s+you|"
    r"indico|indica|digo|dice|menciono|menciona|aviso|avisa|señalo|señala|especifico|especifica|indique|indiquent|signale|signalent|"
    r"précise|précisent|mentionne|mentionnent|dis|dit|angeben|kennzeichne|kennzeichnet|erwähne|erwähnt|vermerke|vermerkt|"
    r"dico|segnalo|segnala|specifico|specifica|menziono|menziona|informo|informa|sinalizo|sinaliza|vermeld|vermeldt|meld|meldt|"
    r"anger|anges|oppgir|angiver|skriver|zaznaczam|zaznacza|informuję|informuje|piszę|pisze)"
    r"\s+(?:(?:[\w-]+(?:ly|mente|ment|lich)|always|siempre|toujours|immer|stets|sempre|altijd|alltid|altid|"
    r"zawsze|clearly|claro|klar|deutlich|duidelijk|tydligt|tydelig|wyraźnie|ich|ik|jag|jeg),?\s+){0,2},?\s*"
    r"(?:when|whenever|whether|if|cuando|si|quand|lorsqu\w*|wenn|ob|quando|se|wanneer|als|of|när|om|når|hvis|kiedy|czy|jeśli|gdy)\b"
    # (the clause the conjunction opens names the giver or the copy within a few words: "I will say if that mattered" is no practice)
    r"(?=\s+(?:[\w'’-]+\s+){0,3}(?:publisher|author|publicist|cop(?:y|ies)|books?|ARCs?|editorial|editora|editore|casa\s+editrice|[ée]diteur|"
    r"[ée]ditions|auteur|autor|autore|verlag|uitgever\w*|forlag\w*|förlag\w*|wydawnictw\w*|exemplar|ejemplar|exemplaire|esemplare|"
    r"egzemplarz|libro|livre|livro|buch|boek|bok(?:en)?|książk\w*)\b)")
