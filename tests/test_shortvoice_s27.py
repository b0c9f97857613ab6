"""A short unrated review (about a hundred words) of a book read with its author carries two marks of one work, one in
the reviewer's voice, in forms the marks did not read:

- the reading stated with its subject dropped, as a diary or a reading log writes it (``readvoice._DROPPED``): "Read
  it over two evenings", "Riletto oggi", "Lu d'une traite", "Leído en dos tardes", "Gelesen im Urlaub", "Przeczytane
  jednym tchem", "Läst i ett svep", a log's label "Finished reading: T by A", "Ausgelesen: T", "読了：T"; and Georgian's
  first person of reading ("რომანს … ვკითხულობდი");
- the headline and the text naming the one book (``settitles.named_work``): the headline names the book the text names
  with its author ("Finished T" over "T by A"), or the text names the headline's author again by surname, in any case,
  as the one who writes or tells ("A racconta …"); counted only beside the reviewer's own reading or verdict;
- a closing citation of the book read, its house or year beside its title and author ("A, „T“. House X.",
  ``shortverdict._cites``).

Near misses: an imperative to read it somewhere ("Read it on Kindle", "Read it in full"), a narrator's credit ("Letto
da …", "Lu par …"), what is to come ("Currently reading:"), a writer's own draft; a sentence of prose naming the book
and its house; the author named again as a notice names them ("A presents the book on Friday"); a short news item
about a book (headline and author named again, no reading voice) stays no review.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from types import SimpleNamespace

from scraper.extract import extract_page
from scraper.extract.readvoice import reads
from scraper.extract.settitles import AUTHOR_AGAIN, HEADLINE_NAMES, named_work
from scraper.extract.shortverdict import closing_citation


def test_subject_dropped_reading():
    for line in ("Read it over two evenings while the storm kept the power off.",
                 "Finished it last night and could not sleep afterwards.",
                 "Lu d'une traite, un dimanche de pluie.",
                 "Leído en dos tardes, sin poder soltarlo.",
                 "Gelesen im Urlaub, am Strand, in einem Zug.",
                 "Przeczytane jednym tchem w pociągu do Gdańska.",
                 "Läst i ett svep under påsklovet.",
                 "Riletta per la seconda volta, la storia regge ancora.",
                 "ზაფხულში ეს რომანი ორ საღამოში წავიკითხე."):
        assert reads(line), line
    # (a log's label, before the headline's title: rev31b asks for the title, or one set off, after it)
    for line, title in (("📖 Finished reading: The Salt Roads by Tess Quarry.", "The Salt Roads"),
                        ("Ausgelesen: Die Salzwege von Tess Quarry.", "Die Salzwege"), ("読了：塩の道", "塩の道"),
                        ("Ausgelesen: „Die Salzwege“ von Tess Quarry.", None)):
        assert reads(line, title), line


def test_near_misses_of_reading():
    for line in ("Read it here.", "Read it on Kindle Unlimited from Friday.", "Read it in full at the link below.",
                 "Letto da Marta Bassi, l'audiolibro dura nove ore.", "Lu par l'auteur lui-même.",
                 "Read by the author.", "Currently reading: The Salt Roads.", "Finished reading: my own first draft.",
                 "Gelesen von Anna Thal, erscheint das Hörbuch im Mai.",
                 "ამ წიგნს სკოლაში ყველა კითხულობს.", "I have not finished it yet."):
        assert not reads(line), line


def _ev(title, author, source, head, lines):
    return SimpleNamespace(book_title=title, book_author=author, book_source=source, book_has_author=True,
                           title=head, body=(tuple(lines), "\n\n".join(lines)))


def test_headline_and_text_name_one_book():
    ev = _ev("The Salt Roads", "Tess Quarry", "body", "Done with The Salt Roads",
             ["Finished reading: The Salt Roads by Tess Quarry.", "A slow and lovely book."])
    assert named_work(ev) == (HEADLINE_NAMES,)
    ev = _ev("Il sale", "Marta Bassi", "title", "«Il sale» di Marta Bassi",
             ["Un paese di mare negli anni Cinquanta.", "Bassi racconta la fame senza retorica."])
    assert named_work(ev) == (AUTHOR_AGAIN,)
    ev = _ev("Otok i obala", "Ivana Marković", "title", "Knjiga tjedna: Ivana Marković, „Otok i obala“",
             ["Mlada učiteljica dolazi na otok.", "Marković pripovijeda kroz pisma koja nikad nisu poslana."])
    assert named_work(ev) == (AUTHOR_AGAIN,)
    # near misses: the headline names another thing; the surname only on the line that names the title
    ev = _ev("The Salt Roads", "Tess Quarry", "body", "My week in pictures",
             ["Finished reading: The Salt Roads by Tess Quarry."])
    assert named_work(ev) == ()
    ev = _ev("Il sale", "Marta Bassi", "title", "«Il sale» di Marta Bassi",
             ["Esce oggi «Il sale» di Marta Bassi, che racconta la fame.", "Il libro costa 18 euro."])
    assert named_work(ev) == ()
    # the author named again, but not as the one who writes or tells (a notice's "presents the book")
    ev = _ev("Il sale", "Marta Bassi", "title", "«Il sale» di Marta Bassi",
             ["Esce oggi il nuovo romanzo.", "Bassi presenterà il libro venerdì in biblioteca."])
    assert named_work(ev) == ()


def test_closing_citation_of_the_book_read():
    assert closing_citation(["Prose.", "Lena Bauer, „Nachtgarten“. Verlag Kiepe, 2019."], "Nachtgarten", "Lena Bauer")
    assert closing_citation(["Prose.", "Olga Nowak, „Dom i ogród”. Wydawnictwo Sosna."], "Dom i ogród", "Olga Nowak")
    assert closing_citation(["Prose.", "ეკა ბერიძე, „ზღვის სახლი“. გამომცემლობა „ბაკმი“."], "ზღვის სახლი", "ეკა ბერიძე")
    # near misses: a sentence of prose naming the book and its house; a line with no house, year or pages
    assert not closing_citation(["Prose.", "Lena Bauer's „Nachtgarten“ was published by Verlag Kiepe in 2019 and sold "
                                 "well."], "Nachtgarten", "Lena Bauer")
    assert not closing_citation(["Prose.", "Lena Bauer, „Nachtgarten“."], "Nachtgarten", "Lena Bauer")


def _page(lang: str, head: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{head}</title></head>
<body class="single-post"><article class="post"><h1>{head}</h1><div class="entry-content">{body}</div></article>
</body></html>"""


