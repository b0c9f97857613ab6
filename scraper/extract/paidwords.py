"""The words of paying for a site: a paid subscription or membership, or the site's being funded by its readers.

"A paid subscription of $4 a month keeps us going", "<Site> is free and funded by its readers", "abonnement payant",
"płatna subskrypcja": a paid word beside the subscription (a plain "subscription" is any, the reviewer's own e-book one
too), or the site said to be funded by its readers. Read by ``pleas`` (a plea naming what funding the site costs) and
``fundbox`` (``reader_paid``): a box saying a site is reader-funded (``READER_FUNDED``) is the site's when it names the
site, bids the reader or opens on the site's name or "we" as its subject (a story's "the island paper is reader-funded"
is the book's); one naming a paid subscription must bid the reader to take it or give, more than a "please" (a
character's paid subscription is the story's).
"""

from __future__ import annotations

import re

# a paid subscription (a paid word beside it: a plain "abonnement" is any, the reviewer's own e-book one too) or the
# site's being funded by its readers: en, de, fr, es, pt, it, nl, sv, da/nb, pl, cs, ru
PAID = re.compile(r"(?<!\w)(?:paid\s+(?:subscri\w+|member\w*|tier|plan)|reader-(?:supported|funded)|bezahl-?abo\w*|"
                  r"abonnements?\s+payants?|(?:suscripci[óo]n|assinatura)\s+(?:de\s+)?pag[oa]|"
                  r"abbonamento\s+a\s+pagamento|betaald\s+abonnement|betal(?:d|t)\s+(?:prenumeration|abonnement)|"
                  r"płatn\w+\s+subskrypcj\w+|placené\s+předplatné|платн\w+\s+подписк\w+)", re.I)
# the site said to live on its readers' money, whatever it asks: a review's paid subscription may be a character's, a
# site's being reader-funded is only the site's (en, de, fr, es, pt, it, nl, sv, da/nb, pl, cs)
READER_FUNDED = re.compile(
    r"(?<!\w)(?:reader-(?:supported|funded)|(?:supported|funded)\s+by\s+(?:its|our)\s+readers|leserfinanziert\w*|"
    r"(?:financ[ée]e?|soutenue?)\s+par\s+(?:ses|nos)\s+lecteur\w*|(?:financiad|sostenid)[oa]\s+por\s+(?:sus|nuestr[oa]s)\s+lector\w*|"
    r"financiad[oa]\s+pel[oa]s\s+(?:seus|nossos)\s+leitor\w*|(?:finanziat|sostenut)[oa]\s+dai\s+(?:suoi|nostri)?\s*lettori|"
    r"lezersgefinancierd|(?:läsar|leser|læser)finansier\w*|finansowan\w+\s+przez\s+czytelnik\w*|financován\w*\s+čtenář\w*)",
    re.I)


def reader_paid(text: str, sites: list[str], bidden) -> bool:
    """A box's text tells the site lives on its readers' money: it says a site is reader-funded and names the site or
    bids the reader (``bidden``: fundbox's bidding), or it names a paid subscription or membership and bids the reader
    to take it or to give, a plain "please" aside (a story's "the keeper's paid membership …: please remember it",
    "the island paper is reader-funded" in a box of the review's tell of the book)."""
    if READER_FUNDED.search(text):
        folded = text.casefold()
        return any(n in folded for n in sites) or bidden(text) or any(
            _SITE_SUBJECT.search(sentence[:found.start()]) for sentence in re.split(r"(?<=[.!?:;])\s+", text)
            for found in READER_FUNDED.finditer(sentence))
    if not PAID.search(text):
        return False
    from .tipask import PLEASE  # (late: tipask reads the cleaning's modules)
    return bidden(PLEASE.sub(" ", text))


# the site as the subject saying it is reader-funded: a name (its words capitalised) or "we" opening the sentence, the
# verb right after it ("Harbour Reads is free and reader-supported", "Wir sind leserfinanziert"); a story's "the island
# paper the keeper writes for is reader-funded" opens on no name
_SITE_SUBJECT = re.compile(
    r"^\W*(?:(?:[A-ZÀ-ÞĀ-Ž][\w'’&.-]*\s+){1,4}|(?i:we|wir|nous|nosotros|noi|wij|vi|my|nós)\s+)"
    r"(?:is|are|ist|sind|est|sont|es|somos|son|é|são|è|siamo|sono|zijn|är|er|jest|jesteśmy|je|jsme)\s")
