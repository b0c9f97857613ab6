"""A free-copy note in a Slavic language that names the desk (or the writer) as the one the house gave the copy to
(notedesk, through notegift.edge_gift): uk, ru, hr, sr, sl, pl, cs, sk, bg; with near misses."""

from scraper.extract.notedesk import desk_copy
from scraper.extract.notegift import edge_gift


def _at_end(note):
    return edge_gift(note, 7, 8)


def test_desk_as_receiver():
    assert _at_end("Видавництво передало редакції примірник роману для огляду.")  # uk
    assert _at_end("Экземпляр повести редакции прислало издательство «Северный ветер».")  # ru
    assert _at_end("Knjigu je našoj redakciji ustupio nakladnik Sjever.")  # hr
    assert _at_end("Izdavač je redakciji poslao primerak knjige.")  # sr
    assert _at_end("Recenzijski izvod je uredništvu odstopila založba Modra hiša.")  # sl
    assert _at_end("Egzemplarz książki przekazało redakcji wydawnictwo Las.")  # pl
    assert _at_end("Knihu redakci věnovalo nakladatelství Pod Lípou.")  # cs
    assert _at_end("Výtlačok knihy redakcii poskytlo vydavateľstvo Breh.")  # sk
    assert _at_end("Издателството предостави на редакцията екземпляр от книгата.")  # bg


def test_writer_or_review_as_receiver():
    assert _at_end("Примірник для рецензії мені надіслало видавництво.")  # uk
    assert _at_end("Nakladnik mi je poklonio primjerak za recenziju.")  # hr
    assert _at_end("Wydawnictwo przesłało mi książkę do recenzji.")  # pl


def test_near_misses():
    # no copy: a press release, the rights, a catalogue
    assert not desk_copy("Nakladnik je redakciji poslao priopćenje o novom izdanju.")
    assert not desk_copy("Wydawnictwo przekazało prawa do ekranizacji studiu z Łodzi.")
    # no desk and no writer: readers, bookshops
    assert not desk_copy("Издательство подарило читателям скидку на книгу.")
    assert not desk_copy("Видавництво надіслало книжки до бібліотек області.")
    # the house as the one given to (the dative), not the giver
    assert not desk_copy("Rukopis smo mi poslali nakladniku još prošle zime.")
    # the copy in another clause than the giving: got a form from the house, bought the book
    assert not desk_copy("Redakciji je nakladnik poslao upitnik, a knjigu smo kupili sami.")
    # the giving denied
    assert not desk_copy("Nakladnik nije ustupio primjerak redakciji, knjigu smo kupili.")
    assert not desk_copy("Издательство не предоставило редакции экземпляр.")
    # the house named only as a record line
    assert not _at_end("Nakladnik: Sjever, 2024, 180 str.")
    # in the middle of the review, not at its edge
    assert not edge_gift("Knjigu je našoj redakciji ustupio nakladnik Sjever.", 3, 9)
