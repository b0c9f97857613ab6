"""Round holdout53 (notes53): a free-copy note in Tagalog, Icelandic, Frisian and Breton; a content warning in Basque,
Haitian Creole and their neighbours; a score in Frisian (and Low German, Limburgish) number words; a closing note kept
at the review's edge when a sidebar's list under its own heading follows. Our own sentences; near misses left alone."""

import pytest

from scraper.extract.notegift import edge_gift, trailing_section
from scraper.extract.notes import find_disclosure, read_notes
from scraper.extract.rating import find_rating

LONG = ("A quiet family novel set on a windy island, told over one long winter by a grandmother and her grandson, "
        "with short chapters and a patient voice that never hurries the small events of the village.")


def _disclosure(*blocks):
    return read_notes("\n\n".join(blocks)).disclosure


def _warning(*blocks):
    return read_notes("\n\n".join(blocks)).content_warnings


@pytest.mark.parametrize("note", [
    "Ipinadala sa akin ng palimbagan ang librong ito nang walang bayad.",  # tl: sent to me by the press, free of charge
    "Ang kopya ng nobelang ito ay bigay ng tagapaglathala nang walang bayad.",  # tl: the copy given by the publisher, free
    "Útgefandinn sendi mér bókina til umfjöllunar.",  # is: the publisher sent me the book
    "Útgáfufélagið sendi gagnrýnandanum eintak.",  # is: the publishing house sent the reviewer a copy
    "It blêd krige dit eksimplaar fan de útjouwer.",  # fy: the paper received this copy from the publisher
    "De útjouwer hat my it boek fergees tastjoerd.",  # fy: the publisher sent me the book free
    "An ti-embann en deus kaset al levr din evit netra.",  # br: the publishing house sent me the book for nothing
    "Roet e oa bet ul levr dimp gant an ti-embann.",  # br: a book was given to us by the publishing house
])
def test_gift_notes_h53(note):
    assert edge_gift(note, 5, 6)
    assert _disclosure(LONG, LONG, LONG, note)


@pytest.mark.parametrize("note", [
    "Tagapaglathala: Palimbagang Lungsod, 2019.",  # tl: a record row
    "Ipinadala ng tagapaglathala ang may-akda sa isang book tour.",  # tl: the author sent on a tour, no copy, not free
    "Útgefandi bókarinnar sendi frá sér tilkynningu í gær.",  # is: the publisher sent out a press release
    "De útjouwer hat it boek yn 2021 útjûn.",  # fy: published, nothing given
    "Embannet eo bet al levr gant an ti-embann e 1990.",  # br: published by the house
    "N'eo ket bet kaset al levr din gant an ti-embann.",  # br: not sent
])
def test_gift_near_misses_h53(note):
    assert not edge_gift(note, 5, 6)


def test_gift_note_in_the_middle_is_left():
    assert not edge_gift("An ti-embann en deus kaset al levr din evit netra.", 3, 9)


@pytest.mark.parametrize("note", [
    "Ohartarazpena: eleberriak indarkeriaren eta heriotzaren deskribapen gordinak ditu.",  # eu
    "Avètisman: woman sa a pale de vyolans ak lanmò, ak kèk sèn ki di anpil.",  # ht
    "Warskôging: it boek beskriuwt geweld en in selsmoard.",  # fy
])
def test_warning_labels_h53(note):
    assert _warning(note, LONG, LONG)


@pytest.mark.parametrize("note", [
    "Ohartarazpena: liburu hau luzea da eta hasiera motela du.",  # eu: a remark (long, a slow start), no hard thing
    "Avètisman: liv la long anpil, li pran tan pou l kòmanse.",  # ht: the book is long
    "Warskôging: dit is in dik boek mei lytse letters.",  # fy: a thick book
])
def test_warning_label_near_misses_h53(note):
    assert not _warning(note, LONG, LONG)


BODY = ["A slow novel about a fishing village, told in short chapters and a calm voice throughout the whole year.",
        "The middle drags a little, but the last third is moving and the dialogue rings true to the coast."]


def _value(lines):
    rating = find_rating(lines)
    return None if rating is None else round(rating.value, 3)


@pytest.mark.parametrize("line, value", [
    ("Ik jou dizze roman trije stjerren.", 0.6),  # fy: I give this novel three stars
    ("Foar my is it in boek fan fjouwer stjerren fan de fiif.", 0.8),  # fy: four stars of five
    ("Ik geev dat Book dree vun fiev Steerns.", 0.6),  # nds
])
def test_frisian_worded_scores(line, value):
    assert _value(BODY + [line]) == value


@pytest.mark.parametrize("line", [
    "Trije fiskers fuortgean by fjouwer uur moarns de see op.",  # fy: three fishermen at four o'clock, no stars
    "De stjerren stiene heech boppe it doarp doe't se thúskamen.",  # fy: the stars in the story
])
def test_frisian_score_near_misses(line):
    assert _value(BODY + [line]) is None


def test_trailing_sidebar_list_does_not_push_the_note_off_the_edge():
    note = "De útjouwer hat my it boek fergees tastjoerd."
    blocks = [("text", LONG)] * 5 + [("text", note), ("heading", "Agenda"),
                                     ("item", "3 jannewaris – lêzing yn de biblioteek fan Snits"),
                                     ("item", "9 jannewaris – poëzyjûn yn it kafee oan de brêge")]
    assert find_disclosure(blocks) == note
    # without the heading, the items may be the review's own list: they still count
    listed = [("text", LONG)] * 5 + [("text", note)] + [("item", "the first thing I liked about the book")] * 3
    assert trailing_section([True] * len(listed), listed) == [True] * len(listed)
    # a paragraph after the heading makes it the review's own section
    own = blocks[:7] + [("text", LONG), ("item", "a list item of five words")]
    assert trailing_section([True] * len(own), own) == [True] * len(own)
