"""Detection, holdout54 round (det54): a short unrated review is one whether its book was read or not, and a house's
news told with "we are proud to tell you" is a press release.

- shortmarks.short_review: classify's gate for a short post whose book was read ("too short for a review") asks the
  same two marks of one work, one in the reviewer's voice, that reviewed.unfound_book asks of a short post whose book
  was not read; a short notice naming a book without that voice stays out on both paths;
- reviewwords.MORE_WORK_REFERENCES: "this novella", "the work's" in Kazakh, Kyrgyz, Uzbek, Azerbaijani, Tatar,
  Tajik and Mongolian (demonstrative before the noun, or the Turkic genitive);
- pressrelease._TELLS: gladness or pride before a verb of telling or informing, in the plural voice of a house
  (nb da sv en de nl fr es it pl ru tr is); one reader glad to tell is left alone.

Our own pages and sentences.
"""

from __future__ import annotations

import pytest

from scraper.extract import pressrelease
from scraper.extract.classify import classify
from scraper.extract.readernotes import references
from tests.test_classify import evidence

# A short review (some 110 words), the book named by its record, the reviewer's voice calling it "this novella"
# / "the novel" and naming its author again by surname.
KK = (
    "Бұл повесті жазда ауылда демалып жүргенде оқып шықтым, бір күнде бітірдім. Сәкенов кейіпкерлерін асықпай, "
    "сабырмен суреттейді, әр адамның өз ойы мен өз үні бар екені сезіледі.",
    "Оқиға қыстың ұзақ түндерінде, өзен жағасындағы шағын үйде өтеді. Кейіпкер ағасының қайтып оралуын күтеді, "
    "бірақ уақыт өткен сайын күтудің өзі өмірге айналады.",
    "Повестің соңғы бөлімі маған сәл асығыс көрінді, дегенмен шығарманың жалпы әсері өте күшті. Тіл жеңіл, "
    "суреттеулер нақты әрі қысқа, артық сөз жоқ.",
    "Досыма сыйлауға тағы бір данасын сатып алдым, жастарға міндетті түрде ұсынамын.",
    "Марат Сәкенов. «Өзен жағасы». Повесть. Астана: Жұлдыз, 2024. 160 бет.",
)
EN = (
    "I finished this novel on a train somewhere between two grey towns and was sorry when it ended. Harlow writes "
    "quietly, and every character carries a small private weather of their own.",
    "The story stays in one house by a frozen river, where a woman waits for her brother to come home from the coast, "
    "and the waiting slowly becomes the life itself.",
    "The last part of the novel felt a little hurried to me, but the whole left a strong mark. I already bought a "
    "second copy to give away to a friend.",
    "Mira Harlow. The River House. Novella. Northgate Press, 2024. 160 pages.",
)
UZ = (
    "Bu qissani qishki ta'tilda o'qib chiqdim va bir kechada tugatdim. Karimova qahramonlarini shoshilmasdan, "
    "sokin ohangda tasvirlaydi, har birining o'z ovozi bor.",
    "Voqealar daryo bo'yidagi kichik uyda, qishning uzun kechalarida kechadi. Ayol akasining qaytishini kutadi, "
    "kutish esa asta-sekin hayotning o'ziga aylanadi.",
    "Qissaning oxirgi qismi menga biroz shoshma-shosharoq tuyuldi, ammo asarning umumiy ta'siri juda kuchli. "
    "Do'stimga sovg'a qilish uchun yana bitta nusxa sotib oldim.",
    "Dilnoza Karimova. «Daryo bo'yi». Qissa. Toshkent: Sharq, 2024. 160 bet.",
)


def _post(lines, **more):
    return evidence(title="Өзен жағасындағы үй", words=110, work_clues=None, body=(lines, "\n\n".join(lines)),
                    book_source="details", book_has_author=True, book_title="Өзен жағасы", book_author="Марат Сәкенов",
                    book_mentions=3, **more)


@pytest.mark.parametrize("lines", [KK, EN, UZ], ids=["kk", "en", "uz"])
def test_a_short_voiced_review_whose_book_was_read_is_a_review(lines):
    assert references("\n".join(lines)) >= 2
    k, reason = classify(_post(lines))
    assert k == "review", reason
    # ... as it is with the book unread
    unread = evidence(title="Өзен жағасындағы үй", words=110, work_clues=None, body=(lines, "\n\n".join(lines)))
    assert classify(unread)[0] == "review"


@pytest.mark.parametrize("text, count", [
    ("Бұл повесть туралы көп айтылды. Кітаптың тілі жеңіл.", 2),  # kk: this novella; the book's
    ("Бул китеп тууралуу көп жазылды, чыгарманын тили жеңил.", 2),  # ky
    ("Bu əsər haqqında çox yazılıb; kitabın dili yüngüldür.", 2),  # az
    ("Бу китап турында күп язылды, әсәрнең теле җиңел.", 2),  # tt
    ("Ин китоб дар бораи зиндагии деҳот аст.", 1),  # tg
    ("Энэ зохиол миний хамгийн дуртай ном.", 1),  # mn
])
def test_turkic_and_neighbouring_references(text, count):
    assert references(text) == count


