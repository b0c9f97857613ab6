"""short40's misfires (rev-short40): a binding named after "sent me the" is read as a word, not a prefix ("the
archive", "the arcade photos" are no ARC), and a pronoun opening the sentence is no named giver ("She
sent me the hardback", "They sent me the paperback"); a Greek alphabetic numeral, or a Sotho-Tswana count, right after a
word that places a part in its book ("Κεφάλαιο δ΄ από ι΄", chapter four of ten, "Τόμος β΄ στα ε΄", "kgaolo ya pedi
mo go tse tlhano") is a place in a series, not a score; a Yoruba count of five in the plot ("Méjì nínú márùn-ún àwọn
ọmọ…") is no score cut at "márùn"; Igbo "ise", "iri" are a scale only after Igbo "n'ime" (toneless Yoruba "ise" is
work); the branch's own scores and notes still read."""

import unicodedata

import pytest
from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.notes import read_notes
from scraper.extract.rating import parse_rating


def _disclosure(paras):
    paras = [unicodedata.normalize("NFC", p) for p in paras]
    body = fromstring("<div>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>")
    return read_notes("\n\n".join(paras), body).disclosure


_OPEN = ("A ferry captain's widow takes over his route between three small islands, and the book follows one year of "
         "crossings, the passengers she comes to know, and the debts he left her.")
_MID = "The island chapters are vivid; the debt plot is thin, but the storm crossing in the last third is gripping."


@pytest.mark.parametrize("note", [
    "Then Priya sent me the archive of her old reading notes, which is how I found this one.",
    "Tom sent me the arcade photos from that trip, the week I read most of it.",
    "She sent me the hardback after I had finished the first one.",
    "They sent me the paperback in a padded envelope and I started it that night.",
])
def test_no_binding_word_and_no_pronoun_giver_is_no_disclosure(note):
    assert _disclosure([_OPEN, _MID, note]) is None


@pytest.mark.parametrize("note", [
    "Ferrow House sent me the anniversary hardback. Thanks; it changed nothing here.",
    "Harbour Lane Press kindly sent me the ARC.",
    "Netgalley and Saltmarsh Books sent me the galleys in spring.",
    "Quayside sent me the audiobook, read by the author.",
])
def test_a_named_giver_sending_a_binding_is_still_a_disclosure(note):
    assert _disclosure([note, _OPEN, _MID])


@pytest.mark.parametrize("line", [
    # el: chapter four of ten, volume two of five, part two of five (ordinals, the keraia's common use)
    "Κεφάλαιο δ΄ από ι΄",
    "Τόμος β΄ στα ε΄",
    "Μέρος β΄ στα ε΄",
    "Κεφάλαιο 4 από 10",
    # tn, st: chapter two of those five; part three of those ten
    "kgaolo pedi mo go tse tlhano",
    "karolo tharo ho tse leshome",
])
def test_a_place_in_the_book_is_no_score(line):
    assert parse_rating(unicodedata.normalize("NFC", line)) is None


@pytest.mark.parametrize("line, value", [
    ("Βαθμός: ζ\u0374 στα ι\u0374", 0.7),
    ("Η κριτική μου: δ΄ στα ε΄", 0.8),
    ("Sephetho: robedi ho tse leshome", 0.8),
])
def test_the_branch_scores_still_read(line, value):
    rating = parse_rating(unicodedata.normalize("NFC", line))
    assert rating is not None and rating.value == value


_YO = ["Ọkùnrin kan tí ń wa ọkọ̀ ojú omi kọ́ ọmọ rẹ̀ obìnrin bí a ṣe ń ka ìgbì omi, kí ó tó kú ní àkókò òjò.",
       "Ìtàn náà lọ́ra ní àárín, ṣùgbọ́n èdè rẹ̀ rẹwà, mo sì fẹ́ràn bí ó ṣe parí."]
_BODY = ["A ferry captain's widow takes over his route between three small islands, and the novel follows her through "
         "the first season she runs the crossing alone, with the traders, the soldiers and the schoolchildren aboard.",
         "The middle drags when the storms come and the chapters turn into lists of what was lost, but the prose is "
         "plain and lovely, and the widow's stubbornness carries it.",
         "I finished it on a bus and missed my stop, which says enough."]


def _yo_rating(extra):
    paras = _YO[:1] + _BODY[:1] + [extra] + _BODY[1:] + _YO[1:]
    html = ("<html lang='yo'><head><meta charset='utf-8'><title>The Crossing by Ada Okonkwo-Reyes</title></head><body>"
            "<article><h1 class='entry-title'>The Crossing by Ada Okonkwo-Reyes</h1><div class='entry-content'>"
            + "".join(f"<p>{unicodedata.normalize('NFC', p)}</p>" for p in paras) + "</div></article></body></html>")
    return extract_page(html, "https://crossings.example.net/2026/12/the-crossing/").rating


@pytest.mark.parametrize("plot", [
    # yo: two of her five children died; three of the five fishermen did not come back ("márùn-ún", five, its echo
    # vowel after a hyphen: the scale the whole word, not "márùn" and a dash that closes a score)
    "Méjì nínú márùn-ún àwọn ọmọ rẹ̀ ló kú.",
    "Mẹ́ta nínú márùn-ún àwọn apẹja kò padà.",
])
def test_a_yoruba_count_of_five_in_the_plot_is_no_rating(plot):
    assert _yo_rating(plot) is None


def test_a_yoruba_score_of_five_with_its_echo_vowel_still_reads():
    rating = parse_rating(unicodedata.normalize("NFC", "Ìdíyelé: mẹ́rin nínú márùn-ún"))
    assert rating is not None and rating.value == 0.8


@pytest.mark.parametrize("line", [
    # yo (toneless): this is book four of his works; ig's five and ten read only after ig's own "of" (n'ime)
    "Eyi ni iwe 4 ninu ise re.",
    "Ma ise ei tea, 3 de ise",
    "Rating: four of iri",
])
def test_igbo_five_and_ten_are_a_scale_only_after_igbo_of(line):
    assert parse_rating(line) is None


@pytest.mark.parametrize("line, value", [("Ọnụ ọgụgụ: atọ n'ime ise", 0.6), ("Ọnụ ọgụgụ: itoolu n’ime iri", 0.9)])
def test_igbo_scores_still_read(line, value):
    rating = parse_rating(unicodedata.normalize("NFC", line))
    assert rating is not None and rating.value == value
