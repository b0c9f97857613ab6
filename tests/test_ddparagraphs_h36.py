"""ddparagraphs (holdout36 round, helper bodyb): a text's paragraphs written as <dd> outside any <dl> (the old Russian
text libraries' indented paragraph, nested in each other by the parser) become paragraphs, so the body is found and
cleaned (ru, en), in our own words and markup. Near miss: a <dd> of a definition list (a comment engine's rows) stays.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.ddparagraphs import unnest_paragraphs

EN = [
    "This week's pick follows a ferry pilot on a northern lake who notices that a stranger crosses with her every "
    "morning and never comes back in the evening, and who starts to keep a notebook about him.",
    "What carries it is patience: the author lets a suspicion harden over two hundred pages without a single raised "
    "voice, and the lake weather does half of the storytelling, fog and sleet and one hard frost.",
    "The last chapter is the weakest, a rush of explanations after so much quiet, but I would still give it to anyone "
    "who likes slow mysteries set in cold places.",
]
RU = [
    "Повесть Ильи Заречного «Северный паром» я купил случайно, на вокзале, и прочитал за одну дорогу до Вологды. "
    "Речь в ней идёт о старом паромщике, который каждую осень перевозит через реку одних и тех же людей.",
    "Больше всего мне понравилось, как автор пишет воду и туман: без красивостей, коротко, но так, что становится "
    "зябко. Герои немногословны, и от этого каждая их реплика весит больше, чем целая страница у других.",
    "Слабее всего финал: автор словно торопился закончить и объяснил то, что лучше было оставить недосказанным. "
    "И всё же это одна из самых тихих и честных книг, прочитанных мною в этом году.",
]

# -- ddparagraphs ----------------------------------------------------------------------------------------------------

def _library_page(paragraphs: list[str], tail: str = "") -> str:
    dds = "".join(f"<dd>&nbsp;&nbsp;{p}\n" for p in paragraphs)
    return ("<html><head><title>Заречный И. Северный паром</title></head><body><center><h3>Заречный Илья<br>"
            "<font color=#cc5555>Северный паром</font></h3><small>[<a href='/c/1'>Отзывы: 2</a>]</small>"
            "<table><tr><td><li><a href='/z/'>Заречный Илья</a> (zar@mail.example)<li>Размещен: 01/02/2026</td></tr></table>"
            "</center><hr><div>" + dds + tail + "</div><hr><dl><dt><b>1. Гость</b></dt><dd>Спасибо, прочту.</dd></dl>"
            "<center><small>Copyright Заречный Илья</small></center></body></html>")


def test_dd_paragraphs_outside_a_list_become_paragraphs():
    tree = lxml.html.fromstring("<div><dd>One line of the text\n<dd>Another line\n<dd>A third</div>")
    assert unnest_paragraphs(tree) == 3
    assert [p.tag for p in tree] == ["p", "p", "p"]
    assert [p.text_content().strip() for p in tree] == ["One line of the text", "Another line", "A third"]


def test_dd_of_a_definition_list_stays():
    tree = lxml.html.fromstring("<div><dl><dt>Name</dt><dd>A reader's reply</dd><dt>Other</dt><dd>Another reply</dd></dl></div>")
    assert unnest_paragraphs(tree) == 0
    assert len(tree.xpath("//dd")) == 2


def test_library_page_body_is_its_dd_text_ru_and_en():
    record = extract_page(_library_page(RU), "http://lib.example.ru/z/zar/parom.shtml")
    assert all(p in record.body_text for p in RU)
    assert "Размещен" not in record.body_text and "Отзывы: 2" not in record.body_text and "Спасибо, прочту" not in record.body_text
    record = extract_page(_library_page(EN).replace("Заречный Илья", "Ilya Zarechny"), "http://lib.example.org/z/zar/ferry.shtml")
    assert all(p in record.body_text for p in EN) and "Размещен" not in record.body_text
