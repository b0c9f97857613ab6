"""holdout55 (book55a): books in scripts without capitals, and a Japanese caution note.

- bookcjkline: a CJK record line after its label ("作品：「T」A（1925年）"), the name vouched by its given part (a pen name's
  "漱石"), never a house's name;
- bookdashowner: "T : A – <review word>" in a caseless script, the rubric's review word off, a spaced colon the split;
- bookscripts: Korean press "A의 장편소설 'T'" (plain quotes, a kind word between);
- booklonewriter.subject_writer: fa/ur/hi/tg "«T»؛ remark" over "A this novel … wrote/published";
- notewarnings: ja "ご留意ください" as a caution.

All texts here are our own.
"""

from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record
from scraper.extract.bookdashowner import dashed_owner
from scraper.extract.booklonewriter import subject_writer
from scraper.extract.bookscripts import script_pair
from scraper.extract.notewarnings import caution_note


# --- bookcjkline: a labelled record line -------------------------------------------------------------------------------

def test_labelled_japanese_record_vouched_by_given_name():
    line = "作品：「雪の灯台」夏目川漱石（1911年発表、中編）"
    text = "漱石の文章はいつも静かだ。\n最後の章がよかった。\n" + line
    assert cjk_record([line], Context(text, [], "ja")) == ("雪の灯台", "夏目川漱石")


def test_labelled_korean_and_chinese_records():
    ko = "책: 『바다의 시계』 윤하진 지음 (문학동네, 2021)"
    assert cjk_record([ko], Context("윤하진의 문장은 담백하다.\n" + ko, [], "ko")) == ("바다의 시계", "윤하진")
    zh = "书目：《山风》李明远著（人民文学出版社，2019）"
    assert cjk_record([zh], Context("李明远写得很克制。\n" + zh, [], "zh")) == ("山风", "李明远")


def test_record_label_not_a_rating_or_next_book():
    line = "評価：「雪の灯台」夏目川漱石（1911年）"
    assert cjk_record([line], Context("漱石の文章。\n" + line, [], "ja")) is None
    line = "次回：「雪の灯台」夏目川漱石（1911年）"
    assert cjk_record([line], Context("漱石の文章。\n" + line, [], "ja")) is None


def test_given_part_of_a_house_vouches_for_nothing():
    line = "「雪の灯台」岩波書店（2019年）"
    text = "近所の書店で買った。書店の棚で見つけた。\n" + line
    assert cjk_record([line], Context(text, [], "ja")) is None


def test_name_said_nowhere_else_is_not_read():
    line = "作品：「雪の灯台」夏目川漱石（1911年発表、中編）"
    assert cjk_record([line], Context("静かな本だった。\n" + line, [], "ja")) is None


# --- bookdashowner: "T : A – review" ---------------------------------------------------------------------------------

def test_hindi_spaced_colon_and_review_tail():
    text = "रमेश कुमार वर्मा का यह उपन्यास एक छोटे शहर की कहानी कहता है। भाषा सरल है।"
    assert dashed_owner("नीला दरवाज़ा : रमेश कुमार वर्मा – समीक्षा", Context(text, [], "hi")) == ("नीला दरवाज़ा", "रमेश कुमार वर्मा")


def test_bengali_dash_then_review_word():
    text = "সুমন দত্তের এই উপন্যাস একটি গ্রামের গল্প।"
    assert dashed_owner("নদীর ধারে — সুমন দত্ত — বই রিভিউ", Context(text, [], "bn")) == ("নদীর ধারে", "সুমন দত্ত")
    # a last part that is no review word stays a part: three parts, no split
    assert dashed_owner("নদীর ধারে — সুমন দত্ত — একটি গ্রাম", Context(text, [], "bn")) is None


