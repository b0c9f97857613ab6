"""The blog's funding aside: a line set apart in a box of its own, asking the reader to pay, tip or join for the site.

"If you like these posts, <buy the bench a coffee>", "Chip in to the <porch fund> and I will keep the reviews coming",
"Fes-te amic del blog: amb dos euros al mes …", "<Site> has no ads; a small tip covers the fines", "Si este sitio te
sirve, cuéntalo en el libro de visitas: es lo único que nos pagan". Such a line may sit between the review's paragraphs
as well as after them; its wording has no end, its shape is the same in every language:

- it is typeset as an aside: boxed, shrunk or wholly emphasised (``promo.set_apart``), or alone in a classed or styled
  wrapper of its own (a theme's callout, a page builder's html block: ``promo.own_wrapper``), or with no box led by a
  pictograph or classed unlike its sibling paragraphs (``payapart.apart``, with stronger money); short (45 words at most),
  a paragraph or a box (no heading, quotation, list or table), no score, no note the review carries;
- it names money given to the site (MONEY): a tip or a coffee (``tipask.TIP``, ``tipask.COFFEE``, or a drink bought for
  anyone, DRINK), a way to pay (``tipask.MEANS``), a fund or a gift (``fundbox.FUND``), a sum or a price for a period
  ("two euros a month", "for the price of a paperback a month": PRICED_PERIOD), the site paid ("the only pay we get",
  "help us pay the domain": PAID_US); or, weaker, its membership or its being free of ads (MEMBERSHIP: "members get …",
  "become a patron", "no ads", "ad-free");
- and it turns to the reader or names the site: for money, the reader's liking or wanting as its condition ("if you
  like these posts", "si te gustan", "wenn dir … gefällt": LIKING), the reader's support needed ("braucht Ihre
  Unterstützung": YOUR_SUPPORT), a question to the reader opening it ("Enjoying the porch?"), a bid to give
  (``tipask.bids``), the site as "us" paid (PAID_US), or the site by its own name (the page title's, the logo's link
  home); for membership, only the bid or the site's own name. The site by its kind alone (blog, magazine) is not
  enough: a box on the book-subscription the book came in names one; but the site by its web kind ("this blog",
  ``payapart.web_site``) beside money given is (a currency named with no figure too: "a few dollars").

What stays: a review's paragraph among the others, in no box, whatever it says of money; a boxed aside recommending
another book or telling the story ("a widow becomes a patron of the theatre", "the library lends it free for a
month"): no money given to the site, or membership with neither bid nor site.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .buyline import SHOP
from .casefold import fold, guarded
from .fundbox import FUND
from .housekeeping import a_note
from .memberask import BECOME_MEMBER
from .nodes import text_of
from . import payapart, payline, supportasides  # (a payment service, a paid membership, the site's name inflected, the closing pay line)
from .promo import own_wrapper, promo_box, set_apart
from .rating import has_score
from .supportasides import COSTS_BID as COSTS  # (the site's costs helped with, as the reader's bid)
from .tailasks import short_line
from .tipask import COFFEE, MEANS, PLEASE, SUPPORT_VERB, TIP, bids

RULE = "funding aside"
_MAX_WORDS = 45
_TAGS = ("p", "div", "span", "section", "aside", "font", "small", "em", "i")

# a drink bought or stood for someone (the site, "the bench", "the reader"), in en es pt fr it de nl ca: the verb, up to
# three words, the drink ("Buy the bench a coffee", "Shout the reader a flat white", "Invita al blog un café")
DRINK = guarded(re.compile(
    r"\b(?:buy|shout|stand|treat)\s+(?!you\b|yourself\b|yourselves\b)(?:[\w'’-]+\s+){1,3}?(?:a\s+|one\s+)(?:coffee|cuppa|flat\s+white|latte|"
    r"cup\s+of\s+\w+|tea|beer|pint|chai)\b|"
    r"\b(?:inv[ií]ta\w*|p[aá]ga\w*|offr\w+|pag\w*|convida\w*|spendier\w*|trakteer\w*)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:un|um|una|uma|einen|ein|een)\s+(?:caf[ée]\w*|caff[èe]\w*|tinto|mate|cerveza|cerveja|bière|birra|kaffee|bier|"
    r"koffie|cafè|cervesa)\b", re.I))
# a sum or a price for a period: a figure or a currency, or the word for a price, a cost, what something is worth,
# within a few words before the period ("2 € al mes", "for the price of a paperback a month", "lo que vale un tinto al
# mes"), in en es pt fr it de nl ca
_PRICE_WORD = (r"(?:(?<![\d.,])(?!(?:1[5-9]|20)\d\d\b)\d|[€$£¥₹]|\b(?:euros?|dollars?|pounds?|price|cost|costs|precio|vale|cuesta|valor|preço|"
               r"custa|prix|coûte|vaut|prezzo|costa|preis|kostet|prijs|kost|preu|val)\b)")
_PERIOD = (r"(?:\b(?:a|per|each|every)\s+(?:month|week|year)\b|\bmonthly\b|\b(?:al|por|el|cada)\s+(?:mes|año|any|mês)\b|"
           r"\bpar\s+(?:mois|an|semaine)\b|\b(?:pro|im|jeden)\s+(?:monat|jahr)\b|\bal\s+mese\b|\bper\s+(?:maand|jaar)\b|"
           r"\bmensual\w*|\bmensuel\w*|\bmonatlich\w*|\bmensil\w*|\bmaandelijks\b)(?!\s+(?:later|ago|after|before|earlier)\b)")
PRICED_PERIOD = re.compile(rf"{_PRICE_WORD}(?:[^.!?;:]{{0,60}}?){_PERIOD}", re.I)
# the site paid by its readers: "pay us", "the only pay we get", "nos pagan", "ens ajudes a pagar", "help me pay",
# "nous paie", "uns bezahlt", "ci paga", "ons betaalt", in en es pt fr it de nl ca
PAID_US = re.compile(
    r"\b(?:pays?|paid|funds?)\s+(?:us|me)\b|\bour\s+only\s+(?:pay|income|wage)|\bhelps?\s+(?:us|me)\s+(?:to\s+)?pay\b|"
    r"\b(?:nos|ens|me|em|nous|uns|ci|ons|mij)\s+(?:paga\w*|pague\w*|pagu\w*|pai\w*|bezahl\w*|betaal\w*)|"
    r"\b(?:ayud|ajud|aiut|aid|hilf|help)\w*\s+(?:\w+\s+)?(?:a|à|ad|zu|te|to)\s+(?:pagar|pagare|payer|bezahlen|betalen|pay)\b",
    re.I)
# paying helped with, no one named ("you can help pay the hosting"): money, not the site paid ("the salvage money helps
# pay off the debts" is the story's)
HELP_PAY = re.compile(r"\bhelp\s+(?:to\s+)?pay\b", re.I)
# membership of the site, or the site free of ads: the bidding to become a member (memberask), members or patrons
# named, "no ads", "ad-free" (en es pt fr it de nl ca sv da nb pl cs ru uk tr id fi hu)
MEMBERSHIP = guarded(re.compile(
    r"\b(?:members|patrons?|supporters|subscribers|miembros|socios|mecenas|membres|mécènes|mitglieder|förderer|"
    r"membros|sócios|membri|sostenitori|leden|donateurs|membres|socis|mecenes)\b|"
    r"\b(?:no|not|sin|sem|sans|pas\s+de|ohne|keine?|senza|niente|sense|zonder|geen|utan|ingen|uden|uten|bez|"
    r"tanpa|fără|free\s+of)\s+(?:\w+\s+)?(?:ads|adverts?|advertising|advertisements?|anuncios|publicidad|anúncios|publicidade|"
    r"pubs?|publicités?|werbung|pubblicità|annunci|anuncis|publicitat|advertenties|reclame|reklam\w*|iklan|reclame)\b|"
    r"\b(?:no|sin)\s+tiene\s+(?:anuncios|publicidad)\b|\bad-free\b|\bads-free\b|\bwerbefrei\w*|\breclamevrij\b|"
    r"\breklamfri\w*|\breklamefri\w*|\breklamsız\b|\breklámmentes\b|\bmainokseton\w*|(?<!\w)без\s+реклам\w*",
    re.I))  # (behind its guard: most lines hold none of its words)
# the reader's liking or wanting as the line's condition: en es pt fr it de nl ca
LIKING = re.compile(
    r"\bif\s+(?:you|this|these|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:like|liked|likes|enjoy|enjoyed|love|loved|want|wish|"
    r"help|helped|helps|find)\b|"
    r"\bsi\s+(?:te|les|le|os|vous|tu|t['’]|us)\s*(?:\w+\s+){0,1}?(?:gust\w*|agrad\w*|sirv\w*|serv\w*|aim\w*|plai\w*|"
    r"interes\w*)|\bsi\s+(?:\w+\s+){0,3}?(?:te|les|os|us)\s+(?:sirve|sirven|gusta|gustan|agrada|agraden|serveix|ayuda|ayudan|ajuda|ajudam)\b|"
    r"\bsi\s+(?:quieres|querés|queréis|quiere|vols|voleu|vous\s+voulez|tu\s+veux)\b|"
    r"\b(?:te|le|les|os|vous|t['’])\s*(?:gusta|gustan|gustó|agrada|agraden|plaît|plaisent)\b|"
    r"\bse\s+(?:você\s+|vocês\s+|tu\s+)?(?:gost\w+|curt\w+|quiser\w*)|\bse\s+ti\s+(?:piace|piacciono|è\s+piaciut\w*)|"
    r"\bwenn\s+(?:dir|ihnen|euch|du|sie|ihr)\b[^.!?]{0,40}?\b(?:gefäll\w*|gefallen|mög\w*|magst|wollt|willst)\b|"
    r"\b(?:gefällt|gefallen)\s+(?:dir|ihnen|euch)\b|\bals\s+je\b[^.!?]{0,40}?\b(?:leuk|fijn|mooi)\b",
    re.I)
# the reader's support needed, "needs your support" (en de fr es pt it ca nl)
YOUR_SUPPORT = re.compile(
    r"\b(?:needs?|braucht|brauchen|a\s+besoin\s+de|necesita\w*|precisa\w*|ha\s+bisogno\s+del|necessita\w*|"
    r"nodig\s+heeft|heeft)\s+(?:\w+\s+)?(?:your|ihre|deine|eure|votre|ton|tu|su|vuestro|seu|teu|vostro|tuo|el\s+teu|"
    r"jouw|uw)\s+(?:support|unterstützung|soutien|apoyo|apoio|ajuda|sostegno|suport|steun)\b", re.I)
# the reader's own thing as the object of a bid to support ("Apoya a tu librería de barrio", "support your local
# bookshop"): a second person's possessive right after the verb (en es pt fr it de nl ca)
_YOURS = re.compile(r"^\s*(?:a\s+|à\s+)?(?:your|tu|tus|teu|tua|tuo|ton|ta|tes|votre|vos|dein\w*|euer|eure\w*|je|jouw|el\s+teu|"
                    r"la\s+teva|o\s+teu|a\s+tua|il\s+tuo|la\s+tua)\s", re.I)
# a question to the reader opening the line: its first sentence, a few words closed by a question mark
_QUESTION = re.compile(r"^\W{0,3}¿?[^.!?¿]{3,60}\?(?:\s|$)")
_CLAUSES = re.compile(r"(?<=[.!?:;])\s+")
# a quotation opening the line: the book's or a character's words, not the site's
_QUOTED = re.compile(r"^\W{0,3}[\"“”„«»‘‚‹›「『]")
_HOME = re.compile(r"(?:https?:)?(?://[^/?#]+)?/?(?:index\.\w{3,4})?", re.I)


def _home_name(root: HtmlElement) -> str:
    """The site's name as its logo's link home writes it: the page's first link home, its text one to four words."""
    for count, a in enumerate(root.iter("a")):
        if count >= 40:
            return ""
        href = (a.get("href") or "").strip()
        if href and _HOME.fullmatch(href):
            name = " ".join(text_of(a).split())
            return name if 4 <= len(name) <= 40 and len(name.split()) <= 4 else ""
    return ""


