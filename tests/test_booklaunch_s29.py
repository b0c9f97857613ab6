"""A book's launch named in the post's title (fairwords.launch: "lancement du livre", "lançamento do livro",
"křest knihy", "peluncuran buku", "新书发布会", "출간 기념회" …, matched with the letters' marks taken off) and a book
fair's week named in Thai (fairwords.BOOK_FAIR): a notice or a report of the event, not a review, though it names its
book as a review does. Near misses: a review whose text tells of the launch it bought the book at; a rated review whose
title names a launch; a title about a rocket's or a blog's launch."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract import fairwords


def _post(lang: str, title: str, paragraphs: list[str], url: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


NOTICES = [
    ("fr", "Lancement du livre à Nantes, samedi", [
        "Nous avons le plaisir de vous inviter au lancement des « Marées basses », le premier recueil de nouvelles "
        "d'Hélène Guérin, samedi 12 décembre à la librairie du Port, à partir de 17 heures.",
        "« Les Marées basses » réunit onze nouvelles écrites sur l'île de Noirmoutier. Hélène Guérin lira deux "
        "textes des « Marées basses » et dédicacera le livre. L'entrée est libre, un verre sera offert.",
        "Après la lecture, Hélène Guérin répondra aux questions du public et racontera comment ces nouvelles sont "
        "nées, pendant trois hivers passés sur l'île, entre le port, le marché et la digue. Les éditions du Large "
        "présenteront aussi leur collection de nouvelles et les prochains titres prévus pour le printemps.",
        "Venez nombreux, et parlez-en autour de vous : « Les Marées basses » sera en librairie dès lundi."]),
    ("pt", "Lançamento do livro no Porto", [
        "Temos o prazer de convidar todos para o lançamento de «A Casa das Gaivotas», o romance de estreia de "
        "Marta Seixas, no sábado, dia 12, às 18h, na livraria da Ribeira.",
        "«A Casa das Gaivotas» conta a história de três irmãs numa aldeia de pescadores. A autora vai ler um "
        "capítulo de «A Casa das Gaivotas» e autografar exemplares. Entrada livre.",
        "Depois da leitura, Marta Seixas vai conversar com o público sobre os anos que passou a recolher histórias "
        "de pescadores e das suas mulheres, entre a lota, o mercado e o paredão. A editora vai também apresentar "
        "os próximos títulos da coleção de ficção portuguesa, previstos para a primavera.",
        "Tragam os amigos: «A Casa das Gaivotas» chega às livrarias na segunda-feira."]),
    ("id", "Peluncuran buku puisi di Yogyakarta", [
        "Dengan gembira kami mengundang Anda ke peluncuran \"Hujan di Bulan Juni\" karya Rini Astuti, kumpulan "
        "puisi pertamanya, pada hari Sabtu, 12 Desember, pukul 15.00 di Toko Buku Gramedia Malioboro.",
        "\"Hujan di Bulan Juni\" berisi empat puluh puisi tentang kota, ibu, dan musim hujan. Rini Astuti akan "
        "membacakan beberapa puisi dari \"Hujan di Bulan Juni\" dan menandatangani buku. Acara ini gratis.",
        "Setelah pembacaan puisi, Rini Astuti akan berbincang dengan para pengunjung tentang proses menulis selama "
        "tiga musim hujan di Yogyakarta, di antara pasar, kampus, dan rumah ibunya. Penerbit juga akan "
        "memperkenalkan buku-buku puisi lain yang akan terbit pada tahun depan.",
        "Ajak teman-teman Anda, dan sampai jumpa di Malioboro!"]),
]


def test_a_launch_notice_naming_its_book_is_no_review():
    for lang, title, paragraphs in NOTICES:
        record = extract_page(_post(lang, title, paragraphs, ""), f"https://blog.example.org/2026/12/{lang}-launch.html")
        assert not record.is_review, (lang, record.kind, record.reason)


def test_launch_words_in_many_languages_and_scripts():
    for title in ("Lancement du livre à Lyon", "Lançamento do livro em Lisboa", "Buchpremiere im Literaturhaus",
                  "Křest knihy v Brně", "Krst knihy v Nitre", "Könyvbemutató a Margitszigeten",
                  "Lansarea cărții la Cluj", "Peluncuran buku di Bandung",
                  "Pelancaran buku di Kuala Lumpur", "Uzinduzi wa kitabu Dar es Salaam", "Ra mắt sách mới ở Huế",
                  "新书发布会回顾", "出版記念イベントのお知らせ", "출간 기념회 후기", "पुस्तक विमोचन समारोह"):
        assert fairwords.launch(title), title
    # (a book's presentation names the evening only beside a meeting's day and hour: test_bookpresentation_rev33a)
    assert fairwords.launch("Презентация книги в Казани", meets=True)


def test_titles_about_other_launches_or_a_books_release_are_not_launches():
    for title in ("Launching my new blog", "Review: The Launch by Kim Ortega", "Out now: the sequel I waited for",
                  "Premiera książki, na którą czekałam", "Lançamentos de dezembro: o que li", "Rocket launch night"):
        assert not fairwords.launch(title), title


def test_thai_book_week_fair_is_a_fair():
    assert fairwords.BOOK_FAIR.search("รีวิวบรรยากาศงานสัปดาห์หนังสือแห่งชาติ")
    assert fairwords.BOOK_FAIR.search("ของที่ได้จากสัปดาห์หนังสือ ตุลาคม")
    assert not fairwords.BOOK_FAIR.search("รีวิวหนังสือ สัปดาห์นี้อ่านอะไรดี")


def test_a_review_that_tells_of_the_launch_stays_a_review():
    paragraphs = [
        "I bought Low Tides by Helen Garvey at the book launch in Nantes, and read it on the train home. The eleven "
        "stories are set on one island, and the best of them, the one about the ferryman's daughter, is quietly "
        "devastating.",
        "Not every story lands: the two set in the city feel like they belong to another book, and Garvey leans on "
        "the tide as a metaphor once too often. But her sentences are clean and her people are real.",
        "If you like short fiction that trusts its readers, Low Tides is worth your evening. Rating: 4/5"]
    record = extract_page(_post("en", "Low Tides by Helen Garvey", paragraphs, ""),
                          "https://blog.example.org/2026/12/low-tides-review.html")
    assert record.is_review, record.reason
    rated = extract_page(_post("en", "Low Tides by Helen Garvey (after the book launch)", paragraphs, ""),
                         "https://blog.example.org/2026/12/low-tides-review.html")
    assert rated.is_review, rated.reason
