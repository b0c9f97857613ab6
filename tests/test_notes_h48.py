"""Round 5 (holdout48) notes, on sentences of our own: a free copy said in more languages (tl sending and trade, the
Baltic, Finnic, Hungarian and Romanian desk, be), a note's label before a sentence (not an info row), a review
policy's "I say when a publisher sent me a copy" (no disclosure), a Yiddish warning pointed or not, and a Tagalog
score "4 sa 5"; with the near misses each rule must leave alone."""

import pytest

from scraper.extract.notedesk import desk_copy
from scraper.extract.notegift import edge_gift
from scraper.extract.notes import disclosure_in, find_content_warnings, read_notes
from scraper.extract.notewords import EXCHANGED, names_hard_thing
from scraper.extract.rating import find_rating

BODY = ("Sa simula ay mabagal ang kuwento, pero unti-unti akong nahila ng mga tauhan at ng kanilang baryo.\n\n"
        "Ang ikalawang bahagi ang pinakamahusay: maikli ang mga kabanata at matalas ang mga usapan.\n\n"
        "Hindi perpekto ang wakas, pero matagal ko itong iisipin.")


def _at_end(note):
    return edge_gift(note, 7, 8)


# -- the trade, "in exchange for a review", in more languages ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Natanggap ko ang aklat kapalit ng isang tapat na rebyu.",  # tl
    "Nilipewa nakala hii badala ya maoni yangu.",  # sw
    "Mình nhận sách để đổi lấy một bài đánh giá trung thực.",  # vi
    "Bókin barst mér í skiptum fyrir heiðarlega umsögn.",  # is
    "Librin e mora në këmbim të një recensioni.",  # sq
    "Liburua iruzkin zintzo baten truke jaso nuen.",  # eu
    "Ek het dit gekry in ruil vir 'n eerlike resensie.",  # af
])
def test_trade_for_a_review(sentence):
    assert EXCHANGED.search(sentence)


def test_trade_near_misses():
    assert not EXCHANGED.search("Ang kapalit ng kanyang pag-ibig ay isang mahabang paghihintay.")  # tl: the price of love
    assert not EXCHANGED.search("Walibadilishana zawadi badala ya barua.")  # sw: gifts instead of letters


# -- tl: the publisher sent the copy free ---------------------------------------------------------------------------

def test_tagalog_sending_at_the_edge():
    assert _at_end("Libreng ipinadala sa akin ng publisher ang kopyang ito.")
    assert _at_end("Nagpadala ang palimbagan ng libreng kopya para sa rebyung ito.")
    # near misses: the publisher sent the author on a tour (no copy free); the same note in the middle
    assert not _at_end("Ipinadala ng publisher ang may-akda sa isang mahabang paglilibot.")
    assert not edge_gift("Libreng ipinadala sa akin ng publisher ang kopyang ito.", 3, 9)


# -- a note's label before a sentence is no info row -------------------------------------------------------------

def test_labelled_note_at_the_edge():
    assert _at_end("Notă: editura mi-a trimis cartea gratuit, dar opinia îmi aparține.")  # ro
    assert _at_end("Napomena: knjigu mi je besplatno poslao izdavač, mišljenje je moje.")  # hr
    # an info row naming the house stays a row
    assert not _at_end("Editura: Nord, 2026, gratuit")
    assert not _at_end("Баспа: Жазушы, 2026")


# -- the desk or the review copy, in et, lv, lt, hu, ro, be ----------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Arvustuseksemplari saatis meie toimetusele kirjastus Põhjatäht.",  # et
    "Kirjastus kinkis raamatu toimetusele.",  # et
    "Recenzijas eksemplāru redakcijai atsūtīja izdevniecība Ziemeļi.",  # lv
    "Recenzinį knygos egzempliorių redakcijai atsiuntė leidykla.",  # lt
    "A recenziós példányt a kiadó küldte a szerkesztőségnek.",  # hu
    "Exemplarul pentru recenzie a fost trimis redacției de editura Nord.",  # ro
    "Асобнік кнігі для рэцэнзіі даслала рэдакцыі выдавецтва «Поўнач».",  # be
])
def test_desk_copy_more_languages(note):
    assert desk_copy(note) and _at_end(note)


def test_desk_copy_near_misses():
    assert not desk_copy("Saatsime käsikirja kirjastusele juba eelmisel talvel.")  # et: we sent to the house (allative)
    assert not desk_copy("Kirjastus ei saatnud toimetusele eksemplari.")  # et: denied
    assert not desk_copy("Kirjastus saatis toimetusele pressiteate.")  # et: a press release, no copy
    assert not desk_copy("A kiadó küldte a meghívót a szerkesztőségnek.")  # hu: an invitation
    assert not desk_copy("Manuscrisul l-am trimis editurii în primăvară.")  # ro: to the house (dative)
    assert not desk_copy("Выдавецтва даслала чытачам зніжку на кнігу.")  # be: a discount to readers


# -- a review policy names the practice, not a copy ----------------------------------------------------------------

@pytest.mark.parametrize("policy", [
    "Each post states plainly when a publisher sent me a free copy.",
    "Siempre indico si la editorial me envió el ejemplar de regalo.",
    "Je précise toujours quand un éditeur m'a envoyé un exemplaire gratuit.",
    "Ich kennzeichne immer, wenn mir ein Verlag ein Rezensionsexemplar geschickt hat.",
])
def test_policy_is_no_disclosure(policy):
    assert disclosure_in(policy) is None


def test_policy_near_misses_stay_disclosures():
    assert disclosure_in("The publisher sent me a free copy in exchange for an honest review.")
    # "say if" about something else than a copy
    assert disclosure_in("I received this copy from the publisher, and I will say if that mattered: it did not.")


# -- yi: a warning, pointed or not -----------------------------------------------------------------------------------

def test_yiddish_warning():
    pointed = [("text", "אַ לאַנגער ערשטער אַבזאַץ וועגן דעם ראָמאַן און זײַן שטעטל."),
               ("text", "אַכטונג: דער ראָמאַן באַשרײַבט גוואַלד און טויט אין אַ קליין דאָרף.")]
    assert find_content_warnings(pointed)
    plain = [("text", "א לאנגער ערשטער אבזאץ."), ("text", "ווארענונג: דער ראמאן שילדערט א מארד.")]
    assert find_content_warnings(plain)
    assert names_hard_thing("דאָס בוך באַשרײַבט אַ פּאָגראָם")


def test_yiddish_near_misses():
    # "attention": a remark that names no hard thing
    calm = [("text", "א לאנגער ערשטער אבזאץ."), ("text", "אַכטונג: דער ראָמאַן איז לאַנג, אָבער כדאי.")]
    assert find_content_warnings(calm) is None
    # a hard thing in the review's prose, no label, in the middle
    assert read_notes("ערשטער אבזאץ.\n\nצווייטער אבזאץ.\n\nדער ראָמאַן באַשרײַבט גוואַלד.\n\nפערטער.\n\nפינפטער.\n\nזעקסטער.").content_warnings is None


# -- tl: "4 sa 5" ------------------------------------------------------------------------------------------------------

def test_tagalog_score():
    rating = find_rating(BODY.split("\n\n") + ["Iskor: 3.5 sa 5"])
    assert rating is not None and rating.value == pytest.approx(0.7)
    rating = find_rating(BODY.split("\n\n") + ["Marka ko: 4 sa 5 na bituin"])
    assert rating is not None and rating.value == pytest.approx(0.8)
    # near miss: a count with "sa", not a score
    assert find_rating(BODY.split("\n\n") + ["Dalawa sa limang anak ang umalis ng baryo."]) is None
