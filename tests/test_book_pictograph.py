"""A channel's post (Telegram, Mastodon, a group) that opens with its book as a record of pictographs: a book's line
("📚 T") over a pen's line ("✍️ A" / "🖋 A"), the author one the text names again. Near misses: a pen line that signs
the post with a name the text never uses, a book line with no pen line after it.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookopening import pictograph_record

REVIEW = ("Novela pendek ini saya baca dalam satu malam hujan. Wulandari menulis tentang sebuah kampung nelayan yang "
          "perlahan ditinggalkan, dan setiap bab terasa seperti surat perpisahan.")


def test_a_book_line_over_a_pen_line_is_the_book_and_its_author():
    lines = ["#ulasan_buku", "📚 Laut yang Pulang", "✍🏽 Sekar Wulandari", REVIEW]
    assert pictograph_record(lines, Context("\n".join(lines))) == ("Laut yang Pulang", "Sekar Wulandari")
    lines = ["📕 Laut yang Pulang", "🖋️ — Sekar Wulandari", REVIEW]
    assert pictograph_record(lines, Context("\n".join(lines))) == ("Laut yang Pulang", "Sekar Wulandari")


def test_a_signature_pen_or_a_book_line_alone_is_no_record():
    lines = ["📚 Laut yang Pulang", "✍️ Dimas Pratama", "Novela pendek ini saya baca dalam satu malam hujan."]
    assert pictograph_record(lines, Context("\n".join(lines))) is None  # the text never names the pen's name again
    lines = ["📚 Laut yang Pulang", REVIEW, "✍️ Sekar Wulandari"]
    assert pictograph_record(lines, Context("\n".join(lines))) is None  # not the line after the book's


# --- an opening that says what its title is: someone's novel, diary, memoir ---

from scraper.extract.bookopening import defined_book  # noqa: E402


def _ctx(paragraphs: list[str]) -> Context:
    return Context("\n".join(paragraphs))


def test_an_opening_that_defines_its_title_as_someones_book():
    paragraphs = ["“La casa de las gaviotas” es la primera novela de Inés Careaga Ortiz, escrita en un invierno en Cádiz.",
                  "Careaga cuenta la vida de tres hermanas en un faro abandonado. Careaga no tiene prisa."]
    assert defined_book(paragraphs, _ctx(paragraphs)) == ("La casa de las gaviotas", "Inés Careaga Ortiz")
    paragraphs = ["Il giardino d'inverno è il romanzo di Teresa Valli che tutti mi avevano consigliato.",
                  "Teresa scrive di una serra e di una madre che non parla. Teresa non spiega mai niente."]
    assert defined_book(paragraphs, _ctx(paragraphs)) == ("Il giardino d'inverno", "Teresa Valli")


def test_a_book_noun_as_title_a_person_defined_or_a_name_never_named_again_gives_no_book():
    paragraphs = ["O livro é o diário de Helena Prado, escrito durante a guerra.", "Prado escreve pouco. Prado é seca."]
    assert defined_book(paragraphs, _ctx(paragraphs)) is None  # "the book" is no title
    paragraphs = ["Marta é a filha de Helena Prado, a vizinha.", "Prado aparece pouco. Prado é seca."]
    assert defined_book(paragraphs, _ctx(paragraphs)) is None  # a daughter is no book
    paragraphs = ["The Salt Orchard is the debut novel by Jonah Feld.", "It is about a farm by the sea and a drought."]
    assert defined_book(paragraphs, _ctx(paragraphs)) is None  # the name never comes back
