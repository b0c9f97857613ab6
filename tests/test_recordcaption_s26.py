"""A cover's caption that is the reviewed book's record is review text (recordcaption): a name with a lower-case particle
of more languages ("wa", "ap", "ben"), the word for "by" of more languages ("deur", "eftir", "gan", "nga", "autorstwa"),
the house as its own sentence with the edition's facts ("A: T. House, 2016."), and a cover named in one compound word
("bókarkápa", "bokomslag"); a photo's caption of the same shape (a place and a day, a wire) is not read as a record."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.bookcover import COVER_WORD
from scraper.extract.recordcaption import record_parts

# the reviewer's paragraphs, each naming the author ({name}) again, in the caption's language
_PARAS = {
    "en": ["I came to this novel late, after years of hearing {name} praised by friends who read nothing else that year.",
           "{name} builds the story out of small scenes in a market town, and each chapter hands the voice to someone new.",
           "The ending felt hurried to me, but most of the book is as good as anything I read this winter, and I will reread it."],
    "af": ["Ek het hierdie roman stadig gelees, want {name} skryf elke hoofstuk asof dit die laaste een is wat saak maak.",
           "{name} vertel van ’n klein dorpie in die Karoo waar almal mekaar ken en niemand ooit iets hardop sê nie.",
           "Die einde was vir my te haastig, maar die boek as geheel is een van die beste wat ek vanjaar gelees het."],
    "is": ["Ég las þessa skáldsögu hægt, því {name} skrifar hvern kafla eins og hann sé sá síðasti sem skiptir máli.",
           "{name} segir frá litlu þorpi fyrir vestan þar sem allir þekkja alla en enginn segir nokkurn tíma neitt upphátt.",
           "Endirinn fannst mér of hraður, en bókin í heild er ein sú besta sem ég hef lesið á þessu ári."],
    "cy": ["Darllenais y nofel hon yn araf, oherwydd mae {name} yn ysgrifennu pob pennod fel petai hi'r olaf sy'n cyfrif.",
           "Mae {name} yn adrodd hanes pentref bach ar lan y môr lle mae pawb yn adnabod ei gilydd ond neb yn siarad.",
           "Roedd y diweddglo yn rhy frysiog i mi, ond mae'r llyfr yn un o'r goreuon i mi eu darllen eleni."],
    "sq": ["E lexova këtë roman ngadalë, sepse {name} e shkruan çdo kapitull sikur të ishte i fundit që ka rëndësi.",
           "{name} tregon për një fshat të vogël në jug ku të gjithë njihen, por askush nuk thotë asgjë me zë të lartë.",
           "Fundi më duket pak i nxituar, por libri në tërësi është nga më të mirët që kam lexuar këtë vit."],
    "pl": ["Czytałam tę powieść powoli, bo {name} pisze każdy rozdział tak, jakby był ostatnim, który ma znaczenie.",
           "{name} opowiada o małym miasteczku nad rzeką, gdzie wszyscy się znają, ale nikt nie mówi niczego na głos.",
           "Zakończenie wydało mi się pospieszne, ale całość to jedna z najlepszych książek, jakie czytałam w tym roku."],
    "da": ["Jeg læste denne roman langsomt, for {name} skriver hvert kapitel, som om det var det sidste, der betød noget.",
           "{name} fortæller om en lille by ved fjorden, hvor alle kender hinanden, men ingen siger noget højt.",
           "Slutningen virkede forhastet, men bogen er samlet set en af de bedste, jeg har læst i år."],
    "nb": ["Jeg leste denne romanen sakte, for {name} skriver hvert kapittel som om det var det siste som betydde noe.",
           "{name} forteller om en liten by ved fjorden der alle kjenner hverandre, men ingen sier noe høyt.",
           "Slutten virket forhastet, men boka er samlet sett en av de beste jeg har lest i år."],
    "de": ["Ich habe diesen Roman langsam gelesen, denn {name} schreibt jedes Kapitel, als wäre es das letzte, das zählt.",
           "{name} erzählt von einer kleinen Stadt am Fluss, in der alle einander kennen und niemand etwas laut sagt.",
           "Das Ende kam mir zu schnell, aber das Buch ist im Ganzen eines der besten, die ich dieses Jahr gelesen habe."],
}


def _blog(caption: str, language: str, name: str, src: str = "/wp-content/uploads/2026/11/cover.jpg", alt: str = "") -> str:
    paragraphs = "".join(f"<p>{p.format(name=name)}</p>" for p in _PARAS[language])
    return (f'<html lang="{language}"><head><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">A review</h1><div class="entry-content">'
            f'<figure class="wp-block-image"><img src="{src}" alt="{alt}"><figcaption class="wp-element-caption">{caption}'
            f'</figcaption></figure>{paragraphs}</div></article></body></html>')


def _magazine(caption: str, language: str, name: str, alt: str) -> str:
    paragraphs = "".join(f"<p>{p.format(name=name)}</p>" for p in _PARAS[language])
    return (f'<html lang="{language}"><head><title>Anmeldelse</title></head><body><main><article class="story">'
            f'<header class="story__head"><h1>Et hus ved vandet</h1><span class="story__by">Mette Holm</span></header>'
            f'<figure class="story__picture"><img src="/img/a1.jpg" alt="{alt}"><figcaption>{caption}</figcaption></figure>'
            f'<div class="article__content">{paragraphs}</div></article></main></body></html>')


def _kept(html: str, caption: str) -> bool:
    return caption in extract_page(html, "https://blog.example.org/2026/11/review/").body_markdown


@pytest.mark.parametrize("caption, name", [
    ("The Salt Road by Wambui wa Kariuki (Kimathi Press)", "Kariuki"),
    ("Winter Bells by Owain ap Rhys (Gwasg Fach)", "Rhys"),
    ("The Orchard Year by Noam ben Ezra (Cedar Books, 2024)", "Ezra"),
])
def test_a_name_with_its_particle_is_read(caption, name):
    assert _kept(_blog(caption, "en", name), caption)


@pytest.mark.parametrize("caption, language, name", [
    ("Die stil rivier deur Marietjie Botha (Tafelberg)", "af", "Botha"),
    ("Vetrarljós eftir Halldóra Sveinsdóttir (Bjartur)", "is", "Sveinsdóttir"),
    ("Y Tŷ Llwyd gan Gwenllian Morgan (Y Lolfa)", "cy", "Morgan"),
    ("Shtëpia e gurtë nga Arben Duka (Toena)", "sq", "Duka"),
    ("Dom nad rzeką autorstwa Ewa Nowicka (Znak)", "pl", "Nowicka"),
])
def test_the_languages_word_for_by_is_read(caption, language, name):
    assert _kept(_blog(caption, language, name), caption)


@pytest.mark.parametrize("caption, language, name, alt", [
    ("Halldóra Sveinsdóttir: Vetrarljós, kilja. Bjartur, 2025.", "is", "Sveinsdóttir", "Bókarkápa"),
    ("Jens Vinther: Huset ved fjorden. Gyldendal, 312 sider.", "da", "Vinther", "Bogomslag"),
    ("Kari Lunde: Byen ved fjorden. Oktober forlag, 2024.", "nb", "Lunde", "Bokomslag"),
    ("Eva Roth: Die Stadt am Fluss. Hanser, 2025, 240 Seiten.", "de", "Roth", "Buchumschlag"),
])
def test_a_record_closed_by_the_house_and_its_facts_before_the_text_is_kept(caption, language, name, alt):
    assert _kept(_magazine(caption, language, name, alt), caption)


@pytest.mark.parametrize("caption", [
    "Jens Vinther: At home by the fjord. Aarhus, 12 March 2019.",   # a place and a day: a photo's
    "Jens Vinther: In his garden. Reuters, 2019.",                  # a wire's credit
    "Jens Vinther: Reading in Aarhus. Photo: Ole Berg, 2019.",      # a credit's label
    "Walking by the river with Jens Vinther",                       # a sentence, no name after "by"
    "Widok od strony rzeki (Znak)",                                 # pl "od" in "a view from the river's side"
])
def test_a_photos_caption_of_the_same_shape_is_no_record(caption):
    assert record_parts(caption) is None


def test_a_compound_cover_word_is_read_and_a_coat_is_not():
    for alt in ("Bókarkápa", "Bokomslag", "Bogomslag", "Boekomslag", "Buchumschlag"):
        assert COVER_WORD.search(alt), alt
    for alt in ("Sumarkápa úr ull", "Regnkápa"):
        assert not COVER_WORD.search(alt), alt
