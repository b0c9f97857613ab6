"""The word for a review as a blog's category or tag writes it, in each language and script (classify.REVIEW_TERMS):
a post filed under it ("Reviews", "Рецензии", "რეცენზიები", "書評", "รีวิวหนังสือ") is filed as a review. Platform and
language knowledge: the common noun each language's book blogs file their reviews under, not one blog's label.

Latin and Cyrillic words are matched as whole words ("reviews", not "reviewers' guidelines"; "kritika", not
"kritikus"); the scripts that write no spaces between words, or whose vowel signs break a word boundary (Thai, the
Indic scripts, Chinese, Japanese, Korean), as a part of the label ("รีวิวหนังสือ", "読書感想文", "서평단").
"""

from __future__ import annotations

import re

from .casefold import guarded

_WORDED = (
    # en, es, pt, fr, ca, de, it, nl, pl, cs, sk, ro, sl/hr/lt/lv, sv, da/no, fi, et, hu, tr, id/ms, cy, eu/hu
    r"reviews?|book\s+reviews?|rese[ñn]as?|resenhas?|ressenyes?|ressenya|critiques?|chroniques?|"
    r"rezension(?:en)?|buchbesprechung(?:en)?|recension[ei]|recensies?|recenzj[ae]|recenz[ei]|recenzi[ei]|recenzii|"
    r"recenzij[ae]|recenzijos|recenzió[kt]?|recension(?:er)?|anmeldelse[nr]?|arvostelu[tj]?|kirja-arvio(?:t|ita)?|"
    r"arvustus(?:ed)?|kritik(?:a|en|ák|ai)?|inceleme(?:ler)?|ulasan|resensi|adolygiad(?:au)?|"
    # ru, uk, be, bg, sr/mk, kk: "рецензия", "рецензії", "рэцэнзіі"; el "κριτική", "βιβλιοκριτικές"
    r"рецензи[яиюй]|рецензі[яїю]|рэцэнзі[яі]|рецензиј[аеи]|(?:βιβλιο)?κριτικ(?:ή|ές)"
)
_UNSPACED = (
    # ka, hy, he, ar, fa, hi/mr, bn, ta, te, kn, ml, si, th, vi, zh, ja, ko
    r"რეცენზი|მიმოხილვ|գրախոսություն|գրախոսական|ביקור(?:ת|ות)\s+ספרים|ביקורות|مراجع(?:ة|ات)|نقد\s+(?:و\s+بررسی\s+)?کتاب|"
    r"समीक्षा|সমালোচনা|বই\s*রিভিউ|விமர்சனம்|மதிப்புரை|நூல்\s*அறிமுகம்|సమీక్ష|ವಿಮರ್ಶೆ|നിരൂപണം|ග්‍රන්ථ\s*විචාර|විචාරය|รีวิว|"
    # (a book's introduction, the Indic papers' name for their review column, as ta "நூல் அறிமுகம்": te "పుస్తక పరిచయం",
    # hi/mr "पुस्तक परिचय", kn "ಪುಸ್ತಕ ಪರಿಚಯ", ml "പുസ്തക പരിചയം", gu "પુસ્તક પરિચય", bn "বই/গ্রন্থ পরিচিতি")
    r"పుస్తక\s*పరిచయం|पुस्तक\s*परिचय|ಪುಸ್ತಕ\s*ಪರಿಚಯ|പുസ്തക\s*പരിചയം|પુસ્તક\s*પરિચય|(?:বই|গ্রন্থ)\s*পরিচিতি|"
    r"গ্রন্থালোচনা|(?:বই|গ্রন্থ)\s*আলোচনা|পাঠ\s*প্রতিক্রিয়া|"
    r"điểm\s+sách|review\s+sách|书评|書評|读后感|讀後感|レビュー|読書感想|서평|리뷰|독후감"
)
REVIEW_TERMS = re.compile(rf"(?<!\w)(?:{_WORDED})(?!\w)|{_UNSPACED}", re.I)
REVIEW_TERMS = guarded(REVIEW_TERMS)  # (casefold.Guarded: its words looked for first, in the folded text)


