"""A shop's or a publisher's pointer to a sample of the book after the review (tailasks.sample_pointer): a short line
opening with a link labelled with the book's sample, among the post's last lines; a reviewer's sentence about an
excerpt (no link, or a link inside the sentence) stays."""

import pytest

from scraper.extract import extract_page

_REVIEW = {
    "de": ["Ich habe diesen Roman in zwei Nächten gelesen, und die Stimme der Erzählerin ist mir lange geblieben. "
           "Sie erzählt von einem Dorf am Fluss, in dem alle einander kennen und niemand etwas laut sagt.",
           "Das Ende kam mir zu schnell, aber als Ganzes ist es eines der besten Bücher, die ich dieses Jahr gelesen "
           "habe, und ich werde es sicher noch einmal lesen, vielleicht schon im nächsten Winter."],
    "en": ["I read this novel over two nights, and the narrator's voice stayed with me for weeks afterwards. She tells "
           "of a river town where everyone knows everyone and nobody says anything out loud.",
           "The ending felt hurried, but as a whole it is one of the best books I have read this year, and I will "
           "surely read it again, perhaps as soon as next winter comes round."],
    "fi": ["Luin tämän romaanin kahtena iltana, ja kertojan ääni jäi mieleeni pitkäksi aikaa. Hän kertoo joenvarren "
           "kylästä, jossa kaikki tuntevat toisensa eikä kukaan sano mitään ääneen.",
           "Loppu tuntui hätäiseltä, mutta kokonaisuutena tämä on yksi vuoden parhaista kirjoista, jotka olen lukenut, "
           "ja luen sen varmasti uudelleen ehkä jo ensi talvena."],
}


def _page(language: str, last: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _REVIEW[language])
    return (f'<html lang="{language}"><head><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">A review</h1><div class="entry-content">{paragraphs}<p>{last}</p></div>'
            f'</article></body></html>')


def _body(html: str) -> str:
    return extract_page(html, "https://books.example.org/2026/12/review/").body_text


@pytest.mark.parametrize("language, line, phrase", [
    ("de", '<a href="/leseprobe/roman">Zur Leseprobe</a> – die ersten dreißig Seiten, kostenlos.', "dreißig Seiten"),
    ("en", '<a href="https://publisher.example.com/books/river/excerpt">Read an excerpt</a>: the first chapter.',
     "first chapter"),
    ("fi", '<strong><a href="/kirjat/joki/lukunayte">Lue lukunäyte</a></strong> – kirjan ensimmäiset sivut.',
     "ensimmäiset sivut"),
])
def test_the_pointer_to_a_sample_goes(language, line, phrase):
    assert phrase not in _body(_page(language, line))


@pytest.mark.parametrize("language, line, phrase", [
    # the reviewer's sentence: the link inside it
    ("en", 'I first came across it in <a href="/excerpt">an excerpt</a> the magazine ran in spring.', "ran in spring"),
    # no link at all
    ("de", "Die Leseprobe im Frühjahr hat mich neugierig gemacht, und das Buch hat gehalten, was sie versprach.",
     "Frühjahr hat mich"),
])
def test_a_reviewers_sentence_about_an_excerpt_stays(language, line, phrase):
    assert phrase in _body(_page(language, line))
