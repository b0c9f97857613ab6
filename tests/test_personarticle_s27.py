"""holdout70–73 carried round (helper bookcarry2), in our own words: bookrescueauthor._latin_author took a personal
article and a character's given name ("Si Amapola": Tagalog "si" before a person's name, capitalised where the sentence
opens on it) for a writer's full name. bookpersonarticle.article_led takes the article off, for the page's language only.

Fires: tl, ceb, ca, id pages whose title opens on "Si/Na + a given name" and that name the character more often than
the writer. Near misses: "Kay", "Nina", "Si" as given names on English and Spanish pages stay names; a Tagalog full name
after its article ("Si Rudi Hartono") is still a name.
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookpersonarticle import article_led
from scraper.extract.bookrescue import Page
from scraper.extract.bookrescueauthor import _latin_author


def _page(lines, lang):
    return Page("Isang pamagat", list(lines), [], context=Context("\n".join(lines), (), lang))


@pytest.mark.parametrize("lang,lines,writer", [
    ("tl", ["Sa nobelang Si Marites ng Palengke, isinulat ni Lorna Bautista ang kuwento ng isang tindera na naging "
            "bayani ng buong bayan.", "Tahimik si Marites sa simula, at tahimik pa rin si Marites sa gitna.",
            "Sa dulo, si Marites ang nagligtas sa lahat.",
            "Mabagal ang simula ng kuwento pero sulit ang bawat pahina dahil puno ito ng buhay at ng ingay tuwing umaga.",
            "Inirerekomenda ko ito sa mga mambabasang mahilig sa tahimik at mabagal na mga kuwento ng pamilya."], "Lorna Bautista"),
    ("ceb", ["Sa nobela nga Si Marites sa Merkado, gisulat ni Lorna Bautista ang istorya sa usa ka tindera nga "
             "nahimong bayani sa lungsod.", "Hilom si Marites sa sinugdanan, ug hilom gihapon si Marites sa tunga.",
             "Sa katapusan, si Marites ang nagluwas sa tanan.",
             "Hinay ang sinugdanan sa istorya apan angay ang matag panid kay puno kini sa kinabuhi ug saba matag buntag.",
             "Girekomenda nako kini sa mga magbabasa nga ganahan sa hilom ug hinay nga mga istorya sa pamilya."], "Lorna Bautista"),
    ("ca", ["A la novel·la Na Margalida del molí, escrita per Laia Ferrer, una venedora del mercat es converteix en "
            "l'heroïna de tot el poble.", "Al principi na Margalida calla, i a la meitat na Margalida encara calla.",
            "Al final és na Margalida qui ho salva tot.",
            "El començament és lent però cada pàgina val la pena perquè és plena de vida i del soroll de cada matí."], "Laia Ferrer"),
    ("id", ["Dalam novel Si Kancil yang pendiam, yang ditulis oleh Sari Wulandari, seorang penjual kecil menjadi "
            "pahlawan bagi seluruh kota.", "Awalnya si Kancil diam saja, dan di tengah cerita si Kancil masih diam.",
            "Pada akhirnya si Kancil menyelamatkan semua orang.",
            "Awal ceritanya lambat tetapi setiap halaman layak dibaca karena penuh kehidupan dan keramaian setiap pagi.",
            "Saya merekomendasikannya kepada pembaca yang suka cerita keluarga yang tenang dan pelan."], "Sari Wulandari"),
])
def test_an_article_and_a_given_name_is_no_writer(lang, lines, writer):
    assert _latin_author(_page(lines, lang), "Isang pamagat", 1) == writer


@pytest.mark.parametrize("name,lang", [("Si Amapola", "tl"), ("Ni Juan", "fil-PH"), ("Na Maria", "ca"),
                                       ("Si Kancil", "id")])
def test_the_article_is_read_in_its_language(name, lang):
    assert article_led(name, lang)


@pytest.mark.parametrize("name,lang", [("Kay Ryan", "en"), ("Nina George", "de"), ("Si Spurrier", "en"),
                                       ("Na Maria", "es"), ("Si Amapola", None)])
def test_given_names_elsewhere_stay_names(name, lang):
    assert not article_led(name, lang)


def test_an_english_kay_is_still_the_writer():
    lines = ["Kay Ryan writes short poems that turn on a single word.", "Ryan never wastes a line.",
             "Reading Ryan again, I laughed."]
    assert _latin_author(_page(lines, "en"), "The Best of It", 1) == "Kay Ryan"


def test_a_tagalog_full_name_after_its_article_stays_a_name():
    lines = ["Si Lorna Bautista ang sumulat ng nobelang ito tungkol sa isang palengke.", "Magaling si Bautista.",
             "Binasa ko ulit ang akda ni Bautista."]
    assert _latin_author(_page(lines, "tl"), "Palengke", 1) == "Lorna Bautista"