# "this book", "the novel", "das Buch", "ce roman", "το ίδιο βιβλίο", "boken": the article or demonstrative before
# the book's noun (one word may come between, "the whole book"), in our languages; "the book club", "the book fair"
# are other things.
WORK_REFERENCE = re.compile(
    # (one word boundary before all the branches: the engine tries them only where a word starts)
    r"\b(?:"
    r"(?:this|the|that)\s+(?:(?!an?\s)[a-z]+\s+){0,2}(?:book|novel|novella|memoir)\b"
    r"(?!['’]?s?\s*(?:club|shop|store|fair|tour|blog|world|market)s?\b)|"
    r"(?:ce|cet|le|du|au)\s+(?:livre|roman|récit)\b|"
    r"(?:este|ese|el|del|al)\s+libro\b|(?:esta|esa|la)\s+novela\b|"
    r"(?:questo|quel|il|del|nel|al|dal)\s+(?:libro|romanzo)\b|"
    r"(?:este|esse|o|do|no)\s+(?:livro|romance)\b|"
    r"(?:dieses|das|des|dem|diesem|der|den|dieser|diesen)\s+(?:Buch(?:es|s|e)?|Roman(?:s|e)?)\b|"
    r"(?:dit|het|deze|de)\s+(?:boek|roman)\b|"
    r"(?:boken|bogen|romanen|bokens|bogens|romanens)\b|"
    r"(?:το|του|αυτό\s+το)\s+(?:[^\W\d_]+\s+)?(?:βιβλίο|βιβλίου|μυθιστόρημα|μυθιστορήματος)\b|"
    r"(?:ta|tej|tę|tą)\s+(?:książk\w+|powieś\w+)|(?:w|o)\s+(?:książce|powieści)\b|"
    r"эт\w{1,2}\s+(?:книг\w*|роман\w*)|в\s+(?:книге|романе)\b|ц\w{1,3}\s+(?:книг\w*|роман\w*)|"
    r"[ув]\s+(?:книзі|романі)\b|"
    # Turkish "bu kitap", "romanın"; Finnish "tämä kirja"; Estonian "see raamat"; Romanian "cartea", "romanul";
    # Hungarian "a könyv"; Czech and Slovak "tato kniha"; Indonesian "buku ini"; Vietnamese "cuốn sách này"
    # (tr "kitaptaki": what is in the book)
    r"bu\s+(?:kitap|roman)\w*|(?:kitab|roman)ın\b|(?:kitapta|romanda)(?:ki)?\b|"
    r"(?:tämä|tämän|tässä|tätä)\s+(?:kirj|romaan)\w*|(?:see|selle|selles|seda)\s+(?:raamat|romaan)\w*|"
    r"(?:cartea|cărții|cartii|romanul|romanului)\b|(?:a|ez\s+a|ezt\s+a)\s+(?:könyv|regény)\w*|"
    r"(?:tato|této|tuto|touto|tento|tohoto|tomto|táto|túto)\s+(?:knih\w*|román\w*)|(?:buku|novel)\s+ini\b|"
    r"(?:cuốn|quyển)\s+(?:sách|tiểu\s+thuyết)\s+này\b|"
    # Arabic and Hebrew write the article on the noun ("الرواية", "הספר"; Hebrew's "in", "as" take it in: "בספר",
    # "כרומן"); Persian, Urdu, Hindi and Bengali a demonstrative or a definite ending ("این کتاب", "یہ ناول",
    # "यह उपन्यास", "বইটি"; Nepali "यो कथासङ्ग्रह")
    r"[وفبلك]?ال(?:كتاب|رواية|روايه)(?!\w)|[ובלמש]?ה(?:ספר|רומן)(?!\w)|[וש]?[בכ](?:ספר|רומן)(?!\w)|"
    r"(?:این|آن)\s+(?:کتاب|رمان)|"
    # (Urdu's whole word, and not its book fair, club, shop, market, house: "اس کتاب میلے", at this book fair)
    r"(?:یہ|اس|اِس|وہ|اُس)\s+(?:کتاب|ناول)(?![\u0600-\u06ff])(?!\s+(?:میل[ہےو]|کلب|دکان|بازار|گھر|خانہ))|"
    r"(?:यह|इस|ये|वह|उस|यो|यस|त्यो|त्यस)\s+(?:किताब|पुस्तक|उपन्यास|कृति|(?:कथा|कविता|कहानी)?[-\s]?(?:संग्रह|सङ्ग्रह)(?!ालय))|(?:বই|উপন্যাস)(?:টি|টা)|(?:এই|এ)\s+(?:বই|উপন্যাস)|"
    # (Assamese puts its definite classifier on the noun, "কিতাপখন", "উপন্যাসখনত": the book, in the novel)
    r"(?:কিতাপ|উপন্যাস|গ্ৰন্থ)খ(?:ন|নি)(?:ৰ|ত|ক|েই)?(?![\u0980-\u09ff])|এই\s+(?:কিতাপ|উপন্যাস|গ্ৰন্থ)"
    r")",
    re.I,
)
# "this book", "the novel" in the languages WORK_REFERENCE does not hold (counted on the text it left, so a
# form both read counts once): vi "truyện này", "cuốn này"; ka "ეს წიგნი", "ამ რომანში"; hy "այս գիրքը", "վեպը"; kk
# "бұл кітап", "осы роман"; uz "bu kitob"; be "гэтая кніга"; si "මේ පොත", "මෙම නවකතාව"; kn "ಈ ಪುಸ್ತಕ"; ta "இந்த
# நாவல்"; te "ఈ పుస్తకం"; ml "ഈ പുസ്തകം"; mr "हे पुस्तक"; kn with an adjective between, "ಈ ಐತಿಹಾಸಿಕ ಕಾದಂಬರಿ" (no time word: "this year's"); cy "y llyfr", "y nofel"; fa "کتاب را" (the definite object)
# Where the demonstrative follows the noun, a word may come between, as "the whole book" in English: vi "tiểu thuyết
# mỏng này", "cuốn sách hay này"; id/ms "novel pendek ini", "buku tipis ini"; tl "nobelang maikli na ito" (never a
# word of time or of an issue: "cuốn sách tháng này", "buku bulan ini" are this month's book, "số này" this issue).
# The word between comes only after the whole noun, vi "cuốn/quyển sách|truyện" or "tiểu thuyết" ("cuốn" alone is a
# classifier of any bound thing, "cuốn lịch này" a calendar, and a verb's syllable, "cuốn hút" to charm), and is no
# name (not capitalised: "Roman Polanski ini"); id/ms "roman" in lower case only (a man's name when capitalised); and
# no noun heads "buku" (a shop, a fair, a festival, a club of books: "toko buku baru ini" is a bookshop)
_NOT_BETWEEN_VI = r"(?!(?:tháng|năm|tuần|kỳ|kì|số|lần|mùa|đợt|ngày|tối|sáng)\s)"
_NOT_BETWEEN_ID = r"(?!(?:tahun|bulan|minggu|pekan|hari|musim|edisi|kali|malam|pagi)\s)"
# (a word's first letter no capital: Latin's, and Vietnamese's precomposed capitals, the even points of U+1EA0–U+1EF8)
_UNCAPITALISED = "(?-i:(?![A-ZÀ-ÖØ-ÞĐƠƯ" + "".join(map(chr, range(0x1EA0, 0x1EFA, 2))) + "]))"
_NOT_HEADED = "".join(rf"(?<!{head}\s)" for head in (
    "toko", "kedai", "kios", "pasar", "bazar", "pameran", "pesta", "festival", "klub", "kelab", "komunitas", "acara",
    "peluncuran", "bedah", "penerbit", "rak", "sampul", "daftar", "gudang", "perpustakaan"))
