"""Which book a page reviews when its headline does not say, and what kind of page it is, on whole pages.

A book the opening paragraphs mention is the reviewed one when the post comes back to it (names the author
or the title again) or rates it; the reviews below that find their book there do, as reviews do.

Every page here is a small invented post (invented blogs, books and people), in several languages and
engines' markup, written for these tests and not taken from the corpus; each runs through extract_page.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.bookpageclues import Clues
from scraper.extract.bookbody import find_book
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography

URL = "https://quietlamp.example/2025/04/a-post/"

# Review prose that names no book, so that each page's own clue is what is tested (about 130 words).
PROSE = """
<p>The opening chapters move slowly, and I nearly gave up twice before the second part found its rhythm.
Once the two households start writing to each other, the letters carry the story and the pages turn themselves.</p>
<p>What I admired most is the restraint. Nothing is explained twice, the landscape is never decoration, and the
quarrel at the centre is allowed to stay unresolved, which felt honest rather than lazy.</p>
<p>My reservations are small: a subplot about a missing boat leads nowhere, and the last chapter hurries through
a decade in a handful of pages. Still, it is the kind of quiet, careful novel I would press on a friend who
likes long walks and longer letters, and I will be thinking about its final image for a while.</p>
"""


def page(title: str, body: str, head: str = "", body_class: str = "single single-post", lang: str = "en") -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Quiet Lamp</title>
<meta property="og:site_name" content="Quiet Lamp">{head}</head>
<body class="{body_class}"><div id="page"><article class="post">
<h1 class="entry-title">{title}</h1>
<div class="entry-content">{body}</div>
</article></div><footer id="colophon">Quiet Lamp, a reading diary. Powered by a kettle.</footer></body></html>"""


def extract(title: str, body: str, **kwargs):
    return extract_page(page(title, body, **kwargs), URL)


def book_of(record) -> tuple[str | None, str | None]:
    return record.book_title, record.book_author


# -- headlines that name no book: the book is in the body ------------------------------------


def test_german_definition_list_info_box():
    body = PROSE + """<dl class="buchinfo"><dt>Titel</dt><dd>Das Haus am Deich</dd><dt>Autorin</dt><dd>Frauke Brandes</dd>
    <dt>Verlag</dt><dd>Kranich, 2021</dd></dl>"""
    record = extract("Ein Sommer hinter dem Deich", body, lang="de")
    assert record.is_review, record.reason
    assert book_of(record) == ("Das Haus am Deich", "Frauke Brandes")


def test_spanish_table_info_box():
    body = """<table><tr><th>Título</th><td>La casa de los relojes</td></tr><tr><th>Autora</th><td>Marta Olivares</td></tr>
    <tr><th>Páginas</th><td>312</td></tr></table>""" + PROSE
    record = extract("Un verano de relojes parados", body, lang="es")
    assert book_of(record) == ("La casa de los relojes", "Marta Olivares")
    assert record.is_review


def test_italian_label_lines():
    body = "<p><strong>Titolo:</strong> Il giardino di sale</p><p><strong>Autore:</strong> Paolo Venturi</p>" + PROSE
    record = extract("Sale, vento e memoria", body, lang="it")
    assert book_of(record) == ("Il giardino di sale", "Paolo Venturi")


def test_single_book_label_with_title_and_author():
    body = "<p><b>Book:</b> The Cartographer’s Wife, Lena Hoyt (2019)</p>" + PROSE
    record = extract("On maps and marriages", body)
    assert book_of(record) == ("The Cartographer’s Wife", "Lena Hoyt")


def test_french_italic_title_and_elided_author():
    body = "<p>Ce printemps, j’ai enfin ouvert <em>Les Heures claires</em> d’Odile Mercier, qui attendait sur ma table depuis l’hiver.</p>" + PROSE + "<p>Mercier écrit la lumière mieux que personne.</p>"
    record = extract("Une lecture de printemps", body, lang="fr")
    assert book_of(record) == ("Les Heures claires", "Odile Mercier")


