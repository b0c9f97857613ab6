"""A short review's reservation and recommendation outside the languages reservation.py and shortverdict.py read
before (s28 detshort): the critic's hedged fault of the book's craft in ar, fa, ur, he, hi, bn, te, ta, kn, ka, yo;
the first-person recommendation in ka, te, ta, kn, bn, ur, which now lowers the short post's floor as a reading
statement or a reservation does; Urdu's "this novel"; and an Arabic book noun's relative clause, no owner's name."""

from types import SimpleNamespace

import pytest

from scraper.extract import extract_page
from scraper.extract.booknounowner import noun_owners
from scraper.extract.reservation import reserves
from scraper.extract.reviewwords import WORK_REFERENCE
from scraper.extract.shortverdict import floor, recommends


@pytest.mark.parametrize("line", [
    # fa: the language is clear, though some characters stay superficial
    "زبان کتاب روشن است، هرچند برخی شخصیت‌ها سطحی می‌مانند.",
    # hi: the language flows, but in places the plot feels slow
    "भाषा सहज है, लेकिन कहीं-कहीं कथानक धीमा लगता है।",
    # bn: the dialogue is lively, but the ending is a little rushed
    "সংলাপ প্রাণবন্ত, কিন্তু সমাপ্তি একটু তাড়াহুড়োর মনে হয়েছে।",
    # ta: the style is beautiful, but in places the story drags
    "நடை அழகாக உள்ளது, ஆனால் சில இடங்களில் கதை இழுவையாக இருக்கிறது.",
    # kn: the language is fine, but the characters are a little weak
    "ಭಾಷೆ ಚೆನ್ನಾಗಿದೆ, ಆದರೆ ಕೆಲವು ಪಾತ್ರಗಳು ಸ್ವಲ್ಪ ದುರ್ಬಲವಾಗಿವೆ.",
    # he: the writing is precise, but the plot is a little slow in the middle
    "הכתיבה מדויקת, אבל העלילה קצת איטית באמצע.",
    # ar: the dialogue is witty, but some characters remain pale
    "الحوار ذكي، لكن بعض الشخصيات تبقى باهتة.",
    # ka: the style is rich, though the plot is sometimes drawn out
    "სტილი მდიდარია, თუმცა სიუჟეტი ზოგჯერ გაწელილია.",
    # yo: the language is sweet, but the ending is too fast
    "Èdè rẹ̀ dùn, ṣùgbọ́n ìparí rẹ̀ yára jù.",
    # te, ur
    "భాష బాగుంది, కానీ కొన్ని పాత్రలు బలహీనంగా ఉన్నాయి.",
    "اسلوب دلکش ہے، مگر کہیں کہیں کہانی سست پڑ جاتی ہے۔",
])
def test_a_hedged_fault_of_the_craft_is_a_reservation_in_more_scripts(line):
    assert reserves([line])


@pytest.mark.parametrize("line", [
    # praise by negation: the plot never slows, no character is weak
    "कथानक कभी धीमा नहीं होता, और पात्र जीवंत हैं, लेकिन किताब छोटी है।",
    "العلاقة بين الشخصيات لا تبدو ضعيفة أبدًا، لكن الرواية قصيرة.",
    "העלילה לא איטית לרגע, אבל הספר עבה.",
    # a fault of something else than the book (no craft noun near it): the economy, the traffic
    "बाज़ार में बिक्री धीमी रही, लेकिन मेला फिर भी भरा रहा।",
    "كانت حركة المرور بطيئة، لكننا وصلنا إلى المعرض في الوقت.",
    # others' judgement reported: critics, the jury
    "النقاد قالوا إن الإيقاع بطيء أحيانًا، لكن الجائزة ذهبت إليها.",
    "आलोचकों के अनुसार कथानक कहीं-कहीं धीमा है, फिर भी पुरस्कार मिला।",
    # a plain statement with no hedge
    "הסוף חפוז.",
])
def test_praise_other_faults_and_reported_faults_are_no_reservation(line):
    assert not reserves([line])


@pytest.mark.parametrize("line", [
    "ამ რომანს ყველა მკითხველს ვურჩევ.",                     # ka: I recommend this novel to every reader
    "ఈ పుస్తకాన్ని నేను అందరికీ సిఫార్సు చేస్తాను.",            # te: I recommend this book to everyone
    "இந்த நாவலை நான் பரிந்துரைக்கிறேன்.",                      # ta
    "ಈ ಕಾದಂಬರಿಯನ್ನು ನಾನು ಶಿಫಾರಸು ಮಾಡುತ್ತೇನೆ.",                 # kn
    "বইটি আমি সবাইকে সুপারিশ করি।",                           # bn
    "میں یہ ناول ہر قاری کو تجویز کرتا ہوں۔",                   # ur
])
def test_first_person_recommendation_in_more_scripts(line):
    assert recommends([line])


