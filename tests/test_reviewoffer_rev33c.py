"""The site's offer of the reader's own review on the blog (``submissioncall._review_offer``, review rev33c), in our
own words and markup: asked only after the review's last paragraph, as a question or a bid; the polite possessive
(es "su", pt "sua", de "Ihre", also his, her, their) only in a question; Danish "publiceret".
Near misses: a review's sentence to a friend about their review in the middle of the text, a critic's review told of
in the third person ("Su reseña publicada en octubre …", "Ihre Rezension veröffentlicht sie am Freitag …").
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://lantern-shelf.example.net/2026/11/the-copper-lighthouse.html"
PARAS = {
    "en": ["The Copper Lighthouse is about a keeper's daughter who finds that the lamp can show ships from other "
           "centuries, and the first half is quiet and careful in the best way, all weather and routine and salt.",
           "The second half hurries, and the ending leans on a coincidence I did not quite swallow, but the last "
           "chapter on the rocks at low tide is as good as anything I have read about grief in a long while."],
    "es": ["El faro de cobre cuenta la historia de la hija de un farero que descubre que la lámpara muestra barcos de "
           "otros siglos, y la primera mitad es lenta y cuidadosa en el mejor sentido, todo clima, rutina y sal.",
           "La segunda mitad se apresura y el final depende de una casualidad que no me acabé de creer, pero el último "
           "capítulo en las rocas con la marea baja es de lo mejor que he leído sobre el duelo en mucho tiempo."],
    "de": ["Der kupferne Leuchtturm erzählt von der Tochter eines Wärters, die entdeckt, dass die Lampe Schiffe aus "
           "anderen Jahrhunderten zeigt, und die erste Hälfte ist still und genau im besten Sinn, Wetter, "
           "Alltag, Salz.",
           "Die zweite Hälfte eilt, und das Ende stützt sich auf einen Zufall, den ich nicht ganz geglaubt habe, aber "
           "das letzte Kapitel auf den Felsen bei Ebbe gehört zum Besten, was ich seit Langem über Trauer "
           "gelesen habe."],
    "pt": ["O farol de cobre conta a história da filha de um faroleiro que descobre que a lâmpada mostra navios de "
           "outros séculos, e a primeira metade é lenta e cuidadosa no melhor sentido, só tempo, rotina e sal.",
           "A segunda metade se apressa e o final depende de uma coincidência em que não acreditei, mas o último "
           "capítulo nas pedras com a maré baixa é das melhores coisas que li sobre o luto em muito tempo."],
    "da": ["Kobberfyret handler om en fyrpassers datter, der opdager, at lampen viser skibe fra andre århundreder, og "
           "den første halvdel er stille og omhyggelig på den bedste måde, bare vejr, rutine og salt i luften "
           "hele tiden.",
           "Anden halvdel har travlt, og slutningen hviler på et tilfælde, jeg ikke helt købte, men det sidste kapitel "
           "på klipperne ved lavvande er noget af det bedste, jeg længe har læst om sorg og om at give slip."],
}


def _post(before: str, after: str, lang: str) -> str:
    body = before + "".join(f"<p>{p}</p>" for p in PARAS[lang]) + after
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Copper Lighthouse</title></head><body>"
            "<div class='post hentry'><h3 class='post-title entry-title'>The Copper Lighthouse</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")


def test_the_offer_under_the_review_goes():
    for line, said, lang in (
        ("<p>Vil du have din anmeldelse publiceret på bloggen? Aflever den i skranken på børneafdelingen.</p>",
         "Aflever den", "da"),
        ("<p><em>Quer ver sua resenha publicada no blog? Deixe a sua no balcão da sala juvenil.</em></p>",
         "Deixe a sua", "pt"),
        ("<div class='callout'><p>¿Te gustaría ver tu reseña publicada? Escríbela en una ficha y déjala en el "
         "buzón.</p></div>", "buzón", "es"),
        ("<p>Möchtest du deine Rezension auf dem Blog sehen? Wirf sie in den Kasten an der Ausleihe.</p>",
         "Kasten an der Ausleihe", "de"),
    ):
        record = extract_page(_post("", line, lang), URL)
        assert PARAS[lang][1][-30:] in record.body_text
        assert said not in record.body_text, record.body_text[-200:]


def test_a_review_speaking_of_someones_review_stays():
    # to a friend, in the middle of the review (its paragraphs after it)
    mid = "<p>Sam, I owe you one. Your review on the blog last year is the reason I finally picked this up.</p>"
    record = extract_page(_post(mid, "", "en"), URL)
    assert "I owe you one" in record.body_text
    # a critic's review, in the third person, at the end
    for line, said, lang in (
        ("<p>La crítica del suplemento no fue tan amable. Su reseña publicada en octubre lo llamaba «un faro sin "
         "luz».</p>", "un faro sin", "es"),
        ("<p>Meine Kollegin sieht das anders. Ihre Rezension veröffentlicht sie am Freitag, ich verlinke sie dann "
         "hier.</p>", "ich verlinke sie", "de"),
        ("<p>A crítica do jornal discordou. Sua resenha publicada em outubro chamava o livro de lento e frio.</p>",
         "lento e frio", "pt"),
    ):
        record = extract_page(_post("", line, lang), URL)
        assert said in record.body_text, (lang, record.body_text[-200:])
