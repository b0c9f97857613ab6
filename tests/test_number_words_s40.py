"""A score written in the number words of Yoruba, Igbo, Sotho-Tswana, or in Greek alphabetic numerals (a letter and
its keraia, "η΄ στα ι΄"), read in the shapes every language's number words are read in (N of M, M a scale word,
``ratingwords.NUMBER_WORDS``, short40); a plot sentence with two such numbers in a paragraph gives no rating."""

import unicodedata

import pytest

from scraper.extract import extract_page
from scraper.extract.rating import parse_rating

_URL = "https://riverdesk.example.net/2026/12/the-ferryman/"


def _nfc(text):
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("line, value", [
    # yo: eight in ten, four in five (the tones and the dot under as one or two code points)
    ("Ìdíyelé: mẹ́jọ nínú mẹ́wàá", 0.8),
    ("Ìdíyelé: mẹ́rin nínú márùn-ún", 0.8),
    # ig: three of five, nine of ten
    ("Ọnụ ọgụgụ: atọ n'ime ise", 0.6),
    ("Ọnụ ọgụgụ: itoolu n’ime iri", 0.9),
    # tn, st, nso: the stars that are three, of those five ("dinaledi di le tharo mo go tse tlhano")
    ("Maduo: dinaledi di le tharo mo go tse tlhano", 0.6),
    ("Sephetho: robedi ho tse leshome", 0.8),
    # el: the alphabetic numerals, a letter and its keraia (U+0374, or the tonos U+0384 as keyboards write it)
    ("Βαθμός: ζ\u0374 στα ι\u0374", 0.7),
    ("Βαθμός: δ\u0384 στα ε\u0384", 0.8),
])
def test_a_worded_score_in_these_languages_is_read(line, value):
    rating = parse_rating(_nfc(line))
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    # the Greek article and a letter with no keraia are no numerals
    "η πόλη στα δέκα χρόνια",
    "Κεφάλαιο η στα ι",
    # a Yoruba "of" with a number word and no scale after it
    "mẹ́ta nínú àwọn ọmọ rẹ̀",
])
def test_no_score_without_the_shape(line):
    assert parse_rating(_nfc(line)) is None


_PARAS = {
    "yo": ["Ọkùnrin kan tí ń wa ọkọ̀ ojú omi kọ́ ọmọ rẹ̀ obìnrin bí a ṣe ń ka ìgbì omi, kí ó tó kú ní àkókò òjò.",
           "Ìtàn náà lọ́ra ní àárín, ṣùgbọ́n èdè rẹ̀ rẹwà, mo sì fẹ́ràn bí ó ṣe parí."],
    "ig": ["Otu nwoke na-akwọ ụgbọ mmiri na-akụziri nwa ya nwaanyị ka e si agụ ebili mmiri tupu ọ nwụọ.",
           "Akụkọ ahụ na-eji nwayọọ aga n'etiti, mana asụsụ ya mara mma, ọ masịrị m otú o si kwụsị."],
    "tn": ["Monna yo o kgweetsang mokoro o ruta morwadie go bala maqhubu a noka pele a tlhokafala.",
           "Padi e tsamaya ka bonya fa gare, mme puo ya yone e ntle, ke ratile kafa e feleng ka teng."],
    "el": ["Ένας βαρκάρης μαθαίνει στην κόρη του να διαβάζει τα κύματα του ποταμού πριν πεθάνει τον χειμώνα.",
           "Η μέση αργεί, αλλά η γλώσσα είναι όμορφη και το τέλος με συγκίνησε."],
}


# (the review's body, in English beside the page language's lines: long enough to be read as a review)
_BODY = ["An old ferryman on a brown river teaches his daughter to read the water before the rains take him, and the "
         "novel follows her through the first season she runs the crossing alone, with the traders, the soldiers and "
         "the schoolchildren who ride with her.",
         "The middle drags when the river floods and the chapters turn into lists of what was lost, but the prose is "
         "plain and lovely, and the daughter's stubbornness carries it.",
         "I finished it on a bus and missed my stop, which says enough."]


def _rating(lang, extra_p="", closing=""):
    paras = _PARAS[lang][:1] + _BODY[:1] + ([extra_p] if extra_p else []) + _BODY[1:] + _PARAS[lang][1:]
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Ferryman by Ada Okonkwo-Reyes</title></head><body>"
            "<article><h1 class='entry-title'>The Ferryman by Ada Okonkwo-Reyes</h1><div class='entry-content'>"
            + "".join(f"<p>{_nfc(p)}</p>" for p in paras) + (f"<p>{_nfc(closing)}</p>" if closing else "")
            + "</div></article></body></html>")
    return extract_page(html, _URL).rating


@pytest.mark.parametrize("lang, closing, value", [
    ("yo", "<strong>Àmì mi:</strong> mẹ́sàn-án nínú mẹ́wàá", 0.9),
    ("ig", "<b>Akara:</b> kpakpando atọ n'ime ise", 0.6),
    ("tn", "<strong>Maduo:</strong> dinaledi di le nne mo go tse tlhano", 0.8),
    ("el", "<strong>Βαθμός:</strong> θ΄ στα ι΄", 0.9),
])
def test_the_posts_closing_worded_score_is_its_rating(lang, closing, value):
    rating = _rating(lang, closing=closing)
    assert rating is not None and rating == value


@pytest.mark.parametrize("lang, plot", [
    # a count in the story, two number words in a sentence between paragraphs
    ("yo", "Mẹ́ta nínú mẹ́wàá àwọn apẹja abúlé náà ni kò padà dé láti odò lọ́dún yẹn."),
    ("ig", "Atọ n'ime iri ndị ọkụ azụ nke obodo ahụ anaghị alọta n'afọ ahụ."),
    ("tn", "Ba le bararo mo go ba le lesome ba batshwari ba ditlhapi ga ba a ka ba boa ngwaga oo."),
    ("el", "Στο β΄ μέρος, τρεις στους δέκα ψαράδες του χωριού δεν γύρισαν εκείνη τη χρονιά."),
])
def test_a_plot_sentence_with_two_number_words_is_no_rating(lang, plot):
    assert _rating(lang, extra_p=plot) is None