def _site_named(text: str, body: HtmlElement, sites, beside: re.Pattern | None = None) -> bool:
    """The line names the site by its name, whole or two of its words at a time ("Low Tide" of "Low Tide Library"),
    six letters or more, as words of their own; with `beside`, that pattern within a few words of the name ("Low Tide
    patrons", "members of Low Tide": the site's own membership, not "Low Tide tip: the novel's patrons")."""
    folded = fold(text)
    names = [*sites(), _home_name(body.getroottree().getroot())]
    for name in filter(None, map(fold, names)):
        words = name.split()
        probes = [name] + [" ".join(words[k:k + 2]) for k in range(len(words) - 1)]
        for probe in (p for p in probes if len(p) >= 6):
            for m in re.finditer(rf"(?<!\w){re.escape(probe)}(?!\w)", folded):
                if beside is None or any(beside.search(part) for part in _near(folded, m)):
                    return True
    # (a word of the site's name its own address spells too, alone or inflected: "Keep Cedarline free" of Cedarline Poems)
    return beside is None and payline.stem_named(text, payline.host_words(body.getroottree().getroot(), names))


def _near(folded: str, m: re.Match) -> tuple[str, str]:
    """Two words before a match, three after it ("members of X", "X has no ads"), without it."""
    before = re.search(r"(?:\S+\s+){0,2}$", folded[:m.start()])
    after = re.match(r"(?:\s*\S+){0,3}", folded[m.end():])
    return before.group(0), after.group(0)


