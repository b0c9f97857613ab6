"""The site's own lines the mends of round 32 had narrowed too far (review rev32g): "Support us:" with the site speaking
of itself in the label (``supportlabel``), the news "on the <Site>" with its article (``applines``), and the forwarded
mail's bare question "Forwarded by a friend?" (``forwardask``).

Every line here is invented for these tests (invented sites, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.applines import app_line
from scraper.extract.forwardask import forward_ask
from scraper.extract.supportlabel import support_opening


def _sites():
    return ["the lantern shelf"]


def test_support_us_label():
    assert support_opening("Support us: The Lantern Shelf has stayed ad-free for years, thanks to you.", None, _sites)
    assert support_opening("Unterstützen Sie uns: Das Laternenregal bleibt werbefrei, dank Spenden.", None, _sites)
    assert support_opening("Soutenez-nous : dix ans sans publicité grâce à vous.", None, _sites)
    assert support_opening("Sostienici: dieci anni senza pubblicità, grazie ai lettori.", None, _sites)
    assert support_opening("Steun ons: al tien jaar zonder advertenties.", None, _sites)


def test_support_of_others_stays():
    assert not support_opening("Support independent presses: this one is sold at fair prices.", None, _sites)
    assert not support_opening("Support the little magazines: they live on donations.", None, _sites)


def test_news_on_the_site():
    assert app_line("Catch all the latest book news on the Lantern Shelf. Download the Lantern Shelf app today.")
    assert app_line("Toute l'actualité des livres sur La Lanterne. Téléchargez l'appli aujourd'hui.")
    assert not app_line("All the news in the village travels on the ferry. Download speeds there are slow.")


def _fwd(text: str) -> bool:
    return forward_ask(fragment_fromstring(f"<p>{text}</p>"))


def test_bare_forwarded_question():
    assert _fwd("Forwarded by a friend? Join us here.")
    assert _fwd("Weitergeleitet bekommen? Hier abonnieren.")
    assert _fwd("¿Reenviado por un amigo? Suscríbete aquí.")
    assert _fwd("Doorgestuurd door een collega? Abonneer hier.")
    assert not _fwd("Who forwarded the letter to the widow? Nobody will subscribe to that theory.")
