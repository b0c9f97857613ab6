"""Promotion spliced into a post: affiliate notes, follow-me lines and read-next links (scraper.extract.promo).

Invented snippets (a Hugo theme, Drupal's Olivero, a Ghost bookmark card) in several languages: notes about shop
links, with and without a shop named; invitations to follow the blog or join its messenger group; links to the
blog's other posts. Each beside a near miss that stays: a free-copy disclosure, a title linked to a shop inside a
review paragraph, a Goodreads link, a recommendation, a link to a tag page. The shared Lantern Shelf post is in
tests/cleaning.py.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from scraper.extract import extract_page
from tests.cleaning import LANTERN_HOST as HOST
from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, olivero, paras, rules


# -- affiliate notes and buy-link cards ----------------------------------------------------------------------------

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


@pytest.mark.parametrize("note", [
    "<p><em>Ce billet contient des liens affiliés : si vous achetez, je touche quelques centimes.</em></p>",
    "<p style='font-size:11px'>Zawiera linki afiliacyjne? Nie — ale partnerlinks wel: een klein bedrag voor mij.</p>",
])
def test_set_apart_note_about_affiliate_links_goes_without_naming_a_shop(note):
    text, report = clean(hugo(note + paras(*REVIEW)))
    assert "affili" not in text and "partnerlinks" not in text
    assert_review_kept(text)


def test_a_link_to_the_blogs_own_tag_page_is_not_an_affiliate_link():
    line = (f"<p>More of these in <a href='https://{HOST}/reviews/?tag=islands'>islands</a> and "
            "<a href='/reviews/?tag=debts'>debts</a>.</p>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + line + paras(*REVIEW[2:])))
    assert "affiliate note" not in rules(report)
    shop = "<p>Get it <a href='https://www.bookshop.example/book/123?tag=lantern-21'>here</a>.</p>"
    text, report = clean(hugo(paras(*REVIEW[:2]) + shop + paras(*REVIEW[2:])))
    assert "affiliate note" in rules(report)


def test_a_buy_link_card_to_a_bookseller_outside_western_europe_goes():
    card = ("<div class='link-card'><a href='https://www.yes24.com/Product/Goods/123'><strong>등대 장부 - 예스24</strong>"
            "<span>yes24.com</span></a></div>")
    text, report = clean(hugo(paras(*REVIEW) + card))
    assert "yes24.com" not in text
    assert_review_kept(text)


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


# -- follow-me lines, platform actions, messenger groups, giveaways ------------------------------------------------

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


def test_giveaway_widget_goes_with_its_box():
    box = ("<div class='entry-widget'><b>Win a copy!</b> Open to readers in the EU.<br>"
           "<a href='https://gleam.io/abc12/ledger-keeper'>Enter here</a></div>")
    text, _ = clean(hugo(paras(*REVIEW) + box))
    assert "Win a copy" not in text and "Enter here" not in text
    assert_review_kept(text)


# -- read-next links to the blog's other posts ---------------------------------------------------------------------

def test_read_next_link_to_another_post_of_the_blog_goes():
    line = f"<p><strong>Lire aussi :</strong> <a href='https://{HOST}/2023/phare-des-baleines/'>Le phare des baleines, relu</a></p>"
    text, report = clean(hugo(paras(*REVIEW[:2]) + line + paras(*REVIEW[2:])))
    assert "Lire aussi" not in text
    assert "related post" in rules(report)


def test_recommendation_naming_another_book_stays():
    line = "<p><strong>If you liked this, try:</strong> <a href='https://www.goodreads.com/book/show/9.Islanders'>Islanders</a> by Mira Lind.</p>"
    text, _ = clean(hugo(paras(*REVIEW) + line))
    assert "If you liked this, try: Islanders by Mira Lind." in text


def test_an_info_line_linking_to_a_tag_page_is_not_a_read_next_link():
    line = f"<p><strong>Author:</strong> <a href='https://{HOST}/tag/tove-ahlgren/'>Tove Ahlgren</a></p>"
    text, report = clean(hugo(line + paras(*REVIEW)))
    assert "Author: Tove Ahlgren" in text


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