@pytest.mark.parametrize("line", [
    "ჩაი გირჩევნია თუ ყავა?",                                   # ka: would you prefer tea or coffee (no recommending)
    "کمیٹی اس ناول کو نصاب میں شامل کرنے کی سفارش کرتی ہے۔",     # ur: the committee recommends (third person)
    "অনেকে বইটি সুপারিশ করেছেন।",                               # bn: many have recommended it (third person, past)
])
def test_others_recommending_or_preferring_is_no_recommendation(line):
    assert not recommends([line])


def _ev(book_source, lines, author=True):
    return SimpleNamespace(rating=False, scored_lines=0, verdict_lines=0, averaged=0, reply_scores=0,
                           book_source=book_source, book_title=None, book_has_author=author,
                           body=(tuple(lines), "\n".join(lines)))


def test_floor_lowered_for_a_recommendation_about_a_book_read_outside_the_text():
    said = ["ყველას ვერ ვურჩევ, მაგრამ პოეზიის მოყვარულებს მოეწონებათ."]
    assert floor(_ev("details", said)) == 60
    assert floor(_ev("body", said)) == 100  # (a book read only in passing, in the text: not enough)
    assert floor(_ev("details", ["ეს რომანი 1995 წელს გამოიცა."])) == 100


def test_urdu_this_novel_is_a_reference_to_the_work():
    assert len(WORK_REFERENCE.findall("یہ ناول چھوٹا ہے مگر اس کتاب کی زبان تیز ہے۔")) == 2
    assert not WORK_REFERENCE.findall("ناول نگار نے کہا کہ وہ لاہور جائیں گی۔")


def test_an_arabic_book_nouns_relative_clause_is_no_owners_name():
    assert noun_owners("لكنها رواية تستحق القراءة، خصوصًا لمن يحب الأدب.") == []
    assert noun_owners("رواية جميلة عن بغداد.") == []
    assert "نجيب محفوظ" in noun_owners("قرأت رواية نجيب محفوظ في الصيف.")


_PAGE = """<!DOCTYPE html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><title>{title}</title></head>
<body class="single-post"><header><a href="/">{site}</a></header><main><article><h1>{title}</h1>
<div class="entry-content">{body}</div></article></main><footer><p>© 2026 {site}</p></footer></body></html>"""


def _page(lang, title, paragraphs, site="Kitab Ghar", direction="ltr"):
    return _PAGE.format(lang=lang, dir=direction, title=title, site=site,
                        body="".join(f"<p>{p}</p>" for p in paragraphs))


# short reviews of 100-170 words with no rating, whose book the rules need not find: "this novel" said twice and a
# hedged fault of its craft (the two marks of one work, one in the reviewer's voice)
_SHORT = {
    "hi": ("नदी किनारे का एक लंबा जाड़ा", [
        "यह उपन्यास एक मछुआरे के परिवार की कहानी है, जो एक लंबे जाड़े में नदी के किनारे अपने टूटे घर को फिर से "
        "बनाने की कोशिश करता है। पिता चुप रहते हैं, माँ हिसाब लगाती है, और बेटी शहर लौटने का सपना देखती है।",
        "लेखिका की भाषा सरल और सधी हुई है, संवाद स्वाभाविक लगते हैं और गाँव का माहौल आँखों के सामने आ जाता है, "
        "लेकिन कहीं-कहीं कथानक धीमा पड़ जाता है, खासकर बीच के अध्यायों में।",
        "फिर भी इस उपन्यास का आख़िरी हिस्सा बहुत असरदार है और देर तक मन में रहता है। जिन पाठकों को शांत, "
        "धीमी आँच पर पकी कहानियाँ पसंद हैं, उन्हें यह ज़रूर अच्छी लगेगी, और बाकी लोग भी इसे एक बार आज़मा सकते हैं।"]),
    "he": ("חורף ארוך על שפת הנהר", [
        "הרומן עוקב אחרי משפחה של דייגים שמנסה לבנות מחדש את ביתה ההרוס על שפת הנהר במהלך חורף ארוך וקשה. "
        "האב שותק, האם סופרת כל שקל, והבת חולמת לחזור לעיר הגדולה ולעבודה שהשאירה שם. "
        "בין התיקונים בבית, הדיג בבוקר והשיחות הקצרות בערב מתגלה לאט סוד ישן של המשפחה.",
        "הכתיבה מדויקת ושקטה, הדיאלוגים טבעיים והנוף מתואר ביופי רב, אבל העלילה קצת איטית באמצע, "
        "ויש פרקים שבהם כמעט שום דבר לא קורה ורק מזג האוויר משתנה.",
        "ובכל זאת, הפרק האחרון של הרומן חזק מאוד ונשאר איתי עוד ימים אחרי שסגרתי את הספר. מי שאוהב סיפורים "
        "שקטים על משפחה, על מקום ועל שתיקה ימצא כאן הרבה, ומי שמחפש מתח כנראה ישתעמם מעט."]),
}


