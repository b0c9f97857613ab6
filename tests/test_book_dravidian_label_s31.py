"""The book-review label in Tamil, Telugu, Kannada and Malayalam headlines ("T - புத்தக விமர்சனம்", book review), read
off the title as the other languages' labels are (book.REVIEW_WORD); and the headline's title beside such a label stands
against a word the prose sets in quotes (booknamedtwice: a scare-quoted word is no title). Near misses: a film's review
label keeps its words, and a headline with no label gives way to the quoted title its owner precedes, as before."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import REVIEW_SUFFIX

_TA = [
    "கடலோர கிராமத்தில் வாழும் மீனவக் குடும்பத்தின் மூன்று தலைமுறைகளின் கதை இது. ஒவ்வொரு மழைக்காலமும் அவர்களின் வாழ்க்கையை கொஞ்சம் மாற்றுகிறது.",
    "ஊரார் அவனை 'பைத்தியக்காரன்' என்று அழைக்கிறார்கள், ஆனால் அவன் மட்டுமே கடலின் மொழியைப் புரிந்துகொள்கிறான். அந்த முரண் நாவல் முழுவதும் ஒலிக்கிறது.",
    "நடுப்பகுதியில் சில அத்தியாயங்கள் நீளமாகத் தோன்றினாலும், இறுதிப் பக்கங்கள் எல்லாவற்றையும் ஒன்றாக இணைக்கின்றன. மெதுவான நாவல்களை விரும்புவோர் அவசியம் படிக்க வேண்டும்.",
    "அம்மாவின் பாத்திரம் மிகவும் பிடித்திருந்தது. அவள் யாரையும் குறை சொல்வதில்லை, ஆனால் அவளின் மௌனம் வீட்டில் எல்லோரையும் மாற்றுகிறது.",
    "மதிப்பெண்: 4/5",
]


def _book(headline: str, paragraphs: list[str]) -> tuple[str | None, str | None]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="ta"><head><meta charset="utf-8"><title>{headline}</title></head><body><article class="post">'
            f'<h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://vaasippu.example.in/review/77")
    return record.book_title, record.book_author


def test_tamil_book_review_label_read_off_the_headline():
    assert _book("கடலின் மொழி - புத்தக விமர்சனம்", _TA)[0] == "கடலின் மொழி"


def test_labels_of_the_other_dravidian_languages():
    for headline in ("నీలి నది - పుస్తక సమీక్ష", "ನೀಲಿ ನದಿ - ಪುಸ್ತಕ ವಿಮರ್ಶೆ", "നീല നദി - പുസ്തക നിരൂപണം", "கடலின் மொழி - நூல் அறிமுகம்"):
        assert REVIEW_SUFFIX.search(headline), headline


def test_film_review_label_is_no_book_label():
    assert not REVIEW_SUFFIX.search("கடலின் மொழி - திரைப்பட விமர்சனம்")


def test_unlabelled_headline_gives_way_to_the_quoted_title():
    # no label: the prose's quoted title with its owner before it is the book, as before
    paragraphs = ["சுந்தர ராமசாமியின் 'கடலின் மொழி' நாவலை மீண்டும் படித்தேன். ராமசாமியின் மொழி எப்போதும் போல் கூர்மையானது.",
                  *_TA[:4], "மதிப்பெண்: 4/5"]
    title, _author = _book("மழைக்கால வாசிப்பு", paragraphs)
    assert title != "மழைக்கால வாசிப்பு"


def test_labelled_headline_whose_title_holds_the_quote():
    # "<label>: A-GEN 'T'": the headline's words read whole are no title; the quoted title is the book
    paragraphs = [*_TA[:4], "ராமசாமியின் நடை எப்போதும் போல் கூர்மையானது.", "மதிப்பெண்: 4/5"]
    title, _author = _book("புத்தக விமர்சனம்: சுந்தர ராமசாமியின் ‘கடலின் மொழி’", paragraphs)
    assert title == "கடலின் மொழி"


def test_an_introduction_label_reads_a_title_but_files_no_review():
    # "book introduction" heads launch notices as often as reviews (rev32a): the book reader takes the title beside it,
    # the classifier does not take the label as a review's
    from scraper.extract.reviewlabel import labelled
    for headline in ("నీలి నది - పుస్తక పరిచయం", "ನೀಲಿ ನದಿ - ಪುಸ್ತಕ ಪರಿಚಯ", "നീല നദി - പുസ്തക പരിചയം", "கடலின் மொழி - நூல் அறிமுகம்"):
        assert REVIEW_SUFFIX.search(headline), headline
        assert not labelled(headline), headline
    assert labelled("నీలి నది - పుస్తక సమీక్ష")
