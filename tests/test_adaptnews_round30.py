"""Round 30 (DET4): news that a book will be made into a film or a series, said in Polish with a verb of being and
the screen's noun in the instrumental ("będzie serialem", "będzie filmem"), and in Czech and Slovak ("bude seriál",
"dočká se filmové adaptace", "zfilmují", "sfilmujú") (newslead._MADE_INTO). Near misses: a reader's title about a
book or about a film already seen, and the same verbs with no screen's noun.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.newslead import made_into


def test_adaptation_news_titles_pl_cs_sk():
    for title in (
            '"Szklany ogród" Jana Morawca będzie serialem. Premiera w przyszłym roku',  # pl: will be a series
            "Powieść o latarniku będzie filmem fabularnym",  # pl: will be a feature film
            "Kultovní román Petry Zelené bude seriál",  # cs: will be a series
            "Detektivka z Brna se dočká filmové adaptace",  # cs: will get a film adaptation
            "Knihu o horách zfilmují v Tatrách",  # cs: they will film the book
            "Slovenský bestseller sfilmujú na budúci rok",  # sk: they will film it next year
    ):
        assert made_into(title), title


def test_adaptation_near_misses_pl_cs_sk():
    for title in (
            '"Szklany ogród" Jana Morawca – recenzja',  # pl: a review
            "Czy to będzie moja ulubiona książka roku?",  # pl: will it be my favourite book (no screen)
            "Film lepszy niż książka? O ekranizacji sprzed lat",  # pl: a film already made
            "Recenze: Kultovní román, který bude číst každý",  # cs: a review, 'will read' (no screen)
            "Kniha versus film: moje srovnání",  # cs: a comparison
    ):
        assert not made_into(title), title


_NEWS = """<html lang="pl"><head><title>{title}</title></head><body class="single single-post"><article>
<h1>{title}</h1><div class="entry-content">
<p>Prawa do ekranizacji powieści kupiło niewielkie studio z Gdańska. Zdjęcia mają ruszyć latem nad morzem, a
scenariusz przygotowuje dwoje debiutantów, którzy wcześniej pisali dla teatru radiowego i seriali obyczajowych.</p>
<p>Producentka zapowiada sześć odcinków i obsadę złożoną z aktorów teatralnych. Autor książki ma czytać kolejne
wersje scenariusza i doradzać ekipie przy wyborze plenerów, bo sam zna wybrzeże od dziecka i pisał o nim od lat.</p>
<p>Premiera planowana jest na wiosnę, a pierwszy zwiastun ma się pojawić jeszcze przed wakacjami w internecie.
Szczegóły obsady poznamy podobno na festiwalu filmowym w Gdyni, gdzie studio pokaże też inne swoje projekty.</p>
</div></article></body></html>"""


def test_polish_adaptation_news_page_is_not_a_review():
    page = _NEWS.format(title='"Szklany ogród" Jana Morawca będzie serialem. Zdjęcia latem')
    record = extract_page(page.encode(), "https://kultura.example.pl/ksiazki/szklany-ogrod-serial/1234")
    assert not record.is_review, record.reason
