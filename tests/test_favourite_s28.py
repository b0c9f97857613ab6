"""A short review's verdict that counts the book among its writer's favourites (round s28), in our own words and markup.

shortverdict.favourite: "easily one of my favourite books this year", "uno de mis libros favoritos", "eines meiner
Lieblingsbücher", "jedna z moich ulubionych książek", "salah satu buku favorit saya" is the reviewer's own verdict, a
mark in the reviewer's voice (reviewed.voiced_marks), as "I recommend it" is. A capsule of some 100 words whose book was
read from its headline, unrated, that says so beside another mark of one work (the author named again by surname) is a
review, not a notice too short to be one.

Near misses: "my favourite author" praises no book (an announcement of her next novel stays no review); the words in
quotation marks are another's; a capsule without the verdict stays too short for a review.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

FIRST = {
    "en": "Mira Hale's third novel follows a lighthouse keeper's widow who takes over the light for one winter, "
          "against the wishes of the harbour board and of her own grown sons, who want her to sell up and move "
          "inland. Hale writes the weather and the long nights with great patience, and the sons are drawn with "
          "sympathy, too.",
    "es": "La tercera novela de Mira Hale sigue a la viuda de un farero que se hace cargo del faro durante un "
          "invierno, contra la voluntad de la junta del puerto y de sus propios hijos, que quieren que venda y se "
          "mude al interior. Hale escribe el tiempo y las noches largas con mucha paciencia, y también a los hijos.",
    "de": "Mira Hales dritter Roman folgt der Witwe eines Leuchtturmwärters, die für einen Winter das Feuer übernimmt, "
          "gegen den Willen der Hafenbehörde und ihrer erwachsenen Söhne, die wollen, dass sie verkauft und ins "
          "Landesinnere zieht. Hale schreibt das Wetter und die langen Nächte mit großer Geduld, auch die Söhne.",
    "pl": "Trzecia powieść Miry Hale opowiada o wdowie po latarniku, która przez jedną zimę przejmuje latarnię, wbrew "
          "woli zarządu portu i własnych dorosłych synów, którzy chcą, żeby sprzedała dom i wyjechała w głąb lądu. "
          "Hale pisze o pogodzie i długich nocach z wielką cierpliwością, a synów kreśli z sympatią.",
}
MIDDLE = {
    "en": "The middle chapters, where she learns the lamp's old machinery from her husband's logbooks and argues with "
          "the board's inspector over tea, are the best of it; the ending is quieter than I expected, and right.",
    "es": "Los capítulos centrales, en los que aprende la vieja maquinaria de la lámpara con los cuadernos de su "
          "marido y discute con el inspector de la junta tomando té, son lo mejor; el final es más tranquilo de lo "
          "esperado.",
    "de": "Die mittleren Kapitel, in denen sie die alte Mechanik der Lampe aus den Logbüchern ihres Mannes lernt und "
          "beim Tee mit dem Inspektor der Behörde streitet, sind das Beste daran; das Ende ist leiser als erwartet, "
          "und genau richtig so, finde ich, nach all den Stürmen und Streitereien des langen Winters am Meer.",
    "pl": "Najlepsze są środkowe rozdziały, w których uczy się starej maszynerii latarni z dzienników męża i kłóci się "
          "przy herbacie z inspektorem zarządu; zakończenie jest cichsze, niż się spodziewałam, i właśnie takie być "
          "powinno po tych wszystkich burzach długiej zimy nad morzem.",
}
VERDICT = {
    "en": "Easily one of my favourite books this year; I have lent my copy out twice already.",
    "es": "Uno de mis libros favoritos de los últimos años, fácil de regalar.",
    "de": "Eines meiner Lieblingsbücher der letzten Jahre, leicht zu verschenken.",
    "pl": "To jedna z moich ulubionych książek ostatnich lat, łatwo ją komuś podarować.",
}
TITLE = {"en": "The Winter Light by Mira Hale", "es": "The Winter Light, de Mira Hale",
         "de": "The Winter Light von Mira Hale", "pl": "The Winter Light – Mira Hale"}


def _page(title: str, paras: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Harbour Shelf</title></head><body>"
            f"<article class='post'><h1>{title}</h1><div class='entry-content'>{body}</div></article></body></html>")


URL = "https://harbourshelf.example/2026/12/winter-light/"


@pytest.mark.parametrize("lang", ["en", "es", "de", "pl"])
def test_a_capsule_that_counts_the_book_a_favourite_is_a_review(lang):
    record = extract_page(_page(TITLE[lang], [FIRST[lang], MIDDLE[lang], VERDICT[lang]], lang), URL)
    assert record.kind == "review", (lang, record.reason)
    assert (record.book_title, record.book_author) == ("The Winter Light", "Mira Hale")


def test_a_favourite_author_or_anothers_words_or_no_verdict_is_no_review():
    for last in ("Mira Hale is one of my favourite authors, and her new novel is out next spring.",
                 "The publisher calls it “one of my favourite books this year”, quoting a bookseller.",
                 "The paperback is out next month, with a new afterword by the author."):
        record = extract_page(_page(TITLE["en"], [FIRST["en"], MIDDLE["en"], last], "en"), URL)
        assert record.kind != "review", (last, record.reason)
