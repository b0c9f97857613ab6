"""A blog's column, filed as the post's category, is no book's title (``bookbody._titles``, ``Clues.rubrics``): a
headline "Staff Picks: the winter nobody left" names the column, not the book, though the URL and the headline open on
it; the book is the title the text sets apart, by the author its tags name. No category's name is a book's title
in any corpus (a category files many posts; a tag may name one book, and stays a candidate). Near misses: a
category that is a genre under a headline that is the title, and a headline "T by A" under a column's category.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_WP = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} – {site}</title>
<link rel="canonical" href="{url}"></head><body class="single single-post">
<header id="masthead"><div class="site-title"><a href="/">{site}</a></div><nav><ul><li><a href="/">Home</a></li>
<li><a href="/category/{slug}/">{column}</a></li></ul></nav></header>
<main><article class="post type-post hentry category-{slug}"><header class="entry-header">{cats}
<h1 class="entry-title">{headline}</h1></header><div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="tags-links">{tags}</span></footer></article></main>
<footer id="colophon"><p>&copy; 2026 {site}</p></footer></body></html>"""


_RATED = {"en": "I loved it, and I will reread it next winter. Rating: 4/5",
          "es": "Me encantó y lo volveré a leer el próximo invierno. Nota: 4/5",
          "fr": "Je l'ai adoré et je le relirai l'hiver prochain. Note : 4/5"}


def _page(lang, site, column, slug, headline, body, tags, cats=None):
    url = f"https://{site.lower().replace(' ', '')}.example.org/2026/11/{slug}-{headline.split(':')[-1].strip().lower().replace(' ', '-')}/"
    cats = cats if cats is not None else (
        f'<div class="entry-categories"><a href="/category/{slug}/" rel="category tag">{column}</a></div>')
    tag_links = ", ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{t}</a>' for t in tags)
    body += f"<p>{_RATED[lang]}</p>"
    html = _WP.format(lang=lang, site=site, column=column, slug=slug, headline=headline, body=body, cats=cats,
                      tags=tag_links, url=url)
    return extract_page(html, url)


def _book(record):
    return record.book_title, record.book_author


def test_a_column_category_is_no_title():
    record = _page("en", "Harbour Library", "Staff Picks", "staff-picks", "Staff Picks: the winter nobody left",
                   "<p>Staff Picks is where we tell colleagues what to read next, and this month it was easy. "
                   "<em>The Lantern Keepers</em> follows a lighthouse family through a winter when the supply boat "
                   "never comes.</p><p>Okafor writes long, patient sentences and lets the cold do the talking. The "
                   "grandfather, who distrusts every radio forecast, steals each scene he is in.</p><p>Not much "
                   "happens for pages at a time, and that is the pleasure. Two copies wait in the staff room.</p>",
                   ["Island fiction", "Chidi Okafor"])
    assert _book(record) == ("The Lantern Keepers", "Chidi Okafor")


def test_other_languages_and_layouts():
    # Spanish, the category in a "cat-links" span
    record = _page("es", "Mesa de Luz", "Lectura del mes", "lectura-del-mes", "Lectura del mes: el verano sin lluvia",
                   "<p>Lectura del mes es la sección donde recomiendo un libro a la semana. <em>Las garzas del "
                   "norte</em> cuenta el verano en que un pueblo entero espera la lluvia.</p><p>Calderón escribe "
                   "frases largas y lentas, y la abuela, que desconfía de todos los pronósticos, se queda con cada "
                   "escena.</p><p>No pasa casi nada durante páginas, y ese es el placer del libro.</p>",
                   ["Novela", "Inés Calderón"],
                   cats='<span class="cat-links"><a href="/category/lectura-del-mes/" rel="category tag">'
                        'Lectura del mes</a></span>')
    assert _book(record) == ("Las garzas del norte", "Inés Calderón")
    # French, a one-word column
    record = _page("fr", "Marque Page", "Coups de cœur", "coups-de-coeur", "Coups de cœur : l'hiver des phares",
                   "<p>Coups de cœur, c'est la rubrique où je partage mes lectures préférées. <em>Les gardiens du "
                   "phare</em> suit une famille de gardiens pendant un hiver où le bateau ne vient plus.</p><p>Okafor "
                   "écrit des phrases longues et patientes, et le grand-père vole chaque scène.</p><p>Il ne se passe "
                   "presque rien pendant des pages, et c'est tout le plaisir.</p>",
                   ["Roman", "Chidi Okafor"])
    assert _book(record) == ("Les gardiens du phare", "Chidi Okafor")


def test_near_misses():
    # a genre category under a headline that is the title itself
    record = _page("en", "Tide Notes", "Fantasy", "fantasy", "The Lantern Keepers",
                   "<p><em>The Lantern Keepers</em> follows a lighthouse family through a winter when the supply "
                   "boat never comes.</p><p>Okafor writes long, patient sentences and lets the cold do the talking. "
                   "The grandfather, who distrusts every radio forecast, steals each scene he is in.</p><p>Not much "
                   "happens for pages at a time, and that is the pleasure of it.</p>", ["Chidi Okafor"])
    assert _book(record) == ("The Lantern Keepers", "Chidi Okafor")
    # "T by A" under a column's category
    record = _page("en", "Harbour Library", "Staff Picks", "staff-picks",
                   "Staff Picks: The Lantern Keepers by Chidi Okafor",
                   "<p>This month's pick follows a lighthouse family through a winter when the supply boat never "
                   "comes.</p><p>Okafor writes long, patient sentences and lets the cold do the talking. The "
                   "grandfather, who distrusts every radio forecast, steals each scene he is in.</p><p>Not much "
                   "happens for pages at a time, and that is the pleasure. Two copies wait in the staff room.</p>",
                   ["Chidi Okafor"])
    assert _book(record) == ("The Lantern Keepers", "Chidi Okafor")
