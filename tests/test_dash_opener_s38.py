"""A caseless headline "T — A" whose name part a sentence of the review opens on (bookdashopener, round 38).

Every line here is invented for these tests (invented books and people, in our own words)."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, paragraphs: list[str], lang: str, byline: str = "", author_link: bool = False):
    if author_link:  # a story site's strip: the reviewer's linked name beside the h1, a read time, a follow button
        strip = (f'<div class="story-strip"><a class="story-author-name" href="/u/{len(byline)}">{byline}</a> '
                 '<span class="read-time">4 min</span> <button class="btn follow">+</button></div>')
    else:
        strip = f'<div class="entry-meta"><span class="byline author vcard">{byline}</span></div>' if byline else ""
    meta = f'<meta name="author" content="{byline}">' if byline else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | ಪುಟ</title>{meta}</head><body>'
            f'<article class="post"><div class="head"><h1 class="entry-title">{headline}</h1>{strip}</div>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://pustaka.example.org/2026/11/ondu-vimarshe/")
    return record.book_title, record.book_author


_BN = [
    "রেললাইনের ধারে একটা ছোট্ট শহর, সেখানে এক বুড়ো মাস্টারমশাই আর তাঁর ছাত্রদের নিয়ে এই উপন্যাস। গল্প ধীরে চলে, "
    "কিন্তু প্রতিটি চরিত্র মনে থেকে যায়।",
    "অনুপমের ভাষা সহজ, মাঝে মাঝে কবিতার মতো। ভোরবেলার প্ল্যাটফর্ম আর বর্ষার রাতের বর্ণনা পড়তে পড়তে মন ভরে যায়।",
    "মাস্টারমশাইয়ের সঙ্গে তাঁর পুরোনো ছাত্রের দেখা হওয়ার দৃশ্যটা বইয়ের সবচেয়ে সুন্দর অংশ। দুজনের কথায় অভিমান, "
    "ভালোবাসা আর না-বলা অনেক কথা জমে আছে, আর লেখক সেগুলো খুব যত্ন করে সাজিয়েছেন।",
    "ছোট শহরের হাট, মেলা, পুজোর দিনের ভিড়, স্কুলের ঘণ্টা — সব মিলিয়ে একটা হারিয়ে যাওয়া সময়ের ছবি চোখের সামনে ভেসে ওঠে। "
    "যাঁরা নিজের মফস্বলের শৈশব ভালোবাসেন, তাঁদের এই বই ভালো লাগবেই।",
    "শেষের দিকে কয়েকটা অধ্যায় একটু তাড়াহুড়ো মনে হয়েছে। তবুও বইটা আমি অনেকদিন মনে রাখব।",
    "আমার রেটিং: ৪/৫",
]


def test_bengali_title_dash_name_whose_given_name_opens_a_sentence():
    assert _page("রেলগাড়ির গান — অনুপম বসাক", _BN, "bn") == ("রেলগাড়ির গান", "অনুপম বসাক")


_UR = [
    "یہ کتاب مجھے ایک پرانی دکان سے ملی اور میں نے ایک ہی رات میں ختم کر ڈالی۔",
    "جمیل کا یہ مجموعہ دریا، کشتی اور ہجرت کی نظموں سے بھرا ہے۔ بعض نظمیں بہت سادہ ہیں مگر دل کو چھو لیتی ہیں۔",
    "دریا والی نظموں میں بچپن کی یادیں ہیں، ماں کی آواز ہے، اور وہ گاؤں ہے جو اب نقشے پر نہیں ملتا۔ شاعر ان یادوں کو "
    "رونے دھونے کے بغیر لکھتا ہے، اور یہی ضبط ان نظموں کو طاقت دیتا ہے۔",
    "ہجرت والے حصے میں شہر کی بھیڑ، ریل کے ڈبے اور کرائے کے کمروں کا ذکر ہے۔ یہ نظمیں پڑھ کر اپنے پرانے محلے کی گلیاں یاد آ گئیں "
    "اور دیر تک کتاب بند کر کے بیٹھا رہا۔",
    "آخری حصہ کچھ کمزور ہے، پھر بھی یہ شاعری بار بار پڑھنے کے لائق ہے۔",
    "میری رائے: پانچ میں سے چار",
]


def test_urdu_title_dash_pen_name_opening_a_sentence_with_a_possessive():
    assert _page("کشتی کے گیت — جمیل سرحدی", _UR, "ur") == ("کشتی کے گیت", "جمیل سرحدی")


_HI = [
    "पहाड़ के एक छोटे क़स्बे में डाकिया बने एक लड़के की कहानी है, जो हर चिट्ठी के साथ किसी का दुख भी ढोता है।",
    "कमलेश की भाषा सीधी-सादी है, बीच-बीच में पहाड़ी बोली के शब्द आते हैं और व्यंग्य भी।",
    "सबसे अच्छे हिस्से वे हैं जहाँ लड़का बर्फ़ में पैदल चलकर दूर के गाँवों तक चिट्ठियाँ पहुँचाता है और लोग उसे चाय पिलाकर "
    "अपने बेटों की ख़बर पूछते हैं। इन दृश्यों में हँसी भी है और उदासी भी।",
    "क़स्बे के बाज़ार, बस अड्डे और सरकारी दफ़्तर का माहौल इतना सच्चा है कि लगता है हम वहीं खड़े हैं। जिन्होंने पहाड़ में "
    "बचपन बिताया है, उन्हें यह किताब अपनी डायरी जैसी लगेगी।",
    "अंत थोड़ा जल्दी में लिखा लगता है, फिर भी यह उपन्यास बहुत दिनों तक याद रहेगा।",
    "मेरी रेटिंग: 4/5",
]


def test_hindi_headline_read_as_a_record_beside_the_reviewers_link_is_split():
    book = _page("डाकिये की चिट्ठियाँ — कमलेश नेगी", _HI, "hi", byline="सुधा रावत", author_link=True)
    assert book == ("डाकिये की चिट्ठियाँ", "कमलेश नेगी")


def test_near_miss_the_reviewers_own_name_after_the_dash_is_no_author():
    paragraphs = [p.replace("कमलेश की भाषा", "सुधा की भाषा") for p in _HI]
    _, author = _page("डाकिये की चिट्ठियाँ — सुधा रावत", paragraphs, "hi", byline="सुधा रावत")
    assert author != "सुधा रावत"


def test_near_miss_a_verdict_after_the_dash_is_no_author():
    paragraphs = [p.replace("कमलेश की भाषा", "धीमा लेकिन असरदार लेखन") for p in _HI]
    _, author = _page("डाकिये की चिट्ठियाँ — धीमा लेकिन गहरा", paragraphs, "hi")
    assert author != "धीमा लेकिन गहरा"


def test_near_miss_a_name_said_only_inside_sentences_is_not_read_by_this_rule():
    paragraphs = [p.replace("অনুপমের ভাষা সহজ", "ভাষা সহজ, অনুপমের লেখায়") for p in _BN]
    _, author = _page("রেলগাড়ির গান — অনুপম বসাক", paragraphs, "bn")
    assert author != "অনুপম বসাক"


def test_near_miss_a_writer_first_headline_is_not_read_backwards():
    # "A — T": the writer's given name opens a sentence, and so does the title's last word
    paragraphs = ["অনুপমের ভাষা সহজ, মাঝে মাঝে কবিতার মতো।", "মাস্টারমশাই আর ছাত্রদের গল্প ধীরে চলে, কিন্তু মনে থেকে যায়।",
                  "শেষের দিকে কয়েকটা অধ্যায় একটু তাড়াহুড়ো মনে হয়েছে। তবুও এই উপন্যাস আমি মনে রাখব।", "আমার রেটিং: ৪/৫"]
    title, author = _page("অনুপম বসাক — রেলগাড়ির গান", paragraphs, "bn")
    assert author != "রেলগাড়ির গান" and title != "অনুপম বসাক"
