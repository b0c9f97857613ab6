"""A site's standing call for its readers' own reviews, closing a post (round s29), in our own words and markup:
``submissioncall._review_offer``: the reader's review, in the second person, published or on the site, offered as a
question or a bid ("Want your review on the blog?", "¿Quieres ver tu reseña publicada?", "Envie de voir ta critique
publiée ?"), among the post's last lines. Near misses: a reviewer's sentence that speaks of another's review on the
blog ("I read your review on the blog last week"), in English and German.
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://youthzone.example.org/2026/12/teen-review-the-glass-orchard.html"
PARAS = {
    "en": ["The Glass Orchard is about a girl who inherits a greenhouse that grows weather instead of fruit. Every "
           "chapter is a season under glass and I liked the hailstorm one best because it was scary and sad.",
           "The cousins were annoying but I think they were meant to be. I would give it to anyone who likes "
           "strange books with a mystery in them."],
    "es": ["El huerto de cristal cuenta la historia de una chica que hereda un invernadero donde crece el tiempo en "
           "lugar de la fruta. Cada capítulo es una estación bajo el cristal y el del granizo es el mejor.",
           "Los primos son pesados, pero creo que es a propósito. Se lo recomendaría a cualquiera que quiera un "
           "libro raro con un misterio dentro."],
    "fr": ["Le Verger de verre raconte l'histoire d'une fille qui hérite d'une serre où pousse le temps au lieu des "
           "fruits. Chaque chapitre est une saison sous verre et celui de la grêle est le meilleur.",
           "Les cousins sont pénibles, mais je crois que c'est voulu. Je le conseille à tous ceux qui aiment les "
           "livres bizarres avec un mystère dedans."],
    "de": ["Der gläserne Garten handelt von einem Mädchen, das ein Gewächshaus erbt, in dem das Wetter wächst. Jedes "
           "Kapitel ist eine Jahreszeit unter Glas, und das Hagelkapitel ist das beste.",
           "Die Vettern nerven, aber ich glaube, das ist Absicht. Ich empfehle es allen, die seltsame Bücher mit "
           "einem Geheimnis mögen."],
}


def _post(tail: str, lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[lang]) + tail
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Teen review: The Glass Orchard</title></head>"
            "<body><div class='post hentry'><h3 class='post-title entry-title'>Teen review: The Glass Orchard</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")


def test_the_call_for_readers_reviews_goes():
    for line, said, lang in (
        ("<p><i>¿Quieres ver tu reseña publicada? Déjala en el mostrador de la biblioteca juvenil.</i></p>",
         "Quieres ver", "es"),
        ("<p>Envie de voir ta critique publiée ? Dépose-la à l'accueil ou remplis le formulaire en ligne.</p>",
         "Envie de voir", "fr"),
        ("<div class='note'><p>Get your review featured: drop a review card in the box by the graphic novels.</p>"
         "</div>", "review card", "en"),
    ):
        record = extract_page(_post(line, lang), URL)
        assert PARAS[lang][1][-20:] in record.body_text
        assert said not in record.body_text, record.body_text[-200:]


def test_a_reviewers_sentence_about_anothers_review_stays():
    for line, said, lang in (
        ("<p>I read your review on the blog last week, Sam, and you were right about the ending.</p>",
         "you were right", "en"),
        ("<p>Ich habe deine Rezension auf dem Blog gelesen, Mia, und du hattest recht mit dem Ende.</p>",
         "du hattest recht", "de"),
    ):
        record = extract_page(_post(line, lang), URL)
        assert said in record.body_text
