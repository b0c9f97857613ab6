"""A library's, a school's or a shop's events under the review (round s29), in our own words and markup:

- ``eventagenda._tail_programme``: a box of its own after the review's last paragraph, a heading naming a programme
  ("Coming up at the branch", "Agenda", "Prochains rendez-vous") over a short list whose entries are not all date-led,
  one at least naming its weekday beside its day; the whole box goes.
- ``eventdays._scheduled``: a group's standing notice as the post's last line with no bid to come, its schedule
  instead: a gathering, a weekday, a clock time and the next meeting's date.

Near misses: the same heading over a list inside the review (paragraphs of the review after it), a list under such a
heading with no weekday beside a day, a review's closing line about a club in its story with a weekday and an hour
but no date of the month.
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://branchlibrary.example.org/blog/2026/12/the-glass-orchard/"
PARAS = {
    "en": ["Mira Castell's The Glass Orchard follows a botanist who inherits a greenhouse that grows weather instead "
           "of fruit. Each chapter is a season trapped under glass, and the conceit never wears thin.",
           "The cousins who arrive in the middle slow things down, and one of them never earns his place. But the "
           "hailstorm chapter near the end is as good as anything I have read this year, strange and sad at once."],
    "fr": ["Le Verger de verre de Mira Castell suit une botaniste qui hérite d'une serre où pousse le temps qu'il fait "
           "au lieu des fruits. Chaque chapitre est une saison sous verre, et l'idée tient jusqu'au bout.",
           "Les cousins qui arrivent au milieu ralentissent le livre, et l'un d'eux reste pâle. Mais le chapitre de la "
           "grêle, vers la fin, est ce que j'ai lu de plus beau cette année."],
    "de": ["Mira Castells Der gläserne Garten erzählt von einer Botanikerin, die ein Gewächshaus erbt, in dem statt "
           "Obst das Wetter wächst. Jedes Kapitel ist eine Jahreszeit unter Glas, und die Idee trägt bis zum Schluss.",
           "Die Vettern, die in der Mitte anreisen, bremsen das Buch, und einer von ihnen bleibt blass. Aber das "
           "Hagelkapitel gegen Ende gehört zum Besten, was ich in diesem Jahr gelesen habe."],
}


def _post(before: str, after: str, lang: str = "en") -> str:
    body = before + "".join(f"<p>{p}</p>" for p in PARAS[lang]) + after
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Glass Orchard – Branch Library Blog</title>"
            f"</head><body><article class='post'><h1 class='entry-title'>The Glass Orchard</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def test_a_programme_box_under_the_review_goes():
    for box, said, lang in (
        ("<div class='wp-block-group'><h3>Coming up at the branch</h3><ul><li>Craft afternoon: Saturday 12 December, "
         "2 to 4</li><li>Reading challenge stickers at the front desk</li></ul></div>", "Craft afternoon", "en"),
        ("<section class='box'><h4>Prochains rendez-vous</h4><ul><li>Heure du conte : mercredi 9 décembre</li>"
         "<li>Tricot-lecture, inscriptions à l'accueil</li></ul></section>", "Heure du conte", "fr"),
        ("<aside><h3>Veranstaltungen</h3><ol><li>Vorlesestunde am Freitag 11. Dezember</li>"
         "<li>Bücherflohmarkt im Foyer, Spenden willkommen</li></ol></aside>", "Vorlesestunde", "de"),
    ):
        record = extract_page(_post("", box, lang), URL)
        assert PARAS[lang][1][-25:] in record.body_text
        assert said not in record.body_text, record.body_text[-250:]


def test_the_reviews_own_lists_stay():
    # the same heading over a list inside the review: the review's paragraphs come after it
    inner = ("<h3>Coming up in the sequel</h3><ul><li>The greenhouse on Tuesday 3 March, flooded</li>"
             "<li>The cousins, gone for good</li></ul>")
    record = extract_page(_post(inner, ""), URL)
    assert "flooded" in record.body_text
    # at the tail, a list under such a heading with no weekday beside a day
    tail = ("<div><h3>Coming up on the blog</h3><ul><li>A winter thriller from Oslo</li>"
            "<li>Two picture books about snow</li></ul></div>")
    record = extract_page(_post("", tail), URL)
    assert "winter thriller" in record.body_text


def test_a_meetings_schedule_line_goes_and_a_storys_club_stays():
    for line, said, lang in (
        ("<p><b>The Reading Circle meets every second Wednesday</b> at 6:30 in the study room. Next session: "
         "January 13.</p>", "Reading Circle", "en"),
        ("<p>Le club de lecture se réunit le mardi à 18h30 dans la salle du fond. Prochaine séance : 5 janvier.</p>",
         "club de lecture", "fr"),
        ("<p>Der Lesekreis trifft sich jeden Donnerstag um 19 Uhr im Lesesaal. Nächstes Treffen: 7. Januar.</p>",
         "Lesekreis", "de"),
    ):
        record = extract_page(_post("", line, lang), URL)
        assert PARAS[lang][1][-25:] in record.body_text
        assert said not in record.body_text, record.body_text[-250:]
    story = ("<p>In the book the greenhouse society meets every Thursday at 11 in the potting shed, and those "
             "scenes are the funniest.</p>")
    record = extract_page(_post("", story), URL)
    assert "potting shed" in record.body_text
