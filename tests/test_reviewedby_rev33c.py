"""A reviewer's credit over the review (``creditlines.reviewed_by``, review rev33c), in our own words and markup: the
name (each word capitalised, a particle aside), then nothing or, after its comma, a class or year with its figure.
Near misses: a review's short first sentence that opens with the participle and goes on after its comma with no
figure, or names more than one ("Reviewed by Kirkus, Booklist and now me"), in en, fr ("critiquée par", criticised
by, is no credit) and de ("besprochen von").
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://youthzone.example.org/2026/12/teen-review-the-copper-lighthouse.html"
PARAS = {
    "en": ["The Copper Lighthouse is about a girl whose lighthouse lamp shows ships from other centuries. Every "
           "chapter is a different night and I liked the storm one best because it was scary and sad.",
           "The ending was a bit rushed but I think that was on purpose. I would give it to anyone who likes "
           "strange books with a mystery in them."],
    "fr": ["Le Phare de cuivre raconte l'histoire d'une fille dont la lampe du phare montre des navires d'autres "
           "siècles. Chaque chapitre est une nuit différente et celui de la tempête est le meilleur.",
           "La fin est un peu rapide, mais je crois que c'est voulu. Je le conseille à tous ceux qui aiment les "
           "livres bizarres avec un mystère dedans."],
    "de": ["Der kupferne Leuchtturm handelt von einem Mädchen, dessen Leuchtturmlampe Schiffe aus anderen "
           "Jahrhunderten zeigt. Jedes Kapitel ist eine andere Nacht, und das Sturmkapitel ist das beste.",
           "Das Ende ist etwas schnell, aber ich glaube, das ist Absicht. Ich empfehle es allen, die seltsame Bücher "
           "mit einem Geheimnis mögen."],
    "es": ["El faro de cobre trata de una chica cuya lámpara muestra barcos de otros siglos. Cada capítulo es una "
           "noche distinta y el de la tormenta es el mejor porque da miedo y pena.",
           "El final es un poco rápido, pero creo que es a propósito. Se lo recomiendo a cualquiera que quiera un "
           "libro raro con un misterio dentro."],
}


def _post(head: str, lang: str) -> str:
    body = head + "".join(f"<p>{p}</p>" for p in PARAS[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Teen review: The Copper Lighthouse</title>"
            "</head><body><div class='post hentry'><h3 class='post-title entry-title'>Teen review: The Copper "
            f"Lighthouse</h3><div class='post-body entry-content'>{body}</div></div></body></html>")


def test_a_pupils_credit_goes():
    for line, said, lang in (
        ("<p><b>Reseñado por Lucía de la Torre, 2.º ESO</b></p>", "Lucía", "es"),
        ("<p>Chroniqué par Inès, 4e B</p>", "Inès", "fr"),
        ("<p><em>Reviewed by Tomasz</em></p>", "Tomasz", "en"),
    ):
        record = extract_page(_post(line, lang), URL)
        assert PARAS[lang][0][:25] in record.body_text
        assert said not in record.body_text, record.body_text[:200]


def test_a_reviews_opening_sentence_stays():
    for line, said, lang in (
        ("<p>Reviewed by Kirkus, Booklist and now me.</p>", "Booklist and now me", "en"),
        ("<p>Reviewed by Oprah, loved by millions.</p>", "loved by millions", "en"),
        ("<p>Critiquée par Le Monde, adorée par les libraires.</p>", "adorée par les libraires", "fr"),
        ("<p>Besprochen von Denis Scheck, geliebt von mir.</p>", "geliebt von mir", "de"),
    ):
        record = extract_page(_post(line, lang), URL)
        assert said in record.body_text, (said, record.body_text[:200])
