"""A cover's caption that sets the record author first in commas (bookcaptionnamefirst): "A, „T“, edition", or "A, T,
House" under the headline T; and a lazy-loading theme's figure whose image names its file in data-src only
(bookcover.figure_captions). Near misses: an unquoted second part that is not the headline, a name the text never
names again (a photographer, a place), a caption that is a sentence running on, two such captions."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookcaptionnamefirst import name_first
from scraper.extract.book import Context

_TEXT = [
    "Lexova këtë roman gjatë një jave me shi, dhe më mbeti në mendje shumë më gjatë se sa e prisja.",
    "Berisha e ndërton historinë si një hetim të ngadaltë, ku çdo dëshmitar shton një copë të vogël të së vërtetës.",
    "Pjesa e mesme zgjatet pak, por fundi e shpërblen durimin e lexuesit me një kthesë të qetë dhe të fortë.",
    "Berisha shkruan me fjali të shkurtra, dhe atmosfera e fshatit në dimër është ajo që mbetet pas leximit.",
    "Ia rekomandoj kujtdo që pëlqen romanet e shkurtra me mister dhe pa shumë shpjegime.",
]


def _person(context: Context):
    return lambda name: len(name.split()) >= 2 and context.vouches_for(name)


def _page(headline: str, caption: str, img: str = '<img src="/img/kopertina.jpg" alt="">') -> str:
    body = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (f'<html lang="sq"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">'
            f'<div class="sqs-block image-block"><figure class="sqs-block-image-figure">{img}'
            f'<figcaption class="image-caption-wrapper"><div class="image-caption"><p>{caption}</p></div></figcaption>'
            f'</figure></div>{body}'
            "<p>Vlerësimi: 4/5</p></div></article></body></html>")


def _book(headline: str, caption: str, **kw) -> tuple[str | None, str | None]:
    page = extract_page(_page(headline, caption, **kw), "https://faqe.example.al/blog/roman-dimri")
    return page.book_title, page.book_author


def test_lazy_loaded_caption_retitles_a_headline_paraphrase():
    # a Squarespace image block: its file in data-src, the caption "A, „T“, edition" the page's only record
    img = '<img data-src="https://cdn.example.com/content/v1/deshmitari.jpg" alt="">'
    assert _book("Një hetim në dimër", "Arben Berisha, „Dëshmitari i fundit“, botim i shtëpisë Toena", img=img) \
        == ("Dëshmitari i fundit", "Arben Berisha")


def test_unquoted_title_that_is_the_headline():
    context = Context("\n".join(_TEXT))
    assert name_first(["Arben Berisha, Dëshmitari i fundit, botim i Toenës"], "Dëshmitari i fundit", _person(context)) \
        == ("Dëshmitari i fundit", "Arben Berisha")


def test_unquoted_part_that_is_not_the_headline():
    # "A, Place, year": a photo's place, no title the headline names
    context = Context("\n".join(_TEXT))
    assert name_first(["Arben Berisha, Tiranë, 2024"], "Një hetim në dimër", _person(context)) is None


def test_name_the_text_never_names_again():
    # a photographer's credit before a quoted exhibition's name
    context = Context("\n".join(_TEXT))
    assert name_first(["Drita Kola, „Dritë mbi det“, ekspozitë"], "Një hetim në dimër", _person(context)) is None


def test_caption_running_on_as_a_sentence():
    context = Context("\n".join(_TEXT))
    assert name_first(["Arben Berisha, „Dëshmitari i fundit“ dhe një filxhan kafe në tryezë"], "Një hetim",
                      _person(context)) is None


def test_two_captions_two_books():
    context = Context("\n".join(_TEXT) + " Hoxha")
    captions = ["Arben Berisha, „Dëshmitari i fundit“", "Arben Berisha, „Qyteti pa emër“"]
    assert name_first(captions, "Një hetim", _person(context)) is None
