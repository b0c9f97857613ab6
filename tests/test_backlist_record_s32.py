"""A short post that opens or closes on the record of a book dated years before it, and names it again (detshort5).

backlist.backlist_marks: the record line (first two or last two lines; three fields or more split by commas or
brackets, one the year alone) of a book two years or more older than the post is no news of it; with a word of the
record named again in the prose (bare or with a case ending) it makes the two marks of one work reviewed.voiced_marks
asks, and lowers the short post's floor to 60 English words' worth (shortverdict.floor). A publisher's notice or a
cover reveal cites this year's or next year's book; a diary post whose prose never returns to the record it closes on,
and a "currently reading" note under the floor, are no reviews. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(lang: str, title: str, paragraphs: list[str], published: str = "2026-11-20") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_CAPSULE = [
    "The Glass Orchard, Tamsin Avery (1962), Harbour Classics",
    "A widower keeps an orchard of glass trees on a cliff above a fishing town and lets nobody inside the gate, until "
    "a girl from the cannery climbs the wall one night to steal a pear. Avery tells it in short chapters, each one a "
    "season, and the glass catches every light the town throws at it. The last winter is hard going and the ending "
    "comes quickly, almost too quickly. Strange, cold, lovely. It has stayed with me all week.",
]


def test_a_capsule_heading_on_an_old_books_record_is_a_review():
    record = extract_page(_page("en", "Pears and glass", _CAPSULE), "https://smallreads.example.org/pears-and-glass/")
    assert record.is_review, (record.kind, record.reason)


def test_a_swahili_capsule_signed_with_an_old_books_record_is_a_review():
    paragraphs = [
        "Usiku mmoja wa mvua nilichukua kitabu hiki kutoka kwenye rafu ya babu yangu, na sikukiweka chini mpaka "
        "alfajiri.",
        "Mwandishi anasimulia maisha ya mvuvi mzee wa Lamu na mjukuu wake wakati wa mabadiliko makubwa ya pwani. Lugha "
        "yake ni nyepesi lakini kila sentensi ina uzito. Mazungumzo kati ya babu na mjukuu ni sehemu bora zaidi.",
        "Sura za katikati ni ndefu kidogo, na Mbaruku anarudia mambo mara kwa mara. Hata hivyo mwisho wake unagusa moyo.",
        "— Salim Mbaruku, «Pepo za Kaskazi» (1979)",
    ]
    record = extract_page(_page("sw", "Usiku mmoja na mvuvi wa Lamu", paragraphs),
                          "https://somakitabu.example.co.tz/usiku-mmoja/")
    assert record.is_review, (record.kind, record.reason)


def test_a_publishers_notice_of_this_years_book_is_no_review():
    paragraphs = [
        "The Salt Meridian, Ilse Varga (Harrow Books, 2026)",
        "We are delighted to announce that Harrow Books will publish The Salt Meridian, the new novel by Ilse Varga, "
        "in hardback and ebook this winter. Varga's story follows two cartographers mapping a coastline that keeps "
        "changing, and the family secrets that surface with every tide. Advance copies are available to reviewers and "
        "booksellers on request. Varga will be touring bookshops across the north in the spring; dates to follow.",
    ]
    record = extract_page(_page("en", "Coming this winter from Harrow", paragraphs),
                          "https://harrowbooks.example.com/news/salt-meridian/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_cover_reveal_of_next_years_book_is_no_review():
    paragraphs = [
        "The Lantern Year, Odile Marsh (Quillfeather, 2027)",
        "Here it is at last: the cover for Odile Marsh's second novel, painted by Jun Sato, with a paper lantern "
        "floating over a flooded market square. Marsh says she cried when she saw the first sketch. The book follows a "
        "lantern-maker's apprentice through one year of festivals in a drowned city. Pre-orders open next Monday at all "
        "the usual shops, and signed copies will be available from the Quillfeather website while stocks last.",
    ]
    record = extract_page(_page("en", "Revealed: a lantern over the water", paragraphs),
                          "https://quillfeather.example.com/blog/lantern-year/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_diary_post_that_never_returns_to_the_record_it_closes_on_is_no_review():
    paragraphs = [
        "The weather turned this week and the allotment is finally put to bed: the last leeks are in, the shed is "
        "swept and the water butt is drained before the frost. The robin that follows me around has been fed. Work "
        "has been quiet, so I have been baking on the evenings, mostly bread and a very lopsided apple cake that "
        "nobody complained about. Next week the choir starts rehearsals for the carol service.",
        "On the nightstand: Harbour Classics, The Glass Orchard, 1962",
    ]
    record = extract_page(_page("en", "Leeks and lopsided cake", paragraphs),
                          "https://smallreads.example.org/leeks-and-cake/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_currently_reading_note_under_the_floor_is_no_review():
    paragraphs = ["Currently reading: The Glass Orchard, Tamsin Avery (1962), Harbour Classics",
                  "Only forty pages in. Avery's orchard is already very strange. More soon."]
    record = extract_page(_page("en", "Currently reading", paragraphs), "https://smallreads.example.org/currently/")
    assert not record.is_review, (record.kind, record.reason)
