"""readerreview: a list of readers' reviews whose items an engine marks in turn ("review even thread-even" beside
"review odd alt thread-odd", WordPress's comment classes) is a list: the longest reader's review is kept alone, the
others go. Pages of our own (Spanish and Greek shop pages). Near miss: boxes that share no first class (a review
beside the shop's own notice box) are no list."""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.readerreview import _repeated

ES_LONG = ("Lo compré para el club de lectura y lo terminé en tres noches. La viuda del farero mantiene la luz encendida "
           "un invierno entero mientras los vecinos de la isla entran y salen de su cocina con chismes, sopa y malas "
           "noticias del continente. Casi no hay trama en el sentido habitual; es como pasar la tarde con una tía mayor que "
           "recuerda. El tiempo está tan bien descrito que me puse un jersey mientras leía. La parte central se alarga "
           "con demasiadas recetas, pero el final me acompañó durante días. Le doy un ocho sobre diez.")
EL_LONG = ("Το αγόρασα για τη λέσχη ανάγνωσης και το τελείωσα σε τρία βράδια. Η χήρα του φαροφύλακα κρατά το φως "
           "αναμμένο έναν ολόκληρο χειμώνα, ενώ οι γείτονες του νησιού μπαινοβγαίνουν στην κουζίνα της με κουτσομπολιά, "
           "σούπα και άσχημα νέα από τη στεριά. Δεν υπάρχει σχεδόν πλοκή με τη συνηθισμένη έννοια· είναι σαν να κάθεσαι "
           "με μια ηλικιωμένη θεία που θυμάται. Ο καιρός είναι γραμμένος τόσο καλά που φόρεσα πουλόβερ διαβάζοντας. Η μέση "
           "κουράζει με πολλές συνταγές, αλλά το τέλος με συνόδευσε για μέρες. Οκτώ στα δέκα.")


def shop(title: str, author: str, long: str, short: str) -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title} – Librería del Puerto</title></head><body>
<div class="site-header"><a href="/">Librería del Puerto</a> <a href="/carrito">Carrito</a></div>
<div class="product"><div class="summary"><h1 class="product_title">{title}</h1><div class="product-author">Autor: <a href="/autor/x">{author}</a></div>
<p class="price">18,90 €</p><button class="single_add_to_cart_button">Añadir al carrito</button></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews" id="tab-reviews"><div id="reviews" class="woocommerce-Reviews">
<h2 class="woocommerce-Reviews-title">2 valoraciones</h2><ol class="commentlist">
<li class="review byuser even thread-even depth-1"><div class="comment_container"><div class="comment-text">
<p class="meta"><strong>Lucía</strong> – <time>3 mayo 2026</time></p><div class="description"><p>{long}</p></div></div></div></li>
<li class="review odd alt thread-odd depth-1"><div class="comment_container"><div class="comment-text">
<p class="meta"><strong>Pablo</strong></p><div class="description"><p>{short}</p></div></div></div></li>
</ol></div></div></div></body></html>"""


def test_a_list_marked_in_turn_keeps_one_readers_review():
    record = extract_page(shop("El invierno del farero", "Edith Holloway", ES_LONG, "Llegó rápido y bien embalado, gracias."),
                          "https://libreria.example/producto/el-invierno-del-farero")
    assert "tres noches" in record.body_text and "bien embalado" not in record.body_text
    record = extract_page(shop("Ο χειμώνας του φαροφύλακα", "Έντιθ Χόλογουεϊ", EL_LONG, "Γρήγορη αποστολή, καλό δέσιμο."),
                          "https://libreria.example/producto/o-cheimonas")
    assert "τρία βράδια" in record.body_text and "Γρήγορη αποστολή" not in record.body_text


def test_boxes_sharing_no_first_class_are_no_list():
    root = lxml.html.fromstring("<div><div class='review even'>a</div><div class='notice review'>b</div></div>")
    assert not _repeated(root[0])
    root = lxml.html.fromstring("<div><div class='review even'>a</div><div class='review odd alt'>b</div></div>")
    assert _repeated(root[0])