MORE_WORK_REFERENCES = re.compile(
    r"(?<!\w)(?:(?:truyện|tiểu\s+thuyết|(?:cuốn|quyển)(?:\s+(?:sách|truyện))?)\s+này|"
    rf"(?:(?:cuốn|quyển)\s+(?:sách|truyện)|tiểu\s+thuyết)\s+{_NOT_BETWEEN_VI}{_UNCAPITALISED}\w+\s+này|"
    rf"{_NOT_HEADED}(?:buku|novel|(?-i:roman)|cerpen)\s+{_NOT_BETWEEN_ID}(?!ini\b){_UNCAPITALISED}\w+\s+ini|"
    r"(?:librong|aklat\s+na|nobelang)\s+(?:\w+\s+(?:na\s+)?)?ito|itong\s+(?:libro|aklat|nobela)|"
    # (tl the subject's article on the singular noun, "ang nobela": "the novel"; "ng mga libro" is books, and "ng"/"sa"
    # also make compounds, "paglulunsad ng aklat" a book launch, "tindahan ng libro" a bookshop)
    r"ang\s+(?:nobela|aklat|libro)(?![\w-])|"
    r"(?:ეს|ამ)\s+(?:წიგნ|რომან)\w*|(?:այս|այդ)\s+(?:գիրք|գրք|վեպ)\w*|(?:գիրքը|վեպը|գրքում|վեպում)|"
    r"(?:бұл|осы)\s+(?:кітап|роман|повест|шығарма)\w*|(?:bu|ushbu)\s+(?:kitob|roman|qissa|asar)\w*|гэт\w{1,3}\s+(?:кніг|раман)\w*|"
    # the Turkic genitive "the book's", "the novella's", "the work's" (as tr "romanın"): kk "кітаптың", "повестің",
    # "шығарманың"; ky "китептин", "чыгарманын"; uz "kitobning", "asarning"; az "kitabın", "əsərin"; tt/ba "китапның",
    # "әсәрнең"; and the demonstrative before the noun in ky "бул китеп", az "bu kitab/əsər", tt/ba "бу/был китап", tg
    # "ин китоб", mn "энэ ном/зохиол"
    r"(?:кітаптың|романның|повестің|шығарманың|китептин|романдын|повесттин|чыгарманын|kitobning|romanning|asarning|qissaning|"
    r"kitabın|əsərin|povestin|китапның|романның|әсәрнең|әҫәрҙең)|(?:бул|ушул)\s+(?:китеп|роман|повесть|чыгарма)\w*|"
    r"bu\s+(?:kitab|əsər|povest)\w*|(?:бу|был|шушы)\s+(?:китап|роман|әсәр|әҫәр)\w*|(?:ин|ҳамин)\s+(?:китоб|роман|асар|қисса)\w*|"
    r"энэ\s+(?:ном|роман|зохиол)\w*|"
    r"(?:y|yr)\s+(?:llyfr|nofel)(?!\w))|"
    r"(?:මේ|මෙම)\s+(?:පොත|නවකතාව)|ಈ\s+(?:(?!ವರ್ಷ|ವಾರ|ತಿಂಗಳ|ದಿನ|ಬಾರಿ|ಸಲ)[^\s,.]+\s+)?(?:ಪುಸ್ತಕ|ಕಾದಂಬರಿ|ಕೃತಿ|(?:ಕಥಾ|ಕವನ)?ಸಂಕಲನ)|இந்த\s+(?:புத்தக|நாவல[\u0bbe-\u0bcd]|நூல[\u0bbe-\u0bcd])|ఈ\s+(?:పుస్తక|నవల)|"
    r"ഈ\s+(?:പുസ്തക|നോവൽ)|(?:हे|ही|या)\s+(?:पुस्तक|कादंबरी)|"
    # Persian marks a definite object with "را" after it: "کتاب را" is "the book" as an object (Tajik has no such mark)
    r"(?<!\w)(?:کتاب|رمان)\s+را(?!\w)|"
    # ha "wannan (tsohon) littafi", "littafin nan", "the book" closing a clause ("… da littafin."); yo "ìwé yìí"; ig "akwụkwọ
    # a"; sw "kitabu hiki", "riwaya hii"; so "buuggan"; eu "liburu hau", "eleberri honetan"; ca "aquest llibre", "aquesta
    # novel·la"; sq "ky libër", "këtë roman"; af "hierdie boek"; lt "ši knyga"; lv "šī grāmata"; is "þessi bók", "bókin";
    # mt "dan il-ktieb"; am "ይህ መጽሐፍ", "መጽሐፉ"
    r"(?<!\w)(?:(?:wannan|wancan)\s+(?:[^\W\d_]+\s+)?(?:littafi|labari)\w*|littafin\s+nan|littafin(?=\s*[.,;:!?])|"
    r"ìwé\s+(?:yìí|náà)|iwe\s+(?:yii|naa)|akwụkwọ\s+(?:a|ahụ)(?!\w)|akwukwo\s+(?:a|ahu)(?!\w)|(?:kitabu|riwaya)\s+(?:hiki|hii|hicho|hiyo)|"
    r"buug(?:gan|gaas|ga)|(?:liburu|eleberri)\s+(?:hau|honen|honetan|hori|horretan)|(?:aquest|aquesta|aqueix)\s+(?:llibre|novel·la|novel\.la)|"
    r"(?:ky|këtë|këtij)\s+(?:libër|libri|roman\w*)|hierdie\s+(?:boek|roman)|(?:ši|šią|šios|šioje|šis|šį)\s+(?:knyg\w*|roman\w*)|"
    r"(?:šī|šo|šajā|šis|šajā)\s+(?:grāmat\w*|romān\w*)|(?:þessi|þessa|þessari)\s+(?:bók\w*|skáldsög\w*)|bókin(?!\w)|"
    r"dan\s+il-(?:ktieb|rumanz))(?!\w)|ይህ\s*መጽሐፍ|መጽሐፉ",
    re.I,
)
