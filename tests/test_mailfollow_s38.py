"""The closing bid to receive the site's posts (``mailfollow``, bpplea38): the follow-by-e-mail caption (e-mail and the
site's new posts) and the site's own periodical ("<Site> weekly" as a label, with a recurrence or a bid).

Near misses: a review's last line on a novel told in e-mails, a reader's "I read <Site> weekly" (an adverb), a weekly
of the story's own named in the last line, an e-mail line with no new posts."""

import pytest

from test_support_asides_s37 import _kept, _text


@pytest.mark.parametrize("end, gone, lang", [
    ("<div class='follow-box'><p>Get new posts by e-mail: write your address in the box below.</p></div>",
     "new posts", "en"),
    ("<div class='follow-by-email'><p>नई पोस्ट ईमेल पर पाने के लिए नीचे अपना पता लिखें।</p></div>", "नई पोस्ट", "hi"),
    ("<div class='widget'><p>Recibe las nuevas entradas por correo: deja tu dirección abajo.</p></div>",
     "nuevas entradas", "es"),
])
def test_the_email_follow_caption_goes(end, gone, lang):
    text = _text(end=end, lang=lang)
    assert gone not in text and _kept(text)


@pytest.mark.parametrize("end", [
    "<p>Get the Tidewater Leaves weekly: one river book, one walk, one argument, every Sunday.</p>",
    "<p>Subscribe to the Tidewater Leaves digest for the month's best crossings.</p>",
])
def test_the_sites_periodical_goes(end):
    text = _text(end=end)
    assert "Tidewater Leaves" not in text.split("Rating")[-1] and _kept(text)


@pytest.mark.parametrize("end, kept", [
    # a novel told in e-mails: no new posts
    ("<p>Told in e-mails between the ferryman and his daughter, it is a quieter book than its cover suggests.</p>",
     "Told in e-mails"),
    # the site's name and "weekly" as an adverb: no label, recurrence or bid
    ("<p>I have read Tidewater Leaves weekly for years and this is the first book it made me buy twice.</p>",
     "first book"),
    # a weekly of the story's own, the site unnamed
    ("<p>The harbour weekly prints the ferryman's obituary every Friday for a month, a joke the town never explains.</p>",
     "harbour weekly"),
    # e-mail beside the site's posts, in the review's own paragraph (no box of its own)
    ("<p>The latest posts here were about rivers too, and one reader's e-mail said the ferry chapters made her cry.</p>",
     "made her cry"),
])
def test_a_review_line_on_mail_or_a_weekly_stays(end, kept):
    text = _text(end=end)
    assert kept in text and _kept(text)


def test_the_tamil_email_caption_inflected_goes():
    end = "<div class='follow-box' style='border:1px dashed #999'><p>புதிய பதிவுகளை மின்னஞ்சலில் படிக்க உங்கள் முகவரியை இங்கே எழுதுங்கள்.</p></div>"
    text = _text(end=end, lang="ta")
    assert "மின்னஞ்சலில்" not in text and _kept(text)