@pytest.mark.parametrize("lang", sorted(_SHORT))
def test_short_unrated_review_with_a_reservation_is_a_review(lang):
    title, paragraphs = _SHORT[lang]
    record = extract_page(_page(lang, title, paragraphs, direction="rtl" if lang == "he" else "ltr"),
                          f"https://kitabghar.example.org/2026/11/{lang}-river-winter/")
    assert record.word_count < 180
    assert record.kind == "review", record.reason


# the same books' launch notice, a publisher's blurb and a prize's news item, as short, in the same languages
_NOT_REVIEWS = {
    "hi-launch": ("hi", "नए उपन्यास का विमोचन शनिवार को", [
        "लेखिका का नया उपन्यास इस शनिवार शाम छह बजे शहर के पुस्तकालय में लोकार्पित किया जाएगा। यह उपन्यास एक "
        "मछुआरे के परिवार की कहानी है। कार्यक्रम में लेखिका पाठकों से बात करेंगी और किताब पर हस्ताक्षर करेंगी।",
        "प्रवेश निःशुल्क है, लेकिन सीटें सीमित हैं, इसलिए जल्दी पहुँचें। इस उपन्यास की प्रतियाँ कार्यक्रम में "
        "रियायती दाम पर मिलेंगी। प्रकाशक के अनुसार किताब अगले महीने से सभी दुकानों में उपलब्ध होगी और इसका "
        "अंग्रेज़ी अनुवाद भी जल्द आएगा। अधिक जानकारी के लिए पुस्तकालय की वेबसाइट देखें या हमें फ़ोन करें।"]),
    "hi-prize": ("hi", "नदी वाले उपन्यास को साहित्य पुरस्कार", [
        "लेखिका के उपन्यास को इस वर्ष का प्रादेशिक साहित्य पुरस्कार दिया गया है, निर्णायक मंडल ने मंगलवार को घोषणा "
        "की। यह उपन्यास एक मछुआरे के परिवार की कहानी कहता है और पिछले साल प्रकाशित हुआ था।",
        "आलोचकों के अनुसार कथानक कहीं-कहीं धीमा है, लेकिन भाषा की ताज़गी ने निर्णायकों को प्रभावित किया। पुरस्कार "
        "में एक लाख रुपये और एक स्मृति चिह्न शामिल है, और समारोह अगले महीने राजधानी में होगा "
        "जिसमें कई लेखक भाग लेंगे।"]),
    "he-blurb": ("he", "חדש בחנויות: חורף ארוך על שפת הנהר", [
        "הרומן עוקב אחרי משפחה של דייגים שמנסה לבנות מחדש את ביתה על שפת הנהר במהלך חורף ארוך. רומן עדין ומרגש "
        "שהעלילה שלו לא איטית לרגע והדמויות בו אף פעם לא שטוחות: הסיפור המרגש ביותר של העונה.",
        "כריכה קשה, 320 עמודים, 98 ש״ח. הזמינו עכשיו בכל חנויות הספרים ובאתר ההוצאה, עם משלוח חינם עד הבית "
        "לכל הזמנה מעל מאה שקלים, ובמחיר השקה מיוחד עד סוף החודש בלבד."]),
}


@pytest.mark.parametrize("name", sorted(_NOT_REVIEWS))
def test_launch_blurb_and_prize_news_are_no_review(name):
    lang, title, paragraphs = _NOT_REVIEWS[name]
    record = extract_page(_page(lang, title, paragraphs, direction="rtl" if lang == "he" else "ltr"),
                          f"https://kitabghar.example.org/2026/11/{name}/")
    assert record.kind != "review", record.reason
