"""Body edges of holdout59's round, on pages of our own words: a comments widget mounted on a vendor's id, the desk's
nameless note on the reviewer in more languages (et, fi, lv, lt, pl, ro, it, es), the bare name over the text that such
a note vouches for (namedbyline), and subscription bids in Estonian and South Asian languages (memberask).

Near misses stay: an id ending in "-comments" over one paragraph or a count (no thread), a reviewer's noun inside a
longer paragraph, a bare name the text says again (the book's author), a bare name with no nameless bio removed, an
order imperative with no reason, a character "becoming a subscriber" with no site named.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.boilerplate import CleanReport, Removal
from scraper.extract.commentids import remove_comment_boxes
from scraper.extract.deskbio import desk_bio
from scraper.extract.memberask import member_plea
from scraper.extract.namedbyline import drop_name_bylines

REVIEW = ("<p>The novel follows a retired ferry pilot who returns to the delta where she grew up, clearing out her "
          "brother's boathouse and finding in every drawer a chart marked with routes nobody ever sailed.</p>"
          "<p>The prose is cold and exact, the middle drags a little, and the last chapter earns every slow page.</p>")


def _page(box: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body><article><h1>Delta</h1><div class='text'>{REVIEW}</div>{box}</article>"
                                "<footer>River Review</footer></body></html>")


def _thread(ident: str, item: str, people: tuple[tuple[str, str, str], ...]) -> str:
    return (f"<div id='{ident}'><div class='count'>{len(people)} replies</div>"
            + "".join(f"<div class='{item}'><span class='n'>{n}</span> <span class='t'>{t}</span><p>{p}</p></div>" for n, t, p in people)
            + "</div>")


@pytest.mark.parametrize("box", [
    _thread("talkwidget-comments", "tw_item", (("Rosa K", "3 hours ago", "I loved the ending far more than this review did."),
                                               ("pmarsh", "yesterday", "Bought it on the strength of this, thank you."))),
    _thread("lesezirkel_comments", "lz-entry", (("Jonas", "vor 2 Stunden", "Das Ende fand ich viel stärker als hier beschrieben."),
                                                ("mira_b", "gestern", "Schöne Besprechung, ich lese es im Urlaub."))),
    _thread("causerie-comments", "c-row", (("Léa", "il y a 1 heure", "Je l'ai lu au lycée et je m'en souviens encore."),
                                          ("Tom", "il y a 3 jours", "La fin m'a semblé trop rapide, à moi aussi."),
                                          ("Ana", "hier", "Merci pour cette lecture si précise du livre."))),
])
def test_a_widget_thread_on_a_vendor_id_goes(box):
    root = _page(box)
    report = CleanReport()
    remove_comment_boxes(root, report)
    text = root.text_content()
    assert [r.rule for r in report.removed] == ["comments"]
    assert "ferry pilot" in text and "ago" not in text and "gestern" not in text and "hier" not in text.replace("chart", "")


@pytest.mark.parametrize("box", [
    # one paragraph, no thread: a box that only names itself for the comments
    "<div id='sidebar-comments'><p>The river scenes reminded me of my grandfather's stories about the old ferries.</p></div>",
    # a count link row
    "<div id='articlemeta-comments'><a href='#c'>12 comments</a> <span>Share</span></div>",
    # a thread-like list under an id that does not end in the word
    _thread("talkwidget-comments-root", "tw_item", (("Rosa K", "3 hours ago", "I loved the ending far more than this review did."),
                                                    ("pmarsh", "yesterday", "Bought it on the strength of this, thank you."))),
])
def test_near_misses_of_a_widget_stay(box):
    root = _page(box)
    report = CleanReport()
    remove_comment_boxes(root, report)
    assert report.removed == []


@pytest.mark.parametrize("line", [
    "Arvustaja on kirjandusteadlane, kes kirjutab sageli Läti ja Leedu proosast.",
    "Arvostelija on tamperelainen kääntäjä ja kirjoittaa lehteen kerran kuussa.",
    "Recenzents ir dzejnieks un tulkotājs, kas dzīvo Liepājā jau desmit gadus.",
    "Recenzentė yra literatūrologė, tyrinėjanti šiuolaikinę lietuvių prozą.",
    "Recenzentka jest tłumaczką i od lat pisze o literaturze skandynawskiej.",
    "Recenzentul este profesor de limba română la un liceu din Iași.",
    "Il recensore è un insegnante di lettere che vive e lavora a Bari.",
])
def test_the_desks_nameless_note_on_the_reviewer(line):
    assert desk_bio(line)


@pytest.mark.parametrize("line", [
    # the noun inside a longer paragraph going on about the book
    "Arvustaja on siin kimbatuses, sest romaan ise ei taha olla ei ajalugu ega muinasjutt. Peategelane elab kahes linnas "
    "korraga ja kumbki neist ei ole päris. Lõpp jääb lahtiseks.",
    "See romaan on parim, mida sel aastal lugesin.",
])
def test_near_misses_of_the_desks_note_stay(line):
    assert not desk_bio(line)


def _body(inner: str):
    return lxml.html.fromstring(f"<html><body><div id='content'>{inner}</div></body></html>").cssselect("#content")[0]


ET = ["Romaan jälgib vana majakavahti, kes naaseb saarele, kus ta kasvas, ja leiab igast sahtlist kirja, mida keegi kunagi ära ei saatnud.",
      "Kirjanik kirjutab tuult ja soola nii täpselt, et lugedes hakkab külm, ja lõpp tasub kannatuse ära."]


def _report(rule: str, text: str) -> CleanReport:
    report = CleanReport()
    report.removed.append(Removal(rule, text))
    return report


def test_a_bare_name_over_the_text_goes_when_a_nameless_desk_bio_went():
    body = _body("<h2>Tuletorn</h2><p class='who'>Maret Kivi</p>" + "".join(f"<p>{t}</p>" for t in ET))
    drop_name_bylines(body, _report("writer's bio", "Arvustaja on kirjandusteadlane, kes kirjutab sageli Läti proosast."))
    text = body.text_content()
    assert "Maret Kivi" not in text and all(t in text for t in ET)


def test_bare_names_stay_without_a_nameless_bio_or_when_the_text_names_them_again():
    # no desk bio removed (a bio of another rule)
    body = _body("<p>Maret Kivi</p>" + "".join(f"<p>{t}</p>" for t in ET))
    drop_name_bylines(body, _report("related post", "Arvustaja on kirjandusteadlane, kes kirjutab Läti proosast."))
    assert "Maret Kivi" in body.text_content()
    # the book's author, whom the review names again
    review = ET + ["Tamm on seda teemat varemgi käsitlenud, kuid mitte nii julgelt."]
    body = _body("<p>Jaan Tamm</p>" + "".join(f"<p>{t}</p>" for t in review))
    drop_name_bylines(body, _report("writer's bio", "Arvustaja on kirjandusteadlane, kes kirjutab sageli Läti proosast."))
    assert "Jaan Tamm" in body.text_content()


def test_subscription_bids_in_estonian_and_south_asian_languages():
    assert member_plea("Telli Lainetus aastaks ja ajakiri jõuab iga kuu koju sinu postkasti.")
    assert member_plea("Telli Lainetus poolaastaks, õpilastele soodushind.", ("Lainetus",))
    assert member_plea("සඳලු ඊ-සඟරාවට දායක වන්න. සෑම සතියකම නව කතා ඔබේ දුරකථනයට.", ("සඳලු",))
    assert member_plea("அலைகள் இதழின் சந்தாதாரர் ஆகுங்கள், ஒவ்வொரு வாரமும் புதிய கதைகள்.", ("அலைகள்",))
    assert member_plea("लहर पत्रिका के ग्राहक बनें और हर सप्ताह नई कहानियाँ पढ़ें।", ("लहर",))


def test_near_misses_of_subscription_bids_stay():
    assert not member_plea("Telli see raamat kohe, sest see on aasta parim romaan.")  # no reason: no site, no periodical
    assert not member_plea("ඇය පුස්තකාලයේ දායක වන්න තීරණය කරයි.")  # a character's decision, no site named


def test_an_ordinary_estonian_review_keeps_its_text():
    html = ("<html lang='et'><head><title>Tuletorn</title></head><body><article><h1>Tuletorn</h1>"
            "<p>Maret Kivi</p><div class='text'>"
            + "".join(f"<p>{t}</p>" for t in ET)
            + "<p>Arvustaja on selle raamatu ees kimbatuses, sest see ei taha olla ei ajalugu ega muinasjutt, ja nii peab "
              "lugeja ise otsustama, mida ta sealt leiab. Mina leidsin vaikuse.</p>"
              "<p>Telli see raamat raamatukogust, kui poes seda enam pole.</p></div></article></body></html>")
    record = extract_page(html, "https://lainetus.example.ee/arvustused/tuletorn")
    assert "Arvustaja on selle raamatu" in record.body_text and "Telli see raamat" in record.body_text
    assert all(t in record.body_text for t in ET)
