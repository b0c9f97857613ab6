"""scraper.extract.spliced.button_plea: an ask in a box of its own after the review, closed by its button.

Our own pages: a Czech club's plea with a script's button ("#"), a Spanish blog's plea whose button goes to a tipping
service. Near misses: a footnote with its back link, the review's own last paragraph linking to the author's page, a
box of its own that links to a page of the site.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

CS = ["Román sleduje tři generace jedné rodiny na Vysočině, od války až po devadesátá léta, a vypráví je očima nejmladší "
      "dcery, která se po letech vrací do prázdného domu.",
      "Nejvíc mě zaujalo, jak autorka pracuje s tichem: důležité věci se v rodině nikdy neřeknou nahlas, a přesto je čtenář "
      "cítí v každém rozhovoru u stolu."]
ES = ["La novela sigue a una maestra rural en los Pirineos durante un invierno larguísimo, cuando la nieve deja el pueblo "
      "aislado y la escuela se convierte en el único lugar donde la gente se reúne.",
      "Me gustó la paciencia con la que la autora construye a cada vecino, aunque el final se resuelve demasiado rápido."]


def _post(review: list[str], after: str) -> str:
    return f"<div class='text'>{paras(*review)}</div>{after}"


def test_a_plea_with_a_script_button_in_its_own_box_goes():
    plea = "<div class='box'><p>Podpořte nás: každý malý dar pomůže klubu koupit nové knihy. <a href='#'>Přispět</a></p></div>"
    text, rules = cleaned(_post(CS, plea), "klub.example")
    assert "Přispět" not in text and "malý dar" not in text and all(t in text for t in CS)


def test_a_plea_whose_button_goes_to_a_tipping_service_goes():
    plea = ("<div class='caja'><p>¿Te ha servido la reseña? Invítame a un café para seguir leyendo. "
            "<a href='https://ko-fi.com/lectora'>Invitar</a></p></div>")
    text, rules = cleaned(_post(ES, plea), "lectora.example")
    assert "Invítame" not in text and all(t in text for t in ES)


def test_near_misses_stay():
    footnote = ("<section class='notes'><ol><li id='fn1'><p>Vydal Host, 2019. Četla jsem druhé vydání, které je opravené."
                "<a href='#fnref1'>↩︎</a></p></li></ol></section>")
    text, _ = cleaned(_post(CS, footnote), "klub.example")
    assert "druhé vydání" in text
    own = paras(*ES) + "<p>Más sobre la autora en su página. <a href='#'>Leer</a></p>"
    text, _ = cleaned(own, "lectora.example")
    assert "Más sobre la autora" in text
    page = "<div class='box'><p>Otras reseñas de la autora en el archivo del blog. <a href='/autoras/maria'>Archivo</a></p></div>"
    text, _ = cleaned(_post(ES, page), "lectora.example")
    assert "Otras reseñas de la autora" in text
