"""Round 30 (DET4): Tamil book reviews.

- The word Tamil magazines and blogs file a book review under, "மதிப்புரை" (review), and "நூல் அறிமுகம்" (a book's
  introduction, as Hindi's "पुस्तक परिचय"), is a review's category (reviewwords._UNSPACED); near misses: "மதிப்பு"
  (value) and "அறிமுகம்" (an introduction) alone.
- "இந்த நாவல்" / "இந்த நூல்" (this novel, this book) with any case ending ("இந்த நாவலில்", "இந்த நூலை") is the
  reviewer calling the book (reviewwords.MORE_WORK_REFERENCES); near miss: "இந்த நூலகம்" (this library).
- A person named in a case right before the quoted title ("A-யின் ‘T’", Bengali "A-এর ‘T’") whom the page also names
  whole in the base form (a headline "T — A", a record line) is read in that base form (booknamedtwice); near miss: a
  phrase before the quote whose first word the prose says on its own.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.reviewwords import MORE_WORK_REFERENCES, REVIEW_TERMS


def test_tamil_review_categories():
    for label in ("மதிப்புரை", "நூல் மதிப்புரை", "நூல் அறிமுகம்", "விமர்சனம்"):
        assert REVIEW_TERMS.search(label), label
    for label in ("மதிப்பு", "அறிமுகம்", "செய்திகள்", "கவிதைகள்"):  # value, an introduction, news, poems
        assert not REVIEW_TERMS.search(label), label


def test_tamil_work_references_with_case_endings():
    for text in ("இந்த நாவலில் கதை மெதுவாக நகர்கிறது", "இந்த நூலை நான் இரண்டு முறை படித்தேன்", "இந்த நாவல் நீளமானது"):
        assert MORE_WORK_REFERENCES.search(text), text
    for text in ("இந்த நூலகம் காலை பத்து மணிக்குத் திறக்கும்", "இந்த நாள் மழையுடன் தொடங்கியது"):  # a library; a day
        assert not MORE_WORK_REFERENCES.search(text), text


_PAGE = """<html lang="ta"><head><title>{title}</title></head>
<body class="post-template-default single single-post"><article class="post type-post {cat_class}">
<header class="entry-header"><div class="cat"><a href="/category/{cat_slug}/">{cat}</a></div><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">{body}</div></article></body></html>"""

_REVIEW_BODY = """<p>வேணு முத்தையாவின் 'மணல் வீடுகள்' ஒரு சிறிய கடற்கரை ஊரின் மூன்று தலைமுறைகளைப் பற்றிப் பேசுகிறது. இந்த நாவலில்
மீனவக் குடும்பங்களின் அன்றாட வாழ்க்கை மிக நெருக்கமாகப் பதிவாகியிருக்கிறது.</p>
<p>கதையின் நடுப்பகுதியில் வரும் புயல் இரவு அத்தியாயம் மறக்க முடியாதது. முத்தையா உரையாடல்களை ஊர்ப் பேச்சிலேயே எழுதுகிறார்;
முதலில் அது சற்றுக் கடினமாக இருந்தாலும் பின்னர் அதுவே நாவலின் உயிராகிறது.</p>
<p>சில பாத்திரங்கள் பாதியில் மறைந்து போவது ஒரு குறை. ஆனாலும் இந்த நாவல் கடலோர வாழ்க்கையைப் பற்றிய முக்கியமான பதிவு என்று
சொல்லலாம். பொறுமையுள்ள வாசகர்களுக்கு இது நல்ல அனுபவம் தரும்.</p>
<p>ஊரின் திருவிழா, பள்ளிக்கூடம், சந்தை, கோயில் குளம் எல்லாம் கதையின் பின்னணியில் உயிரோடு இருக்கின்றன. ஒவ்வொரு
பாத்திரத்துக்கும் தனிக் குரல் இருக்கிறது; பாட்டியின் பழமொழிகளும் சிறுவர்களின் கேலியும் ஒரே பக்கத்தில் கலக்கின்றன.</p>
<p>மொழிநடை எளிமையானது, ஆனால் ஆழமானது. நீண்ட விவரணைகள் சில இடங்களில் வேகத்தைக் குறைக்கின்றன; இருந்தாலும் அவை ஊரின்
நிறங்களையும் வாசனைகளையும் நமக்குக் கொண்டு வருகின்றன. மழைக்காலக் காட்சிகள் குறிப்பாக அழகாக எழுதப்பட்டுள்ளன.</p>
<p>முடிவில் எல்லாக் கேள்விகளுக்கும் பதில் கிடைப்பதில்லை. அது சிலருக்கு ஏமாற்றம் தரலாம்; எனக்கு அதுவே பிடித்திருந்தது.
குடும்பங்களின் கதைகளை விரும்புகிறவர்கள் தவறாமல் தேடிப் படிக்கலாம்.</p>"""