def test_goodreads_link_followed_by_by():
    body = ('<p>This month’s pick was <a href="https://www.goodreads.com/book/show/12345.The_Salt_Archive">The Salt Archive</a> '
            'by Petra Lindqvist, a slow novel about a museum by the sea.</p>') + PROSE + "<p>Lindqvist knows her tides.</p>"
    record = extract("Museums, salt and patience", body)
    assert book_of(record) == ("The Salt Archive", "Petra Lindqvist")


def test_possessive_before_a_cited_title():
    body = "<p>Nobody warned me that Hal P. Okafor’s <cite>The Winter Ledger</cite> is mostly about bookkeeping.</p>" + PROSE + "<p>Okafor makes ledgers sing.</p>"
    record = extract("Numbers in the snow", body)
    assert book_of(record) == ("The Winter Ledger", "Hal P. Okafor")


def test_cover_image_alt_text():
    body = '<figure><img src="/c.jpg" alt="Cover of Tidewater by Rosa de la Cruz"></figure>' + PROSE
    record = extract("Where the river meets the bay", body)
    assert book_of(record) == ("Tidewater", "Rosa de la Cruz")


def test_schema_org_book_microdata():
    body = ('<div itemscope itemtype="https://schema.org/Book"><span itemprop="name">Ironwood</span> — '
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">J. M. Fenwick</span></span></div>') + PROSE
    record = extract("A forest of small decisions", body)
    assert book_of(record) == ("Ironwood", "J. M. Fenwick")


def test_dutch_style_author_title_header_line():
    body = "<p><strong>Joris Mertens: De stille haven.</strong> Uitgeverij Meeuw, 248 blz., € 21,50</p>" + PROSE
    record = extract("Een haven waar niemand vertrekt", body, lang="nl")
    assert book_of(record) == ("De stille haven", "Joris Mertens")


def test_closing_line_title_comma_author_publisher():
    body = PROSE + "<p><em>Harbour Lights, Ivo Brandt. Gullwing Press, 2018. 304 pages.</em></p>"
    record = extract("Lights left on for sailors", body)
    assert book_of(record) == ("Harbour Lights", "Ivo Brandt")


def test_page_title_carries_the_author_the_heading_lacks():
    head = '<meta property="og:title" content="Review: Harbour Lights – Ivo Brandt">'
    body = PROSE + "<p>Brandt has written nothing like it before.</p>"
    record = extract("Review: Harbour Lights", body, head=head)
    assert book_of(record) == ("Harbour Lights", "Ivo Brandt")


def test_prefixed_title_with_the_author_in_the_text():
    body = "<p>I picked up Harbour Lights by Ivo Brandt on a whim at a station bookshop.</p>" + PROSE
    record = extract("Mini review: Harbour Lights", body)
    assert book_of(record) == ("Harbour Lights", "Ivo Brandt")


def test_bare_title_with_a_byline_under_it():
    body = "<p>Mara Holt, translated from the Norwegian by Sven Aalto. 240 pages.</p>" + PROSE + "<p>Holt never hurries.</p>"
    record = extract("The Ferryman’s Daughter", body)
    assert book_of(record) == ("The Ferryman’s Daughter", "Mara Holt")


def test_headline_head_and_the_writer_of_a_book_noun():
    body = "<p>Ines Marlow’s slim debut novel follows a lock-keeper through one dry summer.</p>" + PROSE
    record = extract("The Dry Canal: a summer without water", body)
    assert book_of(record) == ("The Dry Canal", "Ines Marlow")


def test_unmarked_by_in_the_first_paragraph_needs_a_second_mention():
    first = "<p>Last winter I finally read The Lamplighter’s Year by Tobias Wren, on a long train north.</p>"
    record = extract("Snow, trains and lamplight", first + PROSE + "<p>Wren writes weather better than anyone.</p>")
    assert book_of(record) == ("The Lamplighter’s Year", "Tobias Wren")
    record = extract("Snow, trains and lamplight", first + PROSE)
    assert record.book_author is None


def test_swedish_genitive_before_a_book_noun():
    body = "<p>Karin Ljungbergs roman från 1962 är skriven som brev till en syster.</p>" + PROSE
    record = extract("Brev till Agnes", body, lang="sv")
    assert book_of(record) == ("Brev till Agnes", "Karin Ljungberg")


# -- things that are not the reviewed book ---------------------------------------------------


def test_a_book_named_in_passing_is_not_a_review():
    body = """<p>Some thoughts on why I read on trains. Last week I was halfway through <em>The Glass Road</em> by Ines
    Marlow when the carriage lights failed, and everyone got out their phones except the man opposite me, who simply
    closed his eyes.</p>
    <p>Trains are good for reading because nobody can reach you. The timetable decides how long a chapter lasts, the
    window gives your eyes somewhere to rest, and there is always a stranger with a better book than yours.</p>
    <p>I keep a list of the books I have seen strangers reading. This month it was mostly crime, two cookbooks and one
    very battered dictionary. Tell me what you have spotted on your commute; I am collecting them for a post.</p>"""
    record = extract("Why I read on trains", body)
    assert not record.is_review, record.reason


@pytest.mark.parametrize(
    "line",
    [
        "<p><em>Photo</em> by Jane Doe.</p>",
        "<p>Posted by Jane Doe, 2023</p>",
        "<figure><img src='/x.jpg' alt='A shelf of paperbacks'><figcaption>Photo by Jane Doe</figcaption></figure>",
    ],
)
def test_credits_and_bylines_are_not_books(line):
    record = extract("Some notes from a slow month", line + PROSE)
    assert record.book_author != "Jane Doe"


def test_a_music_review_is_not_a_book_review():
    body = "<p>The Harbour Choir sing close harmony over a pump organ.</p>" + PROSE + "<p><strong>Rating: 7/10</strong></p>"
    record = extract("Album notes: The Harbour Choir, “Low Tide Hymns”", body)
    assert not record.is_review, record.reason


# -- the kind of page, by its layout ---------------------------------------------------------


def test_a_short_review_with_a_rating_is_a_review():
    body = """<p>The Lamplighter’s Year by Tobias Wren is a small book about a man who tends the gas lamps of a
    northern town for one last year before electricity arrives. Wren keeps it plain and tender.</p>
    <p>Not much happens. A daughter visits, a lamp is broken, a council meeting goes badly. But every chapter ends
    with the lamps coming on, and by the end that was enough to make me cry on a bus.</p>
    <p>Rating: 4/5</p>"""
    record = extract("Lamplight", body)
    assert record.word_count < 120
    assert record.is_review and book_of(record) == ("The Lamplighter’s Year", "Tobias Wren")


def test_list_by_book_headings_even_with_a_book_in_the_first_heading():
    body = "<p>Three books that got me through a grey February.</p>" + "".join(
        f"<h3>{n}. {t} by {a}</h3><p>Rating: 4/5</p><p>{t} is short, sharp and worth your evening.</p>"
        for n, (t, a) in enumerate([("Harbour Lights", "Ivo Brandt"), ("Tidewater", "Rosa de la Cruz"), ("Ironwood", "J. M. Fenwick")], 1)
    ) + PROSE
    record = extract("What got me through February", body)
    assert record.kind == "list", record.reason


def test_review_with_read_alikes_is_still_a_review():
    body = PROSE + """<p>Rating: 4/5</p><p>If you liked it, try:</p><ul><li>Tidewater by Rosa de la Cruz</li>
    <li>Ironwood by J. M. Fenwick</li><li>The Salt Archive by Petra Lindqvist</li></ul>"""
    record = extract("Harbour Lights by Ivo Brandt", body)
    assert record.is_review, record.reason
    assert book_of(record) == ("Harbour Lights", "Ivo Brandt")


def test_interview_by_speaker_turns_in_german():
    turns = "".join(
        f"<p><strong>QL:</strong> {q}</p><p><strong>FB:</strong> {a}</p>"
        for q, a in [
            ("Wie hat das Buch angefangen?", "Mit einem Foto von meiner Großmutter am Deich, das ich jahrelang nicht verstanden habe."),
            ("Schreiben Sie jeden Tag?", "Nein, nur wenn es regnet, und in Ostfriesland regnet es zum Glück oft genug."),
            ("Was lesen Sie gerade?", "Gedichte, fast nur Gedichte, weil Romane sich beim Schreiben in meine Sätze schleichen."),
        ]
    )
    record = extract("Frauke Brandes: Das Haus am Deich", "<p>Ein Gespräch über Wasser, Erinnerung und Geduld.</p>" + turns + PROSE, lang="de")
    assert record.kind == "interview", record.reason


def test_info_lines_are_not_speaker_turns():
    body = "<p><strong>Genre:</strong> literary fiction</p><p><strong>Pages:</strong> 304</p><p><strong>Rating:</strong> 4/5</p>" + PROSE
    record = extract("Harbour Lights by Ivo Brandt", body)
    assert record.is_review, record.reason


def test_round_up_of_other_readers_ratings():
    quotes = "".join(
        f"<p>“{q}” — {who}, {score}/5</p>"
        for q, who, score in [
            ("Too slow for me, lovely sentences though.", "Amir", 2),
            ("I cried at the lighthouse chapter.", "Bette", 5),
            ("Fine. Just fine.", "Corin", 3),
            ("The best thing we have read all year.", "Dagny", 5),
        ]
    )
    body = "<p>Our club read <em>Harbour Lights</em> by Ivo Brandt this month, and here is what everyone said.</p>" + quotes + PROSE
    record = extract("The club on Harbour Lights", body)
    assert not record.is_review, record.reason


def test_french_tour_stop_by_its_sections():
    body = """<p>Je suis ravie d’accueillir aujourd’hui la tournée de <em>Les Heures claires</em> d’Odile Mercier.</p>
    <h2>Extrait</h2><p>La maison dormait encore quand Lise descendit au jardin, pieds nus dans l’herbe froide, pour
    compter les pommes tombées pendant la nuit et les ranger par taille sur le muret.</p>
    <h2>Concours</h2><p>Tentez de gagner un exemplaire en laissant un commentaire avant dimanche soir.</p>""" + PROSE
    record = extract("Les Heures claires, Odile Mercier", body, lang="fr")
    assert record.kind == "announcement", record.reason
    rated = extract("Les Heures claires, Odile Mercier", body + "<p>Ma note : 4/5</p>", lang="fr")
    assert rated.is_review, rated.reason


def test_a_body_block_in_the_page_footer_is_not_a_second_post():
    html = f"""<html><head><title>Harbour Lights by Ivo Brandt</title></head><body class="path-node">
    <main><article class="node"><h1>Harbour Lights by Ivo Brandt</h1><div class="field--name-body">{PROSE}<p>Rating: 4/5</p></div></article></main>
    <footer><div class="block"><div class="field--name-body"><p>© The Harbour Courier</p></div></div></footer></body></html>"""
    record = extract_page(html, URL)
    assert record.kind == "review", record.reason


# -- the pieces on their own -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Frauke Brandes: Das Haus am Deich. Kranich, 2021, 288 S., 22 €", ("Das Haus am Deich", "Frauke Brandes")),
        ("Il giardino di sale, Paolo Venturi. Edizioni Nube, 2017. 210 pagine.", ("Il giardino di sale", "Paolo Venturi")),
        ("La casa de los relojes, de Marta Olivares. Siruela, 2020, 312 páginas.", ("La casa de los relojes", "Marta Olivares")),
    ],
)
def test_bibliographic_lines(line, expected):
    assert from_bibliography(["Some opening words here."] * 6 + [line]) == expected


