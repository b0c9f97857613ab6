"""Misfires of detshort5's rules on pages nobody wrote them for (rev-detshort5). Texts of our own.

backlist: a record after a label's colon ("From our archive: …", "Our December pick: …") is a notice's, not the
reviewer's record line; a dash-signed record under a post that opens on a quotation signs the quotation (a "quote of
the day"). A capsule opening on its record with a remark after the colon still counts. mediumpage.podcast_episode: a
masthead naming a podcast about films (and no book) is no book podcast's. booksouthopening: a one-word owner (a city,
a mother) with no book noun in the text, a word named again only as the head of a longer word, and a possessive
pronoun before a kinship noun own no book.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.booksouthopening import south_opening_owned


def _page(title: str, paragraphs: list[str], header: str = "", lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+00:00"></head><body>'
            f'<header class="site-header">{header}</header>'
            f'<main><article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></main></body></html>')


_RECORD = "The Glass Orchard, Tamsin Avery (1962), Harbour Classics"


def test_a_librarys_archive_note_labelling_an_old_record_is_no_review():
    paragraphs = [
        f"From our archive: {_RECORD}",
        "This month the reading room displays the first edition of Tamsin Avery's novel alongside letters she sent to "
        "her publisher in the summer of 1961. The display case also holds two proof copies with her handwritten "
        "corrections, a photograph of the cliff house where she wrote, and the original cover painting lent by her "
        "family. The reading room is open to all cardholders during normal hours.",
    ]
    record = extract_page(_page("From the archive", paragraphs), "https://smalllib.example.org/2026/11/glass-orchard-display/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_book_clubs_pick_of_an_old_book_is_no_review():
    paragraphs = [
        f"Our December pick: {_RECORD}",
        "For the last month of the year we are going back to a classic. Avery's first novel is short, so there is plenty "
        "of time to read it before the holidays. Copies are available at the front desk and as an ebook through the "
        "library app. Bring a friend, bring a snack, and bring your questions about glass trees. New members are always "
        "welcome to join us.",
    ]
    record = extract_page(_page("Our December pick", paragraphs), "https://smalllib.example.org/2026/11/pick/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_quote_of_the_day_signed_with_an_old_record_is_no_review():
    paragraphs = [
        "“Every pane of glass remembers the light that passed through it, even when the light forgets.”",
        "A line I keep coming back to this week, pinned above my desk. Avery had a gift for sentences like this, the "
        "kind you copy onto the back of an envelope and carry around until the envelope falls apart. More quotes every "
        "Friday; suggestions welcome in the comments below, as always, and thank you to everyone who sent one in last "
        "week.",
        "— Tamsin Avery, The Glass Orchard (1962)",
    ]
    record = extract_page(_page("Quote of the day", paragraphs), "https://smallreads.example.org/2026/11/quote/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_capsule_opening_on_its_record_and_a_remark_is_still_a_review():
    paragraphs = [
        f"{_RECORD}: a cold and lovely fable",
        "A widower keeps an orchard of glass trees on a cliff above a fishing town and lets nobody inside the gate, "
        "until a girl from the cannery climbs the wall one night to steal a pear. Avery tells it in short chapters, each "
        "one a season, and the glass catches every light the town throws at it. The last winter is hard going and the "
        "ending comes quickly, almost too quickly. It has stayed with me all week.",
    ]
    record = extract_page(_page("Pears and glass", paragraphs), "https://smallreads.example.org/2026/11/pears/")
    assert record.is_review, (record.kind, record.reason)


def test_a_film_podcasts_episode_under_a_rating_stays_another_medium():
    header = '<div class="site-title"><a href="/">Reel Talk — a podcast about films</a></div>'
    paragraphs = [
        "This fortnight Wen and Astrid watch <em>The Keeper</em> by Tomas Brink, two hours of grey sea and one very "
        "good dog, and argue about whether Brink trusted the silence enough.",
        "We talk about the score, the long static shots of the lamp room, and the casting of the harbourmaster's "
        "daughter, who carries the last half hour almost without a word. Brink's camera never moves.",
        "<strong>Our verdict:</strong> three stars",
        "<strong>The film:</strong> <em>The Keeper</em>, Tomas Brink (Northlight Pictures, 2025)",
    ]
    record = extract_page(_page("Ep. 32: The Keeper", paragraphs, header),
                          "https://reeltalk.example.com/episodes/32-the-keeper")
    assert not record.is_review, (record.kind, record.reason, record.book_title)


def _owned(paragraphs: list[str], head: str):
    return south_opening_owned(paragraphs, Context(text="\n".join(paragraphs)), head)


def test_a_citys_genitive_named_again_in_its_locative_owns_no_book():
    paragraphs = ["കൊച്ചിയുടെ മഴക്കാലം വീണ്ടും വന്നു. കൊച്ചിയിലെ തെരുവുകൾ വെള്ളത്തിൽ മുങ്ങി.",
                  "ഞാൻ വീട്ടിൽ ഇരുന്ന് ചായ കുടിച്ചു."]
    assert _owned(paragraphs, "മഴക്കാലം") is None


def test_a_one_word_owner_with_no_book_in_the_text_owns_no_book():
    paragraphs = ["அம்மாவின் சமையலறை எப்போதும் எனக்கு ஒரு அதிசயம்.", "அம்மா இப்போது இல்லை, ஆனால் அந்த மணம் நினைவில் உள்ளது."]
    assert _owned(paragraphs, "சமையலறை") is None
    paragraphs = ["അമ്മയുടെ അടുക്കള എന്നും എനിക്ക് ഒരു അത്ഭുതമായിരുന്നു.", "അമ്മ ഇപ്പോൾ ഇല്ല, പക്ഷേ ആ മണങ്ങൾ ഓർമ്മയിലുണ്ട്."]
    assert _owned(paragraphs, "അടുക്കള") is None


def test_my_fathers_house_owns_no_book():
    paragraphs = ["എന്റെ അച്ഛന്റെ വീട് ഇന്നും അവിടെയുണ്ട്. അച്ഛൻ അവിടെ ജനിച്ചു."]
    assert _owned(paragraphs, "വീട്") is None


def test_a_capsule_closing_on_its_edition_read_after_a_label_is_still_a_review():
    paragraphs = [
        "Went back to the beginning this autumn: the first novel, printed small and nearly forgotten.",
        "A widower keeps an orchard of glass trees on a cliff above a fishing town and lets nobody inside the gate, "
        "until a girl from the cannery climbs the wall one night to steal a pear. Avery tells it in short chapters, each "
        "one a season. The last winter is hard going and the ending comes quickly, almost too quickly.",
        "Edition read: Tamsin Avery, The Glass Orchard, Harbour Classics, 2013, 120 pages",
    ]
    record = extract_page(_page("The first Avery", paragraphs), "https://smallreads.example.org/2026/11/first-avery/")
    assert record.is_review, (record.kind, record.reason)
