"""booknamedtwice: a title and its author each named twice, read by structure in scripts without capitals (book9b)."""

from lxml import html

from scraper.extract.book import Book
from scraper.extract.booknamedtwice import named_twice


def _page(body: str):
    return html.fromstring(f"<html><body>{body}</body></html>")


# Bengali (our own words): a tag names the writer in full, the prose quotes the title and says the surname again
BN_LINES = [
    "অনেক দিন পরে «নীল দরজা» আবার পড়লাম। গল্পটা একটা ছোট শহরের।",
    "মজুমদারের লেখায় কোনো তাড়াহুড়ো নেই, প্রতিটি চরিত্র ধীরে ধীরে খোলে।",
]
# Kannada: the same shape, the name in a "label: value" line of the post's record
KN_LINES = [
    "ಈ ವರ್ಷ ನಾನು ಓದಿದ ಉತ್ತಮ ಕಾದಂಬರಿ „ಮಳೆಯ ಮನೆ“ ಆಗಿದೆ.",
    "ಹೆಗಡೆ ಅವರ ಭಾಷೆ ಸರಳವಾಗಿದೆ, ಆದರೆ ಕಥೆ ಆಳವಾಗಿದೆ.",
]


def test_tag_names_the_author_bengali():
    tree = _page("<div class='tags'><a href='/tag/x'>বাংলা উপন্যাস</a></div>")
    book = named_twice(None, tree, BN_LINES, "শীতের বিকেলে একটি বই", ["সুমিতা মজুমদার", "বাংলা উপন্যাস"])
    assert book == Book("নীল দরজা", "সুমিতা মজুমদার", source="body")


def test_record_line_names_the_author_kannada():
    tree = _page("<p>ಪುಸ್ತಕ: ಮಳೆಯ ಮನೆ</p><p>ಲೇಖಕರು: ರಮೇಶ ಹೆಗಡೆ</p><p>ಪ್ರಕಾಶಕರು: ನಾಡು ಪ್ರಕಾಶನ</p>")
    book = named_twice(None, tree, KN_LINES, "ಮಳೆಗಾಲದ ಓದು", [])
    assert book and book.title == "ಮಳೆಯ ಮನೆ" and book.author == "ರಮೇಶ ಹೆಗಡೆ"


def test_archive_link_names_the_author_but_not_any_link():
    linked = _page("<p class='meta'>ವಿಭಾಗ: <a href='/blog/?cat=hegade'>ರಮೇಶ ಹೆಗಡೆ</a></p>")
    assert named_twice(None, linked, KN_LINES, "ಮಳೆಗಾಲದ ಓದು", []).author == "ರಮೇಶ ಹೆಗಡೆ"
    nav = _page("<nav><a href='/about'>ರಮೇಶ ಹೆಗಡೆ</a></nav>")  # (a link to no archive: a menu's)
    assert named_twice(None, nav, KN_LINES, "ಮಳೆಗಾಲದ ಓದು", []) is None


def test_a_title_found_alone_gets_its_author():
    book = named_twice(Book("নীল দরজা", None), None, BN_LINES, "নীল দরজা", ["সুমিতা মজুমদার"])
    assert book.title == "নীল দরজা" and book.author == "সুমিতা মজুমদার"
    assert named_twice(Book("নীল দরজা", "সুমিতা মজুমদার"), None, BN_LINES, "", ["x y"]) is None  # (found whole already)


def test_name_before_the_quoted_title_hindi_and_bengali():
    hi = ["रमेश वर्मा की «धूप का घर» पढ़कर मुझे अपना गाँव याद आया।", "वर्मा जी छोटे वाक्यों में बड़ी बात कहते हैं।"]
    book = named_twice(None, None, hi, "एक किताब, एक गाँव", [], before_quote=True)
    assert book == Book("धूप का घर", "रमेश वर्मा", source="body")
    assert named_twice(None, None, hi, "एक किताब, एक गाँव", []) is None  # (only for a post known to be a review)
    # Bengali writes "of" as a case ending: the name's bare form is the one the prose gives
    bn = ["সুমিতা মজুমদারের «নীল দরজা» আবার পড়লাম।", "মজুমদার কোথাও উপদেশ দেন না।"]
    assert named_twice(None, None, bn, "", [], before_quote=True).author == "সুমিতা মজুমদার"