@pytest.mark.parametrize("line", ["Posted by Jane Doe, 2023", "Photo: Jane Doe, 2021", "Updated 12 March 2024"])
def test_not_bibliographic_lines(line):
    assert from_bibliography([line]) is None


def test_find_book_returns_nothing_without_clues():
    clues = Clues(title="A walk in the rain", lines=["It rained all day and I read nothing."], context=Context("It rained."))
    assert find_book(clues, None) is None


def test_cover_reveal_by_its_pre_order_section():
    body = """<p>Look at this! The cover for <em>Ashes of the Tide</em> by Mara Holt, out in the autumn from Gullwing.</p>
    <figure><img src="/cover.jpg" alt="Ashes of the Tide, a grey sea under a gold sky"></figure>
    <h2>About the book</h2><p>A ferry captain’s widow takes the last boat out of a drowning harbour town, and Holt
    follows her for one night across a sea that keeps changing its mind.</p>
    <h2>Pre-order</h2><p>Ashes of the Tide can be ordered now from any bookshop; Holt will sign copies at the launch.</p>""" + PROSE
    record = extract("Ashes of the Tide – Mara Holt", body)
    assert record.kind == "announcement", record.reason


@pytest.mark.parametrize("title", ["Guest post: Mara Holt on writing the sea", "A conversation with Mara Holt", "Fünf Fragen an Mara Holt – ein Gespräch mit der Autorin"])
def test_guest_posts_and_conversations_are_not_reviews(title):
    body = "<p>Mara Holt’s novel <em>Ashes of the Tide</em> is out this week, and Holt joins us today.</p>" + PROSE + "<p>Holt, thank you.</p>"
    record = extract(title, body)
    assert not record.is_review, record.reason


