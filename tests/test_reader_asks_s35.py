"""Closing asks in more languages (``readeractions``, bprelated35): he "give a like" and "share" (plural imperatives),
Hatena's star given, Medium's clap bidden in Devanagari, ms/id "let's follow" with the borrowed verb."""

import pytest

from scraper.extract import extract_page

_PARAS = {
    "he": ["הרומן עוקב אחרי משפחה בקיבוץ בצפון בשנות החמישים, ואחרי הבת הצעירה שמנסה להבין למה אביה הפסיק לדבר עם "
           "אחיו אחרי המלחמה, ומה קרה באותו לילה בפרדס.",
           "הכתיבה איטית ומדויקת, והסופרת נותנת לדמויות לשתוק הרבה, וזה עובד. הסוף קצת חפוז, אבל סגרתי את הספר "
           "בתחושה שאני מכיר את האנשים האלה היטב."],
    "ja": ["祖母の家に残された古い手紙を手がかりに、主人公が戦後の港町で起きた出来事をたどっていく長編です。静かな文章で、"
           "登場人物の沈黙がとても丁寧に描かれています。",
           "後半は少し駆け足に感じましたが、最後の章は何度も読み返したくなるほど美しく、読み終えてしばらく海を見に行きたく"
           "なりました。"],
    "mr": ["ही कादंबरी कोकणातल्या एका छोट्या गावातल्या शाळेच्या शिक्षिकेची गोष्ट सांगते, जी गावातल्या मुलींना शिकवण्यासाठी "
           "घरच्यांशी आणि गावाशी भांडते आणि हळूहळू सगळ्यांचं मन जिंकते.",
           "लेखिकेची भाषा साधी पण प्रभावी आहे. शेवट थोडा घाईत आटोपल्यासारखा वाटतो, पण पुस्तक वाचून झाल्यावर बराच वेळ ती "
           "शिक्षिका मनात रेंगाळत राहते."],
    "ms": ["Novel ini mengisahkan seorang guru muda yang dihantar ke sebuah sekolah di pedalaman Sarawak dan belajar "
           "memahami murid-muridnya yang datang dari rumah panjang di tepi sungai.",
           "Bahasanya mudah tetapi indah, dan penulis tidak tergesa-gesa. Bahagian akhir agak cepat, namun saya menutup "
           "buku ini dengan rasa rindu kepada kampung halaman sendiri."],
}
_URL = "https://readingcorner.example.net/2026/12/review.html"


def _text(lang, line):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS[lang])
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Review</title></head><body><article class='post'>"
            f"<h1 class='entry-title'>Review</h1><div class='entry-content'>{ps}{line}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("lang, line, gone", [
    ("he", "<p>נהניתם? תנו לייק לעמוד ושתפו את הפוסט.</p>", "לייק"),
    ("ja", "<p>スターを付けていただけると嬉しいです。</p>", "スター"),
    ("mr", "<p>आवडलं असेल तर टाळ्या वाजवा आणि «वाचनघर» फॉलो करा — दर रविवारी नवं पुस्तक.</p>", "टाळ्या"),
    ("ms", "<p>Jom follow blog kami untuk ulasan setiap minggu!</p>", "follow"),
])
def test_closing_asks_go(lang, line, gone):
    text = _text(lang, line)
    assert gone not in text and _PARAS[lang][-1][-10:] in text


@pytest.mark.parametrize("lang, line, kept", [
    ("he", "<p>הבת סופרת את הלייקים שקיבלה התמונה של אביה, ושותקת.</p>", "הלייקים"),
    ("ja", "<p>主人公の妹はスターを夢見て東京へ出ていきます。</p>", "スターを夢見て"),
    ("mr", "<p>शिक्षिकेचं भाषण संपल्यावर सगळे गावकरी टाळ्या वाजवत राहिले.</p>", "टाळ्या वाजवत"),
    ("ms", "<p>Murid-murid itu follow akaun guru mereka secara diam-diam.</p>", "follow akaun"),
])
def test_the_storys_sentences_stay(lang, line, kept):
    assert kept in _text(lang, line)
