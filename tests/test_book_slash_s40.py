"""A caseless "T / A" (book40a): a review closing on its book's line "T / A" in a script without capitals, set apart
after the text, is its book's record (``bookslashclose``, through ``bookslashremark``); a headline that is the bare
pair "T / A" is read when the text opens a sentence on the writer's family name once (``bookslashremark``: twice
otherwise). Near misses: a slash line in the text's middle (two topics), a closing pair of topics that names no person
the text calls by surname, a headline with a remark after the pair and one naming, a surname said once inside a
sentence."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookslashclose import closing_slash

_AR = ["تبدأ الرواية في قرية صغيرة على الساحل، حيث تعيش امرأة مع أمها العجوز.",
       "حداد تكتب بلغة هادئة وصافية، وتترك القارئ يكتشف الحزن ببطء.",
       "الفصول الأخيرة أقوى من البداية، والنهاية مفتوحة على الأمل."]


def test_an_arabic_review_closing_on_its_slash_line():
    lines = _AR + ["بيت على التلة / سلمى حداد"]
    ctx = Context("\n".join(lines), (), "ar")
    book = closing_slash(lines, ctx)
    assert (book.title, book.author) == ("بيت على التلة", "سلمى حداد")


def test_a_hebrew_review_closing_on_its_slash_line():
    lines = ["הספר מתחיל בעיר נמל קטנה, שם גרה אישה עם אמה הזקנה.",
             "כהן כותבת בשפה שקטה ומדויקת, והסוף נשאר איתי ימים.",
             "גן בלי שער / דליה כהן"]
    book = closing_slash(lines, Context("\n".join(lines), (), "he"))
    assert (book.title, book.author) == ("גן בלי שער", "דליה כהן")


def test_a_slash_line_in_the_middle_is_no_record():
    lines = ["בית על הגבעה / דליה כהן", "כהן כותבת בשפה שקטה.", "הפרק הראשון ארוך.", "הסוף חזק מאוד.", "ממליצה."]
    assert closing_slash(lines, Context("\n".join(lines), (), "he")) is None


def test_a_closing_pair_of_topics_is_no_record():
    lines = _AR + ["شعر / نثر حديث"]
    assert closing_slash(lines, Context("\n".join(lines), (), "ar")) is None


def test_a_bare_headline_pair_vouched_by_a_sentence_opening_on_the_surname():
    text = "שלושה סיפורים בבית אחד. כהן בונה את הבניין קומה אחר קומה, וזה עובד."
    book = from_title("גן בלי שער / דליה כהן", Context(text, (), "he"))
    assert book is not None and (book.title, book.author) == ("גן בלי שער", "דליה כהן")
    text = "قصص ثلاث في بيت واحد. حداد تبني البيت طابقا بعد طابق."
    book = from_title("بيت على التلة / سلمى حداد", Context(text, (), "ar"))
    assert book is not None and (book.title, book.author) == ("بيت على التلة", "سلمى حداد")


def test_a_headline_with_a_remark_or_a_name_said_inside_a_sentence_needs_two():
    opening = "שלושה סיפורים בבית אחד. כהן בונה את הבניין קומה אחר קומה."
    book = from_title("גן בלי שער / דליה כהן: על בית ועל שתיקה", Context(opening, (), "he"))
    assert book is None or not book.author
    inside = "שלושה סיפורים בבית אחד, והספר של כהן בונה את הבניין קומה אחר קומה."
    book = from_title("גן בלי שער / דליה כהן", Context(inside, (), "he"))
    assert book is None or not book.author


def test_the_blogs_own_name_is_never_vouched_once():
    text = "שלושה סיפורים בבית אחד. כהן בונה את הבניין קומה אחר קומה."
    book = from_title("גן בלי שער / דליה כהן", Context(text, ("דליה כהן",), "he"))
    assert book is None or not book.author