def test_stars_before_the_title():
    record = extract("⭐⭐⭐⭐ Ashes of the Tide – Mara Holt", PROSE + "<p>Holt never wastes a sentence.</p>")
    assert book_of(record) == ("Ashes of the Tide", "Mara Holt")


def test_a_rating_scale_page_is_not_a_review():
    body = """<p>People ask how I score books, so here is the scale I use on every review.</p>
    <p>★★★★★ – a book I will press on strangers at bus stops</p><p>★★★★ – very good, a quibble or two</p>
    <p>★★★ – fine, enjoyable, gone in a week</p><p>★★ – it did not work for me</p><p>★ – rare; usually I stop reading instead</p>""" + PROSE
    record = extract("How the stars work here", body, body_class="")
    assert not record.is_review, record.reason


def test_a_rated_review_whose_book_is_hidden_is_still_a_review():
    body = PROSE + "<p>My rating: 4/5</p>"
    record = extract("Letters across the water", body)
    assert record.is_review, record.reason


def test_info_table_with_a_header_row():
    body = """<table><tr><th>Titolo</th><th>Autrice</th><th>Pagine</th></tr>
    <tr><td>La riva del sale</td><td>Giulia Ferri</td><td>288</td></tr></table>""" + PROSE
    record = extract("Una lettura d’estate", body, lang="it")
    assert book_of(record) == ("La riva del sale", "Giulia Ferri")


