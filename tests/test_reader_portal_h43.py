"""holdout43 (det43b): a library portal's record page whose author heading brackets the life dates, French
catalogues' and BnF's authority form ("Family, Given (1968-....). Auteur"), is a book's record like MARC's "Family,
Given, 1968-, author.": its longest reader's review is the page's content, with the record's book; the portal's
notice of its club's next meeting, put under the reader's review, is not the reader's words. And a static engine's
self-anchored section headings ("<h2 id='x'><a href='#x'>") are one post's sections, not teasers of three posts;
Franklin.jl's page foot and a theme's giscus note are chrome. Tests fr, de, en, pt, sv; near misses: a real club
notice, a reader's paragraph with a date, headings that link other posts."""

import lxml.html

from scraper.extract import extract_page
from scraper.extract.bookcatalogname import _heading
from scraper.extract.readerreview import book_header

REVIEW_FR = ["Une cartographe revient dans le village de son enfance pour relever le tracé d'une rivière disparue, et "
             "chaque chapitre suit un bras de l'ancien lit. Le principe est joli et tient presque jusqu'au bout.",
             "J'ai aimé la précision des descriptions, moins les dialogues, souvent raides. La fin m'a paru expédiée, "
             "comme si l'autrice avait eu peur de s'attarder sur ce qu'elle avait si bien préparé.",
             "Un bon roman d'automne, à lire lentement, avec une carte à côté de soi."]
REVIEW_DE = ["Eine Kartografin kehrt in das Dorf ihrer Kindheit zurück, um den Lauf eines verschwundenen Flusses zu "
             "vermessen, und jedes Kapitel folgt einem Arm des alten Betts. Die Idee trägt fast bis zum Schluss.",
             "Mir gefielen die genauen Beschreibungen, weniger die steifen Dialoge. Das Ende kam mir zu schnell, als "
             "hätte die Autorin Angst gehabt, bei dem zu verweilen, was sie so gut vorbereitet hatte.",
             "Ein guter Herbstroman, langsam zu lesen, mit einer Landkarte daneben."]


def _portal(filed: str, review: list[str], tail: str, other: str) -> bytes:
    long = "".join(f"<p>{p}</p>" for p in review)
    return ("<html><head><title>La rivière effacée : roman - Médiathèques</title></head><body>"
            "<header><a href='/'>Médiathèques du Pays Vert</a></header><main><div class='record'>"
            "<div class='record-head'><h1 class='record-title'>La rivière effacée : roman</h1>"
            f"<p class='record-author'><a href='#'>{filed}</a></p>"
            "<dl><dt>Éditeur</dt><dd>Éditions du Lac, 2021</dd></dl><button>Réserver</button></div>"
            "<section class='user-reviews'><h2>Avis</h2>"
            "<div class='review-item'><div class='review-rating'><img src='/img/stars-4.png' alt='4 sur 5'></div>"
            f"<p class='review-author'>Avis de Luce P. – 02/11/2026</p>{long}<p class='review-extra'>{tail}</p></div>"
            f"<div class='review-item'><p class='review-author'>Avis de Paul R. – 12/10/2026</p><p>{other}</p></div>"
            "</section></div></main><footer><p>Mardi au samedi, 10 h – 18 h</p></footer></body></html>").encode()


def test_bracketed_dates_file_a_name():
    assert _heading("Vasseur, Odile (1968-....). Auteur") == "Odile Vasseur"
    assert _heading("Brandt, Jonas (1921-1990). Verfasser") == "Jonas Brandt"
    assert _heading("Lind, Karin (1954-....)") == "Karin Lind"  # (sv: dates alone, bracketed)
    head = "<html><body><div><div><h1>La rivière effacée</h1><span>{}</span></div></div><p>x</p></body></html>"
    assert book_header(lxml.html.fromstring(head.format("Vasseur, Odile (1968-....). Auteur")))
    assert book_header(lxml.html.fromstring(head.format("Brandt, Jonas (1921-1990). Verfasser")))
    # near misses: a sentence with a bracketed year, a name with a bracketed nickname
    assert _heading("Bon, voilà (2021-2022) mon bilan") is None
    assert not book_header(lxml.html.fromstring(head.format("Vasseur, Odile (dite Lili)")))


