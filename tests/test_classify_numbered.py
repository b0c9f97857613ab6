"""A list's numbered "work – maker" headings or items, in any script's digits and names (listedbook.numbered_works),
counted by the classifier as the books a list names even when the title rules cannot read the maker in its script.

Our own lines: Hindi (Devanagari digits), Amharic, Latin-script Swahili; near misses: a review's numbered sections,
numbers out of sequence, two items only, a maker's part that is prose or a score.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.classify import body_signals
from scraper.extract.listedbook import numbered_works
from tests.test_anaphora import _page

HI = ["सर्दियों की छुट्टियों के लिए हमारी पसंद:", "### १. धूप की नदी – सरला मेहता", "एक गाँव और एक नदी की कहानी।",
      "### २. काँच का घर – अमित वर्मा", "शहर के एक पुराने मकान की कहानी।", "### ३. रात की रेल – नीना जोशी", "छोटी और तेज़।"]
AM = ["## 1. የባሕሩ ልጅ — ሰላም ታደሰ", "አጭር ጽሑፍ።", "## 2. ቀይ ወንዝ — ዳዊት አበበ", "አጭር ጽሑፍ።", "## 3. የመጨረሻው ደብዳቤ — ሄለን መኮንን", "አጭር ጽሑፍ።"]
SW = ["1. Safari ya Mwisho – Juma Mwinyi", "2. Upepo wa Pwani – Amina Said", "3. Nyumba ya Mawe – Baraka Otieno",
      "4. Mti wa Mwembe – Rehema Ali"]


@pytest.mark.parametrize("lines, count, headings", [(HI, 3, True), (AM, 3, True), (SW, 4, False)], ids=["hi", "am", "sw"])
def test_numbered_work_and_maker_lines_are_a_lists_works(lines, count, headings):
    works = numbered_works(lines)
    assert len(works) == count and set(works.values()) == {headings}
    assert ("धूप की नदी" in works) == (lines is HI)


@pytest.mark.parametrize("lines", [
    ["## 1. The plot – no spoilers", "text", "## 2. The style – too plain", "text", "## 3. Verdict – 4/5"],  # sections
    ["### 1. Dhoop – Sarla Mehta", "### 3. Kaanch – Amit Verma", "### 4. Raat – Neena Joshi"],  # not in sequence
    ["1. Safari ya Mwisho – Juma Mwinyi", "2. Upepo wa Pwani – Amina Said"],  # two only
    ["1. Nilianza – nikasoma kurasa mia moja kwa usiku mmoja bila kupumzika hata kidogo", "2. A – B", "3. C – D"],
    ["## 1. Why I picked it up", "## 2. What worked", "## 3. What did not"],  # no pair at all
])
def test_near_misses_of_numbered_works(lines):
    assert numbered_works(lines) == {}


def test_the_classifier_counts_them_and_calls_the_page_a_list():
    assert body_signals([], "\n".join(HI))["book_headings"] == 3
    html = _page("hi", "छुट्टियों में पढ़ने के लिए तीन किताबें", [
        "सर्दियों की लंबी छुट्टियों में पढ़ने के लिए हमने पाठकों और शिक्षकों से बात करके तीन किताबें चुनी हैं। " * 3,
    ]).replace("</article>", "".join(f"<h3>{line[4:]}</h3>" if line.startswith("###") else f"<p>{line * 6}</p>"
                                      for line in HI[1:]) + "</article>")
    record = extract_page(html, "https://khabar.example.in/2026/11/chhuttiyon-ki-kitaben/")
    assert record.kind == "list", record.reason


# det11: the number's stop in other scripts (Urdu "۔", Devanagari danda "।", Armenian "։", the Chinese/Japanese
# enumeration comma "、", the full-width stop "．"), our own lists.
@pytest.mark.parametrize("lines", [
    ["१। गोदान — प्रेमचंद", "छोटी टिप्पणी।", "२। तमस — भीष्म साहनी", "३। मैला आँचल — फणीश्वरनाथ रेणु"],
    ["1։ Սամվել — Րաֆֆի", "Կարճ խոսք։", "2։ Անլռելի զանգակատուն — Պարույր Սևակ", "3։ Խենթը — Րաֆֆի"],
    ["1、围城 — 钱钟书", "2、活着 — 余华", "3、边城 — 沈从文"],
    ["１．雪国 — 川端康成", "２．こころ — 夏目漱石", "３．砂の女 — 安部公房"],
    ["1۔ خاموش دریا — زاہد علی", "2۔ پرانا شہر — نسرین بانو", "3۔ آخری خط — کامران شاہ"],
])
def test_numbered_works_in_other_scripts_stops(lines):
    from scraper.extract.listedbook import numbered_works
    assert len(numbered_works(lines)) == 3


@pytest.mark.parametrize("lines", [
    # a review's numbered sections: no "work – maker" pair in each
    ["१। कहानी", "कथा गाँव की है।", "२। भाषा — बहुत सरल", "३। अंत"],
    ["1、故事", "2、人物 — 很生动", "3、结尾"],
    # a decimal score is no numbered item: "1.5 – …" opens no list
    ["1.5 — Ana Lima", "2.5 — Rui Paz", "3.5 — Eva Sol"],
])
def test_numbered_sections_or_scores_are_no_list(lines):
    from scraper.extract.listedbook import numbered_works
    assert numbered_works(lines) == {}
