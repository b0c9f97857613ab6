"""Helper det67a of the holdout67 round, in our own words: short reviews whose book sits in a record the rules did not
read, and a Mongolian free-copy note.

- bookinfo: the Mongolian title labels ("Ном:", "Номын нэр:", "Гарчиг:") beside the "Зохиолч:" row;
- notegift / notewords: a Mongolian gift from the publishing house in its declined forms ("хэвлэлийн газраас",
  "бэлгээр");
- bookbiblio: a record line that sets a house before its word (Armenian "… հրատարակչություն", Georgian
  "… გამომცემლობა") passes as a record; a writer known by one name set first before the quoted title
  (bookcaselessname._pen_name), vouched for by the text naming them again.

Near misses: a birthday gift and a reprint by a house (no copy given), a one-word label before a quoted title that
the text never names again, lower-case and short words, a record line with no house or detail.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookcaselessname import _pen_name
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.notegift import edge_gift


def test_mongolian_title_label_beside_writer_row():
    rows = field_pairs(["Номын нэр: Талын салхи", "Зохиолч: Д. Батбаяр", "Хэвлэл: Шинэ ном, 2024"], None)
    assert labelled_fields(rows) == ("Талын салхи", "Д. Батбаяр")
    rows = field_pairs(["Ном: Өвлийн шөнө", "Зохиолч: Б. Нямаа"], None)
    assert labelled_fields(rows) == ("Өвлийн шөнө", "Б. Нямаа")


def test_mongolian_gift_from_the_house_is_a_note():
    assert edge_gift("Хэвлэлийн газраас энэ номыг надад бэлгээр өгсөн.", 6, 7)
    assert edge_gift("Уг номыг хэвлэлийн газраас бэлгээр илгээсэн юм.", 0, 7)


def test_mongolian_near_misses_are_no_note():
    assert edge_gift("Энэ ном миний төрсөн өдрийн бэлэг байсан.", 6, 7) is None  # a birthday gift: no house
    assert edge_gift("Хэвлэлийн газраас 2024 онд дахин хэвлэгдсэн.", 6, 7) is None  # reprinted: nothing given
    assert edge_gift("Номыг дэлгүүрээс өөрөө худалдаж авсан.", 6, 7) is None  # bought


_HY_TEXT = ("Րաֆֆին այս վեպում պատմում է գյուղի մի ընտանիքի մասին։ Րաֆֆիի լեզուն հարուստ է, "
            "իսկ հերոսները երկար են մնում հիշողության մեջ։")


def test_armenian_pen_name_record_with_house_after():
    line = "Րաֆֆի, «Խենթը», «Արմավիր» հրատարակչություն"
    context = Context(_HY_TEXT + "\n" + line)
    assert from_bibliography([line, "Առաջին պարբերություն է սա, երկար և պատմողական։"], context) == ("Խենթը", "Րաֆֆի")


def test_georgian_house_after_its_name():
    line = "ნოდარ დუმბაძე, „მარადისობის კანონი“, „დიოგენე“ გამომცემლობა"
    text = "დუმბაძე წერს თბილისზე და ადამიანებზე. დუმბაძის ენა თბილია და მარტივი.\n" + line
    found = from_bibliography(["პირველი აბზაცი აქ არის, გრძელი და მშვიდი.", line], Context(text))
    assert found == ("მარადისობის კანონი", "ნოდარ დუმბაძე")


def test_one_word_label_not_named_again_is_no_author():
    line = "Ամփոփում, «Խենթը», «Արմավիր» հրատարակչություն"  # "Summary" set first: not named again
    assert from_bibliography([line, "Երկրորդ տող առանց որևէ անվան։"], Context(_HY_TEXT + "\n" + line)) is None


def test_pen_name_shape():
    assert _pen_name("Մուրացան") and _pen_name("Горький") and _pen_name("Multatuli")
    assert not _pen_name("Ann")  # short
    assert not _pen_name("ամփոփում")  # lower case
    assert not _pen_name("Anna Berg")  # two words: is_name's
    assert not _pen_name("ABCDE")  # an acronym
