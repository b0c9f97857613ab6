"""rev26: announce.reveal reads a title's "here is the cover" (_SHOWN) as a reveal only where the cover is the
thing shown: the title ends there, a stop, a quote, the book's title or "of"/"for" follows; a lower-case word or "I"
after it makes it a review's remark about the cover ("Meet the cover girl", "Here is the cover that sold me").
Our own titles and pages."""

from scraper.extract import extract_page
from scraper.extract.announce import reveal

_PARAS = ("Glass Harbour by Nadia Ferris is a quiet novel about two sisters who inherit a failing boatyard on a grey "
          "northern coast, and about what they owe each other.",
          "I picked it up because of the cover, and I stayed because Ferris writes the sea better than anyone I have "
          "read this year.",
          "The sisters argue, make up and argue again; the boatyard sinks a little further into debt with every chapter.",
          "Some of the middle drags, but the ending is earned and it stayed with me for days. I recommend it warmly.")


def _kind(title):
    body = "".join(f"<p>{p}</p>" for p in _PARAS * 2)
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><main><article>'
            f'<h1>{title}</h1>{body}</article></main></body></html>')
    return extract_page(html.encode(), "https://reads.example.org/2026/glass-harbour/").kind


def test_shown_covers_still_reveals():
    for title in ("Meet the cover!", "Here's the cover of Glass Harbour", "Voici la couverture de « Port »",
                  "Ecco la copertina di Porto", "Oto okładka „Cisza”", "Вот обложка «Дом»", "Tässä on kansi: Talo",
                  "Íme a borító", "Conheça a capa do novo livro", "Hier ist das Cover für Hafen"):
        assert reveal(title), title


def test_a_remark_about_the_cover_is_no_reveal():
    for title in ("Meet the cover girl: Glass Harbour", "Here is the cover that sold me: Glass Harbour",
                  "Here is the cover I fell for", "Voici la couverture qui m'a séduite", "Ecco la copertina che amo",
                  "Oto okładka która mnie kupiła"):
        assert not reveal(title), title


def test_reviews_titled_so_stay_reviews():
    assert _kind("Meet the cover girl: Glass Harbour by Nadia Ferris") == "review"
    assert _kind("Here is the cover that sold me: Glass Harbour") == "review"
