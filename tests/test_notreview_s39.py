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


# a publisher's advance printing of a book's opening, labelled so in its headline (``excerptpost``)
_OPENING = (
    "<p><em>In March the house publishes {who}'s first novel, about a ferry pilot on the northern islands. Here is "
    "how it begins.</em></p><h2>{chapter}</h2>"
    "<p>The first thing Ilse noticed when she stepped off the ferry was the silence. No engines, no voices, only the "
    "wind combing the reeds as if it had lost something there years ago and still meant to find it.</p>"
    "<p>She walked up the path to the cottage with the blue shutters. The key was under the third stone to the left "
    "of the door, where the warden had said it would be, and inside it smelled of pine and old newspapers.</p>"
    "<p>On the table lay a pair of binoculars and a logbook open at a page from November, the last entry written in "
    "pencil and never finished, as if the pilot before her had gone out to look at the weather and not come back.</p>"
    "<p><em>{title}, {who}, 296 pages, 22 euros. Out on 14 March 2027.</em></p>")


@pytest.mark.parametrize("headline, chapter, lang", [
    ("Vorabdruck: Die Lotsin", "Kapitel 1", "de"),
    ("Bonnes feuilles : La pilote", "Chapitre 1", "fr"),
    ("Voorpublicatie: De loodsvrouw", "Hoofdstuk 1", "nl"),
])
def test_advance_printing_is_no_review(headline, chapter, lang):
    title = headline.split(":")[-1].strip()
    record = _page(headline, _OPENING.format(who="Marit Vollan", chapter=chapter, title=title), lang,
                   url="https://uitgeverij-wadden.example.nl/2026/12/vorabdruck-lotsin/")
    assert not record.is_review, record.reason


def test_review_quoting_its_opening_stays():
    inner = (_OPENING.format(who="Marit Vollan", chapter="How it opens", title="The Pilot")
             + "<p>That opening is the best thing in the book, and the rest never quite matches it. The pilot's "
               "marriage is drawn with care, but the smuggling plot is thin and the ending hurried. I liked it more "
               "than I admired it, and I will read whatever Vollan writes next. 3/5.</p>")
    record = _page("The Pilot by Marit Vollan", inner, url="https://saltmarsh.example.org/2026/12/the-pilot/")
    assert record.is_review, record.reason


# a links post: items under headings, a greeting, no book, a headline word read as a score (``digestitems``)
_DIGEST_IT = (
    "<p>Buongiorno. Sette segnalazioni questa settimana, nessuna recensione.</p>"
    "<h2>Da leggere</h2><ul>"
    "<li><a href='https://a.example.org/x'>Perché i traduttori litigano sulle virgole</a>, un lungo saggio.</li>"
    "<li><a href='https://b.example.org/y'>Una visita all'ultima legatoria di Trastevere</a>, con fotografie.</li>"
    "<li><a href='https://c.example.org/z'>La guerra delle cinque stelle</a>: un'autrice chiede ai lettori di non "
    "dare quattro stelle, e i commenti sono un incendio.</li></ul>"
    "<h2>Da ascoltare</h2><ul>"
    "<li>Una puntata in cui due editori discutono per un'ora della copertina perfetta.</li>"
    "<li>Un'intervista radiofonica a una bibliotecaria di montagna, bellissima.</li></ul>"
    "<h2>Dai lettori</h2><ul><li>«Letto in una notte» – Carla, su un giallo che non conosco.</li>"
    "<li>«Troppo lungo, ma il finale vale» – Piero.</li></ul>")
_DIGEST_EN = (
    "<p>Morning, all. Seven links this week and no review.</p>"
    "<h2>Reading</h2><ul>"
    "<li><a href='https://a.example.org/x'>Why translators fight over commas</a>, a long essay with footnotes.</li>"
    "<li><a href='https://b.example.org/y'>A visit to a bindery in an old boathouse</a>, with photographs.</li>"
    "<li><a href='https://c.example.org/z'>The five-star rating war</a>: an author asks readers to stop giving four "
    "stars, and the replies are a bonfire.</li></ul>"
    "<h2>Listening</h2><ul>"
    "<li>An episode where two editors argue for an hour about the perfect cover.</li>"
    "<li>A radio interview with a mountain librarian, lovely.</li></ul>"
    "<h2>From readers</h2><ul><li>\"Read it in one night\" – Carla, about a thriller I have not tried.</li>"
    "<li>\"Too long, but the ending pays\" – Piet.</li></ul>")