_NOTICE_BODY = """<p>எங்கள் வாசகர் வட்டத்தின் அடுத்த சந்திப்பு வரும் சனிக்கிழமை மாலை ஐந்து மணிக்கு நகர நூலகத்தின் மாடி அரங்கில் நடைபெறும்.
அனைவரும் வரலாம்; முன்பதிவு தேவையில்லை.</p>
<p>சந்திப்பில் புதிய உறுப்பினர்கள் தங்களை அறிமுகம் செய்துகொள்ளலாம். தேநீர் ஏற்பாடு செய்யப்பட்டுள்ளது. வாகனம் நிறுத்த
இடம் குறைவு என்பதால் பேருந்தில் வருவது நல்லது.</p>
<p>இந்த மாதம் நூலகத்தின் புதிய பிரிவைச் சுற்றிப் பார்க்கவும் ஏற்பாடு உண்டு. குழந்தைகளுடன் வருகிறவர்களுக்குத் தனி அறை இருக்கும். கூட்டம் ஏழு மணிக்கு முடியும்; அதன் பிறகு அரங்கை மூட வேண்டும் என்பதால் நேரத்துக்கு வரவும். மழை பெய்தால் சந்திப்பு அடுத்த வாரத்துக்கு மாற்றப்படும்; அந்தச் செய்தி இதே பக்கத்தில் வெளியிடப்படும்.</p>
<p>அடுத்த மாதத் திட்டங்கள் பற்றியும் பேசுவோம். உங்கள் யோசனைகளை முன்கூட்டியே மின்னஞ்சலில் அனுப்பலாம். நன்றி.</p>"""


def test_short_tamil_review_filed_as_review_is_a_review():
    page = _PAGE.format(title="கடலோரத்தின் மூன்று தலைமுறைகள்", cat="மதிப்புரை", cat_slug="review", cat_class="category-review",
                        body=_REVIEW_BODY)
    record = extract_page(page.encode(), "https://ilakkiyam.example.org/2026/11/kadalorathin-moondru-thalaimuraigal/")
    assert record.is_review, record.reason


def test_short_tamil_notice_is_not_a_review():
    page = _PAGE.format(title="வாசகர் வட்டம்: அடுத்த சந்திப்பு", cat="செய்திகள்", cat_slug="news", cat_class="category-news",
                        body=_NOTICE_BODY)
    record = extract_page(page.encode(), "https://ilakkiyam.example.org/2026/11/vasagar-vattam-santhippu/")
    assert not record.is_review, record.reason


