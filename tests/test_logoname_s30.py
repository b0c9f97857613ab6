"""A site's name set as its masthead's logo, a bare link to the front page with no heading round it ("<header><a
href='/' class='brand'>Name</a>"), that the <title> repeats after or before the post's own title ("Post | Name"), is
the site (siteheading.logo_name, read only where no og:site_name names it): never the book's author, however much it
looks like a name whose last word the text says (a magazine named after its city). Near misses: a link home reading
"Home"; a <title>'s tail that links to a page other than the front page (the book's author, an author's tag page);
a review whose <title> names the book's author after its title."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata


def _page(lang: str, site: str, head: str, dek: str, byline: str, paras: list[str], host: str,
          header: str | None = None, title: str | None = None) -> tuple[str, str]:
    body = "".join(f"<p>{p}</p>" for p in paras)
    header = header if header is not None else f'<a href="/" class="brand">{site}</a>'
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title or head + " | " + site}</title></head>'
            f'<body><header class="top">{header}<nav><a href="/a">A</a> <a href="/b">B</a></nav></header>'
            f'<main><article class="story"><h1 class="headline">{head}</h1><p class="dek">{dek}</p>'
            f'<p class="by">{byline}</p>{body}</article></main><footer><p>© 2026</p></footer></body></html>'), \
        f"https://www.{host}.example/r/1"


PAGES = [
    ("it", "Rivista della Città di Lucca", "Il mare che non torna",
     "Una rilettura del primo romanzo di una scrittrice ligure", "Di Paola Ferri",
     ["La prima parte è raccontata da un ragazzo di dodici anni che guarda il porto senza capirlo. Ferrante Bassi non "
      "gli concede nulla: il padre tace, la madre parte, il mare resta, come a Lucca.",
      "Poi la voce cambia e il libro si apre al conflitto tra le famiglie del molo. Bassi non idealizza nessuno, e "
      "questo è il suo pregio maggiore.",
      "La parte centrale è più ruvida delle altre due, ma quando il ragazzo torna, alla fine, si capisce che la "
      "struttura è il romanzo stesso.",
      "Voto: 4/5", "Ferrante Bassi, Il molo, Edizioni del Faro, Genova, 2025, 240 pp."], "rivistadellacitta",
     ("Il molo", "Ferrante Bassi")),
    ("pt", "Jornal de Letras do Porto", "A menina que olha o rio",
     "Uma releitura do primeiro romance de uma escritora do Minho", "Por Rui Matos",
     ["A primeira parte é contada por uma menina de oito anos que olha o rio sem o entender. Inês Calado não lhe "
      "poupa nada, e a cidade inteira, como o Porto, cabe nesse olhar.",
      "Depois a voz muda e o livro abre-se ao conflito entre as famílias do cais. Calado não idealiza ninguém, e é "
      "esse o seu maior mérito.",
      "A parte do meio é mais áspera, mas quando a menina regressa no fim percebe-se que a estrutura é o próprio "
      "romance.",
      "Nota: 4/5", "Inês Calado, O cais, Edições Norte, Braga, 2024, 210 pp."], "jornaldeletras",
     ("O cais", "Inês Calado")),
    ("pl", "Przegląd Literacki Miasta Krakowa", "Dziewczyna, która patrzy na rzekę",
     "Powrót do pierwszej powieści pisarki z Podhala", "Tekst: Anna Wójcik",
     ["Pierwsza część opowiedziana jest przez ośmioletnią dziewczynkę, która patrzy na rzekę i nie rozumie miasta. "
      "Ewa Górna niczego jej nie oszczędza, jak dawniej Krakowa.",
      "Potem głos się zmienia i książka otwiera się na konflikt rodzin z przystani. Górna nikogo nie idealizuje i to "
      "jest jej największa zaleta.",
      "Środkowa część jest bardziej szorstka, ale gdy dziewczynka wraca na końcu, widać, że sama konstrukcja jest tą "
      "powieścią.",
      "Ocena: 4/5", "Ewa Górna, Przystań, Wydawnictwo Brzeg, Kraków, 2025, 288 s."], "przegladliteracki",
     ("Przystań", "Ewa Górna")),
]


@pytest.mark.parametrize("lang,site,head,dek,byline,paras,host,book", PAGES)
def test_logo_name_is_no_author(lang, site, head, dek, byline, paras, host, book):
    html, url = _page(lang, site, head, dek, byline, paras, host)
    got = extract_page(html, url)
    assert got.is_review
    assert got.book_author != site
    assert (got.book_title, got.book_author) == book


def _meta(html: str, url: str):
    return read_metadata(lxml_html.fromstring(html), url)


def test_logo_link_named_as_masthead():
    html, url = _page(*PAGES[0][:7])
    assert _meta(html, url).masthead == "Rivista della Città di Lucca"


def test_home_link_reading_home_is_no_masthead():
    html, url = _page(*PAGES[0][:7], header='<a href="/" class="brand">Home</a>')
    assert _meta(html, url).masthead is None


def test_title_tail_linked_elsewhere_is_no_masthead():
    # the <title> names the book's author after the post's title; the author's name links to a tag page, not home
    html, url = _page("it", "Libri", "Il molo", "Recensione", "Di Paola Ferri",
                      ["Ferrante Bassi scrive del porto. Bassi non idealizza nessuno.", "Voto: 4/5"], "libri",
                      header='<a href="/autori/ferrante-bassi">Ferrante Bassi</a>', title="Il molo | Ferrante Bassi")
    assert _meta(html, url).masthead is None


def test_review_titled_with_its_author_keeps_the_author():
    paras = ["Ho letto Il molo in due sere. Ferrante Bassi racconta un porto che si svuota, e lo fa senza retorica.",
             "Bassi non idealizza nessuno: i padroni sono crudeli, i pescatori stanchi, i ragazzi già vecchi.",
             "La parte centrale è più ruvida, ma il finale ripaga ogni pagina. Quando il ragazzo torna al molo, "
             "con la sua colpa addosso, si capisce che tutto il libro stava aspettando quella scena, e che il porto "
             "vuoto era la sua vera protagonista fin dall'inizio.",
             "Lo consiglio a chi ama i romanzi brevi e asciutti, di quelli che si leggono in fretta e si ricordano a "
             "lungo.", "Voto: 4/5"]
    html, url = _page("it", "Libri di Carta", "Il molo", "Recensione", "Di Paola Ferri", paras, "libridicarta",
                      title="Il molo – Ferrante Bassi | Libri di Carta")
    got = extract_page(html, url)
    assert (got.book_title, got.book_author) == ("Il molo", "Ferrante Bassi")


def test_title_left_as_name_and_quoted_title_is_not_taken_whole():
    # the logo's name off the <title> leaves "A, «T»": a one-word pen name and the quoted title, never one title
    paras = ["Тэффи, «Городок»: книга, которую в школе нам только называли и которую я наконец прочла этой осенью, "
             "когда каждый день ездила к бабушке в больницу.",
             "История простая: маленький городок живёт своей жизнью, и все в нём знают друг о друге всё. Тэффи не "
             "торопится, она сидит рядом с героями и записывает каждую мелочь, каждый разговор и каждую сделку.",
             "Сначала мне казалось, что это слишком медленно, но через несколько глав я поняла, что именно эта "
             "медлительность и есть сила книги. Мир Тэффи тесен, и выйти из него нельзя.",
             "Оценка: 4/5"]
    html, url = _page("ru", "Книжный угол Ани", "Книга, которую я читала в больничном коридоре", "Заметки", "Аня",
                      paras, "knizhnyugol", title="Тэффи, «Городок» | Книжный угол Ани")
    got = extract_page(html, url)
    assert (got.book_title, got.book_author) == ("Городок", "Тэффи")
