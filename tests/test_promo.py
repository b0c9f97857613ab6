"""Promotion spliced into a post (scraper.extract.promo and its rules in boilerplate.clean_body).

Invented snippets in layouts the rules were not written for (a Hugo theme, an Eleventy
starter, Drupal's Olivero, a Tumblr text post), in several languages. Each rule is tried
both ways: the promotion it must remove and the review text beside it that it must keep.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.boilerplate import CleanReport, clean_body, remove_selectors
from scraper.extract.platforms import WIDGET_SELECTORS

HOST = "lanternshelf.example"
REVIEW = [
    "Tove Ahlgren's second novel takes place over one August on an island where the ferry runs twice a week and everyone owes someone money.",
    "The narrator is a retired lighthouse engineer who keeps a ledger of every favour done and received, and the ledger is the book's spine.",
    "Ahlgren writes weather better than almost anyone, and the storm in the middle section is a set piece I will be rereading for years.",
    "Where it falters is the ending, which resolves the debts too neatly for a book that had been so honest about how people really owe each other.",
    "Still, it is the most absorbing thing I have read this year, and I finished it in two long evenings on the balcony.",
]


def hugo(inner: str) -> str:
    return f"<html><body><main class='main'><article class='post-single'><div class='post-content'>{inner}</div></article></main></body></html>"


def olivero(inner: str) -> str:
    return ("<html><body><main><article class='node node--type-article node--view-mode-full'>"
            f"<div class='text-content clearfix field field--name-body field__item'>{inner}</div></article></main></body></html>")


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def clean(page: str, selector: str = ".post-content") -> tuple[str, CleanReport]:
    root = lxml.html.fromstring(page)
    body = root.cssselect(selector)[0]
    report = CleanReport()
    clean_body(body, HOST, report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), report


def rules(report: CleanReport) -> list[str]:
    return [r.rule for r in report.removed]


def assert_review_kept(text: str) -> None:
    for sentence in REVIEW:
        assert sentence in text


# -- pleas in a box, anywhere in the post ------------------------------------------------------------

def test_boxed_plea_mid_post_goes_and_the_review_after_it_stays():
    box = ("<div style='border:1px dashed #c90;padding:6px'><p>Enjoying these? Every review is written on "
           "<a href='https://liberapay.com/lanternshelf'>reader donations</a>.</p></div>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + box + paras(*REVIEW[2:])))
    assert "reader donations" not in text
    assert_review_kept(text)
    assert "call to action" in rules(report)


def test_plea_with_the_address_written_out_but_not_linked():
    plea = "<p class='callout'>If a review saved you from a dud, a coffee is welcome at ko-fi.com/lanternshelf — thank you!</p>"
    text, _ = clean(hugo(paras(*REVIEW[:3]) + plea + paras(*REVIEW[3:])))
    assert "ko-fi.com" not in text
    assert_review_kept(text)


def test_a_plain_paragraph_naming_patreon_in_passing_stays():
    line = ("Ahlgren herself funded the research trip through a Patreon for her readers, which she mentions in the afterword, "
            "and the afterword is worth reading for the photographs of the island alone.")
    text, report = clean(hugo(paras(REVIEW[0], line, *REVIEW[1:])))
    assert line in text
    assert report.removed == []


def test_mid_post_call_to_action_in_the_second_half_does_not_take_the_review_after_it():
    plea = "<p>Tips keep this blog ad-free: <a href='https://www.buymeacoffee.com/lanternshelf'>buy me a coffee</a>.</p>"
    text, report = clean(hugo(paras(*REVIEW[:3]) + plea + paras(*REVIEW[3:])))
    assert "buy me a coffee" not in text
    assert_review_kept(text)
    assert rules(report) == ["call to action"]


def test_lead_in_typeset_apart_goes_with_the_button_it_introduces():
    lead = "<p class='has-small-font-size'>¿Te ha servido la reseña? Puedes invitarme a un café.</p>"
    button = "<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link' href='https://ko-fi.com/faro'>Invitar</a></div></div>"
    text, report = clean(hugo(paras(*REVIEW) + lead + button))
    assert "Te ha servido" not in text and "Invitar" not in text
    assert_review_kept(text)
    assert any(r.startswith("lead-in") for r in rules(report))


# -- affiliate notes ----------------------------------------------------------------------------------

def test_affiliate_note_in_small_print_at_the_top_goes():
    note = "<p><small>Hinweis: Links zu <a href='https://www.thalia.de/shop/artikel/123?partner=lanternshelf'>Thalia</a> sind Partnerlinks.</small></p>"
    text, report = clean(olivero(note + paras(*REVIEW)), ".field--name-body")
    assert "Partnerlinks" not in text
    assert_review_kept(text)
    assert "affiliate note" in rules(report)


def test_emphasised_note_naming_a_bookseller_goes_without_any_link():
    note = "<p><em>Een korte noot: boeken die ik noem kun je bestellen via bol.com, en dan krijg ik een klein bedrag.</em></p>"
    text, _ = clean(hugo(paras(*REVIEW) + note))
    assert "bol.com" not in text
    assert_review_kept(text)


def test_emphasised_free_copy_disclosure_stays():
    note = "<p><em>Il mio ringraziamento all'editore, che mi ha mandato una copia in anteprima: le opinioni restano mie.</em></p>"
    text, report = clean(hugo(note + paras(*REVIEW)))
    assert "copia in anteprima" in text
    assert report.removed == []


def test_review_paragraph_linking_the_title_to_a_shop_stays():
    long = ("I first read <a href='https://www.amazon.co.uk/dp/123?tag=lantern-21'>The Ledger Keeper</a> in proof, and rereading it "
            "in the finished edition I noticed how much of its tension lives in the lists the narrator keeps, the favours, the "
            "debts, the ferry times, all of them small and exact and quietly devastating by the end.")
    text, _ = clean(hugo(paras(*REVIEW[:3]) + f"<p>{long}</p>" + paras(*REVIEW[3:])))
    assert "I first read The Ledger Keeper in proof" in text


def test_theme_class_marks_an_about_the_author_box():
    box = ("<div class='post-author-box'><div class='author-box__inner'><p><strong>Über mich:</strong> Ich lese am liebsten "
           "skandinavische Romane und schreibe hier seit 2015.</p></div></div>")
    text, report = clean(hugo(paras(*REVIEW) + box))
    assert "Über mich" not in text
    assert_review_kept(text)


# -- follow-me lines, giveaways, upsells, read-next links -------------------------------------------

def test_boxed_follow_me_line_goes():
    line = "<p style='background:#eef'>Come say hi on <a href='https://bsky.app/profile/lanternshelf.example'>Bluesky</a>!</p>"
    text, _ = clean(hugo(paras(*REVIEW[:2]) + line + paras(*REVIEW[2:])))
    assert "say hi" not in text
    assert_review_kept(text)


def test_link_to_a_goodreads_book_page_is_not_a_follow_me_line():
    line = ("<p>There is a lively argument about the ending in the <a href='https://www.goodreads.com/book/show/123.The_Ledger_Keeper'>"
            "Goodreads reviews</a>, and I side with the readers who found it too tidy.</p>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + line + paras(*REVIEW[2:])))
    assert "lively argument" in text
    assert report.removed == []


def test_giveaway_widget_goes_with_its_box():
    box = ("<div class='entry-widget'><b>Win a copy!</b> Open to readers in the EU.<br>"
           "<a href='https://gleam.io/abc12/ledger-keeper'>Enter here</a></div>")
    text, _ = clean(hugo(paras(*REVIEW) + box))
    assert "Win a copy" not in text and "Enter here" not in text
    assert_review_kept(text)


def test_read_next_link_to_another_post_of_the_blog_goes():
    line = f"<p><strong>Lire aussi :</strong> <a href='https://{HOST}/2023/phare-des-baleines/'>Le phare des baleines, relu</a></p>"
    text, report = clean(hugo(paras(*REVIEW[:2]) + line + paras(*REVIEW[2:])))
    assert "Lire aussi" not in text
    assert "related post" in rules(report)


def test_recommendation_naming_another_book_stays():
    line = "<p><strong>If you liked this, try:</strong> <a href='https://www.goodreads.com/book/show/9.Islanders'>Islanders</a> by Mira Lind.</p>"
    text, _ = clean(hugo(paras(*REVIEW) + line))
    assert "If you liked this, try: Islanders by Mira Lind." in text


# -- widgets take the box they sit in -----------------------------------------------------------------

def test_widget_takes_its_heading_and_lead_in_but_not_the_post():
    page = hugo(paras(*REVIEW) + "<div class='signup'><h3>Stay in touch</h3><p>One letter a month.</p>"
                "<div class='mc4wp-form'><input type='email'></div></div>")
    root = lxml.html.fromstring(page)
    report = CleanReport()
    remove_selectors(root, WIDGET_SELECTORS, "platform widget", report, boxed=True)
    text = root.text_content()
    assert "Stay in touch" not in text and "One letter a month" not in text
    assert_review_kept(re.sub(r"\s+", " ", text))


def test_widget_directly_in_the_post_body_takes_nothing_else():
    page = olivero("<p>Short and sweet: a lovely book.</p><div class='sharedaddy'><a href='#'>Share</a></div>")
    root = lxml.html.fromstring(page)
    remove_selectors(root, WIDGET_SELECTORS, "platform widget", CleanReport(), boxed=True)
    assert "Short and sweet: a lovely book." in root.text_content()
    assert root.cssselect(".field--name-body")


@pytest.mark.parametrize("label", ["Leia também", "Lees ook", "Zobacz też"])
def test_a_wrapper_left_with_only_its_label_goes(label):
    related = (f"<div class='related-box-x'><strong>{label}</strong><ul><li><a href='/a/one'>One post</a></li>"
               "<li><a href='/b/two'>Another post</a></li></ul></div>")
    text, _ = clean(hugo(paras(*REVIEW[:3]) + related + paras(*REVIEW[3:])))
    assert label not in text
    assert_review_kept(text)


# -- end to end: a Tumblr text post, not a layout the rules were written for -----------------------

def test_tumblr_text_post_end_to_end():
    page = (
        "<html><head><title>the ledger keeper, tove ahlgren</title></head><body><div id='container'><div class='posts'>"
        "<article class='post text'><div class='post-content'><h2>The Ledger Keeper by Tove Ahlgren</h2>"
        + paras(*REVIEW)
        + "<p><i>psst — my shop links go to bookshop.org and I get a small cut</i></p>"
        "<p style='font-size:12px'>follow me <a href='https://www.instagram.com/lanternshelf'>@lanternshelf</a></p>"
        "</div><footer class='post-footer'><a href='/tagged/books'>#books</a></footer></article></div></div></body></html>"
    )
    record = extract_page(page, "https://lanternshelf.tumblr.com/post/1/the-ledger-keeper")
    assert "bookshop.org" not in record.body_text
    assert "follow me" not in record.body_text
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))


# -- the blog talking about itself, and affiliate notes that name no shop ---------------------------

def test_set_apart_closing_line_naming_the_blog_goes():
    root = lxml.html.fromstring(hugo(paras(*REVIEW) + "<p><em>Lantern Shelf is read by four hundred people a month; tell a friend.</em></p>"))
    body = root.cssselect(".post-content")[0]
    report = CleanReport()
    clean_body(body, HOST, report, names=("Lantern Shelf", "Mireille Okoro"))
    text = re.sub(r"\s+", " ", body.text_content())
    assert "four hundred people" not in text
    assert_review_kept(text)


def test_a_review_paragraph_naming_the_blog_stays():
    line = ("When I started Lantern Shelf I promised myself one review a month of a book in translation, and this one, "
            "translated from the Swedish with real care, is the reason I have kept the promise for six years.")
    root = lxml.html.fromstring(hugo(paras(*REVIEW) + f"<p>{line}</p>"))
    body = root.cssselect(".post-content")[0]
    clean_body(body, HOST, CleanReport(), names=("Lantern Shelf",))
    assert line in re.sub(r"\s+", " ", body.text_content())


@pytest.mark.parametrize("note", [
    "<p><em>Ce billet contient des liens affiliés : si vous achetez, je touche quelques centimes.</em></p>",
    "<p style='font-size:11px'>Zawiera linki afiliacyjne? Nie — ale partnerlinks wel: een klein bedrag voor mij.</p>",
])
def test_set_apart_note_about_affiliate_links_goes_without_naming_a_shop(note):
    text, report = clean(hugo(note + paras(*REVIEW)))
    assert "affili" not in text and "partnerlinks" not in text
    assert_review_kept(text)


def test_boxed_ask_before_a_new_section_takes_nothing_after_it():
    box = ("<aside class='note-callout'><p>No ads here, ever. Tips go to <a href='https://ko-fi.com/lantern'>Ko-fi</a>.</p></aside>")
    text, report = clean(hugo(paras(*REVIEW[:3]) + box + "<h2>What didn't work</h2>" + paras(*REVIEW[3:])))
    assert "Tips go to" not in text
    assert "What didn't work" in text
    assert_review_kept(text)


def test_unboxed_ask_followed_by_a_label_and_a_plug_is_a_sign_off():
    tail = ("<p>Liked this? <a href='https://www.patreon.com/lantern'>Patreon</a> keeps it going.</p>"
            "<p><strong>Also: I make pottery</strong></p><p>My mugs are for sale at the Saturday market by the harbour, every week from May until the end of September, weather allowing.</p>")
    text, _ = clean(hugo(paras(*REVIEW) + tail))
    assert "Patreon" not in text and "pottery" not in text and "Saturday market" not in text
    assert_review_kept(text)


def test_pull_quotes_and_captions_survive_extraction():
    page = hugo(paras(*REVIEW[:2]) + "<figure class='pullquote'><blockquote><p>Weather, written better than anyone writes it.</p></blockquote></figure>"
                + "<figure><img src='/ferry.jpg' alt=''><figcaption>The ferry at Norrö, which I rode twice.</figcaption></figure>" + paras(*REVIEW[2:]))
    record = extract_page(page, f"https://{HOST}/2024/ledger-keeper/")
    assert "Weather, written better than anyone writes it." in record.body_text
    assert "The ferry at Norrö, which I rode twice." in record.body_text


# -- hand-made pages, datelines, link cards -------------------------------------------------------

HANDMADE = (
    "<html><head><title>The Ledger Keeper - Mira's Reading Room</title></head><body>"
    "<table><tr><td colspan='2'><font size='6'>Mira's Reading Room</font><br><i>novels, mostly Nordic</i></td></tr>"
    "<tr><td width='140'><a href='/'>Home</a><br><a href='/books/'>All reviews</a><br><a href='/links.html'>Links</a></td>"
    "<td><h1>The Ledger Keeper</h1><p><font size='1'>Tove Ahlgren, 2022. Read in the summer of 2023.</font></p>"
    + paras(*REVIEW) + "</td></tr></table><p><a href='/'>back to the top</a></p></body></html>"
)


def test_a_table_layout_page_yields_only_the_post():
    record = extract_page(HANDMADE, "http://www.miras-room.example/books/ledger.html")
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))
    for chrome in ("Mira's Reading Room", "novels, mostly Nordic", "All reviews", "back to the top", "Read in the summer"):
        assert chrome not in record.body_text


def test_a_dateline_with_a_colon_label_is_an_info_line_and_stays():
    page = hugo("<h1>The Ledger Keeper</h1><p><small>Published: 2022, Norstedts</small></p>" + paras(*REVIEW))
    text, report = clean(page)
    assert "Published: 2022, Norstedts" in text


def test_ghost_bookmark_card_to_a_publisher_stays_and_one_to_the_blog_goes():
    def card(href: str, title: str) -> str:
        return (f"<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' href='{href}'><div class='kg-bookmark-content'>"
                f"<div class='kg-bookmark-title'>{title}</div><div class='kg-bookmark-description'>About {title}.</div></div></a></figure>")
    page = ("<html><body><article><section class='gh-content'>" + paras(*REVIEW[:2])
            + card("https://publisher.example/ledger-keeper", "The Ledger Keeper – Norstedts") + paras(*REVIEW[2:])
            + card(f"https://{HOST}/older-post/", "My review of her first novel") + "</section></article></body></html>")
    record = extract_page(page, f"https://{HOST}/ledger-keeper/")
    assert "The Ledger Keeper – Norstedts" in record.body_text
    assert "My review of her first novel" not in record.body_text


def test_a_theme_wrapper_with_a_promotional_sounding_class_keeps_the_post():
    page = hugo("<div class='content-cta-ready'>" + paras(*REVIEW) + paras(*REVIEW[::-1]).replace("Tove", "Ahlgren's Tove") + "</div>")
    text, report = clean(page)
    assert_review_kept(text)
    assert report.removed == []


def test_a_styled_wrapper_around_the_whole_post_sets_nothing_apart():
    first = "<p>This month's pick came from a patron on <a href='https://www.patreon.com/lantern'>Patreon</a>, who insisted.</p>"
    page = hugo("<div style='background:#fffdf5;border:1px solid #eee'>" + first + paras(*REVIEW) + paras(*REVIEW[::-1]).replace("Tove", "Ahlgren's Tove") + "</div>")
    text, report = clean(page)
    assert "came from a patron" in text
    assert_review_kept(text)


def test_a_teaser_of_another_post_in_a_related_block_does_not_make_a_listing():
    teaser = ("<div class='block-views related-articles'><article class='node--view-mode-teaser'>"
              "<div class='field--name-body'><p>A short teaser of another review on this site.</p></div></article></div>")
    page = ("<html><body><main><article class='node--view-mode-full'><div class='field field--name-body'>"
            + paras(*REVIEW) + "</div></article>" + teaser + "</main></body></html>")
    record = extract_page(page, f"https://{HOST}/reviews/ledger-keeper")
    assert "listing" not in record.reason
    assert "teaser of another review" not in record.body_text
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))


def test_a_front_page_of_teasers_is_still_a_listing():
    teaser = "<article class='node--view-mode-teaser'><div class='field--name-body'>{}</div></article>"
    page = "<html><body><main>" + "".join(teaser.format(paras(r)) for r in REVIEW) + "</main></body></html>"
    record = extract_page(page, f"https://{HOST}/")
    assert record.kind == "listing"


# -- platform knowledge: page builders, payment services by name, platform actions -----------------

def test_elementor_post_content_is_the_body_and_its_post_grid_is_not_a_listing():
    grid = ("<div class='elementor-widget elementor-widget-posts'><div class='elementor-posts-container'>"
            + "".join(f"<article class='elementor-post'><h3><a href='/p{i}/'>Other post {i}</a></h3><p>Excerpt {i}.</p></article>" for i in range(3))
            + "</div></div>")
    page = ("<html><body><div class='elementor elementor-location-single'>"
            "<div class='elementor-widget elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
            + paras(*REVIEW) + "</div></div>" + grid + "</div></body></html>")
    record = extract_page(page, f"https://{HOST}/ledger-keeper/")
    assert "listing" not in record.reason
    assert "Other post" not in record.body_text
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))


@pytest.mark.parametrize("plea", [
    "Gillar du bloggen? Vipps gjerne en tjuekroning til kaffe, nummeret står på kontaktsiden.",
    "¿Te ha gustado? Un Bizum de un euro me ayuda con el dominio.",
    "Tips welcome via PayPal — the address is on the about page.",
])
def test_closing_plea_naming_a_payment_service_goes(plea):
    text, report = clean(hugo(paras(*REVIEW) + f"<p>{plea}</p>"))
    assert plea not in text
    assert_review_kept(text)


def test_a_payment_service_named_inside_the_review_stays():
    line = ("The narrator pays for everything in cash and distrusts even the bank, which made me laugh, since I bought "
            "my copy second-hand from a stranger who insisted on being paid by Swish.")
    text, report = clean(hugo(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:])))
    assert line in text


@pytest.mark.parametrize("line", [
    "<p><small>reblog if you cried at the ferry scene too</small></p>",
    "<p><em>Si t'a plu, partage-le avec une amie qui lit en bateau ✨</em></p>",
    "<p style='font-size:12px'>Follow me for more Nordic gloom, every Friday.</p>",
])
def test_set_apart_closing_line_asking_for_a_platform_action_goes(line):
    text, _ = clean(hugo(paras(*REVIEW) + line))
    assert_review_kept(text)
    assert lxml.html.fromstring(line).text_content() not in text


def test_an_unstyled_closing_sentence_about_sharing_stays():
    line = "I will share it with my mother, who grew up on an island very like this one and never left."
    text, _ = clean(hugo(paras(*REVIEW) + f"<p>{line}</p>"))
    assert line in text


def test_sponsor_box_with_a_button_goes():
    box = "<div class='post-sponsor'><p>These notes are free; sponsoring the blog keeps them that way.</p><button>Sponsor</button></div>"
    text, _ = clean(hugo(paras(*REVIEW) + box))
    assert "sponsoring" not in text


def test_a_next_post_teaser_after_the_post_does_not_make_a_listing():
    page = ("<html><body><section class='blog'><article class='post'>" + paras(*REVIEW) + "</article>"
            "<section class='more-from-blog next-up'><article class='post'><h2><a href='/older/'>An older post</a></h2>"
            "<p>Its first lines, as a teaser.</p></article></section></section></body></html>")
    record = extract_page(page, f"https://{HOST}/ledger-keeper")
    assert "listing" not in record.reason
    assert "An older post" not in record.body_text


def test_a_static_theme_that_marks_every_page_home_does_not_make_a_post_a_listing():
    page = ("<html><head><meta name='generator' content='Pelican'><title>The Ledger Keeper by Tove Ahlgren</title></head>"
            "<body id='index' class='home'><article><div class='entry-content'>" + paras(*REVIEW) + "</div></article></body></html>")
    record = extract_page(page, f"https://{HOST}/the-ledger-keeper.html")
    assert record.kind != "listing"


@pytest.mark.parametrize("path, listing", [
    ("/archives/12345", False), ("/letters/archive/issue-12-the-ledger-keeper/", False),
    ("/archive/", True), ("/archives/2023/05/", True),
])
def test_archive_paths(path, listing):
    from scraper.extract.classify import LISTING_PATH
    assert bool(LISTING_PATH.search(path)) is listing


def test_words_in_unspaced_scripts_are_counted():
    from scraper.extract import count_words
    assert count_words("夏目漱石の小説はとても静かで、読み終えたあとも長く心に残った。") >= 12
    assert count_words("plain English words here") == 4


@pytest.mark.parametrize("notice", [
    "<div class='admonition note'><p>Saturday, 9 March, 19:30 at the harbour library: we read the next chapter together.</p></div>",
    "<p style='background:#eef'>Quinta-feira, 14 março, 18h30 — clube do livro na biblioteca municipal.</p>",
])
def test_a_boxed_event_notice_goes(notice):
    text, _ = clean(hugo(paras(*REVIEW) + notice))
    assert "19:30" not in text and "18h30" not in text
    assert_review_kept(text)


def test_a_closing_housekeeping_list_with_a_plea_goes():
    tail = ("<h3>Odds and ends</h3><ul><li>Forward this to a friend who reads on ferries.</li>"
            "<li>The letter is free; a tip on Liberapay keeps it so.</li><li>Next time: two novellas from Iceland.</li></ul>")
    text, _ = clean(hugo(paras(*REVIEW) + tail))
    assert "Liberapay" not in text and "Odds and ends" not in text
    assert_review_kept(text)


def test_an_info_line_linking_to_a_tag_page_is_not_a_read_next_link():
    line = f"<p><strong>Author:</strong> <a href='https://{HOST}/tag/tove-ahlgren/'>Tove Ahlgren</a></p>"
    text, report = clean(hugo(line + paras(*REVIEW)))
    assert "Author: Tove Ahlgren" in text


def test_a_hand_made_page_of_teasers_is_not_one_post():
    teaser = "<div class='entry'><h2><a href='/r/{0}.html'>Review {0}</a></h2>" + "<p>{1}</p></div>"
    page = ("<html><head><title>Reviews</title></head><body><table><tr><td>"
            + "".join(teaser.format(i, r) for i, r in enumerate(REVIEW)) + "</td></tr></table></body></html>")
    record = extract_page(page, f"http://{HOST}/reviews/")
    assert not record.is_review


# -- read-next lines with several links; asks in a box of their own ------------------------------------

def test_a_label_and_several_links_to_other_posts_goes():
    line = (f"<p>Weitere Inselromane hier: <a href='https://{HOST}/2021/die-faehre/'>Die Fähre</a>, "
            f"<a href='/2022/nebelhorn/'>Nebelhorn</a> | <a href='/2023/salz/'>Salz und Teer</a></p>")
    text, report = clean(hugo(paras(*REVIEW) + line))
    assert "Weitere Inselromane" not in text and "Nebelhorn" not in text
    assert_review_kept(text)
    assert "related post" in rules(report)


@pytest.mark.parametrize("line", [
    # words of the reviewer's own between the links: a sentence, not a read-next line
    f"<p>Compare: <a href='/2021/die-faehre/'>Die Fähre</a> is gentler, <a href='/2022/nebelhorn/'>Nebelhorn</a> bleaker.</p>",
    # links to another site's pages are recommendations, not the blog's own posts
    "<p>Also good: <a href='https://www.goodreads.com/book/show/1.Salt'>Salt</a> · <a href='https://www.goodreads.com/book/show/2.Tar'>Tar</a></p>",
])
def test_a_line_linking_two_posts_with_words_between_or_elsewhere_stays(line):
    text, report = clean(hugo(paras(*REVIEW) + line))
    assert lxml.html.fromstring(line).text_content() in text
    assert report.removed == []


def test_a_card_whose_button_asks_for_money_goes_with_its_heading():
    card = ("<div class='card mb-3'><div class='card-body'><h4 class='card-title'>Keep the zine going</h4>"
            "<p class='card-text'>Nobody pays us to read; members do.</p>"
            "<a class='btn' href='/membership/'>Join</a></div></div>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + card + paras(*REVIEW[2:])))
    assert "Keep the zine going" not in text and "members do" not in text and "Join" not in text
    assert_review_kept(text)
    assert "call to action" in rules(report)


def page_builder(*modules: str) -> str:
    """A page-builder post: every block in a module of its own (the markup of Elementor-like builders)."""
    return hugo("".join(f"<div class='pb-module'><div class='pb-module__inner'>{m}</div></div>" for m in modules))


def test_a_module_with_a_heading_and_a_tip_link_in_the_first_half_goes():
    ask = "<h5>Un café ?</h5><p>Ce blog vit de vos pourboires sur <a href='https://paypal.me/phare'>PayPal</a>.</p>"
    text, report = clean(page_builder(paras(*REVIEW[:2]), ask, paras(*REVIEW[2:])))
    assert "pourboires" not in text and "Un café" not in text
    assert_review_kept(text)


def test_a_review_paragraph_alone_in_its_module_linking_a_crowdfunder_stays():
    line = ("The first edition was paid for on <a href='https://www.kickstarter.com/projects/ahlgren/ledger'>Kickstarter</a>, "
            "and the backers' names fill the last four pages.")
    text, report = clean(page_builder(paras(*REVIEW[:2]), f"<p>{line}</p>", paras(*REVIEW[2:])))
    assert "the backers' names fill the last four pages" in text
    assert report.removed == []


# -- pleas set off mid-post, messenger invites, and the review going on after an ask -------------------------------


@pytest.mark.parametrize("plea", [
    "<div class='tipbox'><p>Enjoying the shelf? A coffee via Liberapay keeps it free of ads.</p></div>",  # alone in its own wrapper
    "<p>💸 Gefällt dir der Blog? Unterstütze ihn mit einem Abo auf Steady, ab drei Euro.</p>",  # led by a pictograph
    "<p><em>Reading this for free? Consider a small tip on Ko-fi, it pays for the hosting.</em></p>",  # wholly emphasised
])
def test_a_short_plea_naming_a_tipping_service_goes_anywhere_in_the_post(plea):
    text, report = clean(hugo(paras(*REVIEW[:2]) + plea + paras(*REVIEW[2:])))
    assert_review_kept(text)
    assert "call to action" in rules(report) and not re.search(r"Liberapay|Steady|Ko-fi", text)


def test_a_payment_service_named_in_running_prose_stays():
    line = "The heroine wires her rent through PayPal every month, and the novel makes those receipts quietly devastating."
    text, _ = clean(hugo(paras(REVIEW[0], line, *REVIEW[1:])))
    assert line in text
    kick = "Ahlgren first published it herself, after a Kickstarter."
    text, _ = clean(hugo("<div class='aside'>" + paras(kick) + "</div>" + paras(*REVIEW)))
    assert kick in text  # crowdfunding is how books get made: not a plea


@pytest.mark.parametrize("invite", [
    "<p>Join the shelf's reading group: <a href='https://t.me/lanternshelf'>one book a week</a>.</p>",
    "<p>Новые рецензии каждую пятницу в нашем канале в Telegram.</p>",  # the messenger named in a closing line
    "<p><a href='/whatsapp/'>Únete al grupo de lectura</a></p>",  # a page of the blog's own named for the messenger
])
def test_an_invitation_to_the_blogs_messenger_group_goes(invite):
    text, report = clean(hugo(paras(*REVIEW) + invite))
    assert_review_kept(text)
    assert "follow-me line" in rules(report) and not re.search(r"reading group|Telegram|grupo", text)


def test_a_messenger_in_the_story_is_review_text():
    line = "Half the plot happens in a family WhatsApp group, which Ahlgren renders with terrifying accuracy."
    text, _ = clean(hugo(paras(*REVIEW[:3], line, *REVIEW[3:])))
    assert line in text  # not among the last two lines, no link: the novel's messenger, not the blog's


def test_a_section_heading_and_prose_after_a_mid_late_ask_are_still_the_review():
    page = hugo(paras(*REVIEW[:3]) + "<p>☕ Like the shelf? Buy me a coffee on Ko-fi, it keeps the lights on.</p>"
                + "<h3>What stays with me</h3>" + paras(*REVIEW[3:]))
    text, report = clean(page)
    assert_review_kept(text)
    assert "What stays with me" in text
    assert "Ko-fi" not in text


def test_a_link_to_the_blogs_own_tag_page_is_not_an_affiliate_link():
    line = (f"<p>More of these in <a href='https://{HOST}/reviews/?tag=islands'>islands</a> and "
            "<a href='/reviews/?tag=debts'>debts</a>.</p>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + line + paras(*REVIEW[2:])))
    assert "affiliate note" not in rules(report)
    shop = "<p>Get it <a href='https://www.bookshop.example/book/123?tag=lantern-21'>here</a>.</p>"
    text, report = clean(hugo(paras(*REVIEW[:2]) + shop + paras(*REVIEW[2:])))
    assert "affiliate note" in rules(report)


def test_a_kicker_with_a_year_over_the_posts_heading_is_a_dateline():
    page = ("<html><body><article class='post'><div class='kicker'><p>June 2024 · reread</p></div>"
            "<div class='head'><h1>The Lighthouse Ledger</h1></div>" + paras(*REVIEW) + "</article></body></html>")
    text, report = clean(page, "article")
    assert "dateline" in rules(report) and "June 2024" not in text
    assert_review_kept(text)


def test_a_buy_link_card_to_a_bookseller_outside_western_europe_goes():
    card = ("<div class='link-card'><a href='https://www.yes24.com/Product/Goods/123'><strong>등대 장부 - 예스24</strong>"
            "<span>yes24.com</span></a></div>")
    text, report = clean(hugo(paras(*REVIEW) + card))
    assert "yes24.com" not in text
    assert_review_kept(text)


def test_a_note_closing_the_reviews_own_box_is_not_the_lead_in_of_a_plea_boxed_after_it():
    # an IndieWeb theme: the post text in its own box, the plea in an <aside> after it, both in the <article>
    note = "<p><small>Read in the 2019 paperback, 288 pages, borrowed from the island library.</small></p>"
    page = ("<html><body><article class='h-entry'><h1>The Ledger Keeper</h1><div class='e-content'>"
            + paras(*REVIEW) + note + "</div><aside class='support'><p>No ads here, ever. Chip in on "
            "<a href='https://liberapay.com/lanternshelf'>Liberapay</a> if you like.</p></aside></article></body></html>")
    text, report = clean(page, "article")
    assert "borrowed from the island library" in text
    assert "Liberapay" not in text
    assert_review_kept(text)


def test_a_short_card_right_before_a_tip_button_is_its_lead_in():
    card = "<div class='kg-card callout-card'><p><em>Written on evenings and weekends, for nobody but you.</em></p></div>"
    button = "<div class='kg-card kg-button-card'><a class='kg-btn' href='https://ko-fi.com/lanternshelf'>Leave a tip</a></div>"
    text, report = clean(hugo(paras(*REVIEW) + card + button))
    assert "evenings and weekends" not in text and "Leave a tip" not in text
    assert_review_kept(text)


@pytest.mark.parametrize("stamp", [
    "<p>Opublikowano 2024-03-14 08:20 · Kraków</p>",  # date and clock time, mid-post
    "<div class='post-meta'><span class='entry-date'>Aug 02. 2024</span></div>",  # a bare date in a box named for dates
    "<p>14.03.2024 · 17.03.2024</p>",  # published and updated
])
def test_a_timestamp_line_goes(stamp):
    text, report = clean(hugo(paras(*REVIEW[:2]) + stamp + paras(*REVIEW[2:])))
    assert "dateline" in rules(report) and "2024" not in text
    assert_review_kept(text)


@pytest.mark.parametrize("line", [
    "Read: 3 March 2024",  # an info line of the review: a label and one date
    "I finished it on 3 March 2024 at 02:10, on the night ferry, with the whole cabin asleep around me.",
])
def test_the_reviews_own_dated_lines_stay(line):
    text, _ = clean(hugo(paras(line, *REVIEW)))
    assert line in text


def test_a_row_of_hashtags_goes_even_one_element_a_tag():
    tags = "<div class='tag-row'><span>#islands</span> <span>#debt</span> <span>#swedish fiction</span></div>"
    text, report = clean(hugo(paras(*REVIEW) + tags))
    assert "tags" in rules(report) and "#" not in text
    assert_review_kept(text)


def test_a_long_plea_that_writes_out_the_blogs_page_on_a_tipping_service_goes():
    plea = ("<p>Before the last part, a word: nothing here is sponsored and nothing ever will be, and the reviews take "
            "whole weekends to write. If some of them were worth your while, a small monthly amount keeps this going "
            "and buys the next stack of paperbacks. liberapay.com/lanternshelf</p>")
    text, report = clean(hugo(paras(*REVIEW[:3]) + plea + paras(*REVIEW[3:])))
    assert "call to action" in rules(report) and "liberapay" not in text
    assert_review_kept(text)


@pytest.mark.parametrize("aside", [
    "<p>📢 Síguenos en el canal del club y entérate antes que nadie de la próxima lectura del mes.</p>",
    "<p>👉 Want more slow reviews like this one? The monthly letter is on the about page, free as always.</p>",
    "<p>🧋 如果这篇文章对你有帮助，欢迎请我喝一杯奶茶，我会用来买下一本书。</p>",
])
def test_a_sentence_to_the_reader_flagged_with_a_pictograph_late_in_the_post_goes(aside):
    text, report = clean(hugo(paras(*REVIEW) + aside))
    assert "aside to the reader" in rules(report)
    assert_review_kept(text)


@pytest.mark.parametrize("line", [
    "📖 Pages: 320 · Publisher: Harbour Lights · Translated by Eli Moss",  # an info line
    "⭐ Four out of five, and the storm chapter alone is worth the price of the paperback.",  # a rating line
])
def test_a_pictograph_led_line_of_the_review_stays_late_in_the_post(line):
    text, _ = clean(hugo(paras(*REVIEW, line)))
    assert line in text


def test_a_pictograph_led_lead_in_to_the_reviewers_own_list_stays():
    text, _ = clean(hugo(paras(*REVIEW, "👀 If you liked this one, try these next:") + "<ul><li>The Salt Ledger</li><li>Ferry Weather</li></ul>"))
    assert "try these next" in text and "The Salt Ledger" in text
