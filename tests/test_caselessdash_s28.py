"""A dashed headline "T — A" in a script without capitals whose text never calls the person a book's owner
(``bookdashowner.vouched_dash``): read where a review rubric's label opens it ("<review>: T — A", the name two or three
words whose given name the text never says alone), or where a tag names the person (whole or by the family name) and
none names the title; either way the text calls its work "this novel", "the book". The Indic rubrics are review labels
before a colon as Arabic "مراجعة:" is (``reviewlabel.LABEL_WORDS``).

Near misses: a rubric's remark after the dash (its words recur in the review); a tagged genre or kind ("— novel"); both
parts tagged; a post under a place's tag that never calls its work a book; a label that is no review word.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookdashowner import vouched_dash
from scraper.extract.reviewlabel import labelled


def _ctx(text: str) -> Context:
    return Context(text, ("Blog Owner",), None)


def test_review_label_vouches_for_title_then_name():
    # Tamil, Kannada, Malayalam, Marathi: the label, the title, the name after the dash; the text never names the author
    ta = _ctx("இந்த நாவல் ஒரு கிராமத்தின் கதை. மொழி எளிமையானது, முடிவு மனதைத் தொடுகிறது.")
    assert vouched_dash("விமர்சனம்: மழைக்காலம் — செல்வி ராமநாதன்", ta, []) == ("மழைக்காலம்", "செல்வி ராமநாதன்")
    kn = _ctx("ಈ ಕಾದಂಬರಿ ಒಂದು ಹಳ್ಳಿಯ ಕಥೆ ಹೇಳುತ್ತದೆ. ಭಾಷೆ ಸರಳವಾಗಿದೆ.")
    assert vouched_dash("ವಿಮರ್ಶೆ: ಮಳೆಯ ಹಾಡು – ಸುಮನಾ ಹೆಗಡೆ", kn, []) == ("ಮಳೆಯ ಹಾಡು", "ಸುಮನಾ ಹೆಗಡೆ")
    ml = _ctx("ഈ നോവൽ ഒരു തീരദേശ ഗ്രാമത്തിന്റെ കഥയാണ്. ഭാഷ ലളിതമാണ്.")
    assert vouched_dash("നിരൂപണം: കടൽക്കാറ്റ് — രമ്യ നായർ", ml, []) == ("കടൽക്കാറ്റ്", "രമ്യ നായർ")
    mr = _ctx("हे पुस्तक एका गावाची गोष्ट सांगते. भाषा साधी आहे.")
    assert vouched_dash("पुस्तक परीक्षण: पावसाळा — सुनंदा देशपांडे", mr, []) == ("पावसाळा", "सुनंदा देशपांडे")


def test_indic_rubrics_are_review_labels():
    assert labelled("समीक्षा: पावसाळा — सुनंदा देशपांडे")
    assert labelled("விமர்சனம்: மழைக்காலம் — செல்வி ராமநாதன்")
    assert labelled("ವಿಮರ್ಶೆ: ಮಳೆಯ ಹಾಡು – ಸುಮನಾ ಹೆಗಡೆ")
    assert labelled("পাঠ প্রতিক্রিয়া: বর্ষার দিন — সুদীপা বসু")
    assert labelled("ਸਮੀਖਿਆ: ਮੀਂਹ ਦੀ ਰੁੱਤ")
    assert not labelled("समीक्षा बैठक की तैयारियाँ शुरू")  # (the word running on into a sentence: no label)


def test_tag_vouches_for_the_name():
    # a pen name of one word tagged (Hindi), a family name tagged (Tamil), the name first (Kannada)
    hi = _ctx("इस उपन्यास की नायिका एक छोटे शहर में रहती है। कहानी धीमी है पर असरदार।")
    assert vouched_dash("धूप की नदी — सरोजिनी", hi, ["सरोजिनी", "क्लासिक"]) == ("धूप की नदी", "सरोजिनी")
    ta = _ctx("இந்த நாவல் ஒரு குடும்பத்தின் கதை.")
    assert vouched_dash("மழைக்காலம் – செல்வி ராமநாதன்", ta, ["ராமநாதன்"]) == ("மழைக்காலம்", "செல்வி ராமநாதன்")
    kn = _ctx("ಈ ಪುಸ್ತಕ ನನಗೆ ತುಂಬ ಇಷ್ಟವಾಯಿತು.")
    assert vouched_dash("ಸುಮನಾ ಹೆಗಡೆ – ಮಳೆಯ ಹಾಡು", kn, ["ಸುಮನಾ ಹೆಗಡೆ"]) == ("ಮಳೆಯ ಹಾಡು", "ಸುಮನಾ ಹೆಗಡೆ")


def test_near_misses():
    # a rubric's remark after the dash: its words recur in the review (the "given name" said alone)
    hi = _ctx("यह उपन्यास राजनीति पर व्यंग्य है। राजनीति का हर रंग इसमें दिखता है।")
    assert vouched_dash("समीक्षा: महल — राजनीति का आईना", hi, []) is None
    echo = _ctx("यह उपन्यास राजनीतिक है, राजनीतिक बातें करता है।")
    assert vouched_dash("समीक्षा: महल — राजनीतिक व्यंग्य", echo, []) is None
    # a tagged genre or kind is no name
    assert vouched_dash("धूप की नदी — उपन्यास", _ctx("इस उपन्यास की नायिका।"), ["उपन्यास"]) is None
    # both parts tagged: no telling which is the person
    assert vouched_dash("धूप की नदी — सरोजिनी", _ctx("इस उपन्यास की नायिका।"), ["सरोजिनी", "धूप की नदी"]) is None
    # a post about a place under the place's tag, which never calls its work a book
    travel = _ctx("शहर की गलियाँ पुरानी हैं। यहाँ की चाय मशहूर है।")
    assert vouched_dash("पुरानी गलियाँ — वाराणसी", travel, ["वाराणसी"]) is None
    # a label that is no review word, and no tag
    assert vouched_dash("यात्रा: मझगाँव — सुनंदा देशपांडे", _ctx("हे पुस्तक साधे आहे."), []) is None
    # a cased headline is the capital rules' to read
    assert vouched_dash("Review: Monsoon — Selvi Ram", _ctx("This novel is quiet."), []) is None