def test_a_set_off_title_opening_a_short_line():
    body = "<p><i>Ashes of the Tide</i> – Mara Holt (Gullwing)</p>" + PROSE + "<p>Holt never wastes a sentence.</p>"
    record = extract("Sunday thoughts", body)
    assert book_of(record) == ("Ashes of the Tide", "Mara Holt")


def test_label_lines_broken_by_line_breaks():
    body = "<div><b>Título:</b> O rio escuro<br><b>Autora:</b> Ana Prado<br><b>Páginas:</b> 212</div>" + PROSE
    record = extract("Um rio que não acaba", body, lang="pt")
    assert book_of(record) == ("O rio escuro", "Ana Prado")


def test_a_sentence_holding_a_year_is_not_a_citation():
    body = ("<p>My first copy of <em>Ashes of the Tide</em> by Mara Holt was a library paperback I read on a ferry in 2004.</p>"
            + PROSE + "<p>Holt still surprises me.</p>")
    record = extract("Twenty years with a sea novel", body)
    assert book_of(record) == ("Ashes of the Tide", "Mara Holt")


@pytest.mark.parametrize(
    "title, body, lang",
    [
        ("Mes lectures de mars", "<ul>" + "".join(
            f"<li><em>{t}</em> de {a} : {v}</li>" for t, a, v in [
                ("Les Heures claires", "Odile Mercier", "très beau, 4/5"), ("La Maison des vents", "Pierre Aubry", "long, 3/5"),
                ("Le Sel", "Jeanne Roux", "magnifique, 5/5"), ("Nuit blanche", "Marc Fabre", "bof, 2/5")]) + "</ul>", "fr"),
        ("Gelesen im Februar", "".join(
            f"<h3>{t} – {a}</h3><p>{v}</p>" for t, a, v in [
                ("Das Haus am Deich", "Frauke Brandes", "Sehr schön. 4/5"), ("Der stille Hafen", "Jonas Reber", "Zu lang. 3/5"),
                ("Salzwiesen", "Anna Lüders", "Großartig. 5/5")]), "de"),
    ],
)
def test_monthly_wrap_ups_in_other_languages_are_lists(title, body, lang):
    record = extract(title, "<p>Ein Monat, ein paar Bücher. Un mois, quelques livres.</p>" + body + PROSE, lang=lang)
    assert record.kind == "list", record.reason


