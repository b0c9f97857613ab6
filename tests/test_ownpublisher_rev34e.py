"""A post's JSON-LD publisher is the page's own name only where the page names it so elsewhere (rev34e): its site name
or masthead, its <title> beside the headline, its address (the host, Medium's first path part); never a host's own
name ("Blogger", "Medium", "Substack"), which a platform's markup declares on every blog it serves. And a closing line
names the blog only by its name as whole words ("Elle" is no part of "excellent"). Without this, a review's last line
that says "blogger", "medium" or a word holding the publisher's name was removed as the blog talking about itself."""

from __future__ import annotations

import json

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata
from scraper.extract.parse import parse_page

PROSE = {
    "en": ["I came to this novel late, after three friends had pressed it on me over a single winter.",
           "It follows a family of potters in a river town over forty years, and every chapter is told by a different "
           "child, so that the same quarrel comes back again and again from a new side.",
           "The middle sags a little, and one of the brothers never quite comes alive, but the last hundred pages "
           "pull every thread together with real tenderness and a good deal of humour.",
           "I finished it on a train and sat for a while before getting off."],
    "de": ["Ich habe diesen Roman spät gelesen, nachdem ihn mir drei Freundinnen in einem Winter empfohlen hatten.",
           "Er erzählt von einer Töpferfamilie in einer Stadt am Fluss über vierzig Jahre, und jedes Kapitel wird von "
           "einem anderen Kind erzählt, sodass derselbe Streit immer wieder von einer neuen Seite auftaucht.",
           "Die Mitte hängt etwas durch, und einer der Brüder bleibt blass, aber die letzten hundert Seiten führen "
           "alle Fäden mit großer Zärtlichkeit und viel Humor zusammen.",
           "Ich habe das Buch im Zug beendet und bin danach noch eine Weile sitzen geblieben."],
    "pt": ["Cheguei tarde a este romance, depois de três amigas o terem recomendado no mesmo inverno.",
           "Acompanha uma família de oleiros numa vila ribeirinha ao longo de quarenta anos, e cada capítulo é contado "
           "por um filho diferente, de modo que a mesma zanga regressa sempre de um lado novo.",
           "O meio arrasta-se um pouco e um dos irmãos nunca ganha vida, mas as últimas cem páginas juntam todos os "
           "fios com muita ternura e bastante humor.",
           "Terminei-o num comboio e fiquei um bocado sentada antes de sair."],
    "fr": ["Je suis arrivée tard à ce roman, après que trois amies me l'ont conseillé le même hiver.",
           "Il suit une famille de potiers dans une ville au bord du fleuve pendant quarante ans, et chaque chapitre est "
           "raconté par un enfant différent, si bien que la même dispute revient toujours sous un autre angle.",
           "Le milieu s'essouffle un peu et l'un des frères reste pâle, mais les cent dernières pages nouent tous les "
           "fils avec beaucoup de tendresse et pas mal d'humour.",
           "Je l'ai fini dans un train et je suis restée assise un moment avant de descendre."],
}

RATED = {"en": "Rating: 4/5", "de": "Bewertung: 4/5", "pt": "Nota: 4/5", "fr": "Note : 4/5"}


def _page(lang: str, headline: str, title: str, publisher: str, last: str, kind: str = "BlogPosting") -> str:
    ld = {"@context": "https://schema.org", "@type": kind, "headline": headline,
          "author": {"@type": "Person", "name": "Wren Adair"}, "datePublished": "2026-03-02",
          "publisher": {"@type": "Organization", "name": publisher}}
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE[lang] + [RATED[lang], last])
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<div class="post hentry"><h3 class="post-title entry-title">{headline}</h3>'
            f'<div class="post-body entry-content">{paragraphs}</div></div></body></html>')


def _kept(lang, headline, title, publisher, last, url, kind="BlogPosting") -> bool:
    record = extract_page(_page(lang, headline, title, publisher, last, kind), url)
    assert record.is_review, (headline, record.kind, record.reason)
    return last in record.body_text


def _publication(title: str, publisher: str, url: str, site: str = "") -> str | None:
    og = f'<meta property="og:site_name" content="{site}">' if site else ""
    ld = {"@type": "NewsArticle", "headline": "The potters", "publisher": {"@type": "Organization", "name": publisher}}
    html = (f'<html><head><title>{title}</title>{og}<script type="application/ld+json">{json.dumps(ld)}</script>'
            f'</head><body><article><h1>The potters</h1><p>x</p></article></body></html>')
    return read_metadata(parse_page(html), url).publication


def test_the_publisher_is_the_page_s_own_where_the_page_says_so_too():
    # (the <title> beside the headline, the host, Medium's first path part, og:site_name)
    assert _publication("The potters | Clay Reader", "Clay Reader", "https://news.example.com/a/1") == "Clay Reader"
    assert _publication("The potters", "Lesezeichen", "https://lesezeichen.example.de/a/1") == "Lesezeichen"
    assert _publication("The potters", "Les Carnets du Soir",
                        "https://medium.example.com/les-carnets-du-soir/the-potters-3f2a") == "Les Carnets du Soir"
    assert _publication("The potters", "Cuaderno Azul", "https://x.example.org/a", site="Cuaderno Azul") \
        == "Cuaderno Azul"
    # (a host's own name, and a name the page gives nowhere else, are not the blog's)
    assert _publication("The potters", "Blogger", "https://wrenreads.blogspot.com/2026/03/potters.html") is None
    assert _publication("The potters | Medium", "Medium", "https://medium.example.com/@wren/the-potters-3f2a") is None
    assert _publication("The potters", "Vogue", "https://wrenreads.example.net/potters/") is None


def test_a_closing_line_that_says_blogger_stays_on_a_blogger_post():
    url = "https://wrenreads.blogspot.com/2026/03/the-potters.html"
    for lang, last in (("en", "I found it on another blogger's winter list."),
                       ("de", "Den Tipp bekam ich von einer befreundeten Bloggerin."),
                       ("pt", "Obrigada a uma blogger amiga pela dica.")):
        assert _kept(lang, "The Potters of Ashford by Lena Hart", "The Potters of Ashford by Lena Hart", "Blogger",
                     last, url), (lang, last)


def test_a_closing_line_that_says_medium_stays_on_a_medium_post():
    url = "https://medium.example.com/@wren/the-potters-of-ashford-3f2a"
    assert _kept("en", "The Potters of Ashford by Lena Hart", "The Potters of Ashford | by Wren Adair | Medium",
                 "Medium", "Hart has found her medium at last.", url)


def test_a_publisher_named_nowhere_else_leaves_the_review_s_words_alone():
    url = "https://wrenreads.example.net/2026/03/the-potters/"
    for lang, last in (("en", "A novel very much in vogue this spring."),
                       ("fr", "Un roman très en vogue ce printemps.")):
        assert _kept(lang, "The Potters of Ashford by Lena Hart", "The Potters of Ashford by Lena Hart", "Vogue",
                     last, url, kind="NewsArticle"), (lang, last)


def test_the_page_s_own_name_is_matched_as_whole_words():
    url = "https://elle.example.com/books/the-potters-of-ashford/"
    title = "The Potters of Ashford by Lena Hart | Elle"
    # (a word that holds the name stays; a closing line naming the magazine itself goes)
    assert _kept("en", "The Potters of Ashford by Lena Hart", title, "Elle", "An excellent, generous novel.", url)
    assert not _kept("en", "The Potters of Ashford by Lena Hart", title, "Elle", "More book reviews every week on Elle.",
                     url)
