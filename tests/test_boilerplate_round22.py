"""Cleaning rules of the holdout22 round (boilerplate, body recall), on posts of our own words and markup.

- the lead-in rule (a short line typeset apart right before a removed plea goes with it) leaves a record line of
  the review's own: "Label: title, author, publisher, 320 pages" (German and Indonesian here); a buy line with a
  label ("Kaufen: <shop> | <shop>") before an affiliate box is still its lead-in.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

DE = ["Die Geschichte beginnt in einem kleinen Hafen an der Ostsee, wo eine alte Fischerin jeden Morgen die Netze flickt und dabei von ihrem verschollenen Bruder erzählt.",
      "Die Sprache ist ruhig und genau, die Figuren wachsen einem langsam ans Herz, und das Ende hat mich lange beschäftigt, obwohl es fast nichts erklärt."]
ID = ["Novel ini bercerita tentang seorang guru muda yang dikirim ke sebuah desa di pesisir, tempat anak-anak lebih sering melaut daripada bersekolah.",
      "Bahasanya sederhana tetapi hangat, dan bagian akhirnya membuat saya diam cukup lama setelah menutup buku ini di kereta pulang."]
PLEA_BOX = "<div class='support-box'><p>{}</p></div>"


def test_a_record_line_before_a_plea_box_stays():
    for review, record, plea in (
            (DE, "Angaben: Die Netzflickerin, Hanna Berg, Ostwind Verlag, 320 Seiten.",
             "Wir sind ein unabhängiges Magazin. Unterstütze uns auf unserer Mitgliederseite!"),
            (ID, "Data buku: Guru Pesisir, Rani Wulandari, Penerbit Ombak, 2024, 212 halaman.",
             "Blog ini independen. Dukung kami lewat halaman dukungan, ya!")):
        text, rules = cleaned(paras(*review) + f"<p class='record'><em>{record}</em></p>" + PLEA_BOX.format(plea), "mag.example")
        assert plea not in text and record in text, rules
        assert all(r in text for r in review)


def test_a_labelled_buy_line_before_an_affiliate_box_still_goes_as_its_lead_in():
    buy = "<p><em>Kaufen: <a href='https://shop-a.example/x'>Buchladen Nord</a> | <a href='https://shop-b.example/y'>Leseecke</a></em></p>"
    text, rules = cleaned(paras(*DE) + buy + PLEA_BOX.format("Wir sind ein unabhängiges Magazin. Unterstütze uns auf unserer Mitgliederseite!"), "mag.example")
    assert "Buchladen Nord" not in text and any(r.startswith("lead-in of") for r in rules), rules


# -- a figure's caption written as the reviewer's sentence, in a box with a theme's "caption" class --------------------

from scraper.extract import extract_page  # noqa: E402

PT_REVIEW = ("Li este romance numa semana de chuva e ainda penso na avó que guarda as cartas do filho numa lata de "
             "biscoitos. A autora escreve com uma calma que engana: cada capítulo parece pequeno e acaba por pesar muito. "
             "O meio arrasta-se um pouco, mas o final compensa tudo e fiquei a olhar para a parede durante meia hora.")
PL_REVIEW = ("Czytałam tę powieść przez cały listopad, po kilka stron wieczorem, i żal mi było ją kończyć. Autorka pisze o "
             "małym miasteczku nad rzeką tak, że czuć zapach mokrych liści i dymu z kominów. Środek trochę się dłuży, "
             "ale zakończenie wynagradza wszystko i długo o nim myślałam.")


def _page(caption: str, review: str) -> str:
    return ("<html><head><title>Uma leitura</title></head><body><article class='post'><h1>Uma leitura</h1>"
            "<div class='entry-content'><figure class='wp-caption aligncenter'><img src='/up/capa.jpg' alt=''>"
            f"<figcaption class='wp-caption-text'>{caption}</figcaption></figure><p>{review}</p><p>{review}</p></div>"
            "</article></body></html>")


def test_a_figure_caption_written_as_a_sentence_stays_in_a_caption_classed_box():
    for caption, review in (("O exemplar da minha mãe, com as frases que ela sublinhou a lápis há trinta anos.", PT_REVIEW),
                            ("Egzemplarz z biblioteki mojej babci, z jej notatkami na marginesach i zagiętymi rogami.", PL_REVIEW)):
        record = extract_page(_page(caption, review), "https://blog.example/2026/11/leitura/")
        assert caption in record.body_text and review in record.body_text


def test_a_credit_or_a_record_caption_is_still_dropped_with_its_box():
    for caption in ("Foto: Ana Lima, arquivo da editora da casa.", "Uma aldeia no delta do rio ao fim da tarde (Reuters)",
                    "Maria Lopes, A lata de biscoitos — Editora Chuva, 2026"):
        record = extract_page(_page(caption, PT_REVIEW), "https://blog.example/2026/11/leitura/")
        assert caption not in record.body_text and PT_REVIEW in record.body_text
