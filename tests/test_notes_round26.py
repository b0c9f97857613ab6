"""Notes, holdout26 round (det): a free copy traded for the writer's review or opinion in the languages the sentence
rules did not read (notewords.EXCHANGED: nl, pl, cs, hu, ro, ru/uk, tr, el, sv/no, fi, hr, id); a bare "attention"
label over a list of hard things (notewarnings.hard_list); a note set apart in italics or brackets at the top under
a label of a few words (notewarnings.labelled_note), with the Greek stress moving in "death" and "describes". Our own
words; near misses: a copy bought or borrowed, an exchange of something else, a remark after "attention", a spoiler
note, a note that names no hard thing, a label-led italic line lower down."""

from __future__ import annotations

import pytest

from scraper.extract import notes
from scraper.extract.notewarnings import hard_list, labelled_note
from scraper.extract.notewords import EXCHANGED, names_hard_thing


def _review(first: str, last: str = "") -> str:
    body = ("The middle of the review talks about the plot and the characters at some length, as reviews do, "
            "with enough words to be a paragraph of its own and nothing else in it.")
    return "\n\n".join(part for part in (first, body, body, body, last) if part)


@pytest.mark.parametrize("note", [
    "Het boek kreeg ik van de uitgeverij in ruil voor een eerlijke recensie.",  # nl
    "Książkę otrzymałem od wydawnictwa w zamian za szczerą opinię.",  # pl
    "Knihu mi poslalo nakladatelství výměnou za upřímnou recenzi.",  # cs
    "A regényt a kiadótól kaptam, őszinte értékelésért cserébe.",  # hu, the postposition after
    "A példányt cserébe a véleményemért kaptam meg.",  # hu, before
    "Am primit cartea în schimbul unei recenzii oneste.",  # ro
    "Книгу мне прислали в обмен на честный отзыв.",  # ru
    "Роман я отримала в обмін на відгук.",  # uk
    "Kitap bana dürüst bir inceleme karşılığında gönderildi.",  # tr
    "Το μυθιστόρημα μου δόθηκε με αντάλλαγμα μια ειλικρινή κριτική.",  # el
    "Jeg fikk romanen i bytte mot en ærlig anmeldelse.",  # no
    "Sain kirjan rehellistä arviota vastaan.",  # fi
    "Knjigu sam dobila u zamjenu za iskrenu recenziju.",  # hr
    "Knjigo sem prejela od založbe v zameno za iskreno recenzijo.",  # sl (its accusative in -o)
    "Knihu som dostala výmenou za úprimnú recenziu.",  # sk (no háček on the e)
    "Buku ini saya terima sebagai ganti ulasan yang jujur.",  # id
])
def test_a_copy_traded_for_a_review_is_a_disclosure(note):
    assert notes.read_notes(_review(note)).disclosure
    assert notes.read_notes(_review("", note)).disclosure  # at either end


@pytest.mark.parametrize("note", [
    "Het boek kocht ik zelf, in de winkel om de hoek.",  # nl: bought
    "W zamian za pomoc w ogrodzie sąsiadka pożyczyła mi tę książkę.",  # pl: lent, and traded for gardening
    "A regényt a könyvtárból kölcsönöztem.",  # hu: borrowed from the library
    "Ha szeretnél recenziós példányt, cserébe a véleményedért, írj nekem.",  # hu: a policy's "if"
    "Kitabı kendi paramla aldım, kimse bir şey göndermedi.",  # tr: bought it myself
])
def test_no_disclosure(note):
    assert notes.read_notes(_review(note)).disclosure is None


def test_the_exchange_names_a_review_or_an_opinion():
    assert EXCHANGED.search("w zamian za recenzję")
    assert not EXCHANGED.search("w zamian za obiad")  # pl: in exchange for a dinner
    assert not EXCHANGED.search("i bytte mot en kopp kaffe")  # no: for a cup of coffee


