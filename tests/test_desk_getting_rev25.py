"""Mend of review rev25, finding 4: the desk or the writer got the copy (notedesk._GETTING) only from the house.

With a getting verb in the giving's place, the house must be where the thing came from (its "from" form: "od", "от",
"од", "no", "iš", hu "-tól", et "-lt") and what came a copy, or one for review. A book that got the house's prize, a
desk that recommends it, or a desk that got a press release from the house got no copy.
"""

from __future__ import annotations

from scraper.extract import notes
from scraper.extract.notedesk import desk_copy

_BEFORE = ("Román sleduje tři generace jedné rodiny v přístavním městě a každou kapitolu vypráví někdo jiný, kdo se "
           "přou s předchozím vypravěčem.\n\nDruhá polovina je pomalejší, ale závěr odmění trpělivost a poslední "
           "stránky zůstanou v paměti dlouho.\n\n")


def _disclosed(note: str) -> str | None:
    return notes.read_notes(_BEFORE + note + "\n", None).disclosure


def test_got_the_copy_from_the_house():
    assert desk_copy("Egzemplarz do recenzji redakcja otrzymała od wydawnictwa Most.")  # pl
    assert desk_copy("Recenzní výtisk redakce obdržela od nakladatelství Most.")  # cs
    assert desk_copy("Экземпляр для рецензии редакция получила от издательства «Маяк».")  # ru
    assert desk_copy("A recenziós példányt a szerkesztőség a kiadótól kapta.")  # hu
    assert desk_copy("Arvustuseksemplari sai toimetus kirjastuselt.")  # et


def test_prize_or_press_release_is_none():
    assert not desk_copy("Kniha loni dostala cenu nakladatelství Most a redakce ji doporučuje čtenářům.")  # cs
    assert not desk_copy("Kniha dostala od nakladatelství Most cenu a redakce ji doporučuje.")  # cs, "od", no copy
    assert not desk_copy("Roman je lani prejel nagrado založbe Most, uredništvo ga priporoča.")  # sl
    assert not desk_copy("Knjiga je dobila nagradu izdavača Most, a redakcija je preporučuje.")  # hr
    assert not desk_copy("Роман получил премию издательства «Маяк», и редакция его советует.")  # ru
    assert not desk_copy("Redakce dostala od nakladatelství Most tiskovou zprávu o knize.")  # cs, a press release


def test_review_s_last_paragraph_on_a_prize():
    # (the review's own last paragraph, where a note would sit)
    assert not _disclosed("Kniha loni dostala cenu nakladatelství Most a redakce ji doporučuje čtenářům.")
    assert _disclosed("Recenzní výtisk redakce obdržela od nakladatelství Most.")
