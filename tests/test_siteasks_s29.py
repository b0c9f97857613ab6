"""The site's own asks closing (or interrupting) a review, beyond the languages read before (round s29), in our own
words and markup.

- followlines.opening_follow: the native verb of following with the polite imperative, bn "… অনুসরণ করুন", hi "… अनुसरण
  करें", and Yoruba's imperative after its plural "you" ("Ẹ tẹ̀lé wa …", "Ẹ darapọ̀ mọ́ wa …"); the story's "she followed
  him on Facebook" stays.
- ifpost (ifhelped.conditional_ask): "if you liked this article, share it" in te, ta, kn, mr, gu, pa; "if you liked
  this novel, read …" names the book, and a conditional with no ask stays.
- siteaccounts.newsletter_notice: the sign-up imperative opening the line's second clause, "our" newsletter its
  object (tl, en, es, fr, de); a story's "she signs up for …" bids nobody.
- pleas.site_names: the site's name before the title's colon ("<Site>: <post>") when its logo links home so.
- memberask.boxed_member_plea: a membership plea boxed between the paragraphs (pa, hi, en, de); unboxed, or without a
  reason, it stays.
"""

from __future__ import annotations

from lxml import html

from scraper.extract import extract_page
from scraper.extract.followlines import opening_follow
from scraper.extract.ifhelped import conditional_ask
from scraper.extract.memberask import boxed_member_plea
from scraper.extract.pleas import site_names
from scraper.extract.siteaccounts import newsletter_notice


def test_the_native_follow_imperatives_bid_the_reader():
    for line in ("ইনস্টাগ্রামে আমাদের অনুসরণ করুন।", "नई समीक्षाओं के लिए फ़ेसबुक पर हमारा अनुसरण करें।",
                 "Ẹ darapọ̀ mọ́ wa lórí Telegram fún ìròyìn ìwé.", "Ẹ tẹ̀lé wa lórí Instagram."):
        assert opening_follow(line), line


def test_a_story_of_following_is_no_bidding():
    for line in ("সে রোজ রাতে ফেসবুকে তাকে অনুসরণ করত।", "वह फ़ेसबुक पर चुपचाप उसका अनुसरण करती थी।",
                 "Ó tẹ̀lé ọmọbìnrin náà lórí Facebook fún ọdún méjì."):
        assert not opening_follow(line), line


def _p(text: str):
    return html.fromstring(f"<div><p>{text}</p></div>")[0]


def test_if_you_liked_this_article_share_it_in_the_indic_scripts():
    for line in ("ఈ సమీక్ష మీకు నచ్చితే స్నేహితులతో షేర్ చేయండి.", "இந்தக் கட்டுரை பிடித்திருந்தால் நண்பர்களுடன் பகிருங்கள்.",
                 "ಈ ಬರಹ ಇಷ್ಟವಾದರೆ ಗೆಳೆಯರೊಂದಿಗೆ ಹಂಚಿಕೊಳ್ಳಿ.", "हा लेख आवडला असेल तर नक्की शेअर करा.",
                 "જો આ લેખ ગમ્યો હોય તો મિત્રો સાથે શેર કરો.", "ਜੇ ਇਹ ਲੇਖ ਪਸੰਦ ਆਇਆ ਤਾਂ ਦੋਸਤਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰੋ।"):
        assert conditional_ask(_p(line)), line


def test_the_book_liked_or_no_ask_stays():
    for line in ("ఈ నవల నచ్చితే గురజాడ కథలు కూడా చదవండి.", "இந்த நாவல் பிடித்திருந்தால் அவருடைய முதல் நூலையும் படியுங்கள்.",
                 "ఈ సమీక్ష మీకు నచ్చితే నేను సంతోషిస్తాను."):
        assert not conditional_ask(_p(line)), line


def test_the_sign_up_bidding_after_a_phrase_of_purpose():
    for line in ("Para sa mga bagong rebyu sa inyong email, mag-subscribe sa aming newsletter.",
                 "To get every review by e-mail, sign up for our newsletter.",
                 "Para no perderte ninguna reseña, suscríbete a nuestro boletín.",
                 "Pour recevoir nos chroniques, abonnez-vous à notre newsletter.",
                 "Um nichts zu verpassen, abonnieren Sie unseren Newsletter."):
        assert newsletter_notice(line), line
    for line in ("In the last chapter, she signs up for our hero's newsletter by mistake.",
                 "Her sister, a copywriter, writes our newsletter in the novel's funniest scenes."):
        assert not newsletter_notice(line), line


