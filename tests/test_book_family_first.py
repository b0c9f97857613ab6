"""booknamedtwice + bookfamilyfirst: a person named family name first right before the quoted title (Telugu, Kannada
write the house name first), whom the prose calls by that first word, is the author, in the page's order. Near misses: a
phrase of two common words before the quote (the second said again in the prose), both words of the name said alone,
a script with capitals, a post not known to be a review. Our own sentences and invented books and people."""

from scraper.extract.booknamedtwice import named_twice

TE = ["ముఖచిత్రం: వేమూరి సుబ్బారావు ‘పాత ఇల్లు’",
      "ఈ నవల మొదటిసారి చదివినప్పుడు నాకు పదిహేనేళ్లు. ఇప్పుడు మళ్లీ చదివితే కొత్త అర్థాలు కనిపించాయి.",
      "వేమూరి రాసిన మాటలు సహజంగా ఉంటాయి. పల్లెటూరి ఇంటి వాసన ప్రతి పేజీలో తెలుస్తుంది.",
      "చివరి భాగం కొంచెం పొడవుగా ఉంది, అయినా చదవాల్సిన పుస్తకం."]
KN = ["ಹೊಸ ಆವೃತ್ತಿಯ ಮುಖಪುಟ: ಹೊಸಹಳ್ಳಿ ರಾಮಪ್ಪ ‘ಮಳೆಗಾಲ’",
      "ಈ ಕಾದಂಬರಿಯನ್ನು ನಾನು ಕಾಲೇಜಿನಲ್ಲಿ ಮೊದಲು ಓದಿದ್ದೆ. ಈಗ ಮತ್ತೆ ಓದಿದಾಗ ಬೇರೆ ರೀತಿ ಕಂಡಿತು.",
      "ಹೊಸಹಳ್ಳಿ ಅವರ ಭಾಷೆ ಸರಳವಾಗಿದೆ, ಹಳ್ಳಿಯ ಮಳೆ ಮತ್ತು ಮಣ್ಣು ಪುಟಗಳಲ್ಲಿ ಜೀವಂತವಾಗಿವೆ.",
      "ಕೊನೆಯ ಅಧ್ಯಾಯ ಸ್ವಲ್ಪ ನಿಧಾನ, ಆದರೂ ಓದಲೇಬೇಕಾದ ಪುಸ್ತಕ."]


def test_a_family_first_name_before_the_quoted_title_is_the_author_in_the_pages_order():
    book = named_twice(None, None, TE, "అరవై ఏళ్ల తర్వాత మళ్లీ చదివిన నవల", [], before_quote=True)
    assert book is not None and (book.title, book.author) == ("పాత ఇల్లు", "వేమూరి సుబ్బారావు")
    book = named_twice(None, None, KN, "ಮತ್ತೆ ಓದಿದ ಕಾದಂಬರಿ", [], before_quote=True)
    assert book is not None and (book.title, book.author) == ("ಮಳೆಗಾಲ", "ಹೊಸಹಳ್ಳಿ ರಾಮಪ್ಪ")


def test_common_words_before_the_quote_give_no_author():
    # "new volume 'T'": the prose says "new" on its own and the volume again ("సంపుటంలో")
    lines = ["కొత్త సంపుటం ‘పాత ఇల్లు’ ఈ నెల వచ్చింది.",
             "ఈ సంపుటంలో కథలు సహజంగా ఉంటాయి. కొత్త పాఠకులకు ఇది మంచి మొదలు."]
    assert named_twice(None, None, lines, "కొత్త పుస్తకం", [], before_quote=True) is None


def test_a_name_whose_both_words_the_prose_says_alone_is_no_author():
    lines = TE[:3] + ["సుబ్బారావు అనే పాత్ర నాకు బాగా నచ్చింది, చివరి భాగం కొంచెం పొడవు."]
    assert named_twice(None, None, lines, "అరవై ఏళ్ల తర్వాత మళ్లీ చదివిన నవల", [], before_quote=True) is None


def test_only_for_a_review_and_only_in_a_script_without_capitals():
    assert named_twice(None, None, TE, "అరవై ఏళ్ల తర్వాత మళ్లీ చదివిన నవల", [], before_quote=False) is None
    ru = ["Обложка: Вершинин Павел «Старый дом»",
          "Вершинин пишет о деревне просто и точно, без лишних слов.",
          "Последняя часть длинновата, но книгу стоит прочесть."]
    assert named_twice(None, None, ru, "Перечитал через двадцать лет", [], before_quote=True) is None
