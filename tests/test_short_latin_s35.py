"""Short reviews on Latin-script blogs whose book or score sat where the cleaning or the book readers lost it (s35).

- a closing row of 5 or 10 dots or moons ("🌕🌕🌕🌗🌑") is the review's drawn score: postclean.strip_edges keeps it as
  it keeps "⭐⭐⭐⭐" (a row of three, or a row with nothing filled, is a divider and still goes);
- a picture's caption "A, T (first edition 1911)" cites a book by its bracket's edition word, whatever the picture's
  file is called (bookcaptioncite; the author must still be a name the text calls by surname);
- a closing citation "A, T: S (House, 1936)." is the review's record (citedrecord.bracketed_record), never the lead-in of
  a plea set after it; a sign-off "Thanks for reading, A (City, 2024)" opens on no name and still goes.
"""

from __future__ import annotations

from scraper.extract import extract_page

_MOON_PROSE = [
    "Finished <em>The Lantern Orchard</em> by Corin Vasquez on the night bus home, one chapter a stop.",
    "A retired surveyor maps the orchards of a valley that is about to be flooded for a dam, and each tree he records "
    "turns out to hold a story about the family who planted it. The chapters are short and the voice is dry and warm.",
    "The middle section wanders and a subplot about a missing dog goes nowhere, but the last pages about the water "
    "rising over the first row of trees had me holding my breath. Quiet and very good.",
]


def _micro(last: str) -> object:
    body = "".join(f"<p>{p}</p>" for p in [*_MOON_PROSE, last])
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Night bus reading</title></head><body><main>'
            f'<article class="h-entry post"><div class="e-content post-content">{body}</div>'
            '<footer class="post-meta"><a class="u-url" href="/2026/11/02/lantern.html">2 Nov 2026</a></footer>'
            '</article></main></body></html>')
    return extract_page(html, "https://nightbus.example.net/2026/11/02/lantern.html")


def test_closing_moon_row_is_the_score():
    record = _micro("🌕🌕🌕🌗🌑")
    assert record.is_review
    assert record.rating_raw == "🌕🌕🌕🌗🌑" and record.rating == 0.7
    assert (record.book_title, record.book_author) == ("The Lantern Orchard", "Corin Vasquez")


def test_closing_dot_row_is_the_score():
    record = _micro("●●●●○")
    assert record.is_review and record.rating == 0.8


def test_three_dots_are_a_divider():
    record = _micro("●●●")
    assert record.rating is None
    assert "●" not in record.body_text


def test_row_with_nothing_filled_is_no_score():
    record = _micro("○○○○○")
    assert record.rating is None


# --- a caption citing the book by its edition ------------------------------------------------------------------------

_DRAMA = [
    "Horvatove tri drame pune su mora i soli. Prva se odvija u luci, druga na brodu, treća u praznoj kući na rtu gdje "
    "stara obitelj čeka pismo koje nikad ne dolazi.",
    "Na papiru se bolje vidi koliko je Horvat pazio na tišinu između replika; upute za scenu gotovo su pjesme.",
    "Smeta mi samo što treći dio previše žali za prošlošću. Ipak, rijetko koja knjiga tako točno hvata jedan grad.",
    "Čitala sam je polako, po jedan čin navečer, i svaki put sam poslije dugo sjedila uz prozor. Likovi govore malo, "
    "ali svaka rečenica nosi cijelu povijest obitelji, a more je uvijek negdje iza njih, kao da sluša.",
    "Drugi čin mi je najdraži: kapetan koji više ne plovi broji valove s palube i priča o lukama kojih više nema, "
    "a mladi mornari ga slušaju napola, jer već misle na put.",
]


def _captioned(caption: str, prose: list[str] = _DRAMA) -> object:
    body = (f'<figure class="kg-card kg-image-card"><img src="/content/images/slika-01.jpg" alt="">'
            f'<figcaption>{caption}</figcaption></figure>' + "".join(f"<p>{p}</p>" for p in prose))
    html = ('<html lang="hr"><head><meta charset="utf-8"><title>More i sol</title></head><body><main>'
            '<article class="gh-article post"><header><h1 class="gh-article-title">More i sol</h1></header>'
            f'<section class="gh-content">{body}</section></article></main></body></html>')
    return extract_page(html, "https://morenapapiru.example.hr/more-i-sol/")


def test_caption_citing_an_edition_names_the_book():
    record = _captioned("Marin Horvat, Lučke večeri (prvo izdanje 1911.)")
    assert (record.book_title, record.book_author) == ("Lučke večeri", "Marin Horvat")


def test_caption_dated_without_an_edition_word_names_no_book():
    record = _captioned("Marin Horvat, Lučke večeri (snimljeno 2019.)")
    assert record.book_title != "Lučke večeri"


def test_caption_edition_of_someone_the_text_never_names_is_no_book():
    prose = [p.replace("Horvatove", "Ove").replace("Horvat", "pisac") for p in _DRAMA]
    record = _captioned("Marin Horvat, Lučke večeri (prvo izdanje 1911.)", prose)
    assert record.book_author != "Marin Horvat"


