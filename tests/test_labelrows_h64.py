"""Short reviews whose book sits in a labelled box or an owner's headline, written for the holdout64 round in our own
words: the Armenian label mark "՝" read as a colon (bookbiblio), a box of one-line rows whose title row's label is no
title label ("Name: T" right above "Writer: A", bookfirstrow.stacked_rows; bn sw ne), and a Marathi owner's headline
"Label : A-GEN 'T' runs on" (bookheadowner.indic_owned), with near misses each rule must leave alone."""

from scraper.extract.book import Context
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.bookfirstrow import stacked_rows
from scraper.extract.bookheadowner import owned_headline


def _fields(lines):
    return labelled_fields(field_pairs(lines, None))


def test_armenian_label_mark_reads_title_and_author():
    lines = ["Գիրք՝ Անուշ", "Հեղինակ՝ Հովհաննես Թումանյան", "Ես այս պոեմը կարդացի ամռանը և շատ հավանեցի։"]
    pairs = field_pairs(lines, None)
    assert ("Գիրք", "Անուշ") in pairs and ("Հեղինակ", "Հովհաննես Թումանյան") in pairs
    assert _fields(lines)[0] == "Անուշ"


_PAGE = """<html lang="hy"><head><meta charset="utf-8"><title>Մի հին պոեմ նոր աչքերով</title></head><body>
<article><h1>Մի հին պոեմ նոր աչքերով</h1><div class="post">
<p>Գիրք՝ Անուշ</p><p>Հեղինակ՝ Հովհաննես Թումանյան</p>
<p>Ամռանը նորից բացեցի այս պոեմը, որը մանկուց հիշում էի միայն երգերից։ Թումանյանը սիրո և ընտանիքի հպարտության մասին
պատմում է պարզ, բայց շատ ուժեղ բառերով։ Սարերի նկարագրությունները կենդանի են, իսկ Սարոյի ու Անուշի պատմությունը
այսօր էլ ցավոտ է։</p>
<p>Ինձ ամենաշատը դուր եկավ, թե ինչպես է բանաստեղծը գյուղի սովորույթները ցույց տալիս առանց դատելու։ Հերոսները
սխալվում են, վիճում են, բայց մնում են մարդ, և ընթերցողը հասկանում է նրանց ցավը։</p>
<p>Որոշ հատվածներ երկար են թվում, բայց ավարտը մնում է հիշողության մեջ։ Խորհուրդ եմ տալիս բոլորին։</p>
<p>Գնահատական՝ 8/10</p></div></article></body></html>"""


def test_armenian_short_review_is_read_whole():
    from scraper.extract import extract_page
    record = extract_page(_PAGE, "https://blog.example.am/2026/anush")
    assert (record.book_title, record.book_author) == ("Անուշ", "Հովհաննես Թումանյան")
    assert record.is_review and abs(record.rating - 0.8) < 0.01


def test_armenian_prose_pause_is_no_label():
    # the same mark in a sentence, after a word that labels nothing
    assert _fields(["Վեպը՝ ինչպես միշտ, երկար էր, բայց ես այն կարդացի մեկ շաբաթում։"]) == (None, None)


def test_stacked_rows_name_above_writer():
    bengali = ["বইটি নিয়ে কিছু কথা বলি।", "নাম: নীল পাহাড়ের গান", "লেখক: অমলকান্তি সরকার", "প্রকাশক: দিগন্ত প্রকাশনী", "পৃষ্ঠা: ২১৪"]
    assert stacked_rows(bengali) == [("title", "নীল পাহাড়ের গান"), ("লেখক", "অমলকান্তি সরকার")]
    swahili = ["Jina: Mvua ya Jioni", "Mwandishi: Amina Juma", "Mchapishaji: Nyota Press", "Kurasa: 188"]
    assert stacked_rows(swahili) == [("title", "Mvua ya Jioni"), ("Mwandishi", "Amina Juma")]
    nepali = ["यो पनि हेर्नुहोस्: अर्को लेख", "नाम: हिउँको बाटो", "लेखक: रमेश थापा", "प्रकाशक: हिमाल किताब", "पृष्ठ: ९६"]
    assert stacked_rows(nepali)[0] == ("title", "हिउँको बाटो")


