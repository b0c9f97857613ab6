"""Review of bpplea35's pay line (``payline``) and its new support biddings (``pleas.SUPPORT_ASK``): the misfires found
on pages the rules were not written for; own words and markup.

A drink linked to its own place in the post (a cookbook's contents list) is no tip button; "get me the sequel" stands
no drink for the writer; a drink the reader loves before a bidding to support someone else is the reader's; a Basque
"lagundu dit" (it helped me) and a Macedonian "ја поддржи" (she supported her) tell, not bid; a kind in a mid-text
label ("Support the club:") with no money after it names the book's club, not the site. The asks still go."""

from tests.test_payline_s35 import _EN, _kept, _page, _text

_BOX = "<div class='wp-block-group has-background'>{}</div>"


def test_a_drink_linked_to_its_recipe_in_the_post_stays():
    line = ("<p>Recipes I tried first: <a href='#chai'>masala chai</a> and the cardamom buns.</p>"
            "<h3 id='chai'>Masala chai</h3><p>Two spoons of leaves, a cracked pod, milk last.</p>")
    assert "masala chai" in _text(_page(_EN, line))


def test_a_drink_button_going_to_no_target_still_goes():
    line = "<p>Liked the notes? <a href='#support'>A chai for the writer</a> keeps them coming.</p>"
    body = _text(_page(_EN, line))
    assert "A chai for the writer" not in body and _kept(body)


def test_get_me_the_sequel_beside_a_beer_stays():
    line = "<p>Plenty of rain, plenty of beer, one great ferry pilot; get me the sequel already.</p>"
    assert "get me the sequel" in _text(_page(_EN, line))


def test_buy_me_a_coffee_after_a_comma_still_goes():
    line = "<p>Enjoyed the review, buy me a coffee and I will read the sequel next.</p>"
    body = _text(_page(_EN, line))
    assert "buy me a coffee" not in body and _kept(body)


def test_a_drink_before_a_bidding_for_others_stays():
    line = "<p>If you love coffee, support the small roasters she profiles; the appendix lists every one.</p>"
    assert "small roasters" in _text(_page(_EN, line))


def test_basque_it_helped_me_beside_a_coffee_stays():
    line = "<p>Liburu honek asko lagundu dit, kafe bat eta neguko arratsalde luze bat.</p>"
    assert "lagundu dit" in _text(_page(_EN, line))


def test_macedonian_she_supported_her_beside_a_coffee_stays():
    line = "<p>Сестра ѝ ја поддржи до крај, со кафе и долги разговори.</p>"
    assert "ја поддржи" in _text(_page(_EN, line))


def test_macedonian_support_bidding_with_a_coffee_still_goes():
    line = "<p>Поддржи го блогот со едно кафе, ако ти се допадна текстот.</p>"
    body = _text(_page(_EN, line))
    assert "Поддржи го блогот" not in body and _kept(body)


def test_a_club_label_mid_text_with_no_money_stays():
    line = "<p>Support the club: the narrator's father repeats it every Saturday until it means something else.</p>"
    assert "Support the club" in _text(_page(_EN, middle=line))


def test_a_channel_label_mid_text_with_no_money_stays():
    line = "<p>Support this channel: the pirate radio DJ's sign-off, which the pilot hears every night at sea.</p>"
    assert "Support this channel" in _text(_page(_EN, middle=line))


def test_a_site_kind_label_with_a_sum_mid_text_still_goes():
    line = "<p>Support the website: €3 a month keeps the archive free of adverts.</p>"
    body = _text(_page(_EN, middle=line))
    assert "Support the website" not in body and _kept(body)


def test_a_web_kind_label_mid_text_with_no_sum_still_goes():
    line = "<p>Rhoddwch i'r blog: does dim hysbysebion yma, dim ond fy amser a'm harian i.</p>"
    body = _text(_page(_EN, middle=line))
    assert "Rhoddwch i'r blog" not in body and _kept(body)
