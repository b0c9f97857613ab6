"""A news page's own lines around a short review, written for the holdout64 round in our own words: the desk's call for
readers' writings in the South Asian scripts (submissioncall), a follow line over the desk's contact line (sitelines),
and the writer's bare name under the headline in a byline's class (bylinelabels.classed_name), with near misses each
rule must leave alone."""

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bylinelabels import classed_name
from scraper.extract.submissioncall import submission_call


def test_south_asian_calls_for_writings():
    assert submission_call("हाम्रो शनिबारे पानाका लागि कविता पठाउन desk@paper.example मा इमेल गर्नुहोस्।")  # ne
    assert submission_call("अपनी कहानियाँ हमें kahani@paper.example पर भेजें। चुनी हुई कहानियाँ रविवार को छपेंगी।")  # hi
    assert submission_call("ඔබේ නිර්මාණ sathiya@paper.example වෙත එවන්න.")  # si
    assert submission_call("உங்கள் கட்டுரைகளை ilakkiyam@paper.example என்ற முகவரிக்கு அனுப்புங்கள்.")  # ta


def test_a_writer_sending_her_work_is_the_story():
    # the past of sending, a wish to send, no address or desk: the review's sentences
    assert not submission_call("कवयित्रीले आफ्नो पहिलो कविता एउटा पत्रिकालाई पठाइन्, तर उत्तर कहिल्यै आएन।")  # ne
    assert not submission_call("उपन्यास की नायिका अपनी कहानी किसी प्रकाशक को भेजने से डरती है।")  # hi
    assert not submission_call("කතාවේ තරුණයා සිය නිර්මාණ පුවත්පතකට එව්වේ සැඟවුණු නමකිනි.")  # si
    assert not submission_call("அவர் தன் கட்டுரைகளை நண்பருக்கு அனுப்பினார்.")  # ta


_HI_PAGE = """<html lang="hi"><head><meta charset="utf-8"><title>पहाड़ों की चिट्ठियाँ | सुबह समाचार</title></head><body>
<main><h1>पहाड़ों की चिट्ठियाँ: एक शांत किताब</h1><div class="story">
<p>यह छोटी किताब पहाड़ के एक डाकिए की नज़र से गाँव की ज़िंदगी दिखाती है। लेखिका हर अध्याय में एक नई चिट्ठी खोलती हैं
और उसके साथ किसी परिवार का दुख या सुख सामने आता है। भाषा सीधी है और दृश्य आँखों के सामने तैरते हैं।</p>
<p>कुछ चिट्ठियाँ दोहराव जैसी लगती हैं, फिर भी अंत तक पहुँचते-पहुँचते डाकिए का अकेलापन मन में बैठ जाता है। सर्दियों
की लंबी रातों के लिए यह किताब अच्छी साथी है।</p>
<p>फेसबुक पर सुबह समाचार को फॉलो करें।</p>
<p>अपनी राय भेजें: sampadak@subah.example</p>
</div></main></body></html>"""


def test_follow_line_over_the_desks_contact_line_goes():
    record = extract_page(_HI_PAGE, "https://subah.example/2026/12/pahad")
    assert "फॉलो करें" not in record.body_text and "sampadak@" not in record.body_text
    assert "सर्दियों" in record.body_text


_EN_PAGE = """<html lang="en"><head><meta charset="utf-8"><title>Letters from the hills | Morning Post</title></head><body>
<main><h1>Letters from the hills</h1><div class="story">
<p>This slim novel follows a postman through a winter of deliveries in a mountain village, each chapter opening one
letter and the household behind it. The prose is plain and the scenes are vivid, if a little quiet at times.</p>
<p>A few letters repeat one another, yet by the end the postman's loneliness stays with you long after the book is shut.</p>
<p>Follow the stories of the village on Facebook, the narrator tells us, was the one thing he could never do.</p>
<p>Send your thoughts: letters@morningpost.example</p>
</div></main></body></html>"""


def test_a_sentence_about_following_stays_over_a_contact_line():
    # the last paragraph opens as a bidding would but is the review's own sentence (quoted narration, no imperative
    # closing the box): it stays; only the contact line goes
    record = extract_page(_EN_PAGE, "https://morningpost.example/2026/12/hills")
    assert "letters@morningpost.example" not in record.body_text
    assert "loneliness" in record.body_text


def _block(markup):
    return lxml_html.fromstring(markup)


def test_a_bare_name_in_a_byline_class_is_the_writer():
    page = lambda block: "Headline about a novel. The review's text names no critic."  # noqa: E731
    assert classed_name(_block('<div class="post-by">නිලන්ති සිල්වා</div>'), page)  # si
    assert classed_name(_block('<div class="article-author">ரேவதி சுந்தரம்</div>'), page)  # ta
    assert classed_name(_block('<p class="byline">Ana Lee</p>'), page)  # en


def test_names_said_again_or_other_lines_stay():
    # the book's author in an "author" class, named in the headline too: the catalogue's record, not the byline
    head = lambda block: "Madol Doova by Martin Wickramasinghe. Martin Wickramasinghe wrote it in 1947."  # noqa: E731
    assert not classed_name(_block('<div class="book-author">Martin Wickramasinghe</div>'), head)
    page = lambda block: "Headline about a novel."  # noqa: E731
    # a standfirst, a dated line, a line with no byline class
    assert not classed_name(_block('<div class="byline">A quiet novel about a village postman and his letters</div>'), page)
    assert not classed_name(_block('<div class="byline">Ana Lee 3 May 2026</div>'), page)
    assert not classed_name(_block('<div class="subtitle">ನಿಶಾ ರಾವ್</div>'), page)
    # "by" only inside a longer token ("baby", "hobby") is no byline class
    assert not classed_name(_block('<div class="hobby">Ana Lee</div>'), page)
