"""Round 30 (DET4): a messenger's name written in an Indian script (Tamil "வாட்ஸ்அப்", Hindi "व्हाट्सएप", Bengali
"টেলিগ্রাম", …) is a messenger's name (platforms.MESSENGER_NAME): a short closing line naming it, the site's ask to
join its channel, is a follow-me line (promo). Near misses: the name inside the review's own paragraphs (a character
writes on the messenger), and other words of those scripts.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.platforms import MESSENGER_NAME


def test_messenger_names_in_indian_scripts():
    for text in ("எங்கள் வாட்ஸ்அப் குழுவில் சேருங்கள்", "हमारे व्हाट्सएप चैनल से जुड़ें", "टेलीग्राम पर फ़ॉलो करें",
                 "আমাদের টেলিগ্রাম চ্যানেলে যোগ দিন", "మా వాట్సాప్ ఛానెల్‌లో చేరండి", "ഞങ്ങളുടെ ടെലിഗ്രാം ചാനൽ"):
        assert MESSENGER_NAME.search(text), text
    for text in ("வாசகர் வட்டம்", "पुस्तक समीक्षा", "উপন্যাসের শেষ অধ্যায়", "నవల సమీక్ష"):
        assert not MESSENGER_NAME.search(text), text


_PAGE = """<html lang="{lang}"><head><title>{title}</title></head>
<body class="post-template-default single single-post"><article class="post type-post category-review">
<h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article></body></html>"""

_TA = """<p>கமலா இளங்கோவின் 'தறியின் பாடல்' ஒரு நெசவாளர் தெருவின் கதை. இந்த நாவல் தறிகளின் ஓசையையும் கடன் சுமையையும் ஒவ்வொரு
பக்கத்திலும் கேட்க வைக்கிறது. ஊரின் திருவிழா, சந்தை, கோயில் குளம் எல்லாம் கதையின் பின்னணியில் உயிரோடு இருக்கின்றன.</p>
<p>{middle}</p>
<p>மொழிநடை எளிமையானது, ஆனால் ஆழமானது. நீண்ட விவரணைகள் சில இடங்களில் வேகத்தைக் குறைக்கின்றன; இருந்தாலும் அவை ஊரின்
நிறங்களையும் வாசனைகளையும் நமக்குக் கொண்டு வருகின்றன. மழைக்காலக் காட்சிகள் குறிப்பாக அழகாக எழுதப்பட்டுள்ளன.</p>
<p>முடிவில் எல்லாக் கேள்விகளுக்கும் பதில் கிடைப்பதில்லை. அது சிலருக்கு ஏமாற்றம் தரலாம்; எனக்கு அதுவே பிடித்திருந்தது.
இந்த நாவலை குடும்பங்களின் கதைகளை விரும்புகிறவர்கள் தவறாமல் தேடிப் படிக்கலாம்.</p>
{closing}"""


def test_tamil_closing_channel_line_is_dropped():
    body = _TA.format(middle="பேத்தி சென்னையிலிருந்து பாட்டிக்குக் கடிதம் எழுதுகிறாள்; அந்தக் கடிதங்கள் கதையின் இரண்டாம் பகுதியை நகர்த்துகின்றன.",
                      closing='<p>புதிய நூல்கள் பற்றி எங்கள் வாட்ஸ்அப் சேனலிலும் தினமும் பேசுகிறோம்.</p>')
    record = extract_page(_PAGE.format(lang="ta", title="நெசவாளர் தெருவின் கதை", body=body).encode(),
                          "https://ilakkiyam.example.org/2026/11/thariyin-paadal/")
    assert "சேனலிலும்" not in record.body_text
    assert "மழைக்காலக் காட்சிகள்" in record.body_text


def test_tamil_messenger_inside_the_review_stays():
    middle = "பேத்தி சென்னையிலிருந்து பாட்டிக்கு வாட்ஸ்அப்பில் குரல் செய்திகள் அனுப்புகிறாள்; அந்தச் செய்திகள் கதையின் இரண்டாம் பகுதியை நகர்த்துகின்றன."
    body = _TA.format(middle=middle, closing="")
    record = extract_page(_PAGE.format(lang="ta", title="நெசவாளர் தெருவின் கதை", body=body).encode(),
                          "https://ilakkiyam.example.org/2026/11/thariyin-paadal/")
    assert "குரல் செய்திகள்" in record.body_text


def test_hindi_closing_channel_line_is_dropped():
    body = """<p>रमा वर्मा का उपन्यास 'धूप की गली' एक पुराने मोहल्ले की तीन पीढ़ियों की कहानी है। लेखिका ने छोटी-छोटी घटनाओं से एक बड़ा
चित्र बनाया है, और हर पात्र की अपनी आवाज़ है। दादी की कहावतें और बच्चों की शरारतें एक ही पन्ने पर मिलती हैं।</p>
<p>भाषा सरल है पर गहरी। कुछ जगह लंबे वर्णन गति धीमी कर देते हैं, फिर भी वे मोहल्ले के रंग और गंध हम तक पहुँचाते हैं। बरसात
के दृश्य ख़ास तौर पर सुंदर लिखे गए हैं, और अंत में सब सवालों के जवाब नहीं मिलते, जो मुझे अच्छा लगा।</p>
<p>परिवारों की कहानियाँ पसंद करने वाले पाठक इसे ज़रूर पढ़ें। उपन्यास धीरे पढ़ने वालों को बहुत कुछ देगा, जल्दी पढ़ने वालों को
थोड़ा धैर्य रखना होगा। छपाई साफ़ है और आवरण भी सुंदर है।</p>
<p>नई किताबों की बातें हम रोज़ अपने व्हाट्सएप चैनल पर भी करते हैं।</p>"""
    record = extract_page(_PAGE.format(lang="hi", title="पुस्तक समीक्षा: धूप की गली", body=body).encode(),
                          "https://kitabghar.example.in/2026/11/dhoop-ki-gali/")
    assert "चैनल पर भी" not in record.body_text
    assert "बरसात" in record.body_text
