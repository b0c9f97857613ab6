"""An Armenian text names the author with a case ending glued on: it vouches for the headline's name (book.Context)."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title

_TEXT = ("Վեպը պատմում է մի գյուղի մասին, որտեղ ոչինչ չի փոխվում։ Հովհաննիսյանի լեզուն պարզ է, "
         "բայց խոր։ Հովհաննիսյանից սպասում էի ավելին, սակայն գիրքը լավն է։")


def test_name_quoted_title_and_remark():
    book = from_title("Անի Հովհաննիսյան, «Լուռ ափեր». գյուղը, որ սպասում է", Context(_TEXT, (), "hy"))
    assert (book.title, book.author) == ("Լուռ ափեր", "Անի Հովհաննիսյան")


def test_title_dash_name():
    book = from_title("Լուռ ափեր – Անի Հովհաննիսյան", Context(_TEXT, (), "hy"))
    assert (book.title, book.author) == ("Լուռ ափեր", "Անի Հովհաննիսյան")


def test_vouches_for_the_genitive_ablative_and_instrumental():
    for form in ("Հովհաննիսյանի", "Հովհաննիսյանից", "Հովհաննիսյանով"):
        assert Context(f"Գիրքը գրված է {form} ձեռքով։", (), "hy").vouches_for("Անի Հովհաննիսյան")


def test_a_longer_word_on_the_same_stem_does_not_vouch():
    # a derived word (four letters and more past the name) is not the name in a case
    assert not Context("Հովհաննիսյանականություն չկա այստեղ։", (), "hy").vouches_for("Անի Հովհաննիսյան")
    # nor a text that never names the person: the headline's name is not vouched for
    assert from_title("Լուռ ափեր – Անի Հովհաննիսյան", Context("Գիրքը լավն է։", (), "hy")) is None or \
        from_title("Լուռ ափեր – Անի Հովհաննիսյան", Context("Գիրքը լավն է։", (), "hy")).author is None


def test_the_article_alone_is_no_case_ending():
    # "Հովհաննիսյանը" (the name with its article) is left to the rules as before: only the case endings count
    assert not Context("Հովհաննիսյանը պատմում է։ Հովհաննիսյանն է։", (), "hy").vouches_for("Անի Հովհաննիսյան")