def test_stacked_rows_near_misses():
    # a review's own info list opening on a fact, not a name
    assert stacked_rows(["Genre: Fantasy", "Author: Mira Holt", "Pages: 320"]) == []
    # no figure in the box: a contact card or a list of roles, not a book's record
    assert stacked_rows(["Nombre: Laura Gil", "Autora: Ana Ruiz", "Ciudad: Sevilla"]) == []
    # the author's row is not right below the first row
    assert stacked_rows(["Nimi: Talvi", "Kustantaja: Otava", "Kirjailija: Anni Aalto", "Sivuja: 200"]) == []
    # a dated row: a post's byline box
    assert stacked_rows(["Category: Books", "Author: Ann Lee", "Date: 12.03.2026"]) == []


def _owned(title, text, lang):
    book = owned_headline(title, Context(text, ("Evening Lamp",), lang))
    return (book.title, book.author) if book else None


def test_marathi_owner_headline_after_a_kind_label():
    text = ("मीरा देसाई यांचे 'नदीकाठचे घर' हे पुस्तक मी सुट्टीत वाचले. मीरा देसाई गावातील एका कुटुंबाची गोष्ट साध्या "
            "भाषेत सांगतात; काही प्रकरणे लांब आहेत तरी 'नदीकाठचे घर' लक्षात राहते.")
    assert _owned("पुस्तक परिचय : मीरा देसाईंचे 'नदीकाठचे घर' पुन्हा वाचताना", text, "mr") == ("नदीकाठचे घर", "मीरा देसाई")
    # a consonant-final name declined "-ांचे"
    text = "विनय देशमुख यांचे 'धूसर वाट' ही कादंबरी छोटी आहे. विनय देशमुख प्रवासाचे बारकावे नेमके टिपतात; 'धूसर वाट' आवडली."
    assert _owned("विनय देशमुखांचे 'धूसर वाट': एक प्रवास", text, "mr") == ("धूसर वाट", "विनय देशमुख")
    text = "सुधीर गोखले यांचे 'शांत किनारा' वाचून झाले. सुधीर गोखले यांनी समुद्राचे वर्णन सुंदर केले आहे; 'शांत किनारा' वाचावे."
    assert _owned("सुधीर गोखलेंचे 'शांत किनारा' आजही ताजे", text, "mr") == ("शांत किनारा", "सुधीर गोखले")


def test_marathi_and_hindi_near_misses():
    # the title never named again below a headline that runs on
    text = "मीरा देसाई गावातील एका कुटुंबाची गोष्ट साध्या भाषेत सांगतात; काही प्रकरणे लांब आहेत."
    assert _owned("पुस्तक परिचय : मीरा देसाईंचे 'नदीकाठचे घर' पुन्हा वाचताना", text, "mr") is None
    # Hindi "-चे" on an ordinary word is no owner (Hindi writes the genitive as a word of its own)
    text = "बच्चे 'खेल दिवस' में बहुत खुश थे। स्कूल ने 'खेल दिवस' हर साल की तरह मनाया।"
    assert _owned("बच्चे 'खेल दिवस' में मस्त", text, "hi") is None
    # a lead that is no label of the book's kind stays part of the headline: no owner after it
    text = "रमा जोशी यांचे 'धुके' वाचले. रमा जोशी छान लिहितात; 'धुके' आवडले."
    assert _owned("पुणे : रमा जोशींचे 'धुके' प्रकाशित", text, "mr") is None


def test_sinhala_person_genitive_headline_without_quotes():
    text = ("ගම්බද ජීවිතය ගැන ලියූ සඳ එළිය කියවීමට මට බොහෝ කලක් ගත විය. කතුවරයා සරල භාෂාවෙන් පවුලක කතාව කියයි; "
            "සමහර පරිච්ඡේද දිගු වුවත් මෙය හොඳ පොතකි.")
    assert _owned("කමලා ජයසූරියගේ සඳ එළිය: නැවත කියවීමක්", text, "si") == ("සඳ එළිය", "කමලා ජයසූරිය")


def test_sinhala_near_misses():
    text = "කමලා ජයසූරියගේ නව නවකතාවේ කවරය අද එළිදැක්විණි. පොත ලබන මාසයේ වෙළඳසැල්වලට පැමිණේ."
    # a headline that runs on with no separator: news of a cover
    assert _owned("කමලා ජයසූරියගේ නව නවකතාවේ කවරය එළිදකී", text, "si") is None
    # the title never named in the text
    assert _owned("කමලා ජයසූරියගේ සඳ එළිය: නැවත කියවීමක්", text, "si") is None
    # one word before the genitive: a role, not a name
    text = "ඇමතිගේ ප්‍රකාශය ගැන පොත් ප්‍රකාශකයෝ කතා කළහ. ප්‍රකාශය අද නිකුත් විය."
    assert _owned("ඇමතිගේ ප්‍රකාශය: ප්‍රතිචාර", text, "si") is None
