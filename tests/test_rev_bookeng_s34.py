"""Review of the bookeng s34 rules: pages they were not written for.

- bookcitedhead: a series' volume with a long name ("The Chronicles of Narnia: The Voyage of the Dawn Treader") that
  the post calls by the part after the colon keeps its whole title (the cut took the series' name).
- bookdescribedrecord: "Name, Role, Riverside Public Library, 2026." is a signature (an institution named like a
  house's series), not "Name, Title, House, Year".
- bookbracketrecord: a painting's credit "Winslow Homer, The Gulf Stream (1899)." ends on its year; a year alone in
  the bracket needs the note on the copy read after it.
- bookcaptionedition: a scene's caption whose remark goes on around a binding word ("signing the paperback",
  "paperback launch night") is no record.
- notefreecopy: "free" that qualifies another thing ("with free shipping", "delivery was free", "free to any school")
  is no free copy.
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(paras, h1="A quiet book", figs=()):
    figures = "".join(f'<figure><img alt="" src="https://img.example.net/p{i}.jpg"><figcaption><p>{c}</p>'
                      '</figcaption></figure>' for i, c in enumerate(figs))
    body = figures + "".join(f"<p>{p}</p>" for p in paras)
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{h1} | Shelf</title></head><body>'
            f'<article class="post hentry"><h1 class="entry-title">{h1}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')
    return extract_page(html, "https://shelf.example.org/2026/11/a-quiet-book/")


_NARNIA = [
    "I read this aloud to my daughter over a fortnight of bedtimes, a chapter a night.",
    "The Voyage of the Dawn Treader is the one where Lewis lets the sea do the storytelling, island after island.",
    "Eustace is a wonderful pest, and Lewis turns him around without a sermon, mostly.",
    "Rating: 5/5",
]
_DELTA = [
    "My aunt kept this on the windowsill of the farmhouse for as long as I can remember, its spine bleached by the sun.",
    "Okonjo writes about the delta as one long argument with the river: the fishing camps, the oil, the churches.",
    "Some chapters have aged badly, but the portraits of the boat builders are as alive as anything I have read.",
    "Okonjo is at her best when she lets people talk, and she lets them talk a great deal.",
    "Verdict: four out of five",
]
_WHARTON = [
    "I found my old school copy in a box in the loft and read it again over three wet evenings.",
    "Wharton's heroine is trapped by money and by manners in equal measure, and at nineteen I only saw the manners.",
    "The novel opens in front of a painting, and Homer's sea runs under the whole book; Homer was Wharton's favourite.",
    "It is a short book and Wharton wastes nothing in it; the ballroom chapter alone is worth the price.",
    "Rating: 4/5",
]
_SHOP = [
    "Nothing much happens for the first hundred pages, and that is the point: Okafor builds the house room by room.",
    "The grandmother runs the family shop and keeps its accounts in a ledger nobody else may read.",
    "When the ledger goes missing, Okafor lets every member of the family suspect the others.",
    "I wanted more of the youngest son, but the last chapter is perfect.",
    "<strong>Score:</strong> 8/10",
]
_CANNERY = [
    "Tomás grows up in a fishing village where the boats go out before dawn and the women mend the nets on the sand.",
    "When the cannery closes, his family has to decide whether to stay or to follow the work inland to the orchards.",
    "The chapters are short and each ends on a small turn, which kept my reading group asking for one more.",
    "The last third drags a little, but the final scene on the pier was worth the wait.",
    "<strong>Group verdict:</strong> 4/5",
]


def test_series_volume_called_by_its_subtitle_keeps_the_whole_title():
    citation = "<em>The Chronicles of Narnia: The Voyage of the Dawn Treader, by C. S. Lewis (Geoffrey Bles, 1952).</em>"
    record = _page([*_NARNIA, citation])
    assert record.book_title != "The Chronicles of Narnia"
    record = _page([*_NARNIA, "<em>C. S. Lewis, The Chronicles of Narnia: The Voyage of the Dawn Treader, Geoffrey Bles "
                               "Books, 1952.</em>"])
    assert record.book_title != "The Chronicles of Narnia"


def test_signature_with_library_or_series_is_no_record():
    assert _page([*_DELTA, "<em>Adaeze Okonjo, Director, Riverside Public Library, 2026.</em>"]).book_title != "Director"
    assert _page([*_DELTA, "<em>Adaeze Okonjo, Keynote, Autumn Lecture Series, 2025.</em>"]).book_title != "Keynote"


def test_painting_credit_ending_on_its_year_is_no_record():
    record = _page([*_WHARTON, "<em>Winslow Homer, The Gulf Stream (1899).</em>"])
    assert record.book_title != "The Gulf Stream"
    record = _page(["Winslow Homer, The Gulf Stream (1899).", *_WHARTON])
    assert record.book_title != "The Gulf Stream"


def test_scene_caption_around_a_binding_word_is_no_record():
    assert _page(_SHOP, figs=["The festival tent, Chidera Okafor, signing the paperback"]).book_title \
        != "The festival tent"
    assert _page(_SHOP, figs=["Signing at Foyles, Chidera Okafor, paperback launch night"]).book_title \
        != "Signing at Foyles"


def test_free_qualifying_another_thing_is_no_disclosure():
    for note in ("My copy came from the publisher's web shop, with free shipping, and I paid the full cover price.",
                 "My copy came from the publisher's own shop; I paid for it, though delivery was free.",
                 "Copies from the publisher are free to any school that asks us, so we passed the word on to our teachers."):
        record = _page([f"<em>{note}</em>", *_CANNERY], h1="The Cannery Summer by Ines Paredes")
        assert record.disclosure is None, note