def _paid_members(text: str) -> bool:
    """Members or patrons paying for a period, the period two words before them or three after ("monthly patrons",
    "members pay each month"); or a paid membership with its sum (``payline.paid_membership``)."""
    return payline.paid_membership(text) or any(payline.period(" ".join(_near(text, m))) for m in MEMBERSHIP.finditer(text))


def _question_answered(text: str, money) -> bool:
    """A question to the reader opening the line, on the reader's liking ("¿Te gusta lo que hago?") or with the line's
    next sentence opening with the money asked ("Liked the lamp room? Chip in to the fund"; not "Why does the mayor
    fund it? The donation the widow makes")."""
    if not (q := _QUESTION.match(text)):
        return False
    if LIKING.search(q.group(0)):
        return True
    rest = text[q.end():]
    head = len(rest) - len(rest.lstrip(" \t\n\u00a0*_-–—:☕🍵"))
    return any((m := pattern.search(rest)) and m.start() <= head for pattern in money)


def _opens_clause(text: str, money) -> bool:
    """The money asked opens a clause of the line, two words at most before it ("If you like these posts, buy the
    bench a coffee", "…, a small tip keeps it going"; not "…, her novel is about a merchant who leaves a tip jar")."""
    for pattern in money:
        for m in pattern.finditer(text):
            before = text[:m.start()]
            cut = max((k.end() for k in re.finditer(r"[,.;:!?¿¡–—(]", before)), default=0)
            if len(before[cut:].split()) <= 2:
                return True
    return False


