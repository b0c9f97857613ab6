"""Review detection by structure (the holdout12 round), each rule with its near misses:

- a member's post under a forum engine whose thread route is renamed in the forum's language keeps its topic page
  (XenForo's "/<prefix>/<slug>.<id>/": "/temas/…", "/themen/…"), so the opening post and its short replies are one
  post, not a listing (medium.forum_topic);
- a post body that stands inside the replies' block under a post ("entry-comments", "replies") is a reply, not a
  second post of a listing (find_body's chrome ancestors);
- a numbered item written as a bold paragraph names its book even with its number inside the bold and its title in
  italics ("**2. *Title* – Author.** …"), or with its author in brackets ("**Title (Author)** — …"): a list
  (listedbook.listed_book); scores beside several books named so are one member's list, not readers scoring one
  book (medium.judge);
- a reading club's title in the Nordic languages ("læseklub", "lesesirkel", "läsklubb") names a club (announce.club);
- a post says it is no review in Finnish, Turkish, Indonesian, Czech, Hungarian, Romanian and Greek too, not with the
  words for criticism (reviewed._DENIAL); under a title that asks a question, a post naming three titles or more in
  passing, none again, with no mark of one work, is a discussion of reading (reviewed.unfound_book).

Our own sentences and markup, in languages other than the pages the rules were found on.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page, find_body
from scraper.extract.announce import club
from scraper.extract.classify import body_signals, classify
from scraper.extract.listedbook import listed_book as _listed_book
from scraper.extract.medium import forum_topic, thread_of_voices
from scraper.extract.reviewed import denies_review
from tests.test_anaphora import _page
from tests.test_classify import evidence

# -- a forum's thread route in its own language ------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "https://foro.example.es/temas/la-sombra-del-viento-opinion.48213/",
    "https://forum.example.de/themen/der-schimmelreiter-gelesen.7731/page-2",
    "https://board.example.it/index.php?discussioni/il-gattopardo.9120/",
    "https://talk.example.org/threads/solaris.12/",
])
def test_a_renamed_thread_route_with_its_slug_and_number_is_a_topic(url):
    assert forum_topic(url)


@pytest.mark.parametrize("url", [
    "https://blog.example.com/notes/version-1.2/",  # a version number, not a thread's
    "https://blog.example.com/2026/05/winter-reads.html",
    "https://blog.example.com/p/1.500/",  # no words in the slug
    "https://shop.example.com/books/isbn-978.0/",
])
def test_a_dotted_number_in_a_blogs_address_is_no_topic(url):
    assert not forum_topic(url)


OPENING = ("Quería escribir mis impresiones antes de la reunión del jueves. La novela transcurre en una Barcelona de "
           "posguerra y la cuenta un muchacho que encuentra un libro maldito en un cementerio de libros olvidados. ") * 4


def _forum_page(*posts: str) -> str:
    messages = "".join(f'<article class="message"><div class="message-body"><div class="bbWrapper">{p}</div></div></article>'
                       for p in posts)
    return f"<html><head><title>La sombra del viento</title></head><body><main>{messages}</main></body></html>"


def test_an_opening_post_and_a_short_reply_under_a_renamed_route_are_one_post():
    page = _forum_page(OPENING, "¡Gracias! Yo también lo leí el verano pasado.")
    assert find_body(lxml.html.fromstring(page), forum_topic("https://foro.example.es/temas/la-sombra.48213/"))[1] == 1
    # the same page at an address that names no topic: two posts of a listing
    assert find_body(lxml.html.fromstring(page), forum_topic("https://foro.example.es/portada/"))[1] == 2


# -- a reply inside the replies' block under a post -------------------------------------------------------------------

ENTRY = ("Przeczytałam to w dwa wieczory, w pociągu do pracy i z powrotem. Narratorka prowadzi małą pralnię na "
         "przedmieściu i zapisuje w zeszycie, czyje koszule przynoszą tajemnice. ") * 3


def _entry_page(replies_class: str) -> str:
    reply = '<section class="entry"><div class="entry-content"><p>{}</p></div></section>'
    replies = "".join(reply.format(t) for t in ("Dzięki, dopisuję do listy!", "A ja się wynudziłem, sorry."))
    return (f'<html><body><section class="entry"><div class="entry-content"><p>{ENTRY}</p></div>'
            f'<div class="{replies_class}">{replies}</div></section></body></html>')


@pytest.mark.parametrize("replies_class", ["entry-comments", "comment-list", "replies"])
def test_bodies_in_the_replies_block_are_replies_not_posts(replies_class):
    body, posts = find_body(lxml.html.fromstring(_entry_page(replies_class)))
    assert posts == 1 and "pralnię" in body.text_content()


def test_bodies_side_by_side_outside_any_replies_block_are_still_a_listing():
    body, posts = find_body(lxml.html.fromstring(_entry_page("stream-more")))
    assert posts == 3


def test_a_commentary_section_is_no_replies_block():
    teaser = '<div class="entry-content"><p>{}</p></div>'
    page = "<html><body><div class='commentary'>" + "".join(teaser.format(ENTRY.replace("pralnię", w))
                                                             for w in ("kwiaciarnię", "piekarnię")) + "</div></body></html>"
    assert find_body(lxml.html.fromstring(page))[1] == 2


def test_a_comments_class_on_the_body_element_does_not_hide_a_listings_posts():
    teaser = '<div class="entry-content"><p>{}</p></div>'
    page = "<html><body class='comments-open'>" + "".join(teaser.format(ENTRY.replace("pralnię", w))
                                                           for w in ("kwiaciarnię", "piekarnię")) + "</body></html>"
    assert find_body(lxml.html.fromstring(page))[1] == 2


# -- numbered items as bold paragraphs --------------------------------------------------------------------------------


@pytest.mark.parametrize("line, title, author", [
    ("**2. *Het diner* – Herman Koch.** Las hem in één ruk uit in de trein. Cijfer: 8.", "Het diner", "Herman Koch"),
    ("**4) *Solaris* — Stanisław Lem** Rok później wciąż o niej myślę.", "Solaris", "Stanisław Lem"),
    ("**Det sjunde barnet (Erik Valeur)** — tung men viktig. 4/5", "Det sjunde barnet", "Erik Valeur"),
    ("- **Der Vorleser, Bernhard Schlink**. Kurz und schmerzhaft.", "Der Vorleser", "Bernhard Schlink"),
])
def test_a_bold_numbered_item_names_its_book(line, title, author):
    book = _listed_book(line)
    assert book and (book.title, book.author) == (title, author)


@pytest.mark.parametrize("line", [
    "**2. Kapitel – wie alles anfing.** Die Heldin zieht nach Kiel.",  # a chapter's heading, no book
    "**Mein Fazit (kurz gesagt)** — lesenswert.",  # a bracket that names no author
    "**Wichtig:** die Bibliothek ist am Montag geschlossen.",
])
def test_a_bold_line_that_names_no_book_gives_none(line):
    book = _listed_book(line)
    assert not (book and book.author)


FIVE = ["Ce mois-ci j'ai surtout lu dans le métro, et voici ce qui en reste, avec une note sur dix pour chacun."] + [
    f"**{n}. *{t}* – {a}.** {s} Note : {g}/10." for n, (t, a, s, g) in enumerate([
        ("Le Horla", "Guy de Maupassant", "Relu avec plaisir, toujours aussi inquiétant.", 8),
        ("Vendredi ou la vie sauvage", "Michel Tournier", "Plus sage que dans mon souvenir.", 6),
        ("La Promesse de l'aube", "Romain Gary", "Drôle et déchirant à la fois.", 9),
        ("Bonjour tristesse", "Françoise Sagan", "Un peu daté, mais quelle lumière.", 7),
    ], start=1)]


def test_several_bold_numbered_items_with_scores_are_a_list():
    markdown = "\n\n".join(FIVE)
    signals = body_signals(FIVE, markdown)
    assert signals["books_named"] == 4
    kind, reason = classify(evidence(title="Ce que j'ai lu en novembre", book_source=None, book_has_author=False,
                                     **{k: signals[k] for k in ("books_named", "scored_lines", "verdict_lines")}))
    assert kind == "list", reason


def test_scores_beside_several_listed_books_in_a_thread_are_a_list_not_several_readers():
    topic = "https://forum.example.fr/threads/mes-lectures.3312/"
    kind, reason = classify(evidence(url=topic, title="Mes lectures de novembre", book_source=None, book_has_author=False,
                                     books_named=4, scored_lines=4))
    assert kind == "list", reason
    # one book scored again and again in a topic (books_named below three) is still readers' voices
    assert thread_of_voices(topic, "Le Horla", 4) is not None


# -- a reading club in the Nordic languages ---------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Læseklub i marts: Kongens Fald", "Lesesirkelen leser Sult", "Läsklubben träffas: Röda rummet",
                                   "Læsekredsen om Babettes gæstebud", "Leseklubb for voksne"])
def test_nordic_reading_clubs_are_clubs(title):
    assert club(title)
    k, reason = classify(evidence(title=title, book_source="body", book_has_author=True, book_mentions=5))
    assert k == "event" and "club" in reason


@pytest.mark.parametrize("title", ["Læsehesten anbefaler: Kongens Fald", "Klubben og jeg", "Lesestoff for regnværsdager"])
def test_near_misses_of_the_nordic_club_words(title):
    assert not club(title)


# -- the post's own word that it is no review, in more languages -----------------------------------------------------


@pytest.mark.parametrize("line", [
    "Sanon heti alkuun: tämä ei ole arvio, vaan muistelma kesästä.",  # fi
    "Tämä ei ole mikään kirja-arvio.",
    "Şunu baştan söyleyeyim, bu bir inceleme değil.",  # tr
    "Tulisan ini bukan resensi, hanya catatan kecil.",  # id
    "Hned na začátku: tohle není recenze.",  # cs
    "Ez nem recenzió, csak néhány gondolat.",  # hu
    "Aceasta nu este o recenzie, ci o scrisoare.",  # ro
    "Αυτό δεν είναι βιβλιοκριτική, μόνο σημειώσεις.",  # el
])
def test_more_languages_say_a_post_is_no_review(line):
    assert denies_review([line])


@pytest.mark.parametrize("line", [
    "Arvio: 4/5, suosittelen.",  # a rating's label
    "Arvioni ei ole kovin pitkä, mutta kirja on hyvä.",  # "my review is not long"
    "Sorun bu incelemede değil, kitabın kendisinde.",  # "the problem is not in this review"
    "Bukan main, resensi ini panjang sekali.",  # "bukan main": "very"
    "Není to špatná recenze, spíš dlouhá.",
    "Ez nem kritika, hanem dicséret: a regény remek.",  # "not criticism but praise": a review's words
])
def test_near_misses_of_the_denials_stay_unsaid(line):
    assert not denies_review([line])


# -- a question put to the readers over titles named in passing ------------------------------------------------------

ASKING = ("es", "¿De verdad hay que leer los clásicos enteros?", [
    "Lo pregunto en serio, porque este otoño me he peleado con varios y no sé si el problema soy yo. Empecé el año con "
    "<em>Rayuela</em> en la mesilla y la dejé en el capítulo cuarenta, convencida de que algún día volvería a ella.",
    "Luego probé con <em>La Regenta</em>, que mi madre leyó dos veces de joven. Me gustó la primera parte y me perdí en las "
    "misas y las tertulias del casino, y ahí sigue, con un billete de autobús como marcapáginas.",
    "En cambio <em>Nada</em> me la leí en un fin de semana y me pareció corta. Así que no sé qué pensar: quizá cada libro "
    "tiene su momento y no pasa nada por dejarlo a medias, o quizá me falta paciencia.",
    "Contadme cómo lo hacéis vosotros: ¿abandonáis sin culpa o termináis todo lo que empezáis, aunque sea por orgullo? "
    "Yo cada vez abandono más, pero luego me queda una espinita clavada durante meses.",
    "Mi hermana dice que la culpa es del móvil, que ya no sabemos aguantar una página sin mirar la pantalla, y puede "
    "que tenga razón. Pero también recuerdo tardes enteras de niña leyendo sin parar, y entonces tampoco terminaba "
    "todo lo que empezaba. Quizá abandonar un libro no sea un fracaso sino una forma de elegir el siguiente.",
])


def test_a_question_over_titles_named_in_passing_is_a_discussion_not_a_review():
    lang, title, paragraphs = ASKING
    record = extract_page(_page(lang, title, paragraphs), "https://cuaderno.example.es/2026/11/clasicos/")
    assert record.kind == "other" and "asks a question" in record.reason, record.reason


@pytest.mark.parametrize("title, paragraphs", [
    # the same post under a title that asks nothing: length and shape still make it a review
    ("Los clásicos y yo", ASKING[2]),
    # a question, but the post comes back to one of its titles: a review that compares
    (ASKING[1], ASKING[2][:2] + [ASKING[2][2].replace("<em>Nada</em>", "<em>Rayuela</em>")] + ASKING[2][3:]),
])
def test_near_misses_of_the_question_rule_stay_reviews(title, paragraphs):
    record = extract_page(_page("es", title, paragraphs), "https://cuaderno.example.es/2026/11/clasicos/")
    assert record.kind == "review", record.reason
