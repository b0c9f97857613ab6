"""Pages that hold books but review none (formats39b s39): a journal's books-received list of bibliographic records
(``receivedlist``); a review that closes on further reading set as records, or mentions the books it received, stays."""

import pytest

from scraper.extract import extract_page

_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><header><a href='/'>"
         "Saltmarsh Review</a></header><article class='post'><h1 class='entry-title'>{title}</h1>"
         "<div class='entry-content'>")
_END = "</div></article></body></html>"


def _page(title, inner, lang="en", url="https://saltmarsh.example.org/2026/11/20/new-arrivals/"):
    return extract_page(_HEAD.format(lang=lang, title=title) + inner + _END, url)


_RECEIVED_EN = (
    "<p>These volumes came to the editors since the summer number. A mention here does not rule out a later review; a "
    "dagger marks a title already sent to a reader.</p>"
    "<h2>Maritime history</h2><ul>"
    "<li>Penhallow, Ewan. <em>Tide Mills of the Southern Estuaries</em>. Exeter: Brine Academic, 2026. 240 pp. £28.00. ISBN 978-1-00000-111-2. †</li>"
    "<li>Quill, Marta, ed. <em>Lighthouse Letters, 1790–1860</em>. Bristol: Keel Press, 2025. xiv + 410 pp.</li>"
    "<li>Carrick, Jon. <em>Salt Roads: Trade and Smuggling on the Western Coast</em>. Cardiff: Ebb, 2026. 330 pp. "
    "£25.00. The house calls it the year's essential maritime book.</li>"
    "</ul><h2>Fiction</h2><ul>"
    "<li>Oyelaran, Tunde. <em>The Salt Clerk</em>. Leeds: Jetty Books, 2026. 302 pp. £14.99.</li>"
    "<li>Vance-Hollis, Ada. <em>Shingle</em> (stories). Hull: Groyne Editions, 2026. 150 pp. £9.50. †</li>"
    "</ul>")
_RECEIVED_DE = (
    "<p>Seit dem Sommerheft bei der Redaktion eingegangen. Die Nennung hier schließt eine spätere Besprechung nicht aus; "
    "mit Stern versehene Titel liegen bereits bei einer Rezensentin.</p><ul>"
    "<li>Brandstätter, Ilse. <em>Die Salzwiesen der Unterelbe</em>. Hamburg: Deichverlag, 2026. 288 S., 32 €.</li>"
    "<li>Lohmeier, Kurt, Hg. <em>Fischerei und Recht im Mittelalter</em>. Kiel: Förde, 2025. 512 S., 48 €. ISBN 978-3-00000-222-3. *</li>"
    "<li>Harms, Gesine. <em>Warften und Wurten: Siedeln im Wattenmeer</em>. Bremen: Marsch, 2026. 344 S., 36 €.</li>"
    "<li>Ostendorf, Wiebke. <em>Krabbenkutter</em>. Roman. Husum: Priel, 2026. 220 S., 22 €. Laut Verlag „das Buch des Sommers“. *</li>"
    "</ul>")


@pytest.mark.parametrize("title, inner, lang", [
    ("Books received, autumn", _RECEIVED_EN, "en"),
    ("Eingegangene Bücher", _RECEIVED_DE, "de"),
])
def test_books_received_list_is_no_review(title, inner, lang):
    record = _page(title, inner, lang)
    assert not record.is_review, record.reason


_REVIEW = (
    "<p>Penhallow's history of the tide mills is the first full survey of a technology most of us have only seen as a "
    "ruin at the head of a creek. He counts some ninety mills between the two estuaries and follows them from the "
    "monastic leases of the twelfth century to the last working wheel, stopped in 1938.</p>"
    "<p>The chapters on the millers' contracts are the heart of the book: he reads leases, court rolls and a single "
    "surviving account book with real care, and I learned more from them than from any other study I have read this "
    "year. The engineering chapters are weaker and lean on older surveys without saying so.</p>"
    "<p>The maps are excellent and the price is fair for a volume of this size. Among the books I received this autumn "
    "it is the one I will keep on the desk, and I recommend it to anyone who walks the estuary paths.</p>"
    "<h3>Further reading</h3><ul>"
    "<li>Trethewey, Anne. <em>Mills of the West</em>. Truro: Cove, 1998. 200 pp.</li>"
    "<li>Garland, Hugh, ed. <em>Water Power in Britain</em>. London: Sluice, 2004. 350 pp.</li>"
    "<li>Moss, Peter. <em>Estuary Economies</em>. Plymouth: Wharf, 2011. 180 pp.</li>"
    "</ul>")


