"""An agenda under the review whose entries put the month first, any word of a script before the day and a colon or a
dash ("दिसंबर 7: …"), and whose heading names the programme in the scripts of South Asia and others (eventagenda)."""

from lxml import html

from scraper.extract import eventagenda


def _list(markup: str):
    root = html.fromstring(f"<html><body><article>{markup}</article></body></html>")
    return root.find(".//ul")


def test_month_first_agenda_under_a_programme_heading():
    for head, items in (
        ("इस सप्ताह के कार्यक्रम", ("दिसंबर 7: पुस्तकालय में कविता पाठ", "दिसंबर 9: नए उपन्यास का लोकार्पण")),
        ("ఈ వారం కార్యక్రమాలు", ("డిసెంబర్ 7: గ్రంథాలయంలో కవిత్వ పఠనం", "డిసెంబర్ 12: కొత్త నవల ఆవిష్కరణ")),
        ("இந்த வார நிகழ்ச்சிகள்", ("டிசம்பர் 8 – நூலகத்தில் கவிதை மாலை", "டிசம்பர் 14 – புதிய நாவல் வெளியீடு")),
        ("ഈ ആഴ്ചയിലെ പരിപാടികൾ", ("ഡിസംബർ 6: വായനശാലയിൽ കവിതാ സന്ധ്യ", "ഡിസംബർ 10: പുതിയ നോവൽ പ്രകാശനം")),
        ("Agenda", ("Dezembro 7: Sarau de poesia na biblioteca", "Dezembro 9: Lançamento de romance")),
    ):
        lis = "".join(f"<li>{t}</li>" for t in items)
        assert eventagenda.headed_list(_list(f"<div class='box'><h4>{head}</h4><ul>{lis}</ul></div>")), head


def test_near_misses_stay():
    # the review's own list of chapters, "Chapter 7: …", under a heading that names no programme
    assert not eventagenda.headed_list(_list(
        "<div><h4>ಕಾದಂಬರಿಯ ಅಧ್ಯಾಯಗಳು</h4><ul><li>ಅಧ್ಯಾಯ 1: ಗ್ರಾಮ</li><li>ಅಧ್ಯಾಯ 2: ನದಿ</li></ul></div>"))
    assert not eventagenda.headed_list(_list(
        "<div><h4>How the book is built</h4><ul><li>Chapter 7: The flood</li><li>Chapter 9: The trial</li></ul></div>"))
    # a programme heading over entries that open with no day
    assert not eventagenda.headed_list(_list(
        "<div><h4>कार्यक्रम</h4><ul><li>कविता पाठ पुस्तकालय में</li><li>उपन्यास का लोकार्पण</li></ul></div>"))
    # the list shares its box with the reviewer's prose
    assert not eventagenda.headed_list(_list(
        "<div><h4>ಕಾರ್ಯಕ್ರಮಗಳು</h4><p>ಈ ಕಾದಂಬರಿಯನ್ನು ನಾನು ಎರಡು ಬಾರಿ ಓದಿದೆ.</p>"
        "<ul><li>ಡಿಸೆಂಬರ್ 7: ಮೈಸೂರು</li><li>ಡಿಸೆಂಬರ್ 9: ಧಾರವಾಡ</li></ul></div>"))
