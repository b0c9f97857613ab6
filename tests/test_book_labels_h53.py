"""holdout53 book reading: review labels of more languages, Frisian/Luxembourgish/Gaelic "by", a tagline after a
dash, a catalogue's label before a slash, a cover caption that runs as a sentence (all in our own words)."""

from scraper.extract.book import Context, REVIEW_PREFIX
from scraper.extract.bookheadline import from_title
from scraper.extract.bookcover import from_caption
from scraper.extract.booktagline import tagline_cut
from scraper.extract.booktitles import mentioned_part
from scraper.extract.reviewlabel import labelled


def test_new_review_labels_are_taken_off():
    for title, rest in [("Rebyu: Ang Huling Bangka ni Lorna Cruz", "Ang Huling Bangka ni Lorna Cruz"),
                        ("Resinsje: De Reade Seil", "De Reade Seil"), ("Rezensioun: Den Ieweschten Bam", "Den Ieweschten Bam"),
                        ("Recensión: A casa do río", "A casa do río"),
                        ("Шүүмж: Цагаан тал", "Цагаан тал")]:
        found = REVIEW_PREFIX.match(title)
        assert found and title[found.end():] == rest, title
        assert labelled(title)


def test_label_words_inside_a_headline_are_left():
    # the label word alone, running on with no colon or dash, is no label
    assert not REVIEW_PREFIX.match("Pagsusuri ng mga guro sa bagong kurikulum")
    assert not REVIEW_PREFIX.match("Uhakiki wa bajeti ya serikali umeanza")
    assert not labelled("Mapitio ya sheria mpya ya ardhi")


def test_label_alone_is_no_title():
    book = from_title("Resinsje: It Lege Hûs fan Anne Wadman", Context("It Lege Hûs is in roman. Wadman skriuwt kâld.", language="fy"))
    assert book and book.title == "It Lege Hûs" and book.author == "Anne Wadman"


def test_frisian_of_needs_the_label_or_the_text():
    # "fan" is everyday "of": unlabelled, a headline's "fan" phrase is read only where the text names the title more
    book = from_title("It wetter fan Harne Ried", Context("Harne Ried is in plak. Harne Ried wie stil.", language="fy"))
    assert not (book and book.author == "Harne Ried")


class _Ctx:
    def __init__(self, text):
        self.text = text

    def mentions(self, part):
        return self.text.count(part)


def test_tagline_after_a_dash_is_cut_when_the_text_names_neither():
    assert mentioned_part("Ulica Sna — opet u starim kvartovima", _Ctx("Roman je kratak.")) == "Ulica Sna"
    assert tagline_cut("The Quiet Pier – a summer by the sea") == "The Quiet Pier"


def test_tagline_near_misses():
    # a capitalised subtitle is the title's own; a caseless script is left; a named whole title is kept
    assert tagline_cut("The Quiet Pier – A Novel of the Coast") == "The Quiet Pier – A Novel of the Coast"
    assert tagline_cut("ரகசிய நதி — ஒரு பயணம்") == "ரகசிய நதி — ஒரு பயணம்"
    assert mentioned_part("Ulica Sna — opet u kvartu", _Ctx("Ulica Sna — opet u kvartu je knjiga.")) == "Ulica Sna — opet u kvartu"


def test_catalogue_label_before_a_glued_slash():
    assert tagline_cut("Library Catalog /The Salt Road") == "The Salt Road"
    assert tagline_cut("Katalog Knjižnice /Zimska pot") == "Zimska pot"
    # a spaced slash, a long run before it, a date: no catalogue's label
    assert tagline_cut("Notes from the river / The Salt Road") == "Notes from the river / The Salt Road"
    assert tagline_cut("What I read this very long and cold winter /Salt") == "What I read this very long and cold winter /Salt"


def _context(text, language):
    return Context(text, (), language)


def test_cover_caption_as_a_sentence():
    text = "Hadithi hii ni ya zamani. Mwinyi anaandika kwa utulivu na Mwinyi hapendi haraka."
    found = from_caption([("Jalada la toleo la pili la Nyumba ya Mawe cha Halima Juma Mwinyi.", "picha")], _context(text, "sw"))
    assert found == ("Nyumba ya Mawe", "Halima Juma Mwinyi")
    text = "Okafor writes slowly, and Okafor never hurries a scene."
    found = from_caption([("Cover of the reissue of The Salt Ledger by Chidi Okafor", "photo")], _context(text, "en"))
    assert found == ("The Salt Ledger", "Chidi Okafor")


def test_cover_sentence_near_misses():
    text = "Okafor writes slowly."
    # no cover word; a name the text never names; a lower-case title
    assert from_caption([("Photo of the harbour at dawn by Chidi Okafor", "photo")], _context(text, "en")) is None
    assert from_caption([("Cover of the reissue of The Salt Ledger by Maria Lunde", "photo")], _context(text, "en")) is None
    assert from_caption([("Cover of the reissue of a salt ledger by Chidi Okafor", "photo")], _context(text, "en")) is None
