"""A share row whose label is an element of its own ("<div><span>Share:</span> <a>WhatsApp</a> <a>Facebook</a> …
</div>"):
the body's blocks hold the label alone, its buttons inline, so ``linkblocks.label_row`` gives the cleaning the row the
label opens when the row is one of share buttons (two or more networks' names alone, half of the buttons at least); and
the networks' names in more scripts (Hebrew, Arabic, Persian, Devanagari, Greek, Georgian) for a row with no label.
Near misses: a row of the reviewer's own links under a label (no network's name), a label opening a sentence, a row
whose words stand outside its buttons.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.linkblocks import is_share_block, label_row


def _label(row: str):
    return fragment_fromstring(row).find("span") if "<span" in row else fragment_fromstring(row)[0]


def test_a_labelled_row_of_share_buttons():
    for row in ('<div class="share"><span>Teilen:</span> <a>WhatsApp</a> <a>Facebook</a> <a>Link kopieren</a></div>',
                '<div class="partage"><span>Partager :</span> <a>Facebook</a> <a>X</a> <a>Messenger</a> '
                '<a>Copier</a></div>',
                '<div><span>Поделиться:</span> <a>ВКонтакте</a> <a>Telegram</a> <a>Одноклассники</a></div>'):
        assert label_row(_label(row)) is not None, row


def test_near_misses():
    # the reviewer's own links under a label: no network among them
    own = '<div><span>Mehr von ihr:</span> <a>Der Garten</a> <a>Das Haus am See</a> <a>Winterlicht</a></div>'
    assert label_row(_label(own)) is None
    # words outside the buttons: a sentence, not a row
    said = '<p><span>Teilen:</span> ich habe ihn <a>Facebook</a> und <a>WhatsApp</a> gezeigt.</p>'
    assert label_row(_label(said)) is None
    # the label is not the row's first thing
    inside = fragment_fromstring('<div><a>WhatsApp</a> <span>Teilen</span> <a>Facebook</a></div>')
    assert label_row(inside.find("span")) is None


def test_networks_in_more_scripts():
    for row in ('<div><a>וואטסאפ</a> <a>פייסבוק</a> <a>העתקת קישור</a></div>',
                '<div><a>واتساب</a> <a>فيسبوك</a> <a>نسخ الرابط</a></div>',
                '<div><a>फ़ेसबुक</a> <a>व्हाट्सऐप</a> <a>ट्विटर</a></div>',
                '<div><a>ფეისბუქი</a> <a>ტელეგრამი</a></div>'):
        assert is_share_block(fragment_fromstring(row)), row
    # a row whose label is set in bold, the row a block of its own
    bold = '<p><strong>Compartir:</strong> <a>Telegram</a> <a>WhatsApp</a> <a>Copiar</a></p>'
    assert is_share_block(fragment_fromstring(bold))
    said = '<p><strong>Compartir:</strong> lo vi en <a>Telegram</a> y <a>WhatsApp</a></p>'
    assert not is_share_block(fragment_fromstring(said))
    # one network among the reviewer's titles is no share row
    assert not is_share_block(fragment_fromstring('<div><a>פייסבוק</a> <a>הבית שבגבעה</a> <a>שנה של גשם</a></div>'))


_PROSE_DE = ("<p>Der Roman erzählt von einer Fährfrau am Oderbruch, die dreißig Jahre lang dieselben Menschen "
             "übersetzt und dabei ihre Geschichten sammelt. Die Sprache ist ruhig und genau, jedes Kapitel beginnt "
             "mit dem Wetter.</p><p>Am stärksten ist das Buch, wenn es die kleinen Verschiebungen im Dorf zeigt: wer "
             "nicht mehr kommt, wer plötzlich "
             "übersetzen will, wer schweigt. Das letzte Drittel zieht sich etwas, aber das Ende hat mich lange "
             "begleitet.</p>")


def test_extract_page_drops_the_labelled_row():
    html = (f"<html lang='de'><head><title>Die Fährfrau – Rezension</title></head><body><article class='post'>"
            f"<h1>Die Fährfrau</h1><div class='post-body'>{_PROSE_DE}</div>"
            f"<div class='post-tools'><span>Teilen:</span> <a>WhatsApp</a> <a>Facebook</a> <a>X</a> <a>Link "
            f"kopieren</a></div></article></body></html>")
    record = extract_page(html, "https://lesezimmer.example.de/2026/faehrfrau")
    assert "Link kopieren" not in record.body_text and "WhatsApp" not in record.body_text
    assert "Das letzte Drittel zieht sich" in record.body_text
