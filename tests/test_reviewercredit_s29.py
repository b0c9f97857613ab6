"""A reviewer credited before the review begins (round s29), in our own words and markup: a teen library's or a
school's blog heads each pupil's review "Reviewed by <name>, <class>" (``creditlines.reviewed_by``, asked by
sitelines of the post's first line; a figure after the name's comma is the class or year), in English, German and
Dutch. Near misses: a catalogue's staff review whose credit sits under the review's own heading (the review's, as the
corpora's gold keeps it), a line whose "by" names a count ("Reviewed by 9 of 10 readers"), a
review's opening sentence that begins with the participle ("Reviewed by half the papers this autumn, …").
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://youthzone.example.org/2026/12/teen-review-the-glass-orchard.html"
PARAS = {
    "en": ["The Glass Orchard is about a girl who inherits a greenhouse that grows weather instead of fruit. Every "
           "chapter is a season under glass and I liked the hailstorm one best because it was scary and sad.",
           "The cousins were annoying but I think they were meant to be. I would give it to anyone who likes "
           "strange books with a mystery in them."],
    "de": ["Der gläserne Garten handelt von einem Mädchen, das ein Gewächshaus erbt, in dem das Wetter wächst. Jedes "
           "Kapitel ist eine Jahreszeit unter Glas, und das Hagelkapitel ist das beste.",
           "Die Vettern nerven, aber ich glaube, das ist Absicht. Ich empfehle es allen, die seltsame Bücher mit "
           "einem Geheimnis mögen."],
    "nl": ["De glazen boomgaard gaat over een meisje dat een kas erft waarin het weer groeit in plaats van fruit. "
           "Elk hoofdstuk is een seizoen onder glas en het hagelhoofdstuk vond ik het mooist.",
           "De neven zijn irritant, maar dat is volgens mij de bedoeling. Ik raad het aan aan iedereen die van "
           "vreemde boeken met een mysterie houdt."],
}


def _post(head: str, lang: str) -> str:
    body = head + "".join(f"<p>{p}</p>" for p in PARAS[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Teen review: The Glass Orchard</title></head>"
            "<body><div class='post hentry'><h3 class='post-title entry-title'>Teen review: The Glass Orchard</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></body></html>")


def test_a_credit_over_the_review_goes():
    for line, said, lang in (
        ("<p><strong>Reviewed by Malik, Year 9</strong></p>", "Malik", "en"),
        ("<p><b>Rezensiert von Jonas, Klasse 8b</b></p>", "Jonas", "de"),
        ("<div class='credit'>Gerecenseerd door Sanne, groep 8</div>", "Sanne", "nl"),
    ):
        record = extract_page(_post(line, lang), URL)
        assert PARAS[lang][0][:25] in record.body_text
        assert said not in record.body_text, record.body_text[:200]


def test_a_count_or_a_sentence_of_the_review_stays():
    record = extract_page(_post("<p><b>Reviewed by 9 of 10 readers at our branch</b></p>", "en"), URL)
    assert "9 of 10 readers" in record.body_text
    opening = ("<p>Reviewed by half the papers this autumn, The Glass Orchard hardly needs me, but here goes "
               "anyway, because I loved it.</p>")
    record = extract_page(_post(opening, "en"), URL)
    assert "hardly needs me" in record.body_text
    headed = "<h4>A greenhouse of weathers</h4><p>Reviewed by Malik, Year 9</p>"
    record = extract_page(_post(headed, "en"), URL)
    assert "Reviewed by Malik" in record.body_text