def _asks(clause: str) -> bool:
    """The clause names money given to the site or a membership."""
    return any(p.search(clause) for p in (TIP, COFFEE, DRINK, MEANS, PRICED_PERIOD, PAID_US, HELP_PAY, BECOME_MEMBER,
                                          MEMBERSHIP)) or _funds_site(clause)


def _bid_for(text: str) -> bool:
    """The line bids the reader give for what it asks: a support or donate verb anywhere, or a bare "please" in the
    clause that names the money or the membership ("Note the keeper's paid membership: please remember it" asks the
    reader to remember the story, not to pay)."""
    if not bids(text):
        return False
    if not PLEASE.search(text):
        return True
    return any(bids(clause) and _asks(clause) for clause in _CLAUSES.split(text))


def _funds_site(text: str) -> bool:
    """A giving or supporting word whose clause is not about a shop: "Apoya a tu librería de barrio: cómpralo allí"
    asks the reader to support the bookshop, not the site."""
    return any(FUND.search(clause) and not SHOP.search(clause) for clause in _CLAUSES.split(text))


def _boxed(block: HtmlElement, body: HtmlElement) -> bool:
    """Set apart, or alone in a wrapper that is a box (classed or styled), not a bare container."""
    if set_apart(block, body):
        return True
    parent = block.getparent()
    return own_wrapper(block, body) and bool((parent.get("class") or parent.get("style") or "").strip())


# the site's own cause, in the first person plural ("our review fund", "notre boîte à livres", "unser Verein"): en fr
# es pt it de nl sv da nb fi pl cs sk sl hr sr bg ru uk
_OURS = re.compile(r"(?<!\w)(?:our|notre|nos|unser\w*|nuestr[oa]s?|noss[oa]s?|nostr[oaie]|onze|vår|vårt|våre|vores|meidän|"
                   r"nasz\w*|naš\w*|наш\w*)(?!\w)", re.I)


