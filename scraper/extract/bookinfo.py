"""Info lines and labels: what a "Label: value" line about a book may give, and what it never gives.

Reviews close (or open) with a record of the book read, set off by a label. Two kinds of label matter:

- a record label ("Ficha", "Scheda", "Fiche", "Book details", "Datos del libro", "书目"): the value is the whole
  bibliographic line ("*Title*, Author. Publisher, 2024."), to be read without its label;
- a fact label ("Edizione letta", "Edición", "Publisher", "Verlag", "Translator", "Original title", "Pages",
  "ISBN", "版本", "出版"): the value is an edition, a publisher, a translator or an original-language title,
  never the book's title and author.

A label never becomes part of a title: a line is read without it, or not at all.

Also here: remarks that sit where a name would ("重读《T》" a reread, "《T》（全三部）" a set of three volumes), which are
not authors.
"""

from __future__ import annotations

import re

# the labels of a book's title and of its author in our languages
_TITLE_LABEL = (
    r"(?:book\s+)?title|titel|t[íi]tulo|titre|titolo|t[íi]tol|tytuł|book|buch|boek|libro|livre|livro|llibre|название|книга|назва|"
    r"书名|書名|タイトル|제목|도서명|책|kitap|kitab[ıi]n\s+ad[ıi]|eser|judul(?:\s+buku)?|n[áa]zev|c[íi]m|τ[ίι]τλος|tên\s+sách|"
    r"نام\s+کتاب|عنوان\s+الكتاب|العنوان|اسم\s+الكتاب|الكتاب|الرواية|اسم\s+الرواية|ชื่อหนังสือ|ชื่อเรื่อง|כותר(?:ת)?|שם\s+הספר|"
    r"पुस्तक|किताब|उपन्यास|पुस्तक\s+का\s+नाम|শিরোনাম|বই|ਪੁਸਤਕ(?:\s+ਦਾ\s+ਨਾਂ?ਮ?)?|ਕਿਤਾਬ|ਨਾਵਲ|ਸਿਰਲੇਖ|પુસ્તક(?:નું\s+નામ)?|નવલકથા|શીર્ષક|kitabu|jina\s+la\s+kitabu|riwaya|pealkiri|raamat|китоб|kitob|kitab|кітап|китеп|китап|ном(?:ын\s+нэр)?|гарчиг|"
    # (above: Arabic "the title" alone, "العنوان", beside an author row; "book" in tg/uz, az/ms, kk, ky, tt/ba, with "writer" below;
    # Mongolian "ном", "номын нэр", "гарчиг": book, the book's name, title, beside its "Зохиолч:" row)
    # the scripts whose author labels are below: Tamil, Telugu, Kannada, Malayalam (book, work, title, the book's name),
    # Georgian, Armenian, Urdu (Amharic's "መጽሐፍ፦ T" takes the Ethiopic colon, which bookfirstrow reads)
    r"நூல்(?:\s+பெயர்)?|நூலின்\s+பெயர்|புத்தகம்|தலைப்பு|పుస్తకం(?:\s+పేరు)?|రచన|శీర్షిక|ಕೃತಿ(?:ಯ\s+ಹೆಸರು)?|ಪುಸ್ತಕ(?:ದ\s+ಹೆಸರು)?|ಶೀರ್ಷಿಕೆ|"
    r"പുസ്തകം|പുസ്തകത്തിന്റെ\s+പേര്|കൃതി|ശീർഷകം|წიგნი|სათაური|գիրք|վերնագիր|کتاب|عنوان\s+کتاب|"
    # Khmer, Lao, Myanmar (title, the book's name, book; their writer labels below; Khmer's colon "៖": bookbiblio)
    r"ចំណងជើង(?:សៀវភៅ)?|ឈ្មោះសៀវភៅ|សៀវភៅ|ຊື່ປຶ້ມ|ຫົວເລື່ອງ|ປຶ້ມ|စာအုပ်အမည်|စာအုပ်|ခေါင်းစဉ်|"
    # Odia (book, the book's name, novel, title), Sinhala (book, the book's name, novel, title), Assamese (book)
    r"ପୁସ୍ତକ(?:ର\s+ନାମ)?|ବହି(?:ର\s+ନାମ)?|ଉପନ୍ୟାସ|ଶୀର୍ଷକ|පොත(?:ේ\s+නම)?|නවකතාව|මාතෘකාව|কিতাপ(?:ৰ\s+নাম)?|"
    # Bengali and Assamese "grantha" (book, a work; its name), written with the Bengali ra or the Assamese ra
    r"গ্[রৰ]ন্থ(?:ের\s+নাম|ৰ\s+নাম)?|"
    # "title" in mt/ro, cy, ga, gd, is, sq, hr/bs/sr/sl, lt, lv, nb/nn/da, eu (a record's title row beside its author row)
    r"titlu|teitl|teideal|tiotal|titill|titulli|naslov|pavadinimas|nosaukums|tittel|izenburua"
)
AUTHOR_WORDS = (
    r"authors?|written\s+by|writer|auteure?|autrice|autor(?:in|a|e|es|ka|zy|ius|s|ica)?|autori|autoři|avtor(?:ica)?|autoare|"
    r"schrijver|escritora?|scrittrice|scrittore|"  # (cs/sk/pl "autorka", pl "autorzy", cs "autoři", sl "avtor(ica)", hr "autorica", ro "autoare", lt "autorius", lv "autors")
    r"автор(?:ы|и)?|авторка|作者|著者|저자|지은이|yazar[ıi]?|penulis|pengarang|szerző|συγγραφ[έε]ας|tác\s+giả|f[öo]rfattare|forfatter|"
    r"kirjailija|kirjoittaja|tekijä|verfasser(?:in)?|نویسنده|المؤلفة?|الكاتبة?|تأليف|ผู้เขียน|ผู้แต่ง|מחבר(?:ת)?|סופר(?:ת)?|"
    r"लेखक|लेखिका|रचनाकार|লেখক|লেখিকা|ਲੇਖਕ|ਲੇਖਿਕਾ|ਰਚਨਾਕਾਰ|લેખક|લેખિકા|mwandishi|kirjanik|"
    # Hebrew "מאת" (by: a shop's author row), Tamil, Telugu, Kannada, Malayalam, Georgian, Amharic, Armenian, Urdu
    r"מאת|ஆசிரியர்|எழுத்தாளர்|రచయిత(?:్రి)?|ಲೇಖಕ(?:ರು|ಿ)?|രചയിതാവ്|ავტორი|ደራሲ|հեղինակ|مصنف|"
    # is, fo, cy, ga, mt, af, tl, mn; Basque "egilea" (pl. "egileak")
    r"egilea[k]?|höfundur|høvundur|awdur|údar|awtur|skrywer|may-akda|зохиолч|"
    # "writer" in Tajik, Uzbek, Kazakh, Kyrgyz, Azerbaijani, Tatar, Turkmen (a record's author row: "Нависанда: A")
    r"нависанда|yozuvchi|ёзувчи|жазушы|жазуучу|yaz[ıi]ç[ıi]|язучы|ýazyjy|"
    # "author" in Azerbaijani, Uzbek (Latin, Cyrillic), Tajik, Persian/Urdu (a record's author row: "Müəllif: A")
    r"müəllif|muallif|муаллиф|مؤلف|"
    # Khmer (author, written by), Lao (writer, composer), Myanmar (writer, the one who wrote)
    r"អ្នកនិពន្ធ|និពន្ធដោយ|ຜູ້ຂຽນ|ຜູ້ແຕ່ງ|ນັກຂຽນ|စာရေးသူ|စာရေးဆရာ|ရေးသူ|"
    # Odia (writer, woman writer), Sinhala (author, writer), Assamese (writer: Bengali script's "লেখক" above)
    r"ଲେଖକ|ଲେଖିକା|කතුවරයා|කතෘ|ලේඛකයා|ලේඛිකාව|লিখক|"
    # the poet, a collection's author row ("Book: T · Poet: A"): en, de, nl, fr, it/es/pt/pl/ro, cs/sk, hr/sr/bs/sl,
    # ru/uk/bg, el, fi, hu, sv/no/da, tr/az, uz/kk/ky, ar/fa/ps/ur, hi/mr/ne, bn, pa, gu, ta, te, kn, ml, vi, id/ms, sw,
    # he, hy, ka, zh/ja, ko, th, or, si
    r"poet(?:ess)?|dichter(?:in)?|poète|poétesse|poet(?:a|essa|isa|ka)|poetă|básník|básnířka|básnik|básnička|pjesni(?:k|kinja)|"
    r"pesni(?:k|kinja)|песни(?:к|киња)|поэт(?:есса)?|поет(?:еса)?|ποιητ(?:ής|ρια)|runoilija|költő|skald|digter|dikter|"
    r"şair|shoir|шоир|ақын|акын|(?:ال)?شاعر(?:ة)?|شاعره|कवि|कवयित्री|কবি|ਕਵੀ|કવિ|கவிஞர்|కవి|ಕವಿ|കവി|nhà\s+thơ|penyair|"
    r"mshairi|משורר(?:ת)?|բանաստեղծ|პოეტი|诗人|詩人|시인|กวี|କବି|කවියා"
)
# a catalogue's or a shop's label written for one name or more, one sex or the other: its plural or feminine ending in
# brackets or after a slash ("Author(s)", "Auteur(s)", "Auteur(e)(s)", "Autor(in)", "Autor/-in", "Autor(es)", "Autor(a)",
# "Autore/i", "Автор(ы)", "Autor(zy)")
_AUTHOR_LABEL = (rf"(?:{AUTHOR_WORDS})(?:(?:\s?[(（](?:s|e|es|en|in|innen|a|as|i|ы|и|zy|ka)[)）]){{1,2}}|"
                 r"/-?(?:s|in|innen|a|as|es|i|zy|ka)\b)?")
