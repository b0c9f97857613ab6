"""A post headed by a quoted title is about that title: another title its text names alone is no book of its own
(bookpagetitles.quotes_other, used by bookbody's last fallback, bookB13); near misses: a headline without quotes, the
same title declined or cut, a headline quoting it."""

from scraper.extract.bookpagetitles import quotes_other


def test_headline_quoting_another_title():
    assert quotes_other("Зона как задание: перечитываю «Тихий берег»", "Сталкера")
    assert quotes_other("Rereading “The Salt Road” twenty years on", "Solaris")
    assert quotes_other("Wieder gelesen: „Der stille Hof“", "Die Wand")


def test_near_misses():
    assert not quotes_other("Rereading The Salt Road", "Solaris")  # no quotes: nothing said
    assert not quotes_other("Rereading “The Salt Road” twenty years on", "The Salt Road")
    assert not quotes_other("Перечитываю «Тихий берег» Громова", "Тихий берег")
    assert not quotes_other("«Тихий берег»: заметки", "Тихий")  # (a part of the quoted title)
    assert not quotes_other(None, "Solaris")
