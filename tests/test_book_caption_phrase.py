"""bookcover.from_caption: in a script without capitals, a caption "T — words" whose words the text says apart from each
other, two or more of them ("T — the new edition's cover", "new" and "edition" said again), is a remark, no author; a
name whose family name alone the text says stays the author, and so does a capitalised name. Our own sentences."""

from scraper.extract.book import Context
from scraper.extract.bookcover import from_caption

KN_TEXT = ("ಈ ಹೊಸ ಮುದ್ರಣದ ಕಾಗದ ಚೆನ್ನಾಗಿದೆ. ಹೊಸ ಓದುಗರಿಗೆ ಇದು ಒಳ್ಳೆಯ ಆರಂಭ. ಹಳೆಯ ಮುದ್ರಣದ ತಪ್ಪುಗಳು ಇಲ್ಲಿ ಇಲ್ಲ.\n"
           "ಕಾದಂಬರಿ ನಿಧಾನವಾಗಿ ಸಾಗುತ್ತದೆ, ಆದರೆ ಕೊನೆಯ ಅಧ್ಯಾಯ ಮನಸ್ಸಿನಲ್ಲಿ ಉಳಿಯುತ್ತದೆ.")
TE_TEXT = ("వేమూరి రాసిన మాటలు సహజంగా ఉంటాయి. పల్లెటూరి ఇంటి వాసన ప్రతి పేజీలో తెలుస్తుంది.\n"
           "చివరి భాగంలో వేమూరి కొంచెం తొందర పడ్డారు, అయినా చదవాల్సిన పుస్తకం.")


def test_a_remark_of_common_words_after_the_dash_is_no_author():
    caption = "ಮಳೆಗಾಲದ ಮನೆ — ಹೊಸ ಮುದ್ರಣದ ಮುಖಪುಟ"
    context = Context(caption + "\n" + KN_TEXT, (), "kn")
    assert from_caption([(caption, "file: book cover malegaala")], context) is None


def test_a_name_whose_family_name_the_text_says_stays_the_author():
    caption = "పాత ఇల్లు — వేమూరి సుబ్బారావు"
    context = Context(caption + "\n" + TE_TEXT, (), "te")
    assert from_caption([(caption, "file: paata illu cover")], context) == ("పాత ఇల్లు", "వేమూరి సుబ్బారావు")
    caption = "The Empty Harbour — Marta Ruiz, first edition"
    text = caption + "\nRuiz writes about a harbour town. Marta Ruiz's second novel; Ruiz again at her best."
    assert from_caption([(caption, "Cover of The Empty Harbour")], Context(text, (), "en")) == ("The Empty Harbour", "Marta Ruiz")
