"""A reader's review under a book's own page header: a catalogue's or a shop's h1 with its author link beside it, and a
forum post that opens with a label/value record. Near misses: a blog post's byline under its headline, a product that
is no book, a film's info block.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookld import from_author_link

POLISH_REVIEW = """
<p>Do Kowala wracam co kilka lat. Szklany dom czytałam pierwszy raz na studiach i wtedy wydał mi się zimny, prawie
nieczytelny. Teraz widzę w nim przede wszystkim czułość dla ludzi, którzy nie umieją ze sobą rozmawiać.</p>
<p>Akcja to jedna zima w domu nad jeziorem: trzy siostry, chory ojciec, listy, które nikt nie wysyła. Zdania są długie,
gęste, czasem trzeba odłożyć książkę i przejść się po pokoju. Kowal nie tłumaczy niczego dwa razy.</p>
<p>Minus: środkowa część ciągnie się, a wątek sąsiada donikąd nie prowadzi. Ale ostatnie rozdziały zostają na długo.</p>
"""


def catalogue_page(header: str, review: str, lang: str = "pl") -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Szklany dom – opinia – Półka</title></head>
<body><header class="top"><a class="logo" href="/">Półka</a><nav><a href="/ksiazki">Książki</a><a href="/autorzy">Autorzy</a></nav></header>
<main class="page">{header}
<section class="opinion"><div class="opinion__head"><a class="opinion__user" href="/u/ola">ola_czyta</a>
<span class="opinion__score">Ocena: 8/10</span></div><div class="opinion__text">{review}</div></section>
</main><footer class="bottom"><a href="/regulamin">Regulamin</a></footer></body></html>"""


def test_a_catalogue_header_gives_the_book_its_author():
    header = """<section class="book-top"><img src="/c/1.jpg" alt="okładka">
<div class="book-top__info"><h1 class="book-top__title">Szklany dom</h1>
<span class="author"><a class="name" href="#">Tadeusz Kowal</a></span><button>Dodaj na półkę</button></div></section>"""
    record = extract_page(catalogue_page(header, POLISH_REVIEW), "https://polka.example/ksiazka/4411/szklany-dom/opinia/92")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Szklany dom", "Tadeusz Kowal")


def test_a_shop_header_with_an_author_label_and_a_short_rated_review():
    html = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Recensie van De stille haven | Boekwinkel</title></head>
