"""scraper.extract.adaptbecomes (through newslead.made_into): a title or a lead that says a book becomes, or will be
adapted into or shot as, a film or a series, in the languages newslead's own verbs did not read (sq, sh, sl, mk, bg,
ru, uk, pl, cs, el, lt, lv, et, fi, is, eu, mt, ga, sw, tl, id/ms, az, uz, kk, mn, ar, ka, hy, th). A short post
so titled, with no verdict of its own and its book unread, is adaptation news, not a review. Our own words; near
misses (the past, "a series of events", an uprising, a reader's own rated post) stay as they were."""

from __future__ import annotations

import pytest

from scraper.extract.adaptbecomes import becomes
from scraper.extract.newslead import made_into
from tests.test_classify import kind


@pytest.mark.parametrize("line", [
    "«Deti i kripës» bëhet serial me tetë episode",  # sq
    "Romani i saj do të përshtatet në një film artistik",  # sq, the lead's future passive
    "Slana knjiga postaje TV serija",  # hr/sr
    "Roman o morju postane serija",  # sl
    "Романот за морето станува филм",  # mk
    "Романът за солта ще стане сериал",  # bg
    "Роман о соли станет сериалом",  # ru
    "По повести о маяке снимут фильм",  # ru
    "Повість про сіль стане серіалом",  # uk
    "Z powieści o soli powstanie serial",  # pl
    "Podle románu o soli vznikne seriál",  # cs
    "Το μυθιστόρημα για το αλάτι γίνεται τηλεοπτική σειρά",  # el
    "Romanas apie druską taps serialu",  # lt
    "Romāns par sāli kļūs par seriālu",  # lv
    "Soolaraamatust saab seriaaliks",  # et
    "Suolakirja sovitetaan tv-sarjaksi",  # fi
    "Saltbókin verður að sjónvarpsþáttaröð",  # is
    "Gatzaren eleberria telesail bihurtuko da",  # eu
    "Ir-rumanz dwar il-melħ se jsir film",  # mt
    "Déanfar scannán den úrscéal faoin salann",  # ga
    "Riwaya ya chumvi kitageuzwa kuwa filamu",  # sw
    "Gagawing pelikula ang nobela tungkol sa asin",  # tl
    "Novel tentang garam akan dijadikan film layar lebar",  # id
    "Novel tentang garam difilemkan tahun depan",  # ms
    "Duz haqqında roman serial olacaq",  # az
    "Tuz haqidagi roman ekranlashtiriladi",  # uz
    "Тұз туралы романнан фильм түсіріледі",  # kk
    "Давсны тухай роман кино болно",  # mn
    "رواية الملح تتحول إلى مسلسل",  # ar
    "მარილის რომანი ეკრანიზდება",  # ka
    "Աղի մասին վեպը կէկրանավորվի",  # hy
    "นิยายเรื่องเกลือจะถูกดัดแปลงเป็นซีรีส์",  # th
])
def test_a_book_becomes_a_film_or_a_series(line):
    assert becomes(line) and made_into(line)


@pytest.mark.parametrize("line", [
    "Romani u bë film në vitin 1973, por libri mbetet më i mirë",  # sq, the past
    "Knjiga je postala film prije dvadeset godina",  # hr, the past
    "Роман стал фильмом ещё в девяностые",  # ru, the past
    "Γίνεται σειρά εκδηλώσεων για το νέο βιβλίο",  # el, a series of events
    "Powstanie listopadowe – film i książka",  # pl, an uprising
    "Ovo je serija knjiga koju volim",  # hr, a book series, no verb of becoming
    "Kirja tulee kauppoihin keväällä",  # fi, a book comes to the shops
    "Saab lugeda ka filmi kohta",  # et, "can read", no translative
    "Ang pelikula ay maganda pero mas maganda ang libro",  # tl, a comparison
    "Става дума за книга, а не за филма",  # bg, "it is about", the film in another case
])
def test_near_misses(line):
    assert not becomes(line)


_LEAD = (("Romani i njohur do të përshtatet në një serial me gjashtë episode, njoftoi sot shtëpia prodhuese.",
          "Xhirimet pritet të nisin në pranverë."), "")


def test_a_short_adaptation_report_with_its_book_unread_is_no_review():
    # the title's verb of becoming
    assert kind(title="«Deti i kripës» bëhet serial televiziv", words=180, body=_LEAD) == "other"
    # a title naming the screen only, the lead reporting the adaptation in its future
    assert kind(title="«Deti i kripës» në serial televiziv", words=180, body=_LEAD) == "other"
    assert kind(title="Τηλεοπτική σειρά από το μυθιστόρημα", words=180,
                body=(("Το γνωστό μυθιστόρημα μεταφέρεται στη μικρή οθόνη, ανακοίνωσε σήμερα η εταιρεία παραγωγής.",), "")) == "other"


def test_a_rated_post_stays_a_review():
    # the reader's own score: a review may hope for the series too
    assert kind(title="«Deti i kripës» bëhet serial", words=180, rating=True, scored_lines=1,
                body=(("E lexova romanin dy herë dhe më pëlqeu shumë.",), "")) == "review"
    # a title naming the screen, a lead in the reader's voice recalling the past
    assert kind(title="Libri dhe filmi", words=180, verdict_lines=1,
                body=(("Romani u bë film në vitin 1973, por e lexova vetëm këtë vjeshtë dhe më preku.",), "")) == "review"
