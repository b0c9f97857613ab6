"""rev31f finding 1, in our own words: ``bookpenname.headline_pen_name`` took any one word before a quoted title as
the author when a later sentence opened with it; a character, a series, a publisher, a translator or a month opens
sentences too. The word must now stand where a maker stands: after a by-word, or before a verb of writing, explaining,
telling or showing (a negation perhaps between), never a translating or publishing verb.

Fires: fr, pl, en, es, cs, de-less Romance and Slavic pages (by-word and verb). Near misses: a translator, a
character, a series, a publisher, a month, each opening a sentence of its own.
"""

from __future__ import annotations

import pytest

from scraper.extract.bookpenname import headline_pen_name


@pytest.mark.parametrize("headline,text,book", [
    ("Morvane, « Les Heures lentes » : un été au bord du lac",
     "Un lac, une maison, trois étés. Morvane raconte sans hâte, et on la suit.", ("Les Heures lentes", "Morvane")),
    ("Kestrova, „Długa zima”: o milczeniu", "Wieś, śnieg i dwoje starych ludzi. Kestrova nie wyjaśnia niczego.",
     ("Długa zima", "Kestrova")),
    ("Dunmere, “The Salt Road”: a slow walk", "Two walkers and a coast path. Dunmere never tells us why they left.",
     ("The Salt Road", "Dunmere")),
    ("Olivares: «La casa vacía», otra vez", "Una casa y una hermana muerta. Olivares describe cada habitación.",
     ("La casa vacía", "Olivares")),
    ("Vondrák, „Tiché jezero“ – kniha o vodě", "Jezero a starý rybář. Vondrák nevypráví nic nového, ale krásně.",
     ("Tiché jezero", "Vondrák")),
    ("Sereni, «Il porto chiuso»: un inverno", "Un porto chiuso e due fratelli. È il libro più bello di Sereni. "
     "Sereni scrive poco e bene.", ("Il porto chiuso", "Sereni")),
])
def test_a_word_that_writes_or_tells_is_the_author(headline, text, book):
    found = headline_pen_name(None, headline, headline + "\n" + text)
    assert found is not None and (found.title, found.author) == book


@pytest.mark.parametrize("headline,text", [
    ("Lindorf, « Les Heures lentes » : une nouvelle traduction",
     "Lindorf traduit enfin ce roman russe. La langue est neuve et vive."),
    ("Percy, “The Salt Road”: a comfort read", "Percy gets into trouble again. The jokes still land after a century."),
    ("Smokowiec, „Długa zima”: tom trzeci", "Smokowiec to cykl o górach. Ten tom jest najlepszy z całej serii."),
    ("Hachelle, « Le Lac gelé » : une réédition", "Hachelle publie enfin ce texte oublié. Le papier est beau."),
    ("Noviembre: «La casa vacía», de nuevo", "Noviembre trajo frío y este libro. Lo leí junto a la estufa."),
    ("Kestrova, „Długa zima”: przekład", "Kestrova tłumaczy z rosyjskiego od lat. Ta książka jest piękna."),
])
def test_a_translator_character_series_publisher_or_month_is_no_author(headline, text):
    assert headline_pen_name(None, headline, headline + "\n" + text) is None
