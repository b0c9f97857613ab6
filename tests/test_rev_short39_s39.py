"""short39's misfires (rev-short39): the writer's copy a gift of the house (copywords.RECEIVED_FOR_REVIEW) read "the
publisher's" as the house's own part even when it is a person of the house's ("the publisher's daughter"), and missed
Italian's "Il mio esemplare"; the house's office, team or imprint still are."""

import pytest
from lxml.html import fromstring

from scraper.extract.notes import read_notes

_OPEN = ("A retired lock-keeper spends one last summer on the canal he tended for thirty years, and the short novel "
         "walks the towpath with him from the top lock to the basin, one chapter for each gate.")
_MID = "The middle is slow in a good way, and the boats that pass are drawn with a light, funny hand."


def _disclosure(paras):
    markdown = "\n\n".join(paras)
    body = fromstring("<div>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>")
    return read_notes(markdown, body).disclosure


@pytest.mark.parametrize("note", [
    "The ending is rushed. My copy was a gift from the publisher's daughter, an old friend from school.",
    "The ending is rushed. My copy was a gift from the publisher's widow, who found a box of them in the attic.",
    "The ending is rushed. Our copy is a gift from the publisher's son, who lives two doors down.",
])
def test_a_gift_from_a_person_of_the_house_is_none(note):
    assert _disclosure([_OPEN, _MID, note]) is None


@pytest.mark.parametrize("note", [
    "The ending is rushed. My copy was a gift from the publisher's UK office, with no strings attached.",
    "The ending is rushed. My copy was a gift from the publisher's publicity team.",
    "Il finale è frettoloso. Il mio esemplare è stato un regalo della casa editrice, senza condizioni.",
    "Il finale è frettoloso. La mia copia è stata un regalo dell'editore.",
])
def test_a_gift_from_the_house_or_its_office_is_a_disclosure(note):
    assert _disclosure([_OPEN, _MID, note])


# Somali edge notes (notegift, short39): the book sent to the writer by someone else, the house named only as where it
# was bought, in another clause or after a buying ("ka iibsatay", bought from), is no free copy; the house's own sending
# still is, at the top or the bottom
_SO = ["Sheekadu waxay ku saabsan tahay laba walaalo ah oo doon ku shaqeeya webiga afartan sano, cutubyo gaagaaban.",
       "Bartamaha ayaa xoogaa gaabis ah, laakiin dhammaadku waa qurux badan yahay."]


@pytest.mark.parametrize("note", [
    "Hooyaday ayaa ii soo dirtay buuggan, oo ay ka iibsatay daabacaha magaalada.",
    "Hooyaday ayaa ii soo dirtay buuggan; waxay ka iibsatay daabacaha.",
    "Walaashay ayaa ii soo dirtay buuggan oo ay ka iibsatay daabacaha.",
])
def test_a_somali_note_of_a_copy_bought_from_the_house_is_none(note):
    assert _disclosure([note] + _SO) is None
    assert _disclosure(_SO + [note]) is None


@pytest.mark.parametrize("note", [
    "Daabacaha ayaa buuggan ii soo diray si aan u qiimeeyo.",
    "Buuggan waxaa ii soo diray daabacaha; fikradaha halkan ku qoran waa kuwayga.",
])
def test_a_somali_note_of_the_houses_sending_is_a_disclosure(note):
    assert _disclosure([note] + _SO)
    assert _disclosure(_SO + [note])


# A character's line in the plot, quoted, is no note of the writer's: "“My copy was a gift from the author,” she tells
# the inspector" (copywords.RECEIVED_FOR_REVIEW's gift of the house, short39); the writer's own copy from the author,
# in French and Italian too ("de l'auteur", "dell'autore"), is
_PLOT = ("The novel follows a bookseller in Trieste in 1938 who hides a manuscript for a friend, and each chapter is "
         "one day of that autumn.")
_CLOSE = "The prose is plain and careful, and the ending is hard to forget; I recommend it to anyone who loves bookshops."


@pytest.mark.parametrize("line", [
    "When the police search the shop she lies calmly. \u201cMy copy was a gift from the author,\u201d she tells the "
    "inspector, and hands him a signed first edition.",
    "Quand la police fouille la librairie, elle ment : \u00ab\u00a0Mon exemplaire \u00e9tait un cadeau de l'auteur\u00a0\u00bb, "
    "dit-elle \u00e0 l'inspecteur.",
])
def test_a_quoted_gift_in_the_plot_is_none(line):
    assert _disclosure([_PLOT, line, _CLOSE]) is None


@pytest.mark.parametrize("note", [
    "La fin est un peu rapide. Mon exemplaire \u00e9tait un cadeau de l'auteur, sans condition.",
    "Il finale \u00e8 un po' frettoloso. Il mio esemplare \u00e8 stato un regalo dell'autore.",
])
def test_the_writers_copy_a_gift_of_the_author_is_a_disclosure(note):
    assert _disclosure([_PLOT, _CLOSE, note])


# A lead and a cased scale closing a line (ratinglead.led_cased, short39) counts a score line as "Rating: 4/5" does,
# on a scale of five or ten only (scorelines reads "N/5", "N/10"): a reading challenge's progress closing a short post
# ("Kitob marafoni: 20-dan 14.", fourteen books of twenty) is a count, not the post's own verdict
_UZ = ["Bu qissani kuzgi ta'tilda bir kechada o'qib chiqdim. Muallif tog' qishlog'idagi bir oilaning uch avlodini "
       "qisqa boblarda ko'rsatadi, har bir bob boshqa bir kishining ovozi bilan yozilgan.",
       "Tili sodda va iliq, ayniqsa buvining xotiralari ta'sirli. Ammo oxirgi boblar shoshilinch yozilgandek tuyuladi, "
       "ba'zi qahramonlar esa bir-ikki jumlada qolib ketgan. Shunga qaramay, kitobni yopganimdan keyin ham bu oila "
       "haqida uzoq o'yladim va uni do'stlarimga ham tavsiya qilaman."]


@pytest.mark.parametrize("line", ["Kitob marafoni: 20-dan 14.", "Марафон: 20дән 14.", "Challenge: 100 kitobdan 37."])
def test_a_challenges_count_on_a_scale_of_twenty_or_a_hundred_is_no_score_line(line):
    from scraper.extract.scorelines import own_verdict, scored
    assert not scored([line]) and not own_verdict(line)


def test_a_short_post_closing_on_a_challenges_count_gets_no_rating():
    from scraper.extract import extract_page
    html = ("<html lang='uz'><head><meta charset='utf-8'><title>Kuzgi o'qishlar</title></head><body><header><a href='/'>"
            "Kitobxona</a></header><article class='post'><h1 class='entry-title'>Kuzgi o'qishlar</h1><div class='entry-content'>"
            + "".join(f"<p>{p}</p>" for p in _UZ + ["Kitob marafoni: 20-dan 14."]) + "</div></article></body></html>")
    record = extract_page(html, "https://kitobxona.example.uz/2026/11/kuzgi/")
    assert record.rating is None and record.kind != "review", record.reason


@pytest.mark.parametrize("line", ["Bahoyim: 10-dan 7.", "Миний үнэлгээ: 5-аас 4."])
def test_a_lead_and_a_cased_scale_of_five_or_ten_is_still_a_score_line(line):
    from scraper.extract.scorelines import own_verdict, scored
    assert scored([line]) and own_verdict(line)
