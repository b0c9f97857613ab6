"""The blog's pointers to its own posts and the issue's other sections (the s34 round; own words and markup).

- ``taillinklist``: after the review, a lead of three to eight words closed by a colon and then one to four links to
  the site's own pages (or links with no address), nothing else; or a short label over one link to the site's article,
  split by a line break, anywhere in the body.
- ``taillinklist.own_card``: a Ghost bookmark card with no address whose title opens on a label and a colon.
- ``namedbyline``: a "by NAME" line over the text with the name set in bold.
- ``issuesections``: a newsletter issue's greeting and short other sections around its long book section.

Near misses: a record's credit line ("Translated from the Polish by: <a>…</a>"), the author's other books linked off
the site, a lead naming the author's works in the third person, a linked phrase in a review sentence, a bold lead-in
going on in prose, a card for a publisher's page, a blog review in sections (no newsletter), a newsletter review whose
sections are all long, a byline name the review says again."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a ferry pilot on a northern lake who keeps a logbook of every crossing, and the book is built "
    "from those entries, forty winters of weather, passengers and small disasters on the water between two villages.",
    "The writing is spare and exact, and the pilot's voice, dry and a little vain, carries the long middle section "
    "where nothing happens but ice, fog and the slow collapse of the village school after the mine closes.",
    "I wanted the ending to be less tidy, since the last entry explains too much, but I have not read a better "
    "book about work and weather this year, and I keep thinking about the night crossing in the storm chapter.",
]
_URL = "https://ferrylog.example.org/2026/12/05/the-ferry-log/"


def _page(tail="", middle="", head=""):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Ferry Log</title></head><body><article>"
            f"<h1 class='entry-title'>The Ferry Log</h1><div class='entry-content'>{head}{ps[0]}{ps[1]}{middle}{ps[2]}"
            f"{tail}</div></article></body></html>")


def _text(html, url=_URL):
    return extract_page(html, url).body_text


# --- a lead and the site's own links, after the review ---------------------------------------------------------------

@pytest.mark.parametrize("line, gone", [
    ("<p><strong>Keep walking the shoreline:</strong> <a>Three winter novels about lakes</a></p>", "Keep walking"),
    ("<p><b>Weiter auf dem Blog:</b> <a href='/2025/01/eis/'>Eis und Schnee</a> · <a>Drei Seeromane</a></p>", "Weiter auf"),
    ("<p>Ещё из нашего архива: <a href='/archive/lake-books.html'>Озёрные книги</a></p>", "нашего архива"),
    ("<p>📚 Sur mon étagère : <a href='https://ferrylog.example.org/bookshelves/'>en cours</a></p>", "étagère"),
])
def test_lead_and_own_links_after_the_review_go(line, gone):
    text = _text(_page(tail=line))
    assert gone not in text and "night crossing" in text


@pytest.mark.parametrize("line", [
    # a record's credit: the lead ends on "by"
    "<p>Translated from the Polish by: <a>Ewa Nowicka</a></p>",
    # the author's other books, linked to a shop
    "<p>Other novels I have loved: <a href='https://shop.example.com/a'>The Salt Road</a> · "
    "<a href='https://shop.example.com/b'>Winter Pilots</a></p>",
    # the author's own books, the lead in the third person
    "<p>Read her earlier work too: <a>The Salt Road</a></p>",
    # a sentence goes on after the link
    "<p>My notes on the first book in the series: <a>The Salt Road</a>, which I liked more.</p>",
    # a record field of one word
    "<p>Publisher: <a>Harbour Light</a></p>",
])
def test_citations_credits_and_sentences_after_the_review_stay(line):
    import lxml.html
    assert lxml.html.fromstring(line).text_content().split(":")[0] in _text(_page(tail=line))


def test_a_lead_and_link_between_the_paragraphs_stays():
    line = "<p><strong>Some context on the lake itself:</strong> <a>The Lake Survey of 1911</a></p>"
    assert "Some context on the lake" in _text(_page(middle=line))


def test_a_label_over_its_link_to_the_sites_article_goes_even_mid_review():
    line = "<p>▼ my previous reading log<br><a href='/2026/11/20/winter-stories/'>Winter stories</a></p>"
    text = _text(_page(middle=line))
    assert "previous reading log" not in text and "Winter stories" not in text and "night crossing" in text


@pytest.mark.parametrize("line", [
    # a sentence closes the lead: a line of the review's, then its link
    "<p>I wrote about the first book last year.<br><a href='/2025/11/02/salt-road/'>The Salt Road</a></p>",
    # the link goes off the site
    "<p>▼ the publisher's page<br><a href='https://press.example.com/ferry-log'>The Ferry Log</a></p>",
])
def test_a_line_over_a_link_that_is_not_the_sites_pointer_stays(line):
    import lxml.html
    assert lxml.html.fromstring(line).text_content()[:12] in _text(_page(middle=line))


# --- a Ghost bookmark card with its address lost ----------------------------------------------------------------------

def _card(title, description="A short description of the other piece.", href=None, meta=""):
    at = f" href='{href}'" if href else ""
    return (f"<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container'{at}><div class='kg-bookmark-content'>"
            f"<div class='kg-bookmark-title'>{title}</div><div class='kg-bookmark-description'>{description}</div>{meta}"
            "</div></a></figure>")


def test_an_unaddressed_card_with_a_label_goes():
    text = _text(_page(middle=_card("Ne kaçırın: Göl üzerine üç roman", "Kışın okunacak kitaplar.")))
    assert "Ne kaçırın" not in text and "Kışın okunacak" not in text and "night crossing" in text


@pytest.mark.parametrize("card, kept", [
    (_card("Reading guide: The Ferry Log", "The publisher's page for the novel.",
           meta="<div class='kg-bookmark-metadata'><span class='kg-bookmark-publisher'>Harbour Light</span></div>"),
     "publisher's page"),
    (_card("Interview: the author on lakes and logbooks", "A conversation with the author.",
           href="https://press.example.com/i"), "A conversation with the author"),
])
def test_a_card_for_another_site_stays(card, kept):
    assert kept in _text(_page(middle=card))


# --- a "by NAME" byline with the name in bold -------------------------------------------------------------------------

def test_a_by_line_with_the_name_in_bold_goes():
    text = _text(_page(head="<p>Por <strong>Leandro Quiroga</strong></p>"))
    assert "Quiroga" not in text and "night crossing" in text


def test_a_by_line_naming_someone_the_review_names_again_stays():
    paras = _PARAS[0] + " Quiroga, the pilot's brother, is the book's real hero."
    page = _page(head="<p>Por <strong>Leandro Quiroga</strong></p>").replace(_PARAS[0], paras)
    assert "Por Leandro Quiroga" in _text(page)


# --- a newsletter issue's other sections ------------------------------------------------------------------------------

_REVIEW = "".join(f"<p>{p}</p>" for p in _PARAS)


def _issue(sections, greeting="<p>Good morning from a windy harbour. Two things today: a novel and some news.</p>",
           box="newsletter-post post"):
    return ("<html lang='en'><head><meta charset='utf-8'><title>Issue 12: the ferry</title></head><body>"
            f"<article class='{box}'><h1 class='post-title'>Issue 12: the ferry</h1><div class='available-content'>"
            f"<div class='body markup'>{greeting}{sections}</div></div></article></body></html>")


def test_the_issues_other_sections_and_greeting_go():
    page = _issue(f"<h2>This week's novel</h2><div>{_REVIEW}</div><h2>Club news</h2><p>The reading group moves to "
                  "Thursdays from January.</p><h2>Links I liked</h2><ul><li>An essay on lighthouses.</li>"
                  "<li>A map of old ferry routes.</li></ul>")
    text = _text(page, "https://harbourletter.example.com/p/issue-12")
    assert "Good morning" not in text and "Club news" not in text and "lighthouses" not in text
    assert "This week's novel" in text and "night crossing" in text


def test_a_blog_review_in_sections_stays_whole():
    page = _issue(f"<h2>The story</h2><div>{_REVIEW}</div><h2>The style</h2><p>Spare and dry.</p>"
                  "<h2>Verdict</h2><p>Read it in winter.</p>", box="post hentry")
    text = _text(page, "https://harbourletter.example.com/2026/12/ferry")
    assert "Spare and dry" in text and "Read it in winter" in text


def test_a_newsletter_review_with_one_short_section_after_it_stays_whole():
    page = _issue(f"<h2>The story</h2><div>{_REVIEW}</div><h2>Verdict</h2><p>Read it in winter, slowly.</p>",
                  greeting="")
    assert "Read it in winter" in _text(page, "https://harbourletter.example.com/p/issue-12")


def test_a_newsletter_review_in_long_sections_stays_whole():
    long = " ".join(_PARAS[1:])
    page = _issue(f"<h2>The story</h2><p>{_PARAS[0]}</p><h2>The style</h2><p>{long}</p><h2>Faults</h2>"
                  f"<p>{_PARAS[2]}</p>", greeting="")
    text = _text(page, "https://harbourletter.example.com/p/issue-12")
    assert "The style" in text and "Faults" in text
