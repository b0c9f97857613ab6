"""Georgian words weighed as an agglutinating language's for the "too short for a review" gates (``reviewlength``,
bpplea38): its case endings and postpositions are glued on, as Hungarian's or Turkish's are. Near misses: an English
post quoting a Georgian title, a Georgian post under an "en" attribute (weighed by its script, not the attribute)."""

from scraper.extract.reviewlength import english_words

_KA = "ავტორი წიგნში მოგვითხრობს სოფლის ცხოვრებაზე და ბავშვობის მოგონებებზე"  # (eight words of prose)


def test_a_georgian_text_is_weighed_as_agglutinating():
    assert english_words([_KA], 100, "ka") == 130


def test_a_georgian_text_under_another_attribute_is_weighed_by_its_script():
    assert english_words([_KA], 100, "en") == 130


def test_an_english_post_quoting_a_georgian_title_is_not_weighed():
    text = "I read the novel მთვარის მოტაცება in translation over a long weekend and liked its quiet chapters best."
    assert english_words([text], 100, "en") == 100
