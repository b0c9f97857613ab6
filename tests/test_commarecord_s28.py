"""A record line in a script without capitals that runs on in commas, "T, A, House" (``fragmentrecord``): the review's
own line, never the lead-in of an ask set after it, and the book it names when no other rule found one; its name part
two or three words whose family name the review says again, a case ending perhaps written on. Near misses: a line with
Latin capitals (the dotted and stopped records' rules read those), a caseless sentence with its full stop, a record
whose name the review never says again, an ask in commas whose middle part is no name said again.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.fragmentrecord import fragment_book, named_record


def test_caseless_comma_records():
    # Tamil (the family name with a case ending), Hindi (the postposition apart), Urdu (the Arabic comma), Bengali
    assert named_record("மழைக்காலம், செல்வி ராமநாதன், நிலா பதிப்பகம்", "ராமநாதனின் இந்த நாவல் அமைதியானது.")
    assert named_record("धूप की नदी, सरोज वर्मा, किरण प्रकाशन", "वर्मा की यह किताब धीमी है।")
    assert named_record("سرد موسم، نادرہ خان، نیا ادارہ", "خان کا یہ ناول خاموش ہے۔")
    book = fragment_book(None, ["বর্ধমানের এই উপন্যাসটা ধীরে চলে।", "বর্ষার দিন, সুদীপা বসু, নীলাকাশ প্রকাশনী"],
                         "বসুর এই উপন্যাসটা ধীরে চলে।\nবর্ষার দিন, সুদীপা বসু, নীলাকাশ প্রকাশনী")
    assert (book.title, book.author) == ("বর্ষার দিন", "সুদীপা বসু")


def test_near_misses():
    assert not named_record("Thanks, Anna Berg, see you soon", "Berg wrote it.")  # (Latin: not read in commas)
    assert not named_record("धूप की नदी, सरोज वर्मा आईं। किरण भी", "वर्मा की यह किताब धीमी है।")  # (a sentence)
    assert not named_record("मझगाँव की शाम, सरोज वर्मा, किरण प्रकाशन", "यह किताब धीमी है।")  # (the name never again)
    assert not named_record("पढ़ते रहिए, साथ बने रहिए, धन्यवाद", "यह किताब धीमी है। साथ चलिए।")


def test_record_before_an_ask_stays_and_names_the_book():
    html = """<html lang="ta"><head><title>ஒரு மழைக்கால நினைவு</title></head><body><article>
    <h1>ஒரு மழைக்கால நினைவு</h1><div class="entry-content">
    <p>ராமநாதனின் இந்த நாவலை ஒரே இரவில் படித்தேன். கடற்கரை கிராமத்தில் ஒரு குடும்பம் மழைக்காலத்தைக் கடக்கிறது.</p>
    <p>மொழி எளிமையானது. பாத்திரங்கள் உயிரோடு இருக்கின்றன, முடிவு மனதைத் தொடுகிறது. சில அத்தியாயங்கள் நீளமாக
    இருந்தாலும் வாசிப்பு சலிப்பதில்லை. கிராமத்து வாழ்க்கையை விரும்பும் வாசகர்களுக்கு இது நல்ல தொடக்கம்.</p>
    <p>இந்த நாவல் நினைவில் நிற்கும் ஒன்று; ராமநாதன் எழுதிய மற்ற நூல்களையும் தேடிப் படிக்க வேண்டும்.</p>
    <p class="book-info"><em>மழைக்காலம், செல்வி ராமநாதன், நிலா பதிப்பகம்</em></p>
    <div class="support-box"><p>எங்கள் தளத்தை ஆதரியுங்கள் – விளம்பரமில்லாத இந்த இதழ் வாசகர்களின் உதவியால்
    நடக்கிறது.</p></div>
    </div></article></body></html>"""
    record = extract_page(html, "https://malai.example/2026/11/mazhai/")
    assert "மழைக்காலம், செல்வி ராமநாதன், நிலா பதிப்பகம்" in record.body_text
