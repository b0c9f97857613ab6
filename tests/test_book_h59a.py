"""holdout59 book59a: three book readings by structure.

- bookleadcaption._quoted_listed (via house_listed): a cover caption "A, “T”, House, pages" — the author first, the
  title in quote marks as its own comma part, a publisher's word in the part after it (Hebrew, Polish, French, Czech).
- bookglued.glued_name (via bookheadline._unmarked): a name with its initials glued on ("Б.Туяа", "J.K.Rowling") before a quoted
  title in a headline ("Б.Туяа “Т”: a remark").
- booklonewriter.quoted_lone (via bookbody.find_book): a headline opening on a quoted title and a remark in lower case,
  the author the one surname the text names twice as the one who wrote or published it, perhaps after a clitic or an
  auxiliary (mk "X го објави", sr "X je objavio", pl "X wydał").
All text here is our own.
"""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookglued import glued_name
from scraper.extract.bookleadcaption import house_listed, lead_caption_book
from scraper.extract.booklonewriter import quoted_lone


# --- captions "A, “T”, House, details" ------------------------------------------------------------------------------

def test_author_first_quoted_title_caption_in_several_languages():
    assert house_listed('דנה כהן, "הגשר על הוואדי", הוצאת עם עובד, 312 עמודים') == ("הגשר על הוואדי", "דנה כהן")
    assert house_listed("Marta Nowicka, „Zimowy port”, Wydawnictwo Literackie, Kraków 2024") == ("Zimowy port", "Marta Nowicka")
    assert house_listed("Claire Vautrin, « Le Jardin d’hiver », Éditions de Minuit, 2023, 190 p.") == ("Le Jardin d’hiver", "Claire Vautrin")
    assert house_listed("Pavel Dvořák, „Tichý dům“, Nakladatelství Host, 256 stran") == ("Tichý dům", "Pavel Dvořák")


def test_quoted_caption_read_as_the_pages_book():
    book = lead_caption_book([('דנה כהן, "הגשר על הוואדי", הוצאת עם עובד, 312 עמודים', "cover.jpg")])
    assert (book.title, book.author) == ("הגשר על הוואדי", "דנה כהן")


def test_quoted_caption_near_misses_left_alone():
    # no publisher's word after the title: a place and a date, a photographer
    assert house_listed("Marta Nowicka, „Zimowy port”, Kraków, 2024") is None
    assert house_listed('דנה כהן, "הגשר על הוואדי", צילום: יוסי לוי') is None
    # a sentence before the quote is no name
    assert house_listed("Wczoraj wieczorem w bibliotece czytano fragmenty, „Zimowy port”, Wydawnictwo Literackie") is None
    # the quote is no comma part of its own (a remark after the name)
    assert house_listed("Marta Nowicka czyta „Zimowy port”, Wydawnictwo Literackie, 2024") is None


# --- glued initials before a quoted title -------------------------------------------------------------------------

def test_glued_name_shape():
    for name in ("Б.Туяа", "Д.Батбаяр", "J.K.Rowling", "А.С.Грин", "A.Qahhor"):
        assert glued_name(name), name
    for text in ("U.S.", "St.Petersburg", "Туяа", "Б.ТУЯА", "www.Example", "E.ON", "Б. Туяа"):
        assert not glued_name(text), text


def test_glued_initial_author_before_quoted_title_headline():
    text = "Б.Туяа “Цагаан уул” номоо өнгөрсөн жил хэвлүүлсэн. Б.Туяа уулын тухай их сайхан бичжээ."
    book = from_title("Б.Туяа “Цагаан уул”: өвлийн тухай нэгэн ном", Context(text, (), "mn"))
    assert (book.title, book.author) == ("Цагаан уул", "Б.Туяа")
    text = "Қ.Сейітов “Ақ дала” романын ертеде жазды. Қ.Сейітов даланы жақсы біледі."
    book = from_title("Қ.Сейітов “Ақ дала”: қайта оқу", Context(text, (), "kk"))
    assert (book.title, book.author) == ("Ақ дала", "Қ.Сейітов")


def test_glued_initial_near_misses():
    # an abbreviation before the quote is no name
    assert from_title("U.S. “Open Skies”: a new policy", Context("The U.S. signed “Open Skies” again.", (), "en")) is None
    # the glued name is never named in the text: nothing vouches for it
    book = from_title("Б.Туяа “Цагаан уул”: өвлийн тухай", Context("Энэ ном уулын тухай.", (), "mn"))
    assert book is None or book.author != "Б.Туяа"


# --- a quoted headline title and the surname who wrote or published it ---------------------------------------------

_MK = ("Кога Петровски го објави овој роман, критиката молчеше. Денес романот се чита поинаку. "
       "Реченицата на Петровски е кратка и сува.")
_SR = ("Kada je Marković objavio ovaj roman, malo ko ga je čitao. Danas je knjiga klasik. "
       "Rečenice koje Marković gradi su kratke.")
_PL = "Nowacki wydał tę powieść dawno temu. Dziś książka brzmi świeżo, a Nowacki wciąż pisze."


def test_quoted_headline_and_surname_who_published_it():
    assert quoted_lone("„Сува река“, триесет години подоцна", Context(_MK, (), "mk")) == ("Сува река", "Петровски")
    assert quoted_lone("„Tiha reka“: ponovo pročitano", Context(_SR, (), "sr")) == ("Tiha reka", "Marković")
    assert quoted_lone("„Szary brzeg”, po latach", Context(_PL, (), "pl")) == ("Szary brzeg", "Nowacki")


def test_quoted_headline_near_misses():
    # the remark after the title starts with a capital: another title, a name, not the paper's remark
    assert quoted_lone("„Сува река“, Петровски и градот", Context(_MK, (), "mk")) is None
    # the headline does not open on a quote
    assert quoted_lone("Триесет години подоцна: „Сува река“", Context(_MK, (), "mk")) is None
    # the surname is named once only
    once = "Кога Петровски го објави овој роман, критиката молчеше. Денес романот се чита поинаку."
    assert quoted_lone("„Сува река“, триесет години подоцна", Context(once, (), "mk")) is None
    # two people publish: no one is the author
    two = _MK + " Кога Илиевски го објави својот роман, сите читаа. Илиевски пишуваше друго."
    assert quoted_lone("„Сува река“, триесет години подоцна", Context(two, (), "mk")) is None
    # no book in the text: a film or a record
    film = "Кога Петровски го објави филмот, публиката молчеше. Денес Петровски снима друго."
    assert quoted_lone("„Сува река“, триесет години подоцна", Context(film, (), "mk")) is None


def test_ordinary_review_in_another_language_left_alone():
    # a Spanish review: a quoted title in the headline, but a publisher (a house with a full name) and no lone writer
    text = ("La editorial Anagrama publicó esta novela en 1998. La novela de Laura Vidal sigue viva; "
            "Vidal escribe con frases largas y Anagrama la reedita ahora.")
    found = quoted_lone("«Las horas quietas», veinte años después", Context(text, (), "es"))
    assert found is None or found[1] != "Anagrama"
