"""Who wrote the book, as the rescue's Latin/Cyrillic writer reads it (bookrescueauthor): a name set after a
preposition of place is a place, never the writer; the post's deck or description names the writer in full whom the
prose calls by surname; a name that runs on into the title is its writer's; a name with its particle ("Lucia di Sarno")
opening a sentence is no noun and its genitive. Near misses: the same words as a person's ("in A's novel",
"a nod to A"), a character the prose itself names in full, a surname said once, a comma between the name and the title.

Every line here is invented for these tests (invented books, people and places, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Book, Context
from scraper.extract.bookrescue import Page, rescue


def _author(headline, lines, title, language="en", description=None, jsonld=()):
    extra = {"description": description} if description else {}
    page = Page(headline, lines, context=Context("\n".join(lines), ("Quill Reader",), language), jsonld=list(jsonld),
                **extra)
    book = rescue(Book(title, None, source="body"), page)
    return book.author if book else None


# -- a place -----------------------------------------------------------------------------------------------------------

def test_a_place_after_a_preposition_of_place_is_no_writer():
    es = ["Hay libros que todos citan y pocos leen, y Sal de invierno era uno de ellos hasta que viajé hacia Puerto "
          "Lomas con una edición vieja en la maleta.", "La novela avanza despacio y el final sorprende."]
    assert _author("Sal de invierno, cincuenta años después", es, "Sal de invierno", "es") is None
    pl = ["Długo odkładałam tę książkę, aż w końcu przeczytałam Zimową sól w Nowym Targu podczas deszczowego "
          "tygodnia w górach.", "Powieść jest powolna, ale zakończenie zaskakuje."]
    assert _author("Zimowa sól, pół wieku później", pl, "Zimowa sól", "pl") is None
    ru = ["Есть книги, которые все цитируют и никто не читает, и Зимнюю соль я прочла только в Нижнем Лоске "
          "прошлой осенью, в дождливую неделю.", "Роман медленный, но финал удивляет."]
    assert _author("Зимняя соль, полвека спустя", ru, "Зимняя соль", "ru") is None
    # English, a caption's place, the writer in it too
    en = ["Rice fields near Kota Lamun, where Lin Ke Han sets The Tin Orchard. Photo mine.",
          "The novel is slow and the ending lands hard."]
    assert _author("A valley, and what it keeps", en, "The Tin Orchard") == "Lin Ke Han"


def test_a_person_after_the_same_words_stays_a_person():
    # "in A's novel": the possessive makes it the person's work
    en = ["I first met grief as a subject in Mira Castellan's novel, long before I knew what the word held for me "
          "and for everyone I loved.", "Castellan writes slowly. Castellan never hurries a scene."]
    assert _author("The Salt Ledger, ten years on", en, "The Salt Ledger") == "Mira Castellan"
    # "a nod to A": not a preposition of place
    en2 = ["The book is a long nod to Mira Castellan and her patient way with small towns and their quiet people.",
           "Castellan writes slowly. Castellan never hurries a scene."]
    assert _author("The Salt Ledger, ten years on", en2, "The Salt Ledger") == "Mira Castellan"


# -- the deck ----------------------------------------------------------------------------------------------------------

def test_the_deck_names_the_writer_the_prose_calls_by_surname():
    lines = ["I reread The Salt Ledger last winter on a train with no heating.",
             "Tobias Wren runs a ferry between two islands and meets a stranger.",
             "Okonjo lets the storm arrive slowly. Later Okonjo turns the whole book around in one page."]
    deck = [{"@type": "NewsArticle", "description": "Adaeze Okonjo's island novel still holds up"}]
    assert _author("The Salt Ledger, ten years on", lines, "The Salt Ledger", jsonld=deck) == "Adaeze Okonjo"
    # a meta description, in Portuguese
    pt = ["Reli O Livro do Sal no inverno passado, num comboio sem aquecimento.",
          "Tobias Wren conduz um barco entre duas ilhas e conhece um estranho.",
          "Okonjo deixa a tempestade chegar devagar. Depois Okonjo vira o livro numa só página."]
    assert _author("O Livro do Sal, dez anos depois", pt, "O Livro do Sal", "pt",
                   description="O romance de Adaeze Okonjo continua de pé") == "Adaeze Okonjo"
    # in German
    de = ["Ich habe Das Salzbuch im letzten Winter im Zug gelesen.",
          "Tobias Wren fährt eine Fähre zwischen zwei Inseln.",
          "Okonjo lässt den Sturm langsam kommen. Später dreht Okonjo das ganze Buch auf einer Seite."]
    assert _author("Das Salzbuch, zehn Jahre später", de, "Das Salzbuch", "de",
                   description="Adaeze Okonjos Inselroman hält stand") != "Tobias Wren"


def test_the_deck_near_misses():
    from scraper.extract.bookrescueauthor import _deck_author

    # the prose names the deck's person in full: a character, read by the scorer as before
    lines = ["I reread The Salt Ledger last winter.", "Tobias Wren runs a ferry. Wren is tired. Wren is kind.",
             "The storm arrives slowly."]
    deck = [{"description": "Tobias Wren's ferry, and the storm"}]
    assert _deck_author(Page("The Salt Ledger, ten years on", lines, jsonld=deck), "The Salt Ledger") is None
    # a surname said once in the prose: not enough
    once = ["I reread The Salt Ledger last winter.", "Okonjo lets the storm arrive slowly.", "The end is good."]
    deck = [{"description": "Adaeze Okonjo's island novel"}]
    assert _author("The Salt Ledger, ten years on", once, "The Salt Ledger", jsonld=deck) is None


# -- a name running on into the title, a particle ----------------------------------------------------------------------

def test_a_name_running_on_into_the_title():
    lines = ["Rice terraces at dawn, where Lin Ke Han sets The Tin Orchard, long before the war came.",
             "Lin never lets the valley forget its dead.", "The prose is careful and the ending is quiet and sad.",
             "I read it over three evenings on the porch, and the last chapters kept me up well past midnight."]
    assert _author("A valley, and what it keeps", lines, "The Tin Orchard") == "Lin Ke Han"
    # a comma between: no run
    lines = ["Rice terraces at dawn, Lin Ke Han, The Tin Orchard, long before the war came.",
             "Lin never lets the valley forget its dead.", "The prose is careful and the ending is quiet and sad.",
             "I read it over three evenings on the porch, and the last chapters kept me up well past midnight."]
    assert _author("A valley, and what it keeps", lines, "The Tin Orchard") is None


def test_a_name_with_its_particle_opening_a_sentence():
    it = ["Ci sono libri che tutti citano e nessuno legge, e Il sale d'inverno era uno di quelli per me fino a "
          "quest'anno.", "Lucia di Sarno lo diede alle stampe nel 1931, e si capisce subito il perché.",
          "La lingua che Sarno inventa è una festa."]
    assert _author("Il sale d'inverno, cento anni dopo", it, "Il sale d'inverno", "it") == "Lucia di Sarno"
    # no particle: two capitalised words opening a sentence may be a noun and its genitive (left as before)
    pl = ["Są książki, które wszyscy cytują, a nikt nie czyta, i Zimowa sól była jedną z nich dla mnie aż do "
          "tego roku.", "Załoga Kondora wypływa w morze, i od razu wiadomo dlaczego.", "Kondora nikt nie szuka."]
    assert _author("Zimowa sól, sto lat później", pl, "Zimowa sól", "pl") is None
