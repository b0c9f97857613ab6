"""mend5 (the s32 round): misfires the review helpers left in backlist, splicedask and tailpointer. Own words and
markup.

- backlist: a short post heading or signing with an old book's record whose prose opens on its author's death is an
  obituary, not a capsule review (backlistnews.tells_a_death). Near misses: a capsule whose story has a death in a
  later sentence, a capsule opening on a death that names no word of the record, a capsule without any.
- splicedask.labelled_ask: a bold lead that is a bidding ("Follow along") followed by a sentence of the review, no link,
  in a box of its own, is a section of the review. Near misses: the same long note with the link to act on, a short
  note with none (both still go).
- tailpointer: by the gold conventions (tests/corpus/README.md, holdout13/16) one link to another post of the site
  after "If you liked this, try:" is a pointer (drop); the reviewer's own list of several books stays.
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(lang: str, title: str, paragraphs: list[str], published: str = "2026-11-20") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_RECORD = "Winter Ferries, Oskar Lindqvist (1971), Northgate Press"


def test_an_obituary_closing_on_the_authors_old_record_is_no_review():
    paragraphs = [
        "Oskar Lindqvist, who wrote about the island ferries for half a century, died at his flat in Gothenburg on "
        "Sunday morning, aged eighty-eight. He began as a deckhand on the night crossing and wrote his first book in the "
        "crew mess between shifts. He later edited the harbour newspaper for twenty years and sat on the town council. "
        "He leaves his wife Britt, a daughter and three grandchildren. The funeral will be held in the seamen's church.",
        _RECORD,
    ]
    record = extract_page(_page("en", "Oskar Lindqvist 1938–2026", paragraphs),
                          "https://harbourpages.example.org/lindqvist-obituary/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_german_obituary_heading_on_the_record_is_no_review():
    paragraphs = [
        "Die Fährfrau, Marta Keller (1979), Seeverlag",
        "Marta Keller ist am Montag in Lindau im Alter von einundneunzig Jahren gestorben. Sie schrieb sechs Romane und "
        "unzählige Erzählungen über den See, arbeitete jahrzehntelang als Lehrerin an der Inselschule und gründete den "
        "Lesekreis der Stadtbibliothek. Ihre Familie bittet statt Blumen um eine Spende für die Seenotrettung. Die "
        "Trauerfeier findet im Januar in der Inselkirche statt.",
    ]
    record = extract_page(_page("de", "Zum Tod von Marta Keller", paragraphs),
                          "https://seeblatt.example.de/2026/11/marta-keller/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_capsule_whose_story_has_a_death_later_is_still_a_review():
    paragraphs = [
        _RECORD,
        "A ferry mate keeps the night crossing running through the worst winter in living memory while the company "
        "quietly sells the boats. Lindqvist writes it plainly, one crossing to a chapter. The captain died in the "
        "fourth chapter and the book never quite recovers its nerve after that. Still, the ice scenes are superb and the "
        "last crossing is tense. Cold, patient, rewarding.",
    ]
    record = extract_page(_page("en", "Ice on the sound", paragraphs), "https://smallreads.example.org/ice-sound/")
    assert record.is_review, (record.kind, record.reason)


def test_a_capsule_opening_on_a_death_that_names_no_record_word_is_still_a_review():
    paragraphs = [
        _RECORD,
        "The old captain died the winter before the story begins, and his mate inherits a boat nobody wants to crew. "
        "Lindqvist tells it one crossing to a chapter, and the ice scenes are the best thing in it. The middle drags a "
        "little and the company men are flat. Still, the last crossing is tense and the ending earns its quiet. Cold, "
        "patient, rewarding.",
    ]
    record = extract_page(_page("en", "The mate's winter", paragraphs), "https://smallreads.example.org/mates-winter/")
    assert record.is_review, (record.kind, record.reason)


_PARAS = [
    "The novel follows a lighthouse keeper's daughter who maps every rock of the bay in a notebook, until the winter a "
    "cargo ship runs aground on the one reef her father swore was not there at all.",
    "The prose is quiet and exact, the chapters short, and the storms are written with a patience I have not met in a "
    "while; the night of the wreck kept me reading far past midnight.",
    "The last third leans a little hard on symbols, but the ending on the jetty is calm and right, and I reread it "
    "twice before putting the book down.",
]


def _text(middle: str, last: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = ("<html><head><title>The Reef Notebook</title></head><body><article><h1>The Reef Notebook</h1>"
            f"<div class='post-body'>{ps[0]}{middle}{ps[1]}{ps[2]}<p>My rating: 4/5</p>{last}</div></article>"
            "</body></html>")
    return extract_page(page, "https://reefnotes.example.net/2026/12/reef-notebook/").body_text


def test_bold_follow_lead_opening_a_review_section_in_its_own_box_stays():
    line = ("<b>Follow along</b>: the map of the bay at the front of the book is worth a look before every chapter, "
            "since the daughter's notebook names each rock by it.")
    assert "names each rock" in _text(f"<div class='sep'><p>{line}</p></div>")


def test_long_follow_note_with_its_link_still_goes():
    line = ("<b>Follow us</b>: every Friday a new book from the coast, with a photograph of where we read it, on "
            "<a href='https://instagram.example.com/reefnotes'>our Instagram page</a>.")
    text = _text(f"<div class='sep'><p>{line}</p></div>")
    assert "every Friday" not in text and "storms are written" in text


def test_short_subscribe_note_without_link_still_goes():
    line = "<strong>Subscribe to the Reef Letter</strong> — one e-mail a month."
    text = _text(f"<div class='sep'><p>{line}</p></div>")
    assert "one e-mail a month" not in text and "storms are written" in text


def test_one_link_to_the_sites_own_review_after_if_you_liked_this_goes():
    last = ("<p>If you liked this, try: <a href='https://reefnotes.example.net/2025/03/salt-lamps/'>The Salt "
            "Lamps</a></p>")
    text = _text("", last)
    assert "The Salt Lamps" not in text and "reread it twice" in text


def test_the_reviewers_own_list_after_if_you_liked_this_stays():
    last = ("<p>If you liked this, try: The Salt Lamps by Ada Voss, Tidewater by Jun Sato and The Keeper's Year by "
            "Mira Holt, all three quieter but just as good on the sea.</p>")
    text = _text("", last)
    assert "Tidewater by Jun Sato" in text


# partnerline: in plain prose the earning speaks for the blog only when "we"/"our" stands just before it (the earner).
def _partner_text(last: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = ("<html><head><title>The Reef Notebook</title></head><body><article><h1>The Reef Notebook</h1>"
            f"<div class='post-body'>{ps}<p>{last}</p></div></article></body></html>")
    return extract_page(page, "https://reefnotes.example.net/2026/12/reef-notebook/").body_text


def test_group_blogs_our_with_a_characters_commission_in_the_last_line_stays():
    line = ("In our favourite chapter, the keeper's cousin signs up for a shipping affiliate programme that pays him "
            "a commission on every crate.")
    assert "every crate" in _partner_text(line)


def test_the_blogs_we_earning_a_commission_from_the_programme_still_goes():
    line = "As members of the Tidebooks affiliate programme, we earn a small commission on qualifying orders."
    text = _partner_text(line)
    assert "qualifying orders" not in text and "reread it" in text


def test_our_programme_with_its_commission_in_other_words_still_goes():
    line = "Nuestro blog participa en el programa de afiliados de Librería Marea y recibe una comisión por cada compra."
    text = _partner_text(line)
    assert "cada compra" not in text and "reread it" in text
