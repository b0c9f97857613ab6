"""A Marathi headline that reports a book made into a web series (``newslead.made_into``): "T आता वेब मालिकेत" (now
into a web series), "… वेब मालिकेच्या रूपात" (in the form of a web series), "A-GEN कादंबरीवर दहा भागांची मालिका" (a
series of ten episodes on the novel). Such news names its book in the text ("A यांची 'T' ही कादंबरी …"), which the
book rules read now (test_mrgenitive_s25): the headline keeps it a report.

Near misses: a review's headline, a book series ("कादंबरी मालिकेतील पहिले पुस्तक", the first book of a series), a
series of lectures on a novel. Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.newslead import made_into


def test_into_a_web_series():
    assert made_into("‘नदीकाठचे घर’ आता वेब मालिकेत")
    assert made_into("सुनंदा पाटील यांची कादंबरी वेब मालिकेच्या रूपात प्रेक्षकांसमोर")


def test_a_series_of_episodes_on_the_novel():
    assert made_into("पाटील यांच्या कादंबरीवर दहा भागांची मालिका")
    assert made_into("‘पावसाळी संध्याकाळ’ : कथेवर आधारित वेब मालिका")


def test_near_misses():
    assert not made_into("‘नदीकाठचे घर’ : एका कुटुंबाची गोष्ट")
    assert not made_into("‘काचेचे दिवस’ कादंबरी मालिकेतील पहिले पुस्तक")
    assert not made_into("कादंबरीवर व्याख्यानांची मालिका")
