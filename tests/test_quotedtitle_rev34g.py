"""rev34g: a line that sets the post's own book's title in quotation marks (a club's pick, a notice: "Our pick for
June is “T” by A. I read it years ago …") is not read for the writer's reading statements, as a quoted line was not
before s30; a term quoted in the line that is not the title leaves the reading the writer's, and the title named as
what was read ("I've read “T” twice") still is. Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.readvoice import reads


@pytest.mark.parametrize("text, title", [
    ("Our pick for July is “The Lantern Keeper” by Ada Moss. I read it years ago and can't wait to talk about it.",
     "The Lantern Keeper"),
    ("Le choix du club pour juin : « La Maison du port ». Je l'ai lu d'une traite il y a dix ans, à vous maintenant.",
     "La Maison du port"),
    ("Unser Buch im Mai ist „Die Salzwiese“. Ich habe es schon gelesen und freue mich auf euch.", "Die Salzwiese"),
])
def test_quoted_title_line_is_not_a_reading(text, title):
    assert not reads(text, title)


@pytest.mark.parametrize("text, title", [
    ("I read it in one sitting. The publisher calls it a “slow burn”, fairly.", "The Lantern Keeper"),
    ("Je l'ai lu d'une traite. C'est l'antidote au « roman à thèse ».", "La Maison du port"),
    ("I’ve read “The Lantern Keeper” twice now, and it holds up.", "The Lantern Keeper"),
    ("Ich habe „Die Salzwiese“ in zwei Nächten gelesen.", "Die Salzwiese"),
])
def test_reading_still_read(text, title):
    assert reads(text, title)