@pytest.mark.parametrize(
    "title, opening, lang, expected",
    [
        ("Les Cendres", "<p>Les Cendres est le dernier roman d’Odile Mercier, paru en janvier.</p>", "fr", ("Les Cendres", "Odile Mercier")),
        ("Il traghetto", "<p>Il nuovo romanzo di Paolo Venturi racconta un’estate sul lago.</p>", "it", ("Il traghetto", "Paolo Venturi")),
        ("The Evening Ferry", "<p>The second novel by Mara Holt is set on a single crossing.</p>", "en", ("The Evening Ferry", "Mara Holt")),
    ],
)
def test_the_book_noun_and_its_writer(title, opening, lang, expected):
    record = extract(title, opening + PROSE, lang=lang)
    assert book_of(record) == expected


def test_a_bookshop_link_names_the_title_and_the_text_its_writer():
    body = ('<p>I bought <a href="https://bookshop.org/p/books/ashes-of-the-tide/123">Ashes of the Tide</a> on a whim.</p>'
            "<p>Mara Holt’s third novel is about a ferry and a widow.</p>" + PROSE + "<p>Holt, again, does not hurry.</p>")
    record = extract("A crossing in the dark", body)
    assert book_of(record) == ("Ashes of the Tide", "Mara Holt")


# -- the author as the one the review says is writing ---------------------------------------------------


def test_author_named_in_full_once_and_as_the_one_writing():
    body = ("<p>The Salt Orchard follows a family of fruit growers through three bad winters on the Norfolk coast.</p>"
            "<p>For five hundred pages Imogen Castell keeps the reader inside one farmhouse kitchen, and it never feels small. "
            "Castell writes weather like a farmer, with dread and respect.</p>" + PROSE + "<p>Rating: 4/5</p>")
    record = extract("The Salt Orchard", body)
    assert book_of(record) == ("The Salt Orchard", "Imogen Castell")


def test_a_title_character_who_writes_is_not_the_author():
    body = ("<p>Captain Edda Morrow keeps a log through the whole voyage of The Morrow Log, and the log is the novel.</p>"
            "<p>Morrow writes about ice, about her crew, about a brother she left behind, and about nothing else.</p>" + PROSE + "<p>Rating: 4/5</p>")
    record = extract("The Morrow Log", body)
    assert record.book_author != "Edda Morrow"


def test_of_two_books_in_the_opening_the_one_the_post_comes_back_to():
    from scraper.extract.bookopening import from_paragraph as _from_paragraph
    opening = "After loving ‘River Hours’ by Noor Haddad last year, I picked up ‘The Salt Ledger’ by Chidi Okafor."
    later = "Okafor keeps every chapter short, and Okafor never explains the harbour's feud."
    assert _from_paragraph(opening, Context(opening + "\n" + later)) == ("The Salt Ledger", "Chidi Okafor")
    # two books named alike and neither named again: the first, as before
    both = "This month I read ‘River Hours’ by Noor Haddad and ‘The Salt Ledger’ by Chidi Okafor."
    assert _from_paragraph(both, Context(both)) == ("River Hours", "Noor Haddad")
    # a book held up for comparison is never the reviewed one, even alone
    assert _from_paragraph(opening, Context(opening)) == ("The Salt Ledger", "Chidi Okafor")
    for compared in ("Fans of ‘River Hours’ by Noor Haddad will like this.", "Wer „Flusszeit“ von Noor Haddad mochte, liest weiter.",
                     "Como «El año del faro», de Lucía Ferrer, habla de hermanas."):
        assert _from_paragraph(compared, Context(compared)) is None
    html = f"""<html><head><title>A harbour with a memory</title></head><body><article><h1>A harbour with a memory</h1>
<p>{opening}</p>{PROSE}<p>{later}</p><p>Rating: 4/5</p></article></body></html>"""
    record = extract_page(html, URL)
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Chidi Okafor")


