"""A podcast's episode page named so only by its masthead's link home, under an abbreviated episode number (detshort5).

mediumpage.podcast_episode rescues an episode page whose written notes review one book (medium.written_review_of_an_
episode) when its title numbers the episode and its page plays or names the podcast. The site's name is the link home
in its masthead (href="/", rel="home"), which the pass skipped with every other link, and show notes number the episode
in short ("Ep. 12: …"). A menu's "Podcast" link names no show, and an episode about a film stays another medium's.
Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(title: str, header: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header class="site-header">{header}</header>'
            f'<main><article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></main></body></html>')


_HOME = '<div class="site-title"><a href="/">Dog-ears — a podcast about one novel a fortnight</a></div>'
_MENU = ('<div class="site-title"><a href="/">Dog-ears</a></div>'
         '<nav class="menu"><a href="/episodes">Episodes</a> <a href="/podcast">Our podcast</a></nav>')
_NOTES = [
    "This fortnight Wen and Astrid read a slim novel about a lighthouse keeper who starts writing letters to the "
    "ships that pass, and the harbourmaster's daughter who answers them under a false name.",
    "We talk about how the letters carry the whole plot, how the winter chapters slow everything down on purpose, and "
    "whether the false name is a trick or a kindness. Astrid thinks the middle sags; Wen would not cut a page of it.",
    "We end on the final letter, which neither of us saw coming, and on the keeper's logbook that frames the book.",
]


def test_an_episode_reviewing_one_book_under_a_home_link_naming_the_podcast_is_a_review():
    paragraphs = _NOTES + ["<strong>Our verdict:</strong> four stars",
                           "<strong>The book:</strong> <em>Letters to Passing Ships</em> by Ilse Varga (Harrow, 2019)"]
    record = extract_page(_page("Ep. 31: Letters to the sea", _HOME, paragraphs),
                          "https://dogears.example.com/episodes/31-letters-to-the-sea")
    assert record.is_review, (record.kind, record.reason)


def test_a_menu_link_to_a_podcast_names_no_show():
    paragraphs = _NOTES + ["<strong>Our verdict:</strong> four stars",
                           "<strong>The book:</strong> <em>Letters to Passing Ships</em> by Ilse Varga (Harrow, 2019)"]
    record = extract_page(_page("Ep. 31: Letters to the sea", _MENU, paragraphs),
                          "https://dogears.example.com/episodes/31-letters-to-the-sea")
    assert not record.is_review, (record.kind, record.reason)


def test_an_episode_about_a_film_under_the_same_masthead_stays_another_medium():
    paragraphs = [
        "This fortnight Wen and Astrid watch the new film about a lighthouse keeper, two hours of grey sea and one "
        "very good dog, and argue about whether the director trusted the silence enough.",
        "We talk about the score, the long static shots of the lamp room, and the casting of the harbourmaster's "
        "daughter, who carries the last half hour almost without a word.",
        "<strong>Our verdict:</strong> three stars",
        "<strong>The film:</strong> <em>The Keeper</em>, directed by Tomas Brink (2025), 124 minutes.",
    ]
    record = extract_page(_page("Ep. 32: The Keeper", _HOME, paragraphs),
                          "https://dogears.example.com/episodes/32-the-keeper")
    assert not record.is_review, (record.kind, record.reason)
