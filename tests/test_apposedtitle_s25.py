"""A title set off beside its owner's book noun, in apposition: "the first book of A, “T”" (Tagalog "aklat ni A, ang
T", Indonesian "buku karya A, T", Swahili "kitabu cha A, T", Spanish "la novela de A, T", German "der Roman von A, T",
English "the debut novel by A, T"): ``bookopening.from_paragraph`` reads the title and its owner. Near misses: a title
in lower case (a remark, not a title), a book held up for comparison, a one-word owner, no set-off title, a reviewer's
sentence where the same words stand with no title after the name.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookopening import from_paragraph


def test_the_apposed_title_in_many_languages():
    assert from_paragraph("Binasa ko ulit ang ikalawang aklat ni Lualhati Dimasalang, ang “Sa Ilalim ng Buwan”, "
                          "pagkatapos ng sampung taon.") == ("Sa Ilalim ng Buwan", "Lualhati Dimasalang")
    assert from_paragraph("Saya baru selesai membaca buku terbaru karya Rinjani Prameswari, “Laut yang Diam”, "
                          "minggu lalu.") == ("Laut yang Diam", "Rinjani Prameswari")
    assert from_paragraph("Nimesoma tena kitabu cha Amani Mwakyusa, “Mvua ya Kwanza”, baada ya miaka mingi.") \
        == ("Mvua ya Kwanza", "Amani Mwakyusa")
    assert from_paragraph("Acabo de terminar la novela de Irene Valdecasas, “Las horas quietas”, en un tren.") \
        == ("Las horas quietas", "Irene Valdecasas")
    assert from_paragraph("Ich habe den neuen Roman von Jonas Brenninger, “Nebelhafen”, an einem Abend gelesen.") \
        == ("Nebelhafen", "Jonas Brenninger")
    assert from_paragraph("I finally got to the debut novel by Oriel Fanshawe, “The Lantern Weir”, this week.") \
        == ("The Lantern Weir", "Oriel Fanshawe")


def test_near_misses():
    # a remark in quotes, in lower case
    assert from_paragraph("I read the novel by Oriel Fanshawe, “slow and strange”, as my friend put it.") is None
    # a book held up for comparison
    assert from_paragraph("Fans of the novel by Oriel Fanshawe, “The Lantern Weir”, will find this one thin.") is None
    # an owner of one word (a nickname, a relative): not a name
    assert from_paragraph("Hiniram ko ang aklat ni Lola, ang “Mga Lumang Awit”, noong bata pa ako.") is None
    # no title set off after the name: the reviewer's own sentence
    assert from_paragraph("Binasa ko ang aklat ni Lualhati Dimasalang, at hindi ko ito malimutan.") is None
    assert from_paragraph("The book by Oriel Fanshawe, as everyone says, is long.") is None


_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{head} | Pahina</title></head>
<body><main><article class="post"><h1 class="entry-title">{head}</h1><div class="entry-content">
<p>{opening}</p>
<p>{second}</p>
<p>{third}</p>
</div></article></main></body></html>"""


def test_a_review_headed_by_a_remark():
    html = _PAGE.format(
        lang="tl", head="Muling pagbasa: ang aklat na nagpaiyak sa akin",
        opening="Binasa ko ulit ang ikalawang aklat ni Lualhati Dimasalang, ang <em>Sa Ilalim ng Buwan</em>, "
                "pagkatapos ng sampung taon. Kuwento ito ng isang pamilyang nakatira sa tabi ng ilog.",
        second="Mas mabagal ito kaysa sa naaalala ko, pero mas malalim. Marunong maghintay si Dimasalang: hinahayaan "
               "niyang tumahimik ang mga tauhan bago sila magsalita, at doon lumalabas ang bigat ng bawat eksena. "
               "Natawa ako sa ilang bahagi, at napaiyak sa huling kabanata, gaya noong una kong basa.",
        third="Marka: 4 sa 5 bituin",
    )
    record = extract_page(html, "https://pahina.example.ph/libro/muling-pagbasa/")
    assert (record.book_title, record.book_author) == ("Sa Ilalim ng Buwan", "Lualhati Dimasalang")
