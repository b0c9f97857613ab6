"""``bookbrand.kind_by`` refuses a phrase only where its kind's word opens it capitalised, nothing before it ("Roman von
Ungern", "Novela de Souza": a person's whole name), as its docstring says (rev34e): a caption's or a record's phrase
opens on a capital article ("Ein Roman von A", "Un roman de A", "Una novela de A", "Een roman van A") and is the kind
and its maker's word all the same. A biography is about its subject, not by them: "biografie van A", "biographie de
A", "biografia di A" give no author."""

from __future__ import annotations

from scraper.extract.book import Book
from scraper.extract.bookbrand import kind_by


def test_a_capitalised_article_before_the_kind_still_leaves_the_name():
    for author, name in (
        ("Ein Roman von Jonas Feld", "Jonas Feld"),  # de
        ("Un roman de Claire Vautrin", "Claire Vautrin"),  # fr
        ("Una novela de Clara Morán", "Clara Morán"),  # es
        ("Een roman van Anna de Wit", "Anna de Wit"),  # nl
        ("Um romance de Clara Morais", "Clara Morais"),  # pt
        ("Eine Sammlung Erzählungen von Lea Brandt", "Lea Brandt"),  # de, two words before the kind
    ):
        assert kind_by(Book("T", author)).author == name, author


def test_a_capitalised_kind_alone_before_a_particle_may_be_a_name():
    for author in ("Roman von Ungern", "Novela de Souza Lima", "Roman de Castro"):
        assert kind_by(Book("T", author)).author == author, author


def test_a_biography_s_subject_is_no_author():
    for author in ("biografie van Anna de Wit", "Eine Biografie von Clara Schumann", "une biographie de Colette Duval",
                   "biografi av Selma Berg", "en biografi af Karen Holm"):
        assert kind_by(Book("T", author)).author == author, author
    # (a memoir, an autobiography is by its subject)
    assert kind_by(Book("T", "ein Roman von Jonas Feld")).author == "Jonas Feld"
