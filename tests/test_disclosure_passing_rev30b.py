"""copywords.DISCLOSED, narrowed (rev30b): a disclosure said in passing counts only where the words before its label
are a conjunction's or an adverb's ("And full disclosure,", "Also, disclaimer:", "En toute transparence,", "Por
transparencia,", "Zur Transparenz:") and the writer is the one given the book (copywords.GIVEN_TO_ME: "sent me", "I
received", "me regaló", "m'ont envoyé", "mir … geschickt", "mi ha inviato", "ik kreeg"). Near misses: the label opening
an ordinary remark (the publisher gave the book a cover; a club made me read it; I gave it five stars), a novel called
Disclosure as a verb's object, and English "bog" (a marsh, not Danish "bog"). Texts invented for these tests."""

from __future__ import annotations

from scraper.extract.notes import disclosure_in


def test_passing_disclosures_with_the_writer_given_the_book():
    assert disclosure_in("Oh and full disclosure, the press at Harrow Lane sent me the paperback in March.")
    assert disclosure_in("Et en toute transparence, les éditions Brume m'ont envoyé le livre en service de presse.")
    assert disclosure_in("Por transparencia, la editorial Marea me regaló el libro el mes pasado.")
    assert disclosure_in("Zur Transparenz: Der Verlag hat mir das Buch kostenlos geschickt.")
    assert disclosure_in("E per trasparenza, la casa editrice mi ha inviato il libro in anteprima.")


def test_ordinary_remarks_after_the_label_are_no_disclosure():
    # the giving is to the book, to the stars, or to nobody: the writer is not the one given the copy
    assert disclosure_in("Honest disclaimer, the house gave the novel a jacket that says nothing, and I almost "
                          "passed it by.") is None
    assert disclosure_in("And full disclosure, I gave this book four stars before I had reached the end.") is None
    assert disclosure_in("Por transparencia, gracias a mi grupo de lectura leí este libro, que yo nunca habría "
                          "elegido.") is None
    assert disclosure_in("Full disclosure, our reading circle gave this book a hard time in May.") is None


def test_a_title_or_a_verbs_object_is_no_label():
    # a novel called "Disclosure" read again: the word is the object of the reviewer's verb
    assert disclosure_in("I reread Disclosure, which my aunt sent me as a hardback the year it came out, and it "
                          "has aged oddly.") is None
    assert disclosure_in("We finished Disclaimer, a book my neighbour sent us, in one weekend.") is None


def test_an_english_bog_is_no_danish_book():
    assert disclosure_in("Full disclosure, my brother sent me a photo of the bog behind his farm, and that is where "
                          "I pictured the whole story.") is None
