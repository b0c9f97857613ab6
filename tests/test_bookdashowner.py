"""A dashed headline in a script without capitals: the name is the part the text calls a book's owner
(bookdashowner.py, bookA12); near misses: a place, a part named but not as an owner, a cased headline."""

from scraper.extract.book import Context
from scraper.extract.bookdashowner import dashed_owner
from scraper.extract.bookscripts import script_pair
from scraper.extract.booktitles import headline


def test_hindi_title_then_name():
    text = "मैला आँचल — रेणु\nरेणु का यह उपन्यास एक गाँव की कहानी है। मुझे बहुत पसंद आया।"
    assert dashed_owner("मैला आँचल — रेणु", Context(text)) == ("मैला आँचल", "रेणु")
    assert script_pair("मैला आँचल — रेणु", Context(text)) == ("मैला आँचल", "रेणु")


def test_japanese_name_then_title_and_chinese():
    text = "夏目漱石 – こころ\n夏目漱石の長編小説で、先生の手紙が後半を占める。"
    assert dashed_owner("夏目漱石 – こころ", Context(text)) == ("こころ", "夏目漱石")
    text = "边城 — 沈从文\n沈从文的这部小说写湘西的小镇。"
    assert dashed_owner("边城 — 沈从文", Context(text)) == ("边城", "沈从文")


def test_arabic_and_thai_noun_before_the_name():
    text = "موسم الهجرة إلى الشمال — الطيب صالح\nقرأت رواية الطيب صالح في يومين."
    assert dashed_owner("موسم الهجرة إلى الشمال — الطيب صالح", Context(text)) == ("موسم الهجرة إلى الشمال", "الطيب صالح")
    text = "ข้างหลังภาพ — ศรีบูรพา\nนิยายรักของ ศรีบูรพา เล่มนี้อ่านแล้วเศร้า"
    assert dashed_owner("ข้างหลังภาพ — ศรีบูรพา", Context(text)) == ("ข้างหลังภาพ", "ศรีบูรพา")


def test_leading_heading_anchor_is_no_part_of_the_headline():
    assert headline("# मैला आँचल — रेणु") == "मैला आँचल — रेणु"
    assert headline("¶ Title") == "Title"
    assert headline("#BookTok made me read it") == "#BookTok made me read it"


def test_near_misses():
    # a place named, not as a book's owner
    text = "पुस्तक मेला — दिल्ली\nदिल्ली में इस बार बहुत भीड़ थी और किताबें सस्ती थीं।"
    assert dashed_owner("पुस्तक मेला — दिल्ली", Context(text)) is None
    # the name only in the headline itself
    assert dashed_owner("मैला आँचल — रेणु", Context("मैला आँचल — रेणु\nएक गाँव की कहानी।")) is None
    # a cased script: from_title's business
    assert dashed_owner("Die Wand – Haushofer", Context("Haushofers Roman")) is None
    # the blog's own name
    text = "सर्दी की सूची — पन्ने\nपन्ने का यह उपन्यास-संग्रह"
    assert dashed_owner("सर्दी की सूची — पन्ने", Context(text, ("पन्ने",))) is None
    # both parts owners: no telling
    text = "प्रेमचंद — रेणु\nप्रेमचंद का यह उपन्यास और रेणु का यह उपन्यास"
    assert dashed_owner("प्रेमचंद — रेणु", Context(text)) is None


def test_owned_quote_in_other_indic_scripts():
    from scraper.extract.bookdashowner import owned_quote
    text = "ਅੱਜ ਦੀ ਕਿਤਾਬ: ਗੁਰਦਿਆਲ ਸਿੰਘ ਦਾ ਨਾਵਲ \"ਮੜ੍ਹੀ ਦਾ ਦੀਵਾ\"\nਕਹਾਣੀ ਪਿੰਡ ਦੀ ਹੈ।"
    assert owned_quote(text.split("\n")[0], Context(text)) == ("ਮੜ੍ਹੀ ਦਾ ਦੀਵਾ", "ਗੁਰਦਿਆਲ ਸਿੰਘ")
    text = "কাল রাতে শেষ করলাম সমরেশ বসুর উপন্যাস “গঙ্গা”। সমরেশ বসু নদীর মানুষের কথা লিখেছেন।"
    assert owned_quote(text, Context(text)) == ("গঙ্গা", "সমরেশ বসু")
    text = "ઝવેરચંદ મેઘાણીની નવલકથા \"વેવિશાળ\" ફરી વાંચી. ઝવેરચંદ મેઘાણી ની ભાષા સરળ છે."
    assert owned_quote(text, Context(text)) == ("વેવિશાળ", "ઝવેરચંદ મેઘાણી")


def test_owned_quote_near_misses():
    from scraper.extract.bookdashowner import owned_quote
    # a long sentence whose run may open with a pronoun, the name never said again
    text = "ਕੱਲ੍ਹ ਰਾਤ ਬਹੁਤ ਦੇਰ ਤੱਕ ਬੈਠ ਕੇ ਮੈਂ ਗੁਰਦਿਆਲ ਸਿੰਘ ਦਾ ਨਾਵਲ \"ਮੜ੍ਹੀ ਦਾ ਦੀਵਾ\" ਪੜ੍ਹਿਆ ਅਤੇ ਫਿਰ ਸੌਂ ਗਿਆ, ਸਵੇਰੇ ਉੱਠ ਕੇ ਚਾਹ ਪੀਤੀ।"
    assert owned_quote(text, Context(text)) is None
    # one word ("the writer's novel"): no name
    text = "ਲੇਖਕ ਦਾ ਨਾਵਲ \"ਮੜ੍ਹੀ ਦਾ ਦੀਵਾ\". ਲੇਖਕ ਪਿੰਡ ਦਾ ਹੈ।"
    assert owned_quote(text, Context(text)) is None
    # no quoted title after the book noun
    text = "ਅੱਜ ਦੀ ਕਿਤਾਬ: ਗੁਰਦਿਆਲ ਸਿੰਘ ਦਾ ਨਾਵਲ ਪਿੰਡ ਬਾਰੇ"
    assert owned_quote(text, Context(text)) is None
