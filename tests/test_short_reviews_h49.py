"""holdout49 (spent), det49: short reviews and a news item told by their shape.

1. a record line whose author carries their other name in brackets, "Name (Other Name), „T“. Publisher, year."
   (bookquotedrecord.quoted_record): the name outside the brackets is the record's author;
2. a record "Name, «T», new edition" in a script without capitals (Armenian, Georgian, Hebrew), its family name named
   again, declined too (bookquotedrecord.remark_record with bookcaselessname.vouched_caseless), the reprint concept in more
   languages;
3. a catalogue's record table whose author row is two cells, "Auteur | Family, Given" (readerreview.book_header): a
   book's page, so its readers' review is read alone;
4. a title naming a series' second or later season (adaptgets.new_season): news of a screen version, no review;
5. a 'read also' label in Armenian and Georgian (edges.READ_ALSO), and a subscription box whose one line holds its
   bold heading and its closing link (sitenotices.subscription_box).
All texts are our own.
"""

from types import SimpleNamespace

from lxml import html as lxml_html

from scraper.extract import adaptgets
from scraper.extract.book import Context
from scraper.extract.bookcaselessname import vouched_caseless
from scraper.extract.bookquotedrecord import quoted_record, remark_record
from scraper.extract.edges import READ_ALSO
from scraper.extract.readerreview import book_header
from scraper.extract.sitenotices import subscription_box


# 1. the author's other name in brackets

def test_record_author_with_other_name_in_brackets():
    assert quoted_record("Mari Tamm (Kaja Kask), „Talveöö“. Varrak, 2021. 210 lk.")[:2] == ("Talveöö", "Mari Tamm")
    assert quoted_record("Paul Renard (Jean Lys), « La Maison basse ». Actes Sud, 2019.")[:2] == ("La Maison basse", "Paul Renard")
    assert quoted_record("«Der graue Hof», Anna Berger (Lotte Fink). Wallstein, 2020.")[:2] == ("Der graue Hof", "Anna Berger")
    # without brackets, as before
    assert quoted_record("Mari Tamm, „Talveöö“. Varrak, 2021.")[:2] == ("Talveöö", "Mari Tamm")


def test_record_brackets_that_are_no_name():
    # a role, life dates, a lower-case note: no other name, the line is not read this way
    assert quoted_record("Paul Renard (dir.), « La Maison basse ». Actes Sud, 2019.") is None
    assert quoted_record("Paul Renard (1931-2004), « La Maison basse ». Actes Sud, 2019.") is None
    assert quoted_record("Paul Renard (trad. du russe), « La Maison basse ». Actes Sud, 2019.") is None


# 2. a caseless script's record with an edition's remark

def _lines(*lines, language="hy"):
    return list(lines), Context("\n".join(lines), (), language)


def test_remark_record_in_scripts_without_capitals():
    # Armenian: the family name declined in the text ("-ի"), the tail "new edition"
    lines, context = _lines("Գևորգ Սարգսյան, «Լուսնի ջրաղաց», նոր հրատարակություն",
                            "Սարգսյանի լեզուն պարզ է։", "Այս գիրքը կարճ է, բայց Սարգսյանի ձայնը հստակ է։")
    assert remark_record(lines, context, vouched_caseless) == ("Լուսնի ջրաղաց", "Գևորգ Սարգսյան")
    # Georgian: the family name bare in the text, the tail "reprint"
    lines, context = _lines("ბერიძე წერს ნელა.", "ეს წიგნი ბერიძე ადრე დაწერა.", "გიორგი ბერიძე, „ქარის სახლი“, ხელახალი გამოცემა", language="ka")
    assert remark_record(lines, context, vouched_caseless) == ("ქარის სახლი", "გიორგი ბერიძე")
    # Hebrew: "new edition"
    lines, context = _lines("לוי כותב בשקט.", "הספר של לוי קצר.", "דן לוי, «הבית הישן», מהדורה חדשה", language="he")
    assert remark_record(lines, context, vouched_caseless) == ("הבית הישן", "דן לוי")


def test_remark_record_caseless_near_misses():
    # the family name never named again
    lines, context = _lines("Գևորգ Սարգսյան, «Լուսնի ջրաղաց», նոր հրատարակություն", "Գիրքը կարճ է։", "Լեզուն պարզ է։")
    assert remark_record(lines, context, vouched_caseless) is None
    # a tail that is no remark on the copy ("my favourite book of the year")
    lines, context = _lines("Գևորգ Սարգսյան, «Լուսնի ջրաղաց», տարվա իմ սիրելի գիրքը", "Սարգսյանի լեզուն պարզ է։", "Սարգսյանի ձայնը հստակ է։")
    assert remark_record(lines, context, vouched_caseless) is None
    # without the vouching callback, a caseless name is not read (as before)
    lines, context = _lines("Գևորգ Սարգսյան, «Լուսնի ջրաղաց», նոր հրատարակություն", "Սարգսյանի լեզուն պարզ է։", "Սարգսյանի ձայնը։")
    assert remark_record(lines, context) is None


