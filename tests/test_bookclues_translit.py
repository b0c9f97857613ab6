"""slugspell.skeleton: the extra letters of Cyrillic alphabets and Armenian, so that a tag's transliterated slug spells it
(book9b)."""

from scraper.extract.booktags import _tag_page_named


def test_tag_pages_of_names_in_other_cyrillic_alphabets_and_armenian():
    assert _tag_page_named("Ғабдулла Тукай", "/tags/gabdulla-tukai")  # Tatar (our own slug)
    assert _tag_page_named("Садриддин Айнӣ", "/tag/sadriddin-aini/")  # Tajik
    assert _tag_page_named("Чыңгыз Айтматов", "/tags/chyngyz-aitmatov")  # Kyrgyz
    assert _tag_page_named("Հովհաննես Թումանյան", "/tag/hovhannes-tumanyan/")  # Armenian


def test_a_slug_of_other_words_is_no_tag_page():
    assert not _tag_page_named("Ғабдулла Тукай", "/tags/tatar-poeziyasy")
    assert not _tag_page_named("Հովհաննես Թումանյան", "/tag/hayots-grakanutyun/")
