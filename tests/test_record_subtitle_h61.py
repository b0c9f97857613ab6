"""bookheadtail._recorded: a headline's 'T. Subtitle' cut to T where the post's own record line gives T alone."""

from scraper.extract.book import Book
from scraper.extract.bookheadtail import headline_tail


def _title(title, author, text):
    book = headline_tail(Book(title, author), text)
    return book.title if book else None


def test_czech_record_gives_the_title_alone():
    text = ("Kniha o jedné řece a mlýnu.\nNovák píše pomalu.\n"
            "Petr Novák: Tichý mlýn. Argo, Praha 2019, 240 stran.")
    assert _title("Tichý mlýn. Kronika jednoho údolí", "Petr Novák", text) == "Tichý mlýn"


def test_german_record_with_colon_subtitle():
    text = "Ein Buch über den Winter.\nKarla Brand: Der lange Frost. Verlag Nord, Hamburg 2021, 312 Seiten, 24 Euro."
    assert _title("Der lange Frost: Roman einer Insel", "Karla Brand", text) == "Der lange Frost"


def test_polish_record_with_comma():
    text = "Opowieść o latarni.\nAnna Wrona, Ostatnia latarnia, Wydawnictwo Morze 2020, 288 stron."
    assert _title("Ostatnia latarnia. Zapiski znad zatoki", "Anna Wrona", text) == "Ostatnia latarnia"


def test_record_that_runs_on_into_the_subtitle_keeps_it():
    text = "A book about a mill.\nPeter North: The Quiet Mill. A Valley Chronicle. Argo, 2019, 240 pages."
    assert _title("The Quiet Mill. A Valley Chronicle", "Peter North", text) == "The Quiet Mill. A Valley Chronicle"


def test_alternative_title_stays():
    text = "A tale.\nMary Stone: The Tower. Or, The Keeper's Year. Hill Press, 2018, 200 pages."
    assert _title("The Tower. Or the Keeper's Year", "Mary Stone", text) == "The Tower. Or the Keeper's Year"


def test_no_record_line_keeps_the_subtitle():
    text = "Novák píše o mlýnu. Tichý mlýn je kniha o vodě, kterou stojí za to číst."
    assert _title("Tichý mlýn. Kronika jednoho údolí", "Petr Novák", text) == "Tichý mlýn. Kronika jednoho údolí"


def test_record_of_another_author_is_not_read():
    text = "Ein Buch.\nOtto Berg: Der lange Frost. Verlag Nord, 2021, 312 Seiten."
    assert _title("Der lange Frost: Roman einer Insel", "Karla Brand", text) == "Der lange Frost: Roman einer Insel"


def test_text_naming_the_whole_title_keeps_it():
    text = ("Ostatnia latarnia. Zapiski znad zatoki to debiut.\n"
            "Anna Wrona, Ostatnia latarnia, Wydawnictwo Morze 2020, 288 stron.")
    assert _title("Ostatnia latarnia. Zapiski znad zatoki", "Anna Wrona", text) == "Ostatnia latarnia. Zapiski znad zatoki"


def test_sentence_without_a_record_tail_is_no_record():
    text = "Karla Brand: Der lange Frost. So nennt sie ihr Buch, und das passt."
    assert _title("Der lange Frost: Roman einer Insel", "Karla Brand", text) == "Der lange Frost: Roman einer Insel"
