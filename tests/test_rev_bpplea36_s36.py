"""Review of bpplea36 (``payapart`` with ``fundaside``): the site by its web kind beside a currency or a payment
service must be money given to the site, not a review's own line that happens to name a blog, a site and money.

Misfires: a pictograph-led or classed review line naming "this blog" and a sum ("my last dollar", "twenty dollars");
a "site" of the story (a dig site, a building site) beside a price or a weight in pounds; "Ayn Rand" read as a
currency; a book-details box with the publisher's website and the price; a payment service in the story in one clause
and the blog in another."""

from tests.test_pay_apart_s36 import _kept, _page, _text


def _stays(middle, needle, **kw):
    body = _text(_page(middle=middle, **kw))
    assert needle in body and _kept(body)


def test_a_pictograph_led_review_line_on_this_blog_and_a_dollar_stays():
    _stays("<p>📚 Regular readers of this blog know I would spend my last dollar on a quiet island novel, and this one "
           "earned it twice over.</p>", "spend my last dollar")


def test_a_classed_review_line_on_this_blog_and_its_price_stays():
    _stays("<p class='has-text-align-center'>This blog has read every one of her novels, and this one is worth every "
           "cent of the twenty dollars it cost.</p>", "worth every cent")


def test_a_pictograph_led_line_on_the_storys_dig_site_and_its_fee_stays():
    _stays("<p>🏛️ The dig site in the third chapter charges visitors five euros, and the widow's cousin pockets half "
           "of it.</p>", "dig site")


def test_a_pictograph_led_line_on_ayn_rand_and_this_blog_stays():
    _stays("<p>📖 On this blog I have argued about Ayn Rand more than once, and the stranger's speeches sound a lot "
           "like her.</p>", "Ayn Rand")


def test_a_pictograph_led_line_on_weight_in_pounds_and_a_building_site_stays():
    _stays("<p>⚖️ The widow loses twenty pounds over the winter, and the author never lets the building site by the "
           "pier out of view.</p>", "twenty pounds")


def test_a_hebrew_pictograph_led_line_on_an_excavation_site_and_shekels_stays():
    _stays("<p>🏺 באתר החפירות בפרק השלישי גובים מהמבקרים עשרה שקלים.</p>", "החפירות", lang="he")


def test_a_boxed_book_details_line_with_the_publisher_website_and_price_stays():
    _stays("<div class='book-info'><p>Paperback, 320 pages, $16.99. Publisher website: tidewaterpress.example.com</p>"
           "</div>", "$16.99")


def test_a_payment_service_of_the_story_and_the_blog_in_another_clause_stays():
    _stays("<p>📱 The novel is very good on how mobile money changed life on the island, and on this blog I have read "
           "three books about it.</p>", "mobile money changed")


def test_a_boxed_line_giving_the_blog_a_handful_of_pounds_still_goes():
    body = _text(_page(middle="<div class='callout'><p>This blog runs on a handful of pounds a winter from readers; "
                              "throw some quid its way.</p></div>"))
    assert "handful of pounds" not in body and _kept(body)


def test_boxed_plea_naming_the_blog_and_a_figureless_sum_in_two_sentences_is_funding():
    # (lead, after the review: in a callout box the blog and the money may sit in separate sentences; the one-clause
    # test is for lines set apart only by a pictograph or a class)
    from lxml import html

    from scraper.extract import fundaside
    doc = html.fromstring(
        "<div class='post'><p>The keeper's widow stays on after the light is automated.</p>"
        "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>🫖</div><div class='kg-callout-text'>This "
        "blog keeps going on strong tea and reader goodwill. Throw in a few dollars for the hay bill if a review ever "
        "led you to a good book.</div></div><p>The storm chapters are the best sea writing I have read in years.</p></div>")
    block = doc.xpath("//div[@class='kg-callout-text']")[0]
    assert fundaside.funding_aside(block, doc, lambda: ())
