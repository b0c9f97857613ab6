"""followlines.opening_follow: the bidding to follow, like or join the site on a network in the scripts and verbs the
rule lacked: the verb-last Urdu, Persian and Pashto imperatives and their networks' names ("… ٹیلی گرام پر فالو کریں"),
the Devanagari and Bengali joining verbs ("… चैनल से जुड़ें" had one; "… ग्रुप में शामिल हों", "… জয়েন করুন"), the
Cyrillic "like us" (mk, sr, ru, uk, bg) and Arabic "follow us", and the Thai, Lao, Khmer and Chinese openers glued to
their object. Invented lines in our own words; a closing line on an invented page goes through ``extract_page``.

Near misses: the story's past ("she joined the WhatsApp group"), a review line opening on "follows the story of …"
in Thai, a bidding to like the book with no network named.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.followlines import opening_follow

BIDS = (
    "تازہ ترین تبصروں کے لیے ہمیں ٹیلی گرام پر فالو کریں۔",  # ur: follow us on Telegram
    "ہمارا فیس بک پیج لائک کریں اور کتابوں کی خبریں پائیں",  # ur: like our Facebook page
    "برای خبرهای تازه در تلگرام به ما بپیوندید.",  # fa: join us on Telegram
    "हमारे व्हाट्सएप ग्रुप में शामिल हों",  # hi: join our WhatsApp group
    "नवीन पुस्तकांसाठी आमच्या फेसबुक पेजला सामील व्हा",  # mr: join our Facebook page
    "আমাদের টেলিগ্রাম চ্যানেলে জয়েন করুন",  # bn: join our Telegram channel
    "Лајкнете не на Фејсбук за нови рецензии",  # mk: like us on Facebook
    "Лајкујте нас на Фејсбуку",  # sr
    "Поставьте лайк нашей странице во ВКонтакте",  # ru
    "تابعونا على فيسبوك وإنستغرام",  # ar: follow us on Facebook
    "ติดตามเพจของเราบน Facebook ได้ทุกวัน",  # th: follow our page on Facebook
    "ຕິດຕາມພວກເຮົາທາງ Facebook",  # lo: follow us on Facebook
    "关注我们的微博，第一时间看书评",  # zh: follow our Weibo
)

STORY = (
    "وہ کالج کے واٹس ایپ گروپ میں شامل ہوا اور وہیں سے کہانی بدلتی ہے۔",  # ur: he joined the group (the story)
    "उसने फेसबुक पर अपने पुराने दोस्त को खोजा और उसके समूह में शामिल हुई।",  # hi: she joined his group
    "ติดตามเรื่องราวของหญิงสาวที่โพสต์ทุกอย่างลง Facebook จนชีวิตพังทลาย",  # th: (it) follows the story of a girl
    "Харесайте тази книга, ако обичате бавни романи.",  # bg: like this book (no network)
    "Лайкните её, если любите семейные саги.",  # ru: like it (no network)
)


def test_bids_in_new_scripts_and_verbs():
    for text in BIDS:
        assert opening_follow(text), text


def test_story_lines_are_not_bids():
    for text in STORY:
        assert not opening_follow(text), text


def _page(lang: str, paragraphs: tuple[str, ...], last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>Review</title></head><body><header><a href='/'>Site</a></header>"
            f"<article><h1>Review</h1><div class='entry-content'>{body}<p class='closer'>{last}</p></div>"
            f"</article><footer>© Site</footer></body></html>")


HI = ("यह उपन्यास एक छोटे पहाड़ी कस्बे की तीन पीढ़ियों की कहानी है। दादी की यादें, माँ की चुप्पी और बेटी के सवाल "
      "एक-दूसरे में गुंथे हुए हैं, और लेखक हर अध्याय में एक नया दरवाज़ा खोलता है जिससे पाठक भीतर झाँक सके।",
      "भाषा सरल है पर भाव गहरे हैं। कुछ हिस्से धीमे लगते हैं, फिर भी अंत तक पहुँचते-पहुँचते यह किताब मन में बस "
      "जाती है और देर तक साथ रहती है। मैं इसे उन पाठकों को सुझाऊँगा जो शांत उपन्यास पसंद करते हैं।")
FA = ("این رمان داستان سه نسل از زنان یک خانواده در شهری کوچک در شمال است. مادربزرگ از جنگ می‌گوید، مادر سکوت "
      "می‌کند و دختر می‌پرسد، و نویسنده در هر فصل دری تازه به روی خواننده باز می‌کند تا گذشته را ببیند.",
      "زبان کتاب ساده است اما احساساتش عمیق. بعضی فصل‌ها کند پیش می‌روند، با این حال تا پایان کتاب در ذهن "
      "می‌ماند و رهایت نمی‌کند. آن را به کسانی پیشنهاد می‌کنم که رمان‌های آرام را دوست دارند و حوصله دارند.")


def test_closing_bid_leaves_the_body():
    for lang, paras, last in (("hi", HI, "हमारे फेसबुक पेज को जॉइन करें"),
                              ("ur", FA, "نئی کتابوں کی خبروں کے لیے ہمارے ٹیلی گرام چینل میں شامل ہوں"),
                              ("mk", FA, "Лајкнете не на Фејсбук за да не пропуштите ништо.")):
        record = extract_page(_page(lang, paras, last), f"https://books.example.{lang}/2026/11/review/")
        assert last not in record.body_text, lang
        assert paras[-1][:40] in record.body_text, lang
