"""holdout64 round book reading (all in our own words): a cover caption told as a sentence whose title holds small
lower-case words, an article before the cover word, the page language's own "by" (Tagalog "ni"), an aside after the
name (a comma's remark, a bracketed publisher); and a caption with no cover word under a picture whose file only is
named after the book ("T oleh A, …" under "t.jpg"). Near misses: no cover word and no file named for the title, a
name the text never says again, a portrait's file, a lower-case title."""

from scraper.extract.book import Context
from scraper.extract.bookcover import from_caption


def test_cover_sentence_keeps_a_title_with_small_words():
    tl = Context("Binasa ko ang nobela ngayong buwan. Malinaw ang wika ni Santos at tahimik ang galit niya.", (), "tl")
    caption = "Ang pabalat ng Bahay na Bato sa Tabing Dagat ni Ramon P. Santos, unang limbag noong 1990."
    assert from_caption([(caption, "file: bahay cover")], tl) == ("Bahay na Bato sa Tabing Dagat", "Ramon P. Santos")
    ind = Context("Novel ini pendek tetapi padat. Hartati menulis dengan sabar tentang kampung nelayan.", (), "id")
    caption = "Sampul novel Jejak di Atas Pasir karya Rina Hartati (Penerbit Lentera)."
    assert from_caption([(caption, "file: sampul")], ind) == ("Jejak di Atas Pasir", "Rina Hartati")


def test_cover_sentence_after_an_article_with_an_aside():
    en = Context("A slow novel about a lighthouse keeper. Vale writes the sea better than the people.", (), "en")
    caption = "The cover of Salt and Ember by Corin Vale, reissued in paperback this spring."
    assert from_caption([(caption, "file: salt ember")], en) == ("Salt and Ember", "Corin Vale")
    it = Context("Un romanzo breve e amaro. La Ruggeri non concede nulla al lettore, e fa bene.", (), "it")
    caption = "La copertina di Il giardino delle ombre di Marta Ruggeri (Edizioni Lago)."
    assert from_caption([(caption, "file: giardino")], it) == ("Il giardino delle ombre", "Marta Ruggeri")


def test_cover_sentence_near_misses():
    en = Context("A slow novel about a lighthouse keeper, told without hurry.", (), "en")
    # the name is never said again in the text
    assert from_caption([("The cover of Salt and Ember by Corin Vale, reissued this spring.", "file: salt ember")], en) is None
    # no cover word: a photo of the writer
    assert from_caption([("The writer Corin Vale at a reading in Leeds, 2019.", "file: reading")], en) is None
    # a lower-case title after the cover word
    assert from_caption([("The cover of the new edition by the house, reissued.", "file: x")], en) is None


def test_file_named_caption():
    ms = Context("Hamidah menulis tentang pelabuhan kecil. Novel ini perlahan tetapi jujur.", (), "ms")
    caption = "Angin Dari Selatan oleh Hamidah Yusof, cetakan kedua."
    assert from_caption([(caption, "file: angin dari selatan")], ms) == ("Angin Dari Selatan", "Hamidah Yusof")
    # the file names the title beside a cover word and a size
    cy = Context("Nofel dawel am fferm ar y mynydd. Mae Prys yn ysgrifennu'n dyner.", (), "cy")
    caption = "Tir y Mynydd gan Elin Prys, argraffiad newydd."
    assert from_caption([(caption, "file: tir y mynydd clawr 800x600")], cy) == ("Tir y Mynydd", "Elin Prys")


def test_file_named_caption_near_misses():
    ms = Context("Hamidah menulis tentang pelabuhan kecil. Novel ini perlahan tetapi jujur.", (), "ms")
    # a painting's caption under a file named for an exhibition, not the words before "oleh"
    assert from_caption([("Senja di Pelabuhan oleh Hamidah Yusof, cat minyak.", "file: pameran 2024")], ms) is None
    # a portrait's file named after the person
    assert from_caption([("Hamidah Yusof oleh Ali Rahman, di studionya.", "file: hamidah yusof")], ms) is None
    # the picture has an alt text of its own: not this rule's
    assert from_caption([("Angin Dari Selatan oleh Hamidah Yusof, cetakan kedua.", "Hamidah di rumahnya")], ms) is None
    # the name's words are said only in the caption
    other = Context("Sebuah novel tentang pelabuhan kecil, perlahan tetapi jujur.", (), "ms")
    assert from_caption([("Angin Dari Selatan oleh Hamidah Yusof, cetakan kedua.", "file: angin dari selatan")], other) is None


