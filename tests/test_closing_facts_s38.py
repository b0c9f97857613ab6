"""A short review's book named only in its closing facts, title first and the author's full name next (detshort38):

- a small box under its own heading, a list of bare items (title, author, house), is the review's own, never the
  lead-in of a follow-me line set after it (headedrecord, through leadin.never_lead_in);
- that list, or a closing line "T, A, House" in commas, names the book when its author's surname is one the review
  names (bookclosingfacts), in any script; a co-writer's credit after the name is cut.

Near misses: a closing line of commas that names no one the text names, a list of people (its first item a name),
a headed list of links to follow, a heading that asks a question, a closing sentence with commas."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookclosingfacts import closing_facts
from scraper.extract.headedrecord import headed_facts
from lxml import html as lhtml

_EN = [
    "Every summer the harbour town fills with tourists and empties again, and this memoir is about the one "
    "winter Okonkwo-Bright stayed, fixing nets on the quay while the sea took the old pier apart plank by plank.",
    "Delacroix-Mbeki writes about the fishermen without pity and without romance. He is good on money, on the "
    "debts that pass from father to son, and on the long silences of men who work in the cold before dawn.",
    "It sags in the middle, where the storms repeat themselves, but the last chapters, about the pier's final night, "
    "are as good as anything I have read about the sea in years, and I will give it to every friend who fishes.",
]


def _page(body: str, title: str = "Notes from a cold quay") -> str:
    return (f"<html><head><title>{title}</title></head><body><header><a href='/'>Harbour Pages</a></header>"
            f"<main><article><h1>{title}</h1><div class='entry-content'>{body}</div></article></main>"
            "<footer><p>© 2026 Harbour Pages</p></footer></body></html>")


def _paras(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


_BOX = ("<div class='book-box'><h3>About the book</h3><ul><li>The Pier at Night</li>"
        "<li>Tomas Delacroix-Mbeki with J. Arden</li><li>Gullwing Press</li></ul></div>")
_FOLLOW = "<p><em>Follow Harbour Pages on Telegram: tap the link in the app to join our channel.</em></p>"


def test_headed_box_before_a_follow_line_stays_and_names_the_book():
    record = extract_page(_page(_paras(_EN) + _BOX + _FOLLOW), "https://harbourpages.example/reviews/pier")
    assert "The Pier at Night" in record.body_text
    assert record.is_review
    assert (record.book_title, record.book_author) == ("The Pier at Night", "Tomas Delacroix-Mbeki")


def test_closing_comma_line_in_a_caseless_script():
    lines = ["ഈ നോവൽ ഒരു ഗ്രാമത്തിന്റെ ഓർമ്മയാണ്; കുന്നത്തൂർ ഓരോ കഥാപാത്രത്തെയും സ്നേഹത്തോടെ വരയ്ക്കുന്നു.",
             "ചില ഭാഗങ്ങൾ നീണ്ടുപോകുന്നു, എങ്കിലും വായിക്കേണ്ട പുസ്തകം.",
             "ഒരു പുഴയുടെ പാട്ട്, കെ.പി. കുന്നത്തൂർ, സാഹിത്യ ബുക്സ്"]
    book = closing_facts(lines)
    assert book is not None and (book.title, book.author) == ("ഒരു പുഴയുടെ പാട്ട്", "കെ.പി. കുന്നത്തൂർ")


def test_closing_comma_line_in_a_review_page():
    body = _paras(_EN) + "<p><em>The Pier at Night, Tomas Delacroix-Mbeki, Gullwing Press</em></p>"
    record = extract_page(_page(body), "https://harbourpages.example/reviews/pier-line")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("The Pier at Night", "Tomas Delacroix-Mbeki")


def test_near_miss_comma_sentence_naming_no_one_again():
    lines = _EN + ["Salt, wind, long nights, Gullwing Press"]
    assert closing_facts(lines) is None


def test_near_miss_list_of_people():
    lines = _EN + ["Who came to the quay", "- Okonkwo-Bright", "- Tomas Delacroix-Mbeki", "- Ana Costa"]
    assert closing_facts(lines) is None


def test_near_miss_closing_sentence_with_commas():
    lines = _EN + ["Read it, Delacroix-Mbeki fans, on a cold night!"]
    assert closing_facts(lines) is None


def test_near_miss_headed_list_of_links_or_a_question():
    before = " ".join(_EN)
    linked = lhtml.fromstring("<div><h3>Follow us</h3><ul><li><a href='https://t.me/x'>Telegram</a></li>"
                              "<li><a href='https://x.com/x'>Delacroix-Mbeki on X</a></li></ul></div>")
    asked = lhtml.fromstring("<div><h3>Enjoyed this?</h3><ul><li>Tell Delacroix-Mbeki fans</li>"
                             "<li>Share the post</li></ul></div>")
    assert not headed_facts(linked.find(".//ul"), before)
    assert not headed_facts(asked.find(".//ul"), before)
    plain = lhtml.fromstring("<div><h3>About the book</h3><ul><li>The Pier at Night</li>"
                             "<li>Tomas Delacroix-Mbeki</li></ul></div>")
    assert headed_facts(plain.find(".//ul"), before)


def test_near_miss_announcement_with_closing_facts_stays_no_review():
    body = ("<p>Our shop has new copies in this week, and the signing is on Saturday at noon.</p>"
            "<p>Delacroix-Mbeki will read for twenty minutes.</p>"
            "<p><em>The Pier at Night, Tomas Delacroix-Mbeki, Gullwing Press</em></p>")
    record = extract_page(_page(body, "New this week: signing on Saturday"), "https://harbourpages.example/news/signing")
    assert not record.is_review


def test_near_miss_closing_sentence_with_a_stop_in_a_caseless_script():
    lines = ["वर्मा का यह उपन्यास गाँव की कहानी है; वर्मा हर पात्र को धीरज से गढ़ते हैं।",
             "कुछ हिस्से लंबे हैं, फिर भी पढ़ने लायक।",
             "नया संस्करण साफ़ है, पर वर्मा भूमिका, थोड़ी और लंबी लिखते तो अच्छा था।"]
    assert closing_facts(lines) is None
    lines[-1] = "गाँव की धूप, रमेश वर्मा, सागर प्रकाशन."
    assert closing_facts(lines) is None  # (a stop after it: a sentence's end, not a record's)
    lines[-1] = "गाँव की धूप, रमेश वर्मा, सागर प्रकाशन"
    assert closing_facts(lines) is not None
