"""housekeeping.sponsor_read and contact_ask: a sponsor's read and the writer's own plug, set apart anywhere in a post.

Invented posts in our own words (English, German, Spanish, French). Near misses that stay: a sponsor label saying
there is none, a sponsor named in the review's own paragraph, a plain (not set apart) line asking readers to write.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

HOST = "lampenlicht.example"
DE = [
    "Der Roman erzählt von einer Schleusenwärterin am Main, die jeden Abend die Namen der Schiffe in ein Heft "
    "schreibt und eines Tages merkt, dass ein Schiff zweimal mit verschiedenen Namen durchgefahren ist.",
    "Die Autorin lässt sich Zeit, und gerade das macht den Reiz aus: Man liest mit, wie sich ein Verdacht langsam "
    "zu einer Gewissheit verdichtet, ohne dass je ein lautes Wort fällt.",
    "Schwächer ist das letzte Kapitel, das in einer Großstadt spielt und den Fluss aus den Augen verliert; trotzdem "
    "ein stilles, kluges Buch, das ich gern weiterempfehle.",
]
BOX = "style='background:#f3f0e6;border:1px solid #d8cfa8;padding:12px'"


def test_a_boxed_sponsor_read_goes_anywhere():
    ask = (f"<div {BOX}><p><strong>Gesponsert von:</strong> Buchbinderei Weiß fertigt Lesezeichen aus Lederresten, "
           "Leserinnen dieses Briefs bekommen zehn Prozent Rabatt.</p></div>")
    text, rules = cleaned(paras(DE[0]) + ask + paras(DE[1], DE[2]), HOST)
    assert "Buchbinderei" not in text and "sponsor" in rules
    assert all(p in text for p in DE)


def test_a_sponsor_label_saying_none_and_a_sponsor_in_the_review_stay():
    none = f"<div {BOX}><p><strong>Patrocinador:</strong> ninguno, compré el libro con mi dinero en una librería.</p></div>"
    named = ("<p><strong>Sponsor</strong> of the ferry company in the novel is a shady bank, and the subplot about its "
             "director is the weakest part of the book.</p>")
    text, _ = cleaned(paras(DE[0]) + none + named + paras(DE[1], DE[2]), HOST)
    assert "ninguno" in text and "shady bank" in text


def test_a_plug_set_apart_asking_to_be_written_to_goes():
    plug = ("<p class='notice'><em>Petite annonce : je traduis de l'allemand et je cherche des projets pour "
            "l'automne, écrivez-moi via la page contact.</em></p>")
    text, rules = cleaned(paras(DE[0], DE[1]) + plug + paras(DE[2]), HOST)
    assert "Petite annonce" not in text and "self-promotion" in rules
    assert all(p in text for p in DE)


def test_a_plain_line_asking_readers_to_write_stays():
    line = "<p>If you know where the author grew up, write to me: I have a theory about the lock-keeper's village.</p>"
    text, _ = cleaned(paras(DE[0], DE[1]) + line + paras(DE[2]), HOST)
    assert "I have a theory" in text


def test_a_box_of_its_own_with_a_button_link_and_its_pitch_goes():
    box = ("<div class='reservar'><p><a class='btn btn-primary' href='/catalogo/esclusa'>Reserva este libro</a></p>"
           "<p>¿Todavía sin carné? Con el carné básico te llevas diez libros al mes, y los menores no pagan nada.</p></div>")
    text, rules = cleaned(paras(DE[0], DE[1]) + box + paras(DE[2]), HOST)
    assert "carné" not in text and "Reserva este libro" not in text and "call to action" in rules
    assert all(p in text for p in DE)


def test_a_box_with_two_buttons_beside_its_title_and_pitch_goes():
    box = ("<div class='stoet'><div class='stoet__inner'><p class='stoet__titel'>Gedragen door lezers</p>"
           "<p class='stoet__tekst'>Deze recensies blijven gratis omdat lezers een klein bedrag geven. Doe je mee?</p>"
           "<a class='stoet__button' href='/steun'>Eenmalig geven</a> <a class='stoet__button' href='/steun?m=1'>Maandelijks</a>"
           "</div></div>")
    text, rules = cleaned(paras(DE[0], DE[1]) + box + paras(DE[2]), HOST)
    assert "Gedragen door lezers" not in text and "Maandelijks" not in text and "call to action" in rules
    assert all(p in text for p in DE)


def test_a_details_box_with_two_button_links_stays():
    box = ("<div class='ficha'><p>Editorial: Río Lento</p><p>Páginas: 312</p>"
           "<a class='button' href='/esclusa/fragmento'>Leer un fragmento</a> <a class='button' href='/esclusa/audio'>Escuchar</a></div>")
    text, _ = cleaned(paras(DE[0], DE[1]) + box + paras(DE[2]), HOST)
    assert "Editorial: Río Lento" in text and "Páginas: 312" in text


def test_a_details_box_with_a_button_link_stays():
    box = ("<div class='ficha'><p>Editorial: Río Lento</p><p>Páginas: 312</p>"
           "<p><a class='button' href='https://riolento.example/esclusa/fragmento'>Leer un fragmento</a></p></div>")
    text, _ = cleaned(paras(DE[0], DE[1]) + box + paras(DE[2]), HOST)
    assert "Editorial: Río Lento" in text and "Páginas: 312" in text


def test_the_comment_fields_prompts_closing_a_post_go():
    end = "<section><div>Escribe un comentario…</div><p>Inicia sesión para comentar o dar me gusta.</p></section>"
    text, rules = cleaned(paras(*DE) + end, HOST)
    assert "Escribe un comentario" not in text and "Inicia sesión" not in text and "interface" in rules
    assert all(p in text for p in DE)


def test_a_closing_line_about_the_comments_stays():
    end = "<p>See you in the comments…</p>"
    text, _ = cleaned(paras(*DE) + end, HOST)
    assert "See you in the comments" in text
