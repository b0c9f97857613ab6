"""A headline in a script without capitals that names its book and author apart: "<label> : T (A)" read where the text
calls A a book's owner, "<review>: T — A" where the text opens a sentence with A whole and never says A's given name
alone, and "… «T» A B" where A B is tagged and the text says B alone (bookdashowner)."""

from scraper.extract.book import Context
from scraper.extract.bookdashowner import dashed_owner, vouched_dash


# --- "<label> : T (A)": the bracket holds the name, which the text calls a book's owner

def test_bracketed_name_bengali():
    text = "সুমন রায়ের এই উপন্যাস একটি ছোট শহরের গল্প। পড়তে ভালো লেগেছে।"
    assert dashed_owner("বই আলোচনা: নীল আকাশ (সুমন রায়)", Context(text=text)) == ("নীল আকাশ", "সুমন রায়")


def test_bracketed_name_gujarati():
    text = "મીરા પટેલની નવલકથા એક માછીમાર પરિવારની વાત કહે છે. અંત સુંદર છે."
    assert dashed_owner("પુસ્તક પરિચય: સાંજનો દરિયો (મીરા પટેલ)", Context(text=text)) == ("સાંજનો દરિયો", "મીરા પટેલ")


def test_bracketed_name_korean():
    text = "박서연의 첫 소설은 바닷가 마을의 겨울을 그린다. 문장이 담백하다."
    assert dashed_owner("달빛 정원 (박서연)", Context(text=text)) == ("달빛 정원", "박서연")


def test_bracketed_name_hindi_no_label():
    text = "कमला राव की यह किताब गाँव की तीन पीढ़ियों की कहानी है।"
    assert dashed_owner("धूप का घर (कमला राव)", Context(text=text)) == ("धूप का घर", "कमला राव")


def test_bracket_the_text_never_calls_an_owner():
    # the bracket's words said in the text, but as a place, not a book's owner
    text = "मैं पिछले साल रामगढ़ गया था। रामगढ़ में बारिश बहुत होती है। यह यात्रा लंबी थी।"
    assert dashed_owner("यात्रा डायरी (रामगढ़)", Context(text=text)) is None


def test_bracket_holding_the_kind_or_a_year():
    text = "गोदान का यह उपन्यास रूप बहुत पुराना है। प्रेमचंद ने इसे लिखा।"
    assert dashed_owner("गोदान (उपन्यास)", Context(text=text)) is None
    assert dashed_owner("गोदान (1936)", Context(text=text)) is None


def test_bracket_before_the_title_is_no_name():
    # "A (T)": the name never read out of the part before the bracket
    text = "सुधा वर्मा की किताब पर बात करते हैं। सुधा वर्मा का यह उपन्यास छोटा है।"
    assert dashed_owner("सुधा वर्मा (नदी के पार)", Context(text=text)) is None


# --- "<review>: T — A" where the text opens a sentence with the name whole

def test_rubric_name_opening_a_sentence_hindi():
    text = "गाँव की एक लड़की शहर आती है। रीना शर्मा बहुत सरल भाषा में लिखती हैं। यह उपन्यास छोटा है पर असर गहरा है।"
    assert vouched_dash("पुस्तक समीक्षा: पीली धूप – रीना शर्मा", Context(text=text)) == ("पीली धूप", "रीना शर्मा")


def test_rubric_name_opening_a_sentence_tamil():
    text = "ஒரு மீனவ குடும்பத்தின் கதை இது. கலா முருகன் எளிய நடையில் எழுதுகிறார். இந்த நாவல் மனதை தொடுகிறது."
    assert vouched_dash("விமர்சனம்: கடல் காற்று – கலா முருகன்", Context(text=text)) == ("கடல் காற்று", "கலா முருகன்")


