"""bookcoauthors (rev33e): a credit's last name must end the record; a short "and" only in its own language."""

from scraper.extract.book import Book, Context
from scraper.extract.bookcoauthors import co_authors


def _author(title, author, text, language="en", not_authors=()):
    found = co_authors(Book(title, author, source="title"), text, None, Context(text, not_authors, language))
    return found.author if found else None


def test_still_fires_where_the_names_end_the_record():
    # en (line end), it "e" (a house after a comma), nl "en" (a bracketed year), lv "un" (a full stop)
    assert _author("Grey Harbour", "Nell Avery", "“Grey Harbour” by Nell Avery and Tom Kerr\nAvery and Kerr write "
                   "as one.") == "Nell Avery, Tom Kerr"
    assert _author("Il molo", "Sara Conti", "«Il molo» di Sara Conti e Pietro Galli, Sellerio, 2020. Conti e Galli "
                   "scrivono bene.", "it") == "Sara Conti, Pietro Galli"
    assert _author("De dijk", "Mieke Smit", "„De dijk” van Mieke Smit en Joost Berg (Querido, 2018). Smit en Berg "
                   "schrijven samen.", "nl") == "Mieke Smit, Joost Berg"
    assert _author("Klusā osta", "Inga Ozola", "“Klusā osta” — Inga Ozola un Juris Kalns. Ozola un Kalns raksta "
                   "kopā.", "lv") == "Inga Ozola, Juris Kalns"


def test_a_role_in_brackets_is_no_co_author():
    # en, de, pl: a translator, an illustrator, an editor credited after the author
    assert _author("Cold Water", "Ada Brook", "“Cold Water” by Ada Brook and Owen Hale (translator). Hale has "
                   "rendered Brook well; Hale again.") == "Ada Brook"
    assert _author("Der Hang", "Lotte Brand", "„Der Hang“ von Lotte Brand und Felix Maier (Illustrationen). Maier "
                   "zeichnet, Brand erzählt, Maier malt.", "de") == "Lotte Brand"
    assert _author("Zima", "Olga Nowicka", "„Zima” Olga Nowicka i Piotr Zając (redakcja). Zając poprawił, Nowicka "
                   "napisała, Zając.", "pl") == "Olga Nowicka"


def test_a_sentence_or_an_apposition_after_the_names():
    # en: the names are the story's people; es: a verb with no by-word; fr: an apposition in lower case
    assert _author("Glass Rooms", "Ruth Vale", "In “Glass Rooms”, Ruth Vale and Simon Crane rent a damp house. "
                   "Crane leaves; Crane returns.") == "Ruth Vale"
    assert _author("La sal", "Inés Mora", "En «La sal», Inés Mora y Tomás Rey cruzan el desierto. Rey calla, Rey "
                   "sufre.", "es") == "Inés Mora"
    assert _author("Le quai", "Marie Roux", "« Le quai » de Marie Roux et Henri Blanc, son héros. Blanc hésite, "
                   "Blanc part.", "fr") == "Marie Roux"


def test_a_possessive_and_a_shared_surname():
    assert _author("Low Tide", "Kate Ames", "“Low Tide” by Kate Ames and Jon Pike's radio show were my week. Pike "
                   "talks; Pike laughs.") == "Kate Ames"
    # pt: the author's father shares her surname: her own mentions vouch for nobody else
    assert _author("A serra", "Rita Lobo", "«A serra» de Rita Lobo e Rui Lobo. Lobo escreve sobre a família; Lobo "
                   "sabe.", "pt") == "Rita Lobo"


def test_a_short_word_of_another_language_is_no_and():
    # en "in" (Slovene "and"), es "en" (Dutch "and"), it "a" (Czech "and")
    assert _author("North Road", "Ivy Lane", "I read “North Road” by Ivy Lane in New Haven. Haven is cold; Haven "
                   "again.") == "Ivy Lane"
    assert _author("El río", "Luz Prieto", "«El río» de Luz Prieto en Santa Marta. Marta, Marta.", "es") \
        == "Luz Prieto"
    assert _author("Il fiume", "Anna Greco", "«Il fiume» di Anna Greco a Monte Carlo. Carlo, Carlo.", "it") \
        == "Anna Greco"


def test_the_blogger_is_no_co_author():
    assert _author("Ashes", "Lena Fox", "Lena Fox and Milo Park, “Ashes”. Park loved it. — Milo Park",
                   not_authors=("Milo Park",)) == "Lena Fox"