# 3. a catalogue's record table

def _page(rows: str, extra: str = "") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><div class='rec'><h1>Kalte Ufer</h1><table>{rows}</table>{extra}</div>"
                                "<div class='reviews'><p>Some reader's words.</p></div></body></html>")


def test_record_table_author_row():
    assert book_header(_page("<tr><td>Auteur</td><td>Lenoir, Claire (1970-....)</td></tr><tr><td>Éditeur</td><td>Lyon : Rhône, 2001</td></tr>"))
    assert book_header(_page("<tr><th>Verfasser:</th><td>Berger, Anna</td></tr><tr><th>Verlag</th><td>Wien : Hof, 2015</td></tr>"))
    assert book_header(_page("<tr><td>Forfatter</td><td>Nilsen, Kari</td></tr>"))


def test_record_table_near_misses():
    # another role, three cells, a dated box (a post's byline table)
    assert not book_header(_page("<tr><td>Traducteur</td><td>Lenoir, Claire</td></tr>"))
    assert not book_header(_page("<tr><td>Auteur</td><td>Lenoir, Claire</td><td>12 avis</td></tr>"))
    assert not book_header(_page("<tr><td>Auteur</td><td>Lenoir, Claire</td></tr>", "<p>Publié le 03/11/2026</p>"))


# 4. a series' next season

def _ev(title, book_title=None, rating=False, verdict_lines=0, source="title"):
    return SimpleNamespace(title=title, book_title=book_title, jsonld_review=False, verdict_lines=verdict_lines, book_source=source)


def test_numbered_season_in_the_title():
    for title in ("«Il mare d'inverno» torna sul set: confermata la terza stagione", "The Glass Orchard renewed for a second season",
                  "„Die stille Bucht“: zweite Staffel kommt im Herbst", "«La casa vacía» tendrá 2ª temporada",
                  "Сериал по роману «Тихий дом»: второй сезон выйдет весной", "「静かな家」シーズン2制作決定", "드라마 '고요한 집' 시즌 2 확정",
                  "Season 3 of The Glass Orchard starts filming"):
        assert adaptgets.new_season(title), title
    found = adaptgets.judge(_ev("«Il mare d'inverno» torna sul set: confermata la terza stagione", "Il mare d'inverno"), False)
    assert found and found[0] == "announcement"


def test_season_near_misses():
    for title in ("The Four Seasons of a Small Garden", "Le 4 stagioni in cucina", "4 Seasons, one notebook", "The final season of a life",
                  "Staffel 2024: neue Bücher", "Season of the Storm: a review", "Una nuova stagione di libri"):
        assert not adaptgets.new_season(title), title
    # a verdict of the post's own, or a rating: a review of the book that mentions its series
    assert adaptgets.judge(_ev("The Glass Orchard, before its second season", "The Glass Orchard", verdict_lines=1), False) is None
    assert adaptgets.judge(_ev("The Glass Orchard, before its second season", "The Glass Orchard"), True) is None
    # the season in the book's own title is not the post's words
    assert adaptgets.judge(_ev("The Second Season: a quiet novel", "The Second Season"), False) is None


# 5. a read-also label; a subscription box of one line

def test_read_also_in_armenian_and_georgian():
    assert READ_ALSO.match("Կարդացեք նաև՝ Աշնան երեք նոր վեպ")
    assert READ_ALSO.match("ასევე წაიკითხეთ: შემოდგომის სამი რომანი")
    assert not READ_ALSO.match("Կարդացեք այս գիրքը դանդաղ։")


def test_subscription_box_of_one_line():
    body = lxml_html.fromstring("<div><p>Review text here, long enough.</p><div class='box'><p><strong>Order the paper home!</strong>"
                                " A year costs less than a coffee a month. <a href='/tellimine'>Order here</a></p></div></div>")
    block = body.xpath("//div[@class='box']/p")[0]
    assert subscription_box(block, body) is not None
    # the reviewer's own paragraph in a box, with a link to a subscription page mid-sentence: stays
    body = lxml_html.fromstring("<div><p>Review text.</p><div class='box'><p>I read it in the <a href='/abonnement'>magazine</a>"
                                " first, then <strong>bought the book</strong>.</p></div></div>")
    block = body.xpath("//div[@class='box']/p")[0]
    assert subscription_box(block, body) is None
