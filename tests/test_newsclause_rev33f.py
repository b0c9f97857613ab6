"""The newsletter sign-up in a line's second clause needs a phrase of purpose (review rev33f), in our own words.

siteaccounts.newsletter_notice reads "our" newsletter bid in the line's second clause only after a phrase of purpose
opening the line ("For …", "To get …", "Para …", "Pour …", "Untuk …") and never a character's words retold ("join our
list, she writes").
"""

from __future__ import annotations

from scraper.extract.siteaccounts import newsletter_notice


def test_a_purpose_then_the_bidding_reads():
    for line in ("For new reviews in your inbox, sign up for our newsletter.",
                 "To get the monthly picks, sign up for our newsletter.",
                 "Para recibir las reseñas, suscríbete a nuestro boletín.",
                 "Pour ne rien manquer, inscrivez-vous à notre newsletter.",
                 "Per le novità, iscriviti alla nostra newsletter."):
        assert newsletter_notice(line), line


def test_a_story_or_reported_words_do_not():
    for line in ("When the bakery closes, Ines starts a newsletter of her own — sign up for our list, she writes, "
                 "and hear the gossip first.",
                 "After the flood, the mayor sends a newsletter: sign up for our updates, he says.",
                 "Cuando cierra el diario, Lía abre un boletín: suscríbete a nuestro boletín, dice ella."):
        assert not newsletter_notice(line), line