@pytest.mark.parametrize("markdown", [
    "**Uwaga:** przemoc wobec dziecka, znęcanie się w rodzinie. Czytałem powoli.\n\nDalej recenzja.",  # pl
    "**Achtung:** Gewalt gegen Kinder, Tod der Mutter.\n\nDann die Rezension.",  # de
    "**Figyelem:** erőszak, öngyilkosság, halál.\n\nA kritika innen indul.",  # hu
    "Внимание: насилие в семье, смерть ребёнка.\n\nДальше отзыв.",  # ru
])
def test_an_attention_label_over_a_list_of_hard_things(markdown):
    assert notes.read_notes(markdown).content_warnings


@pytest.mark.parametrize("markdown", [
    "**Uwaga:** śmierć, jak zawsze u niego, przychodzi nagle.\n\nDalej recenzja.",  # a sentence with one hard thing
    "**Uwaga:** ta książka jest długa, gruba, ciężka w ręku.\n\nDalej recenzja.",  # a list of nothing hard
    "**Achtung:** Gewalt? Nein, die gibt es hier kaum.\n\nDann die Rezension.",  # a question and its answer
    "**Attention:** spoilers, ending, twist.\n\nThen the review.",  # spoilers are no hard thing
])
def test_no_warning_after_a_bare_attention_label(markdown):
    assert notes.read_notes(markdown).content_warnings is None


def test_a_list_far_down_the_post_is_not_read():
    body = "\n\n".join(["A paragraph of the review, long enough to count as one of its blocks here."] * 6)
    assert notes.read_notes(body + "\n\n**Uwaga:** przemoc, śmierć, gwałt.\n\nKoniec.").content_warnings is None


def test_hard_list_items_are_short():
    assert hard_list("przemoc wobec dziecka, znęcanie się w rodzinie. Reszta.")
    assert not hard_list("przemoc, która w tej powieści jest wszędzie obecna i bardzo męcząca dla czytelnika")


@pytest.mark.parametrize("markdown", [
    "*Σημείωση για όσους διαβάζουν: το μυθιστόρημα περιγράφει βασανιστήρια και θανάτους αμάχων.*\n\nΗ κριτική αρχίζει εδώ.",  # el
    "*Nota para quem lê: o romance descreve torturas e a morte de uma criança.*\n\nA resenha começa aqui.",  # pt
    "[Ein Wort vorab: Der Roman beschreibt Gewalt in der Ehe.]\n\nDie Rezension beginnt hier.",  # de, in brackets
])
def test_a_note_set_apart_under_a_label_of_a_few_words(markdown):
    assert labelled_note(markdown)
    assert notes.read_notes(markdown).content_warnings


@pytest.mark.parametrize("markdown", [
    "*Σημείωση για όσους διαβάζουν: το μυθιστόρημα περιγράφει ένα καλοκαίρι στη θάλασσα.*\n\nΗ κριτική.",  # nothing hard
    "*Spoiler for the curious: the last scene shows the death of the captain.*\n\nThe review.",  # a spoiler note
    "*Nota para quem lê: o romance não descreve violência nenhuma.*\n\nA resenha.",  # says there is none
    "First paragraph of the review, plain.\n\nSecond one, plain too.\n\n*A word to readers: it describes a murder.*",  # lower down
    "*The novel describes a murder in its first pages and never lets go.*\n\nThe review.",  # no label: a standfirst
    "*Recenzja: powieść opisuje śmierć ojca i długą żałobę rodziny.*\n\nDalej tekst.",  # pl: a standfirst labelled as the review
    "*Рецензия: роман описывает смерть отца.*\n\nДальше текст.",  # ru: the same
])
def test_no_labelled_note(markdown):
    assert labelled_note(markdown) is None


@pytest.mark.parametrize("text", ["θανάτους στρατιωτών", "ο θάνατος του πατέρα", "τραύματα πολέμου", "znęcanie się nad zwierzętami"])
def test_hard_things_in_their_inflected_forms(text):
    assert names_hard_thing(text)
