"""The book noun that many languages join to a headline's review label, read by ``book.REVIEW_PREFIX``.

A headline may open on "book review" said as one label before the book's own line: Lithuanian "Knygos recenzija. A,
„T“: …" (the book's review), Latvian "Grāmatas recenzija", Estonian "Raamatu arvustus", German "Buchrezension", Dutch
"Boekrecensie", Swedish "Bokrecension", Czech "Knižní recenze", Russian "Книжная рецензия"; or with the book noun after
the label: Polish "Recenzja książki", Czech and Slovak "Recenze knihy", Slovene and Croatian "Recenzija knjige",
Italian "Recensione del libro", Spanish "Reseña del libro", Portuguese "Resenha do livro", French "Critique du livre".
The label (with the book noun it holds) is then taken off as English "Book review:" is, and a stop may close it as a
colon does ("Knygos recenzija. …"). Only around a review word ``book`` already knows: a book noun alone is no label.
"""

import re

# the book noun before the review word: a genitive or an adjective, or the first half of a compound ("bokrecension")
BOOK_BEFORE = (r"(?:(?:knygos|grāmatas|raamatu|kirja|könyv|buch|boek|bok|bog|knižní|knižná|knjižna|"
               r"книжн(?:ая|ий|а)|книжкова)\s*-?\s*)")
# the book noun after it, in the genitive or with its preposition
# (and the novel, said so after the label: id/ms "Resensi Novel", "Ulasan Buku", tl "Rebyu ng nobela", es "Reseña de la novela",
# it "Recensione del romanzo", pt "Resenha do romance", fr "Critique du roman", pl "Recenzja powieści", cs/sk "Recenze
# románu", hr/sr/bs/sl "Recenzija romana", lt "romano", ro "Recenzie romanului", "cărții", en "Review novel")
BOOK_AFTER = (r"(?:\s+(?:książki|knihy|knjige|knjiga|knygos|(?:del\s+|de\s+|do\s+|du\s+|di\s+)?(?:libro|livro|livre)|buku|novel|"
              r"(?:de\s+la\s+|del\s+|do\s+|du\s+)?(?:novela|romanzo|romance|roman)|powieści|románu|romana|romano|romanului|"
              r"cărții|ng\s+(?:libro|aklat|nobela)))")
# (not Maltese "Reċensjoni |": its headlines credit the author with "ta’", which the title rules do not read, and a
# label would make the whole headline the title before the body's rules find the book)
# review labels that say so only before a headline's colon or dash (Finnish "arvio" is an estimate too, Hungarian and
# Czech "kritika" criticism): fi "Arvio:", "Kirja-arvio:", cy "Adolygiad:", ga "Léirmheas:", gd "Lèirmheas:", et
# "Arvustus:", is "Ritdómur:", "Umsögn:", ro "Recenzie:", "Cronică:", hu/cs/sk/sr/hr "Kritika:",
# tg "Тақриз:", "Шарҳ:", eu "Kritika:", "Iruzkina:", sq "Recensë:", "Recension:"; and the labels of languages the word
# lists lacked (holdout53): tl "Rebyu:", "Pagsusuri:", fy "Resinsje:", lb "Rezensioun:", gl "Recensión:", sw "Uhakiki:",
# "Mapitio:" (its "T ya A" and the remark after it read by bookheadline), br "Burutadenn:", vi "Điểm sách:", uz/kk
# "Taqriz:", az "Rəy:", kk/ky "Пікір:"/"Сын-пикир:", mn "Шүүмж:", ka "რეცენზია:", hy "Գրախոսություն:", he "ביקורת:", ar
# "مراجعة:", fa "نقد:", ur "تبصرہ:", th "รีวิว:"; ha "Sharhi:", yo "Àgbéyẹ̀wò:", am "የመጽሐፍ ግምገማ፦" (or a survey of
# the book, "የመጽሐፍ ቅኝት፦", "የመጽሐፍ ዳሰሳ፦": a bare ቅኝት is a musical mode too, no label; a bare ዳሰሳ, any survey,
# the week's news, only before a quoted title or a book noun; a bare ግምገማ as English "Review:"), so "Dib-u-eegis:", si
# "විචාරය:"; and the
# Indic rubrics (a review, a reading response): hi/mr "समीक्षा:", mr "पुस्तक परीक्षण:" (a bare "परीक्षण" is Hindi's
# "test"), bn "পাঠ প্রতিক্রিয়া:" (its য় decomposed or the precomposed U+09DF), "সমালোচনা:", "পর্যালোচনা:", gu
# "સમીક્ષા:", pa "ਸਮੀਖਿਆ:", or "ସମୀକ୍ଷା:", te "సమీక్ష:", kn "ವಿಮರ್ಶೆ:", ta "விமர்சனம்:", ml "നിരൂപണം:", "വായനാനുഭവം:",
# si "ග්‍රන්ථ විචාරය:" (with or without the joiner); not ta "நூல் அறிமுகம்:" (a book's introduction: a launch's or a
# publisher's notice as often as a review)
LABEL_WORDS = (r"(?:(?:kirja-)?arvio|adolygiad|l[ée]irmheas|l[èe]irmheas|arvustus|ritd[óo]mur|ums[öo]gn|recenzie|"
              r"cronic[ăa]|kritika|iruzkina|recens[ëe]|тақриз|шарҳ|"
              r"uhakiki|mapitio|rebyu|pagsusuri|resinsje|rezensioun|recensión|burutadenn|điểm\s+sách|taqriz|rəy|"
              r"пікір|сын-пикир|шүүмж|რეცენზია|գրախոսություն|ביקורת|مراجعة|نقد|تبصرہ|รีวิว(?:หนังสือ)?|"
              r"समीक्षा|(?:पुस्तक|ग्रंथ)\s*परीक्षण|পাঠ\s*প্রতিক্রি(?:\u09af\u09bc|\u09df)া|"
              r"সমালোচনা|পর্যালোচনা|સમીક્ષા|ਸਮੀਖਿਆ|ସମୀକ୍ଷା|సమీక్ష|ವಿಮರ್ಶೆ|விமர்சனம்|"
              r"നിരൂപണം|വായനാനുഭവം|ග්\u200d?රන්ථ\s*විචාරය|"
              r"sharhi|àgbéyẹ̀wò|agbeyewo|(?:የመጽሐፍ|የመፅሐፍ)\s+(?:ግምገማ|ቅኝት|ዳሰሳ)|ግምገማ|"
              r"ዳሰሳ(?=\s*[:፦፥]\s*(?:[«“\"‹„]|[^\n]{0,40}?(?:መጽሐፍ|መፅሐፍ|ልብወለድ|ልቦለድ|ልብ\s+ወለድ)))|"
              r"dib-u-eegis|විචාරය)")