def _own_cause_bid(block: HtmlElement, text: str, given: list, body: HtmlElement, sites) -> bool:
    """A line classed apart among its sibling paragraphs (``payapart.odd_class``: no pictograph alone) that bids the
    reader give money for the site's own cause: the bid (please, an imperative of supporting or donating), money given
    (a donation, a fund) and the site as "our" or by its own name ("Please consider a donation to our review fund")."""
    return (bool(given) and payapart.odd_class(block) and _bid_for(text)
            and (bool(_OURS.search(text)) or _site_named(text, body, sites)) and not payapart.story_line(text))


def funding_aside(block: HtmlElement, body: HtmlElement, sites) -> bool:
    """A line set apart that asks the reader to pay, tip or join for the site (see the module docstring); `sites`
    gives the site's names, folded."""
    if block.tag not in _TAGS or not (text := short_line(block, _MAX_WORDS)) or has_score(text):
        return False
    boxed = _boxed(block, body)
    if not (boxed or payapart.apart(block)) or _QUOTED.match(text):
        return False  # (a quotation set apart is the book's or a character's words: a pull-quote, an epigraph)
    if a_note(text, block):  # (after the box: each test a function of the block alone, the note's the dearest)
        return False
    given = [p for p in (TIP, COFFEE, DRINK, MEANS, PAID_US, HELP_PAY, payline.PAY_SERVICE, COSTS) if p.search(text)]
    given += [FUND] if _funds_site(text) else []
    given += [re.compile(r"^")] if payline.pay_link(block) else []  # (its link to a tip host or a sponsorship page)
    web = payapart.web_site(text)  # (the site by its web kind: then a currency named is money given to it)
    # (a currency with no figure, in a box only: a price is the book's, a pictograph-led or classed line may be a review's)
    given += [payapart.CURRENCY] if boxed and web and payapart.bare_currency(text) else []
    if not boxed and not (web or any(p in given for p in (COFFEE, MEANS, payline.PAY_SERVICE)) or payline.pay_link(block)
                          or _own_cause_bid(block, text, given, body, sites)):
        return False  # (set apart with no box, by a pictograph or a class of its own: a tip or a fund alone may be the story's)
    if any(_YOURS.match(text[m.end():]) for m in SUPPORT_VERB.finditer(text)):
        return False  # (the reader bidden to support their own bookshop or library, not the site)
    priced = bool(PRICED_PERIOD.search(text)) or _paid_members(text)
    if not given and not priced and not (BECOME_MEMBER.search(text) or MEMBERSHIP.search(text)):
        return False
    if _bid_for(text) or _site_named(text, body, sites, None if given or priced else MEMBERSHIP) or (given and web if boxed else payapart.web_beside(text, given)):
        return True  # (membership or "no ads" only beside the bid or the site's own name: "club members" may be the story's)
    # (the site by its kind only, "a book box at 24,90 Euro im Monat with its magazine", may be the story's or the book's;
    # a sum a period with only the reader's liking or a question may be the story's: "3 Taler im Monat")
    # (nor the reader's liking beside money someone in the story gives: "if you like it, the author is donating …")
    member = bool(BECOME_MEMBER.search(text) or MEMBERSHIP.search(text))
    if priced and (YOUR_SUPPORT.search(text) or member and LIKING.search(text)):
        return True
    return bool(given) and bool(YOUR_SUPPORT.search(text) or PAID_US.search(text) or _question_answered(text, given)
                                or LIKING.search(text) and _opens_clause(text, given))


def mark(items: list[HtmlElement], body: HtmlElement, sites, drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark a funding aside anywhere in the post (the line, with the box that holds only it)."""
    for i, block in enumerate(items):
        if i not in drop and text_of(block) and funding_aside(block, body, sites):
            drop[i], boxes[i] = RULE, promo_box(block, body)
    payline.mark(items, body, sites, drop, boxes)  # the pay line in the reader's idiom: closing, or the writer's own page
    payapart.mark(items, body, sites, drop, boxes)  # a payment service beside the site's name, in no box, anywhere
    supportasides.mark(items, body, sites, drop, boxes)  # a boxed drink for the writer or joining bid; a drink by a service