def test_a_title_in_the_opening_that_the_url_spells():
    body = ("<p>Chidi Okafor has written a quiet book. The Salt Ledger follows a harbour town through one winter.</p>"
            + PROSE + "<p>Okafor never explains a thing twice.</p><p>Rating: 4/5</p>")
    html = f"""<html><head><title>A harbour with a memory</title></head><body><article><h1>A harbour with a memory</h1>
{body}</article></body></html>"""
    record = extract_page(html, "https://quietlamp.example/2025/04/the-salt-ledger-review/")
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Chidi Okafor")
    # the URL names a person the text calls by surname: that is no title
    from scraper.extract.bookclues import slugged_runs
    clues = Clues(lines=["Chidi Okafor has written a quiet book."], url="https://quietlamp.example/2025/04/chidi-okafor-interview/",
                  context=Context("Chidi Okafor has written a quiet book. Okafor lives by the sea."))
    assert slugged_runs(clues.lines, clues.url, clues.context) == []


@pytest.mark.parametrize("lang, headline, opening, expected", [
    ("id", "Laut Senja karya Sari Wulandari", "<p>Wulandari menulis dengan tenang.</p>", ("Laut Senja", "Sari Wulandari")),
    ("vi", "Đọc cuối tuần", "<p>Cuốn “Biển chiều” của Nguyễn Thu Hà là một cuốn sách nhẹ nhàng.</p>", ("Biển chiều", "Nguyễn Thu Hà")),
    ("fa", "خواندنی آخر هفته", "<p>رمان «باغ انار» اثر مریم رحیمی را در دو شب خواندم.</p><p>رحیمی ساده می‌نویسد.</p>",
     ("باغ انار", "مریم رحیمی")),
    ("en", "Weekend Notes", "<h2>The Salt Ledger, Chidi Okafor</h2><p>Okafor writes slowly.</p>", ("The Salt Ledger", "Chidi Okafor")),
    ("en", "Weekend Notes", "<p><strong>Chidi Okafor</strong> – <em>The Salt Ledger</em> (Harbour House, 2023)</p><p>Okafor writes slowly.</p>",
     ("The Salt Ledger", "Chidi Okafor")),
])
def test_more_ways_to_say_by_and_to_set_a_book_apart(lang, headline, opening, expected):
    html = f"""<html lang="{lang}"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>
{opening}{PROSE}<p>4/5</p></article></body></html>"""
    record = extract_page(html, URL)
    assert (record.book_title, record.book_author) == expected


def test_a_name_never_runs_from_one_line_to_the_next():
    from scraper.extract.bookclues import labelled_person
    text = "About the Creator\nBus commuter, ex-non-reader, writing about small habits."
    assert labelled_person(text.splitlines(), ["bus"], URL, Context(text), "A Post") is None


def test_a_book_the_headline_names_beats_another_the_opening_names_with_its_author():
    opening = "<p>If you loved <em>River Hours</em> by Noor Haddad, this one is for you.</p><p>Chidi Okafor writes slowly.</p>"
    html = f"""<html lang="en"><head><title>Thoughts on The Salt Ledger</title></head><body><article>
<h1>Thoughts on The Salt Ledger</h1>{opening}{PROSE}<p>Rating: 4/5</p></article></body></html>"""
    record = extract_page(html, URL)
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Chidi Okafor")


def test_whoever_reads_the_book_is_no_comparison():
    from scraper.extract.bookopening import from_paragraph as _from_paragraph
    line = "Wer „Das stille Haus“ von Lena Vogt liest, merkt schnell, wie ruhig es erzählt ist."
    assert _from_paragraph(line, Context(line + " Vogt schreibt ruhig.")) == ("Das stille Haus", "Lena Vogt")