# --- a closing citation in brackets before a plea ---------------------------------------------------------------------

_ESSAY = [
    "I was made to read this at school and hated every page; thirty years later it reads like a different book.",
    "Dunmore is funny, sharp about the neighbours and the priest, and the grief for the children lost is told "
    "without a drop of self-pity, the way a storyteller speaks to a room that knows her.",
    "It is loose in its order and the dictation shows, but it deserves grown readers who are not sitting an exam.",
    "I read it over two wet evenings with the radio off, and kept stopping to read a paragraph aloud to nobody, "
    "because the rhythm of the sentences asks to be heard. The chapters on the winter the boats could not go out are "
    "the ones I will remember.",
]


def _cited(closing: str) -> object:
    body = "".join(f"<p>{p}</p>" for p in _ESSAY) + closing + \
        "<p>Support the blog: buy me a coffee on Ko-fi.</p><p>Follow Shelfwise on Bluesky and Instagram.</p>"
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The book I was afraid of</title></head><body>'
            '<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">The book I was '
            f'afraid of</h1></header><div class="entry-content">{body}</div></article></body></html>')
    return extract_page(html, "https://shelfwise.example.com/2026/11/the-book-i-was-afraid-of/")


def test_bracketed_citation_before_a_plea_is_the_record():
    record = _cited("<p><em>Nora Dunmore, Island Hours: A Life Told (Harbour Schoolbooks, 1936).</em></p>")
    assert "Island Hours" in record.body_text
    assert record.book_author == "Nora Dunmore" and record.book_title.startswith("Island Hours")


def test_sign_off_with_a_dated_bracket_is_still_a_lead_in():
    record = _cited("<p><em>Thanks for reading, Nora Dunmore (Galway, 2026).</em></p>")
    assert "Thanks for reading" not in record.body_text


def test_sentence_ending_on_a_dated_bracket_is_no_record():
    from scraper.extract.citedrecord import bracketed_record
    assert not bracketed_record("We met at the fair, as every year (Frankfurt, 2019).")
    assert bracketed_record("Nora Dunmore, Island Hours (Harbour Schoolbooks, 1936).")


# --- a name written family name first, called by it -----------------------------------------------------------------
# (a headline "T, Family Given: tagline" whose text calls the writer by the first word of the name, never the last:
# Context.vouches_for reads the first word as the surname in any language, as it did in Hungarian)

_FAMILY_FIRST = [
    "{n} wrote this little book in the year the railway reached the coast, and it still smells of coal smoke. A clerk "
    "in a port office takes a third wife to prove he is still a man of standing, and on the wedding night his pride "
    "fails him in front of the whole town.",
    "What I love is how {m} laughs and rages at once: the clerks, the traders, the preachers, everyone gets a share of "
    "the blame. The sentences are short and sure, and the events run like a cart downhill with nobody at the brake.",
    "Some parts feel thin to me: the women around him barely speak, whatever they face. But the ending, once I had "
    "understood it, held me by the head and by the heart for days, and I went back to the first chapter at once.",
]


def _family_first(headline: str, first_mention: str, second_mention: str) -> object:
    prose = [_FAMILY_FIRST[0].format(n=first_mention), _FAMILY_FIRST[1].format(m=second_mention), _FAMILY_FIRST[2]]
    body = "".join(f"<p>{p}</p>" for p in prose)
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline} - Portside</title></head><body>'
            f'<article class="post"><div class="post-header"><h1 class="post-title">{headline}</h1></div>'
            f'<div class="body markup">{body}</div></article></body></html>')
    return extract_page(html, "https://portside.example.com/p/the-clerk")


def test_family_name_first_called_by_it_vouches():
    record = _family_first("The Clerk's Wedding, Ndiaye Mamadou: pride and shame", "Ndiaye", "Ndiaye")
    assert (record.book_title, record.book_author) == ("The Clerk's Wedding", "Ndiaye Mamadou")


def test_first_word_said_once_does_not_vouch():
    record = _family_first("The Clerk's Wedding, Ndiaye Mamadou: pride and shame", "Ndiaye", "the author")
    assert record.book_author != "Ndiaye Mamadou"


def test_name_never_said_does_not_vouch():
    record = _family_first("The Clerk's Wedding, Ndiaye Mamadou: pride and shame", "The author", "the author")
    assert record.book_author != "Ndiaye Mamadou"


def test_title_words_said_again_are_no_family_name():
    from scraper.extract.book import Context
    text = "Harbour Lights is a slow book. I loved how Harbour Lights ends, quietly, at the pier."
    assert not Context(text, [], "en").vouches_for("Harbour Lights Review")
    said = "Ndiaye writes short chapters. Late in the book Ndiaye lets the clerk speak at last."
    assert Context(said, [], "en").vouches_for("Ndiaye Mamadou")
