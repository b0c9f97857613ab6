"""Helper det48 of the holdout48 round, in our own words and markup (made-up books, people and sites):

- a headline that opens on the book's owner in the possessive and its quoted title (bookheadowner): English "'s",
  German and Yiddish genitive -s, Pashto's particle "د" before the owner, Afrikaans "se", Turkish "'nın";
- Khmer and Lao paragraphs counted by their letters, as Thai is (words.count_words), and a Khmer book box's labelled
  lines with Khmer's colon "៖" (bookinfo, bookbiblio);
- a closing record line "T, by A. Publisher." (Zulu "ka-A", English "by A") is the review's, never the lead-in of the
  subscription box after it, and names the book (fragmentrecord.by_record);
- the post's first line as a byline: a writer's label, a name and a whole date in any figures (datelines);
- after the review, a line opening on the bidding to subscribe or to press "Like" (chrome), a Khmer read-also line
  (edges) and a Khmer app line (applines).

Near misses: an owner the text never names, a name ending in -s itself, a book noun as the owner, a lone caseless word
after a particle; Burmese left counted by its spaces; a record whose author the review never names, a sentence with
"by the way"; a review's dated info line naming no one; a review's sentence about subscribing or pressing like, and the
same bidding before the review's end.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.applines import app_line
from scraper.extract.book import Context
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.bookheadowner import owned_headline
from scraper.extract.closingask import ask_line as _ask
from scraper.extract.datelines import _labelled_byline
from scraper.extract.edges import READ_ALSO
from scraper.extract.fragmentrecord import by_record
from scraper.extract.words import count_words


def _owned(title: str, text: str, lang: str):
    book = owned_headline(title, Context(text, ("Daily Lantern",), lang))
    return (book.title, book.author) if book else None


def test_owner_in_the_possessive_before_a_quoted_title():
    assert _owned("Ada Marlow's “The Salt Orchard”: a quiet novel of small harbours", "Marlow writes slowly.", "en") \
        == ("The Salt Orchard", "Ada Marlow")
    assert _owned("Lena Brandts „Das stille Haus“ – ein Roman über das Warten", "Brandt erzählt ruhig.", "de") \
        == ("Das stille Haus", "Lena Brandt")
    assert _owned("משה גרינבערגס „דער ווינטער־גאָרטן“ – אַ בוך וועגן שניי", "גרינבערג שרײַבט שיין.", "yi") \
        == ("דער ווינטער־גאָרטן", "משה גרינבערג")
    assert _owned("د احمد کریمي «د باران کور»: یوه کیسه د کلي", "کریمي ښه لیکي او کریمي ساده دی.", "ps") \
        == ("د باران کور", "احمد کریمي")
    assert _owned("Pieter Botha se «Die Stil Rivier» – ’n stadige roman", "Botha skryf mooi.", "af") == ("Die Stil Rivier", "Pieter Botha")
    assert _owned("Ayşe Demir'in «Kış Bahçesi»: sessiz bir roman", "Demir sade yazıyor.", "tr") == ("Kış Bahçesi", "Ayşe Demir")


def test_owner_near_misses():
    assert _owned("Ada Marlow's “The Salt Orchard”: a quiet novel", "The harbour is quiet.", "en") is None  # never named
    assert _owned("Ana Marques „O Rio“ – um romance", "Marques escreve bem. Marques outra vez.", "pt") is None  # no 'Marque'
    assert _owned("This week's “Top Ten”: books for winter", "This week we read a lot. This week again.", "en") is None
    assert _owned("د کتاب «د باران کور»: یوه کیسه", "کتاب ښه دی او کتاب لنډ دی.", "ps") is None  # a book noun
    assert _owned("د کلي «د باران کور»: یوه کیسه", "کلي ښه دی او کلي لوی دی.", "ps") is None  # one caseless word
    assert _owned("Ada Marlow on the sea", "Marlow writes.", "en") is None  # no quoted title


def test_khmer_and_lao_counted_by_letters_burmese_by_spaces():
    khmer = "សៀវភៅនេះនិយាយអំពីគ្រូបង្រៀនម្នាក់នៅភូមិតូចមួយ ដែលបង្រៀនកុមារឱ្យអានសៀវភៅរាល់ល្ងាច។"
    assert count_words(khmer) > 20 > len(khmer.split())
    lao = "ປຶ້ມຫົວນີ້ເລົ່າເລື່ອງຂອງຄູສອນຄົນໜຶ່ງໃນບ້ານນ້ອຍ ທີ່ສອນເດັກນ້ອຍໃຫ້ອ່ານ."
    assert count_words(lao) > 10 > len(lao.split())
    burmese = "ဒီစာအုပ်က ရွာလေးတစ်ရွာက ဆရာမတစ်ယောက်အကြောင်း ပြောပါတယ်။"
    assert count_words(burmese) == len(burmese.split())


def test_khmer_book_box_labels_with_the_khmer_colon():
    lines = ["ចំណងជើង៖ ផ្ទះលើទឹក", "អ្នកនិពន្ធ៖ សុខ ម៉ាលី", "ពិន្ទុ៖ ៣/៥"]
    assert labelled_fields(field_pairs(lines, None)) == ("ផ្ទះលើទឹក", "សុខ ម៉ាលី")


def test_closing_record_with_a_by_word():
    assert by_record("Umfula omnyama, ka-T.M. Dlamini. Shuter & Shooter.", "UDlamini ubhala kahle kakhulu.") \
        == ("Umfula omnyama", "T.M. Dlamini")
    assert by_record("The Quiet Yard, by A.B. Lowe. Harbour Press.", "Lowe writes with care.") == ("The Quiet Yard", "A.B. Lowe")
    assert by_record("The Quiet Yard, by A.B. Lowe. Harbour Press.", "The yard is quiet.") is None  # never named
    assert by_record("It rained, by the way. Then we left.", "It rained all day.") is None


_ZU = ("<p>Le ncwadi ikhuluma ngentombazane ehamba isuka emakhaya iyofuna ubaba wayo edolobheni elikhulu. Indlela "
       "ayibonayo igcwele abantu abanomusa nabanonya, futhi ifunda okuningi ngempilo nangomndeni wayo.</p>"
       "<p>UDlamini ubhala ngolimi olulula futhi olumnandi, izingxoxo zakhe ziphila. Ingxenye yokuqala ihamba kancane "
       "kodwa isiphetho siyathinta inhliziyo.</p>"
       "<p>Abalingiswa abancane, ikakhulukazi umalume wakhe ongumshayeli wetekisi, bayahlekisa futhi banika indaba "
       "umoya omuhle. Ngiyayincoma kubo bonke abathanda izindaba zomndeni nezindaba zedolobha.</p>"
       "<p><em>Umfula omnyama, ka-T.M. Dlamini. Shuter &amp; Shooter.</em></p>"
       "<div class=\"subscribe-box\"><p><strong>Bhalisela iphephandaba lethu</strong> uthole izindaba nsuku zonke.</p></div>")


def test_zulu_capsule_review_keeps_its_record_and_is_a_review():
    html = (f'<html lang="zu"><head><meta charset="utf-8"><title>Intombazane edolobheni | Iphephandaba</title></head><body>'
            f'<main><article><h1>Intombazane edolobheni</h1><div class="article-body">{_ZU}</div></article></main>'
            f'</body></html>').encode()
    record = extract_page(html, "https://iphephandaba.example.co.za/izincwadi/intombazane-edolobheni-1a2b3c")
    assert "Umfula omnyama, ka-T.M. Dlamini" in record.body_text
    assert record.kind == "review" and (record.book_title, record.book_author) == ("Umfula omnyama", "T.M. Dlamini")


def test_first_line_byline_with_a_label_a_name_and_a_whole_date():
    assert _labelled_byline("لیکوال: احمد کریمي ۱۴۰۵ لیندۍ ۱۴")
    assert _labelled_byline("Text: Ana Lee · 3. 12. 2026")
    assert not _labelled_byline("Read: 3 March 2024")  # the review's info line names no one
    assert not _labelled_byline("Author: Ana Lee, 2019")  # a year, no whole date
    assert not _labelled_byline("Writer: Ana Lee 3 March 2026 and then some more words of a sentence")


def test_closing_bidding_to_subscribe_or_like():
    assert _ask("Subscribe to our letter and get new reviews every Friday.", True) == "platform ask"
    assert _ask("אַבאָנירט אונדזער בריוו און באַקומט נײַע ביכער יעדע וואָך.", True) == "platform ask"
    assert _ask("ចុច Like ទំព័ររបស់យើង ដើម្បីទទួលបានសៀវភៅថ្មីៗ។", True) == "platform ask"
    assert _ask("Subscribe to our letter and get new reviews every Friday.", False) is None  # not after the review
    assert _ask("She refuses to subscribe to the village paper, and the story turns on it.", True) is None
    assert _ask("Her son pressed like on every photo, which is the saddest scene.", True) is None


def test_khmer_read_also_and_app_lines():
    assert READ_ALSO.match("អានបន្ថែម៖ ពិព័រណ៍សៀវភៅនៅខេត្តសៀមរាប")
    assert app_line("ទាញយកកម្មវិធី Lantern News នៅលើ App Store និង Google Play។")
    assert not app_line("តួអង្គម្នាក់ប្រើកម្មវិធីដើម្បីអានសៀវភៅ។")  # a character who reads in an app
