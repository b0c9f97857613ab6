"""The Indic review rubrics of ``reviewlabel.LABEL_WORDS`` narrowed and normalised (review rev32a): Tamil "நூல்
அறிமுகம்" (a book's introduction) heads a launch's or a publisher's notice as often as a review, and a bare "परीक्षण" is
Hindi's "test" (Marathi says "पुस्तक परीक्षण" of a book): neither labels a review; Bengali "প্রতিক্রিয়া" is read with
its য় decomposed or precomposed (U+09DF), Sinhala "ග්‍රන්ථ" with or without its zero-width joiner.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.reviewlabel import labelled


def test_rubrics_still_label():
    assert labelled("समीक्षा: धूप की नदी — कमला जोशी")
    assert labelled("पुस्तक परीक्षण: पावसाळा — सुनंदा देशपांडे")
    assert labelled("விமர்சனம்: மழைக்காலம் — செல்வி ராமநாதன்")
    assert labelled("ವಿಮರ್ಶೆ: ಮಳೆಯ ಹಾಡು – ಸುಮನಾ ಹೆಗಡೆ")


def test_both_spellings():
    assert labelled("পাঠ প্রতিক্রি\u09df\u09be: নদীর গান — অপর্ণা সেন")  # precomposed য়
    assert labelled("পাঠ প্রতিক্রি\u09af\u09bc\u09be: নদীর গান — অপর্ণা সেন")  # decomposed
    assert labelled("ග්රන්ථ විචාරය: වැසි දිනය — නිමල් පෙරේරා")  # no joiner
    assert labelled("ග්\u200dරන්ථ විචාරය: වැසි දිනය — නිමල් පෙරේරා")


def test_introduction_and_test_are_no_review_labels():
    assert not labelled("நூல் அறிமுகம்: மழைக்காலம் — செல்வி ராமநாதன்")
    assert not labelled("परीक्षण: नए रॉकेट का सफल प्रक्षेपण")
    assert not labelled("परीक्षण: दवा के तीसरे चरण के नतीजे")


def test_launch_notice_is_no_review():
    paras = ["இந்த நாவல் வரும் சனிக்கிழமை மாலை ஐந்து மணிக்கு மதுரை புத்தகக் கண்காட்சியில் வெளியிடப்படுகிறது.",
             "வெளியீட்டு விழாவில் பல எழுத்தாளர்கள் பேசுகிறார்கள். அனைவரும் வருக. நூலின் விலை முன்னூறு ரூபாய்.",
             "முன்பதிவுக்கு பதிப்பகத்தின் இணையதளத்தைப் பாருங்கள். அரங்கு எண் எண்பத்தி நான்கு.",
             "விழா முடிந்ததும் வாசகர்கள் எழுத்தாளரிடம் கையொப்பம் பெற்றுக்கொள்ளலாம். நண்பர்களுக்கும் சொல்லுங்கள்.",
             "மேலும் விவரங்களுக்கு எங்கள் முகநூல் பக்கத்தைத் தொடர்ந்து பாருங்கள். இந்தச் செய்தியைப் பகிருங்கள்.",
             "கண்காட்சி காலை பத்து மணி முதல் இரவு ஒன்பது மணி வரை திறந்திருக்கும். நுழைவுக் கட்டணம் இல்லை.",
             "விழாவுக்குப் பிறகு தேநீர் விருந்து நடைபெறும். குழந்தைகளுக்கான கதை நேரமும் உண்டு. வருக வருக."]
    body = "".join(f"<p>{p}</p>" for p in paras)
    title = "நூல் அறிமுகம்: இரவுப் பறவை — மீனா கண்ணன்"
    html = (f'<!doctype html><html lang="ta"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    result = extract_page(html.encode(), "https://ex.example/2024/launch.html")
    assert not result.is_review and result.kind == "announcement"


def test_introduction_rubric_vouches_for_no_name():
    from scraper.extract.book import Context
    from scraper.extract.bookdashowner import vouched_dash
    ta = Context("இந்த நாவல் வரும் சனிக்கிழமை வெளியாகிறது. விலை முன்னூறு ரூபாய்.", (), None)
    assert vouched_dash("நூல் அறிமுகம்: இரவுப் பறவை — மீனா கண்ணன்", ta, []) is None
    hi = Context("यह उपन्यास अगले शनिवार को जारी होगा। कीमत तीन सौ रुपये है।", (), None)
    assert vouched_dash("पुस्तक परिचय: धूप की नदी — कमला जोशी", hi, []) is None
    te = Context("ఈ నవల వచ్చే శనివారం విడుదల అవుతుంది.", (), None)
    assert vouched_dash("పుస్తక పరిచయం: వాన పాట — లత రెడ్డి", te, []) is None