# -- near misses: short notices that name a book without judging it -------------------------------------------------

NOTICE_KK = (
    "Астанадағы «Жұлдыз» баспасы Марат Сәкеновтің «Өзен жағасы» атты жаңа жинағын шығарды. Кітап желтоқсанның "
    "ортасында сөреге түседі, бағасы үш мың теңге.",
    "Жинаққа автордың соңғы он жылда жазған әңгімелері енді. Тұсаукесер кеші қалалық кітапханада өтеді, "
    "кіру тегін, барлық оқырмандар шақырылады.",
    "Сәкенов бұған дейін екі роман мен бір пьеса жазған. Басылымның таралымы екі мың дана, мұқабасын суретші жасаған.",
    "Марат Сәкенов. «Өзен жағасы». Әңгімелер. Астана: Жұлдыз, 2025. 210 бет.",
)
NOTICE_EN = (
    "Northgate Press brings out a new collection of stories by Mira Harlow in the middle of December, priced at "
    "twelve pounds in paperback.",
    "The collection gathers stories written over the last ten years. A launch evening takes place at the city library, "
    "entry is free and every reader is welcome to come along.",
    "Harlow has written two earlier collections and one play. The print run is two thousand copies with a cover by a "
    "local painter.",
    "Mira Harlow. The River House. Stories. Northgate Press, 2025. 210 pages.",
)


@pytest.mark.parametrize("lines", [NOTICE_KK, NOTICE_EN], ids=["kk", "en"])
def test_a_short_notice_naming_a_book_is_not_a_review(lines):
    k, reason = classify(_post(lines))
    assert k != "review", reason


def test_a_voiced_post_that_says_it_is_no_review_stays_out():
    lines = EN[:-1] + ("This is not a review, just a few words before I forget the book.", EN[-1])
    assert classify(_post(lines))[0] != "review"


def test_a_short_voiced_post_with_several_books_stays_out():
    assert classify(_post(EN, books_named=3))[0] != "review"


# -- a house telling its news (pressrelease) -----------------------------------------------------------------------

_STORY = "The new edition has a fresh afterword and a list of the characters, and the cover is drawn by a young illustrator."


@pytest.mark.parametrize("lead", [
    "Vi er stolte av å kunne fortelle at en ny oversettelse av den store russiske romanen er ferdig og kommer til våren.",
    "Vi er glade for at kunne fortælle, at vores nye udgave af klassikeren udkommer i marts som bog og lydbog.",
    "Vi är glada att kunna berätta att den nya översättningen av den ryska klassikern kommer ut i vår på vårt förlag.",
    "We are delighted to inform you that the new translation of the great Russian novel will be out in our classics line in March.",
    "Wir freuen uns, Ihnen mitteilen zu können, dass die neue Übersetzung des großen russischen Romans im März erscheint.",
    "Wij zijn verheugd u mee te delen dat de nieuwe vertaling van de grote Russische roman in maart verschijnt.",
    "Nous avons le plaisir de vous informer que la nouvelle traduction du grand roman russe paraîtra en mars dans notre collection.",
    "Tenemos el placer de comunicarles que la nueva traducción de la gran novela rusa llegará a las librerías en marzo.",
    "Mamy przyjemność poinformować, że nowy przekład wielkiej rosyjskiej powieści ukaże się w marcu w naszej serii klasyki.",
    "Рады сообщить и рассказать, что новый перевод большого русского романа выйдет в марте в нашей классической серии.",
])
def test_a_house_telling_its_news_in_its_lead(lead):
    lines = [lead, _STORY]
    ev = evidence(body=(tuple(lines), "\n".join(lines)))
    assert pressrelease.judge(ev, False)[0] == "announcement"


@pytest.mark.parametrize("lead", [
    # one reader glad to tell (the singular adjective; "I")
    "Jeg er glad for å kunne fortelle at jeg endelig har lest den store russiske romanen, og den var verdt hver side.",
    "I am happy to tell you that this novel was worth every one of its many pages, even the long middle part of it.",
    # a blog's own review post
    "We are pleased to tell you about our review of the new translation, which we read together over the winter months.",
])
def test_a_reader_telling_is_no_house(lead):
    lines = [lead, _STORY]
    ev = evidence(body=(tuple(lines), "\n".join(lines)))
    assert pressrelease.judge(ev, False) is None


def test_a_house_telling_with_its_own_rating_is_left_alone():
    lines = ["Vi er stolte av å kunne fortelle at en ny oversettelse av den store russiske romanen er ferdig og kommer til våren.", _STORY]
    ev = evidence(body=(tuple(lines), "\n".join(lines)))
    assert pressrelease.judge(ev, True) is None


def test_a_short_voiced_notice_with_a_meetings_day_and_hour_stays_out():
    # a house's new edition: "the novel" twice, the author again, and the launch's day and hour
    lines = ("The house brings out an anniversary edition of the novel by Mira Harlow, with a new cover and an afterword.",
             "The novel follows a village that finds an old grave and the stories its people tell about it. Harlow "
             "will sign copies at the launch.", "The launch is on Saturday 12 December at 16:00 at the fair's stand.")
    assert classify(_post(lines, appointment=True))[0] != "review"
