"""The book's title and author on pages the bookeng5 round read (round of 6–7 Dec 2026, night):

- a diary's sentence that drops its subject, "Finished A's *T* …": the verb is no given name (booksentenceopener);
- a headline's title that is a list of capitalised names, "X, Y and Z – a subtitle": the whole list, not its first
  item (bookenumerated.capital_list);
- "Series, tome 1" with no volume title of its own: the series' name (bookvolume), never a part's number;
- "T – A and B" whose text credits B with the drawings: the writer alone (bookartist).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookenumerated import capital_list
from scraper.extract.bookvolume import volume_title
from scraper.extract.booksentenceopener import without_opener

_URL = "https://notes.example.org/2026/12/03/post.html"


def _page(headline: str, body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_DIARY = ("<p>Finished Marta Okonkwo's <em>The Quarry Bell</em> on the train home. A boy apprenticed to a stonecutter "
          "in a valley town hears a bell ring under the hill every winter night, and no one else does.</p>"
          "<p>Okonkwo builds the town slowly: the chapel, the pub, the quarry owner's wife who keeps bees. The last "
          "part hurries, but the bell scenes are eerie and lovely, and I read the final chapter twice.</p>"
          "<p>The quarry owner's wife is the best character in it, sharp and kind at once, and I wanted a whole book "
          "about her and her hives. The boy's mother, who never believes him, is drawn with real sympathy too, and the "
          "chapter where the two of them climb the hill in the snow is the finest thing Okonkwo has written.</p>"
          "<p>Rating: 4/5. Borrowing her first novel from the library next week.</p>")


def test_a_diary_verb_is_no_part_of_the_author():
    record = extract_page(_page("Tuesday", _DIARY), _URL)
    assert (record.book_title, record.book_author) == ("The Quarry Bell", "Marta Okonkwo")


def test_a_given_name_opening_the_sentence_stays():
    body = _DIARY.replace("Finished Marta Okonkwo's", "Alfred Marta Okonkwo's")
    assert without_opener("Alfred Marta Okonkwo", body) == "Alfred Marta Okonkwo"
    # (a verb the text never uses and no reading verb: kept as the name's first word)
    assert without_opener("Winifred Ada Berg", "Winifred Ada Berg's novel") == "Winifred Ada Berg"


def test_finished_before_a_set_off_title_keeps_the_title():
    body = _DIARY.replace("Finished Marta Okonkwo's <em>The Quarry Bell</em>",
                          "Finished <em>The Quarry Bell</em> by Marta Okonkwo")
    record = extract_page(_page("Tuesday", body), _URL)
    assert (record.book_title, record.book_author) == ("The Quarry Bell", "Marta Okonkwo")


def test_a_title_that_is_a_list_of_names_is_whole():
    assert capital_list("Fuchs, Mond und Laterne – ein Bilderbuch über das Warten") == "Fuchs, Mond und Laterne"
    assert capital_list("Salt, Smoke, and Honey: a kitchen memoir") == "Salt, Smoke, and Honey"


def test_a_listing_headline_or_a_title_and_its_author_is_no_list():
    assert capital_list("A wet March, a castle, and four women – notes") is None  # (lower-case items)
    assert capital_list("Gardens of Iron, Ada Berg – review") is None  # (no "and": a title and its author)
    assert capital_list("Hamnet, grief and me – a reading") is None


def test_a_listed_title_headline_gives_the_whole_title():
    body = ("<p>Ein Fuchs sitzt jede Nacht am Fenster und wartet. Der Mond schaut zu, und die Laterne unten an der "
            "Straße flackert. Das Buch von Jana Roth ist still und klug, mit fast leeren Seiten.</p>"
            "<p>Roth erklärt nichts, und genau das hat bei uns funktioniert. Der Fuchs bleibt, der Fuchs wartet, "
            "und das Kind fragt weiter. Für uns war es das richtige Buch zur richtigen Zeit.</p>"
            "<p>Die Bilder sind fast leer, viel weißes Papier und wenige Farben, und der Fuchs wirkt mit seinen "
            "dünnen Beinen verletzlich, ohne dass es kitschig wird. Der Schluss ist still und sehr direkt.</p>"
            "<p><strong>Unsere Wertung:</strong> 5 von 5 Sternen</p>")
    record = extract_page(_page("Fuchs, Mond und Laterne – ein Bilderbuch über das Warten", body, "de"),
                          "https://lesen.example.de/2026/12/fuchs-mond-und-laterne/")
    assert record.book_title == "Fuchs, Mond und Laterne"


def test_a_volume_with_no_title_of_its_own_is_its_series():
    assert volume_title("Les Rues de Treichville, tome 1") == "Les Rues de Treichville"
    assert volume_title("Die Salzchroniken, Band 2") == "Die Salzchroniken"


def test_a_part_number_or_a_number_in_the_name_stays():
    assert volume_title("Henry IV, Part 1") == "Henry IV, Part 1"
    assert volume_title("Faust, Teil 2") == "Faust, Teil 2"
    assert volume_title("Catch-22") == "Catch-22"
    assert volume_title("Book 1") == "Book 1"


_ALBUM = ("<p>Treichville, années quatre-vingt. Awa, seize ans, veut devenir pilote, et sa bande rit d'elle. Son père "
          "tient un garage et sa mère vend des beignets au coin de la rue.</p>"
          "<p>Fatou Diallo raconte son quartier avec humour, surtout dans les dialogues. Le dessin de Paul Meyer, en "
          "couleurs chaudes, donne aux rues une vraie lumière de fin d'après-midi.</p>"
          "<p><strong>Scénario :</strong> Fatou Diallo · <strong>Dessin :</strong> Paul Meyer · Éditions du Quai</p>"
          "<p>Ma note : 15/20</p>")


def test_the_artist_of_an_album_is_no_author():
    record = extract_page(_page("Les Rues de Treichville, tome 1 – Fatou Diallo et Paul Meyer", _ALBUM, "fr"),
                          "https://bulles.example.fr/2026/12/les-rues-de-treichville.html")
    assert (record.book_title, record.book_author) == ("Les Rues de Treichville", "Fatou Diallo")


def test_two_writers_or_an_author_illustrator_stay():
    from scraper.extract.book import Book
    from scraper.extract.bookartist import without_artist
    two = Book("Les Rues", "Fatou Diallo et Paul Meyer")
    assert without_artist(two, "Fatou Diallo et Paul Meyer écrivent à quatre mains. Diallo, Meyer.").author == \
        "Fatou Diallo et Paul Meyer"
    # (the first-named drew too: an author-illustrator and a co-writer, both kept)
    assert without_artist(two, "Dessin : Fatou Diallo. Texte : Paul Meyer.").author == "Fatou Diallo et Paul Meyer"
    # (a drawing the text names of another person altogether)
    assert without_artist(two, "Le dessin de Léa Roy en couverture.").author == "Fatou Diallo et Paul Meyer"


# --- a series' name in the headline (bookseriesname) -------------------------------------------------------------------
_SERIES_BODY = ("<p>For years a friend has told me to read Ada Morrow, and for years I said the first Tidewater book looked "
                "like homework. This month, with a long weekend and nothing else packed, I finally opened "
                "<em>The Drowned Bell</em>.</p>"
                "<p>The first hundred pages are hard going: no map that helps, gods and sailors named in passing as if "
                "you should know them already. Morrow throws you into a siege and trusts you to keep up.</p>"
                "<p>Then the smugglers arrive in the harbour town and it turns into a heist, a political thriller and "
                "a ghost story at once. The ending is a glorious mess and I did not mind at all.</p>"
                "<p><strong>My score:</strong> 8/10</p>")


def test_a_series_named_only_before_book_is_no_title():
    from scraper.extract.bookseriesname import series_name
    assert series_name("Tidewater", "the first Tidewater book looked like homework")
    record = extract_page(_page("Tidewater, at last", _SERIES_BODY), "https://reads.example.com/2026/12/drowned-bell.html")
    assert record.book_title == "The Drowned Bell"


def test_a_title_the_text_names_on_its_own_stays():
    from scraper.extract.bookseriesname import series_name
    # (named before "book" once, and on its own too: the book's title)
    assert not series_name("Tidewater", "the Tidewater book. Tidewater is the best thing she wrote.")
    assert not series_name("Tidewater", "nothing names it here")  # (never named)
    assert not series_name("the tidewater", "the tidewater book")  # (no capitals: no name)


def test_a_headline_naming_series_and_book_gives_the_book():
    record = extract_page(_page("Tidewater: The Drowned Bell", _SERIES_BODY), "https://reads.example.com/2026/12/drowned-bell.html")
    assert record.book_title == "The Drowned Bell"


# --- a record line "T, A (note)" opening a body written in lower case (bookopeningheading.opening_line) ---------------
_LOWER = ("<p>The Salt Crown, Ines Marlow (Harbour Books paperback, much loved)</p>"
          "<p>finally read the one everyone has been shouting about for years and. yes. okay. you were right.</p>"
          "<p>tomas is a tired ex-sailor who comes home and asks for work in the kitchens of the castle where he "
          "was a page. instead he becomes tutor to the heir's sister, and walks into a court rotting from inside.</p>"
          "<p>marlow writes politics like a chess game. the middle third has a ritual I read at 2am and then had to "
          "go and make toast. the romance arrives late and a bit tidy. but this is my comfort fantasy now.</p>"
          "<p>the humour!! tomas's inner voice is so dry, and the five gods feel like they matter to the plot, which "
          "almost never happens. a man with every reason to be bitter choosing again and again to be kind. "
          "starting the sequel tonight, and I will report back when I have finished it.</p>")


def test_a_record_line_with_its_copy_note_names_the_book():
    record = extract_page(_page("the tutor who came home", _LOWER), "https://helm.example.com/post/1/the-tutor")
    assert (record.book_title, record.book_author) == ("The Salt Crown", "Ines Marlow")


def test_a_sentence_with_a_comma_and_a_bracket_is_no_record():
    from scraper.extract.book import Context
    from scraper.extract.bookopeningheading import opening_line
    text = "Yesterday, Ines Marlow (at the fair) signed books. marlow was kind."
    assert opening_line(["Yesterday, Ines Marlow (at the fair) signed books."], Context(text)) is None
    # (a capitalised page, the surname never named alone: no vouching)
    text = "The Salt Crown, Ines Marlow (Harbour paperback)\nA fine book. The Ines Marlow page."
    assert opening_line(text.split("\n"), Context(text)) is None


# --- a closing record "A, T, House, Year ; Reissue." under an essay's own headline (bookcandidates._credited_title) ----
_ESSAY = ("<p>Il y a des livres qu'on croit connaître parce qu'on les a eus au programme. Celui-ci, je l'avais survolé "
          "au lycée sans rien y comprendre, et je l'ai repris cet hiver en trois soirées de neige.</p>"
          "<p>Un vieil homme se penche sur son enfance au bord d'un fleuve, entre un père absent et une grand-mère "
          "qui parle aux oiseaux. Une seconde voix le reprend sans cesse, doute de ses jolis souvenirs.</p>"
          "<p>Lemaire ne raconte pas, elle guette : un mot, une couleur, une odeur de pain, et tout remonte. Il faut "
          "accepter la lenteur et l'absence d'intrigue, mais la fin m'a laissée sans voix.</p>"
          "<p>En le refermant, j'ai eu envie d'appeler ma propre grand-mère pour vérifier un souvenir de rivière. Je "
          "ne l'ai pas fait. La seconde voix m'en a dissuadée, et c'est peut-être la plus belle chose que ce livre "
          "m'ait apprise : douter des souvenirs trop jolis, les tenir à distance, les aimer quand même.</p>"
          "<p><em>Odile Lemaire, {title}, {house}, 1979{tail}.</em></p>")


def _essay(tail: str, house: str = "Gallimard") -> str:
    return _page("Se souvenir à voix basse", _ESSAY.format(title="Le Fleuve", house=house, tail=tail), "fr")


def test_a_record_with_a_reissue_after_its_year_names_the_book():
    record = extract_page(_essay(" ; Folio"), "https://cahier.example.fr/archives/2026/11/26/4021.html")
    assert (record.book_title, record.book_author) == ("Le Fleuve", "Odile Lemaire")


def test_a_record_without_details_or_a_lower_case_remark_is_not_read_so():
    for tail in ("", " ; relu en 2026"):
        record = extract_page(_essay(tail), "https://cahier.example.fr/archives/2026/11/26/4021.html")
        assert record.book_title != "Le Fleuve", tail


# --- a closing record behind a bold label, "<b>Book details:</b> A, <em>T</em>, House, 32 pages" (bookmarkedrecord) ---
_STORY = ("<p>Every Saturday a volunteer chooses one book for the under-fives in the reading room, and this month it was "
          "my turn to write up the winner. It was not close at all.</p>"
          "<p>Tumi carries a pot of honey up the hill to her grandmother, and one by one the bees, a goat, a crow and "
          "a tortoise sneak a taste behind her back. Tumi never notices. The children always do, and by the second "
          "reading they were shouting each animal's name before I turned the page.</p>"
          "<p>Ndlovu's pictures are warm and generous, the hill painted in ochres and greens, and the joke works for "
          "toddlers as well as for the big sisters who came along to help. It is also a sneaky counting book.</p>"
          "<p>{record}</p><p><strong>Storytime score:</strong> 5 out of 5</p>")


def test_a_labelled_closing_record_names_the_book():
    body = _STORY.format(record="<strong>Book details:</strong> Ayanda Ndlovu, <em>Tumi's Honey</em>, Kite Books, 32 pages.")
    record = extract_page(_page("Storytime pick: a pot full of honey", body), "https://friends.example.org/news/storytime")
    assert (record.book_title, record.book_author) == ("Tumi's Honey", "Ayanda Ndlovu")


def test_a_bold_sentence_opening_the_last_line_is_no_label():
    from scraper.extract.bookmarkedrecord import _unlabelled
    from lxml.html import fragment_fromstring
    block = fragment_fromstring("<p><strong>We loved it.</strong> Ayanda Ndlovu, <em>Tumi's Honey</em>, 32 pages.</p>")
    text = "We loved it. Ayanda Ndlovu, “Tumi's Honey”, 32 pages."
    assert _unlabelled(block, text) == text  # (no colon: a sentence in bold, not a label)
    block = fragment_fromstring("<p>Read on: <strong>Note:</strong> Ayanda Ndlovu, <em>Tumi's Honey</em>.</p>")
    assert _unlabelled(block, "Read on: Note: Ayanda Ndlovu, “Tumi's Honey”.") == "Read on: Note: Ayanda Ndlovu, “Tumi's Honey”."


# --- "A, T (House, Year)." closing the post, a note on the copy after it (bookbracketrecord) --------------------------
_SHELF = ("<p>My grandmother kept this on the shelf beside the cookbooks, and I finally took it down on a hot day in "
          "Broome, which felt like cheating.</p>"
          "<p>The first half is the one everyone forgets: a young nurse marched from village to village because no "
          "camp will take her group. Okafor tells it in plain sentences, and the plainness makes the deaths land.</p>"
          "<p>The second half is a different book, a fantasy of a town built from nothing, with a well and a "
          "bakery and a cinema, and it is blind to the people who were there first. I winced more than once.</p>"
          "<p>Still, Okafor can tell a story, and I read the first half twice in a week.</p>"
          "<p><em>{record}</em></p>")


def test_a_bracketed_imprint_sets_the_title_apart():
    body = _SHELF.format(record="Chidi Okafor, The Long Road North (Harbour House, 1958). My copy: a 1970 paperback.")
    record = extract_page(_page("A well and a cinema", body), "https://margins.example.au/posts/2026/12/a-well/")
    assert (record.book_title, record.book_author) == ("The Long Road North", "Chidi Okafor")


def test_a_bracket_after_a_place_or_a_stranger_is_no_record():
    from scraper.extract.book import Context
    from scraper.extract.bookbracketrecord import bracket_record
    text = "Okafor can tell a story. Okafor again."
    # (the person never called by surname alone: a stranger's line, not the author's record)
    assert bracket_record(["Ada Berg, The Long Road North (Harbour House, 1958)."], Context(text)) is None
    # (a name after the name: two people and a date, no title)
    assert bracket_record(["Chidi Okafor, Ada Berg (Harbour House, 1958)."], Context(text)) is None
