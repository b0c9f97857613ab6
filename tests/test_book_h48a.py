"""holdout48 (spent), book48a: four places a post names its book.

1. a Turkic headline "Name-GEN “T”: remark" with no book noun after the title: the author without the genitive suffix
   (bookturkic.headline_nominative, through bookgenitivefront.nominative_author);
2. a Lithuanian/Latvian (or German/Scandinavian) headline "Genitive-Name Genitive-Surname „T“" whose nominative only a
   tag gives (bookgenitivefront._tagged); bookcase.base_form leaves a Baltic surname alone;
3. a headline "T <of> Name: remark" in Yoruba, Hausa, Swahili, Zulu, the name in the fullest form the text writes it
   (bookofauthor.of_headline);
4. a record line "Name, „T“. Reprint, hardcover." whose tail is a remark on the copy (bookquotedrecord.remark_record).
All texts are our own.
"""

from scraper.extract.book import Book, Context
from scraper.extract.bookcase import base_form
from scraper.extract.bookgenitivefront import fronted_genitive, nominative_author
from scraper.extract.bookofauthor import of_headline
from scraper.extract.bookquotedrecord import remark_record


def _turkic(author, title, headline, text, language):
    book = nominative_author(Book(title, author, source="title"), headline, Context(text, (), language))
    return book.author


def test_turkic_genitive_headline_without_a_book_noun():
    # Uzbek -ning: the suffix can be nothing else
    assert _turkic("Oydin Karimovaning", "Tun bog‘i", "Oydin Karimovaning “Tun bog‘i”: sokin kitob",
                   "Karimovaning uslubi juda sodda. Kitob qisqa.", "uz") == "Oydin Karimova"
    # Kazakh -тің, ending in ң
    assert _turkic("Асан Оспановтың", "Күз бағы", "Асан Оспановтың «Күз бағы» — тыныш роман",
                   "Оспановтың тілі жеңіл. Кітап қысқа.", "kk") == "Асан Оспанов"
    # Turkish, after an apostrophe
    assert _turkic("Deniz Arslan'ın", "Kış Limanı", "Deniz Arslan'ın “Kış Limanı”: sessiz bir roman",
                   "Arslan bu kez kısa yazıyor. Arslan'ın dili sade.", "tr") == "Deniz Arslan"
    # Azerbaijani -ın with no apostrophe: only because the text names "Vəliyev" bare too
    assert _turkic("Orxan Vəliyevin", "Qış bağı", "Orxan Vəliyevin “Qış bağı”: sakit kitab",
                   "Vəliyev burada qısa yazır. Vəliyevin dili sadədir.", "az") == "Orxan Vəliyev"


def test_turkic_genitive_headline_near_misses():
    # a nominative that merely ends like a suffix ("-in"), the stem never named alone: left
    assert _turkic("Aleksandr Puşkin", "Yevgeni Onegin", "Aleksandr Puşkin “Yevgeni Onegin”: yeniden",
                   "Puşkin burada genç. Şiir akıyor.", "tr") == "Aleksandr Puşkin"
    # another language (Finnish "-in" is no genitive here): left
    assert _turkic("Anna Virtasin", "Talvi", "Anna Virtasin “Talvi”: hiljainen kirja", "Virtasin kieli on kaunis.", "fi") == "Anna Virtasin"
    # a different title than the headline quotes: left
    assert _turkic("Oydin Karimovaning", "Boshqa kitob", "Oydin Karimovaning “Tun bog‘i”: sokin kitob",
                   "Karimovaning uslubi juda sodda.", "uz") == "Oydin Karimovaning"


def test_baltic_genitive_headline_read_by_a_nominative_tag():
    text = "Kazlausko romanas apie kaimą yra lėtas. Knyga verta dėmesio."
    found = fronted_genitive("Jono Kazlausko „Rudens laiškai“: lėtas kaimas", Context(text, (), "lt"),
                             labels=["Jonas Kazlauskas", "Knygų apžvalgos"])
    assert found == ("Rudens laiškai", "Jonas Kazlauskas")
    text = "Bērziņa grāmata ir klusa. Romāns ir īss."
    assert fronted_genitive("Pētera Bērziņa „Ziemas dārzs“: kluss stāsts", Context(text, (), "lv"),
                            labels=["Pēteris Bērziņš"]) == ("Ziemas dārzs", "Pēteris Bērziņš")
    text = "Lindqvist skriver kort. Boken är tyst."
    assert fronted_genitive("Eva Lindqvists ”Vinterträdgården”: en tyst roman", Context("Romanen är tyst.", (), "sv"),
                            labels=["Eva Lindqvist"]) is None  # the text never names the surname: left
    assert fronted_genitive("Eva Lindqvists ”Vinterträdgården”: en tyst roman", Context(text, (), "sv"),
                            labels=["Eva Lindqvist"]) == ("Vinterträdgården", "Eva Lindqvist")  # (the bare surname, bookgenitivebare)


def test_baltic_genitive_headline_tag_near_misses():
    text = "Kazlausko romanas apie kaimą yra lėtas."
    context = Context(text, (), "lt")
    headline = "Jono Kazlausko „Rudens laiškai“: lėtas kaimas"
    assert fronted_genitive(headline, context, labels=["Knygų apžvalgos", "Romanai"]) is None  # no tag names a person
    assert fronted_genitive(headline, context, labels=["Jonas Kazlauskas", "Jonas Kazlauskis"]) is None  # two forms: no telling
    assert fronted_genitive(headline, context, labels=["Petras Kazlauskas"]) is None  # another given name
    assert fronted_genitive(headline, Context("Romanas apie kaimą yra lėtas.", (), "lt"), labels=["Jonas Kazlauskas"]) is None  # text never names him


