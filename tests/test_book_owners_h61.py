"""holdout61 (book61b): three ways a book's author went unread.

- fi: a quoted title owned by a lone surname in the Finnish genitive ("Luin Waltarin ”T”"), the text naming the
  nominative on its own (bookfinnishowned, asked by bookopening.surname_possessive);
- vi: a record line "T — A. Publisher, year" whose two sides are both capitalised throughout; the side opening on a
  Vietnamese family name is the author (bookvietname, asked by bookbiblio.from_bibliography);
- uk: a woman's given name in the genitive -і of a soft -я stem ("Олени", "Тані" → "Таня") before her unchanged
  surname after a book noun (bookgenitive._woman_given).
"""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookfinnishowned import finnish_owned
from scraper.extract.bookgenitive import _woman_given, genitive_author
from scraper.extract.bookvietname import vi_dashed_author


# ---- Finnish: "Surnamen ”T”"

def _fi(paragraphs, lang="fi"):
    return finnish_owned(paragraphs, Context(" ".join(paragraphs), (), lang))


def test_fi_vowel_genitive_inside_sentence():
    paragraphs = ["Eilen illalla sain vihdoin luettua Kallion ”Suolajärvi” loppuun.",
                  "Kallio kirjoittaa lyhyin lausein, ja se toimii hyvin."]
    assert _fi(paragraphs) == ("Suolajärvi", "Kallio")


def test_fi_sentence_opening_verb_before_owner():
    paragraphs = ["Luin Mäkisen «Pimeä puutarha» kahdessa illassa.", "Mäkinen ei päästä lukijaa helpolla."]
    assert _fi(paragraphs) == ("Pimeä puutarha", "Mäkinen")


def test_fi_weak_grade_and_consonant_stems():
    assert _fi(['Ostin kirjaston poistomyynnistä Mukan "Hiekkatie" ja aloitin heti.', "Mukka kuvaa kylää tarkasti."]) \
        == ("Hiekkatie", "Mukka")
    assert _fi(["Kävin läpi Lindholmin ”Meren ääni” hitaasti.", "Lindholm tuntee meren."]) == ("Meren ääni", "Lindholm")


def test_fi_near_miss_nominative_never_named():
    # a paper or a place in the genitive ("Tampereen", "Helsingin"): the text never names the person on their own
    assert _fi(["Luin Helsingin ”Iltalehti” -lehdestä arvion tästä kirjasta.", "Kirja oli hyvä."]) is None


def test_fi_near_miss_compared_book():
    paragraphs = ["Tämä muistuttaa paljon Kallion ”Suolajärvi” -kirjaa, mutta on synkempi.", "Kallio on tuttu nimi."]
    assert _fi(paragraphs) is None
    paragraphs = ["Jos pidit Kallion ”Suolajärvi” -kirjasta, pidät tästäkin.", "Kallio on tuttu nimi."]
    assert _fi(paragraphs) is None


def test_fi_near_miss_full_name_and_other_language():
    # a given name before the genitive: a full name, other rules' shape
    assert _fi(["Kirjastosta lainasin Anna Kallion ”Suolajärvi” -romaanin.", "Kallio kirjoittaa hyvin."]) is None
    # the same words on an Estonian page are no Finnish genitive
    assert _fi(["Lugesin Kallion ”Suolajärvi” läbi.", "Kallio on hea."], lang="et") is None


def test_fi_near_miss_lower_case_quote():
    assert _fi(["Luin Kallion ”ihan hyvä” -arvion ja nauroin.", "Kallio on tuttu."]) is None


# ---- Vietnamese: "T — A. Publisher, year"

def test_vi_family_name_after_dash():
    assert vi_dashed_author("Sông Hồng Mùa Lũ", "Phạm Thị Lan", "vi") == "Phạm Thị Lan"
    assert vi_dashed_author("Bến Không Chồng", "Dương Hướng", "vi-VN") == "Dương Hướng"


def test_vi_near_misses():
    assert vi_dashed_author("Sông Hồng Mùa Lũ", "Phạm Thị Lan", "en") is None  # not a Vietnamese page
    assert vi_dashed_author("Lê Lợi", "Trần Văn Giáp", "vi") is None  # both sides open on a family name
    assert vi_dashed_author("Sông Hồng", "Nhà Xuất Bản Trẻ", "vi") is None  # a house, no family name
    assert vi_dashed_author("Sông Hồng", "Phạm", "vi") is None  # one syllable is no full name


def test_vi_record_line_read_by_bibliography():
    text = "Cuốn tiểu thuyết kể về một bến sông. Tác giả viết chậm rãi."
    lines = [text, "Sông Hồng Mùa Lũ — Phạm Thị Lan. Nhà xuất bản Văn học, 2011."]
    assert from_bibliography(lines, Context(text, (), "vi")) == ("Sông Hồng Mùa Lũ", "Phạm Thị Lan")
    # the same line on a page in another language stays unread as before ("which side is no telling")
    found = from_bibliography(lines, Context(text, (), "en"))
    assert found is None or found[1] != "Phạm Thị Lan"


