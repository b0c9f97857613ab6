"""holdout70 (book70): the post's tags read with its headline (``bookheadtag``).

- A headline "T / A" or "T – A" whose author is written in a script without capitals (Hebrew, Arabic, Persian,
  Devanagari, Georgian …): no capital says "name", so the tags do, naming the family name or the whole name, and the
  text calls the person by it. Neither a tag alone nor a split alone is enough.
- A headline of the post's own phrase, never named by the text, tagged with the author and the book's title, the
  headline echoing a word of the title: the tag is the title, not the headline.
"""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadtag import echoed_tag, headline_tag_book


def _ctx(text, lang):
    return Context(text, ("noa", "example"), lang)


# ---- "T / A" in a script without capitals, vouched by a tag

def test_hebrew_slash_with_family_name_tag():
    text = "קראתי את הספר בשבוע אחד. עוז כותב על ילדות בירושלים בחום ובאירוניה."
    found = headline_tag_book("סיפור על אהבה וחושך / עמוס עוז", ["ספרות עברית", "עוז"], _ctx(text, "he"))
    assert found == ("סיפור על אהבה וחושך", "עמוס עוז")


def test_arabic_dash_with_whole_name_tag():
    text = "رواية قصيرة عن مدينة الإسكندرية. يكتب محفوظ عن النزلاء بحب كبير."
    found = headline_tag_book("ميرامار – نجيب محفوظ", ["نجيب محفوظ", "أدب عربي"], _ctx(text, "ar"))
    assert found == ("ميرامار", "نجيب محفوظ")


def test_hindi_name_first_with_tag():
    text = "यह उपन्यास गाँव की कहानी है। प्रेमचंद किसानों के जीवन को बहुत सच्चाई से लिखते हैं।"
    found = headline_tag_book("मुंशी प्रेमचंद | गोदान", ["प्रेमचंद", "हिंदी साहित्य"], _ctx(text, "hi"))
    assert found == ("गोदान", "मुंशी प्रेमचंद")


def test_georgian_slash_with_tag():
    text = "ეს რომანი ომის შემდეგ დაიწერა. ჯავახიშვილი ძალიან ზუსტად წერს ადამიანებზე."
    found = headline_tag_book("ჯაყოს ხიზნები / მიხეილ ჯავახიშვილი", ["ჯავახიშვილი"], _ctx(text, "ka"))
    assert found == ("ჯაყოს ხიზნები", "მიხეილ ჯავახიშვილი")


def test_no_tag_no_author():
    text = "קראתי את הספר בשבוע אחד. עוז כותב על ילדות בירושלים בחום ובאירוניה."
    assert headline_tag_book("סיפור על אהבה וחושך / עמוס עוז", ["ספרות עברית"], _ctx(text, "he")) is None


def test_tagged_words_the_text_never_says():
    # the right part's last word is a tag, but the text never names it: a phrase of the post, no person vouched for
    text = "ספר יפה מאוד על משפחה אחת בתל אביב ועל הקיץ הארוך."
    assert headline_tag_book("בית בתל אביב / קריאה מומלצת", ["מומלצת"], _ctx(text, "he")) is None


def test_two_name_shaped_parts_no_telling():
    text = "גרינברג כותב על בן ועל אביו. גם כהן מופיע בספר."
    assert headline_tag_book("יוסי כהן / משה גרינברג", ["כהן", "גרינברג"], _ctx(text, "he")) is None


def test_latin_split_left_to_the_headline_rules():
    # a cased script's "T / A" is the headline rules' (a capital says "name"): this rule reads caseless names only
    text = "Tokarczuk writes with a cold eye. The novel was a pleasure."
    assert headline_tag_book("Flights / Olga Tokarczuk", ["Tokarczuk"], _ctx(text, "en")) is None


