"""scraper.extract.boardnotice: a forum's standing notice closing a member's post (the month's theme, the next vote,
where to post), set apart as an unattributed quote box or a wholly italic or bold line, naming a sub-forum, goes.
Fires in French, German, Spanish, Polish, Russian and Japanese, as a quote box, an italic line and a bold paragraph.
Near misses stay: a review's sentence naming a sub-forum in its prose, a member's own italic sign-off in the first
person, a quoted member's thoughts on the book, a notice-like quote followed by the review's own text, a review whose
opening talks of the reviewer's week, a shop's review that mentions the shop, a "my pick of the month" sentence.

Every line here is invented for these tests (invented books, people and boards, in our own words).
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.boardnotice import board_notices

_REVIEW = ("Finally got round to this one after it sat on the pile all summer.<br><br>Ottilie keeps the lighthouse on "
           "a rock nobody visits, until a rowing boat washes up with a child asleep in it. The first half is quiet and "
           "cold and wonderful; the second half turns into a chase I did not quite believe.<br><br>"
           "<b>7/10</b> – worth it for the storms alone.<br><br>")

FIRES = {
    "fr-quote": '<blockquote class="uncited"><div>Lecture commune du mois : polars nordiques. Postez vos avis dans ce '
                'sous-forum avec le tag [PN].</div></blockquote>',
    "de-italic": '<div class="notice"><i>Die Abstimmung über das nächste Buch läuft im Unterforum Lesekreis, '
                 'Vorschläge bitte bis zum 20.</i></div>',
    "es-bold": '<p><strong>Reto anual: las reseñas van en el subforo Reto 2027, una por hilo.</strong></p>',
    "pl-quote": '<blockquote><p>Książka miesiąca wybierana jest w podforum Klub Książki. Głosowanie do końca '
                'tygodnia.</p></blockquote>',
    "ru-italic": '<div><em>Голосование за книгу следующего месяца открыто в подфоруме «Книжный клуб».</em></div>',
    "ja-quote": '<blockquote>今月の課題図書の感想はサブフォーラム「読書会」へ投稿してください。</blockquote>',
}

NEAR_MISSES = {
    # the review's own sentence naming a sub-forum, in its prose
    "prose": "I first heard of it in the horror sub-forum here, where half of you told me to read it. You were right.",
    # the member's own italic sign-off, in the first person
    "signoff": '<div><i>I will post my next review in the crime sub-forum, probably the new Rankin.</i></div>',
    # a quoted member's thoughts on the book, no sub-forum named
    "member": '<blockquote class="uncited"><div>The storms are the best thing in it, the rest is filler.</div>'
              '</blockquote>',
    # a quote naming a sub-forum, followed by the review's own answer
    "answered": '<blockquote><div>Is this the one everybody in the gothic sub-forum keeps recommending?</div>'
                '</blockquote>Yes, and they are right about the first half.',
    # the reviewer's week at the opening, a shop's review naming the shop, a pick of the month
    "week": "What a week: the boiler broke, the kids had colds, and I read this in two nights anyway.",
    "shop": "We have sold more copies of this in our little shop than of anything since the spring, and I see why.",
    "pick": "<i>This is my pick of the month, and probably of the year.</i>",
}


def _post(extra: str, before: str = "") -> str:
    return ('<html lang="en"><head><meta charset="utf-8"><title>Ottilie – The Rock Light - Book Talk</title></head>'
            '<body><div class="post"><div class="postbody"><h3 class="first">Ottilie – The Rock Light</h3>'
            f'<div class="content">{before}{_REVIEW}{extra}</div></div></div></body></html>')


@pytest.mark.parametrize("name", sorted(FIRES))
def test_a_forum_notice_closing_the_post(name):
    body = lxml_html.fromstring(_post(FIRES[name])).body
    found = board_notices(body)
    assert len(found) == 1 and "7/10" not in found[0].text_content()


def test_a_forum_notice_leaves_the_page_whole():
    record = extract_page(_post(FIRES["fr-quote"]), "https://talk.example.org/viewtopic.php?t=4411")
    assert "sous-forum" not in record.body_text
    assert "Ottilie keeps the lighthouse" in record.body_text and "worth it for the storms" in record.body_text


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_misses_stay(name):
    text = NEAR_MISSES[name]
    for page in (_post(text), _post("", before=text + "<br><br>")):
        assert board_notices(lxml_html.fromstring(page).body) == []
    record = extract_page(_post(text), "https://talk.example.org/viewtopic.php?t=4412")
    plain = lxml_html.fromstring(f"<div>{text}</div>").text_content()
    assert plain.split(".")[0].split("?")[0][:40] in record.body_text
