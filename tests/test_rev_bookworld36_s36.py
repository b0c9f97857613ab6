"""Review of bookworld36's rules (round 36): where they misfired on pages nobody wrote them for.

- bookslashremark: a headline in the other order, "A / T", the writer's name first and a title whose last word the
  text says twice, read the name as the title and the title as the writer.
- fragmentrecord._closed_on_house: a house's word glued to a particle ("ولدار", "and to the house of") in a thanks
  sentence closed by a stop made the sentence a record, its first clause the title.
- bookrecordfront: a labelled line "Translation: A, «T» …" gave the translator the writer's place.

Every line here is invented for these tests (invented books and people, in our own words)."""

from __future__ import annotations

from tests.test_book_scripts_names_s36 import _AR, _HE, _page, _ru


def _he_sea():
    return [p.replace("בחופשה", "בחופשה ליד הים") for p in _HE]


def test_hebrew_headline_with_the_writer_first_is_not_read_backwards():
    title, author = _page("רות גלבוע / ימי הים", _he_sea(), "he")
    assert title != "רות גלבוע" and author != "ימי הים"


def test_hebrew_headline_with_the_writer_first_and_a_remark_is_not_read_backwards():
    title, author = _page("ר. גלבוע / שקט של הים: על סודות ואחים", _he_sea(), "he")
    assert title != "ר. גלבוע" and author != "שקט של הים"


def test_hebrew_title_slash_writer_still_read():
    assert _page("הבית שליד הים / ר. גלבוע: על סודות ואחים", _HE, "he") == ("הבית שליד הים", "ר. גלבוע")


def test_arabic_thanks_sentence_ending_on_a_glued_house_word_is_no_record():
    title, _ = _page("صياد ينتظر النهر", _AR + ["شكراً للكاتبة، سلمى الساعدي، ولدار الضفة."], "ar")
    assert title != "شكراً للكاتبة"


def test_arabic_record_closed_on_its_house_still_read():
    book = _page("صياد ينتظر النهر", _AR + ["<em>قارب الفجر، سلمى الساعدي، رواية، دار الضفة.</em>"], "ar")
    assert book == ("قارب الفجر", "سلمى الساعدي")


def test_translators_labelled_line_before_a_quoted_title_is_no_writer():
    book = _ru("Перевод: Ольга Смирнова, «Мосты над бездной» — трилогия, которую почему-то помнят хуже. "
               "Рассказчик, Марк Озеров, ведёт нас. Смирнова переводила её десять лет.")
    assert book[1] != "Ольга Смирнова"


def test_writer_opening_the_line_before_a_quoted_title_still_read():
    book = _ru("Игорь Велесов, «Мосты над бездной» — трилогия, которую почему-то помнят хуже, чем она того стоит. "
               "Рассказчик, Марк Озеров, ведёт нас через всю историю от первого лица. Велесов писал её десять лет.")
    assert book[1] == "Игорь Велесов"
