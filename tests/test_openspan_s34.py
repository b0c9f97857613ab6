"""A short post that opens on its writer's reading of its book with a span of time between the verb and the title
(the s34 round; own words and markup): ``openread._SPAN``, "Leí en tres noches *T*, de A", "Finished over two
evenings *T* by A", a preposition and one or two words, so that the post's first sentence is its reading of the book
(shortmarks.opened_on_reading) as it is without the span.

Near misses: a review read in a magazine ("read in the magazine a review of *T*": the gap is no span), a wish to read
it in two evenings, another's reading in two evenings."""

from scraper.extract import extract_page

_ES_REST = [
    "Ortega escribe sobre un pueblo de pescadores donde nadie se atreve a apagar el faro, y lo hace con frases cortas, "
    "secas, que a veces duelen. La abuela que cuenta la historia es el mejor personaje que he leído este año.",
    "No todo funciona: la parte de la ciudad se alarga y el final se resuelve demasiado rápido. Aun así, es de esos "
    "libros que uno presta con la condición de que se lo devuelvan pronto.",
]


def _page(first: str, rest=_ES_REST, lang="es", title="Un faro encendido") -> str:
    ps = "".join(f"<p>{p}</p>" for p in [first, *rest])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} — Cuaderno de orilla</title></head>"
            f"<body><header><h1><a href='/'>Cuaderno de orilla</a></h1></header><article class='h-entry'>"
            f"<h2 class='p-name'>{title}</h2><time class='dt-published'>2 de noviembre de 2026</time>"
            f"<div class='e-content'>{ps}</div></article><footer><p>Publicado con un motor pequeño</p></footer></body></html>")


def _run(html, url="https://orilla.example.org/un-faro-encendido"):
    return extract_page(html, url)


def test_spanish_reading_over_three_nights():
    record = _run(_page("Leí en tres noches <em>El faro de sal</em>, de Marisol Ortega Vidal, una novela breve sobre "
                        "una familia que vive de la pesca y de lo que el mar les devuelve."))
    assert record.is_review
    assert (record.book_title, record.book_author) == ("El faro de sal", "Marisol Ortega Vidal")


def test_english_finished_over_two_evenings():
    rest = ["Ortega writes about a fishing village where nobody dares to switch off the lighthouse, in short dry "
            "sentences that sometimes hurt. The grandmother who tells it is the best character I have met this year.",
            "Not everything works: the city section drags and the ending is settled too fast. Still, it is one of those "
            "books you lend on condition that it comes back soon, and I have already lent it twice to friends who "
            "had never read her before."]
    record = _run(_page("Finished over two evenings <em>The Salt Lighthouse</em> by Marisol Ortega, a short novel "
                        "about a family that lives from fishing and from what the sea gives back.", rest, "en",
                        "A lighthouse left on"))
    assert record.is_review


def test_a_review_read_in_a_magazine_is_no_reading_of_the_book():
    record = _run(_page("Leí en la revista una reseña de <em>El faro de sal</em>, de Marisol Ortega Vidal, y me "
                        "quedé pensando en una familia que vive de la pesca y de lo que el mar les devuelve."))
    assert not record.is_review


def test_a_wish_to_read_it_in_two_evenings():
    record = _run(_page("Quiero leer en dos tardes <em>El faro de sal</em>, de Marisol Ortega Vidal, una novela breve "
                        "sobre una familia que vive de la pesca y de lo que el mar les devuelve."))
    assert not record.is_review


def test_another_readers_reading_in_two_evenings():
    record = _run(_page("Mi hermana leyó en dos tardes <em>El faro de sal</em>, de Marisol Ortega Vidal, una novela "
                        "breve sobre una familia que vive de la pesca y de lo que el mar les devuelve."))
    assert not record.is_review
