"""Pay lines that tell the reader where to pay, anywhere in the post (``payhints``, bpplea38): a payment handle of an
instant-payment system beside a sign of money, a way to pay pointed at another part of the site (the sidebar, the About
page, "my page", the profile), a boxed premium offer with a sum for a period; and the Georgian bidding to support the
blog set as the line's label (``pleas.SUPPORT_ASK``, ``pleas.SITE_KIND``).

Near misses: an e-mail address or a social handle in the story, a review's coffee or tip jar that sends no one
anywhere, a profile or a sidebar the story tells of with no way to pay, an unboxed paragraph on a subscription's price.
"""

import pytest

from test_support_asides_s37 import _kept, _text


# -- a payment handle ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("middle, gone, lang", [
    ("<p>Keep the lamp lit for the next review: a chai through the wallet app goes to riverlamp@okhdfc, thank you!</p>",
     "riverlamp@", "en"),
    ("<p>ब्लॉग चलाने में मदद करना चाहें तो UPI से भेजें: nadikinare@paytm — एक चाय काफ़ी है।</p>", "nadikinare@", "hi"),
    ("<div class='box'><p>ಈ ತಾಣ ಓದುಗರಿಂದ ನಡೆಯುತ್ತದೆ; ಒಂದು ಕಾಫಿಯ ಹಣ ಕಳುಹಿಸಿ: nadidada@axl</p></div>", "nadidada@", "kn"),
])
def test_a_line_with_a_payment_handle_goes(middle, gone, lang):
    text = _text(middle=middle, lang=lang)
    assert gone not in text and _kept(text)


@pytest.mark.parametrize("middle, kept", [
    # an e-mail address has a dotted domain
    ("<p>The ferryman's daughter writes to him every week at a coffee shop's address, oldrower@tidemail.com, and never "
     "gets an answer.</p>", "oldrower@"),
    # a name@host with no money beside it is the story's
    ("<p>The stranger signs his notes as nobody@harbour, which the ferryman finds funnier than he should.</p>",
     "nobody@harbour"),
    # a social handle opens on "@"
    ("<p>The translator, @quietoars on every network, says the coffee scenes were the hardest to render.</p>",
     "quietoars"),
])
def test_an_address_or_handle_in_the_story_stays(middle, kept):
    text = _text(middle=middle)
    assert kept in text and _kept(text)


# -- a way to pay pointed at another part of the site ------------------------------------------------------------

@pytest.mark.parametrize("middle, gone, lang", [
    ("<p>If the reviews help you choose, a tip through Liberapay keeps them coming; the button is in the sidebar.</p>",
     "Liberapay", "en"),
    ("<p>(my tip jar moved to a new service, details on the About page)</p>", "tip jar", "en"),
    ("<p>You can buy me a mate through Cafecito, link in my profile.</p>", "mate through", "en"),
    ("<p>☕ ชอบรีวิวนี้ไหม เลี้ยงกาแฟได้ที่ลิงก์ในโปรไฟล์เลย</p>", "เลี้ยงกาแฟ", "th"),
])
def test_a_pay_line_pointing_at_the_site_goes(middle, gone, lang):
    text = _text(middle=middle, lang=lang)
    assert gone not in text and _kept(text)


@pytest.mark.parametrize("middle, kept", [
    # a tip jar in the story, no part of the site named
    ("<p>Every night the ferryman empties the tip jar into the river, a habit the stranger never asks about.</p>",
     "empties the tip jar"),
    # a profile the story tells of, with coffee but no link or way to pay
    ("<p>The stranger reads the ferryman's profile in the harbour newsletter over a cold coffee and laughs.</p>",
     "harbour newsletter"),
    # a sidebar of the book's own pages, no money
    ("<p>The sidebar notes in the margins of the second edition explain the tides, and I read every one of them.</p>",
     "sidebar notes"),
])
def test_a_review_sentence_on_money_or_a_profile_stays(middle, kept):
    text = _text(middle=middle)
    assert kept in text and _kept(text)


# -- a boxed premium offer with a sum for a period ---------------------------------------------------------------

def test_a_boxed_premium_offer_goes():
    middle = ("<div class='premium-box'><p>Tidewater Leaves Premium: every Sunday's books supplement in the e-paper, "
              "only ₹59 per month.</p></div>")
    text = _text(middle=middle)
    assert "Premium" not in text and _kept(text)


@pytest.mark.parametrize("middle, kept", [
    # told in an unboxed paragraph of the review
    ("<p>The ferryman pays a premium of ₹59 per month for a mooring, which is what ruins him in the end.</p>",
     "mooring"),
    # boxed, a price with no period: the book's
    ("<div class='infobox'><p>Premium hardback edition: ₹599, with the author's own maps.</p></div>", "own maps"),
])
def test_a_price_in_the_story_or_without_a_period_stays(middle, kept):
    text = _text(middle=middle)
    assert kept in text and _kept(text)


# -- the Georgian bidding to support the blog, as the line's label ---------------------------------------------

def test_the_georgian_support_label_goes():
    middle = "<div class='plea'>დაუჭირეთ მხარი ბლოგს: ნებისმიერი თანხა ბარათზე დაგვეხმარება ახალი წიგნების ყიდვაში.</div>"
    text = _text(middle=middle, lang="ka")
    assert "დაუჭირეთ" not in text and _kept(text)


def test_a_georgian_story_line_on_support_stays():
    middle = "<p>გმირი ამბობს, რომ სოფელი მას მხარს დაუჭერს, მაგრამ ბლოგზე წერს, რომ ეს ასე არ არის.</p>"
    text = _text(middle=middle, lang="ka")
    assert "გმირი ამბობს" in text and _kept(text)