_BASE_BODY = """<p>{genitive} ‘{title}’ இப்போது புதிய பதிப்பாக வந்திருக்கிறது. இந்த நாவல் ஒரு நெசவாளர் தெருவின் கதையைச் சொல்கிறது;
தறிகளின் ஓசையும் கடன் சுமையும் ஒவ்வொரு பக்கத்திலும் கேட்கின்றன.</p>
<p>{surname} பாத்திரங்களை நீதிபதியாக நின்று பார்க்கவில்லை. அவர்களுடைய சிறிய வெற்றிகளையும் தோல்விகளையும் அமைதியாகப் பதிவு
செய்கிறார். இந்த நாவலின் கடைசி அத்தியாயம் நீண்ட நேரம் மனதில் நிற்கிறது.</p>
<p>ஊரின் திருவிழா, பள்ளிக்கூடம், சந்தை, கோயில் குளம் எல்லாம் கதையின் பின்னணியில் உயிரோடு இருக்கின்றன. ஒவ்வொரு
பாத்திரத்துக்கும் தனிக் குரல் இருக்கிறது; பாட்டியின் பழமொழிகளும் சிறுவர்களின் கேலியும் ஒரே பக்கத்தில் கலக்கின்றன.</p>
<p>மொழிநடை எளிமையானது, ஆனால் ஆழமானது. நீண்ட விவரணைகள் சில இடங்களில் வேகத்தைக் குறைக்கின்றன; இருந்தாலும் அவை ஊரின்
நிறங்களையும் வாசனைகளையும் நமக்குக் கொண்டு வருகின்றன. மழைக்காலக் காட்சிகள் குறிப்பாக அழகாக எழுதப்பட்டுள்ளன.</p>
<p>முடிவில் எல்லாக் கேள்விகளுக்கும் பதில் கிடைப்பதில்லை. அது சிலருக்கு ஏமாற்றம் தரலாம்; எனக்கு அதுவே பிடித்திருந்தது.
குடும்பங்களின் கதைகளை விரும்புகிறவர்கள் தவறாமல் தேடிப் படிக்கலாம்.</p>
<p class="book-info"><strong>{title}</strong><br>{name}<br>தென்றல் பதிப்பகம், சேலம்<br>விலை: ரூ.240</p>"""


