"""Marathi "if you liked this post" needs the conditional (review rev33f), in our own words.

ifpost's Marathi pattern reads the post liked only as a condition: "जर" before it, "(असेल) तर" after it, or the
conditional "आवडल्यास"; "मला हा लेख आवडला" (I liked this article) is a statement.
"""

from __future__ import annotations

from scraper.extract.ifpost import IF_POST_MORE


def test_the_condition_reads():
    for line in ("हा लेख आवडला असेल तर मित्रांना पाठवा.", "जर तुम्हाला ही पोस्ट आवडली, तर शेअर करा.",
                 "हे परीक्षण आवडल्यास नक्की कळवा.", "हा ब्लॉग आवडला तर इतरांना सांगा."):
        assert IF_POST_MORE.search(line), line


def test_a_statement_does_not():
    for line in ("मला हा लेख आवडला, विशेषतः शेवटचा भाग.", "आईला ही पोस्ट आवडली आणि तिने ती वाचून दाखवली."):
        assert not IF_POST_MORE.search(line), line
