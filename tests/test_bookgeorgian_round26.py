"""georgian_genitive: the quoted title said once, in the opening "A-ის „T“", is the book when the text names its author
again (the surname in any case ending: "-ის", "-მა", "-ს", bare); said once and its owner never again, it is someone's
words. Our own Georgian sentences, surnames in -ძე, -შვილი and -ია (the rule reads Georgian's genitive only)."""

from scraper.extract.book import Context
from scraper.extract.bookgeorgian import georgian_genitive


def _book(headline: str, text: str):
    lines = text.split("\n")
    return georgian_genitive(headline, lines, Context(text))


def test_the_author_named_again_in_another_case():
    text = ("ლევან ხურციძის „ზღვის ფანჯარა“ ზაფხულში წავიკითხე.\n"
            "ხურციძემ ამჯერად ქალაქზე კი არა, სოფელზე დაწერა, და ეს ეტყობა ენას.")
    assert _book("ზაფხულის კითხვა", text) == ("ზღვის ფანჯარა", "ლევან ხურციძე")
    text = ("თამარ ბერიაშვილის „ცისფერი კიბე“ პატარა წიგნია.\n"
            "ბერიაშვილის ენა მარტივია, მაგრამ ყოველი წინადადება ზუსტად არის ნათქვამი.")
    assert _book("მოკლე რომანი დიდი სითბოთი", text) == ("ცისფერი კიბე", "თამარ ბერიაშვილი")
    text = ("დავით ქავთარაიას „ნისლის სახლი“ ნელა იკითხება.\n"
            "ქავთარაია აღწერებს არ ზოგავს, და ეს ზოგჯერ ამბავს აფერხებს.")
    assert _book("ნელი კითხვა", text) == ("ნისლის სახლი", "დავით ქავთარაია")


def test_near_misses():
    # the owner never named again, the title said once: a quotation, not the book
    text = "ლევან ხურციძის „ზღვის ფანჯარა“ ყველამ ვიცით. დღეს სხვა წიგნზე ვწერ, რომელიც სულ სხვანაირია."
    assert _book("ზაფხულის კითხვა", text) is None
    # a word that only begins like the surname is no second naming of it ("ბერიაშვილიანი" is longer than a case ending)
    text = "თამარ ბერიაშვილის „ცისფერი კიბე“ პატარა წიგნია.\nსოფელი ბერიაშვილიანებით იყო სავსე."
    assert _book("მოკლე რომანი", text) is None
    # two owners, each named again: no telling which book is reviewed
    text = ("ლევან ხურციძის „ზღვის ფანჯარა“ და თამარ ბერიაშვილის „ცისფერი კიბე“ ერთად წავიკითხე.\n"
            "ხურციძემ უფრო მოკლედ დაწერა, ბერიაშვილმა კი უფრო თბილად.")
    assert _book("ორი წიგნი", text) is None