@pytest.mark.parametrize("title, inner, lang", [
    ("Segnalibri #88: virgole, legatorie e una lite a cinque stelle", _DIGEST_IT, "it"),
    ("Links #88: commas, bindings and a five-star fight", _DIGEST_EN, "en"),
])
def test_links_digest_is_no_review(title, inner, lang):
    record = _page(title, inner, lang, url="https://segnalibri.example.it/segnalibri-88/")
    assert not record.is_review, record.reason


_PROS_CONS = (
    "<p>A quick one today, because I finished it at two in the morning and want my thoughts down before work.</p>"
    "<h2>What I loved</h2><ul><li>The pilot, stubborn and funny, the best heroine I met this year.</li>"
    "<li>The weather: every storm felt real, and the fog chapter frightened me.</li>"
    "<li>The brother-in-law who says nothing and means everything.</li></ul>"
    "<h2>What did not work</h2><ul><li>The smuggling subplot is thin and solved too easily.</li>"
    "<li>The epilogue, which explains what the book had already shown.</li></ul>"
    "<h2>Verdict</h2><ul><li>Rating: 4/5, and I will read whatever Vollan writes next.</li></ul>")


@pytest.mark.parametrize("title", ["A five-star storm: The Pilot by Marit Vollan", "My thoughts on a stormy novel"])
def test_bulleted_review_stays(title):
    record = _page(title, _PROS_CONS, url="https://saltmarsh.example.org/2026/12/pilot-thoughts/")
    assert record.is_review, record.reason


# a newsletter's section label over the book's own record line ("T, by A (House, year), pages."): the label is no title
# (``bookbiblio._joined`` joins a head over details only when the details line names no title and maker of its own)
_PICK = (
    "<h2>{label}</h2><p><strong>{title}</strong>, {by} Marit Vollan (Kustlicht, 2023), 296 {pages}.</p>"
    "<p>{p1}</p><p>{p2}</p><p>{p3}</p>")


@pytest.mark.parametrize("label, title, by, pages, lang, p1, p2, p3", [
    ("Our pick", "Clara Van Houten", "by", "pages", "en",
     "A ferry pilot spends one winter on the northern islands, carrying doctors, coffins and gossip between the "
     "rocks, while her marriage goes quiet and a stranger asks to be taken somewhere no boat should go.",
     "The novel is short and light on its surface, full of weather and small jokes, but it turns into a serious book "
     "about what a place remembers and what it would rather forget, and Vollan never lectures.",
     "I loved all of it except two dream passages that felt like decoration. Score: 9/10."),
    ("O livro da quinzena", "O Guardião de Faróis", "de", "páginas", "pt",
     "Uma piloto de ferry passa um inverno nas ilhas do norte, a levar médicos, caixões e mexericos entre os "
     "rochedos, enquanto o casamento se cala e um estranho pede para ir a um sítio onde nenhum barco devia ir.",
     "O romance é curto e leve à superfície, cheio de tempo e de pequenas piadas, mas torna-se um livro sério sobre "
     "o que um lugar lembra e o que prefere esquecer, e a autora nunca dá lições.",
     "Gostei de tudo menos de duas passagens de sonho que me pareceram enfeite. Nota: 9/10."),
])
def test_section_label_over_record_is_no_title(label, title, by, pages, lang, p1, p2, p3):
    record = _page("Letter no. 12: a pilot and a winter", _PICK.format(label=label, title=title, by=by, pages=pages,
                                                                       p1=p1, p2=p2, p3=p3), lang,
                   url="https://slowletter.example.org/p/letter-12")
    assert (record.book_title, record.book_author) == (title, "Marit Vollan")
