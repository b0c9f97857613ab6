"""rev22's findings mended (helper mend22c), in invented texts of our own:
- booklonewriter.quoted_writer: the opening sentence's quoted span is a book only when more is said of it (a book noun
  beside it, the sentence reading it, the title said again, or the surname named twice), and never when it is a word's
  or a term's quote ("the Finnish word "Sisu"", "das Wort „Fernweh“", "słowo „Tęsknota”"); the reviews it was written
  for ("I read "T"", "„T“ gelesen", "the novel "T"") are still read (en de pl fr lv).
- pressrelease._OWN_LIST: "our favourite series" is a reader's, not a house's list, and a plural voice that says it read
  the book ("which we both read", "vi leste", "wir haben … gelesen") is two bloggers'; a house's own series still
  announces (en nb de).
"""

from __future__ import annotations

from scraper.extract import extract_page, pressrelease
from scraper.extract.book import Context
from scraper.extract.booklonewriter import quoted_writer
from tests.cleaning import paras


def _qw(lines, lang, headline="A winter of small hours"):
    return quoted_writer(lines, Context("\n".join(lines), (), lang), headline)


# -- booklonewriter.quoted_writer ---------------------------------------------------------------------------------------

def test_a_word_quoted_in_the_opening_is_no_book():
    en = ['The Finnish word "Sisu" has no tidy translation in English.',
          "It means grit and stubbornness at once, and this short novel is about a family that has too much of it.",
          "Halonen writes with a cold eye and a warm heart, and the chapters are short."]
    assert _qw(en, "en") is None
    de = ["Das Wort „Fernweh“ kennt im Englischen kein Gegenstück.",
          "Brandt schreibt darüber ein schmales Buch, und es trägt weit. Brandt bleibt dabei nüchtern."]
    assert _qw(de, "de") is None  # (a word's quote, though the surname is named twice)
    pl = ["Słowo „Tęsknota” nie ma dobrego odpowiednika w innych językach.",
          "Nowak pisze o niej spokojnie, a ta książka zostaje w głowie na długo."]
    assert _qw(pl, "pl") is None
    # a quoted saying with nothing more said of it, the surname once: no book either
    en2 = ['My grandmother always said "Patience" was the only virtue worth having.',
           "Halonen writes about grandmothers like that one in this novel, without any sugar."]
    assert _qw(en2, "en") is None


def test_a_quoted_title_named_as_a_work_is_still_read():
    en = ['I read "Salt Houses" in one sitting on a rainy Sunday.',
          "Marrow writes without sugar, and the book is better for it."]
    assert _qw(en, "en") == ("Salt Houses", "Marrow")
    de = ["Ich habe „Die Fähre 77“ im Zug gelesen, zwischen zwei Städten.",
          "Hollmann schreibt knapp, und das Buch hat kaum ein Wort zu viel."]
    assert _qw(de, "de") == ("Die Fähre 77", "Hollmann")
    fr = ["Le roman « La Digue » m'a tenu éveillé trois nuits de suite.",
          "Durand écrit sans effets, et le livre y gagne beaucoup."]
    assert _qw(fr, "fr") == ("La Digue", "Durand")
    lv = ['Pārlasīju "Pelēkā upe" pēc daudziem gadiem un secināju, ka tā nav novecojusi.',
          "Ozoliņš raksta īsos teikumos, un grāmata plūst viegli."]
    assert _qw(lv, "lv") == ("Pelēkā upe", "Ozoliņš")
    # nothing said of the span in the opening, but the surname named twice
    en2 = ['My sister pressed "Low Tide" into my hands at the station.',
           "Okafor writes the sea better than anyone, and the novel never hurries. Okafor trusts the reader."]
    assert _qw(en2, "en") == ("Low Tide", "Okafor")


# -- pressrelease: a reader's favourite series ------------------------------------------------------------------------

_REST = ("The Tide Keeper picks up a year after the flood, with the lighthouse girl now running the harbour on her own. "
         "Ashdown keeps the sea at the centre of every chapter, and the new villain is properly frightening.",
         "One of us thought the middle dragged; the other loved every page of it. We agree the ending is the best of the "
         "three so far, and we cannot wait for the next one.",
         "If you liked the first two, you will like this one even more: the world is bigger and the stakes are higher.")


def _page(lang: str, title: str, *texts: str) -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title><meta charset='utf-8'></head><body><article><h1>{title}</h1>"
            f"<div class='entry-content'>{paras(*texts)}</div></article></body></html>")


def test_two_bloggers_telling_of_their_favourite_series_wrote_a_review():
    for lead in ("We're so happy to tell you about The Tide Keeper, the third book in our favourite series by Lena "
                 "Ashdown, which we both read this month.",
                 "We're so happy to tell you about The Tide Keeper, the third book in our favourite series by Lena "
                 "Ashdown, out in paperback since the spring.",
                 "We're so happy to tell you about The Tide Keeper, the third book in our fantasy series of the year by "
                 "Lena Ashdown, which we both read this month."):
        result = extract_page(_page("en", "The Tide Keeper", lead, *_REST), "https://twobookworms.example.net/tide-keeper")
        assert result.kind == "review", (lead, result.kind, result.reason)
    # the lead alone, in other languages: a liked series, or the plural voice that read it, owns no list
    for lead in ("Vi er så glade for å kunne fortelle om Tidevokteren, den tredje boken i vår yndlingsserie av Lena "
                 "Ashdown, som kom ut i høst.",
                 "Vi er så glade for å kunne fortelle om Tidevokteren, den tredje boken i vår fantasyserie av Lena Ashdown, "
                 "som vi leste sammen i høst.",
                 "Wir freuen uns, Ihnen mitteilen zu können, dass wir den dritten Band unserer Lieblingsreihe von Lena "
                 "Ashdown endlich gelesen haben."):
        assert not pressrelease.announces([lead]), lead
    assert pressrelease.announces(["Vi er stolte av å kunne fortelle at oversetter Kari Lunde har fullført en ny norsk "
                                   "oversettelse av Anna Karenina, som kommer i vår klassikerserie 6. mars."])


def test_a_house_telling_of_its_own_series_still_announces():
    rest = ("The translation took four years and went straight back to the Russian text. The edition has a new afterword "
            "on the novel's reception and a list of the main characters. The cover is drawn by Lena Moss.",
            "The book comes out in hardback, as an e-book and as an audiobook, and Aldous will talk about the work at the "
            "spring festival in April. Review copies can be ordered from the press office from today.")
    for lead in ("We are proud to be able to tell you that the translator Ruth Aldous has finished a new English "
                 "translation of Anna Karenina, the next book in our classics series.",
                 "We are proud to be able to tell you that the translator Ruth Aldous has finished a new English "
                 "translation of Anna Karenina for our spring list, in the shops on 6 March."):
        result = extract_page(_page("en", "A new translation of Anna Karenina", lead, *rest),
                              "https://www.nordbok.example.no/news/anna-karenina")
        assert result.kind == "announcement", (lead, result.kind, result.reason)