def _page(lang, headline, paragraphs, tags):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    links = ", ".join(f'<a href="/tag/{i}/" rel="tag">{t}</a>' for i, t in enumerate(tags))
    return (f'<html lang="{lang}" dir="rtl"><head><meta charset="utf-8"><title>{headline} – מדפים</title></head><body>'
            f'<header><a href="/">מדפים</a></header><main><article class="post"><h1 class="entry-title">{headline}</h1>'
            f'<div class="entry-content">{body}</div><footer class="entry-footer"><span class="tags-links">{links}'
            f'</span></footer></article></main><footer>© 2026</footer></body></html>').encode()


def test_whole_page_hebrew_slash_headline():
    paragraphs = [
        "נער בן שש עשרה יוצא לחפש את הבעלים של כלבה גדולה, ומגלה עיר שלמה של ילדים שברחו מהבית.",
        "גרוסמן כותב בשני קולות שמתקרבים לאט זה לזה, ויש בספר מתח של ספר מתח אמיתי, אבל גם רוך גדול.",
        "היו פרקים שהרגשתי בהם שהכתיבה מתיקה מדי, והסוף סגור מדי לטעמי, ובכל זאת לא הנחתי את הספר.",
        "ממליצה בחום למי שמחפש ספר נוער שגם מבוגרים יאהבו, ספר שנקרא בנשימה אחת ונשאר בראש עוד הרבה זמן.",
        "הדמויות המשניות כתובות היטב: הזמרת הצעירה, הנזירה הזקנה והשוטר העייף, וכל אחת מהן מוסיפה צבע לעיר "
        "החמה והמאובקת שבה הכל קורה בקיץ אחד ארוך, שבו שני הגיבורים לומדים לסמוך על מישהו אחר מלבד עצמם.",
        "קראתי את הספר לראשונה בתיכון, ובקריאה השנייה שמתי לב לדברים אחרים לגמרי: פחות לעלילה ויותר לשאלה "
        "מה אנחנו מוכנים לעשות בשביל מי שאנחנו אוהבים, וכמה רחוק אפשר ללכת לפני שמאבדים את עצמך בדרך.",
        "התרגום לאנגלית יצא לפני שנים רבות, ואני שמחה שהספר עדיין נמכר ונקרא גם היום, ושבני נוער ממשיכים "
        "לגלות אותו בספריות בית הספר ולהעביר אותו מיד ליד, עם פינות מקופלות והערות בשוליים.",
        "אם יש לכם נער או נערה בבית שלא אוהבים לקרוא, זה אולי הספר שישנה את דעתם, ואם לא, לפחות תקראו אותו "
        "בעצמכם ותזכרו איך זה להיות בן שש עשרה בקיץ ארוך וחם בעיר גדולה.",
    ]
    record = extract_page(_page("he", "מישהו לרוץ איתו / דויד גרוסמן", paragraphs, ["ספרות ישראלית", "גרוסמן"]),
                          "https://madafim.example/2026/run")
    assert (record.book_title, record.book_author) == ("מישהו לרוץ איתו", "דויד גרוסמן")


# ---- the title among the tags, echoed by a headline the text never names

def test_serbian_echoed_tag():
    text = "Пекић пише раскошно. Ово је збирка прича о Христовим чудима."
    tags = ["Прикази", "Борислав Пекић", "Време чуда"]
    assert echoed_tag("Чуда која нико није тражио", tags, "Борислав Пекић", _ctx(text, "sr")) == "Време чуда"


def test_german_echoed_tag():
    text = "Kehlmann erzählt von zwei Forschern. Der eine reist, der andere rechnet."
    tags = ["Rezension", "Daniel Kehlmann", "Die Vermessung der Welt"]
    assert echoed_tag("Wer vermisst hier eigentlich die Welt?", tags, "Daniel Kehlmann",
                      _ctx(text, "de")) == "Die Vermessung der Welt"


