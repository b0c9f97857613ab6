"""A blog tour's stop and a forthcoming book's notice told from reviews by shape (the s32 round; own words and markup):
``presskit.judge``, a short unrated post holding a tour's schedule (three dated stops or more, each a day and a short
name) or opening on a book out after the post's year, with no reading of its writer's; and a page that reviews no
book discloses no free copy.

Near misses: a tour stop that carries a full review, a short review with dated lines of a reading diary, an advance
copy's review of a book still to come, a review of a book that came out years before the post."""

from scraper.extract import extract_page
from scraper.extract.presskit import forthcoming, own_run, tour_stops

_URL = "https://bokvenn.example.no/2026/11/20/{}/"


def _page(title: str, body: str, lang: str = "nb") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body class='single single-post'><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-meta'><time class='entry-date published' "
            f"datetime='2026-11-20T09:00:00+01:00'>20. november 2026</time></div>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


_SCHEDULE = ("<h3>Ruten</h3><ul><li>17. november – Lesesofaen</li><li>18. november – Boklykta</li>"
             "<li>20. november – Bokvenn</li><li>22. november – Sidetall og te</li></ul>")
_TOUR_OPEN = ("<p><strong>Annonse:</strong> dette innlegget er en del av en bloggturné, og forlaget har sendt meg boka.</p>"
              "<p>I dag er det min dag i bloggturneen for Ragnhild Solbakkens nye roman, og jeg deler en smakebit og litt om "
              "forfatteren. Min egen omtale kommer etter nyttår.</p>")
_TOUR_REST = ("<h2>Om boka</h2><p>Vardø, 1921. Etter storbrannen står en ung telegrafist igjen alene i byen og må "
              "bestemme seg for om hun skal reise sørover eller bli og bygge opp stasjonen på nytt.</p>"
              "<h2>Smakebit</h2><blockquote><p>Isen lå tykk på vinduene, og hun skrapte et lite hull for å se om båten "
              "hadde kommet inn i natt, slik den var lovet i brevet fra direktoratet.</p></blockquote>"
              "<h2>Om forfatteren</h2><p>Ragnhild Solbakken er oppvokst i Båtsfjord og jobber som lærer i Tromsø. "
              "Telegrafisten er hennes andre roman.</p>")
_TITLE = "Bloggturné: Telegrafisten av Ragnhild Solbakken"

_REVIEW = [
    "Jeg leste Telegrafisten på to kvelder, og den har blitt sittende i meg siden. Solbakken skriver kaldt og klart, "
    "med setninger som er korte uten å bli fattige, og hun stoler på at leseren henger med.",
    "Det beste er hvordan byen selv blir en person i boka: brannen, ruinene, de som blir og de som drar. Hver gang "
    "telegrafisten sitter ved apparatet, kjennes det som om hele kysten lytter sammen med henne.",
    "Midtpartiet går litt tregt, og et par av bipersonene får for lite plass, særlig broren som kommer hjem fra "
    "Amerika og forsvinner like fort igjen. Likevel holdt slutten meg våken langt ut på natta.",
    "Språket er det jeg kommer til å huske. Solbakken har et øre for hvordan folk i nord snakker uten å bli "
    "folkloristisk, og dialogene er tørre og morsomme midt i alt det triste.",
    "Telegrafisten er en roman om å velge et sted og bli der, og om hva det koster. Jeg anbefaler den til alle som "
    "liker stille historiske romaner med mye vær og lite pynt, og jeg gleder meg allerede til hennes neste bok.",
    "Jeg tenker fortsatt på scenen der hun sender den første meldingen etter brannen, bokstav for bokstav, til en by "
    "som kanskje ikke finnes lenger. Det er en av de fineste scenene jeg har lest i år, og den alene er verdt boka.",
]


def test_tour_stop_with_its_schedule_is_no_review_and_discloses_nothing():
    record = extract_page(_page(_TITLE, _TOUR_OPEN + _TOUR_REST + _SCHEDULE), _URL.format("telegrafisten"))
    assert not record.is_review
    assert record.kind == "announcement"
    assert record.disclosure is None


