"""sitenotices.catalogue_line and sitenotices.page_info (info_line): a public library's or a municipality's page chrome
inside the article. A staff pick on a library's site sends the reader to the book in the catalogue with a line that
opens on a link to reserve or borrow it ("<a>Reserve the book in the catalogue</a> – also as an e-book"), set between
the review's paragraphs; and the site's CMS closes every page with its information: when it was last updated (a label
and a whole date) and who answers for it (a label and a few words).

Invented pages in our own words and markup (an English, a German, a Norwegian, a French and a Finnish library or
municipal site), with near misses: a review's sentence that links the word it borrows ("I <a>borrowed</a> it"), a
link line that opens on "Check out", a book's "Published: <date>" line, a review's last paragraph that speaks of the
last update of a series, a label without a date.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract import sitenotices

EN = ("<p>Maeve Dunne's third novel follows a ferry pilot on the Shannon in the winter the river floods the town, "
      "and it is the quietest book about a disaster I have read: the water rises in the margins of every chapter.</p>"
      "<p>The pilot's letters to her brother carry the book. They are funny and sad, and the last one made me cry on "
      "the bus. A slow, generous novel for long evenings.</p>")
DE = ("<p>Der Roman begleitet eine Fährfrau am Rhein durch den Winter des großen Hochwassers. Das Wasser steigt am "
      "Rand jedes Kapitels, und trotzdem ist es ein leises Buch über eine kleine Stadt.</p>"
      "<p>Die Briefe der Fährfrau an ihren Bruder tragen das Buch, komisch und traurig zugleich. Ein langsamer, "
      "großzügiger Roman für lange Abende.</p>")
NB = ("<p>Romanen følger en fergekvinne på Glomma den vinteren elva flommer over byen. Vannet stiger i kanten av "
      "hvert kapittel, og likevel er det en stille bok om et lite sted.</p>"
      "<p>Brevene hun skriver til broren bærer boka, morsomme og triste på en gang. En langsom og raus roman for "
      "lange kvelder.</p>")
FR = ("<p>Le roman suit une passeuse sur la Loire pendant l'hiver de la grande crue. L'eau monte au bord de chaque "
      "chapitre, et pourtant c'est un livre calme sur une petite ville.</p>"
      "<p>Les lettres qu'elle écrit à son frère portent le livre, drôles et tristes à la fois. Un roman lent et "
      "généreux pour les longues soirées.</p>")
FI = ("<p>Romaani seuraa lossinkuljettajaa Kymijoella sinä talvena, kun joki tulvii kaupunkiin. Vesi nousee jokaisen "
      "luvun reunoilla, ja silti kirja on hiljainen tarina pienestä paikasta.</p>"
      "<p>Kirjeet, joita hän kirjoittaa veljelleen, kantavat kirjaa. Ne ovat hauskoja ja surullisia yhtä aikaa. "
      "Hidas ja antelias romaani pitkiin iltoihin.</p>")


def _page(title: str, body: str, lang: str, after: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body>"
            "<header class='site'><a href='/'>City Library</a><nav><a href='/events'>Events</a></nav></header>"
            f"<main id='content'><article><h1>{title}</h1>{body}{after}</article></main>"
            "<footer><p>Library Street 1</p></footer></body></html>")


def _split(review: str, line: str) -> str:
    """The review with `line` set between its two paragraphs."""
    cut = review.index("</p>") + 4
    return review[:cut] + line + review[cut:]


def test_page_info_lines():
    for text in ("Last updated: 2 December 2026", "Page last updated 02/12/2026", "Zuletzt aktualisiert: 02.12.2026",
                 "Sist oppdatert: 2. desember 2026", "Dernière mise à jour : 2 décembre 2026",
                 "Päivitetty 2.12.2026", "最終更新日：2026年12月2日", "Page owner: Library web team",
                 "Seitenverantwortlich: Stadtbibliothek, Redaktion", "Sideansvarlig: Biblioteket"):
        assert sitenotices.info_line(text), text
    for text in ("Published: 2 December 2026", "Last updated: I finally read the sequel and loved it. Review soon.",
                 "Last updated", "Page owner: the author. She wrote it in a week.",
                 "The series was last updated on 2 December 2026 with a sixth volume that I liked less."):
        assert not sitenotices.info_line(text), text


def test_catalogue_line_and_page_info_go_en():
    body = _split(EN, "<div class='callout'><p><a href='/catalogue/record/55102'>Reserve this book in the catalogue</a>"
                      " – also available as an eBook.</p></div>")
    after = "<div class='page-meta'><p>Last updated: 2 December 2026</p><p>Page owner: Library web team</p></div>"
    record = extract_page(_page("The Ferry Pilot", body, "en", after), "https://library.example.org/staff-picks/ferry")
    text = record.body_text
    assert "Reserve this book" not in text and "Last updated" not in text and "Page owner" not in text
    assert "ferry pilot on the Shannon" in text and "long evenings" in text


def test_catalogue_line_and_page_info_go_de_nb():
    body = _split(DE, "<p><a href='https://opac.example.de/Record/889'>Vormerken im Katalog</a> – auch als E-Book in "
                      "der Onleihe.</p>")
    after = "<p class='stand'>Zuletzt aktualisiert: 02.12.2026</p>"
    record = extract_page(_page("Die Fährfrau", body, "de", after), "https://stadtbuecherei.example.de/tipps/faehrfrau")
    assert "Vormerken" not in record.body_text and "Zuletzt aktualisiert" not in record.body_text
    assert "Fährfrau am Rhein" in record.body_text and "lange Abende" in record.body_text
    body = NB + "<p><a href='/sok/post/41223'>Lån boka</a> på biblioteket eller som lydbok.</p>"
    after = "<ul class='sideinfo'><li>Sist oppdatert: 2. desember 2026</li><li>Sideansvarlig: Biblioteket</li></ul>"
    record = extract_page(_page("Fergekvinnen", body, "nb", after), "https://bibliotek.example.no/boktips/fergekvinnen")
    assert "Lån boka" not in record.body_text and "Sist oppdatert" not in record.body_text
    assert "Sideansvarlig" not in record.body_text and "lange kvelder" in record.body_text


def test_page_info_goes_fr_fi():
    after = "<p>Dernière mise à jour : 2 décembre 2026</p><p>Responsable de la page : Médiathèque</p>"
    record = extract_page(_page("La passeuse", FR, "fr", after), "https://mediatheque.example.fr/coups/passeuse")
    assert "mise à jour" not in record.body_text and "Responsable" not in record.body_text
    assert "longues soirées" in record.body_text
    record = extract_page(_page("Lossinkuljettaja", FI, "fi", "<p>Sivua päivitetty 2.12.2026</p>"),
                          "https://kirjasto.example.fi/vinkit/lossi")
    assert "päivitetty" not in record.body_text and "pitkiin iltoihin" in record.body_text


def test_a_review_that_borrows_or_checks_out_stays():
    body = _split(EN, "<p>I <a href='/catalogue/record/55102'>borrowed</a> it after a colleague's tip.</p>")
    body += "<p><a href='/reviews/river-books'>Check out</a> our other river books too.</p>"
    body += ("<p>The series was last updated on 2 December 2026 with a sixth volume that I liked less than the first, "
             "but it is worth the wait.</p>")
    record = extract_page(_page("The Ferry Pilot", body, "en"), "https://library.example.org/staff-picks/ferry-2")
    text = record.body_text
    assert "borrowed it after a colleague's tip" in text and "worth the wait" in text
