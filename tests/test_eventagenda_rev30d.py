"""An agenda's entries with the month first (eventagenda), narrowed: the word before the day must be a month's name
where dateparser knows the script's months ("Week 1: …", "פרק 1: …", "Chương 1: …" are a readalong's and a book's
chapters), any word only in a script it names no month in; the plain word for events (he, ar, fa, vi, th, id) names
a programme only with a word of time to come beside it."""

import pytest
from lxml import html

from scraper.extract import eventagenda


def _list(markup: str):
    root = html.fromstring(f"<html><body><article>{markup}</article></body></html>")
    return root.find(".//ul")


def _box(head: str, items) -> bool:
    lis = "".join(f"<li>{t}</li>" for t in items)
    return eventagenda.headed_list(_list(f"<div class='box'><h4>{head}</h4><ul>{lis}</ul></div>"))


@pytest.mark.parametrize("head, items", [
    ("Upcoming events", ("December 7: poetry night at the library", "December 9: launch of a new novel")),
    ("האירועים הקרובים", ("דצמבר 7: ערב שירה בספרייה", "דצמבר 9: השקת רומן חדש")),
    ("Acara mendatang", ("Desember 7: malam puisi di perpustakaan", "Desember 9: peluncuran novel baru")),
    ("Các sự kiện sắp tới", ("7/12 – đêm thơ ở thư viện", "9/12 – ra mắt tiểu thuyết mới")),
    ("इस सप्ताह के कार्यक्रम", ("दिसंबर 7: पुस्तकालय में कविता पाठ", "दिसंबर 9: नए उपन्यास का लोकार्पण")),
])
def test_an_agenda_still_goes(head, items):
    assert _box(head, items)


@pytest.mark.parametrize("head, items", [
    ("Readalong agenda", ("Week 1: chapters one to five", "Week 2: chapters six to ten", "Week 3: the ending")),
    ("אירועים מרכזיים בספר", ("פרק 1: הילדה מגיעה לכפר", "פרק 4: השריפה בבית הספר", "פרק 9: הפרידה")),
    ("Các sự kiện chính", ("Chương 1: cô bé đến làng", "Chương 4: đám cháy ở trường", "Chương 9: chia tay")),
    ("الفعاليات الرئيسية في الرواية", ("الفصل 1: وصول الفتاة إلى القرية", "الفصل 4: الحريق في المدرسة")),
    ("Acara penting dalam novel", ("Bab 1: gadis itu tiba di desa", "Bab 4: kebakaran di sekolah")),
])
def test_a_reviews_own_list_stays(head, items):
    assert not _box(head, items)