# --- a record line whose title holds a comma (bookdescribedrecord) ----------------------------------------------------

from scraper.extract.bookbiblio import from_bibliography  # noqa: E402


def test_record_title_with_its_own_comma():
    sr = Context("Knjiga o ocu i sinu. Pavlović piše sporo, sa mnogo detalja, i to je dobro.", (), "sr")
    line = "Milena Pavlović, Kuća, prah, Laguna, Beograd, 2011, 240 str."
    assert from_bibliography(["Uvod u tekst.", line], sr) == ("Kuća, prah", "Milena Pavlović")
    pl = Context("Krótka książka o morzu. Nowak pisze oszczędnie i chłodno.", (), "pl")
    line = "Ewa Nowak, Sól, wiatr, Znak, Kraków, 2019, 180 s."
    assert from_bibliography(["Wstęp.", line], pl) == ("Sól, wiatr", "Ewa Nowak")


def test_record_kind_word_after_title_stays_a_description():
    hr = Context("Zbirka o otoku. Horvat piše toplo i bez žurbe.", (), "hr")
    line = "Ana Horvat, Otok, priče, Fraktura, Zagreb, 2020, 210 str."
    assert from_bibliography(["Uvod.", line], hr) == ("Otok", "Ana Horvat")
    en = Context("A short book about the coast. Marlow writes plainly.", (), "en")
    line = "Ines Marlow, The Glass Road, stories, Harbour Books, 2021, 180 pages"
    assert from_bibliography(["Intro.", line], en) == ("The Glass Road", "Ines Marlow")
    # no pages, price or ISBN: a signature's shape, left as before
    de = Context("Ein Buch über den Fluss. Weber schreibt knapp.", (), "de")
    assert from_bibliography(["Einleitung.", "Jana Weber, Hamburg, morgens, im März 2024"], de) != ("Hamburg, morgens", "Jana Weber")


# --- a bare title over two rows, the author's and the publisher's, closing the post (bookfirstrow.headed_rows) -------

from scraper.extract.booklabelfields import field_pairs, labelled_fields  # noqa: E402


def test_title_over_author_and_publisher_rows():
    # (the head line over two rows only is vouched for, mend24a: named in the text above; or set apart, bold, in the page)
    for lines, book in [
        (["En lang anmeldelse af Vintersøen.", "Vintersøen", "Forfatter: Karen Holm", "Forlag: Lindhardt"], ("Vintersøen", "Karen Holm")),
        (["Dlouhá recenze knihy Zimní jezero.", "Zimní jezero", "Autor: Jana Novotná", "Nakladatel: Argo"], ("Zimní jezero", "Jana Novotná")),
        (["Μια μεγάλη κριτική για Η χειμωνιάτικη λίμνη.", "Η χειμωνιάτικη λίμνη", "Συγγραφέας: Ελένη Παππά", "Εκδότης: Πόλις"], ("Η χειμωνιάτικη λίμνη", "Ελένη Παππά")),
    ]:
        assert labelled_fields(field_pairs(lines, None)) == book, lines


def test_two_rows_near_misses():
    # the other row is no record's fact: a post's byline box ("Category")
    lines = ["A long post.", "Weekend notes", "Author: Karen Holm", "Category: Books"]
    assert labelled_fields(field_pairs(lines, None))[0] is None
    # the box does not close the post's lines: text runs on after it
    lines = ["Intro.", "Vintersøen", "Forfatter: Karen Holm", "Forlag: Lindhardt", "Og så skrev hun videre om søen."]
    assert labelled_fields(field_pairs(lines, None))[0] is None
