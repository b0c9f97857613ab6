"""s35 detworld: scores a page shows that are not its writer's verdict (othersverdicts; own words and markup).

- A tour stop's quoted praise for the book ("“8/10, a joy” — Some Blog") is the quoted reader's score: under a title
  announcing the tour, the post is a notice, not a review, and its note on a proof copy no review's disclosure.
- A shop's product page (WooCommerce: title, stars, price, short description, then the cart) whose only score is its
  customers' average and whose book was not read is a description, not "a rated post about one thing".
"""

from scraper.extract import extract_page

_TOUR_URL = "https://heatherlamp.example.com/2026/11/20/blog-tour-the-copper-weir/"


def _tour(body: str, title: str = "Blog tour: The Copper Weir by Nessa Doyle") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} – Heather Lamp</title></head>
<body class="post-template-default single single-post"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">{body}</div></article></body></html>"""


_STOP = ("<p>Welcome to my stop on the tour for <strong>The Copper Weir</strong>, a mystery by Nessa Doyle set on a "
         "river in Fermanagh, out next spring from Lakeshore Books. My copy is still on the way, so today I am sharing "
         "the blurb and some words from the author about the mill that gave her the story.</p>"
         "<h3>About the book</h3><p>A drowned miller, a sluice gate opened in the night, and a clerk who counts the "
         "grain sacks twice because the numbers never match what the barges carry down to the lough each week.</p>"
         "<h3>Early praise</h3><ul><li>\u201c8/10, a joy from start to finish\u201d \u2014 The Lough Reader</li>"
         "<li>\u201cFive stars, I stayed up all night\u201d \u2014 a reader on a review site</li></ul>"
         "<p><em>Thank you to the publisher for the place on the tour and for the advance copy, which I will write "
         "about next month.</em></p>")


def test_tour_stop_with_quoted_praise_scores_is_an_announcement():
    record = extract_page(_tour(_STOP), _TOUR_URL)
    assert not record.is_review and record.kind == "announcement"
    assert record.disclosure is None


_REVIEW = ("<p>Welcome to my stop on the tour for <strong>The Copper Weir</strong>, a mystery by Nessa Doyle set on a "
           "river in Fermanagh. I read it over two wet evenings and it held me from the first page: the clerk counting "
           "sacks is the best narrator I have met this year, dry and scared and stubborn.</p>"
           "<p>The middle sags a little while the mill owner's family is introduced, and one twist is easy to see "
           "coming, but the last chapters at the sluice gate are tense and sad in equal parts.</p>"
           "<h3>Early praise</h3><ul><li>\u201c8/10, a joy from start to finish\u201d \u2014 The Lough Reader</li></ul>")


def test_tour_review_with_its_own_score_line_stays_a_review():
    record = extract_page(_tour(_REVIEW + "<p>My rating: 4/5</p>"), _TOUR_URL)
    assert record.is_review


def test_tour_review_whose_own_verdict_sits_in_its_prose_stays_a_review():
    body = _REVIEW.replace("<h3>Early praise</h3>", "<p>I give it 9/10 and I will buy her next one.</p><h3>Early praise</h3>")
    record = extract_page(_tour(body), _TOUR_URL)
    assert record.is_review


def test_review_quoting_a_blurb_under_a_plain_title_is_untouched():
    body = _REVIEW + "<p>My rating: 4/5</p>"
    record = extract_page(_tour(body, "The Copper Weir by Nessa Doyle"),
                          "https://heatherlamp.example.com/2026/11/20/the-copper-weir/")
    assert record.is_review