def test_the_sites_name_before_the_titles_colon():
    page = html.fromstring("<html><head><title>Lamp and Ledger: A winter of short stories</title></head><body>"
                           "<div class='header'><h1><a href='/'>Lamp and Ledger</a></h1></div>"
                           "<div class='post-body'><p>text</p></div></body></html>")
    assert "Lamp and Ledger" in site_names(page.find(".//div[@class='post-body']"), ())
    page = html.fromstring("<html><head><title>Review: A winter of short stories</title></head><body>"
                           "<div class='header'><h1><a href='/'>Lamp and Ledger</a></h1></div>"
                           "<div class='post-body'><p>text</p></div></body></html>")
    assert "Review" not in site_names(page.find(".//div[@class='post-body']"), ())


def _body(middle: str):
    root = html.fromstring("<div class='entry'><p>The first paragraph of the review runs on about the novel.</p>"
                           f"{middle}<p>The last paragraph of the review closes on the ending.</p></div>")
    return root


def test_a_boxed_membership_plea_between_the_paragraphs():
    for line in ("ਕਿਤਾਬਾਂ ਦੀ ਗੱਲ ਜਾਰੀ ਰੱਖਣ ਲਈ ਸਾਡਾ ਸਾਥ ਦਿਓ, ਮੈਂਬਰ ਬਣੋ।",
                 "साहित्य की इस पत्रिका के लिए हमारा साथ दें — मेंबरशिप लें।",
                 "Become a member and support our journalism.",
                 "Werden Sie Mitglied und unterstützen Sie unsere Redaktion."):
        body = _body(f"<div class='note'><p>{line}</p></div>")
        block = body.find(".//div[@class='note']/p")
        assert boxed_member_plea(block, body, line), line


def test_an_unboxed_or_unreasoned_membership_line_stays():
    line = "ਕਿਤਾਬਾਂ ਦੀ ਗੱਲ ਜਾਰੀ ਰੱਖਣ ਲਈ ਸਾਡਾ ਸਾਥ ਦਿਓ, ਮੈਂਬਰ ਬਣੋ।"
    body = _body(f"<p>{line}</p>")
    assert not boxed_member_plea(body[1], body, line)
    line = "She tells her brother to become a member of the rowing club."
    body = _body(f"<div class='note'><p>{line}</p></div>")
    assert not boxed_member_plea(body.find(".//div[@class='note']/p"), body, line)


def test_a_boxed_plea_leaves_the_review():
    paras = ["ਇਹ ਨਾਵਲ ਇੱਕ ਪਿੰਡ ਦੇ ਅਧਿਆਪਕ ਦੀ ਕਹਾਣੀ ਹੈ ਜੋ ਸਾਰੀ ਉਮਰ ਆਪਣੇ ਵਿਦਿਆਰਥੀਆਂ ਲਈ ਜੀਉਂਦਾ ਹੈ ਅਤੇ ਅਖੀਰ ਵਿੱਚ ਇਕੱਲਾ ਰਹਿ ਜਾਂਦਾ ਹੈ।",
             "ਲੇਖਕ ਦੀ ਭਾਸ਼ਾ ਸਾਦੀ ਹੈ ਪਰ ਹਰ ਸਫ਼ੇ ਉੱਤੇ ਕੋਈ ਨਾ ਕੋਈ ਅਜਿਹਾ ਵਾਕ ਹੈ ਜੋ ਦੇਰ ਤੱਕ ਯਾਦ ਰਹਿੰਦਾ ਹੈ।",
             "ਕੁਝ ਹਿੱਸੇ ਲੰਮੇ ਹਨ, ਫਿਰ ਵੀ ਇਹ ਕਿਤਾਬ ਹਰ ਪੰਜਾਬੀ ਪਾਠਕ ਨੂੰ ਪੜ੍ਹਨੀ ਚਾਹੀਦੀ ਹੈ।"]
    ask = "ਕਿਤਾਬਾਂ ਦੀ ਗੱਲ ਜਾਰੀ ਰੱਖਣ ਲਈ ਸਾਡਾ ਸਾਥ ਦਿਓ, ਮੈਂਬਰ ਬਣੋ।"
    page = ("<html lang='pa'><head><meta charset='utf-8'><title>ਪਿੰਡ ਦਾ ਅਧਿਆਪਕ - ਸ਼ਬਦ ਘਰ</title></head><body>"
            "<article><h1 class='entry-title'>ਪਿੰਡ ਦਾ ਅਧਿਆਪਕ</h1><div class='entry-content'>"
            f"<p>{paras[0]}</p><p>{paras[1]}</p><div class='box-x'><p>{ask}</p></div><p>{paras[2]}</p>"
            "<p>ਰੇਟਿੰਗ: 8/10</p></div></article></body></html>")
    record = extract_page(page, "https://shabadghar.example.in/2026/12/pind-da-adhiapak/")
    assert "ਮੈਂਬਰ ਬਣੋ" not in record.body_text
    assert all(p in record.body_text for p in paras)
