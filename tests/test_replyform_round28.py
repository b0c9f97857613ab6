"""A box to write in (a text area) under a post: its heading and its sign-in notice are the page's form, not the
review (holdout29 round 28, the body helper).

A forum's or a blog's reply box without a <form> element ("<div class=reply><h2>Reply</h2><p>You must be signed in
to post.</p><textarea></textarea></div>") is interface: its notice is a sentence, but it is the form's own. What
stays: a text area's box that holds prose (a post of the reviewer's around it, more than twenty words), and a box
with another control (a button) whose sentence is somebody's prose. Our own words and markup, English, French and
Russian.
"""

from __future__ import annotations

from scraper.extract import extract_page

EN = ("The lighthouse keeper's daughter narrates half the chapters and her brother the rest, and the voices never blur. "
      "By the last third I was reading with a pencil, marking the lines about the tide that come back at the end.")
FR = ("La fille du gardien de phare raconte la moitié des chapitres et son frère le reste, sans que les voix se confondent. "
      "Au dernier tiers je lisais crayon en main, pour noter les phrases sur la marée qui reviennent à la fin.")
RU = ("Дочь смотрителя маяка рассказывает половину глав, её брат остальные, и голоса ни разу не сливаются. "
      "К последней трети я читала с карандашом, отмечая строки о приливе, которые возвращаются в самом конце.")
SECOND = ("The second half is slower, a winter of waiting for a ship that may not come, but the slowness is the point and "
          "the last letter repays it.")


def _page(review: str, box: str, inside: str = "") -> str:
    return ("<html><head><title>The Tide Letters – reading forum</title></head><body><main><div class='topic'>"
            "<h1>The Tide Letters, finished at last</h1><div class='posts'><div class='post'><div class='post-text'>"
            f"<p>{review}</p><p>{SECOND}</p>{inside}<p>Score: 8/10.</p></div></div></div>{box}</div></main></body></html>")


def test_a_reply_box_with_a_sign_in_notice_goes():
    for review, box, words in (
            (EN, "<div id='reply-editor' class='reply-box'><h2>Reply to this topic</h2><p class='notice'>You need to be "
                 "signed in to write a reply here.</p><textarea disabled></textarea></div>",
             ("Reply to this topic", "signed in to write a reply")),
            (FR, "<div class='zone-reponse'><h3>Répondre à la discussion</h3><p>Il faut être inscrit pour pouvoir "
                 "participer à cette discussion.</p><textarea placeholder='Votre message'></textarea></div>",
             ("Répondre à la discussion", "Il faut être inscrit")),
            (RU, "<div class='otvet'><h3>Ответить в теме</h3><p>Чтобы оставить сообщение, нужно войти на сайт под своим "
                 "именем.</p><textarea></textarea></div>",
             ("Ответить в теме", "нужно войти на сайт"))):
        record = extract_page(_page(review, box), "https://forum.example/t/1234-tide-letters")
        assert review in record.body_text
        for phrase in words:
            assert phrase not in record.body_text, phrase


def test_prose_beside_a_text_area_stays():
    # the reviewer's own long paragraph in the box that holds a text area (an editable post) is not a form's notice
    long_note = ("A note I keep beside this post: the edition I read has the sea charts at the back, and the charts make "
                 "the final letter make sense, so if you borrow it from a library check that they were not cut out.")
    box = f"<div class='post-extra'><p>{long_note}</p><textarea></textarea></div>"
    record = extract_page(_page(EN, "", box), "https://forum.example/t/1234-tide-letters")
    assert long_note in record.body_text


def test_a_sentence_beside_a_button_stays():
    # a button is no box to write in: a sentence of eight words or more beside it is read as somebody's prose
    line = "I will come back to this one when the sequel arrives in spring."
    box = f"<div class='post-extra'><p>{line}</p><button>Like</button></div>"
    record = extract_page(_page(EN, "", box), "https://forum.example/t/1234-tide-letters")
    assert line in record.body_text