_RECORD_LABEL = (
    r"ficha(?:\s+t[ée]cnica)?|scheda(?:\s+(?:tecnica|del\s+libro))?|fiche(?:\s+(?:technique|du\s+livre))?|steckbrief|"
    r"book\s+(?:details|info(?:rmation)?)|the\s+book|details|datos(?:\s+del\s+libro)?|dati(?:\s+del\s+libro)?|"
    r"dados(?:\s+do\s+livro)?|gegevens|boekgegevens|buchdaten|info|infos|el\s+libro|il\s+libro|le\s+livre|o\s+livro|"
    r"das\s+buch|het\s+boek|книга|о\s+книге|про\s+книгу|书目|書目|书籍信息|書籍情報|도서\s*정보|책\s*정보|(?:مشخصات|شناسنامه)(?:\s+کتاب)?|بطاقة\s+الكتاب|معلومات\s+الكتاب|"
    # the word "book" alone as the record's label in the languages that have no title label of that word above (its
    # value "A, «T». …" is the record, read whole): tg/uz "китоб"/"kitob", kk "кітап", ky "китеп", tt/ba "китап", az
    # "kitab", ug "كىتاب", be "кніга", sr/mk "књига"/"книгата", hr/bs/sl "knjiga", cs/sk "kniha", pl "książka", hu
    # "könyv", lt "knyga", lv "grāmata", fi "kirja", sv/no "bok"/"boken", da "bog"/"bogen", is "bók", sq "libri", cy
    # "llyfr", ga "leabhar", eu "liburua", mt "ktieb", ms/id "buku", tl "aklat", vi "sách", ha "littafi", so "buug", el
    # "βιβλίο", he "ספר"/"הספר", ro "cartea", mn "ном"; wo "téere (bi)" (the book), yo "ìwé", zu/xh "incwadi", ig "akwụkwọ"
    r"t[ée]ere(?:\s+bi)?|[ìi]w[ée]|incwadi|akw[ụu]kw[ọo]|"
    # ... and tn/st "buka", sn "bhuku", zu/xh "ibhuku", rw/rn "igitabo", lg "ekitabo", mg "boky", ki "ibuku", af "boek",
    # ee "agbalẽ", tw "nhoma", ln "búku"
    r"buka|bhuku|ibhuku|igitabo|ekitabo|boky|ibuku|boek|agbal[ẽe]|nhoma|b[úu]ku|"
    r"китоб|kitob|кітап|китеп|китап|kitab|كىتاب|кніга|књига|книгата|knjiga|kniha|książka|könyv|knyga|grāmata|kirja|"
    r"bok(?:en)?|bog(?:en)?|bók(?:in)?|libri|llyfr|leabhar|liburua|ktieb|buku|aklat|sách|littafi|buug|βιβλίο|ה?ספר|cartea|ном|"
    # the bibliography's word over a record line ("Bibliografia: *T*, A. House, 2008."): the Latin-script forms (en es
    # it pt ca eu gl fr de nl sv no da fi pl cs sk hr sl sr lt lv et hu ro sq tr), alone or with its "data" word, and
    # ru/uk/bg/mk, el, ka, hy, he, ar, fa, hi, ja/ko; cy "llyfryddiaeth", ga "leabharliosta"
    r"(?:(?:dati|datos|dados|dades|données|dane)\s+)?bibli[oy]gr(?:a|á|ā|aa)(?:f|ph)\w{0,6}(?:\s+(?:details|data|info|angaben|gegevens|"
    r"adatok|údaje|podaci|duomenys|dati|andmed|datele))?|библиограф\w{0,4}|бібліограф\w{0,4}|библиографија|βιβλιογραφία|"
    r"ბიბლიოგრაფია|մատենագիտություն|ביבליוגרפיה|ببليوغرافيا|کتاب‌?شناسی|ग्रंथसूची|書誌(?:情報)?|서지\s*(?:정보|사항)|llyfryddiaeth|leabharliosta"
)
_FACT_LABEL = (
    r"(?:edizione|edici[óo]n|[ée]dition|edi[çc][ãa]o|edition|ausgabe|uitgave|wydanie|издание|видання)(?:\s+\w+){0,2}|"
    r"yay[ıi]nevi|[çc]evirmen|[çc]eviri|bask[ıi]|sayfa(?:\s+say[ıi]s[ıi])?|penerbit|penerjemah|halaman|tebal|kiadó|ford[íi]tó|"
    r"ناشر|مترجم|الناشر|المترجم|دار\s+النشر|سال\s+انتشار|تعداد\s+صفحات|عدد\s+الصفحات|สำนักพิมพ์|ผู้แปล|จำนวนหน้า|"
    r"publisher|published\s+by|publication|verlag|editore|casa\s+editrice|editorial|[ée]diteur|editora|uitgever(?:ij)?|"
    r"wydawnictwo|издательство|видавництво|imprint|"
    # publisher in more languages (is, da/no, sv, fi, et, lv, lt, cs, sk, hr/sr/bs, sl, ro, el, bg, uk, pl)
    r"[úu]tgefandi|forlag|f[öo]rlag|utgivare|kustantaja|julkaisija|kirjastus|izdev[ēe]js|leidykla|nakladatel(?:stv[íi])?|"
    r"vydavate[ľl](?:stvo)?|izdava[čc]|izdava[čc]ka\s+ku[ćc]a|zalo[žz]ba|zalo[žz]nik|editura|εκδότης|εκδόσεις|издател(?:ство)?|"
    r"видавець|wydawca|collana|collection|colecci[óo]n|series|reihe|"
    r"translat(?:or|ed\s+by|ion)|[üu]bersetz(?:ung|t\s+von|er(?:in)?)|traduzione|traduttore|traduttrice|traducci[óo]n|"
    r"traductor[a]?|traduction|traducteur|traductrice|tradu[çc][ãa]o|tradutor[a]?|vertaling|vertaald\s+door|przekład|"
    r"t[łl]umaczenie|перевод|переклад|"
    r"original\s+title|originaltitel|titolo\s+originale|t[íi]tulo\s+original|titre\s+original|oorspronkelijke\s+titel|"
    r"tytu[łl]\s+orygina[łl]u|оригинальное\s+название|"
    r"pages?|seiten|pagine|p[áa]ginas|blz|stron|страниц|isbn|genre|g[ée]nero|genere|gattung|format|formato|"
    r"price|preis|prezzo|precio|prix|pre[çc]o|rating|note|nota|voto|bewertung|calificaci[óo]n|оценка|"
    r"版本|出版社?|出版社名|译者|譯者|翻译|翻譯|訳者|页数|頁數|定价|定價|出版时间|出版時間|装帧|裝幀|丛书|叢書|原名|原题|原題|"
    r"출판사|옮긴이|역자|번역|쪽수|정가|प्रकाशक|प्रकाशन|अनुवादक?|पृष्ठ(?:\s+संख्या)?|मूल्य|প্রকাশক|অনুবাদক?"
)
# a byline's author label the page's metadata kept before the name ("Müəllif Nərgiz Həsənova", "Autor: Ana Lee")
_BYLINE_LABEL = re.compile(rf"^\s*(?:{_AUTHOR_LABEL})\s*[:：]?\s+(?=[^\W\d_])", re.I)
_LABEL = re.compile(r"^\s*[*_]*\s*(?P<label>[^\W\d][^:：]{0,28}?)\s*[*_]*\s*[:：]\s*(?:[*_]+(?=\s))?\s*(?P<value>\S.*)$")
_RECORD = re.compile(rf"(?:{_RECORD_LABEL})", re.I)
_FACT = re.compile(rf"(?:{_FACT_LABEL})", re.I)


