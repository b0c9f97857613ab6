"""Review of the bpaffil s33 rules: the review's own lines they took (own words and markup), kept now.

- ``partnerline._labelled``: an italic passage of the review's in mid-body that opens on a programme word and a colon
  is no note of the blog's (the label speaks for the blog only at the body's edges); a note set apart runs past 40
  words only in the unspaced scripts, not a 60-word italic passage in English.
- ``adnotice.PROGRAMME``'s Thai commission is an earning: in plain prose a character's, whoever names the blog.
- ``fundbox._SITE_MORE``: Icelandic "vefsíðu sinni" (his website) is another's site, not the definite "the site".
- ``paidwords.priced_subscription``: a box whose priced subscription names the book (a book box reviewed) stays.
- ``tipask``: a closing bid to contribute with an account number that is another's, or for the cause the book tells
  of, stays."""

import pytest

from scraper.extract import extract_page
from tests.test_affiliate_pleas_s33 import _CS, _DE, _EN, _IS, _TH, _page, _text

_MORE = [
    "The secondary characters are the real treat here, especially the choirmaster who runs the town's only taxi and "
    "knows every secret worth knowing in the valley.",
    "There is a subplot about the mill that I could have done without, but even that pays off in a quiet scene near "
    "the end that I will not spoil here.",
    "If you liked the author's first novel you will like this one more; it is looser, funnier and braver about the "
    "things families never say aloud.",
]


def _long_page(line, at=3):
    ps = [f"<p>{p}</p>" for p in _EN + _MORE]
    ps.insert(at, line)
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Bakery by the River</title></head><body><article>"
            f"<h1 class='entry-title'>The Bakery by the River</h1><div class='entry-content'>{''.join(ps)}</div>"
            "</article></body></html>")


def _long_text(line, at=3):
    return extract_page(_long_page(line, at), "https://crumbnotes.example.org/2026/12/the-bakery/").body_text


@pytest.mark.parametrize("line,probe", [
    ("<p><em>Partner programme: that is what the bank calls it when it lends Marta money she cannot "
     "repay.</em></p>", "Marta money"),
    ("<p><em>Affiliate links: the two words Dorin types a hundred times a day, and the reason his mother stops "
     "speaking to him.</em></p>", "Dorin types"),
])
def test_an_italic_passage_opening_on_a_programme_label_mid_review_stays(line, probe):
    assert probe in _long_text(line)


_LONG_ITALIC = ("<p><em>I read most of this on the train, which suits it: the middle chapters follow Dorin, the baker's "
                "nephew, who signs up for a startup's partner program selling bread machines and spends a winter "
                "writing fake reviews at the kitchen table while Marta kneads. Their arguments are the best writing in "
                "the book, sharp and funny, and our sympathy shifts from one to the other every few pages until he has "
                "to choose.</em></p>")


@pytest.mark.parametrize("at", [0, 3])
def test_a_sixty_word_italic_passage_of_the_review_stays(at):
    assert "bread machines" in _long_text(_LONG_ITALIC, at)


def test_the_labelled_note_at_the_top_still_goes():
    note = "<p><em>Affiliate links: buying through them sends a few pennies my way, at no cost to you.</em></p>"
    assert "pennies" not in _long_text(note, 0)


def test_a_thai_closing_line_on_a_character_s_commission_stays():
    line = "<p>บล็อกนี้ชอบตัวละครพ่อที่สุด ค่าคอมมิชชั่นจากการขายปลาของเขาไม่เคยพอจ่ายค่าเรือ</p>"
    assert "ตัวละครพ่อ" in _text(_page(_TH, "th", after=line))


def test_an_icelandic_box_on_a_character_s_own_website_stays():
    box = ("<div class='tilvitnun'><p>Á vefsíðu sinni biður ungi presturinn sóknarbörnin að styrkja kirkjuna með "
           "framlagi, og það er eina skiptið sem hann brosir.</p></div>")
    assert "presturinn" in _text(_page(_IS, "is", title="Heim í þorpið", middle=box))


def test_an_icelandic_callout_funding_the_website_still_goes():
    box = ("<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Styrktu vefsíðuna með mánaðarlegu "
           "framlagi – þannig helst hún ókeypis.</div></div>")
    assert "Styrktu" not in _text(_page(_IS, "is", title="Heim í þorpið", middle=box))


def test_a_box_on_the_book_box_the_book_came_in_stays():
    box = ("<div class='kasten'><p>Das Buch kam in der Oktoberbox des Buchabos „Leselust“, das für 24,90 Euro im Monat "
           "einen neuen Roman samt Magazin verschickt.</p></div>")
    assert "Leselust" in _text(_page(_DE, "de", title="Briefe vom See", middle=box))


@pytest.mark.parametrize("paras,lang,line,probe", [
    (_EN, "en", "<p>Contribute what you can, Marta tells the town, and she chalks the church's account number on the "
                "bakery door.</p>", "chalks"),
    (_EN, "en", "<p>Contribute to the flood fund if the book moves you: the author lists its account number at the "
                "back, and all royalties go there too.</p>", "flood fund"),
    (_CS, "cs", "<p>Přispějte na útulek, o kterém kniha vypráví; číslo účtu najdete na poslední stránce knihy.</p>",
     "útulek"),
])
def test_a_closing_bid_for_another_s_account_stays(paras, lang, line, probe):
    assert probe in _text(_page(paras, lang, after=line))