LABEL_ONLY = rf"{LABEL_WORDS}(?=\s*[:\-–—|፦፥])"  # (with Ethiopic's colons: "ግምገማ፦ «T» – A")
# A label that calls the review short, "brief", "quick", where a language puts that word after the review noun (ms
# "Ulasan ringkas", id "Resensi singkat", es "Reseña breve", pt "Resenha curta", fr "Critique courte", "Avis rapide", it
# "Recensione breve", ca "Ressenya breu", ro "Recenzie scurtă", sw "Uhakiki mfupi", vi "Đánh giá ngắn") or before it (nl
# "Korte recensie", sv/da/no "Kort recension"/"anmeldelse", pl "Krótka recenzja", cs/sk "Krátká recenze", ru/uk
# "Краткая рецензия", fi "Lyhyt arvio", hu "Rövid recenzió", tr "Kısa inceleme", de "Kurzrezension"), as English
# "Short review:" and "Mini review:" are (book._REVIEW_WORD): the label, not the book's title. Only with a review noun:
# "breve", "kort" alone label nothing.
SHORT_LABEL = (r"(?:ulasan|resensi|rese[ñn]h?a|recensione|critique|avis|recenzie|uhakiki|đánh\s+giá|recensión|ressenya|"
               r"cr[íi]tica)\s+(?:ringkas|singkat|pendek|breve|breu|corta|curta|r[áa]pida|courte|rapide|express|lampo|"
               r"veloce|scurt[ăa]|mfupi|ngắn|nhanh)|(?:korte|kort|krótka|krátká|krátka|kratka|краткая|короткая|"
               r"коротка|lyhyt|rövid|kısa)\s+(?:recensie|recension|anmeldelse|recenzja|recenze|recenzia|recenzija|"
               r"рецензия|рецензія|arvio|recenzió|inceleme)|kurz(?:rezension|kritik|besprechung)")
