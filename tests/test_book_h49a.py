"""holdout49 (spent), book49a: three ways a post names its book, in our own sentences.

1. a headline opening on a review label with the book noun in it, closed by a stop or a colon ("Knygos recenzija. A,
   „T“: …", "Recenzja książki: …", "Bokrecension: …"): the label is taken off as "Book review:" is (reviewlabel, read
   by book.REVIEW_PREFIX);
2. a Greek woman named in the genitive after "της" ("«T» της Ελένης Παπαδάκη"): her surname as it is, her first name
   back in the nominative (bookgenitive._greek_woman);
3. a Turkic "Name-GEN “T” romanı" said once in the text and once in the headline, and a lone name before "-nin" after
   a high vowel read as ending in -n (bookturkic).
"""

from scraper.extract.book import REVIEW_PREFIX, Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookgenitive import genitive_author
from scraper.extract.bookturkic import turkic_genitive


def test_review_label_with_a_book_noun():
    text = "Žemaitytė rašo trumpais sakiniais. Romanas tylus."
    found = from_title("Knygos recenzija. Austėja Žemaitytė, „Tylus ežeras“: vasara be vėjo | Kultūros lapas",
                       Context(text, ("Kultūros lapas",), "lt"))
    assert (found.title, found.author) == ("Tylus ežeras", "Austėja Žemaitytė")
    for headline, rest in [("Grāmatas recenzija: Anna Liepa, „Ziema“", "Anna Liepa, „Ziema“"),
                           ("Recenzja książki: „Cisza”", "„Cisza”"), ("Bokrecension – Vinterhamnen", "Vinterhamnen"),
                           ("Knižní recenze: Tichý dům", "Tichý dům"), ("Reseña del libro: El faro", "El faro"),
                           ("Rezension: Die Brücke", "Die Brücke")]:
        assert headline[REVIEW_PREFIX.match(headline).end():] == rest


def test_review_label_near_misses():
    # a book noun alone, or a sentence about books: no label
    for headline in ["Knygos ir žmonės: vasaros skaitiniai", "Buch und Film. Zwei Welten", "Bok och vin: en kväll",
                     "Review of the year in books"]:
        match = REVIEW_PREFIX.match(headline)
        assert match is None or not match.group(0).lower().startswith(("knygos", "buch", "bok ")), headline
    # an English "Review T" keeps its old reading
    assert REVIEW_PREFIX.match("Review The Glass Coast").group(0) == "Review "


def _greek(paragraph: str, text: str):
    return genitive_author([paragraph], Context(text, (), "el"), [], "el")


def test_greek_woman_in_the_genitive():
    text = "Η Παπαδάκη γράφει λιτά. Το βιβλίο είναι μικρό."
    assert _greek("«Το σπίτι στη θάλασσα» της Ελένης Παπαδάκη", text) == ("Το σπίτι στη θάλασσα", "Ελένη Παπαδάκη")
    text = "Η Αλεξίου δεν εξηγεί τίποτα. Η Αλεξίου κρατά την ένταση."
    assert _greek("«Νυχτερινό τρένο» της Δέσποινας Αλεξίου", text) == ("Νυχτερινό τρένο", "Δέσποινα Αλεξίου")
    text = "Ξαναδιάβασα τη Ζαχαροπούλου φέτος."
    assert _greek("«Ο κήπος» της Σοφίας Ζαχαροπούλου", text) == ("Ο κήπος", "Σοφία Ζαχαροπούλου")


def test_greek_woman_near_misses():
    # the surname never said on its own: a name in passing, no telling
    assert _greek("«Ο κήπος» της Σοφίας Ζαχαροπούλου", "Το βιβλίο είναι μικρό.") is None
    # a man after "του" keeps his own rules (-ου → -ος only where the page writes the nominative or says "Ο Αλεξίου")
    assert _greek("«Νυχτερινό τρένο» του Νίκου Αλεξίου", "Ο Αλεξίου γράφει λιτά.") == ("Νυχτερινό τρένο", "Νίκος Αλεξίου")


def _turkic(text: str, headline: str | None, language: str = "az"):
    return turkic_genitive(text.split("\n"), Context(text, (), language), headline)


def test_turkic_name_said_in_the_headline_and_the_opening():
    text = ("Aydının “Qış limanı” romanı on il əvvəl çıxıb.\n"
            "Kitab qısadır, bir axşama oxunur.")
    assert _turkic(text, "Aydının “Qış limanı” romanı: yenidən | Qəzet") == ("Qış limanı", "Aydın")
    # a lone name in -in after a high vowel, never written bare: its -n is the stem's
    text = "Ülvinin “Sahil evi” povesti sakit kitabdır.\nKitab qısadır."
    assert _turkic(text, "Ülvinin “Sahil evi” povesti haqqında") == ("Sahil evi", "Ülvin")
    # a surname in -lı with a given name keeps its vowel
    text = "Orxan Qaraxanlının “Dəniz” romanı.\nQaraxanlının dili sadədir."
    assert _turkic(text, None) == ("Dəniz", "Orxan Qaraxanlı")
    # a low vowel ends the name itself
    text = "Zərifənin “Köhnə körpü” povesti kiçikdir.\nKitab sıxdır."
    assert _turkic(text, "Zərifənin “Köhnə körpü” povesti") == ("Köhnə körpü", "Zərifə")


def test_turkic_headline_near_misses():
    text = "Aydının “Qış limanı” romanı on il əvvəl çıxıb.\nKitab qısadır."
    assert _turkic(text, None) is None  # said once, no headline: no telling it is a name
    assert _turkic(text, "Qış limanı: yenidən") is None  # a headline without the genitive
    assert _turkic(text, "Aydının “Başqa kitab” romanı") is None  # another title
    # a word for a writer in the genitive, in the headline and the opening
    text = "Müəllifin “Qış limanı” romanı on il əvvəl çıxıb.\nKitab qısadır."
    assert _turkic(text, "Müəllifin “Qış limanı” romanı: yenidən") is None
    text = "Yazarın “Kış limanı” romanı on yıl önce çıktı.\nKitap kısa."
    assert _turkic(text, "Yazarın “Kış limanı” romanı", "tr") is None