def label_of(line: str) -> tuple[str, str] | None:
    """(label, value) of a "Label: value" line, or None."""
    match = _LABEL.match(line)
    return (match.group("label").strip(), match.group("value").strip()) if match else None


def is_fact_label(label: str) -> bool:
    """An edition, publisher, translator, original title, page count, price or rating label."""
    return bool(_FACT.fullmatch(label.strip()))


def is_record_label(label: str) -> bool:
    """A label whose value is the whole record of the book ("Ficha: *T*, A. Publisher, 2024.")."""
    return bool(_RECORD.fullmatch(label.strip()))


def unlabelled(line: str) -> str | None:
    """The line as a source of title and author: without a record label; None for a fact line (an edition, a
    publisher, a translator, an original title: never the book's title and author). Other lines are unchanged."""
    found = label_of(line)
    if not found:
        return line
    label, value = found
    if is_fact_label(label):
        return None
    return value if is_record_label(label) else line


# A remark in brackets after a title: a number of volumes or parts, an edition, a format ("（全三部）", "(2 vols.)",
# "(tome 1)", "(nueva edición)"): never an author.
_VOLUMES = re.compile(
    r"^(?:全|共|上|中|下|第)?[一二三四五六七八九十两兩\d]*\s*(?:部|卷|册|冊|本|辑|輯|集|巻|권)(?:套|装|裝)?$|"
    r"^(?:\d+|one|two|three|four|five|six)\s+(?:vols?\.?|volumes?|books?|parts?|t[oô]mes?|b[äa]nde?|tomos?|volumi)$|"
    r"^(?:vol\.?|volume|tome|tomo|band|book|part|teil|libro|livre)\s*\d+$|"
    r"^(?:new|revised|nueva|nuova|nouvelle|neue|complete|unabridged|illustrated|paperback|hardcover|tái\s+bản)\b.*$|"
    r"^.*(?:版|edition|edición|edizione|édition|ausgabe|판|리커버|에디션)$",  # Korean: "개정판", "30주년 기념 리커버"
    re.I,
)
# Han words for a (re)reading or a write-up that stand before a bracketed title where a name could ("重读《T》",
# "再读《T》", "细读《T》", "浅析《T》", "评《T》"): a verb of reading or writing about, not a person.
_READING_VERB = re.compile(r"(?:[重再初细細精泛品选選共漫闲閑夜]?[读讀読看评評谈談论論析说說聊解赏賞荐薦])$|^(?:浅析|淺析|简评|簡評|试论|試論|漫谈|漫談)|"
                           r"(?:読了|读完|讀完|看完|读罢|讀罷|完読|通読)$")