# ---- Ukrainian: a woman's genitive -і

def test_uk_soft_given_names():
    assert _woman_given("Тані", "Гнатюк", "uk") == "Таня"
    assert _woman_given("Наді", "Гончарук", "uk") == "Надя"
    assert _woman_given("Софії", "Гончарук", "uk") == "Софія"  # (as before)


def test_uk_near_misses():
    assert _woman_given("Любові", "Гончарук", "uk") is None  # a -ь name's genitive, no -я
    assert _woman_given("Тані", "Гнатюк", "ru") is None  # not Russian
    assert _woman_given("Тані", "Ковальова", "uk") is None  # a surname that declines itself


def test_uk_book_noun_genitive_pair():
    text = "Роман Тані Гнатюк «Сіль» читається за один вечір. Гнатюк пише стримано."
    assert genitive_author([text], Context(text, (), "uk"), [], "uk") == ("Сіль", "Таня Гнатюк")


# ---- whole pages, in our own words

_PAGE = """<html lang="{lang}"><head><title>{head}</title></head><body><article><h1>{head}</h1>
<div class="entry-content">{body}</div></article></body></html>"""


def test_page_finnish_thread_post():
    body = ("<p>Luin lomalla Kallion ”Suolajärvi” ja pakko kirjoittaa siitä jotain.</p>"
            "<p>Kirja kertoo kalastajasta, joka palaa kotikylään vuosien jälkeen. Kieli on niukkaa ja kaunista, "
            "ja jokainen luku päättyy hiljaiseen kuvaan järvestä ja sen rannoista.</p>"
            "<p>Kallio ei selitä henkilöitään auki, vaan antaa lukijan päätellä. Se vaatii kärsivällisyyttä, mutta "
            "palkitsee lopussa, kun vanhat salaisuudet nousevat pintaan.</p>"
            "<p>Keskivaiheilla tahti hidastuu liikaa, mutta kokonaisuutena kirja jäi mieleen pitkäksi aikaa.</p>"
            "<p>Parasta oli tapa, jolla menneisyys ja nykyhetki limittyvät: yksi muisto johtaa toiseen, ja lukija "
            "kokoaa tarinan palasista itse. Sivuhenkilöt jäävät ohuiksi, mutta kalastajan sisar on hieno hahmo, "
            "jonka toivoisi saavan enemmän tilaa. Loppu on avoin ja sopii kirjan sävyyn.</p>"
            "<p>Arvosana 4/5. Suosittelen syksyn pimeisiin iltoihin.</p>")
    page = extract_page(_PAGE.format(lang="fi", head="Hiljainen järvikirja joka jäi mieleen", body=body),
                        "https://forum.example.fi/kirjat/123")
    assert (page.book_title, page.book_author) == ("Suolajärvi", "Kallio")


def test_page_finnish_ordinary_review_left_alone():
    # a paper's name in the genitive before a quoted title, its nominative never on its own: no book from it
    body = ("<p>Luin eilen Helsingin ”Iltalehti” -lehdestä jutun syksyn uusista romaaneista.</p>"
            "<p>Jutussa kehuttiin monia kirjoja, mutta yksikään ei kuulostanut minulle sopivalta, joten jatkan "
            "vanhojen suosikkieni parissa vielä jonkin aikaa ja palaan uutuuksiin myöhemmin.</p>")
    page = extract_page(_PAGE.format(lang="fi", head="Syksyn lukulista", body=body), "https://blogi.example.fi/x")
    assert page.book_author is None or page.book_author != "Helsingi"


def test_page_vietnamese_record_at_end():
    body = ("<p>Cuốn tiểu thuyết kể về một gia đình sống ven sông qua ba thế hệ, với những mùa lũ và những cuộc "
            "chia ly. Tôi đọc chậm từng chương vì giọng văn rất đẹp và buồn.</p>"
            "<p>Tác giả viết về người phụ nữ với sự cảm thông sâu sắc, dù đoạn giữa có phần dài dòng. Đây là một "
            "cuốn sách đáng đọc cho những ai yêu văn chương nông thôn.</p>"
            "<p>Điều tôi thích nhất là cách tác giả để những chi tiết nhỏ nói thay nhân vật: một chiếc thuyền cũ, "
            "một bữa cơm chiều, một lá thư không bao giờ được gửi. Cái kết nhẹ nhàng nhưng để lại nhiều suy nghĩ, "
            "và tôi đã gấp sách lại rồi ngồi yên rất lâu trước khi đọc lại chương cuối một lần nữa.</p>"
            "<p>Sông Hồng Mùa Lũ — Phạm Thị Lan. Nhà xuất bản Văn học, 2011.</p>")
    page = extract_page(_PAGE.format(lang="vi", head="Một dòng sông và ba thế hệ", body=body),
                        "https://tapchi.example.vn/bai-viet/1")
    assert (page.book_title, page.book_author) == ("Sông Hồng Mùa Lũ", "Phạm Thị Lan")