def _shop(score_row: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8"><title>Hadithi za Ziwa – Duka</title></head>
<body><header><a class="site-logo">Duka la Vitabu</a><a class="cart-contents">Kikapu (0)</a></header>
<main><div class="product type-product"><div class="summary entry-summary">
<h1 class="product_title entry-title">Hadithi za Ziwa kwa Watoto</h1>{score_row}
<p class="price"><span class="woocommerce-Price-amount">KSh\u00a01,250</span></p>
<div class="woocommerce-product-details__short-description"><p>Kitabu cha picha chenye kurasa arobaini na nane na
hadithi sita fupi kuhusu samaki, mitumbwi na vijiji vya wavuvi kando ya ziwa. Kinafaa kwa watoto wa miaka mitano hadi
tisa, kimechapishwa upya mwaka huu kwa karatasi nzito na jalada gumu, pamoja na michoro mipya ya rangi. Kila hadithi inamalizika kwa maswali
machache ya kuzungumza na mtoto, na mwishoni kuna ramani ndogo ya ziwa na majina ya samaki wanaoishi humo.</p>
<p>Usafirishaji bure ndani ya jiji kwa oda zaidi ya shilingi elfu tano.</p></div>
<form class="cart"><input type="number" value="1"><button class="single_add_to_cart_button">Weka kikapuni</button></form>
</div>{extra}</div></main></body></html>"""


_STARS = ('<div class="woocommerce-product-rating"><span class="star-rating">Rated 4.50 out of 5</span> '
          '<a class="woocommerce-review-link">(4 customer reviews)</a></div>')
_SHOP_URL = "https://duka.example.co.ke/product/hadithi-za-ziwa/"


def test_product_page_with_customers_average_is_no_review():
    record = extract_page(_shop(_STARS), _SHOP_URL)
    assert not record.is_review and record.kind == "other"


def test_blog_post_with_a_price_and_a_subscribe_button_is_no_product_page():
    page = f"""<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8"><title>Hadithi za Ziwa</title></head>
<body><main><article class="post"><div class="post-head"><h1 class="entry-title">Hadithi za Ziwa kwa Watoto</h1>
<span class="price">KSh 1,250</span></div>
<div class="entry-content"><p>Nimekisoma kitabu hiki na binti yangu wa miaka sita kwa wiki mbili, hadithi moja kila
usiku kabla ya kulala, na kila usiku aliomba nyingine. Hadithi ya mtumbwi uliopotea ndiyo bora zaidi, ina huzuni kidogo
lakini inaisha vizuri, na michoro yake ni mizuri sana kuliko ya toleo la zamani.</p>
<p>Lugha ni rahisi na sentensi fupi, kwa hivyo anaanza kusoma mwenyewe maneno machache. Hadithi mbili za mwisho ni dhaifu
kidogo, zinarudia wazo lile lile la samaki mwenye busara. Nakipendekeza kwa wazazi wote wenye watoto wadogo.</p>
<p>Alama yangu: 4/5</p></div>
<form class="subscribe"><button>Jiunge</button></form></article></main></body></html>"""
    record = extract_page(page, "https://mamasoma.example.co.ke/2026/11/hadithi-za-ziwa/")
    assert record.is_review


def test_product_page_holding_a_written_readers_review_is_not_sent_away():
    review = ('<div class="woocommerce-Reviews" id="reviews"><div id="comments"><ol class="commentlist"><li class="review">'
              '<div class="comment_container"><div class="star-rating">Rated 5 out of 5</div><div class="comment-text">'
              '<p>Tumekisoma pamoja kila usiku kwa wiki mbili na watoto wangu wawili. Hadithi ya mtumbwi uliopotea '
              'iliwafanya walie kidogo lakini waliipenda sana, na sasa wanazisimulia tena kwa marafiki zao shuleni. '
              'Michoro ni mizuri na karatasi ni nzito, hakijachanika bado ingawa kimeshughulikiwa sana.</p></div></div>'
              '</li></ol></div></div>')
    record = extract_page(_shop(_STARS, review), _SHOP_URL)
    assert record.kind != "other" or "customers' average" not in record.reason


def test_readers_review_kept_from_a_shops_box_is_not_the_shops_average():
    # (a shop's page, its book unread, whose one reader's review written out is what the second reading keeps)
    review = ('<section class="pdp-reviews" id="recensioni"><h2>Maoni</h2><div class="review-item">'
              '<div class="review-head"><span class="sr-only">4 kati ya 5</span></div><div class="review-body">'
              '<h3 class="review-title">Hadithi zinazobaki moyoni</h3>'
              '<p>Tumekisoma pamoja kila usiku kwa wiki mbili na watoto wangu wawili, hadithi moja kabla ya kulala. '
              'Hadithi ya mtumbwi uliopotea iliwafanya walie kidogo lakini waliipenda sana, na sasa wanazisimulia '
              'tena kwa marafiki zao shuleni kila asubuhi.</p><p>Michoro ni mizuri na karatasi ni nzito. Hadithi mbili '
              'za mwisho ni dhaifu kidogo, zinarudia wazo lile lile la samaki mwenye busara, lakini bado '
              'ninakipendekeza kwa wazazi wote wenye watoto wadogo wanaoanza kusoma.</p></div>'
              '<div class="review-meta">Imeandikwa na <span class="review-author">Zawadi</span></div></div></section>')
    record = extract_page(_shop(_STARS, review), _SHOP_URL)
    assert "customers' average" not in (record.reason or "")
