"""Two wrong books a post in a script without capitals gave (booknamedtwice.py, pagebook.scored): the reviewer's
score read as a person ("Rating: four of five" as a record line, the phrase said again whole in the closing line),
and a compared title that a related post's link names (another post's book). Our own sentences, in Gujarati, Tamil,
Ukrainian and Bengali."""

from scraper.extract import extract_page
from scraper.extract.booknamedtwice import named_twice

_GUJARATI = """<html lang="gu"><head><title>વાંચન નોંધ: દરિયાની પાર – અક્ષરવાટ</title></head><body>
<article><h1 class="entry-title">વાંચન નોંધ: દરિયાની પાર</h1><div class="entry-content">
<p>સમીક્ષકનું રેટિંગ: પાંચમાંથી ચાર</p>
<p>આ નવલકથા ચાર પેઢીઓની કથા છે. કિનારાના એક નાના ગામમાં માછીમારોનો પરિવાર વર્ષો સુધી દરિયા સામે ઝઝૂમે છે, અને દરેક
પેઢી પોતાની રીતે ઘર છોડવાનું સપનું જુએ છે.</p>
<p>લેખકની ભાષા સરળ છે પણ વર્ણનો ખૂબ જીવંત છે. વાવાઝોડાનું પ્રકરણ વાંચતાં મારા હાથ ઠંડા પડી ગયા હતા.</p>
<p>સૌથી વધુ મને ગમ્યું દાદીનું પાત્ર. એ ઓછું બોલે છે, પણ જ્યારે બોલે ત્યારે આખું ઘર સાંભળે છે. પૌત્રી સાથેના એના સંવાદો
વાંચીને મને મારી પોતાની દાદી યાદ આવી ગઈ. અંતના પ્રકરણમાં જ્યારે જૂનું ઘર વેચવાની વાત આવે છે ત્યારે લેખક કોઈ સહેલો
ઉકેલ આપતા નથી, અને એ મને પ્રામાણિક લાગ્યું.</p>
<p>વચ્ચેના કેટલાક પ્રસંગો ધીમા છે. છતાં «રેતીનું ઘર» કરતાં આ પુસ્તક વધુ ઊંડું છે.</p>
<p>મારા તરફથી પાંચમાંથી ચાર તારા. ચોમાસામાં જરૂર વાંચજો.</p>
</div></article></body></html>"""


def test_gujarati_score_line_is_read_as_the_rating_not_as_the_author():
    record = extract_page(_GUJARATI, "https://example.org/2026/11/dariyani-paar")
    assert record.kind == "review" and record.rating_raw == "પાંચમાંથી ચાર" and record.rating == 0.8
    # the compared title by "four of five" was the wrong book: none is better
    assert record.book_author is None and record.book_title is None


_TAMIL = ["விமர்சகரின் மதிப்பீடு: ஐந்தில் நான்கு",
          "செல்வி ராமநாதனின் பெயரைக் கேட்டதும் பள்ளிக்கால நினைவுகள் வருகின்றன.",
          "கதை ஒரு கடற்கரை கிராமத்தில் நடக்கிறது. ராமநாதன் கிராமத்துப் பேச்சை இயல்பாக எழுதியிருக்கிறார்.",
          "ஆனாலும் «மலைச்சாரல்» நாவலைவிட இது ஆழமான புத்தகம்.",
          "என் பங்குக்கு ஐந்தில் நான்கு நட்சத்திரங்கள்."]


def test_tamil_phrase_the_text_only_repeats_whole_is_no_person():
    assert named_twice(None, None, _TAMIL, "நூல் அறிமுகம்: கடலோர வீடு", ["ஐந்தில் நான்கு"]) is None
    # near miss: a tag whose surname the prose says on its own ("ராமநாதன் … எழுதியிருக்கிறார்") is a person
    book = named_twice(None, None, _TAMIL, "நூல் அறிமுகம்: கடலோர வீடு", ["செல்வி ராமநாதன்"])
    assert book is not None and book.author == "செல்வி ராமநாதன்" and book.title == "மலைச்சாரல்"


_UKRAINIAN = ["Нарешті дочитала роман «Собор» від Олеся Гончара, який давно мала на полиці.",
              "Гончар пише повільно і густо, а степове селище стає живим."]
_BENGALI = ["অনিতা সেনগুপ্তের এই বইটা অনেকদিন তাকে পড়ে ছিল।",
            "\"নীল জানালা\"র তুলনায় এটা বেশি ভেতরের দিকে তাকানো বই; সেনগুপ্ত এখানে শান্ত।"]


def test_a_title_a_related_posts_link_names_is_another_posts_book():
    related = ["Читайте також: «Собор» удруге, через десять років"]
    assert named_twice(None, None, _UKRAINIAN, "Нотатки читачки", [], before_quote=True, related=related) is None
    related = ["এটাও পড়ুন: নীল জানালা আবার পড়া"]
    assert named_twice(None, None, _BENGALI, "শীতের পাঠ", ["অনিতা সেনগুপ্ত"], related=related) is None


def test_near_miss_related_links_that_name_other_titles_leave_the_book():
    book = named_twice(None, None, _UKRAINIAN, "Нотатки читачки", [], before_quote=True,
                       related=["Читайте також: «Тигролови» улітку"])
    assert book is not None and book.title == "Собор"
    book = named_twice(None, None, _BENGALI, "শীতের পাঠ", ["অনিতা সেনগুপ্ত"], related=["এটাও পড়ুন: শরতের বই"])
    assert book is not None and book.title == "নীল জানালা" and book.author == "অনিতা সেনগুপ্ত"
