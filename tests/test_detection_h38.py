"""Review detection rules of the holdout38 round (helper det38), in our own words and markup, with near misses:

- questions._GREEK_ASKS: a Greek question may close on a number after its last word ("… του '80;", "… το 1922;"), so
  an interview's bold questions count; a Latin line ending "page 12;" and a Greek line with ";" inside do not ask;
- bookwrotequoted: "A wrote «T»" in a review's opening (uk, ru, pl, en, el), the person named again; near misses: a
  title after a preposition (a paper), a person never named again, a verb of writing far from any title;
- lendingpage: a library's title page (its h1 beside "Borrow", "Place a hold", "Ausleihen", "Vormerken", "Låna") whose
  text is the publisher's description is no review (en, de, sv); near misses: a librarian's pick in a box of its own,
  the first person, a library blog's post closing on "Reserve a copy through the catalogue", a page with no lending
  control.
"""

from __future__ import annotations

from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookwrotequoted import wrote_quoted
from scraper.extract.classify import body_signals
from scraper.extract.lendingpage import lending_page
from scraper.extract.questions import asks


# -- Greek questions closing on a number --------------------------------------------------------------------------

def test_greek_question_closing_on_a_number_asks():
    assert asks("**Πώς ήταν η Θεσσαλονίκη τη δεκαετία του '80;**")
    assert asks("Τι άλλαξε για εσάς μετά το 1999;")
    assert asks("Γιατί γράψατε για τα νησιά στα 40;")
    assert asks("Ποιο ήταν το πρώτο σας βιβλίο;")  # (as before: after its letters)


def test_semicolon_after_a_number_in_other_scripts_or_inside_a_greek_line_does_not_ask():
    assert not asks("See chapters 3 and 12;")
    assert not asks("Изд. 2-е, 1987;")
    assert not asks("Η πρώτη έκδοση κυκλοφόρησε το 1975; η δεύτερη αργότερα")
    assert not asks("pages 120–140;")


def test_greek_interview_with_questions_closing_on_numbers_counts_three_questions():
    markdown = "\n\n".join([
        "Η συγγραφέας του πρώτου της μυθιστορήματος μας μίλησε σε ένα μικρό βιβλιοπωλείο της Κέρκυρας.",
        "**Πώς ήταν η Κέρκυρα του '60;**",
        "Ήσυχη, με λίγα αυτοκίνητα και πολλές ιστορίες στις αυλές που άκουγα από τη μητέρα μου.",
        "**Τι διαβάζατε στα 15;**",
        "Ό,τι έβρισκα στη βιβλιοθήκη του σχολείου, κυρίως ταξιδιωτικά και παλιά περιοδικά.",
        "**Πότε αρχίσατε να γράφετε;**",
        "Αργά, μετά τα σαράντα, όταν τα παιδιά μεγάλωσαν.",
    ])
    lines = [line.strip("*") for line in markdown.split("\n\n")]
    assert body_signals(lines, markdown)["qa_blocks"] >= 3


# -- bookwrotequoted: "A wrote «T»" --------------------------------------------------------------------------------

def _ctx(text: str, language: str) -> Context:
    return Context(text, (), language)


def test_wrote_quoted_title_uk_ru():
    uk = ("Олена Вишневська написала «Сіль на підвіконні» ще до війни, але тепер роман звучить інакше. "
          "Вишневська пише коротко й сухо, і саме ця сухість болить.")
    assert wrote_quoted([uk], _ctx(uk, "uk")) == ("Сіль на підвіконні", "Олена Вишневська")
    ru = ("Ещё в девяностые Игорь Калинин написал «Долгую переправу», и книга долго ждала читателя. "
          "Калинин не торопится, он даёт героям молчать.")
    assert wrote_quoted([ru], _ctx(ru, "ru")) == ("Долгую переправу", "Игорь Калинин")


def test_wrote_quoted_title_pl_en_el():
    pl = "Marta Zielonka napisała „Dom nad stawem” w jedną zimę. Zielonka ma ucho do rozmów przy stole."
    assert wrote_quoted([pl], _ctx(pl, "pl")) == ("Dom nad stawem", "Marta Zielonka")
    en = "Hollis Frane wrote “The Quiet Ferry” after a decade away from fiction. Frane still writes sentences that breathe."
    assert wrote_quoted([en], _ctx(en, "en")) == ("The Quiet Ferry", "Hollis Frane")
    el = "Ο Νίκος Δράκος έγραψε «Το αλάτι της αυλής» σε έναν χειμώνα. Ο Δράκος δεν βιάζεται ποτέ."
    assert wrote_quoted([el], _ctx(el, "el")) == ("Το αλάτι της αυλής", "Νίκος Δράκος")