def test_review_with_further_reading_records_stays():
    record = _page("Review: Tide Mills of the Southern Estuaries by Ewan Penhallow", _REVIEW,
                   url="https://saltmarsh.example.org/2026/11/20/tide-mills-review/")
    assert record.is_review, record.reason


# a year's best list: numbered sections, one short blurb and one score each (``rankedbest``)
_BEST_SV = (
    "<p>Våra kritiker har läst hela året. Här är böckerna vi helst ger bort i jul, med betyget från recensionen.</p>"
    "<h2>1. En skärgårdsroman i tre generationer</h2><p>En släkt på en ö i Roslagen, berättad med stor värme och "
    "ett öga för vädret, stormarna och de långa vintrarna när isen lägger sig mellan holmarna. Betyg: 5 av 5.</p>"
    "<h2>2. En deckare från Norrbotten</h2><p>Mörk, snabb och oväntat rolig, med en polis som man vill träffa "
    "igen och en by där alla vet mer än de säger till främlingar.</p>"
    "<h2>3. En essäsamling om fåglar</h2><p>Naturskildring när den är som bäst, från en författare som räknat "
    "tranor vid samma sjö i tjugo år och skriver om dem utan ett enda onödigt ord.</p>")
_BEST_NL = (
    "<p>Onze recensenten lazen het hele jaar door. Dit zijn de boeken die we iedereen cadeau zouden doen.</p>"
    "<h2>1. Een familieroman uit Zeeland</h2><p>Vier generaties op een eiland in de delta, geschreven met veel "
    "warmte en een scherp oog voor het water, de dijken en de stilte na een storm. Oordeel: 5 van 5.</p>"
    "<h2>2. Een thriller uit de Achterhoek</h2><p>Donker, snel en onverwacht grappig, met een rechercheur die je "
    "graag terugziet en een dorp waar iedereen meer weet dan hij zegt.</p>"
    "<h2>3. Essays over trekvogels</h2><p>Natuurschrijven op zijn best, van een auteur die twintig jaar lang "
    "ganzen telde aan hetzelfde meer en daar zonder een overbodig woord over schrijft.</p>")


@pytest.mark.parametrize("title, inner, lang", [
    ("Årets bästa böcker 2026", _BEST_SV, "sv"),
    ("De beste boeken van 2026", _BEST_NL, "nl"),
])
def test_ranked_best_list_is_no_review(title, inner, lang):
    record = _page(title, inner, lang, url="https://kustposten.example.se/kultur/arets-basta-bocker/")
    assert not record.is_review, record.reason


_ASPECTS = (
    "<p>Ingrid Holm's third novel follows a ferry pilot through one winter in the archipelago, and it is the best "
    "thing she has written: patient, cold and full of small kindnesses between people who hardly speak.</p>"
    "<h2>1. The story</h2><p>The plot is slight, a missing boat and a marriage going quiet, but every chapter turns "
    "the screw a little, and I read the last hundred pages in one sitting on a grey Sunday.</p>"
    "<h2>2. The characters</h2><p>The pilot is one of the most convincing people I have met in fiction this year, "
    "and her brother-in-law, who says almost nothing, is the book's quiet heart.</p>"
    "<h2>3. The writing</h2><p>Holm's sentences are short and exact; the weather is a character of its own. A few "
    "passages are overwritten, and the epilogue was one too many for me.</p>"
    "<p>My verdict: 4/5, and the best Nordic novel I read this year.</p>")


def test_review_with_numbered_sections_and_best_in_title_stays():
    record = _page("The Winter Pilot by Ingrid Holm: her best yet", _ASPECTS,
                   url="https://saltmarsh.example.org/2026/11/the-winter-pilot-review/")
    assert record.is_review, record.reason

