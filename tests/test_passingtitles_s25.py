"""A headline that is a title alone ranks before the titles an opening lists in passing ("I read *T1* at school and
*T2* last year"): the author's other works, each named once, none singled out, are no rivals of the book the headline
names, which the post's text need not repeat (``bookbody._titles``). Near misses: a listed title the post comes back
to (named twice: the post is about it), and a single title the opening names once (not a list: the old order stands).

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{head} &#8211; Shelf Notes</title>
</head><body><main><article class="post type-post hentry"><header><h1 class="entry-title">{head}</h1></header>
<div class="entry-content">{body}</div></article></main></body></html>"""


def _book(lang: str, head: str, *paragraphs: str) -> tuple[str | None, str | None]:
    html = _PAGE.format(lang=lang, head=head, body="".join(f"<p>{p}</p>" for p in paragraphs))
    record = extract_page(html, "https://shelfnotes.example.org/2026/03/04/post/")
    return record.book_title, record.book_author


_EN = (
    "I came to Halloran Pike's short stories late. Like everyone at school I read <em>The Cinder Road</em> at "
    "fifteen and <em>Saltmarsh</em> at university, but this slim collection waited on my shelf for years.",
    "There are nine stories here, most of them set in a fishing town that is slowly losing its young. The best "
    "follows a ferryman who counts the passengers who never come back, and it stayed with me for days.",
    "Not all of them work. Two feel like drafts for the novels that came after, and one leans too hard on its twist. "
    "Still, Pike writes a harbour better than anyone, and even the weakest piece has a line worth keeping.",
    "If you only know Pike from the big novels, start here instead. Rating: 4/5",
)


def test_the_headline_title_over_the_opening_list():
    assert _book("en", "Lanterns Over Keel Street", *_EN) == ("Lanterns Over Keel Street", "Halloran Pike")
    fr = (
        "J'ai ouvert tard le dernier roman d'Odile Mercier. Comme tout le monde j'avais lu <em>La Maison close</em> "
        "au lycée et <em>Les Marées</em> pendant le confinement, mais ce livre attendait sur ma table depuis un an.",
        "Il y a onze textes, presque tous situés dans une ville portuaire où les jeunes partent et ne reviennent pas. "
        "Le plus beau suit une passeuse qui compte les voyageurs, et il m'a hantée plusieurs jours.",
        "Tout n'est pas réussi : deux textes ressemblent à des brouillons des romans qui ont suivi. Mais Mercier écrit "
        "le port mieux que personne, et même les textes faibles gardent une image forte.",
        "Si vous ne connaissez Mercier que par ses romans, commencez plutôt ici. Note : 4/5",
    )
    assert _book("fr", "Le Passeur de brume", *fr) == ("Le Passeur de brume", "Odile Mercier")
    it = (
        "Ho aperto tardi il nuovo romanzo di Paolo Venturi. Come tutti avevo letto <em>Il Porto vecchio</em> al liceo e "
        "<em>Le Saline</em> durante il lockdown, ma questo libro aspettava sul mio comodino da un anno.",
        "Sono dieci racconti, quasi tutti ambientati in un paese di pescatori che si svuota. Il più bello segue un "
        "traghettatore che conta i passeggeri che non tornano, e mi è rimasto addosso per giorni.",
        "Non tutti funzionano: due sembrano prove generali dei romanzi successivi. Ma Venturi scrive il mare come "
        "pochi, e anche i racconti più deboli hanno un'immagine che resta.",
        "Se conoscete Venturi solo per i romanzi, cominciate da qui. Voto: 4/5",
    )
    assert _book("it", "Lanterne sul molo", *it) == ("Lanterne sul molo", "Paolo Venturi")


def test_near_misses():
    # the post comes back to a listed title: it is the one reviewed (the old order stands)
    again = (
        _EN[0],
        "Rereading <em>The Cinder Road</em> now, The Cinder Road is angrier than I remembered, and the ferryman "
        "chapter stayed with me for days.",
        *_EN[2:],
    )
    assert _book("en", "Lanterns Over Keel Street", *again)[0] != "Lanterns Over Keel Street"
    # one title named once, no list: the old order stands (the opening's title before a headline the text never names)
    single = (
        "I came to Halloran Pike's novels late. This summer I finally read <em>The Cinder Road</em> on a long train "
        "ride north, and I have not stopped thinking about it.",
        *_EN[1:],
    )
    assert _book("en", "Lanterns Over Keel Street", *single) == ("The Cinder Road", "Halloran Pike")
