"""Which half of a "Label: Half" headline is a person (``bookdeclinedhalf.owned_work`` and ``cut_name``, asked by
``bookheadline``): a half the text writes after a person's possessive ("Tara Mehta's Glass Engines and Other Tales") is
that person's work, never the author, though its last word is a common noun the text says alone; a name-shaped half the
text never names whole and whose last word opens a longer name there ("Rereading Maren" over "Maren Oduya Holt") is the
headline's own words ending on a given name, not the author. Near misses: "Author: Title" headlines whose author the
text names whole or by surname.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookdeclinedhalf import cut_name, owned_work
from scraper.extract.bookheadline import from_title


def _book(title: str, text: str, language: str):
    book = from_title(title, Context(text, (), language))
    return book and (book.title, book.author)


def test_a_work_after_its_writers_possessive_is_no_author():
    # a lower-case microblog headline, an English column's label, a Dutch one
    assert _book("quick takes: glass engines", "at last i read Tara Mehta's Glass Engines and Other Tales. the engines "
                 "in it hum with grief. three engineers argue.", "en") is None
    assert _book("Short Notes: Salt Orchards", "I finally read Jonas Ekberg’s Salt Orchards and Other Poems. Orchards are "
                 "everywhere in it. Ekberg writes short lines.", "en") is None
    assert _book("Even Kort: Glazen Machines", "Eindelijk las ik Tara Mehta's Glazen Machines en andere verhalen. "
                 "Machines zoemen erin. Mehta schrijft helder.", "nl") is None
    assert owned_work("Salt Orchards", Context("I read Jonas Ekberg’s Salt Orchards twice.", (), "en"))


def test_a_headline_cut_after_a_given_name_is_no_author():
    assert _book("Rileggendo Ilaria: Racconti Senza Scuse", "Vent'anni dopo, la raccolta Ossa di sale di Ilaria Bent "
                 "Rossi punge ancora. Ilaria scrive frasi brevi. Racconti così sono rari.", "it") is None
    assert _book("Membaca Ulang Sekar: Cerita yang Tidak Sopan", "Dua puluh tahun kemudian, kumpulan Tulang Garam karya "
                 "Sekar Ayu Lestari masih menampar. Sekar menulis pendek. Cerita yang tajam.", "id") is None
    assert cut_name("Relisant Maren", Context("Le recueil de Maren Oduya Holt pique encore. Maren écrit court.", (), "fr"))


def test_near_misses_authors_the_text_names():
    assert _book("Ann Patchett: Tom Lake", "Patchett returns with Tom Lake. The lake is a summer theatre. Patchett is "
                 "wonderful.", "en") == ("Tom Lake", "Ann Patchett")
    # the author's own possessive before the title: the title half stays the title
    assert _book("Rachel Cusk: Outline", "Rachel Cusk's Outline is a novel of listening. Cusk lets others talk. Outline "
                 "is the first of three.", "en") == ("Outline", "Rachel Cusk")
    assert _book("Ayu Utami: Saman", "Ayu Utami menulis Saman pada 1998. Utami berani. Saman adalah novel pertamanya.",
                 "id") == ("Saman", "Ayu Utami")
    assert _book("Donatella Di Pietrantonio: Borgo Sud", "Donatella Di Pietrantonio torna con Borgo Sud. Di Pietrantonio "
                 "scrive asciutto. Donatella è brava.", "it") == ("Borgo Sud", "Donatella Di Pietrantonio")
    # a place's one-word possessive before a person: still a person
    assert not owned_work("Hilary Vane", Context("Britain's Hilary Vane wrote it. Vane is good.", (), "en"))
    # a surname a capitalised noun follows (German), not a longer name in a writer's place: no cut
    assert not cut_name("Dörte Hansen", Context("Ich mag, wie Hansen Menschen beschreibt. Hansen ist klug.", (), "de"))
    # the name named whole somewhere: no cut
    assert not cut_name("Maren Holt", Context("Maren Holt writes. Maren Holt Prize winner.", (), "en"))


_TUMBLR = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>lanternmoth — quick takes: glass engines</title>
</head><body><div id="posts"><article class="post text"><h2 class="title">quick takes: glass engines</h2><div class="body">
<p>at last i read Tara Mehta's <b>Glass Engines and Other Tales</b> and the opening story wrecked me. engines that
hum with grief, a bridge that forgets its river, a mother who rebuilds her son out of clock parts.</p>
<p>a few of the later ones felt rushed, and the space station one never quite lands. but the river story is staying with
me for a long time, and mehta writes grief better than almost anyone.</p><p>grade: A-</p></div>
<footer><div class="tags"><a href="/tagged/tara-mehta">#tara mehta</a> <a href="/tagged/reviews">#reviews</a></div>
</footer></article></div></body></html>"""


def test_a_tumblr_text_post():
    record = extract_page(_TUMBLR, "https://lanternmoth.example.tumblr.com/post/12345/glass-engines")
    assert (record.book_title, record.book_author) == ("Glass Engines and Other Tales", "Tara Mehta")