def test_base_form_leaves_a_baltic_surname_alone():
    book = Book("Rudens laiškai", "Jonas Kazlauskas", source="title")
    assert base_form(book, "Kazlausko romanas. Kazlauskui patinka kaimas.", "lt").author == "Jonas Kazlauskas"
    # an Albanian case ending is still read back to its base
    book = Book("T", "Ilir Kelmendisë", source="title")
    assert base_form(book, "romani i Ilir Kelmendisë. Kelmendia rrëfen qetë.", "sq").author == "Ilir Kelmendi"


def test_of_headline_in_several_languages():
    text = "Kitabu hiki cha mwandishi A.K. Mwangaza kinasomeka haraka. Mwangaza anaandika kwa upole."
    assert of_headline("Bahari ya Kimya cha Mwangaza: safari ya mvuvi", Context(text, (), "sw")) == ("Bahari ya Kimya", "A.K. Mwangaza")
    text = "Mo ka iwe akoko ti Bisi Adéyẹmí kọ. Adéyẹmí kọ ọ daadaa."
    assert of_headline("Ọ̀nà Jíjìn ti Adéyẹmí: iwe ti o dun", Context(text, (), "yo")) == ("Ọ̀nà Jíjìn", "Bisi Adéyẹmí")
    text = "Na karanta littafin da Musa Danjuma ya rubuta. Danjuma ya yi kokari."
    assert of_headline("Ruwan Dare na Danjuma – sharhi", Context(text, (), "ha")) == ("Ruwan Dare", "Musa Danjuma")
    text = "Le noveli ebhalwe nguSipho Mthembu ayifundeki kalula. uMthembu ubhala kahle."
    assert of_headline("Izinyembezi Zomfula ka Sipho Mthembu", Context(text, (), "zu")) == ("Izinyembezi Zomfula", "Sipho Mthembu")


def test_of_headline_near_misses():
    # a month ends the head, the text gives it no given name: no person
    assert of_headline("Zawadi ya Desemba: nakala tatu", Context("Tutatoa zawadi mwezi wa Desemba.", (), "sw")) is None
    # a site's name before the title
    text = "Kitabu cha Juma Hamisi ni kizuri. Hamisi anaandika vizuri."
    assert of_headline("Rafu » Bahari ya Hamisi", Context(text, (), "sw")) is None
    # a sentence's first word is no given name: "Ede Adéyẹmí" opens a sentence, so the author stays one word -> none
    assert of_headline("Ọ̀nà Jíjìn ti Adéyẹmí", Context("Ede Adéyẹmí dun. Mo fẹran rẹ.", (), "yo")) is None
    # the name the text never names again
    assert of_headline("Ọ̀nà Jíjìn ti Bisi Adéyẹmí", Context("Iwe yii dun pupọ.", (), "yo")) is None
    # a lower-case head: a sentence, not a title
    assert of_headline("ohun ti Bisi Adéyẹmí", Context("Bisi Adéyẹmí sọ. Adéyẹmí.", (), "yo")) is None
    # a language whose "of" this rule does not read
    assert of_headline("Der Sommer von Anna Berg", Context("Anna Berg schreibt. Berg.", (), "de")) is None


def _lines(*lines):
    return list(lines), Context("\n".join(lines), (), "et")


def test_remark_record_in_several_languages():
    lines, context = _lines("Külm aeg on Saare parim raamat.", "Saar kirjutab lühidalt.", "Peeter Saar, „Külm aeg”. Kordustrükk, pehmekaaneline.")
    assert remark_record(lines, context) == ("Külm aeg", "Peeter Saar")
    lines, context = _lines("Rowe writes short chapters.", "Tessa Rowe, “Salt Orchard”. Reprint, paperback.")
    assert remark_record(lines, context) == ("Salt Orchard", "Tessa Rowe")
    lines, context = _lines("Brandt erzählt ruhig.", "Lena Brandt, „Das kalte Haus“. Neuauflage, gebunden.")
    assert remark_record(lines, context) == ("Das kalte Haus", "Lena Brandt")
    lines, context = _lines("Ozols raksta lēni.", "Andris Ozols, „Ziemas upe”. Atkārtots izdevums, cietos vākos.")
    assert remark_record(lines, context) == ("Ziemas upe", "Andris Ozols")


def test_remark_record_near_misses():
    # a tail that says something else: a sentence, not a remark on the copy
    lines, context = _lines("Saar kirjutab lühidalt.", "Peeter Saar, „Külm aeg”. Soovitan kõigile, kes armastavad talve.")
    assert remark_record(lines, context) is None
    # the name never named again
    lines, context = _lines("Raamatu laused on head.", "Peeter Saar, „Külm aeg”. Kordustrükk.")
    assert remark_record(lines, context) is None
    # no tail at all (a record with figures is bookbiblio's)
    lines, context = _lines("Saar kirjutab lühidalt.", "Peeter Saar, „Külm aeg”.")
    assert remark_record(lines, context) is None
