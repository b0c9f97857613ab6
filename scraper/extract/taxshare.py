"""A share of the reader's income tax asked for the site: "Support the magazine with 2 % of your tax".

Where the law lets a taxpayer assign a small share of the income tax paid to a non-profit of their choice, reader-funded
magazines, clubs and blogs close a piece, or set a box into it, asking for that share: sk "2 % z dane", cs "podíl
daně", hu "adója 1%-a" / "szja 1%", pl "1,5% podatku" (PIT), lt "GPM 1,2 %", lv "ienākuma nodokļa", sl "0,5 %
dohodnine", ro "3,5% din impozit" (formularul 230), it "5x1000" / "cinque per mille", pt "0,5% do IRS", es "IRPF".
The share (a percent figure beside the word for the income tax, in either order, a few words apart) is the funding's
own reason, as a sum for a period is (``pleas._per_period``): it stands for the set-apart test of a plea that already
names the site and asks for support (``pleas.closing_plea``), and for the funding word of a box of its own
(``fundbox.funding_box``). A review's line about a character's taxes names no share assigned and asks nothing of the
reader; a rating "80 %" names no tax.
"""

from __future__ import annotations

import re

# a percent figure ("2 %", "1,5%", "1%-át", "3.5 proc.", "0,5 odstotka") and the word for the income tax (sk/cs, hu, pl,
# lt, lv, sl, hr/sr/bs, ro, pt, es, ca, it, de, et, ru/uk, en), the percent first (up to three words between) or right after the tax word
_PCT = r"\d{1,2}(?:[.,]\d{1,2})?\s?(?:%|‰|proc\.?|procent\w*|percent\w*|prosent\w*|odstot\w*|posto|per\s?mille)(?:-\w+)?"
_TAX = (r"(?:dane|dani|daně|daň|daní|adó\w*|szja|személyi\s+jövedelemadó\w*|podat(?:ek|ku|kach|kowy\w*)|pit|gpm|"
        r"pajamų\s+mokesč\w*|nodokļ\w*|nodoklis|dohodnin\w*|porez\w*|impozit\w*|irs|irpf|renda|steuer\w*|tulumaks\w*|"
        r"налог\w*|податк\w*|податок|income\s+tax\w*|of\s+(?:your|their)\s+tax\w*)")
TAX_SHARE = re.compile(
    rf"(?<![\w,.]){_PCT}(?:\s+[^\s\d]+){{0,3}}?\s+{_TAX}(?!\w)|(?<!\w){_TAX}\s+{_PCT}"
    # (the Italian share is the figure itself, the Romanian its form's number, the Czech/Slovak its noun)
    r"|(?<!\w)(?:5\s?x\s?1000|5\s?per\s?mille|cinque\s+per\s+mille|formularul(?:ui)?\s+230|asignaci\w+\s+dan\w*|podíl\w*\s+daně)(?!\w)",
    re.I)


def tax_share(text: str) -> bool:
    """The text names a share of the reader's income tax assigned (module docstring). Cheap test first: a figure."""
    if not text or not any(c.isdigit() for c in text) and "daně" not in text and "per mille" not in text.casefold():
        return False
    return TAX_SHARE.search(text) is not None