def test_portal_reader_review_kept_with_its_book_and_without_the_club_notice():
    for filed, review, tail in (
            ("Vasseur, Odile (1968-....). Auteur", REVIEW_FR,
             "Venez en parler au cercle des lecteurs : prochaine rencontre le 9 mars à 18 h 30, salle Vercors."),
            ("Brandt, Jonas (1921-1990). Verfasser", REVIEW_DE,
             "Unser Lesekreis trifft sich am 14. März um 19:00 Uhr im Lesesaal.")):
        record = extract_page(_portal(filed, review, tail, "Trop lent pour moi."), "https://portail.example.fr/doc/4411/riviere")
        assert record.is_review, record.reason
        assert record.book_author == filed.split("(")[0].split(", ")[1].strip() + " " + filed.split(",")[0]
        assert review[0][:40] in record.body_text and review[2][:30] in record.body_text
        assert tail[:25] not in record.body_text


def test_reader_paragraph_with_a_date_stays():
    # near miss: the reader's own closing paragraph, long, that mentions a day and an hour in passing
    closing = ("Je l'ai fini le 3 mars vers 23 h, d'une traite, et je l'ai aussitôt prêté à ma sœur, qui l'a lu en une "
               "semaine et m'en parle encore à chaque repas de famille, ce qui est plutôt bon signe pour un premier roman "
               "qui ne paie pas de mine et que personne ne m'avait conseillé.")
    record = extract_page(_portal("Vasseur, Odile (1968-....). Auteur", REVIEW_FR, closing, "Trop lent."),
                          "https://portail.example.fr/doc/4411/riviere")
    assert record.is_review and closing[:40] in record.body_text


def test_club_notice_on_a_library_blog_stays_an_announcement():
    # near miss: the library's own post announcing its club's meeting (no record heading, no reader's box)
    html = ("<html><head><title>Club de lecture de mars</title></head><body><article class='post'><h1>Club de lecture de "
            "mars</h1><p>Notre club de lecture se retrouve le jeudi 12 mars à 18 h 30 à la médiathèque centrale pour "
            "parler de « La rivière effacée » d'Odile Vasseur. Entrée libre, inscription conseillée auprès de l'accueil, "
            "café et biscuits offerts, venez nombreux avec vos impressions et vos questions.</p></article></body></html>")
    assert not extract_page(html.encode(), "https://bibliotheque.example.fr/blog/club-mars").is_review


REVIEW_PT = ["Um faroleiro aposentado e a neta passam um verão consertando um barco que nunca vai voltar ao mar, e o "
             "livro alterna esse verão com as cartas que ele escreveu à mulher durante quarenta anos de serviço.",
             "As cartas são o melhor do romance: secas no começo, depois cheias de humor e de medo. Senti falta de mais "
             "espaço para a neta, que às vezes parece só ouvir.",
             "O final é discreto e bonito, sem pressa nenhuma, e fiquei com vontade de reler as primeiras cartas."]
REVIEW_EN = ["A retired lighthouse keeper and his granddaughter spend a summer mending a boat that will never sail "
             "again, and the book alternates that summer with the letters he wrote to his wife over forty years.",
             "The letters are the best of it: dry at first, then full of humour and fear. I wanted more room for the "
             "granddaughter, who too often only listens.",
             "The ending is quiet and lovely, in no hurry at all, and it sent me back to the first letters."]


def _static(sections: list[str], review: list[str], href) -> bytes:
    parts = "".join(f"<h2 id='s{n}'><a href='{href(n)}' class='header-anchor'>{h}</a></h2><p>{p}</p>"
                    for n, (h, p) in enumerate(zip(sections, review)))
    return ("<html><head><title>O barco na areia</title></head><body><header><div class='blog-name'><a href='/'>Caderno</a>"
            "</div></header><div class='franklin-content'><h1 id='title'><a href='#title'>O barco na areia</a></h1>"
            f"<div class='review-body'>{parts}</div><div class='giscus-note'>Comments via giscus (a GitHub account needed).</div>"
            "<div class='page-foot'>CC BY-SA 4.0 Ana Lopes. Last modified: 2 December 2026. Website built with Franklin.jl</div>"
            "</div></body></html>").encode()


def test_self_anchored_section_headings_are_one_post():
    for sections, review in ((["Resumo", "O que fica", "Ressalvas"], REVIEW_PT), (["Plot", "What stays", "Doubts"], REVIEW_EN)):
        record = extract_page(_static(sections, review, lambda n: f"#s{n}"), "https://caderno.example.com/posts/barco/")
        assert record.kind != "listing", record.reason
        assert review[1][:40] in record.body_text
        assert "giscus" not in record.body_text and "Franklin.jl" not in record.body_text


def test_headings_linking_other_posts_stay_a_listing():
    # near miss: the same box whose three headings link other posts' pages: teasers of a listing
    record = extract_page(_static(["Resumo", "O que fica", "Ressalvas"], REVIEW_PT, lambda n: f"/posts/outro-{n}/"),
                          "https://caderno.example.com/posts/")
    assert record.kind == "listing"
