"""booklabelfields.labelled_fields: an author label whose value goes on from the name with its writer's role in lower case
("Автор: A, ведущий библиотекарь", "Autora: A, bibliotecaria del centro") is a post's signature, no book's author, where
no title label stands beside it; a record's author with a title label, or a credit after the name, stays (our lines)."""

from scraper.extract.booklabelfields import labelled_fields


def test_a_signature_with_a_role_is_no_author():
    assert labelled_fields([("Рубрика", "Полка"), ("Автор", "Анна Петрова, ведущий библиотекарь ЦРБ")]) == (None, None)
    assert labelled_fields([("Autora", "Marta Sousa, bibliotecaria del centro")]) == (None, None)


def test_near_misses():
    # a title label beside it: the book's record
    assert labelled_fields([("Название", "Тихий двор"), ("Автор", "Анна Петрова, лауреат премии")]) == ("Тихий двор", "Анна Петрова")
    # a credit after the name, with a capital: kept
    assert labelled_fields([("Author", "Jane Doe, translated by Ann Lee")]) == (None, "Jane Doe")
    # a bare name
    assert labelled_fields([("Autora", "Marta Sousa")]) == (None, "Marta Sousa")
