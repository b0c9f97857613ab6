"""A post's category is dropped as a title candidate only where it is a column's name the headline opens with before a
separator ("Staff Picks: …"), never where it is the whole headline, as a readalong's category or a genre's word may be
the book's own title ("Middlemarch" filed under "Middlemarch", "Crime" under "Crime"): ``bookbody._titles``. And a body
heading "Label: T" names a candidate title only where its label is a reading column's (a book's, reading's or pick's
word, in many languages) or the post's category, not a chapter's or an event's ("Chapter one: …", "Event: …").

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_WP = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} – Lamp and Ledger</title>
</head><body class="single single-post"><header id="masthead"><div class="site-title"><a href="/">Lamp and Ledger</a>
</div></header><main><article class="post type-post hentry"><header class="entry-header"><div class="entry-categories">
<a href="/category/{slug}/" rel="category tag">{category}</a></div><h1 class="entry-title">{headline}</h1></header>
<div class="entry-content">{body}</div><footer class="entry-footer"><span class="tags-links">{tags}</span></footer>
</article></main><footer id="colophon"><p>&copy; 2026 Lamp and Ledger</p></footer></body></html>"""


def _page(lang, headline, category, paragraphs, tags=()):
    slug = category.lower().replace(" ", "-")
    url = f"https://lampandledger.example.org/2026/03/{headline.lower().replace(' ', '-').replace(',', '')}/"
    html = _WP.format(lang=lang, headline=headline, category=category, slug=slug,
                      body="".join(f"<p>{p}</p>" for p in paragraphs),
                      tags=", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>' for t in tags))
    return extract_page(html, url)


def test_a_category_that_is_the_whole_headline_stays_the_title():
    # an English readalong filed under the book's own title
    record = _page("en", "Middlemarch", "Middlemarch", [
        "Our winter readalong has reached the end, and I am sorry to leave the town. Eliot gives every house on the "
        "street a mind of its own, and Dorothea's mistake in marrying Casaubon is drawn with real tenderness.",
        "Lydgate's money troubles were the part I dreaded and the part I could not stop reading. Eliot never lets "
        "anyone off lightly, not even the narrator.", "Rating: 5/5"], ["George Eliot"])
    assert record.book_title == "Middlemarch"
    # a one-word genre title under the same genre category (Spanish)
    record = _page("es", "Frontera", "Frontera", [
        "Terminé la novela de Ibarra en dos noches. Un guardia de aduanas cuenta los camiones que cruzan el puente "
        "y empieza a anotar los que no vuelven, con la letra pequeña de quien no quiere que nadie lo lea.",
        "Ibarra escribe frases cortas y secas, y el pueblo entero cabe en ellas: la panadera, el cura, el hermano que "
        "se fue al norte. Me gustó que nunca explique demasiado.",
        "La parte central se alarga un poco, pero el final me dejó helada. La recomiendo a quien le guste la novela "
        "negra sin detectives.", "Nota: 4/5"], ["Tomás Ibarra"])
    assert record.book_title == "Frontera"
    # German, a category holding one title only
    record = _page("de", "Nachtfähre", "Nachtfähre", [
        "Den Roman von Lene Sturm habe ich an einem Wochenende gelesen. Eine Fährfrau fährt jede Nacht dieselbe "
        "Strecke und hört den Fahrgästen zu, die ihr Dinge erzählen, die sie sonst niemandem sagen würden.",
        "Sturm schreibt ruhig und genau. Jede Figur bekommt nur wenige Seiten, und doch kennt man sie am Ende wie "
        "Nachbarn. Mir hat gefallen, dass nichts erklärt wird.",
        "Der Mittelteil zieht sich etwas, aber die letzte Überfahrt ist großartig. Ich empfehle das Buch allen, "
        "die stille Romane mögen.", "Bewertung: 4/5"], ["Lene Sturm"])
    assert record.book_title == "Nachtfähre"


def test_a_columns_name_before_a_separator_is_still_no_title():
    record = _page("en", "Staff Picks: the winter nobody left", "Staff Picks", [
        "Staff Picks is where we tell colleagues what to read next. <em>The Lantern Keepers</em> follows a lighthouse "
        "family through a winter when the supply boat never comes.", "Okafor writes long, patient sentences and lets "
        "the cold do the talking. The grandfather, who distrusts every radio forecast, steals each scene he is in.",
        "Not much happens for pages at a time, and that is the pleasure of it. Two copies wait in the staff room for "
        "whoever wants one.", "Rating: 4/5"], ["Chidi Okafor"])
    assert record.book_title == "The Lantern Keepers"


_BODY = ["A slow winter read this week, a novel set on an island that the supply boat forgets, which I finished in "
         "two evenings by the stove.",
         "The Supply Boat, the book's hinge, arrives too late in every sense; the family waits for it all year, and "
         "the author lets the waiting fill every page. I loved the way the weather is written, cold and exact.",
         "I liked the grandmother best. The Supply Boat never quite arrives for her, and that is the point. The "
         "middle drags a little, but the ending is lovely and I would recommend the novel to anyone.",
         "Rating: 4/5"]


def _digest(heading):
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A winter read</title></head><body>
<article><h1>A winter read</h1><div class="entry-content"><p>{_BODY[0]}</p><h3>{heading}</h3><p>{_BODY[1]}</p>
<p>{_BODY[2]}</p><p>{_BODY[3]}</p></div></article></body></html>"""
    return extract_page(html, "https://driftnotes.example.net/a-winter-read")


def test_a_chapters_or_an_events_heading_names_no_title():
    assert _digest("Chapter one: The Supply Boat").book_title != "The Supply Boat"
    assert _digest("Event: The Supply Boat").book_title != "The Supply Boat"
    assert _digest("Kapitel eins: The Supply Boat").book_title != "The Supply Boat"


def test_a_reading_columns_heading_still_names_the_title():
    # (English, Portuguese and Italian reading columns)
    for label in ("Book of the week", "Leitura da semana", "Lettura del mese"):
        assert _digest(f"{label}: The Supply Boat").book_title == "The Supply Boat", label
