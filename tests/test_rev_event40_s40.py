"""gathertail's misfires (rev-event40): the weekday of a book's or a series' title ("The Thursday Murder Club", "Il
club dei delitti del giovedì", "El club del crimen de los jueves", "Le Murder Club du jeudi", "The Tuesday Club
Murders") named at the head of the post's last paragraph is no notice's day: the day must stand outside the
gathering's name and the chain of qualifiers after its noun; the notices of test_gathertail_s40 still go."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A retired cartographer agrees to redraw the map of a flooded valley for the villagers who refuse to leave, and "
    "every chapter opens on a fragment of the old map with one road fewer on it.",
    "The mapmaking passages are precise and quietly moving, the village council scenes are slow, and the daughter "
    "who keeps the survey notes is the best character in the book by some distance.",
    "A patient, generous novel about what a place is once it is gone, and I kept checking the endpapers.",
]
_URL = "https://contourline.example.org/2026/12/the-valley-map/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Valley Map | Contour Line</title></head>"
         "<body><header><a href='/'>Contour Line</a></header><article class='post'><h1 class='entry-title'>The "
         "Valley Map</h1><div class='entry-content'>")


def _text(end, lang="en", after=""):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    return extract_page(_HEAD.format(lang=lang) + f"{ps}{end}{after}</div></article></body></html>", _URL).body_text


@pytest.mark.parametrize("end, kept, lang", [
    # a series' title with a weekday in it, at the head of the last paragraph
    ("<p>The Thursday Murder Club fans will find the same dry humour here.</p>", "dry humour", "en"),
    ("<p>The Tuesday Club Murders is still the better place to start with the genre.</p>", "better place", "en"),
    # the same in Italian, Spanish and French: the weekday in the chain of qualifiers after the club
    ("<p>Il club dei delitti del giovedì resta il mio preferito della serie.</p>", "mio preferito", "it"),
    ("<p>El club del crimen de los jueves sigue siendo mejor que esto.</p>", "sigue siendo", "es"),
    ("<p>Le Murder Club du jeudi reste le meilleur de la série, et de loin.</p>", "de loin", "fr"),
    # the story's club, named after its weekday
    ("<p>The Saturday book club is where the daughter first hears about the survey.</p>", "first hears", "en"),
])
def test_a_weekday_in_a_title_is_no_notices_day(end, kept, lang):
    assert kept in _text(end, lang=lang)
    assert kept in _text(end, lang=lang, after="<p>Bis bald! /Ines</p>")


@pytest.mark.parametrize("end, gone, lang", [
    # the day outside the name still makes the notice
    ("<p>The Thursday reading circle at the mill library, 14 January.</p>", "mill library", "en"),
    ("<p>Club de lecture du jeudi à la médiathèque, le 14 janvier.</p>", "médiathèque", "fr"),
    ("<p>Circolo di lettura della valle: prossimo incontro il 9 febbraio.</p>", "prossimo incontro", "it"),
])
def test_a_notice_with_its_day_outside_the_name_goes(end, gone, lang):
    text = _text(end, lang=lang)
    assert gone not in text and "endpapers" in text


def test_a_hebrew_ordinal_day_is_no_weekday():
    # "on the third day of the journey": glued to its preposition, the ordinal with its article is a count of days;
    # "on Tuesday" (no article) is the weekday
    from scraper.extract.eventdays import weekday
    assert not weekday("ביום השלישי למסע הם מגיעים לים")
    assert weekday("ביום שלישי בערב")


def test_the_storys_club_on_its_third_day_stays():
    # Hebrew: the heroine's reading club gathers on the third day after she comes to town (the story's, no weekday)
    line = "מועדון הקריאה של הגיבורה מתכנס ביום השלישי לבואה לעיר."
    assert "לבואה לעיר" in _text(f"<p>{line}</p>", lang="he")


@pytest.mark.parametrize("end, kept, lang", [
    # the story's gathering and its day, then the verdict on it naming the work
    ("<p>Reading night at the old mill, 31 October, is the book's best set piece.</p>", "best set piece", "en"),
    ("<p>Lesekreis im Pfarrhaus, jeden Donnerstag, ist der beste Teil des Romans.</p>", "beste Teil", "de"),
    ("<p>Soirée de lecture au moulin, le 31 octobre, le plus beau chapitre du livre.</p>", "plus beau chapitre", "fr"),
])
def test_a_scene_judged_in_the_next_clause_stays(end, kept, lang):
    assert kept in _text(end, lang=lang)


def test_a_notice_whose_next_clause_plans_the_discussion_goes():
    text = _text("<p>Club de lecture du moulin, le 16 janvier, et on discute de ce livre.</p>", lang="fr")
    assert "du moulin" not in text and "endpapers" in text
