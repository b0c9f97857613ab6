"""Review of the s32 press-kit rules (presskit.py, worddates.marked_month_names): the pages they must not take.

- a short review with a reading diary in a dated list, its entries capitalised ("3 March – Started"): the writer says
  they read it and recommends it, which no tour stop's notice does;
- a non-fiction review listing the book's contents by section number ("1.1 – The Gutta-Percha Trade"), a review's
  aspect scores ("4/5 – Characters"), a programme's times ("09.00 – Doors open"): figures that are no tour's dates;
- an advance copy's review in headed sections (Plot / Characters / Writing / Verdict) whose opening gives a month and
  year after the post's: a press kit has a blurb and a bio, not four sections of the writer's prose;
- a month's abbreviation cut from a longer name without its stop, one locale's, that is a word in another language
  (mr "जाने", January's, is hi "जाने", to go: "जाने-माने", well-known).
Own words and markup."""

from scraper.extract import extract_page
from scraper.extract.gatherings import club_month, dated
from scraper.extract.presskit import tour_stops

_URL = "https://shelfnotes.example.com/2026/11/{}/"


def _page(title: str, body: str, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body class='single single-post'><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-meta'><time class='entry-date published' "
            f"datetime='2026-11-20T09:00:00+00:00'>20 November 2026</time></div>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def _items(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


_DIARY_REVIEW = ("<p>I read The Lighthouse Keeper's Daughter in one evening and it has stayed with me all week. Quill writes "
                 "weather better than almost anyone, and the girl who keeps the lamp burning after her father drowns is one "
                 "of the most stubborn, likeable narrators I have met this year. The middle sags a little, but the final "
                 "chapter got me.</p><h3>My reading diary</h3>"
                 + _items("3 March – Started", "5 March – Halfway, hooked", "6 March – Finished in bed",
                          "7 March – Still thinking about it")
                 + "<p>Lovely and sad. I would recommend it to anyone who likes slow, windswept books.</p>")


def test_short_review_with_a_capitalised_reading_diary_stays_a_review():
    record = extract_page(_page("The Lighthouse Keeper's Daughter by Mara Quill", _DIARY_REVIEW), _URL.format("lighthouse"))
    assert record.is_review and record.kind == "review"


def test_figures_that_are_no_tour_dates():
    def stops(*items):
        return tour_stops([f"- {item}" for item in items])
    assert not stops("1.1 – The Gutta-Percha Trade", "1.2 – Valentia Island", "1.3 – The Great Eastern")
    assert not stops("4/5 – Characters", "3/5 – Plot", "5/5 – Writing")
    assert not stops("09.00 – Doors open", "09.15 – Welcome", "10.00 – Keynote")
    # (still a tour: day and month, month and day with a slash, over the year's end, a word's month beside figures)
    assert stops("12/03: Alpha Reads", "13/03: Beta Books", "15/03: Gamma")
    assert stops("11/17 – Alpha Reads", "11/18 – Beta Books", "11/19 – Gamma")
    assert stops("30.12. – Alpha", "2.1. – Beta", "4.1. – Gamma")
    assert stops("3 March – Alpha", "5 March – Beta", "9/3 – Gamma")


def test_contents_list_of_a_short_nonfiction_review_is_no_tour():
    body = ("<p>Hollis's history of the Atlantic telegraph is a brisk, clever book that never lets the engineering swamp "
            "the people. The chapters on the 1858 failure are the best: a public that cheered the cable one week and "
            "mocked it the next. The last part is rushed, and the maps are poor.</p><p>It should appeal to anyone curious "
            "about how the modern world got wired together; it is short, lively and full of odd characters.</p>"
            "<h3>What's inside</h3>" + _items("1.1 – The Gutta-Percha Trade", "1.2 – Valentia Island",
                                              "1.3 – The Great Eastern", "2.1 – Heart's Content"))
    record = extract_page(_page("Wire Under the Sea by Ruth Hollis", body), _URL.format("wire"))
    assert record.kind != "announcement"


_ADVANCE = ("<p>The Glass Orchard will be published in March 2027 and I was lucky enough to get an early copy from the "
            "publisher, so here are my thoughts ahead of release.</p>"
            "<h3>Plot</h3><p>A botanist inherits a greenhouse full of trees that grow glass fruit, and a family secret "
            "buried under the roots of the oldest tree, which her grandmother planted the winter the war ended.</p>"
            "<h3>Characters</h3><p>Nell is prickly and brilliant and utterly believable; her brother is the weak link, a "
            "sketch rather than a person, and the love interest is barely there at all.</p>"
            "<h3>Writing</h3><p>The sentences are gorgeous, full of light and breakage, though the author leans on the same "
            "three images a little too often in the second half.</p>"
            "<h3>Verdict</h3><p>Beautiful, odd and a little too long, but the images will stay with me for a long time. "
            "Fans of Sarah Perry should pre-order it now.</p>")


def test_advance_review_in_headed_sections_stays_a_review():
    record = extract_page(_page("The Glass Orchard by Lena Hart", _ADVANCE), _URL.format("glass-orchard"))
    assert record.is_review and record.kind == "review"


def test_sections_counts_headed_prose_not_the_opening_nor_quotes_or_lists():
    from scraper.extract.presskit import sections
    kit = ["Today we reveal the cover of a debut out in March 2027 from a small press in the north.", "## About the book",
           "A botanist inherits a greenhouse full of trees that grow glass fruit and a secret.", "## Extract",
           "> The fruit rang when the wind came, a small cold bell in every branch of the orchard.", "## About the author",
           "Lena Hart lives by the sea and writes at night after her shifts at the hospital.", "## Pre-order",
           "- [Bookshop](https://shop.example/)"]
    assert sections(kit) == 2
    assert sections([line.replace("<p>", "").replace("</p>", "") for line in
                     ["Opening line that is long enough to count as prose here.", "### Plot", "A paragraph of eight words or more is prose.",
                      "### Characters", "Another paragraph of eight words or more is prose.", "### Verdict",
                      "A third paragraph of eight words or more is prose."]]) == 3


def test_a_months_abbreviation_that_is_a_word_is_no_month():
    assert not dated("जाने-माने लेखक प्रेमचंद का गोदान")
    assert not club_month("पुस्तक क्लब: जाने-माने लेखक का उपन्यास")
    assert dated("नवंबर की बैठक") and dated("दिस॰ की बैठक")  # (a full name; an abbreviation with its stop)


_COPY_NOTE = ("<p>A quick word from me: the blog has been quiet because of a house move, but I have kept reading and a few "
              "parcels found me at the new address.</p><p>Thank you to Harbour Press for the free review copy of The Salt "
              "Road, which I received in exchange for an honest review; it is next on my pile.</p><p>Normal posting "
              "resumes next week with three reviews and a wrap-up of my autumn reading.</p>")


def test_news_or_update_titled_post_keeps_its_disclosure():  # the title rule's news, not a tour's or a reveal's
    record = extract_page(_page("Blog update: moving house and new arrivals", _COPY_NOTE), _URL.format("update"))
    assert record.kind == "announcement" and record.disclosure


def test_tour_titled_post_drops_its_copy_note():  # still: a tour stop's, by its title
    record = extract_page(_page("Blog Tour: The Salt Road by Adaeze Okafor", _COPY_NOTE), _URL.format("tour"))
    assert record.kind == "announcement" and record.disclosure is None


def test_advance_review_in_two_sections_inhalt_and_meinung_stays_a_review():  # two headings, the second the writer's
    body = ("<p>„Der gläserne Garten“ von Lena Hart erscheint im März 2027 bei einem kleinen Verlag aus Hamburg.</p>"
            "<h3>Inhalt</h3><p>Eine Botanikerin erbt ein Gewächshaus voller Bäume, die gläserne Früchte tragen, und stößt "
            "unter den Wurzeln auf ein Familiengeheimnis, das ihre Großmutter jahrzehntelang gehütet hat.</p>"
            "<h3>Meine Meinung</h3><p>Nell ist kratzbürstig, klug und absolut glaubwürdig, und Hart findet für das Glas und "
            "das Licht Bilder, die lange nachhallen. Der Bruder bleibt leider blass, eher Skizze als Mensch, und in der "
            "zweiten Hälfte wiederholen sich einige Motive etwas zu oft. Auch das Tempo schwankt: Auf lange, stille Kapitel "
            "im Gewächshaus folgen plötzlich hastige Szenen in der Stadt, die sich anfühlen, als gehörten sie zu einem "
            "anderen Buch.</p><p>Trotzdem ist das ein ungewöhnlicher, schöner Roman über Erbe und Schuld, der mich bis zur "
            "letzten Seite nicht losgelassen hat. Besonders die Szenen zwischen Nell und ihrer Großmutter, erzählt in "
            "Briefen, gehören zum Besten, was ich dieses Jahr gelesen habe. Für Fans von Sarah Perry ein Muss.</p>")
    record = extract_page(_page("Der gläserne Garten – Lena Hart", body, lang="de"), _URL.format("glaeserne-garten"))
    assert record.is_review and record.kind == "review"


def test_tour_stop_on_its_own_day_stays_a_notice_though_it_speaks_of_reading():  # the diary fix must not take it
    body = ("<p><strong>Annonse:</strong> innlegget er en del av en bloggturné, og forlaget har sendt meg boka.</p>"
            "<p>I dag er det min tur i bloggturneen for Ragnhild Solbakkens nye roman, og jeg deler en smakebit og litt om "
            "forfatteren. Min egen omtale kommer i januar, når jeg har lest den ferdig.</p>"
            "<h2>Om boka</h2><p>Vardø, 1921. Etter storbrannen står en ung telegrafist igjen alene i byen og må bestemme "
            "seg for om hun skal reise sørover eller bli.</p><h2>Om forfatteren</h2><p>Ragnhild Solbakken er oppvokst i "
            "Båtsfjord og jobber som lærer i Tromsø.</p><h3>Ruten</h3>"
            + _items("18. november – Lesesofaen", "19. november – Boklykta", "20. november – Bokvenn",
                     "22. november – Sidetall og te"))
    record = extract_page(_page("Telegrafisten av Ragnhild Solbakken", body, lang="nb"), _URL.format("telegrafisten"))
    assert record.kind == "announcement"
