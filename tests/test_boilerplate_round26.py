"""Cleaning rules of the holdout27 round (boilerplate, body recall), on posts of our own words and markup.

- the label rule (a short label line right before a removed box goes with it) leaves a bold line holding a label and a
  number, the verdict ("Értékelés: 85 %", "Hodnocení: 75 %"): it states a value, it does not introduce the box; a bold
  label with nothing after its colon, or a bold line with words after it, still goes with the box.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

HU = ["A regény egy kis balatoni faluban játszódik, ahol egy nyugdíjas tanárnő minden nyáron kiadja a padlásszobát egy idegennek.",
      "A mondatok csendesek és pontosak, a szereplők lassan nőnek az ember szívéhez, és a befejezés napokig velem maradt."]
CS = ["Román se odehrává v malém městě na Vysočině, kde stará učitelka každé léto pronajímá podkrovní pokoj cizím lidem.",
      "Věty jsou tiché a přesné, postavy vám pomalu přirostou k srdci a konec mě pronásledoval ještě několik dní."]
PLEA_BOX = "<div class='support-box'><p>{}</p></div>"


def test_a_bold_label_and_number_before_a_plea_box_stays():
    for review, verdict, plea in (
            (HU, "Értékelés: 85 %", "Független magazin vagyunk. Támogass minket a támogatói oldalunkon!"),
            (CS, "Hodnocení: 75 %", "Jsme nezávislý časopis. Podpořte nás na naší stránce pro podporovatele!")):
        text, rules = cleaned(paras(*review) + f"<p><strong>{verdict}</strong></p>" + PLEA_BOX.format(plea), "mag.example")
        assert plea not in text, rules
        assert verdict in text and all(r in text for r in review), rules


def test_a_bold_label_with_nothing_after_it_still_goes_with_the_box():
    for review, label, plea in (
            (HU, "Támogass minket:", "Független magazin vagyunk. Támogass minket a támogatói oldalunkon!"),
            (CS, "Podpořte nás:", "Jsme nezávislý časopis. Podpořte nás na naší stránce pro podporovatele!")):
        text, rules = cleaned(paras(*review) + f"<p><strong>{label}</strong></p>" + PLEA_BOX.format(plea), "mag.example")
        assert plea not in text and label not in text, rules
        assert all(r in text for r in review), rules
