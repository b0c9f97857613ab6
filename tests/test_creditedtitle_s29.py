"""The title a review's closing record names right after its author, "Name, Title, House, 2020, 168 pp.", over an
essay's headline the text never names (``bookcandidates._credited_title``): the record is the book's, the headline the
reviewer's own words ("Going home to the coast"). Near misses: a headline the text names (the record's author goes
with it, as before), a record whose second part is a person the text calls by surname (a translator), a record with
no title ("Name · House, 2019, 212 pages").

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - Página Lenta</title>
<link rel="canonical" href="{url}"></head><body><header><a href="/">Página Lenta</a></header>
<main><article class="item-page"><h1 itemprop="headline">{headline}</h1>
<div class="article-body">{body}<p>{record}</p><p>{rating}</p></div></article></main>
<footer><p>© 2026 Página Lenta</p></footer></body></html>"""


def _record(lang, headline, body, record, rating="Rating: 8/10", slug="post"):
    url = f"https://paginalenta.example.net/resenas/4412-{slug}"
    html = _PAGE.format(lang=lang, headline=headline, body="".join(f"<p>{p}</p>" for p in body), record=record,
                        rating=rating, url=url)
    found = extract_page(html, url)
    return found.book_title, found.book_author


_ES = ["Después de años sin hablarse, una llamada en mitad de la noche devuelve a la narradora a su ciudad: su hermana "
       "está en el hospital. Desde ahí la novela vuelve atrás, a un matrimonio que parecía perfecto y a un barrio de "
       "pescadores.",
       "Duarte retoma a las hermanas de su libro más conocido y las hace adultas. La escritura es seca, casi desnuda, "
       "pero cada frase pesa. Es un libro sobre volver, y sobre el hecho de que volver nunca es encontrar las cosas "
       "como eran.",
       "Algunos pasajes de la parte central me parecieron apresurados. Pero la hermana, ruidosa y generosa, es un "
       "personaje que se queda contigo."]
_PL = ["Po latach milczenia nocny telefon sprowadza narratorkę z powrotem do miasta: jej siostra trafiła do szpitala. "
       "Stamtąd powieść cofa się do małżeństwa, które wydawało się idealne, i do rybackiej dzielnicy.",
       "Wrona wraca do sióstr ze swojej najbardziej znanej książki i czyni je dorosłymi. Styl jest suchy, prawie "
       "nagi, ale każde zdanie waży. To książka o powrotach i o tym, że powrót nigdy nie znaczy odnalezienia rzeczy "
       "takimi, jakie były.",
       "Niektóre fragmenty środkowej części wydały mi się pospieszne. Ale siostra, głośna i hojna, zostaje w pamięci."]
_EN = ["After years of silence, a phone call in the night brings the narrator back to the coast: her sister is in "
       "hospital. From there the novel turns back, to a marriage that seemed perfect and a harbour quarter.",
       "Quayle takes up the sisters of her best-known book and makes them grown women. The prose is dry, almost bare, "
       "but every sentence carries weight. It is a book about going back, and about how going back never means "
       "finding things as they were.",
       "Some passages in the middle felt hurried to me. But the sister, loud and generous, stays with you."]


def test_the_records_title_over_an_essay_headline():
    assert _record("es", "Volver a la costa", _ES, "Marta Duarte, Barrio Norte, Anagrama, 2021, 240 págs.",
                   "Nota: 8/10") == ("Barrio Norte", "Marta Duarte")
    assert _record("pl", "Powrót nad morze", _PL, "Agata Wrona, Dzielnica Sieci, Znak, 2020, 312 s.",
                   "Ocena: 8/10") == ("Dzielnica Sieci", "Agata Wrona")
    assert _record("en", "Going home to the coast", _EN, "Ruth Quayle, Harbour Street, Faber, 2022, 288 pp.") \
        == ("Harbour Street", "Ruth Quayle")


def test_near_misses():
    # the text names the headline's title: the headline's book, the record's author
    named = _EN + ["Going Home is her fourth novel, and her best so far."]
    assert _record("en", "Going Home", named, "Ruth Quayle, Faber, 2022, 288 pp.") == ("Going Home", "Ruth Quayle")
    # a record with no title, its house after the name: the house is no title
    assert _record("en", "Going home to the coast", _EN, "Ruth Quayle, Faber, 2022, 288 pp.")[0] != "Faber"
    # a translator the text calls by surname after the author: no title read from the record
    translated = _EN + ["Hale's translation keeps the dryness of the original, and Hale never smooths it over."]
    assert _record("en", "Going home to the coast", translated,
                   "Ruth Quayle, Tom Hale, Faber, 2022, 288 pp.")[0] != "Tom Hale"
