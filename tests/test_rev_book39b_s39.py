"""book39b's misfires (rev-book39b): a bare "T, A" caption under a picture filed after its first part is a photo of
two people ("Orla Quinn, Ana Soler" under "orla-quinn.jpg") or of a place ("Lake Bled, Julian Alps" under
"lake-bled.jpg") when the first part is a person's whole name or the second is never called by its last word alone;
a cover's record caption still reads (test_book_boxes_s39)."""

import pytest

from scraper.extract import extract_page

_URL = "https://saltmarsh.example.net/2026/12/the-tide-clock/"
_EN = [
    "Hale sends a clockmaker's daughter back to the estuary town she left at sixteen, and the novel spends one wet "
    "autumn with her, mending the church clock and avoiding the brother who stayed.",
    "The prose is patient and exact, and Hale is very good on work done with the hands, though the last chapters "
    "hurry past the one quarrel the book had been building towards.",
    "A quiet, stubborn novel, and the best thing I have read this autumn.",
    "Rating: 4/5",
]
_DE = [
    "Hale schickt eine Uhrmacherstochter zurück in die Stadt am Fluss, die sie mit sechzehn verlassen hat, und der "
    "Roman begleitet sie durch einen nassen Herbst voller Zahnräder und alter Streitigkeiten.",
    "Die Sprache ist geduldig und genau, auch wenn das Ende zu schnell kommt. Ein stilles, eigensinniges Buch, das "
    "ich sehr gern gelesen habe.",
    "Besonders gelungen sind die Szenen in der Werkstatt, in denen die Tochter das Räderwerk der Kirchturmuhr Stück "
    "für Stück zerlegt und dabei, fast nebenbei, die Geschichte ihres Vaters neu zusammensetzt.",
    "Bewertung: 4 von 5 Sternen",
]
_FR = [
    "Hale renvoie une fille d'horloger dans la ville de l'estuaire qu'elle a quittée à seize ans, et le roman la "
    "suit pendant un automne pluvieux, entre les rouages et les vieilles querelles.",
    "La langue est patiente et précise, même si la fin arrive trop vite. Un livre discret et têtu, que j'ai lu avec "
    "beaucoup de plaisir.",
    "Note : 4/5",
]


def _page(paras, src, caption, lang):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Tide Clock – Saltmarsh</title></head><body>"
            "<main><article class='node'><h1 class='page-title'>The Tide Clock</h1>"
            f"<figure><img src='/files/{src}' alt=''><figcaption>{caption}</figcaption></figure>"
            f"<div class='field--name-body'>{ps}</div></article></main></body></html>")


def _with(paras, line):
    return paras[:2] + [line] + paras[2:]


@pytest.mark.parametrize("paras, src, caption, lang", [
    # two people at a launch: the file spells the first, the reviewed writer
    (_with(_EN, "I met Hale with her editor Ana Soler at the launch in the old boathouse."),
     "mara-hale.jpg", "Mara Hale, Ana Soler", "en"),
    (_with(_DE, "Ich traf Hale mit ihrer Lektorin Ana Soler bei der Premiere im alten Bootshaus."),
     "mara-hale-ana-soler.jpg", "Mara Hale, Ana Soler (Premiere)", "de"),
    # a place: the region's name said only whole, never its last word alone as a writer's is
    (_with(_EN, "I finished it on a walk round Lake Bled in the Julian Alps, which suited the book."),
     "lake-bled.jpg", "Lake Bled, Julian Alps", "en"),
    (_with(_FR, "Je l'ai fini au bord du lac d'Annecy, face au Mont Veyrier, et le livre s'y prêtait."),
     "lac-d-annecy.jpg", "Lac d'Annecy, Mont Veyrier", "fr"),
])
def test_scene_or_portrait_caption_is_no_book(paras, src, caption, lang):
    page = extract_page(_page(paras, src, caption, lang), _URL)
    assert page.book_author not in ("Ana Soler", "Julian Alps", "Mont Veyrier")
    assert page.book_title not in ("Mara Hale", "Lake Bled", "Lac d'Annecy")


@pytest.mark.parametrize("paras, src, caption, lang, want", [
    (_EN, "the-tide-clock.jpg", "The Tide Clock, Mara Hale", "en", ("The Tide Clock", "Mara Hale")),
    (_DE, "die-gezeitenuhr.jpg", "Die Gezeitenuhr, Mara Hale (Roman)", "de", ("Die Gezeitenuhr", "Mara Hale")),
    (_FR, "l-horloge-des-marees-mara-hale.jpg", "L'Horloge des marées, Mara Hale", "fr",
     ("L'Horloge des marées", "Mara Hale")),
])
def test_record_caption_still_reads(paras, src, caption, lang, want):
    page = extract_page(_page(paras, src, caption, lang), _URL)
    assert (page.book_title, page.book_author) == want


# bookboldrecord.quoted_record: a headed "A: «T»" over one word that is no book's kind is a link box to another piece
# ("Read also" over "Review", "Interview", "Podcast"), not the book's record; the book's kind still reads
_NB = [
    "Fergen går ikke lenger, og øya er isolert gjennom hele januar. Fyrvokteren teller dagene i en notisbok, og "
    "Strand skriver ham fram med en tørr og presis tone som passer kulden.",
    "Det er ikke mye som skjer, men det som skjer, skjer med tyngde. Strand stoler på leseren og forklarer lite.",
    "Romanen er stillferdig og sta, og jeg anbefaler den varmt til alle som liker lange kvelder og korte setninger. "
    "Den beste norske romanen jeg har lest i år, selv om slutten kommer litt for brått.",
    "Terningkast 5",
]


def _boxed(paras, box, lang):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Vinterlys – Fjordposten</title></head>"
            "<body><header><a href='/'>Fjordposten</a></header><main><article class='article'>"
            "<h1 class='article-title'>Vinterlys</h1><div class='article-body'>"
            f"{ps}{box}</div></article></main></body></html>")


@pytest.mark.parametrize("box, lang", [
    ("<div class='factbox'><h4>Les også</h4><p>Ola Strand: «Vinterhavn»</p><p>Anmeldelse</p></div>", "nb"),
    ("<div class='factbox'><h4>Mer om boka</h4><p>Ola Strand: «Vinterhavn»</p><p>Intervju</p></div>", "nb"),
    ("<aside class='infobox'><h3>Zum Hören</h3><p>Ola Strand: „Vinterhavn“</p><p>Podcast</p></aside>", "de"),
])
def test_headed_quoted_box_over_a_piece_kind_is_no_book(box, lang):
    import lxml.html
    from scraper.extract.bookboldrecord import quoted_record
    assert quoted_record(lxml.html.fromstring(_boxed(_NB, box, lang))) is None


@pytest.mark.parametrize("box, lang, want", [
    ("<div class='factbox'><h4>Om boka</h4><p>Ola Strand: «Vinterhavn»</p><p>Kriminalroman</p></div>", "nb",
     ("Vinterhavn", "Ola Strand")),
    ("<div class='factbox'><h4>Om boka</h4><p>Ola Strand: «Vinterhavn»</p><p>Noveller</p></div>", "nb",
     ("Vinterhavn", "Ola Strand")),
])
def test_headed_quoted_box_over_a_book_kind_reads(box, lang, want):
    import lxml.html
    from scraper.extract.bookboldrecord import quoted_record
    got = quoted_record(lxml.html.fromstring(_boxed(_NB, box, lang)))
    assert got is not None and (got.title, got.author) == want