def test_wrote_in_a_paper_is_no_book():
    uk = "Олена Вишневська написала в «Щотижневій газеті» про нову прозу. Вишневська давно стежить за дебютами."
    assert wrote_quoted([uk], _ctx(uk, "uk")) is None
    en = "Hollis Frane wrote for “The Harbour Times” for years. Frane knows the trade."
    assert wrote_quoted([en], _ctx(en, "en")) is None


def test_wrote_quoted_needs_the_person_again_and_the_title_after_the_verb():
    once = "Олена Вишневська написала «Сіль на підвіконні» ще до війни, але тепер роман звучить інакше."
    assert wrote_quoted([once], _ctx(once, "uk")) is None
    far = ("Hollis Frane wrote for a long time about harbours and ferries and the people on them. "
           "“The Quiet Ferry” is the result. Frane is patient.")
    assert wrote_quoted([far], _ctx(far, "en")) is None
    lower = "Hollis Frane wrote “yes” on the form. Frane laughed."
    assert wrote_quoted([lower], _ctx(lower, "en")) is None
    said = ("Critic Maeve Lorran wrote “This is the quietest and the best thriller of a long cold year, and I mean it.” "
            "Lorran rarely says so.")
    assert wrote_quoted([said], _ctx(said, "en")) is None


def test_news_review_whose_headline_names_no_book_is_a_review_uk():
    page = """<html lang="uk"><head><title>Сіль, вітер і пам'ять: книжка тижня | Вісник</title></head><body>
    <header><nav><a href="/">Головна</a> <a href="/kultura">Культура</a></nav></header>
    <main><article><h1>Сіль, вітер і пам'ять: книжка тижня</h1>
    <div class="text">
    <p><strong>У рубриці «Книжка тижня» — роман про узбережжя, якого вже немає.</strong></p>
    <p>Олена Вишневська написала «Сіль на підвіконні» ще 2015 року, але сьогодні книжка читається зовсім інакше. Марта, вчителька з Одеси, повертається до рибальського селища, де виросла, щоб продати батьківську хату, і залишається на ціле літо.</p>
    <p>Вишневська пише так, наче сюжет для неї лише привід: головне — голоси сусідок, суперечки на базарі, довгі вечори біля моря. Саме ця музика тримає читача до останньої сторінки.</p>
    <p>Вишневська не поспішає: вона дає героїні довго мовчати, довго дивитися на воду, довго згадувати батька, і з цих пауз поступово складається історія цілого покоління, яке поїхало з узбережжя і так і не навчилося жити деінде.</p>
    <p>Слабше місце — чоловічі персонажі, які лишаються тінню. Проте як портрет краю книжка досі не має собі рівних, і її варто прочитати кожному.</p>
    </div></article></main></body></html>"""
    record = extract_page(page, "https://visnyk.example.ua/kultura/12345-sil-viter-i-pamiat.html")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Сіль на підвіконні", "Олена Вишневська")


# -- lendingpage: a library's title page -------------------------------------------------------------------------

_TITLE_PAGE = """<html lang="{lang}"><head><title>{title} - Riverton Library</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Book","name":"{title}","author":{{"@type":"Person","name":"{author}"}}}}</script>
</head><body><header><a href="/">Riverton Library eBooks</a> <a href="#">{signin}</a></header>
<main><div class="title-head"><img src="/c/1.jpg" alt="">
<div class="title-head__info"><h1>{title}</h1><div class="creator">{by} <a href="#">{author}</a></div>
<div class="avail">{avail}</div>
<div class="actions"><a class="btn" href="#">{borrow}</a> <a class="btn" href="#">{hold}</a></div></div></div>
{middle}
<section class="desc"><h2>{desc}</h2>{paras}</section>
<section class="facts"><h2>Details</h2><dl><dt>Publisher</dt><dd>Harbour Press</dd><dt>ISBN</dt><dd>9780000000000</dd></dl></section>
</main><footer><p>© 2026 Riverton Library</p></footer></body></html>"""

_EN = dict(lang="en", title="The Quiet Ferry", author="Hollis Frane", signin="Sign in", by="by", avail="2 of 4 copies available",
           borrow="Borrow", hold="Place a hold", desc="Description", middle="", paras=(
               "<p>Every morning a ferry pilot on a northern lake carries the same stranger across, and every evening the "
               "stranger fails to come back. She starts a notebook about him, and the notebook starts to change her.</p>"
               "<p>From the author of Salt Harbour, a patient novel about suspicion, weather and the small towns at the "
               "edge of a cold lake, told over one long autumn.</p>"))
_DE = dict(lang="de", title="Die stille Fähre", author="Hanna Koller", signin="Anmelden", by="von", avail="1 von 3 Exemplaren verfügbar",
           borrow="Ausleihen", hold="Vormerken", desc="Beschreibung", middle="", paras=(
               "<p>Jeden Morgen bringt eine Fährfrau auf einem See im Norden denselben Fremden hinüber, und jeden Abend "
               "kommt er nicht zurück. Sie beginnt, über ihn ein Heft zu führen, und das Heft verändert sie.</p>"
               "<p>Ein geduldiger Roman über Misstrauen, Wetter und die kleinen Orte am Rand eines kalten Sees, erzählt "
               "über einen langen Herbst hinweg.</p>"))