def test_tour_stop_with_a_full_review_stays_a_review():  # near miss: a tour stop that reviews the book
    body = ("<p>Jeg fikk et leseeksemplar av forlaget i forbindelse med bloggturneen.</p>"
            + "".join(f"<p>{p}</p>" for p in _REVIEW) + _SCHEDULE)
    record = extract_page(_page(_TITLE, body), _URL.format("telegrafisten-omtale"))
    assert record.is_review
    assert record.disclosure


def test_reading_diary_dates_are_no_schedule():  # near miss: a review's dated lines of its reading
    lines = ["- 3. mars – begynte på den, tregt", "- 5. mars – halvveis, nå tar det av", "- 6. mars – ferdig i senga"]
    assert not tour_stops(lines)
    assert tour_stops(["- 3. mars – Lesesofaen", "- 4. mars – [Boklykta](https://x.example/)", "- 6/3: Sidetall og te"])


def test_schedule_needs_a_month_not_a_chapter():  # near miss: numbered chapters with a word are no dates
    assert not tour_stops(["- 1 kapittel – Brannen", "- 2 kapittel – Stasjonen", "- 3 kapittel – Båten"])


_REVEAL_BODY = ("<p>I dag får vi endelig vise fram omslaget til Ingvild Haugs nye diktsamling, <b>Saltvannsbrev</b>, "
                "som kommer ut i mars 2027 på et lite forlag i Bergen.</p>"
                "<p>Omslaget er tegnet av en illustratør fra Florø og viser en flaske på vei inn mot en holme i "
                "tåke. Vi synes det er nydelig!</p>"
                "<h4>Om boka</h4><p>Førti korte dikt skrevet som brev til en bror som reiste til sjøs og aldri "
                "skrev tilbake, fra et hus ved havet der lyset skifter hver time.</p>"
                "<h4>Om forfatteren</h4><p>Ingvild Haug bor på en øy utenfor Bergen og har gitt ut tre "
                "diktsamlinger før denne.</p><p>Boka kan forhåndsbestilles hos din lokale bokhandel fra neste uke.</p>")


def test_forthcoming_book_notice_is_no_review():
    record = extract_page(_page("Saltvannsbrev av Ingvild Haug", _REVEAL_BODY), _URL.format("saltvannsbrev"))
    assert not record.is_review
    assert record.kind == "announcement"


def test_advance_copy_review_stays_a_review():  # near miss: the book is still to come, but the writer read it
    body = ("<p>Saltvannsbrev av Ingvild Haug kommer ut i mars 2027, men jeg har lest den allerede, og jeg leste "
            "den på én kveld.</p>") + "".join(f"<p>{p}</p>" for p in _REVIEW[1:4])
    record = extract_page(_page("Saltvannsbrev av Ingvild Haug", body), _URL.format("saltvannsbrev-omtale"))
    assert record.is_review


def test_month_and_year_before_the_post_is_no_forthcoming_book():  # near miss: a book that came out long ago
    lines = ["Telegrafisten kom ut i mars 2019, og jeg har tenkt på den siden jeg fikk den i julegave."]
    assert forthcoming(lines, "2026-11-20") is None
    assert forthcoming([lines[0].replace("2019", "2027")], "2026-11-20") == 2027
    assert forthcoming(["Et kort ord om boka før selve utgivelsen, som vi har ventet lenge på.", lines[0].replace("2019", "2027")],
                       "2026-11-20") is None  # (a later line's date: a record line, reviewed.py's)
    assert forthcoming(["Kapittel 2027 er ikke et år, bare et tall vi teller til i en veldig lang bok."], "2026-11-20") is None


_HI_URL = "https://pathakmandal.example.in/2026/11/meeting.html"
_HI_MEETING = ("<p>इस बार हम शहर के पुस्तकालय के छोटे कमरे में मिले। नौ लोग आए और चाय के साथ बातचीत देर तक चली। "
               "हमने फणीश्वरनाथ रेणु का उपन्यास पढ़ा था, जिसे ज़्यादातर लोगों ने पहली बार पढ़ा।</p>"
               "<p>मीना जी को गाँव के मेले वाला हिस्सा सबसे अच्छा लगा, जबकि प्रकाश भाई ने कहा कि बोली समझने में "
               "समय लगता है। दो लोगों ने किताब पूरी नहीं की थी, पर बहस में सबसे आगे वही रहे।</p>"
               "<p><b>अगली मुलाक़ात:</b> 7 दिसंबर, रविवार की शाम। किताब अभी तय नहीं हुई है, सुझाव भेजिए।</p>")


