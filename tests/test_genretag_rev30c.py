"""``booknamedtwice``'s genre tags: a word for literature, the novel or poetry is no author, but a word that is also a
given name is (Hindi कविता, Bengali কবিতা, Gujarati કવિતા, Malayalam കവിത: Kavita; Georgian რომან: Roman, the novel
being რომანი); Serbian's "književnost" is књижевност, Ukrainian's literature література; Chinese and Japanese kinds
are written without spaces ("外国文学", "推理小说").

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.booknamedtwice import _genre, named_twice


def test_first_names_that_are_genre_words_are_people():
    for tag in ("कविता वर्मा", "কবিতা দত্ত", "કવિતા પટેલ", "കവിത മേനോൻ", "რომან კაპანაძე"):
        assert not _genre(tag), tag


def test_genre_tags_in_more_languages():
    for tag in ("हिंदी काव्य", "বাংলা কাব্য", "ქართული რომანი", "რომანები", "српска књижевност", "македонска книжевност",
                "українська література", "外国文学", "推理小说", "日本文學", "한국 소설", "문학"):
        assert _genre(tag), tag
    assert not _genre("王文学")  # (a given name ending in 文学)


def test_a_tagged_author_with_such_a_first_name_is_read():
    prose = "मैंने «नीली खिड़की» पिछले महीने पढ़ा। यह उपन्यास दो दोस्तों की कहानी है। वर्मा की भाषा सरल है और वर्मा का अंत सुंदर।"
    found = named_twice(None, None, [prose], "—", ["कविता वर्मा"])
    assert found and (found.title, found.author) == ("नीली खिड़की", "कविता वर्मा")
    bn = "«নীল জানালা» গত মাসে পড়লাম। দুই বন্ধুর গল্প। দত্তের ভাষা সহজ। দত্ত খুব ভালো লেখেন।"
    found = named_twice(None, None, [bn], "—", ["কবিতা দত্ত"])
    assert found and (found.title, found.author) == ("নীল জানালা", "কবিতা দত্ত")
