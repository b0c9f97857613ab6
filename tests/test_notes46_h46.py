"""Helper notes46 of the holdout46 round, in our own words and markup:

- a short note naming a review copy in the Nordic languages and Dutch/Finnish ("Anmeldareksemplar …", nn; "Anmeldereksemplar",
  da/nb; "Recensionsexemplar", sv; "Recensie-exemplaar", nl; "Arvostelukappale", fi): a disclosure as "Review copy." is,
  and so no lead-in of a subscription box after it (copywords.STRONG_COPY);
- an Icelandic note that the book reached the writer as a gift from its publisher ("barst … að gjöf frá útgefanda"), and
  a Maltese one that a copy was sent by the publisher ("intbagħtet … mill-pubblikatur"): edge notes (notegift, notewords);
- a Tajik content warning ("Огоҳӣ:" a notice, then scenes of violence "spoken of"), and the same shape in Uzbek and Kyrgyz
  Cyrillic (notewords: the label, the hard things, the depiction, the negation).

Near misses: a publisher that only published the book, a paragraph about review copies sent to others, a gift copy
denied (is "ekki", mt "ma … -x"), a notice about something harmless, a note saying there is no violence.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.notegift import edge_gift
from scraper.extract.notes import disclosure_in, read_notes
from tests.cleaning import paras, text_of


def _review(*middle: str, first: str = "", last: str = "") -> str:
    body = [
        "The novel follows a ferryman who keeps a ledger of every passenger he has carried across the fjord.",
        "Its chapters are short and quiet, and the ending arrives without any fuss at all, which suits the book well.",
        "I closed it wanting to read the first chapter again, which is the best thing I can say about any novel.",
        *middle,
    ]
    return "\n\n".join(([first] if first else []) + body + ([last] if last else []))


# -- a review copy named in a short note ------------------------------------------------------------------------------

def test_a_short_note_naming_a_review_copy_is_a_disclosure():
    for note in (
        "Anmeldareksemplar frå forlaget.",  # nn
        "Anmeldereksemplar.",  # da/nb
        "Recensionsexemplar från förlaget.",  # sv
        "Recensie-exemplaar.",  # nl
        "Arvostelukappale.",  # fi
    ):
        assert disclosure_in(note), note
        assert read_notes(_review(last=f"*{note}*")).disclosure, note


def test_a_publisher_that_published_or_review_copies_sent_to_others_are_no_disclosure():
    for line in (
        "Boka kom ut frå forlaget i fjor.",
        "Forlaget sende ut mange anmeldareksemplar før lanseringa i haust, men eg kjøpte mi eiga bok.",
    ):
        assert not disclosure_in(line), line


_NN_REVIEW = [
    "Romanen handlar om ein fyrvaktar som skriv brev til ei dotter han aldri har møtt, og breva blir til eit heilt liv.",
    "Språket er nakent og presist, og slutten kjem stilt, utan store ord; eg las han to gonger på ei veke.",
]


def test_a_review_copy_note_before_a_subscription_box_stays():
    note = "Meldareksemplar frå forlaget."
    page = ("<html><head><title>Fyrvaktaren - Tidsskrift</title></head><body><div class='entry-content'>"
            + paras(*_NN_REVIEW) + f"<p class='merknad'><em>{note}</em></p>"
            + "<div class='subscribe-box'><h3>Abonner på tidsskriftet</h3><p>Fire nummer i året og heile arkivet på nett.</p>"
            + "<a href='/abonnement/'>Bli abonnent</a></div>"
            + "</div></body></html>")
    body = lxml.html.fromstring(page).cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, "tidsskrift.example", report)
    text = text_of(body)
    assert "Meldareksemplar" in text, [(r.rule, r.text) for r in report.removed]
    assert "Fire nummer" not in text


# -- Icelandic and Maltese free-copy notes at the edge ----------------------------------------------------------------

def test_icelandic_and_maltese_gift_notes():
    for note in (
        "Bókin barst mér að gjöf frá útgefanda.",
        "Eintakið barst ritstjórninni frá útgefandanum að gjöf.",
        "Kopja ta' dan ir-rumanz intbagħtet lilna mill-pubblikatur.",
        "Il-pubblikatur bagħtilna kopja b'rigal.",
    ):
        assert edge_gift(note, 9, 10), note
        assert read_notes(_review(last=note)).disclosure, note


def test_icelandic_and_maltese_near_misses():
    for line in (
        "Bókin barst ekki frá útgefanda; ég keypti hana sjálf.",  # (not received)
        "Útgefandinn gaf bókina út árið 2004.",  # (published)
        "Kopja ma ntbagħtitx mill-pubblikatur; xtrajtha jien.",  # (not sent)
        "Il-pubblikatur ħareġ edizzjoni ġdida tar-rumanz din is-sena.",  # (a new edition)
    ):
        assert not edge_gift(line, 9, 10), line
        assert not read_notes(_review(last=line)).disclosure, line


# -- Tajik, Uzbek and Kyrgyz content warnings --------------------------------------------------------------------------

def test_central_asian_content_warnings():
    for note in (
        "Огоҳӣ: дар роман саҳнаҳои зӯроварӣ ва худкушӣ тасвир шудаанд.",  # tg
        "Ҳушдор: дар ин китоб аз шиканҷа ва қатл сухан меравад.",  # tg
        "Огоҳлантириш: романда зўравонлик ва ўлим саҳналари бор.",  # uz (Cyrillic)
        "Эскертүү: китепте зомбулук жана өлүм сүрөттөлөт.",  # ky
    ):
        found = read_notes(_review(first=f"*{note}*")).content_warnings
        assert found, note


def test_central_asian_near_misses():
    for line in (
        "Огоҳӣ: нашри дуюми китоб моҳи оянда ба фурӯш мебарояд.",  # (a notice: the second edition is out next month)
        "Огоҳӣ: дар ин китоб саҳнаҳои зӯроварӣ нест.",  # (there is no violence)
        "Огоҳӣ: дар роман бе зӯроварӣ сухан меравад аз муҳаббат.",  # (without violence)
    ):
        assert not read_notes(_review(first=f"*{line}*")).content_warnings, line
