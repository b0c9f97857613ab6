"""holdout61 (body61b): a literary desk's call for manuscripts (submissioncall), the Tamil loan 'subscribe' in its
other spellings (followlines/sitelines), the Tamil passive of sending a review copy (notewords.PROVIDED).
Lines written for these tests; near misses are the story's or the reviewer's own."""

import pytest

from scraper.extract.followlines import opening_follow
from scraper.extract.notewords import PROVIDED
from scraper.extract.submissioncall import submission_call


@pytest.mark.parametrize("text", [
    "Kirimkan tulisan Anda ke meja redaksi; kami membaca semuanya.",
    "Kirim cerpenmu ke alamat surel redaksi sebelum akhir bulan.",
    "Send us your manuscripts at the address below; the editors reply within six weeks.",
    "Schicken Sie uns Ihr Manuskript an die Redaktion, wir lesen jede Einsendung.",
    "Envoyez vos manuscrits à la rédaction, nous répondons à tous.",
    "Stuur ons je tekst, de redactie leest mee.",
    "Pošljite nam svoje besedilo na uredništvo do konca meseca.",
    "Wyślij nam swój tekst na adres redakcji, odpowiemy w ciągu miesiąca.",
    "Lähetä meille käsikirjoituksesi sähköpostilla.",
])
def test_manuscript_call(text):
    assert submission_call(text)


@pytest.mark.parametrize("text", [
    "Sang penulis mengirim naskahnya ke tujuh penerbit sebelum akhirnya terbit.",
    "Ia pernah kirim naskahnya sendiri ke sebuah majalah kecil.",
    "She sent her manuscript to forty agents before this one said yes.",
    "Er schickte sein Manuskript an drei Verlage.",
    "Il a envoyé ses manuscrits à son frère, qui les a brûlés.",
    "Pisateljica je rokopis poslala založbi šele po smrti moža.",
    # the imperative quoted from the novel, no desk or address named
    "Kirim naskahmu, kata editornya di akhir novel, dan jangan berhenti menulis meskipun ditolak.",
    "Send your manuscripts anyway, her mother told her, and she did.",
])
def test_story_sending_kept(text):
    assert not submission_call(text)


@pytest.mark.parametrize("text", [
    "எங்கள் யூடியூப் சேனலை சப்ஸ்க்ரைப் செய்யுங்கள்; புதிய நூல் அறிமுகங்கள் அங்கே வரும்.",
    "எங்கள் யூடியூப் சேனலை சப்ஸ்க்கிரைப் செய்யுங்கள்.",
    "எங்கள் ஃபேஸ்புக் பக்கத்தை பாலோ செய்யுங்கள்.",
])
def test_tamil_subscribe_spellings(text):
    assert opening_follow(text)


@pytest.mark.parametrize("text", [
    "நாவலின் நாயகி யூடியூப் சேனல் ஒன்றைத் தொடங்குகிறாள்; அது அவளை மாற்றுகிறது.",
    "அவன் அவளைப் பின்தொடர்ந்தான், யூடியூப் சேனலில் அவள் சொன்னதை நம்பி.",
])
def test_tamil_story_kept(text):
    assert not opening_follow(text)


def test_tamil_passive_sent():
    assert PROVIDED.search("இந்த நூல் பதிப்பகத்தால் எனக்கு அனுப்பப்பட்டது.")
    assert PROVIDED.search("நூலின் பிரதி விமர்சனத்திற்காக வழங்கப்பட்டது.")
    assert not PROVIDED.search("இந்த நாவல் மதுரையின் வரலாற்றைச் சொல்கிறது.")


# --- a verb of writing as the byline's label (creditlines._CREDIT_LABEL) ---

from scraper.extract.creditlines import credit_line, funder_credit


@pytest.mark.parametrize("text", ["Piše: Ana Novak", "Pisze: Jan Kowalski", "Píše: Petra Dvořáková", "Írta: Kiss Anna",
                                  "Γράφει: Νίκος Παππάς", "Shkruan: Arta Hoxha"])
def test_writing_verb_label(text):
    assert credit_line(text)


@pytest.mark.parametrize("text", ["Piše: da je mesto umrlo že davno, in ima prav.", "Pisze: 8/10 i nic więcej",
                                  "Vojnović piše: Ana Novak"])
def test_writing_verb_label_near_misses(text):
    assert not credit_line(text)


# --- the site's credit to its public funder (creditlines.funder_credit) ---

NAMES = lambda: ("Literarnik",)  # noqa: E731  (the home link's words of an invented site)


@pytest.mark.parametrize("text", [
    "Literarnik izhaja s finančno podporo Ministrstva za kulturo.",
    "Literarnik is published with the support of the National Arts Fund.",
    "Literarnik wird gefördert von der Kulturstiftung des Landes.",
    "Literarnik dofinansowano ze środków Ministra Kultury.",
    "Literarnik paraît avec le soutien du Centre national du livre.",
    "Literarnik izlazi uz potporu Ministarstva kulture.",
])
def test_funder_credit(text):
    assert funder_credit(text, NAMES)


@pytest.mark.parametrize("text", [
    # the book's own grant: no site named
    "Prevod je izšel s podporo Javne agencije za knjigo.",
    "The translation was published with the support of the Arts Council.",
    # the site named, no support phrase
    "Literarnik bo novembra praznoval dvajset let.",
    # a rating
    "Literarnik, with the support of its readers, gives it 4/5.",
])
def test_funder_credit_near_misses(text):
    assert not funder_credit(text, NAMES)