def test_rubric_name_opening_a_sentence_arabic():
    text = "تدور الأحداث في قرية صغيرة. سلمى يوسف تكتب بلغة هادئة. هذه الرواية قصيرة لكنها عميقة."
    assert vouched_dash("مراجعة: بيت الريح – سلمى يوسف", Context(text=text)) == ("بيت الريح", "سلمى يوسف")


def test_rubric_theme_whose_words_recur_loose():
    # a theme closing the headline opens a sentence too, but its first word recurs on its own
    text = "किसान जीवन की कठिनाइयाँ इस उपन्यास का केंद्र हैं। हर किसान यहाँ संघर्ष करता है।"
    assert vouched_dash("पुस्तक समीक्षा: गोदान – किसान जीवन", Context(text=text)) is None


def test_rubric_name_when_the_text_names_the_title_too():
    # the right part opens a sentence, but the text says the title as well: two works, no pairing
    text = "पीली धूप एक छोटा उपन्यास है। नीली नदी दूसरी किताब है। यह उपन्यास अच्छा है।"
    assert vouched_dash("पुस्तक समीक्षा: पीली धूप – नीली नदी", Context(text=text)) is None


def test_rubric_remark_after_the_dash():
    text = "धीमा लेकिन गहरा उपन्यास है। यह उपन्यास अच्छा है।"
    assert vouched_dash("पुस्तक समीक्षा: पीली धूप – धीमा लेकिन गहरा", Context(text=text)) is None


# --- "… «T» A B": the name tagged whole, the text calling the person by family name

def test_guillemets_arabic_tagged_name():
    text = "يكتب حداد عن مدينة ساحلية بعد الحرب. اللغة هادئة والنهاية مفتوحة."
    found = vouched_dash("قراءة في «مرفأ الغياب» ليلى حداد", Context(text=text), ["ليلى حداد", "أدب عربي"])
    assert found == ("مرفأ الغياب", "ليلى حداد")


def test_guillemets_urdu_tagged_name():
    text = "بخاری نے ایک چھوٹے قصبے کی کہانی لکھی ہے۔ کردار زندہ لگتے ہیں۔"
    found = vouched_dash("«دھوپ کا شہر» نعیم بخاری", Context(text=text), ["نعیم بخاری"])
    assert found == ("دھوپ کا شہر", "نعیم بخاری")


def test_guillemets_persian_other_layout():
    text = "فرهادی در این کتاب از کودکی‌اش در شمال می‌نویسد."
    found = vouched_dash("نقد و بررسی «باران شمال» مینا فرهادی", Context(text=text), ["مینا فرهادی", "ادبیات"])
    assert found == ("باران شمال", "مینا فرهادی")


def test_guillemets_name_not_tagged():
    text = "فرهادی در این کتاب از کودکی‌اش در شمال می‌نویسد."
    assert vouched_dash("نقد و بررسی «باران شمال» مینا فرهادی", Context(text=text), ["ادبیات"]) is None


def test_guillemets_film_and_its_director():
    text = "فرهادی در این فیلم کارگردانی درخشانی دارد و بازیگران خوب‌اند."
    found = vouched_dash("نقد «باران شمال» مینا فرهادی", Context(text=text), ["مینا فرهادی", "سینما"])
    assert found is None


def test_guillemets_never_the_quoted_part_as_name():
    # the quoted part is the title: a tag naming it gives no author
    text = "این کتاب درباره‌ی سفر است و مینا آن را دوست دارد."
    assert vouched_dash("یادداشت «مینا فرهادی» سفر دریا", Context(text=text), ["مینا فرهادی"]) is None


def test_guillemets_by_word_before_a_surname_tag():
    # "«T» by A B" with only the family name tagged: the words after the quotes are not the name whole
    text = "فرهادی در این کتاب از کودکی‌اش در شمال می‌نویسد. این رمان کوتاه است."
    assert vouched_dash("نقد «باران شمال» نوشته مینا فرهادی", Context(text=text), ["فرهادی"]) is None