_FR = ["Lu d'une traite, un dimanche de pluie. Une infirmière de nuit dans un hôpital de province, ses patients, "
       "ses insomnies, et un vieux marin qui lui raconte chaque nuit une tempête différente.",
       "Garnier écrit court et juste, sans jamais appuyer. Les dialogues sont parfois un peu raides, mais la "
       "dernière nuit, celle où le marin se tait enfin, m'a laissée sans voix. Un livre de peu de pages qui tient "
       "compagnie longtemps, comme une lampe qu'on oublie d'éteindre en partant le matin au travail."]
_DE = ["Gelesen im Urlaub, auf dem Balkon einer viel zu kleinen Ferienwohnung. Ein Fährmann am Bodensee erzählt "
       "seiner Enkelin von den Wintern, in denen der See zufror.",
       "Brenner erzählt ruhig und genau, manchmal fast zu ruhig, aber die Szenen auf dem Eis sind großartig. Die "
       "Enkelin bleibt blass, das stört kaum. Ein schmales Buch, das lange nachhallt, und eines, das ich im "
       "nächsten Winter gewiss noch einmal aus dem Regal nehmen werde."]
_EN = ['📖 Finished reading: <a href="https://openlibrary.org/works/OL4471203W">The Lamp Keeper</a> by Oren Maddox.',
       "Read it over two evenings while the storm kept the power off, which felt right. A lighthouse keeper's widow "
       "stays on after the light is automated, and the village slowly forgets she is there. The chapters about the "
       "inspector are brisk and the last twenty pages are quietly devastating. Short, cold, kind. I keep "
       "thinking about the scene with the tide tables and the kettle, and I suspect I will for a while yet. My "
       "neighbour, who grew up in a lighthouse cottage on the Antrim coast, borrowed it next and says the details of "
       "the lamp room are exactly right."]


def test_short_unrated_reviews_are_reviews():
    cases = (("fr", "« La Veilleuse » de Claire Garnier", _FR, ("La Veilleuse", "Claire Garnier")),
             ("de", "„Eiswinter“ von Paul Brenner", _DE, ("Eiswinter", "Paul Brenner")),
             ("en", "Done: The Lamp Keeper", _EN, ("The Lamp Keeper", "Oren Maddox")))
    for lang, head, paragraphs, book in cases:
        record = extract_page(_page(lang, head, paragraphs), f"https://shelfnotes.example/{lang}/2026/03/post")
        assert record.kind == "review", (lang, record.reason)
        assert (record.book_title, record.book_author) == book


def test_short_news_item_stays_no_review():
    news = ["Der Verlag Kiepe bringt im Mai „Eiswinter“ von Paul Brenner heraus. Brenner, der am Bodensee lebt, "
            "stellt das Buch am 14. Mai in der Stadtbibliothek vor; der Eintritt ist frei.",
            "Es ist sein drittes Buch nach zwei Erzählbänden. Brenner arbeitete lange als Lehrer und schreibt "
            "seit zehn Jahren. Karten gibt es an der Abendkasse, die Lesung dauert etwa eine Stunde, danach "
            "signiert der Autor. Der Roman hat 212 Seiten und kostet 22 Euro im Buchhandel."]
    record = extract_page(_page("de", "„Eiswinter“ von Paul Brenner", news), "https://shelfnotes.example/de/news")
    assert record.kind != "review", record.reason
    # the reading stated, but the headline names no book and nothing else marks one work
    record = extract_page(_page("en", "Lamp days", _EN), "https://shelfnotes.example/en/2026/03/lamp")
    assert record.kind != "review", record.reason
    promo = ["The Lamp Keeper by Oren Maddox is out on Friday from Tidewell Press. Read it on Kindle Unlimited from "
             "launch day, or pre-order the paperback from your local shop.",
             "Maddox will be signing copies at Harbour Books on Saturday afternoon, and the first fifty buyers get a "
             "tote bag with the lighthouse from the cover. Maddox's first novel was shortlisted for two prizes, and "
             "this "
             "one comes with a reading guide for book clubs. Read it in full on launch day."]
    record = extract_page(_page("en", "Out Friday: The Lamp Keeper", promo), "https://shelfnotes.example/en/news")
    assert record.kind != "review", record.reason
