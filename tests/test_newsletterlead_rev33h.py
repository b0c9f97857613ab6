"""siteaccounts.newsletter_notice: a short lead-in of the site's own before the bid to subscribe (rev33h)."""
from scraper.extract.siteaccounts import newsletter_notice


def test_short_lead_ins_before_the_bid():
    for line in ("Never miss a post, sign up for our newsletter.",
                 "Ne ratez aucune chronique : abonnez-vous à notre newsletter.",
                 "Two emails a month, no spam: subscribe to our newsletter.",
                 "Nunca te pierdas una reseña: suscríbete a nuestro boletín."):
        assert newsletter_notice(line), line


def test_a_story_s_subject_or_reported_words_are_not():
    for line in ("Her editor, deadlines in mind, asks everyone to join our newsletter.",
                 "After the storm, the baker sends a newsletter: sign up for our updates, he says.",
                 "When Tomas retires, he starts a newsletter: subscribe to our letters, he writes."):
        assert not newsletter_notice(line), line