def test_tamil_author_in_a_case_read_in_the_base_form_the_page_gives():
    body = _BASE_BODY.format(genitive="கமலா இளங்கோவின்", title="தறியின் பாடல்", surname="இளங்கோ", name="கமலா இளங்கோ")
    page = _PAGE.format(title="நூல் வெளி: தறியின் பாடல் — கமலா இளங்கோ", cat="மதிப்புரை", cat_slug="review",
                        cat_class="category-review", body=body)
    record = extract_page(page.encode(), "https://ilakkiyam.example.org/2026/11/thariyin-paadal/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("தறியின் பாடல்", "கமலா இளங்கோ")


def test_bengali_author_in_a_case_read_in_the_base_form_the_page_gives():
    body = """<p>অমল সেনগুপ্তের ‘নদীর ওপারে ঘর’ নতুন সংস্করণে আবার এসেছে। উপন্যাসটি এক জেলে পরিবারের তিন প্রজন্মের গল্প বলে,
বর্ষার নদী আর ঋণের বোঝা প্রতিটি পাতায় টের পাওয়া যায়।</p>
<p>সেনগুপ্ত চরিত্রদের বিচার করেন না; তাদের ছোট জয় আর পরাজয় চুপচাপ লিখে রাখেন। শেষ অধ্যায়টি অনেকক্ষণ মনে থাকে,
যদিও মাঝের কিছু অংশ একটু দীর্ঘ মনে হয়েছে।</p>
<p>গ্রামের হাট, স্কুল, মন্দিরের পুকুর আর মেলার দিনগুলো গল্পের পেছনে জীবন্ত হয়ে আছে। প্রত্যেক চরিত্রের নিজের গলা আছে;
ঠাকুমার প্রবাদ আর ছোটদের ঠাট্টা একই পাতায় মিশে যায়। ভাষা সহজ, কিন্তু গভীর।</p>
<p>লম্বা বর্ণনা কোথাও কোথাও গতি কমিয়ে দেয়, তবু সেগুলো গ্রামের রং আর গন্ধ আমাদের কাছে নিয়ে আসে। বর্ষার দৃশ্যগুলো বিশেষ
সুন্দর লেখা। শেষে সব প্রশ্নের উত্তর মেলে না, কারও কাছে সেটা হতাশার মনে হতে পারে; আমার কাছে সেটাই ভালো লেগেছে।
পরিবারের গল্প যাঁরা ভালোবাসেন, তাঁরা অবশ্যই খুঁজে পড়বেন।</p>
<p>লেখকের আগের দুটি বইয়ের তুলনায় এখানে কাহিনি অনেক বেশি সংযত। সংলাপ কম, কিন্তু প্রতিটি সংলাপের ওজন আছে। মাছ ধরার
নৌকা, জাল বোনার সন্ধ্যা, আর শহরে চলে যাওয়া ছেলের চিঠি: এই ছোট ছোট জিনিস দিয়েই তিনি একটা বড় ছবি আঁকেন। যাঁরা তাড়াহুড়ো
করে পড়েন, তাঁদের একটু ধৈর্য রাখতে হবে; যাঁরা ধীরে পড়েন, তাঁরা অনেক কিছু পাবেন। প্রচ্ছদটিও সুন্দর, ছাপা পরিষ্কার।</p>
<p class="book-info"><strong>নদীর ওপারে ঘর</strong><br>অমল সেনগুপ্ত<br>প্রকাশক: নীলাঞ্জন প্রকাশনী<br>দাম: ৩২০ টাকা</p>"""
    page = _PAGE.format(title="বই আলোচনা: নদীর ওপারে ঘর — অমল সেনগুপ্ত", cat="বই রিভিউ", cat_slug="boi-review",
                        cat_class="category-review", body=body).replace('lang="ta"', 'lang="bn"')
    record = extract_page(page.encode(), "https://boipara.example.org/2026/11/nodir-opare-ghor/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("নদীর ওপারে ঘর", "অমল সেনগুপ্ত")


def test_phrase_before_the_quote_whose_first_word_recurs_is_no_author():
    # "புதிய பதிப்பின் ‘T’" (the new edition's T): "புதிய" (new) said on its own again in the prose
    body = _BASE_BODY.format(genitive="புதிய பதிப்பின்", title="தறியின் பாடல்", surname="புதிய வாசகர்களுக்கு", name="புதிய பதிப்பு")
    page = _PAGE.format(title="நெசவாளர் தெருவின் கதை", cat="மதிப்புரை", cat_slug="review", cat_class="category-review", body=body)
    record = extract_page(page.encode(), "https://ilakkiyam.example.org/2026/11/nesavalar-theru/")
    assert record.book_author != "புதிய பதிப்பு"


# A title in the typewriter's single quotes ('T'), a name with an initial ("ப. A"), and Tamil's genitive of a name in -ம்
# ("-த்தின்"), its base form said in the prose (booknamedtwice)
_TYPED_BODY = """<p>{lead} இப்போது புதிய பதிப்பாக வந்திருக்கிறது. இந்த நாவல் ஒரு நெசவாளர் தெருவின் கதையைச் சொல்கிறது;
தறிகளின் ஓசையும் கடன் சுமையும் ஒவ்வொரு பக்கத்திலும் கேட்கின்றன.</p>
<p>ஆனால் {bare} பாத்திரங்களை நீதிபதியாக நின்று பார்க்கவில்லை. அவர்களுடைய சிறிய வெற்றிகளையும் தோல்விகளையும் அமைதியாகப் பதிவு
செய்கிறார். இந்த நாவலின் கடைசி அத்தியாயம் நீண்ட நேரம் மனதில் நிற்கிறது.</p>
""" + """<p>ஊரின் திருவிழா, பள்ளிக்கூடம், சந்தை, கோயில் குளம் எல்லாம் கதையின் பின்னணியில் உயிரோடு இருக்கின்றன. ஒவ்வொரு
பாத்திரத்துக்கும் தனிக் குரல் இருக்கிறது; பாட்டியின் பழமொழிகளும் சிறுவர்களின் கேலியும் ஒரே பக்கத்தில் கலக்கின்றன.</p>
<p>மொழிநடை எளிமையானது, ஆனால் ஆழமானது. நீண்ட விவரணைகள் சில இடங்களில் வேகத்தைக் குறைக்கின்றன; இருந்தாலும் அவை ஊரின்
நிறங்களையும் வாசனைகளையும் நமக்குக் கொண்டு வருகின்றன. மழைக்காலக் காட்சிகள் குறிப்பாக அழகாக எழுதப்பட்டுள்ளன.</p>
<p>குடும்பங்களின் கதைகளை விரும்புகிறவர்கள் {again} மற்றொரு நாவலான 'கரையோர விளக்கு' நூலையும் தேடிப் படிக்கலாம்.</p>"""


def test_tamil_typed_quotes_initial_and_genitive_in_m():
    body = _TYPED_BODY.format(lead="க. செல்வத்தின் 'தறியின் பாடல்'", bare="செல்வம்", again="செல்வத்தின்")
    page = _PAGE.format(title="நெசவாளர் தெருவின் நீண்ட இரவுகள்", cat="மதிப்புரை", cat_slug="matippurai",
                        cat_class="category-matippurai", body=body)
    record = extract_page(page.encode(), "https://ilakkiyam.example.org/2026/11/nesavalar-theruvin-iravugal/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("தறியின் பாடல்", "க. செல்வம்")


def test_tamil_genitive_in_m_without_the_base_form_in_the_prose_is_left():
    # the prose never gives "செல்வம்" bare: no base form to give back, and the cased form is no author
    body = _TYPED_BODY.format(lead="க. செல்வத்தின் 'தறியின் பாடல்'", bare="அவர்", again="அவருடைய")
    page = _PAGE.format(title="நெசவாளர் தெருவின் நீண்ட இரவுகள்", cat="மதிப்புரை", cat_slug="matippurai",
                        cat_class="category-matippurai", body=body)
    record = extract_page(page.encode(), "https://ilakkiyam.example.org/2026/11/nesavalar-theruvin-iravugal/")
    assert record.book_author != "க. செல்வம்"


def test_hindi_typed_quotes_with_a_name_before():
    body = """<p>विमला शर्मा की 'नीली नदी' एक छोटे पहाड़ी कस्बे की कहानी है। शर्मा ने तीन पीढ़ियों के सपनों और डर को बहुत सहज ढंग से
लिखा है, और हर पात्र की अपनी आवाज़ है। दादी की कहावतें और बच्चों की शरारतें एक ही पन्ने पर मिलती हैं।</p>
<p>भाषा सरल है पर गहरी। कुछ जगह लंबे वर्णन गति धीमी कर देते हैं, फिर भी वे कस्बे के रंग और गंध हम तक पहुँचाते हैं। बरसात
के दृश्य ख़ास तौर पर सुंदर लिखे गए हैं, और अंत में सब सवालों के जवाब नहीं मिलते, जो मुझे अच्छा लगा।</p>
<p>परिवारों की कहानियाँ पसंद करने वाले पाठक इसे ज़रूर पढ़ें। उपन्यास धीरे पढ़ने वालों को बहुत कुछ देगा, जल्दी पढ़ने वालों को
थोड़ा धैर्य रखना होगा। शर्मा का अगला उपन्यास भी मैं ज़रूर पढ़ूँगी।</p>"""
    page = _PAGE.format(title="पहाड़ों के बीच एक नदी", cat="समीक्षा", cat_slug="samiksha", cat_class="category-samiksha",
                        body=body).replace('lang="ta"', 'lang="hi"')
    record = extract_page(page.encode(), "https://kitabghar.example.in/2026/11/neeli-nadi/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("नीली नदी", "विमला शर्मा")
