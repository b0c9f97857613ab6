"""A caption the writer typed between two platform widgets (round s29), in our own words and markup: a newsletter
engine's post where the writer put a line of their own between the "upgrade" button and the "share" button ("Thanks
for reading …! Paid subscribers get …"). ``controls.mark_beside`` notes where the widgets stood before they go;
``tailasks`` takes the post's last line when it stood between two of them and speaks of subscribers, a subscription or
the newsletter. Near misses: the review's last paragraph right before one button (one side only), and a review's
short closing line between two buttons that says nothing of subscribing.
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://harbourletters.example.com/p/a-ledger-of-small-weathers"
PARAS = {
    "en": ["Mira Castell's The Glass Orchard follows a botanist who inherits a greenhouse that grows weather instead "
           "of fruit. Each chapter is a season trapped under glass, and the conceit never wears thin.",
           "The cousins who arrive in the middle slow things down, and one of them never earns his place. But the "
           "hailstorm chapter near the end is as good as anything I have read this year, strange and sad at once."],
    "de": ["Mira Castells Der gläserne Garten erzählt von einer Botanikerin, die ein Gewächshaus erbt, in dem statt "
           "Obst das Wetter wächst. Jedes Kapitel ist eine Jahreszeit unter Glas, und die Idee trägt bis zum Schluss.",
           "Die Vettern, die in der Mitte anreisen, bremsen das Buch, und einer von ihnen bleibt blass. Aber das "
           "Hagelkapitel gegen Ende gehört zum Besten, was ich in diesem Jahr gelesen habe."],
    "fr": ["Le Verger de verre de Mira Castell suit une botaniste qui hérite d'une serre où pousse le temps qu'il fait "
           "au lieu des fruits. Chaque chapitre est une saison sous verre, et l'idée tient jusqu'au bout.",
           "Les cousins qui arrivent au milieu ralentissent le livre, et l'un d'eux reste pâle. Mais le chapitre de la "
           "grêle, vers la fin, est ce que j'ai lu de plus beau cette année."],
}
UPGRADE = "<p class='button-wrapper'><a class='button primary' href='/subscribe?plan=paid'><span>Upgrade</span></a></p>"
SHARE = "<p class='button-wrapper'><a class='button primary' href='/p/x?action=share'><span>Share</span></a></p>"


def _post(tail: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>A ledger of small weathers - by Ines Moor</title>"
            f"<link rel='canonical' href='{URL}'></head><body><article class='post newsletter-post'>"
            "<h1 class='post-title'>A ledger of small weathers</h1><div class='available-content'>"
            f"<div class='body markup'>{body}{tail}</div></div></article></body></html>")


def test_a_subscription_caption_between_two_buttons_goes():
    for caption, said, lang in (
        ("<p><em>Thanks for reading Harbour Letters! Subscribers get a new essay on a forgotten novel each month.</em>"
         "</p>", "Thanks for reading", "en"),
        ("<p>Danke fürs Lesen! Abonnentinnen und Abonnenten bekommen jeden Monat einen langen Essay.</p>",
         "Danke fürs Lesen", "de"),
        ("<p><i>Merci de votre lecture ! Les abonnés payants reçoivent chaque mois une longue lettre.</i></p>",
         "Merci de votre lecture", "fr"),
        ("<p>Harbour Letters is free; the newsletter's monthly long read is for paying readers.</p>",
         "Harbour Letters is free", "en"),
    ):
        record = extract_page(_post(UPGRADE + caption + SHARE, lang), URL)
        assert PARAS[lang][1][-30:] in record.body_text
        assert said not in record.body_text, record.body_text[-200:]


def test_the_reviews_own_lines_beside_the_buttons_stay():
    # the review's last paragraph right before the button: one widget beside it, not two
    record = extract_page(_post(UPGRADE), URL)
    assert "strange and sad at once" in record.body_text
    # a short closing line of the review between two buttons: no word of subscribing
    record = extract_page(_post(UPGRADE + "<p>Four stars, and a book I will press on friends.</p>" + SHARE), URL)
    assert "press on friends" in record.body_text
    # a review's line that speaks of subscribers, not between two widgets
    line = "<p>The subscribers to the botanist's weather almanac are the book's funniest chorus.</p>"
    record = extract_page(_post(line + SHARE), URL)
    assert "funniest chorus" in record.body_text
