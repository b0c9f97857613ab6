"""bookcjkslash.marked_slash (rev33b), the dash branch "Label: «T» – A": what follows the dash is no author when it is
a part or a volume ("الجزء الثاني", "ክፍል ሁለት"), a house ("הוצאת …", "دار …") or a phrase whose every word takes the
Arabic article; and where the text credits another name beside a word for the author ("ደራሲው …", "الكاتب …",
"הסופרת …") and never the dash's (a heroine, a place), that name is the author."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookcjkslash import marked_slash


@pytest.mark.parametrize("headline, text, lang", [
    ("«ليالي المدينة» – الجزء الثاني", "يعود الجزء الثاني إلى المدينة نفسها. الجزء الثاني أطول من الأول.", "ar"),
    ("«ليالي المدينة» – الطبعة الجديدة", "صدرت الطبعة الجديدة هذا العام. الطبعة الجديدة أنيقة.", "ar"),
    ("«הגשר הצר» – הוצאת כנרת", "הספר יצא בהוצאת כנרת לפני שנה. הוצאת כנרת עשתה עבודה יפה.", "he"),
    ("«የሌሊት ወፍ» – ክፍል ሁለት", "ክፍል ሁለት ከመጀመሪያው ይረዝማል። ክፍል ሁለት ግን ይጣፍጣል።", "am"),
])
def test_a_part_or_a_house_after_the_dash_is_no_author(headline, text, lang):
    assert marked_slash(headline, Context(text, (), lang)) is None


@pytest.mark.parametrize("headline, text, lang, book", [
    ("«የሌሊት ወፍ» – ማርታ ደስታ",
     "ደራሲው ዳዊት ተክሌ ይህን ልብወለድ በ፳ ዓመቱ ጻፈ። ማርታ ደስታ የታሪኩ ዋና ገጸ ባሕርይ ናት፤ ማርታ ደስታ ከገጠር ወደ ከተማ ትመጣለች። "
     "ዳዊት ተክሌ ቋንቋውን በጥንቃቄ ይጠቀማል።", "am", ("የሌሊት ወፍ", "ዳዊት ተክሌ")),  # the heroine after the dash
    ("«ليالي المدينة» – سلمى حداد",
     "كتب الكاتب يوسف نعمان هذه الرواية في منفاه. سلمى حداد بطلة الرواية، وسلمى حداد تعمل في مكتبة. يوسف نعمان "
     "يصف المدينة بحب.", "ar", ("ليالي المدينة", "يوسف نعمان")),
])
def test_the_author_the_text_credits_wins_over_a_name_after_the_dash(headline, text, lang, book):
    assert marked_slash(headline, Context(text, (), lang)) == book


@pytest.mark.parametrize("headline, text, lang, book", [
    ("«ليالي المدينة» – يوسف نعمان", "كتب يوسف نعمان هذه الرواية في منفاه، ويصف يوسف نعمان المدينة بحب.", "ar",
     ("ليالي المدينة", "يوسف نعمان")),
    ("«عرس الزين» – الطيب صالح", "كتب الطيب صالح هذه الرواية القصيرة، والطيب صالح يعرف قريته.", "ar",
     ("عرس الزين", "الطيب صالح")),  # (a name one word of which takes the article)
    ("«የሌሊት ወፍ» – ዳዊት ተክሌ", "ደራሲው ዳዊት ተክሌ ይህን ልብወለድ ጻፈ። ዳዊት ተክሌ ቋንቋውን በጥንቃቄ ይጠቀማል።", "am",
     ("የሌሊት ወፍ", "ዳዊት ተክሌ")),  # (the credited name is the dash's)
])
def test_the_dashs_name_is_still_read(headline, text, lang, book):
    assert marked_slash(headline, Context(text, (), lang)) == book
