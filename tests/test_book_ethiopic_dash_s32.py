"""An Amharic headline "T — A" whose name the text calls the owner of a book with the genitive prefix የ and a case
ending ("የA Bን ተውኔት", bookethiopic.owned_by, read by bookdashowner.owner). Near misses: the name in the text with no
book noun or quoted title after it, a name the text never owns, a Latin name."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookethiopic import owned_by

_REST = [
    "ዘንድሮ ከመደርደሪያዬ አውርጄ እንደገና ሳነበው ሌላ መጽሐፍ መሰለኝ። ቀልዱ አሁንም ያስቃል።",
    "ገጸ ባሕርያቱ እርስ በርሳቸው ሲከራከሩ ብቻዬን ጮክ ብዬ ሳቅሁ። ጥቂት ቀልዶች ግን ማብራሪያ ያስፈልጋቸዋል።",
    "ተውኔቱ በማዕረግና በሀብት የማይመጣጠኑ ሁለት ቤተሰቦች ሲጋቡ የሚፈጠረውን ግርግር ያሳያል። ደራሲው ባዶ ክብርንና ግብዝነትን በቀልድ ይወጋል።",
    "መድረክ ላይ ቢታይ ይበልጥ ይጣፍጣል ብዬ አምናለሁ። ያም ሆኖ በወረቀት ማንበቡ ራሱ በቂ ደስታ ይሰጣል፤ ለቤተሰብ ንባብም ተስማሚ ነው።",
    "የቋንቋው ውበት፣ የንግግሮቹ ፍጥነትና የገጸ ባሕርያቱ ብልሃት ለዛሬው አንባቢም አዲስ ይመስላል። ጥቂት ገጾች ግን ረዘም ብለዋል።",
]


def _page(headline: str, opening: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in [opening, *_REST])
    return (f'<html lang="am"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}'
            "<p>ደረጃ፦ ★★★★☆</p></div></article></body></html>")


def test_owned_with_case_ending_before_a_book_noun():
    assert owned_by("ሐዲስ ተክሌ", "የሐዲስ ተክሌን ተውኔት «የጫካ ቤት» አነበብኩ")


def test_owned_before_a_quoted_title():
    assert owned_by("ሐዲስ ተክሌ", "የሐዲስ ተክሌ «የጫካ ቤት» ለመጀመሪያ ጊዜ")


def test_name_without_a_book_after_it_is_no_owner():
    assert not owned_by("ሐዲስ ተክሌ", "የሐዲስ ተክሌ ልጅ ትናንት መጣ")


def test_latin_name_is_never_read_as_ethiopic():
    assert not owned_by("Hadis Tekle", "የHadis Tekle ተውኔት")


def test_headline_dash_read_through_the_owner():
    page = extract_page(_page("የጫካ ቤት — ሐዲስ ተክሌ", "የሐዲስ ተክሌን ተውኔት «የጫካ ቤት» ለመጀመሪያ ጊዜ ያነበብኩት ተማሪ ሳለሁ ነበር።"),
                        "https://nibab.example.et/2026/11/yechaka-bet/")
    assert (page.book_title, page.book_author) == ("የጫካ ቤት", "ሐዲስ ተክሌ")
