"""A short capsule review in the third person: its reservation about the book's craft, hedged or conceded
(reservation.reserves), is the critic's voice a blurb and a news item lack; under it one reference to the book is a
second mark of one work, and a book read from the headline lowers the short post's floor to 60 words' worth."""

from types import SimpleNamespace

import pytest

from scraper.extract import extract_page
from scraper.extract.reservation import REFERRED, RESERVES, reservation_marks, reserves
from scraper.extract.shortverdict import floor


@pytest.mark.parametrize("line", [
    "The prose is clean and often funny, though some of the minor characters are thinly drawn.",
    "A fine debut, even if the middle drags at times.",
    "Der Ton ist genau, allerdings hat der Mittelteil stellenweise Längen.",
    "L'écriture est superbe, même si certains personnages restent peu développés.",
    "La prosa es luminosa, aunque a veces el ritmo se hace pesado.",
    "Język jest piękny, choć miejscami akcja się dłuży.",
    "Dil akıcı, ama bazı karakterler yüzeysel kalmış.",
    "Bahasanya indah, meskipun beberapa tokoh kurang dikembangkan.",
    "Стиль точный, хотя местами сюжет провисает.",
    "De stijl is sober, maar sommige personages blijven vlak.",
    "Hadithi inavutia, lakini mwisho umeharakishwa kidogo.",
])
def test_a_hedged_fault_of_the_craft_is_a_reservation(line):
    assert reserves([line])


@pytest.mark.parametrize("line", [
    # praise by negation: a blurb's "never drags"
    "A gripping tale whose pace never slows, with characters that are anything but flat.",
    "Die Handlung ist nie vorhersehbar, aber immer klug.",
    "Le rythme ne traîne jamais, mais l'émotion reste intacte.",
    "Akcja nie dłuży się ani przez chwilę, choć książka jest gruba.",
    # a fault word about something else than the book's craft (no craft noun near it)
    "The economy slowed last year, but the festival still sold out.",
    "Some roads were flat and the drive was predictable, but we arrived on time.",
    # the same words in a blockquote, in quotation marks, in a question
    "> The middle drags at times, though the ending is superb.",
    "“Some characters are thinly drawn,” one critic wrote.",
    "Does the middle drag at times, though?",
    # a slow-burn is praise; a fault with no hedge or concession is a plain statement (not read)
    "A slow-burn thriller with characters you will never forget.",
    "The ending is rushed.",
])
def test_praise_other_faults_and_others_words_are_no_reservation(line):
    assert not reserves([line])


def test_one_reference_under_a_reservation_is_a_second_mark():
    lines = ["This novel follows a ferryman and his sister along a drowned coast.",
             "The images are strong, though the pacing sags in places."]
    assert reservation_marks(lines) == (RESERVES, REFERRED)
    assert reservation_marks(lines[1:]) == (RESERVES,)
    assert reservation_marks(lines[:1]) == ()


def _ev(book_source, lines, author=True):
    return SimpleNamespace(rating=False, scored_lines=0, verdict_lines=0, averaged=0, reply_scores=0,
                           book_source=book_source, book_title=None, book_has_author=author,
                           body=(tuple(lines), "\n".join(lines)))


def test_floor_lowered_for_a_reservation_about_a_book_read_outside_the_text():
    said = ["Der Stil ist klar, aber die Figuren bleiben stellenweise blass."]
    assert floor(_ev("title", said)) == 60
    assert floor(_ev("body", said)) == 100
    assert floor(_ev(None, said)) == 100
    assert floor(_ev("title", ["Der Stil ist klar und die Figuren leuchten."])) == 100


