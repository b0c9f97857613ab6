"""Round holdout50 (notes50): a score in Welsh, Irish, Scottish Gaelic and Breton number words; a free-copy note in
Nynorsk, Tajik (and Uzbek/Tatar Cyrillic), Khmer and Lao; a content warning in Odia, Bengali, Gujarati and
Punjabi. Our own sentences; near misses left alone."""

import pytest

from scraper.extract.notegift import edge_gift
from scraper.extract.notes import read_notes
from scraper.extract.rating import find_rating

BODY = ["A slow novel about two cousins who run a ferry, told in short chapters and a calm voice throughout.",
        "The middle drags a little, but the last third is moving and the dialogue rings true to the place."]


def _value(lines):
    rating = find_rating(lines)
    return None if rating is None else round(rating.value, 3)


@pytest.mark.parametrize("line, value", [
    ("Rwy'n rhoi tair seren allan o bump i'r casgliad hwn.", 0.6),  # cy: the scale mutated after "o"
    ("Byddwn i'n rhoi wyth allan o ddeg i'r llyfr.", 0.8),
    ("Sgôr: pedair seren allan o bump", 0.8),
    ("Tugaim trí réalta as cúig don úrscéal seo.", 0.6),  # ga
    ("Bheirinn ceithir rionnagan a-mach à còig dhan leabhar.", 0.8),  # gd
])
def test_celtic_worded_scores(line, value):
    assert _value(BODY + [line]) == value


@pytest.mark.parametrize("line", [
    "Roedd bump mawr yn y ffordd wrth i ni yrru adref o'r siop lyfrau.",  # en "bump" in a Welsh sentence: no score
    "Daeth pump o bobl i'r noson lansio yn y llyfrgell leol.",  # a count of people
    "Mae tair seren ddisglair uwchben y pentref yn y bennod gyntaf.",  # stars in the story, no scale
    "Darllenais i naw nofel allan o'r llyfrgell eleni.",  # "allan o" with no scale after it
])
def test_celtic_near_misses(line):
    assert _value(BODY + [line]) is None


def _disclosure(*blocks):
    return read_notes("\n\n".join(blocks)).disclosure


LONG = ("Dette er ei lang og roleg forteljing om ein gard ved fjorden, og eg las henne over tre kveldar "
        "utan å kjede meg eitt einaste augeblikk.")


@pytest.mark.parametrize("note", [
    "Bokmeldaren fekk boka frå forlaget.",  # nn: from the publisher
    "Eg har fått eit lesareksemplar frå forlaget.",
])
def test_from_the_publisher_nordic(note):
    assert _disclosure(LONG, LONG, note)


@pytest.mark.parametrize("note", [
    "Boka kom ut frå forlaget i fjor.",  # nn: published by the house, nothing got
    "Eg fekk ikkje noko frå forlaget; boka kjøpte eg sjølv.",  # nn: got nothing
])
def test_from_the_publisher_nordic_near_misses(note):
    assert not _disclosure(LONG, LONG, note)


@pytest.mark.parametrize("note", [
    # tg: the house reprinted it (no gift); the house gave me my copy for this review (a sentence of a longer block)
    "Нашриёт ин китобро соли гузашта бо муқоваи нав дубора ба бозор баровард ва нархашро ҳам каме арзон кард, ки "
    "барои донишҷӯён хеле хуб аст. Нусхаи маро нашриёт барои ин мақола тӯҳфа кард, аммо андешаҳо аз худи ман ҳастанд.",
    "Нашриёт ин китобро ба ман ройгон фиристод.",  # tg, short
    "ខ្ញុំទទួលបានសៀវភៅនេះដោយឥតគិតថ្លៃពីគ្រឹះស្ថានបោះពុម្ព។",  # km: I received this book free from the publishing house
    "ຂ້ອຍໄດ້ຮັບປຶ້ມຫົວນີ້ຈາກສຳນັກພິມໂດຍບໍ່ເສຍຄ່າ.",  # lo: I received this book from the publisher free of charge
])
def test_gift_notes_more_scripts(note):
    assert edge_gift(note, 0, 5)


@pytest.mark.parametrize("note", [
    "Нашриёт ин китобро соли 2019 чоп кард.",  # tg: the house printed it, nothing given
    "Нашриёт ин китобро ба ман нафиристод, ман онро аз мағоза харидам.",  # tg: not sent, bought
    "គ្រឹះស្ថានបោះពុម្ពមិនបានផ្ញើសៀវភៅនេះមកខ្ញុំទេ។",  # km: the publisher did not send it to me
    # tg, a longer block whose house gave the book a new cover, nobody's copy
    "Нашриёт ин китобро соли гузашта бо муқоваи нав дубора ба бозор баровард ва нархашро ҳам каме арзон кард, ки "
    "барои донишҷӯён хеле хуб аст. Муаллиф онро ба хотираи модараш тӯҳфа кардааст ва ин сатрҳо хеле таъсирбахш ҳастанд.",
])
def test_gift_notes_near_misses(note):
    assert not edge_gift(note, 0, 5)


@pytest.mark.parametrize("note", [
    "ସୂଚନା: ଏହି ଉପନ୍ୟାସରେ ଆତ୍ମହତ୍ୟା ଓ ହିଂସାର ବର୍ଣ୍ଣନା ଅଛି।",  # or: a notice of suicide and violence described
    "ଚେତାବନୀ: ମୃତ୍ୟୁ ଓ ନିର୍ଯାତନା",  # or: a warning label and its list
    "सूचना: इस उपन्यास में आत्महत्या का वर्णन है।",  # hi: a notice
    "ਚੇਤਾਵਨੀ: ਇਸ ਕਿਤਾਬ ਵਿੱਚ ਹਿੰਸਾ ਅਤੇ ਮੌਤ ਦਾ ਜ਼ਿਕਰ ਹੈ।",  # pa
])
def test_indic_warnings(note):
    assert read_notes(note + "\n\nA paragraph of the review follows here with enough words to be one.").content_warnings


@pytest.mark.parametrize("note", [
    "ସୂଚନା: ଏହି ବହିଟି ବହୁତ ଲମ୍ବା, ଧୀରେ ପଢ଼ନ୍ତୁ।",  # or: a notice that the book is long
    "ସୂଚନା: ଲେଖକଙ୍କ ମୃତ୍ୟୁ ୧୯୯୧ରେ ହୋଇଥିଲା।",  # or: the author's death, no depiction in the book
])
def test_indic_notice_near_misses(note):
    assert not read_notes(note + "\n\nA paragraph of the review follows here with enough words to be one.").content_warnings
