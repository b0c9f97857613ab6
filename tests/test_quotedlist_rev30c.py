"""``listedbook.numbered_works``' quoted items: a list names each work "«T»، A" (quote, comma, its maker); a review of
one story collection walks its stories "1. “Story”: remark" (quote, colon) or in bold, and is no list of works.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.listedbook import numbered_works


def test_quoted_works_with_their_makers_make_a_list():
    fa = ["۱. «باغ انار»، مهرداد یاسین – ۱۲۰ امتیاز.", "۲. «شب دریا»، پروانه صالحی – ۹۸ امتیاز.",
          "۳. «کوه سفید»، بهرام نیک‌پور – ۷۷ امتیاز."]
    en = ["1. “The Glass Orchard”, Nora Vell – 212 votes", "2. “Harbour Lights”, Tom Ashe – 180 votes",
          "3. “Small Hours”, Ida Marsh – 95 votes"]
    ru = ["1. «Стеклянный сад», Нора Велл — 212 голосов", "2. «Огни гавани», Том Эш — 180 голосов",
          "3. «Поздний час», Ида Марш — 95 голосов"]
    ja = ["1. 『硝子の庭』、森川遥斗", "2. 『港の灯』、北野みのり", "3. 『夜更け』、東山三郎"]
    for lines in (fa, en, ru, ja):
        assert len(numbered_works(lines)) == 3, lines


def test_a_collections_stories_are_no_list():
    en = ["1. “The Keeper’s Girl”: the strongest opening I have read this year.",
          "2. “Low Water”: a short, funny piece about two brothers and a boat.",
          "3. “Glass Orchard”: the title story, and the longest.",
          "4. “Winter Post”: told in letters, the only one I did not care for."]
    de = ["1. „Der Wärter“: die stärkste Geschichte des Bandes.", "2. „Niedrigwasser“: kurz und komisch.",
          "3. „Glasgarten“: die Titelgeschichte, die längste."]
    bold = ["1. «Стеклянный сад»** — лучший рассказ сборника.", "2. «Огни гавани»** — смешной и короткий.",
            "3. «Поздний час»** — самый длинный."]
    runs_on = ["1. “Low Water”, the second story, is the funniest.", "2. “Glass Orchard”, the title story, drags.",
               "3. “Winter Post”, told in letters, is the weakest."]
    for lines in (en, de, bold, runs_on):
        assert numbered_works(lines) == {}, lines
