"""A buy link declared an affiliate one, narrowed to the programme's own wording (code review rev31c), in our own words.

adnotice.declared_link takes a short line at the post's edges linking another site only when it names the affiliate
programme in its own words (adnotice.PROGRAMME: "affiliate link/partner/programme/commission", "link de afiliado",
"link affiliato", "link afiliacyjny", "affiliatelänk", "партнёрская ссылка"), not the bare stem: "a former affiliate of
<a>the centre</a>", "affiliata alla <a>Università</a>", "afiliada de <a>la Asociación</a>", "affiliée chez
<a>Gallimard</a>", "its affiliated charities", "an affiliate marketing start-up" are the review's sentences.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.adnotice import PROGRAMME

PARAS = [
    "Teodora Vance's third novel is set in a glassworks on a lagoon, where three generations of one family blow the "
    "same blue vase and argue about whether to sell the furnace to a hotel chain.",
    "The heat and the noise of the workshop are on every page, and the grandmother, who speaks only in orders and "
    "proverbs, is the best character I have met this autumn.",
    "The middle sags under a subplot about a missing ledger, but the last chapter, set during a flood, is superb.",
]
URL = "https://lagoonpages.example/2026/10/blue-vase/"


def _page(last: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Blue Vase – Lagoon Pages</title></head>"
            "<body><article class='post'><h1>The Blue Vase</h1><div class='entry-content'>"
            f"{body}</div></article></body></html>")


def test_the_programme_named_in_its_words_still_goes():
    for last, lang in (
        ("Compra-o na <a href='https://livraria-norte.example.pt/l/1'>Livraria Norte</a> (link de afiliado).", "pt"),
        ("Lo trovate da <a href='https://libreria.example.it/vaso'>Libreria Riva</a> (link affiliato).", "it"),
        ("Kupisz ją w <a href='https://ksiegarnia.example.pl/k/7'>Księgarni Brzeg</a> (link afiliacyjny).", "pl"),
        ("Köp den hos <a href='https://bokhandel.example.se/b/3'>Bokhandeln Strand</a> (affiliatelänk).", "sv"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert last[:12] not in text, (last, text[-160:])
        assert all(p[:40] in text for p in PARAS)


def test_the_bare_stem_in_the_reviews_sentences_stays():
    for last, lang in (
        ("Vance, once an affiliate of <a href='https://glassguild.example/'>the Murano Glass Guild</a>, knows the "
         "furnaces first-hand.", "en"),
        ("The prize went to her on Friday, given by <a href='https://prize.example/'>the Lagoon Award</a> and its "
         "affiliated trusts.", "en"),
        ("The grandson's job at <a href='https://en.wikipedia.org/wiki/Affiliate_marketing'>an affiliate marketing</a> "
         "agency is the book's one weak joke.", "en"),
        ("L'autrice, affiliata alla <a href='https://accademia.example.it/'>Accademia del Vetro</a>, vive a Chioggia.",
         "it"),
        ("La autora, afiliada de <a href='https://gremio.example.es/'>el Gremio de Vidrieros</a>, vive en Vigo.", "es"),
        ("Elle fut affiliée chez <a href='https://maison.example.fr/'>une grande maison</a> avant ce roman.", "fr"),
    ):
        text = extract_page(_page(last, lang), URL).body_text
        assert last.split("<a")[0][:20] in text, (last, text[-160:])


def test_the_programme_words():
    for said in ("(affiliate link: I earn a small commission)", "an affiliate partner", "(lien affilié)",
                 "(Affiliate-Link)", "enlace de afiliado", "партнёрская ссылка", "tautan afiliasi", "（返佣链接）"):
        assert PROGRAMME.search(said), said
    for said in ("a former affiliate of", "its affiliated charities", "affiliate marketing", "affiliata alla",
                 "afiliada de", "affiliée chez"):
        assert not PROGRAMME.search(said), said