def test_spaced_colon_near_misses():
    text = "रमेश कुमार वर्मा का यह उपन्यास एक छोटे शहर की कहानी कहता है।"
    # the review word as a part is a rubric, not a title
    assert dashed_owner("समीक्षा : रमेश कुमार वर्मा", Context(text, [], "hi")) is None
    # an unspaced colon is a label's, not a split
    assert dashed_owner("नीला दरवाज़ा: रमेश कुमार वर्मा", Context(text, [], "hi")) is None
    # no part the text calls a book's owner
    assert dashed_owner("नीला दरवाज़ा : एक शाम – समीक्षा", Context("एक शाम की बात है। अच्छा लगा।", [], "hi")) is None


# --- bookscripts: Korean press quotes --------------------------------------------------------------------------------

def test_korean_owned_novel_in_plain_quotes():
    line = "윤하진의 장편소설 '바다의 시계'는 한 가족의 여름을 따라간다."
    context = Context(line + "\n윤하진 지음 | 문학동네 | 240쪽", [], "ko")
    assert script_pair(line, context) == ("바다의 시계", "윤하진")


def test_korean_quote_without_kind_word_is_a_phrase():
    line = "윤하진의 '괜찮다'는 말이 오래 남았다."
    context = Context(line + "\n윤하진은 말했다.", [], "ko")
    assert script_pair(line, context) is None


# --- booklonewriter.subject_writer ------------------------------------------------------------------------------------

def test_persian_subject_wrote_this_novel():
    text = "دانشور این رمان را در دهه چهل نوشت و خوانندگان زیادی یافت.\nدانشور در این کتاب از زنان می‌گوید."
    assert subject_writer("«باغ خاموش»؛ خانه‌ای که دیگر صدا ندارد", Context(text, [], "fa")) == ("باغ خاموش", "دانشور")


def test_urdu_and_hindi_subject_with_ergative():
    ur = "قاسمی نے یہ ناول بیس برس پہلے لکھا تھا۔ قاسمی کی زبان سادہ ہے۔"
    assert subject_writer("«خاموش دریا»: ایک پرانی کہانی", Context(ur, [], "ur")) == ("خاموش دریا", "قاسمی")
    hi = "रमेश वर्मा ने यह उपन्यास बरसों पहले लिखा था। वर्मा की भाषा सरल है।"
    assert subject_writer("“नीला दरवाज़ा”: एक पुरानी कहानी", Context(hi, [], "hi")) == ("नीला दरवाज़ा", "रमेश वर्मा")


def test_subject_writer_near_misses():
    fa = "نویسنده این رمان را در دهه چهل نوشت.\nنویسنده از زنان می‌گوید."
    assert subject_writer("«باغ خاموش»؛ یادداشت", Context(fa, [], "fa")) is None  # "the writer": no name
    once = "دانشور این رمان را در دهه چهل نوشت و خوانندگان زیادی یافت."
    assert subject_writer("«باغ خاموش»؛ یادداشت", Context(once, [], "fa")) is None  # said once only
    twice = "دانشور این رمان را نوشت.\nدانشور از زنان می‌گوید."
    assert subject_writer("باغ خاموش؛ یادداشت", Context(twice, [], "fa")) is None  # no quoted title opening the headline
    read = "دانشور این رمان را دوباره خواند.\nدانشور از زنان می‌گوید."
    assert subject_writer("«باغ خاموش»؛ یادداشت", Context(read, [], "fa")) is None  # read, not written
    two = "دانشور این رمان را نوشت. آل‌احمد این کتاب را منتشر کرد.\nدانشور و آل‌احمد."
    assert subject_writer("«باغ خاموش»؛ یادداشت", Context(two, [], "fa")) is None  # two writers


# --- notewarnings: Japanese "ご留意ください" ---------------------------------------------------------------------------

def test_japanese_caution_take_heed():
    note = "本作には暴力的な場面の描写があります。苦手な方はご留意ください。"
    assert caution_note([("text", note)])
    assert caution_note([("text", "静かな場面が多い作品です。ご留意ください。")]) is None  # no audience
    assert caution_note([("text", "ネタバレが苦手な方はご留意ください。")]) is None  # spoilers: notespoilers'