<body><header class="shop-top"><a href="/">Boekwinkel</a><form><input type="search"></form></header>
<div class="wrap"><div class="product-head"><h1 class="product-title">De stille haven</h1>
<div class="product-head__meta"><span>Auteur: <a href="#">Mila Verbeke</a></span> · <span>Paperback</span> · <span>240 pagina's</span></div></div>
<div class="buy"><span class="price">18,50</span><button>In winkelmand</button></div>
<div class="customer-reviews"><div class="customer-review"><div class="customer-review__head"><strong>Stil maar sterk</strong>
<span>Ruud, Zwolle</span></div><div class="customer-review__body">
<p>Een visser verliest zijn boot en moet een winter aan wal doorbrengen, in het huis van zijn zus. Er gebeurt weinig,
maar Verbeke laat elke kleine ruzie en elke stilte aan tafel zwaar wegen.</p>
<p>Het taalgebruik is sober, bijna kaal, en dat past bij het dorp. Het laatste hoofdstuk, op de pier, is prachtig.</p>
<p>Soms iets te traag, vandaar geen vijf sterren. Mijn score: 4/5.</p></div></div></div></div>
<footer><a href="/klantenservice">Klantenservice</a></footer></body></html>"""
    record = extract_page(html, "https://boekwinkel.example/p/de-stille-haven/9300/reviews/r17/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("De stille haven", "Mila Verbeke")


def test_a_blog_posts_byline_under_its_headline_is_no_books_author():
    html = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>On slow winters</title></head>
<body><main><header class="post-head"><h1>On slow winters</h1><div class="post-info"><span class="author">
<a href="#">Jane Doyle</a></span> <time datetime="2024-03-12">12.03.2024</time></div></header>
<div class="post-text"><p>This winter I read slowly, a chapter a night, and The Lantern Yard by Ines Marlow was the book
that set the pace. Marlow writes about a village that waits for a ferry which never comes, and the waiting is the story.</p>
<p>The villagers argue, marry, fall out and make up, and Marlow gives each of them a chapter of their own. It is a quiet
book and it asks for patience, but the last pages, on the empty quay, repay every evening I gave it.</p>
<p>I would have cut the middle third, where the schoolteacher's letters repeat themselves, but I will read it again,
probably next winter, when the evenings are long again and there is nothing to do but wait for the light. Four stars.</p>
</div></main></body></html>"""
    record = extract_page(html, "https://janedoyle.example/2024/03/slow-winters/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("The Lantern Yard", "Ines Marlow")
    # the rule itself: a name marked as an author's beside the h1, but with the post's date in the box, is a byline
    assert from_author_link(lxml_html.fromstring(html)) is None
    assert from_author_link(lxml_html.fromstring(html.replace("12.03.2024", "").replace("<time", "<span"))) is not None


def test_a_product_that_is_no_book_gets_no_author_from_its_maker():
    html = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kettle Pro 2 | Winkel</title></head>
<body><div class="wrap"><div class="product-head"><h1>Kettle Pro 2</h1>
<div class="product-head__meta"><span>Merk: <a href="#">Acme Home</a></span> · by <a class="brand" href="#">Acme Home</a></div></div>
<div class="customer-review"><p>De Kettle Pro 2 kookt een liter water in drie minuten en is stil. De knop is stevig en
het snoer is lang genoeg voor ons aanrecht. Na een maand zit er wat kalk in, maar dat is met elke waterkoker zo.</p>
<p>De Kettle Pro 2 is niet goedkoop, maar hij ziet er mooi uit en de temperatuurkeuze is handig voor thee.
Ik zou hem opnieuw kopen. Score: 4/5.</p></div></div></body></html>"""
    record = extract_page(html, "https://winkel.example/p/kettle-pro-2/reviews/r3/")
    assert record.book_author != "Acme Home"


FORUM = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Leseecke • Thema anzeigen</title></head>
<body><div id="wrap"><div class="headerbar"><h1>Leseecke</h1></div>
<div class="post"><div class="postbody"><h3><a href="#">{topic}</a></h3>
<p class="author">von <strong>Buchfink</strong> » Mo 4. Mär 2024, 20:15</p>
<div class="content">{record}<br><br>
Die Geschichte spielt in einem Uhrmacherdorf im Jura, in einem einzigen Winter. Eine junge Frau erbt die Werkstatt ihres
Onkels und findet in den Schubladen Briefe, die niemand abgeschickt hat. Langsam setzt sie daraus zusammen, was im Dorf
vor dreißig Jahren geschehen ist.<br><br>
Brandt erzählt ruhig und genau, und die Werkstatt mit ihren Uhren ist ein wunderbarer Schauplatz. Die Auflösung kommt
etwas plötzlich, und eine Nebenfigur bleibt blass. Trotzdem habe ich an zwei Abenden durchgelesen.<br><br>
Fazit: leise, genau, schön. 4 von 5 Punkten.</div></div></div></div></body></html>"""


def test_a_forum_post_opening_with_a_title_and_author_record():
    html = FORUM.format(topic="Das Uhrwerk", record="Titel: Das Uhrwerk<br>Autorin: Lena Brandt<br>Verlag: Ostwind, 240 Seiten")
    record = extract_page(html, "https://leseecke.example/viewtopic.php?t=812")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Das Uhrwerk", "Lena Brandt")


def test_a_forum_post_opening_with_author_and_title_over_a_publisher_line():
    html = FORUM.format(topic="Das Uhrwerk", record="Lena Brandt: Das Uhrwerk<br>Ostwind, 240 Seiten")
    record = extract_page(html, "https://leseecke.example/viewtopic.php?t=813")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Das Uhrwerk", "Lena Brandt")


def test_a_films_info_block_gives_no_author():
    html = FORUM.format(topic="Der lange Winter", record="Titel: Der lange Winter<br>Regie: Jana Horak<br>Laufzeit: 112 Minuten")
    record = extract_page(html, "https://leseecke.example/viewtopic.php?t=814")
    assert record.book_author != "Jana Horak"


def test_a_posts_author_link_under_a_headline_that_is_a_title_is_the_bloggers_when_the_page_says_so():
    # a blog post titled with the book's bare title, its writer's link classed "author" beside the h1 and no date:
    # the page's own author meta names her, so she is the blogger, not the book's author
    html = catalogue_page("""<section class="post-top"><h1>Szklany dom</h1>
<span class="author"><a href="#">Ola Zawada</a></span></section>""", POLISH_REVIEW).replace(
        "<head>", '<head><meta name="author" content="Ola Zawada">')
    record = extract_page(html, "https://olaczyta.example/2024/05/szklany-dom/")
    assert record.book_author != "Ola Zawada"


OG_PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>De stille haven | Leesclub</title>
<meta property="og:type" content="{og_type}"><meta property="og:title" content="De stille haven | Leesclub">
<meta property="book:author" content="{author}"></head>
<body><div class="wrap"><h1>De stille haven</h1>
<div class="member-review"><p>Een visser verliest zijn boot en moet een winter aan wal doorbrengen, in het huis van zijn zus.
Er gebeurt weinig, maar elke kleine ruzie en elke stilte aan tafel weegt zwaar in dit boek over een dorp aan zee.</p>
<p>Het taalgebruik is sober, bijna kaal, en dat past bij het dorp. Het laatste hoofdstuk, op de pier, is prachtig,
en ik heb het twee keer gelezen voor ik het boek terugbracht naar de bibliotheek van onze leesclub.</p>
<p>Soms iets te traag, vandaar geen vijf sterren. Mijn score: 4/5.</p></div></div></body></html>"""


def test_a_page_that_declares_itself_a_books_page_names_its_author():
    record = extract_page(OG_PAGE.format(og_type="book", author="Mila Verbeke"), "https://leesclub.example/boek/de-stille-haven/r/5")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("De stille haven", "Mila Verbeke")


def test_a_book_author_that_is_a_profile_url_or_a_page_that_is_no_books_gives_no_author():
    for og_type, author in [("book", "https://leesclub.example/auteur/17"), ("article", "Mila Verbeke")]:
        record = extract_page(OG_PAGE.format(og_type=og_type, author=author), "https://leesclub.example/boek/de-stille-haven/r/5")
        assert record.book_author != "Mila Verbeke" and not (record.book_author or "").startswith("http")


def test_a_writers_bio_box_linking_to_their_page_is_no_book():
    # the box's heading is in the text too (the body keeps the box), but the page's title never names it
    html = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reading on the ferry, a year on</title></head>
<body><main><h1>Reading on the ferry, a year on</h1><div class="story">
<p>A year ago I started reading on the morning ferry, twenty minutes each way, and I have finished thirty books since.
The trick was to stop choosing and simply carry whatever was next on the shelf, even when it looked dull.</p>
<p>Some of them I loved and some I abandoned at the second crossing. What changed was the habit, not the books:
I now look forward to the grey water and the engine noise as the one quiet part of the day.</p>
<p>Some mornings the crossing is rough and the page swims, and those days I just watch the gulls follow the wake
and think about the chapter I left behind. Other mornings are so still that I miss my stop on the far side.</p>
<p>If you commute by water or by rail, try it for a month. Take a paperback, not a phone.</p></div>
<section class="creator"><h3>About the writer</h3><p><a href="/authors/ruth-calder">Ruth Calder</a></p>
<p>Ferry commuter and late reader.</p></section></main></body></html>"""
    assert from_author_link(lxml_html.fromstring(html)) is not None  # the rule reads the box ...
    record = extract_page(html, "https://ferrynotes.example/stories/reading-on-the-ferry")
    assert record.book_author != "Ruth Calder" and "reviews one book" not in record.reason  # ... but not as its book
