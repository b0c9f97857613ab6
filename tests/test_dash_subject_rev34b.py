"""A review rubric's "<review>: T — A" read where the text opens a clause with A whole (bookdashowner.vouched_dash's
``_subject``), narrowed (rev34b): the clause must hold a verb of writing and none of translating ("A writes …"); a
character, a theme or a translator opening a sentence ("A is a poor farmer", "A translated the novel") is no author."""

from scraper.extract.book import Context
from scraper.extract.bookdashowner import vouched_dash


# --- still read: the name opens a clause of writing

def test_bengali_name_writes():
    text = "একটি জেলে পরিবারের গল্প। সুনীল বসু খুব সহজ ভাষায় লেখেন। এই উপন্যাস ছোট কিন্তু গভীর।"
    assert vouched_dash("বই আলোচনা: নোনা জল – সুনীল বসু", Context(text=text)) == ("নোনা জল", "সুনীল বসু")


def test_hindi_name_wrote_with_ergative():
    text = "एक छोटे कस्बे की कहानी है। अनिल मेहता ने यह उपन्यास बहुत सादगी से लिखा है। यह उपन्यास छोटा है।"
    assert vouched_dash("पुस्तक समीक्षा: सूखी नदी – अनिल मेहता", Context(text=text)) == ("सूखी नदी", "अनिल मेहता")


def test_urdu_name_wrote():
    text = "ایک چھوٹے گاؤں کی کہانی ہے۔ ثنا ملک نے یہ ناول بڑی محبت سے لکھا ہے۔ یہ ناول مختصر ہے۔"
    assert vouched_dash("تبصرہ: خاموش دریا – ثنا ملک", Context(text=text)) == ("خاموش دریا", "ثنا ملک")


# --- near misses: a character, a theme, a translator opening a sentence

def test_character_opening_a_sentence():
    text = "हरि पाल एक गरीब मछुआरा है। यह उपन्यास उसकी पूरी ज़िंदगी दिखाता है। लेखक ने इसे बहुत पहले लिखा था।"
    assert vouched_dash("पुस्तक समीक्षा: नोनी नदी – हरि पाल", Context(text=text)) is None


def test_theme_opening_a_sentence_bengali():
    text = "শহুরে তরুণেরা এই উপন্যাসের কেন্দ্রে। লেখিকা তাদের একাকীত্ব দেখিয়েছেন। বইটি পড়া উচিত।"
    assert vouched_dash("বই আলোচনা: নোনা জল – শহুরে তরুণেরা", Context(text=text)) is None


def test_translator_opening_a_sentence_with_a_writer_word():
    text = "القصة تجري في ميناء صغير. نادر سليم ترجم هذه الرواية عن الإسبانية وحافظ على أسلوب المؤلف. النهاية مفتوحة."
    assert vouched_dash("مراجعة: ميناء الصمت – نادر سليم", Context(text=text)) is None


def test_hindi_translator():
    text = "यह उपन्यास स्पेनिश से आया है। अनिल मेहता ने इसका अनुवाद किया और मूल लेखक के लिखे वाक्य सँभाले।"
    assert vouched_dash("पुस्तक समीक्षा: सूखी नदी – अनिल मेहता", Context(text=text)) is None
