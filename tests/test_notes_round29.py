"""Content-warning labels and free-copy notes added in the holdout30 round (notes.py, notewords.py, notegift.py), each on
our own sentences, with near misses:

- content-warning labels of nb/nn/da/sv ("Innholdsadvarsel:", "Triggeradvarsel:", nn "Innhaldsåtvaring:") and he
  ("הערת תוכן:", a content note), the Armenian pause mark "․" after a label, and a label qualified by up to eight words
  ("Aviso para quien lea esto de noche: …"), which must still name a hard thing;
- Finnish free copies ("Sain kirjan arvostelukappaleena kustantajalta"), Indonesian "diterima dari penerbit", and a note in
  italics said in full further in than the edge (a journal's review, its references after it);
- Vietnamese: the writer given the book through a programme, a sponsor or a publisher ("Tôi nhận được sách qua chương trình
  review của nhà sách"), not a friend's birthday gift.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

_PARAS = ["Første avsnitt om handlingen i boka, med litt om personene.", "Andre avsnitt om språket og tempoet i fortellingen.",
          "Tredje avsnitt om slutten, som jeg ikke røper her.", "Fjerde avsnitt med en anbefaling til slutt."]


def _page(first: str, paras=_PARAS, last: str | None = None) -> str:
    return "\n\n".join([first, *paras] + ([last] if last else []))


@pytest.mark.parametrize("note", [
    "*Innholdsadvarsel: romanen skildrer vold i hjemmet og et selvmord.*",
    "Innholdsadvarsler: død, sorg, rus.",
    "*Triggeradvarsel: boka handler om overgrep mot barn.*",
    "Innhaldsåtvaring: forteljinga skildrar sjølvmord.",  # nn
    "Indholdsadvarsel: bogen beskriver vold.",  # da
    "Triggervarning: boken skildrar självmord.",  # sv
    "*הערת תוכן: הספר מתאר אלימות במשפחה ומוות של ילד.*",  # he: a content note
    "התראת תוכן: התאבדות, פגיעה עצמית.",
    "*Զգուշացում․ վեպում կան բռնության տեսարաններ։*",  # hy, the pause mark after the label
    "*Aviso para quien lea esto antes de dormir: la novela describe un suicidio y varias escenas de violencia.*",  # es, qualified
    "*A warning for anyone reading this on a hard week: the book depicts a suicide.*",  # en, qualified by seven words
])
def test_warning_labels(note):
    assert read_notes(_page(note)).content_warnings


@pytest.mark.parametrize("note", [
    "*Aviso para quien lea esto antes de dormir: la novela es larguísima y la letra es pequeña.*",  # no hard thing
    "*Innholdsadvarsel for de utålmodige, dette er en treg bok med lange kapitler og mye vær: ingenting skjer.*",  # too long a label
    "*הערה: קראתי את הספר בתרגום החדש.*",  # he "a note" (not a content note): a remark
    "Jeg hadde ingen sorg over å legge den fra meg.",  # a hard word in the review's prose, no label
])
def test_warning_near_misses(note):
    assert read_notes(_page(note)).content_warnings is None


@pytest.mark.parametrize("note", [
    "*Sain kirjan arvostelukappaleena kustantajalta, mutta mielipiteet ovat omiani.*",  # fi
    "Kustantaja lähetti minulle ennakkokappaleen, kiitos siitä.",
    "*Saimme kirjan kustantamolta arvostelukappaleena.*",
    "*Buku ini saya terima dari penerbit untuk diulas, tanpa syarat apa pun.*",  # id
    "Eksemplar ulasan diterima dari penerbit.",
])
def test_disclosures_at_the_edge(note):
    assert read_notes(_page(note)).disclosure


@pytest.mark.parametrize("note", [
    "Sain kirjan lahjaksi siskoltani joululahjaksi.",  # fi: a sister's Christmas present
    "Lainasin kirjan kirjastosta, ja jono oli pitkä.",  # fi: borrowed from a library
    "Buku ini saya beli sendiri di toko buku dekat kampus.",  # id: bought it myself
])
def test_disclosure_near_misses(note):
    assert read_notes(_page(note)).disclosure is None


_MIDDLE = ["Paragraf pertama tentang tokoh utama dan latar ceritanya di sebuah kota kecil.",
           "Paragraf kedua tentang gaya bahasa pengarang yang tenang dan jernih.",
           "Paragraf ketiga tentang kelemahan bagian tengah yang agak lambat.",
           "Paragraf keempat tentang tokoh-tokoh sampingan yang hidup dan lucu.",
           "Paragraf kelima tentang akhir cerita yang tenang dan meyakinkan.",
           "Paragraf keenam tentang siapa yang sebaiknya membaca novel ini."]
_TAIL = ["## Daftar Pustaka", "Santoso, B. (2001). Judul Novel. Jakarta: Penerbit Contoh.",
         "Dilihat: 120 kali | Diunduh: 45 kali", "Santoso, B. (2026). Judul Resensi. Jurnal Contoh, 3(1), 10–12.",
         "Artikel ini dilisensikan di bawah lisensi terbuka untuk dibaca dan dibagikan."]


def test_italic_note_further_in_is_a_disclosure():
    # id: the note closes the review itself; the journal's references and citation come after it
    md = "\n\n".join(_MIDDLE + ["*Buku untuk resensi ini diterima dari penerbit tanpa syarat apa pun.*"] + _TAIL)
    assert read_notes(md).disclosure
    # en, the same shape
    md = "\n\n".join(["The first paragraph on the plot.", "The second one on its prose and its pace.", "The third on its flaws.",
                      "The fourth on its minor characters.", "The fifth on its ending, quiet and sure.", "The sixth on who should read it.",
                      "*This copy was sent to me by the publisher in exchange for an honest review.*",
                      "## References", "One reference, 2001, a city: a press.", "Views: 120 | Downloads: 45",
                      "A citation of this review, 2026, a journal, 3(1).", "This article is licensed for reading and sharing freely."])
    assert read_notes(md).disclosure


def test_italic_note_further_in_near_misses():
    # a plain (not italic) line in the middle, and an italic line about someone else's copy, are no disclosures
    plain = "\n\n".join(_MIDDLE + ["Buku untuk resensi ini diterima dari penerbit tanpa syarat apa pun."] + _TAIL)
    assert read_notes(plain).disclosure is None
    policy = "\n\n".join(_MIDDLE + ["*Jika Anda penerbit, buku dapat dikirim dari penerbit ke alamat kami.*"] + _TAIL)
    assert read_notes(policy).disclosure is None


_VI = ["Đoạn đầu nói về cốt truyện và nhân vật chính ở một thị trấn nhỏ ven biển.",
       "Đoạn hai nói về giọng văn nhẹ nhàng và những chi tiết đời thường.",
       "Đoạn ba nói về phần giữa hơi dài nhưng cái kết rất đẹp."]


@pytest.mark.parametrize("note", [
    "Tôi nhận được sách qua chương trình review của một nhà sách trực tuyến, nhưng đây là ý kiến riêng của tôi.",
    "Mình được tặng cuốn này trong chương trình đọc thử của một trang sách, cảm nhận bên dưới là thật lòng.",
    "Em được nhà xuất bản gửi tặng cuốn sách này để viết nhận xét.",
    "Mình được gửi sách miễn phí để review, không ai yêu cầu khen cả.",
])
def test_vietnamese_programme_gift(note):
    assert read_notes("\n\n".join([note, *_VI])).disclosure
    assert read_notes("\n\n".join([*_VI, note])).disclosure


@pytest.mark.parametrize("note", [
    "Mình được tặng cuốn này vào sinh nhật năm mười tuổi, từ bà ngoại.",  # a birthday gift
    "Mình nhận được nhiều câu hỏi về chương trình đọc sách của lớp, nên viết bài này.",  # questions, not a book
    "Em được chị gái tặng cuốn sách này khi vào đại học.",  # a sister's gift
])
def test_vietnamese_gift_near_misses(note):
    assert read_notes("\n\n".join([note, *_VI])).disclosure is None


def test_vietnamese_gift_in_the_middle_is_no_note():
    md = "\n\n".join(_VI + ["Mình nhận được sách qua chương trình review, và đọc ngay trong tuần."] + _VI + _VI)
    assert read_notes(md).disclosure is None


@pytest.mark.parametrize("note, found", [
    # fi: the book got from the publisher, the publisher sent it to me
    ("Kirja on saatu kustantajalta.", True),
    ("Kustantaja lähetti kirjan minulle luettavaksi.", True),
    ("Sain kustantajalta arvostelukappaleen, kiitos.", True),
    ("Sain kustantajalta vastauksen, että painos on loppu.", False),  # a reply from the publisher, no book
    ("Kustantaja lähetti kirjailijan kiertueelle ympäri maata.", False),  # the author sent on a tour
    # vi: the book as the subject, given by a shop's or publisher's programme
    ("Sách do một nhà sách trực tuyến tài trợ để mình đọc và review.", True),
    ("Cuốn này được NXB gửi tặng, cảm ơn nhiều.", True),
    ("Cuốn này được bạn thân tặng nhân dịp sinh nhật.", False),  # a friend's birthday gift
    ("Sách được nhà sách gửi về rất nhanh, đóng gói cẩn thận.", False),  # bought: the shop shipped it
])
def test_more_fi_vi_givings(note, found):
    paras = _VI if any(w in note for w in ("Sách", "Cuốn")) else _PARAS
    assert bool(read_notes("\n\n".join([note, *paras])).disclosure) is found
