"""shortmarks.author_named_apart: a surname with its case ending in an inflecting language (rev33h)."""
from scraper.extract.shortmarks import author_named_apart


def test_declined_surnames_are_named():
    for author, line in (("Viktor Pelevin", "Давно не читал Пелевина."), ("Olga Tokarczuk", "To nie Tokarczuka styl."),
                         ("Bohumil Hrabal", "Kniha Hrabala je krásná."), ("Ivo Andrić", "Roman Andrića je dug.")):
        author = {"Viktor Pelevin": "Виктор Пелевин"}.get(author, author)
        assert author_named_apart(author, "Zzz", [line]), line


def test_longer_words_holding_the_name_are_not():
    for author, line in (("Min Lee", "We drove to Leeds."), ("Stephen King", "Kingston at night was cold."),
                         ("Anne Hall", "The hallway was dark.")):
        assert not author_named_apart(author, "Zzz", [line]), line