def test_meeting_title_with_a_month_written_with_vowel_signs_is_an_event():
    page = _page('अक्टूबर की बैठक: "मैला आँचल" पर चर्चा', _HI_MEETING, lang="hi")
    record = extract_page(page, _HI_URL)
    assert not record.is_review
    assert record.kind == "event"


def test_month_in_a_review_title_without_a_meeting_stays_a_review():  # near miss: a month, no meeting
    body = ("<p>फणीश्वरनाथ रेणु का \"मैला आँचल\" मैंने इस अक्टूबर में दोबारा पढ़ा और पहली बार से ज़्यादा अच्छा लगा। "
            "गाँव की बोली, मेले, राजनीति और डॉक्टर प्रशांत की कहानी सब एक साथ चलते हैं।</p>"
            "<p>उपन्यास का सबसे बड़ा गुण उसकी आवाज़ें हैं: हर पात्र अपनी बोली में बोलता है और लेखक बीच में नहीं आता। "
            "कुछ हिस्से लंबे लगते हैं, पर अंत तक पहुँचकर सब जुड़ जाता है।</p>"
            "<p>मेरी राय में यह हिंदी का सबसे ज़रूरी उपन्यास है और हर पाठक को इसे एक बार ज़रूर पढ़ना चाहिए। "
            "हमारी पुस्तक क्लब में भी इस पर लंबी बात हुई थी, पर यह समीक्षा मेरी अपनी है।</p>"
            "<p>रेटिंग: 5/5</p>")
    record = extract_page(_page('अक्टूबर में पढ़ी: "मैला आँचल" – फणीश्वरनाथ रेणु', body, lang="hi"), _HI_URL)
    assert record.is_review


def test_month_names_written_with_marks_are_read():
    from scraper.extract.gatherings import dated
    assert dated("नवंबर की बैठक") and dated("নভেম্বরের আড্ডা".replace("ের", "")) and not dated("बैठक में चर्चा")


def test_own_run_is_paragraphs_in_a_row_not_one_under_each_heading():
    kit = ["Et par ord om dagens stopp på turneen, med en smakebit og litt om forfatteren.", "## Om boka",
           "En ung telegrafist blir alene igjen i en nedbrent by og må velge om hun skal bli eller reise.",
           "## Om forfatteren", "Forfatteren er lærer i en by i nord og har skrevet to romaner før denne."]
    assert not own_run(kit)
    assert own_run(_REVIEW[:5])


def test_review_that_shows_the_cover_and_keeps_its_disclosure():  # near miss: a cover shown, a free copy read
    body = ("<p><img src='https://bokvenn.example.no/img/saltvannsbrev.jpg' alt='omslag'></p>"
            "<p>Jeg fikk et gratis leseeksemplar av forlaget mot en ærlig omtale. Boka kommer ut i mars 2027.</p>"
            + "".join(f"<p>{p.replace('Telegrafisten', 'Saltvannsbrev')}</p>" for p in _REVIEW[:3]) + "<p>Terningkast: 5/6</p>")
    record = extract_page(_page("Saltvannsbrev av Ingvild Haug", body), _URL.format("saltvannsbrev-leseeksemplar"))
    assert record.is_review
    assert record.disclosure


def test_short_post_without_a_book_keeps_its_disclosure():  # near miss: a short non-review that is no promotion
    body = ("<p>Takk til forlaget for leseeksemplaret, som kom i posten i dag sammen med et postkort.</p>"
            "<p>Jeg har bare så vidt begynt, men første kapittel lover godt for en lang vinterkveld i sofaen.</p>")
    record = extract_page(_page("Fredagspost", body), _URL.format("fredagspost"))
    assert not record.is_review and record.disclosure
