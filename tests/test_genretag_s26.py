"""A genre's or a kind's tag is no person: ``booknamedtwice`` reads a tag of two words as the book's author where the
prose says its last word again and never its first, the shape of "given name, surname"; a genre tag ("Hindi
literature", "Georgian literature", "thriller literature", "travel literature") has that shape too when the prose
says its adjective or its subject again. Its word for literature, the novel, poetry or stories (in the scripts
without capitals the module reads, and Arabic script's through ``bookarabictag``) marks it a label. Near misses: a
person's tag beside the genre tag is still read; a person's tag alone is still read.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.booknamedtwice import named_twice

# (language, prose naming the title in quotes and the person's surname, the genre tag, the person's tag)
_CASES = [
    ("hi", "मैंने «धूप का घर» पिछले हफ़्ते पढ़ा। यह उपन्यास बहुत साहित्यिक है और इसकी भाषा सुंदर है। वर्मा की शैली अलग है।",
     "हिंदी साहित्य", "रमेश वर्मा"),
    ("ka", "„ქარის სახლი“ წავიკითხე გასულ კვირას. ეს წიგნი ლიტერატურის ნამდვილი მოვლენაა. ბერიძე წერს მშვიდად.",
     "ქართული ლიტერატურა", "ნინო ბერიძე"),
    ("he", "קראתי את «בית הרוח» בשבוע שעבר. הרומן מלא מתחים בין שתי אחיות. לוי כותבת בשקט.", "ספרות מתח", "מיכל לוי"),
    ("ar", "قرأت «بيت الريح» الأسبوع الماضي. يحكي الكاتب عن رحلاته بين المدن القديمة. يكتب منصور بهدوء.",
     "أدب رحلات", "سامي منصور"),
]


def test_a_genre_tag_is_no_author():
    for language, prose, genre, _ in _CASES:
        assert named_twice(None, None, [prose], "—", [genre]) is None, language


def test_near_miss_a_person_tag_beside_it_is_read():
    for language, prose, genre, person in _CASES:
        found = named_twice(None, None, [prose], "—", [genre, person])
        assert found is not None and found.author == person, language
        found = named_twice(None, None, [prose], "—", [person])
        assert found is not None and found.author == person, language
