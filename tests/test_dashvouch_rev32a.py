"""``bookdashowner.vouched_dash`` narrowed (review rev32a): a caseless "T — A" headline vouched for by a review label
or a tag is still read as a book and its author, but not where

- the title side is one word naming the post's kind (a tribute, an interview, news: "श्रद्धांजलि — A");
- the text or a tag names a film, its crew or cinema, a painting or an album (``adaptation.other_art``: a director is no
  author), with the labelled short post then no review either (``reviewlabel.labelled_headline``);
- the part after the dash is a remark ("slow but deep": a little word no name holds), a publisher, a part or an edition.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookdashowner import vouched_dash


def _ctx(text: str) -> Context:
    return Context(text, ("Blog Owner",), None)


def test_still_reads_labelled_and_tagged_books():
    bn = _ctx("এই বইটি একটি নদীর ধারের গ্রামের গল্প। ভাষা সহজ, চরিত্রগুলো জীবন্ত।")
    assert vouched_dash("সমালোচনা: নদীর গান — অপর্ণা সেন", bn, []) == ("নদীর গান", "অপর্ণা সেন")
    te = _ctx("ఈ నవల ఒక చిన్న ఊరి కథ. భాష సరళంగా ఉంది.")
    assert vouched_dash("సమీక్ష: వాన పాట — లత రెడ్డి", te, []) == ("వాన పాట", "లత రెడ్డి")
    hi = _ctx("यह उपन्यास एक पहाड़ी गाँव की कहानी है। भाषा सरल और साफ़ है।")
    assert vouched_dash("धूप की नदी — कमला जोशी", hi, ["कमला जोशी"]) == ("धूप की नदी", "कमला जोशी")
    ta = _ctx("இந்த நாவல் ஒரு கடற்கரை ஊரின் கதை. மொழி எளிமையானது.")
    assert vouched_dash("கடல் காற்று — வள்ளி சேகர்", ta, ["சேகர்"]) == ("கடல் காற்று", "வள்ளி சேகர்")


def test_post_kind_title_is_no_book():
    hi = _ctx("कल लेखिका का निधन हो गया। उनका पहला उपन्यास बहुत पढ़ा गया, यह उपन्यास आज भी पढ़ाया जाता है।")
    assert vouched_dash("श्रद्धांजलि — कमला जोशी", hi, ["कमला जोशी"]) is None
    assert vouched_dash("साक्षात्कार — कमला जोशी", hi, ["कमला जोशी"]) is None
    bn = _ctx("লেখিকার সঙ্গে কথা হলো তাঁর লেখা নিয়ে। এই বইটি তিনি গ্রামের স্মৃতি থেকে লিখেছেন।")
    assert vouched_dash("সাক্ষাৎকার — অপর্ণা সেন", bn, ["অপর্ণা সেন"]) is None
    ta = _ctx("எழுத்தாளர் நேற்று காலமானார். இந்த நாவல் பல தலைமுறைகளால் வாசிக்கப்பட்டது.")
    assert vouched_dash("அஞ்சலி — வள்ளி சேகர்", ta, ["வள்ளி சேகர்"]) is None
    ml = _ctx("എഴുത്തുകാരിയുടെ പുതിയ പുസ്തകം അടുത്ത മാസം ഇറങ്ങും. ഈ നോവൽ ഒരു ഗ്രാമത്തിന്റെ കഥയാണ്.")
    assert vouched_dash("വാർത്ത — രമ്യ നായർ", ml, ["രമ്യ നായർ"]) is None


def test_screen_and_other_arts_veto():
    ta = _ctx("இந்த நாவல் பலரால் வாசிக்கப்பட்டது. படத்தின் ஒளிப்பதிவு அருமை, நடிகர்கள் சிறப்பாக நடித்துள்ளனர்.")
    assert vouched_dash("விமர்சனம்: கடல் காற்று — வள்ளி சேகர்", ta, []) is None
    assert vouched_dash("கடல் காற்று — வள்ளி சேகர்", ta, ["வள்ளி சேகர்"]) is None
    hi = _ctx("यह उपन्यास बहुत पढ़ा गया। फ़िल्म में अभिनय अच्छा है पर निर्देशक ने अंत बदल दिया।")
    assert vouched_dash("समीक्षा: धूप की नदी — कमला जोशी", hi, []) is None
    bn = _ctx("এই বইটি অনেকে পড়েছেন। পর্দায় গল্পটা অন্যরকম লাগে।")
    assert vouched_dash("নদীর গান — অপর্ণা সেন", bn, ["অপর্ণা সেন", "চলচ্চিত্র"]) is None


def test_remark_part_publisher_or_edition_is_no_name():
    hi = _ctx("यह उपन्यास एक छोटे कस्बे की कहानी कहता है। कहानी की गति कम है पर अंत तक बाँधे रखती है।")
    assert vouched_dash("समीक्षा: अँधेरी गली — धीमा लेकिन गहरा", hi, []) is None
    assert vouched_dash("समीक्षा: अँधेरी गली — नीलकमल प्रकाशन", hi, []) is None
    assert vouched_dash("समीक्षा: अँधेरी गली — भाग दो", hi, []) is None
    assert vouched_dash("समीक्षा: अँधेरी गली — दूसरा संस्करण", hi, []) is None
    bn = _ctx("এই বইটি একটি পুরনো বাড়ির গল্প বলে। লেখার ভাষা সহজ কিন্তু গভীর।")
    assert vouched_dash("পাঠ প্রতিক্রিয়া: নীল জানালা — অসাধারণ এক অভিজ্ঞতা", bn, []) is None
    ta = _ctx("இந்த நாவல் ஒரு கிராமத்தின் கதை. மொழி எளிமையானது.")
    assert vouched_dash("விமர்சனம்: மழைக்காலம் — மிக அழகான கதை", ta, []) is None
    assert vouched_dash("விமர்சனம்: மழைக்காலம் — இரண்டாம் பாகம்", ta, []) is None


def _page(title: str, paras: list[str], tags: list[str], lang: str) -> bytes:
    tg = "".join(f'<a rel="tag" href="/tag/{t}">{t}</a> ' for t in tags)
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            f'<footer>Tags: {tg}</footer></article></body></html>').encode()


def test_labelled_film_review_is_no_book_review():
    paras = ["இந்த நாவல் பல தலைமுறைகளாக வாசிக்கப்பட்டது. அதைத் திரையில் கொண்டு வருவது எளிதல்ல.",
             "படத்தின் ஒளிப்பதிவு அற்புதம். நடிகர்கள் சிறப்பாக நடித்துள்ளனர். இசை நன்றாக உள்ளது.",
             "இரண்டாம் பாதி கொஞ்சம் நீளம்.",
             "போர்க் காட்சிகள் பிரம்மாண்டமாக எடுக்கப்பட்டுள்ளன. இயக்குநர் நீண்ட கால கனவை நனவாக்கியிருக்கிறார்.",
             "குடும்பத்துடன் சென்று பார்க்கலாம். மொத்தத்தில் ஒரு நல்ல அனுபவம். அடுத்த பாகத்திற்காக காத்திருக்கிறேன்.",
             "பின்னணி இசை பல காட்சிகளுக்கு உயிர் தருகிறது.",
             "பாடல்கள் கதையின் வேகத்தைக் குறைக்கவில்லை என்பது மகிழ்ச்சி.",
             "வசனங்கள் சுருக்கமாகவும் கூர்மையாகவும் இருக்கின்றன.",
             "சில சண்டைக் காட்சிகளில் கிராபிக்ஸ் செயற்கையாகத் தெரிகிறது.",
             "சில பாத்திரங்களுக்கு போதுமான நேரம் கிடைக்கவில்லை என்பது ஒரு குறை.",
             "ஆனாலும் திரையரங்கில் பார்க்க வேண்டிய படம்."]
    result = extract_page(_page("விமர்சனம்: கடல் காற்று — வள்ளி சேகர்", paras, [], "ta"), "https://ex.example/2024/a.html")
    assert not result.is_review and result.book_title is None