def is_remark(text: str) -> bool:
    """A bracketed remark about volumes, parts or the edition, or a verb of reading, where a name might stand."""
    text = text.strip(" ()（）[]【】")
    return bool(_VOLUMES.match(text) or _READING_VERB.search(text))


def drop_remarks(title: str) -> str:
    """A title without the bracketed remarks after it: "《平凡的世界》（全三部）" → "《平凡的世界》"."""
    out = re.sub(r"\s*[（(\[【]([^）)\]】]{1,20})[）)\]】]\s*$", lambda m: "" if is_remark(m.group(1)) else m.group(0), title.strip())
    return out or title


def dated_name(segment: str, context) -> str:
    """A record's name without the work's year in brackets after it ("Hemi Marlow (1984)") where the text names that
    person by surname outside the record (a place or an imprint dated so, "Port Chalmers (1984)", "Allen Lane (1984)",
    is named nowhere else); the segment as it is otherwise."""
    bare = re.sub(r"\s*\((?:1[5-9]|20)\d\d\)$", "", segment)
    return bare if bare != segment and context is not None and context.vouches_for(bare, 2) else segment


_TITLED = re.compile(rf"^\s*(?:{_TITLE_LABEL}|{_RECORD_LABEL})\s*[:：]\s*(?=\S)", re.I)


def without_label(title: str) -> str:
    """A title never keeps the label of the line it was read from: "Ficha: Pedro …" → "Pedro …", "Titolo: …" → "…"."""
    return _TITLED.sub("", title, count=1) or title


def byline_name(author: str | None, text: str) -> str | None:
    """The blogger's name alone where the page's metadata kept its byline's label before it ("Müəllif Nərgiz Həsənova",
    "Autor: Ana Lee"), for the names no book's author has (``pagebook``); None where the text calls that person by
    surname, as a review calls a book's author (a shop's record "Author: A" read as the page's author), or
    unlabelled."""
    bare = _BYLINE_LABEL.sub("", author, count=1).strip() if author else ""
    if not bare or bare == author.strip() or not bare.split():
        return None
    surname = bare.split()[-1]
    return None if re.search(rf"(?<!\w){re.escape(surname)}", text) else bare


TITLE_LABEL, AUTHOR_LABEL = _TITLE_LABEL, _AUTHOR_LABEL  # (the labels, public for the modules that read them)