def test_near_misses_stay_unfound():
    # a tag whose words both recur in the prose is a subject ("Bengali literature"), no person
    lines = ["«নীল দরজা» বাংলা সাহিত্যের এক নতুন স্বর।", "এই সাহিত্য আমাদের বাংলা শহরের কথা বলে।"]
    assert named_twice(None, None, lines, "", ["বাংলা সাহিত্য"]) is None
    # a category whose first word is a word of the prose ("book talk"; the prose says "book" with its endings)
    kn = ["„ಮಳೆಯ ಮನೆ“ ಪುಸ್ತಕವನ್ನು ಓದಿದೆ.", "ಈ ಪುಸ್ತಕ ಮಾತು ಕಡಿಮೆ, ಮಾತುಗಳು ಹೆಚ್ಚು."]
    assert named_twice(None, None, kn, "", ["ಪುಸ್ತಕ ಮಾತು"]) is None
    # a quoted sentence (speech) is no title
    speech = ["ಅವಳು „ನಾನು ಬರುವುದಿಲ್ಲ.“ ಎಂದಳು.", "ಹೆಗಡೆ ಅವರ ಭಾಷೆ ಸರಳ."]
    assert named_twice(None, None, speech, "", ["ರಮೇಶ ಹೆಗಡೆ"]) is None
    # a post in Latin script is left to the rules of capitals and "by" words
    latin = ["I read «The Blue Door» again.", "Mazumdar never hurries."]
    assert named_twice(None, None, latin, "", ["Sumita Mazumdar"]) is None
    # where the script has capitals, a name has them ("Басты бет": a menu's "home page")
    ru = ["«Синяя дверь» я перечитала зимой.", "Эта страница книги — лучшая, Петрова пишет просто."]
    assert named_twice(None, None, ru, "", ["главная страница"]) is None
    assert named_twice(None, None, ru, "", ["Анна Петрова"]).author == "Анна Петрова"


def test_a_covers_caption_title_dash_name_gujarati_and_sinhala():
    gu = ["ગયા ઉનાળે મેં ફરીથી આ નવલકથા વાંચી; વરસાદ વગરનું ગામ મને યાદ આવ્યું.",
          "પટેલની ભાષામાં કોઈ ભાર નથી, પણ વરસાદ ની રાહ આખી વાર્તામાં છે."]
    book = named_twice(None, None, gu, "ગામની વાત", [], captions=["વરસાદ – પટેલ (નવી આવૃત્તિ)"])
    assert book == Book("વરસાદ", "પટેલ", source="details")
    si = ["මේ නවකතාව කියවූයේ නිවාඩුවේය. ගම්මානයේ කතාව ලස්සනයි.", "ජයසේකරගේ භාෂාව සරලයි."]
    book = named_twice(None, None, si, "", [], captions=["ගම්මානය – ජයසේකර"])
    assert book is None or book.author == "ජයසේකර"  # (the title said again only inflected: read or left, never another)
    si2 = ["මේ නවකතාව කියවූයේ නිවාඩුවේය. ගම්මානය ලස්සනයි.", "ජයසේකරගේ භාෂාව සරලයි."]
    assert named_twice(None, None, si2, "", [], captions=["ගම්මානය – ජයසේකර"]) == Book("ගම්මානය", "ජයසේකර", source="details")


def test_a_caption_the_prose_does_not_name_again_is_no_book():
    gu = ["ગયા ઉનાળે મેં ફરીથી આ નવલકથા વાંચી.", "ભાષામાં કોઈ ભાર નથી."]
    assert named_twice(None, None, gu, "", [], captions=["વરસાદ – પટેલ"]) is None  # (neither named again)
    gu2 = ["વરસાદ વગરનું ગામ મને યાદ આવ્યું.", "ભાષામાં કોઈ ભાર નથી."]
    assert named_twice(None, None, gu2, "", [], captions=["વરસાદ – પટેલ"]) is None  # (the person never again)


def test_record_line_and_archive_link_in_ethiopic_and_sinhala():
    am = ["«የዝናብ ቤት» የተባለውን ልብወለድ ባለፈው ሳምንት አነበብኩት።", "ተሰማ ታሪኩን በቀስታ ይነግረናል።"]
    tree = _page("<ul><li>መጽሐፍ: የዝናብ ቤት</li><li>ደራሲ: አበበ ተሰማ</li></ul>")
    assert named_twice(None, tree, am, "", []) == Book("የዝናብ ቤት", "አበበ ተሰማ", source="body")
    si = ["«ගම්මානය» නවකතාව නැවත කියෙව්වෙමි.", "ජයසේකරගේ භාෂාව සරලයි."]
    tree = _page("<p>ලේඛකයා: <a href='/author/jayasekara/'>සුනිල් ජයසේකර</a></p>")
    assert named_twice(None, tree, si, "", []).author == "සුනිල් ජයසේකර"
    # a record line whose value is a phrase of the prose's own words is no person ("Genre: village novel")
    tree = _page("<ul><li>වර්ගය: ගම්මාන නවකතාව</li></ul>")
    assert named_twice(None, tree, si, "", []) is None
