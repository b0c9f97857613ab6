"""formats39b's misfires (rev-formats39b): a review headlined "the best …" whose body runs on numbered aspect headings
("## 1. The setting", "## 2. …") and closes on its one score stays a review (rankedbest took it for a best-of list);
a Dutch headline opening on the salutation "Beste lezers" ("dear readers") is no "best" (test_notreview_s39 keeps the
year's-best lists going)."""

import pytest

from scraper.extract import extract_page

_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><header><a href='/'>"
         "Fernbank</a></header><article class='post'><h1 class='entry-title'>{title}</h1>"
         "<div class='entry-content'>{body}</div></article></body></html>")
_URL = "https://fernbank.example.net/2026/12/die-lotsin/"


def _sections(lead, parts, close):
    return f"<p>{lead}</p>" + "".join(f"<h2>{n}. {h}</h2><p>{p}</p>" for n, (h, p) in enumerate(parts, 1)) + f"<p>{close}</p>"


_DE = _sections(
    "Eine Lotsin auf einem Fjord im Norden verliert nach einer Kollision ihr Patent, obwohl sie schwört, keine Schuld "
    "zu tragen, und verbringt den ganzen Winter damit herauszufinden, was der andere Kapitän der Untersuchung "
    "verschwiegen hat. Ich habe das Buch in drei Abenden gelesen.",
    [("Der Schauplatz", "Den Fjord beschreibt die Autorin so genau, dass ich das Diesel und das nasse Tau auf jeder "
      "Seite zu riechen glaubte, und die Fähren, die Kais und das Eis sind besser gezeichnet als manche Figur."),
     ("Die Lotsin", "Ingrid ist stur, komisch und fast immer im Unrecht, und ich habe den Winter mit ihr sehr "
      "genossen, auch wenn ich sie an manchen Stellen gern geschüttelt hätte."),
     ("Das Ende", "Das letzte Kapitel eilt, und die Antwort der Untersuchung kommt ein wenig zu glatt, aber das "
      "stört kaum nach allem, was vorher so sorgfältig aufgebaut wurde.")],
    "Bewertung: 4 von 5 Sternen")
_EN = _sections(
    "A ferry pilot on a northern fjord loses her licence after a collision she swears was not her fault, and spends "
    "the whole winter piecing together what the other captain hid from the inquiry. I read it in three evenings.",
    [("The setting", "The fjord is drawn with such care that I could smell the diesel and the wet rope on every page, "
      "and the ferries, the quays and the ice are better drawn than some of the people."),
     ("The pilot", "Ingrid is stubborn, funny and wrong about almost everything, and I loved spending a winter with "
      "her, even when I wanted to shake her by the shoulders."),
     ("The ending", "The last chapter hurries, and the inquiry's answer arrives a little too neatly, but it hardly "
      "matters after everything the book has built so carefully.")],
    "Rating: 4/5")
_NL = _sections(
    "Een loodsvrouw op een fjord in het noorden verliest haar vergunning na een aanvaring waarvan ze zweert dat die "
    "niet haar schuld was, en zoekt de hele winter uit wat de andere kapitein voor het onderzoek verzweeg. Ik las het "
    "boek in drie avonden.",
    [("Het decor", "De fjord is zo zorgvuldig beschreven dat ik de diesel en het natte touw op elke bladzijde rook, "
      "en de veerboten, de kades en het ijs zijn beter getekend dan sommige personages."),
     ("De loodsvrouw", "Ingrid is koppig, grappig en bijna altijd fout, en ik genoot van een winter in haar "
      "gezelschap, ook al wilde ik haar soms door elkaar schudden."),
     ("Het einde", "Het laatste hoofdstuk haast zich en het antwoord van het onderzoek komt wat te netjes, maar dat "
      "deert nauwelijks na alles wat het boek zo zorgvuldig heeft opgebouwd.")],
    "Mijn oordeel: 4 van 5 sterren")


@pytest.mark.parametrize("title, body, lang", [
    ("Der beste Krimi meines Winters: Die Lotsin", _DE, "de"),
    ("Mijn beste thriller van de winter", _NL, "nl"),
    ("Beste lezers, dit is mijn winterthriller", _NL, "nl"),
])
def test_review_on_numbered_aspects_closing_on_its_score_stays(title, body, lang):
    record = extract_page(_HEAD.format(lang=lang, title=title, body=body), _URL)
    assert record.is_review, record.reason


# an early reader's review headlined "Sneak peek": in English the phrase heads an advance copy's review as often as an
# excerpt (the English excerpt labels, "Extract:", "Excerpt:", stay in announce.EXTRACT); excerptpost took it for one
_EARLY = (
    "<p>A ferry pilot on a northern fjord loses her licence after a collision she swears was not her fault, and spends "
    "the whole winter piecing together what the other captain hid from the inquiry. I read the proof copy in three "
    "evenings.</p><p>The fjord is drawn with such care that I could smell the diesel and the wet rope on every page, "
    "and Ingrid is stubborn, funny and wrong about almost everything. I loved spending a winter with her, even when I "
    "wanted to shake her.</p><p>The last chapter hurries, and the inquiry's answer arrives a little too neatly, but it "
    "hardly matters after everything the book has built so carefully. Out in March, and worth the wait.</p>"
    "<p>What stays with me is the pilot's log, which she keeps in pencil and rewrites every night, and the way the "
    "novel lets us read the crossings out of each entry before we see them. The middle third sags under timetables, "
    "and the other captain never becomes more than a sneer, but the harbour master and the ferry cook are as alive as "
    "anyone I met in fiction this year. I would give it to anyone who likes slow, cold, patient thrillers.</p>")


@pytest.mark.parametrize("title", ["Sneak peek: a winter on the fjord", "Sneak Peek - an early read of a winter thriller"])
def test_early_readers_sneak_peek_review_stays(title):
    record = extract_page(_HEAD.format(lang="en", title=title, body=_EARLY), _URL)
    assert record.is_review, record.reason


def test_best_list_closing_on_a_notice_still_goes():
    """The closing-score exemption wants a score on the last line, not a short notice (holdout129's shape)."""
    from test_notreview_s39 import _BEST_NL, _page
    record = _page("De beste boeken van 2026", _BEST_NL + "<p>Onze leesclub komt op 15 januari samen in de bibliotheek.</p>",
                   "nl", url="https://kustposten.example.nl/kultuur/beste-boeken/")
    assert not record.is_review, record.reason
