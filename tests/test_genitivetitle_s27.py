"""holdout78–81 round (helper booklatin), in our own words: bookofauthor.of_headline read a headline "T <of> Name" as a
by-line even where the title holds the genitive itself ("The Mansion of a character", Swahili "T ya A") and the text
gives the work to someone else with the same "of" after the work's noun ("this first novel of B"); and it missed the
shape after a column's label ("BOOK REVIEW: T cha A"), and a name the headline gives by initials ("K.W. Surname") where
the text writes it out.

Fires: sw, ha, yo, zu headlines whose title holds the genitive, the text crediting another person; a labelled sw
headline; initials written out. Near misses: the text credits the headline's own name (the by-line stands), a label
before a lower-case remark, initials that do not fit the given names.
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookofauthor import of_headline

OWN_TITLE = [
    ("sw", "Jumba la Mzee Rashidi",
     "Riwaya hii ya pili ya Salma Hamadi inatupeleka Pemba. Shamba la Mzee Rashidi ni kubwa na watu wake ni maskini.",
     "Salma Hamadi"),
    ("ha", "Gidan na Sarki Audu",
     "Littafin farko na Hauwa Sani ya ba mu labari. Fadar Sarki Audu tana cike da bayi da fargaba.",
     "Hauwa Sani"),
    ("yo", "Ilé ti Olóyè Àjàní",
     "Ìwé yìí ti Fúnmi Àlàbí sọ ìtàn ìlú kan. Ilé ti Olóyè Àjàní wà lórí òkè, Àjàní sì le.",
     "Fúnmi Àlàbí"),
    ("zu", "Umuzi ka Nkosi Dube",
     "Inoveli yokuqala ka Thandi Mkhize ikhuluma ngesigodi. Umuzi ka Nkosi Dube mkhulu, uDube unolaka.",
     "Thandi Mkhize"),
]


@pytest.mark.parametrize("lang,headline,text,author", OWN_TITLE)
def test_a_title_holding_its_genitive_goes_to_the_credited_writer(lang, headline, text, author):
    assert of_headline(headline, Context(text, (), lang)) == (headline, author)


def test_the_text_crediting_the_headlines_own_name_keeps_the_by_line():
    text = "Riwaya hii ya Salma Hamadi ni fupi. Salma Hamadi anaandika kwa upole, na Hamadi hajali."
    assert of_headline("Mvua za Pemba ya Salma Hamadi", Context(text, (), "sw")) == ("Mvua za Pemba", "Salma Hamadi")


def test_a_label_before_the_headline_and_initials_written_out():
    text = "Kama ulisoma shuleni, jina la Hamisi Juma Mrisho si geni. Mtindo wa Mrisho ni mgumu kidogo."
    found = of_headline("MAONI YA KITABU: Mto wa Jana cha H.J. Mrisho", Context(text, (), "sw"))
    assert found == ("Mto wa Jana", "Hamisi Juma Mrisho")


def test_a_label_before_a_lower_case_remark_reads_nothing():
    text = "Kama ulisoma shuleni, jina la Hamisi Mrisho si geni. Mtindo wa Mrisho ni mgumu."
    assert of_headline("Habari: leo ni siku ya Hamisi Mrisho", Context(text, (), "sw")) is None


def test_initials_that_do_not_fit_keep_the_headlines_form():
    text = "Jina la Kassim Omari Mrisho linajulikana. Mtindo wa Mrisho ni mgumu. Mrisho anaandika vizuri."
    found = of_headline("Mto wa Jana cha H.J. Mrisho", Context(text, (), "sw"))
    assert found == ("Mto wa Jana", "H.J. Mrisho")
