"""holdout53 body round (body53a): edge lines by shape and place — a forum's edit note, the desk's one-line note on
the writer, 'more of my reviews on the blog' with the possessive on the work, a challenge named in quotes, a member's
review header row with separators between its parts. Our own wording throughout."""

from lxml.html import fromstring

from scraper.extract import editnote
from scraper.extract.deskbio import desk_bio
from scraper.extract.edges import MEMBERSHIP, _posted_by
from scraper.extract.moreonsite import more_on_own_site
from scraper.extract.nodes import text_of


# --- editnote: "last edited by X on <date>" closing a forum post

def test_edit_note_many_languages():
    for line in ("Last edited by bookworm_77 on 12 March 2025, 08:41",
                 "Zuletzt bearbeitet von leseratte am 03.02.2025 um 19:20",
                 "Dernière édition par lectrice_du_nord le 7 mars 2025 à 10:02",
                 "Última edición por ratón_de_biblioteca el 2025-01-19 22:10",
                 "Ostatnio edytowany przez mol_ksiazkowy 14.06.2025 11:15",
                 "Последнее редактирование: читатель_5, 21.09.2025 17:44",
                 "Последно редактирано от Читател_1 на 11.01.2025 09:03",
                 "Τελευταία επεξεργασία από τον anagnostis στις 02/04/2025 13:30",
                 "本帖最后由 书虫 于 2025-5-6 20:11 编辑"):
        assert editnote.edit_note(line), line


def test_edit_note_near_misses():
    assert not editnote.edit_note("Edited by Mara Quist. Harbour Press, 2019.")  # an anthology's record
    assert not editnote.edit_note("Edited by Mara Quist, 4 May 2019")  # a date but no time of day: a record may hold it
    assert not editnote.edit_note("Last edited by her brother, the novel came out years after her death.")  # no date
    assert not editnote.edit_note("The last edited version of the manuscript, which she finished on 3 May 1961, was "
                                  "lost for decades and only turned up in a trunk at her niece's house in the spring.")


def test_edit_note_only_at_the_posts_end():
    box = fromstring("<div><p>Zuletzt bearbeitet von leseratte am 03.02.2025 um 19:20</p><p>one</p><p>two</p>"
                     "<p>three</p><p>Zuletzt bearbeitet von leseratte am 03.02.2025 um 19:22</p></div>")
    items = list(box)
    drop, boxes = {}, {}
    editnote.mark(items, drop, boxes)
    assert list(drop) == [4]


# --- deskbio: the desk's one line on who wrote the piece

def test_desk_bio_many_languages():
    for line in ("The writer is a retired librarian who reviews crime fiction for us every month.",
                 "Die Autorin ist Literaturkritikerin und lebt in Leipzig.",
                 "L'auteur de cet article est professeur de lettres à Lyon.",
                 "Autorka jest tłumaczką i pisze o literaturze skandynawskiej.",
                 "Автор — литературный критик, пишет о современной прозе.",
                 "Mwandishi ni mhadhiri wa lugha katika chuo kikuu cha Dodoma.",
                 "Höfundur er rithöfundur og kennari á Akureyri.",
                 "Penulis adalah dosen sastra di sebuah universitas di Bandung."):
        assert desk_bio(line), line


def test_desk_bio_near_misses():
    assert not desk_bio("The author of the novel is a former nurse, and it shows on every page.")  # the book's author
    assert not desk_bio("Mara Quist is a critic based in Oslo.")  # a name opens it: the byline rule's
    assert not desk_bio("The writer is at her best here. The middle chapters drag, though. Four stars from me.")
    assert not desk_bio("I think the author is brilliant.")  # the subject does not open the line
    assert not desk_bio("The author is good.")  # too short to be a note on anyone


# --- moreonsite: "more of my reviews on the blog", the possessive on the work

def test_more_of_my_work_on_the_blog():
    assert more_on_own_site("More of my reviews on the blog «Quiet Shelves».")
    assert more_on_own_site("Περισσότερες αναγνώσεις μου στο ιστολόγιο «Η γωνιά του βιβλίου».")
    assert not more_on_own_site("More of my friends read it on holiday than I expected.")  # no site
    assert not more_on_own_site("My review of her earlier novel is on the blog too, and I liked that one more than this "
                                "one, which drags in the middle and never quite recovers its early momentum, sadly, "
                                "though the ending is strong.")  # too long


# --- edges: a challenge named in quotes; a review header row with separators

def test_challenge_named_in_quotes():
    assert MEMBERSHIP.search("Lu pour le défi « Polars 2025 ».")
    assert MEMBERSHIP.search('Read for the challenge "Classics 2025", book 4')
    assert not MEMBERSHIP.search("The biggest challenge «for her» was the language.")


def test_review_header_row_with_separators():
    row = fromstring('<div>Avis de <a href="/membres/plume_grise/">plume_grise</a> · le 9 mars 2025 · Lu en poche</div>')
    assert _posted_by(row, text_of(row))
    long_row = fromstring('<div>Avis de <a href="/membres/plume_grise/">plume_grise</a> · le 9 mars 2025 · un roman qui '
                          'm\'a tenue éveillée toute la nuit</div>')
    assert not _posted_by(long_row, text_of(long_row))
