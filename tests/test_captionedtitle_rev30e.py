"""A caption "A's novel T, first edition" names the post's book only when the post makes it its own
(bookcaptionowner.captioned_title): the text or headline names T, or the picture's file spells it; the caption's note
is a label, not a clause; the post is no life of A nor a film's; the owner is no pronoun or "the writer"; the text
calls the work by the caption's noun itself, not a word derived from it ("novelist", "Romantik"). Our own words."""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcaptionowner import _OWNED_TITLE, caption_owner


def _owned(caption: str, text: list[str], headline: str = "", file: str = "cover") -> tuple[str, str] | None:
    lines = [caption, *text]
    return caption_owner([(caption, f"file: {file}")], lines, Context("\n".join(lines), (), None), headline)


def test_the_posts_own_book_named_by_text_headline_or_file():
    assert _owned("Ana Ferreira's novel The Quiet Harbour, first edition, 2011",
                  ["The novel follows a pilot and his daughter.", "Ferreira lets The Quiet Harbour breathe."]) \
        == ("The Quiet Harbour", "Ana Ferreira")
    assert _owned("Karl Bergers Roman Das Eisfeld, Taschenbuch",
                  ["Der Roman erzählt von einem Winter.", "Berger schreibt knapp."], headline="Das Eisfeld, wieder gelesen") \
        == ("Das Eisfeld", "Karl Berger")
    assert _owned("সেলিনা হোসেনের উপন্যাস নদীর ঘাট, প্রথম সংস্করণ",
                  ["এই উপন্যাসের গল্প একটি গ্রামের।", "সেলিনা খুব সহজ ভাষায় লিখেছেন।"], file="nodir ghat") \
        == ("নদীর ঘাট", "সেলিনা হোসেন")
    assert _owned("ஜெயமோகனின் நாவல் அறம், முதல் பதிப்பு",
                  ["இந்த நாவல் அறம் ஒரு ஊரின் கதை.", "ஜெயமோகனின் மொழி எளிது."]) \
        == ("அறம்", "ஜெயமோகன்")


def test_a_caption_of_another_book_or_a_person_is_not_the_posts():
    bio = ["Hermione Lee spent ten years with the letters, and this biography shows it.",
           "Woolf walks the ruined streets of London; the novelist she was then gets a whole chapter on Orlando."]
    assert _owned("Virginia Woolf's novel Orlando, first edition, 1928", bio, headline="A life told gently") is None
    assert _owned("Virginia Woolf's novel Orlando, first edition, 1928", bio[1:], headline="Virginia Woolf, at home") \
        is None
    film = ["Jo wants to be a writer, and the film lets us watch her write.", "The novel she sells is a compromise; "
            "March family life is messy."]
    assert _owned("Jo March's novel Little Women, first printing", film, headline="Watching Little Women again") is None
    ishiguro = ["Ishiguro gives her a quiet voice. This novel is slower than his last.", "Klara and the Sun was better."]
    assert _owned("Kazuo Ishiguro's novel Klara and the Sun, 2021, which I reviewed last spring", ishiguro) is None
    # no file, no text, no headline names the title
    assert _owned("Ana Ferreira's novel The Quiet Harbour, first edition",
                  ["The novel follows a pilot.", "Ferreira writes well."]) is None


def test_the_writer_or_a_pronoun_is_no_owner():
    for caption in ("লেখকের উপন্যাস নন্দিত নরকে, প্রথম সংস্করণ", "আমার বই নন্দিত নরকে, পুরোনো কপি",
                    "তোমার বই নন্দিত নরকে, উপহার"):
        assert _owned(caption, ["নন্দিত নরকে উপন্যাসটি পড়লাম।", "লেখক আমার তোমার প্রিয়।"]) is None, caption


def test_a_word_derived_from_the_noun_is_not_the_noun():
    assert _owned("Virginia Woolf's novel Orlando, first edition, 1928",
                  ["Orlando is on every shelf.", "A life of the novelist, long and patient; Woolf is everywhere."]) \
        is None
    assert _owned("Caspar Davids Roman Der Wanderer, Ausgabe 1818",
                  ["Der Wanderer und die Romantik in Bildern.", "David malte Nebel."]) is None


def test_turkish_story_noun_takes_its_possessive():
    assert any(pattern.match("Sait Faik'in öyküsü Semaver, ilk baskı") for pattern, _cased, _ending in _OWNED_TITLE)