def test_library_title_page_with_description_is_no_review_en_de():
    for fields, url in ((_EN, "https://riverton.lending.example.com/media/40412"),
                        (_DE, "https://onleihe.example.de/riverton/frontend/mediaInfo,0-0-40412-0-0-0-0-0-0-0-0.html")):
        page = _TITLE_PAGE.format(**fields)
        assert lending_page(fromstring(page))
        record = extract_page(page, url)
        assert not record.is_review and record.kind == "other", record.reason


def test_library_title_page_sv_controls():
    page = _TITLE_PAGE.format(**{**_EN, "lang": "sv", "borrow": "Låna", "hold": "Reservera"})
    assert lending_page(fromstring(page))


def test_librarian_pick_in_its_own_box_keeps_the_page_a_review():
    pick = ("<section class=\"staff-pick\"><h2>Staff pick</h2><p>This is the slowest thriller on our shelves and the best: "
            "the suspense builds over two hundred pages without a raised voice, and the lake does half the telling.</p>"
            "<p>The last chapter rushes its explanations, but it is the one we hand to every patron who likes quiet mysteries.</p></section>")
    page = _TITLE_PAGE.format(**{**_EN, "middle": pick})
    assert not lending_page(fromstring(page))


def test_first_person_on_a_title_page_is_not_read_as_a_record():
    paras = ("<p>I read this one on the ferry to work, which felt right: a pilot on a northern lake carries the same "
             "stranger across every morning, and he never comes back at night.</p>"
             "<p>I loved how patient it is, though the last chapter rushes. Four stars from me, and a place on my winter shelf.</p>")
    record = extract_page(_TITLE_PAGE.format(**{**_EN, "paras": paras}), "https://riverton.lending.example.com/media/40413")
    assert record.kind != "other" or "library's title page" not in record.reason


def test_library_blog_post_closing_on_a_reserve_link_is_no_title_page():
    page = """<html><head><title>Staff picks: The Quiet Ferry</title></head><body><main><article class="post">
    <h1>Staff picks: The Quiet Ferry</h1><p class="byline">Posted by Ruth, 2 December 2026</p>
    <p>Every December someone at the desk asks me for a slow winter mystery, and this year I have one ready: Hollis Frane's
    novel about a ferry pilot who keeps a notebook on the stranger she carries across the lake every morning.</p>
    <p>Frane lets the suspicion grow for two hundred pages without a raised voice. The last chapter rushes, but I read it
    in one sitting on a Sunday.</p>
    <p><a class="btn" href="/catalogue/40412">Reserve a copy through the catalogue</a></p>
    </article></main></body></html>"""
    assert not lending_page(fromstring(page))


def test_page_without_lending_controls_is_no_title_page():
    page = _TITLE_PAGE.format(**{**_EN, "borrow": "Share", "hold": "Print"})
    assert not lending_page(fromstring(page))


_STAFF_PICK = """<html lang="en"><head><title>Staff pick: The Quiet Ferry by Hollis Frane</title>
<meta property="og:type" content="article"></head><body><main><article>
<div class="post-head"><h1>Staff pick: The Quiet Ferry by Hollis Frane</h1>
<a class="btn" href="/catalogue/40412">Place a hold</a></div>
<p>A ferry pilot on a northern lake carries the same stranger across every morning, and every evening he fails to
come back. Frane lets that small wrongness grow for two hundred pages without a single raised voice, and the lake's
weather does half of the telling: fog, sleet, a hard frost that locks the harbour in the last act.</p>
<p>The notebook the pilot keeps about the stranger is the cleverest device in the book, a diary that slowly turns
into a confession. Frane trusts readers to notice the change before the pilot does, and the payoff is earned.</p>
<p>The final chapter rushes its explanations after so much patience, which is a pity. Still, this is the slow winter
mystery that patrons keep asking for, and one of the best of the season for anyone who likes quiet suspense.</p>
</article></main></body></html>"""


def test_library_blog_post_with_a_hold_button_beside_its_headline_stays_a_review():
    record = extract_page(_STAFF_PICK, "https://riverton.example.org/blog/staff-pick-the-quiet-ferry")
    assert record.is_review, record.reason


def test_library_blog_post_titled_by_its_own_words_with_a_hold_button_stays_a_review():
    page = _STAFF_PICK.replace('<meta property="og:type" content="article">', "")
    page = page.replace("Staff pick: The Quiet Ferry by Hollis Frane", "The slowest thriller on our shelves")
    record = extract_page(page, "https://riverton.example.org/blog/slowest-thriller")
    assert "library's title page" not in record.reason
