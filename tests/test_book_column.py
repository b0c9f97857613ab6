"""bookcolumn: a headline that opens with a column's name ("Staff pick: a lighthouse, a dog and a long winter") while
the page's <title> gives the same name and then the book ("Staff pick: The Keeper's Year | Shop"): the <title>'s part
is the title where the post names it, the column's name never; and a surname read in a case ("Vera Lindqvistin",
"Vera Lindqvists") put back in its bare form where the text says it bare. Near misses: a <title> whose part the post
never names, a <title> that is the headline itself, a <title> with another opening, a language that does not decline
names, a shorter word that is not the name's.

Every page here is invented for these tests (invented shops, books and people, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookcolumn import column_title, own_form

EN_POST = """<p><em>Each month one of our booksellers picks the book they press on customers. This time it is Mira
Castellan's second novel.</em></p>
<p>I first read <strong>The Keeper's Year</strong> in one sitting on a ferry and again this autumn for our reading group.
The second time I noticed how carefully it is built: two voices, two decades, edging towards each other.</p>
<p>Castellan never explains too much. The lighthouse keeper and his daughter talk past each other for half the book, and
the dog is the only one who listens. The ending ties things up a little fast.</p>
<p>Recommended to anyone who thinks they do not like quiet novels. My score: four stars out of five.</p>"""


def shop_post(headline: str, page_title: str, post: str = EN_POST, lang: str = "en") -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{page_title}</title></head>
<body><header><a class="logo" href="/">Harbour Books</a><nav><a href="/books">Books</a><a href="/blog">Blog</a></nav></header>
<main><article class="blog-post"><h1 class="blog-post__title">{headline}</h1>
<div class="blog-post__meta">Posted 3 March 2026 by <a href="/blog/author/ines">Ines Park</a></div>
<div class="blog-post__body">{post}</div></article></main>
<footer><a href="/privacy">Privacy</a></footer></body></html>"""


FI_POST = """<p class="ingressi"><em>Joka kuukausi joku myyjistämme kertoo kirjasta, jota hän suosittelee asiakkaille. Tällä kertaa vuorossa on Vera Lindqvistin toinen romaani.</em></p>
<p>Luin <strong>Vartijan vuosi</strong> ensin yhdellä istumalla lautalla ja nyt uudelleen lukupiiriämme varten. Toisella
kerralla huomasin, kuinka tarkasti kirja on rakennettu: kaksi ääntä, kaksi vuosikymmentä, jotka lähestyvät toisiaan.</p>
<p>Lindqvist ei selitä lukijalle liikaa. Majakanvartija ja hänen tyttärensä puhuvat toistensa ohi puolet kirjasta, ja
vain koira kuuntelee. Loppu solmii langat vähän liian nopeasti yhteen, mutta kieli kantaa.</p>
<p>Tarina sijoittuu pienelle saarelle, jonne laiva tulee vain kahdesti viikossa. Talvella jää sulkee salmen, ja silloin
saaren väki on keskenään kuukausia. Vartija kirjoittaa säähavaintoja vihkoon, tytär lukee niitä salaa ja vastaa niihin
omilla merkinnöillään. Tästä vihkosta syntyy kirjan toinen ääni, ja se on minusta romaanin paras keksintö.</p>
<p>Heikoimpia ovat kaupunkiin sijoittuvat luvut, joissa tytär opiskelee ja yrittää unohtaa saaren. Niissä on liikaa
selittämistä ja liian vähän sitä hiljaisuutta, joka tekee saaren luvuista niin vahvoja.</p>
<p>Suosittelen kaikille, jotka luulevat, etteivät pidä hiljaisista romaaneista. Arvioni: neljä tähteä viidestä.</p>"""


def test_a_column_headline_and_a_genitive_standfirst_give_the_book_and_its_author():
    html = shop_post("Myyjän suositus: majakka, koira ja pitkä talvi", "Myyjän suositus: Vartijan vuosi | Satamakirja", FI_POST, "fi")
    record = extract_page(html, "https://satamakirja.example/blogi/myyjan-suositus-maaliskuu")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Vartijan vuosi", "Vera Lindqvist")


def test_the_titles_part_after_the_columns_name_is_the_book():
    html = shop_post("Staff pick: a lighthouse, a dog and a long winter", "Staff pick: The Keeper's Year | Harbour Books")
    tree = lxml_html.fromstring(html)
    text = " ".join(tree.xpath("//article//p//text()"))
    assert column_title("Staff pick: a lighthouse, a dog and a long winter", tree, text) == ("Staff pick", "The Keeper's Year")
    record = extract_page(html, "https://harbourbooks.example/blog/staff-pick-march")
    assert record.is_review, record.reason
    assert record.book_title == "The Keeper's Year"
    assert record.book_title != "Staff pick"
    # Spanish: the same shape, the site's name after a dash
    es = "<p>Leí <strong>El año del farero</strong> de un tirón. Castellan no explica de más y el perro escucha.</p>"
    tree = lxml_html.fromstring(shop_post("Elección del librero: un faro y un perro", "Elección del librero: El año del farero - Librería Puerto", es, "es"))
    assert column_title("Elección del librero: un faro y un perro", tree, " ".join(tree.xpath("//article//p//text()"))) == ("Elección del librero", "El año del farero")


def test_a_title_the_post_never_names_or_the_headline_itself_gives_nothing():
    headline = "Staff pick: a lighthouse, a dog and a long winter"
    tree = lxml_html.fromstring(shop_post(headline, "Staff pick: Our favourite winter reads | Harbour Books"))
    post = " ".join(tree.xpath("//article//p//text()"))
    assert column_title(headline, tree, post) is None  # (the post never names that part)
    tree = lxml_html.fromstring(shop_post(headline, headline + " | Harbour Books"))
    assert column_title(headline, tree, post) is None  # (the <title> is the headline)
    tree = lxml_html.fromstring(shop_post(headline, "The Keeper's Year | Harbour Books"))
    assert column_title(headline, tree, post) is None  # (no column's name before it)
    assert column_title("A lighthouse, a dog and a long winter", tree, post) is None
    # the headline opens with the book's own title, which the post names; the <title> then gives its author
    tree = lxml_html.fromstring(shop_post("The Keeper's Year: a lighthouse and a dog", "The Keeper's Year: Quiet Water | Harbour Books"))
    assert column_title("The Keeper's Year: a lighthouse and a dog", tree, post + " Her first, Quiet Water, was colder.") is None
    tree = lxml_html.fromstring(shop_post("Staff pick: a lighthouse", "Staff pick: Mira Castellan | Harbour Books"))
    assert column_title("Staff pick: a lighthouse", tree, post + " Mira Castellan is a quiet writer.") is None


def test_a_surname_in_a_case_is_put_back_bare_where_the_text_says_it_bare():
    fi = "Tällä kertaa vuorossa on Vera Lindqvistin esikoisromaani. Lindqvist ei selitä liikaa."
    assert own_form("Vera Lindqvistin", fi, "fi") == "Vera Lindqvist"
    sv = "Det här är Vera Lindqvists debut. Lindqvist förklarar aldrig för mycket."
    assert own_form("Vera Lindqvists", sv, "sv") == "Vera Lindqvist"
    # the text never says the bare form; a language that does not decline names; a name in its own form already
    assert own_form("Vera Lindqvistin", "Vera Lindqvistin esikoisromaani on hyvä.", "fi") == "Vera Lindqvistin"
    assert own_form("Anna Marian", "Anna Marian writes about Maria and her brother.", "en") == "Anna Marian"
    assert own_form("Vera Lindqvist", fi, "fi") == "Vera Lindqvist"
