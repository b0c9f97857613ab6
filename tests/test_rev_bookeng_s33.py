"""Misfires of the bookeng (s33) rules on pages nobody wrote them for (rev-bookeng).

bookbiblio/bookinfo.dated_name: "T, Allen Lane (1984), 402 pages": an imprint or a place dated in brackets is no
author; the year is dropped only after a name the text calls by surname elsewhere.
bookpostscript: "P.S. from Paris: A Novel, Marc Levy, …" is a title's colon (a lead as often capitalised as not), and
"P.S. her next one …: Winter Bees, Elsa Orwin, 2027" another book by the same author (its title named nowhere else).
bookicelandic: the closing record "T eftir A. Forlag." sets its title off at the paragraph's start; a body sentence
("Næst les ég Fjallið eftir A. Hlakka mikið til!"), a cover's or a photographs' credit and a translation's line of
the same shape name no book.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookpostscript import postscript_record


def _page(paras: list[str], headline: str, lang: str, tail: str, url: str):
    body = "".join(f"<p>{p}</p>" for p in paras) + tail
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    page = extract_page(html, url)
    return page.book_title, page.book_author


# --- a year in brackets after a record's second part -------------------------------------------------------------
_EN = [
    "Our reading group chose this because most of us had met one chapter at school and never finished the rest.",
    "Marlow writes the harbour town as if it were breathing, and the families in it argue like real ones do.",
    "It is long and it asks for patience, but the last part repays every slow evening we spent on it.",
]


def _record(record: str):
    return _page(_EN, "Three families by the harbour", "en", f"<p><em>{record}</em></p><p>★★★★☆</p>",
                 "https://readinggroup.example.nz/2026/12/three-families")


def test_imprint_with_a_year_is_no_author():
    assert _record("Salt in the Rafters, Allen Lane (1984), 402 pages.")[1] != "Allen Lane"


def test_place_of_two_words_with_a_year_is_no_author():
    assert _record("Salt in the Rafters, Port Chalmers (1984), 402 pages.")[1] != "Port Chalmers"


def test_named_author_with_a_year_still_read():
    assert _record("Salt in the Rafters, Hemi Marlow (1984), 402 pages.") == ("Salt in the Rafters", "Hemi Marlow")


# --- a postscript's lead -------------------------------------------------------------------------------------------
_LEVY = [
    "Marc Levy has always written love stories with a wink, and this one is lighter than most.",
    "An American actress hides in Paris and a lonely writer answers her by mistake; the rest is letters and coincidences.",
    "Levy keeps the chapters short, the jokes gentle and the city sunny, and I finished it in two evenings.",
    "It will not change your life, but on a grey December weekend it did exactly what I wanted.",
]
_PARIS = "P.S. from Paris: A Novel, Marc Levy, Gallic Books, 2018, 320 pages."


def test_title_opening_with_the_mark_keeps_its_colon():
    assert postscript_record(_PARIS, Context("\n".join([*_LEVY, _PARIS]))) == _PARIS
    title, author = _page(_LEVY, "A Parisian romance for a grey weekend", "en", f"<p><em>{_PARIS}</em></p>",
                          "https://shelfnotes.example.com/2026/12/paris-letters")
    assert (title, author) == ("P.S. from Paris", "Marc Levy")


_LETTER = [
    "Dear Ms Orwin,",
    "I finished The Glass Orchard on the train last week and I still owe you a proper answer.",
    "The sisters who run the orchard are drawn so finely that I kept hearing their voices for days after.",
    "I will admit the middle drags, and the long storm chapter tested me, but the ending made up for it.",
    "With thanks and a little impatience,<br>Maren",
]
_NEXT = "P.S. her next one is out in the spring: Winter Bees, Elsa Orwin, 2027."


def test_postscript_on_the_same_authors_next_book_is_no_record():
    assert postscript_record(_NEXT, Context("\n".join([*_LETTER, _NEXT]))) is None
    title, _author = _page(_LETTER, "A letter about a house of glass", "en", f"<p><em>{_NEXT}</em></p>",
                           "https://letters.example.com/p/a-letter-about-glass")
    assert title != "Winter Bees"


def test_postscript_record_of_the_book_still_read():
    line = "P.S. for readers who are not Ms Orwin: Elsa Orwin, The Glass Orchard, first published 1961."
    assert postscript_record(line, Context("\n".join([*_LETTER, line]))) == "Elsa Orwin, The Glass Orchard, first published 1961."


# --- an Icelandic closing line "X eftir A. Y." ---------------------------------------------------------------------
_IS = [
    "Ég las þessa bók í sumarfríinu og hún kom mér skemmtilega á óvart.",
    "Jón skrifar um bæ þar sem allir eru tengdir við sama netið, og enginn fær að vera einn.",
    "Miðjan er aðeins of löng, en endirinn er góður og persónurnar lifa lengi með manni.",
    "Stíllinn er léttur og fyndinn, en undir niðri er alvarleg saga um einmanaleika og frelsi.",
]


def _closing(line: str):
    return _page(_IS, "Allir tengdir", "is", f"<p>{line}</p><p>★★★★</p>", "https://lesandi.example.is/allir-tengdir/")


def test_body_sentence_naming_another_book_is_no_record():
    assert _closing("Næst les ég Fjallið eftir Jón Pálsson. Hlakka mikið til!")[0] != "Næst les ég Fjallið"
    assert _closing("Ég las líka Fjallið eftir Jón Pálsson. Hún er síðri.")[0] != "Ég las líka Fjallið"


def test_credits_and_translation_lines_name_no_book():
    assert _closing("Mynd á kápu eftir Jón Pálsson. Forlagið.")[0] != "Mynd á kápu"
    assert _closing("Ljósmyndir í bókinni eftir Jón Pálsson. Forlagið.")[0] != "Ljósmyndir í bókinni"
    assert _closing("Íslensk þýðing eftir Jón Pálsson. Bjartur.")[0] != "Íslensk þýðing"


def test_set_off_closing_record_still_read():
    assert _closing("<strong>Netheimur</strong> eftir Jón Pálsson. Mál og menning.") == ("Netheimur", "Jón Pálsson")
    assert _closing("<em>Englar í netinu</em> eftir Jón Pálsson. Forlagið.") == ("Englar í netinu", "Jón Pálsson")
