"""A 'read also' line whose title after the label is wholly one anchor the page gave no address ("Read also: <a>T</a>",
the link on a script's click handler): ``edges`` reads only addressed links, so ``readalsoline.unlinked_pointer`` takes
this shape, and the related post's headline no longer stands in the review's text (where its capitalised words were
read as the reviewed book's author). Near misses: a label whose line goes on past the link, a reviewer's sentence that
opens on the same words, an addressed link (``edges``' own), two anchors."""

from __future__ import annotations

from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.readalsoline import unlinked_pointer


def _block(markup: str):
    return lhtml.fragment_fromstring(markup)


def test_a_label_and_an_unaddressed_link_is_a_pointer():
    for markup in (
        "<p>Read also: <a>Five village novels for a winter evening</a></p>",
        "<p>Baca juga: <a>Tujuh novel tentang kota kecil</a></p>",
        "<p>Lesen Sie auch: <a>Fünf Romane über das Dorf</a></p>",
        "<p>Leia também: <a>Os melhores romances de estreia do ano</a></p>",
        "<p>Czytaj też: <a>Pięć powieści o małych miastach</a></p>",
        "<div class='note'>À lire aussi : <a>Dix romans pour l’hiver</a></div>",
    ):
        assert unlinked_pointer(_block(markup)), markup


def test_a_sentence_or_another_shape_is_none():
    for markup in (
        "<p>Read also: <a>Five village novels</a>, which I wrote last winter and still stand by.</p>",
        "<p>Read also the afterword by <a>Anna Lind</a>: it explains where the letters came from.</p>",
        "<p>Baca juga: <a>Novel pertama</a> dan <a>novel kedua</a></p>",
        "<p>Read also: the long essay at the back, which is better than the stories.</p>",
        "<p>I read it in one sitting and then went back to <a>the first chapter</a>.</p>",
    ):
        assert not unlinked_pointer(_block(markup)), markup


def _post(lang: str, title: str, html: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{html}'
            '</div></article></body></html>')


def test_the_related_headline_leaves_the_review():
    cases = [
        ("en", "Read also: ", "Seven Quiet Novels About Leaving Home",
         "<p>Mara Quill sets The Salt Orchard in a fishing town that is losing its young people, and Quill lets the "
         "harbour itself carry most of the feeling. I read it over three evenings and was sorry when it ended.</p>"
         "<p>Not every chapter works, and the middle drags a little, but the last fifty pages are as good as anything "
         "I have read this year. Quill is a writer to follow, and I will be reading her next book.</p>"),
        ("id", "Baca juga: ", "Lima Novel Pendek Tentang Kota Pelabuhan",
         "<p>Dalam novel ini Rina Astuti menulis tentang sebuah kota pelabuhan kecil yang perlahan ditinggalkan anak "
         "mudanya. Astuti menulis dengan sabar, dan setiap bab berakhir sedikit lebih cepat dari yang saya duga.</p>"
         "<p>Beberapa bagian terasa lambat, tetapi bagian akhirnya sangat kuat. Astuti adalah penulis yang layak "
         "diikuti, dan saya akan membaca bukunya yang berikutnya.</p>"),
    ]
    for lang, label, related, prose in cases:
        body = prose.replace("</p><p>", f"</p><p class='aside'>{label}<a>{related}</a></p><p>", 1)
        record = extract_page(_post(lang, "Kota Garam" if lang == "id" else "The Salt Orchard", body),
                              f"https://blog.example.net/2026/11/{lang}-orchard/")
        assert related not in record.body_text, (lang, record.body_text)
        assert record.book_author is None or related not in record.book_author, record.book_author
