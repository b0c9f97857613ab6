"""Code review rev31b, in our own words: bookofauthor.of_headline gave a headline "T <of> Name" to another person the
text credited with the work's noun and the same "of" ("as in the novel of B"), even where the text named the
headline's own person again as the writer: the headline's "of" then credits the work, and the comparison's person is
no author. Now the title's own genitive ("the mansion of a character") is read so only when the text never names that
person in the author's role (after "written by" or a writer's noun, before a writing verb; a count would not tell them
apart, a review names its hero as often as its writer).

Fires (the title holds its genitive): sw, ha, zu, mt. Near misses (the headline's own writer): sw before a telling
verb, sw as the agent of "kimeandikwa na", ha before "ya rubuta", zu after "umbhali", mt after "awtur".
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookofauthor import of_headline

CHARACTER = [
    ("sw", "Nyumba ya Bwana Kassimu",
     "Riwaya hii ya tatu ya Zuhura Athumani inatupeleka Tanga. Nyumba ya Bwana Kassimu ina siri nyingi.",
     "Zuhura Athumani"),
    ("ha", "Rijiyar na Malam Bello",
     "Littafin farko na Binta Garba ya ba mu labarin ƙauye. Rijiyar Malam Bello ta bushe tun da daɗewa.",
     "Binta Garba"),
    ("zu", "Inkomo ka Baba Zwane",
     "Inoveli yesibili ka Nomsa Khumalo ikhuluma ngomndeni. Inkomo ka Baba Zwane iyalahleka ebusuku.",
     "Nomsa Khumalo"),
    ("mt", "Id-Dar ta' Ċensu Borg",
     "Dan l-ewwel rumanz ta' Marija Camilleri jeħodna Għawdex. Id-dar ta' Ċensu Borg hija mimlija sigrieti.",
     "Marija Camilleri"),
]


@pytest.mark.parametrize("lang,headline,text,author", CHARACTER)
def test_a_title_holding_a_characters_genitive_goes_to_the_credited_writer(lang, headline, text, author):
    assert of_headline(headline, Context(text, (), lang)) == (headline, author)


OWN_WRITER = [
    ("sw", "Maua ya Jangwani ya Halima Mbaraka: maoni",
     "Maua ya Jangwani ni hadithi ya mama mjane. Mbaraka anasimulia maisha yake kwa upole. Kama katika riwaya ya "
     "Saidi Mohamedi, ukweli ni mzito, lakini Halima Mbaraka ni mpole zaidi. Nimeipenda sana.",
     ("Maua ya Jangwani", "Halima Mbaraka")),
    ("sw", "Safari ya Hamisi Omari",
     "Kitabu hiki kimeandikwa na Hamisi Omari mwaka jana. Kama ilivyo katika riwaya ya Saidi Mohamedi, safari ni "
     "ndefu na ngumu. Nimekisoma kwa siku mbili.",
     ("Safari", "Hamisi Omari")),
    ("ha", "Gari na Lawan Musa",
     "Wannan littafi Lawan Musa ya rubuta shi a bara. Kamar a littafin na Ali Sadiq, labarin yana da zafi.",
     ("Gari", "Lawan Musa")),
    ("zu", "Izulu ka Sipho Ngcobo",
     "Umbhali Sipho Ngcobo usitshela ngomndeni. Njengakwinoveli ka Themba Zulu, impilo ilukhuni.",
     ("Izulu", "Sipho Ngcobo")),
    ("mt", "Il-Baħar ta' Pawlu Zammit",
     "L-awtur Pawlu Zammit jiktbilna dwar is-sajjieda. Bħal fir-rumanz ta' Anton Grech, il-baħar huwa qalbu.",
     ("Il-Baħar", "Pawlu Zammit")),
]


@pytest.mark.parametrize("lang,headline,text,expected", OWN_WRITER)
def test_the_headlines_own_writer_named_again_keeps_the_by_line(lang, headline, text, expected):
    assert of_headline(headline, Context(text, (), lang)) == expected
