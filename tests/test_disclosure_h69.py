"""Helper fields69 of the holdout69 round, in our own words: free-copy notes said from the getter's side or as a thanks
to the copy.

- notedesk.desk_copy: the desk or the writer got the copy for review from the house, a getting verb in the giving's
  place (bg, lv, et, lt, hu, sr; mk was the failing page's language);
- notewords.THANKS: "thanks to" the copy the house sent (pl "dzięki", sk "vďaka", lt "dėka", tr "sayesinde"), with the
  house and the copy at the review's edge (notegift.edge_gift);
- notegift._gift_more: the copy in a case and the sending as a participle (fi "lähettämän kappaleen ansiosta").

Near misses: a novel that got a prize from its house, a desk that got a press release (no copy), a getting denied, a
thanks to the house that brought the book back to the shops (no copy, no giving), a house that published the book.
"""

from __future__ import annotations

from scraper.extract import notes
from scraper.extract.notedesk import desk_copy
from scraper.extract.notegift import edge_gift

_BEFORE = ("Романът проследява три поколения от едно семейство в пристанищен град и всяка глава е написана от "
           "различен глас, който спори с предишния.\n\nВтората половина е по-бавна, но финалът си струва търпението и "
           "последните страници остават в паметта дълго.\n\n")


def _disclosed(note: str) -> str | None:
    return notes.read_notes(_BEFORE + note + "\n\nОценка: 8/10\n", None).disclosure


def test_desk_got_the_copy_from_the_house():
    assert desk_copy("Екземплярът за рецензия е получен от издателството.")  # bg
    assert desk_copy("Recenzijas eksemplāru redakcija saņēma no izdevniecības.")  # lv
    assert desk_copy("Arvustuseksemplari sai toimetus kirjastuselt.")  # et
    assert desk_copy("Recenzinį egzempliorių redakcija gavo iš leidyklos.")  # lt
    assert desk_copy("A recenziós példányt a szerkesztőség a kiadótól kapta.")  # hu
    assert desk_copy("Примерак за рецензију редакција је добила од издавача.")  # sr


def test_desk_note_read_as_the_review_s_disclosure():
    assert _disclosed("Екземплярът за рецензия е получен от издателството.")
    assert _disclosed("Recenzijas eksemplāru redakcija saņēma no izdevniecības.")


def test_getting_that_is_no_copy_for_the_desk():
    # (a prize, a press release with no copy, a getting denied)
    assert not desk_copy("Романът получи награда от издателството миналата година.")
    assert not desk_copy("Redakcija saņēma no izdevniecības preses relīzi.")
    assert not desk_copy("Примерак за рецензију редакција није добила од издавача.")


def test_thanks_to_the_copy_the_house_sent():
    assert edge_gift("Dzięki egzemplarzowi przesłanemu przez wydawnictwo przeczytałam ją ponownie.", 5, 6)  # pl
    assert edge_gift("Vďaka výtlačku, ktorý poslalo vydavateľstvo, som ju prečítala znova.", 5, 6)  # sk
    assert edge_gift("Leidyklos atsiųsto egzemplioriaus dėka perskaičiau ją dar kartą.", 5, 6)  # lt
    assert edge_gift("Kustantajan lähettämän kappaleen ansiosta luin sen uudelleen.", 5, 6)  # fi


def test_thanks_with_no_copy_or_in_the_middle_is_none():
    # (the house brought the book back to the shops: no copy, no giving)
    assert not edge_gift("Dzięki wydawnictwu powieść wróciła do księgarń po trzydziestu latach.", 5, 6)
    # (the house published the book, in eu: no giving to the writer)
    assert not edge_gift("Argitaletxeak 2019an argitaratu zuen eleberriaren ale berria.", 5, 6)
    # (a note in the middle of the review is not at its edge)
    assert not edge_gift("Dzięki egzemplarzowi przesłanemu przez wydawnictwo przeczytałam ją ponownie.", 3, 9)
