"""A figure's caption that names the book as its owner's: "A's novel T, first edition" (bookcaptionowner).

The caption gives the owner in the genitive, a book noun, then the title up to its first comma or bracket; the text must
come back to both (a word of the owner's name, and the noun: "the novel", "this book"), and only one caption may name a
book so. Pages and captions of our own words.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcaptionowner import caption_owner


def _owned(caption: str, text: list[str], *more: str) -> tuple[str, str] | None:
    captioned = [(caption, "file: cover")] + [(c, "file: cover") for c in more]
    lines = [caption, *text]
    return caption_owner(captioned, lines, Context("\n".join(lines), (), None))


def test_the_caption_names_the_owner_the_noun_and_the_title():
    cases = [
        ("Mara Lindqvist's novel The Salt Orchard, first paperback edition",
         ["The novel follows two sisters who inherit an orchard on a windy coast and cannot agree what to do with it.",
          "Lindqvist writes the weather in The Salt Orchard better than anyone I know."],
         ("The Salt Orchard", "Mara Lindqvist")),
        ("Jonas Feldmanns Roman Die Nachtfähre, Taschenbuchausgabe",
         ["Der Roman erzählt von einem Fährmann, der jede Nacht dieselben drei Fahrgäste übersetzt.",
          "Feldmann schreibt Die Nachtfähre knapp und genau."], ("Die Nachtfähre", "Jonas Feldmann")),
        ("सुधा वर्मा का उपन्यास नदी के पार, पहला संस्करण",
         ["यह उपन्यास एक छोटे कस्बे की तीन पीढ़ियों की कहानी कहता है।",
          "नदी के पार में वर्मा की भाषा सरल है पर उसमें गहराई है।"], ("नदी के पार", "सुधा वर्मा")),
        ("Selin Aydın'ın romanı Kış Limanı, ilk baskı",
         ["Roman, kışın kapanan bir liman kasabasında geçiyor.",
          "Aydın, Kış Limanı için dili sade ama derin kullanıyor."], ("Kış Limanı", "Selin Aydın")),
    ]
    for caption, text, want in cases:
        got = _owned(caption, text)
        assert got == want, (caption, got)


def test_a_bengali_caption_with_the_genitive_glued_to_the_name():
    got = _owned("সুনীল দত্তের উপন্যাস নদীর ওপারে, প্রথম সংস্করণ",
                 ["এই উপন্যাসের গল্প একটি ছোট শহরের তিন প্রজন্মকে নিয়ে।", "নদীর ওপারে সুনীল খুব সহজ ভাষায় লিখেছেন।"])
    assert got == ("নদীর ওপারে", "সুনীল দত্ত")


def test_the_text_must_come_back_to_the_owner_and_the_noun():
    # (the text never names the owner again, nor calls anything "the novel": a picture's caption, not the post's book)
    assert _owned("Mara Lindqvist's novel The Salt Orchard, first paperback edition",
                  ["We spent the afternoon at the harbour and talked about the festival programme."]) is None
    # a caption that goes on as a sentence: the words after the noun are no title
    assert _owned("Mara Lindqvist's novel was adapted for the stage in 2019",
                  ["The novel follows two sisters. Lindqvist writes the weather well."]) is None
    # a caption of a house, no book noun
    assert _owned("Mara Lindqvist's house on the coast, 1998",
                  ["The novel follows two sisters. Lindqvist writes the weather well."]) is None
    # "my book …": a pronoun where the owner would be
    assert _owned("My book pile, The Salt Orchard on top",
                  ["The book pile grows. My friends laugh at it."]) is None


def test_a_gallery_of_owned_captions_is_a_lists():
    assert _owned("Mara Lindqvist's novel The Salt Orchard, paperback",
                  ["The novel by Lindqvist and the novel by Okafor both came out in May."],
                  "Chidi Okafor's novel River Hours, hardback") is None


def test_a_caseless_caption_that_goes_on_as_a_scene_names_no_book():
    # "children reading Premchand's book": no closing mark after the words, a clause, not a title
    assert _owned("प्रेमचंद की किताब पढ़ते हुए बच्चे",
                  ["प्रेमचंद की कहानियाँ गाँव में सब जानते हैं। किताब पढ़ना यहाँ रोज़ की आदत है।"]) is None
    # "the children's book fair, Dhaka": the genitive glued to a common noun, its stem never a word of the text
    assert _owned("শিশুদের বই মেলা, ঢাকা",
                  ["শিশুদের জন্য এবারের মেলায় অনেক নতুন বই এসেছে।", "বই কিনতে ভিড় ছিল সারাদিন।"]) is None
