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


# a subscription by its noun (memberask.SUBSCRIBER's stems) or de/nl/sv/da/nb's short "Abo", a compound's head too
# ("Digital-Abo", "Jahresabo"), read only with a sum for a period in its own sentence
_ABO = re.compile(r"(?<!\w)(?:[^\W\d_]+-)?abo(?:s|nnement\w*)?(?!\w)|(?<=[a-zäöüß])abos?(?!\w)", re.I)


def priced_subscription(text: str, box=None) -> bool:
    """A sentence offering a subscription at its price for a period ("Mit einem Digital-Abo ab 7,90 Euro im Monat …",
    "a digital subscription from $4 a month"): the paper's offer, the box's own (``fundbox`` reads it of a box of its
    own that names the site's kind); a book's price names no subscription, a plain "subscribers" no sum. The box is
    the house's only when it is unlike the blocks beside it: an engine that wraps each of the review's paragraphs in a
    div of the same class ("paragraph--type-text") wraps a character's "Zeitungsabo für 3 Mark im Monat" so too."""
    from .memberask import SUBSCRIBER  # (late: memberask reads the cleaning's modules)
    from .pleas import _per_period
    parent = box.getparent() if box is not None else None
    if parent is not None and any(c is not box and c.tag == box.tag and c.get("class") == box.get("class")
                                  for c in parent):
        return False
    # (a sentence naming the book tells of the book's own subscription: the serial it ran as, the book box it came in,
    # "Das Buch kam in der Oktoberbox des Buchabos …, das für 24,90 Euro im Monat …": rev-bpaffil)
    from .booklonewriter import BOOK_NOUN
    return any((SUBSCRIBER.search(sentence) or _ABO.search(sentence)) and _per_period(sentence)
               and not BOOK_NOUN.search(sentence) for sentence in re.split(r"(?<=[.!?])\s+", text))


# (fundbox) the sum given named as small or voluntary where the noun alone is an article's too (nl "kleine/vrijwillige bijdrage",
# de "kleinen Beitrag", en "small contribution", fr "petite contribution", es/pt/it "pequeña/pequena/piccolo contributo")
SMALL_GIFT = re.compile(
    r"(?<!\w)(?:(?:kleine|vrijwillige|financiële|maandelijkse|eenmalige)\s+bijdrage|(?:kleinen|freiwilligen|monatlichen)\s+beitrag|"
    r"(?:small|voluntary|monthly|one-off)\s+contribution|(?:petite|modeste)\s+contribution|pequeñ[ao]\s+(?:aporte|aportación|contribución)|"
    r"pequen[ao]\s+contribuição|piccolo\s+contributo|(?:mały|małą)\s+wpłat\w*|malý\s+příspěvek|"
    # (a gift to the site, monthly or of any size: en, fr, es, pt, it, nl, de, sv, da/nb, pl)
    r"(?:small|monthly|one-off|regular|annual)\s+gift|gift\s+of\s+any\s+(?:size|amount)|(?:petit\s+)?don\s+mensuel|"
    r"(?:pequeño\s+)?regalo\s+mensual|doação\s+mensal|dono\s+mensile|maandelijkse\s+gift|monatliche\s+spende|"
    r"månatlig\s+gåva|månedlig\s+gave|comiesięczn\w+\s+darowizn\w*)(?!\w)", re.I)