# A headline that closes on "reread" set off by a dash, a colon or brackets ("A: T – újraolvasva", "T (relu)"): the
# writer's word that the post rereads the book, as English "— reread" is (book._REVIEW_WORD), taken off the title's end
# by book.REVIEW_SUFFIX only (never as a leading label: "Relecture de …" may open a book's own title). hu újraolvasva/
# újraolvasás, de wiedergelesen/neu gelesen/Relektüre, fr relu/relecture, es/ca/pt/it releído/relectura/rellegit/relido/
# releitura/riletto/rilettura, nl herlezen/herlezing, sv omläst/omläsning, da genlæst/genlæsning, nb/nn gjenlest/
# gjenlesning/gjenlesing, is endurlesin, fi uudelleen luettuna/uudelleenluku, et uuesti loetud/ülelugemine, pl
# relektura/ponownie przeczytane, cs/sk znovu přečteno/prečítané, sl/hr ponovno prebrano/pročitano, ro recitit/recitire,
# ru/uk перечитывая/перечитано/перечитуючи, bg препрочитане, el ξαναδιαβάζοντας, tr yeniden okuma, lt iš naujo
# perskaityta, lv pārlasot, id/ms baca(an) ulang/dibaca ulang, vi đọc lại, sq rilexim, tl muling pagbasa/binasa, ar
# إعادة قراءة, fa بازخوانی, hi/mr पुनर्वाचन, ta மறுவாசிப்பு; before a colon a leading label too (book.REVIEW_WORD)
REREAD_WORDS = (r"(?:újraolvasva|újraolvasás(?:a|om)?|wiedergelesen|(?:neu|wieder)\s+gelesen|relektüre|relu|relecture|rele[íi]do|"
                r"relectura|rellegit|relido|releitura|riletto|rilettura|herlezen|herlezing|oml[äa]st|oml[äa]sning|genl[æa]st|"
                r"genl[æa]sning|gjenlest|gjenles(?:n)?ing|endurlesin|uudelleen\s+luettuna|uudelleenluku|uuesti\s+loetud|"
                r"ülelugemine|relektura|ponownie\s+przeczytan[ae]|znovu\s+(?:přečteno|prečítané)|ponovno\s+(?:prebrano|pročitano)|"
                r"recitit|recitire|перечитывая|перечитано|перечитуючи|препрочитане|ξαναδιαβάζοντας|yeniden\s+okuma|"
                r"iš\s+naujo\s+perskaityta|pārlasot|(?:di)?baca(?:an)?\s+ulang|đọc\s+lại|rilexim|"
                r"muling\s+pagbasa|muling\s+binasa|إعادة\s+قراءة|بازخوانی|पुनर्वाचन|மறுவாசிப்பு)")
  # (a headline part that is one of them alone is no title: bookbody._LABEL_ONLY)


# A headline's label set off from the rest ("Arvustus | …", "Recenzija. …", "[Review] …", "… — recensione"): the
# editor's or the writer's word that the post is a review, as a review category or tag is (reviewed.unfound_book asks a
# short post whose book was not read for two marks of one work). Not the labels of a post about a book that is no
# review (a tour stop, a reveal, a spotlight, an excerpt, a giveaway: book._REVIEW_WORD holds them too), and not a
# review word running on into the headline's sentence ("Review of the year …"): a stop, a colon, a dash, a bar or a
# bracket sets the label apart.
# (a book's "introduction" in Tamil, Telugu, Kannada and Malayalam heads a launch's or a publisher's notice as often
# as a review: book.REVIEW_WORD reads a title beside it, but it files no review; rev32a)
_NOT_A_REVIEW = re.compile(r"tour|reveal|spotlight|excerpt|extract|giveaway|அறிமுகம்|పరిచయం|ಪರಿಚಯ|പരിചയം", re.I)
_APART = re.compile(r"[:\-–—|.\]\[()]")
LABELLED = "filed as a review by its headline's label"
ONCE_LABELLED = "calls the work its headline labels a review 'the book', 'the novel' once"


def labelled(title: str | None) -> bool:
    """The headline opens or closes on a review label set apart from its words."""
    if not title or len(title) > 300:
        return False
    from .book import REVIEW_PREFIX, REVIEW_SUFFIX  # (late: book reads this module's patterns)
    found = REVIEW_PREFIX.match(title) or REVIEW_SUFFIX.search(title)
    return bool(found) and bool(_APART.search(found.group())) and not _NOT_A_REVIEW.search(found.group())


def labelled_headline(ev, filed: bool) -> tuple[str, ...]:
    """For a short post whose book was not read and that no category, tag or address files as a review (`filed`): its
    headline's review label as the mark that files it so, and, under it, the text calling its work "the book" once as a
    mark of one work (twice is reviewed.work_clues' own mark); not where a caseless text names a film, its crew, a
    painting or an album (adaptation.other_art: the label files a review of that work, "the novel" its source)."""
    if filed or not labelled(ev.title):
        return ()
    from .adaptation import other_art  # (late, as below)
    if other_art("\n".join(ev.body[0])):
        return ()
    from .readernotes import references  # (late: readernotes reads reviewed, which reads this module)
    return (LABELLED,) + (ONCE_LABELLED,) * (references("\n".join(ev.body[0])) == 1)
