"""The writer's statement that they read the book (readvoice.reads), three more cases: a term quoted in another
sentence of the paragraph leaves the reading the writer's (only the sentence holding it, and any quotation open before
it, are another's); a reading log's entry opening on the verb with the title set off and its author ("Finished *T* by
A", "Terminé *T* de A", "Ausgelesen *T* von A"); Sinhala's object first, a person's work in the genitive ("A-ගේ T මා
… කියෙව්වේ"). Sentences of our own; near misses: a quoted blurb, a quotation open across sentences, a series or a
show finished, the paper's article read, a reading to come, a reading begun ("the first fifty pages"); and the book's
last pages read in the first person ("I read the last fifty pages standing up"), the reading finished."""

from __future__ import annotations

import pytest

from scraper.extract.readvoice import reads


@pytest.mark.parametrize("text", [
    # a quoted term in the next sentence (fr, en, de, es)
    "Je l’ai lu d’une traite, un soir d’orage. C’est le meilleur antidote au « roman à thèse ».",
    "I read it in one sitting on the ferry. Call it a “beach read” if you must.",
    "Ich habe es in einem Rutsch gelesen. Der Verlag nennt es „Familienroman“, zu Recht.",
    "Lo leí en dos tardes de lluvia. La contracubierta habla de «novela coral».",
    "ඒ පොත මම නැවත කියෙව්වා.",
    # the book's last pages read: the reading finished (en, fr, de, es)
    "I read the final thirty pages in the bath until the water went cold.",
    "J’ai lu les dernières pages debout dans la cuisine.",
    "Die letzten zwanzig Seiten habe ich auf dem Bahnsteig gelesen.",
    "Leí las últimas páginas sin respirar.",
])
def test_reads(text):
    assert reads(text)


@pytest.mark.parametrize("text, book", [
    # a log's entry, the title set off and its author; the title the post's book (rev34g: only then)
    ("Finished *The Salt Road* by Maren Ostby on the train and cried a little.", "The Salt Road"),
    ("Terminé *La Maison du port* de Claire Vidal hier soir, et je n'en reviens pas.", "La Maison du port"),
    ("Ausgelesen *Die stille Bucht* von Jana Reuter, und noch ganz benommen.", "Die stille Bucht"),
    ("Finito _Il ponte di sale_ di Lucia Ferri: che libro.", "Il ponte di sale"),
    # si: the author's genitive and the title, then "I (first) read"
    ("කුමාරි පෙරේරාගේ මුහුදු හඬ මා මුලින්ම කියෙව්වේ පාසල් කාලයේදීය.", "මුහුදු හඬ"),
])
def test_reads_the_posts_book(text, book):
    assert reads(text, book=book)


@pytest.mark.parametrize("text", [
    "“I read it in one sitting,” says the publisher of the reissue.",  # a blurb
    "“A marvel. I read it in one sitting. Unmissable,” writes the bookseller.",  # a quotation open across sentences
    "Finished *Severance* last night, what a season.",  # no author: a show
    "Finished *The Long Watch* season two by the fire.",  # no capitalised name after the by-word
    "පුවත්පතේ ලිපිය මා කියෙව්වේ ඊයේය.",  # si: the paper's article (a thing's genitive)
    "I can't wait to read *The Salt Road* by Maren Ostby.",  # to come
    "I read the first fifty pages last night and can't wait for the rest.",  # a reading begun
    "I have not read the last chapters yet.",  # negated
])
def test_does_not_read(text):
    assert not reads(text)
