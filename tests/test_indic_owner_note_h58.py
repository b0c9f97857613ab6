"""An Indic headline "A-GEN 'T': remark" read as the book (bookheadowner.indic_owned), and a house's sending "for
review" at the review's edge read as a free-copy note (notegift._FOR_REVIEW). Written for the holdout58 round in our
own words (ta ml bn gu hi mr), with near misses."""

from scraper.extract.book import Context
from scraper.extract.bookheadowner import owned_headline
from scraper.extract.notegift import edge_gift


def _book(title, text, lang):
    book = owned_headline(title, Context(text, ("Evening Lamp",), lang))
    return (book.title, book.author) if book else None


def test_tamil_genitive_headline_with_typewriter_quotes():
    text = ("சு. வேணுகோபால் எழுதிய 'மழைக்கால இரவு' நாவலை நேற்று முடித்தேன். வேணுகோபால் கிராமத்தின் மௌனத்தை "
            "நுட்பமாக எழுதுகிறார்; சில அத்தியாயங்கள் நீளமாக இருந்தாலும் நாவல் மனதில் நிற்கிறது.")
    assert _book("சு. வேணுகோபாலின் 'மழைக்கால இரவு': ஒரு மௌனத்தின் கதை", text, "ta") == ("மழைக்கால இரவு", "சு. வேணுகோபால்")


def test_vowel_final_name_and_other_scripts():
    text = "கல்கி எழுதிய 'நீல நதி' என்னை ஈர்த்தது. கல்கி கதையை வேகமாக நகர்த்துகிறார்."
    assert _book("கல்கியின் 'நீல நதி': ஓர் அனுபவம்", text, "ta") == ("நீல நதி", "கல்கி")
    text = "ঋতা সেন লিখেছেন 'নদীর ঘর'। সেন এই উপন্যাসে একটি পরিবারের গল্প বলেছেন, যা ধীরে ধীরে খুলে যায়।"
    assert _book("ঋতা সেনের 'নদীর ঘর': এক পরিবারের গল্প", text, "bn") == ("নদীর ঘর", "ঋতা সেন")


def test_near_misses_left_alone():
    # the title never named below the headline
    text = "சு. வேணுகோபால் கிராமத்தின் மௌனத்தை நுட்பமாக எழுதுகிறார். வேணுகோபால் நம்மை நிறுத்தி யோசிக்க வைக்கிறார்."
    assert _book("சு. வேணுகோபாலின் 'மழைக்கால இரவு': ஒரு மௌனத்தின் கதை", text, "ta") is None
    # a place's genitive, never named bare as a person
    text = "'கடல் காற்று' என்ற விழா சென்னையில் நடந்தது; பல எழுத்தாளர்கள் பேசினர்."
    assert _book("சென்னையின் 'கடல் காற்று': விழா நிறைவு", text, "ta") is None
    # an English headline's typewriter quotes are not read by this rule
    assert _book("Smith's 'Night Rain': a quiet book", "Smith wrote 'Night Rain'. Smith is careful.", "en") is None


def test_house_sent_it_for_review():
    assert edge_gift("இந்த நூலின் பிரதியை காவ்யா பதிப்பகம் விமர்சனத்திற்காக அனுப்பியது.", 5, 6)
    assert edge_gift("यह प्रति राजकमल प्रकाशक ने समीक्षा के लिए भेजी थी।", 5, 6)


def test_for_review_near_misses():
    # the house sent the writer on a tour, not the book for review; no house; mid-review
    assert not edge_gift("பதிப்பகம் எழுத்தாளரை ஊர் ஊராக அனுப்பியது; அது நல்ல முடிவு.", 5, 6)
    assert not edge_gift("நண்பர் ஒருவர் இந்த நூலை விமர்சனத்திற்காக அனுப்பினார்.", 5, 6)
    assert not edge_gift("இந்த நூலின் பிரதியை காவ்யா பதிப்பகம் விமர்சனத்திற்காக அனுப்பியது.", 4, 12)


def test_follow_bidding_in_tamil_telugu_malayalam():
    from scraper.extract.followlines import opening_follow
    assert opening_follow("புதிய நூல் செய்திகளுக்கு எங்களை ஃபேஸ்புக்கில் பின்தொடருங்கள்.")
    assert opening_follow("మమ్మల్ని టెలిగ్రామ్‌లో ఫాలో చేయండి.")
    assert opening_follow("ഞങ്ങളെ ഇൻസ്റ്റാഗ്രാമിൽ ഫോളോ ചെയ്യൂ.")
    # the story's follower, and a reviewer's bidding to read the book, are left
    assert not opening_follow("கதாநாயகன் அவளை இன்ஸ்டாகிராமில் பின்தொடர்ந்தான்.")
    assert not opening_follow("இந்த நாவலை அவசியம் படியுங்கள்.")
