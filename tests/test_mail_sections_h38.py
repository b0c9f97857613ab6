"""A newsletter laid out in table cells, its review in a box under the heading that names the book, then the letter's
other topics (readings with dates, opening hours, a coupon) under headings of the same level: those go
(``mailsections.cut_after_review_section``). Near misses: a blog review (no mail layout) with h2 subheadings, a mail
whose review runs its subheadings as flat siblings, a mail where the following box is longer than the review, a blog
review followed by an "About the author" box.

Every line here is invented for these tests (invented shops, books and people, in our own words).
"""

from lxml import html as lxml_html

from scraper.extract.boilerplate import CleanReport
from scraper.extract.mailsections import cut_after_review_section

CS_REVIEW = """
<div class="pick">
<h2>Kniha měsíce: Hana Krejčová – Tichá zátoka</h2>
<p>Krejčová píše o rybářské vesnici, kde se všichni znají a nikdo nic neřekne. Krejčová nechává mlčet i vypravěčku.</p>
<p>Krátké kapitoly, přesný jazyk a konec, který nás zaskočil. Krejčová tu předvádí, co umí nejlépe.</p>
<p>— Zuzana z krámku U Sovy</p>
</div>"""
CS_AFTER = """
<div class="akce"><h2>Večery v krámku</h2><ul><li>3. 3. v 18:00 – čtení poezie</li><li>9. 3. v 17:00 – burza knih</li></ul></div>
<div class="hodiny"><h3>Otevírací doba o svátcích</h3><p>1. 4. zavřeno · 2. 4. 10:00–14:00</p></div>
<div class="sleva"><p>Sleva 15 % s kódem SOVA15 do konce měsíce.</p></div>"""

EN_REVIEW = """
<div class="feature">
<h2>Book of the month: Mira Holt – The Tide Ledger</h2>
<p>Holt sets her story in a harbour town where every debt is written down. Holt never explains twice.</p>
<p>The chapters are short and the ending lands hard. We argued about it all week, which is a good sign.</p>
</div>"""
EN_AFTER = """
<div class="events"><h2>In the shop this month</h2><ul><li>Thursday 7 pm: poetry night</li><li>Saturday 11 am: story time</li></ul></div>
<div class="hours"><h2>Holiday hours</h2><p>Closed on the 25th and 26th, open 10 to 4 otherwise.</p></div>"""


def _mail(inner: str) -> str:
    return ('<html><body><table width="100%" cellpadding="0"><tr><td align="center">'
            '<table width="600" cellpadding="0"><tr><td><a href="#">View in browser</a></td></tr>'
            f'<tr><td><h1>Our March letter</h1><p>Dear readers, here is the month.</p>{inner}</td></tr>'
            '<tr><td><p>You receive this because you subscribed. <a href="#">Unsubscribe</a></p></td></tr>'
            '</table></td></tr></table></body></html>')


def _cut(page: str):
    tree = lxml_html.fromstring(page)
    body = tree.find("body")
    count = cut_after_review_section(body, CleanReport())
    return count, " ".join(body.text_content().split())


def test_cs_mail_keeps_the_review_box_and_drops_the_letters_other_sections():
    count, text = _cut(_mail(CS_REVIEW + CS_AFTER))
    assert count == 4  # three sections after the review's box, the greeting before it
    assert "Tichá zátoka" in text and "Zuzana z krámku" in text and "Our March letter" in text and "Dear readers" not in text
    assert "čtení poezie" not in text and "Otevírací doba" not in text and "SOVA15" not in text


def test_en_mail_the_same():
    count, text = _cut(_mail(EN_REVIEW + EN_AFTER))
    assert count == 3
    assert "ending lands hard" in text and "poetry night" not in text and "Holiday hours" not in text


def test_near_miss_a_blog_review_with_h2_subheadings_keeps_them_all():
    page = ('<html><body><article><div class="post"><h2>Mira Holt – The Tide Ledger</h2>'
            '<p>Holt writes about a harbour town. Holt never explains twice.</p><p>More about the plot.</p></div>'
            '<div class="part"><h2>What worked</h2><p>The dialogue, every line of it.</p></div>'
            '<div class="part"><h2>What did not</h2><p>The last chapter rushes.</p></div></article></body></html>')
    count, text = _cut(page)
    assert count == 0 and "What did not" in text


def test_near_miss_a_blog_review_then_about_the_author():
    page = ('<html><body><article><div class="post">' + EN_REVIEW + '</div>'
            '<div class="bio"><h2>About the author</h2><p>Mira Holt lives by the sea.</p></div></article></body></html>')
    count, text = _cut(page)
    assert count == 0 and "About the author" in text


def test_near_miss_a_mail_review_with_flat_subheadings():
    flat = ('<h2>Kniha měsíce: Hana Krejčová – Tichá zátoka</h2><p>Krejčová píše o vesnici. Krejčová mlčí.</p>'
            '<h2>Co se nám líbilo</h2><p>Jazyk a tempo.</p><h2>Co méně</h2><p>Konec je uspěchaný.</p>')
    count, text = _cut(_mail(flat))
    assert count == 0 and "Co méně" in text and "Dear readers" in text


def test_near_miss_a_following_box_longer_than_the_review():
    long_after = ('<div class="next"><h2>Next month</h2>' + "<p>A long note about the next pick and our plans.</p>" * 12
                  + '</div>')
    count, text = _cut(_mail(EN_REVIEW + long_after))
    assert count == 0 and "Next month" in text


def test_near_miss_no_heading_names_a_book():
    page = _mail('<div class="a"><h2>Our news</h2><p>We moved the shelves.</p><p>The café opens soon.</p></div>' + EN_AFTER)
    count, text = _cut(page)
    assert count == 0 and "Holiday hours" in text and "Dear readers" in text
