"""A review whose headline is its own remark, the book's title quoted in the text right after a noun that names it (the
title, the collection, the novel: "naslov knjige, „T“", "the title of the collection, “T”", "der Titel des Romans –
„T“ –", "le titre du recueil, « T »") and its author called by surname alone as the one who writes ("X piše …", "X
writes …", "X schreibt …"): booklonewriter.titled_writer. Written for the holdout69 round in our own words; near
misses: a word's quote, two titled spans, a writer named in full (other rules read it), a character who writes and whom
the title names, a headline the text names."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.booklonewriter import titled_writer


def test_titled_span_and_lone_writer_in_several_languages():
    for text, language, found in (
        ("Carvalho writes with restraint.\nThe title of the collection, “Small Hours”, makes sense only at the end.",
         "en", ("Small Hours", "Carvalho")),
        ("Brandauer schreibt knapp und genau.\nDer Titel des Romans – „Stille Wasser“ – klingt harmlos.", "de",
         ("Stille Wasser", "Brandauer")),
        ("Wiśniewska pisze cicho, bez patosu.\nTytuł zbioru – „Nocne ptaki” – nabiera sensu na końcu.", "pl",
         ("Nocne ptaki", "Wiśniewska")),
        ("Morvan écrit sans hausser la voix.\nLe titre du recueil, « Les Heures blanches », se comprend à la fin.",
         "fr", ("Les Heures blanches", "Morvan")),
    ):
        assert titled_writer(Context(text, (), language), "A remark of the paper's own") == found, text


def test_near_misses():
    # a word's quote, not a title
    assert titled_writer(Context("Brandauer schreibt knapp.\nDas Wort „Heimat“ fällt oft.", (), "de"), "Heimweh") is None
    # two titled spans: which one, no telling
    assert titled_writer(Context("Carvalho writes well.\nThe collection “Small Hours” and the novel “Late Light”.", (),
                                 "en"), "Remarks") is None
    # the writer named in full: left to the rules that read full names
    assert titled_writer(Context("Anna Carvalho writes well.\nThe title of the collection, “Small Hours”, fits.", (),
                                 "en"), "Remarks") is None
    # a character who writes, named by the title
    assert titled_writer(Context("Tomás writes to his mother.\nThe novel “Letters for Tomás” is short.", (), "en"),
                         "Remarks") is None
    # the headline named in the text: the headline names the book
    assert titled_writer(Context("Carvalho writes well.\nThe collection, “Small Hours”, fits. Quiet rooms.", (), "en"),
                         "Quiet rooms") is None


def test_extract_page_reads_the_titled_span():
    html = """<html lang="hr"><head><title>Otok na kojem nitko ne ostaje | Knjižni kutak</title></head><body><main>
<article><h1 class="post__title">Otok na kojem nitko ne ostaje</h1><div class="post__body">
<p>Priče ove knjige događaju se na malom otoku, gdje zimi ostane samo nekoliko staraca i jedan učitelj. Ljeti dolaze
turisti, a s njima i stari sukobi koje nitko ne spominje naglas.</p>
<p>Perković piše suho i točno. Ne objašnjava previše, pušta da šutnja između likova kaže ono što oni ne mogu, i baš
zato neke scene bole jače nego što bi smjele.</p>
<p>Nisu sve priče jednako dobre; dvije pri kraju djeluju kao skice koje su trebale još jednu zimu. Ali cjelina ima
glas koji se pamti, i more koje nije razglednica nego prijetnja.</p>
<p>Zašto knjiga nosi naslov „Zimski red vožnje“, otkriva posljednja priča; ovdje to ostavljam čitatelju.</p>
<p>Najviše mi se svidjela priča o ženi koja svake večeri čeka trajekt koji više ne vozi. U njoj nema ničega
suvišnog: jedna luka, jedan kaput, jedno svjetlo na kraju mola, i cijeli život stane u desetak stranica.</p>
<p>Preporučujem svima koji vole kratke priče i otoke bez sunca.</p>
<p>Ocjena: četiri od pet</p>
</div></article></main></body></html>"""
    record = extract_page(html, "https://kutak.example.hr/otok-na-kojem-nitko-ne-ostaje")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Zimski red vožnje", "Perković")
