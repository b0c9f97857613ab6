"""Review of bookindic38 (round 38): a caseless 'T — A' headline whose part after the dash is a volume's name, a verdict
or a Thai phrase (bookdashopener), and a closing 'T, A, House' line whose title's noun the text says again or whose
author is a one-word pen name (bookcaselessrecord, read by bookclosingfacts too).

Every line here is invented for these tests (invented books and people, in our own words)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookclosingfacts import closing_facts


def _page(headline: str, paragraphs: list[str], lang: str):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><div class="head"><h1 class="entry-title">{headline}</h1></div>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://kitab.example.org/2026/11/ek-post/")
    return record.book_title, record.book_author


_AR = ["بين القصرين هو الجزء الأول من الثلاثية، ويحكي عن أسرة السيد حامد عبد الرحيم في القاهرة القديمة.",
       "الرواية طويلة لكنها ممتعة، والشخصيات مرسومة بعناية كبيرة، خاصة الأم نفيسة وأبناؤها.",
       "القصرين حي قديم تدور فيه الأحداث، والكاتب يصف البيوت والأسواق والمقاهي بتفاصيل دقيقة تجعلك تعيش هناك.",
       "النهاية مؤلمة ومفتوحة على الجزء الثاني. أنصح بها كل من يحب الروايات العائلية الطويلة.",
       "تقييمي: ٤ من ٥"]


def test_arabic_series_dash_volume_is_no_author():
    assert _page("ثلاثية القاهرة — بين القصرين", _AR, "ar")[1] != "بين القصرين"


_TA = ["இந்த நாவல் ஐந்து பாகங்கள் கொண்டது. இது முதல் பாகம்.",
       "புது வெள்ளம் என்ற இந்த பாகத்தில் இளைஞன் ஒருவன் காஞ்சியிலிருந்து தஞ்சைக்குப் பயணம் செய்கிறான். வழியில் அவன் "
       "சந்திக்கும் மனிதர்கள் சுவாரசியமானவர்கள்.",
       "ஒற்றன் ஒருவனின் நகைச்சுவை அருமை. அரசியின் பாத்திரம் மர்மமாக இருக்கிறது.",
       "சில இடங்களில் வர்ணனைகள் நீளமாக இருக்கின்றன. ஆனாலும் கதை விறுவிறுப்பாக நகர்கிறது.",
       "என் மதிப்பீடு: 5/5"]


def test_tamil_series_dash_volume_is_no_author():
    assert _page("நதியின் மைந்தன் — புது வெள்ளம்", _TA, "ta")[1] != "புது வெள்ளம்"


_HI = ["होरी और धनिया की कहानी आज भी उतनी ही सच्ची लगती है जितनी सौ साल पहले थी।",
       "लेखक की भाषा सरल है और गाँव का जीवन आँखों के सामने आ जाता है।",
       "ज़रूर पढ़िए अगर आपने अब तक नहीं पढ़ा। किसान के कर्ज़ और गाय के सपने की यह कहानी दिल तोड़ देती है।",
       "अंत बहुत दुखद है, पर यही इस उपन्यास की ताकत है।", "मेरी रेटिंग: 5/5"]


def test_hindi_title_dash_verdict_said_whole_is_no_author():
    assert _page("गोबर की गाय — ज़रूर पढ़िए", _HI, "hi")[1] != "ज़रूर पढ़िए"


_TH = ["ความทรงจำ ของเด็กชายในหมู่บ้านริมน้ำถูกเล่าอย่างอ่อนโยน", "เล่มนี้เป็นเล่มที่สองของชุด อ่านสนุกกว่าเล่มแรก",
       "ตัวละครทุกตัวมีชีวิตชีวา ฉากแม่น้ำสวยมาก", "คะแนน: 4/5"]


def test_thai_spaced_phrase_after_the_dash_is_no_author():
    assert _page("บ้านริมน้ำ — ความทรงจำ ที่หายไป", _TH, "th")[1] != "ความทรงจำ ที่หายไป"


_TA_REC = ["வந்தியன் என்ற இளைஞன் காஞ்சியிலிருந்து தஞ்சைக்குப் புறப்படுகிறான். வழியில் பல மனிதர்களைச் சந்திக்கிறான்.",
           "அருள் என்ற இளவரசன் பின்னர் அரசன் ஆகிறான். செல்வன் என்றே மக்கள் அவனை அன்புடன் அழைக்கிறார்கள்.",
           "அரசியின் பாத்திரம் மர்மம் நிறைந்தது. ஒற்றனின் நகைச்சுவை அருமை.",
           "சில இடங்களில் வர்ணனைகள் நீளம். ஆனாலும் நதியின் செல்வன் என்றும் என் மனதுக்கு நெருக்கமான நாவல், செல்வன் வாழ்க.",
           "என் மதிப்பீடு: 5/5",
           "<em>நதியின் செல்வன், அமுதன், தாமரை பதிப்பகம்</em>"]


def test_tamil_closing_record_with_a_one_word_pen_name_is_not_read_backwards():
    assert _page("என் மனதுக்கு நெருக்கமான கதை", _TA_REC, "ta") != ("அமுதன்", "நதியின் செல்வன்")


def test_closing_line_whose_title_noun_is_said_mid_clause_is_no_telling():
    lines = ["উত্তরবঙ্গের এক চা-বাগানের পাশে বড় হওয়া একটি মেয়ের গল্প এই উপন্যাস।",
             "বর্ষার রাতে নদীর জল বাড়ার অধ্যায়টা পড়তে পড়তে দম বন্ধ হয়ে আসে, সেই দাগ মোছে না।",
             "জলের দাগ, সুবীর মিত্র, নীলাঞ্জনা প্রকাশনী"]
    assert closing_facts(lines) is None
    lines[1] = lines[1].replace("সেই দাগ মোছে না", "মিত্র খুব সংযত ভাষায় লেখেন")
    book = closing_facts(lines)
    assert book is not None and (book.title, book.author) == ("জলের দাগ", "সুবীর মিত্র")


def test_closing_line_in_the_writer_first_order_is_read_as_the_record_reader_reads_it():
    lines = ["উত্তরবঙ্গের এক চা-বাগানের পাশে বড় হওয়া একটি মেয়ের গল্প এই উপন্যাস।",
             "মিত্র খুব সংযত ভাষায় লেখেন, কোথাও বাড়তি আবেগ নেই।",
             "সুবীর মিত্র, জলের দাগ, ২০২৪"]
    book = closing_facts(lines)
    assert book is not None and (book.title, book.author) == ("জলের দাগ", "সুবীর মিত্র")


_HI_SIGNED = ["होरी और धनिया की कहानी आज भी उतनी ही सच्ची लगती है जितनी सौ साल पहले थी।",
              "लेखक की भाषा सरल है और गाँव का जीवन आँखों के सामने आ जाता है।",
              "किसान के कर्ज़ और गाय के सपने की यह कहानी दिल तोड़ देती है।",
              "अंत बहुत दुखद है, पर यही इस उपन्यास की ताकत है।", "मेरी रेटिंग: 5/5",
              "समीक्षक: के. एस. रावत", "के. एस. रावत, सहायक संपादक, अंकुर प्रकाशन"]


def test_the_reviewers_signature_with_role_and_house_names_no_author():
    body = "".join(f"<p>{p}</p>" for p in _HI_SIGNED)
    html = ('<html lang="hi"><head><meta charset="utf-8"><title>गाँव की एक पुरानी कहानी</title>'
            '<meta name="author" content="के. एस. रावत"></head><body><article class="post"><div class="head">'
            '<h1 class="entry-title">गाँव की एक पुरानी कहानी</h1><div class="entry-meta"><span class="byline author vcard">'
            'के. एस. रावत</span></div></div>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://kitab.example.org/2026/11/ek-post/")
    assert record.book_author != "के. एस. रावत"