def test_spanish_echoed_tag():
    text = "García Márquez cuenta la historia de una familia durante un siglo entero."
    tags = ["Gabriel García Márquez", "Cien años de soledad", "Realismo mágico"]
    assert echoed_tag("Una soledad que dura cien años", tags, "Gabriel García Márquez",
                      _ctx(text, "es")) == "Cien años de soledad"


def test_whole_page_echoed_tag():
    paragraphs = [
        "Има књига које човек одлаже годинама. Пекићеву збирку ја сам носио са собом кроз три селидбе.",
        "Чуда из Јеванђеља гледамо очима оних који су их доживели, и нико од њих није срећан због тога.",
        "Пекић пише раскошно, са много ироније и још више ерудиције, па читање иде споро али се исплати.",
        "Други део ме је мање убедио. Ипак, тешко ћу заборавити ову књигу и њене несрећне исцељене.",
        "Свака прича почиње као позната сцена из Јеванђеља, а онда скрене у страну и покаже нам шта се десило "
        "после, када је гомила отишла кући, а исцељени остао сам са својим новим животом и старим комшијама.",
        "Власт у овим причама никада није далеко: римски намесници, свештеници и ситни чиновници сви рачунају "
        "шта им чудо доноси, и нико од њих не пита оне којима се чудо догодило да ли су га уопште желели.",
        "Није за свакога и није за брзо читање, али ко се једном упусти, тешко ће је заборавити. Ја сам је "
        "прочитао два пута заредом и други пут сам видео много тога што ми је први пут промакло.",
    ]
    html = (
        '<html lang="sr"><head><meta charset="utf-8"><title>Чуда која нико није тражио – Белешке</title></head><body>'
        '<header><a href="/">Белешке</a></header><main><article class="post"><h1 class="entry-title">Чуда која нико '
        'није тражио</h1><div class="entry-content">' + "".join(f"<p>{p}</p>" for p in paragraphs) +
        '</div><footer class="entry-footer">Ознаке: <a href="/tag/pekic/" rel="tag">Борислав Пекић</a>, '
        '<a href="/tag/vreme/" rel="tag">Време чуда</a></footer></article></main><footer>© 2026</footer></body></html>'
    )
    record = extract_page(html.encode(), "https://beleske.example/2026/cuda")
    assert (record.book_title, record.book_author) == ("Време чуда", "Борислав Пекић")


# ---- near misses: no echo, or the headline is named

def test_genre_tag_shares_no_word():
    text = "Couperus laat zien hoe Eline langzaam wegzinkt."
    tags = ["Nederlandse klassiekers", "Louis Couperus"]
    assert echoed_tag("Een Haagse roman zonder haast", tags, "Louis Couperus", _ctx(text, "nl")) is None


def test_headline_the_text_names_is_the_title():
    text = "In Wer vermisst die Welt erzählt Kehlmann von zwei Forschern. Wer vermisst die Welt ist sein bestes Buch."
    tags = ["Daniel Kehlmann", "Die Welt der Forscher"]
    assert echoed_tag("Wer vermisst die Welt", tags, "Daniel Kehlmann", _ctx(text, "de")) is None


def test_one_word_genre_tag_is_no_title():
    text = "Le Guin construit un monde entier."
    tags = ["Fantasy", "Ursula K. Le Guin"]
    assert echoed_tag("Fantasy at its finest", tags, "Ursula K. Le Guin", _ctx(text, "en")) is None


def test_two_echoing_tags_no_telling():
    text = "Tokarczuk writes about travel."
    tags = ["Travel writing prize", "Travel in fiction", "Olga Tokarczuk"]
    assert echoed_tag("Always on the travel road", tags, "Olga Tokarczuk", _ctx(text, "en")) is None


def test_person_tag_is_no_title():
    text = "Pekić writes with irony."
    tags = ["Miroslav Čudić", "Borislav Pekić"]
    assert echoed_tag("Miroslav and the miracles", tags, "Borislav Pekić", _ctx(text, "en")) is None