_PAPER = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | The Harbour Courier</title>
</head><body class="article-page"><div class="masthead"><a href="/">The Harbour Courier</a></div>
<main><h1 class="headline">{title}</h1><p class="dateline">{byline}</p><div class="story-body">{body}</div></main>
<footer><p>© 2026 The Harbour Courier</p></footer></body></html>"""


def _paper(lang, title, paragraphs, byline="Staff writer · 12 March 2026"):
    return _PAPER.format(lang=lang, title=title, byline=byline, body="".join(f"<p>{p}</p>" for p in paragraphs))


# third-person capsules of 55-95 words: no rating, no "I", no recommending verb; praise, a reservation, "the novel"
_CAPSULES = {
    "en": ("Books in brief: The Salt Road by Helen Marsh", [
        "Two sisters walk the old salt road from the coast to the hill towns after their mother's death, carrying "
        "her ashes and a quarrel twenty years old.",
        "Marsh writes landscape with real tenderness and the sisters' bickering is sharp and often funny, though "
        "the pacing sags in places once they reach the mountains.",
        "The novel's last chapter, set in a snowed-in inn, is quietly devastating and worth the wait."]),
    "de": ("Kurz besprochen: „Das Fährhaus“ von Jana Albers", [
        "Ein Fährmann, seine erwachsene Tochter und ein Winter, in dem der Fluss zufriert: mehr braucht Albers nicht. "
        "Die beiden reden wenig, sie reparieren das Boot, sie zählen die Vorräte, und nach und nach kommt heraus, "
        "warum die Tochter vor zehn Jahren gegangen ist.",
        "Die Sprache ist karg und genau, die Landschaft schön beschrieben, allerdings hat der Mittelteil "
        "stellenweise Längen.",
        "Das letzte Kapitel des Romans aber trifft mitten ins Herz."]),
    "pl": ("„Dom nad rozlewiskiem” – Anna Wiśniewska", [
        "Trzy pokolenia kobiet, jeden dom na Mazurach i lato, w którym wszystko wychodzi na jaw. Babcia milczy, "
        "matka liczy pieniądze, a wnuczka przyjeżdża z Warszawy z wiadomością, której nikt nie chce usłyszeć.",
        "Wiśniewska pisze ciepło i z humorem, a dialogi brzmią naturalnie, choć miejscami akcja się dłuży, "
        "zwłaszcza w drugiej części.",
        "Ta powieść to dobra lektura na długie wieczory, dla tych, którzy lubią sagi rodzinne."]),
    "es": ("En breve: «La casa del faro» de Ana Ruiz Pardo", [
        "Una farera jubilada recibe cada invierno la visita de un nieto que apenas conoce y que trae un secreto. "
        "Entre tormentas, cartas viejas y una radio que solo capta un canal portugués, los dos aprenden a hablarse.",
        "Ruiz Pardo escribe con una prosa limpia y los diálogos tienen gracia, aunque algunos personajes "
        "secundarios están poco desarrollados.",
        "La novela gana fuerza en las últimas páginas y deja un buen sabor."]),
}


@pytest.mark.parametrize("lang", sorted(_CAPSULES))
def test_third_person_capsule_with_a_reservation_is_a_review(lang):
    title, paragraphs = _CAPSULES[lang]
    record = extract_page(_paper(lang, title, paragraphs), f"https://harbourcourier.example.com/books/{lang}-brief")
    assert record.word_count < 100
    assert record.kind == "review", record.reason


_NON_REVIEWS = {
    # a publisher's blurb: praise in the house's voice, a negated fault, a price and an order line
    "blurb": ("New this spring: The Salt Road by Helen Marsh", [
        "Two sisters walk the old salt road from the coast to the hill towns after their mother's death, carrying "
        "her ashes and a quarrel twenty years old.",
        "A luminous, tender novel whose pace never slackens and whose characters are anything but flat: the most "
        "moving story of the season.",
        "Hardback, 320 pages, £16.99. Order now from all good bookshops."]),
    # a news item: a prize, a date, a ceremony; the book called "the novel" once, no judgement of its craft
    "news": ("The Salt Road by Helen Marsh wins the Coastline Prize", [
        "Helen Marsh has won this year's Coastline Prize for fiction, the judges announced on Tuesday evening "
        "at a ceremony in the old customs house.",
        "The novel, her third, follows two sisters along an old salt road. Marsh receives £10,000 and a residency "
        "in the autumn; the shortlist was announced in January.",
        "The ceremony will be broadcast on Friday at 8 pm."]),
}


@pytest.mark.parametrize("kind", sorted(_NON_REVIEWS))
def test_blurb_and_news_item_about_the_same_book_are_no_review(kind):
    title, paragraphs = _NON_REVIEWS[kind]
    record = extract_page(_paper("en", title, paragraphs), f"https://harbourcourier.example.com/books/{kind}")
    assert record.kind != "review", record.reason


def test_reservation_alone_with_no_second_mark_is_no_review():
    # a short post with no book read and one reservation, said of the writer's own drafts: one mark only
    paragraphs = [
        "Notes from the writing group, week six. We met in the back room of the café as usual and read aloud.",
        "Most of the new pages were lively, but some of the characters are still a little flat and the middle "
        "drags at times, as Tom said himself.",
        "Next week we meet on Thursday; bring ten pages and a pen."]
    record = extract_page(_paper("en", "Writing group, week six", paragraphs),
                          "https://harbourcourier.example.com/community/writing-group-six")
    assert record.kind != "review", record.reason


def test_news_item_reporting_critics_reservation_is_no_review():
    # the reservation is the critics', reported by a news item about a prize: not the writer's own judgement
    paragraphs = [
        "Helen Marsh has won this year's Coastline Prize for fiction, the judges announced on Tuesday evening "
        "at a ceremony in the old customs house.",
        "The novel, her third, follows two sisters along an old salt road. Reviewers praised its landscapes, though "
        "some found the pacing slow in places. Marsh receives £10,000 and a residency in the autumn.",
        "The ceremony will be broadcast on Friday at 8 pm."]
    record = extract_page(_paper("en", "The Salt Road by Helen Marsh wins the Coastline Prize", paragraphs),
                          "https://harbourcourier.example.com/news/coastline-prize")
    assert record.kind != "review", record.reason


@pytest.mark.parametrize("line", [
    "Critics found the ending rushed, though the jury praised its language.",
    "Według recenzentów akcja miejscami się dłuży.",
    "Selon les critiques, le rythme s'essouffle par moments.",
])
def test_reported_reservation_is_no_reservation(line):
    assert not reserves([line])


# --- the Sinhala opening "A B-GEN T I … read" names the book the reading statement is about (bookheadowner) ---------
from scraper.extract.book import Context  # noqa: E402
from scraper.extract.bookheadowner import sinhala_read_owned  # noqa: E402

_SI_REST = "මෙම නවකතාව ගැන බොහෝ දේ කිව හැකිය."


@pytest.mark.parametrize("opening, book", [
    ("මාර්ටින් වික්‍රමසිංහගේ ගම්පෙරළිය මම පාසල් කාලයේදී කියෙව්වා.", ("ගම්පෙරළිය", "මාර්ටින් වික්‍රමසිංහ")),
    ("ගුණදාස අමරසේකරගේ යළි උපන්නෙමි මා දෙවරක් කියෙව්වේ තරුණ කාලයේදීය.", ("යළි උපන්නෙමි", "ගුණදාස අමරසේකර")),
    ("සයිමන් නවගත්තේගේ සංසාරාරණ්‍යයේ දඩයක්කාරයා මම මේ වසරේ මුලදී කියෙව්වෙමි.",
     ("සංසාරාරණ්‍යයේ දඩයක්කාරයා", "සයිමන් නවගත්තේ")),
])
def test_sinhala_opening_names_the_book_read(opening, book):
    assert sinhala_read_owned([opening, _SI_REST], Context(opening + "\n" + _SI_REST)) == book


@pytest.mark.parametrize("paragraphs", [
    ["මාර්ටින් වික්‍රමසිංහගේ ගම්පෙරළිය මම ඉක්මනින් කියවන්නෙමි.", _SI_REST],  # reading to come
    ["මගේ මිතුරියගේ පොත මම ඊයේ කියෙව්වා.", _SI_REST],  # the "title" is the noun for a book
    ["අද උදේ වැස්ස වැටුණා.", "මාර්ටින් වික්‍රමසිංහගේ ගම්පෙරළිය මම පාසල් කාලයේදී කියෙව්වා."],  # not the opening
    ["මාර්ටින් වික්‍රමසිංහගේ ගම්පෙරළිය මම පාසල් කාලයේදී කියෙව්වා.", "අද උදේ වැස්ස වැටුණා."],  # no book noun
])
def test_sinhala_opening_near_misses(paragraphs):
    assert sinhala_read_owned(paragraphs, Context("\n".join(paragraphs))) is None
